use serde_json::Value;

use super::support::*;

/// A retainer of 10 h a month at 1000.00, unused hours usable one more month,
/// overage at 100.00 an hour, for 2026.
fn retainer() -> TestLedger {
    let l = TestLedger::new();
    l.ok(&[
        "client",
        "add",
        "ret",
        "--name",
        "Retainer Ltd",
        "--type",
        "retainer",
        "--monthly-hours",
        "10",
        "--monthly-fee",
        "1000",
        "--rollover-months",
        "1",
        "--start",
        "2026-01-01",
        "--end",
        "2026-12-31",
        "--rate",
        "100",
    ]);
    for (date, hours) in [
        ("2026-01-20", "6"),
        ("2026-02-10", "16"),
        ("2026-03-05", "3"),
        ("2026-04-15", "12"),
        ("2026-05-20", "20"),
        ("2026-07-10", "25"),
    ] {
        l.log(&["ret", hours, "--date", date]);
    }
    l
}

#[test]
fn a_retainer_year_with_rollover_and_overage() {
    let l = retainer();
    // Jan: 6 h of Jan's 10 -> 4 left, usable through February.
    // Feb: 16 h take Jan's 4 (they expire first), Feb's 10, and 2 h overdraft, billed as
    //      overage at the end of February: the balance restarts at zero.
    // Mar: 3 h of Mar's 10 -> 7 left.  Apr: 12 h take Mar's 7 and 5 of Apr's 10.
    // May: 20 h take Apr's 5, May's 10 and 5 h overage.  Jun: nothing.
    // Jul: 25 h take Jun's 10, Jul's 10 and 5 h overage.
    // Aug-Nov allocations expire unused one month later (40 h); Dec's 10 are left.
    let mid_feb = row_for(
        &l.csv(&["--time-format", "hm", "report", "balances", "--as-of", "2026-02-15"]),
        "ret",
    )
    .clone();
    assert_eq!(mid_feb["available"], "-2:00", "overdraft inside the month is not yet overage");
    let march = row_for(
        &l.csv(&["--time-format", "hm", "report", "balances", "--as-of", "2026-03-01"]),
        "ret",
    )
    .clone();
    assert_eq!((march["purchased"].as_str(), march["available"].as_str()), ("32:00", "10:00"));
    let end = row_for(
        &l.csv(&["--time-format", "hm", "report", "balances", "--as-of", "2027-01-01"]),
        "ret",
    )
    .clone();
    assert_eq!(end["purchased"], "132:00"); // 12 x 10 h + 12 h overage
    assert_eq!(end["consumed"], "82:00");
    assert_eq!(end["expired"], "40:00");
    assert_eq!(end["available"], "10:00");
    let history = l.csv(&["report", "history", "ret", "--to", "2026-03-01"]);
    let kinds: Vec<&str> = history.iter().map(|r| r["kind"].as_str()).collect();
    // Nothing expires: January's rest and February's hours were used up.
    assert_eq!(kinds, ["allocation", "work", "allocation", "work", "overage", "allocation"]);
    assert_eq!(history[4]["hours"], "2.00");
    assert_eq!(history[4]["balance"], "0.00");

    let expected = [
        ("2026-01", "1000.00"),
        ("2026-02", "1200.00"),
        ("2026-03", "1000.00"),
        // April is skipped: its fee (1000.00) is billed on May's invoice as a correction,
        // with May's fee and 5:00 of overage at 100.
        ("2026-05", "2500.00"),
        ("2026-06", "1000.00"),
        ("2026-07", "1500.00"),
    ];
    for (month, total) in expected {
        let v = json(&l, &["invoice", "ret", "--month", month, "--date", "2026-08-01"]);
        assert_eq!(v["total"].to_string(), total, "{month}: {v}");
    }
    let feb = json(&l, &["invoice", "--show", "INV-2026-0002"]);
    assert_eq!(feb["lines"][1]["hours"].to_string(), "2.00");
    assert_eq!(feb["lines"][1]["rate"].to_string(), "100.00");
    // The year in one (dry) invoice: 12 fees and 12 h of overage.
    let year =
        json(&l, &["invoice", "ret", "--from", "2026-08-01", "--to", "2026-12-31", "--dry-run"]);
    assert_eq!(year["total"].to_string(), "5000.00");
    assert_eq!(year["number"], Value::Null);
    // Usage bills exactly the overage of each month.
    let usage = l.csv(&[
        "report",
        "usage",
        "--by",
        "month,client",
        "--from",
        "2026-01-01",
        "--to",
        "2026-07-31",
    ]);
    let billed: Vec<(&str, &str)> =
        usage.iter().map(|r| (r["month"].as_str(), r["billable_amount"].as_str())).collect();
    assert_eq!(
        billed,
        [
            ("2026-01", "0.00"),
            ("2026-02", "200.00"),
            ("2026-03", "0.00"),
            ("2026-04", "0.00"),
            ("2026-05", "500.00"),
            ("2026-07", "500.00")
        ]
    );
}

