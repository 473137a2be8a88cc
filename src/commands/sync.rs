//! `hourbank sync [-m MESSAGE]`: what every person runs several times a day (SPEC
//! 12.1): commits the ledger's files (only them), pulls with a merge, checks the
//! merged ledger, and pushes when it is clean (no error at all); on a conflict or
//! an error it stops before pushing and says what to do.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::{Ctx, note};
use crate::error::Error;
use crate::store::git;
use crate::store::layout::shared_files;
use crate::store::write::LedgerLock;

/// Commit the ledger's files, pull, check, and push when the ledger is clean
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  hourbank sync\n  hourbank sync -m \"March invoices\"")]
pub struct Args {
    /// The commit message (default: `hourbank sync by USER`)
    #[arg(short, long, value_name = "MESSAGE")]
    pub message: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let dir = ctx.ledger_dir()?;
    ready(&dir)?;
    let files: Vec<&str> =
        shared_files().filter(|name| dir.join(name).exists() || git::tracks(&dir, name)).collect();
    let message = args.message.clone().unwrap_or_else(|| format!("hourbank sync by {}", ctx.user));
    let changed = commit(&dir, &files, &message)?;
    if changed.is_empty() {
        ctx.confirm("nothing to commit")?;
    } else {
        let names: Vec<String> = changed
            .iter()
            .map(|p| Path::new(p).file_name().map_or(p.to_string(), |n| n.to_string_lossy().into()))
            .collect();
        ctx.confirm(&format!("committed {}", names.join(", ")))?;
    }
    let Ok(upstream) =
        git::run(&dir, &["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"])
    else {
        ctx.confirm("this branch has no upstream: nothing pulled or pushed (set one once: `git push -u origin HEAD`)")?;
        return Ok(ExitCode::SUCCESS);
    };
    let upstream = upstream.trim().to_string();
    let before = git::run(&dir, &["rev-parse", "HEAD"]).map_err(|e| git_err("rev-parse", e))?;
    if let Err(e) = git::run(&dir, &["pull", "--quiet", "--no-rebase", "--no-edit"]) {
        let conflicts =
            git::run(&dir, &["diff", "--name-only", "--diff-filter=U"]).unwrap_or_default();
        if conflicts.trim().is_empty() {
            return Err(git_err("pull", format!("{e}\nnothing was pushed")).into());
        }
        return Err(Error::with_hint(
            format!(
                "the merge with {upstream} left conflicts in {}; nothing was pushed",
                conflicts.lines().collect::<Vec<_>>().join(", ")
            ),
            "choose between the versions git marked (`hourbank check` names the markers at their lines), `git add` the files and `git commit`, then run `hourbank sync` again",
        )
        .into());
    }
    let after = git::run(&dir, &["rev-parse", "HEAD"]).map_err(|e| git_err("rev-parse", e))?;
    ctx.confirm(&if before == after {
        format!("pulled: {upstream} had nothing new")
    } else {
        format!("pulled and merged {upstream}")
    })?;
    // The merged ledger is pushed only when it is clean: no error, not even a merge
    // leftover of one client or a failed balance assertion.
    let (ledger, ()) = {
        let _shared = LedgerLock::shared(&dir);
        crate::store::load::load_into(&dir, &|_| ())?
    };
    let failed = ledger.balance_diagnostics(false, ctx.today);
    let errors: Vec<String> = ledger
        .diagnostics
        .iter()
        .chain(&failed)
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    if !errors.is_empty() {
        return Err(Error::with_hint(
            format!("the merged ledger has errors; nothing was pushed:\n{}", errors.join("\n")),
            "fix them (`hourbank check` lists them with what to do), then run `hourbank sync` again",
        )
        .into());
    }
    for warning in ledger.diagnostics.iter().filter(|d| !d.is_error()) {
        note(&format!("warning: {warning}"));
    }
    let ahead = git::run(&dir, &["rev-list", "--count", "@{u}..HEAD"])
        .map_err(|e| git_err("rev-list", e))?;
    if ahead.trim() == "0" {
        ctx.confirm("nothing to push")?;
        return Ok(ExitCode::SUCCESS);
    }
    git::run(&dir, &["push", "--quiet"]).map_err(|e| {
        Error::with_hint(
            format!("git push failed; the merge stays committed here:\n{e}"),
            "another clone may have pushed meanwhile: run `hourbank sync` again",
        )
    })?;
    ctx.confirm(&format!("pushed to {upstream}"))?;
    Ok(ExitCode::SUCCESS)
}

