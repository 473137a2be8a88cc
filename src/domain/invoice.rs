//! Invoices and payments: lines, totals with discount and tax, numbering, overlaps,
//! what is paid and outstanding. Pure: the store reads and writes the rows.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use rustc_hash::FxHashMap;

use super::bank::month_key;
use super::check::{Code, Diagnostic};
use super::client::{Client, Company, Settings};
use super::duration::Minutes;
use super::money::Money;

/// One line of an invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceLine {
    pub key: LineKey,
    pub description: String,
    pub hours: Option<Minutes>,
    pub rate: Option<Money>,
    pub amount: Money,
}

/// What a line bills: hours bought (a lot), a retainer month's fee or overage, or
/// pay-as-you-go work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LineKind {
    Block,
    Fee,
    Overage,
    Work,
    /// A pay-as-you-go client's late cancellations (SPEC 10).
    Cancellation,
    /// A cost passed on to the client (SPEC 10).
    Expense,
    /// A credit note's goodwill line (`invoice credit --amount`, SPEC 12.3): no billing
    /// key, never billed again.
    Credit,
}

impl LineKind {
    pub fn parse(text: &str) -> Option<LineKind> {
        Some(match text {
            "block" => LineKind::Block,
            "fee" => LineKind::Fee,
            "overage" => LineKind::Overage,
            "work" => LineKind::Work,
            "cancellation" => LineKind::Cancellation,
            "expense" => LineKind::Expense,
            "credit" => LineKind::Credit,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            LineKind::Block => "block",
            LineKind::Fee => "fee",
            LineKind::Overage => "overage",
            LineKind::Work => "work",
            LineKind::Cancellation => "cancellation",
            LineKind::Expense => "expense",
            LineKind::Credit => "credit",
        }
    }
}

/// The billing key of a line: its kind, period (a month `YYYY-MM` or a lot's date),
/// lot and service, and for hourly work and cancellations where its price comes from.
/// Lines recorded before keys existed have none (`kind` is `None`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LineKey {
    pub kind: Option<LineKind>,
    pub period: String,
    pub lot: String,
    pub service: String,
    pub price: PriceSource,
}

/// Where the price of pay-as-you-go work or a cancellation comes from (SPEC 12.2):
/// the rows' own `rate` (a key per rate), or the hierarchy of section 4 (one key,
/// which keeps the unit price of its first billed line). Rows of the two are never
/// billed on one line. Lines recorded before the column existed count as `hierarchy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum PriceSource {
    #[default]
    Hierarchy,
    Rate,
}

impl PriceSource {
    pub fn as_str(self) -> &'static str {
        match self {
            PriceSource::Hierarchy => "hierarchy",
            PriceSource::Rate => "rate",
        }
    }

    pub fn parse(text: &str) -> Option<PriceSource> {
        match text {
            "" | "hierarchy" => Some(PriceSource::Hierarchy),
            "rate" => Some(PriceSource::Rate),
            _ => None,
        }
    }
}

impl LineKind {
    /// What a line of this kind counts (SPEC 12.4): `h` hours (work, overage, late
    /// cancellations), `block` (hours bought), `month` (a retainer fee), `item` (an
    /// expense, a goodwill credit).
    pub fn unit(self) -> &'static str {
        match self {
            LineKind::Work | LineKind::Overage | LineKind::Cancellation => "h",
            LineKind::Block => "block",
            LineKind::Fee => "month",
            LineKind::Expense | LineKind::Credit => "item",
        }
    }

    /// Keys of this kind are hourly and priced per row (`work`, `cancellation`).
    pub fn has_price_source(self) -> bool {
        matches!(self, LineKind::Work | LineKind::Cancellation)
    }
}

/// Subtotal, discount, tax and total of an invoice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    pub subtotal: Money,
    pub discount: Money,
    pub tax: Money,
    pub total: Money,
}

impl Totals {
    /// The discount as the line that takes it off: negative, or `0.00` when none.
    pub fn deduction(&self) -> Money {
        if self.discount.0.is_zero() { self.discount } else { Money(-self.discount.0) }
    }

    /// Sums the lines, then takes the discount off the subtotal and adds tax on what
    /// remains, each rounded to cents once.
    pub fn of(
        lines: &[InvoiceLine],
        discount_percent: Option<Decimal>,
        tax_percent: Option<Decimal>,
    ) -> Totals {
        let subtotal = Money::cents(lines.iter().map(|l| l.amount.0).sum());
        let percent = |base: Decimal, p: Option<Decimal>| {
            Money::cents(base * p.unwrap_or_default() / Decimal::from(100))
        };
        let discount = percent(subtotal.0, discount_percent);
        let tax = percent(subtotal.0 - discount.0, tax_percent);
        Totals { subtotal, discount, tax, total: Money::cents(subtotal.0 - discount.0 + tax.0) }
    }
}

