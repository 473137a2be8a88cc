use std::io::Read;
use std::sync::{Arc, Mutex};

use super::support::*;

/// acme: one 10 h lot bought 2026-11-01, valid through 2026-12-03.
fn ledger() -> TestLedger {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-11-01", "--expires", "2026-12-03"]);
    l
}

fn check(l: &TestLedger, as_of: &str) -> String {
    l.ok(&["notify-check", "--as-of", as_of])
}

/// The lines of one kind of alert.
fn only(out: &str, kind: &str) -> String {
    out.lines().filter(|l| l.contains(&format!(": {kind}: "))).map(|l| format!("{l}\n")).collect()
}

fn sent(l: &TestLedger) -> Vec<String> {
    l.rows("notifications.csv")
        .iter()
        .map(|r| format!("{} {} {}", r["client"], r["kind"], r["threshold"]))
        .collect()
}

#[test]
fn low_balance_thresholds_are_sent_once_per_episode() {
    let l = ledger();
    l.ok(&[
        "adjust",
        "acme",
        "--set",
        "10",
        "--reason",
        "keep far from expiry",
        "--date",
        "2026-11-01",
        "--expires",
        "2027-06-30",
    ]);
    assert_eq!(check(&l, "2026-11-02"), "", "nothing is due: cron hears nothing");
    l.log(&["acme", "8", "--date", "2026-11-02"]);
    // 10 h bought + 0 set difference: 2 h of 10 left = 20 %, below 25 %.
    let out = check(&l, "2026-11-02");
    assert_eq!(out, "acme: low: 20.00 % left (2.00 h available), below 25 %\n");
    assert_eq!(check(&l, "2026-11-03"), "", "the same alert is not sent twice");
    l.log(&["acme", "1:30", "--date", "2026-11-04"]);
    let out = check(&l, "2026-11-04");
    assert_eq!(only(&out, "low"), "acme: low: 5.00 % left (0.50 h available), below 10 %\n");
    // A new purchase starts a new episode: still low, so an alert comes again.
    l.buy(&["acme", "--hours", "1", "--date", "2026-11-05", "--never-expires"]);
    let out = check(&l, "2026-11-05");
    assert!(only(&out, "low").starts_with("acme: low: "), "{out}");
    let lows: Vec<String> = sent(&l).into_iter().filter(|s| s.contains(" low ")).collect();
    // 1.5 h of the 11 h of the lots still holding hours: 13.64 %, below 25 %.
    assert_eq!(lows, ["acme low 25", "acme low 10", "acme low 25"]);
}

#[test]
fn several_thresholds_passed_at_once_send_only_the_smallest() {
    let l = ledger();
    l.log(&["acme", "9:30", "--date", "2026-11-02"]);
    let out = check(&l, "2026-11-02");
    assert_eq!(only(&out, "low"), "acme: low: 5.00 % left (0.50 h available), below 10 %\n");
    assert_eq!(check(&l, "2026-11-02"), "");
}

#[test]
fn expiring_lots_at_the_threshold_edges() {
    let l = ledger();
    assert_eq!(check(&l, "2026-11-22"), "", "11 days before: not yet");
    let out = check(&l, "2026-11-23");
    assert_eq!(out, recorded_line(&l), "10 days before: the 10-day alert");
    assert_eq!(check(&l, "2026-11-24"), "", "9 days: the 10-day alert was sent, 5 is not reached");
    let out = check(&l, "2026-11-28");
    assert!(
        out.starts_with("acme: expiring: 10.00 h of lot ")
            && out.contains("expire in 5 days (last day 2026-12-03)"),
        "{out}"
    );
    assert_eq!(check(&l, "2026-12-03"), "", "the 5-day alert covers the last days");
    // Expired: nothing left to warn about expiring; the empty bank is low now.
    let out = check(&l, "2026-12-04");
    assert_eq!(out, "acme: low: 0.00 % left (0.00 h available), below 10 %\n");
    assert_eq!(check(&l, "2026-12-05"), "");
    let thresholds: Vec<String> =
        l.rows("notifications.csv").iter().map(|r| r["threshold"].clone()).collect();
    assert_eq!(thresholds, ["10", "5", "10"]);
}

/// The line of the last recorded alert, which must be the 10-day expiring one.
fn recorded_line(l: &TestLedger) -> String {
    let row = l.rows("notifications.csv").last().cloned().unwrap();
    assert_eq!((row["kind"].as_str(), row["threshold"].as_str()), ("expiring", "10"));
    assert_eq!(
        row["message"],
        format!("10.00 h of lot {} expire in 10 days (last day 2026-12-03)", row["lot"])
    );
    format!("acme: expiring: {}\n", row["message"])
}

