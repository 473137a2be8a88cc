//! `report flex`: every flex bank as of a day.

use chrono::NaiveDate;

use super::{FlexRow, flex_row};
use crate::domain::bank::SimOptions;
use crate::domain::ledger::Ledger;

/// The `report flex` rows as of `as_of`, sorted by person then bank; `only` keeps one
/// person's.
pub fn flex_rows(ledger: &Ledger, as_of: NaiveDate, only: Option<u32>) -> Vec<FlexRow<'_>> {
    let opts = SimOptions { as_of, watch_from: None, trace: false };
    let outcomes =
        ledger.simulate_banks(opts, |b| only.is_none_or(|p| ledger.banks[b].person == p));
    let people = ledger.people.as_deref().unwrap_or_default();
    let mut rows: Vec<FlexRow<'_>> = ledger
        .banks
        .iter()
        .enumerate()
        .zip(outcomes)
        .filter_map(|((b, bank), outcome)| {
            let outcome = outcome?;
            let account = &ledger.accounts[ledger.bank_account(b as u32) as usize];
            let plan = account.flex.as_ref()?;
            Some(flex_row(&people[bank.person as usize], bank, plan, &outcome, as_of))
        })
        .collect();
    rows.sort_by(|a, b| (a.person, a.bank).cmp(&(b.person, b.bank)));
    rows
}
