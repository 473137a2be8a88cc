//! Flex-time banks (SPEC 8): people, their schedules and named banks, and how a bank's
//! periods (weeks or days) turn worked minus scheduled time into the period closes the
//! bank engine books. Pure: the loader hands in the minutes worked per day.

use chrono::{Datelike, Days, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};

use super::date::{day_number, expiry_after_months, from_day_number};
use super::duration::Minutes;

/// Reads the hours one day of a schedule asks for: a duration of at most 24:00.
pub fn parse_schedule_day(text: &str) -> Result<Minutes, String> {
    let minutes = Minutes::parse_unsigned(text).map_err(|e| e.to_string())?;
    if minutes.0 > 24 * 60 {
        return Err(format!("{} is more than a day holds (at most 24:00)", minutes.hm()));
    }
    Ok(minutes)
}

/// The largest accrual multiplier (SPEC 12.7): overtime counts at most ten times.
pub const MAX_ACCRUAL_MULTIPLIER: Decimal = Decimal::TEN;

/// Reads an accrual multiplier: a number above 0 and at most 10 (`1.5`).
pub fn parse_accrual_multiplier(text: &str) -> Result<Decimal, String> {
    match Decimal::from_str_exact(text.trim()) {
        Ok(d) if d > Decimal::ZERO && d <= MAX_ACCRUAL_MULTIPLIER => Ok(d.normalize()),
        Ok(d) if d > MAX_ACCRUAL_MULTIPLIER => {
            Err(format!("\"{text}\" is more than 10 (overtime counts at most ten times)"))
        }
        _ => Err(format!("\"{text}\" is not a number above 0 like \"1.5\"")),
    }
}

/// A person of `people.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: String,
    pub name: Option<String>,
    pub email: Option<String>,
    /// Scheduled minutes per weekday, Monday first.
    pub schedule: [i64; 7],
    /// The line of `[people.<id>]`.
    pub line: Option<u32>,
}

/// How a bank's periods run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlexRule {
    /// Monday..Sunday weeks.
    WeeklyOvertime,
    /// Each day.
    DailyOvertime,
}

impl FlexRule {
    pub const NAMES: &'static [&'static str] = &["weekly-overtime", "daily-overtime"];

    pub fn parse(text: &str) -> Option<FlexRule> {
        match text {
            "weekly-overtime" => Some(FlexRule::WeeklyOvertime),
            "daily-overtime" => Some(FlexRule::DailyOvertime),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FlexRule::WeeklyOvertime => "weekly-overtime",
            FlexRule::DailyOvertime => "daily-overtime",
        }
    }

    /// The last day of the period holding `day` (a Sunday for weeks).
    fn period_end(self, day: NaiveDate) -> NaiveDate {
        match self {
            FlexRule::DailyOvertime => day,
            FlexRule::WeeklyOvertime => {
                let to_sunday = 6 - u64::from(day.weekday().num_days_from_monday());
                day.checked_add_days(Days::new(to_sunday)).unwrap_or(NaiveDate::MAX)
            }
        }
    }
}

/// `[people.<person>.banks.<name>]`: one person's bank and its rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlexBank {
    /// Index into the ledger's people.
    pub person: u32,
    pub name: String,
    pub rule: FlexRule,
    pub start: NaiveDate,
    pub opening: Minutes,
    pub max_balance: Option<Minutes>,
    /// At most 0.
    pub min_balance: Minutes,
    pub expiry_months: Option<u32>,
    pub include_time_off: bool,
    pub accrual_multiplier: Decimal,
    /// The line of the bank's table.
    pub line: Option<u32>,
}

/// Minutes a person worked and took off on one day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayTotals {
    pub work: i64,
    pub time_off: i64,
}

/// A bank's period, closed or in progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub worked: Minutes,
    pub scheduled: Minutes,
}

impl Period {
    /// worked - scheduled.
    pub fn difference(&self) -> Minutes {
        Minutes(self.worked.0 - self.scheduled.0)
    }
}

/// A flex period closing at the end of `date` (its last day) with `difference` =
/// worked - scheduled, already multiplied by the accrual factor when positive; a
/// positive one becomes a lot expiring on `expires`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodClose {
    pub date: NaiveDate,
    pub difference: Minutes,
    pub expires: Option<NaiveDate>,
}

/// What the engine needs to turn a bank's periods into closes: the rule, the schedule
/// and holidays, and the minutes worked per day (time off already counted in or not).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlexPlan {
    pub rule: FlexRule,
    pub start: NaiveDate,
    pub opening: Minutes,
    pub expiry_months: Option<u32>,
    pub accrual_multiplier: Decimal,
    pub schedule: [i64; 7],
    /// Day numbers of holidays, sorted.
    pub holidays: Vec<i32>,
    /// (day number, minutes worked), sorted by day, one entry per day.
    pub worked: Vec<(i32, i64)>,
}

impl FlexPlan {
    pub fn new(
        bank: &FlexBank,
        person: &Person,
        holidays: &[NaiveDate],
        days: &[(i32, DayTotals)],
    ) -> FlexPlan {
        let mut holidays: Vec<i32> = holidays.iter().map(|&d| day_number(d)).collect();
        holidays.sort_unstable();
        holidays.dedup();
        let worked = days
            .iter()
            .map(|&(day, t)| (day, t.work + if bank.include_time_off { t.time_off } else { 0 }))
            .filter(|&(_, m)| m != 0)
            .collect();
        FlexPlan {
            rule: bank.rule,
            start: bank.start,
            opening: bank.opening,
            expiry_months: bank.expiry_months,
            accrual_multiplier: bank.accrual_multiplier,
            schedule: person.schedule,
            holidays,
            worked,
        }
    }

