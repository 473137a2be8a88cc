//! The rate of a work row, most specific first (SPEC section 4), and the price of hours
//! bought without one (SPEC 12.4).

use rust_decimal::Decimal;

use super::client::{Client, Settings};
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
