//! SPEC 12.2-12.4: money exact to the cent. Every amount is computed by hand in the
//! comments.

use super::support::*;

/// (description, hours, rate, amount) of an invoice's lines, from `--format json`.
fn priced_lines(v: &serde_json::Value) -> Vec<(String, String, String, String)> {
    v["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let text = |k: &str| match &l[k] {
                serde_json::Value::Null => String::new(),
                other => other.to_string().trim_matches('"').to_string(),
            };
            (text("description"), text("hours"), text("rate"), text("amount"))
        })
        .collect()
}

fn own(v: &[(&str, &str, &str, &str)]) -> Vec<(String, String, String, String)> {
    v.iter()
        .map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d.to_string()))
        .collect()
}

#[test]
fn a_late_row_is_billed_at_its_own_price_source_never_at_another_rows_rate() {
    let l = TestLedger::new();
    l.ok(&["client", "add", "web", "--name", "Web Ltd", "--type", "payg", "--rate", "120.50"]);
    // March is invoiced: billing starts there.
    l.log(&["web", "1:00", "--date", "2026-03-10"]);
    l.ok(&["invoice", "web", "--month", "2026-03", "--date", "2026-03-31"]);
    // April: a row at its own rate; April is not invoiced in time.
    l.log(&["web", "2:30", "--rate", "33.33", "--date", "2026-04-10"]);
    // June's invoice bills it as late work of April: 2.50 h x 33.33 = 83.325 -> 83.33.
    l.log(&["web", "1:00", "--date", "2026-06-02"]);
    let june = json(&l, &["invoice", "web", "--month", "2026-06", "--date", "2026-06-30"]);
    assert_eq!(
        priced_lines(&june),
        own(&[
            ("late work 2026-04 at 33.33", "2.50", "33.33", "83.33"),
            ("Hours", "1.00", "120.50", "120.50"),
        ])
    );
    // A row priced by the hierarchy, logged late for April: its own key. July bills
    // 3:25 = 3.4166 h, printed 3.42 x 120.50 = 412.11; the 33.33 key is left alone.
    l.log(&["web", "3:25", "--date", "2026-04-11"]);
    l.log(&["web", "1:00", "--date", "2026-07-02"]);
    let july = json(&l, &["invoice", "web", "--month", "2026-07", "--date", "2026-07-31"]);
    assert_eq!(
        priced_lines(&july),
        own(&[
            ("late work 2026-04", "3.42", "120.50", "412.11"),
            ("Hours", "1.00", "120.50", "120.50")
        ])
    );
    // Recorded with their price source.
    let sources: Vec<String> = l
        .rows("invoice-lines.csv")
        .iter()
        .map(|r| format!("{} {}", r["description"], r["price_source"]))
        .collect();
    assert_eq!(
        sources,
        [
            "Hours hierarchy",
            "late work 2026-04 at 33.33 rate",
            "Hours hierarchy",
            "late work 2026-04 hierarchy",
            "Hours hierarchy"
        ]
    );
    // Everything is billed: nothing more to correct, and check is clean.
    l.refused(&["invoice", "web", "--corrections-only", "--date", "2026-08-01"], "nothing to bill");
    assert_eq!(l.ok(&["check"]), "");
}