    fn scheduled_on(&self, day: NaiveDate) -> i64 {
        if self.holidays.binary_search(&day_number(day)).is_ok() {
            return 0;
        }
        self.schedule[day.weekday().num_days_from_monday() as usize]
    }

    /// The period from `first` through `last` (both counted).
    fn period(&self, first: NaiveDate, last: NaiveDate) -> Period {
        let (a, b) = (day_number(first), day_number(last));
        let from = self.worked.partition_point(|&(d, _)| d < a);
        let worked =
            self.worked[from..].iter().take_while(|&&(d, _)| d <= b).map(|&(_, m)| m).sum();
        let scheduled = (a..=b).map(|d| self.scheduled_on(from_day_number(d))).sum();
        Period { first, last, worked: Minutes(worked), scheduled: Minutes(scheduled) }
    }

    /// The periods that have closed as of `as_of`: those whose last day is before it.
    pub fn closed_periods(&self, as_of: NaiveDate) -> Vec<Period> {
        let mut out = Vec::new();
        let mut first = self.start;
        loop {
            let last = self.rule.period_end(first);
            if last >= as_of {
                return out;
            }
            out.push(self.period(first, last));
            match last.succ_opt() {
                Some(next) => first = next,
                None => return out,
            }
        }
    }

    /// The period holding `as_of`, counted from its first day through `as_of` (whose
    /// full schedule counts); `None` before `start`.
    pub fn in_progress(&self, as_of: NaiveDate) -> Option<Period> {
        if as_of < self.start {
            return None;
        }
        let first = match self.rule {
            FlexRule::DailyOvertime => as_of,
            FlexRule::WeeklyOvertime => {
                let back = u64::from(as_of.weekday().num_days_from_monday());
                as_of.checked_sub_days(Days::new(back)).unwrap_or(NaiveDate::MIN).max(self.start)
            }
        };
        Some(self.period(first, as_of))
    }

    /// What a closed period books: a positive difference times the accrual multiplier
    /// (rounded to the minute, halves away from zero), a negative one as it is.
    pub fn credit_of(&self, period: &Period) -> Minutes {
        let difference = period.difference();
        if difference.0 <= 0 || self.accrual_multiplier == Decimal::ONE {
            return difference;
        }
        // Checked: a product too large for a decimal counts the difference once.
        let scaled = Decimal::from(difference.0)
            .checked_mul(self.accrual_multiplier)
            .unwrap_or(Decimal::from(difference.0))
            .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
        Minutes(i64::try_from(scaled).unwrap_or(i64::MAX))
    }

    /// The closes the engine books for the periods closed as of `as_of`.
    pub fn closes(&self, as_of: NaiveDate) -> Vec<PeriodClose> {
        self.closed_periods(as_of)
            .iter()
            .map(|p| PeriodClose {
                date: p.last,
                difference: self.credit_of(p),
                expires: self.expiry_months.and_then(|m| expiry_after_months(p.last, m)),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn plan(rule: FlexRule, start: &str, worked: &[(&str, i64)]) -> FlexPlan {
        FlexPlan {
            rule,
            start: date(start),
            opening: Minutes::ZERO,
            expiry_months: None,
            accrual_multiplier: Decimal::ONE,
            schedule: [480, 480, 480, 480, 240, 0, 0],
            holidays: vec![day_number(date("2026-01-07"))],
            worked: worked.iter().map(|&(d, m)| (day_number(date(d)), m)).collect(),
        }
    }

    #[test]
    fn a_mid_week_start_begins_with_a_short_week_and_holidays_are_not_scheduled() {
        // 2026-01-07 is a Wednesday and a holiday; the first period runs to Sunday 01-11.
        let p = plan(
            FlexRule::WeeklyOvertime,
            "2026-01-07",
            &[("2026-01-07", 60), ("2026-01-08", 500)],
        );
        let closed = p.closed_periods(date("2026-01-13"));
        assert_eq!(closed.len(), 1);
        assert_eq!((closed[0].first, closed[0].last), (date("2026-01-07"), date("2026-01-11")));
        assert_eq!(closed[0].scheduled, Minutes(480 + 240));
        assert_eq!(closed[0].worked, Minutes(560));
        // As of the Sunday itself the week is still open.
        assert!(p.closed_periods(date("2026-01-11")).is_empty());
        let open = p.in_progress(date("2026-01-13")).unwrap();
        assert_eq!((open.first, open.scheduled), (date("2026-01-12"), Minutes(960)));
        assert_eq!(p.in_progress(date("2026-01-06")), None);
    }

    #[test]
    fn the_multiplier_scales_positive_periods_only_and_rounds_to_the_minute() {
        let mut p = plan(
            FlexRule::DailyOvertime,
            "2026-01-05",
            &[("2026-01-05", 481), ("2026-01-06", 400)],
        );
        p.accrual_multiplier = Decimal::new(15, 1);
        let closes = p.closes(date("2026-01-07"));
        let differences: Vec<i64> = closes.iter().map(|c| c.difference.0).collect();
        // 1 minute x 1.5 = 1.5, rounded away from zero to 2; -80 stays -80.
        assert_eq!(differences, [2, -80]);
    }

    #[test]
    fn period_accruals_expire_by_months_from_the_last_day() {
        let mut p = plan(FlexRule::DailyOvertime, "2026-01-30", &[]);
        p.expiry_months = Some(1);
        let closes = p.closes(date("2026-01-31"));
        assert_eq!(closes[0].expires, Some(date("2026-02-27")));
    }
}
