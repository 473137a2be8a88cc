//! `report balances`: every client's balance as of a day.

use chrono::NaiveDate;

use super::{BalanceRow, balance_row};
use crate::domain::bank::SimOptions;
use crate::domain::client::ClientType;
use crate::domain::ledger::{Ledger, lot_name};

/// The balance rows as of `as_of` of the clients `only` and `kind` select.
pub fn balance_rows<'l>(
    ledger: &'l Ledger,
    as_of: NaiveDate,
    only: Option<u32>,
    kind: Option<ClientType>,
) -> Vec<BalanceRow<'l>> {
    let opts = SimOptions { as_of, watch_from: None, trace: false };
    let wanted = |i: usize| {
        only.is_none_or(|o| o as usize == i) && kind.is_none_or(|k| k == ledger.clients[i].kind)
    };
    // Each row is made on the thread that simulated its client.
    let rows = ledger.simulate_each(opts, wanted, |i, o| {
        let name = |lot: usize| lot_name(ledger, &o.lots[lot]);
        let mut row = balance_row(&ledger.clients[i], &ledger.settings, &o, as_of, &name);
        row.blocked = ledger.blocking_invoice(i as u32, as_of).map(|inv| inv.number.clone());
        row
    });
    rows.into_iter().flatten().collect()
}
