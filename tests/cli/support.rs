//! Shared helpers: a temporary ledger, running the binary, snapshots of the files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

pub const TODAY: &str = "2026-11-23";
/// The local time of day the tests run at, on [`TODAY`] (what timers measure to).
pub const NOW: &str = "2026-11-23T18:00";

pub struct TestLedger {
    pub tmp: tempfile::TempDir,
    /// The user's config directory (`XDG_CONFIG_HOME`) for runs on this ledger, so
    /// that what `hourbank trust` records stays with the test.
    pub config: tempfile::TempDir,
}

impl TestLedger {
    /// An empty ledger made by `hourbank init`.
    pub fn new() -> TestLedger {
        let tmp = tempfile::tempdir().expect("temp dir");
        let out = bin().arg("init").arg(tmp.path()).output().expect("runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        TestLedger { tmp, config: tempfile::tempdir().expect("temp dir") }
    }

    /// A copy of the bundled example ledger.
    pub fn example() -> TestLedger {
        let tmp = tempfile::tempdir().expect("temp dir");
        let out = bin().args(["init", "--example"]).arg(tmp.path()).output().expect("runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        TestLedger { tmp, config: tempfile::tempdir().expect("temp dir") }
    }

    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self.tmp.path().join(name)
    }

    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.file(name)).expect("file exists")
    }

    pub fn write(&self, name: &str, text: &str) {
        std::fs::write(self.file(name), text).expect("writable");
    }

    pub fn append(&self, name: &str, text: &str) {
        let mut content = self.read(name);
        content.push_str(text);
        self.write(name, &content);
    }

    /// Runs `hourbank --ledger <dir> args...`.
    pub fn run(&self, args: &[&str]) -> Output {
        self.bin().arg("--ledger").arg(self.path()).args(args).output().expect("runs")
    }

    /// [`bin`] with this ledger's user config directory.
    pub fn bin(&self) -> Command {
        let mut cmd = bin();
        cmd.env("XDG_CONFIG_HOME", self.config.path());
        cmd
    }

    /// Runs `hourbank --ledger <dir> args...` as user `user`.
    pub fn run_as(&self, user: &str, args: &[&str]) -> Output {
        self.bin()
            .env("HOURBANK_USER", user)
            .arg("--ledger")
            .arg(self.path())
            .args(args)
            .output()
            .expect("runs")
    }

    /// `hourbank --ledger <dir>` as a plain process (its standard streams are the
    /// caller's to set), with the environment of [`bin`].
    pub fn process(&self) -> std::process::Command {
        self.with_env(std::process::Command::new(assert_cmd::cargo::cargo_bin("hourbank")))
    }

    /// `PROGRAM PRE... hourbank --ledger <dir>` (strace, setpriv, a shell that sets a
    /// limit first) with the environment of [`bin`]; the caller adds the arguments.
    pub fn wrapped(&self, program: &str, pre: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(program);
        cmd.args(pre).arg(assert_cmd::cargo::cargo_bin("hourbank"));
        self.with_env(cmd)
    }

    /// The environment of [`bin`] with this ledger's config, and `--ledger <dir>`.
    fn with_env(&self, mut cmd: std::process::Command) -> std::process::Command {
        cmd.env("XDG_CONFIG_HOME", self.config.path())
            .env("HOURBANK_TODAY", TODAY)
            .env("HOURBANK_NOW", NOW)
            .env("HOURBANK_USER", "tester")
            .env("NO_COLOR", "1")
            .env_remove("HOURBANK_LEDGER")
            .arg("--ledger")
            .arg(self.path());
        cmd
    }

    /// Starts `hourbank --ledger <dir> args...` in the background, output discarded.
    pub fn spawn(&self, args: &[&str]) -> std::process::Child {
        std::process::Command::new(assert_cmd::cargo::cargo_bin("hourbank"))
            .env("XDG_CONFIG_HOME", self.config.path())
            .env("HOURBANK_TODAY", TODAY)
            .env("HOURBANK_NOW", NOW)
            .env("HOURBANK_USER", "tester")
            .arg("--ledger")
            .arg(self.path())
            .args(args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawns")
    }

    /// Runs and expects success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "hourbank {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 output")
    }

    /// `hourbank bank buy ARGS...`, expected to succeed.
    pub fn buy(&self, args: &[&str]) -> String {
        self.ok(&[&["bank", "buy"], args].concat())
    }

    /// `hourbank log-time ARGS...`, expected to succeed.
    pub fn log(&self, args: &[&str]) -> String {
        self.ok(&[&["log-time"], args].concat())
    }

    /// Every file of the ledger with its bytes.
    pub fn snapshot(&self) -> BTreeMap<String, Vec<u8>> {
        let mut files = BTreeMap::new();
        for entry in std::fs::read_dir(self.path()).expect("readable") {
            let entry = entry.expect("entry");
            let name = entry.file_name().to_string_lossy().to_string();
            if name == ".hourbank.lock" || entry.path().is_dir() {
                continue;
            }
            files.insert(name, std::fs::read(entry.path()).expect("readable"));
        }
        files
    }

    /// Runs a command that must be refused: exit code 1, `message` on stderr, nothing
    /// on stdout, and every ledger file byte-for-byte unchanged.
    pub fn refused(&self, args: &[&str], message: &str) -> String {
        let before = self.snapshot();
        let out = self.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(out.status.code(), Some(1), "hourbank {args:?}: {stderr}");
        assert!(
            stderr.contains(message),
            "hourbank {args:?}: expected {message:?} in stderr:\n{stderr}"
        );
        assert!(out.stdout.is_empty(), "stdout: {}", String::from_utf8_lossy(&out.stdout));
        assert!(before == self.snapshot(), "hourbank {args:?} changed the ledger");
        stderr
    }

    /// Runs a command line with a value outside a fixed list: exit code 2 (SPEC 5),
    /// the value and the possible ones on stderr, the ledger unchanged.
    pub fn usage(&self, args: &[&str], value: &str, possible: &str) -> String {
        let before = self.snapshot();
        let out = self.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(out.status.code(), Some(2), "hourbank {args:?}: {stderr}");
        assert!(
            stderr.contains(&format!("invalid value '{value}'"))
                && stderr.contains(&format!("[possible values: {possible}]")),
            "hourbank {args:?}: {stderr}"
        );
        assert!(out.stdout.is_empty());
        assert!(before == self.snapshot(), "hourbank {args:?} changed the ledger");
        stderr
    }

    /// A ledger with client `acme` (bank, 10 h blocks at 900.00, 12 months validity).
    pub fn with_acme() -> TestLedger {
        let l = TestLedger::new();
        l.ok(&[
            "client",
            "add",
            "acme",
            "--name",
            "Acme Corp",
            "--type",
            "bank",
            "--block-hours",
            "10",
            "--block-price",
            "900",
            "--expiry-months",
            "12",
        ]);
        l
    }

    /// Parses a CSV report into rows of (column -> value).
    pub fn csv(&self, args: &[&str]) -> Vec<BTreeMap<String, String>> {
        let mut full = vec!["--format", "csv"];
        full.extend_from_slice(args);
        parse_csv(&self.ok(&full))
    }

    /// The rows of a ledger CSV file.
    pub fn rows(&self, name: &str) -> Vec<BTreeMap<String, String>> {
        parse_csv(&self.read(name))
    }
}

