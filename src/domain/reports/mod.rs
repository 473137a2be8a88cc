//! Report rows as typed data, built by pure functions over what the engine computed.
//! The renderers show the same rows as a table, CSV or JSON (`render::rows`), so a
//! report is defined once.

pub mod alerts;
pub mod balances;
pub mod budgets;
pub mod burndown;
pub mod entries;
pub mod flex;
pub mod history;
pub mod lots;
pub mod statement;
pub mod usage;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::alerts::{AlertKind, alerts_for};
use super::bank::{LotState, Outcome, TraceKind};
use super::client::{Client, Settings};
use super::duration::Minutes;
use super::flex::{FlexBank, FlexPlan, Person};
use super::invoice::{Invoice, InvoiceStatus, Payment, standings};
use super::money::Money;

/// How a client stands today, as `notify-check` would judge it (sent or not).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Fine,
    /// An alert other than overdraft holds (low, expiring, runs out).
    Alert,
    Overdraft,
}

/// One row of `report balances` (SPEC 3.6 and 5).
#[derive(Debug, Clone)]
pub struct BalanceRow<'a> {
    pub client: &'a Client,
    pub purchased: Minutes,
    pub consumed: Minutes,
    pub expired: Minutes,
    pub available: Minutes,
    pub percent_left: Decimal,
    /// The next expiry with hours left, and those hours.
    pub next_expiry: Option<(NaiveDate, Minutes)>,
    pub runs_out: Option<NaiveDate>,
    pub standing: Standing,
    /// The overdue invoice that blocks new work, when one does (SPEC 10).
    pub blocked: Option<String>,
}

impl BalanceRow<'_> {
    pub const COLUMNS: &'static [&'static str] = &[
        "client",
        "name",
        "type",
        "status",
        "purchased",
        "consumed",
        "expired",
        "available",
        "percent_left",
        "next_expiry",
        "next_expiry_hours",
        "runs_out",
        "blocked",
    ];
}

/// The balance row of `client` from its run of the engine as of `as_of`; `lot_name`
/// names a lot of the outcome in alert messages.
pub fn balance_row<'a>(
    client: &'a Client,
    settings: &Settings,
    outcome: &Outcome,
    as_of: NaiveDate,
    lot_name: &dyn Fn(usize) -> String,
) -> BalanceRow<'a> {
    let alerts = alerts_for(client, settings, outcome, as_of, lot_name);
    let standing = if alerts.iter().any(|a| a.kind == AlertKind::Overdraft) {
        Standing::Overdraft
    } else if alerts.is_empty() {
        Standing::Fine
    } else {
        Standing::Alert
    };
    BalanceRow {
        client,
        purchased: outcome.purchased,
        consumed: outcome.consumed,
        expired: outcome.expired,
        available: outcome.available,
        percent_left: outcome.percent_left(),
        next_expiry: outcome.next_expiry.map(|d| (d, outcome.next_expiry_minutes)),
        runs_out: outcome.runs_out(as_of),
        standing,
        blocked: None,
    }
}

/// One row of `entry list`: a time-log row and the invoice that billed it.
#[derive(Debug, Clone)]
pub struct EntryRow {
    pub line: u32,
    pub id: String,
    pub date: NaiveDate,
    pub client: String,
    pub person: String,
    pub hours: Minutes,
    pub charged: Minutes,
    pub project: String,
    pub service: String,
    pub billable: bool,
    pub rate: Option<Money>,
    pub kind: super::ledger::WorkKind,
    pub note: String,
    /// The number of the invoice that billed it (empty while unbilled).
    pub invoice: String,
}

impl EntryRow {
    pub const COLUMNS: &'static [&'static str] = &[
        "id", "date", "client", "person", "hours", "charged", "project", "service", "billable",
        "rate", "kind", "note", "invoice",
    ];
}

/// One row of `report invoices`: an invoice with what was paid of it by the report's
/// date.
#[derive(Debug, Clone)]
pub struct InvoiceRow<'a> {
    pub invoice: &'a Invoice,
    pub paid: Money,
    pub outstanding: Money,
    pub status: InvoiceStatus,
}

impl InvoiceRow<'_> {
    pub const COLUMNS: &'static [&'static str] = &[
        "number",
        "date",
        "due",
        "client",
        "payer",
        "from",
        "to",
        "hours",
        "subtotal",
        "discount",
        "tax",
        "total",
        "currency",
        "paid",
        "outstanding",
        "status",
    ];
}

/// The invoices dated on or before `as_of`, with the credit notes and payments dated
/// on or before it (paid, outstanding and status as they were that day, SPEC 9,
/// 12.3); `outstanding_only` keeps those not paid in full.
pub fn invoice_rows<'a>(
    invoices: &'a [Invoice],
    payments: &[Payment],
    as_of: NaiveDate,
    outstanding_only: bool,
) -> Vec<InvoiceRow<'a>> {
    let standings = standings(invoices, payments, as_of);
    invoices
        .iter()
        .zip(standings)
        .filter(|(invoice, _)| invoice.date <= as_of)
        .filter_map(|(invoice, s)| {
            if outstanding_only && s.outstanding.0 <= Decimal::ZERO {
                return None;
            }
            let (paid, outstanding, status) = (s.paid, s.outstanding, s.status);
            Some(InvoiceRow { invoice, paid, outstanding, status })
        })
        .collect()
}

