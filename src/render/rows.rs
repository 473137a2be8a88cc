//! Typed report rows (`domain::report`) as cells: one definition of each report's
//! columns for the table, CSV and JSON alike.

use super::{Cell, Highlight, Report};
use crate::domain::duration::Minutes;
use crate::domain::report::{BalanceRow, Standing};

/// A row type that knows its columns and cells; `hours` prints durations in the
/// chosen time format.
pub trait Tabular {
    fn columns() -> &'static [&'static str];
    fn cells(&self, hours: &dyn Fn(Minutes) -> Cell) -> Vec<Cell>;
    fn highlight(&self) -> Option<Highlight> {
        None
    }
}

/// The report of `rows`.
pub fn report<T: Tabular>(rows: &[T], hours: &dyn Fn(Minutes) -> Cell) -> Report {
    let mut report = Report::new(T::columns());
    for row in rows {
        report.push_highlighted(row.cells(hours), row.highlight());
    }
    report
}

impl Tabular for BalanceRow<'_> {
    fn columns() -> &'static [&'static str] {
        Self::COLUMNS
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
        ]
    }

    fn highlight(&self) -> Option<Highlight> {
        match self.standing {
            Standing::Fine => None,
            Standing::Alert => Some(Highlight::Low),
            Standing::Overdraft => Some(Highlight::Overdraft),
        }
    }
}
