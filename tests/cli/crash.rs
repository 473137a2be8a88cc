//! SPEC 12.8: a write that touches several files is one unit. Each test runs a write
//! under strace, killing it (SIGKILL) or failing a system call (ENOSPC, EIO) at
//! every call of each kind that changes files, then checks that the ledger is as
//! before the write or as after it, never between, and that a retry writes once.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Output;

use super::support::*;

/// The system calls a write changes files with: each kill or failure point.
const SYSCALLS: &[&str] =
    &["write", "rename", "fsync", "fdatasync", "mkdir", "linkat", "ftruncate"];

/// Whether strace is there; CI installs it (`.ci/run`), so there it must be.
fn have_strace() -> bool {
    let found =
        std::process::Command::new("strace").arg("-V").output().is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var("HOURBANK_REQUIRE_TOOLS").as_deref() != Ok("1"),
            "strace is required (HOURBANK_REQUIRE_TOOLS=1)"
        );
        eprintln!("skipped: apt-get install strace to run the kill and failure tests");
    }
    found
}

/// `hourbank --ledger DIR args` under strace with `-e ARGS` (the environment of
/// [`bin`]).
fn traced(l: &TestLedger, strace: &[String], args: &[&str]) -> Output {
    let mut pre: Vec<&str> = vec!["-f", "-qq"];
    pre.extend(strace.iter().map(String::as_str));
    l.wrapped("strace", &pre).args(args).output().expect("strace runs")
}

