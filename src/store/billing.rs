//! Loading invoices, their lines and payments, and checking them against each other:
//! duplicate numbers (two branches that each issued one), overlapping periods, lines
//! and payments of unknown invoices, payments above the total.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rustc_hash::{FxHashMap, FxHashSet};

use super::csvio::{CsvFile, read_csv};
use super::ids::IdSet;
use super::layout::*;
use super::rows::optional;
use super::write::{Append, new_row_id};
use crate::domain::check::{Code, Diagnostic};
use crate::domain::client::Company;
use crate::domain::date::parse_date;
use crate::domain::duration::Minutes;
use crate::domain::id::IdKind;
use crate::domain::invoice::{
    Invoice, InvoiceFiles, InvoiceFinder, InvoiceLine, LineKey, LineKind, Party, Payment,
    PriceSource, Scope, StoredLine, Totals, check_invoices, key_of_old_line,
};
use crate::domain::invoice::{InvoiceDoc, RowBilled};
use crate::domain::ledger::{FileMeta, Ledger};
use crate::domain::money::Money;
use crate::error::Error;

/// An amount of an invoice or payment: negative for a credit note and its refund.
fn money(field: &str, text: &str) -> Result<Money, String> {
    Money::parse(text).map_err(|e| format!("{field}: {e}"))
}

/// A line's hours as recorded: the printed quantity (`1.17`, two decimals: the whole
/// minutes it was rounded from are the nearest, exactly) or, in lines written before,
/// `H:MM`.
pub(crate) fn printed_hours(text: &str) -> Result<Minutes, String> {
    if text.contains(':') {
        return Minutes::parse(text).map_err(|e| format!("hours: {e}"));
    }
    let hours = rust_decimal::Decimal::from_str_exact(text)
        .ok()
        .filter(|h| h.scale() <= 2)
        .ok_or_else(|| format!("hours \"{text}\": use hours with up to two decimals, like 1.25"))?;
    let minutes = (hours * rust_decimal::Decimal::from(60))
        .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    i64::try_from(minutes).map(Minutes).map_err(|_| format!("hours \"{text}\": too large"))
}

/// The seller and bill-to details an invoice recorded at issue, when it has them.
fn parties(f: &super::csvio::Fields<'_>) -> Option<(Company, Party)> {
    let text = |i: usize| Some(f.text(i).to_string()).filter(|t| !t.is_empty());
    let seller = Company {
        name: text(invoice::SELLER_NAME),
        address: text(invoice::SELLER_ADDRESS),
        email: text(invoice::SELLER_EMAIL),
        phone: text(invoice::SELLER_PHONE),
        vat_id: text(invoice::SELLER_VAT_ID),
        bank: text(invoice::SELLER_BANK),
        payment_terms: text(invoice::PAYMENT_TERMS),
        footer: text(invoice::FOOTER),
        logo: None,
        country: text(invoice::SELLER_COUNTRY),
        street: text(invoice::SELLER_STREET),
        postcode: text(invoice::SELLER_POSTCODE),
        city: text(invoice::SELLER_CITY),
        registration_id: text(invoice::SELLER_REGISTRATION_ID),
        contact: text(invoice::SELLER_CONTACT),
        iban: text(invoice::SELLER_IBAN),
        bic: text(invoice::SELLER_BIC),
        peppol_id: text(invoice::SELLER_PEPPOL_ID),
    };
    let buyer = Party {
        id: String::new(),
        name: f.text(invoice::BILL_TO_NAME).to_string(),
        address: text(invoice::BILL_TO_ADDRESS),
        email: None,
        vat_id: text(invoice::BILL_TO_VAT_ID),
        country: text(invoice::BILL_TO_COUNTRY),
        street: text(invoice::BILL_TO_STREET),
        postcode: text(invoice::BILL_TO_POSTCODE),
        city: text(invoice::BILL_TO_CITY),
        peppol_id: text(invoice::BILL_TO_PEPPOL_ID),
    };
    (!buyer.name.is_empty()).then_some((seller, buyer))
}

