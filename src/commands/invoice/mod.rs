//! `hourbank invoice`: bills a client for a period (retainer fees, hours bought,
//! overage, pay-as-you-go hours), records the invoice and its lines under the ledger
//! lock, shows an issued invoice again, and records payments (`invoice pay`).

mod all;
mod renumber;
mod send;

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use clap::{Args as ClapArgs, Subcommand};

use super::{Ctx, client_arg};
use crate::commands::Access;
use crate::domain::billing::{billed_by_key, due_keys, invoice_lines};
use crate::domain::check::Code;
use crate::domain::date::{month_end, parse_month};
use crate::domain::duration::Minutes;
use crate::domain::einvoice::Flavour;
use crate::domain::id::IdKind;
use crate::domain::invoice::{BillableRow, LineKind, RowBilled, rows_billed};
use crate::domain::invoice::{InvoiceDoc, InvoiceLine, Scope, Totals, next_number};
use crate::domain::ledger::{Ledger, WorkKind, WorkRow, WorkSink};
use crate::domain::money::Money;
use crate::error::Error;
use crate::render::Format;
use crate::store::layout::payment;
use crate::store::layout::{EXPENSES, PAYMENT_COLUMNS, PAYMENTS, PURCHASES};
use crate::store::write::{Append, check_one_line, new_row_id};

/// Bill a client for a period, show an issued invoice, or record a payment
#[derive(Debug, ClapArgs)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
#[command(
    after_help = "Examples:\n  hourbank invoice acme -p lastmonth\n  hourbank --format html invoice acme --month 2026-11 -o invoice.html\n  hourbank invoice pay INV-2026-0007 --amount 450"
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<InvoiceCommand>,
    /// The client to bill
    #[arg(add = crate::complete::clients(), required_unless_present_any = ["show", "all"])]
    pub client: Option<String>,
    /// Bill every client with something to bill in the period, in one write
    #[arg(long, conflicts_with_all = ["client", "show", "corrections_only", "output"])]
    pub all: bool,
    /// Add a timesheet: every billed time row (date, person, project, note, hours)
    /// under the line that bills it
    #[arg(long)]
    pub detail: bool,
    /// Bill this calendar month
    #[arg(long, value_name = "YYYY-MM", conflicts_with_all = ["from", "to", "period"])]
    pub month: Option<String>,
    /// Bill a period (lastmonth, thismonth, lastweek, 2026-11, 2026-Q4, 2026, ...)
    #[arg(short = 'p', long, value_name = "P", conflicts_with_all = ["from", "to"])]
    pub period: Option<String>,
    /// First day of the period billed
    #[arg(long, value_name = "D", requires = "to")]
    pub from: Option<String>,
    /// Last day of the period billed
    #[arg(long, value_name = "D", requires = "from")]
    pub to: Option<String>,
    /// Date of the invoice (default: today)
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    /// Show an issued invoice again, exactly as it was recorded
    #[arg(add = crate::complete::invoices(), long, value_name = "NUMBER", conflicts_with_all = ["client", "month", "period", "from", "to", "date"])]
    pub show: Option<String>,
    /// Mail the invoice to the client's billing_email (else email), with its PDF and
    /// e-invoice, through [notify]; recorded in invoices.csv
    #[arg(long, conflicts_with = "output")]
    pub send: bool,
    /// Show the invoice without a number, record nothing (with --send: print the
    /// message instead of sending it)
    #[arg(long)]
    pub dry_run: bool,
    /// Issue the invoice even when lines are at a rate of 0.00
    #[arg(long)]
    pub allow_zero: bool,
    /// Bill a period that has not ended on the invoice's date; with --show and --send,
    /// send an invoice that was sent before again
    #[arg(long)]
    pub force: bool,
    /// Bill only the pending corrections of periods already invoiced (no new period)
    #[arg(long, conflicts_with_all = ["month", "period", "from", "to", "show"])]
    pub corrections_only: bool,
    /// Write the document (html, cii, csv, json) to this file, atomically, instead of
    /// stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum InvoiceCommand {
    /// Record a payment against an invoice
    Pay(PayArgs),
    /// Issue a credit note: void an invoice (--all) or credit part of it
    Credit(CreditArgs),
    /// Give the later-issued of two invoices with one number (two clones each issued
    /// it) the next free number, with its lines and payments
    Renumber(renumber::Args),
}

