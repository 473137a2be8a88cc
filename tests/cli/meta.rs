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
    for (file, man) in man_pages() {
        if std::env::var_os("HOURBANK_UPDATE_COMPLETIONS").is_some() {
            std::fs::write(&file, &man).unwrap();
        }
        assert!(
            std::fs::read(&file).unwrap_or_default() == man,
            "{file} is out of date: run `HOURBANK_UPDATE_COMPLETIONS=1 cargo test --test cli completions`"
        );
    }
    let out = bin().args(["completions", "bash"]).output().unwrap();
    assert_eq!(out.stdout, std::fs::read("completions/hourbank.bash").unwrap());
}

/// The manual: `hourbank.1` and one page per command (`hourbank-report.1`, ...), each
/// with EXIT STATUS, ENVIRONMENT, FILES and EXAMPLES sections.
fn man_pages() -> Vec<(String, Vec<u8>)> {
    // Built, so that the global options are on every subcommand's page too.
    let mut root = Cli::command().version(env!("CARGO_PKG_VERSION"));
    root.build();
    let mut pages = vec![("completions/hourbank.1".to_string(), page(root.clone(), "hourbank"))];
    for sub in root.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("hourbank-{}", sub.get_name());
        let leaked: &'static str = Box::leak(name.clone().into_boxed_str());
        let bin: &'static str = Box::leak(format!("hourbank {}", sub.get_name()).into_boxed_str());
        let command = sub.clone().name(leaked).bin_name(bin).version(env!("CARGO_PKG_VERSION"));
        pages.push((format!("completions/{name}.1"), page(command, &name)));
    }
    pages
}

fn page(command: clap::Command, name: &str) -> Vec<u8> {
    let examples: Vec<String> = command
        .get_after_help()
        .map(|h| h.to_string())
        .into_iter()
        .flat_map(|h| {
            h.lines()
                .map(str::trim)
                .filter(|l| l.starts_with("hourbank "))
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    let mut man = Vec::new();
    let command = command
        .after_help(clap::builder::Resettable::<clap::builder::StyledStr>::Reset)
        .after_long_help(clap::builder::Resettable::<clap::builder::StyledStr>::Reset);
    // The synopsis shows each option's value: `[--date <D>]`, not `[--date]`.
    let valued: Vec<(String, String)> = command
        .get_arguments()
        .filter_map(|a| {
            let long = a.get_long()?;
            let names = a.get_value_names()?;
            let takes = a.get_num_args().is_none_or(|n| n.takes_values());
            takes.then(|| {
                (
                    long.to_string(),
                    names.iter().map(|n| format!("<{n}>")).collect::<Vec<_>>().join(" "),
                )
            })
        })
        .collect();
    clap_mangen::Man::new(command).title(name.to_uppercase()).render(&mut man).unwrap();
    let escape_dash = |t: &str| t.replace('-', "\\-");
    let mut text = String::from_utf8(man).unwrap();
    if let Some(start) = text.find(".SH SYNOPSIS") {
        let end = text[start..].find(".SH DESCRIPTION").map_or(text.len(), |e| start + e);
        let mut synopsis = text[start..end].to_string();
        for (long, value) in &valued {
            let flag = format!("[\\fB\\-\\-{}\\fR]", escape_dash(long));
            let with =
                format!("[\\fB\\-\\-{}\\fR \\fI{}\\fR]", escape_dash(long), escape_dash(value));
            synopsis = synopsis.replace(&flag, &with);
        }
        text.replace_range(start..end, &synopsis);
    }
    let mut man = text.into_bytes();
    let escape = |t: &str| t.replace('\\', "\\e").replace('-', "\\-");
    let mut extra = String::new();
    extra.push_str(".SH \"EXIT STATUS\"\n.TP\n0\nSuccess (for \\fBcheck\\fR: no errors, warnings allowed).\n.TP\n1\nA refusal or an error: the message is on stderr and nothing was written.\n.TP\n2\nA command line that does not parse or does not make sense.\n");
    extra.push_str(".SH ENVIRONMENT\n.TP\n\\fBHOURBANK_LEDGER\\fR\nThe ledger directory, when \\fB\\-\\-ledger\\fR is not given (else the nearest directory at or above the working directory that holds hourbank.toml).\n.TP\n\\fBHOURBANK_USER\\fR\nWho writes, recorded in each row's \\fBby\\fR (default: the login name).\n.TP\n\\fBNO_COLOR\\fR\nNever colour output.\n.TP\n\\fBCOLUMNS\\fR\nThe width tables fit in when stdout is not a terminal.\n.TP\n\\fBCOMPLETE\\fR\nWith a shell name, print that shell's completion script (\\fBsource <(COMPLETE=bash hourbank)\\fR).\n");
    extra.push_str(".SH FILES\n.TP\n\\fIhourbank.toml\\fR, \\fIclients.toml\\fR, \\fIpeople.toml\\fR\nSettings, clients and people, edited keeping their comments.\n.TP\n\\fIpurchases.csv\\fR, \\fItimelog.csv\\fR, \\fIadjustments.csv\\fR, \\fIexpenses.csv\\fR\nThe rows every balance is computed from.\n.TP\n\\fIinvoices.csv\\fR, \\fIinvoice\\-lines.csv\\fR, \\fIpayments.csv\\fR, \\fInotifications.csv\\fR\nWhat was invoiced, paid and sent.\n");
    if !examples.is_empty() {
        extra.push_str(".SH EXAMPLES\n");
        for e in examples {
            extra.push_str(&format!(".PP\n.nf\n{}\n.fi\n", escape(&e)));
        }
    }
    man.extend_from_slice(extra.as_bytes());
    man
}

#[test]
fn man_pages_render_without_warnings() {
    if std::process::Command::new("man").arg("--version").output().is_err() {
        assert!(
            std::env::var("HOURBANK_REQUIRE_TOOLS").as_deref() != Ok("1"),
            "man is required (HOURBANK_REQUIRE_TOOLS=1)"
        );
        eprintln!("skipped: man is not installed");
        return;
    }
    for (file, _) in man_pages() {
        let out = std::process::Command::new("man")
            .args(["--warnings", "-l", &file])
            .env("MANWIDTH", "80")
            .env("MANPAGER", "cat")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && stderr.is_empty(), "{file}: {stderr}");
        let text = String::from_utf8_lossy(&out.stdout);
        for section in ["EXIT STATUS", "ENVIRONMENT", "FILES"] {
            assert!(text.contains(section), "{file}: {section} missing");
        }
        // No empty section; the version in the footer; the global options on every page.
        assert!(!text.contains("EXTRA"), "{file}: an empty EXTRA section");
        let footer = text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or_default();
        assert!(footer.contains(env!("CARGO_PKG_VERSION")), "{file}: {footer:?}");
        assert!(
            text.contains("--ledger") && text.contains("--format"),
            "{file}: no global options"
        );
        if file.contains("hourbank-log-time") {
            assert!(
                text.contains("EXAMPLES") && text.contains("hourbank log-time acme 1:30"),
                "{text}"
            );
            assert!(text.contains("[--date <D>]"), "a placeholder in the synopsis: {text}");
        }
    }
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
