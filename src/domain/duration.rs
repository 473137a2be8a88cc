//! Durations as exact whole minutes: parsing every input form of the SPEC and printing
//! `H:MM` or decimal hours. Owns no I/O and never uses floating point.

use std::fmt;

use rust_decimal::Decimal;

/// The largest duration a single value may have (one million hours), so that sums of
/// millions of rows stay far inside `i64` and one row fits an `i32` of minutes.
pub const MAX_MINUTES: i64 = 60_000_000;

/// A signed, exact number of minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Minutes(pub i64);

/// Why a duration did not parse; the message names the value and the accepted forms.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("duration \"{value}\": {reason}; use 1.5, 1:30, 1h30m, 1h or 90m")]
pub struct DurationError {
    pub value: String,
    pub reason: &'static str,
}

impl Minutes {
    /// These minutes times `factor`, rounded up to the whole minute (2:10 at 1.5 is
    /// 3:15): an hour multiplier (SPEC 15).
    pub fn times(self, factor: rust_decimal::Decimal) -> Minutes {
        if factor == rust_decimal::Decimal::ONE {
            return self;
        }
        let exact = rust_decimal::Decimal::from(self.0)
            .checked_mul(factor)
            .unwrap_or(rust_decimal::Decimal::MAX);
        Minutes(i64::try_from(exact.ceil()).unwrap_or(i64::MAX))
    }

    pub const ZERO: Minutes = Minutes(0);

    /// Parses `1.5`, `1:30`, `1h30m`, `1h`, `90m`, each with an optional sign.
    pub fn parse(text: &str) -> Result<Minutes, DurationError> {
        parse_minutes(text.trim())
            .map_err(|reason| DurationError { value: text.to_string(), reason })
    }

    /// Parses a duration that must not carry a minus sign. `H:MM`, the form the
    /// ledger stores, takes a fast path.
    pub fn parse_unsigned(text: &str) -> Result<Minutes, DurationError> {
        if let Some(m) = parse_stored_hm(text.as_bytes()) {
            return Ok(m);
        }
        let m = Minutes::parse(text)?;
        if m.0 < 0 || text.trim_start().starts_with('-') {
            return Err(DurationError { value: text.to_string(), reason: "must not be negative" });
        }
        Ok(m)
    }

    /// Hours as an exact decimal rounded once, half away from zero, to two places.
    pub fn hours_decimal(self) -> Decimal {
        Decimal::from_i128_with_scale(self.hundredths(), 2)
    }

    /// Hours in hundredths, rounded to the nearest (a minute is 5/3 of a hundredth,
    /// so no minutes lie halfway): by integers, where a decimal division cost reports
    /// of many rows a tenth of their time.
    pub fn hundredths(self) -> i128 {
        let fifths = i128::from(self.0.unsigned_abs()) * 5;
        let rounded = (fifths + 1) / 3;
        if self.0 < 0 { -rounded } else { rounded }
    }

    /// [`Minutes::hours_decimal`] as text: `1.50`, `-0.83`.
    pub fn hours_text(self) -> String {
        let mut text = String::with_capacity(24);
        self.push_hours_text(&mut text);
        text
    }

    /// Adds [`Minutes::hours_text`] to `text`.
    pub fn push_hours_text(self, text: &mut String) {
        let hundredths = self.hundredths();
        let abs = hundredths.unsigned_abs();
        let cents = (abs % 100) as u8;
        if hundredths < 0 {
            text.push('-');
        }
        text.push_str(itoa::Buffer::new().format(abs / 100));
        text.push('.');
        text.push(char::from(b'0' + cents / 10));
        text.push(char::from(b'0' + cents % 10));
    }

    /// `H:MM`, with a leading `-` when negative.
    pub fn hm(self) -> String {
        // Not `to_string`: the formatter's machinery and a string grown twice cost
        // reports that write 240,000 durations several milliseconds.
        let mut buf = [0; HM_LEN];
        self.write_hm(&mut buf).to_owned()
    }

    /// Adds [`Minutes::hm`] to `text`.
    pub fn push_hm(self, text: &mut String) {
        text.push_str(self.write_hm(&mut [0; HM_LEN]));
    }

