use super::support::*;

#[test]
fn init_writes_commented_settings_headers_and_gitattributes() {
    let l = TestLedger::new();
    assert!(l.read("hourbank.toml").contains("# [rounding]"));
    assert_eq!(l.read(".gitattributes"), "*.csv merge=hourbank\n*.toml merge=hourbank\n");
    assert_eq!(
        l.read(".gitignore"),
        ".hourbank-tmp-*\n.hourbank.lock\n.hourbank.local.toml\n.hourbank-undo/\n"
    );
    // Full headers: ordinary use never extends one (two clones extending it differently
    // would leave a merge with two header lines).
    assert_eq!(
        l.read("purchases.csv"),
        "id,date,client,hours,price,expires,project,note,by,valid_months\n"
    );
    assert_eq!(
        l.read("timelog.csv"),
        "id,date,client,person,hours,charged,project,service,billable,rate,kind,note,notice,source,by,edited_by,multiplier\n"
    );
    assert_eq!(
        l.read("notifications.csv"),
        "id,date,client,kind,threshold,lot,episode,message,by,bank,recipient\n"
    );
    assert_eq!(l.read("adjustments.csv"), "id,date,holder,bank,kind,hours,expires,reason,by\n");
    // A fresh ledger is valid and empty.
    assert_eq!(l.ok(&["check"]), "");
}

#[test]
fn init_refuses_to_overwrite_an_existing_ledger() {
    let l = TestLedger::with_acme();
    let before = l.snapshot();
    let out = bin().arg("init").arg(l.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already holds a ledger"));
    assert!(before == l.snapshot());
}

#[test]
fn init_example_is_a_clean_ledger() {
    let l = TestLedger::example();
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    // Same files as the bundled ledger-example/.
    for name in ["clients.toml", "purchases.csv", "timelog.csv", "adjustments.csv"] {
        let bundled = std::fs::read_to_string(format!("ledger-example/{name}")).unwrap();
        assert_eq!(l.read(name), bundled, "{name}");
    }
}

#[test]
fn ledger_is_found_from_env_and_from_a_subdirectory() {
    let l = TestLedger::with_acme();
    let sub = l.path().join("a/b");
    std::fs::create_dir_all(&sub).unwrap();
    let out = bin().current_dir(&sub).args(["--format", "csv", "client", "list"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("acme"), "{out:?}");
    let elsewhere = tempfile::tempdir().unwrap();
    let out = bin()
        .current_dir(elsewhere.path())
        .env("HOURBANK_LEDGER", l.path())
        .args(["--format", "csv", "client", "list"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("acme"), "{out:?}");
}

#[test]
fn no_ledger_is_a_clear_error_naming_init() {
    let elsewhere = tempfile::tempdir().unwrap();
    let out = bin().current_dir(elsewhere.path()).args(["report", "balances"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no ledger found"), "{stderr}");
    assert!(stderr.contains("hourbank init"), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_ledger_flag_without_a_ledger_is_an_error() {
    let empty = tempfile::tempdir().unwrap();
    let out =
        bin().arg("--ledger").arg(empty.path()).args(["report", "balances"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("hourbank.toml is missing") && stderr.contains("hourbank init"),
        "{stderr}"
    );
}

#[test]
fn init_creates_the_directory_named_by_ledger() {
    let elsewhere = tempfile::tempdir().unwrap();
    let out =
        bin().current_dir(elsewhere.path()).args(["--ledger", "books", "init"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(elsewhere.path().join("books/hourbank.toml").is_file());
    assert!(!elsewhere.path().join("hourbank.toml").exists());
}

#[test]
fn init_in_a_git_clone_sets_the_merge_driver_and_elsewhere_says_how() {
    let repo = tempfile::tempdir().unwrap();
    git(repo.path(), &["init", "--quiet"]);
    let dir = repo.path().join("books");
    let out = bin().arg("init").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("initialized ledger in {}; set the merge driver in .git/config\n", dir.display())
    );
    let exe = assert_cmd::cargo::cargo_bin("hourbank").canonicalize().unwrap();
    assert_eq!(
        git(repo.path(), &["config", "--get", "merge.hourbank.driver"]),
        format!("{} merge-driver %O %A %B %P\n", exe.display())
    );
    let plain = tempfile::tempdir().unwrap();
    let out = bin().arg("init").arg(plain.path()).output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!(
            "initialized ledger in {} (to keep it in git: `git init` there, then `hourbank git-setup`)\n",
            plain.path().display()
        )
    );
}
