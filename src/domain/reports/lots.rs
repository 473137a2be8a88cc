//! `bank list`: a client's lots as of a day.

use chrono::NaiveDate;

use super::{LotRow, LotStatus};
use crate::domain::bank::{LotSource, SimOptions};
use crate::domain::duration::Minutes;
use crate::domain::ledger::{Ledger, lot_name};

/// Client `ix`'s lots as of `as_of` (what `bank list` shows), in the order of their
/// dates.
pub fn lot_rows(ledger: &Ledger, ix: u32, as_of_date: NaiveDate) -> Vec<LotRow> {
    let outcome =
        ledger.simulate(ix, SimOptions { as_of: as_of_date, watch_from: None, trace: false });
    let mut rows: Vec<LotRow> = Vec::new();
    for lot in &outcome.lots {
        if lot.credit.source == LotSource::Overage {
            continue;
        }
        let (date, price) = match lot.credit.source {
            LotSource::Purchase(i) => {
                ledger.purchases.get(i as usize).map_or((None, None), |p| (Some(p.date), p.price))
            }
            _ => (Some(lot.credit.date), None),
        };
        rows.push(LotRow {
            lot: lot_name(ledger, lot),
            date,
            effective: Some(lot.credit.date),
            hours: lot.credit.minutes,
            used: lot.used,
            expired: lot.expired,
            remaining: lot.remaining,
            expires: lot.credit.expires,
            project: ledger.projects[lot.credit.project as usize].clone(),
            price,
            status: LotStatus::of(lot),
        });
    }
    // Lots credited on payment whose invoice is not paid in full by then (SPEC 10).
    for p in &ledger.purchases {
        if p.client != ix || p.date > as_of_date || p.effective.is_some_and(|e| e <= as_of_date) {
            continue;
        }
        rows.push(LotRow {
            lot: p.reference(),
            date: Some(p.date),
            effective: None,
            hours: p.minutes,
            used: Minutes::ZERO,
            expired: Minutes::ZERO,
            remaining: Minutes::ZERO,
            expires: p.expires,
            project: p.project.to_string(),
            price: p.price,
            status: LotStatus::Pending,
        });
    }
    // In the order of their dates (a pending lot among the others).
    rows.sort_by_key(|r| r.date);
    rows
}