/// Issue a credit note for an invoice: `--all` reverses every line (the keys are billed
/// again by the next invoice; the original becomes void), `--amount` credits an amount
/// before tax as goodwill (never billed again)
#[derive(Debug, ClapArgs)]
#[command(
    after_help = "Examples:\n  hourbank invoice credit INV-2026-0007 --all --reason \"issued by mistake\"\n  hourbank invoice credit INV-2026-0007 --amount 50 --reason \"goodwill for the delay\""
)]
pub struct CreditArgs {
    /// The number of the invoice to credit
    #[arg(add = crate::complete::invoices())]
    pub number: String,
    /// Reverse every line of the invoice (void it)
    #[arg(long, conflicts_with = "amount", required_unless_present = "amount")]
    pub all: bool,
    /// Credit this amount before tax (tax is added at the invoice's rate)
    #[arg(long, value_name = "A", allow_hyphen_values = true, requires = "reason")]
    pub amount: Option<String>,
    /// Why (printed on the credit note; required with --amount)
    #[arg(long, allow_hyphen_values = true)]
    pub reason: Option<String>,
    /// Date of the credit note (default: today)
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    /// Show the credit note without a number, record nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, ClapArgs)]
#[command(
    after_help = "Examples:\n  hourbank invoice pay INV-2026-0007\n  hourbank invoice pay INV-2026-0007 --amount 450 --date 2026-12-03\n  hourbank invoice pay INV-2026-0007 --amount -20 --note refund"
)]
pub struct PayArgs {
    /// The invoice number, e.g. INV-2026-0007
    #[arg(add = crate::complete::invoices())]
    pub number: String,
    /// Amount paid (default: what is outstanding; for a credit note, the refund, negative)
    #[arg(long, value_name = "A", allow_hyphen_values = true)]
    pub amount: Option<String>,
    /// Date of the payment (default: today)
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    /// Free text
    #[arg(long, allow_hyphen_values = true)]
    pub note: Option<String>,
    /// Show what would be recorded, record nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    match args.command {
        Some(InvoiceCommand::Pay(pay_args)) => return pay(ctx, pay_args),
        Some(InvoiceCommand::Credit(credit_args)) => return credit(ctx, credit_args),
        Some(InvoiceCommand::Renumber(args)) => return renumber::run(ctx, args),
        None => {}
    }
    if let Some(path) = &args.output {
        ctx.refuse_ledger_output(path)?;
    }
    if let Some(number) = &args.show {
        if args.send {
            return send::send_issued(ctx, &args, number);
        }
        if args.dry_run {
            return Err(Error::Usage {
                command: "invoice",
                message: "--show records nothing: --dry-run goes with --send".into(),
            }
            .into());
        }
        let ledger = ctx.read_ledger()?;
        let mut doc = recorded(&ledger, number)?;
        let wants = |id: &str| {
            ledger.client_ix(id).is_some_and(|ix| ledger.clients[ix as usize].invoice_detail)
        };
        if args.detail || wants(&doc.client.id) {
            doc.timesheet = recorded_timesheet(ctx, &ledger, number, &doc)?;
        }
        prepare(ctx, &ledger, &mut doc, args.output.as_deref())?;
        emit(ctx, &doc, args.output.as_deref())?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.all {
        return all::run(ctx, args);
    }
    let client_id = args.client.clone().unwrap_or_default();
    let date = ctx.opt_date("--date", args.date.as_deref())?.unwrap_or(ctx.today);
    let period = if args.corrections_only { None } else { Some(period(ctx, &args)?) };
    // A period that has not ended yet is billed only when asked to (SPEC 12.6).
    if !args.force && !args.dry_run {
        refuse_unended(period, date)?;
    }
    // Corrections concern periods already invoiced: rows up to the invoice date are
    // read, the keys of invoiced periods compared.
    let read_to = period.map_or(date, |p| p.1);
    // The rows' notes are kept when the invoice carries its timesheet.
    let make = |clients: &[crate::domain::client::Client]| {
        let wants = clients.iter().any(|c| c.id.as_str() == client_id && c.invoice_detail);
        BillableWork::new(Some(client_id.clone()), read_to, args.detail || wants)
    };
    let (lock, ledger, mut work) = if args.dry_run {
        let (ledger, work) = ctx.read_ledger_into(&make)?;
        (None, ledger, work)
    } else {
        let (lock, ledger, work) =
            ctx.lock_ledger_into(Access::Clients(&[client_id.as_str()]), &make)?;
        (Some(lock), ledger, work)
    };
    let work = work.by_client.remove(&client_id).unwrap_or_default();
    let when =
        Billing { date, period, allow_zero: args.allow_zero || args.dry_run, detail: args.detail };
    let (mut doc, billed) = prepare_invoice(&ledger, &client_id, &when, work)?;
    if args.send {
        return issue_and_send(ctx, &ledger, doc, &billed, args.dry_run);
    }
    let output = args.output.as_deref();
    let Some(number) = issue(ctx, &ledger, &mut doc, &billed, args.dry_run, output)? else {
        return Ok(ExitCode::SUCCESS);
    };
    drop(lock);
    let confirmation = format!(
        "recorded invoice {number} for {} ({} {})",
        doc.client.id, doc.totals.total, doc.currency
    );
    confirm_issue(ctx, &confirmation, args.output.is_some())
}

