//! SPEC 10: credit on payment (OneDesk) and the policy flags of `client set`. Numbers
//! are computed by hand.

use super::support::*;

/// acme (10-hour blocks at 900, valid 6 months) credited on payment.
fn pay_first() -> TestLedger {
    let l = TestLedger::with_acme();
    l.ok(&["client", "set", "acme", "--credit-on", "payment", "--expiry-months", "6"]);
    l
}

fn lot_rows(l: &TestLedger, as_of: &str) -> Vec<(String, String, String, String, String)> {
    l.csv(&["--time-format", "hm", "bank", "list", "acme", "--as-of", as_of])
        .into_iter()
        .map(|r| {
            let get = |k: &str| r[k].clone();
            (get("date"), get("effective"), get("remaining"), get("expires"), get("status"))
        })
        .collect()
}

fn available(l: &TestLedger, as_of: &str) -> String {
    l.csv(&["--time-format", "hm", "report", "balances", "--as-of", as_of])[0]["available"].clone()
}

#[test]
fn a_lot_waits_for_its_invoice_to_be_paid_in_full_and_counts_from_the_payment_date() {
    let l = pay_first();
    let out = l.buy(&["acme", "--blocks", "1", "--date", "2026-11-02", "--invoice"]);
    assert!(out.contains("pending until its invoice is paid, then valid 6 months"), "{out}");
    assert!(out.contains("invoiced as INV-2026-0001 (900.00 EUR)"), "{out}");
    // Written without an expiry: validity counts from the payment.
    let row = &l.rows("purchases.csv")[0];
    assert_eq!((row["expires"].as_str(), row["valid_months"].as_str()), ("", "6"));
    let pending = ("2026-11-02".into(), "".into(), "0:00".into(), "".into(), "pending".into());
    assert_eq!(lot_rows(&l, "2026-11-23"), std::slice::from_ref(&pending));
    assert_eq!(available(&l, "2026-11-23"), "0:00");
    // Not drawn on by work: the credit limit (0) refuses, naming what the hours wait for.
    let err = l.refused(&["log-time", "acme", "1:00", "--date", "2026-11-10"], "credit limit");
    assert!(err.contains("10:00 of lot"), "{err}");
    assert!(err.contains("wait for invoice INV-2026-0001 to be paid"), "{err}");
    // Half paid: still pending.
    l.ok(&["invoice", "pay", "INV-2026-0001", "--amount", "450", "--date", "2026-11-05"]);
    assert_eq!(lot_rows(&l, "2026-11-23"), [pending]);
    // Paid in full on the 12th: usable from then, expiring 6 months later.
    let out = l.ok(&["invoice", "pay", "INV-2026-0001", "--date", "2026-11-12"]);
    assert!(out.contains("usable from 2026-11-12"), "{out}");
    let open = |left: &str| {
        (
            "2026-11-02".to_string(),
            "2026-11-12".to_string(),
            left.to_string(),
            "2027-05-11".to_string(),
            "open".to_string(),
        )
    };
    assert_eq!(lot_rows(&l, "2026-11-23"), [open("10:00")]);
    assert_eq!(available(&l, "2026-11-11"), "0:00");
    assert_eq!(available(&l, "2026-11-12"), "10:00");
    // Work before the payment date still finds no hours; work after it does.
    l.refused(&["log-time", "acme", "1:00", "--date", "2026-11-11"], "credit limit");
    l.log(&["acme", "1:30", "--date", "2026-11-13"]);
    assert_eq!(lot_rows(&l, "2026-11-23"), [open("8:30")]);
    // A refund afterwards (of what a credit note made due back, SPEC 12.3) does not
    // take the hours back.
    l.ok(&[
        "invoice",
        "credit",
        "INV-2026-0001",
        "--amount",
        "100",
        "--reason",
        "late start",
        "--date",
        "2026-11-20",
    ]);
    l.ok(&["invoice", "pay", "INV-2026-0001", "--amount", "-100", "--date", "2026-11-20"]);
    assert_eq!(lot_rows(&l, "2026-11-23"), [open("8:30")]);
    assert_eq!(available(&l, "2026-11-23"), "8:30");
    // The lot expires six months after the payment, not after the purchase.
    let expired = lot_rows(&l, "2027-05-12");
    assert_eq!((expired[0].2.as_str(), expired[0].4.as_str()), ("0:00", "expired"));
    assert_eq!(available(&l, "2027-05-11"), "8:30");
}