#[test]
fn a_skipped_week_catches_up_with_what_is_due_now() {
    let l = ledger();
    // Cron did not run from 2026-11-20 to 2026-11-29: only the 5-day alert is due.
    let out = check(&l, "2026-11-30");
    assert!(out.starts_with("acme: expiring: ") && out.contains("in 3 days"), "{out}");
    assert_eq!(sent(&l), ["acme expiring 5"]);
}

#[test]
fn overdraft_and_runs_out() {
    let l = ledger();
    l.log(&["acme", "2", "--date", "2026-11-02"]);
    // 2 h in 90 days: 8 h last 360 days, no runs-out alert (window: 5 days).
    assert!(!check(&l, "2026-11-02").contains("runs-out"));
    l.log(&["acme", "7", "--date", "2026-11-03"]);
    // 9 h in 90 days, 1 h left: runs out in ceil(60 * 90 / 540) = 10 days: not yet.
    assert!(!check(&l, "2026-11-03").contains("runs-out"));
    l.ok(&["adjust", "acme", "-0:30", "--reason", "correction", "--date", "2026-11-03"]);
    // 0:30 left at 9:30 in 90 days: 30 * 90 / 570 = 4.7 -> 5 days: at the window.
    let out = check(&l, "2026-11-03");
    assert!(out.contains("acme: runs-out: at the pace of the last 90 days the 0.50 h left run out in 5 days (2026-11-08)"), "{out}");
    l.log(&["acme", "2", "--date", "2026-11-04", "--force"]);
    let out = check(&l, "2026-11-04");
    assert!(out.contains("acme: overdraft: overdrawn: the balance is -1.50 h"), "{out}");
    assert!(!check(&l, "2026-11-05").contains("overdraft"));
    // Overdraft alerts can be turned off.
    let l2 = ledger();
    l2.append("hourbank.toml", "\n[alerts]\noverdraft = false\n");
    l2.log(&["acme", "12", "--date", "2026-11-02", "--force"]);
    assert!(!check(&l2, "2026-11-02").contains("overdraft"));
}

#[test]
fn payg_inactive_and_prospect_clients_get_no_alerts() {
    let l = TestLedger::new();
    l.ok(&["client", "add", "walk", "--name", "Walk-in", "--type", "payg"]);
    l.log(&["walk", "5", "--date", "2026-11-02"]);
    l.ok(&["client", "add", "old", "--name", "Old", "--type", "bank"]);
    l.buy(&["old", "--hours", "1", "--date", "2026-11-01"]);
    l.log(&["old", "1", "--date", "2026-11-02"]);
    l.ok(&["client", "set", "old", "--status", "inactive"]);
    assert_eq!(check(&l, "2026-11-03"), "");
}

#[test]
fn dry_run_and_json() {
    let l = ledger();
    l.log(&["acme", "9", "--date", "2026-11-02"]);
    let before = l.snapshot();
    let json = l.ok(&["--format", "json", "notify-check", "--as-of", "2026-11-02", "--dry-run"]);
    assert!(before == l.snapshot(), "a dry run records nothing");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v[0]["client"], "acme");
    assert_eq!(v[0]["kind"], "low");
    // 1 h of 10 left is 10 %: not below 10 %, below 25 %.
    assert_eq!(v[0]["threshold"].to_string(), "25");
    assert_eq!(v[0]["lot"], serde_json::Value::Null);
    assert_eq!(v[0]["date"], "2026-11-02");
    let json = l.ok(&["--format", "json", "notify-check", "--as-of", "2026-11-02"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(l.ok(&["--format", "json", "notify-check", "--as-of", "2026-11-02"]), "[]\n");
}

#[test]
fn csv_is_the_same_document_with_and_without_dry_run() {
    let l = ledger();
    l.log(&["acme", "9", "--date", "2026-11-02"]);
    let dry = l.ok(&["--format", "csv", "notify-check", "--as-of", "2026-11-02", "--dry-run"]);
    let sent = l.ok(&["--format", "csv", "notify-check", "--as-of", "2026-11-02"]);
    assert_eq!(dry, sent, "what a dry run shows is what the run delivers");
    let rows = parse_csv(&sent);
    assert_eq!(rows.len(), 1, "{sent}");
    assert_eq!((rows[0]["client"].as_str(), rows[0]["kind"].as_str()), ("acme", "low"));
    assert_eq!(rows[0]["threshold"], "25");
    // Nothing left to send: the header alone.
    let again = l.ok(&["--format", "csv", "notify-check", "--as-of", "2026-11-02"]);
    assert!(parse_csv(&again).is_empty() && again.starts_with("client,kind,"), "{again}");
}

#[test]
fn two_runs_at_once_send_each_alert_once() {
    let l = ledger();
    for c in ["b1", "b2", "b3"] {
        l.ok(&["client", "add", c, "--name", c, "--type", "bank"]);
        l.buy(&[c, "--hours", "1", "--date", "2026-11-01", "--expires", "2026-11-25"]);
    }
    let runs: Vec<_> = (0..2)
        .map(|_| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("hourbank"))
                .env("HOURBANK_TODAY", TODAY)
                .arg("--ledger")
                .arg(l.path())
                .args(["notify-check", "--as-of", "2026-11-23"])
                .stdout(std::process::Stdio::piped())
                .spawn()
                .expect("spawns")
        })
        .collect();
    let mut lines = Vec::new();
    for run in runs {
        let out = run.wait_with_output().unwrap();
        assert!(out.status.success());
        lines.extend(String::from_utf8(out.stdout).unwrap().lines().map(str::to_string));
    }
    // Four lots expire within 10 days (acme's, b1's, b2's, b3's): four alerts in all.
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert_eq!(l.rows("notifications.csv").len(), 4);
}