/// When and what an invoice bills.
struct Billing {
    /// The invoice's date.
    date: NaiveDate,
    /// The period billed; none for a corrections-only invoice.
    period: Option<(NaiveDate, NaiveDate)>,
    /// Lines at a rate of 0.00 are let through (`--allow-zero`, and a dry run).
    allow_zero: bool,
    /// The document gets its timesheet (`--detail`).
    detail: bool,
}

/// The invoice client `client_id` gets for `when` (its document without a number, and
/// the time rows it bills), or why not: an unknown client, an overlap with an issued
/// invoice, nothing to bill, a line without a price or at 0.00.
fn prepare_invoice(
    ledger: &Ledger,
    client_id: &str,
    when: &Billing,
    work: ClientWork,
) -> Result<(InvoiceDoc, Vec<RowBilled>), Error> {
    let Billing { date, period, allow_zero, detail } = *when;
    let ClientWork { rows: work, cancellations, named } = work;
    let ix = client_arg(ledger, client_id)?;
    let client = &ledger.clients[ix as usize];
    let (from, to) = match period {
        Some(p) => p,
        None => corrected_period(ledger, client_id)?,
    };
    let work: Vec<_> = work.into_iter().filter(|w| w.0 <= to).collect();
    let void = ledger.void_invoices();
    if let Some((_, earlier)) = ledger.invoices.iter().enumerate().find(|&(n, i)| {
        i.client == client_id && period.is_some() && i.overlaps(from, to) && !void[n]
    }) {
        return Err(Error::OverlappingInvoice {
            client: client.id.to_string(),
            number: earlier.number.clone(),
            from: earlier.from,
            to: earlier.to,
            new_from: from,
            new_to: to,
        });
    }
    let billed = billed_by_key(ledger.billed_lines(client_id).map(|l| &l.line));
    let cancellations: Vec<_> = cancellations.into_iter().filter(|c| c.0 <= to).collect();
    let due = due_keys(&crate::domain::invoicing::billable(ledger, ix, to, work, cancellations));
    // A client's first invoice bills nothing dated before its period.
    let start = ledger.billing_start(ix).unwrap_or(from);
    refuse_unnamed(&due, start)?;
    let lines = invoice_lines(&due, &billed, from, to, Some(start));
    if lines.is_empty() {
        if period.is_none() {
            return Err(Error::refused(format!(
                "nothing to bill for {client_id}: no pending corrections (everything invoiced is settled)"
            )));
        }
        return Err(Error::NothingToBill { client: client.id.to_string(), from, to });
    }
    if !allow_zero {
        refuse_zero_rate(&lines, client)?;
    }
    let row_invoices = ledger.row_invoices();
    let named: Vec<_> = named.into_iter().filter(|r| r.date <= to).collect();
    let billed =
        rows_billed(&lines, &named, &|r| row_invoices.of(&r.id, client_id, r.date).is_some());
    let mut doc = crate::domain::invoicing::draft(ledger, client, date, period, lines, &due);
    if detail || client.invoice_detail {
        doc.timesheet = crate::domain::invoice::timesheet(&doc.lines, &named, &billed);
    }
    Ok((doc, billed))
}

/// Prepares the document, and but for a dry run (which only shows it) gives it the
/// next number, records it and shows it; returns the number.
fn issue(
    ctx: &mut Ctx,
    ledger: &Ledger,
    doc: &mut InvoiceDoc,
    billed: &[RowBilled],
    dry_run: bool,
    output: Option<&std::path::Path>,
) -> Result<Option<String>> {
    // What the document needs (a logo, an e-invoice's countries) stops it before it
    // is recorded.
    prepare(ctx, ledger, doc, output)?;
    if dry_run {
        emit(ctx, doc, output)?;
        return Ok(None);
    }
    let (number, _) = record(ctx, ledger, doc, billed)?;
    emit(ctx, doc, output)?;
    Ok(Some(number))
}

