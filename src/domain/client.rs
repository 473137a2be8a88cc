//! Clients and settings as the engine sees them: validated values only (ids, minutes,
//! money, dates). Reading them from TOML is the store's job.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::duration::Minutes;
use super::id::Slug;
use super::money::Money;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ClientType {
    Bank,
    Retainer,
    Payg,
}

impl ClientType {
    pub const NAMES: &'static [&'static str] = &["bank", "retainer", "payg"];

    pub fn parse(text: &str) -> Option<ClientType> {
        match text {
            "bank" => Some(ClientType::Bank),
            "retainer" => Some(ClientType::Retainer),
            "payg" => Some(ClientType::Payg),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ClientType::Bank => "bank",
            ClientType::Retainer => "retainer",
            ClientType::Payg => "payg",
        }
    }
}

impl fmt::Display for ClientType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// When a bank client's purchased hours become usable (SPEC 10).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CreditOn {
    /// On the purchase date.
    #[default]
    Purchase,
    /// When the invoice that bills the lot is paid in full.
    Payment,
}

impl CreditOn {
    pub const NAMES: &'static [&'static str] = &["purchase", "payment"];

    pub fn parse(text: &str) -> Option<CreditOn> {
        match text {
            "purchase" => Some(CreditOn::Purchase),
            "payment" => Some(CreditOn::Payment),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            CreditOn::Purchase => "purchase",
            CreditOn::Payment => "payment",
        }
    }
}

/// What a retainer month's overdraft becomes at its end (SPEC 15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Overage {
    /// Billed as the month's overage.
    #[default]
    Bill,
    /// Drawn from the next month's allocation first.
    Carry,
}

