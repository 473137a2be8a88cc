use std::collections::BTreeMap;

use super::support::*;

const ALICE: &str = r#"[people.alice]
name = "Alice"
schedule = { mon = "8:00", tue = "8:00", wed = "8:00", thu = "8:00", fri = "4:00" }

[people.alice.banks.flex]
rule = "weekly-overtime"
start = "2026-01-07"
opening_balance = "5:00"
max_balance = "8:00"
min_balance = "-2:00"
"#;

/// Alice's weekly bank from Wednesday 2026-01-07 (a short first week), 2026-01-19 a
/// holiday, work for client acme, and a +1:00 adjustment on 2026-01-20.
fn alice() -> TestLedger {
    let l = TestLedger::new();
    l.ok(&["client", "add", "acme", "--name", "Acme", "--type", "payg"]);
    l.write("people.toml", ALICE);
    let settings = l.read("hourbank.toml");
    l.write("hourbank.toml", &format!("holidays = [\"2026-01-19\"]\n{settings}"));
    for (date, hours) in [
        ("2026-01-07", "10"),
        ("2026-01-08", "9"),
        ("2026-01-09", "5"),
        ("2026-01-12", "8"),
        ("2026-01-13", "8"),
        ("2026-01-14", "8"),
        ("2026-01-15", "6"),
        ("2026-01-26", "9"),
    ] {
        l.log(&["acme", hours, "--date", date, "--person", "alice"]);
    }
    l.ok(&["adjust", "alice", "+1", "--bank", "flex", "--date", "2026-01-20", "--reason", "bonus"]);
    l
}

fn pick<'a>(row: &'a BTreeMap<String, String>, columns: &[&str]) -> Vec<&'a str> {
    columns.iter().map(|c| row[*c].as_str()).collect()
}

fn hours(text: &str) -> i64 {
    // Reports print decimal hours with two places: "-2.00" -> -200 hundredths.
    let negative = text.starts_with('-');
    let (h, c) = text.trim_start_matches('-').split_once('.').expect("decimal hours");
    let v = h.parse::<i64>().unwrap() * 100 + c.parse::<i64>().unwrap();
    if negative { -v } else { v }
}

#[test]
fn periods_accrue_up_to_the_cap_and_take_down_to_the_floor() {
    let l = alice();
    let rows = l.csv(&["report", "flex", "--as-of", "2026-01-28"]);
    assert_eq!(rows.len(), 1);
    // Week 1 (Wed-Sun, 20:00 scheduled): 24:00 worked, +4:00 of which 3:00 fit under
    // the 8:00 cap. Week 2: -6:00. Week 3 (Monday a holiday, 28:00 scheduled, nothing
    // worked): 3:00 taken down to the -2:00 floor, 25:00 short... minus the bonus hour
    // taken too: 5:00 taken, 23:00 short. Week 4 runs: 9:00 worked of 24:00 so far.
    let expected = [
        ("person", "alice"),
        ("bank", "flex"),
        ("balance", "-2.00"),
        ("accrued", "3.00"),
        ("used", "11.00"),
        ("expired", "0.00"),
        ("forfeited", "1.00"),
        ("adjusted", "1.00"),
        ("shortfall", "23.00"),
        ("opening", "5.00"),
        ("in_progress", "-15.00"),
    ];
    for (column, value) in expected {
        assert_eq!(rows[0][column], value, "{column}");
    }
    let r = &rows[0];
    assert_eq!(
        hours(&r["balance"]),
        hours(&r["opening"]) + hours(&r["accrued"]) + hours(&r["adjusted"])
            - hours(&r["used"])
            - hours(&r["expired"])
    );
    assert_eq!(
        l.ok(&["--format", "csv", "report", "flex"]).lines().next(),
        Some(
            "person,bank,balance,accrued,used,expired,forfeited,adjusted,shortfall,opening,in_progress"
        )
    );
}

