//! `hourbank invoice --all` (SPEC 13): month-end in one command. Every client with
//! something to bill in the period gets its invoice, all recorded in one locked write;
//! one line per invoice and a total per currency on stdout; the clients with nothing
//! to bill and those refused (with why) on stderr. Exit 1 when any was refused or
//! none was issued.

use std::collections::BTreeMap;
use std::process::ExitCode;

use anyhow::Result;
use rust_decimal::Decimal;

use super::{Args, BillableWork, Billing, prepare_invoice, refuse_unended};
use crate::commands::{Access, Ctx};
use crate::domain::invoice::{InvoiceDoc, RowBilled, next_number};
use crate::error::Error;
use crate::render::{Cell, Format, Row};

pub(super) fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let date = ctx.opt_date("--date", args.date.as_deref())?.unwrap_or(ctx.today);
    let period = super::period(ctx, &args)?;
    if !args.force && !args.dry_run {
        refuse_unended(Some(period), date)?;
    }
    let make = |clients: &[crate::domain::client::Client]| {
        BillableWork::new(None, period.1, args.detail || clients.iter().any(|c| c.invoice_detail))
    };
    let (_lock, ledger, mut work) = if args.dry_run {
        let (ledger, work) = ctx.read_ledger_into(&make)?;
        (None, ledger, work)
    } else {
        let (lock, ledger, work) = ctx.lock_ledger_into(Access::Later, &make)?;
        (Some(lock), ledger, work)
    };
    let prefix =
        crate::store::config::invoice_prefix(&ledger.dir, &ledger.settings.invoice_prefix)?;
    let mut numbers: Vec<String> = ledger.invoices.iter().map(|i| i.number.clone()).collect();
    // A dry run refuses lines at 0.00 too: it previews the run.
    let when =
        Billing { date, period: Some(period), allow_zero: args.allow_zero, detail: args.detail };
    // With --send, a client whose invoice cannot go (no address) is refused before
    // anything is recorded.
    let sender =
        args.send.then(|| crate::commands::Sender::new(&ledger, args.dry_run)).transpose()?;
    let mut recipients: Vec<String> = Vec::new();
    let mut issued: Vec<(InvoiceDoc, Vec<RowBilled>)> = Vec::new();
    let (mut nothing, mut invoiced, mut refused) = (Vec::new(), Vec::new(), Vec::new());
    for client in &ledger.clients {
        let id = client.id.as_str();
        // Merge leftovers that concern the client refuse its invoice alone.
        if let Err(e) = ctx.refuse_for(&ledger, &[id]) {
            refused.push((id.to_string(), reason(&e)));
            continue;
        }
        let client_work = work.by_client.remove(id).unwrap_or_default();
        match prepare_invoice(&ledger, id, &when, client_work) {
            Ok((mut doc, billed)) => {
                if let Some(sender) = &sender {
                    match sender.recipient(&ledger, &doc) {
                        Ok(to) => recipients.push(to),
                        Err(e) => {
                            refused.push((id.to_string(), reason(&e)));
                            continue;
                        }
                    }
                }
                if !args.dry_run {
                    let number = next_number(&prefix, date, numbers.iter().map(String::as_str));
                    numbers.push(number.clone());
                    doc.number = Some(number);
                }
                issued.push((doc, billed));
            }
            Err(Error::NothingToBill { .. }) => nothing.push(id.to_string()),
            // Billed by an earlier run: nothing left to bill, not a refusal.
            Err(Error::OverlappingInvoice { number, from, to, .. }) if (from, to) == period => {
                invoiced.push(format!("{id} ({number})"));
            }
            Err(e) => refused.push((id.to_string(), reason(&e))),
        }
    }
    let mut recorded = None;
    if !args.dry_run && !issued.is_empty() {
        let pairs: Vec<(&InvoiceDoc, &[RowBilled])> =
            issued.iter().map(|(d, b)| (d, b.as_slice())).collect();
        recorded = Some(crate::store::billing::record_invoices(&ctx.user, &ledger, &pairs)?);
    }
    show(ctx, &issued, args.dry_run)?;
    let mut unsent = 0;
    if let Some(sender) = &sender {
        unsent = send_all(ctx, &ledger, sender, &issued, &recipients, recorded)?;
    }
    if !invoiced.is_empty() {
        super::super::note(&format!("invoiced already: {}", invoiced.join(", ")));
    }
    if !nothing.is_empty() {
        super::super::note(&format!("nothing to bill: {}", nothing.join(", ")));
    }
    for (client, why) in &refused {
        super::super::note(&format!("refused: {client}: {why}"));
    }
    if refused.is_empty() && !issued.is_empty() && unsent == 0 {
        return Ok(ExitCode::SUCCESS);
    }
    let why = if unsent > 0 {
        format!("{unsent} invoice(s) recorded but not sent")
    } else if issued.is_empty() && refused.is_empty() {
        format!("no client had anything to bill from {} to {}", period.0, period.1)
    } else if issued.is_empty() {
        format!("{} client(s) refused, no invoice issued", refused.len())
    } else {
        format!("{} client(s) refused; the others' invoices are recorded", refused.len())
    };
    super::super::note(&format!("error: {why}"));
    Ok(ExitCode::FAILURE)
}