#[test]
fn a_lot_billed_by_the_month_invoice_waits_for_that_invoice_and_keeps_an_explicit_expiry() {
    let l = pay_first();
    let out = l.buy(&[
        "acme",
        "--hours",
        "5",
        "--price",
        "450",
        "--date",
        "2026-11-03",
        "--expires",
        "2027-01-31",
    ]);
    assert!(out.contains("pending until its invoice is paid, expires 2027-01-31"), "{out}");
    let row = &l.rows("purchases.csv")[0];
    assert_eq!(
        (row["expires"].as_str(), row.get("valid_months").map_or("", String::as_str)),
        ("2027-01-31", "")
    );
    // No invoice bills it yet: the hint says so.
    let err = l.refused(&["log-time", "acme", "1", "--date", "2026-11-20"], "credit limit");
    assert!(err.contains("wait for an invoice not yet issued to be paid"), "{err}");
    l.ok(&["invoice", "acme", "--month", "2026-11", "--date", "2026-12-01"]);
    l.ok(&["invoice", "pay", "INV-2026-0001", "--date", "2026-12-03"]);
    assert_eq!(
        lot_rows(&l, "2026-12-31"),
        [(
            "2026-11-03".into(),
            "2026-12-03".into(),
            "5:00".into(),
            "2027-01-31".into(),
            "open".into()
        )]
    );
    // Before the payment the lot is pending in every report as of then.
    assert_eq!(lot_rows(&l, "2026-12-02")[0].4, "pending");
    assert_eq!(available(&l, "2026-12-02"), "0:00");
    // The purchase still belongs to November's invoice: December bills nothing more.
    l.refused(
        &["invoice", "acme", "--month", "2026-12", "--date", "2027-01-02"],
        "nothing to bill",
    );
}

#[test]
fn a_pending_lot_is_not_drawn_on_before_an_open_one_that_expires_later() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "4", "--date", "2026-10-01", "--expires", "2027-06-30"]);
    // Switching a client that has lots reads its history anew: only with --force.
    let err = l.refused(&["client", "set", "acme", "--credit-on", "payment"], "has 1 lot(s)");
    assert!(err.contains("--force"), "{err}");
    l.ok(&["client", "set", "acme", "--credit-on", "payment", "--force"]);
    // Bought before the switch, the first lot is now pending too: it has no invoice.
    assert_eq!(available(&l, "2026-11-23"), "0:00");
    l.ok(&["client", "set", "acme", "--credit-on", "purchase", "--force"]);
    assert_eq!(available(&l, "2026-11-23"), "4:00");
    l.ok(&["client", "set", "acme", "--credit-on", "payment", "--force"]);
    l.ok(&["invoice", "acme", "--month", "2026-10", "--date", "2026-11-01"]);
    l.ok(&["invoice", "pay", "INV-2026-0001", "--date", "2026-11-02"]);
    // A second lot expiring sooner stays pending: work draws on the later one.
    l.buy(&[
        "acme",
        "--hours",
        "2",
        "--date",
        "2026-11-03",
        "--expires",
        "2026-12-31",
        "--invoice",
    ]);
    l.log(&["acme", "1", "--date", "2026-11-10"]);
    let lots = lot_rows(&l, "2026-11-23");
    assert_eq!(
        lots.iter().map(|r| (r.2.as_str(), r.4.as_str())).collect::<Vec<_>>(),
        [("3:00", "open"), ("0:00", "pending")]
    );
}

#[test]
fn credit_on_and_hide_costs_are_read_from_settings_and_checked() {
    let l = TestLedger::with_acme();
    l.append("hourbank.toml", "credit_on = \"payment\"\n");
    l.buy(&["acme", "--hours", "3", "--date", "2026-11-02"]);
    assert_eq!(lot_rows(&l, "2026-11-23")[0].4, "pending");
    // The client's own value wins.
    l.ok(&["client", "set", "acme", "--credit-on", "purchase", "--force"]);
    assert_eq!(lot_rows(&l, "2026-11-23")[0].4, "open");
    let show = &l.csv(&["client", "show", "acme"])[0];
    assert_eq!((show["credit_on"].as_str(), show["hide_costs"].as_str()), ("purchase", "false"));
    l.ok(&["client", "set", "acme", "--hide-costs", "true"]);
    assert!(l.read("clients.toml").contains("hide_costs = true"));
    // An unknown value is an error at its line.
    let text =
        l.read("clients.toml").replace("credit_on = \"purchase\"", "credit_on = \"invoice\"");
    l.write("clients.toml", &text);
    let line = text.lines().position(|t| t.starts_with("credit_on")).unwrap() + 1;
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let report = String::from_utf8_lossy(&out.stdout);
    let want = format!("clients.toml:{line}: clients.acme.credit_on: \"invoice\" is not one of");
    assert!(report.contains(&want), "{report}");
}