/// Gives `doc` the next number and records it with the rows it bills.
fn record(
    ctx: &Ctx,
    ledger: &Ledger,
    doc: &mut InvoiceDoc,
    billed: &[RowBilled],
) -> Result<(String, crate::store::billing::Recorded)> {
    let prefix =
        crate::store::config::invoice_prefix(&ledger.dir, &ledger.settings.invoice_prefix)?;
    let number = next_number(&prefix, doc.date, ledger.invoices.iter().map(|i| i.number.as_str()));
    doc.number = Some(number.clone());
    let recorded = crate::store::billing::record_invoice(&ctx.user, ledger, doc, billed)?;
    Ok((number, recorded))
}

/// `invoice CLIENT ... --send`: issues the invoice and mails it (SPEC 14); a dry run
/// prints the message of the invoice without a number. The invoice is recorded before
/// its mail goes, and stays recorded when the mail fails (then sent with `--show N
/// --send`): a number a client may have seen is never issued again.
fn issue_and_send(
    ctx: &mut Ctx,
    ledger: &Ledger,
    mut doc: InvoiceDoc,
    billed: &[RowBilled],
    dry_run: bool,
) -> Result<ExitCode> {
    let sender = crate::commands::Sender::new(ledger, dry_run)?;
    let to = sender.recipient(ledger, &doc)?;
    if dry_run {
        let mail = sender.mail(ctx, &doc, &to)?;
        sender.send(ctx, &mail)?;
        return Ok(ExitCode::SUCCESS);
    }
    let (number, recorded) = record(ctx, ledger, &mut doc, billed)?;
    crate::store::unit::commit_step()?;
    ctx.confirm(&format!(
        "recorded invoice {number} for {} ({} {})",
        doc.client.id, doc.totals.total, doc.currency
    ))?;
    if let Err(e) = sender.mail(ctx, &doc, &to).and_then(|mail| sender.send(ctx, &mail)) {
        return Err(Error::with_hint(
            format!("invoice {number} is recorded but was not sent: {e}"),
            format!("send it with `hourbank invoice --show {number} --send`"),
        )
        .into());
    }
    let line = recorded.lines.first().copied().unwrap_or_default();
    crate::store::billing::record_sent(
        &ledger.dir,
        Some(&recorded.meta),
        &[(line, ctx.today, to.clone())],
    )?;
    ctx.confirm(&format!("sent invoice {number} to {to}"))?;
    Ok(ExitCode::SUCCESS)
}

/// The confirmation of an issued document goes to stdout after a table (or when the
/// document went to a file); after a CSV, JSON, HTML or CII document, which is the
/// whole of stdout, to stderr. --quiet silences it.
fn confirm_issue(ctx: &mut Ctx, confirmation: &str, to_file: bool) -> Result<ExitCode> {
    if ctx.format == Format::Table || to_file {
        ctx.confirm(confirmation)?;
    } else if !ctx.quiet {
        super::note(confirmation);
    }
    Ok(ExitCode::SUCCESS)
}

/// The period from `--month` or `--from`/`--to`.
fn period(ctx: &Ctx, args: &Args) -> Result<(NaiveDate, NaiveDate), Error> {
    if let Some(period) = ctx.period_arg(args.period.as_deref())? {
        return Ok(period);
    }
    if let Some(month) = &args.month {
        let first = parse_month(month).ok_or_else(|| {
            Error::refused(format!("--month \"{month}\": use YYYY-MM, like 2026-03"))
        })?;
        return Ok((first, month_end(first)));
    }
    match (&args.from, &args.to) {
        (Some(f), Some(t)) => {
            let from = ctx.date_arg("--from", f)?;
            let to = ctx.date_arg("--to", t)?;
            if to < from {
                return Err(Error::refused(format!("--to {to} is before --from {from}")));
            }
            Ok((from, to))
        }
        _ => Err(Error::Usage {
            command: "invoice",
            message: "invoice needs --month YYYY-MM, -p PERIOD or --from D --to D".into(),
        }),
    }
}

/// The billable work through the period's end of one client, or of every
/// pay-as-you-go client (`invoice --all`; the work of the others bills nothing by the
/// row). Earlier periods count too: what they should bill now is compared with what
/// their invoices billed.
struct BillableWork {
    client: Option<String>,
    to: NaiveDate,
    by_client: rustc_hash::FxHashMap<String, ClientWork>,
    /// Keep what a timesheet shows of each row (`--detail`).
    detail: bool,
}

/// A client's billable work: (date, service, row rate, charged) and cancellations
/// (date, row rate, charged), and the same rows with their ids.
#[derive(Default)]
struct ClientWork {
    rows: Vec<(NaiveDate, String, Option<Money>, Minutes)>,
    cancellations: Vec<(NaiveDate, Option<Money>, Minutes)>,
    named: Vec<BillableRow>,
}