impl Overage {
    pub const NAMES: &'static [&'static str] = &["bill", "carry"];

    pub fn parse(text: &str) -> Option<Overage> {
        match text {
            "bill" => Some(Overage::Bill),
            "carry" => Some(Overage::Carry),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Overage::Bill => "bill",
            Overage::Carry => "carry",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Active,
    Inactive,
    Prospect,
}

impl Status {
    pub const NAMES: &'static [&'static str] = &["active", "inactive", "prospect"];

    pub fn parse(text: &str) -> Option<Status> {
        match text {
            "active" => Some(Status::Active),
            "inactive" => Some(Status::Inactive),
            "prospect" => Some(Status::Prospect),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Inactive => "inactive",
            Status::Prospect => "prospect",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One `[clients.<id>]` table.
#[derive(Debug, Clone)]
pub struct Client {
    pub id: Slug,
    pub name: String,
    pub kind: ClientType,
    pub status: Status,
    pub email: Option<String>,
    /// Where its invoices are sent (SPEC 14), when not to `email`.
    pub billing_email: Option<String>,
    /// The postal address in parts, for e-invoices (`address` stays the printed text).
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    /// The buyer reference its e-invoices carry (BT-10, e.g. a German Leitweg-ID).
    pub buyer_reference: Option<String>,
    /// Its Peppol participant id, `scheme:id` (`0208:0123456749`), for UBL.
    pub peppol_id: Option<String>,
    pub address: Option<String>,
    pub currency: Option<String>,
    pub rate: Option<Money>,
    pub rates: BTreeMap<String, Money>,
    /// Hour multipliers by service (`multipliers = { emergency = "2" }`, SPEC 15):
    /// over the settings' `[services.<name>] multiplier`.
    pub multipliers: BTreeMap<String, rust_decimal::Decimal>,
    pub block_hours: Option<Minutes>,
    pub block_price: Option<Money>,
    pub expiry_months: Option<u32>,
    pub credit_limit: Option<Minutes>,
    pub low_balance_percent: Option<Vec<Decimal>>,
    /// Alert when available hours fall strictly below this (SPEC 10).
    pub low_balance_hours: Option<Minutes>,
    /// `[clients.<id>.cancellation] levels`: replaces the settings' list whole.
    pub cancellation: Option<Vec<CancellationLevel>>,
    pub payer: Option<Slug>,
    /// The client's VAT or tax id, printed on invoices billed to it.
    pub vat_id: Option<String>,
    /// ISO 3166 two-letter country code (e-invoices need it).
    pub country: Option<String>,
    /// The VAT category of its invoices (EN 16931: S, Z, E, AE, K, G, O), and the reason
    /// of an exemption; override `[invoice]`'s.
    pub tax_category: Option<String>,
    pub tax_exemption: Option<String>,
    pub discount_percent: Option<Decimal>,
    pub tax_percent: Option<Decimal>,
    pub terms_days: Option<u32>,
    /// Keys dated before this are never billed or corrected (SPEC 9).
    pub billing_start: Option<NaiveDate>,
    /// Days after an invoice's due date that its being unpaid blocks new work.
    pub block_after_days: Option<u32>,
    /// A retainer's first or last partial month: hours and fee in proportion.
    pub prorate: bool,
    /// When purchased hours become usable (overrides the settings').
    pub credit_on: Option<CreditOn>,
    /// Statements show no rates, prices or amounts (overrides the settings').
    pub hide_costs: Option<bool>,
    /// Its invoices carry their timesheet (SPEC 14), as with `--detail`.
    pub invoice_detail: bool,
    pub monthly_hours: Option<Minutes>,
    pub monthly_fee: Option<Money>,
    /// A retainer's overage is billed at this rate (SPEC 15), else at the client's.
    pub overage_rate: Option<Money>,
    /// What a retainer month's overdraft becomes: billed, or carried into the next
    /// month (SPEC 15), at most `carry_max` of it.
    pub overage: Overage,
    pub carry_max: Option<Minutes>,
    /// `[clients.<id>.projects.<name>]`: project budgets by project (SPEC 15).
    pub budgets: BTreeMap<String, super::budget::Budget>,
    /// `topup = { below = "2:00", blocks = 1 }`: blocks `notify-check` buys (SPEC 15).
    pub topup: Option<super::topup::TopUp>,
    /// The unguessable folder name of its page (`publish`, SPEC 15).
    pub page_token: Option<String>,
    pub rollover_months: Option<u32>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub notes: Option<String>,
}

/// Why a client cannot be sold blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockError {
    /// The client has no `block_hours`.
    NoBlockSize,
    /// More hours than a duration may hold.
    TooMany,
}

impl Client {
    /// A client with nothing set but its id, name and type (the rest as absent from
    /// clients.toml).
    pub fn new(id: Slug, name: impl Into<String>, kind: ClientType) -> Client {
        Client {
            id,
            name: name.into(),
            kind,
            status: Status::Active,
            email: None,
            address: None,
            currency: None,
            rate: None,
            multipliers: BTreeMap::new(),
            rates: BTreeMap::new(),
            block_hours: None,
            block_price: None,
            expiry_months: None,
            credit_limit: None,
            low_balance_percent: None,
            low_balance_hours: None,
            cancellation: None,
            payer: None,
            vat_id: None,
            country: None,
            tax_category: None,
            tax_exemption: None,
            discount_percent: None,
            tax_percent: None,
            terms_days: None,
            billing_start: None,
            block_after_days: None,
            prorate: false,
            credit_on: None,
            hide_costs: None,
            invoice_detail: false,
            billing_email: None,
            street: None,
            postcode: None,
            city: None,
            buyer_reference: None,
            peppol_id: None,
            monthly_hours: None,
            monthly_fee: None,
            overage_rate: None,
            overage: Overage::Bill,
            carry_max: None,
            budgets: BTreeMap::new(),
            topup: None,
            page_token: None,
            rollover_months: None,
            start: None,
            end: None,
            notes: None,
        }
    }

    /// The hours and price of `blocks` blocks: `block_hours` and `block_price` each
    /// times `blocks` (no price when the client has none).
    pub fn blocks(&self, blocks: u64) -> Result<(Minutes, Option<Money>), BlockError> {
        let block = self.block_hours.ok_or(BlockError::NoBlockSize)?;
        let minutes = i64::try_from(blocks)
            .ok()
            .and_then(|b| block.0.checked_mul(b))
            .filter(|&m| m <= super::duration::MAX_MINUTES)
            .ok_or(BlockError::TooMany)?;
        let price = self.block_price.map(|p| Money(p.0 * Decimal::from(blocks)));
        Ok((Minutes(minutes), price))
    }

    /// The last day hours bought on `date` can be used when the purchase names no
    /// expiry: the client's `expiry_months`, else the settings', else never (SPEC 3.9).
    pub fn default_expiry(&self, date: NaiveDate, settings: &Settings) -> Option<NaiveDate> {
        let months = self.expiry_months.or(settings.default_expiry_months)?;
        super::date::expiry_after_months(date, months)
    }

    /// A new purchase's (expires, valid_months): the day `given`; none when it
    /// `never` expires; for a client credited on payment, the default months counted
    /// from the day it is paid (SPEC 10); else the default expiry from `date`.
    pub fn purchase_expiry(
        &self,
        date: NaiveDate,
        given: Option<NaiveDate>,
        never: bool,
        settings: &Settings,
    ) -> (Option<NaiveDate>, Option<u32>) {
        match (given, never) {
            (Some(day), _) => (Some(day), None),
            (None, true) => (None, None),
            (None, false) if settings.credits_on_payment(self) => {
                (None, self.expiry_months.or(settings.default_expiry_months))
            }
            (None, false) => (self.default_expiry(date, settings), None),
        }
    }

    /// The due date of an invoice dated `date`: the client's `terms_days`, else the
    /// settings', later.
    pub fn due_date(&self, date: NaiveDate, settings: &Settings) -> NaiveDate {
        let terms = self.terms_days.unwrap_or(settings.terms_days);
        date.checked_add_days(chrono::Days::new(u64::from(terms))).unwrap_or(date)
    }

    /// Whether new work and purchases are refused (an inactive client).
    pub fn refuses_new_rows(&self) -> bool {
        self.status == Status::Inactive
    }

    /// Whether the first purchase or logged work makes the client active.
    pub fn activates_on_use(&self) -> bool {
        self.status == Status::Prospect
    }

    /// How far below zero `log-time` may take the balance; `None` means no limit.
    pub fn effective_credit_limit(&self) -> Option<Minutes> {
        match (self.credit_limit, self.kind) {
            (Some(limit), _) => Some(limit),
            (None, ClientType::Bank) => Some(Minutes::ZERO),
            (None, _) => None,
        }
    }
}

/// A late-cancellation policy level (SPEC 10): a booking cancelled with less notice
/// than `notice` is charged `percent` of its booked time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CancellationLevel {
    pub notice: Minutes,
    pub percent: Decimal,
}

/// What a booking of `booked` cancelled `notice` ahead is charged: the share of the
/// level with the smallest notice above the notice given (a notice of exactly a
/// level's is in time for it), rounded up to the minute; 0:00 when none applies.
pub fn cancellation_charge(
    levels: &[CancellationLevel],
    booked: Minutes,
    notice: Minutes,
) -> Minutes {
    let Some(level) = levels.iter().filter(|l| notice < l.notice).min_by_key(|l| l.notice) else {
        return Minutes::ZERO;
    };
    let share = Decimal::from(booked.0) * level.percent / Decimal::from(100);
    Minutes(i64::try_from(share.ceil()).unwrap_or(booked.0))
}

/// What a time row charges its client (SPEC 3 and 10), the one rule for rows read
/// from the ledger and rows about to be written: nothing for time off or work that is
/// not billable; else the charge the row gives (`given`); else for a late
/// cancellation (`cancelled`: the client's levels and the notice given) the share the
/// levels give, never rounded; else `hours` rounded by `[rounding]`.
///
/// Work is charged `multiplier` times its hours (SPEC 15: multiplied, then rounded up
/// to the minute, then by `[rounding]`); 1 for plain work.
pub fn charge_of(
    hours: Minutes,
    billable: bool,
    time_off: bool,
    given: Option<Minutes>,
    cancelled: Option<(&[CancellationLevel], Minutes)>,
    rounding: Rounding,
    multiplier: rust_decimal::Decimal,
) -> Minutes {
    match (given, cancelled) {
        _ if !billable || time_off => Minutes::ZERO,
        (Some(given), _) => given,
        (None, Some((levels, notice))) => cancellation_charge(levels, hours, notice),
        (None, None) => rounding.charge(hours.times(multiplier)),
    }
}

/// The `[rounding]` rule applied to billable work rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rounding {
    pub minimum_minutes: i64,
    pub increment_minutes: i64,
}

