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
    l.ok(&["git-setup"]);
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

#[test]
fn a_ledger_file_that_is_a_symbolic_link_is_never_followed() {
    let l = ledger();
    let outside = tempfile::tempdir().unwrap();
    // notifications.csv -> a path outside: nothing is created there.
    let target = outside.path().join("created-by-hourbank");
    std::fs::remove_file(l.file("notifications.csv")).unwrap();
    std::os::unix::fs::symlink(&target, l.file("notifications.csv")).unwrap();
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "notifications.csv: is a symbolic link: a ledger file must be a regular file inside the ledger (it is never followed)\n"
    );
    let run = l.run(&["notify-check", "--as-of", "2026-11-23"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(!target.exists(), "nothing was written through the link");
    // timelog.csv -> a file outside: never appended to, never read.
    let victim = outside.path().join("victim.csv");
    std::fs::write(&victim, "id,date,client,hours\n").unwrap();
    std::fs::remove_file(l.file("notifications.csv")).unwrap();
    std::fs::write(
        l.file("notifications.csv"),
        "id,date,client,kind,threshold,lot,episode,message,by\n",
    )
    .unwrap();
    std::fs::remove_file(l.file("timelog.csv")).unwrap();
    std::os::unix::fs::symlink(&victim, l.file("timelog.csv")).unwrap();
    let stderr = l.refused(
        &["log-time", "acme", "1:00", "--date", "2026-11-20"],
        "timelog.csv: is a symbolic link",
    );
    assert!(stderr.starts_with("error: will not write to a ledger with errors:\n"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "id,date,client,hours\n");
    let report = l.run(&["report", "balances"]);
    assert_eq!(report.status.code(), Some(1));
    assert!(report.stdout.is_empty());
}

/// A 1x1 PNG.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\rIDATx\x9cc\xf8\xff\xff?\0\x05\xfe\x02\xfe\xa7\x35\x81\x84\0\0\0\0IEND\xaeB`\x82";

#[test]
fn a_logo_must_be_a_small_image_inside_the_ledger() {
    let l = ledger();
    l.ok(&["invoice", "acme", "--month", "2026-11", "--date", "2026-11-30"]);
    let invoice = |l: &TestLedger| {
        let out = l.run(&["--format", "html", "invoice", "--show", "INV-2026-0001"]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
    };
    let set_logo = |name: &str| {
        let settings = l.read("hourbank.toml");
        let kept: String = settings
            .lines()
            .filter(|l| !l.starts_with("[company]") && !l.starts_with("logo ="))
            .map(|l| format!("{l}\n"))
            .collect();
        l.write("hourbank.toml", &format!("{kept}[company]\nlogo = \"{name}\"\n"));
    };
    // A PNG inside the ledger is embedded.
    std::fs::write(l.file("logo.png"), PNG).unwrap();
    set_logo("logo.png");
    assert_eq!(l.ok(&["check"]), "");
    let (html, stderr) = invoice(&l);
    assert!(html.contains("<img class=\"logo\" alt=\"\" src=\"data:image/png;base64,"), "{html}");
    assert_eq!(stderr, "");
    // A link to the process's environment, a path that leaves the ledger, an absolute
    // path, a file that is no image and one too large: each left out, each reported.
    std::fs::remove_file(l.file("logo.png")).unwrap();
    std::os::unix::fs::symlink("/proc/self/environ", l.file("logo.png")).unwrap();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("x.png"), PNG).unwrap();
    let escape = format!("../{}/x.png", outside.path().file_name().unwrap().to_string_lossy());
    std::fs::write(l.file("notes.png"), "HOME=/root\nPASSWORD=hunter2\n").unwrap();
    let mut big = PNG.to_vec();
    big.resize(1024 * 1024 + 1, 0);
    std::fs::write(l.file("big.png"), &big).unwrap();
    let absolute = outside.path().join("x.png").to_string_lossy().into_owned();
    for (name, why) in [
        ("logo.png", "is a symbolic link (it is never followed)"),
        (escape.as_str(), "must not leave the ledger directory (..)"),
        (absolute.as_str(), "must be a file inside the ledger directory, not an absolute path"),
        ("notes.png", "is not a PNG, JPEG or SVG image (by its first bytes)"),
        ("big.png", "is 1048577 bytes, more than 1 MiB"),
    ] {
        set_logo(name);
        assert_eq!(
            l.ok(&["check"]),
            format!(
                "hourbank.toml: warning: company.logo \"{name}\" {why}: documents are made without it\n"
            )
        );
        let (html, stderr) = invoice(&l);
        assert!(!html.contains("<img"), "{name}: {html}");
        assert!(!html.contains("aHVudGVyMg") && !html.contains("hunter2"), "no secret embedded");
        assert_eq!(
            stderr,
            format!("warning: [company] logo \"{name}\" {why}: the document is made without it\n")
        );
    }
}

#[test]
fn output_files_never_replace_the_ledgers_own_files() {
    let l = ledger();
    let before = l.snapshot();
    let timelog = l.file("timelog.csv");
    let spelled = l.path().join("sub/../timelog.csv");
    std::fs::create_dir(l.path().join("sub")).unwrap();
    for (args, path) in [
        (vec!["report", "balances", "-o"], timelog.clone()),
        (vec!["report", "balances", "-o"], spelled.clone()),
        (
            vec![
                "--format",
                "html",
                "invoice",
                "acme",
                "--month",
                "2026-11",
                "--date",
                "2026-11-30",
                "-o",
            ],
            l.file("invoices.csv"),
        ),
        (vec!["export", "hledger", "-o"], l.file("hourbank.toml")),
        (vec!["export", "sqlite"], l.file("clients.toml")),
        (vec!["statement", "acme", "-p", "2026-11", "-o"], l.file(".gitignore")),
    ] {
        let mut full: Vec<&str> = args.clone();
        let shown = path.to_string_lossy().into_owned();
        full.push(&shown);
        let out = l.run(&full);
        assert_eq!(out.status.code(), Some(1), "{full:?}");
        assert!(out.stdout.is_empty());
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            format!(
                "error: {shown} is one of the ledger's own files; nothing was written\nhint: write the output outside the ledger's files (e.g. -o report.csv)\n"
            )
        );
        assert!(before == l.snapshot(), "{full:?} changed the ledger");
    }
    // A file of its own beside them is fine.
    let own = l.file("balances.csv").to_string_lossy().into_owned();
    l.ok(&["--format", "csv", "report", "balances", "-o", &own]);
    assert!(l.read("balances.csv").starts_with("client,name,type,"));
}

#[test]
fn a_time_log_replaced_during_a_read_is_read_as_one_version() {
    // Large enough to be read in two halves on two threads (4 MiB and more).
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "1000", "--date", "2026-01-01", "--never-expires"]);
    let note = "n".repeat(200);
    let version = |minutes: u32| {
        let mut text = String::from("date,client,hours,note\n");
        for _ in 0..20_000 {
            text.push_str(&format!("2026-02-01,acme,0:{minutes:02},{note}\n"));
        }
        text
    };
    let (a, b) = (version(1), version(2));
    assert!(a.len() > 4 << 20);
    l.write("timelog.csv", &a);
    let consumed =
        || l.csv(&["report", "balances", "--as-of", "2026-03-01"])[0]["consumed"].clone();
    let one = consumed();
    l.write("timelog.csv", &b);
    let two = consumed();
    assert_eq!((one.as_str(), two.as_str()), ("333.33", "666.67"));
    // `git pull` replaces the file by a rename while reports run.
    let stop = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|scope| {
        scope.spawn(|| {
            let mut n = 0u32;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let next = l.file(&format!(".pull-{n}"));
                std::fs::write(&next, if n.is_multiple_of(2) { &a } else { &b }).unwrap();
                std::fs::rename(&next, l.file("timelog.csv")).unwrap();
                n += 1;
            }
        });
        let seen: Vec<Option<String>> = (0..15)
            .map(|_| {
                let out =
                    l.run(&["--format", "csv", "report", "balances", "--as-of", "2026-03-01"]);
                out.status.success().then(|| {
                    parse_csv(&String::from_utf8_lossy(&out.stdout))[0]["consumed"].clone()
                })
            })
            .collect();
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        for s in seen {
            assert!(
                s.as_ref() == Some(&one) || s.as_ref() == Some(&two),
                "a mix of two versions: {s:?}"
            );
        }
    });
}

