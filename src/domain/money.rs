//! Money as exact decimals (never floats): parsing amounts and rates, cent rounding of
//! line amounts. Owns no I/O.

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};

use super::duration::Minutes;

/// The largest amount accepted from input, so that sums stay far from overflow.
const MAX_AMOUNT: i64 = 1_000_000_000_000;

/// An exact amount of money (or an hourly rate) in the ledger's currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(pub Decimal);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("amount \"{value}\": {reason}; use a number with at most two decimals, like 95.50")]
pub struct MoneyError {
    pub value: String,
    pub reason: &'static str,
}

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// Parses `95`, `95.5`, `95.50`, `-10.00` exactly: no exponent, no thousands
    /// separator, no comma, at most two decimals.
    pub fn parse(text: &str) -> Result<Money, MoneyError> {
        let err = |reason| MoneyError { value: text.to_string(), reason };
        let t = text.trim();
        if t.is_empty() {
            return Err(err("is empty"));
        }
        if t.contains(',') {
            return Err(err("a comma is ambiguous"));
        }
        let body = t.strip_prefix(['-', '+']).unwrap_or(t);
        let valid = !body.is_empty()
            && body.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && body.bytes().filter(|&b| b == b'.').count() <= 1
            && body.bytes().any(|b| b.is_ascii_digit());
        if !valid {
            return Err(err("is not a number"));
        }
        if let Some((_, frac)) = body.split_once('.')
            && frac.len() > 2
        {
            return Err(err("has more than two decimals"));
        }
        // Digits beyond what a decimal holds are a number too large, not no number.
        let value = Decimal::from_str_exact(t)
            .map_err(|_| err("is too large (at most 999999999999.99)"))?;
        if value.abs() >= Decimal::from(MAX_AMOUNT) {
            return Err(err("is too large (at most 999999999999.99)"));
        }
        Ok(Money(value))
    }

    /// Parses an amount that must not be negative.
    pub fn parse_unsigned(text: &str) -> Result<Money, MoneyError> {
        let m = Money::parse(text)?;
        if m.0.is_sign_negative() && !m.0.is_zero() {
            return Err(MoneyError { value: text.to_string(), reason: "must not be negative" });
        }
        Ok(m)
    }

    /// A line's amount as a calculator checks it (SPEC 9, EN 16931 BR-LIN): the hours
    /// as printed (rounded half away from zero to two decimals) x the rate, rounded half
    /// away from zero to cents.
    pub fn line_amount(minutes: Minutes, rate: Money) -> Money {
        Money::cents(minutes.hours_decimal() * rate.0)
    }

    /// Rounds half away from zero to two decimals and shows two decimals.
    pub fn cents(value: Decimal) -> Money {
        let mut v = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        v.rescale(2);
        Money(v)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = if self.0.scale() == 2 { self.0 } else { Money::cents(self.0).0 };
        // Cents written as two numbers (reports write 100,000 amounts; Decimal's own
        // formatting costs several times more), exactly as Decimal writes them: the
        // sign of a negative value, even of a negative zero.
        let Ok(cents) = u64::try_from(v.mantissa().unsigned_abs()) else {
            return write!(f, "{v}");
        };
        let mut whole = itoa::Buffer::new();
        let sign = if v.is_sign_negative() { "-" } else { "" };
        let fraction = cents % 100;
        let digits = [b'0' + (fraction / 10) as u8, b'0' + (fraction % 10) as u8];
        let fraction = std::str::from_utf8(&digits).unwrap_or("00");
        write!(f, "{sign}{}.{fraction}", whole.format(cents / 100))
    }
}

impl FromStr for Money {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Money::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_exactly() {
        assert_eq!(Money::parse("95.50").unwrap().to_string(), "95.50");
        assert_eq!(Money::parse("90").unwrap().to_string(), "90.00");
        assert_eq!(Money::parse("0.1").unwrap().0, Decimal::new(1, 1));
        for bad in ["", "1,5", "1e3", "9.999", "abc", "1.2.3", "-", "."] {
            assert!(Money::parse(bad).is_err(), "{bad}");
        }
        assert!(Money::parse_unsigned("-1").is_err());
    }

    #[test]
    fn a_line_is_its_printed_quantity_times_its_rate() {
        // 3:25 is 3.4166.. h, printed 3.42; 3.42 x 33.33 = 113.9886 -> 113.99 (not the
        // 113.88 of exact minutes, which no calculator reproduces from the printed line).
        let amount = Money::line_amount(Minutes(205), Money::parse("33.33").unwrap());
        assert_eq!(amount.to_string(), "113.99");
    }

    #[test]
    fn line_amounts_round_half_away_from_zero() {
        // 10 minutes (0.17 h) at 0.27/h = 0.0459 -> 0.05; 1:30 (1.50 h) x 95 = 142.50
        assert_eq!(
            Money::line_amount(Minutes(10), Money::parse("0.27").unwrap()).to_string(),
            "0.05"
        );
        assert_eq!(
            Money::line_amount(Minutes(90), Money::parse("95.00").unwrap()).to_string(),
            "142.50"
        );
    }

    proptest::proptest! {
        /// Amounts are written as Decimal writes their cents, sign and all.
        #[test]
        fn amounts_are_written_as_decimal_writes_them(
            mantissa in proptest::prop_oneof![
                -1_000_000i64..1_000_000,
                proptest::num::i64::ANY,
                proptest::strategy::Just(0i64),
            ],
            scale in 0u32..6,
            negative_zero in proptest::bool::ANY,
        ) {
            let mut value = Decimal::new(mantissa, scale);
            if mantissa == 0 && negative_zero {
                value.set_sign_negative(true);
            }
            let expected = format!("{}", Money::cents(value).0);
            proptest::prop_assert_eq!(Money(value).to_string(), expected);
        }
    }
}