/// A command that records the e-mail on stdin and the HOURBANK_* values it is given;
/// it fails for the client named in $FAIL_FOR.
fn recording_command(l: &TestLedger) -> std::path::PathBuf {
    let script = l.path().join("deliver.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\nset -e\nd=\"$OUT_DIR/$HOURBANK_CLIENT-$HOURBANK_KIND/$HOURBANK_TO\"\nmkdir -p \"$d\"\ncat > \"$d/mail\"\nprintf '%s' \"$HOURBANK_CLIENT_NAME\" > \"$d/name\"\nprintf '%s' \"$HOURBANK_MESSAGE\" > \"$d/message\"\nprintf '%s' \"$HOURBANK_TO\" > \"$d/to\"\nprintf '%s' \"$HOURBANK_SUBJECT\" > \"$d/subject\"\nif [ \"$HOURBANK_CLIENT\" = \"$FAIL_FOR\" ] || [ \"$HOURBANK_TO\" = \"$FAIL_TO\" ]; then echo 'relay said no' >&2; exit 3; fi\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

#[test]
fn delivery_through_a_command_keeps_hostile_values_inert() {
    let l = ledger();
    // A line break in a name would add a header line: it is a check error at its line
    // and blocks every write, notify-check's records too.
    l.ok(&["client", "set", "acme", "--email", "ops@acme.example"]);
    let settings = l.read("clients.toml");
    let broken = "Evil\nBcc: victim@example.com";
    l.write(
        "clients.toml",
        &settings.replace("name = \"Acme Corp\"", &format!("name = {}", toml_string(broken))),
    );
    l.refused(&["notify-check"], "clients.acme.name: a control character (U+000A) in a text value");
    let hostile = "Evil \"Corp\" $(touch pwned) `id` Bcc: victim@example.com";
    let clients =
        settings.replace("name = \"Acme Corp\"", &format!("name = {}", toml_string(hostile)));
    l.write("clients.toml", &clients);
    let script = recording_command(&l);
    l.append(
        "hourbank.toml",
        &format!(
            "\n[notify]\nto = [\"admin@agency.example\"]\nclient = true\nfrom = \"alerts@agency.example\"\ncommand = [{}, \"--flag with space\"]\n",
            toml_string(script.to_str().unwrap())
        ),
    );
    l.ok(&["trust"]);
    let out_dir = tempfile::tempdir().unwrap();
    let run = l
        .bin()
        .current_dir(out_dir.path())
        .env("OUT_DIR", out_dir.path())
        .arg("--ledger")
        .arg(l.path())
        .args(["notify-check", "--as-of", "2026-11-23"])
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    // The office gets the alert; the client gets its own message, addressed to it alone.
    let office = out_dir.path().join("acme-expiring/admin@agency.example");
    let read = |name: &str| std::fs::read_to_string(office.join(name)).unwrap();
    assert_eq!(read("name"), hostile, "the value reaches the command in its environment as it is");
    let subject = read("subject");
    assert!(subject.contains("Evil") && !subject.contains('\n'), "{subject:?}");
    let mail = read("mail");
    let headers = mail.split("\r\n\r\n").next().unwrap();
    for header in [
        "From: alerts@agency.example",
        "To: admin@agency.example\r\n",
        "Date: ",
        "Subject: ",
        "Message-ID: <",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
    ] {
        assert!(headers.contains(header), "{header} missing in:\n{headers}");
    }
    assert!(!headers.lines().any(|h| h.starts_with("Bcc:")), "no header injected:\n{headers}");
    assert!(mail.contains(&read("message")), "{mail}");
    assert!(
        !mail.contains("lot: \r\n") && !mail.contains("threshold: \r\n"),
        "no empty key lines: {mail}"
    );
    let client = out_dir.path().join("acme-expiring/ops@acme.example");
    let client_mail = std::fs::read_to_string(client.join("mail")).unwrap();
    let client_headers = client_mail.split("\r\n\r\n").next().unwrap();
    assert!(client_headers.contains("To: ops@acme.example\r\n"), "{client_headers}");
    assert!(!client_mail.contains("admin@agency.example"), "no office address: {client_mail}");
    assert!(
        client_headers.contains("Subject: hourbank: some of your hours expire soon"),
        "{client_headers}"
    );
    assert!(client_mail.contains("Hello "), "{client_mail}");
    // The client reads its lot by date, never its id (SPEC 12.5); the office keeps it.
    let lot = l.rows("purchases.csv")[0]["id"].clone();
    assert!(
        client_mail
            .contains("10.00 h bought on 2026-11-01 expire in 10 days (last day 2026-12-03)")
            && !client_mail.contains(&lot),
        "{client_mail}"
    );
    assert!(mail.contains(&format!("lot {lot}")), "{mail}");
    assert_eq!(std::fs::read_dir(out_dir.path().join("acme-expiring")).unwrap().count(), 2);
    assert!(!out_dir.path().join("pwned").exists(), "nothing ran through a shell");
    // The alert line on stdout is one line.
    let stdout = String::from_utf8(run.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
}

fn toml_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n"))
}

/// Delivery through [`recording_command`]: appends `settings` to hourbank.toml with
/// `COMMAND` replaced by the script, and trusts them; the script writes each mail under the directory
/// returned.
fn deliver_by_command(l: &TestLedger, settings: &str) -> tempfile::TempDir {
    let script = recording_command(l);
    l.append("hourbank.toml", &settings.replace("COMMAND", &toml_string(script.to_str().unwrap())));
    l.ok(&["trust"]);
    tempfile::tempdir().unwrap()
}

/// `notify-check` as of 2026-11-23, the recording script writing into `out` and seeing
/// `env` (`FAIL_FOR`, `FAIL_TO`).
fn notify_by_command(
    l: &TestLedger,
    out: &tempfile::TempDir,
    env: &[(&str, &str)],
) -> std::process::Output {
    l.bin()
        .env("OUT_DIR", out.path())
        .envs(env.iter().copied())
        .arg("--ledger")
        .arg(l.path())
        .args(["notify-check", "--as-of", "2026-11-23"])
        .output()
        .unwrap()
}

#[test]
fn a_failed_delivery_stays_unsent_and_is_retried() {
    let l = ledger();
    l.ok(&["client", "add", "beta", "--name", "Beta", "--type", "bank"]);
    l.buy(&["beta", "--hours", "1", "--date", "2026-11-01", "--expires", "2026-11-30"]);
    let out_dir = deliver_by_command(
        &l,
        "\n[notify]\nto = [\"admin@agency.example\"]\ncommand = [COMMAND]\n",
    );
    let run = |fail_for: &str| notify_by_command(&l, &out_dir, &[("FAIL_FOR", fail_for)]);
    let first = run("beta");
    assert_eq!(first.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&first.stderr);
    assert!(stderr.contains("beta: expiring:") && stderr.contains("relay said no"), "{stderr}");
    assert_eq!(
        String::from_utf8_lossy(&first.stdout).lines().count(),
        1,
        "acme's alert was delivered"
    );
    assert_eq!(sent(&l), ["acme expiring 10"]);
    let second = run("nobody");
    assert!(second.status.success());
    assert!(String::from_utf8_lossy(&second.stdout).starts_with("beta: expiring:"));
    assert_eq!(sent(&l), ["acme expiring 10", "beta expiring 10"]);
}

#[test]
fn an_alert_that_reached_the_office_only_goes_to_the_client_alone_next_time() {
    let l = ledger();
    l.ok(&["client", "set", "acme", "--email", "ops@acme.example"]);
    let out_dir = deliver_by_command(
        &l,
        "\n[notify]\nto = [\"admin@agency.example\"]\nclient = true\ncommand = [COMMAND]\n",
    );
    let run = |fail_to: &str| notify_by_command(&l, &out_dir, &[("FAIL_TO", fail_to)]);
    let office = out_dir.path().join("acme-expiring/admin@agency.example/mail");
    let client = out_dir.path().join("acme-expiring/ops@acme.example/mail");
    let first = run("ops@acme.example");
    assert_eq!(first.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&first.stderr);
    assert!(
        stderr.contains("relay said no"),
        "{stderr} {}",
        String::from_utf8_lossy(&first.stdout)
    );
    assert!(office.exists() && first.stdout.is_empty());
    let rows = l.rows("notifications.csv");
    assert_eq!(rows.len(), 1);
    assert_eq!((rows[0]["kind"].as_str(), rows[0]["recipient"].as_str()), ("expiring", "office"));
    std::fs::remove_file(&office).unwrap();
    let second = run("nobody");
    assert!(second.status.success(), "{}", String::from_utf8_lossy(&second.stderr));
    assert!(String::from_utf8_lossy(&second.stdout).starts_with("acme: expiring:"));
    assert!(client.exists() && !office.exists(), "the office is not mailed twice");
    let rows = l.rows("notifications.csv");
    assert_eq!(rows.iter().map(|r| r["recipient"].as_str()).collect::<Vec<_>>(), ["office", ""]);
    // Delivered to everyone: never again.
    let third = run("nobody");
    assert!(third.status.success() && third.stdout.is_empty());
    assert_eq!(l.rows("notifications.csv").len(), 2);
}

#[test]
fn delivery_over_smtp_to_a_real_server() {
    let (port, messages) = smtp_inbox();

    // This clone's own settings need no trust.
    let l = ledger();
    l.write(
        ".hourbank.local.toml",
        &format!(
            "[notify]\nto = [\"admin@agency.example\"]\nfrom = \"alerts@agency.example\"\n\n[notify.smtp]\nhost = \"127.0.0.1\"\nport = {port}\nstarttls = false\n"
        ),
    );
    let out = check(&l, "2026-11-23");
    assert!(out.starts_with("acme: expiring:"), "{out}");
    let received = messages.lock().unwrap().clone();
    assert_eq!(received.len(), 1);
    let mut text = String::new();
    received[0].as_slice().read_to_string(&mut text).unwrap();
    assert!(text.contains("To: admin@agency.example"), "{text}");
    assert!(text.contains("Subject: hourbank: Acme Corp (acme): expiring"), "{text}");
    assert!(text.contains("expire in 10 days"), "{text}");
    let headers = text.split("\r\n\r\n").next().unwrap();
    for header in [
        "From: alerts@agency.example\r\n",
        "Date: ",
        "Message-ID: <",
        "MIME-Version: 1.0\r\n",
        "Content-Type: text/plain; charset=utf-8",
    ] {
        assert!(headers.contains(header), "{header:?} missing over SMTP in:\n{headers}");
    }
    assert_eq!(sent(&l), ["acme expiring 10"]);
}

#[test]
fn an_unreachable_smtp_server_fails_and_records_nothing() {
    let l = ledger();
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    l.write(
        ".hourbank.local.toml",
        &format!("[notify]\nto = [\"admin@agency.example\"]\n\n[notify.smtp]\nhost = \"127.0.0.1\"\nport = {port}\nstarttls = false\n"),
    );
    let e = l.refused(&["notify-check", "--as-of", "2026-11-23"], "could not be delivered");
    assert!(e.contains("acme: expiring:") && e.contains("SMTP"), "{e}");
    // The password comes from the environment, never the ledger.
    l.append(
        ".hourbank.local.toml",
        "username = \"bot\"\npassword_env = \"HOURBANK_TEST_SMTP_PASSWORD\"\n",
    );
    l.refused(
        &["notify-check", "--as-of", "2026-11-23"],
        "$HOURBANK_TEST_SMTP_PASSWORD is not set",
    );
}

#[test]
fn notify_check_records_nothing_on_a_ledger_with_other_errors() {
    let l = ledger();
    l.append("timelog.csv", ",2026-11-01,ghost,,1:00,,,,yes,,work,\n");
    l.refused(&["notify-check", "--as-of", "2026-11-23"], "unknown client \"ghost\"");
}

#[test]
fn an_hours_threshold_alerts_beside_the_percentages() {
    // acme: 10:00 bought; 7:00 used leaves 3:00 (30 %: above 25 %), below 5:00.
    let l = ledger();
    l.ok(&["client", "set", "acme", "--low-balance-hours", "5"]);
    l.log(&["acme", "7", "--date", "2026-11-02"]);
    let out = check(&l, "2026-11-05");
    assert_eq!(only(&out, "low"), "acme: low: 3.00 h available, below 5.00 h\n");
    assert_eq!(check(&l, "2026-11-06"), "", "once per episode");
    let json: serde_json::Value = serde_json::from_str(&l.ok(&[
        "--format",
        "json",
        "notify-check",
        "--dry-run",
        "--as-of",
        "2026-11-06",
    ]))
    .unwrap();
    assert_eq!(json, serde_json::json!([]));
    assert_eq!(sent(&l), ["acme low 5.00"]);
    // Strictly below: exactly 5:00 left is no alert.
    let l = ledger();
    l.ok(&["client", "set", "acme", "--low-balance-hours", "5"]);
    l.log(&["acme", "5", "--date", "2026-11-02"]);
    assert_eq!(only(&check(&l, "2026-11-05"), "low"), "");
}

#[test]
fn mail_comes_from_the_company_and_encodes_what_is_not_ascii() {
    let l = ledger();
    let clients = l.read("clients.toml").replace("name = \"Acme Corp\"", "name = \"Café Müller\"");
    l.write("clients.toml", &clients);
    let out_dir = deliver_by_command(
        &l,
        "\n[company]\nname = \"Northwind\"\nemail = \"billing@northwind.example\"\n\n[notify]\nto = [\"admin@agency.example\"]\ncommand = [COMMAND]\n",
    );
    let run = notify_by_command(&l, &out_dir, &[]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let mail =
        std::fs::read_to_string(out_dir.path().join("acme-expiring/admin@agency.example/mail"))
            .unwrap();
    let headers = mail.split("\r\n\r\n").next().unwrap();
    // No [notify] from: the company's address.
    assert!(headers.contains("From: billing@northwind.example"), "{headers}");
    assert!(
        headers.contains("Message-ID: <") && headers.contains("@northwind.example>"),
        "{headers}"
    );
    // The subject names the client, encoded per RFC 2047; no raw non-ASCII in headers.
    let subject = headers.lines().find(|h| h.starts_with("Subject: ")).unwrap();
    assert!(subject.contains("=?utf-8?"), "{subject}");
    assert!(headers.is_ascii(), "{headers}");
}

/// A private CA and a certificate for 127.0.0.1 signed by it, as PEM files in `dir`:
/// (ca.pem, cert.pem, key.pem).
fn private_ca(
    dir: &std::path::Path,
) -> (std::path::PathBuf, std::path::PathBuf, std::path::PathBuf) {
    let mut ca = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca.distinguished_name.push(rcgen::DnType::CommonName, "hourbank test CA");
    let ca_key = rcgen::KeyPair::generate().unwrap();
    let ca_cert = ca.self_signed(&ca_key).unwrap();
    let issuer = rcgen::Issuer::new(ca, ca_key);
    let leaf = rcgen::CertificateParams::new(vec!["127.0.0.1".to_string()]).unwrap();
    let key = rcgen::KeyPair::generate().unwrap();
    let cert = leaf.signed_by(&key, &issuer).unwrap();
    let paths = (dir.join("ca.pem"), dir.join("cert.pem"), dir.join("key.pem"));
    std::fs::write(&paths.0, ca_cert.pem()).unwrap();
    std::fs::write(&paths.1, cert.pem()).unwrap();
    std::fs::write(&paths.2, key.serialize_pem()).unwrap();
    paths
}

/// A minimal SMTP server speaking TLS from the first byte (port 465 style): it
/// accepts one message and keeps it.
fn implicit_tls_server(
    cert: &std::path::Path,
    key: &std::path::Path,
) -> (u16, Arc<Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader, Write};
    let certs: Vec<_> = rustls::pki_types::pem::PemObject::pem_file_iter(cert)
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let key: rustls::pki_types::PrivateKeyDer<'static> =
        rustls::pki_types::pem::PemObject::from_pem_file(key).unwrap();
    let config = Arc::new(
        rustls::ServerConfig::builder().with_no_client_auth().with_single_cert(certs, key).unwrap(),
    );
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = Arc::new(Mutex::new(Vec::new()));
    let store = Arc::clone(&received);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(tcp) = stream else { continue };
            let conn = rustls::ServerConnection::new(Arc::clone(&config)).unwrap();
            let mut tls = rustls::StreamOwned::new(conn, tcp);
            if tls.write_all(b"220 test ESMTP\r\n").is_err() {
                continue;
            }
            let mut reader = BufReader::new(tls);
            let (mut data, mut in_data) = (String::new(), false);
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
                let reply: &[u8] = if in_data {
                    if line == ".\r\n" {
                        in_data = false;
                        store.lock().unwrap().push(std::mem::take(&mut data));
                        b"250 queued\r\n"
                    } else {
                        data.push_str(&line);
                        b""
                    }
                } else if line.starts_with("EHLO") {
                    b"250 test\r\n"
                } else if line.starts_with("DATA") {
                    in_data = true;
                    b"354 go ahead\r\n"
                } else if line.starts_with("QUIT") {
                    let _ = reader.get_mut().write_all(b"221 bye\r\n");
                    break;
                } else {
                    b"250 ok\r\n"
                };
                if !reply.is_empty() && reader.get_mut().write_all(reply).is_err() {
                    break;
                }
                line.clear();
            }
        }
    });
    (port, received)
}

