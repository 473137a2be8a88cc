//! Typed report rows (`domain::reports`) as cells: one definition of each report's
//! columns for the table, CSV and JSON alike.

use super::{Cell, CellKind, Cells, Highlight};
use crate::domain::duration::Minutes;
use crate::domain::invoice::InvoiceStatus;
use crate::domain::money::Money;
use crate::domain::reports::usage::UsageRows;
use crate::domain::reports::{
    BalanceRow, BankHistoryRow, BudgetRow, EntryRow, FlexRow, HistoryRow, InvoiceRow, LotRow,
    Standing, UsageRow,
};

/// A row type that knows its columns and cells; `hours` prints durations in the
/// chosen time format.
pub trait Tabular {
    fn columns() -> &'static [&'static str];
    fn cells(&self, hours: &dyn Fn(Minutes) -> Cell) -> Vec<Cell>;
    fn highlight(&self) -> Option<Highlight> {
        None
    }

    /// The columns a table on a narrow terminal keeps (SPEC 13); none named: the first.
    fn essential() -> &'static [&'static str] {
        &[]
    }

    /// A table's last row, labelled `total`, where a sum means something.
    fn total(_rows: &[Self], _hours: &dyn Fn(Minutes) -> Cell) -> Option<Vec<Cell>>
    where
        Self: Sized,
    {
        None
    }
}

impl Tabular for BalanceRow<'_> {
    fn columns() -> &'static [&'static str] {
        Self::COLUMNS
    }

    fn essential() -> &'static [&'static str] {
        &["client", "available", "percent_left", "next_expiry", "runs_out"]
    }

    fn cells(&self, hours: &dyn Fn(Minutes) -> Cell) -> Vec<Cell> {
        let client = self.client;
        vec![
            Cell::text(client.id.as_str()),
            Cell::text(&client.name),
            Cell::text(client.kind.as_str()),
            Cell::text(client.status.as_str()),
            hours(self.purchased),
            hours(self.consumed),
            hours(self.expired),
            hours(self.available),
            Cell::Num(self.percent_left.to_string()),
            Cell::opt_fixed(self.next_expiry.map(|(d, _)| d)),
            self.next_expiry.map_or(Cell::Empty, |(_, m)| hours(m)),
            Cell::opt_fixed(self.runs_out),
            Cell::opt_text(self.blocked.clone()),
        ]
    }

    fn total(rows: &[Self], hours: &dyn Fn(Minutes) -> Cell) -> Option<Vec<Cell>> {
        let sum = |f: fn(&Self) -> Minutes| hours(Minutes(rows.iter().map(|r| f(r).0).sum()));
        let mut cells = vec![Cell::text("total"), Cell::Empty, Cell::Empty, Cell::Empty];
        cells.extend([
            sum(|r| r.purchased),
            sum(|r| r.consumed),
            sum(|r| r.expired),
            sum(|r| r.available),
        ]);
        cells.extend(std::iter::repeat_n(Cell::Empty, Self::COLUMNS.len() - cells.len()));
        Some(cells)
    }

    fn highlight(&self) -> Option<Highlight> {
        match self.standing {
            Standing::Fine => None,
            Standing::Alert => Some(Highlight::Low),
            Standing::Overdraft => Some(Highlight::Overdraft),
        }
    }
}

