//! A clone's git set-up (`git-setup`, its pre-commit hook) and `sync`: commit, pull,
//! check, push, against a shared bare repository as a team has.

use std::os::unix::fs::PermissionsExt;

use super::support::*;

/// The driver line `git-setup` writes: this test binary by its absolute path.
fn driver() -> String {
    let bin = assert_cmd::cargo::cargo_bin("hourbank").canonicalize().unwrap();
    format!("{} merge-driver %O %A %B %P", bin.display())
}

fn hook_line(ledger: &str) -> String {
    let bin = assert_cmd::cargo::cargo_bin("hourbank").canonicalize().unwrap();
    format!("exec {} --ledger {ledger} check --structural >&2", bin.display())
}

fn commit_all(l: &TestLedger, message: &str) -> std::process::Output {
    git_output(l.path(), &["add", "-A"]);
    git_output(l.path(), &["commit", "--quiet", "-m", message])
}

#[test]
fn git_setup_writes_the_driver_the_rules_and_a_hook_that_refuses_structural_errors_only() {
    let l = TestLedger::new();
    l.add_payg("north");
    l.git(&["init", "--quiet", "--initial-branch=main"]);
    // A fresh clone without the set-up: check says so.
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        ".gitattributes: warning: this clone has no merge driver hourbank in .git/config: git merges the ledger's files as text; run `hourbank git-setup`\n"
    );
    let hook = l.path().join(".git/hooks/pre-commit");
    let before = l.snapshot();
    assert_eq!(
        l.ok(&["git-setup", "--hooks", "--dry-run"]),
        format!(
            "dry run: set the merge driver in .git/config: {}\n.gitattributes already merges *.csv and *.toml with hourbank\ndry run: installed the pre-commit hook {}: a commit of a ledger with errors that stop every write is refused\n",
            driver(),
            hook.display()
        )
    );
    assert!(l.snapshot() == before);
    assert!(!hook.exists());
    assert!(git_output(l.path(), &["config", "--get", "merge.hourbank.driver"]).stdout.is_empty());
    l.ok(&["git-setup", "--hooks"]);
    assert_eq!(l.git(&["config", "--get", "merge.hourbank.driver"]), driver() + "\n");
    let text = std::fs::read_to_string(&hook).unwrap();
    assert!(text.ends_with(&format!("{}\n", hook_line("."))), "{text}");
    assert_eq!(std::fs::metadata(&hook).unwrap().permissions().mode() & 0o111, 0o111);
    assert_eq!(l.ok(&["check"]), "");
    assert_eq!(
        l.ok(&["git-setup", "--hooks"]),
        format!(
            "merge driver already set in .git/config: {}\n.gitattributes already merges *.csv and *.toml with hourbank\npre-commit hook already installed: {}\n",
            driver(),
            hook.display()
        )
    );
    assert_eq!(commit_all(&l, "ledger").status.code(), Some(0));
    // A row that cannot be read stops the commit, with its place.
    l.append("timelog.csv", "t-1,2026-13-01,north,,1:00,1:00,,,yes,,work,,,\n");
    let out = commit_all(&l, "bad row");
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("timelog.csv:2: "), "{out:?}");
    assert_eq!(l.git(&["rev-list", "--count", "HEAD"]), "1\n");
    // A failed balance assertion does not (it is a fact to look at, not a broken file).
    let good = l.read("timelog.csv").replace("2026-13-01", "2026-11-01");
    l.write("timelog.csv", &good);
    l.ok(&["adjust", "north", "--assert", "5:00", "--date", "2026-11-02", "--reason", "count"]);
    assert_eq!(l.run(&["check"]).status.code(), Some(1), "check itself fails");
    assert_eq!(commit_all(&l, "assertion").status.code(), Some(0));
    assert_eq!(l.git(&["rev-list", "--count", "HEAD"]), "2\n");
    // A conflict marker stops every write: the commit too.
    let clean = l.read("timelog.csv");
    l.append("timelog.csv", "<<<<<<< ours\n");
    let out = commit_all(&l, "marker");
    assert_ne!(out.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("timelog.csv:3: a merge conflict marker")
    );
    // A merge leftover stops only its client's writes: the commit goes on.
    let row = clean.lines().nth(1).unwrap().to_string();
    l.write("timelog.csv", &format!("{clean}{row}\n"));
    assert_eq!(l.run(&["check"]).status.code(), Some(1));
    assert_eq!(commit_all(&l, "duplicate").status.code(), Some(0));
    assert_eq!(l.git(&["rev-list", "--count", "HEAD"]), "3\n");
}

#[test]
fn git_setup_leaves_a_hook_of_someone_else_alone_and_needs_a_repository() {
    let l = TestLedger::new();
    let before = l.snapshot();
    l.refused(&["git-setup"], "is not in a git repository; nothing was set up");
    assert!(l.snapshot() == before);
    l.git(&["init", "--quiet"]);
    let hook = l.path().join(".git/hooks/pre-commit");
    std::fs::write(&hook, "#!/bin/sh\nmake lint\n").unwrap();
    let out = l.run(&["git-setup", "--hooks"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "error: {} exists and is not hourbank's; it was left as it is\nhint: add this line to it: {}\n",
            hook.display(),
            hook_line(".").trim_start_matches("exec ").trim_end_matches(" >&2")
        )
    );
    assert_eq!(std::fs::read_to_string(&hook).unwrap(), "#!/bin/sh\nmake lint\n");
}

