//! `entry list`: the rows of the time log a filter keeps, in file order, each with the
//! invoice that billed it (SPEC 13).

use chrono::NaiveDate;

use super::EntryRow;
use crate::domain::client::ClientType;
use crate::domain::ledger::{Ledger, WorkKind, WorkRow, WorkSink};

/// Which rows `entry list` shows.
#[derive(Debug, Clone, Default)]
pub struct EntryFilter {
    pub client: Option<String>,
    pub person: Option<String>,
    pub project: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Text the note holds, in any case (lower case here).
    pub grep: Option<String>,
    pub kind: Option<WorkKind>,
    /// Only work in progress: billable rows (work and cancellations) of pay-as-you-go
    /// clients that no invoice has billed.
    pub unbilled: bool,
}

impl EntryFilter {
    fn keeps(&self, w: &WorkRow<'_>) -> bool {
        let is =
            |wanted: &Option<String>, value: &str| wanted.as_deref().is_none_or(|v| v == value);
        is(&self.client, w.client_id)
            && is(&self.person, w.person)
            && is(&self.project, w.project)
            && self.from.is_none_or(|f| w.date >= f)
            && self.to.is_none_or(|t| w.date <= t)
            && self.kind.is_none_or(|k| k == w.kind)
            && (!self.unbilled
                || (w.billable
                    && w.kind != WorkKind::TimeOff
                    && w.client_type == Some(ClientType::Payg)))
            && self.grep.as_deref().is_none_or(|g| w.note.to_lowercase().contains(g))
    }
}

/// The rows a filter keeps, as the reader streams them.
pub struct EntrySink {
    pub filter: EntryFilter,
    pub rows: Vec<EntryRow>,
}

impl WorkSink for EntrySink {
    const BANKS: bool = false;

    fn row(&mut self, w: &WorkRow<'_>) {
        if self.filter.keeps(w) {
            self.rows.push(EntryRow::of(w));
        }
    }

    fn append(&mut self, later: Self) {
        self.rows.extend(later.rows);
    }
}

impl EntryRow {
    /// The row as the reader streams it, not yet tied to an invoice.
    pub fn of(w: &WorkRow<'_>) -> EntryRow {
        EntryRow {
            line: w.line,
            id: w.id.to_string(),
            date: w.date,
            client: w.client_id.to_string(),
            person: w.person.to_string(),
            hours: w.hours,
            charged: w.charged,
            project: w.project.to_string(),
            service: w.service.to_string(),
            billable: w.billable,
            rate: w.rate,
            kind: w.kind,
            note: w.note.to_string(),
            invoice: String::new(),
        }
    }
}

/// The rows `sink` kept, each with the number of the invoice that billed it; with
/// `--unbilled`, only those no invoice billed.
pub fn entries(ledger: &Ledger, sink: EntrySink) -> Vec<EntryRow> {
    let billed = ledger.row_invoices();
    let mut rows = sink.rows;
    for row in &mut rows {
        if row.billable
            && row.kind != WorkKind::TimeOff
            && let Some(invoice) = billed.of(&row.id, &row.client, row.date)
        {
            row.invoice = invoice.number.clone();
        }
    }
    if sink.filter.unbilled {
        rows.retain(|r| r.invoice.is_empty());
    }
    rows
}