impl BillableWork {
    fn new(client: Option<String>, to: NaiveDate, detail: bool) -> BillableWork {
        BillableWork { client, to, by_client: Default::default(), detail }
    }
}

impl WorkSink for BillableWork {
    fn row(&mut self, w: &WorkRow<'_>) {
        let wanted = match &self.client {
            Some(c) => w.client_id == c,
            None => w.client_type == Some(crate::domain::client::ClientType::Payg),
        };
        if !wanted || !w.billable || w.date > self.to {
            return;
        }
        let work = self.by_client.entry(w.client_id.to_string()).or_default();
        let kind = match w.kind {
            WorkKind::Work => {
                work.rows.push((w.date, w.service.to_string(), w.rate, w.charged));
                LineKind::Work
            }
            WorkKind::Cancellation => {
                work.cancellations.push((w.date, w.rate, w.charged));
                LineKind::Cancellation
            }
            WorkKind::TimeOff => return,
        };
        let service = if kind == LineKind::Work { w.service.to_string() } else { String::new() };
        let (id, date, rate, charged) = (w.id.to_string(), w.date, w.rate, w.charged);
        // What a timesheet shows, kept only when one is asked for.
        let text = |s: &str| if self.detail { s.to_string() } else { String::new() };
        let (person, project, note) = (text(w.person), text(w.project), text(w.note));
        work.named.push(BillableRow {
            id,
            date,
            kind,
            service,
            rate,
            charged,
            person,
            project,
            note,
        });
    }

    fn append(&mut self, later: Self) {
        for (client, w) in later.by_client {
            let work = self.by_client.entry(client).or_default();
            work.rows.extend(w.rows);
            work.cancellations.extend(w.cancellations);
            work.named.extend(w.named);
        }
    }
}

/// The timesheet of issued invoice `number`: the rows `invoice-rows.csv` records for
/// it, with what they charged then, read from the time log by their ids.
fn recorded_timesheet(
    ctx: &Ctx,
    ledger: &Ledger,
    number: &str,
    doc: &InvoiceDoc,
) -> Result<Vec<crate::domain::invoice::TimesheetRow>> {
    let Some(invoice) = ledger.invoices.iter().find(|i| i.number == number && !i.id.is_empty())
    else {
        return Ok(Vec::new());
    };
    let billed: Vec<RowBilled> =
        ledger.rows_billed.iter().filter(|b| b.invoice_id == invoice.id).cloned().collect();
    if billed.is_empty() {
        return Ok(Vec::new());
    }
    let ids: rustc_hash::FxHashSet<String> = billed.iter().map(|b| b.row.clone()).collect();
    let (_, found) = ctx.read_ledger_into(&|_| RowsById { ids: ids.clone(), rows: Vec::new() })?;
    Ok(crate::domain::invoice::timesheet(&doc.lines, &found.rows, &billed))
}

/// The billable time rows with these ids, with what a timesheet shows of them.
struct RowsById {
    ids: rustc_hash::FxHashSet<String>,
    rows: Vec<BillableRow>,
}

impl WorkSink for RowsById {
    const BANKS: bool = false;

    fn row(&mut self, w: &WorkRow<'_>) {
        if !self.ids.contains(w.id) {
            return;
        }
        let kind = match w.kind {
            WorkKind::Work => LineKind::Work,
            WorkKind::Cancellation => LineKind::Cancellation,
            WorkKind::TimeOff => return,
        };
        let service = if kind == LineKind::Work { w.service.to_string() } else { String::new() };
        self.rows.push(BillableRow {
            id: w.id.to_string(),
            date: w.date,
            kind,
            service,
            rate: w.rate,
            charged: w.charged,
            person: w.person.to_string(),
            project: w.project.to_string(),
            note: w.note.to_string(),
        });
    }

    fn append(&mut self, later: Self) {
        self.rows.extend(later.rows);
    }
}

/// An issued invoice, rebuilt from what `invoices.csv` and `invoice-lines.csv` say.
fn recorded(ledger: &Ledger, number: &str) -> Result<InvoiceDoc, Error> {
    let (doc, filled) = crate::domain::invoicing::recorded(ledger, find_invoice(ledger, number)?);
    if !filled.is_empty() {
        super::note(&format!(
            "note: {} empty when invoice {number} was issued: shown with today's {}",
            if filled.len() == 1 { "a field was" } else { "some fields were" },
            filled.join(", ")
        ));
    }
    Ok(doc)
}

