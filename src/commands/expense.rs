//! `hourbank expense`: a cost passed on to a client (SPEC 10, from BILLmanager), billed
//! on its next invoice with discount and tax like every other line.

use std::process::ExitCode;

use anyhow::Result;

use super::Access;
use super::{Ctx, client_arg};
use crate::domain::id::IdKind;
use crate::domain::invoice::LineKind;
use crate::domain::money::Money;
use crate::error::Error;
use crate::store::layout::expense;
use crate::store::layout::{EXPENSE_COLUMNS, EXPENSES};
use crate::store::write::{Append, check_one_line, new_row_id, rewrite_line};

/// Pass a cost on to a client: billed on its next invoice
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
#[command(
    after_help = "Examples:\n  hourbank expense acme 45.90 --note \"train to the client\"\n  hourbank expense remove e-2x7k9m4t1wzq --force"
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<ExpenseCommand>,
    /// The client id
    #[arg(add = crate::complete::clients(), required = true)]
    pub client: Option<String>,
    /// The amount, e.g. 45.90 (more than 0)
    #[arg(required = true, allow_hyphen_values = true)]
    pub amount: Option<String>,
    /// What it was (the invoice line's description; required)
    #[arg(allow_hyphen_values = true, long, required = true)]
    pub note: Option<String>,
    /// Date of the expense (default: today)
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    /// Show what would be written, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, clap::Subcommand)]
pub enum ExpenseCommand {
    /// Remove an expense entered by mistake (rewrites expenses.csv atomically)
    Remove {
        /// The expense: its id, or expenses.csv:LINE for a row without id
        id: String,
        /// Remove an expense already invoiced (the next invoice credits it)
        #[arg(long)]
        force: bool,
        /// Show the change, write nothing
        #[arg(long)]
        dry_run: bool,
    },
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    match args.command {
        Some(ExpenseCommand::Remove { id, force, dry_run }) => remove(ctx, &id, force, dry_run),
        None => add(ctx, args),
    }
}

/// Removes one expense row; once an invoice billed it, only with `force` (the next
/// invoice then credits it).
fn remove(ctx: &mut Ctx, reference: &str, force: bool, dry_run: bool) -> Result<ExitCode> {
    let (_lock, ledger) = ctx.lock_ledger(Access::Later)?;
    let expense = ledger.expenses.iter().find(|e| e.reference == reference).ok_or_else(|| {
        Error::with_hint(
            format!("no expense \"{reference}\""),
            "expenses.csv lists them: the id column, or expenses.csv:LINE for a row without id",
        )
    })?;
    let client = ledger.clients[expense.client as usize].id.as_str();
    ctx.refuse_for(&ledger, &[client])?;
    let billed = ledger.billed_on(client, LineKind::Expense, &expense.reference);
    if let Some(invoice) = &billed {
        if !force {
            return Err(Error::with_hint(
                format!(
                    "expense {reference} was billed on invoice {invoice}; removing it changes what {client} was billed"
                ),
                "pass --force to remove it anyway: the next invoice credits it",
            )
            .into());
        }
        super::note(&format!(
            "note: expense {reference} was billed on invoice {invoice}; {client}'s next invoice credits it"
        ));
    }
    let message = format!(
        "{client}: removed expense {reference} ({}, {}, {})",
        expense.date, expense.amount, expense.note
    );
    ctx.commit_write(dry_run, &message, || {
        rewrite_line(
            &ledger.dir,
            EXPENSES,
            expense::COLUMNS,
            ledger.files.get(EXPENSES),
            expense.line,
            None,
        )
    })
}

fn add(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let (amount_text, note) = (args.amount.unwrap_or_default(), args.note.unwrap_or_default());
    let amount = Money::parse(&amount_text)
        .map_err(|e| Error::refused(format!("amount \"{amount_text}\": {e}")))?;
    if amount.0 <= rust_decimal::Decimal::ZERO {
        return Err(Error::with_hint(
            format!("amount \"{amount_text}\": an expense is more than 0.00"),
            "money going back to a client is a refund: `hourbank invoice pay NUMBER --amount -A`",
        )
        .into());
    }
    if note.trim().is_empty() {
        return Err(Error::refused("--note must not be empty: it is the invoice line").into());
    }
    check_one_line("--note", &note)?;
    let date = ctx.opt_date("--date", args.date.as_deref())?.unwrap_or(ctx.today);
    let client = args.client.as_deref().unwrap_or_default();
    let (_lock, ledger) = ctx.lock_ledger(Access::Clients(&[client]))?;
    let ix = client_arg(&ledger, client)?;
    let client = &ledger.clients[ix as usize];
    let id = new_row_id(IdKind::Expense)?;
    let row = vec![
        (expense::ID, id.clone()),
        (expense::DATE, date.to_string()),
        (expense::CLIENT, client.id.to_string()),
        (expense::AMOUNT, amount.to_string()),
        (expense::NOTE, note.clone()),
        (expense::BY, ctx.user.clone()),
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
    let currency = ledger.settings.currency_of(client).to_string();
    let message = format!(
        "{}: expense of {amount} {currency} on {date} ({id}), billed on the next invoice",
        client.id
    );
    ctx.commit_write(args.dry_run, &message, || rows.write(&mut meta))
}