#[test]
fn client_set_writes_cancellation_levels_the_policy_then_uses() {
    let l = TestLedger::with_acme();
    l.append(
        "hourbank.toml",
        "\n[cancellation]\nlevels = [{ notice_hours = 24, charge_percent = 100 }]\n",
    );
    l.ok(&["client", "set", "acme", "--cancellation-levels", "48=50,24=100"]);
    l.buy(&["acme", "--hours", "10", "--date", "2026-11-01"]);
    // 30 h notice: under 48 h, 50 % of 2:00 (the settings alone would charge nothing).
    l.log(&["acme", "2", "--cancelled", "--notice", "30", "--date", "2026-11-05"]);
    l.ok(&["client", "set", "acme", "--cancellation-levels", "none"]);
    assert!(l.read("clients.toml").contains("cancellation = { levels = [] }"));
    l.log(&["acme", "2", "--cancelled", "--notice", "1", "--date", "2026-11-06"]);
    l.ok(&["client", "set", "acme", "--cancellation-levels", "default"]);
    l.log(&["acme", "2", "--cancelled", "--notice", "1", "--date", "2026-11-07"]);
    let charged: Vec<String> = l.rows("timelog.csv").iter().map(|r| r["charged"].clone()).collect();
    assert_eq!(charged, ["1:00", "0:00", "2:00"]);
    assert!(!l.read("clients.toml").contains("levels"), "{}", l.read("clients.toml"));
    l.refused(
        &["client", "set", "acme", "--cancellation-levels", "1=10,2=20,3=30,4=40"],
        "at most 3 levels",
    );
    l.refused(
        &["client", "set", "acme", "--cancellation-levels", "24=150"],
        "percentage from 0 to 100",
    );
    l.refused(&["client", "set", "acme", "--cancellation-levels", "24=10,24:00=20"], "given twice");
    l.refused(&["client", "set", "acme", "--cancellation-levels", "24"], "NOTICE=PERCENT");
    // A table written by hand keeps its comment: only its levels change.
    l.append(
        "clients.toml",
        "\n[clients.acme.cancellation]  # agreed in the 2026 contract\nlevels = []\n",
    );
    l.ok(&["client", "set", "acme", "--cancellation-levels", "12=100"]);
    let text = l.read("clients.toml");
    assert!(
        text.contains("[clients.acme.cancellation]  # agreed in the 2026 contract\nlevels = ["),
        "{text}"
    );
    assert!(text.contains("notice_hours = \"12:00\""), "{text}");
    l.ok(&["check"]);
}

#[test]
fn only_bank_clients_are_credited_on_payment_and_old_unbillable_lots_stay_usable() {
    let l = TestLedger::with_acme();
    l.ok(&["client", "add", "walk", "--name", "Walk-in", "--type", "payg"]);
    l.refused(&["client", "set", "walk", "--credit-on", "payment"], "is a payg client");
    l.refused(
        &["client", "add", "ret", "--name", "R", "--type", "retainer", "--credit-on", "payment"],
        "is a retainer client",
    );
    // A lot from before the first invoice's period is never billed: it stays usable.
    l.buy(&["acme", "--hours", "4", "--date", "2026-08-01"]);
    l.buy(&["acme", "--hours", "2", "--date", "2026-10-05"]);
    l.ok(&["invoice", "acme", "--month", "2026-10", "--date", "2026-11-01"]);
    l.ok(&["client", "set", "acme", "--credit-on", "payment", "--force"]);
    let lots = lot_rows(&l, "2026-11-23");
    assert_eq!(
        lots.iter().map(|r| (r.0.as_str(), r.4.as_str())).collect::<Vec<_>>(),
        [("2026-08-01", "open"), ("2026-10-05", "pending")]
    );
    // An explicit expiry before the payment: the hours were never usable, and check says so.
    l.ok(&["invoice", "pay", "INV-2026-0001", "--date", "2027-02-01"]);
    l.buy(&[
        "acme",
        "--hours",
        "1",
        "--date",
        "2026-11-05",
        "--expires",
        "2026-11-30",
        "--invoice",
    ]);
    l.ok(&["invoice", "pay", "INV-2026-0002", "--date", "2026-12-02"]);
    let check = String::from_utf8(l.run(&["check"]).stdout).unwrap();
    assert!(
        check.contains("before invoice INV-2026-0002 was paid in full (2026-12-02)"),
        "{check}"
    );
}
