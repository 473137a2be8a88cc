//! Ledgers under git: two clones that each append, merged with the drivers `init`
//! sets up.

use super::support::*;

/// A ledger in a git repository with its first commit.
fn repo() -> TestLedger {
    let l = TestLedger::new();
    l.add_payg("north");
    l.add_payg("south");
    l.git(&["init", "--quiet", "--initial-branch=main"]);
    l.git(&["add", "-A"]);
    l.git(&["commit", "--quiet", "-m", "ledger"]);
    l
}

fn commit(l: &TestLedger, message: &str) {
    l.git(&["add", "-A"]);
    l.git(&["commit", "--quiet", "-m", message]);
}

/// Merges `other`'s main branch into `l`'s.
fn merge_from(l: &TestLedger, other: &TestLedger) {
    let path = other.path().to_string_lossy().to_string();
    l.git(&["pull", "--quiet", "--no-rebase", "--no-edit", &path, "main"]);
}

/// Renumbers the invoice at `invoices.csv` line `line` to `number`, in its row and
/// the `invoice` column of its lines, as the duplicate-number hint says.
fn renumber(l: &TestLedger, line: usize, number: &str) {
    let invoices = l.read("invoices.csv");
    let row: Vec<&str> = invoices.lines().nth(line - 1).unwrap().split(',').collect();
    let (id, old) = (row[0], row[1]);
    let renumbered: Vec<String> = invoices
        .lines()
        .enumerate()
        .map(|(i, text)| if i == line - 1 { text.replacen(old, number, 1) } else { text.into() })
        .collect();
    l.write("invoices.csv", &(renumbered.join("\n") + "\n"));
    let lines: Vec<String> = l
        .read("invoice-lines.csv")
        .lines()
        .map(|text| if text.contains(id) { text.replacen(old, number, 1) } else { text.into() })
        .collect();
    l.write("invoice-lines.csv", &(lines.join("\n") + "\n"));
}

#[test]
fn identical_invoices_on_two_branches_keep_every_line_through_a_union_merge() {
    let a = repo();
    let b = clone(&a);
    for (l, client) in [(&a, "north"), (&b, "south")] {
        l.log(&[client, "2", "--date", "2026-03-05"]);
        l.ok(&["invoice", client, "--month", "2026-03", "--date", "2026-04-01"]);
        commit(l, client);
    }
    merge_from(&a, &b);
    let lines = a.rows("invoice-lines.csv");
    assert_eq!(lines.len(), 2, "both lines survive the merge");
    assert!(lines.iter().all(|l| l["invoice"] == "INV-2026-0001" && l["amount"] == "200.00"));
    let out = a.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let found = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(found.starts_with("invoices.csv:3: duplicate invoice number INV-2026-0001"), "{found}");
    renumber(&a, 3, "INV-2026-0002");
    assert_eq!(a.ok(&["check"]), "");
    let invoices = a.csv(&["report", "invoices"]);
    let totals: Vec<(&str, &str, &str)> = invoices
        .iter()
        .map(|i| (i["number"].as_str(), i["client"].as_str(), i["total"].as_str()))
        .collect();
    assert_eq!(
        totals,
        [("INV-2026-0001", "north", "200.00"), ("INV-2026-0002", "south", "200.00")]
    );
    for number in ["INV-2026-0001", "INV-2026-0002"] {
        let shown = a.csv(&["invoice", "--show", number]);
        assert_eq!(shown.len(), 1, "{number} has its one line");
        assert_eq!(shown[0]["amount"], "200.00");
    }
}

#[test]
fn reads_and_cron_go_on_after_a_merge_that_duplicated_an_invoice_number() {
    let a = repo();
    a.ok(&["client", "add", "acme", "--name", "Acme", "--type", "bank", "--email", "o@acme.test"]);
    a.buy(&["acme", "--hours", "10", "--date", "2026-03-01"]);
    commit(&a, "acme");
    let b = clone(&a);
    for (l, client) in [(&a, "north"), (&b, "south")] {
        l.log(&[client, "2", "--date", "2026-03-05"]);
        l.ok(&["invoice", client, "--month", "2026-03", "--date", "2026-04-01"]);
        commit(l, client);
    }
    a.log(&["acme", "9:30", "--date", "2026-03-06"]);
    commit(&a, "work");
    merge_from(&a, &b);
    // Reads print the consistency error on stderr and run.
    for args in [
        &["report", "balances"][..],
        &["client", "list"],
        &["invoice", "--show", "INV-2026-0001"],
        &["report", "invoices"],
    ] {
        let out = a.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.contains("duplicate invoice number INV-2026-0001"), "{args:?}: {stderr}");
        assert!(!out.stdout.is_empty(), "{args:?} printed its result");
    }
    // Cron's notify-check delivers and records its alerts.
    let sent = a.ok(&["notify-check", "--as-of", "2026-03-07"]);
    assert!(sent.contains("acme: low:"), "{sent}");
    assert_eq!(a.ok(&["notify-check", "--as-of", "2026-03-07"]), "", "recorded: not sent twice");
    // Writes still refuse until the numbers are fixed.
    a.refused(&["log-time", "acme", "0:10"], "duplicate invoice number INV-2026-0001");
}

