use super::support::*;

fn funded() -> TestLedger {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--blocks", "1", "--date", "2026-01-01"]);
    l
}

#[test]
fn every_duration_form_is_stored_as_h_mm() {
    let l = funded();
    for form in ["1.5", "1:30", "1h30m", "90m", " 1.5"] {
        l.log(&["acme", form, "--date", "2026-02-01"]);
    }
    l.log(&["acme", "1h", "--date", "2026-02-01"]);
    let hours: Vec<String> = l.rows("timelog.csv").iter().map(|r| r["hours"].clone()).collect();
    assert_eq!(hours, ["1:30", "1:30", "1:30", "1:30", "1:30", "1:00"]);
}

#[test]
fn bad_durations_dates_and_clients_are_refused() {
    let l = funded();
    let e = l.refused(&["log-time", "acme", "1,5"], "duration \"1,5\"");
    assert!(e.contains("1:30"), "{e}");
    l.refused(&["log-time", "acme", "0.01"], "whole number of minutes");
    // Time worked has no sign: corrections are adjustments.
    for signed in ["-1", "+1", "-0"] {
        let e = l.refused(
            &["log-time", "acme", signed],
            &format!("duration \"{signed}\": log-time takes the time worked, without a sign"),
        );
        assert!(e.contains("hint: to correct a balance, use `hourbank adjust"), "{e}");
    }
    l.refused(
        &["log-time", "acme", "9223372036854775807m"],
        "duration \"9223372036854775807m\": is too large (at most 1000000 hours)",
    );
    l.refused(
        &["log-time", "acme", "1", "--note", "a\u{1b}[2Jb"],
        "--note must not contain control characters (found U+001B)",
    );
    l.refused(&["log-time", "acme", "abc"], "duration \"abc\"");
    l.refused(&["log-time", "acme", "1", "--date", "01.02.2026"], "YYYY-MM-DD");
    l.refused(&["log-time", "ghost", "1"], "unknown client \"ghost\"");
    l.refused(&["log-time", "acme", "1", "--person", "Bob Smith"], "lowercase slug");
    l.refused(&["log-time", "acme", "1", "--note", "a\nb"], "line break");
}

#[test]
fn message_names_the_lot_and_what_is_left_and_charged_uses_rounding() {
    let l = funded();
    let settings =
        l.read("hourbank.toml") + "\n[rounding]\nminimum_minutes = 15\nincrement_minutes = 15\n";
    l.write("hourbank.toml", &settings);
    let lot = l.rows("purchases.csv")[0]["id"].clone();
    let out =
        l.log(&["acme", "1:20", "--date", "2026-02-01", "--person", "alice", "--project", "web"]);
    assert_eq!(
        out,
        format!(
            "acme: logged 1:20 (charged 1:30) from {lot}, 8.50 h left, next expiry 2026-12-31\n"
        )
    );
    let r = &l.rows("timelog.csv")[0];
    assert_eq!(
        (r["hours"].as_str(), r["charged"].as_str(), r["person"].as_str()),
        ("1:20", "1:30", "alice")
    );
    // A later change of the rule does not rewrite history.
    l.write(
        "hourbank.toml",
        &l.read("hourbank.toml").replace("increment_minutes = 15", "increment_minutes = 60"),
    );
    let rows = l.csv(&["report", "balances"]);
    assert_eq!(row_for(&rows, "acme")["consumed"], "1.50");
}

#[test]
fn non_billable_rows_are_charged_nothing() {
    let l = funded();
    l.log(&["acme", "2", "--non-billable", "--date", "2026-02-01"]);
    let r = &l.rows("timelog.csv")[0];
    assert_eq!((r["charged"].as_str(), r["billable"].as_str()), ("0:00", "no"));
    assert_eq!(row_for(&l.csv(&["report", "balances"]), "acme")["available"], "10.00");
}

#[test]
fn credit_limit_refuses_unless_forced() {
    let l = funded();
    l.log(&["acme", "9", "--date", "2026-02-01"]);
    let e = l.refused(
        &["log-time", "acme", "2", "--date", "2026-02-02"],
        "beyond its credit limit of 0:00",
    );
    assert_eq!(
        e,
        "error: refused: acme would go to -1:00 on or after 2026-02-02, beyond its credit limit of 0:00; nothing was written\n\
         hint: buy hours first (`hourbank bank buy acme ...`), raise the limit (`hourbank client set acme --credit-limit H`), or pass --force\n"
    );
    // A row dated earlier also takes every later balance below the limit.
    l.refused(
        &["log-time", "acme", "1:30", "--date", "2026-01-15"],
        "acme would go to -0:30 on or after 2026-01-15",
    );
    l.ok(&["client", "set", "acme", "--credit-limit", "2"]);
    let out = l.log(&["acme", "2", "--date", "2026-02-02"]);
    assert!(out.contains("and overdraft 1:00") && out.contains("-1.00 h left"), "{out}");
    l.refused(&["log-time", "acme", "1:30", "--date", "2026-02-03"], "credit limit of 2:00");
    let out = l.log(&["acme", "1:30", "--date", "2026-02-03", "--force"]);
    assert!(out.contains("-2.50 h left"), "{out}");
    // check warns about the forced overdraft but does not fail.
    let check = l.run(&["check"]);
    assert_eq!(check.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&check.stdout)
            .contains("warning: acme goes below its credit limit")
    );
}