#[test]
fn payg_invoices_agree_with_usage() {
    let l = TestLedger::new();
    l.write("hourbank.toml", "default_rate = \"80.00\"\n[services.design]\nrate = \"110.00\"\n");
    l.ok(&["client", "add", "walk", "--name", "Walk-in", "--type", "payg"]);
    for (date, hours, extra) in [
        ("2026-03-02", "1:20", vec!["--service", "design"]),
        ("2026-03-03", "0:50", vec![]),
        ("2026-03-04", "0:07", vec![]),
        ("2026-03-09", "2", vec!["--rate", "95.55"]),
        ("2026-03-10", "3", vec!["--non-billable"]),
        ("2026-04-01", "1", vec!["--service", "design"]),
    ] {
        let mut args = vec!["log-time", "walk", hours, "--date", date];
        args.extend(extra);
        l.ok(&args);
    }
    let usage = l.csv(&["report", "usage", "--by", "month,client"]);
    for month in ["2026-03", "2026-04"] {
        let v = json(&l, &["invoice", "walk", "--month", month]);
        let row = usage.iter().find(|r| r["month"] == month).unwrap();
        assert_eq!(v["subtotal"].to_string(), row["billable_amount"], "{month}");
    }
    // March by hand, each line its printed hours x rate: design 1:20 = 1.33 h x 110 =
    // 146.30; 0:57 = 0.95 h x 80 = 76.00; 2:00 = 2.00 h x 95.55 = 191.10.
    let march = json(&l, &["invoice", "--show", "INV-2026-0001"]);
    assert_eq!(march["subtotal"].to_string(), "413.40");
    let lines: Vec<(String, String)> = march["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["hours"].to_string(), l["amount"].to_string()))
        .collect();
    assert!(lines.contains(&("1.33".into(), "146.30".into())), "{lines:?}");
    assert_eq!(march["lines"].as_array().unwrap().len(), 3);
}

#[test]
fn bank_invoices_bill_the_hours_bought_in_the_period() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--blocks", "2", "--date", "2026-03-02"]);
    l.buy(&["acme", "--hours", "5", "--date", "2026-03-20"]);
    l.buy(&["acme", "--hours", "1", "--price", "80", "--date", "2026-04-01"]);
    let v = json(&l, &["invoice", "acme", "--month", "2026-03"]);
    let amounts: Vec<String> =
        v["lines"].as_array().unwrap().iter().map(|l| l["amount"].to_string()).collect();
    // 2 blocks at 900.00; 5 h without a price at the block price (900 per 10 h).
    assert_eq!(amounts, ["1800.00", "450.00"]);
    assert_eq!(v["total"].to_string(), "2250.00");
    let report = l.csv(&["report", "invoices"]);
    assert_eq!(report[0]["hours"], "25.00");
    let csv = l.ok(&["--format", "csv", "invoice", "--show", "INV-2026-0001"]);
    let rows = parse_csv(&csv);
    assert!(
        csv.starts_with(
            "number,date,client,payer,from,to,currency,description,hours,rate,amount\n"
        ),
        "{csv}"
    );
    assert_eq!(rows.len(), 2);
    // A lot's line is quantity x unit price: 2 blocks x 900.00; 5 h, not a whole block,
    // is 1 x 450.00.
    let quantity = |r: &std::collections::BTreeMap<String, String>| {
        (r["hours"].clone(), r["rate"].clone(), r["amount"].clone())
    };
    assert_eq!(quantity(&rows[0]), ("2.00".into(), "900.00".into(), "1800.00".into()));
    assert_eq!(quantity(&rows[1]), ("1.00".into(), "450.00".into(), "450.00".into()));
    // Lines read like purchases: the block size or the hours, the validity.
    assert_eq!(rows[0]["description"], "Block of 10:00 h, bought 2026-03-02, valid to 2027-03-01");
    assert_eq!(
        rows[1]["description"],
        "Prepaid hours: 5:00 h, bought 2026-03-20, valid to 2027-03-19"
    );
    let table = l.ok(&["invoice", "--show", "INV-2026-0001"]);
    assert!(table.starts_with("Invoice INV-2026-0001") && table.contains("2250.00"), "{table}");
}

