//! SPEC 10's policies: late cancellations (Bizstim). Numbers are computed by hand.

use super::support::*;

const LEVELS: &str = "\n[cancellation]\nlevels = [{ notice_hours = 24, charge_percent = 100 }, { notice_hours = 48, charge_percent = 50 }]\n";

#[test]
fn a_late_cancellation_is_charged_the_share_of_its_level() {
    let l = TestLedger::with_acme();
    l.append("hourbank.toml", LEVELS);
    l.buy(&["acme", "--hours", "10", "--date", "2026-11-01"]);
    // 30 h notice: under 48 h, 50 % of 2:05 = 62.5 min, rounded up to 1:03.
    let out = l.log(&["acme", "2:05", "--cancelled", "--notice", "30", "--date", "2026-11-05"]);
    assert!(
        out.starts_with("acme: cancelled a booking of 2:05 with 30:00 notice (charged 1:03)"),
        "{out}"
    );
    // Exactly 48 h is in time: nothing charged.
    l.log(&["acme", "2", "--cancelled", "--notice", "48", "--date", "2026-11-06"]);
    let rows = l.rows("timelog.csv");
    let got: Vec<(&str, &str, &str, &str)> = rows
        .iter()
        .map(|r| {
            (r["kind"].as_str(), r["hours"].as_str(), r["charged"].as_str(), r["notice"].as_str())
        })
        .collect();
    assert_eq!(
        got,
        [("cancellation", "2:05", "1:03", "30:00"), ("cancellation", "2:00", "0:00", "48:00")]
    );
    let balance =
        &l.csv(&["--time-format", "hm", "report", "balances", "--as-of", "2026-11-30"])[0];
    assert_eq!(balance["available"], "8:57");
    // usage by kind: hours booked, charged the share.
    let usage = l.csv(&["--time-format", "hm", "report", "usage", "--by", "kind"]);
    assert_eq!(
        usage
            .iter()
            .map(|r| (r["kind"].as_str(), r["hours"].as_str(), r["charged"].as_str()))
            .collect::<Vec<_>>(),
        [("cancellation", "4:05", "1:03")]
    );
    l.refused(&["log-time", "acme", "1", "--cancelled", "--notice", "soon"], "--notice");
}