/// Who an invoice names: the client it bills for, or the payer it goes to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Party {
    pub id: String,
    pub name: String,
    pub address: Option<String>,
    pub email: Option<String>,
    pub vat_id: Option<String>,
    pub country: Option<String>,
    /// The postal address in parts (e-invoices).
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    /// Its Peppol participant id (UBL).
    pub peppol_id: Option<String>,
}

/// Everything an invoice shows, for rendering (a draft has no number yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceDoc {
    pub number: Option<String>,
    pub date: NaiveDate,
    pub due: NaiveDate,
    pub client: Party,
    /// The payer when the client has one, else the client.
    pub bill_to: Party,
    /// The period (`None` for a corrections-only invoice).
    pub period: Option<(NaiveDate, NaiveDate)>,
    pub scope: Scope,
    /// The hours billed (see [`billed_hours`]).
    pub hours: Minutes,
    pub currency: String,
    pub lines: Vec<InvoiceLine>,
    pub totals: Totals,
    /// The percentages the discount and tax lines name.
    pub discount_percent: Option<Decimal>,
    pub tax_percent: Option<Decimal>,
    /// Who issues it: `[company]` at issue.
    pub seller: Company,
    /// An image to print at the top (a `data:` URI), when `[company] logo` names one.
    pub logo: Option<String>,
    /// The VAT category and exemption reason (e-invoices).
    pub tax_category: Option<String>,
    pub tax_exemption: Option<String>,
    /// For a credit note: the number of the invoice it credits, and why.
    pub credits: Option<String>,
    pub reason: Option<String>,
    /// The billed time rows by line (`--detail`), else empty.
    pub timesheet: Vec<TimesheetRow>,
    /// The buyer's reference (BT-10), recorded at issue.
    pub buyer_reference: Option<String>,
}

/// Hours bought in the period of an invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoughtHours {
    /// The purchase's id, or `file:line`.
    pub reference: String,
    pub date: NaiveDate,
    pub minutes: Minutes,
    pub price: Option<Money>,
    pub project: String,
    /// Its last usable day, or months of validity from its payment (SPEC 10).
    pub expires: Option<NaiveDate>,
    pub valid_months: Option<u32>,
    pub note: String,
}

impl BoughtHours {
    /// How an invoice line describes it: a block (or hours) with their validity and
    /// the purchase's note ("Block of 10:00 h, valid to 2027-08-19 — PO 4378").
    pub fn describe(&self, block: Option<Minutes>) -> String {
        let what = match block {
            Some(b) => format!("Block of {} h", b.hm()),
            None => format!("Prepaid hours: {} h", self.minutes.hm()),
        };
        let validity = match (self.expires, self.valid_months) {
            (Some(e), _) => format!("valid to {e}"),
            (None, Some(m)) => format!("valid {m} months from payment"),
            (None, None) => "no expiry".to_string(),
        };
        let project = if self.project.is_empty() {
            String::new()
        } else {
            format!(", project {}", self.project)
        };
        let note = if self.note.is_empty() { String::new() } else { format!(" — {}", self.note) };
        format!("{what}, bought {}, {validity}{project}{note}", self.date)
    }
}

/// Everything one client's period has to bill, gathered from the ledger.
#[derive(Debug, Clone)]
pub struct Billable<'a> {
    pub client: &'a Client,
    pub settings: &'a Settings,
    /// Retainer allocations: (date, hours).
    pub allocations: Vec<(NaiveDate, Minutes)>,
    pub purchases: Vec<BoughtHours>,
    /// Retainer overage booked at the end of months: (month end, hours).
    pub overage: Vec<(NaiveDate, Minutes)>,
    /// Billable work: (date, service, row rate, charged hours).
    pub work: Vec<(NaiveDate, String, Option<Money>, Minutes)>,
    /// Late cancellations: (date, row rate, charged hours).
    pub cancellations: Vec<(NaiveDate, Option<Money>, Minutes)>,
    /// Expenses: (id, date, amount, note).
    pub expenses: Vec<(String, NaiveDate, Money, String)>,
}

/// The key of a line recorded before lines had keys, from the description the tool
/// wrote (`Hours bought on D (LOT...)`, `Retainer M...`, `Overage M...`, `Hours`,
/// `Hours: S`) and, for hours, the invoice's period when it lies in one month.
pub fn key_of_old_line(description: &str, from: NaiveDate, to: NaiveDate) -> Option<LineKey> {
    let key = |kind, period: String| LineKey { kind: Some(kind), period, ..LineKey::default() };
    if let Some(rest) = description.strip_prefix("Hours bought on ") {
        let (date, rest) = rest.split_once(" (")?;
        let lot = rest.split([',', ')']).next()?.trim();
        date.parse::<NaiveDate>().ok()?;
        return Some(LineKey { lot: lot.to_string(), ..key(LineKind::Block, date.to_string()) });
    }
    for (prefix, kind) in [("Retainer ", LineKind::Fee), ("Overage ", LineKind::Overage)] {
        if let Some(rest) = description.strip_prefix(prefix) {
            let month = rest.get(..7)?;
            super::date::parse_month(month)?;
            return Some(key(kind, month.to_string()));
        }
    }
    let service = match description {
        "Hours" => "",
        other => other.strip_prefix("Hours: ")?,
    };
    (month_key(from) == month_key(to))
        .then(|| LineKey { service: service.to_string(), ..key(LineKind::Work, month_key(from)) })
}

