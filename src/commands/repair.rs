//! `hourbank repair [--dry-run]`: clears what interrupted writes left that no running
//! write holds (SPEC 12.1, 12.9): the records of writes that could not be rolled back
//! because their files changed since, and the temporary files of atomic rewrites.
//! and CSV files that a merge without the hourbank driver left with a second header
//! line, each rewritten under one header. Never blocked by the problems it fixes.

use std::process::ExitCode;

use anyhow::Result;

use super::Ctx;
use crate::store::csvmerge::{OneHeader, one_header};
use crate::store::files;
use crate::store::layout::CSV_REQUIRED;
use crate::store::unit;
use crate::store::write::{LedgerLock, remove_stale_temp_files, stale_temp_files, write_atomic};

/// Clear what interrupted writes left (records that could not be rolled back,
/// temporary files) and rewrite a CSV file with a second header line under one header
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  hourbank repair --dry-run\n  hourbank repair")]
pub struct Args {
    /// Print what would be cleared; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let dir = ctx.ledger_dir()?;
    // The lock rolls back what it can; what remains could not be.
    let _lock = LedgerLock::acquire(&dir)?;
    let stale = unit::stale(&dir);
    let temp = stale_temp_files(&dir);
    let mut headers: Vec<(&str, OneHeader)> = Vec::new();
    for (file, required) in CSV_REQUIRED {
        let path = dir.join(file);
        let Some(text) = files::read_text(&path).map_err(|e| anyhow::anyhow!("{file}: {e}"))?
        else {
            continue;
        };
        if let Some(fixed) =
            one_header(&text, required).map_err(|e| anyhow::anyhow!("{file}: {e}"))?
        {
            headers.push((file, fixed));
        }
    }
    let lines =
        |h: &OneHeader| h.headers_at.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(", ");
    if stale.is_empty() && temp.is_empty() && headers.is_empty() {
        ctx.confirm("nothing to repair")?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.dry_run {
        for s in &stale {
            ctx.confirm(&format!(
                "dry run: would discard the record of an interrupted write: {}",
                s.write
            ))?;
        }
        for name in &temp {
            ctx.confirm(&format!(
                "dry run: would remove {name}, a temporary file of an interrupted write"
            ))?;
        }
        for (file, fixed) in &headers {
            ctx.confirm(&format!(
                "dry run: would rewrite {file} under one header (second header line(s) at line {})",
                lines(fixed)
            ))?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    for write in unit::discard_stale(&dir)? {
        ctx.confirm(&format!("discarded the record of an interrupted write: {write}"))?;
    }
    remove_stale_temp_files(&dir)?;
    // Last: the rewrites are this write's own unit, whose record must not be taken
    // for a stale one.
    for (file, fixed) in &headers {
        write_atomic(&dir.join(file), fixed.text.as_bytes())?;
        ctx.confirm(&format!(
            "rewrote {file} under one header (second header line(s) at line {})",
            lines(fixed)
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}
