use super::support::*;

#[test]
fn delta_set_and_assert() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-01", "--never-expires"]);
    l.log(&["acme", "2", "--date", "2026-01-10"]);
    let out = l.ok(&["adjust", "acme", "+1:30", "--reason", "goodwill", "--date", "2026-01-11"]);
    assert!(out.contains("adjusted +1:30") && out.contains("9.50 h left"), "{out}");
    l.ok(&["adjust", "acme", "-0:30", "--reason", "double-logged", "--date", "2026-01-12"]);
    l.ok(&[
        "adjust",
        "acme",
        "--set",
        "5",
        "--reason",
        "agreed with client",
        "--date",
        "2026-01-20",
    ]);
    l.ok(&["adjust", "acme", "--assert", "5", "--reason", "statement", "--date", "2026-01-20"]);
    let kinds: Vec<String> = l.rows("adjustments.csv").iter().map(|r| r["kind"].clone()).collect();
    assert_eq!(kinds, ["delta", "delta", "set", "assert"]);
    assert_eq!(row_for(&l.csv(&["report", "balances"]), "acme")["available"], "5.00");
    assert_eq!(l.ok(&["check"]), "");
}

#[test]
fn a_future_set_applies_on_its_date() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-01", "--never-expires"]);
    l.ok(&["adjust", "acme", "--set", "0", "--reason", "contract ends", "--date", "2026-12-31"]);
    let as_of = |d: &str| {
        row_for(&l.csv(&["report", "balances", "--as-of", d]), "acme")["available"].clone()
    };
    assert_eq!(as_of("2026-12-30"), "10.00");
    assert_eq!(as_of("2026-12-31"), "0.00");
}

#[test]
fn failed_assertion_fails_check_but_does_not_block_writes() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-01"]);
    let out = l.run(&[
        "adjust",
        "acme",
        "--assert",
        "9",
        "--reason",
        "statement",
        "--date",
        "2026-01-02",
    ]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not 9:00"));
    let check = l.run(&["check"]);
    assert_eq!(check.status.code(), Some(1));
    let text = String::from_utf8_lossy(&check.stdout);
    assert!(text.contains("adjustments.csv:2: balance assertion failed for acme on 2026-01-02: expected 9:00, actual 10:00"), "{text}");
    let out = l.run(&["log-time", "acme", "1"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("balance assertion failed"));
}

#[test]
fn refusals() {
    let l = TestLedger::with_acme();
    l.refused(&["adjust", "acme", "1,5", "--reason", "x"], "comma");
    let e = l.refused(
        &["adjust", "acme", "1", "--reason", "x"],
        "duration \"1\": an adjustment needs a sign",
    );
    assert!(e.contains("hint: +1 adds hours, -1 takes them away"), "{e}");
    l.refused(&["adjust", "ghost", "+1", "--reason", "x"], "unknown client");
    l.refused(&["adjust", "acme", "+1", "--reason", " "], "--reason must not be empty");
    l.refused(
        &["adjust", "acme", "+0:00", "--reason", "x"],
        "duration \"+0:00\": an adjustment of 0:00 changes nothing",
    );
    l.refused(
        &[
            "adjust",
            "acme",
            "+1",
            "--reason",
            "x",
            "--date",
            "2026-03-01",
            "--expires",
            "2026-02-28",
        ],
        "--expires 2026-02-28 is before the adjustment date 2026-03-01",
    );
    l.refused(
        &["adjust", "acme", "+1", "--reason", "x", "--date", "2026-02-30"],
        "February 2026 has 28 days",
    );
    l.refused(&["adjust", "alice", "+1", "--reason", "x", "--bank", "flex"], "unknown person");
    assert_eq!(l.run(&["adjust", "acme", "+1"]).status.code(), Some(2));
}

#[test]
fn a_set_that_raises_the_balance_is_a_set_in_the_statement() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "2", "--date", "2026-01-01", "--never-expires"]);
    l.ok(&["adjust", "acme", "--set", "5", "--reason", "agreed", "--date", "2026-01-05"]);
    l.ok(&["adjust", "acme", "--set", "4", "--reason", "agreed", "--date", "2026-01-06"]);
    let rows = l.csv(&["report", "history", "acme"]);
    let seen: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| (r["kind"].as_str(), r["hours"].as_str(), r["balance"].as_str()))
        .collect();
    assert_eq!(
        seen,
        [("purchase", "2.00", "2.00"), ("set", "3.00", "5.00"), ("set", "-1.00", "4.00")]
    );
    assert_eq!(rows[1]["note"], "agreed");
}