/// A time row an invoice billed (`invoice-rows.csv`, SPEC 12.9): what it charged and
/// its amount at issue, so that a later edit of the row never changes what the
/// invoice shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowBilled {
    /// The invoice's row id.
    pub invoice_id: String,
    /// The time row's id.
    pub row: String,
    pub charged: Minutes,
    pub amount: Money,
}

/// A billable time row of a pay-as-you-go client, as an invoice bills it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BillableRow {
    pub id: String,
    pub date: NaiveDate,
    /// `Work` or `Cancellation`.
    pub kind: LineKind,
    pub service: String,
    /// The row's own rate.
    pub rate: Option<Money>,
    pub charged: Minutes,
    /// What an invoice's timesheet shows of it (filled only when one is asked for).
    pub person: String,
    pub project: String,
    pub note: String,
}

/// One row of an invoice's timesheet (SPEC 14): a time row the invoice billed, under
/// the line (an index into the invoice's lines) that bills it. No id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimesheetRow {
    pub line: usize,
    pub date: NaiveDate,
    pub person: String,
    pub project: String,
    pub note: String,
    pub charged: Minutes,
}

/// The line of `lines` that bills a row: its kind, month, service and price source
/// (a row's own rate the line's).
pub fn line_of(lines: &[InvoiceLine], row: &BillableRow) -> Option<usize> {
    let price = if row.rate.is_some() { PriceSource::Rate } else { PriceSource::Hierarchy };
    let period = super::bank::month_key(row.date);
    lines.iter().position(|l| {
        l.key.kind == Some(row.kind)
            && l.key.period == period
            && l.key.service == row.service
            && l.key.price == price
            && (price == PriceSource::Hierarchy || l.rate == row.rate)
    })
}

/// The timesheet of the rows `billed` of `rows` under `lines`, in the lines' order and
/// by date within a line.
pub fn timesheet(
    lines: &[InvoiceLine],
    rows: &[BillableRow],
    billed: &[RowBilled],
) -> Vec<TimesheetRow> {
    let mut out: Vec<TimesheetRow> = billed
        .iter()
        .filter_map(|b| {
            let row = rows.iter().find(|r| r.id == b.row)?;
            Some(TimesheetRow {
                line: line_of(lines, row)?,
                date: row.date,
                person: row.person.clone(),
                project: row.project.clone(),
                note: row.note.clone(),
                charged: b.charged,
            })
        })
        .collect();
    out.sort_by_key(|r| (r.line, r.date));
    out
}

/// The rows an invoice of `lines` bills: each row whose key one of its work or
/// cancellation lines bills (its month, service and price source; a row's own rate the
/// line's) that no invoice has billed yet (`billed`), at that line's unit price. A row
/// without an id cannot be named, and is left out.
pub fn rows_billed(
    lines: &[InvoiceLine],
    rows: &[BillableRow],
    billed: &dyn Fn(&BillableRow) -> bool,
) -> Vec<RowBilled> {
    let mut out = Vec::new();
    for row in rows.iter().filter(|r| !r.id.is_empty() && !billed(r)) {
        if let Some(line) = line_of(lines, row).map(|i| &lines[i]) {
            let amount = Money::line_amount(row.charged, line.rate.unwrap_or_default());
            out.push(RowBilled {
                invoice_id: String::new(),
                row: row.id.clone(),
                charged: row.charged,
                amount,
            });
        }
    }
    out
}

/// An issued invoice, as `invoices.csv` records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invoice {
    pub id: String,
    pub line: u32,
    pub number: String,
    pub date: NaiveDate,
    pub due: NaiveDate,
    pub client: String,
    pub payer: String,
    /// The period billed; for a corrections-only invoice, its date (it has none).
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub currency: String,
    pub hours: Minutes,
    pub totals: Totals,
    pub scope: Scope,
    pub discount_percent: Option<Decimal>,
    pub tax_percent: Option<Decimal>,
    /// The parties as printed at issue (invoices recorded before this was kept have
    /// none: they are shown with the current settings).
    pub parties: Option<(Company, Party)>,
    pub tax_category: Option<String>,
    pub tax_exemption: Option<String>,
    /// For a credit note (SPEC 12.3): the number and row id of the invoice it credits.
    pub credits: Option<String>,
    pub credits_id: Option<String>,
    /// Why a credit note was issued.
    pub reason: Option<String>,
    /// When it was issued, local time (invoices recorded before this was kept have
    /// none): the order of two invoices of one date, for `invoice renumber`.
    pub created: Option<chrono::NaiveDateTime>,
    /// When it was last sent to the client (`invoice --send`), and to whom.
    pub sent: Option<NaiveDate>,
    pub sent_to: String,
    /// The buyer's reference (BT-10) printed at issue.
    pub buyer_reference: Option<String>,
}

