//! SPEC 9: everything billable is billed exactly once. Numbers are computed by hand in
//! the comments; each line is its printed hours x rate.

use serde_json::Value;

use super::support::*;

fn walk() -> TestLedger {
    let l = TestLedger::new();
    l.write("hourbank.toml", "currency = \"EUR\"\n[services.design]\nrate = \"120.00\"\n[services.dev]\nrate = \"100.00\"\n");
    l.ok(&["client", "add", "walk", "--name", "Walk-in", "--type", "payg"]);
    l
}

#[test]
fn late_work_is_billed_on_the_next_invoice_and_only_once() {
    let l = walk();
    l.log(&["walk", "2:30", "--date", "2026-10-05", "--service", "design"]);
    // October: 2.50 h x 120 = 300.00.
    let october = json(&l, &["invoice", "walk", "--month", "2026-10", "--date", "2026-11-02"]);
    assert_eq!(october["total"].to_string(), "300.00");
    // Logged after the invoice, dated in October: accepted, with a note.
    let out = l.run(&["log-time", "walk", "2", "--date", "2026-10-15", "--service", "design"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "note: this changes work 2026-10, already invoiced on INV-2026-0001; the difference is billed on walk's next invoice\n"
    );
    // Until an invoice settles it, check warns at the row that changed the key.
    let check = l.run(&["check"]);
    assert_eq!(check.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(check.stdout).unwrap(),
        "timelog.csv:3: warning: walk: work 2026-10 differs from what was invoiced; the next invoice of walk settles it\n"
    );
    l.log(&["walk", "1", "--date", "2026-11-03", "--service", "design"]);
    let november = json(&l, &["invoice", "walk", "--month", "2026-11", "--date", "2026-12-01"]);
    assert_eq!(
        lines(&november),
        own(&[
            // What October billed is taken back, and its 4:30 billed again: 4.50 x 120.
            ("work 2026-10: design: reversal of what was billed", "-2.50", "-300.00"),
            ("late work 2026-10: design", "4.50", "540.00"),
            ("Hours: design", "1.00", "120.00"),
        ])
    );
    assert_eq!(november["total"].to_string(), "360.00");
    assert_eq!(l.ok(&["check"]), "", "settled");
    // Nothing is left to bill: the next month has no work, and nothing changed.
    l.refused(
        &["invoice", "walk", "--month", "2026-12", "--date", "2027-01-04"],
        "nothing to bill",
    );
    // usage and the invoices agree on October now: 540.00.
    let usage =
        l.csv(&["report", "usage", "--by", "month", "--from", "2026-10-01", "--to", "2026-10-31"]);
    assert_eq!(usage[0]["billable_amount"], "540.00");
}

#[test]
fn two_keys_changed_in_opposite_directions_give_two_pairs() {
    let l = walk();
    l.log(&["walk", "2", "--date", "2026-10-05", "--service", "design"]);
    l.log(&["walk", "3", "--date", "2026-10-06", "--service", "dev"]);
    json(&l, &["invoice", "walk", "--month", "2026-10", "--date", "2026-11-02"]);
    // One more hour of design, and a dev row of 3:00 corrected to 1:00 by hand.
    l.log(&["walk", "1", "--date", "2026-10-07", "--service", "design"]);
    let text = l.read("timelog.csv").replace(",3:00,3:00,", ",1:00,1:00,");
    l.write("timelog.csv", &text);
    let november = json(&l, &["invoice", "walk", "--month", "2026-11", "--date", "2026-12-01"]);
    assert_eq!(
        lines(&november),
        own(&[
            // design: 2.00 x 120 = 240.00 taken back, 3.00 x 120 = 360.00 billed.
            ("work 2026-10: design: reversal of what was billed", "-2.00", "-240.00"),
            ("late work 2026-10: design", "3.00", "360.00"),
            // dev: 3.00 x 100 = 300.00 taken back, 1.00 x 100 = 100.00 billed.
            ("work 2026-10: dev: reversal of what was billed", "-3.00", "-300.00"),
            ("work 2026-10: dev changed: billed again", "1.00", "100.00"),
        ])
    );
    assert_eq!(november["total"].to_string(), "-80.00", "a credit note");
    // It reads back, is refund_due until refunded (SPEC 12.3), and a refund settles it.
    let open = &l.csv(&["report", "invoices", "--as-of", "2026-12-01"])[1];
    assert_eq!((open["outstanding"].as_str(), open["status"].as_str()), ("-80.00", "refund_due"));
    l.refused(
        &["invoice", "pay", "INV-2026-0002", "--amount", "80", "--date", "2026-12-02"],
        "is a credit note of -80.00 EUR",
    );
    l.ok(&["invoice", "pay", "INV-2026-0002", "--date", "2026-12-02"]);
    let settled = &l.csv(&["report", "invoices", "--as-of", "2026-12-02"])[1];
    assert_eq!((settled["paid"].as_str(), settled["status"].as_str()), ("-80.00", "paid"));
    assert_eq!(l.ok(&["check"]), "");
}

#[test]
fn a_changed_or_removed_lot_is_billed_or_credited_by_the_difference() {
    let l = TestLedger::with_acme();
    let bought = l.buy(&["acme", "--blocks", "1", "--date", "2026-10-05"]);
    let lot = bought.split(['(', ')']).nth(1).unwrap().to_string();
    let other = l.buy(&["acme", "--blocks", "1", "--date", "2026-10-06"]);
    let other = other.split(['(', ')']).nth(1).unwrap().to_string();
    let october = json(&l, &["invoice", "acme", "--month", "2026-10", "--date", "2026-11-02"]);
    assert_eq!(october["total"].to_string(), "1800.00");
    // The first lot was 20 h for 1800.00 after all; the second was entered by mistake.
    // Both were billed: the changes need --force and say where the difference goes.
    l.refused(
        &["bank", "edit", &lot, "--hours", "20", "--price", "1800"],
        &format!("lot {lot} was billed on invoice INV-2026-0001"),
    );
    l.refused(&["bank", "remove", &other], "pass --force");
    let out = l.run(&["bank", "edit", &lot, "--hours", "20", "--price", "1800", "--force"]);
    assert!(out.status.success());
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("the difference is billed on acme's next invoice")
    );
    l.ok(&["bank", "remove", &other, "--force"]);
    // A note is no change to what was billed: no --force needed. The hours of a lot
    // change what the client was sold (SPEC 12.2): --force, but no note, since a lot
    // with a price of its own bills the same.
    l.ok(&["bank", "edit", &lot, "--note", "corrected"]);
    l.refused(
        &["bank", "edit", &lot, "--hours", "21"],
        "changing its hours or price changes what acme was billed",
    );
    let out = l.run(&["bank", "edit", &lot, "--hours", "21", "--force"]);
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("note:"));
    // A lot bought into the invoiced October says where it is billed.
    let out =
        l.run(&["bank", "buy", "acme", "--hours", "2", "--price", "100", "--date", "2026-10-20"]);
    assert!(String::from_utf8(out.stderr).unwrap().contains("note: 2026-10-20 lies in the period of invoice INV-2026-0001; this lot is billed on acme's next invoice"));
    let late = String::from_utf8(out.stdout).unwrap();
    let late = late.split(['(', ')']).nth(1).unwrap().to_string();
    let november = json(&l, &["invoice", "acme", "--month", "2026-11", "--date", "2026-12-01"]);
    assert_eq!(
        lines(&november),
        // A client reads the lots by their purchase dates, never their ids (SPEC 12.5).
        own(&[
            ("hours bought on 2026-10-05 changed", "null", "900.00"),
            ("hours bought on 2026-10-20, not billed before", "null", "100.00"),
            // One block (1.00 x 900.00) credited.
            ("hours bought on 2026-10-06 no longer billable: credit", "-1.00", "-900.00"),
        ])
    );
    let number = november["number"].as_str().unwrap();
    let html = l.ok(&["--format", "html", "invoice", "--show", number]);
    for id in [&lot, &late, &other] {
        assert!(!html.contains(id.as_str()), "{id} in what the client reads: {html}");
    }
    assert_eq!(november["total"].to_string(), "100.00");
}

