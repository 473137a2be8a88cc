//! `hourbank report invoices`: issued invoices with what is paid and outstanding, as of a date.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use crate::commands::{Ctx, client_arg};
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
    /// Only the invoices of this client (as the client billed or as its payer)
    #[arg(long, value_name = "ID")]
    pub client: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: InvoicesArgs) -> Result<ExitCode> {
    let as_of = ctx.opt_date("--as-of", args.as_of.as_deref())?.unwrap_or(ctx.today);
    let ledger = ctx.read_ledger()?;
    if let Some(id) = &args.client {
        client_arg(&ledger, id)?;
    }
    let mut rows = invoice_rows(&ledger.invoices, &ledger.payments, as_of, args.outstanding);
    if let Some(id) = &args.client {
        rows.retain(|r| &r.invoice.client == id || &r.invoice.payer == id);
    }
    ctx.emit_rows(&rows)?;
    Ok(ExitCode::SUCCESS)
}
