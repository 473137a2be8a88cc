//! `hourbank report flex`: every person's flex banks as of a date (SPEC 8).

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use crate::commands::Ctx;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hourbank report flex\n  hourbank --time-format hm report flex --person ann -p lastmonth"
)]
pub struct FlexArgs {
    /// A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear,
    /// 2026-11, 2026-Q4, 2026): as of its last day
    #[arg(short = 'p', long, value_name = "P", conflicts_with = "as_of")]
    pub period: Option<String>,
    /// Balances as of this date (default: today); the period holding it is in progress
    #[arg(long, value_name = "D")]
    pub as_of: Option<String>,
    /// Only this person's banks
    #[arg(add = crate::complete::people(), long, value_name = "ID")]
    pub person: Option<String>,
    /// Write the report to this file (atomically) instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: FlexArgs) -> Result<ExitCode> {
    let period_end = ctx.period_arg(args.period.as_deref())?.map(|p| p.1);
    let as_of = ctx.opt_date("--as-of", args.as_of.as_deref())?.or(period_end).unwrap_or(ctx.today);
    let ledger = ctx.read_ledger()?;
    let only =
        args.person.as_deref().map(|p| crate::commands::person_arg(&ledger, p)).transpose()?;
    ctx.emit_rows(&crate::domain::reports::flex::flex_rows(&ledger, as_of, only))?;
    Ok(ExitCode::SUCCESS)
}