fn opt_money(field: &str, text: &str) -> Result<Money, String> {
    Ok(optional(text, |t| money(field, t))?.unwrap_or_default())
}

/// The rows of invoices.csv.
fn read_invoices(
    dir: &std::path::Path,
    diagnostics: &mut Vec<Diagnostic>,
    ids: &mut IdSet,
) -> (Vec<Invoice>, super::csvio::FileMeta) {
    let mut invoices = Vec::new();
    let meta = read_csv(
        &CsvFile {
            path: &dir.join(INVOICES),
            label: INVOICES,
            wanted: INVOICE_COLUMNS,
            required: INVOICE_REQUIRED,
        },
        diagnostics,
        |line, f| {
            let date = parse_date(f.text(invoice::DATE)).map_err(|e| e.to_string())?;
            let scope_text = f.text(invoice::SCOPE);
            let scope = Scope::parse(scope_text)
                .ok_or_else(|| format!("scope \"{scope_text}\": use period or corrections"))?;
            // A corrections-only invoice has no period: it stands at its date.
            let (from, to) = match (scope, f.text(invoice::FROM), f.text(invoice::TO)) {
                (Scope::Corrections, "", "") => (date, date),
                (_, from, to) => (
                    parse_date(from).map_err(|e| format!("from: {e}"))?,
                    parse_date(to).map_err(|e| format!("to: {e}"))?,
                ),
            };
            if from > to {
                return Err(format!("the period ends ({to}) before it starts ({from})"));
            }
            let due =
                optional(f.text(invoice::DUE), |t| parse_date(t).map_err(|e| format!("due: {e}")))?
                    .unwrap_or(date);
            let number = f.text(invoice::NUMBER);
            if number.is_empty() {
                return Err("the invoice has no number".into());
            }
            ids.insert(f.text(invoice::ID));
            invoices.push(Invoice {
                id: f.text(invoice::ID).to_string(),
                line,
                number: number.to_string(),
                date,
                due,
                client: f.text(invoice::CLIENT).to_string(),
                payer: f.text(invoice::PAYER).to_string(),
                from,
                to,
                currency: f.text(invoice::CURRENCY).to_string(),
                hours: optional(f.text(invoice::HOURS), |t| {
                    Minutes::parse(t).map_err(|e| format!("hours: {e}"))
                })?
                .unwrap_or_default(),
                totals: Totals {
                    subtotal: opt_money("subtotal", f.text(invoice::SUBTOTAL))?,
                    discount: opt_money("discount", f.text(invoice::DISCOUNT))?,
                    tax: opt_money("tax", f.text(invoice::TAX))?,
                    total: money("total", f.text(invoice::TOTAL))?,
                },
                scope,
                discount_percent: optional(f.text(invoice::DISCOUNT_PERCENT), |t| {
                    Decimal::from_str_exact(t)
                        .map_err(|_| format!("discount_percent \"{t}\": not a number"))
                })?,
                tax_percent: optional(f.text(invoice::TAX_PERCENT), |t| {
                    Decimal::from_str_exact(t)
                        .map_err(|_| format!("tax_percent \"{t}\": not a number"))
                })?,
                parties: parties(f),
                tax_category: Some(f.text(invoice::TAX_CATEGORY).to_string())
                    .filter(|t| !t.is_empty()),
                tax_exemption: Some(f.text(invoice::TAX_EXEMPTION).to_string())
                    .filter(|t| !t.is_empty()),
                credits: Some(f.text(invoice::CREDITS).to_string()).filter(|t| !t.is_empty()),
                credits_id: Some(f.text(invoice::CREDITS_ID).to_string()).filter(|t| !t.is_empty()),
                reason: Some(f.text(invoice::REASON).to_string()).filter(|t| !t.is_empty()),
                created: optional(f.text(invoice::CREATED), |t| {
                    chrono::NaiveDateTime::parse_from_str(t, CREATED_FORMAT).map_err(|_| {
                        format!("created \"{t}\": not a local date-time like 2026-02-01T09:30:00")
                    })
                })?,
                sent: optional(f.text(invoice::SENT), |t| {
                    parse_date(t).map_err(|e| format!("sent: {e}"))
                })?,
                sent_to: f.text(invoice::SENT_TO).to_string(),
                buyer_reference: Some(f.text(invoice::BUYER_REFERENCE).to_string())
                    .filter(|t| !t.is_empty()),
            });
            Ok(())
        },
    );
    (invoices, meta)
}

