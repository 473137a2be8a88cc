//! `hourbank report balances | history | usage | invoices | flex`: one file per report; each
//! loads the ledger, builds its rows, and renders them as table, CSV or JSON.

mod balances;
mod budgets;
pub mod burndown;
mod flex;
mod history;
mod invoices;
mod usage;

use std::process::ExitCode;

use anyhow::Result;
use clap::Subcommand;

pub use balances::BalancesArgs;
pub use budgets::BudgetsArgs;
pub use flex::FlexArgs;
pub use history::HistoryArgs;
pub use invoices::InvoicesArgs;
pub use usage::UsageArgs;

use super::Ctx;

/// Balances, statements and usage
#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Every client's purchased, consumed, expired and available hours
    Balances(BalancesArgs),
    /// One client's statement: every purchase, work row, adjustment and expiry with a
    /// running balance
    History(HistoryArgs),
    /// Hours and billable amounts grouped by day, week, month, year, client, person, project or service
    Usage(UsageArgs),
    /// Issued invoices with what is paid and outstanding
    Invoices(InvoicesArgs),
    /// Every person's flex-time banks: balance, accrued, used, expired, forfeited
    Flex(FlexArgs),
    /// A client's available hours over time (or a flex bank's balance) as a chart
    Burndown(burndown::BurndownArgs),
    /// Every project budget: hours budgeted, used and left in its period
    Budgets(BudgetsArgs),
}

pub fn run(ctx: &mut Ctx, command: ReportCommand) -> Result<ExitCode> {
    let output = match &command {
        ReportCommand::Balances(a) => a.output.clone(),
        ReportCommand::History(a) => a.output.clone(),
        ReportCommand::Usage(a) => a.output.clone(),
        ReportCommand::Invoices(a) => a.output.clone(),
        ReportCommand::Flex(a) => a.output.clone(),
        ReportCommand::Burndown(a) => a.output.clone(),
        ReportCommand::Budgets(a) => a.output.clone(),
    };
    super::to_file(ctx, output.as_deref(), |ctx| match command {
        ReportCommand::Balances(args) => balances::run(ctx, args),
        ReportCommand::History(args) => history::run(ctx, args),
        ReportCommand::Usage(args) => usage::run(ctx, args),
        ReportCommand::Invoices(args) => invoices::run(ctx, args),
        ReportCommand::Flex(args) => flex::run(ctx, args),
        ReportCommand::Burndown(args) => burndown::run(ctx, args),
        ReportCommand::Budgets(args) => budgets::run(ctx, args),
    })
}
