//! Ledgers under git: two clones that each append, merged with the driver that
//! `init` and `git-setup` set up (and, for ledgers of older versions, without it).

use super::support::*;

/// A ledger in a git repository with its first commit.
fn repo() -> TestLedger {
    let l = TestLedger::new();
    l.add_payg("north");
    l.add_payg("south");
    l.git(&["init", "--quiet", "--initial-branch=main"]);
    l.ok(&["git-setup"]);
    l.git(&["add", "-A"]);
    l.git(&["commit", "--quiet", "-m", "ledger"]);
    l
}

fn commit(l: &TestLedger, message: &str) {
    l.git(&["add", "-A"]);
    l.git(&["commit", "--quiet", "-m", message]);
}

/// A clone of `origin` set up as the README says (`hourbank git-setup`).
fn clone_of(origin: &TestLedger) -> TestLedger {
    let l = clone(origin);
    l.ok(&["git-setup"]);
    l
}

/// Makes `l` a ledger of an older version, whose CSV files merge with git's `union`.
fn union_rules(l: &TestLedger) {
    l.write(".gitattributes", "*.csv merge=union\n*.toml merge=hourbank\n");
    commit(l, "an older ledger");
}

/// The driver line `git-setup` writes: this test binary by its absolute path.
fn driver() -> String {
    let bin = assert_cmd::cargo::cargo_bin("hourbank").canonicalize().unwrap();
    format!("{} merge-driver %O %A %B %P", bin.display())
}

/// Merges `other`'s main branch into `l`'s.
fn merge_from(l: &TestLedger, other: &TestLedger) {
    let path = other.path().to_string_lossy().to_string();
    l.git(&["pull", "--quiet", "--no-rebase", "--no-edit", &path, "main"]);
}

/// Two clones that each invoice March for another client, `b` one day later, and
/// record a payment on their own invoice; merged into `a`. Both invoices are numbered
/// INV-2026-0001.
fn two_clones_issue_one_number() -> (TestLedger, TestLedger) {
    let a = repo();
    let b = clone_of(&a);
    for (l, client, date, paid) in
        [(&a, "north", "2026-04-01", "50"), (&b, "south", "2026-04-02", "150")]
    {
        l.log(&[client, "2", "--date", "2026-03-05"]);
        l.ok(&["invoice", client, "--month", "2026-03", "--date", date]);
        l.ok(&["invoice", "pay", "INV-2026-0001", "--amount", paid, "--date", date]);
        if client == "south" {
            // Sent to the client: `renumber` says so.
            l.ok(&["client", "set", client, "--email", "ap@south.example"]);
            l.write(".hourbank.local.toml", "[notify]\ncommand = [\"true\"]\n");
            l.ok(&["invoice", "--show", "INV-2026-0001", "--send"]);
        }
        commit(l, client);
    }
    merge_from(&a, &b);
    (a, b)
}

/// (number, client, total, paid, outstanding) of every invoice.
fn invoice_table(l: &TestLedger) -> Vec<[String; 5]> {
    l.csv(&["report", "invoices"])
        .iter()
        .map(|i| ["number", "client", "total", "paid", "outstanding"].map(|c| i[c].clone()))
        .collect()
}

fn own5(rows: &[[&str; 5]]) -> Vec<[String; 5]> {
    rows.iter().map(|r| r.map(str::to_string)).collect()
}