/// How often `args` calls `syscall` on a fresh ledger made by `setup`.
fn calls(
    setup: &dyn Fn() -> TestLedger,
    make_args: &dyn Fn(&TestLedger) -> Vec<String>,
    syscall: &str,
) -> usize {
    let l = setup();
    let owned = make_args(&l);
    let args: Vec<&str> = owned.iter().map(String::as_str).collect();
    let args = &args[..];
    let log = l.config.path().join("strace.log");
    let out = traced(&l, &[format!("-o{}", log.display()), format!("-etrace={syscall}")], args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::read_to_string(log).unwrap().lines().count()
}

/// The ledger's files, without the temporary files of rewrites (debris that `check`
/// warns of and the next write removes; never read as data).
fn files(l: &TestLedger) -> BTreeMap<String, Vec<u8>> {
    let mut files = l.snapshot();
    files.retain(|name, _| !name.starts_with(".hourbank-tmp-"));
    files
}

/// For every kill and failure point of `args` on a ledger made by `setup`: after
/// the next command the ledger is as before (`unchanged` accepts it) or `complete`
/// says it is whole; a retry then leaves it whole and `check` clean.
fn every_point(
    setup: &dyn Fn() -> TestLedger,
    args: &[&str],
    complete: &dyn Fn(&TestLedger) -> bool,
) -> (usize, usize) {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    every_point_with(setup, &|_| args.clone(), complete)
}

/// Like [`every_point`], with the arguments made for each ledger.
fn every_point_with(
    setup: &dyn Fn() -> TestLedger,
    make_args: &dyn Fn(&TestLedger) -> Vec<String>,
    complete: &dyn Fn(&TestLedger) -> bool,
) -> (usize, usize) {
    let (mut rolled_back, mut completed) = (0, 0);
    for syscall in SYSCALLS {
        let n = calls(setup, make_args, syscall);
        for when in 1..=n {
            for action in ["signal=KILL", "error=ENOSPC", "error=EIO"] {
                let l = setup();
                let owned = make_args(&l);
                let args: Vec<&str> = owned.iter().map(String::as_str).collect();
                let args = &args[..];
                let before = files(&l);
                let inject = format!("-einject={syscall}:{action}:when={when}");
                let out =
                    traced(&l, &[format!("-etrace={syscall}"), inject, "-o/dev/null".into()], args);
                let point = format!("{args:?} with {action} at {syscall} #{when}");
                assert_ne!(out.status.code(), Some(101), "{point} panicked");
                if action != "signal=KILL" && !out.status.success() {
                    // A failed write puts everything back before it exits.
                    assert_eq!(out.status.code(), Some(1), "{point}");
                    let stderr = String::from_utf8_lossy(&out.stderr);
                    assert!(stderr.starts_with("error: "), "{point}: {stderr}");
                    assert!(files(&l) == before, "{point} left a partial write: {stderr}");
                }
                // The next command (a report) rolls back what a killed write left.
                let check = l.run(&["check"]);
                // A temporary file of a rewrite killed before its record is a warning
                // until the next write removes it.
                let check_out: String = String::from_utf8_lossy(&check.stdout)
                    .lines()
                    .filter(|l| !l.ends_with("temporary file left by an interrupted write; the next write removes it"))
                    .map(|l| format!("{l}\n"))
                    .collect();
                if files(&l) == before {
                    rolled_back += 1;
                } else {
                    assert!(complete(&l), "{point} left a partial write:\n{check_out}");
                    completed += 1;
                }
                assert_eq!(check_out, "", "{point}");
                assert!(!undo_pending(l.path()), "{point}: a record is left");
                // A retry after any failure leaves one whole write.
                if files(&l) == before {
                    l.ok(args);
                }
                assert!(complete(&l), "{point}: the retry");
                assert_eq!(l.ok(&["check"]), "", "{point}: after the retry");
            }
        }
    }
    (rolled_back, completed)
}

fn undo_pending(dir: &Path) -> bool {
    std::fs::read_dir(dir.join(".hourbank-undo"))
        .map(|entries| {
            entries.flatten().any(|e| e.file_name().to_string_lossy().ends_with(".pending"))
        })
        .unwrap_or(false)
}

#[test]
fn bank_buy_with_invoice_is_one_unit_at_every_kill_and_failure_point() {
    if !have_strace() {
        return;
    }
    let (rolled_back, completed) = every_point(
        &TestLedger::with_acme,
        &["bank", "buy", "acme", "--blocks", "1", "--invoice", "--date", "2026-11-02"],
        &|l| {
            let lots = l.rows("purchases.csv");
            let invoices = l.rows("invoices.csv");
            let lines = l.rows("invoice-lines.csv");
            lots.len() == 1
                && invoices.len() == 1
                && invoices[0]["total"] == "900.00"
                && lines.len() == 1
                && lines[0]["lot"] == lots[0]["id"]
        },
    );
    assert!(rolled_back > 0 && completed > 0, "{rolled_back} rolled back, {completed} completed");
}

/// acme (bank) with a lot and 2:00 of work in November.
fn worked() -> TestLedger {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--blocks", "1", "--date", "2026-11-02"]);
    l.log(&["acme", "2:00", "--date", "2026-11-03"]);
    l
}

#[test]
fn invoice_is_one_unit_at_every_kill_and_failure_point() {
    if !have_strace() {
        return;
    }
    let (rolled_back, completed) = every_point(
        &worked,
        &["invoice", "acme", "--month", "2026-11", "--date", "2026-11-30"],
        &|l| {
            let invoices = l.rows("invoices.csv");
            invoices.len() == 1
                && invoices[0]["total"] == "900.00"
                && l.rows("invoice-lines.csv").iter().all(|r| r["invoice_id"] == invoices[0]["id"])
        },
    );
    assert!(rolled_back > 0 && completed > 0, "{rolled_back} rolled back, {completed} completed");
}

/// A prospect client with no work yet.
fn prospect() -> TestLedger {
    let l = TestLedger::new();
    l.ok(&[
        "client", "add", "lead", "--name", "Lead", "--type", "payg", "--rate", "100", "--status",
        "prospect",
    ]);
    l
}

#[test]
fn log_time_on_a_prospect_writes_the_row_and_the_activation_as_one_unit() {
    if !have_strace() {
        return;
    }
    let (rolled_back, completed) =
        every_point(&prospect, &["log-time", "lead", "1:00", "--date", "2026-11-20"], &|l| {
            l.rows("timelog.csv").len() == 1
                && l.read("clients.toml").contains("status = \"active\"")
        });
    assert!(rolled_back > 0 && completed > 0, "{rolled_back} rolled back, {completed} completed");
}

/// acme with hours, a timeclock file to import beside the ledger, and a time log whose
/// header lacks the `source` column an import adds (a ledger of an older version).
fn to_import() -> TestLedger {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "40", "--date", "2026-01-01"]);
    let old = l.read("timelog.csv").replace(",note,notice,source,by,edited_by,multiplier", ",note");
    l.write("timelog.csv", &old);
    std::fs::write(
        l.config.path().join("work.timeclock"),
        "i 2026-02-02 09:00 acme  design\no 2026-02-02 12:00\ni 2026-02-03 09:00 acme\no 2026-02-03 10:30\n",
    )
    .unwrap();
    l
}