#[test]
fn smtp_over_starttls_and_implicit_tls_trusts_a_private_ca_and_nothing_else() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let certs = tempfile::tempdir().unwrap();
    let (ca, cert, key) = private_ca(certs.path());
    // STARTTLS: a real SMTP server (mailin) with the certificate.
    let inbox = Inbox::default();
    let messages = Arc::clone(&inbox.messages);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let starttls_port = listener.local_addr().unwrap().port();
    let mut server = mailin_embedded::Server::new(inbox);
    server
        .with_name("localhost")
        .with_ssl(mailin_embedded::SslConfig::SelfSigned {
            cert_path: cert.to_string_lossy().into_owned(),
            key_path: key.to_string_lossy().into_owned(),
        })
        .unwrap()
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    let settings = |port: u16, tls: &str, ca: Option<&std::path::Path>| {
        format!(
            "\n[notify]\nto = [\"admin@agency.example\"]\nfrom = \"alerts@agency.example\"\n\n[notify.smtp]\nhost = \"127.0.0.1\"\nport = {port}\ntls = \"{tls}\"\n{}",
            ca.map(|c| format!("ca_file = \"{}\"\n", c.display())).unwrap_or_default()
        )
    };
    // Without the CA the server's certificate is not trusted: nothing is delivered.
    let l = ledger();
    l.append("hourbank.toml", &settings(starttls_port, "starttls", None));
    l.ok(&["trust"]);
    l.refused(&["notify-check", "--as-of", "2026-11-23"], "could not be delivered");
    assert!(sent(&l).is_empty());
    assert!(messages.lock().unwrap().is_empty());
    // With it, STARTTLS delivers.
    let l = ledger();
    l.append("hourbank.toml", &settings(starttls_port, "starttls", Some(&ca)));
    l.ok(&["trust"]);
    assert!(check(&l, "2026-11-23").starts_with("acme: expiring:"));
    assert_eq!(messages.lock().unwrap().len(), 1);
    let received = String::from_utf8(messages.lock().unwrap()[0].clone()).unwrap();
    assert!(
        received.contains("Message-ID: <") && received.contains("MIME-Version: 1.0"),
        "{received}"
    );
    assert_eq!(sent(&l), ["acme expiring 10"]);
    // Implicit TLS (port 465 style).
    let (implicit_port, received) = implicit_tls_server(&cert, &key);
    let l = ledger();
    l.append("hourbank.toml", &settings(implicit_port, "implicit", Some(&ca)));
    l.ok(&["trust"]);
    assert!(check(&l, "2026-11-23").starts_with("acme: expiring:"));
    let got = received.lock().unwrap().clone();
    assert_eq!(got.len(), 1);
    assert!(got[0].contains("To: admin@agency.example"), "{}", got[0]);
    // starttls and tls that disagree are an error at their line.
    let l = ledger();
    l.append("hourbank.toml", "\n[notify.smtp]\nhost = \"h\"\nstarttls = true\ntls = \"none\"\n");
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stdout).unwrap().contains("disagrees with tls = \"none\""));
}