#[test]
fn a_lot_edited_on_two_branches_is_one_lot_again_after_deleting_a_version() {
    let a = repo();
    a.ok(&["client", "add", "acme", "--name", "Acme", "--type", "bank"]);
    a.buy(&["acme", "--hours", "10", "--date", "2026-03-01", "--never-expires"]);
    commit(&a, "lot");
    let lot = a.rows("purchases.csv")[0]["id"].clone();
    let b = clone(&a);
    a.ok(&["bank", "edit", &lot, "--note", "edited on a"]);
    commit(&a, "edit a");
    b.ok(&["bank", "edit", &lot, "--note", "edited on b"]);
    commit(&b, "edit b");
    merge_from(&a, &b);
    assert_eq!(a.rows("purchases.csv").len(), 2, "the union merge keeps both versions");
    let found = String::from_utf8(a.run(&["check"]).stdout).unwrap();
    assert!(
        found.contains(&format!(
            "purchases.csv:3: duplicate id \"{lot}\" (first used at purchases.csv:2): when both lines are versions of one row (two branches changed it, git kept both), delete the version you do not want"
        )),
        "{found}"
    );
    let text = a.read("purchases.csv");
    let kept: Vec<&str> = text.lines().filter(|l| !l.contains("edited on b")).collect();
    a.write("purchases.csv", &(kept.join("\n") + "\n"));
    assert_eq!(a.ok(&["check"]), "");
    assert_eq!(row_for(&a.csv(&["report", "balances"]), "acme")["purchased"], "10.00");
}

/// Names `hourbank merge-driver` in the repository's config, as the README says.
fn use_driver(l: &TestLedger) {
    let bin = assert_cmd::cargo::cargo_bin("hourbank");
    let driver = format!("'{}' merge-driver %O %A %B %P", bin.display());
    l.git(&["config", "merge.hourbank.driver", &driver]);
}

fn add_bank(l: &TestLedger, id: &str, note: &str) {
    l.ok(&["client", "add", id, "--name", id, "--type", "bank"]);
    let text = l
        .read("clients.toml")
        .replace(&format!("[clients.{id}]"), &format!("# {note}\n[clients.{id}]"));
    l.write("clients.toml", &text);
}

#[test]
fn two_clones_that_add_clients_append_and_invoice_merge_into_exact_balances() {
    let a = repo();
    use_driver(&a);
    let b = clone(&a);
    use_driver(&b);
    add_bank(&a, "acme", "met at the fair");
    a.buy(&["acme", "--hours", "10", "--date", "2026-03-01"]);
    a.log(&["acme", "2", "--date", "2026-03-02"]);
    a.log(&["north", "2", "--date", "2026-03-05"]);
    a.ok(&["invoice", "north", "--month", "2026-03", "--date", "2026-04-01"]);
    commit(&a, "acme");
    add_bank(&b, "beta", "a referral");
    b.buy(&["beta", "--hours", "5", "--date", "2026-03-01"]);
    b.log(&["beta", "1:15", "--date", "2026-03-03"]);
    b.log(&["south", "2", "--date", "2026-03-05"]);
    b.ok(&["invoice", "south", "--month", "2026-03", "--date", "2026-04-01"]);
    commit(&b, "beta");
    merge_from(&a, &b);
    let clients = a.read("clients.toml");
    assert!(!clients.contains("<<<<<<<"), "{clients}");
    assert!(clients.contains("# met at the fair\n[clients.acme]"), "{clients}");
    assert!(clients.contains("# a referral\n[clients.beta]"), "{clients}");
    let found = String::from_utf8(a.run(&["check"]).stdout).unwrap();
    assert!(found.starts_with("invoices.csv:3: duplicate invoice number INV-2026-0001"), "{found}");
    renumber(&a, 3, "INV-2026-0002");
    assert_eq!(a.ok(&["check"]), "");
    let balances = a.csv(&["report", "balances"]);
    assert_eq!(row_for(&balances, "acme")["available"], "8.00");
    assert_eq!(row_for(&balances, "beta")["available"], "3.75");
    assert_eq!(row_for(&balances, "north")["consumed"], "2.00");
    assert_eq!(row_for(&balances, "south")["consumed"], "2.00");
    let invoices = a.csv(&["report", "invoices"]);
    assert_eq!(
        invoices.iter().map(|i| i["total"].as_str()).collect::<Vec<_>>(),
        ["200.00", "200.00"]
    );
    // Both people go on from the merged ledger.
    a.log(&["beta", "1", "--date", "2026-04-02"]);
    assert_eq!(row_for(&a.csv(&["report", "balances"]), "beta")["available"], "2.75");
}