#[test]
fn pay_as_you_go_cancellations_are_billed_on_their_own_line_and_never_count_as_worked() {
    let l = TestLedger::new();
    l.append("hourbank.toml", LEVELS);
    l.ok(&["client", "add", "walk", "--name", "Walk-in", "--type", "payg", "--rate", "100"]);
    l.write(
        "people.toml",
        "[people.bob]\nschedule = { mon = \"2:00\" }\n[people.bob.banks.flex]\nrule = \"weekly-overtime\"\nstart = \"2026-11-02\"\nmin_balance = \"-10:00\"\n",
    );
    l.log(&["walk", "1", "--date", "2026-11-02", "--person", "bob"]);
    l.log(&[
        "walk",
        "3",
        "--cancelled",
        "--notice",
        "2",
        "--date",
        "2026-11-03",
        "--person",
        "bob",
    ]);
    let v = json(&l, &["invoice", "walk", "--month", "2026-11", "--date", "2026-11-30"]);
    let lines: Vec<(String, String)> = v["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["description"].as_str().unwrap().to_string(), l["amount"].to_string()))
        .collect();
    // 1:00 of work at 100; 3:00 cancelled with 2 h notice: 100 % = 3.00 x 100.
    assert_eq!(
        lines,
        [
            ("Hours".to_string(), "100.00".to_string()),
            ("Late cancellations 2026-11".to_string(), "300.00".to_string())
        ]
    );
    // bob's week: 1:00 worked of 2:00 scheduled; the cancelled 3:00 are no work.
    let flex = &l.csv(&["--time-format", "hm", "report", "flex", "--as-of", "2026-11-09"])[0];
    assert_eq!(flex["balance"], "-1:00");
    assert_eq!(l.ok(&["check"]), "");
}

#[test]
fn check_reports_bad_cancellation_levels() {
    let l = TestLedger::with_acme();
    l.append(
        "hourbank.toml",
        "\n[cancellation]\nlevels = [{ notice_hours = 24, charge_percent = 120 }]\n",
    );
    let text = String::from_utf8(l.run(&["check"]).stdout).unwrap();
    assert!(
        text.contains("hourbank.toml:")
            && text.contains("cancellation.levels: each level needs notice_hours"),
        "{text}"
    );
    l.write(
        "hourbank.toml",
        &l.read("hourbank.toml").replace(
            "charge_percent = 120 }]",
            "charge_percent = 50 }, { notice_hours = 24, charge_percent = 20 }]",
        ),
    );
    let text = String::from_utf8(l.run(&["check"]).stdout).unwrap();
    assert!(text.contains("cancellation.levels: notice_hours 24:00 given twice"), "{text}");
    let too_many = "levels = [{ notice_hours = 1, charge_percent = 1 }, { notice_hours = 2, charge_percent = 1 }, { notice_hours = 3, charge_percent = 1 }, { notice_hours = 4, charge_percent = 1 }]";
    let text = l.read("hourbank.toml");
    let start = text.find("\nlevels = [").unwrap() + 1;
    let end = text[start..].find('\n').unwrap() + start;
    l.write("hourbank.toml", &format!("{}{too_many}{}", &text[..start], &text[end..]));
    let text = String::from_utf8(l.run(&["check"]).stdout).unwrap();
    assert!(text.contains("cancellation.levels: at most 3 levels (4 given)"), "{text}");
}

#[test]
fn a_clients_own_levels_replace_the_settings_whole() {
    let l = TestLedger::with_acme();
    l.append("hourbank.toml", LEVELS);
    l.buy(&["acme", "--hours", "10", "--date", "2026-11-01"]);
    l.append("clients.toml", "\n[clients.acme.cancellation]\nlevels = []\n");
    // No level for acme: a cancellation with 2 h notice charges nothing.
    let out = l.log(&["acme", "2", "--cancelled", "--notice", "2", "--date", "2026-11-05"]);
    assert!(out.contains("(charged 0:00)"), "{out}");
    assert_eq!(l.ok(&["check"]), "");
}

#[test]
fn an_overdue_invoice_blocks_new_work_judged_on_the_rows_date() {
    let l = TestLedger::new();
    l.ok(&["client", "add", "walk", "--name", "Walk-in", "--type", "payg", "--rate", "100"]);
    l.ok(&["client", "set", "walk", "--block-after-days", "10"]);
    l.refused(
        &["client", "set", "walk", "--block-after-days", "ten"],
        "--block-after-days \"ten\"",
    );
    l.ok(&["client", "add", "sub", "--name", "Sub", "--type", "bank", "--payer", "walk"]);
    l.log(&["walk", "1", "--date", "2026-10-05"]);
    // Dated 2026-11-01, due 30 days later: 2026-12-01; blocked from 2026-12-12.
    l.ok(&["invoice", "walk", "--month", "2026-10", "--date", "2026-11-01"]);
    l.log(&["walk", "1", "--date", "2026-12-11"]);
    let e = l.refused(
        &["log-time", "walk", "1", "--date", "2026-12-12"],
        "refused: walk is blocked on 2026-12-12: invoice INV-2026-0001 to walk is unpaid 11 days after its due date 2026-12-01; will not log work",
    );
    assert!(e.contains("hourbank invoice pay INV-2026-0001"), "{e}");
    // A client it pays for is blocked too, purchases as well.
    l.refused(
        &["bank", "buy", "sub", "--hours", "5", "--date", "2026-12-15"],
        "sub is blocked on 2026-12-15",
    );
    // Back-dated work before the block is accepted; --force passes.
    l.log(&["walk", "1", "--date", "2026-12-01"]);
    l.log(&["walk", "1", "--date", "2026-12-20", "--force"]);
    let balances = l.csv(&["report", "balances", "--as-of", "2026-12-20"]);
    let blocked: Vec<(&str, &str)> =
        balances.iter().map(|r| (r["client"].as_str(), r["blocked"].as_str())).collect();
    assert_eq!(blocked, [("walk", "INV-2026-0001"), ("sub", "INV-2026-0001")]);
    // Paid: nothing blocks from the payment's date on.
    l.ok(&["invoice", "pay", "INV-2026-0001", "--date", "2026-12-21"]);
    l.log(&["walk", "1", "--date", "2026-12-22"]);
    assert_eq!(l.csv(&["report", "balances", "--as-of", "2026-12-22"])[0]["blocked"], "");
}

#[test]
fn notify_check_sends_overdue_when_due_and_again_when_it_blocks() {
    let l = TestLedger::new();
    l.append("hourbank.toml", "\n[invoice]\nblock_after_days = 10\n");
    l.ok(&["client", "add", "walk", "--name", "Walk-in", "--type", "payg", "--rate", "100"]);
    l.log(&["walk", "1", "--date", "2026-10-05"]);
    l.ok(&["invoice", "walk", "--month", "2026-10", "--date", "2026-11-01"]);
    let notify = |as_of: &str| l.ok(&["notify-check", "--as-of", as_of]);
    assert_eq!(notify("2026-12-01"), "", "due that day: not yet overdue");
    assert_eq!(
        notify("2026-12-02"),
        "walk: overdue: invoice INV-2026-0001 (100.00 EUR outstanding) is unpaid 1 day after its due date 2026-12-01\n"
    );
    assert_eq!(notify("2026-12-05"), "", "once");
    assert_eq!(
        notify("2026-12-12"),
        // The days actually overdue: 11 (the threshold, 10, is its own field).
        "walk: overdue: invoice INV-2026-0001 (100.00 EUR outstanding) is unpaid 11 days after its due date 2026-12-01: new work is blocked\n"
    );
    let sent: Vec<String> = l
        .rows("notifications.csv")
        .iter()
        .map(|r| format!("{} {} {}", r["kind"], r["threshold"], r["episode"]))
        .collect();
    assert_eq!(sent, ["overdue 0 INV-2026-0001", "overdue 10 INV-2026-0001"]);
    // A first run past both sends only the blocking one.
    let fresh = TestLedger::new();
    fresh.write("hourbank.toml", &l.read("hourbank.toml"));
    for file in ["clients.toml", "timelog.csv", "invoices.csv", "invoice-lines.csv"] {
        fresh.write(file, &l.read(file));
    }
    let out = fresh.ok(&["notify-check", "--as-of", "2026-12-20", "--dry-run"]);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("new work is blocked"), "{out}");
}