/// This machine's host name, as the kernel reports it.
fn this_host() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap().trim().to_string()
}

#[test]
fn alerts_are_delivered_only_on_the_notify_host() {
    let l = ledger();
    l.log(&["acme", "8", "--date", "2026-11-02"]);
    l.append("hourbank.toml", "\n[notify]\nhost = \"office-pc.invalid\"\n");
    let before = l.read("notifications.csv");
    let out = l.run(&["notify-check", "--as-of", "2026-11-02"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "", "nothing is printed on another host");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "alerts are delivered from office-pc.invalid ([notify] host in hourbank.toml), not from"
        ),
        "{stderr}"
    );
    assert_eq!(l.read("notifications.csv"), before);
    // A dry run shows what is due from any clone.
    assert!(
        l.ok(&["notify-check", "--as-of", "2026-11-02", "--dry-run"]).starts_with("acme: low: "),
    );
    assert_eq!(l.ok(&["check"]), "", "host is a known key");
    // On the named host (its short name, in capitals too) the alert goes out once.
    let short = this_host().split('.').next().unwrap().to_ascii_uppercase();
    l.write("hourbank.toml", &l.read("hourbank.toml").replace("office-pc.invalid", &short));
    assert_eq!(check(&l, "2026-11-02"), "acme: low: 20.00 % left (2.00 h available), below 25 %\n");
    assert_eq!(sent(&l), ["acme low 25"]);
}