#[test]
fn a_rate_change_keeps_the_price_billed_for_work_and_cancellations() {
    let l = TestLedger::new();
    l.append(
        "hourbank.toml",
        "\n[cancellation]\nlevels = [{ notice_hours = 24, charge_percent = 100 }]\n",
    );
    l.ok(&["client", "add", "web", "--name", "Web Ltd", "--type", "payg", "--rate", "120"]);
    // November: 2:00 of work and a booking of 3:00 cancelled with 10 h notice (100 %).
    l.log(&["web", "2:00", "--date", "2026-11-03"]);
    l.log(&["web", "3:00", "--cancelled", "--notice", "10", "--date", "2026-11-04"]);
    let nov = json(&l, &["invoice", "web", "--month", "2026-11", "--date", "2026-11-30"]);
    // 2.00 x 120 = 240.00; 3.00 x 120 = 360.00.
    assert_eq!(
        priced_lines(&nov),
        own(&[
            ("Hours", "2.00", "120.00", "240.00"),
            ("Late cancellations 2026-11", "3.00", "120.00", "360.00"),
        ])
    );
    l.ok(&["client", "set", "web", "--rate", "125"]);
    // Nothing changed in November: no correction at the new rate.
    l.refused(&["invoice", "web", "--corrections-only", "--date", "2026-12-01"], "nothing to bill");
    // A late row in November keeps November's price: reversal of 2.00 and 3.00 billed
    // again at 120 (360.00 - 240.00 = +120.00 net), never at 125.
    l.log(&["web", "1:00", "--date", "2026-11-20"]);
    let fix = json(&l, &["invoice", "web", "--corrections-only", "--date", "2026-12-01"]);
    assert_eq!(
        priced_lines(&fix),
        own(&[
            ("work 2026-11: reversal of what was billed", "-2.00", "120.00", "-240.00"),
            ("late work 2026-11", "3.00", "120.00", "360.00"),
        ])
    );
    // December's new keys are priced at 125: 1.00 x 125 = 125.00.
    l.log(&["web", "1:00", "--date", "2026-12-02"]);
    let dec = json(&l, &["invoice", "web", "--month", "2026-12", "--date", "2026-12-31"]);
    assert_eq!(priced_lines(&dec), own(&[("Hours", "1.00", "125.00", "125.00")]));
}

#[test]
fn editing_the_hours_of_an_invoiced_lot_needs_force() {
    let l = TestLedger::with_acme();
    // A lot with its own price: its hours do not change what it bills.
    l.buy(&["acme", "--hours", "5", "--price", "400", "--date", "2026-11-02", "--invoice"]);
    let lot = l.rows("purchases.csv")[0]["id"].clone();
    let stderr = l.refused(
        &["bank", "edit", &lot, "--hours", "6"],
        &format!("lot {lot} was billed on invoice INV-2026-0001; changing its hours or price changes what acme was billed"),
    );
    assert!(stderr.contains("hint: pass --force"), "{stderr}");
    let out = l.run(&["bank", "edit", &lot, "--hours", "6", "--force"]);
    assert!(out.status.success());
    // The price is unchanged, so nothing is billed again: no note.
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(l.rows("purchases.csv")[0]["hours"], "6:00");
    // A price change is billed: the note says so.
    let out = l.run(&["bank", "edit", &lot, "--price", "450", "--force"]);
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("the difference is billed on acme's next invoice")
    );
}

