//! `hourbank expense`: a cost passed on to a client (SPEC 10, from BILLmanager), billed
//! on its next invoice with discount and tax like every other line.

use std::process::ExitCode;

use anyhow::Result;

use super::{Ctx, client_arg};
use crate::domain::id::IdKind;
use crate::domain::money::Money;
use crate::error::Error;
use crate::store::layout::{EXPENSE_COLUMNS, EXPENSES};
use crate::store::write::{Append, check_one_line, new_row_id};

/// Pass a cost on to a client: billed on its next invoice
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The client id
    pub client: String,
    /// The amount, e.g. 45.90 (more than 0)
    #[arg(allow_hyphen_values = true)]
    pub amount: String,
    /// What it was (the invoice line's description; required)
    #[arg(long, required = true)]
    pub note: String,
    /// Date of the expense (default: today)
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    /// Show what would be written, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let amount = Money::parse(&args.amount)
        .map_err(|e| Error::refused(format!("amount \"{}\": {e}", args.amount)))?;
    if amount.0 <= rust_decimal::Decimal::ZERO {
        return Err(Error::with_hint(
            format!("amount \"{}\": an expense is more than 0.00", args.amount),
            "money going back to a client is a refund: `hourbank invoice pay NUMBER --amount -A`",
        )
        .into());
    }
    if args.note.trim().is_empty() {
        return Err(Error::refused("--note must not be empty: it is the invoice line").into());
    }
    check_one_line("--note", &args.note)?;
    let date = ctx.opt_date("--date", args.date.as_deref())?.unwrap_or(ctx.today);
    let (_lock, ledger) = ctx.write_ledger()?;
    let ix = client_arg(&ledger, &args.client)?;
    let client = &ledger.clients[ix as usize];
    let id = new_row_id(IdKind::Expense)?;
    let row = vec![
        ("id", id.clone()),
        ("date", date.to_string()),
        ("client", client.id.to_string()),
        ("amount", amount.to_string()),
        ("note", args.note.clone()),
        ("by", ctx.user.clone()),
    ];
    let mut meta = ledger.files.get(EXPENSES).cloned().unwrap_or_default();
    let rows = Append::prepare(&ledger.dir, EXPENSES, &meta, EXPENSE_COLUMNS, &[row])?;
    if let Some(invoice) =
        ledger.invoices.iter().find(|i| i.client == client.id.as_str() && i.overlaps(date, date))
    {
        super::note(&format!(
            "note: {date} lies in the period of invoice {}; this expense is billed on {}'s next invoice",
            invoice.number, client.id
        ));
    }
    let currency = client.currency.clone().unwrap_or_else(|| ledger.settings.currency.clone());
    let message = format!(
        "{}: expense of {amount} {currency} on {date} ({id}), billed on the next invoice",
        client.id
    );
    ctx.commit_write(args.dry_run, &message, || rows.write(&mut meta))
}