/// The rows of invoice-lines.csv, with their line in the file.
fn read_lines(
    dir: &std::path::Path,
    diagnostics: &mut Vec<Diagnostic>,
    ids: &mut IdSet,
) -> (Vec<(u32, StoredLine)>, super::csvio::FileMeta) {
    let mut lines = Vec::new();
    let meta = read_csv(
        &CsvFile {
            path: &dir.join(INVOICE_LINES),
            label: INVOICE_LINES,
            wanted: INVOICE_LINE_COLUMNS,
            required: INVOICE_LINE_REQUIRED,
        },
        diagnostics,
        |line, f| {
            let position = optional(f.text(invoice_line::LINE), |t| {
                t.parse::<u32>().map_err(|_| format!("line \"{t}\": not a number"))
            })?;
            let kind = optional(f.text(invoice_line::KIND), |t| {
                LineKind::parse(t)
                    .ok_or_else(|| format!("kind \"{t}\": use block, fee, overage or work"))
            })?;
            let price =
                PriceSource::parse(f.text(invoice_line::PRICE_SOURCE)).ok_or_else(|| {
                    format!(
                        "price_source \"{}\": use rate or hierarchy",
                        f.text(invoice_line::PRICE_SOURCE)
                    )
                })?;
            let key = LineKey {
                kind,
                period: f.text(invoice_line::PERIOD).to_string(),
                lot: f.text(invoice_line::LOT).to_string(),
                service: f.text(invoice_line::SERVICE).to_string(),
                price,
            };
            let stored = StoredLine {
                id: f.text(invoice_line::ID).to_string(),
                invoice_id: f.text(invoice_line::INVOICE_ID).to_string(),
                invoice: f.text(invoice_line::INVOICE).to_string(),
                position: position.unwrap_or(lines.len() as u32 + 1),
                file_line: line,
                line: InvoiceLine {
                    key,
                    description: f.text(invoice_line::DESCRIPTION).to_string(),
                    hours: optional(f.text(invoice_line::HOURS), printed_hours)?,
                    rate: optional(f.text(invoice_line::RATE), |t| money("rate", t))?,
                    amount: Money::parse(f.text(invoice_line::AMOUNT))
                        .map_err(|e| format!("amount: {e}"))?,
                },
            };
            ids.insert(&stored.id);
            lines.push((line, stored));
            Ok(())
        },
    );
    (lines, meta)
}

/// The rows of payments.csv.
fn read_payments(
    dir: &std::path::Path,
    diagnostics: &mut Vec<Diagnostic>,
    ids: &mut IdSet,
) -> (Vec<Payment>, super::csvio::FileMeta) {
    let mut payments = Vec::new();
    let meta = read_csv(
        &CsvFile {
            path: &dir.join(PAYMENTS),
            label: PAYMENTS,
            wanted: PAYMENT_COLUMNS,
            required: PAYMENT_REQUIRED,
        },
        diagnostics,
        |line, f| {
            let amount = money("amount", f.text(payment::AMOUNT))?;
            if amount.0.is_zero() {
                return Err("amount: a payment must be more than 0.00".into());
            }
            ids.insert(f.text(payment::ID));
            payments.push(Payment {
                id: f.text(payment::ID).to_string(),
                line,
                date: parse_date(f.text(payment::DATE)).map_err(|e| e.to_string())?,
                invoice_id: f.text(payment::INVOICE_ID).to_string(),
                invoice: f.text(payment::INVOICE).to_string(),
                amount,
                note: f.text(payment::NOTE).to_string(),
            });
            Ok(())
        },
    );
    (payments, meta)
}