#[test]
fn a_retainer_invoiced_before_its_month_ends_bills_the_rest_of_its_overage_later() {
    let l = TestLedger::new();
    l.ok(&[
        "client",
        "add",
        "ret",
        "--name",
        "Retainer",
        "--type",
        "retainer",
        "--monthly-hours",
        "10",
        "--monthly-fee",
        "1000",
        "--rate",
        "100",
        "--start",
        "2026-10-01",
    ]);
    l.log(&["ret", "12", "--date", "2026-10-10"]);
    // Invoiced on 2026-10-20: the fee, and the 2:00 beyond the 10:00 so far.
    let october =
        json(&l, &["invoice", "ret", "--month", "2026-10", "--date", "2026-10-20", "--force"]);
    assert_eq!(october["total"].to_string(), "1200.00");
    let out = l.run(&["log-time", "ret", "3", "--date", "2026-10-28"]);
    // check names the row that changed October's overage.
    let check = String::from_utf8(l.run(&["check"]).stdout).unwrap();
    assert_eq!(
        check,
        "timelog.csv:3: warning: ret: overage 2026-10 differs from what was invoiced; the next invoice of ret settles it\n"
    );
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("note: this changes overage 2026-10, already invoiced on INV-2026-0001")
    );
    let november = json(&l, &["invoice", "ret", "--month", "2026-11", "--date", "2026-12-01"]);
    assert_eq!(
        lines(&november),
        own(&[
            ("Retainer 2026-11: 10:00 h a month", "null", "1000.00"),
            // October's overage is 5:00 now: 2.00 x 100 taken back, 5.00 x 100 billed.
            ("overage 2026-10: reversal of what was billed", "-2.00", "-200.00"),
            ("late overage 2026-10", "5.00", "500.00"),
        ])
    );
}