/// One row of `report history`: an event of the statement with the balance after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryRow {
    pub date: NaiveDate,
    pub kind: TraceKind,
    /// The row or lot the event comes from (its id, `file:line`, `allocation:YYYY-MM`).
    pub reference: String,
    pub hours: Minutes,
    pub balance: Minutes,
    /// The lots the event drew on, or the lot it is.
    pub lot: String,
    pub note: String,
}

impl HistoryRow {
    pub const COLUMNS: &'static [&'static str] =
        &["date", "kind", "ref", "hours", "balance", "lot", "note"];
}

/// One row of `report budgets`: a project budget in the period that holds a day.
#[derive(Debug, Clone)]
pub struct BudgetRow<'a> {
    pub client: &'a str,
    pub project: &'a str,
    pub standing: super::budget::Standing,
}

impl BudgetRow<'_> {
    pub const COLUMNS: &'static [&'static str] =
        &["client", "project", "period", "budget", "used", "left", "percent_used"];
}

/// One row of `report flex`: a person's bank as of a date (SPEC 8).
#[derive(Debug, Clone)]
pub struct FlexRow<'a> {
    pub person: &'a str,
    pub bank: &'a str,
    pub balance: Minutes,
    pub accrued: Minutes,
    pub used: Minutes,
    pub expired: Minutes,
    pub forfeited: Minutes,
    pub adjusted: Minutes,
    pub shortfall: Minutes,
    pub opening: Minutes,
    pub in_progress: Minutes,
}

impl FlexRow<'_> {
    pub const COLUMNS: &'static [&'static str] = &[
        "person",
        "bank",
        "balance",
        "accrued",
        "used",
        "expired",
        "forfeited",
        "adjusted",
        "shortfall",
        "opening",
        "in_progress",
    ];
}

/// The `report flex` row of `bank` from its run of the engine as of `as_of`.
pub fn flex_row<'a>(
    person: &'a Person,
    bank: &'a FlexBank,
    plan: &FlexPlan,
    outcome: &Outcome,
    as_of: NaiveDate,
) -> FlexRow<'a> {
    FlexRow {
        person: &person.id,
        bank: &bank.name,
        balance: outcome.available,
        accrued: outcome.accrued,
        used: outcome.period_used,
        expired: outcome.expired,
        forfeited: outcome.forfeited,
        adjusted: outcome.adjusted,
        shortfall: outcome.shortfall,
        opening: outcome.opening,
        in_progress: plan.in_progress(as_of).map_or(Minutes::ZERO, |p| p.difference()),
    }
}

/// What a bank statement adds to a period's row: how the period came out and what it
/// booked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodColumns {
    pub worked: Minutes,
    pub scheduled: Minutes,
    pub difference: Minutes,
    pub credited: Minutes,
    pub taken: Minutes,
    pub forfeited: Minutes,
    pub shortfall: Minutes,
}

/// One row of `report history <person> --bank B`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankHistoryRow {
    pub event: HistoryRow,
    /// Set on `period` rows.
    pub period: Option<PeriodColumns>,
}

impl BankHistoryRow {
    pub const COLUMNS: &'static [&'static str] = &[
        "date",
        "kind",
        "ref",
        "hours",
        "balance",
        "lot",
        "note",
        "worked",
        "scheduled",
        "difference",
        "credited",
        "taken",
        "forfeited",
        "shortfall",
    ];
}

/// One row of `report usage`: a group (its `--by` labels, in order) with its hours and
/// amounts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageRow {
    pub labels: Vec<String>,
    pub hours: Minutes,
    pub charged: Minutes,
    /// What the group's hours bill by the hour (pay-as-you-go work, retainer overage).
    pub billable_amount: Money,
    /// Every billable hour at its rate.
    pub value: Money,
}

impl UsageRow {
    /// The columns after the `--by` keys.
    pub const AMOUNT_COLUMNS: [&'static str; 4] = ["hours", "charged", "billable_amount", "value"];
}

/// Where a lot stands as of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LotStatus {
    /// Credited on payment, and the invoice billing it is not paid in full (SPEC 10).
    Pending,
    Open,
    Used,
    Expired,
}

impl LotStatus {
    /// A lot the engine ran: open while hours remain, else expired when some did.
    pub fn of(lot: &LotState) -> LotStatus {
        if lot.remaining.0 > 0 {
            LotStatus::Open
        } else if lot.expired.0 > 0 {
            LotStatus::Expired
        } else {
            LotStatus::Used
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            LotStatus::Pending => "pending",
            LotStatus::Open => "open",
            LotStatus::Used => "used",
            LotStatus::Expired => "expired",
        }
    }
}

/// One lot of a client (`bank list`, and the SQLite export's `lots`).
#[derive(Debug, Clone)]
pub struct LotRow {
    /// The purchase's id (or `purchases.csv:LINE`), or what else credited the lot.
    pub lot: String,
    /// The purchase's date; for a lot that is no purchase, the day it was credited.
    pub date: Option<NaiveDate>,
    /// The day its hours became usable; `None` while pending.
    pub effective: Option<NaiveDate>,
    pub hours: Minutes,
    pub used: Minutes,
    pub expired: Minutes,
    pub remaining: Minutes,
    pub expires: Option<NaiveDate>,
    pub project: String,
    pub price: Option<Money>,
    pub status: LotStatus,
}

impl LotRow {
    pub const COLUMNS: &'static [&'static str] = &[
        "lot",
        "date",
        "effective",
        "hours",
        "used",
        "expired",
        "remaining",
        "expires",
        "project",
        "price",
        "status",
    ];
}