fn read_rows_billed(
    dir: &std::path::Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<RowBilled>, super::csvio::FileMeta) {
    let mut rows = Vec::new();
    let meta = read_csv(
        &CsvFile {
            path: &dir.join(INVOICE_ROWS),
            label: INVOICE_ROWS,
            wanted: INVOICE_ROW_COLUMNS,
            required: INVOICE_ROW_REQUIRED,
        },
        diagnostics,
        |_, f| {
            rows.push(RowBilled {
                invoice_id: f.text(invoice_row::INVOICE_ID).to_string(),
                row: f.text(invoice_row::ROW).to_string(),
                charged: printed_hours(f.text(invoice_row::CHARGED))
                    .map_err(|e| format!("charged: {e}"))?,
                amount: money("amount", f.text(invoice_row::AMOUNT))?,
            });
            Ok(())
        },
    );
    (rows, meta)
}

pub(super) fn load_billing(ledger: &mut Ledger, ids: &mut IdSet) {
    let mut diagnostics = std::mem::take(&mut ledger.diagnostics);
    let (invoices, meta) = read_invoices(&ledger.dir, &mut diagnostics, ids);
    ledger.files.insert(INVOICES, meta);
    let (mut lines, meta) = read_lines(&ledger.dir, &mut diagnostics, ids);
    ledger.files.insert(INVOICE_LINES, meta);
    let (payments, meta) = read_payments(&ledger.dir, &mut diagnostics, ids);
    ledger.files.insert(PAYMENTS, meta);
    let (rows_billed, meta) = read_rows_billed(&ledger.dir, &mut diagnostics);
    ledger.files.insert(INVOICE_ROWS, meta);
    ledger.rows_billed = rows_billed;
    ledger.diagnostics = diagnostics;
    let known = |id: &str| ledger.client_ix(id).is_some();
    let files = InvoiceFiles { invoices: INVOICES, lines: INVOICE_LINES, payments: PAYMENTS };
    let found = check_invoices(&invoices, &lines, &payments, &known, files);
    ledger.diagnostics.extend(found);
    for invoice in &invoices {
        for id in [&invoice.client, &invoice.payer] {
            if let Some(ix) = ledger.client_ix(id) {
                ledger.referenced[ix as usize] = true;
            }
        }
    }
    // Lines written before lines had keys get theirs from what the tool wrote.
    for (line_no, stored) in &mut lines {
        if stored.line.key.kind.is_some() {
            continue;
        }
        let Some(invoice) = invoices.iter().find(|i| stored.belongs_to(i)) else {
            continue;
        };
        match key_of_old_line(&stored.line.description, invoice.from, invoice.to) {
            Some(key) => stored.line.key = key,
            None => ledger.diagnostics.push(Diagnostic::error(
                INVOICE_LINES,
                Some(*line_no),
                Code::InvoiceLines,
                format!(
                    "cannot tell what the line \"{}\" of invoice {} billed: write its kind, period, lot and service",
                    stored.line.description, invoice.number
                ),
            )),
        }
    }
    ledger.invoices = invoices;
    ledger.invoice_lines = lines.into_iter().map(|(_, l)| l).collect();
    ledger.payments = payments;
}

