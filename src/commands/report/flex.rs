//! `hourbank report flex`: every person's flex banks as of a date (SPEC 8).

use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;

use crate::commands::Ctx;
use crate::domain::bank::SimOptions;
use crate::domain::ledger::Ledger;
use crate::domain::report::{FlexRow, flex_row};
use crate::error::Error;

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
    let only = args.person.as_deref().map(|p| person_arg(&ledger, p)).transpose()?;
    ctx.emit_rows(&flex_rows(&ledger, as_of, only))?;
    Ok(ExitCode::SUCCESS)
}

/// The index of person `id`, or the error that names no such person.
pub fn person_arg(ledger: &Ledger, id: &str) -> Result<u32, Error> {
    ledger.person_ix(id).ok_or_else(|| {
        let hint = if ledger.people.is_none() {
            "there is no people.toml: flex banks are defined there ([people.<id>.banks.<name>])"
        } else {
            "people.toml lists the people ([people.<id>])"
        };
        Error::with_hint(format!("unknown person \"{id}\""), hint)
    })
}

/// The bank `bank` of person `person` (an index into `ledger.banks`), or why not.
pub fn bank_arg(ledger: &Ledger, person: &str, bank: &str) -> Result<u32, Error> {
    person_arg(ledger, person)?;
    ledger.bank_ix(person, bank).ok_or_else(|| {
        Error::with_hint(
            format!("{person} has no bank \"{bank}\""),
            format!("people.toml defines them: [people.{person}.banks.<name>]"),
        )
    })
}

/// The `report flex` rows as of `as_of`, sorted by person then bank; `only` keeps one
/// person's.
pub fn flex_rows(ledger: &Ledger, as_of: NaiveDate, only: Option<u32>) -> Vec<FlexRow<'_>> {
    let opts = SimOptions { as_of, watch_from: None, trace: false };
    let outcomes =
        ledger.simulate_banks(opts, |b| only.is_none_or(|p| ledger.banks[b].person == p));
    let people = ledger.people.as_deref().unwrap_or_default();
    let mut rows: Vec<FlexRow<'_>> = ledger
        .banks
        .iter()
        .enumerate()
        .zip(outcomes)
        .filter_map(|((b, bank), outcome)| {
            let outcome = outcome?;
            let account = &ledger.accounts[ledger.bank_account(b as u32) as usize];
            let plan = account.flex.as_ref()?;
            Some(flex_row(&people[bank.person as usize], bank, plan, &outcome, as_of))
        })
        .collect();
    rows.sort_by(|a, b| (a.person, a.bank).cmp(&(b.person, b.bank)));
    rows
}