#[test]
fn a_payment_follows_its_invoice_through_a_duplicate_number_and_renumber() {
    let (a, _b) = two_clones_issue_one_number();
    let lines = a.rows("invoice-lines.csv");
    assert_eq!(lines.len(), 2, "both lines survive the merge");
    assert!(lines.iter().all(|l| l["invoice"] == "INV-2026-0001" && l["amount"] == "200.00"));
    let out = a.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let found = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        found.starts_with("invoices.csv:3: duplicate invoice number INV-2026-0001 (also at invoices.csv:2): two clones each issued one; `hourbank invoice renumber` gives the later one the next free number"),
        "{found}"
    );
    // Each payment counts against its own invoice (by invoice_id), not against both.
    let before = own5(&[
        ["INV-2026-0001", "north", "200.00", "50.00", "150.00"],
        ["INV-2026-0001", "south", "200.00", "150.00", "50.00"],
    ]);
    assert_eq!(invoice_table(&a), before);
    // Which invoice `pay` means is for renumber to settle first.
    let unchanged = a.snapshot();
    a.refused(
        &["invoice", "pay", "INV-2026-0001", "--amount", "1"],
        "two invoices are numbered INV-2026-0001 (two clones each issued one)\nhint: give the later one its own number first: hourbank invoice renumber",
    );
    assert_eq!(
        a.ok(&["invoice", "renumber", "--dry-run"]),
        "dry run: INV-2026-0001 -> INV-2026-0002 (south, 2026-04-02, sent 2026-11-23)\n"
    );
    assert!(a.snapshot() == unchanged, "a dry run changes nothing");
    let out = a.run(&["invoice", "renumber"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "INV-2026-0001 -> INV-2026-0002 (south, 2026-04-02, sent 2026-11-23)\n"
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "tell a client who already has one of these invoices its new number\n"
    );
    assert_eq!(a.ok(&["check"]), "");
    // The row, its line and its payment carry the new number; nothing else changed.
    let numbers = |file: &str, column: &str| -> Vec<String> {
        a.rows(file).iter().map(|r| r[column].clone()).collect()
    };
    assert_eq!(numbers("invoices.csv", "number"), ["INV-2026-0001", "INV-2026-0002"]);
    assert_eq!(numbers("invoice-lines.csv", "invoice"), ["INV-2026-0001", "INV-2026-0002"]);
    assert_eq!(numbers("payments.csv", "invoice"), ["INV-2026-0001", "INV-2026-0002"]);
    let after = own5(&[
        ["INV-2026-0001", "north", "200.00", "50.00", "150.00"],
        ["INV-2026-0002", "south", "200.00", "150.00", "50.00"],
    ]);
    assert_eq!(invoice_table(&a), after);
    for number in ["INV-2026-0001", "INV-2026-0002"] {
        let shown = a.csv(&["invoice", "--show", number]);
        assert_eq!(shown.len(), 1, "{number} has its one line");
        assert_eq!(shown[0]["amount"], "200.00");
    }
    assert_eq!(
        a.ok(&["invoice", "renumber"]),
        "no two invoices share a number; nothing to renumber\n"
    );
    a.ok(&["invoice", "pay", "INV-2026-0002"]);
    assert_eq!(a.rows("payments.csv")[2]["invoice_id"], a.rows("invoices.csv")[1]["id"]);
}