    /// Writes `H:MM` by hand into `buf` (reports write hundreds of thousands of
    /// durations).
    fn write_hm(self, buf: &mut [u8; HM_LEN]) -> &str {
        let abs = self.0.unsigned_abs();
        let mut hours = itoa::Buffer::new();
        let hours = hours.format(abs / 60).as_bytes();
        let sign = usize::from(self.0 < 0);
        buf[0] = b'-';
        buf[sign..sign + hours.len()].copy_from_slice(hours);
        let minutes = (abs % 60) as u8;
        let end = sign + hours.len();
        buf[end..end + 3].copy_from_slice(&[b':', b'0' + minutes / 10, b'0' + minutes % 10]);
        std::str::from_utf8(&buf[..end + 3]).unwrap_or("0:00")
    }
}

/// The longest `H:MM`: a sign, 18 digits of hours, `:MM`.
const HM_LEN: usize = 24;

impl fmt::Display for Minutes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.write_hm(&mut [0; HM_LEN]))
    }
}

/// `H:MM` with 1 to 7 hour digits, without sign: the ledger's own form.
fn parse_stored_hm(b: &[u8]) -> Option<Minutes> {
    let len = b.len();
    if !(4..=10).contains(&len) || b[len - 3] != b':' {
        return None;
    }
    let digit = |c: u8| c.is_ascii_digit().then(|| i64::from(c - b'0'));
    let tens = digit(b[len - 2])?;
    if tens > 5 {
        return None;
    }
    let minutes = tens * 10 + digit(b[len - 1])?;
    let hours = b[..len - 3].iter().try_fold(0i64, |acc, &c| Some(acc * 10 + digit(c)?))?;
    let total = hours * 60 + minutes;
    (total <= MAX_MINUTES).then_some(Minutes(total))
}

fn parse_minutes(text: &str) -> Result<Minutes, &'static str> {
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        Some(_) => (false, text),
        None => return Err("is empty"),
    };
    if body.is_empty() {
        return Err("has no number");
    }
    if body.contains(',') {
        return Err("a comma is ambiguous");
    }
    let magnitude = if let Some((h, m)) = body.split_once(':') {
        let hours = digits(h)?;
        let minutes = digits(m)?;
        if m.len() != 2 || minutes >= 60 {
            return Err("minutes after ':' must be two digits from 00 to 59");
        }
        hours.checked_mul(60).and_then(|x| x.checked_add(minutes))
    } else if body.ends_with('h') || body.ends_with('m') {
        parse_unit_form(body)?
    } else {
        decimal_hours(body)?
    };
    let magnitude = magnitude.ok_or("is too large")?;
    if magnitude > MAX_MINUTES {
        return Err("is too large (at most 1000000 hours)");
    }
    Ok(Minutes(if negative { -magnitude } else { magnitude }))
}

/// `1h30m`, `1h`, `90m`, `1.5h`.
fn parse_unit_form(body: &str) -> Result<Option<i64>, &'static str> {
    let (hours_part, minutes_part) = match body.split_once('h') {
        Some((h, rest)) => (Some(h), rest),
        None => (None, body),
    };
    let mut total: i64 = 0;
    if let Some(h) = hours_part {
        total = decimal_hours(h)?.ok_or("is too large")?;
    }
    if !minutes_part.is_empty() {
        let m = minutes_part.strip_suffix('m').ok_or("unknown unit (use h and m)")?;
        let minutes = digits(m)?;
        // Beside hours, minutes run to 59, as after a ':' (`1h75m` like `1:75`);
        // minutes alone (`90m`) may be any number.
        if hours_part.is_some() && minutes >= 60 {
            return Err("minutes after the hours must be from 0 to 59 (write 2h15m, not 1h75m)");
        }
        total = total.checked_add(minutes).ok_or("is too large")?;
    }
    Ok(Some(total))
}

fn digits(text: &str) -> Result<i64, &'static str> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err("is not a number");
    }
    if text.len() > 12 {
        return Err("is too large (at most 1000000 hours)");
    }
    text.parse::<i64>().map_err(|_| "is not a number")
}

