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
    let outcomes = ledger.simulate_all(opts, wanted);
    ledger
        .clients
        .iter()
        .zip(outcomes)
        .filter_map(|(client, o)| {
            let o = o?;
            let name = |lot: usize| lot_name(ledger, &o.lots[lot]);
            let mut row = balance_row(client, &ledger.settings, &o, as_of, &name);
            let ix = ledger.client_ix(client.id.as_str())?;
            row.blocked = ledger.blocking_invoice(ix, as_of).map(|i| i.number.clone());
            Some(row)
        })
        .collect()
}