#[test]
fn a_credit_note_voids_an_invoice_whose_keys_are_billed_again_at_todays_price() {
    let l = TestLedger::new();
    l.append(
        "hourbank.toml",
        "\n[company]\nname = \"Northwind\"\ncountry = \"DE\"\nvat_id = \"DE123456789\"\npayment_terms = \"Payable within 30 days.\"\n\n[invoice]\ntax_category = \"E\"\ntax_exemption = \"Exempt\"\n",
    );
    l.ok(&["client", "add", "web", "--name", "Web Ltd", "--type", "payg", "--rate", "100"]);
    l.ok(&["client", "set", "web", "--country", "FR"]);
    l.log(&["web", "2:00", "--date", "2026-11-03"]);
    l.ok(&["invoice", "web", "--month", "2026-11", "--date", "2026-11-30"]);
    let before = l.snapshot();
    l.refused(
        &["invoice", "credit", "INV-2026-0001", "--amount", "-10", "--reason", "x"],
        "--amount -10: a credit is an amount above 0.00, before tax",
    );
    let out = l.run(&["invoice", "credit", "INV-2026-0001", "--amount", "10"]);
    assert_eq!(out.status.code(), Some(2), "a usage error: --amount needs --reason");
    assert!(before == l.snapshot());
    // --all reverses every line: 2.00 h x 100 = -200.00.
    let note = json(
        &l,
        &[
            "invoice",
            "credit",
            "INV-2026-0001",
            "--all",
            "--reason",
            "issued by mistake",
            "--date",
            "2026-12-01",
        ],
    );
    assert_eq!(
        (note["type"].as_str(), note["credits"].as_str(), note["number"].as_str()),
        (Some("credit_note"), Some("INV-2026-0001"), Some("INV-2026-0002"))
    );
    assert_eq!(priced_lines(&note), own(&[("Hours", "-2.00", "100.00", "-200.00")]));
    assert_eq!(note["total"].to_string(), "-200.00");
    let statuses: Vec<(String, String, String)> = l
        .csv(&["report", "invoices", "--as-of", "2026-12-01"])
        .iter()
        .map(|r| (r["number"].clone(), r["outstanding"].clone(), r["status"].clone()))
        .collect();
    assert_eq!(
        statuses,
        [
            ("INV-2026-0001".to_string(), "0.00".to_string(), "void".to_string()),
            ("INV-2026-0002".to_string(), "0.00".to_string(), "applied".to_string())
        ]
    );
    // What the client reads: a credit note, naming the invoice and why, asking for
    // no payment.
    let html = l.ok(&["--format", "html", "invoice", "--show", "INV-2026-0002"]);
    assert!(html.contains("<title>Credit note INV-2026-0002</title>"), "{html}");
    assert!(
        html.contains(
            "<p class=\"credits\">Credit note for invoice INV-2026-0001: issued by mistake</p>"
        ),
        "{html}"
    );
    assert!(!html.contains("Payable within"), "{html}");
    let cii = l.ok(&["--format", "cii", "invoice", "--show", "INV-2026-0002"]);
    assert!(cii.contains("<ram:TypeCode>381</ram:TypeCode>"), "{cii}");
    assert!(cii.contains("<ram:InvoiceReferencedDocument>\n        <ram:IssuerAssignedID>INV-2026-0001</ram:IssuerAssignedID>"), "{cii}");
    // The voided keys are billed again, at today's price: 2.00 x 110 = 220.00; a void
    // invoice overlaps nothing.
    l.ok(&["client", "set", "web", "--rate", "110"]);
    let again = json(&l, &["invoice", "web", "--month", "2026-11", "--date", "2026-12-02"]);
    assert_eq!(priced_lines(&again), own(&[("Hours", "2.00", "110.00", "220.00")]));
    assert_eq!(l.ok(&["check"]), "");
    // A credit note is not credited; an invoice credited in part takes no --all, and
    // no more than it has left.
    l.refused(
        &["invoice", "credit", "INV-2026-0002", "--all"],
        "refused: INV-2026-0002 is a credit note; only an invoice can be credited",
    );
    l.ok(&[
        "invoice",
        "credit",
        "INV-2026-0003",
        "--amount",
        "20",
        "--reason",
        "goodwill",
        "--date",
        "2026-12-03",
    ]);
    l.refused(
        &["invoice", "credit", "INV-2026-0003", "--all", "--date", "2026-12-03"],
        "refused: invoice INV-2026-0003 has credit note INV-2026-0004 already: --all would credit it twice",
    );
    // 220.00 - 20.00 = 200.00 left.
    l.refused(
        &["invoice", "credit", "INV-2026-0003", "--amount", "200.01", "--reason", "too much", "--date", "2026-12-03"],
        "refused: a credit of 200.01 EUR (with tax) is more than the 200.00 EUR invoice INV-2026-0003 has left to credit",
    );
    // The goodwill line is never billed again.
    l.refused(&["invoice", "web", "--corrections-only", "--date", "2026-12-04"], "nothing to bill");
    let row = l
        .csv(&["report", "invoices", "--as-of", "2026-12-04"])
        .into_iter()
        .find(|r| r["number"] == "INV-2026-0003")
        .unwrap();
    assert_eq!((row["outstanding"].as_str(), row["status"].as_str()), ("200.00", "open"));
}

#[test]
fn a_retainer_added_without_start_starts_on_the_first_of_this_month() {
    let l = TestLedger::new();
    // Today is 2026-11-23.
    let out = l.ok(&[
        "client",
        "add",
        "ret",
        "--name",
        "Ret",
        "--type",
        "retainer",
        "--monthly-hours",
        "20",
        "--monthly-fee",
        "1000",
    ]);
    assert_eq!(
        out,
        "added client ret (Ret, retainer); start 2026-11-01, the first day of this month (--start sets another)\n"
    );
    assert!(l.read("clients.toml").contains("start = \"2026-11-01\""));
    // Its work is billed: November's fee.
    l.log(&["ret", "2:00", "--date", "2026-11-10"]);
    let nov = json(&l, &["invoice", "ret", "--month", "2026-11", "--date", "2026-11-30"]);
    assert_eq!(nov["total"].to_string(), "1000.00");
}

