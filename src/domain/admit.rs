//! Whether a row may be written: one answer for every write path (`log-time`,
//! `import`, `bank buy`, and the later ones), so that no two paths disagree. One
//! function per kind of write collects the rules (SPEC 3, 10, 12.4, 12.6); each
//! refusal is a [`Refusal`] that carries its facts and says its message and hint.
//! Pure: the caller gathers the facts about the client from the ledger.

use chrono::NaiveDate;

use super::bank::{Account, AdjustKind, Debit, ProjectIx, limit_breach};
use super::budget::{Budget, Excess, excess};
use super::client::{Client, ClientType, Settings};
use super::date::day_number;
use super::duration::Minutes;
use super::invoice::Invoice;
use super::invoice::unpaid_since;
use super::ledger::Ledger;
use super::money::Money;
use super::rates::price_of_hours;

/// What the rules need to know about one client.
pub struct ClientFacts<'a> {
    pub client: &'a Client,
    pub settings: &'a Settings,
    pub account: &'a Account,
    /// The unpaid invoice that blocks the client's new rows on a day (SPEC 10).
    pub blocking: Box<dyn Fn(NaiveDate) -> Option<Blocker> + 'a>,
    /// The client's lots that wait for an invoice to be paid (SPEC 10).
    pub pending: Vec<PendingLot>,
    /// The last day the credit limit is watched to.
    pub horizon: NaiveDate,
    /// The client's enforced project budgets, by the project's index (SPEC 15).
    pub budgets: Vec<(ProjectIx, &'a str, &'a Budget)>,
}

/// An unpaid invoice that blocks a client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blocker {
    pub number: String,
    pub billed_to: String,
    pub due: NaiveDate,
}

/// A lot that counts only once its invoice is paid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingLot {
    pub reference: String,
    pub minutes: Minutes,
    pub bought: NaiveDate,
    /// The day it became usable (`None`: not yet).
    pub usable_from: Option<NaiveDate>,
    /// The number of the invoice it waits for (`None`: not yet issued).
    pub invoice: Option<String>,
}

/// A row of work (or a cancellation) about to be written for the client.
#[derive(Debug, Clone)]
pub struct NewWork<'a> {
    pub date: NaiveDate,
    pub charged: Minutes,
    pub project: ProjectIx,
    /// The line it will have in `timelog.csv`.
    pub line: u32,
    pub service: &'a str,
    pub billable: bool,
}

impl NewWork<'_> {
    /// The row's debit of its client's account.
    pub fn debit(&self) -> Debit {
        Debit {
            day: day_number(self.date),
            minutes: self.charged.0 as i32,
            project: self.project,
            line: self.line,
        }
    }
}