/// Prints an invoice in the chosen format.
fn emit(ctx: &mut Ctx, doc: &InvoiceDoc, output: Option<&std::path::Path>) -> Result<()> {
    let hours = |m| ctx.hours(m);
    let look = if output.is_none() { ctx.output } else { ctx.output.plain() };
    let bytes = crate::render::invoice::render(doc, ctx.format, look, &hours);
    match (ctx.format, output) {
        (Format::Pdf, Some(path)) => {
            crate::store::write::write_atomic(path, &crate::render::pdf::of_html(&bytes)?)?
        }
        (Format::Facturx, Some(path)) => {
            // The browser's PDF of the HTML, with the CII embedded.
            let xml = crate::render::cii::invoice(doc, Flavour::Cii);
            let pdf = crate::render::pdf::of_html(&bytes)?;
            let title = format!("{} {}", doc.title(), doc.number.as_deref().unwrap_or("DRAFT"));
            let facturx = crate::render::facturx::embed(&pdf, xml.as_bytes(), &title, doc.date)
                .map_err(|e| Error::refused(format!("--format facturx: {e}")))?;
            crate::store::write::write_atomic(path, &facturx)?;
        }
        (_, Some(path)) => crate::store::write::write_atomic(path, &bytes)?,
        (_, None) => ctx.out.write_all(&bytes)?,
    }
    Ok(())
}

/// Completes what the chosen format needs: the HTML's logo; the data an e-invoice
/// cannot go without (refused, naming the settings to add).
fn prepare(
    ctx: &Ctx,
    ledger: &Ledger,
    doc: &mut InvoiceDoc,
    output: Option<&std::path::Path>,
) -> Result<(), Error> {
    let name = if ctx.format == Format::Pdf { "pdf" } else { "facturx" };
    match ctx.format {
        Format::Pdf | Format::Facturx if output.is_none() => {
            return Err(Error::with_hint(
                format!("--format {name} writes a file: name it with -o"),
                format!("hourbank --format {name} invoice ... -o invoice.pdf"),
            ));
        }
        Format::Pdf | Format::Facturx if crate::render::pdf::printer().is_none() => {
            return Err(Error::with_hint(
                format!(
                    "--format {name} needs chromium (or wkhtmltopdf) on the PATH, and neither is there"
                ),
                "write the HTML (`--format html -o invoice.html`) and print it to PDF from a browser",
            ));
        }
        Format::Html | Format::Pdf => doc.logo = crate::commands::logo(ledger),
        Format::Cii | Format::Xrechnung | Format::Ubl | Format::Facturx => {
            let flavour = match ctx.format {
                Format::Xrechnung => Flavour::XRechnung,
                Format::Ubl => Flavour::Ubl,
                _ => Flavour::Cii,
            };
            crate::commands::refuse_missing(
                doc,
                flavour,
                "",
                "then issue or show the invoice again",
            )?;
            if ctx.format == Format::Facturx {
                doc.logo = crate::commands::logo(ledger);
            }
        }
        _ => {}
    }
    Ok(())
}

fn pay(ctx: &mut Ctx, args: PayArgs) -> Result<ExitCode> {
    let amount = args
        .amount
        .as_deref()
        .map(|t| Money::parse(t).map_err(|e| Error::refused(format!("--amount: {e}"))))
        .transpose()?;
    let date = ctx.opt_date("--date", args.date.as_deref())?.unwrap_or(ctx.today);
    if let Some(note) = &args.note {
        check_one_line("--note", note)?;
    }
    let (_lock, ledger) = ctx.lock_ledger(Access::Later)?;
    let here = find_invoice(&ledger, &args.number)?;
    let invoice = &ledger.invoices[here];
    ctx.refuse_for(&ledger, &[invoice.client.as_str(), invoice.payer.as_str()])?;
    let standing = ledger.standings(NaiveDate::MAX)[here];
    let outstanding = standing.outstanding;
    let amount = crate::domain::admit::admit_payment(invoice, outstanding, amount, date)
        .map_err(Error::from)?;
    let row = vec![
        (payment::ID, new_row_id(IdKind::Payment)?),
        (payment::DATE, date.to_string()),
        (payment::INVOICE, invoice.number.clone()),
        (payment::AMOUNT, amount.to_string()),
        (payment::NOTE, args.note.clone().unwrap_or_default()),
        (payment::BY, ctx.user.clone()),
        (payment::INVOICE_ID, invoice.id.clone()),
    ];
    let mut meta = ledger.files.get(PAYMENTS).cloned().unwrap_or_default();
    let rows = Append::prepare(&ledger.dir, PAYMENTS, &meta, PAYMENT_COLUMNS, &[row])?;
    let left = Money(outstanding.0 - amount.0);
    let mut message = format!(
        "{}: paid {amount} {} on {date}; {left} outstanding",
        invoice.number, invoice.currency
    );
    // Lots credited on payment that this payment makes usable (SPEC 10).
    if left.0.is_zero() && amount.0.is_sign_positive() {
        for p in &ledger.purchases {
            if p.effective.is_none() && p.billing_invoice.map(|i| i as usize) == Some(here) {
                message.push_str(&format!(
                    "; lot {} ({}) usable from {date}",
                    p.reference(),
                    p.minutes.hm()
                ));
            }
        }
    }
    ctx.commit_write(args.dry_run, &message, || rows.write(&mut meta))
}