#[test]
fn the_statement_has_one_row_per_closed_period_and_ends_at_the_reports_balance() {
    let l = alice();
    let rows = l.csv(&["report", "history", "alice", "--bank", "flex", "--to", "2026-01-28"]);
    let columns = [
        "date",
        "kind",
        "hours",
        "balance",
        "worked",
        "scheduled",
        "difference",
        "credited",
        "taken",
        "forfeited",
        "shortfall",
    ];
    let got: Vec<Vec<&str>> = rows.iter().map(|r| pick(r, &columns)).collect();
    let expected: Vec<Vec<&str>> = vec![
        vec!["2026-01-07", "opening", "5.00", "5.00", "", "", "", "", "", "", ""],
        vec![
            "2026-01-12",
            "period",
            "3.00",
            "8.00",
            "24.00",
            "20.00",
            "4.00",
            "3.00",
            "0.00",
            "1.00",
            "0.00",
        ],
        vec![
            "2026-01-19",
            "period",
            "-6.00",
            "2.00",
            "30.00",
            "36.00",
            "-6.00",
            "0.00",
            "6.00",
            "0.00",
            "0.00",
        ],
        vec!["2026-01-20", "adjust", "1.00", "3.00", "", "", "", "", "", "", ""],
        vec![
            "2026-01-26",
            "period",
            "-5.00",
            "-2.00",
            "0.00",
            "28.00",
            "-28.00",
            "0.00",
            "5.00",
            "0.00",
            "23.00",
        ],
    ];
    assert_eq!(got, expected);
    assert_eq!(rows[3]["note"], "bonus");
    assert_eq!(rows[1]["note"], "2026-01-07..2026-01-11");
    // Week 2 draws the opening lot first (both never expire; the older first).
    assert_eq!(rows[2]["lot"], "opening:2026-01-07 period:2026-01-11");
    let flex = l.csv(&["report", "flex", "--as-of", "2026-01-28"]);
    assert_eq!(rows.last().unwrap()["balance"], flex[0]["balance"]);
    // --from hides earlier rows; the balance still counts them.
    let later = l.csv(&[
        "report",
        "history",
        "alice",
        "--bank",
        "flex",
        "--from",
        "2026-01-20",
        "--to",
        "2026-01-28",
    ]);
    // The week ending 2026-01-18 closes at that day's end: shown on 2026-01-19.
    assert_eq!(later.len(), 2);
    assert_eq!(later[0]["balance"], "3.00");
}

#[test]
fn a_period_closes_at_the_end_of_its_last_day() {
    let l = alice();
    // As of Sunday 2026-01-11 the first week is still running.
    let sunday = &l.csv(&["report", "flex", "--as-of", "2026-01-11"])[0];
    assert_eq!(pick(sunday, &["balance", "accrued", "in_progress"]), ["5.00", "0.00", "4.00"]);
    let monday = &l.csv(&["report", "flex", "--as-of", "2026-01-12"])[0];
    assert_eq!(pick(monday, &["balance", "accrued", "forfeited"]), ["8.00", "3.00", "1.00"]);
    // Before the start only adjustments dated up to then count (none here).
    let before = &l.csv(&["report", "flex", "--as-of", "2026-01-06"])[0];
    assert_eq!(pick(before, &["balance", "opening", "in_progress"]), ["0.00", "0.00", "0.00"]);
}