#[test]
fn bounds_that_cost_nothing_are_errors_at_their_line() {
    // A CSV header of more than 256 columns.
    let l = TestLedger::with_acme();
    let extra: Vec<String> = (0..300).map(|i| format!("x{i}")).collect();
    let header = format!("id,date,client,person,hours,{}\n", extra.join(","));
    l.write("timelog.csv", &header);
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "timelog.csv:1: the header has 305 columns, more than the 256 a ledger file may have\n"
    );
    l.refused(&["log-time", "acme", "1:00"], "the header has 305 columns");
    // A TOML file of more than 100,000 keys.
    let l = TestLedger::with_acme();
    let mut services = String::new();
    for i in 0..50_001 {
        services.push_str(&format!("[services.s{i}]\nrate = \"1.00\"\n"));
    }
    l.append("hourbank.toml", &services);
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "hourbank.toml: more than 100000 keys: a ledger's TOML file may have at most that many\n"
    );
}

#[test]
fn an_accrual_multiplier_is_above_0_and_at_most_10() {
    let l = TestLedger::new();
    l.write(
        "people.toml",
        "[people.alice]\nname = \"Alice\"\n\n[people.alice.banks.flex]\nrule = \"weekly-overtime\"\nstart = \"2026-01-05\"\naccrual_multiplier = \"79228162514264337593543950335\"\n",
    );
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "people.toml:7: people.alice.banks.flex.accrual_multiplier: \"79228162514264337593543950335\" is more than 10 (overtime counts at most ten times)\n"
    );
    let report = l.run(&["report", "flex"]);
    assert_ne!(report.status.code(), Some(101), "no panic");
    l.write("people.toml", &l.read("people.toml").replace("79228162514264337593543950335", "10"));
    assert_eq!(l.ok(&["check"]), "");
    for (value, why) in [
        ("1e21", "--accrual-multiplier \"1e21\" is not a number above 0 like \"1.5\""),
        (
            "10.01",
            "--accrual-multiplier \"10.01\" is more than 10 (overtime counts at most ten times)",
        ),
        ("0", "--accrual-multiplier \"0\" is not a number above 0 like \"1.5\""),
    ] {
        l.refused(&["person", "bank", "set", "alice", "flex", "--accrual-multiplier", value], why);
    }
    l.ok(&["person", "bank", "set", "alice", "flex", "--accrual-multiplier", "1.5"]);
    assert!(l.read("people.toml").contains("accrual_multiplier = \"1.5\""));
}

