//! The settings of `hourbank.toml` by key (`rounding.minimum_minutes`), as `config get`
//! shows the value in force: the file's, else the default.

use super::client::{Settings, SmtpTls};

/// A setting's value in force, as text: a string as it is, a list as `[a, b]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// The key is a setting with this value.
    Set(String),
    /// The key is a setting with no value and no default.
    Unset,
}

/// The value in force of `key`; `None` when no setting has that key.
pub fn value_of(settings: &Settings, key: &str) -> Option<Value> {
    use Value::{Set, Unset};
    let text = |s: &str| Set(s.to_string());
    let opt = |s: &Option<String>| s.as_deref().map_or(Unset, text);
    let list = |items: Vec<String>| Set(format!("[{}]", items.join(", ")));
    let quoted = |items: &[String]| list(items.iter().map(|s| format!("{s:?}")).collect());
    let n = &settings.notify;
    let c = &settings.company;
    let smtp = n.smtp.as_ref();
    if let Some(service) = key.strip_prefix("services.").and_then(|k| k.strip_suffix(".rate")) {
        return Some(settings.services.get(service).map_or(Unset, |r| Set(r.to_string())));
    }
    if let Some(service) = key.strip_prefix("services.").and_then(|k| k.strip_suffix(".multiplier"))
    {
        let multiplier = settings.service_multipliers.get(service);
        return Some(multiplier.map_or(Unset, |m| Set(m.to_string())));
    }
    Some(match key {
        "currency" => text(&settings.currency),
        "default_rate" => Set(settings.default_rate.to_string()),
        "default_expiry_months" => {
            settings.default_expiry_months.map_or(Unset, |m| Set(m.to_string()))
        }
        "credit_on" => text(settings.credit_on.as_str()),
        "hide_costs" => Set(settings.hide_costs.to_string()),
        "holidays" => list(settings.holidays.iter().map(|d| format!("\"{d}\"")).collect()),
        "rounding.minimum_minutes" => Set(settings.rounding.minimum_minutes.to_string()),
        "rounding.increment_minutes" => Set(settings.rounding.increment_minutes.to_string()),
        "alerts.low_balance_percent" => list(
            settings.alerts.low_balance_percent.iter().map(|p| p.normalize().to_string()).collect(),
        ),
        "alerts.low_balance_hours" => {
            settings.alerts.low_balance_hours.map_or(Unset, |h| Set(h.hm()))
        }
        "alerts.expiry_days" => {
            list(settings.alerts.expiry_days.iter().map(|d| d.to_string()).collect())
        }
        "alerts.overdraft" => Set(settings.alerts.overdraft.to_string()),
        "alerts.timer_hours" => Set(settings.alerts.timer_hours.hm()),
        "invoice.prefix" => text(&settings.invoice_prefix),
        "invoice.terms_days" => Set(settings.terms_days.to_string()),
        "invoice.billing_start" => settings.billing_start.map_or(Unset, |d| Set(d.to_string())),
        "invoice.block_after_days" => {
            settings.block_after_days.map_or(Unset, |d| Set(d.to_string()))
        }
        "invoice.tax_category" => opt(&settings.tax_category),
        "invoice.tax_exemption" => opt(&settings.tax_exemption),
        "invoice.einvoice" => settings.einvoice.map_or(Unset, |e| text(e.as_str())),
        "company.name" => opt(&c.name),
        "company.address" => opt(&c.address),
        "company.email" => opt(&c.email),
        "company.phone" => opt(&c.phone),
        "company.vat_id" => opt(&c.vat_id),
        "company.bank" => opt(&c.bank),
        "company.payment_terms" => opt(&c.payment_terms),
        "company.footer" => opt(&c.footer),
        "company.logo" => opt(&c.logo),
        "company.country" => opt(&c.country),
        "company.street" => opt(&c.street),
        "company.postcode" => opt(&c.postcode),
        "company.city" => opt(&c.city),
        "company.registration_id" => opt(&c.registration_id),
        "company.contact" => opt(&c.contact),
        "company.iban" => opt(&c.iban),
        "company.bic" => opt(&c.bic),
        "company.peppol_id" => opt(&c.peppol_id),
        "notify.to" => quoted(&n.to),
        "notify.client" => Set(n.client.to_string()),
        "notify.from" => opt(&n.from),
        "notify.command" => {
            if n.command.is_empty() {
                Unset
            } else {
                quoted(&n.command)
            }
        }
        "notify.host" => opt(&n.host),
        "notify.smtp.host" => smtp.map_or(Unset, |s| text(&s.host)),
        "notify.smtp.port" => smtp.and_then(|s| s.port).map_or(Unset, |p| Set(p.to_string())),
        "notify.smtp.username" => smtp.map_or(Unset, |s| opt(&s.username)),
        "notify.smtp.password_env" => smtp.map_or(Unset, |s| opt(&s.password_env)),
        "notify.smtp.tls" => smtp.map_or(Unset, |s| text(tls_name(s.tls))),
        "notify.smtp.ca_file" => smtp.map_or(Unset, |s| opt(&s.ca_file)),
        "notify.smtp.timeout_seconds" => {
            smtp.map_or(Set("30".into()), |s| Set(s.timeout_seconds.to_string()))
        }
        _ => return None,
    })
}

fn tls_name(tls: SmtpTls) -> &'static str {
    match tls {
        SmtpTls::Starttls => "starttls",
        SmtpTls::Implicit => "implicit",
        SmtpTls::None => "none",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_in_force_until_set() {
        let settings = Settings::default();
        assert_eq!(value_of(&settings, "rounding.increment_minutes"), Some(Value::Set("1".into())));
        assert_eq!(value_of(&settings, "alerts.expiry_days"), Some(Value::Set("[10, 5]".into())));
        assert_eq!(value_of(&settings, "company.name"), Some(Value::Unset));
        assert_eq!(value_of(&settings, "services.design.rate"), Some(Value::Unset));
        assert_eq!(value_of(&settings, "rounding.minutes"), None);
    }
}
