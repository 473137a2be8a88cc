use super::support::*;

fn team() -> TestLedger {
    let l = TestLedger::new();
    l.ok(&["person", "add", "alice", "--name", "Alice", "--schedule", "mon=8,tue=8:00,fri=4"]);
    l.ok(&[
        "person",
        "bank",
        "add",
        "alice",
        "flex",
        "--rule",
        "weekly-overtime",
        "--start",
        "2026-01-05",
        "--opening",
        "2",
        "--max",
        "40",
        "--min",
        "-10",
        "--expiry-months",
        "6",
    ]);
    l
}

#[test]
fn person_and_bank_commands_write_people_toml_that_the_reports_read() {
    let l = team();
    assert_eq!(
        l.read("people.toml"),
        "\n[people.alice]\nname = \"Alice\"\nschedule = { mon = \"8:00\", tue = \"8:00\", fri = \"4:00\" }\n\n[people.alice.banks.flex]\nrule = \"weekly-overtime\"\nstart = \"2026-01-05\"\nopening_balance = \"2:00\"\nmax_balance = \"40:00\"\nmin_balance = \"-10:00\"\nexpiry_months = 6\n"
    );
    let people = l.csv(&["person", "list"]);
    assert_eq!(people.len(), 1);
    assert_eq!(
        (
            people[0]["person"].as_str(),
            people[0]["weekly_hours"].as_str(),
            people[0]["banks"].as_str()
        ),
        ("alice", "20.00", "flex")
    );
    // Monday 10:00 worked of 8:00; the week (20:00 scheduled) closes on Sunday 01-11.
    l.ok(&["client", "add", "acme", "--name", "Acme", "--type", "payg"]);
    l.log(&["acme", "10", "--date", "2026-01-05", "--person", "alice"]);
    l.log(&["acme", "12", "--date", "2026-01-06", "--person", "alice"]);
    let flex = &l.csv(&["report", "flex", "--as-of", "2026-01-12"])[0];
    assert_eq!((flex["balance"].as_str(), flex["accrued"].as_str()), ("4.00", "2.00"));
    // person show lists the accrual lots with their expiry (6 months after 01-11).
    let lots = l.csv(&["person", "show", "alice"]);
    let got: Vec<(&str, &str, &str)> = lots
        .iter()
        .map(|r| (r["lot"].as_str(), r["hours"].as_str(), r["expires"].as_str()))
        .collect();
    assert_eq!(
        got,
        [("opening:2026-01-05", "2.00", ""), ("period:2026-01-11", "2.00", "2026-07-10")]
    );
    let json: serde_json::Value =
        serde_json::from_str(&l.ok(&["--format", "json", "person", "show", "alice"])).unwrap();
    assert_eq!(json["banks"][0]["bank"], "flex");
    assert_eq!(json["lots"].as_array().map(Vec::len), Some(2));
}

#[test]
fn edits_keep_comments_and_set_changes_only_the_named_keys() {
    let l = team();
    let text = l
        .read("people.toml")
        .replace("[people.alice]\n", "# our lead\n[people.alice] # since 2020\n");
    l.write("people.toml", &text);
    l.ok(&["person", "set", "alice", "--email", "alice@example.com"]);
    l.ok(&["person", "bank", "set", "alice", "flex", "--max", "none", "--include-time-off"]);
    let after = l.read("people.toml");
    assert!(after.contains("# our lead\n[people.alice] # since 2020\nname = \"Alice\""), "{after}");
    assert!(after.contains("email = \"alice@example.com\""), "{after}");
    assert!(!after.contains("max_balance"), "{after}");
    assert!(after.contains("include_time_off = true"), "{after}");
    l.ok(&["person", "forget", "alice"]);
    let forgotten = l.read("people.toml");
    assert!(
        forgotten.contains("name = \"forgotten person alice\"")
            && !forgotten.contains("example.com")
    );
    assert!(forgotten.contains("[people.alice.banks.flex]"));
}

#[test]
fn refusals_leave_people_toml_unchanged() {
    let l = team();
    l.ok(&["client", "add", "acme", "--name", "Acme", "--type", "payg"]);
    l.refused(&["person", "add", "alice", "--name", "A"], "person \"alice\" already exists");
    l.refused(&["person", "add", "acme", "--name", "A"], "\"acme\" is a client's id");
    l.refused(
        &["client", "add", "alice", "--name", "A", "--type", "payg"],
        "\"alice\" is a person's id",
    );
    l.refused(&["person", "add", "Bob", "--name", "B"], "Bob");
    l.refused(
        &["person", "add", "bob", "--name", "B", "--schedule", "monday=8"],
        "--schedule \"monday=8\"",
    );
    l.refused(&["person", "add", "bob", "--name", "B", "--schedule", "mon=8x"], "--schedule mon");
    l.refused(&["person", "set", "zoe", "--email", "z@x.example"], "unknown person \"zoe\"");
    l.refused(&["person", "set", "alice"], "nothing to change");
    l.refused(
        &[
            "person",
            "bank",
            "add",
            "alice",
            "flex",
            "--rule",
            "weekly-overtime",
            "--start",
            "2026-01-05",
        ],
        "already has a bank \"flex\"",
    );
    l.refused(
        &["person", "bank", "add", "alice", "toil", "--rule", "weekly-overtime"],
        "needs --rule and --start",
    );
    l.usage(
        &["person", "bank", "add", "alice", "toil", "--rule", "monthly", "--start", "2026-01-05"],
        "monthly",
        "weekly-overtime, daily-overtime",
    );
    l.refused(
        &["person", "bank", "set", "alice", "toil", "--max", "1"],
        "alice has no bank \"toil\"",
    );
    l.refused(
        &["person", "bank", "set", "alice", "flex", "--min", "1"],
        "--min 1: the floor is 0:00 or below",
    );
    l.refused(&["person", "bank", "set", "alice", "flex", "--max", "-1"], "--max");
    l.refused(&["person", "bank", "set", "alice", "flex", "--start", "2026-02-30"], "2026-02-30");
    l.refused(
        &["person", "bank", "set", "alice", "flex", "--accrual-multiplier", "-1"],
        "--accrual-multiplier \"-1\"",
    );
    // Rows refer to alice: she cannot be removed, nor her bank with an adjustment.
    l.ok(&[
        "adjust",
        "alice",
        "+1",
        "--bank",
        "flex",
        "--reason",
        "start-up",
        "--date",
        "2026-01-05",
    ]);
    l.refused(&["person", "remove", "alice"], "will not remove person \"alice\"");
    l.refused(
        &["person", "bank", "remove", "alice", "flex"],
        "1 adjustment(s) refer to it (first at adjustments.csv:2)",
    );
}

#[test]
fn remove_takes_out_a_person_or_bank_nothing_refers_to() {
    let l = team();
    l.ok(&["person", "add", "bob", "--name", "Bob"]);
    l.ok(&["person", "bank", "remove", "alice", "flex"]);
    assert!(!l.read("people.toml").contains("banks.flex"));
    l.ok(&["person", "remove", "bob"]);
    let people = l.csv(&["person", "list"]);
    assert_eq!(people.iter().map(|r| r["person"].as_str()).collect::<Vec<_>>(), ["alice"]);
}
