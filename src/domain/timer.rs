//! Timers (SPEC 13): one running timer per person, in `timers.csv`; when it stops,
//! the time it ran is logged as time rows, one per day it spans.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::duration::Minutes;
use super::ledger::{WorkRow, WorkSink};

pub use super::ledger::Timer;

/// The `source` of a row a timer logged: `timer:<id>`.
pub fn source(id: &str) -> String {
    format!("timer:{id}")
}

/// The timer a row's `source` names, when a timer logged it.
pub fn logged_by(source: &str) -> Option<&str> {
    source.strip_prefix("timer:").filter(|id| !id.is_empty())
}

/// The ids of the timers that time rows name in their `source`: logged already.
/// `BANKS`: whether the command also uses the flex banks (`notify-check` does).
#[derive(Debug, Default)]
pub struct LoggedTimers<const BANKS: bool = false>(pub rustc_hash::FxHashSet<String>);

impl<const B: bool> WorkSink for LoggedTimers<B> {
    const BANKS: bool = B;

    fn row(&mut self, w: &WorkRow<'_>) {
        if let Some(id) = logged_by(w.source) {
            self.0.insert(id.to_string());
        }
    }

    fn append(&mut self, later: Self) {
        self.0.extend(later.0);
    }
}

/// The time from `start` to `end` per day it spans, each part rounded half up to the
/// minute (as a timeclock session is); parts of 0:00 are left out.
pub fn day_parts(start: NaiveDateTime, end: NaiveDateTime) -> Vec<(NaiveDate, Minutes)> {
    let mut parts = Vec::new();
    let mut from = start;
    while from < end {
        let midnight = from.date().succ_opt().map(|d| d.and_time(NaiveTime::MIN));
        let to = match midnight {
            Some(m) if m < end => m,
            _ => end,
        };
        let seconds = (to - from).num_seconds();
        let minutes = (seconds + 30) / 60;
        if minutes > 0 {
            parts.push((from.date(), Minutes(minutes)));
        }
        from = to;
    }
    parts
}

/// How long a timer has run, as its rows would record it.
pub fn elapsed(start: NaiveDateTime, end: NaiveDateTime) -> Minutes {
    Minutes(day_parts(start, end).iter().map(|(_, m)| m.0).sum())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S").unwrap()
    }

    #[test]
    fn a_span_over_midnight_is_split_per_day_and_each_part_rounded_half_up() {
        let parts = day_parts(at("2026-11-23T22:40:29"), at("2026-11-24T01:10:30"));
        // 22:40:29-24:00 = 79 min 31 s -> 1:20; 00:00-01:10:30 = 70.5 min -> 1:11.
        let date = |t: &str| t.parse::<NaiveDate>().unwrap();
        assert_eq!(parts, [(date("2026-11-23"), Minutes(80)), (date("2026-11-24"), Minutes(71))]);
        assert_eq!(elapsed(at("2026-11-23T09:00:00"), at("2026-11-23T09:00:29")), Minutes(0));
        assert!(day_parts(at("2026-11-23T09:00:00"), at("2026-11-23T09:00:00")).is_empty());
    }

    #[test]
    fn a_row_names_the_timer_that_logged_it() {
        assert_eq!(logged_by(&source("c-1")), Some("c-1"));
        assert_eq!(logged_by("timeclock:x:1#ab"), None);
        assert_eq!(logged_by("timer:"), None);
    }
}