/// What an invoice bills (SPEC 9): a period, or only the pending corrections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    #[default]
    Period,
    /// One lot alone (`bank buy --invoice`), dated its purchase date.
    Lot,
    Corrections,
    /// A credit note of another invoice (SPEC 12.3): its `from`/`to` are the
    /// original's; it never overlaps.
    Credit,
}

impl Scope {
    pub fn parse(text: &str) -> Option<Scope> {
        match text {
            "" | "period" => Some(Scope::Period),
            "lot" => Some(Scope::Lot),
            "corrections" => Some(Scope::Corrections),
            "credit" => Some(Scope::Credit),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Period => "period",
            Scope::Lot => "lot",
            Scope::Corrections => "corrections",
            Scope::Credit => "credit",
        }
    }
}

impl Invoice {
    /// The order in which invoices were issued: by date, then `created` (a row
    /// recorded before `created` was kept counts as earlier), then row id. What
    /// `invoice renumber` and the overlap hint go by.
    pub fn issue_order(&self) -> (NaiveDate, Option<chrono::NaiveDateTime>, &str) {
        (self.date, self.created, self.id.as_str())
    }

    /// Whether this invoice's period overlaps `from..=to` (corrections-only invoices
    /// have no period).
    pub fn overlaps(&self, from: NaiveDate, to: NaiveDate) -> bool {
        self.scope == Scope::Period && self.from <= to && from <= self.to
    }

    /// Whom it is billed to: its payer, else its client.
    pub fn billed_to(&self) -> &str {
        if self.payer.is_empty() { &self.client } else { &self.payer }
    }

    /// The period it billed, when it billed one (a lot invoice: its lot's date).
    pub fn period(&self) -> Option<(NaiveDate, NaiveDate)> {
        matches!(self.scope, Scope::Period | Scope::Lot | Scope::Credit)
            .then_some((self.from, self.to))
    }

    /// Whether it is a credit note: one that credits another invoice, or one whose
    /// total is negative (a corrections invoice that credits more than it bills).
    pub fn is_credit_note(&self) -> bool {
        self.credits.is_some() || self.totals.total.0.is_sign_negative()
    }
}

impl InvoiceLine {
    /// What the line counts; a line recorded before kinds existed counts hours when it
    /// has hours, else items.
    pub fn unit(&self) -> &'static str {
        match self.key.kind {
            Some(kind) => kind.unit(),
            None if self.hours.is_some() => "h",
            None => "item",
        }
    }

    /// The unit as UN/ECE Recommendation 20 codes it in an e-invoice: `HUR` (hour),
    /// `MON` (month), `C62` (one: a block, an item).
    pub fn unit_code(&self) -> &'static str {
        match self.unit() {
            "h" => "HUR",
            "month" => "MON",
            _ => "C62",
        }
    }

    /// The quantity with its unit as a client reads it: `10.00 h`, `2 blocks`,
    /// `1 month`, `1 item`.
    pub fn quantity_text(&self) -> String {
        let count = self.hours.map_or(rust_decimal::Decimal::ONE, |h| h.hours_decimal());
        match self.unit() {
            "h" => format!("{count} h"),
            unit => {
                let n = count.normalize();
                let plural = if n.abs() == rust_decimal::Decimal::ONE { "" } else { "s" };
                format!("{n} {unit}{plural}")
            }
        }
    }
}

impl InvoiceDoc {
    /// The timesheet's rows grouped by line, in the lines' order: (line, its rows).
    pub fn timesheet_by_line(&self) -> Vec<(usize, &[TimesheetRow])> {
        self.timesheet.chunk_by(|a, b| a.line == b.line).map(|rows| (rows[0].line, rows)).collect()
    }

    /// Whether it is a credit note: one that credits an invoice, or a negative total.
    pub fn is_credit_note(&self) -> bool {
        self.credits.is_some() || self.totals.total.0.is_sign_negative()
    }

    /// What the document is called where the client reads it.
    pub fn title(&self) -> &'static str {
        if self.is_credit_note() { "Credit note" } else { "Invoice" }
    }

    /// The line naming the invoice a credit note credits, and why.
    pub fn credit_line(&self) -> Option<String> {
        let original = self.credits.as_ref()?;
        Some(match self.reason.as_deref().filter(|r| !r.is_empty()) {
            Some(reason) => format!("Credit note for invoice {original}: {reason}"),
            None => format!("Credit note for invoice {original}"),
        })
    }
}