#[test]
fn discount_tax_payer_currency_and_terms() {
    let l = TestLedger::with_acme();
    l.ok(&[
        "client",
        "add",
        "group",
        "--name",
        "Group Holding",
        "--type",
        "bank",
        "--address",
        "9 Tower Rd",
    ]);
    l.ok(&[
        "client",
        "set",
        "acme",
        "--payer",
        "group",
        "--discount-percent",
        "10",
        "--tax-percent",
        "21",
        "--currency",
        "usd",
        "--terms-days",
        "14",
    ]);
    l.buy(&["acme", "--hours", "10", "--price", "1000.05", "--date", "2026-05-05"]);
    let v = json(&l, &["invoice", "acme", "--month", "2026-05", "--date", "2026-05-31"]);
    assert_eq!(v["payer"], "group");
    assert_eq!(v["currency"], "USD");
    assert_eq!(v["subtotal"].to_string(), "1000.05");
    assert_eq!(v["discount"].to_string(), "100.01"); // 100.005 rounds half away from zero
    assert_eq!(v["tax"].to_string(), "189.01"); // 21 % of 900.04 = 189.0084
    assert_eq!(v["total"].to_string(), "1089.05");
    let html = l.ok(&["--format", "html", "invoice", "--show", "INV-2026-0001"]);
    let doc = scraper::Html::parse_document(&html);
    let cell = |id: &str| {
        let selector = scraper::Selector::parse(&format!("#{id}")).unwrap();
        doc.select(&selector).next().unwrap().text().collect::<String>()
    };
    assert_eq!(
        (cell("discount"), cell("tax"), cell("total")),
        ("-100.01".into(), "189.01".into(), "1089.05 USD".into())
    );
    assert!(l.ok(&["invoice", "--show", "INV-2026-0001"]).contains("-100.01"));
    let row = &l.csv(&["report", "invoices"])[0];
    assert_eq!(
        (row["due"].as_str(), row["payer"].as_str(), row["currency"].as_str()),
        ("2026-06-14", "group", "USD")
    );
}

#[test]
fn numbers_are_sequential_and_overlaps_are_refused() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-03-02"]);
    l.buy(&["acme", "--hours", "10", "--date", "2026-04-02"]);
    let before = l.snapshot();
    let dry = json(&l, &["invoice", "acme", "--month", "2026-03", "--dry-run"]);
    assert_eq!(dry["number"], Value::Null);
    assert!(before == l.snapshot(), "a dry run writes nothing");
    assert_eq!(json(&l, &["invoice", "acme", "--month", "2026-03"])["number"], "INV-2026-0001");
    let e =
        l.refused(&["invoice", "acme", "--from", "2026-03-31", "--to", "2026-04-30"], "overlaps");
    assert!(e.contains("INV-2026-0001"), "{e}");
    // February lies before the first invoice's period: nothing there is billed.
    l.refused(&["invoice", "acme", "--month", "2026-02"], "nothing to bill");
    l.refused(&["invoice", "acme", "--month", "2026-13"], "--month \"2026-13\"");
    l.refused(&["invoice", "ghost", "--month", "2026-04"], "unknown client");
    assert_eq!(json(&l, &["invoice", "acme", "--month", "2026-04"])["number"], "INV-2026-0002");
    // Everything is billed once: May has nothing left to bill.
    l.refused(&["invoice", "acme", "--month", "2026-05"], "nothing to bill");
    let out = l.run(&["invoice", "acme"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with(
            "error: invoice needs --month YYYY-MM, -p PERIOD or --from D --to D\n\nUsage: hourbank invoice"
        ),
        "{stderr}"
    );
}