#[test]
fn a_timeclock_session_longer_than_a_day_is_refused_at_its_line_unless_allowed() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "100", "--date", "2025-01-01"]);
    let file = l.config.path().join("typo.timeclock");
    std::fs::write(&file, "i 2025-03-01 09:00 acme  design\no 2025-03-02 17:00\n").unwrap();
    let path = file.to_string_lossy().into_owned();
    let stderr = l.refused(&["import", "timeclock", &path, "--client", "acme"], "typo.timeclock:2: a session of 32 hours (clock-in at 2025-03-01 09:00:00, line 1) is longer than 24 hours; pass --allow-long-sessions if it is real");
    let last = format!("error: nothing imported: 1 line(s) of {path} could not be read\n");
    assert!(stderr.ends_with(&last), "{stderr}");
    l.ok(&["import", "timeclock", &path, "--client", "acme", "--allow-long-sessions"]);
    let rows = l.rows("timelog.csv");
    assert_eq!(rows.iter().map(|r| r["hours"].as_str()).collect::<Vec<_>>(), ["15:00", "17:00"]);
    // A year typed wrong (7025) is refused even when allowed, and costs nothing.
    std::fs::write(&file, "i 2025-04-01 09:00 acme\no 7025-04-01 17:00\n").unwrap();
    l.refused(
        &["import", "timeclock", &path, "--client", "acme", "--allow-long-sessions"],
        "typo.timeclock:2: a session of more than 1000000 hours",
    );
}