impl Tabular for InvoiceRow<'_> {
    fn columns() -> &'static [&'static str] {
        Self::COLUMNS
    }

    fn essential() -> &'static [&'static str] {
        &["number", "client", "total", "outstanding", "status"]
    }

    /// Amounts add up only in one currency.
    fn total(rows: &[Self], hours: &dyn Fn(Minutes) -> Cell) -> Option<Vec<Cell>> {
        let currency = &rows.first()?.invoice.currency;
        if rows.iter().any(|r| &r.invoice.currency != currency) {
            return None;
        }
        let money =
            |f: fn(&Self) -> Money| Cell::Num(Money(rows.iter().map(|r| f(r).0).sum()).to_string());
        let mut cells = vec![Cell::text("total")];
        cells.extend(std::iter::repeat_n(Cell::Empty, 6));
        cells.push(hours(Minutes(rows.iter().map(|r| r.invoice.hours.0).sum())));
        cells.extend([
            money(|r| r.invoice.totals.subtotal),
            money(|r| r.invoice.totals.discount),
            money(|r| r.invoice.totals.tax),
            money(|r| r.invoice.totals.total),
            Cell::text(currency),
            money(|r| r.paid),
            money(|r| r.outstanding),
            Cell::Empty,
        ]);
        Some(cells)
    }

    fn cells(&self, hours: &dyn Fn(Minutes) -> Cell) -> Vec<Cell> {
        let (invoice, t) = (self.invoice, self.invoice.totals);
        let money = |m: Money| Cell::Num(m.to_string());
        vec![
            Cell::text(&invoice.number),
            Cell::Fixed(invoice.date.to_string()),
            Cell::Fixed(invoice.due.to_string()),
            Cell::text(&invoice.client),
            Cell::text(&invoice.payer),
            Cell::opt_fixed(invoice.period().map(|p| p.0)),
            Cell::opt_fixed(invoice.period().map(|p| p.1)),
            hours(invoice.hours),
            money(t.subtotal),
            money(t.discount),
            money(t.tax),
            money(t.total),
            Cell::text(&invoice.currency),
            money(self.paid),
            money(self.outstanding),
            Cell::text(self.status.as_str()),
        ]
    }

    fn highlight(&self) -> Option<Highlight> {
        (self.status == InvoiceStatus::Overdue).then_some(Highlight::Overdraft)
    }
}

impl Tabular for HistoryRow {
    fn columns() -> &'static [&'static str] {
        Self::COLUMNS
    }

    fn essential() -> &'static [&'static str] {
        &["date", "kind", "ref", "hours", "balance"]
    }

    fn cells(&self, hours: &dyn Fn(Minutes) -> Cell) -> Vec<Cell> {
        vec![
            Cell::Fixed(self.date.to_string()),
            Cell::text(self.kind.as_str()),
            Cell::text(&self.reference),
            hours(self.hours),
            hours(self.balance),
            Cell::text(&self.lot),
            Cell::text(&self.note),
        ]
    }
}

impl Tabular for BudgetRow<'_> {
    fn columns() -> &'static [&'static str] {
        Self::COLUMNS
    }

    fn cells(&self, hours: &dyn Fn(Minutes) -> Cell) -> Vec<Cell> {
        let s = &self.standing;
        vec![
            Cell::text(self.client),
            Cell::text(self.project),
            Cell::Fixed(s.period.clone()),
            hours(s.budget),
            hours(s.used),
            hours(s.left),
            Cell::Num(s.percent_used.to_string()),
        ]
    }

    fn highlight(&self) -> Option<Highlight> {
        (self.standing.left.0 < 0).then_some(Highlight::Overdraft)
    }
}

impl Tabular for FlexRow<'_> {
    fn columns() -> &'static [&'static str] {
        Self::COLUMNS
    }

    fn essential() -> &'static [&'static str] {
        &["person", "bank", "balance"]
    }

    fn cells(&self, hours: &dyn Fn(Minutes) -> Cell) -> Vec<Cell> {
        vec![
            Cell::text(self.person),
            Cell::text(self.bank),
            hours(self.balance),
            hours(self.accrued),
            hours(self.used),
            hours(self.expired),
            hours(self.forfeited),
            hours(self.adjusted),
            hours(self.shortfall),
            hours(self.opening),
            hours(self.in_progress),
        ]
    }

    fn highlight(&self) -> Option<Highlight> {
        (self.balance.0 < 0).then_some(Highlight::Overdraft)
    }
}

impl Tabular for BankHistoryRow {
    fn columns() -> &'static [&'static str] {
        Self::COLUMNS
    }

    fn essential() -> &'static [&'static str] {
        &["date", "kind", "hours", "balance"]
    }

    fn cells(&self, hours: &dyn Fn(Minutes) -> Cell) -> Vec<Cell> {
        let mut cells = self.event.cells(hours);
        match &self.period {
            Some(p) => cells.extend(
                [
                    p.worked,
                    p.scheduled,
                    p.difference,
                    p.credited,
                    p.taken,
                    p.forfeited,
                    p.shortfall,
                ]
                .map(hours),
            ),
            None => cells.extend(std::iter::repeat_n(Cell::Empty, 7)),
        }
        cells
    }
}