#[test]
fn a_timer_left_running_is_an_alert_to_the_office_and_the_person_once() {
    let l = TestLedger::with_acme();
    l.write("people.toml", "[people.tester]\nname = \"Tess Ter\"\nemail = \"tess@example.com\"\n");
    l.ok(&["start", "acme", "--at", "08:00"]);
    // 18:00 - 08:00 = 10:00: not more than the default 10 hours.
    assert_eq!(l.ok(&["notify-check", "--dry-run"]), "");
    l.ok(&["cancel"]);
    l.ok(&["start", "acme", "--at", "07:30"]);
    let out_dir = deliver_by_command(
        &l,
        "\n[notify]\nto = [\"office@example.com\"]\nclient = true\ncommand = [COMMAND]\n",
    );
    let out = notify_by_command(&l, &out_dir, &[]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "tester: timer: the timer for acme has run 10:30 since 2026-11-23 07:30, more than 10:00 h: stop it (`hourbank stop --at HH:MM` if the work ended earlier)\n"
    );
    let mail = |to: &str, part: &str| {
        std::fs::read_to_string(out_dir.path().join("tester-timer").join(to).join(part)).unwrap()
    };
    assert_eq!(mail("office@example.com", "subject"), "hourbank: Tess Ter (tester): timer");
    // The person reads the client's name, never the timer's id.
    assert_eq!(
        mail("tess@example.com", "message"),
        "the timer you started for Acme Corp on 2026-11-23 07:30 has run 10:30: stop it if the work has ended"
    );
    assert!(!mail("tess@example.com", "mail").contains(&l.rows("timers.csv")[0]["id"]));
    assert_eq!(sent(&l), ["tester timer 10.00"]);
    // Once per timer.
    let again = notify_by_command(&l, &out_dir, &[]);
    assert_eq!(String::from_utf8_lossy(&again.stdout), "");
    // [alerts] timer_hours sets the limit.
    l.ok(&["cancel"]);
    l.append("hourbank.toml", "\n[alerts]\ntimer_hours = 12\n");
    l.ok(&["start", "acme", "--at", "07:00"]);
    assert_eq!(l.ok(&["notify-check", "--dry-run"]), "");
}

#[test]
fn an_smtp_server_that_never_answers_times_out_once_and_no_further_alert_is_tried_on_it() {
    let l = ledger();
    l.log(&["acme", "9", "--date", "2026-11-02"]);
    // It accepts the connection and never says a word.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let accepted = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = accepted.clone();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            held.push(stream);
        }
    });
    l.write(
        ".hourbank.local.toml",
        &format!("[notify]\nto = [\"admin@agency.example\"]\n\n[notify.smtp]\nhost = \"127.0.0.1\"\nport = {port}\nstarttls = false\ntimeout_seconds = 1\n"),
    );
    let before = l.snapshot();
    let out = l.run(&["notify-check", "--as-of", "2026-11-23"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("SMTP host 127.0.0.1: timed out after 1 s without an answer"),
        "{stderr}"
    );
    assert!(
        stderr.contains("SMTP host 127.0.0.1: not tried, it timed out earlier in this run"),
        "{stderr}"
    );
    assert_eq!(
        accepted.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "one connection, not one per alert"
    );
    assert!(l.snapshot() == before, "nothing recorded: every alert stays unsent");
}
