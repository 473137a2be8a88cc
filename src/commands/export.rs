//! `hourbank export hledger|ledger|beancount`: every holder's bank as a plain-text
//! accounting journal in whole minutes (SPEC 11), with a balance assertion after each
//! day's changes, so that the tools themselves show `report balances`' available
//! hours. Written one account at a time: memory grows with one account's events.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use chrono::{Days, NaiveDate};
use clap::{Args as ClapArgs, ValueEnum};

use super::{Ctx, lot_name};
use crate::domain::bank::{SimOptions, TraceEvent, TraceKind, TraceRef, simulate};
use crate::domain::ledger::Ledger;
use crate::error::Error;
use crate::store::layout::{ADJUSTMENTS, TIMELOG};
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
            super::sqlite::export(&ledger, file, as_of)?;
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
    let ledger = ctx.read_ledger()?;
    let accounts = account_names(&ledger, args.target)?;
    let mut out: Vec<u8> = Vec::new();
    let mut sink: Box<dyn Write> = match &args.output {
        Some(_) => Box::new(&mut out),
        None => Box::new(&mut ctx.out),
    };
    write_journal(&mut sink, &ledger, args.target, &accounts, as_of)?;
    drop(sink);
    if let Some(path) = &args.output {
        write_atomic(path, &out)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Each account's name in the journal, in account order (clients, then flex banks);
/// beancount's rules make some names collide: an error.
fn account_names(ledger: &Ledger, target: Target) -> Result<Vec<String>, Error> {
    let people = ledger.people.as_deref().unwrap_or_default();
    let mut names: Vec<Vec<String>> = ledger
        .clients
        .iter()
        .map(|c| vec!["Assets".into(), "Hourbank".into(), c.id.to_string()])
        .collect();
    names.extend(ledger.banks.iter().map(|b| {
        vec!["Assets".into(), "Flex".into(), people[b.person as usize].id.clone(), b.name.clone()]
    }));
    let names: Vec<String> = names
        .into_iter()
        .map(|parts| {
            let parts: Vec<String> = match target {
                Target::Beancount => parts.iter().map(|p| beancount_component(p)).collect(),
                Target::Hledger | Target::Ledger | Target::Sqlite => parts,
            };
            parts.join(":")
        })
        .collect();
    if target == Target::Beancount {
        let mut sorted: Vec<&String> = names.iter().collect();
        sorted.sort();
        if let Some(w) = sorted.windows(2).find(|w| w[0] == w[1]) {
            return Err(Error::refused(format!(
                "two holders become the beancount account {}: rename one of them",
                w[0]
            )));
        }
    }
    Ok(names)
}

/// A beancount account component: first letter upper case, `_` as `-`.
fn beancount_component(part: &str) -> String {
    let part = part.replace('_', "-");
    let mut chars = part.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => part,
    }
}

/// The account an event's other side is booked on.
fn counter_account(kind: TraceKind, minutes: i64) -> &'static str {
    match kind {
        TraceKind::Purchase => "Equity:Hourbank:Purchases",
        TraceKind::Allocation => "Equity:Hourbank:Allocations",
        TraceKind::Overage => "Equity:Hourbank:Overage",
        TraceKind::Work => "Expenses:Hourbank:Work",
        TraceKind::Expire => "Expenses:Hourbank:Expired",
        TraceKind::Period if minutes >= 0 => "Equity:Hourbank:Accrued",
        TraceKind::Period => "Expenses:Hourbank:Taken",
        TraceKind::Opening => "Equity:Hourbank:Opening",
        TraceKind::Adjust | TraceKind::Set => "Equity:Hourbank:Adjustments",
    }
}