#[test]
fn issued_invoices_never_change() {
    let l = TestLedger::new();
    l.ok(&["client", "add", "walk", "--name", "Walk-in", "--type", "payg", "--rate", "100"]);
    l.log(&["walk", "0:50", "--date", "2026-03-02"]);
    let issued = l.ok(&["--format", "json", "invoice", "walk", "--month", "2026-03"]);
    // Rates, rounding and names change afterwards...
    l.ok(&["client", "set", "walk", "--rate", "150", "--tax-percent", "20"]);
    l.write("hourbank.toml", "[rounding]\nminimum_minutes = 60\nincrement_minutes = 60\n");
    let shown = l.ok(&["--format", "json", "invoice", "--show", "INV-2026-0001"]);
    assert_eq!(shown, issued);
    // 0:50 is printed 0.83 h: 0.83 x 100 = 83.00.
    assert_eq!(l.csv(&["report", "invoices"])[0]["total"], "83.00");
    // ...while the same work in a new month bills by the new rules: 1 h at 150 + 20 %.
    l.log(&["walk", "0:50", "--date", "2026-04-02"]);
    let april = json(&l, &["invoice", "walk", "--month", "2026-04", "--dry-run"]);
    assert_eq!(april["total"].to_string(), "180.00");
}

#[test]
fn payments_partial_full_and_refused() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--blocks", "1", "--date", "2026-03-02"]);
    l.ok(&["invoice", "acme", "--month", "2026-03", "--date", "2026-03-31"]);
    let out = l.ok(&["invoice", "pay", "INV-2026-0001", "--amount", "400", "--date", "2026-04-10"]);
    assert_eq!(out, "INV-2026-0001: paid 400.00 EUR on 2026-04-10; 500.00 outstanding\n");
    let row = l.csv(&["report", "invoices", "--as-of", "2026-04-30"])[0].clone();
    assert_eq!(
        (row["paid"].as_str(), row["outstanding"].as_str(), row["status"].as_str()),
        ("400.00", "500.00", "open")
    );
    let row = l.csv(&["report", "invoices", "--as-of", "2026-05-01"])[0].clone();
    assert_eq!(row["status"], "overdue");
    l.refused(
        &["invoice", "pay", "INV-2026-0001", "--amount", "500.01"],
        "more than the 500.00 EUR outstanding",
    );
    l.refused(&["invoice", "pay", "INV-2099-0001"], "no invoice");
    l.refused(&["invoice", "pay", "INV-2026-0001", "--amount", "1,5"], "comma");
    l.ok(&["invoice", "pay", "INV-2026-0001"]);
    let row = l.csv(&["report", "invoices"])[0].clone();
    assert_eq!((row["outstanding"].as_str(), row["status"].as_str()), ("0.00", "paid"));
    assert!(l.csv(&["report", "invoices", "--outstanding"]).is_empty());
    l.refused(&["invoice", "pay", "INV-2026-0001"], "paid in full");
    let header = l.ok(&["--format", "csv", "report", "invoices"]);
    assert!(header.starts_with(
        "number,date,due,client,payer,from,to,hours,subtotal,discount,tax,total,currency,paid,outstanding,status\n"
    ));
}

#[test]
fn the_html_invoice_is_complete_and_escaped() {
    let l = TestLedger::new();
    l.write("hourbank.toml", "[company]\nname = \"Northwind & Co\"\naddress = \"Harbour St 4\"\n");
    l.ok(&[
        "client",
        "add",
        "evil",
        "--name",
        "<script>alert(\"x\")</script> & 'Sons'",
        "--type",
        "payg",
        "--rate",
        "90",
        "--address",
        "$(rm -rf /) <b>bold</b>",
    ]);
    l.log(&["evil", "2", "--date", "2026-03-02", "--service", "<i>design</i>"]);
    let html = l.ok(&["--format", "html", "invoice", "evil", "--month", "2026-03"]);
    let doc = scraper::Html::parse_document(&html);
    let select = |css: &str| scraper::Selector::parse(css).unwrap();
    let text = |css: &str| {
        doc.select(&select(css)).next().map(|e| e.text().collect::<String>()).unwrap_or_default()
    };
    assert_eq!(doc.select(&select("script")).count(), 0, "{html}");
    assert_eq!(doc.select(&select("b, i")).count(), 0, "{html}");
    assert_eq!(text("#number"), "INV-2026-0001");
    assert_eq!(text(".bill-to .name"), "<script>alert(\"x\")</script> & 'Sons'");
    assert_eq!(text(".bill-to .address"), "$(rm -rf /) <b>bold</b>");
    assert_eq!(text(".from .name"), "Northwind & Co");
    let rows: Vec<Vec<String>> = doc
        .select(&select("#lines tbody tr"))
        .map(|tr| tr.select(&select("td")).map(|td| td.text().collect()).collect())
        .collect();
    assert_eq!(rows, [["Hours: <i>design</i>", "2.00 h", "90.00", "180.00"]]);
    assert_eq!(text("#total"), "180.00 EUR");
    assert!(!html.contains("http"), "self-contained: no external resources");
}

