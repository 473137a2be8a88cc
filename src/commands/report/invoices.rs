//! `hourbank report invoices`: issued invoices with what is paid and outstanding, as of a date.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use crate::commands::Ctx;
use crate::domain::invoice::InvoiceStatus;
use crate::domain::money::Money;
use crate::render::{Cell, Highlight, Report};

#[derive(Debug, Args)]
pub struct InvoicesArgs {
    /// Only invoices not paid in full
    #[arg(long)]
    pub outstanding: bool,
    /// Status (open, paid, overdue) as of this date (default: today)
    #[arg(long, value_name = "D")]
    pub as_of: Option<String>,
}

pub const INVOICE_REPORT_COLUMNS: &[&str] = &[
    "number",
    "date",
    "due",
    "client",
    "payer",
    "from",
    "to",
    "hours",
    "subtotal",
    "discount",
    "tax",
    "total",
    "currency",
    "paid",
    "outstanding",
    "status",
];

pub fn run(ctx: &mut Ctx, args: InvoicesArgs) -> Result<ExitCode> {
    let as_of = ctx.opt_date("--as-of", args.as_of.as_deref())?.unwrap_or(ctx.today);
    let ledger = ctx.read_ledger()?;
    let mut report = Report::new(INVOICE_REPORT_COLUMNS);
    for invoice in &ledger.invoices {
        let t = invoice.totals;
        let paid = ledger.paid(&invoice.number);
        let outstanding = Money(t.total.0 - paid.0);
        if args.outstanding && outstanding.0 <= rust_decimal::Decimal::ZERO {
            continue;
        }
        let status = InvoiceStatus::of(t.total, paid, invoice.due, as_of);
        let money = |m: Money| Cell::Num(m.to_string());
        report.push_highlighted(
            vec![
                Cell::text(&invoice.number),
                Cell::Fixed(invoice.date.to_string()),
                Cell::Fixed(invoice.due.to_string()),
                Cell::text(&invoice.client),
                Cell::text(&invoice.payer),
                Cell::Fixed(invoice.from.to_string()),
                Cell::Fixed(invoice.to.to_string()),
                ctx.hours(invoice.hours),
                money(t.subtotal),
                money(t.discount),
                money(t.tax),
                money(t.total),
                Cell::text(&invoice.currency),
                money(paid),
                money(outstanding),
                Cell::text(status.as_str()),
            ],
            (status == InvoiceStatus::Overdue).then_some(Highlight::Overdraft),
        );
    }
    ctx.emit(&report)?;
    Ok(ExitCode::SUCCESS)
}
