//! `report budgets` and the `budget` alerts (SPEC 15): how each project budget stands
//! in the period that holds a day.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::BudgetRow;
use crate::domain::alerts::{Alert, AlertKind};
use crate::domain::budget::{Budget, BudgetPeriod, Standing, standing};
use crate::domain::debits::Debits;
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
                None => standing(&Debits::new(), 0, budget, as_of),
            };
            rows.push(BudgetRow { client: client.id.as_str(), project, standing });
        }
    }
    rows
}

/// A `budget` alert for each threshold of an active client's budget that its period's
/// use has reached, as of `as_of`: once per threshold and period (the period is the
/// alert's episode). A monthly budget is also judged at the end of the month before,
/// so that work logged on its last day after the morning's run still alerts. For the
/// office alone: a budget is the business's plan.
pub fn budget_alerts(ledger: &Ledger, as_of: NaiveDate) -> Vec<Alert> {
    let mut out = Vec::new();
    let month_before = as_of.with_day(1).and_then(|d| d.pred_opt());
    for (ix, client) in ledger.clients.iter().enumerate() {
        if client.refuses_new_rows() {
            continue;
        }
        let debits = &ledger.accounts[ix].debits;
        for (project, budget) in &client.budgets {
            let p = ledger.project_index.get(project).copied();
            let days = match budget.period {
                BudgetPeriod::Month => month_before.into_iter().chain([as_of]).collect(),
                BudgetPeriod::Total => vec![as_of],
            };
            for day in days {
                let s = match p {
                    Some(p) => standing(debits, p, budget, day),
                    None => standing(&Debits::new(), 0, budget, day),
                };
                alerts_of(client.id.as_str(), project, budget, &s, as_of, &mut out);
            }
        }
    }
    out
}

/// The alerts of one budget's standing: each threshold reached, compared exactly
/// (used x 100 >= threshold x budget), not by the rounded percentage.
fn alerts_of(
    client: &str,
    project: &str,
    budget: &Budget,
    s: &Standing,
    as_of: NaiveDate,
    out: &mut Vec<Alert>,
) {
    let used = Decimal::from(s.used.0) * Decimal::from(100);
    for threshold in budget.alert_percent.iter().filter(|&&t| used >= t * Decimal::from(s.budget.0))
    {
        let period = if s.period == "total" { String::new() } else { format!(" in {}", s.period) };
        out.push(Alert {
            client: client.to_string(),
            bank: String::new(),
            unit: "percent",
            kind: AlertKind::Budget,
            threshold: threshold.to_string(),
            lot: String::new(),
            episode: format!("{project}:{}", s.period),
            date: as_of,
            message: format!(
                "project {project} has used {} of its {} budget{period} ({} %, {} left)",
                s.used.hm(),
                s.budget.hm(),
                s.percent_used,
                s.left.hm()
            ),
            words: None,
        });
    }
}