#[test]
fn check_finds_duplicate_numbers_overlaps_and_bad_payments() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-03-02"]);
    l.ok(&["invoice", "acme", "--month", "2026-03"]);
    // What a git merge of two branches that each issued an invoice looks like.
    l.append(
        "invoices.csv",
        "i-000000000001,INV-2026-0001,2026-04-01,2026-05-01,acme,,2026-03-15,2026-04-15,EUR,0:00,10.00,0.00,0.00,10.00,bob\n",
    );
    l.append("payments.csv", "r-000000000001,2026-04-02,INV-2026-0009,5.00,,bob\nr-000000000002,2026-04-02,INV-2026-0001,900.01,,bob\n");
    l.append(
        "invoice-lines.csv",
        "l-000000000077,i-000000000077,INV-2026-0077,1,,,,,lost,,,1.00\n",
    );
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    for expected in [
        "invoices.csv:3: duplicate invoice number INV-2026-0001 (also at invoices.csv:2): two clones each issued one; `hourbank invoice renumber` gives the later one the next free number",
        "invoices.csv:3: invoice INV-2026-0001 (2026-03-15 to 2026-04-15) overlaps invoice INV-2026-0001 (2026-03-01 to 2026-03-31)",
        "payments.csv:2: payment of unknown invoice \"INV-2026-0009\"",
        "payments.csv:3: payments of invoice INV-2026-0001 add up to 900.01, beyond its total 900.00 (or refunded beyond what was paid)",
        "invoice-lines.csv:3: warning: line of invoice \"INV-2026-0077\" (id i-000000000077), which was never recorded (an interrupted `invoice`); it is ignored: delete the line",
        "invoices.csv:3: the lines of invoice INV-2026-0001 add up to 0.00, not to its subtotal 10.00",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    l.refused(&["invoice", "acme", "--month", "2026-05"], "duplicate invoice number");
    l.refused(&["client", "remove", "acme"], "");
}

#[test]
fn usage_agrees_with_the_example_invoices() {
    let l = TestLedger::example();
    let usage = l.csv(&["report", "usage", "--by", "month,client"]);
    let lines = l.rows("invoice-lines.csv");
    let invoices = l.rows("invoices.csv");
    // What the invoices bill by the hour per client and month of the work: lines with
    // hours and a rate (payg hours, retainer overage; fees and blocks have no rate), by
    // the month of their key (a correction on a later invoice counts for its month;
    // lines written before keys are of their invoice's month).
    let mut billed: std::collections::BTreeMap<(String, String), rust_decimal::Decimal> =
        Default::default();
    for invoice in &invoices {
        let client = invoice["client"].as_str();
        if !["hooli", "stark"].contains(&client) {
            continue;
        }
        let hourly =
            lines.iter().filter(|l| l["invoice"] == invoice["number"] && !l["rate"].is_empty());
        for line in hourly {
            let period = if line["period"].is_empty() { &invoice["from"] } else { &line["period"] };
            *billed.entry((client.to_string(), period[..7].to_string())).or_default() +=
                line["amount"].parse::<rust_decimal::Decimal>().unwrap();
        }
    }
    let mut compared = 0;
    for ((client, month), amount) in &billed {
        let row = usage
            .iter()
            .find(|r| &r["month"] == month && &r["client"] == client)
            .unwrap_or_else(|| panic!("no usage for {client} in {month}"));
        assert_eq!(row["billable_amount"], format!("{amount:.2}"), "{client} {month}");
        compared += 1;
    }
    assert_eq!(compared, 3, "hooli's October overage, stark's September and October");
}