impl Default for Rounding {
    fn default() -> Self {
        Rounding { minimum_minutes: 1, increment_minutes: 1 }
    }
}

impl Rounding {
    /// What the bank is charged for `worked` minutes: at least the minimum, the rest
    /// rounded up to the increment. Zero or negative time is charged as it is.
    pub fn charge(self, worked: Minutes) -> Minutes {
        if worked.0 <= 0 {
            return worked;
        }
        let minimum = self.minimum_minutes.max(0);
        if worked.0 <= minimum {
            return Minutes(minimum);
        }
        let step = self.increment_minutes.max(1);
        let above = worked.0 - minimum;
        Minutes(minimum + (above + step - 1) / step * step)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alerts {
    pub low_balance_percent: Vec<Decimal>,
    pub low_balance_hours: Option<Minutes>,
    pub expiry_days: Vec<u32>,
    pub overdraft: bool,
    /// How long a timer may run before the `timer` alert (SPEC 13).
    pub timer_hours: Minutes,
}

impl Default for Alerts {
    fn default() -> Self {
        Alerts {
            low_balance_percent: vec![Decimal::from(25), Decimal::from(10)],
            low_balance_hours: None,
            expiry_days: vec![10, 5],
            overdraft: true,
            timer_hours: Minutes(600),
        }
    }
}

/// `hourbank.toml`.
#[derive(Debug, Clone)]
pub struct Settings {
    pub currency: String,
    pub default_rate: Money,
    pub default_expiry_months: Option<u32>,
    /// Days nobody is scheduled on (flex banks, SPEC 8).
    pub holidays: Vec<NaiveDate>,
    pub rounding: Rounding,
    pub alerts: Alerts,
    pub invoice_prefix: String,
    pub terms_days: u32,
    /// `[invoice] billing_start`: for every client without its own.
    pub billing_start: Option<NaiveDate>,
    /// `[cancellation] levels`.
    pub cancellation: Vec<CancellationLevel>,
    /// `[invoice] block_after_days`: default never.
    pub block_after_days: Option<u32>,
    /// `[invoice] tax_category` and `tax_exemption` (e-invoices).
    pub tax_category: Option<String>,
    pub tax_exemption: Option<String>,
    /// `[invoice] einvoice`: the e-invoice attached to a sent invoice; none by default.
    pub einvoice: Option<EInvoice>,
    /// `credit_on`: when bank clients' purchases become usable.
    pub credit_on: CreditOn,
    /// `hide_costs`: statements without rates, prices or amounts.
    pub hide_costs: bool,
    /// `[company]`: the business that issues invoices and statements.
    pub company: Company,
    pub services: BTreeMap<String, Money>,
    /// `[services.<name>] multiplier`: a row of the service charges its hours times it.
    pub service_multipliers: BTreeMap<String, rust_decimal::Decimal>,
    pub notify: Notify,
}

/// The e-invoice format attached to a sent invoice (`[invoice] einvoice`, SPEC 14).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EInvoice {
    /// EN 16931 UN/CEFACT CII.
    Cii,
    /// CII under the XRechnung 3.0 rules.
    Xrechnung,
    /// Peppol BIS Billing 3.0 UBL.
    Ubl,
}

impl EInvoice {
    pub const NAMES: &'static [&'static str] = &["cii", "xrechnung", "ubl"];