#[test]
fn daily_rule_multiplier_expiry_and_time_off() {
    let l = TestLedger::new();
    l.ok(&["client", "add", "acme", "--name", "Acme", "--type", "payg"]);
    l.write(
        "people.toml",
        r#"[people.bob]
schedule = { mon = "8:00", tue = "8:00", wed = "8:00" }

[people.bob.banks.toil]
rule = "daily-overtime"
start = "2026-03-02"
accrual_multiplier = "1.5"
expiry_months = 1
include_time_off = true

[people.bob.banks.plain]
rule = "daily-overtime"
start = "2026-03-02"

[people.dave]
name = "Dave, on call (nothing scheduled)"

[people.dave.banks.toil]
rule = "daily-overtime"
start = "2026-03-02"
accrual_multiplier = "1.5"
expiry_months = 1
"#,
    );
    // Monday 9:01 worked: +1:01 x 1.5 = 1:31.5, rounded to 1:32 (toil) or +1:01 (plain).
    l.log(&["acme", "9:01", "--date", "2026-03-02", "--person", "bob"]);
    // Tuesday: 6:00 worked and 2:00 off; only toil counts the time off.
    l.log(&["acme", "6", "--date", "2026-03-03", "--person", "bob"]);
    l.ok(&["log-time", "2", "--date", "2026-03-03", "--person", "bob", "--time-off"]);
    // Work before the start and rows without a person count nowhere.
    l.log(&["acme", "5", "--date", "2026-03-01", "--person", "bob"]);
    l.log(&["acme", "5", "--date", "2026-03-02"]);
    let rows = l.csv(&[
        "--time-format",
        "hm",
        "report",
        "flex",
        "--person",
        "bob",
        "--as-of",
        "2026-03-04",
    ]);
    let got: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| pick(r, &["bank", "balance", "accrued", "used", "shortfall"]))
        .collect();
    // plain: Tuesday is -2:00 but the floor is 0:00, so 1:01 is taken and 0:59 is short;
    // toil: Tuesday is 8:00 with the time off, so nothing changes.
    assert_eq!(
        got,
        [
            vec!["plain", "0:00", "1:01", "1:01", "0:59"],
            vec!["toil", "1:32", "1:32", "0:00", "0:00"]
        ]
    );
    // Dave's Monday lot (1:00 x 1.5) is valid for 1 month: through 2026-04-01.
    l.log(&["acme", "1", "--date", "2026-03-02", "--person", "dave"]);
    let dave = |as_of: &str| {
        let rows =
            l.csv(&["--time-format", "hm", "report", "flex", "--person", "dave", "--as-of", as_of]);
        assert_eq!(rows.len(), 1);
        pick(&rows[0], &["balance", "accrued", "expired"])
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(dave("2026-04-01"), ["1:30", "1:30", "0:00"]);
    assert_eq!(dave("2026-04-02"), ["0:00", "1:30", "1:30"]);
}

#[test]
fn a_set_on_a_periods_last_day_acts_before_that_nights_close_and_failed_assertions_are_errors() {
    let l = alice();
    // Sunday 2026-01-11: the balance is set to 0:00 before week 1 closes (+4:00).
    l.ok(&[
        "adjust",
        "alice",
        "--set",
        "0",
        "--bank",
        "flex",
        "--date",
        "2026-01-11",
        "--reason",
        "reset",
    ]);
    let monday = &l.csv(&["report", "flex", "--as-of", "2026-01-12"])[0];
    assert_eq!(
        pick(monday, &["balance", "accrued", "adjusted", "forfeited"]),
        ["4.00", "4.00", "-5.00", "0.00"]
    );
    l.ok(&[
        "adjust",
        "alice",
        "--assert",
        "3",
        "--bank",
        "flex",
        "--date",
        "2026-01-12",
        "--reason",
        "audit",
    ]);
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(
            "adjustments.csv:4: balance assertion failed for alice (bank flex) on 2026-01-12: expected 3:00, actual 4:00"
        ),
        "{text}"
    );
}

#[test]
fn a_negative_opening_balance_starts_below_zero_and_is_paid_back_first() {
    let l = TestLedger::new();
    l.ok(&["client", "add", "acme", "--name", "Acme", "--type", "payg"]);
    l.write(
        "people.toml",
        "[people.carol]\nschedule = { mon = \"8:00\" }\n[people.carol.banks.flex]\nrule = \"weekly-overtime\"\nstart = \"2026-01-05\"\nopening_balance = \"-3:00\"\nmin_balance = \"-10:00\"\n",
    );
    l.log(&["acme", "12", "--date", "2026-01-05", "--person", "carol"]);
    let rows = l.csv(&["report", "history", "carol", "--bank", "flex", "--to", "2026-01-12"]);
    let got: Vec<Vec<&str>> =
        rows.iter().map(|r| pick(r, &["kind", "hours", "balance", "credited"])).collect();
    assert_eq!(
        got,
        [vec!["opening", "-3.00", "-3.00", ""], vec!["period", "4.00", "1.00", "4.00"]]
    );
    let flex = &l.csv(&["report", "flex", "--as-of", "2026-01-12"])[0];
    assert_eq!(pick(flex, &["balance", "opening", "accrued"]), ["1.00", "-3.00", "4.00"]);
}