#[test]
fn a_duplicate_invoice_number_blocks_only_its_clients_while_reads_and_cron_go_on() {
    let (a, _b) = two_clones_issue_one_number();
    a.ok(&["client", "add", "acme", "--name", "Acme", "--type", "bank", "--email", "o@acme.test"]);
    a.buy(&["acme", "--hours", "10", "--date", "2026-03-01"]);
    a.log(&["acme", "9:30", "--date", "2026-03-06"]);
    // Reads print the consistency error on stderr and run; which of the two
    // invoices `--show` means is for renumber to settle.
    a.refused(&["invoice", "--show", "INV-2026-0001"], "two invoices are numbered INV-2026-0001");
    for args in [&["report", "balances"][..], &["client", "list"], &["report", "invoices"]] {
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
    // Another client's work goes on, the error on stderr.
    let out = a.run(&["log-time", "acme", "0:10", "--date", "2026-03-07"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("duplicate invoice number INV-2026-0001")
    );
    assert_eq!(a.rows("timelog.csv").last().unwrap()["hours"], "0:10");
    // An import goes on for acme, and waits when a row goes to one of the two.
    let work = a.config.path().join("work.timeclock");
    std::fs::write(&work, "i 2026-03-08 09:00 acme\no 2026-03-08 09:10\n").unwrap();
    let work = work.to_string_lossy().to_string();
    a.ok(&["import", "timeclock", &work, "--client", "acme"]);
    let last = a.rows("timelog.csv").pop().unwrap();
    assert_eq!((last["date"].as_str(), last["hours"].as_str()), ("2026-03-08", "0:10"));
    assert!(last["source"].starts_with("timeclock:"), "{last:?}");
    std::fs::write(&work, "i 2026-03-09 09:00 x\no 2026-03-09 10:30\n").unwrap();
    // The clients of the two invoices wait for the renumbering.
    for client in ["north", "south"] {
        let before = a.snapshot();
        a.refused(&["log-time", client, "0:10"], "duplicate invoice number INV-2026-0001");
        a.refused(&["import", "timeclock", &work, "--client", client], "duplicate invoice number");
        assert!(a.snapshot() == before);
    }
    a.ok(&["invoice", "renumber"]);
    a.log(&["north", "0:10", "--date", "2026-04-03"]);
}

#[test]
fn a_lot_edited_on_two_branches_is_one_lot_again_after_deleting_a_version() {
    let a = repo();
    union_rules(&a);
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
            "purchases.csv:3: duplicate id \"{lot}\" (first used at purchases.csv:2): when both lines are versions of one row (a merge without the hourbank driver kept both), delete the version you do not want"
        )),
        "{found}"
    );
    // Another client's writes go on; acme's wait, but for removing one version.
    a.log(&["north", "1", "--date", "2026-03-02"]);
    a.refused(&["log-time", "acme", "1"], &format!("duplicate id \"{lot}\""));
    a.refused(&["bank", "remove", &lot], "two rows have the id");
    let text = a.read("purchases.csv");
    let line = text.lines().position(|l| l.contains("edited on b")).unwrap() + 1;
    let out = a.ok(&["bank", "remove", &format!("purchases.csv:{line}")]);
    assert!(out.starts_with(&format!("acme: removed lot {lot} (2026-03-01, 10:00)")), "{out}");
    let kept: Vec<&str> = text.lines().filter(|l| !l.contains("edited on b")).collect();
    assert_eq!(a.read("purchases.csv"), kept.join("\n") + "\n");
    // Until git-setup adds the CSV rule, check says the ledger merges without it.
    let out = a.run(&["check"]);
    assert_eq!(out.status.code(), Some(0), "a warning, not an error");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        ".gitattributes: warning: git does not merge *.csv (merge: union) with hourbank's driver: a merge can bring back removed rows or leave two header lines; run `hourbank git-setup`\n"
    );
    assert_eq!(
        a.ok(&["git-setup"]),
        format!(
            "merge driver already set in .git/config: {}\nadded `*.csv merge=hourbank` to .gitattributes (commit it, so every clone merges alike)\n",
            driver()
        )
    );
    assert_eq!(
        a.read(".gitattributes"),
        "*.csv merge=union\n*.toml merge=hourbank\n*.csv merge=hourbank\n"
    );
    assert_eq!(a.ok(&["check"]), "");
    assert_eq!(row_for(&a.csv(&["report", "balances"]), "acme")["purchased"], "10.00");
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
    let b = clone_of(&a);
    add_bank(&a, "acme", "met at the fair");
    a.buy(&["acme", "--hours", "10", "--date", "2026-03-01"]);
    a.log(&["acme", "2", "--date", "2026-03-02"]);
    a.log(&["north", "2", "--date", "2026-03-05"]);
    a.ok(&["invoice", "north", "--month", "2026-03", "--date", "2026-04-01"]);
    commit(&a, "acme");
    add_bank(&b, "beta", "a referral");
    // b issues invoices in its own series, so the two clones never collide.
    b.write(".hourbank.local.toml", "[invoice]\nseries = \"B\"\n");
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
    assert_eq!(a.ok(&["check"]), "");
    assert!(!a.path().join(".hourbank.local.toml").exists(), "b's own settings stay on b");
    let balances = a.csv(&["report", "balances"]);
    assert_eq!(row_for(&balances, "acme")["available"], "8.00");
    assert_eq!(row_for(&balances, "beta")["available"], "3.75");
    assert_eq!(row_for(&balances, "north")["consumed"], "2.00");
    assert_eq!(row_for(&balances, "south")["consumed"], "2.00");
    let invoices = a.csv(&["report", "invoices"]);
    assert_eq!(
        invoices.iter().map(|i| (i["number"].as_str(), i["total"].as_str())).collect::<Vec<_>>(),
        [("INV-2026-0001", "200.00"), ("INV-B-2026-0001", "200.00")]
    );
    // Both people go on from the merged ledger.
    a.log(&["beta", "1", "--date", "2026-04-02"]);
    assert_eq!(row_for(&a.csv(&["report", "balances"]), "beta")["available"], "2.75");
}