    pub fn parse(text: &str) -> Option<EInvoice> {
        match text {
            "cii" => Some(EInvoice::Cii),
            "xrechnung" => Some(EInvoice::Xrechnung),
            "ubl" => Some(EInvoice::Ubl),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            EInvoice::Cii => "cii",
            EInvoice::Xrechnung => "xrechnung",
            EInvoice::Ubl => "ubl",
        }
    }
}

/// `[company]` (SPEC 2, and the invoice fields of the documents issue): every field is
/// optional and an empty one prints nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Company {
    pub name: Option<String>,
    pub address: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub vat_id: Option<String>,
    /// Bank details as text (IBAN, BIC).
    pub bank: Option<String>,
    /// Printed under an invoice's totals.
    pub payment_terms: Option<String>,
    pub footer: Option<String>,
    /// An image file in the ledger directory, embedded in HTML documents.
    pub logo: Option<String>,
    /// ISO 3166 two-letter country code (e-invoices need it).
    pub country: Option<String>,
    /// The postal address in parts, for e-invoices (`address` stays the printed text).
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    /// The legal registration id (BT-30, e.g. `HRB 12345`).
    pub registration_id: Option<String>,
    /// Whom a buyer contacts (BT-41).
    pub contact: Option<String>,
    /// The account to pay to (BG-16: `iban`, `bic`), checked by `check`.
    pub iban: Option<String>,
    pub bic: Option<String>,
    /// Its Peppol participant id, `scheme:id` (`0208:0123456749`), for UBL.
    pub peppol_id: Option<String>,
}

