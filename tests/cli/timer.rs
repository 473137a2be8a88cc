//! Timers (SPEC 13): `start`, `stop`, `switch`, `cancel` and `status`, with "now" at
//! `HOURBANK_NOW` (18:00 on the tests' today, unless a test says otherwise).

use std::process::Output;

use super::support::*;

/// acme (a bank client, 10:00 bought) under a 15-minute rounding with a 15-minute
/// minimum, and initech (pay as you go at 100.00).
fn ledger() -> TestLedger {
    let l = TestLedger::with_acme();
    l.append("hourbank.toml", "\n[rounding]\nminimum_minutes = 15\nincrement_minutes = 15\n");
    l.buy(&["acme", "--hours", "10", "--date", "2026-11-01"]);
    l.add_payg("initech");
    l
}

/// Runs `args` at the local date-time `now`.
fn at(l: &TestLedger, now: &str, args: &[&str]) -> Output {
    l.bin()
        .env("HOURBANK_NOW", now)
        .env("HOURBANK_TODAY", &now[..10])
        .arg("--ledger")
        .arg(l.path())
        .args(args)
        .output()
        .expect("runs")
}

fn stdout(out: &Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn a_timer_of_1_20_is_logged_charged_1_30_under_a_15_minute_rounding() {
    let l = ledger();
    assert_eq!(l.ok(&["status"]), "", "nothing runs: nothing on stdout");
    assert_eq!(
        l.ok(&["start", "acme", "--project", "website", "--at", "09:00"]),
        "tester: started a timer for acme (website) at 09:00\n"
    );
    let timer = l.rows("timers.csv");
    assert_eq!(timer.len(), 1);
    assert_eq!(
        (timer[0]["person"].as_str(), timer[0]["client"].as_str(), timer[0]["started"].as_str()),
        ("tester", "acme", "2026-11-23T09:00:00")
    );
    // At 10:23 it has run 1:23, which would be charged 1:30: 8:30 left after it.
    assert_eq!(
        stdout(&at(&l, "2026-11-23T10:23", &["status"])),
        "tester: acme 1:23 (website), 8:30 h left after it\n"
    );
    assert_eq!(
        stdout(&at(&l, "2026-11-23T10:23", &["status", "acme", "initech"])),
        "tester: acme 1:23 (website), 8:30 h left after it\nacme: 10.00 h left, next expiry 2027-10-31\ninitech: pay as you go\n"
    );
    let out = l.ok(&["stop", "--at", "10:20"]);
    let lot = l.rows("purchases.csv")[0]["id"].clone();
    assert_eq!(
        out,
        format!(
            "acme: logged 1:20 (charged 1:30) from {lot}, 8.50 h left, next expiry 2027-10-31\n"
        )
    );
    let rows = l.rows("timelog.csv");
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(
        [&row["date"], &row["hours"], &row["charged"], &row["project"], &row["person"], &row["by"]]
            .map(String::as_str),
        ["2026-11-23", "1:20", "1:30", "website", "tester", "tester"]
    );
    assert_eq!(row["source"], format!("timer:{}", timer[0]["id"]));
    assert!(l.rows("timers.csv").is_empty());
    assert_eq!(l.ok(&["status"]), "");
}

#[test]
fn timer_refusals_leave_the_ledger_unchanged() {
    let l = ledger();
    l.refused(&["stop"], "tester has no timer running");
    l.refused(&["cancel"], "tester has no timer running");
    l.refused(&["start", "acme", "--at", "19:00"], "--at 19:00 is later than now (18:00)");
    l.refused(&["start", "acme", "--at", "9h"], "--at \"9h\": use a time of today like 09:30");
    l.refused(&["start", "ghost"], "unknown client \"ghost\"");
    l.ok(&["client", "add", "old", "--name", "Old", "--type", "bank", "--status", "inactive"]);
    l.refused(&["start", "old"], "client \"old\" is inactive; will not start a timer");
    l.ok(&["start", "acme", "--at", "09:00"]);
    let stderr =
        l.refused(&["start", "initech"], "tester has a timer running for acme since 09:00 (9:00)");
    assert!(stderr.contains("hint: `hourbank switch CLIENT`"), "{stderr}");
    l.refused(&["stop", "--at", "08:59"], "--at 08:59 is before the timer started (09:00)");
    l.refused(&["stop", "--at", "09:00"], "ran less than half a minute: nothing to log");
    // Another person's timer runs beside it.
    l.ok(&["start", "initech", "--person", "ann"]);
    assert_eq!(l.rows("timers.csv").len(), 2);
}

#[test]
fn stop_goes_through_the_admission_of_log_time() {
    let l = ledger();
    l.ok(&["client", "add", "dry", "--name", "Dry", "--type", "bank"]);
    l.ok(&["start", "dry", "--at", "09:00"]);
    l.refused(
        &["stop", "--at", "10:00"],
        "refused: dry would go to -1:00 on or after 2026-11-23, beyond its credit limit of 0:00",
    );
    l.ok(&["stop", "--at", "10:00", "--force"]);
    assert_eq!(l.rows("timelog.csv")[0]["charged"], "1:00");
    assert!(l.rows("timers.csv").is_empty());
}

#[test]
fn a_timer_over_midnight_is_split_into_one_row_per_day() {
    let l = ledger();
    stdout(&at(
        &l,
        "2026-11-23T23:00",
        &["start", "initech", "--at", "22:40", "--note", "release"],
    ));
    let out = stdout(&at(&l, "2026-11-24T01:10", &["stop"]));
    assert_eq!(
        out,
        "initech: logged 1:20 (charged 1:30), billed by the hour at 100.00 EUR\ninitech: logged 1:10 (charged 1:15), billed by the hour at 100.00 EUR\n"
    );
    let rows = l.rows("timelog.csv");
    let days: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| (r["date"].as_str(), r["hours"].as_str(), r["note"].as_str()))
        .collect();
    assert_eq!(days, [("2026-11-23", "1:20", "release"), ("2026-11-24", "1:10", "release")]);
    assert_eq!(rows[0]["source"], rows[1]["source"]);
}

