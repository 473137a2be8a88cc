//! A client statement (SPEC 10): what a business sends a client about its hours and
//! its invoices over a period. Built by `commands::statement`, rendered by
//! `render::statement`.

use chrono::NaiveDate;

use super::duration::Minutes;
use super::invoice::InvoiceStatus;
use super::money::Money;

/// A whole statement: one section, or for a payer one per client it pays for.
#[derive(Debug, Clone)]
pub struct Statement {
    /// The payer whose statement this is, when it pays for other clients.
    pub payer: Option<String>,
    /// Leave out every rate, price and amount.
    pub hide_costs: bool,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub company_name: Option<String>,
    pub company_address: Option<String>,
    /// Whom it is addressed to: the payer, or the client.
    pub to_name: String,
    pub to_address: Option<String>,
    pub sections: Vec<Section>,
    /// A client's page (SPEC 15, `publish`) rather than a statement: no client id in
    /// the markup, and invoice numbers linked to these pages (number, relative href).
    pub page: Option<Vec<(String, String)>>,
}

/// One client's hours and invoices over the period.
#[derive(Debug, Clone)]
pub struct Section {
    pub client: String,
    pub name: String,
    pub currency: String,
    /// The balance at the start of `from`.
    pub opening: Minutes,
    /// The balance at the end of `to` (what `report balances --as-of TO` shows).
    pub closing: Minutes,
    pub entries: Vec<Entry>,
    pub upcoming: Vec<Upcoming>,
    pub invoices: Vec<InvoiceEntry>,
    /// The balance over the period, as `report burndown` draws it.
    pub chart: crate::domain::reports::burndown::Chart,
}

/// One event of the period with the balance after it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub date: NaiveDate,
    /// `purchase`, `allocation`, `work`, `cancellation`, `adjust`, `set`, `expire`,
    /// `overage`.
    pub kind: &'static str,
    pub reference: String,
    pub hours: Minutes,
    pub balance: Minutes,
    pub note: String,
    pub person: String,
    pub project: String,
    /// What a purchase cost.
    pub price: Option<Money>,
}

/// A lot with hours left on `to` that expires.
#[derive(Debug, Clone)]
pub struct Upcoming {
    pub lot: String,
    /// The lot as the client reads it (`bought on 2026-11-01`), never its id.
    pub words: String,
    pub expires: NaiveDate,
    pub remaining: Minutes,
}

/// An invoice of the client, as it stands on `to`.
#[derive(Debug, Clone)]
pub struct InvoiceEntry {
    pub number: String,
    pub date: NaiveDate,
    pub due: NaiveDate,
    pub total: Money,
    pub paid: Money,
    pub outstanding: Money,
    pub status: InvoiceStatus,
    pub payments: Vec<PaymentEntry>,
}

#[derive(Debug, Clone)]
pub struct PaymentEntry {
    pub date: NaiveDate,
    pub amount: Money,
    pub note: String,
}