/// Sends each issued invoice to its recipient (a dry run prints each message); records
/// those sent in one rewrite. The invoices are recorded (committed) first, so a mail
/// that fails leaves its invoice issued: it is named on stderr. Returns how many were
/// not sent.
fn send_all(
    ctx: &mut Ctx,
    ledger: &crate::domain::ledger::Ledger,
    sender: &crate::commands::Sender,
    issued: &[(InvoiceDoc, Vec<RowBilled>)],
    recipients: &[String],
    recorded: Option<crate::store::billing::Recorded>,
) -> Result<usize> {
    if recorded.is_some() {
        crate::store::unit::commit_step()?;
    }
    let mut sent = Vec::new();
    let mut confirmations = Vec::new();
    let mut unsent = 0;
    for (n, ((doc, _), to)) in issued.iter().zip(recipients).enumerate() {
        let number = doc.number.clone().unwrap_or_default();
        match sender.mail(ctx, doc, to).and_then(|mail| sender.send(ctx, &mail)) {
            Ok(()) => {
                if let Some(r) = &recorded {
                    sent.push((r.lines[n], ctx.today, to.clone()));
                    confirmations.push(format!("sent invoice {number} to {to}"));
                }
            }
            Err(e) => {
                unsent += 1;
                let hint = format!("send it with `hourbank invoice --show {number} --send`");
                super::super::note(&format!(
                    "error: invoice {number} of {} is recorded but was not sent: {e}\nhint: {hint}",
                    doc.client.id
                ));
            }
        }
    }
    if let Some(r) = &recorded
        && !sent.is_empty()
    {
        crate::store::billing::record_sent(&ledger.dir, Some(&r.meta), &sent)?;
        ctx.confirm(&confirmations.join("\n"))?;
    }
    Ok(unsent)
}

/// An error as one line: its message and hint.
fn reason(e: &Error) -> String {
    match e.hint() {
        Some(hint) => format!("{e} ({hint})"),
        None => e.to_string(),
    }
    .replace('\n', "; ")
    .trim_start_matches("refused: ")
    .to_string()
}

/// One line per invoice and a total per currency (a table), or the invoices as rows
/// (`number,client,bill_to,date,from,to,total,currency`).
fn show(ctx: &mut Ctx, issued: &[(InvoiceDoc, Vec<RowBilled>)], dry_run: bool) -> Result<()> {
    if ctx.format != Format::Table {
        let rows = issued.iter().map(|(doc, _)| Row {
            cells: vec![
                doc.number.as_deref().map_or(Cell::Empty, Cell::text),
                Cell::text(&doc.client.id),
                Cell::text(&doc.bill_to.id),
                Cell::Fixed(doc.date.to_string()),
                doc.period.map_or(Cell::Empty, |p| Cell::Fixed(p.0.to_string())),
                doc.period.map_or(Cell::Empty, |p| Cell::Fixed(p.1.to_string())),
                Cell::Num(doc.totals.total.to_string()),
                Cell::text(&doc.currency),
            ],
            highlight: None,
        });
        let columns = ["number", "client", "bill_to", "date", "from", "to", "total", "currency"];
        return ctx.emit_iter(&columns, rows);
    }
    let mut totals: BTreeMap<&str, Decimal> = BTreeMap::new();
    let mut lines = Vec::new();
    for (doc, _) in issued {
        *totals.entry(doc.currency.as_str()).or_default() += doc.totals.total.0;
        lines.push(match &doc.number {
            Some(n) => format!(
                "recorded invoice {n} for {} ({} {})",
                doc.client.id, doc.totals.total, doc.currency
            ),
            None => format!(
                "dry run: would issue an invoice for {} ({} {})",
                doc.client.id, doc.totals.total, doc.currency
            ),
        });
    }
    for (currency, total) in totals {
        let total = crate::domain::money::Money::cents(total);
        let prefix = if dry_run { "dry run: " } else { "" };
        lines.push(format!("{prefix}total: {total} {currency}"));
    }
    if !lines.is_empty() {
        ctx.confirm(&lines.join("\n"))?;
    }
    Ok(())
}
