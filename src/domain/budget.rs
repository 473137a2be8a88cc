//! Project budgets (SPEC 15): hours a client's project may take, in all or each month.
//! Not a bank and no money: a budget counts the hours its project's rows charge, and
//! says how much is used and left, which thresholds were crossed, and whether new rows
//! would go beyond it.

use chrono::{Datelike, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};

use super::bank::{ProjectIx, month_key};
use super::date::{day_number, month_end};
use super::debits::Debits;
use super::duration::Minutes;

/// What a budget's hours cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BudgetPeriod {
    /// Every row of the project, whenever.
    #[default]
    Total,
    /// Each calendar month anew.
    Month,
}

impl BudgetPeriod {
    pub const NAMES: &'static [&'static str] = &["total", "month"];

    pub fn parse(text: &str) -> Option<BudgetPeriod> {
        match text {
            "total" => Some(BudgetPeriod::Total),
            "month" => Some(BudgetPeriod::Month),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            BudgetPeriod::Total => "total",
            BudgetPeriod::Month => "month",
        }
    }

    /// The period holding `date`: its name (`total`, `2026-11`) and first and last day.
    pub fn of(self, date: NaiveDate) -> (String, Option<(NaiveDate, NaiveDate)>) {
        match self {
            BudgetPeriod::Total => ("total".to_string(), None),
            BudgetPeriod::Month => {
                let first = date.with_day(1).unwrap_or(date);
                (month_key(date), Some((first, month_end(date))))
            }
        }
    }
}

/// `[clients.<id>.projects.<name>]`: a project's budget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Budget {
    pub hours: Minutes,
    pub period: BudgetPeriod,
    /// The percentages of the budget used at which `notify-check` alerts, once each
    /// per period.
    pub alert_percent: Vec<Decimal>,
    /// Work beyond the budget is refused (unless forced).
    pub enforce: bool,
}

impl Budget {
    /// The alert thresholds when none are set.
    pub fn default_alerts() -> Vec<Decimal> {
        vec![Decimal::from(80), Decimal::from(100)]
    }
}

/// A threshold of `budget_alert_percent`: above 0, at most 1000.
pub fn parse_alert_percent(text: &str) -> Result<Decimal, String> {
    let value = Decimal::from_str_exact(text.trim())
        .map_err(|_| format!("\"{text}\" is not a percentage (a number like 80)"))?;
    if value <= Decimal::ZERO || value > Decimal::from(1000) {
        return Err(format!("\"{text}\": a budget alert is above 0 and at most 1000 percent"));
    }
    Ok(value.normalize())
}

/// How a budget stands in one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    /// `total` or the month, `2026-11`.
    pub period: String,
    pub budget: Minutes,
    pub used: Minutes,
    pub left: Minutes,
    /// used / budget x 100, to two places.
    pub percent_used: Decimal,
}

/// What the rows of `project` in `debits` charge in the period of `budget` that holds
/// `date`, counting rows up to `through`.
pub fn used(
    debits: &Debits,
    project: ProjectIx,
    budget: &Budget,
    date: NaiveDate,
    through: NaiveDate,
) -> Minutes {
    let (_, range) = budget.period.of(date);
    let (from, to) = match range {
        Some((first, last)) => (day_number(first), day_number(last.min(through))),
        None => (i32::MIN, day_number(through)),
    };
    let minutes = debits
        .iter()
        .filter(|d| d.project == project && d.day >= from && d.day <= to)
        .map(|d| i64::from(d.minutes))
        .sum();
    Minutes(minutes)
}

/// The budget's standing as of `as_of` (in the period that holds it).
pub fn standing(
    debits: &Debits,
    project: ProjectIx,
    budget: &Budget,
    as_of: NaiveDate,
) -> Standing {
    let used = used(debits, project, budget, as_of, as_of);
    Standing {
        period: budget.period.of(as_of).0,
        budget: budget.hours,
        used,
        left: Minutes(budget.hours.0 - used.0),
        percent_used: percent(used, budget.hours),
    }
}

fn percent(used: Minutes, budget: Minutes) -> Decimal {
    if budget.0 <= 0 {
        return Decimal::new(0, 2);
    }
    let mut p = (Decimal::from(used.0) * Decimal::from(100) / Decimal::from(budget.0))
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    p.rescale(2);
    p
}

/// New rows that would take an enforced budget beyond its hours in a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excess {
    pub period: String,
    pub budget: Minutes,
    /// What the period's rows charge already.
    pub used: Minutes,
    /// What the new rows of the period charge.
    pub adding: Minutes,
}

/// Whether new rows `(date, charged)` of `project` fit its budget: the first period
/// they would take beyond it, if any. Rows that charge nothing never do.
pub fn excess(
    debits: &Debits,
    project: ProjectIx,
    budget: &Budget,
    new: &[(NaiveDate, Minutes)],
) -> Option<Excess> {
    let mut periods: Vec<(String, NaiveDate, i64)> = Vec::new();
    for &(date, charged) in new {
        let (name, _) = budget.period.of(date);
        match periods.iter_mut().find(|p| p.0 == name) {
            Some(p) => p.2 += charged.0,
            None => periods.push((name, date, charged.0)),
        }
    }
    periods.into_iter().filter(|p| p.2 > 0).find_map(|(period, date, adding)| {
        let used = used(debits, project, budget, date, NaiveDate::MAX);
        (used.0 + adding > budget.hours.0).then_some(Excess {
            period,
            budget: budget.hours,
            used,
            adding: Minutes(adding),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bank::Debit;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn row(date: &str, minutes: i32, project: ProjectIx) -> Debit {
        Debit { day: day_number(d(date)), minutes, project, line: 2 }
    }

    #[test]
    fn a_monthly_budget_counts_its_month_and_a_total_one_everything() {
        let debits: Debits =
            vec![row("2026-10-30", 600, 1), row("2026-11-02", 150, 1), row("2026-11-03", 60, 2)]
                .into();
        let monthly = Budget {
            hours: Minutes(600),
            period: BudgetPeriod::Month,
            alert_percent: Budget::default_alerts(),
            enforce: true,
        };
        let s = standing(&debits, 1, &monthly, d("2026-11-20"));
        assert_eq!((s.period.as_str(), s.used, s.left), ("2026-11", Minutes(150), Minutes(450)));
        assert_eq!(s.percent_used.to_string(), "25.00");
        let total = Budget { period: BudgetPeriod::Total, ..monthly.clone() };
        let s = standing(&debits, 1, &total, d("2026-11-20"));
        assert_eq!((s.used, s.left), (Minutes(750), Minutes(-150)));
        // 7:30 more in November fits exactly; 7:31 does not.
        assert_eq!(excess(&debits, 1, &monthly, &[(d("2026-11-25"), Minutes(450))]), None);
        let over = excess(&debits, 1, &monthly, &[(d("2026-11-25"), Minutes(451))]).unwrap();
        assert_eq!(
            (over.period.as_str(), over.used, over.adding),
            ("2026-11", Minutes(150), Minutes(451))
        );
        // Nothing charged adds nothing, even to a budget used up.
        assert_eq!(excess(&debits, 1, &total, &[(d("2026-11-25"), Minutes(0))]), None);
    }
}