/// How long an invoice due on `due` is unpaid on `as_of`, in words: `unpaid 10 days
/// after its due date 2026-11-15` (SPEC 12.4: the days, not a threshold).
pub fn unpaid_since(due: NaiveDate, as_of: NaiveDate) -> String {
    let days = (as_of - due).num_days();
    let unit = if days == 1 { "day" } else { "days" };
    format!("unpaid {days} {unit} after its due date {due}")
}

/// Where an invoice stands on a day (SPEC 12.3): `outstanding = total - credited -
/// paid`, with `credited` what its credit notes take off it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub credited: Money,
    pub paid: Money,
    pub outstanding: Money,
    pub status: InvoiceStatus,
}

impl Standing {
    /// Whether it asks the client for money (open or overdue): what blocks new work
    /// and is dunned.
    pub fn unpaid(&self) -> bool {
        matches!(self.status, InvoiceStatus::Open | InvoiceStatus::Overdue)
    }
}

/// Finds the invoice that a line, a payment or a credit note refers to: by the
/// invoice's row id, which a renumbering never changes; by number for rows recorded
/// without an id (or an invoice row typed without one). Of two invoices with one
/// number (a merge leftover), a row without an id goes with the first.
pub struct InvoiceFinder<'a> {
    invoices: &'a [Invoice],
    by_id: FxHashMap<&'a str, usize>,
    by_number: FxHashMap<&'a str, usize>,
}

impl<'a> InvoiceFinder<'a> {
    pub fn new(invoices: &'a [Invoice]) -> Self {
        let mut by_id = FxHashMap::default();
        let mut by_number = FxHashMap::default();
        for (n, invoice) in invoices.iter().enumerate() {
            if !invoice.id.is_empty() {
                by_id.entry(invoice.id.as_str()).or_insert(n);
            }
            by_number.entry(invoice.number.as_str()).or_insert(n);
        }
        InvoiceFinder { invoices, by_id, by_number }
    }

    /// The index of the invoice with row id `id`, else (when `id` is empty or the
    /// invoice has no id) with `number`.
    pub fn find(&self, id: &str, number: &str) -> Option<usize> {
        if let Some(&n) = self.by_id.get(id).filter(|_| !id.is_empty()) {
            return Some(n);
        }
        self.by_number
            .get(number)
            .copied()
            .filter(|&n| id.is_empty() || self.invoices[n].id.is_empty())
    }

    /// The index of the invoice a credit note credits.
    pub fn credited_by(&self, note: &Invoice) -> Option<usize> {
        let number = note.credits.as_deref()?;
        self.find(note.credits_id.as_deref().unwrap_or_default(), number)
    }
}

/// What the credit notes dated up to `as_of` take off each invoice, in the order of
/// `invoices`.
pub fn credited(invoices: &[Invoice], as_of: NaiveDate) -> Vec<Decimal> {
    let finder = InvoiceFinder::new(invoices);
    let mut credited = vec![Decimal::ZERO; invoices.len()];
    for note in invoices.iter().filter(|i| i.date <= as_of) {
        if let Some(original) = finder.credited_by(note) {
            credited[original] -= note.totals.total.0;
        }
    }
    credited
}

/// What the payments dated up to `as_of` pay of each invoice, in the order of
/// `invoices` (payments of unknown invoices count nowhere).
pub fn paid(invoices: &[Invoice], payments: &[Payment], as_of: NaiveDate) -> Vec<Decimal> {
    let finder = InvoiceFinder::new(invoices);
    let mut paid = vec![Decimal::ZERO; invoices.len()];
    for p in payments.iter().filter(|p| p.date <= as_of) {
        if let Some(n) = finder.find(&p.invoice_id, &p.invoice) {
            paid[n] += p.amount.0;
        }
    }
    paid
}

/// Which of `invoices` are credited in full (void), or credit notes of a void one:
/// their lines do not count as billed and they never overlap (SPEC 12.3, 12.9). By
/// index, so that two invoices with one number (a merge leftover) are told apart.
pub fn void_invoices(invoices: &[Invoice]) -> Vec<bool> {
    let credited = credited(invoices, NaiveDate::MAX);
    let mut void: Vec<bool> = invoices
        .iter()
        .zip(&credited)
        .map(|(i, credited)| credited_in_full(i.totals.total.0, *credited))
        .collect();
    let finder = InvoiceFinder::new(invoices);
    for (n, note) in invoices.iter().enumerate() {
        if finder.credited_by(note).is_some_and(|o| void[o]) {
            void[n] = true;
        }
    }
    void
}

/// Whether an invoice of `total` is void: credit notes credit all of it (SPEC 12.9).
/// An invoice of 0.00 is never void: there is nothing to credit.
fn credited_in_full(total: rust_decimal::Decimal, credited: rust_decimal::Decimal) -> bool {
    !total.is_zero() && credited == total
}