#[test]
fn switch_logs_the_running_timer_and_starts_the_next_in_one_write() {
    let l = ledger();
    l.ok(&["start", "acme", "--at", "09:00"]);
    let out = l.ok(&["switch", "initech", "--at", "11:00", "--note", "support call"]);
    let lot = l.rows("purchases.csv")[0]["id"].clone();
    assert_eq!(
        out,
        format!(
            "acme: logged 2:00 from {lot}, 8.00 h left, next expiry 2027-10-31\ntester: started a timer for initech at 11:00\n"
        )
    );
    let timers = l.rows("timers.csv");
    assert_eq!(timers.len(), 1);
    assert_eq!(
        (timers[0]["client"].as_str(), timers[0]["note"].as_str()),
        ("initech", "support call")
    );
    assert_eq!(timers[0]["started"], "2026-11-23T11:00:00");
    // Undo takes the whole switch back.
    l.ok(&["undo"]);
    assert_eq!(l.rows("timers.csv")[0]["client"], "acme");
    assert!(l.rows("timelog.csv").is_empty());
}

#[test]
fn cancel_drops_the_timer_and_logs_nothing() {
    let l = ledger();
    l.ok(&["start", "acme", "--at", "17:00"]);
    assert_eq!(
        l.ok(&["cancel"]),
        "tester: cancelled the timer for acme (ran 1:00); logged nothing\n"
    );
    assert!(l.rows("timers.csv").is_empty());
    assert!(l.rows("timelog.csv").is_empty());
}

#[test]
fn a_timer_already_logged_is_never_logged_twice() {
    let l = ledger();
    l.ok(&["start", "acme", "--at", "09:00"]);
    let id = l.rows("timers.csv")[0]["id"].clone();
    // The stop came from another clone with a merge; its timers.csv kept the timer.
    l.append(
        "timelog.csv",
        &format!("t-other,2026-11-23,acme,tester,1:00,1:00,,,yes,,work,,,timer:{id},tester,\n"),
    );
    assert_eq!(l.ok(&["status"]), "", "a timer logged already is not running");
    assert_eq!(
        l.ok(&["stop"]),
        format!("tester's timer for acme ({id}) was logged already: removed it, logged nothing\n")
    );
    assert_eq!(l.rows("timelog.csv").len(), 1);
    assert!(l.rows("timers.csv").is_empty());
}

#[test]
fn timer_dry_runs_write_nothing_and_confirm_as_json() {
    let l = ledger();
    let before = l.snapshot();
    assert_eq!(
        l.ok(&["start", "acme", "--at", "09:00", "--dry-run"]),
        "dry run: tester: started a timer for acme at 09:00\n"
    );
    assert!(l.snapshot() == before);
    l.ok(&["start", "acme", "--at", "09:00"]);
    let running = l.snapshot();
    for args in
        [&["stop", "--dry-run"][..], &["cancel", "--dry-run"], &["switch", "initech", "--dry-run"]]
    {
        let out = l.ok(args);
        assert!(out.starts_with("dry run: "), "{args:?}: {out}");
        assert!(l.snapshot() == running, "{args:?} wrote");
    }
    let json = l.ok(&["--format", "json", "stop", "--at", "10:00"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["ok"], true);
    assert!(v["message"].as_str().unwrap().starts_with("acme: logged 1:00 from "), "{v}");
}

#[test]
fn status_charges_a_timer_over_midnight_as_stop_will() {
    let l = ledger();
    stdout(&at(&l, "2026-11-23T23:55", &["start", "acme", "--at", "23:50"]));
    // 23:50-24:00 is charged 0:15 and 00:00-00:20 0:20 -> 0:30: 0:45 in all.
    assert_eq!(
        stdout(&at(&l, "2026-11-24T00:20", &["status"])),
        "tester: acme 0:30, 9:15 h left after it\n"
    );
    let out = stdout(&at(&l, "2026-11-24T00:20", &["stop"]));
    assert!(out.ends_with("9.25 h left, next expiry 2027-10-31\n"), "{out}");
}