#[test]
fn an_import_that_adds_a_header_column_is_one_unit() {
    if !have_strace() {
        return;
    }
    let (rolled_back, completed) = every_point_with(
        &to_import,
        &|l| {
            let file = l.config.path().join("work.timeclock").to_string_lossy().into_owned();
            ["import", "timeclock", &file, "--client", "acme"].map(String::from).to_vec()
        },
        &|l| {
            let rows = l.rows("timelog.csv");
            rows.len() == 2
                && rows.iter().all(|r| r["source"].starts_with("timeclock:work.timeclock:"))
                && l.read("timelog.csv")
                    .lines()
                    .next()
                    .is_some_and(|h| h.ends_with(",kind,note,source,by"))
        },
    );
    assert!(rolled_back > 0 && completed > 0, "{rolled_back} rolled back, {completed} completed");
}

#[test]
fn a_closed_or_full_stderr_never_panics_nor_leaves_a_partial_write() {
    let l = TestLedger::with_acme();
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let out = l
        .process()
        .args(["bank", "buy", "acme", "--blocks", "1", "--invoice", "--date", "2026-11-02"])
        .stderr(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(l.rows("purchases.csv").len(), 1);
    assert_eq!(l.rows("invoices.csv").len(), 1);
    // A note on stderr (a new column added to a header) cannot be printed either.
    let old = l.read("timelog.csv").replace(",kind,note", "");
    l.write("timelog.csv", &old);
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let out = l
        .process()
        .args(["log-time", "acme", "1:00", "--note", "a note", "--date", "2026-11-03"])
        .stderr(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(l.rows("timelog.csv")[0]["note"], "a note");
    assert_eq!(l.ok(&["check"]), "");
}

#[test]
fn a_killed_write_whose_files_changed_since_is_not_rolled_back_and_repair_discards_it() {
    if !have_strace() {
        return;
    }
    let l = TestLedger::with_acme();
    let args = ["bank", "buy", "acme", "--blocks", "1", "--invoice", "--date", "2026-11-02"];
    // Killed at the third write: the lot is appended, the invoice is not.
    let out = traced(
        &l,
        &["-etrace=write".into(), "-einject=write:signal=KILL:when=3".into(), "-o/dev/null".into()],
        &args,
    );
    assert_eq!(out.status.code(), None, "killed");
    assert!(undo_pending(l.path()));
    // A pull changes purchases.csv before anyone runs hourbank.
    let lots = l.read("purchases.csv");
    assert!(
        lots.lines().nth(1).is_some_and(|l| l.starts_with("p-")),
        "the lot was written: {lots}"
    );
    l.write("purchases.csv", &format!("# a comment from a pull\n{lots}"));
    let before = l.snapshot();
    let check = l.run(&["check"]);
    assert_eq!(check.status.code(), Some(1));
    let text = String::from_utf8_lossy(&check.stdout);
    assert!(
        text.contains(": the write `hourbank --ledger ")
            && text.contains(" bank buy acme --blocks 1 --invoice --date 2026-11-02` (tester, ")
            && text.contains("did not complete and was not rolled back: purchases.csv changed since (a pull or a hand edit); run `hourbank repair` to discard its record"),
        "{text}"
    );
    assert!(before == l.snapshot(), "nothing was rolled back");
    l.refused(&["log-time", "acme", "1:00"], "did not complete and was not rolled back");
    let repaired = l.ok(&["repair"]);
    assert!(repaired.starts_with("discarded the record of an interrupted write: "), "{repaired}");
    assert!(!undo_pending(l.path()));
    assert!(before == l.snapshot(), "repair changes no ledger file");
}

/// Gives the ledger and its config directory to the unprivileged user nobody, so that
/// [`as_nobody`] can run on it (root ignores file modes, and CI runs as root); false
/// when this test is not root.
fn give_to_nobody(l: &TestLedger) -> bool {
    let root =
        std::fs::metadata("/proc/self").map(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0);
    if !root.unwrap_or(false) {
        eprintln!("skipped: running as another user needs root (CI runs as root)");
        return false;
    }
    let nobody = Some(65534);
    for entry in walk(l.path()).into_iter().chain(walk(l.config.path())) {
        std::os::unix::fs::lchown(&entry, nobody, nobody).unwrap();
    }
    true
}

/// Runs `hourbank --ledger DIR args` as nobody.
fn as_nobody(l: &TestLedger, args: &[&str], env: &[(&str, &Path)]) -> Output {
    let mut cmd = l.wrapped("setpriv", &["--reuid=65534", "--regid=65534", "--clear-groups", "--"]);
    cmd.args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

/// A directory and everything in it.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![dir.to_path_buf()];
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        if entry.file_type().unwrap().is_dir() {
            out.extend(walk(&entry.path()));
        } else {
            out.push(entry.path());
        }
    }
    out
}

#[test]
fn a_file_the_user_cannot_write_leaves_bank_buy_with_invoice_undone() {
    let l = TestLedger::with_acme();
    let before = files(&l);
    if !give_to_nobody(&l) {
        return;
    }
    // invoices.csv belongs to root and is read-only for everyone else.
    std::os::unix::fs::chown(l.file("invoices.csv"), Some(0), Some(0)).unwrap();
    let out = as_nobody(
        &l,
        &["bank", "buy", "acme", "--blocks", "1", "--invoice", "--date", "2026-11-02"],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr,
        format!("error: {}: Permission denied (os error 13)\n", l.file("invoices.csv").display())
    );
    assert!(files(&l) == before, "the lot and the invoice's lines were rolled back");
    assert!(!undo_pending(l.path()));
}

#[test]
fn notify_check_that_cannot_record_delivers_nothing() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-11-01", "--expires", "2026-12-03"]);
    let out_dir = tempfile::tempdir().unwrap();
    let script = l.path().join("deliver.sh");
    std::fs::write(&script, "#!/bin/sh\ncat >/dev/null\ntouch \"$OUT_DIR/delivered\"\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    l.write(
        ".hourbank.local.toml",
        &format!(
            "[notify]\nto = [\"office@agency.example\"]\ncommand = [\"{}\"]\n",
            script.display()
        ),
    );
    if !give_to_nobody(&l) {
        return;
    }
    std::os::unix::fs::chown(out_dir.path(), Some(65534), Some(65534)).unwrap();
    // The records of writes cannot be made (a directory root's cron made): nothing goes.
    let undo = l.path().join(".hourbank-undo");
    std::fs::create_dir_all(&undo).unwrap();
    std::os::unix::fs::chown(&undo, Some(0), Some(0)).unwrap();
    let before = files(&l);
    let out =
        as_nobody(&l, &["notify-check", "--as-of", "2026-11-23"], &[("OUT_DIR", out_dir.path())]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("; nothing was delivered\n"));
    assert!(!out_dir.path().join("delivered").exists(), "nothing was delivered");
    assert!(files(&l) == before);
    std::os::unix::fs::chown(&undo, Some(65534), Some(65534)).unwrap();
    std::os::unix::fs::chown(l.file("notifications.csv"), Some(0), Some(0)).unwrap();
    for _ in 0..2 {
        let out = as_nobody(
            &l,
            &["notify-check", "--as-of", "2026-11-23"],
            &[("OUT_DIR", out_dir.path())],
        );
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.starts_with(&format!(
                "error: cannot record alerts in {}: Permission denied (os error 13); nothing was delivered\n",
                l.file("notifications.csv").display()
            )),
            "{stderr}"
        );
        assert!(!out_dir.path().join("delivered").exists(), "nothing was delivered");
        assert!(files(&l) == before);
    }
    // Writable again, the alert goes out once and is recorded.
    std::os::unix::fs::chown(l.file("notifications.csv"), Some(65534), Some(65534)).unwrap();
    let out =
        as_nobody(&l, &["notify-check", "--as-of", "2026-11-23"], &[("OUT_DIR", out_dir.path())]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out_dir.path().join("delivered").exists());
    assert_eq!(l.rows("notifications.csv").len(), 1);
}

