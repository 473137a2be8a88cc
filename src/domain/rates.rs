//! The rate of a work row, most specific first (SPEC section 4), and the price of hours
//! bought without one (SPEC 12.4).

use rust_decimal::Decimal;

use super::client::{CancellationLevel, Client, Settings, charge_of};
use super::duration::Minutes;
use super::money::Money;

/// Row rate, client service rate, client rate, service rate in settings, default rate.
pub fn rate_for(
    row_rate: Option<Money>,
    service: &str,
    client: Option<&Client>,
    settings: &Settings,
) -> Money {
    if let Some(rate) = row_rate {
        return rate;
    }
    if let Some(client) = client {
        if let Some(rate) = client.rates.get(service) {
            return *rate;
        }
        if let Some(rate) = client.rate {
            return rate;
        }
    }
    settings.services.get(service).copied().unwrap_or(settings.default_rate)
}

/// The hour multiplier of a row of `service` (SPEC 15): the client's own
/// (`multipliers = { emergency = "2" }`), else the service's in the settings, else 1.
pub fn multiplier_for(client: Option<&Client>, service: &str, settings: &Settings) -> Decimal {
    client
        .and_then(|c| c.multipliers.get(service))
        .or_else(|| settings.service_multipliers.get(service))
        .copied()
        .unwrap_or(Decimal::ONE)
}

/// A multiplier as written (`1.5`): a number above 0 and at most 10.
pub fn parse_multiplier(text: &str) -> Result<Decimal, String> {
    let value = Decimal::from_str_exact(text.trim())
        .map_err(|_| format!("\"{text}\" is not a multiplier like 1.5"))?;
    if value <= Decimal::ZERO || value > Decimal::TEN {
        return Err(format!("\"{text}\": a multiplier is above 0 and at most 10"));
    }
    Ok(value.normalize())
}

/// What a row about to be written charges, and the hour multiplier it is written with
/// (SPEC 15): the one rule of every write path (`log-time`, a timer's `stop`,
/// `import`, `entry edit`). Only billable work is multiplied.
pub fn new_row_charge(
    client: Option<&Client>,
    service: &str,
    hours: Minutes,
    billable: bool,
    time_off: bool,
    cancelled: Option<(&[CancellationLevel], Minutes)>,
    settings: &Settings,
) -> (Minutes, rust_decimal::Decimal) {
    let multiplier = if billable && !time_off && cancelled.is_none() {
        multiplier_for(client, service, settings)
    } else {
        rust_decimal::Decimal::ONE
    };
    let charged =
        charge_of(hours, billable, time_off, None, cancelled, settings.rounding, multiplier);
    (charged, multiplier)
}

/// A multiplier as the `multiplier` column writes it: empty for 1.
pub fn multiplier_text(multiplier: rust_decimal::Decimal) -> String {
    if multiplier == rust_decimal::Decimal::ONE {
        String::new()
    } else {
        multiplier.normalize().to_string()
    }
}

/// The price of `minutes` bought without a price of their own (SPEC 12.4): a whole
/// number n of the client's blocks costs n x `block_price`; other hours cost
/// hours x `block_price` / `block_hours` (to the cent) when the client has a
/// block, else the hours (as an invoice prints them) x the hierarchy rate.
pub fn price_of_hours(client: &Client, minutes: Minutes, settings: &Settings) -> Money {
    match (client.block_hours, client.block_price) {
        (Some(block), Some(price)) if block.0 > 0 && minutes.0 % block.0 == 0 => {
            Money(price.0 * Decimal::from(minutes.0 / block.0))
        }
        (Some(block), Some(price)) if block.0 > 0 => {
            Money::cents(price.0 * Decimal::from(minutes.0) / Decimal::from(block.0))
        }
        _ => Money::line_amount(minutes, rate_for(None, "", Some(client), settings)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multiplied_hours_round_up_to_the_minute() {
        let m = |t: &str| parse_multiplier(t).unwrap();
        // 2:10 of emergency work at 1.5 draws 3:15; 0:07 at 1.5 is 10.5 -> 0:11.
        assert_eq!(Minutes(130).times(m("1.5")), Minutes(195));
        assert_eq!(Minutes(7).times(m("1.5")), Minutes(11));
        assert_eq!(Minutes(7).times(m("1")), Minutes(7));
        assert!(parse_multiplier("0").is_err() && parse_multiplier("11").is_err());
        assert!(parse_multiplier("x").is_err());
    }
}