/// `[notify]`: where alerts go besides stdout.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Notify {
    /// Who receives every alert.
    pub to: Vec<String>,
    /// Also send each client's alerts to its `email`.
    pub client: bool,
    /// The sender (default: hourbank@<host name>).
    pub from: Option<String>,
    /// An argv that receives each alert as an e-mail on stdin (never run by a shell).
    pub command: Vec<String>,
    pub smtp: Option<Smtp>,
    /// The machine that delivers alerts (its host name, short or fully qualified):
    /// `notify-check` on another host delivers and records nothing.
    pub host: Option<String>,
    /// The line of `[notify]` (or of `[notify.smtp]`) in its file.
    pub line: Option<u32>,
}

/// The settings that decide where data is sent or which program runs (SPEC 12.7):
/// anyone who can push may change the tracked `hourbank.toml`, so these are used from
/// it only once the user trusted them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DeliveryKey {
    Command,
    Smtp,
    To,
    From,
}

impl DeliveryKey {
    pub const ALL: [DeliveryKey; 4] =
        [DeliveryKey::Command, DeliveryKey::Smtp, DeliveryKey::To, DeliveryKey::From];
}

impl Notify {
    /// Whether `key` is set.
    pub fn has(&self, key: DeliveryKey) -> bool {
        match key {
            DeliveryKey::Command => !self.command.is_empty(),
            DeliveryKey::Smtp => self.smtp.is_some(),
            DeliveryKey::To => !self.to.is_empty(),
            DeliveryKey::From => self.from.is_some(),
        }
    }

    /// Takes `key`'s value from `other` (the whole `[notify.smtp]` table for `Smtp`:
    /// a server is never mixed from two files).
    pub fn take(&mut self, key: DeliveryKey, other: &Notify) {
        match key {
            DeliveryKey::Command => self.command = other.command.clone(),
            DeliveryKey::Smtp => self.smtp = other.smtp.clone(),
            DeliveryKey::To => self.to = other.to.clone(),
            DeliveryKey::From => self.from = other.from.clone(),
        }
    }

    /// The delivery settings as `files` set them, first file first: each key comes
    /// from the first that sets it. Returns the result and the keys that came from
    /// the last file (the tracked `hourbank.toml`, which needs trust).
    pub fn layered(files: &[&Notify]) -> (Notify, Vec<DeliveryKey>) {
        let Some((tracked, overrides)) = files.split_last() else {
            return (Notify::default(), Vec::new());
        };
        let mut out = (*tracked).clone();
        let mut from_tracked = Vec::new();
        for key in DeliveryKey::ALL {
            match overrides.iter().find(|n| n.has(key)) {
                Some(n) => out.take(key, n),
                None if tracked.has(key) => from_tracked.push(key),
                None => {}
            }
        }
        (out, from_tracked)
    }