#[test]
fn records_of_writes_that_git_tracks_are_an_error_and_never_rolled_back() {
    let l = TestLedger::with_acme();
    l.git(&["init", "-q"]);
    l.ok(&["git-setup"]);
    l.buy(&["acme", "--blocks", "1", "--date", "2026-11-02"]);
    l.git(&["add", "-f", ".hourbank-undo"]);
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        ".hourbank-undo: git tracks the records of writes, so a pull could bring another clone's: they are ignored until you run `git rm -r --cached .hourbank-undo`\n"
    );
    // A pending record that came with a pull is never rolled back.
    let undo = l.path().join(".hourbank-undo");
    let done = std::fs::read_dir(&undo).unwrap().flatten().next().unwrap().path();
    std::fs::rename(&done, done.with_extension("pending")).unwrap();
    let before = l.snapshot();
    let out = l.run(&["report", "balances"]);
    assert!(out.status.success());
    assert!(before == l.snapshot(), "the lot is still there");
    l.git(&["rm", "-r", "-q", "--cached", ".hourbank-undo"]);
}

#[test]
fn a_write_marked_complete_but_not_yet_renamed_is_finished_never_rolled_back() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--blocks", "1", "--date", "2026-11-02", "--invoice"]);
    let undo = l.path().join(".hourbank-undo");
    let mut records: Vec<_> =
        std::fs::read_dir(&undo).unwrap().flatten().map(|e| e.path()).collect();
    records.sort();
    let last = records.last().unwrap().clone();
    // Killed between marking the record complete and renaming it.
    std::fs::rename(&last, last.with_extension("pending")).unwrap();
    let before = files(&l);
    let out = l.run(&["report", "balances"]);
    assert!(out.status.success());
    assert!(files(&l) == before, "the complete write stays");
    assert!(last.is_dir() && !undo_pending(l.path()), "and its record is finished");
}