#[test]
fn a_period_that_has_not_ended_is_invoiced_only_with_force() {
    let l = TestLedger::new();
    l.ok(&["client", "add", "web", "--name", "Web Ltd", "--type", "payg", "--rate", "100"]);
    l.log(&["web", "1:00", "--date", "2026-11-03"]);
    // Today is 2026-11-23.
    let stderr = l.refused(
        &["invoice", "web", "--month", "2026-11"],
        "refused: 2026-11 has not ended on 2026-11-23: rows logged later become corrections on the next invoice",
    );
    assert!(stderr.contains("hint: invoice it once it has ended, or pass --force"), "{stderr}");
    l.refused(
        &["invoice", "web", "--from", "2026-11-01", "--to", "2026-11-24"],
        "refused: the period 2026-11-01 to 2026-11-24 has not ended on 2026-11-23",
    );
    // A dry run shows it; --force bills it.
    l.ok(&["invoice", "web", "--month", "2026-11", "--dry-run"]);
    let v = json(&l, &["invoice", "web", "--month", "2026-11", "--force"]);
    assert_eq!(v["total"].to_string(), "100.00");
}

#[test]
fn hours_bought_without_a_price_are_priced_at_purchase() {
    let l = TestLedger::with_acme();
    // acme: blocks of 10:00 at 900.00.
    let cases = [
        ("20", "1800.00"),  // 2 whole blocks x 900.00
        ("5", "450.00"),    // 5:00 x 900.00 / 10:00
        ("2:20", "210.00"), // 140 min x 900.00 / 600 min
    ];
    for (hours, price) in cases {
        let out = l.buy(&["acme", "--hours", hours, "--date", "2026-11-02"]);
        assert!(out.contains(&format!(" for {price} EUR ")), "{hours}: {out}");
    }
    let prices: Vec<String> = l.rows("purchases.csv").iter().map(|r| r["price"].clone()).collect();
    assert_eq!(prices, ["1800.00", "450.00", "210.00"]);
    // A bank client without blocks: the hours as an invoice prints them x its rate:
    // 1:10 = 1.1666 h, printed 1.17 x 95.00 = 111.15.
    l.ok(&["client", "add", "nob", "--name", "No Blocks", "--type", "bank", "--rate", "95"]);
    let out = l.buy(&["nob", "--hours", "1:10", "--date", "2026-11-02"]);
    assert!(out.contains(" for 111.15 EUR "), "{out}");
    assert_eq!(l.rows("purchases.csv")[3]["price"], "111.15");
    // The invoice bills what the purchase said.
    let v = json(&l, &["invoice", "acme", "--month", "2026-11", "--date", "2026-11-30"]);
    assert_eq!(v["total"].to_string(), "2460.00"); // 1800 + 450 + 210
}

