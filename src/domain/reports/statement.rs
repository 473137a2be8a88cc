//! A client statement (`statement`): the opening balance, every event of the period
//! with the work rows' notes, the balance after each, what expires next, and the
//! invoices with their payments.

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use crate::domain::bank::{LotSource, Outcome, SimOptions, TraceEvent, TraceRef};
use crate::domain::files::{ADJUSTMENTS, TIMELOG};
use crate::domain::ledger::{Ledger, WorkKind, WorkRow, WorkSink, lot_name, row_ref};
use crate::domain::statement::*;

/// What a statement shows of a work row.
pub struct WorkInfo {
    line: u32,
    id: String,
    person: String,
    project: String,
    note: String,
    cancellation: bool,
}

/// The work rows of the period of the clients a statement covers, per client.
pub struct PeriodRows {
    pub clients: Vec<String>,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub rows: FxHashMap<String, Vec<WorkInfo>>,
}

impl WorkSink for PeriodRows {
    fn row(&mut self, w: &WorkRow<'_>) {
        if w.date < self.from || w.date > self.to || !self.clients.iter().any(|c| c == w.client_id)
        {
            return;
        }
        self.rows.entry(w.client_id.to_string()).or_default().push(WorkInfo {
            line: w.line,
            id: w.id.to_string(),
            person: w.person.to_string(),
            project: w.project.to_string(),
            note: w.note.to_string(),
            cancellation: w.kind == WorkKind::Cancellation,
        });
    }

    fn append(&mut self, later: Self) {
        for (client, rows) in later.rows {
            self.rows.entry(client).or_default().extend(rows);
        }
    }
}

/// The statement addressed to client `to_client` (a payer has a section per client it
/// pays for): from the company, with the client's own choice of hiding costs.
pub fn statement(
    ledger: &Ledger,
    to_client: &crate::domain::client::Client,
    (from, to): (NaiveDate, NaiveDate),
    sections: Vec<Section>,
    payer: bool,
) -> Statement {
    Statement {
        payer: payer.then(|| to_client.id.to_string()),
        hide_costs: ledger.settings.hides_costs(to_client),
        from,
        to,
        company_name: ledger.settings.company.name.clone(),
        company_address: ledger.settings.company.address.clone(),
        to_name: to_client.name.clone(),
        to_address: to_client.address.clone(),
        sections,
        page: None,
    }
}

/// One client's section.
pub fn section(
    ledger: &Ledger,
    ix: u32,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
    rows: &PeriodRows,
) -> Section {
    let client = &ledger.clients[ix as usize];
    let none = Vec::new();
    let work = rows.rows.get(client.id.as_str()).unwrap_or(&none);
    let outcome = ledger.simulate(ix, SimOptions { as_of: to, watch_from: None, trace: true });
    // The opening balance is `report balances --as-of` the day before; what the day
    // before still books when the next one starts (its expiries, a retainer's
    // month-end overage) is the statement's first rows.
    let (opening, seen) = match from.pred_opt() {
        Some(day) => {
            let before =
                ledger.simulate(ix, SimOptions { as_of: day, watch_from: None, trace: true });
            (before.available, before.trace.len())
        }
        None => (crate::domain::duration::Minutes::ZERO, 0),
    };
    let entries =
        outcome.trace.iter().skip(seen).map(|event| entry(ledger, &outcome, work, event)).collect();
    let mut upcoming: Vec<Upcoming> = outcome
        .lots
        .iter()
        .filter(|lot| lot.remaining.0 > 0 && lot.credit.source != LotSource::Overage)
        .filter_map(|lot| {
            Some(Upcoming {
                lot: lot_name(ledger, lot),
                words: crate::domain::alerts::lot_words(lot),
                expires: lot.credit.expires?,
                remaining: lot.remaining,
            })
        })
        .collect();
    upcoming.sort_by_key(|u| u.expires);
    let invoices = invoice_entries(ledger, client.id.as_str(), from, to);
    let title = format!("{}: available hours", client.name);
    let chart = super::burndown::chart(ledger, ix, Some(from), to, today, title);
    Section {
        chart,
        client: client.id.to_string(),
        name: client.name.clone(),
        currency: ledger.settings.currency_of(client).to_string(),
        opening,
        closing: outcome.available,
        entries,
        upcoming,
        invoices,
    }
}

/// One row of a statement's table: a booked event of the simulation with its
/// reference, note, person and project from the row it came from.
fn entry(ledger: &Ledger, outcome: &Outcome, work: &[WorkInfo], event: &TraceEvent) -> Entry {
    let mut entry = Entry {
        date: event.shown_date(),
        kind: event.kind.as_str(),
        reference: String::new(),
        hours: event.minutes,
        balance: event.balance,
        note: String::new(),
        person: String::new(),
        project: String::new(),
        price: None,
    };
    match event.reference {
        TraceRef::Lot(l) => {
            let state = &outcome.lots[l];
            entry.reference = lot_name(ledger, state);
            entry.project = ledger.projects[state.credit.project as usize].clone();
            if let Some(note) = event.end_of_day_note() {
                entry.note = note;
            } else {
                match state.credit.source {
                    LotSource::Purchase(p) => {
                        let purchase = &ledger.purchases[p as usize];
                        entry.note = purchase.note.to_string();
                        entry.price = purchase.price;
                    }
                    LotSource::Adjustment(a) => {
                        entry.note = ledger.adjustments[a as usize].reason.clone();
                    }
                    _ => {}
                }
            }
        }
        TraceRef::WorkLine(line) => {
            let info = work.binary_search_by_key(&line, |r| r.line).ok().map(|i| &work[i]);
            entry.reference = row_ref(info.map_or("", |r| r.id.as_str()), TIMELOG, line);
            if let Some(info) = info {
                entry.person = info.person.clone();
                entry.project = info.project.clone();
                entry.note = info.note.clone();
                if info.cancellation {
                    entry.kind = "cancellation";
                }
            }
        }
        TraceRef::Adjustment(a) => {
            let adj = &ledger.adjustments[a as usize];
            entry.reference = row_ref(&adj.id, ADJUSTMENTS, adj.line);
            entry.note = adj.reason.clone();
        }
        TraceRef::Carry(_) => entry.note = event.end_of_day_note().unwrap_or_default(),
        TraceRef::Opening | TraceRef::Period => {}
    }
    entry
}

/// The invoices a statement lists: those of the period, and earlier ones still open,
/// with their payments through `to`.
pub fn invoice_entries(
    ledger: &Ledger,
    client: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<InvoiceEntry> {
    let standings = ledger.standings(to);
    let finder = crate::domain::invoice::InvoiceFinder::new(&ledger.invoices);
    ledger
        .invoices
        .iter()
        .zip(standings)
        .enumerate()
        .filter(|(_, (i, _))| i.client == client && i.date <= to)
        .filter_map(|(n, (invoice, standing))| {
            let (paid, outstanding) = (standing.paid, standing.outstanding);
            if invoice.date < from && outstanding.0.is_zero() {
                return None;
            }
            let mut payments: Vec<PaymentEntry> = ledger
                .payments
                .iter()
                .filter(|p| p.date <= to && finder.find(&p.invoice_id, &p.invoice) == Some(n))
                .map(|p| PaymentEntry { date: p.date, amount: p.amount, note: p.note.clone() })
                .collect();
            payments.sort_by_key(|p| p.date);
            Some(InvoiceEntry {
                number: invoice.number.clone(),
                date: invoice.date,
                due: invoice.due,
                total: invoice.totals.total,
                paid,
                outstanding,
                status: standing.status,
                payments,
            })
        })
        .collect()
}
