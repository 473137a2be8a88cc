//! Calendar dates: strict ISO parsing (fast, from bytes) and the month arithmetic of
//! expiries. Owns no clock: "today" is always passed in.

use chrono::{Datelike, Months, NaiveDate};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("date \"{value}\": use YYYY-MM-DD, like 2026-03-01")]
pub struct DateError {
    pub value: String,
}

/// Parses exactly `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    parse_date_bytes(text.trim().as_bytes()).ok_or_else(|| DateError { value: text.to_string() })
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn expiry_clamps_to_month_end() {
        assert_eq!(expiry_after_months(d("2026-01-15"), 12), Some(d("2027-01-14")));
        assert_eq!(expiry_after_months(d("2026-01-31"), 1), Some(d("2026-02-27")));
        assert_eq!(expiry_after_months(d("2026-03-01"), 1), Some(d("2026-03-31")));
        assert_eq!(month_end(d("2024-02-10")), d("2024-02-29"));
    }
}