/// Where each of `invoices` stands at the end of `as_of`, counting the credit notes
/// and payments dated up to then: a credit note that credits an invoice is `applied`
/// (outstanding 0); otherwise, first match, `refund_due` (outstanding negative),
/// `void` (credited in full), `paid` (outstanding 0), `overdue` (after its due date)
/// or `open`.
pub fn standings(invoices: &[Invoice], payments: &[Payment], as_of: NaiveDate) -> Vec<Standing> {
    let credited = credited(invoices, as_of);
    let paid = paid(invoices, payments, as_of);
    invoices
        .iter()
        .zip(credited.into_iter().zip(paid))
        .map(|(invoice, (credited, paid))| {
            let (credited, paid) = (Money(credited), Money(paid));
            let total = invoice.totals.total.0;
            if invoice.credits.is_some() {
                let status = InvoiceStatus::Applied;
                return Standing { credited, paid, outstanding: Money::default(), status };
            }
            let outstanding = Money(total - credited.0 - paid.0);
            let status = if outstanding.0.is_sign_negative() && !outstanding.0.is_zero() {
                InvoiceStatus::RefundDue
            } else if credited_in_full(total, credited.0) {
                InvoiceStatus::Void
            } else if outstanding.0.is_zero() {
                InvoiceStatus::Paid
            } else if as_of > invoice.due {
                InvoiceStatus::Overdue
            } else {
                InvoiceStatus::Open
            };
            Standing { credited, paid, outstanding, status }
        })
        .collect()
}

/// A recorded invoice line, with the invoice it belongs to.
#[derive(Debug, Clone)]
pub struct StoredLine {
    pub id: String,
    /// The id of the invoice's row (empty in lines recorded before lines had it: then
    /// the number ties them).
    pub invoice_id: String,
    /// The invoice's number.
    pub invoice: String,
    pub position: u32,
    /// Its line in `invoice-lines.csv`.
    pub file_line: u32,
    pub line: InvoiceLine,
}

impl StoredLine {
    /// Whether this line belongs to `invoice`: by the invoice's id, else by number.
    pub fn belongs_to(&self, invoice: &Invoice) -> bool {
        if self.invoice_id.is_empty() || invoice.id.is_empty() {
            self.invoice == invoice.number
        } else {
            self.invoice_id == invoice.id
        }
    }
}

/// A payment against an invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    pub id: String,
    pub line: u32,
    pub date: NaiveDate,
    /// The id of the invoice's row (empty in payments recorded before payments had
    /// it: then the number ties them), so a payment follows a renumbered invoice.
    pub invoice_id: String,
    pub invoice: String,
    pub amount: Money,
    pub note: String,
}

/// An invoice's status (SPEC 10, 12.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvoiceStatus {
    Open,
    Paid,
    Overdue,
    /// More was paid or credited than it asks: the client is owed a refund.
    RefundDue,
    /// Credited in full by credit notes.
    Void,
    /// A credit note, applied to the invoice it credits.
    Applied,
}

impl InvoiceStatus {
    pub const NAMES: &'static [&'static str] =
        &["open", "paid", "overdue", "refund_due", "void", "applied"];

    pub fn as_str(self) -> &'static str {
        match self {
            InvoiceStatus::Open => "open",
            InvoiceStatus::Paid => "paid",
            InvoiceStatus::Overdue => "overdue",
            InvoiceStatus::RefundDue => "refund_due",
            InvoiceStatus::Void => "void",
            InvoiceStatus::Applied => "applied",
        }
    }
}

/// The next number in the sequence of `prefix` and the invoice date's year, e.g.
/// `INV-2026-0007` after `INV-2026-0006`.
pub fn next_number<'a>(
    prefix: &str,
    date: NaiveDate,
    existing: impl Iterator<Item = &'a str>,
) -> String {
    let year_prefix = format!("{prefix}{:04}-", date.year());
    let last = existing
        .filter_map(|n| n.strip_prefix(&year_prefix))
        .filter_map(|seq| seq.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("{year_prefix}{:04}", last + 1)
}

/// One invoice that `invoice renumber` gives a new number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renumbered {
    /// Its index in the invoices.
    pub invoice: usize,
    pub old: String,
    pub new: String,
}

/// Every later-issued invoice of a number that two invoices share (two clones each
/// issued it; SPEC 12.1) with the next free number of the same sequence. The first
/// issued keeps its number: by date, then `created` (a row recorded before `created`
/// was kept counts as earlier), then row id.
pub fn renumbering(invoices: &[Invoice]) -> Vec<Renumbered> {
    let mut by_number: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (n, invoice) in invoices.iter().enumerate() {
        by_number.entry(invoice.number.as_str()).or_default().push(n);
    }
    let mut taken: std::collections::BTreeSet<String> =
        by_number.keys().map(|n| n.to_string()).collect();
    let mut later: Vec<usize> = Vec::new();
    for group in by_number.values_mut().filter(|g| g.len() > 1) {
        group.sort_by(|&a, &b| invoices[a].issue_order().cmp(&invoices[b].issue_order()));
        later.extend(&group[1..]);
    }
    // In the order they were issued, so that numbers follow it.
    later.sort_by(|&a, &b| invoices[a].issue_order().cmp(&invoices[b].issue_order()));
    later
        .into_iter()
        .map(|n| {
            let old = invoices[n].number.clone();
            let new = next_free(&old, &taken);
            taken.insert(new.clone());
            Renumbered { invoice: n, old, new }
        })
        .collect()
}

