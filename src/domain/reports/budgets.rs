//! `report budgets` and the `budget` alerts (SPEC 15): how each project budget stands
//! in the period that holds a day.

use chrono::NaiveDate;

use super::BudgetRow;
use crate::domain::alerts::{Alert, AlertKind};
use crate::domain::budget::standing;
use crate::domain::ledger::Ledger;

/// Every project budget of the clients (`only`: one client's) as of `as_of`, by
/// client then project.
pub fn budget_rows(ledger: &Ledger, as_of: NaiveDate, only: Option<u32>) -> Vec<BudgetRow<'_>> {
    let mut rows = Vec::new();
    for (ix, client) in ledger.clients.iter().enumerate() {
        if only.is_some_and(|o| o as usize != ix) {
            continue;
        }
        let debits = &ledger.accounts[ix].debits;
        for (project, budget) in &client.budgets {
            // A project no row names yet has used nothing.
            let standing = match ledger.project_index.get(project) {
                Some(&p) => standing(debits, p, budget, as_of),
                None => standing(&[], 0, budget, as_of),
            };
            rows.push(BudgetRow { client: client.id.as_str(), project, standing });
        }
    }
    rows
}

/// A `budget` alert for each threshold of an active client's budget that its period's
/// use has reached, as of `as_of`: once per threshold and period (the period is the
/// alert's episode). For the office alone: a budget is the business's plan.
pub fn budget_alerts(ledger: &Ledger, as_of: NaiveDate) -> Vec<Alert> {
    let mut out = Vec::new();
    for row in budget_rows(ledger, as_of, None) {
        let ix = ledger.client_ix(row.client).expect("a row of a known client");
        if ledger.clients[ix as usize].refuses_new_rows() {
            continue;
        }
        let budget = &ledger.clients[ix as usize].budgets[row.project];
        let s = &row.standing;
        for threshold in budget.alert_percent.iter().filter(|&&t| s.percent_used >= t) {
            let period =
                if s.period == "total" { String::new() } else { format!(" in {}", s.period) };
            out.push(Alert {
                client: row.client.to_string(),
                bank: String::new(),
                unit: "percent",
                kind: AlertKind::Budget,
                threshold: threshold.to_string(),
                lot: String::new(),
                episode: format!("{}:{}", row.project, s.period),
                date: as_of,
                message: format!(
                    "project {} has used {} of its {} budget{period} ({} %, {} left)",
                    row.project,
                    s.used.hm(),
                    s.budget.hm(),
                    s.percent_used,
                    s.left.hm()
                ),
                words: None,
            });
        }
    }
    out
}