/// Refuses to bill a period that has not ended on the invoice's date (SPEC 12.6):
/// rows logged later would become corrections on the next invoice.
fn refuse_unended(period: Option<(NaiveDate, NaiveDate)>, date: NaiveDate) -> Result<(), Error> {
    if let Some((from, to)) = period
        && to > date
    {
        let name = if from.day() == 1
            && to.succ_opt().is_some_and(|d| d.day() == 1)
            && from.month() == to.month()
        {
            crate::domain::bank::month_key(from)
        } else {
            format!("the period {from} to {to}")
        };
        return Err(Error::with_hint(
            format!(
                "refused: {name} has not ended on {date}: rows logged later become corrections on the next invoice"
            ),
            "invoice it once it has ended, or pass --force",
        ));
    }
    Ok(())
}

/// The period a corrections-only invoice covers: every key up to the last invoiced
/// period is a correction.
fn corrected_period(ledger: &Ledger, client_id: &str) -> Result<(NaiveDate, NaiveDate), Error> {
    let last = ledger
        .invoices
        .iter()
        .filter(|i| i.client == client_id)
        .filter_map(|i| i.period().map(|p| p.1))
        .max()
        .ok_or_else(|| {
            Error::with_hint(
                format!("{client_id} has no invoiced period to correct"),
                format!("bill a period: `hourbank invoice {client_id} --month YYYY-MM`"),
            )
        })?;
    // Every key up to the last invoiced period is a correction.
    Ok((last.succ_opt().unwrap_or(last), last))
}

/// Lots are billing keys: an invoice names them by id, so each lot (and expense) it
/// would bill needs one.
fn refuse_unnamed(due: &[crate::domain::billing::Due], start: NaiveDate) -> Result<(), Error> {
    // Lots are billing keys: an invoice names them by id, so each needs one.
    let unnamed: Vec<&str> = due
        .iter()
        .filter(|d| {
            d.start >= start
                && (d.key.lot.starts_with(PURCHASES) || d.key.lot.starts_with(EXPENSES))
        })
        .map(|d| d.key.lot.as_str())
        .collect();
    if !unnamed.is_empty() {
        return Err(Error::with_hint(
            format!("refused: rows without an id cannot be billed: {}", unnamed.join(", ")),
            "give each an id in its id column (any text unique in the ledger, e.g. p-2026-10-05-acme)",
        ));
    }
    Ok(())
}

/// Refuses a line at a rate of 0.00: no rate applies to it.
fn refuse_zero_rate(
    lines: &[InvoiceLine],
    client: &crate::domain::client::Client,
) -> Result<(), Error> {
    if let Some(zero) = lines.iter().find(|l| l.rate.is_some_and(|r| r.0.is_zero())) {
        return Err(Error::with_hint(
            format!(
                "refused: the line \"{}\" of {} is at a rate of 0.00: no rate applies to it",
                zero.description, client.id
            ),
            format!(
                "set one (`hourbank client set {} --rate R`, a service's rate, or default_rate in hourbank.toml), or pass --allow-zero",
                client.id
            ),
        ));
    }
    Ok(())
}

/// A credit note's lines: with no `amount` (voiding) the original's `lines` with the
/// same keys and negative quantities, which the next invoice bills again; else one
/// goodwill line of the amount, never billed again.
fn credit_lines(
    lines: &[InvoiceLine],
    amount: Option<Money>,
    reason: Option<&str>,
) -> Vec<InvoiceLine> {
    use crate::domain::invoice::{LineKey, LineKind};
    match amount {
        None => lines
            .iter()
            .map(|l| InvoiceLine {
                key: l.key.clone(),
                description: l.description.clone(),
                hours: l.hours.map(|h| Minutes(-h.0)),
                rate: l.rate,
                amount: Money(-l.amount.0),
            })
            .collect(),
        Some(a) => vec![InvoiceLine {
            key: LineKey { kind: Some(LineKind::Credit), ..LineKey::default() },
            description: reason.unwrap_or_default().to_string(),
            hours: None,
            rate: None,
            amount: Money(-a.0),
        }],
    }
}

