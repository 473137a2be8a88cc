//! SPEC 11: `hourbank import`. Fixtures are the tools' own files (tests/fixtures/README.md);
//! the expected hours are what the tools themselves report for them.

use std::path::PathBuf;

use super::support::*;

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// A ledger with clients acme (bank, 40 hours bought), globex and studio (payg).
fn ledger() -> TestLedger {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "40", "--date", "2009-01-01", "--never-expires"]);
    for c in ["globex", "studio"] {
        l.ok(&["client", "add", c, "--name", c, "--type", "payg", "--rate", "100"]);
    }
    l
}

fn map(l: &TestLedger, text: &str) -> String {
    l.write("map.toml", text);
    l.file("map.toml").to_string_lossy().into_owned()
}

/// (date, client, hours, project, note) of every time row.
fn rows(l: &TestLedger) -> Vec<(String, String, String, String, String)> {
    l.rows("timelog.csv")
        .into_iter()
        .map(|r| {
            (
                r["date"].clone(),
                r["client"].clone(),
                r["hours"].clone(),
                r["project"].clone(),
                r["note"].clone(),
            )
        })
        .collect()
}

#[test]
fn timeclock_sessions_are_split_at_midnight_rounded_per_day_and_mapped() {
    let l = ledger();
    let m = map(
        &l,
        "[clients]\nprojects = \"acme\"\npersonal = \"studio\"\n\"projects:b\" = \"globex\"\n\n[projects]\n\"projects:a\" = \"website\"\n",
    );
    // A time log of an older version, without the `source` column the import adds.
    l.write(
        "timelog.csv",
        "id,date,client,person,hours,charged,project,service,billable,rate,kind,note\n",
    );
    let file = fixture("hledger-sample.timeclock");
    let out = l.run(&["import", "timeclock", &file, "--map", &m, "--person", "ann"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("4 entries rounded to the minute"), "{stderr}");
    assert!(stderr.contains("timelog.csv: added column(s) source, by to the header"), "{stderr}");
    assert!(
        String::from_utf8(out.stdout).unwrap().starts_with("imported 4 rows (19:41) for 3 clients")
    );
    // hledger: 8.01h, 1.64h + 2.01h (split at midnight), 8.01h; to the minute:
    // 09:00:00-17:00:34 = 480.57 min -> 8:01; 22:21:45-24:00 = 98.25 -> 1:38;
    // 00:00-02:00:34 = 120.57 -> 2:01. A full account name wins over its first segment,
    // and the [projects] entry names the project.
    let s = |t: &str| t.to_string();
    assert_eq!(
        rows(&l),
        [
            (s("2009-03-27"), s("acme"), s("8:01"), s("website"), s("")),
            (s("2009-03-31"), s("studio"), s("1:38"), s(""), s("")),
            (s("2009-04-01"), s("studio"), s("2:01"), s(""), s("")),
            (s("2009-04-02"), s("globex"), s("8:01"), s(""), s("a comment, with tag:")),
        ]
    );
    let first = &l.rows("timelog.csv")[0];
    assert_eq!(first["person"], "ann");
    assert!(first["source"].starts_with("timeclock:hledger-sample.timeclock:1#"), "{first:?}");
    assert_eq!(first["source"].split('#').nth(1).unwrap().len(), 16);
    // The same file again, for the same person, adds nothing: the ledger stays byte
    // for byte the same.
    let before = l.snapshot();
    let out = l.run(&["import", "timeclock", &file, "--map", &m, "--person", "ann"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8(out.stderr).unwrap().contains("4 entries already imported, skipped"));
    assert_eq!(l.snapshot(), before);
    assert_eq!(l.ok(&["check"]), "");
}

#[test]
fn an_overlapping_export_adds_only_the_new_entries() {
    let l = ledger();
    let sessions =
        std::fs::read_to_string(fixture("hledger-test-unnamed-clockouts.timeclock")).unwrap();
    // The first export had the first three lines' sessions closed the same way.
    l.write("old.timeclock", &sessions);
    l.ok(&["import", "timeclock", &l.file("old.timeclock").to_string_lossy(), "--client", "acme"]);
    // hledger: session1 3.00h, session2 7.00h, session3 2.00h.
    let hours: Vec<String> = rows(&l).into_iter().map(|r| r.2).collect();
    let mut sorted = hours.clone();
    sorted.sort();
    assert_eq!(sorted, ["2:00", "3:00", "7:00"]);
    // A later export, renamed, holds the same sessions and one more.
    l.write(
        "renamed.timeclock",
        &format!("{sessions}i 2025-01-02 09:00:00 session4\no 2025-01-02 09:30:00\n"),
    );
    let out = l.ok(&[
        "import",
        "timeclock",
        &l.file("renamed.timeclock").to_string_lossy(),
        "--client",
        "acme",
    ]);
    assert!(out.starts_with("imported 1 rows (0:30)"), "{out}");
    assert_eq!(rows(&l).len(), 4);
}

#[test]
fn sessions_open_at_once_and_over_midnight_match_hledger() {
    let l = ledger();
    for (name, want) in [
        // hledger: session1 8.00h, session2 2.00h.
        ("hledger-test-multiple-sessions.timeclock", vec!["2025-01-01 2:00", "2025-01-01 8:00"]),
        // hledger: multi:1 5.00h + 9.00h, multi:2 4.00h + 8.00h.
        (
            "hledger-test-multi-day.timeclock",
            vec!["2025-03-11 4:00", "2025-03-11 5:00", "2025-03-12 8:00", "2025-03-12 9:00"],
        ),
        // hledger: 1.00h each; the clock-in's comment is the note.
        ("hledger-test-comments.timeclock", vec!["2023-05-01 1:00", "2023-05-02 1:00"]),
        ("hledger-test-cli-a.timeclock", vec!["2016-01-01 4:00"]),
    ] {
        let before = l.rows("timelog.csv").len();
        l.ok(&["import", "timeclock", &fixture(name), "--client", "studio"]);
        let mut got: Vec<String> = l.rows("timelog.csv")[before..]
            .iter()
            .map(|r| format!("{} {}", r["date"], r["hours"]))
            .collect();
        got.sort();
        assert_eq!(got, want, "{name}");
    }
    let notes: Vec<String> = l.rows("timelog.csv").iter().map(|r| r["note"].clone()).collect();
    assert!(notes.contains(&"clock-in comment with tag:".to_string()), "{notes:?}");
}

#[test]
fn nothing_is_written_while_a_line_is_unreadable_or_a_name_unmapped() {
    let l = ledger();
    l.write(
        "bad.timeclock",
        "i 2025-01-01 09:00 projects:a\no 2025-01-01 10:00\ni 2025-01-02 9:00 projects:a\no 2025-01-02 10:00\no 2025-01-03 10:00\n",
    );
    let bad = l.file("bad.timeclock").to_string_lossy().into_owned();
    let err = l
        .refused(&["import", "timeclock", &bad, "--client", "acme"], "nothing imported: 3 line(s)");
    assert!(err.contains("bad.timeclock:3: time \"9:00\": use HH:MM or HH:MM:SS"), "{err}");
    // Line 3 not read, its clock-out (line 4) has no session either; nor has line 5.
    assert!(err.contains("bad.timeclock:4: clock-out without an open session"), "{err}");
    assert!(err.contains("bad.timeclock:5: clock-out without an open session"), "{err}");
    // Every unmapped name at once, with a line where it is used.
    let m = map(&l, "[clients]\n\"projects:b\" = \"globex\"\n");
    let err = l.refused(
        &["import", "timeclock", &fixture("hledger-sample.timeclock"), "--map", &m],
        "nothing imported: no client for",
    );
    assert!(
        err.contains("\"personal:reading:online\" (") && err.contains("\"projects:a\" ("),
        "{err}"
    );
    let m = map(&l, "[clients]\nprojects = \"nobody\"\npersonal = \"studio\"\n");
    l.refused(
        &["import", "timeclock", &fixture("hledger-sample.timeclock"), "--map", &m],
        "the map names unknown clients \"nobody\"",
    );
    // An open session is listed and the rest imported.
    l.write("open.timeclock", "i 2025-01-01 09:00 x\no 2025-01-01 10:00\ni 2025-01-02 09:00 x\n");
    let out = l.run(&[
        "import",
        "timeclock",
        &l.file("open.timeclock").to_string_lossy(),
        "--client",
        "acme",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("open.timeclock:3: warning: open session not imported"), "{stderr}");
    assert_eq!(rows(&l).len(), 1);
}

#[test]
fn imported_work_is_refused_like_log_time_unless_forced() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "2", "--date", "2025-01-01"]);
    let file = fixture("hledger-test-multiple-sessions.timeclock");
    // 10 hours on a bank of 2 with a credit limit of 0.
    l.refused(&["import", "timeclock", &file, "--client", "acme"], "beyond its credit limit");
    l.refused(&["import", "timeclock", &file, "--client", "ghost"], "unknown client");
    // The dry run shows per client and month what would be added.
    let dry = l.csv(&["import", "timeclock", &file, "--client", "acme", "--dry-run", "--force"]);
    assert_eq!(dry.len(), 1);
    assert_eq!(
        (
            dry[0]["client"].as_str(),
            dry[0]["month"].as_str(),
            dry[0]["rows"].as_str(),
            dry[0]["hours"].as_str()
        ),
        ("acme", "2025-01", "2", "10.00")
    );
    assert!(!l.read("timelog.csv").contains("session"));
    l.ok(&["import", "timeclock", &file, "--client", "acme", "--force"]);
    let balance =
        &l.csv(&["--time-format", "hm", "report", "balances", "--as-of", "2025-12-31"])[0];
    assert_eq!(balance["available"], "-8:00");
}

