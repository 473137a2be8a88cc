//! `hourbank report history`: one client's statement, or one person's flex bank's,
//! with a running balance.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use crate::commands::bank_arg;
use crate::commands::{Ctx, client_arg};
use crate::error::Error;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hourbank report history acme -p thisyear\n  hourbank report history ann --bank flex --from 2026-10"
)]
pub struct HistoryArgs {
    #[command(flatten)]
    pub span: crate::commands::SpanArgs,
    /// The client id (with --bank, the person's)
    #[arg(add = crate::complete::holders())]
    pub client: String,
    /// A person's flex bank: its statement with each period's worked and scheduled hours
    #[arg(long, value_name = "B")]
    pub bank: Option<String>,
    /// Write the report to this file (atomically) instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: HistoryArgs) -> Result<ExitCode> {
    let (from, to) = ctx.span(&args.span)?;
    let to = to.unwrap_or(ctx.today);
    if let Some(bank) = &args.bank {
        let ledger = ctx.read_ledger()?;
        if ledger.client_ix(&args.client).is_some() {
            return Err(Error::with_hint(
                format!("{} is a client; --bank names a person's flex bank", args.client),
                format!("hourbank report history {}", args.client),
            )
            .into());
        }
        let b = bank_arg(&ledger, &args.client, bank)?;
        let rows = crate::domain::reports::history::bank_history(&ledger, b, from, to);
        ctx.emit_rows(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    let (ledger, rows) =
        ctx.read_ledger_into(&|_| crate::domain::reports::history::ClientRows {
            client: args.client.clone(),
            rows: Vec::new(),
        })?;
    if ledger.client_ix(&args.client).is_none() && ledger.person_ix(&args.client).is_some() {
        return Err(Error::with_hint(
            format!("{} is a person, not a client", args.client),
            "a person's statement is of one bank: --bank <name>",
        )
        .into());
    }
    let ix = client_arg(&ledger, &args.client)?;
    let rows_out = crate::domain::reports::history::client_history(&ledger, ix, &rows, from, to);
    ctx.emit_rows(&rows_out)?;
    Ok(ExitCode::SUCCESS)
}