#[test]
fn inputs_are_refused_with_their_reason_and_the_ledger_unchanged() {
    let l = TestLedger::with_acme();
    l.append("hourbank.toml", "\n[services.design]\nrate = \"110\"\n");
    l.ok(&["person", "add", "ann", "--name", "Ann"]);
    let cases: &[(&[&str], &str)] = &[
        (
            &["log-time", "acme", "1", "--date", "2026-02-30"],
            "--date: date \"2026-02-30\": February 2026 has 28 days",
        ),
        (
            &["log-time", "acme", "1", "--date", "2026-13-01"],
            "date \"2026-13-01\": there is no month 13 (months run from 01 to 12)",
        ),
        (
            &["bank", "buy", "acme", "--hours", "5", "--price", "-10"],
            "--price: amount \"-10\": must not be negative",
        ),
        (
            &["bank", "buy", "acme", "--hours", "5", "--price", "79228162514264337593543950336"],
            "is too large (at most 999999999999.99)",
        ),
        (
            &["log-time", "acme", "1h75m"],
            "duration \"1h75m\": minutes after the hours must be from 0 to 59",
        ),
        (
            &["person", "set", "ann", "--schedule", "mon=25"],
            "--schedule mon: 25:00 is more than a day holds (at most 24:00)",
        ),
        (
            &["client", "add", "b", "--name", "B", "--type", "bank", "--block-hours", "0"],
            "--block-hours 0: a block holds more than 0:00",
        ),
        (
            &["client", "set", "acme", "--email", "notanemail"],
            "--email \"notanemail\" is not an e-mail address like name@example.com",
        ),
        (
            &["person", "set", "ann", "--email", "ann@localhost"],
            "--email \"ann@localhost\" is not an e-mail address",
        ),
        (
            &["log-time", "acme", "1", "--service", "desgin"],
            "--service \"desgin\": neither [services] in hourbank.toml nor acme's rates name it (known: design)",
        ),
        (
            &["log-time", "acme", "1", "--note", "pay \u{202E}gnp.exe"],
            "--note must not contain bidirectional controls (found U+202E)",
        ),
    ];
    for (args, message) in cases {
        l.refused(args, message);
    }
    // 90m alone stays valid, as does a known service and --force for a new one.
    l.buy(&["acme", "--blocks", "1", "--date", "2026-11-01"]);
    l.log(&["acme", "90m", "--date", "2026-11-02", "--service", "design"]);
    l.log(&["acme", "1", "--date", "2026-11-02", "--service", "workshop", "--force"]);
    // A schedule in people.toml past 24:00 is an error at its line.
    l.write("people.toml", "[people.ann]\nname = \"Ann\"\nschedule = { mon = \"25:00\" }\n");
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "people.toml:3: people.ann.schedule.mon: 25:00 is more than a day holds (at most 24:00)\n"
    );
}