#[test]
fn the_example_ledger_bills_only_what_is_new_after_an_upgrade() {
    let l = TestLedger::example();
    // Its invoice lines were written before lines had keys; they are mapped from their
    // descriptions, so November bills November alone.
    let hooli =
        json(&l, &["invoice", "hooli", "--month", "2026-11", "--date", "2026-12-01", "--dry-run"]);
    assert_eq!(lines(&hooli), own(&[("Retainer 2026-11: 20:00 h a month", "null", "1800.00")]));
    l.refused(
        &["invoice", "acme", "--month", "2026-11", "--date", "2026-12-01"],
        "nothing to bill",
    );
    // A client never invoiced starts with its first invoice: nothing before it.
    l.refused(
        &["invoice", "globex", "--month", "2026-11", "--date", "2026-12-01"],
        "nothing to bill",
    );
    assert_eq!(String::from_utf8(l.run(&["check"]).stdout).unwrap(), "");
}

#[test]
fn retainer_bounds_and_proration() {
    let l = TestLedger::new();
    l.ok(&[
        "client",
        "add",
        "ret",
        "--name",
        "Retainer",
        "--type",
        "retainer",
        "--monthly-hours",
        "10",
        "--monthly-fee",
        "1000",
        "--rate",
        "100",
        "--start",
        "2026-10-16",
        "--end",
        "2026-12-10",
    ]);
    let text = l.read("clients.toml").replace("[clients.ret]\n", "[clients.ret]\nprorate = true\n");
    l.write("clients.toml", &text);
    // October from the 16th: 16 of 31 days. 10:00 x 16 / 31 = 5:09.68 -> 5:10;
    // 1000.00 x 16 / 31 = 516.129 -> 516.13.
    let oct = &l.csv(&["--time-format", "hm", "report", "balances", "--as-of", "2026-10-31"])[0];
    assert_eq!(oct["purchased"], "5:10");
    let invoice = json(&l, &["invoice", "ret", "--month", "2026-10", "--date", "2026-11-02"]);
    assert_eq!(
        lines(&invoice),
        own(&[("Retainer 2026-10: 16 of 31 days, 5:10 h", "null", "516.13")])
    );
    // December to the 10th: 10 of 31 days: 3:14 and 322.58; November is whole.
    let dec = json(
        &l,
        &["invoice", "ret", "--from", "2026-11-01", "--to", "2026-12-31", "--date", "2027-01-04"],
    );
    assert_eq!(
        lines(&dec),
        own(&[
            ("Retainer 2026-11: 10:00 h a month", "null", "1000.00"),
            ("Retainer 2026-12: 10 of 31 days, 3:14 h", "null", "322.58"),
        ])
    );
    // Work outside start..end is refused unless forced.
    l.refused(
        &["log-time", "ret", "1", "--date", "2026-10-10"],
        "ret: 2026-10-10 is before its retainer starts (2026-10-16)",
    );
    l.refused(
        &["log-time", "ret", "1", "--date", "2026-12-11"],
        "after its retainer ended (2026-12-10)",
    );
    l.ok(&["log-time", "ret", "1", "--date", "2026-12-11", "--force"]);
}

#[test]
fn a_lot_typed_without_an_id_is_named_and_not_billed() {
    let l = TestLedger::with_acme();
    l.append("purchases.csv", ",2026-10-05,acme,10,900.00,,,,\n");
    let e = l.refused(
        &["invoice", "acme", "--month", "2026-10"],
        "refused: rows without an id cannot be billed: purchases.csv:2",
    );
    assert!(e.contains("give each an id"), "{e}");
    let text =
        l.read("purchases.csv").replace(",2026-10-05,acme,", "p-handtyped1,2026-10-05,acme,");
    l.write("purchases.csv", &text);
    let v = json(&l, &["invoice", "acme", "--month", "2026-10"]);
    // 10 h with a price of its own: 1 x 900.00.
    assert_eq!(
        lines(&v),
        own(&[("Block of 10:00 h, bought 2026-10-05, no expiry", "1.00", "900.00")])
    );
}

