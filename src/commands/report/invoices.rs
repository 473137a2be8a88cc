//! `hourbank report invoices`: issued invoices with what is paid and outstanding, as of a date.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use crate::commands::{Ctx, client_arg};
use crate::domain::reports::invoice_rows;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hourbank report invoices --status overdue\n  hourbank report invoices -p lastmonth --client acme"
)]
pub struct InvoicesArgs {
    /// Only invoices not paid in full
    #[arg(long)]
    pub outstanding: bool,
    /// A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear,
    /// 2026-11, 2026-Q4, 2026): the invoices dated in it, as of its last day
    #[arg(short = 'p', long, value_name = "P", conflicts_with = "as_of")]
    pub period: Option<String>,
    /// The invoices dated up to this date, with paid, outstanding and status as they
    /// were that day (default: today)
    #[arg(long, value_name = "D")]
    pub as_of: Option<String>,
    /// Only the invoices of this client (as the client billed or as its payer)
    #[arg(add = crate::complete::clients(), long, value_name = "ID")]
    pub client: Option<String>,
    /// Only invoices with this status as of the date: open, paid, overdue, refund_due,
    /// void or applied
    #[arg(long, value_name = "S", value_parser = clap::builder::PossibleValuesParser::new(crate::domain::invoice::InvoiceStatus::NAMES))]
    pub status: Option<String>,
    /// Write the report to this file (atomically) instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: InvoicesArgs) -> Result<ExitCode> {
    let period = ctx.period_arg(args.period.as_deref())?;
    let as_of = ctx
        .opt_date("--as-of", args.as_of.as_deref())?
        .or(period.map(|p| p.1))
        .unwrap_or(ctx.today);
    let ledger = ctx.read_ledger()?;
    if let Some(id) = &args.client {
        client_arg(&ledger, id)?;
    }
    let mut rows = invoice_rows(&ledger.invoices, &ledger.payments, as_of, args.outstanding);
    if let Some(id) = &args.client {
        rows.retain(|r| &r.invoice.client == id || &r.invoice.payer == id);
    }
    if let Some((from, _)) = period {
        rows.retain(|r| r.invoice.date >= from);
    }
    // clap admits only the names of statuses.
    if let Some(status) = &args.status {
        rows.retain(|r| r.status.as_str() == status);
    }
    ctx.emit_rows(&rows)?;
    Ok(ExitCode::SUCCESS)
}