#[test]
fn a_nul_byte_in_a_row_is_an_error_at_its_line() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-01"]);
    l.log(&["acme", "1:00", "--date", "2026-01-02", "--note", "fine"]);
    l.write("timelog.csv", &l.read("timelog.csv").replace("fine", "fi\0ne"));
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "timelog.csv:2: a NUL byte in the row: delete it (it is no text anyone typed)\n"
    );
}

#[test]
fn a_control_character_in_a_toml_value_is_an_error_at_its_line() {
    let l = TestLedger::with_acme();
    l.ok(&["client", "set", "acme", "--email", "ops@acme.example"]);
    let clients =
        l.read("clients.toml").replace("ops@acme.example", "ops@acme.example\\r\\nBcc: x@y");
    l.write("clients.toml", &clients);
    let line = clients.lines().position(|l| l.starts_with("email")).unwrap() + 1;
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!(
            "clients.toml:{line}: clients.acme.email: a control character (U+000D) in a text value; keep text on one line without control characters\n"
        )
    );
    l.refused(&["log-time", "acme", "1:00"], "clients.acme.email: a control character (U+000D)");
}

#[test]
fn completion_offers_a_hostile_project_name_quoted_and_never_runs_it() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-01"]);
    let marker = l.config.path().join("ran");
    let hostile = format!("$(touch {})", marker.display());
    l.log(&["acme", "1:00", "--date", "2026-01-02", "--project", &hostile]);
    l.log(&["acme", "1:00", "--date", "2026-01-02", "--project", "it's"]);
    let script = l.file("completion.bash");
    std::fs::write(&script, bin().env("COMPLETE", "bash").output().unwrap().stdout).unwrap();
    let got = super::daily::bash_complete(
        &l,
        &script,
        &["hourbank", "log-time", "acme", "1", "--project", ""],
    );
    assert_eq!(got, [format!("'{hostile}'"), "'it'\\''s'".to_string()]);
    // Typed back by a shell, the candidates are the literal names.
    let echoed = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!("printf '%s\\n' {} {}", got[0], got[1]))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&echoed.stdout), format!("{hostile}\nit's\n"));
    assert!(!marker.exists(), "nothing ran");
}

/// A ledger at the edges of every value a file may hold: the largest amounts and
/// durations, the first and last dates, a retainer running for 10,000 years, a flex
/// multiplier of 10.
fn extreme() -> TestLedger {
    let l = TestLedger::new();
    let most = "999999999999.99";
    l.append("hourbank.toml", &format!("default_rate = \"{most}\"\n"));
    l.append(
        "clients.toml",
        &format!(
            "[clients.acme]\nname = \"Acme\"\ntype = \"bank\"\nblock_hours = \"999999:00\"\nblock_price = \"{most}\"\ncredit_limit = \"999999:00\"\n\n\
             [clients.ret]\nname = \"Ret\"\ntype = \"retainer\"\nmonthly_hours = \"999999:00\"\nmonthly_fee = \"{most}\"\nstart = \"0001-01-01\"\nrollover_months = 1200\n\n\
             [clients.payer1]\nname = \"Pay\"\ntype = \"payg\"\nrate = \"{most}\"\ndiscount_percent = \"100\"\ntax_percent = \"100\"\n"
        ),
    );
    l.write(
        "people.toml",
        "[people.alice]\nname = \"Alice\"\nschedule = { mon = \"24:00\", tue = \"24:00\", wed = \"24:00\", thu = \"24:00\", fri = \"24:00\", sat = \"24:00\", sun = \"24:00\" }\n\n\
         [people.alice.banks.flex]\nrule = \"weekly-overtime\"\nstart = \"2020-01-06\"\nopening_balance = \"999999:00\"\naccrual_multiplier = \"10\"\n",
    );
    l.append(
        "purchases.csv",
        &format!(
            "p-000000000001,0001-01-01,acme,999999:00,{most},9999-12-31,,,x\np-000000000002,9999-12-31,acme,999999:00,{most},,,,x\n"
        ),
    );
    l.append(
        "timelog.csv",
        &format!(
            "t-000000000001,0001-01-01,acme,alice,999999:00,999999:00,,,yes,,work,\n\
             t-000000000002,9999-12-31,acme,alice,999999:00,999999:00,,,yes,{most},work,\n\
             t-000000000003,2026-11-02,payer1,alice,999999:00,999999:00,,,yes,{most},work,\n\
             t-000000000004,2026-11-03,payer1,alice,999999:00,999999:00,,,yes,,work,\n\
             t-000000000005,2026-11-03,ret,alice,999999:00,999999:00,,,yes,,work,\n"
        ),
    );
    l.append(
        "adjustments.csv",
        "a-000000000001,5000-01-01,acme,,delta,999999:00,,x,x\na-000000000002,5000-01-02,acme,,delta,-999999:00,,x,x\n",
    );
    l
}