#[test]
fn a_refund_only_returns_what_a_credit_note_made_due_back() {
    let l = TestLedger::new();
    l.ok(&["client", "add", "walk", "--name", "Walk-in", "--type", "payg", "--rate", "100"]);
    l.log(&["walk", "3", "--date", "2026-10-05"]);
    l.ok(&["invoice", "walk", "--month", "2026-10", "--date", "2026-11-01"]);
    l.ok(&["invoice", "pay", "INV-2026-0001", "--date", "2026-11-05"]);
    // Paid in full: a refund would re-open it (and dun the client): refused.
    l.refused(
        &["invoice", "pay", "INV-2026-0001", "--amount=-100", "--date", "2026-11-06"],
        "refused: a refund of 100.00 EUR would re-open invoice INV-2026-0001: 0.00 is due back to the client",
    );
    // A credit note of 100.00 (no tax) makes 100.00 due back: 300 - 100 - 300 = -100.
    let out = l.ok(&[
        "invoice",
        "credit",
        "INV-2026-0001",
        "--amount",
        "100",
        "--reason",
        "one hour was not done",
        "--date",
        "2026-11-06",
    ]);
    assert!(out.ends_with("recorded credit note INV-2026-0002 for invoice INV-2026-0001 (-100.00 EUR); 100.00 EUR is due back to the client on invoice INV-2026-0001\n"), "{out}");
    let rows = l.csv(&["report", "invoices", "--as-of", "2026-11-06"]);
    let got: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| (r["number"].as_str(), r["outstanding"].as_str(), r["status"].as_str()))
        .collect();
    assert_eq!(
        got,
        [("INV-2026-0001", "-100.00", "refund_due"), ("INV-2026-0002", "0.00", "applied")]
    );
    // At most what is due back.
    l.refused(
        &["invoice", "pay", "INV-2026-0001", "--amount=-101", "--date", "2026-11-07"],
        "would re-open invoice INV-2026-0001",
    );
    let out = l.ok(&["invoice", "pay", "INV-2026-0001", "--amount=-100", "--date", "2026-11-07"]);
    assert!(out.contains("paid -100.00 EUR on 2026-11-07; 0.00 outstanding"), "{out}");
    let row = &l.csv(&["report", "invoices", "--as-of", "2026-11-07"])[0];
    assert_eq!(
        (row["paid"].as_str(), row["outstanding"].as_str(), row["status"].as_str()),
        ("200.00", "0.00", "paid")
    );
    // Never dunned, never blocking: nothing overdue long after.
    assert_eq!(l.ok(&["notify-check", "--dry-run", "--as-of", "2027-03-01"]), "");
    assert_eq!(l.ok(&["check"]), "");
}