#[test]
fn recurring_refusals_read_the_same_everywhere() {
    let l = TestLedger::new();
    l.add_payg("north");
    let hint = "hint: `hourbank client list` shows the clients; `hourbank client add` adds one\n";
    for args in [
        &["log-time", "ghost", "1"][..],
        &["invoice", "ghost", "--month", "2026-03"],
        &["report", "history", "ghost"],
    ] {
        let stderr = l.refused(args, "unknown client");
        assert_eq!(stderr, format!("error: unknown client \"ghost\"\n{hint}"), "{args:?}");
    }
    let stderr = l.refused(&["invoice", "north", "--month", "2026-03"], "nothing to bill");
    assert_eq!(
        stderr,
        "error: nothing to bill for north from 2026-03-01 to 2026-03-31 (no fees, purchases, overage or billable hours)\n"
    );
    l.log(&["north", "1", "--date", "2026-03-05"]);
    l.ok(&["invoice", "north", "--month", "2026-03", "--date", "2026-04-01"]);
    let stderr =
        l.refused(&["invoice", "north", "--from", "2026-03-31", "--to", "2026-04-30"], "overlaps");
    assert_eq!(
        stderr,
        "error: refused: north already billed 2026-03-01 to 2026-03-31 on invoice INV-2026-0001; the period 2026-03-31 to 2026-04-30 overlaps it\n\
         hint: bill the days after it, e.g. --from DAY-AFTER --to END\n"
    );
}

#[test]
fn report_invoices_as_of_a_date_shows_what_was_known_then() {
    let l = TestLedger::new();
    l.add_payg("north");
    l.log(&["north", "2", "--date", "2026-03-05"]);
    l.log(&["north", "1", "--date", "2026-04-05"]);
    l.ok(&["invoice", "north", "--month", "2026-03", "--date", "2026-04-01"]);
    l.ok(&["invoice", "north", "--month", "2026-04", "--date", "2026-05-01"]);
    l.ok(&["invoice", "pay", "INV-2026-0001", "--amount", "50", "--date", "2026-04-10"]);
    l.ok(&["invoice", "pay", "INV-2026-0001", "--date", "2026-06-01"]);
    let seen = |as_of: &str| -> Vec<(String, String, String)> {
        l.csv(&["report", "invoices", "--as-of", as_of])
            .into_iter()
            .map(|r| (r["number"].clone(), r["paid"].clone(), r["status"].clone()))
            .collect()
    };
    let row = |n: &str, p: &str, s: &str| (n.to_string(), p.to_string(), s.to_string());
    assert_eq!(seen("2026-04-15"), [row("INV-2026-0001", "50.00", "open")]);
    assert_eq!(
        seen("2026-05-15"),
        [row("INV-2026-0001", "50.00", "overdue"), row("INV-2026-0002", "0.00", "open")]
    );
    assert_eq!(
        seen("2026-06-01"),
        [row("INV-2026-0001", "200.00", "paid"), row("INV-2026-0002", "0.00", "overdue")]
    );
}

#[test]
fn report_invoices_of_one_client() {
    let l = TestLedger::new();
    for client in ["north", "south"] {
        l.add_payg(client);
        l.log(&[client, "1", "--date", "2026-03-05"]);
        l.ok(&["invoice", client, "--month", "2026-03", "--date", "2026-04-01"]);
    }
    let rows = l.csv(&["report", "invoices", "--client", "south"]);
    let numbers: Vec<(&str, &str)> =
        rows.iter().map(|r| (r["number"].as_str(), r["client"].as_str())).collect();
    assert_eq!(numbers, [("INV-2026-0002", "south")]);
    l.refused(&["report", "invoices", "--client", "ghost"], "unknown client \"ghost\"");
}

#[test]
fn usage_amounts_add_up_like_the_invoices_month_by_month() {
    let l = TestLedger::new();
    l.ok(&["client", "add", "walk", "--name", "Walk-in", "--type", "payg", "--rate", "100"]);
    l.log(&["walk", "0:50", "--date", "2026-03-02"]);
    l.log(&["walk", "0:50", "--date", "2026-04-02"]);
    // Each month is a line of 0.83 h x 100 = 83.00; by client the two lines add up to
    // 166.00 (not 1:40 = 1.67 h x 100 = 167.00), as the two invoices will.
    let by_client = l.csv(&["report", "usage", "--by", "client"]);
    assert_eq!(by_client[0]["billable_amount"], "166.00");
    let march = json(&l, &["invoice", "walk", "--month", "2026-03"]);
    let april = json(&l, &["invoice", "walk", "--month", "2026-04"]);
    assert_eq!(
        (march["total"].to_string(), april["total"].to_string()),
        ("83.00".into(), "83.00".into())
    );
}

