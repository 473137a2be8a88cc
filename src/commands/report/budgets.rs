//! `hourbank report budgets`: every project budget as of a date (SPEC 15).

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use crate::commands::Ctx;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hourbank report budgets\n  hourbank --format csv report budgets --client acme --as-of 2026-11-30"
)]
pub struct BudgetsArgs {
    /// Only this client's budgets
    #[arg(add = crate::complete::clients(), long, value_name = "ID")]
    pub client: Option<String>,
    /// As of this date (default: today): a monthly budget shows the month holding it
    #[arg(long, value_name = "D")]
    pub as_of: Option<String>,
    /// Write the report to this file (atomically) instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: BudgetsArgs) -> Result<ExitCode> {
    let as_of = ctx.opt_date("--as-of", args.as_of.as_deref())?.unwrap_or(ctx.today);
    let ledger = ctx.read_ledger()?;
    let only =
        args.client.as_deref().map(|c| crate::commands::client_arg(&ledger, c)).transpose()?;
    ctx.emit_rows(&crate::domain::reports::budgets::budget_rows(&ledger, as_of, only))?;
    Ok(ExitCode::SUCCESS)
}