/// Sets when each lot of a client credited on payment becomes usable (SPEC 10): the
/// day the first invoice billing it (by date, then line) was paid in full; pending
/// (`None`) until then. A refund later does not take the hours back.
pub(super) fn credit_on_payment(ledger: &mut Ledger) {
    let on_payment: Vec<bool> =
        ledger.clients.iter().map(|c| ledger.settings.credits_on_payment(c)).collect();
    if !on_payment.contains(&true) {
        return;
    }
    let finder = InvoiceFinder::new(&ledger.invoices);
    // The first invoice billing each lot that is not void (SPEC 12.3).
    let void = ledger.void_invoices();
    let mut first: FxHashMap<&str, usize> = FxHashMap::default();
    for stored in &ledger.invoice_lines {
        if stored.line.key.kind != Some(LineKind::Block) || stored.line.key.lot.is_empty() {
            continue;
        }
        let Some(invoice) = finder.find(&stored.invoice_id, &stored.invoice) else { continue };
        if void[invoice] {
            continue;
        }
        let order = |i: usize| (ledger.invoices[i].date, ledger.invoices[i].line);
        first
            .entry(stored.line.key.lot.as_str())
            .and_modify(|f| {
                if order(invoice) < order(*f) {
                    *f = invoice;
                }
            })
            .or_insert(invoice);
    }
    // A credit note counts like a payment of what it takes off (SPEC 12.3:
    // paid in full is outstanding <= 0).
    let mut payments: Vec<Vec<(NaiveDate, u32, Decimal)>> = vec![Vec::new(); ledger.invoices.len()];
    for p in &ledger.payments {
        if let Some(n) = finder.find(&p.invoice_id, &p.invoice) {
            payments[n].push((p.date, p.line, p.amount.0));
        }
    }
    for note in &ledger.invoices {
        if let Some(n) = finder.credited_by(note) {
            payments[n].push((note.date, note.line, -note.totals.total.0));
        }
    }
    let starts: Vec<Option<NaiveDate>> =
        (0..ledger.clients.len() as u32).map(|c| ledger.billing_start(c)).collect();
    let mut effective = Vec::with_capacity(ledger.purchases.len());
    let mut late = Vec::new();
    for p in &ledger.purchases {
        if !on_payment[p.client as usize] {
            effective.push((Some(p.date), None));
            continue;
        }
        let Some(&invoice) = first.get(p.reference().as_str()) else {
            // A lot from before the client's billing start is never billed: its
            // hours count from its date, as they did before.
            let unbillable = starts[p.client as usize].is_some_and(|s| p.date < s);
            effective.push((unbillable.then_some(p.date), None));
            continue;
        };
        let inv = &ledger.invoices[invoice];
        let paid_on = paid_in_full(inv, &payments[invoice]);
        if let (Some(paid), Some(expires)) = (paid_on, p.expires)
            && expires < paid
        {
            late.push(Diagnostic::warning(
                PURCHASES,
                Some(p.line),
                Code::ExpiresBeforeBought,
                format!(
                    "the lot expires ({expires}) before invoice {} was paid in full ({paid}): its hours were never usable",
                    inv.number
                ),
            ));
        }
        effective.push((paid_on, Some(invoice as u32)));
    }
    ledger.diagnostics.append(&mut late);
    for (p, (paid_on, invoice)) in ledger.purchases.iter_mut().zip(effective) {
        p.effective = paid_on;
        p.billing_invoice = invoice;
    }
}

/// The day `invoice` became paid in full by `payments` (its own), or its date when
/// it asks for nothing.
fn paid_in_full(invoice: &Invoice, payments: &[(NaiveDate, u32, Decimal)]) -> Option<NaiveDate> {
    let total = invoice.totals.total.0;
    if total <= Decimal::ZERO {
        return Some(invoice.date);
    }
    let mut payments = payments.to_vec();
    payments.sort_by_key(|&(date, line, _)| (date, line));
    let mut paid = Decimal::ZERO;
    for (date, _, amount) in payments {
        paid = paid.checked_add(amount)?;
        if paid >= total {
            return Some(date);
        }
    }
    None
}

/// The rows of `invoice-lines.csv` for the lines of `doc`, each with its own id and
/// its invoice's id and number.
fn line_rows(
    doc: &InvoiceDoc,
    invoice_id: &str,
    number: &str,
) -> Result<Vec<Vec<(usize, String)>>, Error> {
    doc.lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            Ok(vec![
                (invoice_line::ID, new_row_id(IdKind::InvoiceLine)?),
                (invoice_line::INVOICE_ID, invoice_id.to_string()),
                (invoice_line::INVOICE, number.to_string()),
                (invoice_line::LINE, (i + 1).to_string()),
                (
                    invoice_line::KIND,
                    l.key.kind.map(|k| k.as_str().to_string()).unwrap_or_default(),
                ),
                (invoice_line::PERIOD, l.key.period.clone()),
                (invoice_line::LOT, l.key.lot.clone()),
                (invoice_line::SERVICE, l.key.service.clone()),
                (invoice_line::DESCRIPTION, l.description.clone()),
                // The quantity as printed (SPEC 9); the whole minutes are the nearest.
                (invoice_line::HOURS, l.hours.map(|h| h.hours_text()).unwrap_or_default()),
                (invoice_line::RATE, l.rate.map(|r| r.to_string()).unwrap_or_default()),
                (invoice_line::AMOUNT, l.amount.to_string()),
                (invoice_line::UNIT, l.unit().to_string()),
                (
                    invoice_line::PRICE_SOURCE,
                    match l.key.kind {
                        Some(kind) if kind.has_price_source() => l.key.price.as_str().to_string(),
                        _ => String::new(),
                    },
                ),
            ])
        })
        .collect::<Result<Vec<_>, Error>>()
}

