//! SPEC 12.7: a pulled ledger cannot run a program, send a secret anywhere, or be
//! used from another user's directory without being named.

use std::path::Path;

use super::support::*;

/// acme with a lot that expires within the alert window on 2026-11-23.
fn ledger() -> TestLedger {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-11-01", "--expires", "2026-12-03"]);
    l
}

/// A script that writes `marker` into `$OUT_DIR` when it runs.
fn marking_command(l: &TestLedger, marker: &str) -> String {
    let script = l.path().join(format!("{marker}.sh"));
    std::fs::write(&script, format!("#!/bin/sh\ncat >/dev/null\ntouch \"$OUT_DIR/{marker}\"\n"))
        .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script.to_string_lossy().into_owned()
}

fn notify_check(l: &TestLedger, out: &Path) -> std::process::Output {
    l.bin()
        .env("OUT_DIR", out)
        .arg("--ledger")
        .arg(l.path())
        .args(["notify-check", "--as-of", "2026-11-23"])
        .output()
        .unwrap()
}

/// The start of the one alert that holds (its end names the lot's random id).
const ALERT: &str = "acme: expiring: 10.00 h of lot p-";

#[test]
fn a_pulled_notify_command_runs_only_after_trust_and_again_after_each_change() {
    let l = ledger();
    let out = tempfile::tempdir().unwrap();
    let first = marking_command(&l, "first");
    let line = l.read("hourbank.toml").lines().count() + 2;
    l.append(
        "hourbank.toml",
        &format!("\n[notify]\nto = [\"office@agency.example\"]\ncommand = [\"{first}\"]\n"),
    );
    let settings =
        format!("notify.command = [\"{first}\"]\n  notify.to = [\"office@agency.example\"]");
    // check warns at the [notify] line.
    let warning = format!(
        "hourbank.toml:{line}: warning: delivery settings not trusted (notify.command = [\"{first}\"]; notify.to = [\"office@agency.example\"]): notify-check and --send deliver nothing until you run `hourbank trust`\n"
    );
    assert_eq!(l.ok(&["check"]), warning);
    // notify-check prints the alert, runs nothing, records nothing, exits 1.
    let before = l.snapshot();
    let run = notify_check(&l, out.path());
    assert_eq!(run.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(stdout.starts_with(ALERT) && stdout.lines().count() == 1, "{stdout}");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.starts_with(&format!(
            "error: nothing was delivered or recorded: hourbank.toml sets delivery settings you have not trusted:\n  {settings}\nhint: review them and run `hourbank trust`"
        )),
        "{stderr}"
    );
    assert!(!out.path().join("first").exists(), "the command did not run");
    assert!(before == l.snapshot(), "nothing was recorded");
    assert_eq!(
        l.ok(&["trust", "--show"]),
        format!("hourbank.toml sets:\n  {settings}\nnot trusted: run `hourbank trust`\n")
    );
    // Trusted, it runs and the alert is recorded.
    let trusted = l.ok(&["trust"]);
    assert!(trusted.starts_with("trusted these delivery settings of "), "{trusted}");
    assert!(trusted.ends_with(&format!("\n  {settings}\n")), "{trusted}");
    let config = std::fs::read_to_string(l.config.path().join("hourbank/config.toml")).unwrap();
    assert!(config.contains("[[trust]]\nledger = ") && config.contains("sha256 = "), "{config}");
    let run = notify_check(&l, out.path());
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(out.path().join("first").exists());
    assert_eq!(l.rows("notifications.csv").len(), 1);
    assert!(l.ok(&["trust", "--show"]).ends_with("\ntrusted\n"));
    // A pull changes the command: trusted no more, the old trust is shown.
    let second = marking_command(&l, "second");
    let pulled = l.read("hourbank.toml").replace(&first, &second);
    l.write("hourbank.toml", &pulled);
    l.ok(&["adjust", "acme", "-9", "--reason", "used", "--date", "2026-11-20"]);
    let run = notify_check(&l, out.path());
    assert_eq!(run.status.code(), Some(1), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(!out.path().join("second").exists());
    assert_eq!(
        l.ok(&["trust", "--show"]),
        format!(
            "hourbank.toml sets:\n  {}\nnot trusted: changed since you trusted it\ntrusted before:\n  {settings}\n",
            settings.replace(&first, &second)
        )
    );
    // Revoked, nothing is trusted.
    l.ok(&["trust"]);
    assert!(l.ok(&["trust", "--revoke"]).starts_with("forgot the trust given to "));
    assert!(l.ok(&["trust", "--revoke"]).starts_with("nothing was trusted for "));
    assert_eq!(notify_check(&l, out.path()).status.code(), Some(1));
    assert!(!out.path().join("second").exists());
}

#[test]
fn a_pulled_smtp_server_with_password_env_is_never_contacted() {
    let l = ledger();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    listener.set_nonblocking(true).unwrap();
    l.append(
        "hourbank.toml",
        &format!(
            "\n[notify]\nto = [\"attacker@example.com\"]\n\n[notify.smtp]\nhost = \"127.0.0.1\"\nport = {port}\ntls = \"none\"\nusername = \"x\"\npassword_env = \"HOURBANK_TEST_SECRET\"\n"
        ),
    );
    let before = l.snapshot();
    let out = tempfile::tempdir().unwrap();
    let run = l
        .bin()
        .env("HOURBANK_TEST_SECRET", "s3cret")
        .env("OUT_DIR", out.path())
        .arg("--ledger")
        .arg(l.path())
        .args(["notify-check", "--as-of", "2026-11-23"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains(&format!(
            "  notify.smtp.host = \"127.0.0.1\"\n  notify.smtp.port = {port}\n  notify.smtp.username = \"x\"\n  notify.smtp.password_env = \"HOURBANK_TEST_SECRET\"\n  notify.smtp.tls = \"none\"\n  notify.to = [\"attacker@example.com\"]\n"
        )),
        "{stderr}"
    );
    assert_eq!(
        listener.accept().map(|_| ()).unwrap_err().kind(),
        std::io::ErrorKind::WouldBlock,
        "no connection was made"
    );
    assert!(before == l.snapshot());
}

#[test]
fn local_and_user_settings_need_no_trust_and_win_over_the_tracked_ones() {
    let l = ledger();
    let out = tempfile::tempdir().unwrap();
    let tracked = marking_command(&l, "tracked");
    let local = marking_command(&l, "local");
    let user = marking_command(&l, "user");
    l.append("hourbank.toml", &format!("\n[notify]\ncommand = [\"{tracked}\"]\n"));
    // The user's config overrides the tracked command: nothing needs trust.
    let config_dir = l.config.path().join("hourbank");
    std::fs::create_dir_all(&config_dir).unwrap();
    std::fs::write(
        config_dir.join("config.toml"),
        format!("[notify]\nto = [\"office@agency.example\"]\ncommand = [\"{user}\"]\n"),
    )
    .unwrap();
    assert_eq!(l.ok(&["check"]), "");
    assert_eq!(
        l.ok(&["trust"]),
        "hourbank.toml sets no delivery settings that apply: nothing to trust\n"
    );
    let run = notify_check(&l, out.path());
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(out.path().join("user").exists() && !out.path().join("tracked").exists());
    // This clone's .hourbank.local.toml wins over both.
    l.write(".hourbank.local.toml", &format!("[notify]\ncommand = [\"{local}\"]\n"));
    l.ok(&["adjust", "acme", "-9", "--reason", "used", "--date", "2026-11-20"]);
    let run = notify_check(&l, out.path());
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(out.path().join("local").exists() && !out.path().join("tracked").exists());
}

#[test]
fn a_local_settings_file_that_git_tracks_is_ignored_and_an_error() {
    let l = ledger();
    let out = tempfile::tempdir().unwrap();
    let local = marking_command(&l, "local");
    l.write(".hourbank.local.toml", &format!("[notify]\ncommand = [\"{local}\"]\n"));
    l.git(&["init", "-q"]);
    l.git(&["add", "-f", ".hourbank.local.toml"]);
    let run = l.run(&["check"]);
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        ".hourbank.local.toml: git tracks this file, so everyone who pulls gets it: it is ignored until you run `git rm --cached .hourbank.local.toml`\n"
    );
    // Ignored: notify-check delivers nothing beyond stdout (and says why).
    let run = notify_check(&l, out.path());
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("git tracks this file"));
    assert!(!out.path().join("local").exists());
}