#[test]
fn the_same_key_changed_on_two_branches_is_a_conflict_with_markers() {
    let a = repo();
    use_driver(&a);
    let b = clone(&a);
    use_driver(&b);
    a.ok(&["client", "set", "north", "--rate", "110"]);
    commit(&a, "rate a");
    b.ok(&["client", "set", "north", "--rate", "120"]);
    b.ok(&["client", "set", "south", "--rate", "130"]);
    commit(&b, "rate b");
    let path = b.path().to_string_lossy().to_string();
    let out = git_output(a.path(), &["pull", "--quiet", "--no-rebase", "--no-edit", &path, "main"]);
    assert!(!out.status.success(), "git reports the conflict");
    let clients = a.read("clients.toml");
    assert!(
        clients.contains(
            "<<<<<<< ours\nrate = \"110.00\"\n=======\nrate = \"120.00\"\n>>>>>>> theirs\n"
        ),
        "{clients}"
    );
    assert!(clients.contains("rate = \"130.00\""), "the other change merged: {clients}");
    let status = a.git(&["status", "--porcelain"]);
    assert!(status.contains("UU clients.toml"), "{status}");
}

#[test]
fn the_driver_marks_every_difference_when_a_side_is_not_valid_toml() {
    let l = TestLedger::new();
    let dir = tempfile::tempdir().unwrap();
    let (base, ours, theirs) =
        (dir.path().join("base"), dir.path().join("ours"), dir.path().join("theirs"));
    std::fs::write(&base, "[clients.a]\nname = \"A\"\n").unwrap();
    std::fs::write(&ours, "[clients.a]\nname = \"A\"\n[clients.b\n").unwrap();
    std::fs::write(&theirs, "[clients.a]\nname = \"A\"\n[clients.c]\nname = \"C\"\n").unwrap();
    let out = l.run(&[
        "merge-driver",
        base.to_str().unwrap(),
        ours.to_str().unwrap(),
        theirs.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("cannot merge by key (our side is not valid TOML")
    );
    assert_eq!(
        std::fs::read_to_string(&ours).unwrap(),
        "[clients.a]\nname = \"A\"\n<<<<<<< ours\n[clients.b\n=======\n[clients.c]\nname = \"C\"\n>>>>>>> theirs\n"
    );
}

#[test]
fn the_driver_does_not_merge_a_side_beyond_the_key_bound_and_keeps_both_whole() {
    let l = TestLedger::new();
    let dir = tempfile::tempdir().unwrap();
    let (base, ours, theirs) =
        (dir.path().join("base"), dir.path().join("ours"), dir.path().join("theirs"));
    let tables = |prefix: &str| -> String {
        (0..60_000).map(|i| format!("[clients.{prefix}{i}]\nname = \"x\"\n")).collect()
    };
    let (our_text, their_text) = (tables("a"), tables("b"));
    std::fs::write(&base, "").unwrap();
    std::fs::write(&ours, &our_text).unwrap();
    std::fs::write(&theirs, &their_text).unwrap();
    let out = l.run(&[
        "merge-driver",
        base.to_str().unwrap(),
        ours.to_str().unwrap(),
        theirs.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "cannot merge by key (our side has more than 100000 keys): every difference between the two versions is marked\n"
    );
    assert_eq!(
        std::fs::read_to_string(&ours).unwrap(),
        format!("<<<<<<< ours\n{our_text}=======\n{their_text}>>>>>>> theirs\n")
    );
}

#[test]
fn the_driver_merges_a_csv_file_by_row_id_against_the_ancestor() {
    let l = TestLedger::new();
    let dir = tempfile::tempdir().unwrap();
    let (base, ours, theirs) =
        (dir.path().join("base"), dir.path().join("ours"), dir.path().join("theirs"));
    let header = "id,date,client,hours,price,expires,project,note,by";
    std::fs::write(&base, format!("{header}\np-1,2026-01-01,acme,10:00,900.00,,,,a\np-2,2026-01-02,acme,10:00,900.00,,,,a\np-3,2026-01-03,acme,30:00,2700.00,,,,a\n")).unwrap();
    // Ours corrects p-1's price and removes p-3 bought by mistake; theirs appends p-4
    // and adds a column.
    std::fs::write(&ours, format!("{header}\np-1,2026-01-01,acme,10:00,850.00,,,,a\np-2,2026-01-02,acme,10:00,900.00,,,,a\n")).unwrap();
    std::fs::write(&theirs, format!("{header},valid_months\np-1,2026-01-01,acme,10:00,900.00,,,,a,\np-2,2026-01-02,acme,10:00,900.00,,,,a,\np-3,2026-01-03,acme,30:00,2700.00,,,,a,\np-4,2026-01-04,acme,5:00,450.00,,,,b,6\n")).unwrap();
    let run = |path: &str| {
        l.run(&[
            "merge-driver",
            base.to_str().unwrap(),
            ours.to_str().unwrap(),
            theirs.to_str().unwrap(),
            path,
        ])
    };
    let out = run("purchases.csv");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    // The edit is kept once, the removal stays removed, the append arrives, one header.
    assert_eq!(
        std::fs::read_to_string(&ours).unwrap(),
        format!(
            "{header},valid_months\np-1,2026-01-01,acme,10:00,850.00,,,,a,\np-2,2026-01-02,acme,10:00,900.00,,,,a,\np-4,2026-01-04,acme,5:00,450.00,,,,b,6\n"
        )
    );
    // Both sides change p-2 differently: both versions between markers, exit 1.
    std::fs::write(&ours, format!("{header}\np-1,2026-01-01,acme,10:00,900.00,,,,a\np-2,2026-01-02,acme,12:00,900.00,,,,a\np-3,2026-01-03,acme,30:00,2700.00,,,,a\n")).unwrap();
    std::fs::write(&theirs, format!("{header}\np-1,2026-01-01,acme,10:00,900.00,,,,a\np-2,2026-01-02,acme,8:00,900.00,,,,a\np-3,2026-01-03,acme,30:00,2700.00,,,,a\n")).unwrap();
    let out = run("purchases.csv");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "conflict: both branches changed row p-2; the file shows both versions between <<<<<<< and >>>>>>>\n"
    );
    assert!(
        std::fs::read_to_string(&ours).unwrap().contains("<<<<<<< ours\np-2,2026-01-02,acme,12:00,900.00,,,,a\n=======\np-2,2026-01-02,acme,8:00,900.00,,,,a\n>>>>>>> theirs\n")
    );
}

#[test]
fn a_cancellation_and_an_import_on_two_clones_merge_under_one_header() {
    // Without the driver too (git's union merge): `init` writes every column, so
    // neither clone extends the header and the merge cannot leave two header lines.
    let a = repo();
    let b = clone(&a);
    let stderr = cancel_here_import_there(&a, &b);
    assert!(!stderr.contains("added column"), "{stderr}");
    let header = a.read("timelog.csv").lines().next().unwrap().to_string();
    assert!(header.ends_with(",note,notice,source"), "{header}");
    let row_of = |l: &TestLedger| l.read("timelog.csv").lines().nth(1).unwrap().to_string();
    let (ours, theirs) = (row_of(&a), row_of(&b));
    merge_from(&a, &b);
    assert_eq!(a.read("timelog.csv"), format!("{header}\n{ours}\n{theirs}\n"));
    assert_eq!(a.ok(&["check"]), "");
    let rows = a.rows("timelog.csv");
    assert_eq!(
        rows.iter()
            .map(|r| (
                r["client"].as_str(),
                r["kind"].as_str(),
                r["notice"].as_str(),
                r["hours"].as_str()
            ))
            .collect::<Vec<_>>(),
        [("north", "cancellation", "1:00", "2:00"), ("south", "work", "", "1:30")]
    );
    assert!(rows[1]["source"].starts_with("timeclock:"), "{:?}", rows[1]);
    // The next write goes on from the merged ledger.
    a.log(&["south", "1", "--date", "2026-03-07"]);
    assert_eq!(row_for(&a.csv(&["report", "balances"]), "south")["consumed"], "2.50");
}

#[test]
fn a_second_header_line_from_a_union_merge_is_an_error_at_its_line_and_repair_fixes_it() {
    // A ledger of an older version: its time log lacks `notice` and `source`, so a
    // cancellation on one clone and an import on the other each extend the header.
    let a = repo();
    a.write(
        "timelog.csv",
        "id,date,client,person,hours,charged,project,service,billable,rate,kind,note\n",
    );
    commit(&a, "an older ledger");
    let b = clone(&a);
    cancel_here_import_there(&a, &b);
    merge_from(&a, &b);
    let merged = a.read("timelog.csv");
    let second = merged.lines().position(|l| l.ends_with(",note,source")).unwrap() + 1;
    assert!(second > 1, "{merged}");
    let found = String::from_utf8(a.run(&["check"]).stdout).unwrap();
    assert!(
        found.contains(&format!(
            "timelog.csv:{second}: a second header line (a merge without the hourbank driver): run hourbank repair"
        )),
        "{found}"
    );
    a.refused(&["log-time", "north", "1", "--date", "2026-03-07"], "a second header line");
    assert_eq!(a.read("timelog.csv"), merged);
    let dry = a.ok(&["repair", "--dry-run"]);
    assert_eq!(
        dry,
        format!(
            "dry run: would rewrite timelog.csv under one header (second header line(s) at line {second})\n"
        )
    );
    assert_eq!(a.read("timelog.csv"), merged);
    a.ok(&["repair"]);
    let fixed = a.read("timelog.csv");
    assert_eq!(fixed.lines().next().unwrap(), TIMELOG_FULL);
    assert_eq!(fixed.lines().filter(|l| l.starts_with("id,")).count(), 1, "{fixed}");
    assert_eq!(a.ok(&["check"]), "");
    let rows = a.rows("timelog.csv");
    assert_eq!(
        rows.iter()
            .map(|r| (
                r["client"].as_str(),
                r["kind"].as_str(),
                r["notice"].as_str(),
                r["hours"].as_str()
            ))
            .collect::<Vec<_>>(),
        [("north", "cancellation", "1:00", "2:00"), ("south", "work", "", "1:30")]
    );
    assert!(rows[1]["source"].starts_with("timeclock:"), "{:?}", rows[1]);
    a.log(&["south", "1", "--date", "2026-03-07"]);
    assert_eq!(row_for(&a.csv(&["report", "balances"]), "south")["consumed"], "2.50");
}

const TIMELOG_FULL: &str =
    "id,date,client,person,hours,charged,project,service,billable,rate,kind,note,notice,source";

#[test]
fn an_alert_delivered_on_two_clones_is_a_check_warning_naming_both_rows() {
    let a = repo();
    add_bank(&a, "acme", "a bank client");
    a.buy(&["acme", "--hours", "10", "--date", "2026-11-01", "--never-expires"]);
    a.log(&["acme", "8", "--date", "2026-11-02"]);
    commit(&a, "acme");
    let b = clone(&a);
    // Both clones run the morning job (no [notify] host): each delivers the alert.
    for l in [&a, &b] {
        assert_eq!(
            l.ok(&["notify-check", "--as-of", "2026-11-02"]),
            "acme: low: 20.00 % left (2.00 h available), below 25 %\n"
        );
        commit(l, "alerts sent");
    }
    merge_from(&a, &b);
    assert_eq!(a.rows("notifications.csv").len(), 2);
    let out = a.run(&["check"]);
    assert_eq!(out.status.code(), Some(0), "a warning, not an error");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "notifications.csv:3: warning: the alert \"acme low 25\" was delivered twice (first at notifications.csv:2): two clones ran notify-check; set [notify] host in hourbank.toml to the one machine that delivers alerts\n"
    );
    // It blocks nothing, and the alert is not sent a third time.
    assert_eq!(a.ok(&["notify-check", "--as-of", "2026-11-03"]), "");
}

/// `a` logs a cancellation for north, `b` imports 1:30 of work for south; each commits.
/// Returns the import's stderr.
fn cancel_here_import_there(a: &TestLedger, b: &TestLedger) -> String {
    a.log(&["north", "2", "--cancelled", "--notice", "1", "--date", "2026-03-05"]);
    commit(a, "cancelled");
    let work = b.config.path().join("work.timeclock");
    std::fs::write(&work, "i 2026-03-06 09:00 south\no 2026-03-06 10:30\n").unwrap();
    let out = b.run(&["import", "timeclock", &work.to_string_lossy(), "--client", "south"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    commit(b, "imported");
    String::from_utf8_lossy(&out.stderr).into_owned()
}
