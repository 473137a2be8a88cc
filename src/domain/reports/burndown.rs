//! `report burndown`: a bank's balance day by day, with its credits, expiries and the
//! day its hours run out, for a chart.

use chrono::NaiveDate;

use crate::domain::bank::{SimOptions, TraceKind, simulate};
use crate::domain::duration::Minutes;
use crate::domain::ledger::Ledger;

/// What a chart shows.
#[derive(Debug, Clone, Default)]
pub struct Chart {
    pub title: String,
    /// The balance at the end of each day that changed it, in date order.
    pub points: Vec<(NaiveDate, Minutes)>,
    /// Days with a purchase (or allocation, accrual) and days with an expiry.
    pub credits: Vec<NaiveDate>,
    pub expiries: Vec<NaiveDate>,
    /// From the last point to the day the hours run out at the recent pace.
    pub runs_out: Option<NaiveDate>,
    /// The last day of the period shown: the x-axis ends there (or at `runs_out`,
    /// when later).
    pub end: Option<NaiveDate>,
    /// Today: points after it are scheduled, not yet happened, and drawn as the
    /// projection.
    pub today: Option<NaiveDate>,
    /// What the legend calls a credit: `purchase`, or a flex bank's `accrual`.
    pub credit_label: &'static str,
}

/// The balance at the end of each day that changed it in `from..=to` (the balance
/// before `from` as its first point), with credits, expiries and the run-out day:
/// the day `report balances` gives as of today (or as of `to`, when that is earlier),
/// so a later `--to` never moves it.
pub fn chart(
    ledger: &Ledger,
    account: u32,
    from: Option<NaiveDate>,
    to: NaiveDate,
    today: NaiveDate,
    title: String,
) -> Chart {
    let outcome = simulate(
        &ledger.accounts[account as usize],
        SimOptions { as_of: to, watch_from: None, trace: true },
    );
    let mut chart = Chart { title, credit_label: "purchase", ..Chart::default() };
    let mut before: Option<Minutes> = None;
    for event in &outcome.trace {
        // End-of-day events count on the next day (SPEC 12.4).
        let day = event.shown_date();
        if from.is_some_and(|f| day < f) {
            before = Some(event.balance);
            continue;
        }
        if let (Some(f), Some(b)) = (from, before.take()) {
            chart.points.push((f, b));
        }
        match chart.points.last_mut() {
            Some(last) if last.0 == day => last.1 = event.balance,
            _ => chart.points.push((day, event.balance)),
        }
        match event.kind {
            TraceKind::Purchase | TraceKind::Allocation | TraceKind::Opening => {
                chart.credits.push(day)
            }
            TraceKind::Period if event.minutes.0 > 0 => chart.credits.push(day),
            TraceKind::Expire => chart.expiries.push(day),
            _ => {}
        }
    }
    if let (Some(f), Some(b)) = (from, before) {
        chart.points.push((f, b));
    }
    chart.credits.dedup();
    chart.expiries.dedup();
    chart.runs_out = if to > today {
        let now = SimOptions { as_of: today, watch_from: None, trace: false };
        simulate(&ledger.accounts[account as usize], now).runs_out(today)
    } else {
        outcome.runs_out(to)
    };
    chart.end = Some(to);
    chart.today = Some(today);
    chart
}
