//! Invoices and payments: lines, totals with discount and tax, numbering, overlaps,
//! what is paid and outstanding. Pure: the store reads and writes the rows.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::duration::Minutes;
use super::money::Money;

/// One line of an invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceLine {
    pub description: String,
    pub hours: Option<Minutes>,
    pub rate: Option<Money>,
    pub amount: Money,
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
        Totals {
            subtotal,
            discount,
            tax,
            total: Money::cents(subtotal.0 - discount.0 + tax.0),
        }
    }
}

/// Who an invoice names: the client it bills for, or the payer it goes to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Party {
    pub id: String,
    pub name: String,
    pub address: Option<String>,
    pub email: Option<String>,
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
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub currency: String,
    pub lines: Vec<InvoiceLine>,
    pub totals: Totals,
    pub company_name: Option<String>,
    pub company_address: Option<String>,
}

impl InvoiceDoc {
    /// The hours billed by the lines that bill hours.
    pub fn hours(&self) -> Minutes {
        Minutes(self.lines.iter().filter_map(|l| l.hours).map(|h| h.0).sum())
    }
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
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub currency: String,
    pub hours: Minutes,
    pub totals: Totals,
}

impl Invoice {
    pub fn overlaps(&self, from: NaiveDate, to: NaiveDate) -> bool {
        self.from <= to && from <= self.to
    }
}

/// A payment against an invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    pub id: String,
    pub line: u32,
    pub date: NaiveDate,
    pub invoice: String,
    pub amount: Money,
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvoiceStatus {
    Open,
    Paid,
    Overdue,
}

impl InvoiceStatus {
    pub fn of(total: Money, paid: Money, due: NaiveDate, today: NaiveDate) -> InvoiceStatus {
        if paid.0 >= total.0 {
            InvoiceStatus::Paid
        } else if today > due {
            InvoiceStatus::Overdue
        } else {
            InvoiceStatus::Open
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            InvoiceStatus::Open => "open",
            InvoiceStatus::Paid => "paid",
            InvoiceStatus::Overdue => "overdue",
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::parse_date;

    fn line(amount: &str) -> InvoiceLine {
        InvoiceLine {
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
        let existing = [
            "INV-2026-0006",
            "INV-2025-0099",
            "X-2026-0100",
            "INV-2026-0002",
        ];
        assert_eq!(
            next_number("INV-", d, existing.into_iter()),
            "INV-2026-0007"
        );
        assert_eq!(next_number("INV-", d, std::iter::empty()), "INV-2026-0001");
    }
}