/// (date, hours, note) of the rows of `client`, in file order.
fn of(l: &TestLedger, client: &str) -> Vec<(String, String, String)> {
    l.rows("timelog.csv")
        .into_iter()
        .filter(|r| r["client"] == client)
        .map(|r| (r["date"].clone(), r["hours"].clone(), r["note"].clone()))
        .collect()
}

fn t3(d: &str, h: &str, n: &str) -> (String, String, String) {
    (d.to_string(), h.to_string(), n.to_string())
}

#[test]
fn timedot_dots_numbers_units_and_letters_match_hledger() {
    let l = ledger();
    let m = map(
        &l,
        "[clients]\nbiz = \"acme\"\ninc = \"globex\"\nfos = \"studio\"\nper = \"studio\"\nb = \"studio\"\na = \"studio\"\n",
    );
    let out = l.run(&["import", "timedot", &fixture("hledger-test-timedot.timedot"), "--map", &m]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    // hledger print: biz:research 1.00, inc:client1 1.50, fos:haskell 1.00, per:admin
    // 1.00; b 1.00 (t:a), 0.50 (t:b), 0.25 (t:c); a has no quantity: nothing.
    assert_eq!(of(&l, "acme"), [t3("2023-01-01", "1:00", "transaction description")]);
    assert_eq!(of(&l, "globex"), [t3("2023-01-01", "1:30", "transaction description")]);
    assert_eq!(
        of(&l, "studio"),
        [
            t3(
                "2023-01-01",
                "1:00",
                "different transaction, same day; a posting comment and posting-tag:"
            ),
            t3("2023-01-01", "1:00", "different transaction, same day"),
            t3("2023-01-02", "1:00", "letter \"dots\" are tagged with t:LETTER; t:a"),
            t3("2023-01-02", "0:30", "letter \"dots\" are tagged with t:LETTER; t:b"),
            t3("2023-01-02", "0:15", "letter \"dots\" are tagged with t:LETTER; t:c"),
        ]
    );
    // The other test inputs of hledger's timedot.test: every form of a quarter hour,
    // org headings, indented comments.
    let l = ledger();
    l.ok(&[
        "import",
        "timedot",
        &fixture("hledger-test-quarter-hours.timedot"),
        "--client",
        "studio",
    ]);
    assert_eq!(of(&l, "studio"), vec![t3("2023-01-01", "0:15", ""); 7]);
    l.ok(&[
        "import",
        "timedot",
        &fixture("hledger-test-org-headings.timedot"),
        "--client",
        "globex",
    ]);
    l.ok(&["import", "timedot", &fixture("hledger-test-org-entry.timedot"), "--client", "globex"]);
    assert_eq!(of(&l, "globex"), [t3("2024-02-29", "0:15", ""), t3("2024-01-01", "0:15", "")]);
    let out = l.ok(&[
        "import",
        "timedot",
        &fixture("hledger-test-comments.timedot"),
        "--client",
        "globex",
    ]);
    assert!(out.starts_with("nothing to import"), "{out}");
    // The sample file's last date line ends the file: nothing after it, and the same
    // entries as the test's first four.
    let before = l.rows("timelog.csv").len();
    l.ok(&["import", "timedot", &fixture("hledger-sample.timedot"), "--client", "acme"]);
    assert_eq!(l.rows("timelog.csv").len(), before + 4);
}

#[test]
fn klog_records_from_klogs_own_tests() {
    let l = ledger();
    l.ok(&["client", "add", "beta", "--name", "Beta", "--type", "payg"]);
    let out =
        l.run(&["import", "klog", &fixture("klog-test-complete-record.klg"), "--client", "beta"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("klog-test-complete-record.klg:14: warning: open range not imported"),
        "{stderr}"
    );
    // klog: 1h, 1h1m, 1h2m, 1:30, 1:31, 1:32; the open range is not counted.
    assert_eq!(
        of(&l, "beta"),
        [
            t3("1970-08-29", "1:00", "Record summary with multiple lines of text"),
            t3("1970-08-29", "1:01", "Duration with summary"),
            t3("1970-08-29", "1:02", "Duration with multiline summary"),
            t3("1970-08-29", "1:30", "Record summary with multiple lines of text"),
            t3("1970-08-29", "1:31", "Range with summary"),
            t3("1970-08-29", "1:32", "Range with multiple lines of summary text"),
        ]
    );
    l.ok(&["import", "klog", &fixture("klog-test-utf8.klg"), "--client", "globex"]);
    assert_eq!(
        of(&l, "globex"),
        [
            t3("2018-01-04", "1:00", "Домашня робота 🏡..."),
            t3("2018-01-04", "2:00", "Сьогодні я дзвонив Дімі і складав плани"),
            t3("2018-01-05", "2:30", "बगैचा खन्नुहोस्"),
            t3("2018-01-05", "2:00", "कर घोषणा"),
            t3("2018-01-06", "3:00", "sázet květiny"),
        ]
    );
    // 8:00-13:00 and 8:00am-1:00pm are the same five hours, on the same date.
    l.ok(&[
        "import",
        "klog",
        &fixture("klog-test-alternative-formatting.klg"),
        "--client",
        "studio",
    ]);
    assert_eq!(of(&l, "studio"), [t3("1999-05-31", "5:00", ""), t3("1999-05-31", "5:00", "")]);
}

#[test]
fn klog_tags_map_to_clients_shifted_ranges_count_on_their_date_negatives_are_netted() {
    let l = ledger();
    l.write(
        "times.klg",
        "2025-03-01 (8h!)\nOffice day #acme\n    <23:30 - 0:10 late deploy\n    22:17 - 1:00> night shift #globex\n\n2025-03-02\n    2h #acme #globex both\n",
    );
    let file = l.file("times.klg").to_string_lossy().into_owned();
    let m = map(&l, "[clients]\nacme = \"acme\"\nglobex = \"globex\"\n");
    // The entry tagged with both is an error at its line: nothing is written.
    let err = l.refused(&["import", "klog", &file, "--map", &m], "map to more than one client");
    assert!(
        err.contains("times.klg:7: its tags map to more than one client (acme, globex)"),
        "{err}"
    );
    assert!(err.contains("times.klg:4: its tags map to more than one client"), "{err}");
    l.write(
        "times.klg",
        "2025-03-01 (8h!)\nOffice day #acme\n    <23:30 - 0:10 late deploy\n    22:17 - 1:00> night shift\n    -1h lunch\n    0m\n",
    );
    let out = l.run(&["import", "klog", &file, "--map", &m]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    // Shifted ranges count fully on the record's date: 0:40 and 2:43; the lunch hour
    // is netted against the latest entry booking on acme, as klog's total does:
    // 2:43 - 1:00 = 1:43.
    assert_eq!(
        of(&l, "acme"),
        [t3("2025-03-01", "0:40", "late deploy"), t3("2025-03-01", "1:43", "night shift")]
    );
}

#[test]
fn a_klog_negative_entry_that_could_take_from_two_clients_is_refused_at_its_line() {
    let l = ledger();
    l.write("times.klg", "2025-03-01\n    2h design #acme\n    3h ops #globex\n    -1h lunch\n");
    let file = l.file("times.klg").to_string_lossy().into_owned();
    let m = map(&l, "[clients]\nacme = \"acme\"\nglobex = \"globex\"\n");
    let err = l.refused(
        &["import", "klog", &file, "--map", &m],
        "times.klg:4: a negative entry whose record books on several clients and that names none: tag it with the client it takes time from",
    );
    assert!(err.ends_with("cannot be netted\n"), "{err}");
    // Tagged, it takes from its client: globex 3:00 - 1:00.
    l.write(
        "times.klg",
        "2025-03-01\n    2h design #acme\n    3h ops #globex\n    -1h lunch #globex\n",
    );
    l.ok(&["import", "klog", &file, "--map", &m]);
    assert_eq!(of(&l, "globex"), [t3("2025-03-01", "2:00", "ops #globex")]);
}

/// Runs `hourbank --ledger L args` in time zone `tz`.
fn in_zone(l: &TestLedger, tz: &str, args: &[&str]) -> std::process::Output {
    l.bin().env("TZ", tz).arg("--ledger").arg(l.path()).args(args).output().unwrap()
}

#[test]
fn timewarrior_exports_from_its_manual_import_on_their_local_days() {
    let l = ledger();
    // The example of timew-export(1), with the trailing comma it prints.
    let file = fixture("timewarrior-man-export.json");
    let out = in_zone(&l, "UTC", &["import", "timewarrior", &file, "--client", "studio"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        of(&l, "studio"),
        [t3("2023-10-01", "1:30", "Project work"), t3("2023-10-01", "1:00", "Morning meeting")]
    );
    let source = &l.rows("timelog.csv")[0]["source"];
    assert!(source.starts_with("timewarrior:timewarrior-man-export.json:2#"), "{source}");
    // Imported twice, nothing is added.
    let before = l.snapshot();
    let out = in_zone(&l, "UTC", &["import", "timewarrior", &file, "--client", "studio"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("2 entries already imported, skipped"));
    assert_eq!(l.snapshot(), before);
}

#[test]
fn timewarrior_tags_map_to_clients_nights_split_at_local_midnight_open_intervals_warn() {
    let l = ledger();
    // As `timew export` writes it: one interval per line, tags sorted.
    let export = |intervals: &[&str]| format!("[\n{}\n]\n", intervals.join(",\n"));
    l.write(
        "timew.json",
        &export(&[
            r#"{"id":4,"start":"20250301T090000Z","end":"20250301T103000Z","tags":["acme","website"],"annotation":"fix the form"}"#,
            r#"{"id":3,"start":"20250301T230000Z","end":"20250302T013000Z","tags":["globex"]}"#,
            r#"{"id":2,"start":"20250302T080000Z","end":"20250302T081000Z","tags":["acme","globex"]}"#,
            r#"{"id":1,"start":"20250303T080000Z","tags":["acme"]}"#,
        ]),
    );
    let file = l.file("timew.json").to_string_lossy().into_owned();
    let m = map(&l, "[clients]\nacme = \"acme\"\nglobex = \"globex\"\n");
    // Tags of equal rank mapping to two clients: an error at the interval's line, and
    // nothing is written.
    let before = l.snapshot();
    let out = in_zone(&l, "UTC", &["import", "timewarrior", &file, "--map", &m]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("timew.json:4: its tags map to more than one client (acme, globex)"),
        "{err}"
    );
    assert_eq!(l.snapshot(), before);
    // An unmapped tag is listed with its line.
    l.write("map.toml", "[clients]\nacme = \"acme\"\n");
    let before = l.snapshot();
    let out = in_zone(&l, "UTC", &["import", "timewarrior", &file, "--map", &m]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no client for \"globex\" (") && err.contains("/timew.json:3)"), "{err}");
    assert_eq!(l.snapshot(), before);
    l.write("map.toml", "[clients]\nacme = \"acme\"\nglobex = \"globex\"\n");
    l.write(
        "timew.json",
        &l.read("timew.json").replace(r#""tags":["acme","globex"]"#, r#""tags":["globex","ops"]"#),
    );
    let out = in_zone(&l, "UTC", &["import", "timewarrior", &file, "--map", &m]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("timew.json:5: warning: open interval not imported"), "{err}");
    // The night's interval is split at midnight: 1:00 on the 1st, 1:30 on the 2nd.
    // Without an annotation the note is the tags.
    assert_eq!(of(&l, "acme"), [t3("2025-03-01", "1:30", "fix the form")]);
    assert_eq!(
        of(&l, "globex"),
        [
            t3("2025-03-01", "1:00", "globex"),
            t3("2025-03-02", "1:30", "globex"),
            t3("2025-03-02", "0:10", "globex, ops")
        ]
    );
    // A broken file is refused at the line of the problem.
    l.write(
        "bad.json",
        "[\n{\"start\":\"20250301T090000Z\",\"end\":\"yesterday\",\"tags\":[\"acme\"]}\n]\n",
    );
    let bad = l.file("bad.json").to_string_lossy().into_owned();
    let before = l.snapshot();
    let out = in_zone(&l, "UTC", &["import", "timewarrior", &bad, "--map", &m]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("bad.json:2: end: \"yesterday\" is not a timestamp like 20260305T090000Z"),
        "{err}"
    );
    assert_eq!(l.snapshot(), before);
}

#[test]
fn timewarrior_counts_real_time_on_days_the_clocks_change_and_knows_an_interval_by_its_ends() {
    let l = ledger();
    let central = "CET-1CEST,M3.5.0,M10.5.0/3";
    // Two real hours each, across the night the clocks go back and the one they go
    // forward in central Europe; an untagged interval maps as "(no tag)".
    l.write(
        "timew.json",
        "[\n{\"id\":3,\"start\":\"20261025T000000Z\",\"end\":\"20261025T020000Z\",\"tags\":[\"acme\"],\"annotation\":\"draft\"},\n{\"id\":2,\"start\":\"20260329T000000Z\",\"end\":\"20260329T020000Z\",\"tags\":[\"acme\"]},\n{\"id\":1,\"start\":\"20260330T070000Z\",\"end\":\"20260330T071500Z\"}\n]\n",
    );
    let file = l.file("timew.json").to_string_lossy().into_owned();
    let m = map(&l, "[clients]\nacme = \"acme\"\n\"(no tag)\" = \"studio\"\n");
    let out = in_zone(&l, central, &["import", "timewarrior", &file, "--map", &m]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        of(&l, "acme"),
        [t3("2026-10-25", "2:00", "draft"), t3("2026-03-29", "2:00", "acme")]
    );
    assert_eq!(of(&l, "studio"), [t3("2026-03-30", "0:15", "")]);
    // The annotation edited in Timewarrior, the same interval is not imported again,
    // nor in another time zone.
    l.write("timew.json", &l.read("timew.json").replace("draft", "final text"));
    let before = l.snapshot();
    let out = in_zone(&l, "UTC", &["import", "timewarrior", &file, "--map", &m]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("3 entries already imported, skipped"));
    assert_eq!(l.snapshot(), before);
    // An interval longer than a day is refused, as a timeclock session, unless asked.
    l.write("long.json", "[\n{\"start\":\"20261106T090000Z\",\"end\":\"20261110T170000Z\"}\n]\n");
    let long = l.file("long.json").to_string_lossy().into_owned();
    let before = l.snapshot();
    let out = in_zone(&l, "UTC", &["import", "timewarrior", &long, "--map", &m]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("long.json:2: an interval of 104 hours is longer than 24 hours; pass --allow-long-sessions if it is real"), "{err}");
    assert!(l.snapshot() == before, "nothing written");
    let out =
        in_zone(&l, "UTC", &["import", "timewarrior", &long, "--map", &m, "--allow-long-sessions"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let days: Vec<String> =
        of(&l, "studio").into_iter().skip(1).map(|r| format!("{} {}", r.0, r.1)).collect();
    assert_eq!(
        days,
        [
            "2026-11-06 15:00",
            "2026-11-07 24:00",
            "2026-11-08 24:00",
            "2026-11-09 24:00",
            "2026-11-10 17:00"
        ]
    );
}

/// (date, client, hours, billable, person, note) of every time row.
fn full(l: &TestLedger) -> Vec<[String; 6]> {
    l.rows("timelog.csv")
        .into_iter()
        .map(|r| ["date", "client", "hours", "billable", "person", "note"].map(|k| r[k].clone()))
        .collect()
}

fn row6(v: [&str; 6]) -> [String; 6] {
    v.map(str::to_string)
}

#[test]
fn toggl_detailed_exports_with_a_bom_quotes_and_localised_billable_values() {
    let l = ledger();
    let m = map(
        &l,
        "[clients]\n\"Big Company\" = \"acme\"\n\"Project without Client\" = \"studio\"\n\"INF-VERT6\" = \"globex\"\n\"生活\" = \"studio\"\n\"第4領域\" = \"globex\"\n\n[people]\n\"Peter Tester\" = \"peter\"\n",
    );
    let out = l.run(&["import", "toggl", &fixture("toggl-solidtime-1.csv"), "--map", &m]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8(out.stderr).unwrap();
    // 01:00:01 rounds to 1:00; the 00:00:00 entry is skipped.
    assert!(stderr.contains("1 entries rounded to the minute"), "{stderr}");
    assert!(stderr.contains("1 entries of less than half a minute skipped"), "{stderr}");
    assert_eq!(full(&l), [row6(["2024-03-04", "acme", "1:00", "yes", "peter", "Working hard"])]);
    // Every field quoted, escaped quotes, an emoji; two seconds: nothing to import.
    let out = l.ok(&["import", "toggl", &fixture("toggl-solidtime-2.csv"), "--client", "studio"]);
    assert!(out.starts_with("nothing to import"), "{out}");
    // No client column values: the project maps; every row non-billable.
    l.ok(&["import", "toggl", &fixture("toggl-timba.csv"), "--map", &m, "--person", "jonas"]);
    let timba: Vec<[String; 6]> = full(&l).into_iter().filter(|r| r[1] == "globex").collect();
    assert_eq!(timba.len(), 11);
    assert!(timba.iter().all(|r| r[3] == "no" && r[5] == "Formale Baumsprachen"));
    let total: i64 = timba
        .iter()
        .map(|r| {
            let (h, m) = r[2].split_once(':').unwrap();
            h.parse::<i64>().unwrap() * 60 + m.parse::<i64>().unwrap()
        })
        .sum();
    assert_eq!(total, 645, "10:45 in all");
    // Billable いいえ is "no"; a project mapped wins over its client (第3領域 unmapped).
    l.ok(&["import", "toggl", &fixture("toggl-toggl2html.csv"), "--map", &m, "--person", "p"]);
    let ja: Vec<[String; 6]> = full(&l).into_iter().filter(|r| r[0] == "2014-06-23").collect();
    assert_eq!(
        ja,
        [
            row6(["2014-06-23", "studio", "8:00", "no", "p", "睡眠"]),
            row6(["2014-06-23", "globex", "12:00", "no", "p", "クイズマジックアカデミー 天の学舎"]),
        ]
    );
}

#[test]
fn clockify_dates_are_read_month_or_day_first_and_missing_columns_are_allowed() {
    let l = ledger();
    let file = fixture("clockify-solidtime-1.csv");
    // 03/04/2024 is March 4 or 3 April: refused until --date-format says which.
    let err = l.refused(
        &["import", "clockify", &file, "--client", "globex"],
        "pass --date-format mdy or dmy",
    );
    assert!(err.contains("clockify-solidtime-1.csv:2: date \"03/04/2024\""), "{err}");
    l.ok(&["import", "clockify", &file, "--client", "globex", "--date-format", "dmy", "--dry-run"]);
    let dry = l.csv(&[
        "import",
        "clockify",
        &file,
        "--client",
        "globex",
        "--date-format",
        "dmy",
        "--dry-run",
    ]);
    assert_eq!((dry[0]["month"].as_str(), dry[0]["hours"].as_str()), ("2024-04", "1.00"));
    l.ok(&[
        "import",
        "clockify",
        &file,
        "--client",
        "globex",
        "--date-format",
        "mdy",
        "--person",
        "pt",
    ]);
    assert_eq!(full(&l), [row6(["2024-03-04", "globex", "1:00", "yes", "pt", "Working hard"])]);
    // With --client the source's project is the row's project.
    assert_eq!(l.rows("timelog.csv")[0]["project"], "Project for Big Company");
    // 10/15/2024 can only be month first; the wider header of newer exports.
    l.ok(&["import", "clockify", &fixture("clockify-solidtime-2.csv"), "--client", "studio"]);
    let last = full(&l).pop().unwrap();
    assert_eq!(
        (last[0].as_str(), last[2].as_str(), last[3].as_str()),
        ("2024-10-15", "0:30", "yes")
    );
    // No Billable column: billable; "Activity" instead of "Task"; no Client column.
    for name in ["clockify-solidtime-4.csv", "clockify-solidtime-5.csv", "clockify-solidtime-6.csv"]
    {
        let l = ledger();
        let m = map(
            &l,
            "[clients]\n\"Big Company\" = \"acme\"\n\"Project B\" = \"acme\"\n\"Project A\" = \"studio\"\n\"Project without Client\" = \"studio\"\n",
        );
        l.ok(&[
            "import",
            "clockify",
            &fixture(name),
            "--map",
            &m,
            "--date-format",
            "mdy",
            "--person",
            "pt",
        ]);
        assert_eq!(
            full(&l),
            [row6(["2024-03-04", "acme", "1:00", "yes", "pt", "Working hard"])],
            "{name}"
        );
    }
}

#[test]
fn harvest_hours_with_a_decimal_comma_and_the_import_format() {
    let l = ledger();
    let m = map(
        &l,
        "[clients]\n\"Project without Client\" = \"studio\"\n\"Big Company\" = \"acme\"\n\n[people]\n\"Peter Tester\" = \"peter\"\n",
    );
    let out = l.run(&["import", "harvest", &fixture("harvest-solidtime-1.csv"), "--map", &m]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    // "20,0" hours; "0,01" h = 0.6 min, rounded half up to 0:01.
    assert_eq!(
        full(&l),
        [
            // No description and no task: the project's name is the note.
            row6(["2024-03-04", "studio", "20:00", "no", "peter", "Project without Client"]),
            row6(["2024-03-04", "acme", "0:01", "yes", "peter", "Working hard"]),
        ]
    );
    // Harvest's time-import format: 250 rows, 518.32 hours in all, 518:07 once each
    // entry is rounded to the minute (155 of them needed it).
    let l = ledger();
    let out =
        l.run(&["import", "harvest", &fixture("harvest-compiler-admin.csv"), "--client", "studio"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8(out.stderr).unwrap().contains("155 entries rounded to the minute"));
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("imported 250 rows (518:07)"));
    // Unmapped projects and clients are listed together.
    let l = ledger();
    let m = map(&l, "[clients]\nnothing = \"acme\"\n");
    let err = l.refused(
        &["import", "harvest", &fixture("harvest-compiler-admin.csv"), "--map", &m],
        "no client for",
    );
    assert!(err.contains("\"WT3-01 - Project3\"") && err.contains("\"Project7\""), "{err}");
    // A file that is not the format's export says what its header lacks.
    let err = l.refused(
        &["import", "harvest", &fixture("toggl-timba.csv"), "--client", "acme"],
        "not a harvest export",
    );
    assert!(err.contains("toggl-timba.csv:1:"), "{err}");
}

#[test]
fn people_entries_limits_and_odd_files() {
    let l = ledger();
    // Two people's identical entries are two entries.
    l.write("day.timedot", "2026-11-16\nacme  ....\n");
    let day = l.file("day.timedot").to_string_lossy().into_owned();
    l.ok(&["import", "timedot", &day, "--client", "studio", "--person", "alice"]);
    l.ok(&["import", "timedot", &day, "--client", "studio", "--person", "bob"]);
    let again = l.ok(&["import", "timedot", &day, "--client", "studio", "--person", "bob"]);
    assert!(again.starts_with("nothing to import"), "{again}");
    let people: Vec<String> = l.rows("timelog.csv").iter().map(|r| r["person"].clone()).collect();
    assert_eq!(people, ["alice", "bob"]);
    // An entry longer than a duration may be is an error at its line; nothing written.
    l.write("long.timedot", "2026-11-16\nacme  2000000h\n");
    let err = l.refused(
        &["import", "timedot", &l.file("long.timedot").to_string_lossy(), "--client", "studio"],
        "too long",
    );
    assert!(err.contains("long.timedot:2: 2000000 hours is too long"), "{err}");
    // A timedot date without a year is not guessed.
    l.write("noyear.timedot", "2026-02-01\nfoo  ..\n2/3\nbar  ....\n");
    let err = l.refused(
        &["import", "timedot", &l.file("noyear.timedot").to_string_lossy(), "--client", "studio"],
        "nothing imported",
    );
    assert!(err.contains("noyear.timedot:3: date \"2/3\" has no year"), "{err}");
    // A user the map does not name is the default person ($HOURBANK_USER), as with --client.
    let m = map(&l, "[clients]\n\"Big Company\" = \"acme\"\n[people]\n\"Someone Else\" = \"x\"\n");
    l.ok(&["import", "toggl", &fixture("toggl-solidtime-1.csv"), "--map", &m]);
    assert_eq!(l.rows("timelog.csv").last().unwrap()["person"], "tester");
    // Line numbers of a CSV file with CR LF line ends are its lines.
    l.write("crlf.csv", "User,Client,Project,Description,Billable,Start date,Start time,Duration\r\nAnn,Big Company,P,first,Yes,2026-11-02,09:00:00,01:00:00\r\n");
    l.ok(&["import", "toggl", &l.file("crlf.csv").to_string_lossy(), "--map", &m]);
    let source = l.rows("timelog.csv").last().unwrap()["source"].clone();
    assert!(source.starts_with("toggl:crlf.csv:2#"), "{source}");
    // A header alone in another tool's format is refused, not "nothing to import".
    l.write("header.csv", "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags\n");
    l.refused(
        &["import", "harvest", &l.file("header.csv").to_string_lossy(), "--client", "studio"],
        "not a harvest export",
    );
    // A dry run over the credit limit shows the rows, then says it would be refused.
    let file = fixture("hledger-test-multiple-sessions.timeclock");
    let l = TestLedger::with_acme();
    let out =
        l.run(&["--format", "csv", "import", "timeclock", &file, "--client", "acme", "--dry-run"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stdout).unwrap().contains("acme,2025-01,2,10.00"));
    assert!(String::from_utf8(out.stderr).unwrap().contains("beyond its credit limit"));
}
