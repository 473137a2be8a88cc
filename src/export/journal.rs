//! Exports to plain-text accounting: every bank as an hledger, ledger or beancount
//! journal in minutes (`min`), its lots, draws and expiries as transactions.

use std::io::Write;

use chrono::{Days, NaiveDate};

use crate::domain::bank::{SimOptions, TraceEvent, TraceKind, TraceRef, simulate};
use crate::domain::files::{ADJUSTMENTS, TIMELOG};
use crate::domain::ledger::{Ledger, lot_name, row_ref};
use crate::error::Error;

/// The journal formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Journal {
    Hledger,
    Ledger,
    Beancount,
}

/// Each account's name in the journal, in account order (clients, then flex banks);
/// beancount's rules make some names collide: an error.
pub fn account_names(ledger: &Ledger, target: Journal) -> Result<Vec<String>, Error> {
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
                Journal::Beancount => parts.iter().map(|p| beancount_component(p)).collect(),
                Journal::Hledger | Journal::Ledger => parts,
            };
            parts.join(":")
        })
        .collect();
    if target == Journal::Beancount {
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
        TraceKind::Overage | TraceKind::Carry => "Equity:Hourbank:Overage",
        TraceKind::Work => "Expenses:Hourbank:Work",
        TraceKind::Expire => "Expenses:Hourbank:Expired",
        TraceKind::Period if minutes >= 0 => "Equity:Hourbank:Accrued",
        TraceKind::Period => "Expenses:Hourbank:Taken",
        TraceKind::Opening => "Equity:Hourbank:Opening",
        TraceKind::Adjust | TraceKind::Set => "Equity:Hourbank:Adjustments",
    }
}

pub fn write_journal(
    out: &mut dyn Write,
    ledger: &Ledger,
    target: Journal,
    accounts: &[String],
    as_of: NaiveDate,
) -> std::io::Result<()> {
    let commodity = if target == Journal::Beancount { "MIN" } else { "min" };
    writeln!(out, "; hourbank: every bank in minutes as of {as_of}")?;
    let first = first_date(ledger).unwrap_or(as_of);
    match target {
        Journal::Beancount => {
            writeln!(out, "option \"operating_currency\" \"{commodity}\"")?;
            writeln!(out, "{first} commodity {commodity}")?;
            for a in accounts.iter().map(String::as_str).chain(COUNTERS.iter().copied()) {
                writeln!(out, "{first} open {a}")?;
            }
        }
        _ => {
            // Declared, so that `hledger check --strict` and `ledger --pedantic` accept
            // the journal (SPEC 14).
            writeln!(out, "commodity {commodity}")?;
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
                Journal::Beancount => {
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
            row_ref(&adj.id, ADJUSTMENTS, adj.line)
        }
        TraceRef::Opening => format!("opening:{}", event.date),
        TraceRef::Period => format!("period:{}", event.date),
        TraceRef::Carry(_) => format!("carry:{}", event.date),
    };
    format!("{} {reference}", event.kind.as_str())
}