#[test]
fn refusals_name_the_person_or_bank() {
    let l = alice();
    l.refused(&["report", "flex", "--person", "zoe"], "unknown person \"zoe\"");
    l.refused(&["report", "history", "alice"], "alice is a person, not a client");
    l.refused(&["report", "history", "acme", "--bank", "flex"], "acme is a client");
    l.refused(&["report", "history", "alice", "--bank", "toil"], "alice has no bank \"toil\"");
    l.refused(
        &["--format", "svg", "report", "burndown", "alice", "--bank", "toil"],
        "alice has no bank \"toil\"",
    );
    l.refused(
        &["--format", "svg", "report", "burndown", "zoe", "--bank", "flex"],
        "unknown person \"zoe\"",
    );
    l.refused(
        &["adjust", "alice", "+1", "--bank", "toil", "--reason", "x"],
        "alice has no bank \"toil\"",
    );
    l.refused(
        &["adjust", "zoe", "+1", "--bank", "flex", "--reason", "x"],
        "unknown person \"zoe\"",
    );
}

#[test]
fn check_reports_bad_bank_definitions_at_their_lines() {
    let l = alice();
    l.write(
        "people.toml",
        r#"[people.alice]
schedule = { mon = "8:00", monday = "1:00" }

[people.alice.banks.flex]
start = "2026-01-07"

[people.alice.banks.a]
rule = "weekly-overtime"
start = "2026-01-07"
min_balance = "1:00"

[people.alice.banks.b]
rule = "weekly-overtime"
start = "2026-01-07"
min_balance = "-5:00"
max_balance = "-6:00"

[people.alice.banks.c]
rule = "monthly"
start = "2026-01-07"
expiry_months = 0
"#,
    );
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    for expected in [
        "people.toml:2: people.alice.schedule.monday: not a weekday",
        "people.toml:4: people.alice.banks.flex: missing rule (required)",
        "people.toml:10: people.alice.banks.a.min_balance: must be 0:00 or below",
        "people.toml:16: people.alice.banks.b.max_balance: must be at least 0:00 and at least min_balance",
        "people.toml:19: people.alice.banks.c.rule: \"monthly\" is not one of weekly-overtime, daily-overtime",
        "people.toml:21: people.alice.banks.c.expiry_months:",
        // The adjustment of bank "flex" now names a bank that is not defined.
        "adjustments.csv:2: unknown bank \"flex\" of alice",
    ] {
        assert!(text.contains(expected), "expected {expected:?} in:\n{text}");
    }
}

