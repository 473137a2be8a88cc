//! `hourbank report invoices`: issued invoices with what is paid and outstanding, as of a date.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use crate::commands::Ctx;
use crate::domain::report::invoice_rows;

#[derive(Debug, Args)]
pub struct InvoicesArgs {
    /// Only invoices not paid in full
    #[arg(long)]
    pub outstanding: bool,
    /// The invoices dated up to this date, with paid, outstanding and status as they
    /// were that day (default: today)
    #[arg(long, value_name = "D")]
    pub as_of: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: InvoicesArgs) -> Result<ExitCode> {
    let as_of = ctx.opt_date("--as-of", args.as_of.as_deref())?.unwrap_or(ctx.today);
    let ledger = ctx.read_ledger()?;
    let rows = invoice_rows(&ledger.invoices, &ledger.payments, as_of, args.outstanding);
    ctx.emit_rows(&rows)?;
    Ok(ExitCode::SUCCESS)
}