#[test]
fn a_statement_is_not_sent_with_untrusted_settings() {
    let l = ledger();
    l.ok(&["client", "set", "acme", "--email", "ops@acme.example"]);
    let out = tempfile::tempdir().unwrap();
    let command = marking_command(&l, "sent");
    l.append("hourbank.toml", &format!("\n[notify]\ncommand = [\"{command}\"]\n"));
    let before = l.snapshot();
    let run = l
        .bin()
        .env("OUT_DIR", out.path())
        .arg("--ledger")
        .arg(l.path())
        .args(["statement", "acme", "--send", "-p", "2026-11"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&run.stderr)
            .starts_with("error: the statement was not sent: hourbank.toml sets delivery settings you have not trusted:"),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(run.stdout.is_empty());
    assert!(!out.path().join("sent").exists());
    assert!(before == l.snapshot());
}

/// Whether this test runs as root (only root can give a file to another user).
fn is_root() -> bool {
    std::fs::metadata("/proc/self")
        .map(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0)
        .unwrap_or(false)
}

#[test]
fn a_ledger_of_another_user_found_above_the_working_directory_is_refused() {
    if !is_root() {
        eprintln!("skipped: giving a ledger to another user needs root (CI runs as root)");
        return;
    }
    let l = ledger();
    let below = l.path().join("projects/site");
    std::fs::create_dir_all(&below).unwrap();
    let nobody = 65534;
    std::os::unix::fs::chown(l.path(), Some(nobody), Some(nobody)).unwrap();
    let run = l.bin().current_dir(&below).args(["report", "balances"]).output().unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(run.stdout.is_empty());
    let dir = l.path().display();
    assert_eq!(
        String::from_utf8_lossy(&run.stderr),
        format!(
            "error: {dir} was found above the working directory but belongs to another user (uid 65534); it is not used\nhint: if you trust it, name it: --ledger {dir} or HOURBANK_LEDGER={dir}\n"
        )
    );
    // hourbank.toml given to another user is refused as well.
    std::os::unix::fs::chown(l.path(), Some(0), Some(0)).unwrap();
    std::os::unix::fs::chown(l.file("hourbank.toml"), Some(nobody), Some(nobody)).unwrap();
    let run = l.bin().current_dir(&below).args(["report", "balances"]).output().unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("hourbank.toml was found above"));
    // Named, it is used.
    let named = l
        .bin()
        .current_dir(&below)
        .arg("--ledger")
        .arg(l.path())
        .args(["report", "balances"])
        .output()
        .unwrap();
    assert!(named.status.success());
    let by_env = l
        .bin()
        .current_dir(&below)
        .env("HOURBANK_LEDGER", l.path())
        .args(["report", "balances"])
        .output()
        .unwrap();
    assert_eq!(by_env.stdout, named.stdout);
    // The user's own ledger is found as before.
    std::os::unix::fs::chown(l.file("hourbank.toml"), Some(0), Some(0)).unwrap();
    let own = l.bin().current_dir(&below).args(["report", "balances"]).output().unwrap();
    assert_eq!(own.stdout, named.stdout);
}
