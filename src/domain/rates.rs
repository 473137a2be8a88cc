//! The rate of a work row, most specific first (SPEC section 4).

use super::client::{Client, Settings};
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
