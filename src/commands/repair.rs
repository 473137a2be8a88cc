//! `hourbank repair [--dry-run]`: clears what interrupted writes left that no running
//! write holds (SPEC 12.1, 12.9): the records of writes that could not be rolled back
//! because their files changed since, and the temporary files of atomic rewrites.
//! The ledger's files stay as they are. Never blocked by the problems it fixes.

use std::process::ExitCode;

use anyhow::Result;

use super::Ctx;
use crate::store::unit;
use crate::store::write::{LedgerLock, remove_stale_temp_files, stale_temp_files};

/// Clear what interrupted writes left: records that could not be rolled back and
/// temporary files (the ledger's files stay as they are)
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
    if stale.is_empty() && temp.is_empty() {
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
        return Ok(ExitCode::SUCCESS);
    }
    for write in unit::discard_stale(&dir)? {
        ctx.confirm(&format!("discarded the record of an interrupted write: {write}"))?;
    }
    remove_stale_temp_files(&dir)?;
    Ok(ExitCode::SUCCESS)
}
