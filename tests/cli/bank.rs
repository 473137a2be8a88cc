use super::support::*;

#[test]
fn buy_blocks_uses_block_size_price_and_expiry_months() {
    let l = TestLedger::with_acme();
    let out = l.buy(&["acme", "--blocks", "2", "--date", "2026-01-31"]);
    assert!(out.starts_with("acme: bought 20:00 for 1800.00 EUR"), "{out}");
    let rows = l.rows("purchases.csv");
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    assert_eq!(r["hours"], "20:00");
    assert_eq!(r["price"], "1800.00");
    // 2026-01-31 + 12 months = 2027-01-31, minus one day.
    assert_eq!(r["expires"], "2027-01-30");
    assert_eq!(r["by"], "tester");
    assert!(r["id"].starts_with("p-") && r["id"].len() == 14, "{}", r["id"]);
}

#[test]
fn buy_hours_with_price_never_expiring_and_for_a_project() {
    let l = TestLedger::with_acme();
    l.buy(&[
        "acme",
        "--hours",
        "7:30",
        "--price",
        "675",
        "--never-expires",
        "--project",
        "web",
        "--date",
        "2026-02-01",
    ]);
    let r = &l.rows("purchases.csv")[0];
    assert_eq!(
        (r["hours"].as_str(), r["price"].as_str(), r["expires"].as_str(), r["project"].as_str()),
        ("7:30", "675.00", "", "web")
    );
}

#[test]
fn buy_refusals_leave_the_ledger_unchanged() {
    let l = TestLedger::with_acme();
    l.ok(&["client", "add", "old", "--name", "Old", "--type", "bank", "--status", "inactive"]);
    l.ok(&["client", "add", "walkin", "--name", "Walk-in", "--type", "payg"]);
    l.refused(&["bank", "buy", "old", "--hours", "1"], "inactive");
    l.refused(&["bank", "buy", "walkin", "--hours", "1"], "pay-as-you-go");
    l.refused(&["bank", "buy", "ghost", "--hours", "1"], "unknown client \"ghost\"");
    l.refused(&["bank", "buy", "acme", "--hours", "1,5"], "comma is ambiguous");
    l.refused(
        &["bank", "buy", "acme", "--hours", "2", "--date", "2026-13-01"],
        "there is no month 13",
    );
    l.refused(&["bank", "buy", "acme", "--hours", "2", "--price", "9.999"], "two decimals");
    l.refused(
        &["bank", "buy", "acme", "--hours", "2", "--date", "2026-05-01", "--expires", "2026-04-01"],
        "--expires 2026-04-01 is before the purchase date 2026-05-01",
    );
    l.refused(&["bank", "buy", "acme", "--hours", "0:00"], "a purchase must buy more than 0:00");
}

#[test]
fn a_prospect_becomes_active_on_first_purchase() {
    let l = TestLedger::new();
    l.ok(&["client", "add", "newco", "--name", "NewCo", "--type", "bank", "--status", "prospect"]);
    let out = l.run(&["bank", "buy", "newco", "--hours", "5"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("prospect -> active"));
    assert!(l.read("clients.toml").contains("status = \"active\""));
}

#[test]
fn list_shows_used_expired_and_remaining_per_lot() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "5", "--date", "2026-01-01", "--expires", "2026-03-31"]);
    l.buy(&["acme", "--hours", "10", "--date", "2026-02-01", "--never-expires"]);
    l.log(&["acme", "2", "--date", "2026-02-10"]);
    let rows = l.csv(&["bank", "list", "acme", "--as-of", "2026-04-01"]);
    assert_eq!(rows.len(), 2);
    assert_eq!(
        (rows[0]["used"].as_str(), rows[0]["expired"].as_str(), rows[0]["remaining"].as_str()),
        ("2.00", "3.00", "0.00")
    );
    assert_eq!(rows[1]["remaining"], "10.00");
    let status: Vec<&str> = rows.iter().map(|r| r["status"].as_str()).collect();
    assert_eq!(status, ["expired", "open"]);
    let header = l.ok(&["--format", "csv", "bank", "list", "acme"]);
    assert!(header.starts_with(
        "lot,date,effective,hours,used,expired,remaining,expires,project,price,status\n"
    ));
}

#[test]
fn edit_rewrites_only_that_line_and_shows_the_balance_change() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-01", "--note", "first"]);
    l.buy(&["acme", "--hours", "5", "--date", "2026-02-01"]);
    // A comment a person wrote stays.
    l.append("purchases.csv", "# checked by Dana\n");
    let before = l.read("purchases.csv");
    let id = l.rows("purchases.csv")[0]["id"].clone();
    let dry = l.ok(&["bank", "edit", &id, "--hours", "8", "--dry-run"]);
    assert!(dry.contains("dry run") && dry.contains("15.00 h -> 13.00 h"), "{dry}");
    assert_eq!(l.read("purchases.csv"), before);
    let out = l.ok(&["bank", "edit", &id, "--hours", "8", "--price", "720"]);
    assert!(out.contains("15.00 h -> 13.00 h"), "{out}");
    let after = l.read("purchases.csv");
    let (b, a): (Vec<&str>, Vec<&str>) = (before.lines().collect(), after.lines().collect());
    assert_eq!(b.len(), a.len());
    assert_eq!(b[0], a[0]);
    assert_eq!(b[2..], a[2..]);
    assert!(a[1].contains(",8:00,720.00,") && a[1].contains(",first,"), "{}", a[1]);
}

#[test]
fn remove_moves_work_to_other_lots_or_overdraft() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-01"]);
    l.log(&["acme", "3", "--date", "2026-01-05"]);
    let id = l.rows("purchases.csv")[0]["id"].clone();
    let out = l.ok(&["bank", "remove", &id]);
    assert!(out.contains("7.00 h -> -3.00 h"), "{out}");
    assert_eq!(l.rows("purchases.csv").len(), 0);
    l.refused(&["bank", "remove", &id], "no purchase");
}

#[test]
fn edit_refusals_leave_the_ledger_unchanged() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-03-01"]);
    let id = l.rows("purchases.csv")[0]["id"].clone();
    l.refused(&["bank", "edit", &id, "--hours", "0"], "more than 0:00");
    l.refused(&["bank", "edit", &id, "--hours", "1,5"], "comma");
    l.refused(&["bank", "edit", &id, "--expires", "2026-02-01"], "before the purchase date");
    l.refused(&["bank", "edit", &id], "nothing to change");
    l.refused(&["bank", "edit", "p-zzzzzzzzzzzz", "--hours", "2"], "no purchase");
    l.refused(&["bank", "edit", &id, "--note", "two\nlines"], "line break");
}

#[test]
fn dry_runs_of_buy_remove_and_adjust_write_nothing() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-03-01"]);
    let id = l.rows("purchases.csv")[0]["id"].clone();
    let before = l.snapshot();
    let out = l.buy(&["acme", "--blocks", "1", "--date", "2026-03-02", "--dry-run"]);
    assert!(out.starts_with("dry run: acme: bought 10:00 for 900.00 EUR"), "{out}");
    let out = l.ok(&["bank", "remove", &id, "--dry-run"]);
    assert!(out.starts_with("dry run: acme: removed lot"), "{out}");
    let out = l.ok(&["adjust", "acme", "-1", "--reason", "test", "--dry-run"]);
    assert!(out.starts_with("dry run: acme: adjusted -1:00"), "{out}");
    assert!(before == l.snapshot());
}
