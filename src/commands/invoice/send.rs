//! `invoice --send` (SPEC 14): mails an invoice to whom it is billed (the payer when
//! there is one; its `billing_email`, else its `email`) through the `[notify]` channel:
//! a short text part, the HTML invoice, and as attachments the PDF (when a browser is
//! found) and the e-invoice of `[invoice] einvoice`. Sending is recorded in
//! `invoices.csv` (`sent`, `sent_to`); a second send needs `--force`.

use std::process::ExitCode;

use anyhow::Result;

use super::{Args, find_invoice, recorded, recorded_timesheet};
use crate::commands::{Access, Ctx, Sender};
use crate::error::Error;
use crate::store::layout::INVOICES;

/// `invoice --show NUMBER --send`: sends an issued invoice as it was recorded.
pub(super) fn send_issued(ctx: &mut Ctx, args: &Args, number: &str) -> Result<ExitCode> {
    let (lock, ledger) = if args.dry_run {
        (None, ctx.read_ledger()?)
    } else {
        let (lock, ledger) = ctx.lock_ledger(Access::Later)?;
        (Some(lock), ledger)
    };
    let invoice = &ledger.invoices[find_invoice(&ledger, number)?];
    if lock.is_some() {
        ctx.refuse_for(&ledger, &[invoice.client.as_str()])?;
    }
    // A dry run previews a second send too.
    if let Some(sent) = invoice.sent.filter(|_| !args.force && !args.dry_run) {
        let to = if invoice.sent_to.is_empty() {
            String::new()
        } else {
            format!(" to {}", invoice.sent_to)
        };
        return Err(Error::with_hint(
            format!("invoice {number} was sent{to} on {sent}"),
            format!("send it again with `hourbank invoice --show {number} --send --force`"),
        )
        .into());
    }
    let mut doc = recorded(&ledger, number)?;
    let wants = ledger
        .client_ix(&doc.client.id)
        .is_some_and(|ix| ledger.clients[ix as usize].invoice_detail);
    if args.detail || wants {
        doc.timesheet = recorded_timesheet(ctx, &ledger, number, &doc)?;
    }
    let sender = Sender::new(&ledger, args.dry_run)?;
    let to = sender.recipient(&ledger, &doc)?;
    let mail = sender.mail(ctx, &doc, &to)?;
    sender.send(ctx, &mail)?;
    if args.dry_run {
        return Ok(ExitCode::SUCCESS);
    }
    let line = invoice.line;
    crate::store::billing::record_sent(
        &ledger.dir,
        ledger.files.get(INVOICES),
        &[(line, ctx.today, to.clone())],
    )?;
    ctx.confirm(&format!("sent invoice {number} to {to}"))?;
    Ok(ExitCode::SUCCESS)
}