#[test]
fn corrections_only_bills_the_pending_corrections_and_has_no_period() {
    let l = walk();
    l.refused(&["invoice", "walk", "--corrections-only"], "walk has no invoiced period to correct");
    l.log(&["walk", "1", "--date", "2026-10-05", "--service", "dev"]);
    json(&l, &["invoice", "walk", "--month", "2026-10", "--date", "2026-11-02"]);
    l.log(&["walk", "0:30", "--date", "2026-10-20", "--service", "dev"]);
    // November's work is not a correction: it waits for November's invoice.
    l.log(&["walk", "2", "--date", "2026-11-05", "--service", "dev"]);
    let v = json(&l, &["invoice", "walk", "--corrections-only", "--date", "2026-11-10"]);
    assert_eq!((v["from"].clone(), v["to"].clone()), (Value::Null, Value::Null));
    assert_eq!(
        lines(&v),
        own(&[
            ("work 2026-10: dev: reversal of what was billed", "-1.00", "-100.00"),
            ("late work 2026-10: dev", "1.50", "150.00"),
        ])
    );
    let rows = l.rows("invoices.csv");
    assert_eq!(
        (rows[1]["scope"].as_str(), rows[1]["from"].as_str(), rows[1]["to"].as_str()),
        ("corrections", "", "")
    );
    let report = l.csv(&["report", "invoices"]);
    assert_eq!((report[1]["from"].as_str(), report[1]["total"].as_str()), ("", "50.00"));
    l.refused(
        &["invoice", "walk", "--corrections-only", "--date", "2026-11-11"],
        "no pending corrections",
    );
    // November is billed in full by its own invoice, which the corrections did not block.
    let november = json(&l, &["invoice", "walk", "--month", "2026-11", "--date", "2026-12-01"]);
    assert_eq!(lines(&november), own(&[("Hours: dev", "2.00", "200.00")]));
    let shown = l.ok(&["invoice", "--show", "INV-2026-0002"]);
    assert!(shown.contains("corrections of earlier periods"), "{shown}");
}

#[test]
fn a_lot_invoiced_when_bought_is_not_billed_again_by_its_period() {
    let l = TestLedger::with_acme();
    let out = l.buy(&["acme", "--blocks", "1", "--date", "2026-10-05", "--invoice"]);
    assert!(out.contains("; invoiced as INV-2026-0001 (900.00 EUR)"), "{out}");
    let rows = l.rows("invoices.csv");
    assert_eq!(
        (rows[0]["scope"].as_str(), rows[0]["from"].as_str(), rows[0]["to"].as_str()),
        ("lot", "2026-10-05", "2026-10-05")
    );
    l.buy(&["acme", "--blocks", "2", "--date", "2026-10-20"]);
    // October's invoice bills the second lot only; the lot invoice does not overlap it.
    let october = json(&l, &["invoice", "acme", "--month", "2026-10", "--date", "2026-11-02"]);
    assert_eq!(october["lines"].as_array().map(Vec::len), Some(1));
    assert_eq!(october["total"].to_string(), "1800.00");
}