/// The next number after the highest of `number`'s sequence in `taken`:
/// `INV-2026-0012` for `INV-2026-0010` when `INV-2026-0011` is taken. A number not
/// ending in digits gets `-2`, `-3`, ...
fn next_free(number: &str, taken: &std::collections::BTreeSet<String>) -> String {
    let digits = number.len() - number.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return (2..)
            .map(|n| format!("{number}-{n}"))
            .find(|n| !taken.contains(n))
            .unwrap_or_default();
    }
    let prefix = &number[..number.len() - digits];
    let last = taken
        .iter()
        .filter_map(|n| n.strip_prefix(prefix))
        .filter(|seq| !seq.is_empty() && seq.bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|seq| seq.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{:0digits$}", last + 1)
}

/// The names the ledger gives the invoice files, for diagnostics.
#[derive(Debug, Clone, Copy)]
pub struct InvoiceFiles<'a> {
    pub invoices: &'a str,
    pub lines: &'a str,
    pub payments: &'a str,
}

/// The invoices' consistency (SPEC 9 and 10): known clients and payers, one invoice
/// per number, no two invoices of a client over the same days, lines that add up to
/// their invoice's subtotal, payments of known invoices within their totals.
pub fn check_invoices(
    invoices: &[Invoice],
    lines: &[(u32, StoredLine)],
    payments: &[Payment],
    known_client: &dyn Fn(&str) -> bool,
    files: InvoiceFiles<'_>,
) -> Vec<Diagnostic> {
    let InvoiceFiles { invoices: invoices_file, payments: payments_file, .. } = files;
    let mut found = Vec::new();
    let void = void_invoices(invoices);
    let mut by_number: FxHashMap<&str, &Invoice> = FxHashMap::default();
    for (i, invoice) in invoices.iter().enumerate() {
        let error = |code, message: String| {
            Diagnostic::error(invoices_file, Some(invoice.line), code, message)
        };
        if !known_client(&invoice.client) {
            found
                .push(error(Code::UnknownClient, format!("unknown client \"{}\"", invoice.client)));
        }
        if !invoice.payer.is_empty() && !known_client(&invoice.payer) {
            found.push(error(Code::UnknownClient, format!("unknown payer \"{}\"", invoice.payer)));
        }
        match by_number.get(invoice.number.as_str()) {
            Some(first) => {
                let parties = [&invoice.client, &invoice.payer, &first.client, &first.payer];
                found.push(
                    error(
                        Code::DuplicateNumber,
                        format!(
                            "duplicate invoice number {} (also at {invoices_file}:{}): two clones each issued one; `hourbank invoice renumber` gives the later one the next free number",
                            invoice.number, first.line
                        ),
                    )
                    .concerning(parties.into_iter().filter(|c| !c.is_empty()).map(|c| c.as_str())),
                )
            }
            None => {
                by_number.insert(&invoice.number, invoice);
            }
        }
        for (e, earlier) in invoices[..i].iter().enumerate() {
            // A voided invoice never overlaps (SPEC 12.1).
            // Only period invoices overlap: never a lot invoice or a credit note.
            if earlier.client == invoice.client
                && invoice.scope == Scope::Period
                && earlier.overlaps(invoice.from, invoice.to)
                && !void[e]
                && !void[i]
            {
                found.push(
                    error(
                        Code::InvoiceOverlap,
                        format!(
                            "invoice {} ({} to {}) overlaps invoice {} ({} to {}) of client {}: the same work would be billed twice; void the later one with `hourbank invoice credit {} --all`",
                            invoice.number, invoice.from, invoice.to, earlier.number, earlier.from, earlier.to, invoice.client, later(earlier, invoice).number
                        ),
                    )
                    .concerning([invoice.client.as_str()]),
                );
            }
        }
    }
    found.extend(check_invoice_lines(invoices, lines, files));
    found.extend(check_payments(invoices, payments, payments_file));
    found
}