#[test]
fn notify_check_sends_flex_over_and_under_once_per_episode_to_the_person_too() {
    let l = alice();
    let people = l
        .read("people.toml")
        .replace("name = \"Alice\"\n", "name = \"Alice\"\nemail = \"alice@example.com\"\n");
    l.write("people.toml", &people);
    let script = l.path().join("deliver.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\nset -e\nd=\"$OUT_DIR/$HOURBANK_CLIENT-$HOURBANK_BANK-$HOURBANK_KIND/$HOURBANK_TO\"\nmkdir -p \"$d\"\ncat > \"$d/mail\"\nprintf '%s' \"$HOURBANK_TO\" > \"$d/to\"\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    l.append(
        "hourbank.toml",
        &format!(
            "\n[notify]\nto = [\"lead@agency.example\"]\ncommand = [\"{}\"]\n",
            script.display()
        ),
    );
    l.ok(&["trust"]);
    let out_dir = tempfile::tempdir().unwrap();
    let notify = |as_of: &str| {
        let run = l
            .bin()
            .env("OUT_DIR", out_dir.path())
            .arg("--ledger")
            .arg(l.path())
            .args(["notify-check", "--as-of", as_of])
            .output()
            .unwrap();
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        String::from_utf8(run.stdout).unwrap()
    };
    // Week 1 (closed on 2026-01-11) forfeited 1:00 at the 8:00 cap.
    assert_eq!(
        notify("2026-01-12"),
        "alice: flex-over: bank flex: 1.00 h forfeited in the period ending 2026-01-11; the balance is at its cap of 8.00 h\n"
    );
    assert_eq!(notify("2026-01-13"), "", "sent once");
    // The lead and alice each get a message, alice's addressed to her alone.
    let to = |who: &str| {
        std::fs::read_to_string(out_dir.path().join("alice-flex-flex-over").join(who).join("to"))
            .unwrap()
    };
    assert_eq!(
        (to("lead@agency.example"), to("alice@example.com")),
        ("lead@agency.example".into(), "alice@example.com".into())
    );
    // Week 2 forfeits nothing; week 3 ends at the -2:00 floor with 23:00 short.
    assert_eq!(
        notify("2026-01-26"),
        "alice: flex-under: bank flex: 23.00 h short in the period ending 2026-01-25; the balance is at its floor of -2.00 h\n"
    );
    let rows = l.rows("notifications.csv");
    let got: Vec<(&str, &str, &str, &str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r["client"].as_str(),
                r["bank"].as_str(),
                r["kind"].as_str(),
                r["threshold"].as_str(),
                r["episode"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("alice", "flex", "flex-over", "8.00", "period:2026-01-11"),
            ("alice", "flex", "flex-under", "-2.00", "period:2026-01-25"),
        ]
    );
    // Nothing new in the JSON of a dry run; a fresh ledger copy shows the flex fields.
    let json = l.ok(&["--format", "json", "notify-check", "--dry-run", "--as-of", "2026-01-26"]);
    assert_eq!(json.trim(), "[]");
    std::fs::write(
        l.file("notifications.csv"),
        "id,date,client,kind,threshold,lot,episode,message,by\n",
    )
    .unwrap();
    let json: serde_json::Value = serde_json::from_str(&l.ok(&[
        "--format",
        "json",
        "notify-check",
        "--dry-run",
        "--as-of",
        "2026-01-26",
    ]))
    .unwrap();
    assert_eq!(json[0]["kind"], "flex-under");
    assert_eq!(
        (json[0]["person"].as_str(), json[0]["bank"].as_str(), json[0]["unit"].as_str()),
        (Some("alice"), Some("flex"), Some("hours"))
    );
}

#[test]
fn every_banks_statement_ends_at_its_report_flex_balance_in_the_example() {
    let l = TestLedger::example();
    for as_of in ["2026-10-11", "2026-10-12", "2026-11-11", "2026-11-23", "2027-06-30"] {
        let banks = l.csv(&["--time-format", "hm", "report", "flex", "--as-of", as_of]);
        assert_eq!(banks.len(), 4, "alice flex, bob flex and toil, carol flex");
        for bank in &banks {
            let rows = l.csv(&[
                "--time-format",
                "hm",
                "report",
                "history",
                &bank["person"],
                "--bank",
                &bank["bank"],
                "--to",
                as_of,
            ]);
            let last = rows.last().map_or("0:00", |r| r["balance"].as_str());
            assert_eq!(last, bank["balance"], "{} {} as of {as_of}", bank["person"], bank["bank"]);
        }
    }
}