    /// The canonical text of `key`'s setting, one line per value
    /// (`notify.command = ["sendmail", "-t"]`): what `hourbank trust` shows and hashes.
    pub fn delivery_lines(&self, key: DeliveryKey) -> Vec<String> {
        let quote = |s: &str| serde_json::Value::String(s.to_string()).to_string();
        let list = |v: &[String]| v.iter().map(|s| quote(s)).collect::<Vec<_>>().join(", ");
        match key {
            DeliveryKey::Command if self.has(key) => {
                vec![format!("notify.command = [{}]", list(&self.command))]
            }
            DeliveryKey::To if self.has(key) => vec![format!("notify.to = [{}]", list(&self.to))],
            DeliveryKey::From => {
                self.from.iter().map(|f| format!("notify.from = {}", quote(f))).collect()
            }
            DeliveryKey::Smtp => {
                let Some(s) = &self.smtp else { return Vec::new() };
                let mut lines = vec![format!("notify.smtp.host = {}", quote(&s.host))];
                if let Some(port) = s.port {
                    lines.push(format!("notify.smtp.port = {port}"));
                }
                for (name, value) in [
                    ("username", &s.username),
                    ("password_env", &s.password_env),
                    ("ca_file", &s.ca_file),
                ] {
                    if let Some(v) = value {
                        lines.push(format!("notify.smtp.{name} = {}", quote(v)));
                    }
                }
                lines.push(format!("notify.smtp.tls = {}", quote(SmtpTls::NAMES[s.tls as usize])));
                lines
            }
            _ => Vec::new(),
        }
    }
}

/// `[notify.smtp]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Smtp {
    pub host: String,
    pub port: Option<u16>,
    pub username: Option<String>,
    /// The environment variable that holds the password (never the ledger).
    pub password_env: Option<String>,
    /// How the connection is secured (`tls`, or the older `starttls = false` for none).
    pub tls: SmtpTls,
    /// A PEM file of root certificates to trust besides the system's (a private CA),
    /// relative to the ledger directory.
    pub ca_file: Option<String>,
    /// How long a delivery waits for an answer before it gives up (SPEC 14: 30 s).
    pub timeout_seconds: u64,
}

/// `[notify.smtp] tls`: STARTTLS on the submission port (default), TLS from the first
/// byte (port 465), or plain SMTP for a relay on localhost. Certificates are always
/// verified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SmtpTls {
    #[default]
    Starttls,
    Implicit,
    None,
}

impl SmtpTls {
    pub const NAMES: &'static [&'static str] = &["starttls", "implicit", "none"];

    pub fn parse(text: &str) -> Option<SmtpTls> {
        match text {
            "starttls" => Some(SmtpTls::Starttls),
            "implicit" => Some(SmtpTls::Implicit),
            "none" => Some(SmtpTls::None),
            _ => None,
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            currency: "EUR".to_string(),
            default_rate: Money::ZERO,
            default_expiry_months: None,
            holidays: Vec::new(),
            rounding: Rounding::default(),
            alerts: Alerts::default(),
            invoice_prefix: "INV-".to_string(),
            terms_days: 30,
            billing_start: None,
            cancellation: Vec::new(),
            block_after_days: None,
            tax_category: None,
            tax_exemption: None,
            einvoice: None,
            credit_on: CreditOn::Purchase,
            hide_costs: false,
            company: Company::default(),
            services: BTreeMap::new(),
            service_multipliers: BTreeMap::new(),
            notify: Notify::default(),
        }
    }
}

impl Settings {
    /// The cancellation levels that apply to `client`.
    pub fn cancellation_levels<'a>(&'a self, client: &'a Client) -> &'a [CancellationLevel] {
        client.cancellation.as_deref().unwrap_or(&self.cancellation)
    }

    /// Whether `client`'s purchased hours wait for the invoice billing them to be paid.
    pub fn credits_on_payment(&self, client: &Client) -> bool {
        client.kind == ClientType::Bank
            && client.credit_on.unwrap_or(self.credit_on) == CreditOn::Payment
    }

    /// The currency `client` is billed in: its own, else the settings'.
    pub fn currency_of<'a>(&'a self, client: &'a Client) -> &'a str {
        client.currency.as_deref().unwrap_or(&self.currency)
    }

    /// Whether `client`'s statements leave out every cost.
    pub fn hides_costs(&self, client: &Client) -> bool {
        client.hide_costs.unwrap_or(self.hide_costs)
    }