pub fn parse_csv(text: &str) -> Vec<BTreeMap<String, String>> {
    // Rows written before a column was added are short: their missing fields are empty.
    let mut reader =
        csv::ReaderBuilder::new().comment(Some(b'#')).flexible(true).from_reader(text.as_bytes());
    let header: Vec<String> =
        reader.headers().expect("header").iter().map(str::to_string).collect();
    reader
        .records()
        .map(|r| {
            let r = r.expect("record");
            header
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_string).chain(std::iter::repeat(String::new())))
                .collect()
        })
        .collect()
}

/// The binary with a fixed "today", user and no colour.
pub fn bin() -> Command {
    let mut cmd = Command::cargo_bin("hourbank").expect("binary built");
    cmd.env("HOURBANK_TODAY", TODAY)
        .env("HOURBANK_NOW", NOW)
        .env("HOURBANK_USER", "tester")
        .env("NO_COLOR", "1")
        .env("XDG_CONFIG_HOME", "/nonexistent/hourbank-tests")
        .env_remove("HOURBANK_LEDGER");
    // What `sync` and `git-setup` run of git: no system or user config, a fixed author.
    for (key, value) in GIT_ENV {
        cmd.env(key, value);
    }
    cmd
}

/// The environment of every git run in the tests (and of hourbank's, for `sync`).
pub const GIT_ENV: &[(&str, &str)] = &[
    ("GIT_AUTHOR_NAME", "Tester"),
    ("GIT_AUTHOR_EMAIL", "tester@example.com"),
    ("GIT_COMMITTER_NAME", "Tester"),
    ("GIT_COMMITTER_EMAIL", "tester@example.com"),
    ("GIT_CONFIG_NOSYSTEM", "1"),
    ("GIT_CONFIG_GLOBAL", "/dev/null"),
];