#[test]
fn no_command_panics_on_a_ledger_of_extreme_values() {
    let l = extreme();
    assert_eq!(l.ok(&["check"]), "", "every value is within the bounds");
    let db = l.config.path().join("x.db").to_string_lossy().into_owned();
    let commands: &[&[&str]] = &[
        &["report", "balances"],
        &["report", "balances", "--as-of", "9999-12-31"],
        &["report", "usage", "--by", "month,client"],
        &["report", "usage", "--by", "day,person,service"],
        &["report", "history", "acme"],
        &["report", "history", "ret"],
        &["report", "flex", "--as-of", "9999-12-31"],
        &["report", "history", "alice", "--bank", "flex"],
        &["report", "invoices"],
        &["--format", "svg", "report", "burndown", "acme"],
        &["--format", "svg", "report", "burndown", "ret"],
        &["--format", "html", "statement", "payer1", "-p", "2026"],
        &["statement", "acme"],
        &["notify-check", "--dry-run", "--as-of", "9999-12-30"],
        &["--format", "json", "invoice", "ret", "--month", "2026-11", "--dry-run"],
        &["--format", "cii", "invoice", "payer1", "--month", "2026-11", "--dry-run"],
        &["export", "hledger"],
        &["export", "beancount"],
        &["export", "ledger"],
        &["export", "sqlite", &db],
        &["client", "list"],
        &["client", "show", "acme"],
        &["bank", "list", "acme"],
        &["person", "show", "alice"],
        &["log-time", "acme", "999999:00", "--date", "9999-12-31"],
        &["log-time", "payer1", "999999:00", "--rate", "999999999999.99", "--date", "2026-11-04"],
        &["adjust", "acme", "+999999", "--reason", "x", "--date", "9999-12-31"],
        &["bank", "buy", "acme", "--blocks", "1", "--date", "9999-12-31"],
        &["invoice", "payer1", "--month", "2026-11", "--date", "2026-11-30"],
        &["invoice", "pay", "INV-2026-0001", "--date", "2026-12-01"],
        &["notify-check", "--as-of", "2026-11-23"],
        &["check"],
    ];
    for args in commands {
        let out = l.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.code() == Some(0) || out.status.code() == Some(1), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[test]
fn check_warns_when_git_does_not_ignore_this_clones_own_files() {
    let l = TestLedger::with_acme();
    l.git(&["init", "-q"]);
    l.ok(&["git-setup"]);
    assert_eq!(l.ok(&["check"]), "", "init lists them in .gitignore");
    // A ledger made by an earlier version.
    l.write(".gitignore", ".hourbank-tmp-*\n.hourbank.lock\n");
    assert_eq!(
        l.ok(&["check"]),
        ".gitignore: warning: git does not ignore .hourbank.local.toml: add the line `.hourbank.local.toml` to .gitignore (it holds this clone's own settings or the records of its writes)\n\
         .gitignore: warning: git does not ignore .hourbank-undo/: add the line `.hourbank-undo/` to .gitignore (it holds this clone's own settings or the records of its writes)\n"
    );
}