#[test]
fn an_expense_is_billed_once_with_discount_and_tax() {
    let l = TestLedger::new();
    l.ok(&[
        "client",
        "add",
        "walk",
        "--name",
        "Walk-in",
        "--type",
        "payg",
        "--rate",
        "100",
        "--tax-percent",
        "20",
    ]);
    l.log(&["walk", "1", "--date", "2026-10-05"]);
    let out = l.ok(&[
        "expense",
        "walk",
        "45.90",
        "--note",
        "train to the client",
        "--date",
        "2026-10-07",
    ]);
    assert!(out.starts_with("walk: expense of 45.90 EUR on 2026-10-07 (e-"), "{out}");
    let v = json(&l, &["invoice", "walk", "--month", "2026-10"]);
    let lines: Vec<(String, String)> = v["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["description"].as_str().unwrap().to_string(), l["amount"].to_string()))
        .collect();
    assert_eq!(
        lines,
        [
            ("Hours".to_string(), "100.00".to_string()),
            ("train to the client".to_string(), "45.90".to_string())
        ]
    );
    // 145.90 + 20 % tax (29.18) = 175.08.
    assert_eq!(v["total"].to_string(), "175.08");
    // Logged late into October: billed on November's invoice, once.
    let out = l.run(&["expense", "walk", "12", "--note", "parking", "--date", "2026-10-20"]);
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("this expense is billed on walk's next invoice")
    );
    l.log(&["walk", "1", "--date", "2026-11-03"]);
    let v = json(&l, &["invoice", "walk", "--month", "2026-11", "--date", "2026-11-30"]);
    assert_eq!(v["subtotal"].to_string(), "112.00");
    l.refused(&["expense", "walk", "-5", "--note", "x"], "an expense is more than 0.00");
    l.refused(&["expense", "walk", "5", "--note", " "], "--note must not be empty");
    l.refused(&["expense", "ghost", "5", "--note", "x"], "unknown client");
    assert_eq!(l.ok(&["check"]), "");
}

#[test]
fn an_expense_is_removed_before_it_is_billed_or_credited_after() {
    let l = TestLedger::new();
    l.ok(&["client", "add", "walk", "--name", "Walk-in", "--type", "payg", "--rate", "100"]);
    l.ok(&["expense", "walk", "30", "--note", "taxi", "--date", "2026-10-02"]);
    l.ok(&["expense", "walk", "12.50", "--note", "parking", "--date", "2026-10-03"]);
    let id = |note: &str| {
        l.rows("expenses.csv").into_iter().find(|r| r["note"] == note).unwrap()["id"].clone()
    };
    let taxi = id("taxi");
    let out = l.ok(&["expense", "remove", &taxi]);
    assert_eq!(out, format!("walk: removed expense {taxi} (2026-10-02, 30.00, taxi)\n"));
    let notes: Vec<String> = l.rows("expenses.csv").iter().map(|r| r["note"].clone()).collect();
    assert_eq!(notes, ["parking"]);
    l.log(&["walk", "1", "--date", "2026-10-05"]);
    let v = json(&l, &["invoice", "walk", "--month", "2026-10"]);
    assert_eq!(v["subtotal"].to_string(), "112.50");
    // Billed: removing it needs --force, and the next invoice credits it.
    let parking = id("parking");
    let err = l.refused(&["expense", "remove", &parking], "was billed on invoice INV-2026-0001");
    assert!(err.contains("--force"), "{err}");
    l.refused(&["expense", "remove", "e-nothing"], "no expense \"e-nothing\"");
    l.ok(&["expense", "remove", &parking, "--force"]);
    l.log(&["walk", "1", "--date", "2026-11-03"]);
    let v = json(&l, &["invoice", "walk", "--month", "2026-11", "--date", "2026-11-30"]);
    assert_eq!(v["subtotal"].to_string(), "87.50", "100.00 of work, 12.50 credited: {v}");
    assert_eq!(l.ok(&["check"]), "");
}