impl UsageRow {
    /// The labels, then hours and amounts (the columns follow `--by`, so this is not
    /// [`Tabular`]); `hours` adds a duration in the chosen time format.
    pub fn cells(&self, hours: &dyn Fn(Minutes, &mut Cells)) -> Vec<Cell> {
        let mut cells = Cells::default();
        for label in &self.labels {
            cells.push(CellKind::Text, |text| text.push_str(label));
        }
        self.push_sums(hours, &mut cells);
        cells.to_row().cells
    }

    /// Adds the cells after the labels.
    fn push_sums(&self, hours: &dyn Fn(Minutes, &mut Cells), cells: &mut Cells) {
        hours(self.hours, cells);
        hours(self.charged, cells);
        for amount in [self.billable_amount, self.value] {
            cells.push(CellKind::Num, |text| {
                use std::fmt::Write;
                // Writing to a string does not fail.
                let _ = write!(text, "{amount}");
            });
        }
    }
}

/// The row at `k` of a usage report, written into `cells` (which a long report's
/// rows reuse) as [`UsageRow::cells`] makes it.
pub fn usage_cells(
    rows: &UsageRows<'_>,
    k: usize,
    hours: &dyn Fn(Minutes, &mut Cells),
    cells: &mut Cells,
) {
    for label in rows.labels(k) {
        cells.push(CellKind::Text, |text| label.write(text));
    }
    rows.sums(k).push_sums(hours, cells);
}

impl Tabular for LotRow {
    fn columns() -> &'static [&'static str] {
        Self::COLUMNS
    }

    fn essential() -> &'static [&'static str] {
        &["lot", "remaining", "expires"]
    }

    fn cells(&self, hours: &dyn Fn(Minutes) -> Cell) -> Vec<Cell> {
        vec![
            Cell::text(self.lot.as_str()),
            Cell::opt_fixed(self.date),
            Cell::opt_fixed(self.effective),
            hours(self.hours),
            hours(self.used),
            hours(self.expired),
            hours(self.remaining),
            Cell::opt_fixed(self.expires),
            Cell::text(self.project.as_str()),
            self.price.map_or(Cell::Empty, |p| Cell::Num(p.to_string())),
            Cell::text(self.status.as_str()),
        ]
    }
}

impl Tabular for EntryRow {
    fn columns() -> &'static [&'static str] {
        Self::COLUMNS
    }

    fn essential() -> &'static [&'static str] {
        &["id", "date", "client", "hours", "note"]
    }

    fn cells(&self, hours: &dyn Fn(Minutes) -> Cell) -> Vec<Cell> {
        vec![
            Cell::text(&self.id),
            Cell::Fixed(self.date.to_string()),
            Cell::text(&self.client),
            Cell::text(&self.person),
            hours(self.hours),
            hours(self.charged),
            Cell::text(&self.project),
            Cell::text(&self.service),
            Cell::text(if self.billable { "yes" } else { "no" }),
            self.rate.map_or(Cell::Empty, |r| Cell::Num(r.to_string())),
            Cell::text(self.kind.as_str()),
            Cell::text(&self.note),
            Cell::text(&self.invoice),
        ]
    }

    /// The hours and what they charged add up.
    fn total(rows: &[Self], hours: &dyn Fn(Minutes) -> Cell) -> Option<Vec<Cell>> {
        let mut cells = vec![Cell::text("total"), Cell::Empty, Cell::Empty, Cell::Empty];
        cells.push(hours(Minutes(rows.iter().map(|r| r.hours.0).sum())));
        cells.push(hours(Minutes(rows.iter().map(|r| r.charged.0).sum())));
        cells.extend(std::iter::repeat_n(Cell::Empty, 7));
        Some(cells)
    }
}