#[test]
fn payments_of_nothing_or_before_the_invoice_are_refused() {
    let l = TestLedger::new();
    l.ok(&["client", "add", "walk", "--name", "Walk-in", "--type", "payg", "--rate", "100"]);
    l.log(&["walk", "3", "--date", "2026-03-02"]);
    l.ok(&["invoice", "walk", "--month", "2026-03", "--date", "2026-04-01"]);
    let e = l.refused(
        &["invoice", "pay", "INV-2026-0001", "--amount", "0", "--date", "2026-04-02"],
        "refused: a payment of 0.00 records nothing",
    );
    assert!(e.contains("hint: 300.00 EUR is outstanding on invoice INV-2026-0001"), "{e}");
    l.refused(
        &["invoice", "pay", "INV-2026-0001", "--date", "2026-03-31"],
        "a payment dated 2026-03-31 is before invoice INV-2026-0001 was issued (2026-04-01)",
    );
    l.ok(&["invoice", "pay", "INV-2026-0001", "--date", "2026-04-01"]);
}

#[test]
fn the_invoice_confirmation_is_a_result_on_stdout_and_quiet_silences_it() {
    let l = TestLedger::new();
    l.ok(&["client", "add", "walk", "--name", "Walk-in", "--type", "payg", "--rate", "100"]);
    for month in ["2026-03", "2026-04", "2026-05"] {
        l.log(&["walk", "1", "--date", &format!("{month}-02")]);
    }
    let table = l.run(&["invoice", "walk", "--month", "2026-03"]);
    let stdout = String::from_utf8(table.stdout).unwrap();
    assert!(stdout.ends_with("recorded invoice INV-2026-0001 for walk (100.00 EUR)\n"), "{stdout}");
    assert!(table.stderr.is_empty(), "{}", String::from_utf8_lossy(&table.stderr));
    let quiet = l.run(&["--quiet", "invoice", "walk", "--month", "2026-04"]);
    assert!(!String::from_utf8(quiet.stdout).unwrap().contains("recorded"));
    assert!(quiet.stderr.is_empty());
    // JSON is the whole of stdout; the confirmation goes to stderr.
    let out = l.run(&["--format", "json", "invoice", "walk", "--month", "2026-05"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["number"], "INV-2026-0003");
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "recorded invoice INV-2026-0003 for walk (100.00 EUR)\n"
    );
}

#[test]
fn work_that_bills_nothing_is_warned_of_and_not_invoiced_unless_allowed() {
    let l = TestLedger::new();
    l.ok(&["client", "add", "walk", "--name", "Walk-in", "--type", "payg"]);
    // No client rate and default_rate 0.00: the row bills nothing.
    let out = l.run(&["log-time", "walk", "1", "--date", "2026-03-02"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("warning: no rate applies to walk's work: it bills 0.00"), "{stderr}");
    let out = l.run(&["log-time", "walk", "1", "--date", "2026-03-03", "--service", "audit"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("warning: service \"audit\" has no rate"), "{stderr}");
    let check = String::from_utf8(l.run(&["check"]).stdout).unwrap();
    assert!(
        check.contains("timelog.csv:2: warning: walk: 2 row(s) of pay-as-you-go work with no rate"),
        "{check}"
    );
    assert!(check.contains("timelog.csv:3: warning: service \"audit\" has no rate ([services.audit] in hourbank.toml, or clients.walk.rates): 1 row(s) of walk are billed at the client's rate"), "{check}");
    let e = l.refused(
        &["invoice", "walk", "--month", "2026-03"],
        "refused: the line \"Hours\" of walk is at a rate of 0.00",
    );
    assert!(e.contains("--allow-zero"), "{e}");
    let v = json(&l, &["invoice", "walk", "--month", "2026-03", "--allow-zero"]);
    assert_eq!(v["total"].to_string(), "0.00");
}