#[test]
fn the_same_key_changed_on_two_branches_is_a_conflict_with_markers() {
    let a = repo();
    let b = clone_of(&a);
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
    // `init` writes every column, so neither clone extends the header.
    let a = repo();
    let b = clone_of(&a);
    let stderr = cancel_here_import_there(&a, &b);
    assert!(!stderr.contains("added column"), "{stderr}");
    let header = a.read("timelog.csv").lines().next().unwrap().to_string();
    assert!(header.ends_with(",note,notice,source,by,edited_by,multiplier"), "{header}");
    let row_of = |l: &TestLedger| l.read("timelog.csv").lines().nth(1).unwrap().to_string();
    let (ours, theirs) = (row_of(&a), row_of(&b));
    merge_from(&a, &b);
    assert_eq!(a.read("timelog.csv"), format!("{header}\n{ours}\n{theirs}\n"));
    assert_eq!(a.ok(&["check"]), "");
    both_rows_arrived(&a);
    // The next write goes on from the merged ledger.
    a.log(&["south", "1", "--date", "2026-03-07"]);
    assert_eq!(row_for(&a.csv(&["report", "balances"]), "south")["consumed"], "2.50");
}

#[test]
fn a_second_header_line_from_a_union_merge_is_an_error_at_its_line_and_repair_fixes_it() {
    // A ledger of an older version: its time log lacks `notice` and `source`, so a
    // cancellation on one clone and an import on the other each extend the header,
    // and its CSV files merge with git's union.
    let a = repo();
    union_rules(&a);
    a.write(
        "timelog.csv",
        "id,date,client,person,hours,charged,project,service,billable,rate,kind,note\n",
    );
    commit(&a, "an older ledger");
    let b = clone(&a);
    cancel_here_import_there(&a, &b);
    merge_from(&a, &b);
    let merged = a.read("timelog.csv");
    let second = merged.lines().position(|l| l.ends_with(",note,source,by")).unwrap() + 1;
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
    a.ok(&["git-setup"]);
    let fixed = a.read("timelog.csv");
    // The first header's columns, then the second's it lacked.
    assert_eq!(
        fixed.lines().next().unwrap(),
        "id,date,client,person,hours,charged,project,service,billable,rate,kind,note,notice,by,source"
    );
    assert_eq!(fixed.lines().filter(|l| l.starts_with("id,")).count(), 1, "{fixed}");
    assert_eq!(a.ok(&["check"]), "");
    both_rows_arrived(&a);
    a.log(&["south", "1", "--date", "2026-03-07"]);
    assert_eq!(row_for(&a.csv(&["report", "balances"]), "south")["consumed"], "2.50");
}