fn write_journal(
    out: &mut dyn Write,
    ledger: &Ledger,
    target: Target,
    accounts: &[String],
    as_of: NaiveDate,
) -> Result<()> {
    let commodity = if target == Target::Beancount { "MIN" } else { "min" };
    writeln!(out, "; hourbank: every bank in minutes as of {as_of}")?;
    let first = first_date(ledger).unwrap_or(as_of);
    match target {
        Target::Beancount => {
            writeln!(out, "option \"operating_currency\" \"{commodity}\"")?;
            writeln!(out, "{first} commodity {commodity}")?;
            for a in accounts.iter().map(String::as_str).chain(COUNTERS.iter().copied()) {
                writeln!(out, "{first} open {a}")?;
            }
        }
        _ => {
            for a in accounts.iter().map(String::as_str).chain(COUNTERS.iter().copied()) {
                writeln!(out, "account {a}")?;
            }
        }
    }
    writeln!(out)?;
    let opts = SimOptions { as_of, watch_from: None, trace: true };
    for (ix, account) in accounts.iter().enumerate() {
        let outcome = simulate(&ledger.accounts[ix], opts);
        let trace = &outcome.trace;
        for (i, event) in trace.iter().enumerate() {
            let last_of_day = trace.get(i + 1).is_none_or(|next| next.date != event.date);
            let minutes = event.minutes.0;
            let reference = describe(ledger, &outcome, event);
            let counter = counter_account(event.kind, minutes);
            match target {
                Target::Beancount => {
                    writeln!(out, "{} * \"{}\"", event.date, reference.replace('"', "'"))?;
                    writeln!(out, "  {account}  {minutes} {commodity}")?;
                    writeln!(out, "  {counter}  {} {commodity}", -minutes)?;
                    writeln!(out)?;
                    if last_of_day && let Some(next) = event.date.checked_add_days(Days::new(1)) {
                        writeln!(out, "{next} balance {account}  {} {commodity}", event.balance.0)?;
                        writeln!(out)?;
                    }
                }
                _ => {
                    writeln!(out, "{} {}", event.date, reference)?;
                    if last_of_day {
                        writeln!(
                            out,
                            "    {account}  {minutes} {commodity} = {} {commodity}",
                            event.balance.0
                        )?;
                    } else {
                        writeln!(out, "    {account}  {minutes} {commodity}")?;
                    }
                    writeln!(out, "    {counter}")?;
                    writeln!(out)?;
                }
            }
        }
    }
    Ok(())
}

const COUNTERS: &[&str] = &[
    "Equity:Hourbank:Purchases",
    "Equity:Hourbank:Allocations",
    "Equity:Hourbank:Overage",
    "Equity:Hourbank:Accrued",
    "Equity:Hourbank:Opening",
    "Equity:Hourbank:Adjustments",
    "Expenses:Hourbank:Work",
    "Expenses:Hourbank:Expired",
    "Expenses:Hourbank:Taken",
];

/// The earliest date of any event (where beancount opens the accounts).
fn first_date(ledger: &Ledger) -> Option<NaiveDate> {
    let mut first: Option<NaiveDate> = None;
    let mut see = |d: NaiveDate| {
        if first.is_none_or(|f| d < f) {
            first = Some(d);
        }
    };
    for a in &ledger.accounts {
        a.credits.iter().for_each(|c| see(c.date));
        a.adjustments.iter().for_each(|e| see(e.date));
        if let Some(d) = a.debits.iter().map(|d| d.day).min() {
            see(crate::domain::date::from_day_number(d));
        }
        if let Some(plan) = &a.retainer {
            see(plan.start);
        }
        if let Some(plan) = &a.flex {
            see(plan.start);
        }
    }
    // Opening a day early leaves room for an opening balance on the first day.
    first.and_then(|d| d.pred_opt())
}

/// The description of an event: its kind and the row or lot it comes from.
fn describe(ledger: &Ledger, outcome: &crate::domain::bank::Outcome, event: &TraceEvent) -> String {
    let reference = match event.reference {
        TraceRef::Lot(l) => lot_name(ledger, &outcome.lots[l]),
        TraceRef::WorkLine(line) => format!("{TIMELOG}:{line}"),
        TraceRef::Adjustment(a) => {
            let adj = &ledger.adjustments[a as usize];
            super::row_ref(&adj.id, ADJUSTMENTS, adj.line)
        }
        TraceRef::Opening => format!("opening:{}", event.date),
        TraceRef::Period => format!("period:{}", event.date),
    };
    format!("{} {reference}", event.kind.as_str())
}