/// The row of `invoices.csv` for `doc`: its totals and what it printed, so that it
/// never changes (`--show`), and when it was issued.
fn invoice_fields(
    by: &str,
    doc: &InvoiceDoc,
    invoice_id: String,
    number: &str,
    credits_id: Option<&str>,
) -> Vec<(usize, String)> {
    let t = doc.totals;
    vec![
        (invoice::ID, invoice_id),
        (invoice::NUMBER, number.to_string()),
        (invoice::DATE, doc.date.to_string()),
        (invoice::DUE, doc.due.to_string()),
        (invoice::CLIENT, doc.client.id.clone()),
        (
            invoice::PAYER,
            if doc.bill_to.id == doc.client.id { String::new() } else { doc.bill_to.id.clone() },
        ),
        (invoice::FROM, doc.period.map(|p| p.0.to_string()).unwrap_or_default()),
        (invoice::TO, doc.period.map(|p| p.1.to_string()).unwrap_or_default()),
        (invoice::CURRENCY, doc.currency.clone()),
        (invoice::HOURS, doc.hours.hm()),
        (invoice::SUBTOTAL, t.subtotal.to_string()),
        (invoice::DISCOUNT, t.discount.to_string()),
        (invoice::TAX, t.tax.to_string()),
        (invoice::TOTAL, t.total.to_string()),
        (invoice::BY, by.to_string()),
        (
            invoice::SCOPE,
            if doc.scope == Scope::Period { String::new() } else { doc.scope.as_str().into() },
        ),
        // What the invoice printed, so that it never changes (`--show`).
        (
            invoice::DISCOUNT_PERCENT,
            doc.discount_percent.map(|d| d.to_string()).unwrap_or_default(),
        ),
        (invoice::TAX_PERCENT, doc.tax_percent.map(|d| d.to_string()).unwrap_or_default()),
        (invoice::SELLER_NAME, doc.seller.name.clone().unwrap_or_default()),
        (invoice::SELLER_ADDRESS, doc.seller.address.clone().unwrap_or_default()),
        (invoice::SELLER_EMAIL, doc.seller.email.clone().unwrap_or_default()),
        (invoice::SELLER_PHONE, doc.seller.phone.clone().unwrap_or_default()),
        (invoice::SELLER_VAT_ID, doc.seller.vat_id.clone().unwrap_or_default()),
        (invoice::SELLER_BANK, doc.seller.bank.clone().unwrap_or_default()),
        (invoice::PAYMENT_TERMS, doc.seller.payment_terms.clone().unwrap_or_default()),
        (invoice::FOOTER, doc.seller.footer.clone().unwrap_or_default()),
        (invoice::BILL_TO_NAME, doc.bill_to.name.clone()),
        (invoice::BILL_TO_ADDRESS, doc.bill_to.address.clone().unwrap_or_default()),
        (invoice::BILL_TO_VAT_ID, doc.bill_to.vat_id.clone().unwrap_or_default()),
        (invoice::SELLER_COUNTRY, doc.seller.country.clone().unwrap_or_default()),
        (invoice::BILL_TO_COUNTRY, doc.bill_to.country.clone().unwrap_or_default()),
        (invoice::TAX_CATEGORY, doc.tax_category.clone().unwrap_or_default()),
        (invoice::TAX_EXEMPTION, doc.tax_exemption.clone().unwrap_or_default()),
        (invoice::CREDITS, doc.credits.clone().unwrap_or_default()),
        (invoice::CREDITS_ID, credits_id.unwrap_or_default().to_string()),
        (invoice::REASON, doc.reason.clone().unwrap_or_default()),
        (invoice::CREATED, chrono::Local::now().format(CREATED_FORMAT).to_string()),
        (invoice::SELLER_STREET, doc.seller.street.clone().unwrap_or_default()),
        (invoice::SELLER_POSTCODE, doc.seller.postcode.clone().unwrap_or_default()),
        (invoice::SELLER_CITY, doc.seller.city.clone().unwrap_or_default()),
        (invoice::SELLER_REGISTRATION_ID, doc.seller.registration_id.clone().unwrap_or_default()),
        (invoice::SELLER_CONTACT, doc.seller.contact.clone().unwrap_or_default()),
        (invoice::SELLER_IBAN, doc.seller.iban.clone().unwrap_or_default()),
        (invoice::SELLER_BIC, doc.seller.bic.clone().unwrap_or_default()),
        (invoice::BILL_TO_STREET, doc.bill_to.street.clone().unwrap_or_default()),
        (invoice::BILL_TO_POSTCODE, doc.bill_to.postcode.clone().unwrap_or_default()),
        (invoice::BILL_TO_CITY, doc.bill_to.city.clone().unwrap_or_default()),
        (invoice::BUYER_REFERENCE, doc.buyer_reference.clone().unwrap_or_default()),
        (invoice::SELLER_PEPPOL_ID, doc.seller.peppol_id.clone().unwrap_or_default()),
        (invoice::BILL_TO_PEPPOL_ID, doc.bill_to.peppol_id.clone().unwrap_or_default()),
    ]
}