#[test]
fn an_alert_delivered_on_two_clones_is_a_check_warning_naming_both_rows() {
    let a = repo();
    add_bank(&a, "acme", "a bank client");
    a.buy(&["acme", "--hours", "10", "--date", "2026-11-01", "--never-expires"]);
    a.log(&["acme", "8", "--date", "2026-11-02"]);
    commit(&a, "acme");
    let b = clone_of(&a);
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

/// The merged time log holds `a`'s cancellation and `b`'s import, each with the
/// values of its own columns, and the next write goes on from it.
fn both_rows_arrived(a: &TestLedger) {
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

#[test]
fn two_clones_invoicing_one_month_block_only_that_client_until_one_is_voided() {
    let a = repo();
    a.log(&["north", "2", "--date", "2026-03-05"]);
    commit(&a, "work");
    let b = clone_of(&a);
    a.ok(&["invoice", "north", "--month", "2026-03", "--date", "2026-04-01"]);
    commit(&a, "invoice a");
    b.ok(&["invoice", "north", "--month", "2026-03", "--date", "2026-04-02"]);
    commit(&b, "invoice b");
    merge_from(&a, &b);
    a.ok(&["invoice", "renumber"]);
    let out = a.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "invoices.csv:3: invoice INV-2026-0002 (2026-03-01 to 2026-03-31) overlaps invoice INV-2026-0001 (2026-03-01 to 2026-03-31) of client north: the same work would be billed twice; void the later one with `hourbank invoice credit INV-2026-0002 --all`\ntimelog.csv:2: warning: north: work 2026-03 differs from what was invoiced; the next invoice of north settles it\n"
    );
    // north waits; south goes on, the error on stderr.
    let before = a.snapshot();
    a.refused(
        &["log-time", "north", "1", "--date", "2026-04-03"],
        "overlaps invoice INV-2026-0001",
    );
    a.refused(&["invoice", "north", "--month", "2026-04", "--date", "2026-05-01"], "overlaps");
    assert!(a.snapshot() == before);
    let out = a.run(&["log-time", "south", "1", "--date", "2026-04-03"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("overlaps invoice INV-2026-0001"));
    // The fix is never blocked by what it fixes.
    a.ok(&["invoice", "credit", "INV-2026-0002", "--all", "--reason", "issued twice"]);
    assert_eq!(a.ok(&["check"]), "");
    let statuses: Vec<(String, String)> = a
        .csv(&["report", "invoices"])
        .iter()
        .map(|i| (i["number"].clone(), i["status"].clone()))
        .collect();
    assert_eq!(
        statuses,
        [
            ("INV-2026-0001".to_string(), "overdue".to_string()),
            ("INV-2026-0002".to_string(), "void".to_string()),
            ("INV-2026-0003".to_string(), "applied".to_string()),
        ]
    );
    // March is billed once: April's invoice bills only April.
    a.log(&["north", "1", "--date", "2026-04-03"]);
    let april = json(&a, &["invoice", "north", "--month", "2026-04", "--date", "2026-05-01"]);
    assert_eq!(april["total"].to_string(), "100.00");
}

#[test]
fn a_lot_invoiced_after_its_month_was_invoiced_never_blocks_the_ledger() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--blocks", "1", "--date", "2026-10-05"]);
    l.ok(&["invoice", "acme", "--month", "2026-10", "--date", "2026-11-02"]);
    let out = l.buy(&["acme", "--blocks", "1", "--date", "2026-10-20", "--invoice"]);
    assert!(out.contains("; invoiced as INV-2026-0002 (900.00 EUR)"), "{out}");
    assert_eq!(l.ok(&["check"]), "");
    l.log(&["acme", "1", "--date", "2026-11-03"]);
    // October's corrections do not bill the lot again: it has its own invoice.
    l.refused(
        &["invoice", "acme", "--corrections-only", "--date", "2026-11-10"],
        "no pending corrections",
    );
}

#[test]
fn a_series_that_would_break_the_numbers_refuses_to_issue_and_check_names_it() {
    let l = repo();
    l.log(&["north", "2", "--date", "2026-03-05"]);
    l.write(".hourbank.local.toml", "[invoice]\nseries = \"B-1\"\n");
    let before = l.snapshot();
    l.refused(
        &["invoice", "north", "--month", "2026-03", "--date", "2026-04-01"],
        "refused: .hourbank.local.toml has errors:\n.hourbank.local.toml:2: invoice.series: \"B-1\": a series is 1 to 12 letters or digits, e.g. \"B\"",
    );
    assert!(l.snapshot() == before);
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(".hourbank.local.toml:2: invoice.series")
    );
    l.write(".hourbank.local.toml", "[invoice]\nseries = \"B\"\n");
    let out = l.ok(&["invoice", "north", "--month", "2026-03", "--date", "2026-04-01"]);
    assert!(out.contains("INV-B-2026-0001"), "{out}");
    assert_eq!(l.rows("invoices.csv")[0]["number"], "INV-B-2026-0001");
}