#[test]
fn a_future_dated_set_waits_for_its_day() {
    let l = alice();
    // Written before the day it names: as of earlier dates it changes nothing.
    l.ok(&[
        "adjust",
        "alice",
        "--set",
        "6",
        "--bank",
        "flex",
        "--date",
        "2026-01-21",
        "--reason",
        "agreed at review",
    ]);
    let before = &l.csv(&["report", "flex", "--as-of", "2026-01-20"])[0];
    assert_eq!(pick(before, &["balance", "adjusted"]), ["3.00", "1.00"]);
    // On 2026-01-21 the balance becomes 6:00 (+3:00); week 3 then takes 8:00 down to
    // the -2:00 floor, 20:00 short instead of 23:00.
    let on = &l.csv(&["report", "flex", "--as-of", "2026-01-21"])[0];
    assert_eq!(pick(on, &["balance", "adjusted"]), ["6.00", "4.00"]);
    let after = &l.csv(&["report", "flex", "--as-of", "2026-01-26"])[0];
    assert_eq!(pick(after, &["balance", "used", "shortfall"]), ["-2.00", "14.00", "20.00"]);
}

#[test]
fn adjustments_before_the_start_count_on_their_dates_and_work_before_it_nowhere() {
    let l = alice();
    l.ok(&[
        "adjust",
        "alice",
        "+2",
        "--bank",
        "flex",
        "--date",
        "2026-01-02",
        "--reason",
        "carried over",
    ]);
    l.log(&["acme", "12", "--date", "2026-01-06", "--person", "alice"]);
    let before = &l.csv(&["report", "flex", "--as-of", "2026-01-05"])[0];
    assert_eq!(
        pick(before, &["balance", "adjusted", "opening", "in_progress"]),
        ["2.00", "2.00", "0.00", "0.00"]
    );
    // The Tuesday before the start (12:00 worked) changes nothing later: week 1 is as
    // before, and the extra 2:00 are forfeited at the cap instead.
    let after = &l.csv(&["report", "flex", "--as-of", "2026-01-12"])[0];
    assert_eq!(pick(after, &["balance", "accrued", "forfeited"]), ["8.00", "1.00", "3.00"]);
}

#[test]
fn a_daily_bank_at_its_floor_stays_one_episode_over_weekends() {
    let l = TestLedger::new();
    l.write(
        "people.toml",
        "[people.gus]\nschedule = { mon = \"8:00\", tue = \"8:00\", wed = \"8:00\", thu = \"8:00\", fri = \"8:00\" }\n[people.gus.banks.flex]\nrule = \"daily-overtime\"\nstart = \"2026-01-08\"\n",
    );
    // Nothing logged: every weekday falls short at the 0:00 floor; weekend days come
    // to 0:00 and neither end the episode nor hide it.
    let first = l.ok(&["notify-check", "--as-of", "2026-01-09"]);
    assert_eq!(
        first,
        "gus: flex-under: bank flex: 8.00 h short in the period ending 2026-01-08; the balance is at its floor of 0.00 h\n"
    );
    for monday in ["2026-01-12", "2026-01-19", "2026-01-26"] {
        assert_eq!(l.ok(&["notify-check", "--as-of", monday]), "", "as of {monday}");
    }
    let episodes: Vec<String> =
        l.rows("notifications.csv").iter().map(|r| r["episode"].clone()).collect();
    assert_eq!(episodes, ["period:2026-01-08"]);
}

#[test]
fn mistakes_a_person_makes_with_people_are_named() {
    let l = alice();
    l.refused(
        &["adjust", "alice", "+1", "--reason", "x"],
        "alice is a person: name the bank to adjust with --bank",
    );
    l.append("adjustments.csv", ",2026-01-05,alice,,delta,1:00,,typed by hand,\n");
    l.write("people.toml", &format!("holidays = [\"2026-01-19\"]\n{ALICE}"));
    let text = String::from_utf8(l.run(&["check"]).stdout).unwrap();
    assert!(text.contains("people.toml:1: warning: holidays: unknown key (ignored) (holidays belong in hourbank.toml)"), "{text}");
    assert!(
        text.contains(
            "adjustments.csv:3: alice is a person: the row needs the bank it adjusts (column bank)"
        ),
        "{text}"
    );
}