/// Why a row may not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The client is inactive (never overridden by `--force`).
    Inactive { client: String, what: &'static str },
    /// A purchase for a pay-as-you-go client, which has no bank of hours.
    NoBank { client: String },
    /// A purchase of 0:00.
    EmptyPurchase,
    /// An expiry before the row's own date (`row`: purchase, adjustment).
    ExpiresBefore { expires: NaiveDate, row: &'static str, date: NaiveDate },
    /// A delta adjustment without its sign (`text` as given).
    UnsignedDelta { text: String },
    /// A delta adjustment of 0:00 (`text` as given).
    ZeroDelta { text: String },
    /// An adjustment without a reason.
    NoReason,
    /// An unpaid invoice blocks the client on the row's date.
    Blocked { client: String, date: NaiveDate, blocker: Blocker, what: &'static str },
    /// A service that no rate names, where `[services]` names services.
    UnknownService { client: String, service: String, known: Vec<String> },
    /// Billable work of a retainer client outside its start and end.
    OutsideRetainer { client: String, date: NaiveDate, bound: RetainerBound },
    /// Work beyond an enforced project budget (SPEC 15).
    BeyondBudget { client: String, project: String, excess: Excess },
    /// The client's overdraft would exceed its credit limit.
    BeyondCreditLimit {
        client: String,
        date: NaiveDate,
        lowest: Minutes,
        limit: Minutes,
        /// What waits for a payment: `10:00 of lot p-... wait for invoice INV-...`.
        pending: Vec<String>,
    },
    /// A payment on a credit note: it goes on the invoice the note credits.
    PaymentOnCreditNote { number: String, original: String },
    /// A payment dated before its invoice was issued.
    PaymentBeforeIssue { date: NaiveDate, number: String, issued: NaiveDate },
    /// A payment of 0.00.
    ZeroPayment { number: String, outstanding: Money, currency: String },
    /// A positive amount on a credit note, which asks for no payment: its refund is
    /// negative.
    CreditNoteNotRefund { number: String, total: Money, currency: String, outstanding: Money },
    /// A refund beyond what is due back: it would re-open the invoice (SPEC 12.3).
    RefundBeyondDue { number: String, refund: Money, currency: String, due_back: Money },
    /// A payment of an invoice paid in full.
    PaidInFull { number: String },
    /// More than is outstanding.
    Overpayment { number: String, amount: Money, outstanding: Money, currency: String },
    /// A credit note of a credit note.
    CreditOfCreditNote { number: String },
    /// A credit note dated before the invoice it credits.
    CreditBeforeIssue { date: NaiveDate, number: String, issued: NaiveDate },
    /// A credit note of an invoice credited in full.
    CreditOfVoid { number: String },
    /// `--all` on an invoice that has a credit note already.
    CreditTwice { number: String, note: String, left: Money },
    /// A credit beyond what the invoice has left to credit.
    CreditBeyondLeft { number: String, credit: Money, currency: String, left: Money },
    /// An `undo` that would remove an invoice that a payment refers to (`by`: which).
    InvoiceInUse { number: String, by: String },
}

/// Which end of a retainer a day lies beyond.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetainerBound {
    Before(NaiveDate),
    After(NaiveDate),
}

impl Refusal {
    pub fn message(&self) -> String {
        match self {
            Refusal::Inactive { client, what } => {
                format!("client \"{client}\" is inactive; will not {what}")
            }
            Refusal::NoBank { client } => {
                format!("client \"{client}\" is pay-as-you-go and has no bank of hours")
            }
            Refusal::EmptyPurchase => "a purchase must buy more than 0:00".into(),
            Refusal::ExpiresBefore { expires, row, date } => {
                format!("--expires {expires} is before the {row} date {date}")
            }
            Refusal::UnsignedDelta { text } => {
                format!("duration \"{text}\": an adjustment needs a sign")
            }
            Refusal::ZeroDelta { text } => {
                format!("duration \"{text}\": an adjustment of 0:00 changes nothing")
            }
            Refusal::NoReason => "--reason must not be empty".into(),
            Refusal::Blocked { client, date, blocker, what } => format!(
                "refused: {client} is blocked on {date}: invoice {} to {} is {}; will not {what}",
                blocker.number,
                blocker.billed_to,
                unpaid_since(blocker.due, *date)
            ),
            Refusal::UnknownService { client, service, known } => format!(
                "--service \"{service}\": neither [services] in hourbank.toml nor {client}'s rates name it (known: {})",
                known.join(", ")
            ),
            Refusal::OutsideRetainer { client, date, bound } => {
                let why = match bound {
                    RetainerBound::Before(start) => format!("before its retainer starts ({start})"),
                    RetainerBound::After(end) => format!("after its retainer ended ({end})"),
                };
                format!("{client}: {date} is {why}; no monthly hours cover it")
            }
            Refusal::BeyondBudget { client, project, excess } => {
                let period = if excess.period == "total" {
                    String::new()
                } else {
                    format!(" in {}", excess.period)
                };
                format!(
                    "refused: {client}'s project {project} would use {} of its {} budget{period} ({} used, {} more); nothing was written",
                    Minutes(excess.used.0 + excess.adding.0).hm(),
                    excess.budget.hm(),
                    excess.used.hm(),
                    excess.adding.hm()
                )
            }
            Refusal::BeyondCreditLimit { client, date, lowest, limit, .. } => format!(
                "refused: {client} would go to {} on or after {date}, beyond its credit limit of {}; nothing was written",
                lowest.hm(),
                limit.hm()
            ),
            Refusal::PaymentOnCreditNote { number, original } => format!(
                "refused: {number} is a credit note applied to invoice {original}; payments and refunds go on that invoice"
            ),
            Refusal::PaymentBeforeIssue { date, number, issued } => format!(
                "refused: a payment dated {date} is before invoice {number} was issued ({issued})"
            ),
            Refusal::ZeroPayment { .. } => "refused: a payment of 0.00 records nothing".into(),
            Refusal::CreditNoteNotRefund { number, total, currency, .. } => format!(
                "refused: invoice {number} is a credit note of {total} {currency}: record its refund as a negative amount of at most that"
            ),
            Refusal::RefundBeyondDue { number, refund, currency, due_back } => format!(
                "refused: a refund of {refund} {currency} would re-open invoice {number}: {due_back} is due back to the client"
            ),
            Refusal::PaidInFull { number } => {
                format!("invoice {number} is paid in full; nothing to record")
            }
            Refusal::Overpayment { number, amount, outstanding, currency } => format!(
                "refused: {amount} is more than the {outstanding} {currency} outstanding on invoice {number}"
            ),
            Refusal::CreditOfCreditNote { number } => {
                format!("refused: {number} is a credit note; only an invoice can be credited")
            }
            Refusal::CreditBeforeIssue { date, number, issued } => format!(
                "refused: a credit note dated {date} is before invoice {number} was issued ({issued})"
            ),
            Refusal::CreditOfVoid { number } => {
                format!("refused: invoice {number} is void: credited in full already")
            }
            Refusal::CreditTwice { number, note, .. } => format!(
                "refused: invoice {number} has credit note {note} already: --all would credit it twice"
            ),
            Refusal::InvoiceInUse { number, by } => format!(
                "refused: undo would remove invoice {number}, but {by} refers to it; nothing was undone"
            ),
            Refusal::CreditBeyondLeft { number, credit, currency, left } => format!(
                "refused: a credit of {credit} {currency} (with tax) is more than the {left} {currency} invoice {number} has left to credit"
            ),
        }
    }

    pub fn hint(&self) -> Option<String> {
        Some(match self {
            Refusal::Inactive { client, .. } => {
                format!("reactivate it with `hourbank client set {client} --status active`")
            }
            Refusal::NoBank { client } => {
                format!("make it a bank client with `hourbank client set {client} --type bank`")
            }
            Refusal::UnsignedDelta { text } => format!(
                "+{0} adds hours, -{0} takes them away; --set {0} makes the balance exactly that",
                text.trim()
            ),
            Refusal::EmptyPurchase
            | Refusal::ExpiresBefore { .. }
            | Refusal::ZeroDelta { .. }
            | Refusal::NoReason => return None,
            Refusal::Blocked { blocker, .. } => format!(
                "record its payment (`hourbank invoice pay {}`), or pass --force",
                blocker.number
            ),
            Refusal::UnknownService { service, .. } => {
                format!("pass --force to log it anyway, or add [services.{service}] with its rate")
            }
            Refusal::OutsideRetainer { .. } => {
                "pass --force to log it anyway: it is billed as overage".to_string()
            }
            Refusal::BeyondBudget { client, project, .. } => format!(
                "raise the budget (`hourbank client set {client} --budget {project}=H`), or pass --force"
            ),
            Refusal::BeyondCreditLimit { client, pending, .. } if pending.is_empty() => format!(
                "buy hours first (`hourbank bank buy {client} ...`), raise the limit (`hourbank client set {client} --credit-limit H`), or pass --force"
            ),
            Refusal::BeyondCreditLimit { pending, .. } => format!(
                "{}; record the payment with `hourbank invoice pay`, or pass --force",
                pending.join("; ")
            ),
            Refusal::PaymentOnCreditNote { original, .. } => {
                format!("hourbank invoice pay {original} ...")
            }
            Refusal::PaymentBeforeIssue { .. } | Refusal::PaidInFull { .. } => return None,
            Refusal::ZeroPayment { number, outstanding, currency } => {
                format!("{outstanding} {currency} is outstanding on invoice {number}")
            }
            Refusal::CreditNoteNotRefund { number, outstanding, .. } => {
                format!("hourbank invoice pay {number} --amount {outstanding}")
            }
            Refusal::RefundBeyondDue { number, .. } => format!(
                "issue a credit note first (`hourbank invoice credit {number} --amount A --reason ...`), then refund what it credits"
            ),
            Refusal::Overpayment { .. } => "record at most what is outstanding".into(),
            Refusal::CreditOfCreditNote { .. }
            | Refusal::CreditBeforeIssue { .. }
            | Refusal::CreditOfVoid { .. } => return None,
            Refusal::CreditTwice { left, .. } => {
                format!("credit what is left with --amount ({left} before tax is left to credit)")
            }
            Refusal::CreditBeyondLeft { left, .. } => format!("credit at most {left} with tax"),
            Refusal::InvoiceInUse { number, .. } => format!(
                "undo or remove what refers to it first; to take the invoice back, credit it with `hourbank invoice credit {number} --all`"
            ),
        })
    }
}

/// What the admission rules need to know about client `ix`: its
/// account, what blocks it, its lots waiting for a payment, and the last day the
/// credit limit is watched to (the ledger's horizon from `from`).
pub fn client_facts(ledger: &Ledger, ix: u32, from: NaiveDate) -> ClientFacts<'_> {
    let client = &ledger.clients[ix as usize];
    let pending = if ledger.settings.credits_on_payment(client) {
        ledger
            .purchases
            .iter()
            .filter(|p| p.client == ix)
            .map(|p| PendingLot {
                reference: p.reference(),
                minutes: p.minutes,
                bought: p.date,
                usable_from: p.effective,
                invoice: p.billing_invoice.map(|i| ledger.invoices[i as usize].number.clone()),
            })
            .collect()
    } else {
        Vec::new()
    };
    ClientFacts {
        client,
        settings: &ledger.settings,
        account: &ledger.accounts[ix as usize],
        blocking: Box::new(move |date| {
            ledger.blocking_invoice(ix, date).map(|invoice| Blocker {
                number: invoice.number.clone(),
                billed_to: invoice.billed_to().to_string(),
                due: invoice.due,
            })
        }),
        pending,
        horizon: ledger.horizon(from),
        budgets: client
            .budgets
            .iter()
            .filter(|(_, b)| b.enforce)
            .filter_map(|(name, b)| Some((*ledger.project_index.get(name)?, name.as_str(), b)))
            .collect(),
    }
}