#[test]
fn inactive_refused_prospect_activated() {
    let l = funded();
    l.ok(&["client", "set", "acme", "--status", "inactive"]);
    l.refused(&["log-time", "acme", "1"], "inactive");
    l.ok(&["client", "set", "acme", "--status", "prospect"]);
    let out = l.run(&["log-time", "acme", "1"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("prospect -> active"));
    assert!(l.read("clients.toml").contains("status = \"active\""));
}

#[test]
fn project_lots_are_used_first_for_their_project() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-01", "--never-expires"]);
    l.buy(&["acme", "--hours", "2", "--date", "2026-01-02", "--never-expires", "--project", "app"]);
    let app_lot = l.rows("purchases.csv")[1]["id"].clone();
    let out = l.log(&["acme", "3", "--project", "app", "--date", "2026-01-03"]);
    assert!(out.contains(&format!("from {app_lot}, ")), "{out}");
    let lots = l.csv(&["bank", "list", "acme"]);
    assert_eq!((lots[0]["used"].as_str(), lots[1]["used"].as_str()), ("1.00", "2.00"));
}

#[test]
fn dry_run_writes_nothing() {
    let l = funded();
    let before = l.snapshot();
    let out = l.log(&["acme", "1", "--dry-run"]);
    assert!(out.starts_with("dry run: acme: logged 1:00"), "{out}");
    assert!(before == l.snapshot());
}

#[test]
fn quiet_silences_the_confirmation() {
    let l = funded();
    assert_eq!(l.ok(&["--quiet", "log-time", "acme", "1"]), "");
    assert_eq!(l.rows("timelog.csv").len(), 1);
}

#[test]
fn time_off_needs_a_person_and_no_client() {
    let l = funded();
    l.log(&["--time-off", "--person", "alice", "8", "--date", "2026-03-02"]);
    let r = &l.rows("timelog.csv")[0];
    assert_eq!(
        (r["client"].as_str(), r["kind"].as_str(), r["person"].as_str()),
        ("", "time-off", "alice")
    );
    assert_eq!(l.run(&["log-time", "--time-off", "8"]).status.code(), Some(2));
    assert_eq!(l.run(&["log-time", "acme"]).status.code(), Some(2));
}

#[test]
fn a_user_name_that_is_not_a_person_id_is_kept_in_by_only() {
    let l = funded();
    let out = l.run_as("John.Doe", &["log-time", "acme", "1", "--date", "2026-02-01"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("$HOURBANK_USER \"John.Doe\" is not a person id"), "{stderr}");
    let row = &l.rows("timelog.csv")[0];
    assert_eq!((row["person"].as_str(), row["hours"].as_str()), ("", "1:00"));
    // A person id in $HOURBANK_USER names the person.
    let out = l.run_as("alice", &["log-time", "acme", "1", "--date", "2026-02-02"]);
    assert!(out.status.success());
    assert_eq!(l.rows("timelog.csv")[1]["person"], "alice");
}

#[test]
fn the_confirmation_names_the_lots_the_new_row_draws_on_whatever_the_file_holds() {
    let l = TestLedger::with_acme();
    let first = l.buy(&["acme", "--hours", "1", "--date", "2026-01-01", "--expires", "2026-02-01"]);
    let second = l.buy(&["acme", "--hours", "10", "--date", "2026-01-01", "--never-expires"]);
    let lot = |out: &str| out.split(['(', ')']).nth(1).unwrap().to_string();
    let (a, b) = (lot(&first), lot(&second));
    l.log(&["acme", "1", "--date", "2026-01-05"]);
    // Comment and blank lines count as lines; the last line has no newline.
    l.append("timelog.csv", "# checked with the client\n\n# end of week 1");
    let out = l.log(&["acme", "0:30", "--date", "2026-01-05"]);
    assert!(out.contains(&format!("from {b},")) && !out.contains(&a), "{out}");
    let rows = l.read("timelog.csv");
    assert_eq!(rows.lines().count(), 6, "the new row is line 6:\n{rows}");
}

#[test]
fn a_back_dated_row_says_what_was_left_that_day_and_today() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-05", "--expires", "2026-02-01"]);
    l.buy(&["acme", "--hours", "5", "--date", "2026-03-01", "--never-expires"]);
    // Today is 2026-11-23 in the tests: the January lot has expired since.
    let out = l.log(&["acme", "1", "--date", "2026-01-10"]);
    assert!(out.contains(", 9.00 h left on 2026-01-10, 5.00 h today"), "{out}");
    let payg =
        l.ok(&["client", "add", "walk", "--name", "Walk-in", "--type", "payg", "--rate", "80"]);
    assert!(payg.contains("walk"));
    let out = l.log(&["walk", "1", "--date", "2026-01-10"]);
    assert_eq!(out, "walk: logged 1:00, billed by the hour at 80.00 EUR\n");
}