fn git_err(what: &str, e: String) -> Error {
    Error::refused(format!("git {what} failed: {e}"))
}

/// Refuses a sync outside a git clone, in a clone without the merge driver, or while
/// a merge is in progress.
fn ready(dir: &Path) -> Result<(), Error> {
    git::top_level(dir).ok_or_else(|| {
        Error::with_hint(
            format!("{} is not in a git repository; nothing was synced", dir.display()),
            "run `git init` there (or clone the ledger) and `hourbank git-setup`",
        )
    })?;
    // Without the driver git merges the ledger as text: rows removed come back,
    // appends on both sides conflict.
    if git::config_get(dir, "merge.hourbank.driver").is_none() {
        return Err(Error::with_hint(
            "this clone has no merge driver hourbank in .git/config; nothing was synced",
            "run `hourbank git-setup` once in this clone, then `hourbank sync`",
        ));
    }
    if git::run(dir, &["rev-parse", "-q", "--verify", "MERGE_HEAD"]).is_ok() {
        return Err(Error::with_hint(
            "a merge is in progress; nothing was synced",
            "resolve the conflicts git names (`hourbank check` shows the markers at their lines), `git add` the files and `git commit`, then run `hourbank sync` again",
        ));
    }
    Ok(())
}

/// Commits the ledger's `files` as they are under the lock (no write of hourbank half
/// done), added to an index of their own: what the user staged is neither committed
/// nor lost. The lock is released before the commit: its pre-commit hook runs
/// `hourbank check`. Returns the paths the commit changed (none: nothing committed).
fn commit(dir: &Path, files: &[&str], message: &str) -> Result<Vec<String>, Error> {
    let index = git::git_path(dir, "hourbank-sync-index")
        .ok_or_else(|| Error::refused("git does not say where its directory is"))?;
    let _ = std::fs::remove_file(&index);
    let committed = commit_with_index(dir, files, message, &index);
    let _ = std::fs::remove_file(&index);
    committed
}

fn commit_with_index(
    dir: &Path,
    files: &[&str],
    message: &str,
    index: &Path,
) -> Result<Vec<String>, Error> {
    let with_index = |args: &[&str]| git::run_with_index(dir, Some(index), args);
    let has_head = git::run(dir, &["rev-parse", "-q", "--verify", "HEAD"]).is_ok();
    let read: &[&str] = if has_head { &["read-tree", "HEAD"] } else { &["read-tree", "--empty"] };
    with_index(read).map_err(|e| git_err("read-tree", e))?;
    {
        let _lock = LedgerLock::acquire(dir)?;
        let mut add = vec!["add", "--"];
        add.extend(files);
        with_index(&add).map_err(|e| git_err("add", e))?;
    }
    let changed =
        with_index(&["diff", "--cached", "--name-only"]).map_err(|e| git_err("diff", e))?;
    let changed: Vec<String> = changed.lines().map(str::to_string).collect();
    if changed.is_empty() {
        return Ok(changed);
    }
    with_index(&["commit", "--quiet", "-m", message]).map_err(|e| {
        Error::with_hint(
            format!("git commit failed; nothing was pulled or pushed:\n{e}"),
            "fix what it names (`hourbank check` lists the ledger's errors), then run `hourbank sync` again",
        )
    })?;
    // The real index follows the commit for the ledger's files.
    let mut reset = vec!["reset", "--quiet", "--"];
    reset.extend(files);
    git::run(dir, &reset).map_err(|e| git_err("reset", e))?;
    Ok(changed)
}