/// Appends the lines, then the invoice row: an interrupted write leaves at most lines
/// of an invoice never recorded, which carry its new id, so a retry (a new id) never
/// takes them over and `check` only warns of them.
/// Records an issued invoice: its row, its lines and the time rows it billed
/// (`billed`, SPEC 12.9), in one unit.
pub fn record_invoice(
    by: &str,
    ledger: &Ledger,
    doc: &InvoiceDoc,
    billed: &[RowBilled],
) -> Result<Recorded, Error> {
    record_invoices(by, ledger, &[(doc, billed)])
}

/// Where invoices were recorded: their lines in `invoices.csv`, in the order given,
/// and that file as it is now (to record their sending).
pub struct Recorded {
    pub lines: Vec<u32>,
    pub meta: FileMeta,
}

/// Records issued invoices (`invoice --all`): one append to each file for all of them.
pub fn record_invoices(
    by: &str,
    ledger: &Ledger,
    issued: &[(&InvoiceDoc, &[RowBilled])],
) -> Result<Recorded, Error> {
    let (mut invoices, mut lines, mut rows) = (Vec::new(), Vec::new(), Vec::new());
    for (doc, billed) in issued {
        // A credit note names the row of the invoice it credits, so that a renumbering
        // keeps the pair.
        let credits_id = doc
            .credits
            .as_deref()
            .and_then(|n| ledger.invoices.iter().find(|i| i.number == n))
            .map(|i| i.id.as_str());
        let number = doc.number.clone().unwrap_or_default();
        let invoice_id = new_row_id(IdKind::Invoice)?;
        lines.extend(line_rows(doc, &invoice_id, &number)?);
        for b in billed.iter() {
            rows.push(vec![
                (invoice_row::INVOICE_ID, invoice_id.clone()),
                (invoice_row::ROW, b.row.clone()),
                (invoice_row::CHARGED, b.charged.hm()),
                (invoice_row::AMOUNT, b.amount.to_string()),
            ]);
        }
        invoices.push(invoice_fields(by, doc, invoice_id, &number, credits_id));
    }
    let meta = |file| ledger.files.get(file).cloned().unwrap_or_default();
    let mut lines_meta = meta(INVOICE_LINES);
    let lines =
        Append::prepare(&ledger.dir, INVOICE_LINES, &lines_meta, INVOICE_LINE_COLUMNS, &lines)?;
    let mut invoices_meta = meta(INVOICES);
    let invoices =
        Append::prepare(&ledger.dir, INVOICES, &invoices_meta, INVOICE_COLUMNS, &invoices)?;
    if !rows.is_empty() {
        let mut rows_meta = meta(INVOICE_ROWS);
        Append::prepare(&ledger.dir, INVOICE_ROWS, &rows_meta, INVOICE_ROW_COLUMNS, &rows)?
            .write(&mut rows_meta)?;
    }
    lines.write(&mut lines_meta)?;
    let first = invoices_meta.next_row_line();
    invoices.write(&mut invoices_meta)?;
    let lines = (first..).take(issued.len()).collect();
    Ok(Recorded { lines, meta: invoices_meta })
}