/// Payments of known invoices within their totals, and refunds that leave an
/// invoice asking for money again (SPEC 12.3).
fn check_payments(
    invoices: &[Invoice],
    payments: &[Payment],
    payments_file: &str,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let finder = InvoiceFinder::new(invoices);
    let mut paid = vec![Decimal::ZERO; invoices.len()];
    for payment in payments {
        let Some(n) = finder.find(&payment.invoice_id, &payment.invoice) else {
            found.push(Diagnostic::error(
                payments_file,
                Some(payment.line),
                Code::UnknownInvoice,
                format!("payment of unknown invoice \"{}\"", payment.invoice),
            ));
            continue;
        };
        let invoice = &invoices[n];
        paid[n] += payment.amount.0;
        let (sum, total) = (paid[n], invoice.totals.total.0);
        let beyond = if total.is_sign_negative() {
            sum < total || sum.is_sign_positive() && !sum.is_zero()
        } else {
            sum > total || sum.is_sign_negative()
        };
        if beyond {
            found.push(Diagnostic::error(
                payments_file,
                Some(payment.line),
                Code::Overpaid,
                format!(
                    "payments of invoice {} add up to {}, beyond its total {} (or refunded beyond what was paid)",
                    invoice.number,
                    Money(sum),
                    invoice.totals.total
                ),
            ));
        }
    }
    // A refund that leaves an invoice asking for money again re-opens it (SPEC 12.3):
    // a refund is only what is due back, after a credit note.
    let credited = credited(invoices, NaiveDate::MAX);
    for payment in payments.iter().filter(|p| p.amount.0.is_sign_negative()) {
        let Some(n) = finder.find(&payment.invoice_id, &payment.invoice) else { continue };
        let invoice = &invoices[n];
        if invoice.is_credit_note() {
            continue;
        }
        let outstanding = invoice.totals.total.0 - credited[n] - paid[n];
        if outstanding > Decimal::ZERO && !outstanding.is_zero() {
            found.push(Diagnostic::warning(
                payments_file,
                Some(payment.line),
                Code::Overpaid,
                format!(
                    "a refund on invoice {} re-opens it ({} outstanding): the client would be dunned for it; issue a credit note first (`hourbank invoice credit {} --amount A --reason ...`)",
                    invoice.number,
                    Money(outstanding),
                    invoice.number
                ),
            ));
        }
    }
    found
}

/// Of two invoices, the one issued later: by date, then `created`, then row id (the
/// order `invoice renumber` follows).
fn later<'a>(a: &'a Invoice, b: &'a Invoice) -> &'a Invoice {
    if b.issue_order() >= a.issue_order() { b } else { a }
}

/// Lines belong to a recorded invoice, and each invoice's lines add up to its
/// subtotal. A line of an invoice that was never recorded (an `invoice` run killed
/// between its two appends: lines are written first) is ignored with a warning.
fn check_invoice_lines(
    invoices: &[Invoice],
    lines: &[(u32, StoredLine)],
    files: InvoiceFiles<'_>,
) -> Vec<Diagnostic> {
    let InvoiceFiles { invoices: invoices_file, lines: lines_file, .. } = files;
    let mut found = Vec::new();
    let finder = InvoiceFinder::new(invoices);
    let mut sums = vec![rust_decimal::Decimal::ZERO; invoices.len()];
    for (line, stored) in lines {
        match finder.find(&stored.invoice_id, &stored.invoice) {
            Some(n) => sums[n] += stored.line.amount.0,
            None => found.push(Diagnostic::warning(
                lines_file,
                Some(*line),
                Code::UnknownInvoice,
                format!(
                    "line of invoice \"{}\"{}, which was never recorded (an interrupted `invoice`); it is ignored: delete the line",
                    stored.invoice,
                    if stored.invoice_id.is_empty() { String::new() } else { format!(" (id {})", stored.invoice_id) }
                ),
            )),
        }
    }
    for (invoice, sum) in invoices.iter().zip(sums) {
        if sum != invoice.totals.subtotal.0 {
            found.push(Diagnostic::error(
                invoices_file,
                Some(invoice.line),
                Code::InvoiceLines,
                format!(
                    "the lines of invoice {} add up to {}, not to its subtotal {}: a line is missing or doubled in {lines_file}",
                    invoice.number,
                    Money::cents(sum),
                    invoice.totals.subtotal
                ),
            ));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::parse_date;

    fn line(amount: &str) -> InvoiceLine {
        InvoiceLine {
            key: LineKey::default(),
            description: String::new(),
            hours: None,
            rate: None,
            amount: Money::parse(amount).unwrap(),
        }
    }

    #[test]
    fn totals_round_discount_and_tax_once() {
        let t = Totals::of(
            &[line("100.05"), line("0.10")],
            Some(Decimal::from(10)),
            Some(Decimal::from(21)),
        );
        assert_eq!(t.subtotal.to_string(), "100.15");
        // 10.015 -> 10.02 (half away from zero)
        assert_eq!(t.discount.to_string(), "10.02");
        // 21 % of 90.13 = 18.9273 -> 18.93
        assert_eq!(t.tax.to_string(), "18.93");
        assert_eq!(t.total.to_string(), "109.06");
    }

    #[test]
    fn numbers_follow_the_year_sequence() {
        let d = parse_date("2026-03-01").unwrap();
        let existing = ["INV-2026-0006", "INV-2025-0099", "X-2026-0100", "INV-2026-0002"];
        assert_eq!(next_number("INV-", d, existing.into_iter()), "INV-2026-0007");
        assert_eq!(next_number("INV-", d, std::iter::empty()), "INV-2026-0001");
    }
}