#[test]
fn one_client_added_on_two_clones_is_one_conflict_never_a_mix() {
    let a = repo();
    let b = clone_of(&a);
    a.ok(&["client", "add", "acme", "--name", "Acme", "--type", "payg", "--rate", "100"]);
    commit(&a, "acme on a");
    b.ok(&["client", "add", "acme", "--name", "Acme", "--type", "bank"]);
    b.ok(&["client", "set", "acme", "--block-hours", "10", "--block-price", "900"]);
    commit(&b, "acme on b");
    let path = b.path().to_string_lossy().to_string();
    let out = git_output(a.path(), &["pull", "--quiet", "--no-rebase", "--no-edit", &path, "main"]);
    assert_ne!(out.status.code(), Some(0), "git stops for a person to choose");
    let clients = a.read("clients.toml");
    let acme = &clients[clients.find("[clients.acme]").unwrap()..];
    let (ours, rest) = acme.split_once("=======\n").unwrap();
    let (ours, theirs) = (ours.split_once("<<<<<<< ours\n").unwrap().1, rest);
    assert!(ours.contains("type = \"payg\"") && ours.contains("rate = \"100.00\""), "{acme}");
    assert!(!ours.contains("block_price"), "no key of theirs among ours: {acme}");
    assert!(
        theirs.contains("type = \"bank\"") && theirs.contains("block_price = \"900.00\""),
        "{acme}"
    );
    assert!(!theirs.contains("rate = "), "{acme}");
    let out = a.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let line = clients.lines().position(|l| l == "<<<<<<< ours").unwrap() + 1;
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(&format!("clients.toml:{line}:")),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn an_edit_and_a_removal_next_to_appends_merge_as_made() {
    let a = repo();
    a.ok(&["client", "add", "acme", "--name", "Acme", "--type", "bank"]);
    a.ok(&["client", "set", "acme", "--block-hours", "10", "--block-price", "900"]);
    a.buy(&["acme", "--blocks", "1", "--date", "2026-03-01", "--never-expires"]);
    a.buy(&["acme", "--blocks", "3", "--date", "2026-03-02", "--never-expires"]);
    commit(&a, "lots");
    let ids: Vec<String> = a.rows("purchases.csv").iter().map(|r| r["id"].clone()).collect();
    let b = clone_of(&a);
    // a corrects the first lot's price and removes the second, bought by mistake; b
    // appends a lot meanwhile.
    a.ok(&["bank", "edit", &ids[0], "--price", "850"]);
    a.ok(&["bank", "remove", &ids[1]]);
    commit(&a, "fix lots");
    b.buy(&["acme", "--blocks", "1", "--date", "2026-03-05", "--never-expires"]);
    commit(&b, "new lot");
    merge_from(&a, &b);
    let rows = a.rows("purchases.csv");
    let lots: Vec<(&str, &str)> =
        rows.iter().map(|r| (r["date"].as_str(), r["price"].as_str())).collect();
    assert_eq!(lots, [("2026-03-01", "850.00"), ("2026-03-05", "900.00")]);
    assert_eq!(rows[0]["id"], ids[0]);
    assert_eq!(a.ok(&["check"]), "");
    assert_eq!(row_for(&a.csv(&["report", "balances"]), "acme")["purchased"], "20.00");
    // March's invoice bills the edited lot and b's, never the removed one.
    let v = json(&a, &["invoice", "acme", "--month", "2026-03", "--date", "2026-04-01"]);
    assert_eq!(v["total"].to_string(), "1750.00", "{v}");
}

#[test]
fn one_row_changed_on_both_clones_is_a_conflict_check_names_and_writes_wait_for() {
    let a = repo();
    a.ok(&["client", "add", "acme", "--name", "Acme", "--type", "bank"]);
    a.buy(&["acme", "--hours", "10", "--date", "2026-03-01", "--never-expires"]);
    commit(&a, "lot");
    let lot = a.rows("purchases.csv")[0]["id"].clone();
    let b = clone_of(&a);
    a.ok(&["bank", "edit", &lot, "--note", "edited on a"]);
    commit(&a, "edit a");
    b.ok(&["bank", "edit", &lot, "--note", "edited on b"]);
    commit(&b, "edit b");
    let path = b.path().to_string_lossy().to_string();
    let out = git_output(a.path(), &["pull", "--quiet", "--no-rebase", "--no-edit", &path, "main"]);
    assert_ne!(out.status.code(), Some(0), "git stops for a person to choose");
    let text = a.read("purchases.csv");
    let marker = text.lines().position(|l| l == "<<<<<<< ours").unwrap() + 1;
    let out = a.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let found = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        found.starts_with(&format!("purchases.csv:{marker}: a merge conflict marker: keep the version you want between <<<<<<< and >>>>>>>, delete the other and the marker lines, then commit\n")),
        "{found}"
    );
    // Markers are structural: every write waits, whichever client it concerns.
    let before = a.snapshot();
    a.refused(&["log-time", "north", "1"], "a merge conflict marker");
    assert!(a.snapshot() == before);
    // Keeping a's version resolves it.
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| {
            !l.starts_with("<<<<<<<")
                && !l.starts_with("=======")
                && !l.starts_with(">>>>>>>")
                && !l.contains("edited on b")
        })
        .collect();
    a.write("purchases.csv", &(kept.join("\n") + "\n"));
    assert_eq!(a.ok(&["check"]), "");
    assert_eq!(a.rows("purchases.csv")[0]["note"], "edited on a");
}

