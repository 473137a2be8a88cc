//! `hourbank invoice renumber [--dry-run]`: gives every later-issued invoice of a
//! number that two clones each issued the next free number, in `invoices.csv`,
//! `invoice-lines.csv` and `payments.csv` at once (SPEC 12.1). Never blocked by the
//! duplicates it fixes.

use std::collections::BTreeMap;
use std::process::ExitCode;

use anyhow::Result;

use crate::commands::Access;
use crate::commands::Ctx;
use crate::domain::check::Code;
use crate::domain::invoice::renumbering;
use crate::store::layout::{INVOICE_LINES, INVOICES, PAYMENTS, invoice, invoice_line, payment};
use crate::store::write::{LineEdit, rewrite_lines};

/// Give the later-issued of two invoices with one number the next free number
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  hourbank invoice renumber --dry-run\n  hourbank invoice renumber"
)]
pub struct Args {
    /// Print the new numbers; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    // Never blocked by the merge leftovers it fixes (nor does it print them).
    let (_lock, ledger) = ctx.lock_ledger(Access::Later)?;
    ctx.refuse_fixing(&ledger, &[], &|d| d.code == Code::DuplicateNumber)?;
    let plan = renumbering(&ledger.invoices);
    if plan.is_empty() {
        ctx.confirm("no two invoices share a number; nothing to renumber")?;
        return Ok(ExitCode::SUCCESS);
    }
    // The changes per file and line: the invoice's own number, the `credits` of its
    // credit notes, the `invoice` of its lines and payments (those that name its row
    // id; rows recorded without one stay with the first invoice of the number).
    let mut invoices: BTreeMap<u32, Vec<(usize, String)>> = BTreeMap::new();
    let mut lines: BTreeMap<u32, Vec<(usize, String)>> = BTreeMap::new();
    let mut payments: BTreeMap<u32, Vec<(usize, String)>> = BTreeMap::new();
    for r in &plan {
        let invoice = &ledger.invoices[r.invoice];
        invoices.entry(invoice.line).or_default().push((invoice::NUMBER, r.new.clone()));
        if invoice.id.is_empty() {
            continue;
        }
        for note in ledger.invoices.iter().filter(|n| n.credits_id.as_deref() == Some(&invoice.id))
        {
            invoices.entry(note.line).or_default().push((invoice::CREDITS, r.new.clone()));
        }
        for l in ledger.invoice_lines.iter().filter(|l| l.invoice_id == invoice.id) {
            lines.entry(l.file_line).or_default().push((invoice_line::INVOICE, r.new.clone()));
        }
        for p in ledger.payments.iter().filter(|p| p.invoice_id == invoice.id) {
            payments.entry(p.line).or_default().push((payment::INVOICE, r.new.clone()));
        }
    }
    let prefix = if args.dry_run { "dry run: " } else { "" };
    if !args.dry_run {
        // One unit: the three files change together or not at all.
        for (file, columns, changes) in [
            (INVOICES, invoice::COLUMNS, &invoices),
            (INVOICE_LINES, invoice_line::COLUMNS, &lines),
            (PAYMENTS, payment::COLUMNS, &payments),
        ] {
            if changes.is_empty() {
                continue;
            }
            let edits: Vec<LineEdit<'_>> =
                changes.iter().map(|(l, c)| (*l, Some(c.as_slice()))).collect();
            rewrite_lines(&ledger.dir, file, columns, ledger.files.get(file), &edits)?;
        }
    }
    for r in &plan {
        let invoice = &ledger.invoices[r.invoice];
        let sent = invoice.sent.map(|d| format!(", sent {d}")).unwrap_or_default();
        ctx.confirm(&format!(
            "{prefix}{} -> {} ({}, {}{sent})",
            r.old, r.new, invoice.client, invoice.date
        ))?;
    }
    if !args.dry_run && !ctx.quiet {
        crate::commands::note("tell a client who already has one of these invoices its new number");
    }
    Ok(ExitCode::SUCCESS)
}
