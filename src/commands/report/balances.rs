//! `hourbank report balances`: every client's purchased, consumed, expired and available hours.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use crate::commands::{Ctx, client_arg};
use crate::domain::client::ClientType;
use crate::domain::ledger::ClientsOnly;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hourbank report balances\n  hourbank report balances -p lastmonth --type bank\n  hourbank --format csv report balances -o balances.csv"
)]
pub struct BalancesArgs {
    /// A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear,
    /// 2026-11, 2026-Q4, 2026): as of its last day
    #[arg(short = 'p', long, value_name = "P", conflicts_with = "as_of")]
    pub period: Option<String>,
    /// Balances as of this date (default: today); lots expiring that day still count
    #[arg(long, value_name = "D")]
    pub as_of: Option<String>,
    /// Only this client
    #[arg(add = crate::complete::clients(), long, value_name = "ID")]
    pub client: Option<String>,
    /// Only clients of this type (bank, retainer, payg)
    #[arg(long = "type", value_name = "T", value_parser = ["bank", "retainer", "payg"])]
    pub kind: Option<String>,
    /// Only clients with this status (active, inactive, prospect)
    #[arg(long, value_name = "S", value_parser = ["active", "inactive", "prospect"])]
    pub status: Option<String>,
    /// Write the report to this file (atomically) instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: BalancesArgs) -> Result<ExitCode> {
    let period_end = ctx.period_arg(args.period.as_deref())?.map(|p| p.1);
    let as_of = ctx.opt_date("--as-of", args.as_of.as_deref())?.or(period_end).unwrap_or(ctx.today);
    // clap admits only the values these parse.
    let kind = args.kind.as_deref().and_then(ClientType::parse);
    let status = args.status.as_deref().and_then(crate::domain::client::Status::parse);
    // Clients only: the people's flex banks are not loaded.
    let (ledger, ClientsOnly) = ctx.read_ledger_into(&|_| ClientsOnly)?;
    let only = args.client.as_deref().map(|c| client_arg(&ledger, c)).transpose()?;
    let mut rows = crate::domain::reports::balances::balance_rows(&ledger, as_of, only, kind);
    if let Some(status) = status {
        rows.retain(|r| r.client.status == status);
    }
    ctx.emit_rows(&rows)?;
    drop(rows);
    ctx.release(ledger);
    Ok(ExitCode::SUCCESS)
}