#[test]
fn output_that_cannot_be_written_leaves_no_write_and_exits_1() {
    let l = TestLedger::with_acme();
    let before = files(&l);
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let out = l
        .process()
        .args(["bank", "buy", "acme", "--blocks", "1", "--invoice", "--date", "2026-11-02"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: No space left on device (os error 28)\n"
    );
    assert!(files(&l) == before, "the lot and its invoice were rolled back");
    // A reader that quit early (a closed pipe) is the same for a write: exit 1.
    let mut child = l
        .process()
        .args(["log-time", "acme", "1:00", "--date", "2026-11-03"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(files(&l) == before);
}

#[test]
fn client_forget_takes_the_old_text_out_of_the_records_of_writes() {
    let l = TestLedger::with_acme();
    l.ok(&["client", "set", "acme", "--address", "1 Secret Lane"]);
    l.ok(&["client", "set", "acme", "--email", "ceo@acme.example"]);
    let holds = |text: &str| {
        walk(&l.path().join(".hourbank-undo"))
            .iter()
            .filter(|p| p.is_file())
            .any(|p| std::fs::read_to_string(p).is_ok_and(|t| t.contains(text)))
    };
    assert!(holds("1 Secret Lane"), "the records keep the text replaced by a write");
    l.ok(&["client", "forget", "acme"]);
    assert!(!holds("1 Secret Lane") && !holds("Acme Corp"), "forget removes them");
}

#[test]
fn undo_of_an_invoice_is_one_unit_at_every_kill_and_failure_point() {
    if !have_strace() {
        return;
    }
    let invoiced = || {
        let l = worked();
        l.ok(&["invoice", "acme", "--month", "2026-11", "--date", "2026-11-30"]);
        l
    };
    let (rolled_back, completed) = every_point(&invoiced, &["undo"], &|l| {
        l.rows("invoices.csv").is_empty()
            && l.rows("invoice-lines.csv").is_empty()
            && l.rows("timelog.csv").len() == 1
    });
    assert!(rolled_back > 0 && completed > 0, "{rolled_back} rolled back, {completed} completed");
}

#[test]
fn undo_of_a_write_that_made_a_file_is_one_unit_at_every_kill_and_failure_point() {
    if !have_strace() {
        return;
    }
    let added = || {
        let l = TestLedger::new();
        l.ok(&["person", "add", "alice", "--name", "Alice"]);
        l
    };
    let (rolled_back, completed) =
        every_point(&added, &["undo"], &|l| !l.file("people.toml").exists());
    assert!(rolled_back > 0 && completed > 0, "{rolled_back} rolled back, {completed} completed");
}

#[test]
fn a_timer_that_stops_is_one_unit_at_every_kill_and_failure_point() {
    if !have_strace() {
        return;
    }
    let running = || {
        let l = TestLedger::with_acme();
        l.buy(&["acme", "--hours", "10", "--date", "2026-11-01"]);
        l.ok(&["start", "acme", "--at", "09:00"]);
        l
    };
    // Logged and removed together, or neither: never logged twice, never lost.
    let (rolled_back, completed) = every_point(&running, &["stop", "--at", "10:00"], &|l| {
        let rows = l.rows("timelog.csv");
        rows.len() == 1 && rows[0]["hours"] == "1:00" && l.rows("timers.csv").is_empty()
    });
    assert!(rolled_back > 0 && completed > 0, "{rolled_back} rolled back, {completed} completed");
}