/// The one row of a report for `client`.
pub fn row_for<'a>(
    rows: &'a [BTreeMap<String, String>],
    client: &str,
) -> &'a BTreeMap<String, String> {
    rows.iter().find(|r| r["client"] == client).unwrap_or_else(|| panic!("no row for {client}"))
}

impl TestLedger {
    /// Adds a pay-as-you-go client `id` billed at 100.00 an hour.
    pub fn add_payg(&self, id: &str) {
        self.ok(&["client", "add", id, "--name", id, "--type", "payg", "--rate", "100"]);
    }

    /// Runs `git ARGS` in the ledger, expecting success; returns stdout.
    pub fn git(&self, args: &[&str]) -> String {
        git(self.path(), args)
    }
}

/// Runs `git ARGS` in `dir` with a fixed author, expecting success; returns stdout.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = git_output(dir, args);
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).to_string()
}

/// Runs `git ARGS` in `dir` with a fixed author.
pub fn git_output(dir: &Path, args: &[&str]) -> Output {
    std::process::Command::new("git")
        .current_dir(dir)
        .args(args)
        .envs(GIT_ENV.iter().copied())
        .env("HOME", dir)
        .output()
        .expect("git runs")
}

/// A git clone of `origin`'s ledger in a new temporary directory.
pub fn clone(origin: &TestLedger) -> TestLedger {
    let tmp = tempfile::tempdir().expect("temp dir");
    let target = tmp.path().to_string_lossy().to_string();
    let source = origin.path().to_string_lossy().to_string();
    git(origin.path(), &["clone", "--quiet", &source, &target]);
    TestLedger { tmp, config: tempfile::tempdir().expect("temp dir") }
}

/// `hourbank --format json ARGS...`, expected to succeed, parsed.
pub fn json(l: &TestLedger, args: &[&str]) -> serde_json::Value {
    let mut full = vec!["--format", "json"];
    full.extend_from_slice(args);
    serde_json::from_str(&l.ok(&full)).expect("valid JSON")
}

/// (description, hours, amount) of each line of an invoice's JSON.
pub fn lines(v: &serde_json::Value) -> Vec<(String, String, String)> {
    v["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["description"].as_str().unwrap().to_string(),
                l["hours"].to_string(),
                l["amount"].to_string(),
            )
        })
        .collect()
}

/// Owned copies of (description, hours, amount) lines, to compare with [`lines`].
pub fn own(v: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    v.iter().map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())).collect()
}

/// An SMTP server's mailbox for tests: every message it receives, whole.
#[derive(Clone, Default)]
pub struct Inbox {
    pub messages: std::sync::Arc<std::sync::Mutex<Vec<Vec<u8>>>>,
    current: Vec<u8>,
}

impl mailin_embedded::Handler for Inbox {
    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.current.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> mailin_embedded::Response {
        self.messages.lock().unwrap().push(std::mem::take(&mut self.current));
        mailin_embedded::response::OK
    }
}

/// A plain SMTP server on a free local port, serving until the test ends: its port
/// and the messages it receives.
pub fn smtp_inbox() -> (u16, std::sync::Arc<std::sync::Mutex<Vec<Vec<u8>>>>) {
    let inbox = Inbox::default();
    let messages = std::sync::Arc::clone(&inbox.messages);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let mut server = mailin_embedded::Server::new(inbox);
    server
        .with_name("localhost")
        .with_ssl(mailin_embedded::SslConfig::None)
        .unwrap()
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    (port, messages)
}
