//! `hourbank report history`: one client's statement, or one person's flex bank's,
//! with a running balance.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use chrono::NaiveDate;

use crate::commands::bank_arg;
use crate::commands::{Ctx, client_arg, lot_name, row_ref};
use crate::domain::bank::{LotSource, SimOptions, TraceKind, TraceRef, simulate};
use crate::domain::duration::Minutes;
use crate::domain::flex::Period;
use crate::domain::ledger::{Ledger, WorkRow, WorkSink};
use crate::domain::reports::{BankHistoryRow, HistoryRow, PeriodColumns};
use crate::error::Error;
use crate::store::layout::{ADJUSTMENTS, TIMELOG};

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

/// What a statement shows of a work row.
struct WorkInfo {
    line: u32,
    id: String,
    note: String,
}

/// The work rows of one client, in file order (so sorted by line).
struct ClientRows {
    client: String,
    rows: Vec<WorkInfo>,
}

impl WorkSink for ClientRows {
    fn row(&mut self, w: &WorkRow<'_>) {
        if w.client_id == self.client {
            self.rows.push(WorkInfo {
                line: w.line,
                id: w.id.to_string(),
                note: w.note.to_string(),
            });
        }
    }

    fn append(&mut self, later: Self) {
        self.rows.extend(later.rows);
    }
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
        let rows = bank_history(&ledger, b, from, to);
        ctx.emit_rows(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    let (ledger, rows) =
        ctx.read_ledger_into(&|_| ClientRows { client: args.client.clone(), rows: Vec::new() })?;
    let rows = rows.rows;
    if ledger.client_ix(&args.client).is_none() && ledger.person_ix(&args.client).is_some() {
        return Err(Error::with_hint(
            format!("{} is a person, not a client", args.client),
            "a person's statement is of one bank: --bank <name>",
        )
        .into());
    }
    let ix = client_arg(&ledger, &args.client)?;
    let outcome = ledger.simulate(ix, SimOptions { as_of: to, watch_from: None, trace: true });
    let mut rows_out = Vec::new();
    for event in &outcome.trace {
        if from.is_some_and(|f| event.shown_date() < f) {
            continue;
        }
        let (reference, lot, note) = match event.reference {
            TraceRef::Lot(l) => {
                let state = &outcome.lots[l];
                let name = lot_name(&ledger, state);
                let note = match state.credit.source {
                    LotSource::Purchase(p) => ledger.purchases[p as usize].note.clone(),
                    LotSource::Adjustment(a) => ledger.adjustments[a as usize].reason.clone(),
                    LotSource::Allocation
                    | LotSource::Overage
                    | LotSource::Period
                    | LotSource::Opening => String::new(),
                };
                let note = event.end_of_day_note().unwrap_or(note);
                (name.clone(), name, note)
            }
            TraceRef::WorkLine(line) => {
                let info = rows.binary_search_by_key(&line, |r| r.line).ok().map(|i| &rows[i]);
                let reference = row_ref(info.map_or("", |r| r.id.as_str()), TIMELOG, line);
                (
                    reference,
                    drawn_names(&ledger, &outcome.lots, &event.drawn),
                    info.map(|r| r.note.clone()).unwrap_or_default(),
                )
            }
            TraceRef::Adjustment(a) => {
                let adj = &ledger.adjustments[a as usize];
                (
                    row_ref(&adj.id, ADJUSTMENTS, adj.line),
                    drawn_names(&ledger, &outcome.lots, &event.drawn),
                    adj.reason.clone(),
                )
            }
            TraceRef::Opening => (format!("opening:{}", event.date), String::new(), String::new()),
            TraceRef::Period => (
                format!("period:{}", event.date),
                drawn_names(&ledger, &outcome.lots, &event.drawn),
                String::new(),
            ),
        };
        rows_out.push(HistoryRow {
            date: event.shown_date(),
            kind: event.kind,
            reference,
            hours: event.minutes,
            balance: event.balance,
            lot,
            note,
        });
    }
    ctx.emit_rows(&rows_out)?;
    Ok(ExitCode::SUCCESS)
}

fn drawn_names(
    ledger: &Ledger,
    lots: &[crate::domain::bank::LotState],
    drawn: &[(usize, Minutes)],
) -> String {
    drawn.iter().map(|(lot, _)| lot_name(ledger, &lots[*lot])).collect::<Vec<_>>().join(" ")
}

/// The statement of flex bank `b` (an index into the ledger's banks): opening,
/// adjustments, set, expiries and one row per closed period, through `to`.
fn bank_history(
    ledger: &Ledger,
    b: u32,
    from: Option<NaiveDate>,
    to: NaiveDate,
) -> Vec<BankHistoryRow> {
    let account = &ledger.accounts[ledger.bank_account(b) as usize];
    let outcome = simulate(account, SimOptions { as_of: to, watch_from: None, trace: true });
    let periods: Vec<Period> =
        account.flex.as_ref().map(|plan| plan.closed_periods(to)).unwrap_or_default();
    let mut rows = Vec::new();
    for event in &outcome.trace {
        if from.is_some_and(|f| event.shown_date() < f) {
            continue;
        }
        let (reference, lot, note) = match event.reference {
            TraceRef::Lot(l) => {
                let state = &outcome.lots[l];
                let name = lot_name(ledger, state);
                let note = match (state.credit.source, event.kind) {
                    (_, TraceKind::Expire) => event.end_of_day_note().unwrap_or_default(),
                    (LotSource::Adjustment(a), _) => ledger.adjustments[a as usize].reason.clone(),
                    _ => String::new(),
                };
                (name.clone(), name, note)
            }
            TraceRef::Adjustment(a) => {
                let adj = &ledger.adjustments[a as usize];
                let lots = drawn_names(ledger, &outcome.lots, &event.drawn);
                (row_ref(&adj.id, ADJUSTMENTS, adj.line), lots, adj.reason.clone())
            }
            TraceRef::Period => (
                format!("period:{}", event.date),
                drawn_names(ledger, &outcome.lots, &event.drawn),
                String::new(),
            ),
            TraceRef::Opening => (format!("opening:{}", event.date), String::new(), String::new()),
            TraceRef::WorkLine(_) => continue,
        };
        let period = (event.kind == TraceKind::Period)
            .then(|| {
                let p = periods.iter().find(|p| p.last == event.date)?;
                let booked = outcome.periods.iter().find(|p| p.date == event.date)?;
                Some((p, booked))
            })
            .flatten();
        let note = match period {
            Some((p, _)) => format!("{}..{}", p.first, p.last),
            None => note,
        };
        rows.push(BankHistoryRow {
            event: HistoryRow {
                date: event.shown_date(),
                kind: event.kind,
                reference,
                hours: event.minutes,
                balance: event.balance,
                lot,
                note,
            },
            period: period.map(|(p, booked)| PeriodColumns {
                worked: p.worked,
                scheduled: p.scheduled,
                difference: p.difference(),
                credited: booked.credited,
                taken: booked.taken,
                forfeited: booked.forfeited,
                shortfall: booked.shortfall,
            }),
        });
    }
    rows
}
