use clap::CommandFactory;
use hourbank::cli::Cli;

use super::support::*;

#[test]
fn the_command_line_definition_is_consistent() {
    Cli::command().debug_assert();
}

#[test]
fn malformed_command_lines_exit_2() {
    let l = TestLedger::new();
    assert_eq!(l.run(&["report", "balances", "--bogus"]).status.code(), Some(2));
    assert_eq!(l.run(&["bank", "buy"]).status.code(), Some(2));
    assert_eq!(l.run(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn bundled_completions_are_current() {
    use clap_complete::Shell;
    for (shell, file) in [
        (Shell::Bash, "completions/hourbank.bash"),
        (Shell::Zsh, "completions/_hourbank"),
        (Shell::Fish, "completions/hourbank.fish"),
        (Shell::PowerShell, "completions/_hourbank.ps1"),
    ] {
        let current = hourbank::commands::completions::completions(Cli::command(), shell);
        let bundled = std::fs::read(file).unwrap_or_default();
        if std::env::var_os("HOURBANK_UPDATE_COMPLETIONS").is_some() {
            std::fs::create_dir_all("completions").unwrap();
            std::fs::write(file, &current).unwrap();
            continue;
        }
        assert!(
            bundled == current,
            "{file} is out of date: run `HOURBANK_UPDATE_COMPLETIONS=1 cargo test --test cli completions`"
        );
    }
    let mut man = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut man).unwrap();
    if std::env::var_os("HOURBANK_UPDATE_COMPLETIONS").is_some() {
        std::fs::write("completions/hourbank.1", &man).unwrap();
    }
    assert!(
        std::fs::read("completions/hourbank.1").unwrap_or_default() == man,
        "completions/hourbank.1 is out of date: run `HOURBANK_UPDATE_COMPLETIONS=1 cargo test --test cli completions`"
    );
    let out = bin().args(["completions", "bash"]).output().unwrap();
    assert_eq!(out.stdout, std::fs::read("completions/hourbank.bash").unwrap());
}

#[test]
fn help_lists_every_command() {
    let out = bin().arg("--help").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for cmd in ["init", "client", "bank", "log-time", "adjust", "report", "check", "completions"] {
        assert!(text.contains(cmd), "{cmd} missing from --help:\n{text}");
    }
}

#[test]
fn no_test_module_is_forgotten() {
    let declared = std::fs::read_to_string("tests/cli.rs").unwrap();
    for entry in std::fs::read_dir("tests/cli").unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        let module = name.strip_suffix(".rs").unwrap_or(&name).to_string();
        assert!(
            declared.contains(&format!("mod {module};")),
            "tests/cli/{name} is not declared in tests/cli.rs, so it never runs"
        );
    }
}

/// The outputs the README shows for the example ledger are what the tool prints.
#[test]
fn readme_examples_are_current() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let mut checked = 0;
    for block in readme.split("```console\n").skip(1) {
        let block = block.split("```").next().unwrap();
        let mut lines = block.lines().peekable();
        while let Some(line) = lines.next() {
            let Some(command) = line.strip_prefix("$ hourbank --ledger ledger-example ") else {
                continue;
            };
            let mut expected = String::new();
            while let Some(next) = lines.peek() {
                if next.starts_with("$ ") {
                    break;
                }
                expected.push_str(lines.next().unwrap());
                expected.push('\n');
            }
            let args: Vec<&str> = command.split_whitespace().collect();
            let out = bin().arg("--ledger").arg("ledger-example").args(&args).output().unwrap();
            assert_eq!(
                String::from_utf8_lossy(&out.stdout),
                expected,
                "README: hourbank {command}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 6, "only {checked} README examples found");
}