#[test]
fn numbers_that_do_not_parse_are_refused_with_exit_1() {
    let l = alice();
    l.refused(&["person", "bank", "set", "alice", "flex"], "nothing to change");
    l.refused(
        &["person", "bank", "set", "alice", "flex", "--expiry-months", "abc"],
        "--expiry-months \"abc\": use a whole number",
    );
    l.refused(
        &["person", "bank", "set", "alice", "flex", "--expiry-months", "-1"],
        "--expiry-months \"-1\"",
    );
    l.usage(
        &["person", "bank", "set", "alice", "flex", "--include-time-off", "maybe"],
        "maybe",
        "true, false",
    );
    l.refused(&["client", "set", "acme", "--terms-days", "30d"], "--terms-days \"30d\"");
    l.refused(&["client", "set", "acme", "--rollover-months", "x"], "--rollover-months \"x\"");
    l.refused(&["bank", "buy", "acme", "--blocks", "two"], "--blocks \"two\"");
}

#[test]
fn xlsx_is_one_workbook_from_every_command_that_takes_it() {
    use calamine::{Data, Reader, Xlsx};
    let l = alice();
    for (args, first) in [
        (&["person", "show", "alice"][..], "person"),
        (&["person", "list"][..], "person"),
        (&["report", "flex"][..], "person"),
        (&["check"][..], "file"),
        (&["notify-check", "--as-of", "2026-01-31", "--dry-run"][..], "client"),
    ] {
        let out = l.run(&[&["--format", "xlsx"][..], args].concat());
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // One zip archive: one end-of-central-directory record.
        let ends = out.stdout.windows(4).filter(|w| *w == b"PK\x05\x06").count();
        assert_eq!(ends, 1, "{args:?} wrote {ends} workbooks");
        let mut book = Xlsx::new(std::io::Cursor::new(out.stdout)).unwrap();
        let sheet = book.worksheet_range_at(0).unwrap().unwrap();
        assert_eq!(sheet.rows().next().unwrap()[0], Data::String(first.into()), "{args:?}");
    }
}

#[test]
fn reports_that_load_no_banks_still_name_unknown_people() {
    // report balances and report usage skip the banks' days, not the check of people.
    let l = alice();
    l.append("timelog.csv", "t-zzzzzzzzzzzz,2026-01-16,acme,mallory,1:00,,,,yes,,work,\n");
    let line = l.read("timelog.csv").lines().count();
    for args in [&["report", "balances"][..], &["report", "usage", "--by", "person"]] {
        let out = l.run(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let expected = format!("warning: timelog.csv:{line}: unknown person \"mallory\"");
        assert!(stderr.contains(&expected), "{args:?}: {stderr}");
    }
    // The banks themselves are still computed by the commands that show them.
    let flex = l.ok(&["--format", "csv", "report", "flex", "--as-of", "2026-02-01"]);
    assert!(flex.lines().any(|row| row.starts_with("alice,")), "{flex}");
}

#[test]
fn reports_that_load_no_banks_leave_bank_assertions_to_check() {
    let l = alice();
    // A bank's assertion that holds (the opening 5:00 before the first close) is not
    // checked against a bank loaded without its plan.
    l.ok(&[
        "adjust",
        "alice",
        "--assert",
        "5",
        "--bank",
        "flex",
        "--date",
        "2026-01-08",
        "--reason",
        "audit",
    ]);
    for args in [&["report", "balances"][..], &["report", "usage", "--by", "person"], &["check"]] {
        let out = l.run(args);
        let text = String::from_utf8_lossy(&out.stdout) + String::from_utf8_lossy(&out.stderr);
        assert!(!text.contains("balance assertion failed"), "{args:?}: {text}");
    }
    l.ok(&[
        "adjust",
        "alice",
        "--assert",
        "4",
        "--bank",
        "flex",
        "--date",
        "2026-01-09",
        "--reason",
        "audit",
    ]);
    let out = l.run(&["check"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("balance assertion failed for alice (bank flex) on 2026-01-09: expected 4:00, actual 5:00"), "{text}");
}