    /// The highest low-balance threshold that applies to `client` (the first warning).
    pub fn low_thresholds<'a>(&'a self, client: &'a Client) -> &'a [Decimal] {
        client.low_balance_percent.as_deref().unwrap_or(&self.alerts.low_balance_percent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client() -> Client {
        Client {
            block_hours: Some(Minutes(600)),
            block_price: Some(Money::parse("900.00").unwrap()),
            ..Client::new(Slug::parse("acme").unwrap(), "Acme", ClientType::Bank)
        }
    }

    #[test]
    fn a_rows_charge_follows_one_rule() {
        let rounding = Rounding { minimum_minutes: 15, increment_minutes: 15 };
        let levels = [CancellationLevel { notice: Minutes(24 * 60), percent: Decimal::from(50) }];
        let hours = Minutes(100);
        let charge = |billable, time_off, given, cancelled| {
            charge_of(hours, billable, time_off, given, cancelled, rounding, Decimal::ONE).0
        };
        assert_eq!(charge(true, false, None, None), 105);
        assert_eq!(charge(true, false, Some(Minutes(7)), None), 7);
        assert_eq!(charge(true, false, None, Some((&levels[..], Minutes(60)))), 50);
        assert_eq!(charge(true, false, Some(Minutes(7)), Some((&levels[..], Minutes(60)))), 7);
        assert_eq!(charge(false, false, Some(Minutes(7)), Some((&levels[..], Minutes(60)))), 0);
        assert_eq!(charge(true, true, Some(Minutes(7)), None), 0);
    }

    #[test]
    fn blocks_expiry_and_due_dates_follow_the_client_then_the_settings() {
        let date = |t: &str| t.parse::<NaiveDate>().unwrap();
        let mut c = client();
        let (minutes, price) = c.blocks(3).unwrap();
        assert_eq!((minutes, price.unwrap().to_string()), (Minutes(1800), "2700.00".to_string()));
        assert_eq!(c.blocks(u64::MAX), Err(BlockError::TooMany));
        let mut settings = Settings::default();
        assert_eq!(c.default_expiry(date("2026-01-31"), &settings), None);
        settings.default_expiry_months = Some(12);
        assert_eq!(c.default_expiry(date("2026-01-31"), &settings), Some(date("2027-01-30")));
        c.expiry_months = Some(1);
        assert_eq!(c.default_expiry(date("2026-01-31"), &settings), Some(date("2026-02-27")));
        assert_eq!(c.due_date(date("2026-11-02"), &settings), date("2026-12-02"));
        c.terms_days = Some(14);
        assert_eq!(c.due_date(date("2026-11-02"), &settings), date("2026-11-16"));
        c.block_hours = None;
        assert_eq!(c.blocks(1), Err(BlockError::NoBlockSize));
    }

    #[test]
    fn a_cancellation_is_charged_the_share_of_the_nearest_level_it_missed() {
        let levels = [
            CancellationLevel { notice: Minutes(24 * 60), percent: Decimal::from(100) },
            CancellationLevel { notice: Minutes(48 * 60), percent: Decimal::from(50) },
        ];
        let charge = |booked, notice_h: i64| {
            cancellation_charge(&levels, Minutes(booked), Minutes(notice_h * 60)).0
        };
        assert_eq!(charge(120, 12), 120, "under 24 h: 100 %");
        assert_eq!(charge(120, 24), 60, "exactly 24 h is in time for that level: 50 %");
        assert_eq!(charge(125, 30), 63, "62.5 minutes rounded up");
        assert_eq!(charge(120, 48), 0, "in time");
        assert_eq!(cancellation_charge(&[], Minutes(120), Minutes::ZERO), Minutes::ZERO);
    }

    #[test]
    fn rounding_minimum_then_increment() {
        let r = Rounding { minimum_minutes: 15, increment_minutes: 15 };
        assert_eq!(r.charge(Minutes(1)), Minutes(15));
        assert_eq!(r.charge(Minutes(15)), Minutes(15));
        assert_eq!(r.charge(Minutes(16)), Minutes(30));
        assert_eq!(r.charge(Minutes(80)), Minutes(90));
        assert_eq!(r.charge(Minutes(0)), Minutes(0));
        assert_eq!(Rounding::default().charge(Minutes(7)), Minutes(7));
        let r = Rounding { minimum_minutes: 30, increment_minutes: 6 };
        assert_eq!(r.charge(Minutes(31)), Minutes(36));
    }
}