#[test]
fn renumber_orders_one_days_invoices_by_their_time_of_issue_and_follows_credit_notes() {
    let a = repo();
    let b = clone_of(&a);
    a.log(&["north", "2", "--date", "2026-03-05"]);
    a.ok(&["invoice", "north", "--month", "2026-03", "--date", "2026-04-01"]);
    commit(&a, "north");
    b.log(&["south", "2", "--date", "2026-03-05"]);
    b.ok(&["invoice", "south", "--month", "2026-03", "--date", "2026-04-01"]);
    b.ok(&[
        "invoice",
        "credit",
        "INV-2026-0001",
        "--amount",
        "10",
        "--reason",
        "late",
        "--date",
        "2026-04-03",
    ]);
    commit(&b, "south");
    merge_from(&a, &b);
    // One date: the time of issue decides; b's was later in the day.
    let text = a.read("invoices.csv");
    let mut times = ["2026-04-01T09:00:00", "2026-04-01T15:00:00", "2026-04-03T10:00:00"].iter();
    let created = text.lines().next().unwrap().split(',').position(|c| c == "created").unwrap();
    let fixed: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(i, line)| {
            if i == 0 {
                return line.to_string();
            }
            // No field of these rows holds a comma.
            let mut fields: Vec<&str> = line.split(',').collect();
            fields[created] = times.next().unwrap();
            fields.join(",")
        })
        .collect();
    a.write("invoices.csv", &(fixed.join("\n") + "\n"));
    let ids: Vec<String> = a.rows("invoices.csv").iter().map(|r| r["id"].clone()).collect();
    assert_eq!(
        a.ok(&["invoice", "renumber"]),
        "INV-2026-0001 -> INV-2026-0003 (south, 2026-04-01)\n"
    );
    let rows = a.rows("invoices.csv");
    let seen: Vec<(&str, &str, &str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r["client"].as_str(),
                r["number"].as_str(),
                r["credits"].as_str(),
                r["credits_id"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("north", "INV-2026-0001", "", ""),
            ("south", "INV-2026-0003", "", ""),
            ("south", "INV-2026-0002", "INV-2026-0003", ids[1].as_str()),
        ]
    );
    assert_eq!(a.ok(&["check"]), "");
    let statuses: Vec<(String, String, String)> = a
        .csv(&["report", "invoices"])
        .iter()
        .map(|i| (i["number"].clone(), i["outstanding"].clone(), i["status"].clone()))
        .collect();
    let own3 = |v: &[(&str, &str, &str)]| -> Vec<(String, String, String)> {
        v.iter().map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())).collect()
    };
    assert_eq!(
        statuses,
        own3(&[
            ("INV-2026-0001", "200.00", "overdue"),
            ("INV-2026-0003", "190.00", "overdue"),
            ("INV-2026-0002", "0.00", "applied"),
        ])
    );
}