/// A shared bare repository and two clones of the ledger in it, set up.
fn team() -> (tempfile::TempDir, TestLedger, TestLedger) {
    let origin = tempfile::tempdir().unwrap();
    git(origin.path(), &["init", "--quiet", "--bare", "--initial-branch=main"]);
    let url = origin.path().to_string_lossy().to_string();
    let a = TestLedger::new();
    a.add_payg("north");
    a.add_payg("south");
    a.git(&["init", "--quiet", "--initial-branch=main"]);
    a.ok(&["git-setup"]);
    assert_eq!(commit_all(&a, "ledger").status.code(), Some(0));
    a.git(&["remote", "add", "origin", &url]);
    a.git(&["push", "--quiet", "-u", "origin", "main"]);
    let tmp = tempfile::tempdir().unwrap();
    git(tmp.path(), &["clone", "--quiet", &url, "."]);
    let b = TestLedger { tmp, config: tempfile::tempdir().unwrap() };
    // A clone without the driver would merge the ledger as text: sync says so first.
    b.log(&["north", "0:30", "--date", "2026-11-01"]);
    let before = b.snapshot();
    let head = b.git(&["rev-parse", "HEAD"]);
    b.refused(
        &["sync"],
        "this clone has no merge driver hourbank in .git/config; nothing was synced",
    );
    assert!(b.snapshot() == before);
    assert_eq!(b.git(&["rev-parse", "HEAD"]), head);
    git(b.path(), &["checkout", "--quiet", "--", "timelog.csv"]);
    b.ok(&["git-setup"]);
    (origin, a, b)
}

fn origin_head(origin: &tempfile::TempDir) -> String {
    git(origin.path(), &["rev-parse", "main"])
}

#[test]
fn sync_commits_only_the_ledger_pulls_checks_and_pushes() {
    let (origin, a, b) = team();
    a.log(&["north", "1", "--date", "2026-11-02"]);
    // Files that are not the ledger's are never committed, staged or not.
    a.write("notes.txt", "call Acme\n");
    a.write("draft.txt", "x\n");
    a.git(&["add", "draft.txt"]);
    assert_eq!(
        a.ok(&["sync"]),
        "committed timelog.csv\npulled: origin/main had nothing new\npushed to origin/main\n"
    );
    assert_eq!(a.git(&["log", "-1", "--format=%s"]), "hourbank sync by tester\n");
    assert_eq!(a.git(&["show", "--name-only", "--format=", "HEAD"]), "timelog.csv\n");
    assert_eq!(a.git(&["status", "--porcelain"]), "A  draft.txt\n?? notes.txt\n");
    b.log(&["north", "2", "--date", "2026-11-03"]);
    assert_eq!(
        b.ok(&["sync", "-m", "b's work"]),
        "committed timelog.csv\npulled and merged origin/main\npushed to origin/main\n"
    );
    assert_eq!(
        a.ok(&["sync"]),
        "nothing to commit\npulled and merged origin/main\nnothing to push\n"
    );
    for l in [&a, &b] {
        assert_eq!(row_for(&l.csv(&["report", "balances"]), "north")["consumed"], "3.00");
    }
    assert_eq!(origin_head(&origin), a.git(&["rev-parse", "HEAD"]));
}

#[test]
fn sync_stops_before_pushing_on_a_conflict_or_an_error_and_says_what_to_do() {
    let (origin, a, b) = team();
    // Both clones issue INV-2026-0001: the merge is clean, the ledger is not.
    a.log(&["north", "2", "--date", "2026-03-05"]);
    a.ok(&["invoice", "north", "--month", "2026-03", "--date", "2026-04-01"]);
    a.ok(&["sync"]);
    b.log(&["south", "2", "--date", "2026-03-05"]);
    b.ok(&["invoice", "south", "--month", "2026-03", "--date", "2026-04-02"]);
    let pushed = origin_head(&origin);
    let out = b.run(&["sync"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "committed invoice-lines.csv, invoice-rows.csv, invoices.csv, timelog.csv\npulled and merged origin/main\n"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("error: the merged ledger has errors; nothing was pushed:\ninvoices.csv:3: duplicate invoice number INV-2026-0001"),
        "{stderr}"
    );
    assert!(stderr.ends_with("hint: fix them (`hourbank check` lists them with what to do), then run `hourbank sync` again\n"), "{stderr}");
    assert_eq!(origin_head(&origin), pushed, "nothing was pushed");
    b.ok(&["invoice", "renumber"]);
    assert_eq!(
        b.ok(&["sync"]),
        "committed invoice-lines.csv, invoices.csv\npulled: origin/main had nothing new\npushed to origin/main\n"
    );
    // Both change one client's rate: a conflict, left for a person to choose.
    a.ok(&["sync"]);
    a.ok(&["client", "set", "north", "--rate", "110"]);
    a.ok(&["sync"]);
    b.ok(&["client", "set", "north", "--rate", "120"]);
    let pushed = origin_head(&origin);
    let out = b.run(&["sync"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: the merge with origin/main left conflicts in clients.toml; nothing was pushed\nhint: choose between the versions git marked (`hourbank check` names the markers at their lines), `git add` the files and `git commit`, then run `hourbank sync` again\n"
    );
    assert!(b.read("clients.toml").contains("<<<<<<< ours"));
    assert_eq!(origin_head(&origin), pushed);
    // Until the merge is concluded, sync refuses to start another.
    b.refused(&["sync"], "a merge is in progress; nothing was synced");
}
