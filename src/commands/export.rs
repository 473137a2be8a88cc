//! `hourbank export hledger|ledger|beancount`: every holder's bank as a plain-text
//! accounting journal in whole minutes (SPEC 11), with a balance assertion after each
//! day's changes, so that the tools themselves show `report balances`' available
//! hours. Written one account at a time: memory grows with one account's events.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use clap::{Args as ClapArgs, ValueEnum};

use super::Ctx;
use crate::error::Error;
use crate::export::journal::{Journal, account_names, write_journal};
use crate::store::write::write_atomic;

/// The journal formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Target {
    Hledger,
    Ledger,
    Beancount,
    /// A SQLite database: every ledger file as a table, and balances and lots.
    Sqlite,
}

/// Export the banks as an hledger, ledger or beancount journal, or the whole ledger as
/// a SQLite database
#[derive(Debug, ClapArgs)]
#[command(
    after_help = "Examples:\n  hourbank export hledger -o hours.journal\n  hourbank export beancount --as-of 2026-10-31 -o hours.beancount\n  hourbank export sqlite hours.db"
)]
pub struct Args {
    /// The format
    #[arg(value_enum, id = "target", value_name = "FORMAT")]
    pub target: Target,
    /// sqlite: the database file to write (replaced atomically)
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Export the events a report as of this date counts (default: today)
    #[arg(long, value_name = "D")]
    pub as_of: Option<String>,
    /// Write the journal to this file (atomically) instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let as_of = ctx.opt_date("--as-of", args.as_of.as_deref())?.unwrap_or(ctx.today);
    for path in args.file.iter().chain(&args.output) {
        ctx.refuse_ledger_output(path)?;
    }
    match (args.target, &args.file, &args.output) {
        (Target::Sqlite, None, _) => {
            return Err(Error::with_hint(
                "export sqlite needs the database file",
                "hourbank export sqlite hours.db",
            )
            .into());
        }
        (Target::Sqlite, Some(file), _) => {
            let ledger = ctx.read_ledger()?;
            crate::export::sqlite::export(&ledger, file, as_of)?;
            return Ok(ExitCode::SUCCESS);
        }
        (_, Some(file), _) => {
            return Err(Error::with_hint(
                format!("a journal is written to stdout or to -o FILE, not to {}", file.display()),
                format!("-o {}", file.display()),
            )
            .into());
        }
        _ => {}
    }
    let journal = match args.target {
        Target::Hledger => Journal::Hledger,
        Target::Ledger => Journal::Ledger,
        Target::Beancount | Target::Sqlite => Journal::Beancount,
    };
    let ledger = ctx.read_ledger()?;
    let accounts = account_names(&ledger, journal)?;
    let mut out: Vec<u8> = Vec::new();
    let mut sink: Box<dyn Write> = match &args.output {
        Some(_) => Box::new(&mut out),
        None => Box::new(&mut ctx.out),
    };
    write_journal(&mut sink, &ledger, journal, &accounts, as_of)?;
    drop(sink);
    if let Some(path) = &args.output {
        write_atomic(path, &out)?;
    }
    Ok(ExitCode::SUCCESS)
}
