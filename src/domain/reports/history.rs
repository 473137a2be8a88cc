//! `report history`: a client's bank, or a person's flex bank, event by event with the
//! balance after each.

use chrono::NaiveDate;

use super::{BankHistoryRow, HistoryRow, PeriodColumns};
use crate::domain::bank::{LotSource, SimOptions, TraceKind, TraceRef, simulate};
use crate::domain::duration::Minutes;
use crate::domain::files::{ADJUSTMENTS, TIMELOG};
use crate::domain::flex::Period;
use crate::domain::ledger::{Ledger, WorkRow, WorkSink, lot_name, row_ref};

/// What the history shows of a work row.
pub struct WorkInfo {
    pub line: u32,
    pub id: String,
    pub note: String,
}

/// The work rows of one client, in file order (so sorted by line).
pub struct ClientRows {
    pub client: String,
    pub rows: Vec<WorkInfo>,
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

/// The history of client `ix` through `to` (from `from`, when given): every event of
/// its bank with the balance after it, work rows named by id with their notes.
pub fn client_history(
    ledger: &Ledger,
    ix: u32,
    rows: &ClientRows,
    from: Option<NaiveDate>,
    to: NaiveDate,
) -> Vec<HistoryRow> {
    let rows = &rows.rows;
    let outcome = ledger.simulate(ix, SimOptions { as_of: to, watch_from: None, trace: true });
    let mut rows_out = Vec::new();
    for event in &outcome.trace {
        if from.is_some_and(|f| event.shown_date() < f) {
            continue;
        }
        let (reference, lot, note) = match event.reference {
            TraceRef::Lot(l) => {
                let state = &outcome.lots[l];
                let name = lot_name(ledger, state);
                let note = match state.credit.source {
                    LotSource::Purchase(p) => ledger.purchases[p as usize].note.to_string(),
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
                    drawn_names(ledger, &outcome.lots, &event.drawn),
                    info.map(|r| r.note.clone()).unwrap_or_default(),
                )
            }
            TraceRef::Adjustment(a) => {
                let adj = &ledger.adjustments[a as usize];
                (
                    row_ref(&adj.id, ADJUSTMENTS, adj.line),
                    drawn_names(ledger, &outcome.lots, &event.drawn),
                    adj.reason.clone(),
                )
            }
            TraceRef::Opening => (format!("opening:{}", event.date), String::new(), String::new()),
            TraceRef::Carry(_) => (
                format!("carry:{}", event.date),
                String::new(),
                event.end_of_day_note().unwrap_or_default(),
            ),
            TraceRef::Period => (
                format!("period:{}", event.date),
                drawn_names(ledger, &outcome.lots, &event.drawn),
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
    rows_out
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
pub fn bank_history(
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
            TraceRef::WorkLine(_) | TraceRef::Carry(_) => continue,
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