/// Whether `rows` of work may be written for the client (SPEC 3, 10, 12.4, 12.6), in
/// this order: an inactive client never; with `force` every other rule gives way; an
/// unpaid invoice that blocks the client on a row's date; a service no rate names; a
/// retainer's billable work outside its start and end; work beyond an enforced project
/// budget in its period; an overdraft beyond the credit limit on a row's date or later
/// (the rows drawn together, as they will be).
pub fn admit_work(
    facts: &ClientFacts<'_>,
    rows: &[NewWork<'_>],
    force: bool,
    what: &'static str,
) -> Result<(), Refusal> {
    let client = facts.client;
    let id = || client.id.to_string();
    if client.refuses_new_rows() {
        return Err(Refusal::Inactive { client: id(), what });
    }
    if force {
        return Ok(());
    }
    // Each day once: an import brings many rows of one day.
    let days: std::collections::BTreeSet<NaiveDate> = rows.iter().map(|r| r.date).collect();
    for date in days {
        if let Some(blocker) = (facts.blocking)(date) {
            return Err(Refusal::Blocked { client: id(), date, blocker, what });
        }
    }
    let services = &facts.settings.services;
    for row in rows {
        let service = row.service;
        if !service.is_empty()
            && !services.is_empty()
            && !services.contains_key(service)
            && !client.rates.contains_key(service)
        {
            let known = services.keys().chain(client.rates.keys()).cloned().collect();
            return Err(Refusal::UnknownService { client: id(), service: service.into(), known });
        }
    }
    if client.kind == ClientType::Retainer {
        for row in rows.iter().filter(|r| r.billable) {
            let bound = match (client.start, client.end) {
                (Some(start), _) if row.date < start => Some(RetainerBound::Before(start)),
                (_, Some(end)) if row.date > end => Some(RetainerBound::After(end)),
                _ => None,
            };
            if let Some(bound) = bound {
                return Err(Refusal::OutsideRetainer { client: id(), date: row.date, bound });
            }
        }
    }
    within_budgets_and_limit(facts, rows)
}

/// Whether a row that moves to another project alone may (SPEC 15): its new project's
/// enforced budget, and the credit limit (a project's lots cover only its own work);
/// `force` lets both go. The client's other rules concern its rows, not their project.
pub fn admit_project_move(
    facts: &ClientFacts<'_>,
    rows: &[NewWork<'_>],
    force: bool,
) -> Result<(), Refusal> {
    if force {
        return Ok(());
    }
    within_budgets_and_limit(facts, rows)
}

/// The last two rules of work: no enforced project budget exceeded in its period, and
/// no overdraft beyond the credit limit on a row's date or later (the rows drawn
/// together, as they will be).
fn within_budgets_and_limit(facts: &ClientFacts<'_>, rows: &[NewWork<'_>]) -> Result<(), Refusal> {
    let id = || facts.client.id.to_string();
    for &(project, name, budget) in &facts.budgets {
        let new: Vec<(NaiveDate, Minutes)> =
            rows.iter().filter(|r| r.project == project).map(|r| (r.date, r.charged)).collect();
        if let Some(excess) = excess(&facts.account.debits, project, budget, &new) {
            let project = name.to_string();
            return Err(Refusal::BeyondBudget { client: id(), project, excess });
        }
    }
    let debits: Vec<Debit> = rows.iter().map(NewWork::debit).collect();
    if let Some(breach) = limit_breach(facts.account, &debits, facts.horizon) {
        let date = rows.iter().map(|r| r.date).min().unwrap_or(facts.horizon);
        // Hours that wait for an invoice to be paid say so (SPEC 10).
        let pending = facts
            .pending
            .iter()
            .filter(|p| p.bought <= date && p.usable_from.is_none_or(|u| u > date))
            .map(|p| {
                let invoice = p.invoice.as_ref().map_or_else(
                    || "an invoice not yet issued".to_string(),
                    |n| format!("invoice {n}"),
                );
                format!("{} of lot {} wait for {invoice} to be paid", p.minutes.hm(), p.reference)
            })
            .collect();
        return Err(Refusal::BeyondCreditLimit {
            client: id(),
            date,
            lowest: breach.lowest,
            limit: breach.limit,
            pending,
        });
    }
    Ok(())
}

/// Whether a purchase dated `date` may be recorded for the client: never for an
/// inactive one or one without a bank (pay-as-you-go); not while an unpaid invoice
/// blocks it, unless `force` (SPEC 10).
pub fn admit_purchase(
    facts: &ClientFacts<'_>,
    date: NaiveDate,
    force: bool,
    what: &'static str,
) -> Result<(), Refusal> {
    let client = facts.client.id.to_string();
    if facts.client.refuses_new_rows() {
        return Err(Refusal::Inactive { client, what });
    }
    if facts.client.kind == ClientType::Payg {
        return Err(Refusal::NoBank { client });
    }
    match (facts.blocking)(date).filter(|_| !force) {
        Some(blocker) => Err(Refusal::Blocked { client, date, blocker, what }),
        None => Ok(()),
    }
}

/// Whether the lot a purchase dated `date` makes may be recorded: more than 0:00,
/// expiring no earlier than it is bought.
pub fn admit_lot(
    date: NaiveDate,
    minutes: Minutes,
    expires: Option<NaiveDate>,
) -> Result<(), Refusal> {
    if minutes.0 == 0 {
        return Err(Refusal::EmptyPurchase);
    }
    expires_after(expires, "purchase", date)
}

/// A purchase about to be recorded: what `bank buy` was asked for, or a top-up's.
pub struct LotRequest {
    pub reference: String,
    pub date: NaiveDate,
    pub minutes: Minutes,
    /// The price given; none: priced from the client's block or rate.
    pub price: Option<Money>,
    /// The expiry given (`--expires`), or never (`--never-expires`); else the client's.
    pub expires: Option<NaiveDate>,
    pub never_expires: bool,
    pub project: String,
    pub note: String,
}

/// The lot a purchase makes, the one rule of every purchase (`bank buy`, a top-up):
/// priced at purchase (SPEC 12.4: the price given, else [`price_of_hours`]) so that no
/// invoice prices it later; valid to the expiry given, never, or by the client's
/// months (for a client credited on payment, counted from the payment, SPEC 10); and
/// admitted as a lot ([`admit_lot`]).
pub fn new_lot(
    client: &Client,
    settings: &Settings,
    request: LotRequest,
) -> Result<super::invoice::BoughtHours, Refusal> {
    let LotRequest { reference, date, minutes, price, expires, never_expires, project, note } =
        request;
    let price = price.or_else(|| Some(price_of_hours(client, minutes, settings)));
    let (expires, valid_months) = client.purchase_expiry(date, expires, never_expires, settings);
    admit_lot(date, minutes, expires)?;
    Ok(super::invoice::BoughtHours {
        reference,
        date,
        minutes,
        price,
        project,
        expires,
        valid_months,
        note,
    })
}

/// Whether an adjustment may be recorded (SPEC 6): a delta has its sign (`text` is
/// the duration as given) and is not 0:00, the reason is not empty, and the hours it
/// adds expire no earlier than its date.
pub fn admit_adjustment(
    kind: AdjustKind,
    text: &str,
    minutes: Minutes,
    reason: &str,
    date: NaiveDate,
    expires: Option<NaiveDate>,
) -> Result<(), Refusal> {
    if kind == AdjustKind::Delta && !text.trim_start().starts_with(['+', '-']) {
        return Err(Refusal::UnsignedDelta { text: text.to_string() });
    }
    if kind == AdjustKind::Delta && minutes.0 == 0 {
        return Err(Refusal::ZeroDelta { text: text.to_string() });
    }
    if reason.trim().is_empty() {
        return Err(Refusal::NoReason);
    }
    expires_after(expires, "adjustment", date)
}

fn expires_after(
    expires: Option<NaiveDate>,
    row: &'static str,
    date: NaiveDate,
) -> Result<(), Refusal> {
    match expires.filter(|&e| e < date) {
        Some(expires) => Err(Refusal::ExpiresBefore { expires, row, date }),
        None => Ok(()),
    }
}

/// The amount a payment of `invoice` records, `outstanding` on it (SPEC 10, 12.3):
/// what is outstanding when no amount is given; never on a credit note (its refund
/// is a negative amount on a credit note of its own, or on the invoice), never dated
/// before the invoice, never 0.00, never more than is outstanding; a refund returns
/// only what is due back, so it never re-opens an invoice.
pub fn admit_payment(
    invoice: &Invoice,
    outstanding: Money,
    amount: Option<Money>,
    date: NaiveDate,
) -> Result<Money, Refusal> {
    let number = || invoice.number.clone();
    let currency = || invoice.currency.clone();
    if let Some(original) = &invoice.credits {
        return Err(Refusal::PaymentOnCreditNote { number: number(), original: original.clone() });
    }
    if date < invoice.date {
        return Err(Refusal::PaymentBeforeIssue { date, number: number(), issued: invoice.date });
    }
    if amount.is_some_and(|a| a.0.is_zero()) {
        return Err(Refusal::ZeroPayment { number: number(), outstanding, currency: currency() });
    }
    let amount = amount.unwrap_or(outstanding);
    if invoice.is_credit_note() && amount.0.is_sign_positive() {
        return Err(Refusal::CreditNoteNotRefund {
            number: number(),
            total: invoice.totals.total,
            currency: currency(),
            outstanding,
        });
    }
    if amount.0.is_sign_negative() && !amount.0.is_zero() {
        if outstanding.0 - amount.0 > rust_decimal::Decimal::ZERO {
            let due_back = Money(if outstanding.0.is_sign_negative() {
                -outstanding.0
            } else {
                rust_decimal::Decimal::ZERO
            });
            return Err(Refusal::RefundBeyondDue {
                number: number(),
                refund: Money(-amount.0),
                currency: currency(),
                due_back,
            });
        }
    } else if amount.0 <= rust_decimal::Decimal::ZERO {
        return Err(Refusal::PaidInFull { number: number() });
    } else if amount.0 > outstanding.0 {
        return Err(Refusal::Overpayment {
            number: number(),
            amount,
            outstanding,
            currency: currency(),
        });
    }
    Ok(amount)
}

/// Whether invoice `original` may be credited on `date` (SPEC 12.3): an invoice, not
/// a credit note; not before it was issued; not once void; with `all` (voiding it)
/// only while no credit note `earlier` credits it already.
pub fn admit_credit(
    original: &Invoice,
    standing: &super::invoice::Standing,
    earlier: Option<&str>,
    all: bool,
    date: NaiveDate,
) -> Result<(), Refusal> {
    let number = || original.number.clone();
    if original.is_credit_note() {
        return Err(Refusal::CreditOfCreditNote { number: number() });
    }
    if date < original.date {
        return Err(Refusal::CreditBeforeIssue { date, number: number(), issued: original.date });
    }
    if standing.status == super::invoice::InvoiceStatus::Void {
        return Err(Refusal::CreditOfVoid { number: number() });
    }
    if let Some(note) = earlier.filter(|_| all) {
        let left = Money(original.totals.total.0 - standing.credited.0);
        return Err(Refusal::CreditTwice { number: number(), note: note.to_string(), left });
    }
    Ok(())
}

/// Whether `undo` may remove the invoices `removed` (indices into the ledger's
/// invoices) that the write it reverses issued: not while a payment refers to one.
/// (A credit note or a later invoice is a row of `invoices.csv`, which `undo` finds
/// changed since the write unless that write was undone first.)
pub fn admit_undo_invoices(ledger: &Ledger, removed: &[usize]) -> Result<(), Refusal> {
    let invoices = &ledger.invoices;
    let finder = super::invoice::InvoiceFinder::new(invoices);
    for p in &ledger.payments {
        if let Some(n) = finder.find(&p.invoice_id, &p.invoice).filter(|n| removed.contains(n)) {
            let by =
                format!("the payment of {} {} dated {}", p.amount, invoices[n].currency, p.date);
            return Err(Refusal::InvoiceInUse { number: invoices[n].number.clone(), by });
        }
    }
    Ok(())
}