/// Records that invoices were sent (SPEC 14): `sent` and `sent_to` of their lines in
/// `invoices.csv`, in one atomic rewrite.
pub fn record_sent(
    dir: &std::path::Path,
    meta: Option<&FileMeta>,
    sent: &[(u32, NaiveDate, String)],
) -> Result<(), Error> {
    let changes: Vec<[(usize, String); 2]> = sent
        .iter()
        .map(|(_, date, to)| [(invoice::SENT, date.to_string()), (invoice::SENT_TO, to.clone())])
        .collect();
    let edits: Vec<super::write::LineEdit<'_>> =
        sent.iter().zip(&changes).map(|((line, ..), c)| (*line, Some(&c[..]))).collect();
    super::write::rewrite_lines(dir, INVOICES, INVOICE_COLUMNS, meta, &edits)
}

/// The invoices (row id, number) that `bytes`, an `invoices.csv` as it once was, holds.
pub fn invoices_in(bytes: &[u8]) -> FxHashSet<(String, String)> {
    let text = String::from_utf8_lossy(bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut lines = text
        .lines()
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .filter(|l| !l.is_empty() && !l.starts_with('#'));
    let Some(header) = lines.next().and_then(|h| super::csvio::split_line(h).ok()) else {
        return FxHashSet::default();
    };
    let column = |name: &str| header.iter().position(|c| c == name);
    let names = (invoice::COLUMNS[invoice::ID], invoice::COLUMNS[invoice::NUMBER]);
    let (Some(id), Some(number)) = (column(names.0), column(names.1)) else {
        return FxHashSet::default();
    };
    lines
        .filter_map(|l| super::csvio::split_line(l).ok())
        .map(|f| {
            (f.get(id).cloned().unwrap_or_default(), f.get(number).cloned().unwrap_or_default())
        })
        .collect()
}

/// The row of `purchases.csv` that records `bought` for `client`, written by `by`.
pub fn purchase_row(
    bought: &crate::domain::invoice::BoughtHours,
    client: &str,
    by: &str,
) -> Vec<(usize, String)> {
    let text = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    vec![
        (purchase::ID, bought.reference.clone()),
        (purchase::DATE, bought.date.to_string()),
        (purchase::CLIENT, client.to_string()),
        (purchase::HOURS, bought.minutes.hm()),
        (purchase::PRICE, bought.price.map(|p| p.to_string()).unwrap_or_default()),
        (purchase::EXPIRES, text(bought.expires)),
        (purchase::PROJECT, bought.project.clone()),
        (purchase::NOTE, bought.note.clone()),
        (purchase::BY, by.to_string()),
        (purchase::VALID_MONTHS, bought.valid_months.map(|m| m.to_string()).unwrap_or_default()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printed_hours_give_back_the_whole_minutes_they_were_rounded_from() {
        for m in -6000..=6000 {
            let printed = Minutes(m).hours_text();
            assert_eq!(printed_hours(&printed), Ok(Minutes(m)), "{printed}");
        }
        assert_eq!(printed_hours("1:10"), Ok(Minutes(70)));
        assert!(printed_hours("1.171").is_err());
    }
}