#[test]
fn an_issued_invoice_keeps_its_tax_category_and_fills_what_was_empty_with_a_note() {
    let l = TestLedger::new();
    l.append("hourbank.toml", "\n[company]\nname = \"Northwind\"\n");
    l.ok(&[
        "client",
        "add",
        "web",
        "--name",
        "Web Ltd",
        "--type",
        "payg",
        "--rate",
        "100",
        "--tax-percent",
        "19",
    ]);
    l.ok(&["client", "set", "web", "--country", "FR"]);
    l.log(&["web", "1:00", "--date", "2026-11-03"]);
    l.ok(&["invoice", "web", "--month", "2026-11", "--date", "2026-11-30"]);
    // Issued at 19 % with no category set: S, recorded.
    assert_eq!(l.rows("invoices.csv")[0]["tax_category"], "S");
    // A code in any case is written as the code; another is refused with exit 2.
    l.ok(&["client", "set", "web", "--tax-category", "e"]);
    assert!(l.read("clients.toml").contains("tax_category = \"E\""));
    l.usage(&["client", "set", "web", "--tax-category", "X"], "X", "S, Z, E, AE, K, G, O, L, M");
    // The seller's country and VAT id were empty at issue: today's, said on stderr.
    l.append("hourbank.toml", "country = \"DE\"\nvat_id = \"DE123456789\"\n");
    let out = l.run(&["--format", "cii", "invoice", "--show", "INV-2026-0001"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "note: some fields were empty when invoice INV-2026-0001 was issued: shown with today's [company] vat_id, [company] country\n"
    );
    let cii = String::from_utf8(out.stdout).unwrap();
    assert!(
        cii.contains("<ram:CategoryCode>S</ram:CategoryCode>")
            && !cii.contains("<ram:CategoryCode>E</ram:CategoryCode>"),
        "{cii}"
    );
    assert!(cii.contains("<ram:CountryID>DE</ram:CountryID>"), "{cii}");
}

#[test]
fn the_credit_limit_counts_only_hours_the_row_may_draw_on() {
    let l = TestLedger::with_acme();
    l.ok(&["client", "set", "acme", "--credit-limit", "1:00"]);
    // 7:30 for general work, 1:00 only for project web.
    l.buy(&["acme", "--hours", "7:30", "--date", "2026-11-01"]);
    l.buy(&["acme", "--hours", "1:00", "--project", "web", "--date", "2026-11-01"]);
    // A general 9:30 row: 7:30 covered, 2:00 overdraft (the project's hour does not
    // count), beyond the limit of 1:00.
    let stderr = l.refused(
        &["log-time", "acme", "9:30", "--date", "2026-11-10"],
        "refused: acme would go to -2:00 on or after 2026-11-10, beyond its credit limit of 1:00",
    );
    assert!(stderr.contains("hint: buy hours first"), "{stderr}");
    // 8:30: 1:00 overdraft, at the limit: accepted.
    l.log(&["acme", "8:30", "--date", "2026-11-10"]);
    // The project's hour still serves the project.
    l.log(&["acme", "1:00", "--project", "web", "--date", "2026-11-11"]);
}

#[test]
fn invoice_lines_carry_their_unit_in_every_format() {
    let l = TestLedger::new();
    l.append(
        "hourbank.toml",
        "\n[company]\nname = \"Northwind\"\ncountry = \"DE\"\nvat_id = \"DE123456789\"\n\n[invoice]\ntax_category = \"E\"\ntax_exemption = \"Exempt\"\n",
    );
    l.ok(&[
        "client",
        "add",
        "ret",
        "--name",
        "Ret",
        "--type",
        "retainer",
        "--monthly-hours",
        "20",
        "--monthly-fee",
        "1800",
        "--start",
        "2026-11-01",
        "--rate",
        "100",
    ]);
    l.ok(&["client", "set", "ret", "--country", "FR"]);
    l.ok(&[
        "client",
        "add",
        "acme",
        "--name",
        "Acme",
        "--type",
        "bank",
        "--block-hours",
        "10",
        "--block-price",
        "900",
    ]);
    l.ok(&["client", "set", "acme", "--country", "FR"]);
    // A retainer month (20:00 for 1800.00) with 1:30 of overage at 100.00.
    l.log(&["ret", "21:30", "--date", "2026-11-10"]);
    let ret = json(&l, &["invoice", "ret", "--month", "2026-11", "--date", "2026-12-01"]);
    let units: Vec<(&str, &str)> = ret["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|line| (line["description"].as_str().unwrap(), line["unit"].as_str().unwrap()))
        .collect();
    assert_eq!(
        units,
        [
            ("Retainer 2026-11: 20:00 h a month", "month"),
            ("Overage 2026-11: hours beyond the retainer", "h")
        ]
    );
    // The hours an invoice covers: the month's 20:00 and the 1:30 of overage.
    let row = l
        .csv(&["--time-format", "hm", "report", "invoices", "--as-of", "2026-12-01"])
        .into_iter()
        .find(|r| r["client"] == "ret")
        .unwrap();
    assert_eq!(row["hours"], "21:30");
    // Two blocks bought: 2 blocks of 10:00 h at 900.00.
    l.buy(&["acme", "--blocks", "2", "--date", "2026-11-02"]);
    let html = l.ok(&[
        "--format",
        "html",
        "invoice",
        "acme",
        "--month",
        "2026-11",
        "--date",
        "2026-12-01",
    ]);
    assert!(
        html.contains("<td class=\"num\">2 blocks</td><td class=\"num\">900.00</td>"),
        "{html}"
    );
    let cii = l.ok(&["--format", "cii", "invoice", "--show", "INV-2026-0001"]);
    assert!(cii.contains("<ram:BilledQuantity unitCode=\"MON\">1</ram:BilledQuantity>"), "{cii}");
    assert!(
        cii.contains("<ram:BilledQuantity unitCode=\"HUR\">1.50</ram:BilledQuantity>"),
        "{cii}"
    );
    let cii = l.ok(&["--format", "cii", "invoice", "--show", "INV-2026-0002"]);
    assert!(
        cii.contains("<ram:BilledQuantity unitCode=\"C62\">2.00</ram:BilledQuantity>"),
        "{cii}"
    );
    let units: Vec<String> =
        l.rows("invoice-lines.csv").iter().map(|r| r["unit"].clone()).collect();
    assert_eq!(units, ["month", "h", "block"]);
}

/// The balance after the last row dated on or before `day` of (date, balance) rows in
/// date order; 0 before the first.
fn balance_on(rows: &[(String, String)], day: &str) -> String {
    rows.iter()
        .take_while(|(date, _)| date.as_str() <= day)
        .last()
        .map_or("0.00".to_string(), |(_, balance)| balance.clone())
}

#[test]
fn the_balance_as_of_a_day_is_one_number_in_every_report() {
    // SPEC 12.4: an end-of-day event of D (an expiry, a month's overage) is dated D+1,
    // so history, balances, burndown and statements agree on every day.
    let l = TestLedger::example();
    let balances_on = |day: &str| l.csv(&["report", "balances", "--as-of", day]);
    let clients: Vec<String> =
        balances_on("2026-11-23").iter().map(|r| r["client"].clone()).collect();
    // Every lot's last day and the day after, every month's last day, and more.
    let mut days: Vec<String> = Vec::new();
    for lot in l.rows("purchases.csv") {
        if let Ok(d) = lot["expires"].parse::<chrono::NaiveDate>() {
            days.push(d.to_string());
            days.push(d.succ_opt().unwrap().to_string());
        }
    }
    for month in 1..=11 {
        let first = chrono::NaiveDate::from_ymd_opt(2026, month + 1, 1).unwrap();
        days.push(first.pred_opt().unwrap().to_string());
        days.push(first.to_string());
    }
    days.retain(|d| d.as_str() >= "2025-06-01" && d.as_str() <= "2026-11-30");
    days.sort();
    days.dedup();
    let mut histories = std::collections::BTreeMap::new();
    let mut charts = std::collections::BTreeMap::new();
    for client in &clients {
        let history = l.csv(&["report", "history", client, "--to", "2026-11-30"]);
        histories.insert(
            client.clone(),
            history.iter().map(|r| (r["date"].clone(), r["balance"].clone())).collect::<Vec<_>>(),
        );
        let chart =
            l.csv(&["report", "burndown", client, "--from", "2025-01-01", "--to", "2026-11-30"]);
        charts.insert(
            client.clone(),
            chart.iter().map(|r| (r["date"].clone(), r["balance"].clone())).collect::<Vec<_>>(),
        );
    }
    let mut compared = 0;
    for day in &days {
        for row in balances_on(day) {
            let client = &row["client"];
            let history = balance_on(&histories[client], day);
            let chart = balance_on(&charts[client], day);
            assert_eq!(
                (client, day, &history),
                (client, day, &row["available"]),
                "history and balances"
            );
            if charts[client].first().is_some_and(|(first, _)| first.as_str() <= day.as_str()) {
                assert_eq!(
                    (client, day, &chart),
                    (client, day, &row["available"]),
                    "burndown and balances"
                );
            }
            compared += 1;
        }
    }
    assert!(compared > 100, "{compared}");
    // bank list: a bank client's lots hold what is available (nothing when overdrawn),
    // on a lot's last day and the day after.
    let cents = |t: &str| t.replace('.', "").parse::<i64>().unwrap();
    for day in ["2026-09-30", "2026-10-01", "2026-11-20", "2026-11-21"] {
        for row in balances_on(day).iter().filter(|r| r["type"] == "bank") {
            let lots = l.csv(&["bank", "list", &row["client"], "--as-of", day]);
            let held: i64 = lots.iter().map(|lot| cents(&lot["remaining"])).sum();
            assert_eq!(
                (&row["client"], day, held),
                (&row["client"], day, cents(&row["available"]).max(0)),
                "bank list"
            );
        }
    }
    // Statements close on the same number, on a lot's last day and a month's end.
    for day in ["2026-10-31", "2026-11-20", "2026-11-23"] {
        for row in balances_on(day) {
            let client = &row["client"];
            if row["type"] == "payg" {
                continue;
            }
            let statement = json(&l, &["statement", client, "--from", "2026-10-01", "--to", day]);
            assert_eq!(
                (client, day, statement["closing_balance"].to_string()),
                (client, day, row["available"].clone()),
                "statement and balances"
            );
        }
    }
}
