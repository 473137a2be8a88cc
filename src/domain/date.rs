//! Calendar dates: strict ISO parsing (fast, from bytes) and the month arithmetic of
//! expiries. Owns no clock: "today" is always passed in.

use chrono::{Datelike, Months, NaiveDate};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("date \"{value}\": {}", impossible(value).unwrap_or_else(|| "use YYYY-MM-DD, like 2026-03-01".into()))]
pub struct DateError {
    pub value: String,
}

/// Why a well-formed `YYYY-MM-DD` names no day (SPEC 12.6: `2026-02-30: February 2026
/// has 28 days`); `None` when it is not of that form.
pub fn impossible(text: &str) -> Option<String> {
    let b = text.trim().as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |s: &[u8]| -> Option<u32> {
        s.iter()
            .try_fold(0u32, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
    };
    let (year, month, day) = (num(&b[0..4])?, num(&b[5..7])?, num(&b[8..10])?);
    if year == 0 {
        return Some("there is no year 0000 (years run from 0001 to 9999)".into());
    }
    if !(1..=12).contains(&month) {
        return Some(format!("there is no month {month:02} (months run from 01 to 12)"));
    }
    let first = NaiveDate::from_ymd_opt(year as i32, month, 1)?;
    let days =
        first.checked_add_months(Months::new(1)).map_or(31, |next| (next - first).num_days());
    (day == 0 || i64::from(day) > days).then(|| {
        let name = MONTH_NAMES[month as usize - 1];
        format!("{name} {year:04} has {days} days")
    })
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Parses exactly `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    parse_date_bytes(text.trim().as_bytes()).ok_or_else(|| DateError { value: text.to_string() })
}

/// Which day a date given on the command line means when it names a month: its first
/// (`--from`, `--start`), its last (`--to`, `--as-of`, `--expires`, `--end`), or none:
/// a month is refused where one day is meant (`--date`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRole {
    Day,
    First,
    Last,
}

/// A date on the command line that did not parse; the message lists the forms.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "date \"{value}\": {}",
    impossible(value).unwrap_or_else(|| format!(
        "use YYYY-MM-DD (years 0001 to 9999), today or yesterday{}, like 2026-03-01",
        if *months { ", or a month YYYY-MM" } else { "" }
    ))
)]
pub struct DateArgError {
    pub value: String,
    pub months: bool,
}

/// The one reader of dates given on the command line: `YYYY-MM-DD`, `today`,
/// `yesterday`, and a month `YYYY-MM` where `role` says which of its days is meant.
pub fn parse_date_arg(
    text: &str,
    today: NaiveDate,
    role: DateRole,
) -> Result<NaiveDate, DateArgError> {
    let err = || DateArgError { value: text.to_string(), months: role != DateRole::Day };
    let trimmed = text.trim();
    match trimmed {
        "today" => return Ok(today),
        "yesterday" => return today.pred_opt().ok_or_else(err),
        _ => {}
    }
    if let Ok(date) = parse_date(trimmed) {
        return Ok(date);
    }
    let first = parse_month(trimmed).ok_or_else(err)?;
    match role {
        DateRole::Day => Err(err()),
        DateRole::First => Ok(first),
        DateRole::Last => Ok(month_end(first)),
    }
}

/// The first day of a month given as `YYYY-MM`.
pub fn parse_month(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 7 || b[4] != b'-' {
        return None;
    }
    parse_date_bytes(format!("{text}-01").as_bytes())
}

/// Every form [`parse_period`] takes, for messages.
pub const PERIOD_FORMS: &str = "today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, lastyear, a day (2026-11-23), a month (2026-11), a quarter (2026-Q4) or a year (2026)";

/// A period by name: `YYYY-MM-DD`, `YYYY-MM`, `YYYY-QN`, `YYYY`, `today`,
/// `yesterday`, `thisweek`, `lastweek` (weeks run Monday to Sunday), `thismonth`,
/// `lastmonth`, `thisyear`, `lastyear`; its first and last day (both included).
pub fn parse_period(text: &str, today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let text = text.trim();
    let monday = today - chrono::Duration::days(i64::from(today.weekday().num_days_from_monday()));
    match text {
        "thisweek" => return Some((monday, monday + chrono::Duration::days(6))),
        "lastweek" => {
            let last = monday - chrono::Duration::days(7);
            return Some((last, last + chrono::Duration::days(6)));
        }
        _ => {}
    }
    let month_of = |d: NaiveDate| d.with_day(1).map(|first| (first, month_end(first)));
    let year_of =
        |y: i32| Some((NaiveDate::from_ymd_opt(y, 1, 1)?, NaiveDate::from_ymd_opt(y, 12, 31)?));
    match text {
        "today" => return Some((today, today)),
        "yesterday" => return today.pred_opt().map(|d| (d, d)),
        "thismonth" => return month_of(today),
        "lastmonth" => return month_of(today.with_day(1)?.pred_opt()?),
        "thisyear" => return year_of(today.year()),
        "lastyear" => return year_of(today.year() - 1),
        _ => {}
    }
    if let Ok(day) = parse_date(text) {
        return Some((day, day));
    }
    if let Some(first) = parse_month(text) {
        return month_of(first);
    }
    let b = text.as_bytes();
    let year =
        text.get(..4).filter(|y| y.bytes().all(|c| c.is_ascii_digit()))?.parse::<i32>().ok()?;
    if year == 0 {
        return None;
    }
    match b.len() {
        4 => year_of(year),
        7 if b[4] == b'-' && b[5] == b'Q' && (b'1'..=b'4').contains(&b[6]) => {
            let first_month = u32::from(b[6] - b'1') * 3 + 1;
            let first = NaiveDate::from_ymd_opt(year, first_month, 1)?;
            let last = first.checked_add_months(Months::new(2)).map(month_end)?;
            Some((first, last))
        }
        _ => None,
    }
}

/// Parses exactly `YYYY-MM-DD` from bytes without allocating.
pub fn parse_date_bytes(b: &[u8]) -> Option<NaiveDate> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |s: &[u8]| -> Option<u32> {
        s.iter()
            .try_fold(0u32, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
    };
    let year = num(&b[0..4]).filter(|&y| y >= 1)?;
    let month = num(&b[5..7])?;
    let day = num(&b[8..10])?;
    NaiveDate::from_ymd_opt(year as i32, month, day)
}

/// The most months a validity or rollover may have (100 years): a larger number is a
/// typo, not a wish that hours never expire (that is leaving the key out).
pub const MAX_MONTHS: u32 = 1200;

/// Checks a number of months for a validity or rollover: 1 to [`MAX_MONTHS`] (0 too
/// when `zero_ok`).
pub fn check_months(n: u64, zero_ok: bool) -> Result<u32, String> {
    if n == 0 && !zero_ok {
        return Err("must be at least 1 (leave it out for hours that never expire)".into());
    }
    if n > u64::from(MAX_MONTHS) {
        return Err(format!(
            "{n} is too large (at most {MAX_MONTHS} months); leave it out for hours that never expire"
        ));
    }
    Ok(n as u32)
}

/// The longest payment term (ten years): a due date further out is a typo.
pub const MAX_TERMS_DAYS: u32 = 3650;

/// Checks payment terms in days: 0 to [`MAX_TERMS_DAYS`].
pub fn check_terms_days(n: u64) -> Result<u32, String> {
    if n > u64::from(MAX_TERMS_DAYS) {
        return Err(format!("{n} is too large (at most {MAX_TERMS_DAYS} days)"));
    }
    Ok(n as u32)
}

/// The last valid day of hours bought on `date` for `months` months: `date + months`
/// (clamped to the end of a shorter month) minus one day (SPEC 3.9).
pub fn expiry_after_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    date.checked_add_months(Months::new(months))?.pred_opt()
}

/// The last day of the month that `date` is in.
pub fn month_end(date: NaiveDate) -> NaiveDate {
    let first = date.with_day(1).expect("day 1 exists in every month");
    first
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())
        .expect("month end of a representable date is representable")
}

/// Days since 0001-01-01, a compact sortable key.
pub fn day_number(date: NaiveDate) -> i32 {
    date.num_days_from_ce()
}

/// The inverse of [`day_number`].
pub fn from_day_number(day: i32) -> NaiveDate {
    NaiveDate::from_num_days_from_ce_opt(day).expect("day numbers come from valid dates")
}

/// A date's month counted from year 0 (dates are of years 0 to 9999).
pub fn month_number(date: NaiveDate) -> u32 {
    date.year() as u32 * 12 + date.month0()
}

/// A month counted from year 0 as `YYYY-MM` (by hand: a report by month and client
/// has a label per group, and invoices a key per line).
pub fn month_label(n: u32) -> String {
    let mut label = String::with_capacity(7);
    push_month_label(n, &mut label);
    label
}

/// Adds [`month_label`] to `out`.
pub fn push_month_label(n: u32, out: &mut String) {
    let (year, month) = (n / 12, n % 12 + 1);
    if year >= 10_000 {
        out.push_str(&format!("{year:04}-{month:02}"));
        return;
    }
    let digits = [
        b'0' + (year / 1000) as u8,
        b'0' + (year / 100 % 10) as u8,
        b'0' + (year / 10 % 10) as u8,
        b'0' + (year % 10) as u8,
        b'-',
        b'0' + (month / 10) as u8,
        b'0' + (month % 10) as u8,
    ];
    out.push_str(&String::from_utf8_lossy(&digits));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_labels_are_year_and_month() {
        for n in (0..12 * 10_020).step_by(7).chain([0, 11, 12, 24_311, 12 * 9_999 + 11]) {
            assert_eq!(month_label(n), format!("{:04}-{:02}", n / 12, n % 12 + 1), "{n}");
        }
    }

    #[test]
    fn a_dates_month_label_is_its_year_and_month() {
        for text in ["0001-01-01", "2026-02-28", "2026-12-31", "9999-12-31"] {
            let date = d(text);
            assert_eq!(month_label(month_number(date)), text[..7], "{text}");
        }
    }

    fn d(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    #[test]
    fn strict_iso() {
        assert_eq!(d("2026-03-01"), NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
        for bad in
            ["2026-3-1", "2026-02-30", "01.03.2026", "2026/03/01", "", "2026-03-01x", "0000-01-01"]
        {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn command_line_dates_take_words_and_months_where_a_month_has_a_meaning() {
        let today = d("2026-11-23");
        assert_eq!(parse_date_arg("today", today, DateRole::Day), Ok(today));
        assert_eq!(parse_date_arg("yesterday", today, DateRole::Day), Ok(d("2026-11-22")));
        assert_eq!(parse_date_arg("2026-02", today, DateRole::First), Ok(d("2026-02-01")));
        assert_eq!(parse_date_arg("2026-02", today, DateRole::Last), Ok(d("2026-02-28")));
        let refused = parse_date_arg("2026-02", today, DateRole::Day).unwrap_err().to_string();
        assert_eq!(
            refused,
            "date \"2026-02\": use YYYY-MM-DD (years 0001 to 9999), today or yesterday, like 2026-03-01"
        );
        assert!(parse_date_arg("2026-13", today, DateRole::Last).is_err());
    }

    #[test]
    fn periods_by_name() {
        let today = d("2026-01-15");
        let p = |t: &str| parse_period(t, today).map(|(a, b)| (a.to_string(), b.to_string()));
        let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(p("thismonth"), pair("2026-01-01", "2026-01-31"));
        assert_eq!(p("lastmonth"), pair("2025-12-01", "2025-12-31"));
        assert_eq!(p("lastyear"), pair("2025-01-01", "2025-12-31"));
        assert_eq!(p("2026-Q4"), pair("2026-10-01", "2026-12-31"));
        assert_eq!(p("2024-02"), pair("2024-02-01", "2024-02-29"));
        assert_eq!(p("2026"), pair("2026-01-01", "2026-12-31"));
        assert_eq!(p("2026-03-04"), pair("2026-03-04", "2026-03-04"));
        // 2026-01-15 is a Thursday: weeks run Monday to Sunday.
        assert_eq!(p("thisweek"), pair("2026-01-12", "2026-01-18"));
        assert_eq!(p("lastweek"), pair("2026-01-05", "2026-01-11"));
        for bad in ["2026-Q5", "0000", "26", "next week", "2026-1"] {
            assert_eq!(p(bad), None, "{bad}");
        }
    }

    #[test]
    fn expiry_clamps_to_month_end() {
        assert_eq!(expiry_after_months(d("2026-01-15"), 12), Some(d("2027-01-14")));
        assert_eq!(expiry_after_months(d("2026-01-31"), 1), Some(d("2026-02-27")));
        assert_eq!(expiry_after_months(d("2026-03-01"), 1), Some(d("2026-03-31")));
        assert_eq!(month_end(d("2024-02-10")), d("2024-02-29"));
    }
}