/// Decimal hours such as `2`, `1.5`, `0.25`: must be a whole number of minutes.
fn decimal_hours(text: &str) -> Result<Option<i64>, &'static str> {
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i, f),
        None => (text, ""),
    };
    let int_part = if int_part.is_empty() && !frac_part.is_empty() { "0" } else { int_part };
    let hours = digits(int_part)?;
    if frac_part.is_empty() {
        if text.ends_with('.') {
            return Err("is not a number");
        }
        return Ok(hours.checked_mul(60));
    }
    if frac_part.len() > 9 || !frac_part.bytes().all(|b| b.is_ascii_digit()) {
        return Err("is not a number");
    }
    let scale = 10i64.pow(frac_part.len() as u32);
    let frac: i64 = frac_part.parse().map_err(|_| "is not a number")?;
    if (frac * 60) % scale != 0 {
        return Err("is not a whole number of minutes");
    }
    Ok(hours.checked_mul(60).and_then(|m| m.checked_add(frac * 60 / scale)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(text: &str) -> i64 {
        Minutes::parse(text).unwrap().0
    }

    #[test]
    fn accepts_every_form() {
        assert_eq!(m("1.5"), 90);
        assert_eq!(m("1:30"), 90);
        assert_eq!(m("1h30m"), 90);
        assert_eq!(m("1h"), 60);
        assert_eq!(m("90m"), 90);
        assert_eq!(m("+2"), 120);
        assert_eq!(m("-2:15"), -135);
        assert_eq!(m("0.25"), 15);
        assert_eq!(m(".5"), 30);
        assert_eq!(m("1.5h"), 90);
        assert_eq!(m("0:05"), 5);
    }

    #[test]
    fn refuses_ambiguous_and_inexact() {
        for bad in [
            "1,5", "", "-", "abc", "1:3", "1:60", "0.01", "1h30", "1x", "1.", "1e3", "h", "m",
            "1:30:00", "--1",
        ] {
            assert!(Minutes::parse(bad).is_err(), "{bad} should be refused");
        }
        let err = Minutes::parse("1,5").unwrap_err().to_string();
        assert!(err.contains("\"1,5\"") && err.contains("1:30"), "{err}");
    }

    #[test]
    fn refuses_too_large() {
        assert!(Minutes::parse("1000001").is_err());
        for huge in ["99999999999999999999", "9223372036854775807m", "9223372036854775807:00"] {
            let err = Minutes::parse(huge).unwrap_err().to_string();
            assert!(err.contains("is too large"), "{err}");
        }
        assert_eq!(m("1000000"), MAX_MINUTES);
    }

    #[test]
    fn prints_hm_and_decimal() {
        assert_eq!(Minutes(90).hm(), "1:30");
        assert_eq!(Minutes(-135).hm(), "-2:15");
        assert_eq!(Minutes(0).hm(), "0:00");
        assert_eq!(Minutes(1).hours_decimal().to_string(), "0.02");
        assert_eq!(Minutes(1).hours_text(), "0.02");
        assert_eq!(Minutes(-50).hours_text(), "-0.83");
        assert_eq!(Minutes(0).hours_text(), "0.00");
        assert_eq!(Minutes(90).hours_decimal().to_string(), "1.50");
        assert_eq!(Minutes(-50).hours_decimal().to_string(), "-0.83");
    }

    proptest::proptest! {
        #[test]
        fn durations_are_written_as_hours_and_two_digit_minutes(
            m in proptest::prop_oneof![-100_000i64..100_000, proptest::num::i64::ANY],
        ) {
            let abs = m.unsigned_abs();
            let sign = if m < 0 { "-" } else { "" };
            let expected = format!("{sign}{}:{:02}", abs / 60, abs % 60);
            proptest::prop_assert_eq!(Minutes(m).to_string(), expected);
        }

        /// Decimal hours by integers are the division by 60 rounded half away from
        /// zero to two places, and their text is the decimal's.
        #[test]
        fn decimal_hours_are_the_rounded_division(
            m in proptest::prop_oneof![-100_000i64..100_000, proptest::num::i64::ANY],
        ) {
            let mut expected = (Decimal::from(m) / Decimal::from(60))
                .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
            expected.rescale(2);
            proptest::prop_assert_eq!(Minutes(m).hours_decimal(), expected);
            proptest::prop_assert_eq!(Minutes(m).hours_decimal().scale(), 2);
            proptest::prop_assert_eq!(Minutes(m).hours_text(), expected.to_string());
        }
    }

    #[test]
    fn the_longest_durations_are_written_whole() {
        assert_eq!(Minutes(i64::MIN).to_string(), "-153722867280912930:08");
        assert_eq!(Minutes(i64::MAX).to_string(), "153722867280912930:07");
    }
}
