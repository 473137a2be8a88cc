//! `hourbank undo [--list] [--dry-run]` (SPEC 13): reverses the latest write not yet
//! undone, from the record every write keeps in `.hourbank-undo/` for its own roll-back
//! (SPEC 12.8), so undo and recovery are one mechanism. A write is undone only while
//! every file it touched is exactly as it left it.

use std::process::ExitCode;

use anyhow::Result;

use super::Ctx;
use crate::domain::admit::admit_undo_invoices;
use crate::domain::files::INVOICES;
use crate::error::Error;
use crate::render::{Cell, Row};
use crate::store::unit::{self, Undone};
use crate::store::write::{LedgerLock, remove_stale_temp_files};

/// Undo the latest write (up to the last 20, one at a time), while its files are as it
/// left them
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  hourbank undo --list\n  hourbank undo --dry-run\n  hourbank undo"
)]
pub struct Args {
    /// List the writes that can be undone, newest first (time, user, command line)
    #[arg(long, conflicts_with = "dry_run")]
    pub list: bool,
    /// Show what would be undone, change nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let dir = ctx.ledger_dir()?;
    let _lock = LedgerLock::acquire(&dir)?;
    remove_stale_temp_files(&dir)?;
    let writes = unit::done(&dir)?;
    if args.list {
        let rows = writes.iter().map(|w| Row {
            cells: vec![
                Cell::text(&w.time),
                Cell::text(&w.user),
                Cell::text(&w.command),
                Cell::text(w.files.join(" ")),
            ],
            highlight: None,
        });
        ctx.emit_iter(&["time", "user", "command", "files"], rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    for write in &writes {
        if write.files.iter().any(|f| f == INVOICES) {
            admit_removed_invoices(&dir, write)?;
        }
        match unit::undo(&dir, write, args.dry_run)? {
            Undone::Already => {
                super::note(&format!("note: {} was undone already", write.describe()));
            }
            Undone::Reversed(files) => {
                let message = format!("undid {}: put back {}", write.describe(), files.join(", "));
                return ctx.commit_write(args.dry_run, &message, || Ok(()));
            }
        }
    }
    Err(Error::with_hint(
        "nothing to undo",
        "undo reverses the last 20 writes of this clone, one at a time; `hourbank undo --list` shows them",
    )
    .into())
}

/// Refuses to undo a write that issued an invoice a payment refers to now (one that
/// came by a pull: a payment recorded here is a later write, undone first): the invoices the write added are
/// those of `invoices.csv` that its content before the write does not hold.
fn admit_removed_invoices(dir: &std::path::Path, write: &unit::Done) -> Result<(), Error> {
    let before = unit::before_contents(dir, write, INVOICES)?.unwrap_or_default();
    let kept = crate::store::billing::invoices_in(&before);
    let ledger = crate::store::load::load(dir)?;
    let removed: Vec<usize> = (0..ledger.invoices.len())
        .filter(|&n| {
            // By row id: a renumbering keeps it; by number an invoice without one.
            let i = &ledger.invoices[n];
            !kept.iter().any(
                |(id, number)| {
                    if i.id.is_empty() { *number == i.number } else { *id == i.id }
                },
            )
        })
        .collect();
    admit_undo_invoices(&ledger, &removed).map_err(Error::from)
}