/// The invoice numbered `number`; refused when there is none, or two (a merge
/// leftover: which one is meant is for `invoice renumber` to settle first).
fn find_invoice(ledger: &Ledger, number: &str) -> Result<usize, Error> {
    let mut found = ledger.invoices.iter().enumerate().filter(|(_, i)| i.number == number);
    let Some((ix, _)) = found.next() else {
        return Err(Error::with_hint(
            format!("no invoice \"{number}\""),
            "`hourbank report invoices` lists the invoices",
        ));
    };
    if found.next().is_some() {
        return Err(Error::with_hint(
            format!("two invoices are numbered {number} (two clones each issued one)"),
            "give the later one its own number first: hourbank invoice renumber",
        ));
    }
    Ok(ix)
}

/// `invoice credit NUMBER (--all | --amount A --reason R)`: a credit note (SPEC 12.3).
fn credit(ctx: &mut Ctx, args: CreditArgs) -> Result<ExitCode> {
    let date = ctx.opt_date("--date", args.date.as_deref())?.unwrap_or(ctx.today);
    if let Some(reason) = &args.reason {
        check_one_line("--reason", reason)?;
    }
    let amount = match args.amount.as_deref() {
        None => None,
        Some(text) => match Money::parse(text) {
            Ok(a) if a.0 > rust_decimal::Decimal::ZERO => Some(a),
            Ok(_) => {
                return Err(Error::refused(format!(
                    "--amount {text}: a credit is an amount above 0.00, before tax"
                ))
                .into());
            }
            Err(e) => return Err(Error::refused(format!("--amount {text}: {e}")).into()),
        },
    };
    // Voiding is how an overlap after a merge is fixed: never blocked by it (SPEC
    // 12.9); a goodwill credit waits like any other write of the client.
    let (_lock, ledger) = ctx.lock_ledger(Access::Later)?;
    let ix = find_invoice(&ledger, &args.number)?;
    let original = &ledger.invoices[ix];
    if args.all {
        ctx.refuse_fixing(&ledger, &[], &|d| d.code == Code::InvoiceOverlap)?;
    } else {
        ctx.refuse_for(&ledger, &[original.client.as_str(), original.payer.as_str()])?;
    }
    let original = &ledger.invoices[ix];
    let standing = ledger.standings(NaiveDate::MAX)[ix];
    let earlier = ledger
        .invoices
        .iter()
        .find(|n| n.credits.as_ref() == Some(&original.number))
        .map(|n| n.number.as_str());
    crate::domain::admit::admit_credit(original, &standing, earlier, args.all, date)
        .map_err(Error::from)?;
    let mut doc = recorded(&ledger, &original.number)?;
    let lines = credit_lines(&doc.lines, amount.filter(|_| !args.all), args.reason.as_deref());
    // --all takes off what the invoice took off; a goodwill credit has no discount
    // and the invoice's tax.
    let discount = if args.all { doc.discount_percent } else { None };
    let totals = Totals::of(&lines, discount, doc.tax_percent);
    let left = Money(original.totals.total.0 - standing.credited.0);
    if -totals.total.0 > left.0 {
        return Err(Error::from(crate::domain::admit::Refusal::CreditBeyondLeft {
            number: original.number.clone(),
            credit: Money(-totals.total.0),
            currency: doc.currency.clone(),
            left,
        })
        .into());
    }
    doc.number = None;
    doc.date = date;
    doc.due = date;
    doc.scope = Scope::Credit;
    doc.hours = if args.all { Minutes(-original.hours.0) } else { Minutes::ZERO };
    doc.lines = lines;
    doc.totals = totals;
    doc.discount_percent = discount;
    doc.credits = Some(original.number.clone());
    doc.reason = args.reason.clone();
    let Some(number) = issue(ctx, &ledger, &mut doc, &[], args.dry_run, None)? else {
        return Ok(ExitCode::SUCCESS);
    };
    let after = Money(standing.outstanding.0 + totals.total.0);
    let state = if args.all {
        format!("invoice {} is void", original.number)
    } else if after.0.is_sign_negative() {
        format!(
            "{} {} is due back to the client on invoice {}",
            Money(-after.0),
            doc.currency,
            original.number
        )
    } else {
        format!("{after} {} is outstanding on invoice {}", doc.currency, original.number)
    };
    let confirmation = format!(
        "recorded credit note {number} for invoice {} ({} {}); {state}",
        original.number, totals.total, doc.currency
    );
    confirm_issue(ctx, &confirmation, false)
}
