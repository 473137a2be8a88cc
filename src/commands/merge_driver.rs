//! `hourbank merge-driver BASE OURS THEIRS [PATH]`: git's merge driver for the
//! ledger's files (`*.csv merge=hourbank` and `*.toml merge=hourbank` in
//! `.gitattributes`). CSV rows merge by id, TOML tables and keys one by one; what both
//! branches changed differently is left between conflict markers and the driver exits
//! 1, as git expects of a conflict.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use super::{Ctx, note};
use crate::error::Error;
use crate::store::tomlmerge::{mark_conflicts, merge};
use crate::store::write::write_atomic;

/// Merge a ledger file for git: CSV rows by id, TOML tables by key (set up with
/// `hourbank git-setup`); writes the result to OURS
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  hourbank git-setup   # writes: git config merge.hourbank.driver \"'/path/to/hourbank' merge-driver %O %A %B %P\""
)]
pub struct Args {
    /// The common ancestor's version (git's %O)
    pub base: PathBuf,
    /// Our version, replaced by the result (git's %A)
    pub ours: PathBuf,
    /// Their version (git's %B)
    pub theirs: PathBuf,
    /// The file's path in the repository (git's %P): `.csv` merges rows by id, `.toml`
    /// tables by key; without it the content decides
    pub path: Option<PathBuf>,
}

pub fn run(_ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let read = |path: &PathBuf| std::fs::read_to_string(path).map_err(|e| Error::io(path, e));
    let (base, ours, theirs) = (read(&args.base)?, read(&args.ours)?, read(&args.theirs)?);
    // One driver, two formats (SPEC 12.9): by %P's extension, else by the content.
    let csv = match args.path.as_ref().and_then(|p| p.extension()).and_then(|e| e.to_str()) {
        Some(ext) => ext.eq_ignore_ascii_case("csv"),
        None => {
            ours.parse::<toml_edit::DocumentMut>().is_err()
                && ours.lines().next().is_some_and(|l| l.contains(','))
        }
    };
    if csv {
        return merge_csv(&args, &base, &ours, &theirs);
    }
    let merged = match merge(&base, &ours, &theirs) {
        Ok(merged) => merged,
        Err(e) => {
            // Nothing is lost: every difference stands between markers for a person
            // (for a side beyond a ledger's bounds, the two files whole: a line diff
            // of them would take minutes).
            let marked = if e.too_large {
                format!("<<<<<<< ours\n{ours}=======\n{theirs}>>>>>>> theirs\n")
            } else {
                mark_conflicts(&ours, &theirs)
            };
            write_atomic(&args.ours, marked.as_bytes())?;
            note(&format!(
                "cannot merge by key ({e}): every difference between the two versions is marked"
            ));
            return Ok(ExitCode::FAILURE);
        }
    };
    finish(&args, &merged.text, &merged.conflicts)
}

/// The CSV side of the driver: rows by id against the ancestor (SPEC 12.1).
fn merge_csv(args: &Args, base: &str, ours: &str, theirs: &str) -> Result<ExitCode> {
    let merged = match crate::store::csvmerge::merge(base, ours, theirs) {
        Ok(merged) => merged,
        Err(e) => {
            // Nothing is lost: both versions stand whole between markers.
            write_atomic(
                &args.ours,
                format!("<<<<<<< ours\n{ours}=======\n{theirs}>>>>>>> theirs\n").as_bytes(),
            )?;
            note(&format!("cannot merge by row ({e}): both versions are marked"));
            return Ok(ExitCode::FAILURE);
        }
    };
    finish(args, &merged.text, &merged.conflicts)
}

/// Writes a merge to OURS; exit 1, naming them, when some changes conflicted.
fn finish(args: &Args, text: &str, conflicts: &[String]) -> Result<ExitCode> {
    write_atomic(&args.ours, text.as_bytes())?;
    if conflicts.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    note(&format!(
        "conflict: both branches changed {}; the file shows both versions between <<<<<<< and >>>>>>>",
        conflicts.join(", ")
    ));
    Ok(ExitCode::FAILURE)
}
