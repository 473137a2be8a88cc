//! `hourbank git-setup [--hooks] [--dry-run]`: makes a clone merge the ledger with
//! hourbank's driver (SPEC 12.1): the driver in `.git/config` by the running binary's
//! absolute path, the CSV and TOML rules in `.gitattributes`, and with `--hooks` a
//! `pre-commit` hook that refuses a commit of a ledger with errors that stop every
//! write.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use super::Ctx;
use crate::error::Error;
use crate::store::git;
use crate::store::write::{LedgerLock, write_atomic};

/// Set up this clone to merge the ledger with hourbank's driver (and with --hooks,
/// to refuse a commit of a ledger with errors)
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  hourbank git-setup\n  hourbank git-setup --hooks")]
pub struct Args {
    /// Also install a pre-commit hook that runs `hourbank check --structural`
    #[arg(long)]
    pub hooks: bool,
    /// Print what would be set up; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// The first line of the hook this command writes: how it recognises its own.
const HOOK_MARK: &str = "# Written by `hourbank git-setup --hooks`";

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let dir = ctx.ledger_dir()?;
    let top = git::top_level(&dir).ok_or_else(|| {
        Error::with_hint(
            format!("{} is not in a git repository; nothing was set up", dir.display()),
            "run `git init` there (or clone the ledger), then `hourbank git-setup`",
        )
    })?;
    let exe = std::env::current_exe()
        .and_then(|p| p.canonicalize())
        .map_err(|e| Error::refused(format!("the path of this program: {e}")))?;
    let _lock = LedgerLock::acquire(&dir)?;
    let prefix = if args.dry_run { "dry run: " } else { "" };
    // The driver, by the absolute path of this binary.
    let driver = git::driver_command(&exe);
    if git::config_get(&dir, "merge.hourbank.driver").as_deref() == Some(driver.as_str()) {
        ctx.confirm(&format!("merge driver already set in .git/config: {driver}"))?;
    } else {
        if !args.dry_run {
            git::config_set(
                &dir,
                "merge.hourbank.name",
                "hourbank ledger files (rows by id, TOML by key)",
            )
            .and_then(|()| git::config_set(&dir, "merge.hourbank.driver", &driver))
            .map_err(|e| Error::refused(format!("git config: {e}")))?;
        }
        ctx.confirm(&format!("{prefix}set the merge driver in .git/config: {driver}"))?;
    }
    // The rules, added after what is there (a later line wins in .gitattributes).
    let missing: Vec<&str> = git::MERGE_RULES
        .iter()
        .filter(|(_, probe)| git::merge_attribute(&dir, probe).as_deref() != Some("hourbank"))
        .map(|(pattern, _)| *pattern)
        .collect();
    if missing.is_empty() {
        ctx.confirm(".gitattributes already merges *.csv and *.toml with hourbank")?;
    } else {
        if !args.dry_run {
            add_rules(&dir.join(".gitattributes"), &missing)?;
        }
        let lines: Vec<String> = missing.iter().map(|p| format!("{p} merge=hourbank")).collect();
        ctx.confirm(&format!(
            "{prefix}added `{}` to .gitattributes (commit it, so every clone merges alike)",
            lines.join("`, `")
        ))?;
    }
    if args.hooks {
        let hook = git::git_path(&dir, "hooks/pre-commit")
            .ok_or_else(|| Error::refused("git does not say where its hooks are"))?;
        let text = hook_text(&exe, &top, &dir);
        match std::fs::read_to_string(&hook) {
            Ok(existing) if existing == text => {
                ctx.confirm(&format!("pre-commit hook already installed: {}", hook.display()))?;
            }
            Ok(existing) if !existing.contains(HOOK_MARK) => {
                return Err(Error::with_hint(
                    format!(
                        "{} exists and is not hourbank's; it was left as it is",
                        hook.display()
                    ),
                    format!("add this line to it: {}", hook_command(&exe, &top, &dir)),
                )
                .into());
            }
            _ => {
                if !args.dry_run {
                    write_hook(&hook, &text)?;
                }
                ctx.confirm(&format!(
                    "{prefix}installed the pre-commit hook {}: a commit of a ledger with errors that stop every write is refused",
                    hook.display()
                ))?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The command the hook runs: from the top of the work tree (where git runs hooks),
/// the ledger by its path relative to it.
fn hook_command(exe: &Path, top: &Path, dir: &Path) -> String {
    let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let top = top.canonicalize().unwrap_or_else(|_| top.to_path_buf());
    let relative = dir.strip_prefix(&top).map(Path::to_path_buf).unwrap_or(dir.clone());
    let relative = if relative.as_os_str().is_empty() { PathBuf::from(".") } else { relative };
    format!(
        "{} --ledger {} check --structural",
        git::shell_quote(&exe.to_string_lossy()),
        git::shell_quote(&relative.to_string_lossy())
    )
}

fn hook_text(exe: &Path, top: &Path, dir: &Path) -> String {
    format!(
        "#!/bin/sh\n{HOOK_MARK}: refuses a commit of a ledger with errors that\n# stop writes (run `hourbank check` to see them; `git commit --no-verify` skips it).\nexec {} >&2\n",
        hook_command(exe, top, dir)
    )
}

fn write_hook(path: &Path, text: &str) -> Result<(), Error> {
    use std::os::unix::fs::PermissionsExt;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    std::fs::write(path, text).map_err(|e| Error::io(path, e))?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
        .map_err(|e| Error::io(path, e))
}

/// Appends `pattern merge=hourbank` lines to `.gitattributes`, keeping every line
/// that is there.
fn add_rules(path: &Path, patterns: &[&str]) -> Result<(), Error> {
    let mut text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::io(path, e)),
    };
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    for pattern in patterns {
        text.push_str(&format!("{pattern} merge=hourbank\n"));
    }
    write_atomic(path, text.as_bytes())
}