#[test]
fn billed_prices_hold_and_notes_follow_every_change_to_an_invoiced_key() {
    // A rate change after October's invoice: October's work keeps 100.00, also with a
    // new row that names 100.00 itself.
    let l = TestLedger::new();
    l.ok(&["client", "add", "p", "--name", "P", "--type", "payg", "--rate", "100"]);
    l.log(&["p", "1", "--date", "2026-10-05"]);
    json(&l, &["invoice", "p", "--month", "2026-10", "--date", "2026-11-01"]);
    l.ok(&["client", "set", "p", "--rate", "150"]);
    l.log(&["p", "1", "--date", "2026-10-06", "--rate", "100"]);
    let v = json(&l, &["invoice", "p", "--corrections-only", "--date", "2026-11-10", "--dry-run"]);
    // 1.00 x 100 taken back, 2.00 x 100 billed: 100.00 more, not 150.00.
    assert_eq!(v["total"].to_string(), "100.00");

    // A month billed only as a correction on a later invoice still gets the note.
    let l = TestLedger::new();
    l.ok(&["client", "add", "q", "--name", "Q", "--type", "payg", "--rate", "100"]);
    for date in ["2026-10-05", "2026-11-05", "2026-12-05"] {
        l.log(&["q", "1", "--date", date]);
    }
    json(&l, &["invoice", "q", "--month", "2026-10", "--date", "2026-11-01"]);
    json(&l, &["invoice", "q", "--month", "2026-12", "--date", "2027-01-04"]);
    let out = l.run(&["log-time", "q", "1", "--date", "2026-11-06"]);
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("note: this changes work 2026-11, already invoiced on INV-2027-0001"),
    );

    // Late retainer work whose rollover changes a later month's overage.
    let l = TestLedger::new();
    l.ok(&[
        "client",
        "add",
        "r",
        "--name",
        "R",
        "--type",
        "retainer",
        "--monthly-hours",
        "10",
        "--monthly-fee",
        "1000",
        "--rate",
        "100",
        "--start",
        "2026-09-01",
        "--rollover-months",
        "1",
    ]);
    l.log(&["r", "5", "--date", "2026-09-10"]);
    l.log(&["r", "15", "--date", "2026-10-10"]);
    json(&l, &["invoice", "r", "--month", "2026-09", "--date", "2026-10-01"]);
    json(&l, &["invoice", "r", "--month", "2026-10", "--date", "2026-11-02"]);
    // September's 5:00 left rolled into October; 3:00 more in September leaves 2:00,
    // so October's overage goes from 0:00 to 3:00.
    let out = l.run(&["log-time", "r", "3", "--date", "2026-09-20"]);
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("note: this changes overage 2026-10, already invoiced on INV-2026-0002"),
    );
}

#[test]
fn usage_groups_by_day_and_year_and_finer_groups_add_up_per_part() {
    let l = walk();
    l.log(&["walk", "0:20", "--date", "2026-10-05", "--service", "design"]);
    l.log(&["walk", "0:20", "--date", "2026-10-06", "--service", "design"]);
    let days = l.csv(&["report", "usage", "--by", "day"]);
    let got: Vec<(&str, &str)> =
        days.iter().map(|r| (r["day"].as_str(), r["billable_amount"].as_str())).collect();
    // Each day's part: 0:20 = 0.33 h x 120 = 39.60.
    assert_eq!(got, [("2026-10-05", "39.60"), ("2026-10-06", "39.60")]);
    // The year's part is the month's line: 0:40 = 0.67 h x 120 = 80.40, as invoiced.
    let year = &l.csv(&["report", "usage", "--by", "year"])[0];
    assert_eq!((year["year"].as_str(), year["billable_amount"].as_str()), ("2026", "80.40"));
    let v = json(&l, &["invoice", "walk", "--month", "2026-10"]);
    assert_eq!(v["total"].to_string(), "80.40");
}

#[test]
fn usage_prices_invoiced_months_as_they_were_billed() {
    let l = TestLedger::new();
    l.ok(&["client", "add", "p", "--name", "P", "--type", "payg", "--rate", "100"]);
    l.log(&["p", "1", "--date", "2026-10-05"]);
    json(&l, &["invoice", "p", "--month", "2026-10", "--date", "2026-11-01"]);
    l.ok(&["client", "set", "p", "--rate", "150"]);
    l.log(&["p", "1", "--date", "2026-11-05"]);
    let usage = l.csv(&["report", "usage", "--by", "month"]);
    let got: Vec<(&str, &str)> =
        usage.iter().map(|r| (r["month"].as_str(), r["billable_amount"].as_str())).collect();
    // October was billed at 100.00 and keeps it; November is at the new rate.
    assert_eq!(got, [("2026-10", "100.00"), ("2026-11", "150.00")]);
}

#[test]
fn forced_work_after_a_retainers_end_is_billed_as_that_months_overage() {
    let l = TestLedger::new();
    l.ok(&[
        "client",
        "add",
        "ret",
        "--name",
        "Retainer",
        "--type",
        "retainer",
        "--monthly-hours",
        "10",
        "--monthly-fee",
        "1000",
        "--rate",
        "100",
        "--start",
        "2026-09-01",
        "--end",
        "2026-10-31",
    ]);
    // November has no allocation: its 3:00 forced work is November's overage (nothing
    // leaks): 3.00 x 100.
    l.log(&["ret", "3", "--date", "2026-11-10", "--force"]);
    let november = json(&l, &["invoice", "ret", "--month", "2026-11", "--date", "2026-12-01"]);
    assert_eq!(
        lines(&november),
        own(&[("Overage 2026-11: hours beyond the retainer", "3.00", "300.00")])
    );
}
