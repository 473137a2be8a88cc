//! Billing is complete (SPEC 9): every billable thing of a client has a key; what a
//! key should bill is computed from the ledger as it is now, what it billed from the
//! invoice lines recorded; an invoice bills its period's keys and, for earlier
//! periods, the difference as correction lines. Pure: the caller gathers the keys.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::bank::month_key;
use super::client::ClientType;
use super::duration::Minutes;
use super::invoice::{Billable, InvoiceLine, LineKey, LineKind, PriceSource};
use super::money::Money;
use super::rates::rate_for;

/// The identity of a billing key: kind, period (a month `YYYY-MM` or a lot's date),
/// lot, service, and for work and cancellations their price source (SPEC 12.2): the
/// rows' own rate (`Some`: a key per rate) or the hierarchy (`None`: one key, priced
/// by the hierarchy until billed, then at the price of its first line).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KeyId {
    pub kind: LineKind,
    pub period: String,
    pub lot: String,
    pub service: String,
    pub rate: Option<Money>,
}

impl KeyId {
    /// The key a recorded line bills, when it has one.
    pub fn of_line(line: &InvoiceLine) -> Option<KeyId> {
        // A credit note's goodwill line bills no key.
        let kind = line.key.kind.filter(|k| *k != LineKind::Credit)?;
        Some(KeyId {
            kind,
            period: line.key.period.clone(),
            lot: line.key.lot.clone(),
            service: line.key.service.clone(),
            rate: if kind.has_price_source() && line.key.price == PriceSource::Rate {
                line.rate
            } else {
                None
            },
        })
    }

    fn line_key(&self) -> LineKey {
        LineKey {
            kind: Some(self.kind),
            period: self.period.clone(),
            lot: self.lot.clone(),
            service: self.service.clone(),
            price: if self.rate.is_some() { PriceSource::Rate } else { PriceSource::Hierarchy },
        }
    }
}

/// What a key should bill now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub key: KeyId,
    /// The first day of the key's period (a lot's date, a month's first day, a
    /// retainer's first allocation): a key whose period starts before an invoice's
    /// `from` is a correction there.
    pub start: NaiveDate,
    /// The line's description when the key is billed in its own period.
    pub description: String,
    /// Hours, for keys that bill hours.
    pub hours: Option<Minutes>,
    /// The unit price of an hourly key (work, overage).
    pub rate: Option<Money>,
    pub amount: Money,
    /// A lot without a price of its own (priced from the client's blocks): once billed,
    /// it keeps the price it was billed at, per hour.
    pub derived_price: bool,
    /// The hours a lot holds (its line's quantity counts blocks).
    pub bought: Option<Minutes>,
}

impl Due {
    fn hourly(&self) -> bool {
        matches!(self.key.kind, LineKind::Work | LineKind::Overage | LineKind::Cancellation)
    }
}

/// What a key's recorded lines billed, in sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Billed {
    pub amount: Money,
    /// Net hours billed (reversal lines count negative).
    pub hours: Minutes,
    /// The unit price of the key's first hourly line: prices are those billed.
    pub rate: Option<Money>,
    /// The amount of the key's first line (a fee keeps what it was billed at).
    pub first_amount: Money,
}

/// Sums the recorded lines per key; lines without a key are left out (the loader maps
/// lines written before keys existed, or reports them).
pub fn billed_by_key<'a>(lines: impl Iterator<Item = &'a InvoiceLine>) -> BTreeMap<KeyId, Billed> {
    let mut out: BTreeMap<KeyId, Billed> = BTreeMap::new();
    for line in lines {
        let Some(key) = KeyId::of_line(line) else { continue };
        let first = !out.contains_key(&key);
        let entry = out.entry(key).or_default();
        if first {
            entry.rate = line.rate;
            entry.first_amount = line.amount;
        }
        entry.amount = Money(entry.amount.0 + line.amount.0);
        entry.hours.0 += line.hours.map_or(0, |h| h.0);
    }
    out
}

/// What a key should bill now, at the prices it was billed at (SPEC 9: a key already
/// billed keeps the unit price of its first line; only quantities are recomputed).
fn should_bill(due: &Due, billed: Option<&Billed>) -> (Option<Money>, Money) {
    let Some(billed) = billed else { return (due.rate, due.amount) };
    match due.key.kind {
        LineKind::Work | LineKind::Overage | LineKind::Cancellation => {
            let rate = billed.rate.or(due.rate).unwrap_or_default();
            let hours = due.hours.unwrap_or_default();
            (Some(rate), Money::line_amount(hours, rate))
        }
        LineKind::Fee => (None, billed.first_amount),
        // A lot priced from the client's blocks keeps the unit price it was billed at,
        // for as many blocks as it holds now.
        LineKind::Block if due.derived_price => match (billed.rate, due.hours) {
            (Some(unit), Some(quantity)) if due.rate != Some(unit) && quantity.0 % 60 == 0 => {
                (Some(unit), Money(unit.0 * rust_decimal::Decimal::from(quantity.0 / 60)))
            }
            _ => (due.rate, due.amount),
        },
        LineKind::Block | LineKind::Expense | LineKind::Credit => (None, due.amount),
    }
}

/// The lines an invoice for `[from, to]` bills: each key whose period starts in it
/// (what it should bill, less anything billed already), and for keys whose period
/// starts before `from` (and on or after `billing_start`), the difference between
/// what they should bill now and what they billed, as correction lines. Keys billed
/// before but no longer due (a removed lot, deleted work) are credited. An hourly
/// correction is the reversal of what was billed and the full quantity billed again,
/// so each line is its printed quantity x price.
pub fn invoice_lines(
    due: &[Due],
    billed: &BTreeMap<KeyId, Billed>,
    from: NaiveDate,
    to: NaiveDate,
    billing_start: Option<NaiveDate>,
) -> Vec<InvoiceLine> {
    let counts = |start: NaiveDate| start <= to && billing_start.is_none_or(|b| start >= b);
    let mut lines = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for d in due.iter().filter(|d| counts(d.start)) {
        seen.insert(&d.key);
        let was = billed.get(&d.key);
        if d.start >= from && was.is_none() {
            lines.push(InvoiceLine {
                key: d.key.line_key(),
                description: d.description.clone(),
                hours: d.hours,
                rate: d.rate,
                amount: d.amount,
            });
            continue;
        }
        let (rate, amount) = should_bill(d, was);
        let was = was.copied().unwrap_or_default();
        if amount == was.amount && (!d.hourly() || d.hours.unwrap_or_default() == was.hours) {
            continue;
        }
        lines.extend(correction(d, &was, rate, amount));
    }
    // Keys billed that are due no more: credited in full.
    for (key, was) in billed {
        if seen.contains(key) || was.amount.0.is_zero() && was.hours.0 == 0 {
            continue;
        }
        let start = key_start(key);
        if !start.is_some_and(|s| counts(s) || s < from) {
            continue;
        }
        if billing_start.is_some_and(|b| start.is_some_and(|s| s < b)) {
            continue;
        }
        let what = subject(key);
        lines.push(InvoiceLine {
            key: key.line_key(),
            description: format!("{what} no longer billable: credit"),
            hours: (was.hours.0 != 0).then_some(Minutes(-was.hours.0)),
            rate: was.rate,
            amount: Money(-was.amount.0),
        });
    }
    lines
}

/// The first day of a recorded key's period, from its text.
fn key_start(key: &KeyId) -> Option<NaiveDate> {
    match key.kind {
        LineKind::Block | LineKind::Expense => key.period.parse().ok(),
        _ => super::date::parse_month(&key.period),
    }
}

/// A key priced by its rows' own rate says so (` at 33.33`), so that two keys of one
/// month and service read apart.
fn at(key: &KeyId) -> String {
    key.rate.map(|r| format!(" at {r}")).unwrap_or_default()
}

/// How a correction names its key: its month or its lot.
fn subject(key: &KeyId) -> String {
    match key.kind {
        // A client reads no internal id (SPEC 12.5): a lot by its purchase date, an
        // expense by its date; the line's `lot` column keeps the id.
        LineKind::Block => format!("hours bought on {}", key.period),
        LineKind::Fee => format!("retainer fee {}", key.period),
        LineKind::Overage => format!("overage {}", key.period),
        LineKind::Cancellation => format!("cancellations {}{}", key.period, at(key)),
        LineKind::Expense => format!("expense of {}", key.period),
        LineKind::Credit => "credit".to_string(),
        LineKind::Work if key.service.is_empty() => format!("work {}{}", key.period, at(key)),
        LineKind::Work => format!("work {}{}: {}", key.period, at(key), key.service),
    }
}

fn correction(d: &Due, was: &Billed, rate: Option<Money>, amount: Money) -> Vec<InvoiceLine> {
    let what = subject(&d.key);
    if !d.hourly() {
        let why = if amount.0 > was.amount.0 && was.amount.0.is_zero() {
            format!("{what}, not billed before")
        } else {
            format!("{what} changed")
        };
        return vec![InvoiceLine {
            key: d.key.line_key(),
            description: why,
            hours: None,
            rate: None,
            amount: Money(amount.0 - was.amount.0),
        }];
    }
    let mut out = Vec::new();
    if was.hours.0 != 0 || !was.amount.0.is_zero() {
        out.push(InvoiceLine {
            key: d.key.line_key(),
            description: format!("{what}: reversal of what was billed"),
            hours: Some(Minutes(-was.hours.0)),
            rate: was.rate.or(rate),
            amount: Money(-was.amount.0),
        });
    }
    let late = if was.hours.0 < d.hours.unwrap_or_default().0 { "late " } else { "" };
    out.push(InvoiceLine {
        key: d.key.line_key(),
        description: if late.is_empty() {
            format!("{what} changed: billed again")
        } else {
            format!("{late}{what}")
        },
        hours: d.hours,
        rate,
        amount,
    });
    out
}

/// The hours an invoice bills: its hourly lines' hours, and the hours of the lots it
/// bills in full (a lot's line counts blocks, not hours).
pub fn billed_hours(lines: &[InvoiceLine], due: &[Due]) -> Minutes {
    Minutes(
        lines
            .iter()
            .map(|l| match l.key.kind {
                Some(LineKind::Block) if l.rate.is_some() => due
                    .iter()
                    .find(|d| d.key.kind == LineKind::Block && d.key.lot == l.key.lot)
                    .and_then(|d| d.bought)
                    .map_or(0, |m| m.0),
                Some(LineKind::Block) => 0,
                // A retainer month's fee covers the month's hours (SPEC 12.4).
                Some(LineKind::Fee) if l.amount.0.is_sign_positive() => due
                    .iter()
                    .find(|d| d.key.kind == LineKind::Fee && d.key.period == l.key.period)
                    .and_then(|d| d.bought)
                    .map_or(0, |m| m.0),
                Some(LineKind::Fee) => 0,
                _ => l.hours.map_or(0, |h| h.0),
            })
            .sum(),
    )
}

/// What every key of one client should bill through the period's end (SPEC 9):
/// retainer fees, hours bought (their price, else blocks at the block price, else
/// hours at the client's rate), retainer overage at its `overage_rate` (else the
/// client's rate), and a
/// pay-as-you-go client's hours and late cancellations per month, service and price
/// source (SPEC 12.2), priced now; [`invoice_lines`] keeps the price a key was first
/// billed at (prices are those billed: a later `client set --rate` changes only keys
/// not yet billed).
pub fn due_keys(b: &Billable<'_>) -> Vec<Due> {
    let client = b.client;
    let client_rate = client.rate.unwrap_or(b.settings.default_rate);
    let key = |kind, period: String| KeyId {
        kind,
        period,
        lot: String::new(),
        service: String::new(),
        rate: None,
    };
    let mut out = Vec::new();
    for (date, minutes) in &b.allocations {
        let fee = client.monthly_fee.unwrap_or_default();
        let part = client
            .start
            .filter(|_| client.prorate)
            .and_then(|start| super::bank::partial_month(*date, start, client.end));
        let (amount, what) = match part {
            Some((days, in_month)) => (
                Money::cents(fee.0 * Decimal::from(days) / Decimal::from(in_month)),
                format!("{days} of {in_month} days, {minutes} h"),
            ),
            None => (fee, format!("{minutes} h a month")),
        };
        out.push(Due {
            key: key(LineKind::Fee, month_key(*date)),
            start: *date,
            description: format!("Retainer {}: {what}", month_key(*date)),
            hours: None,
            rate: None,
            amount,
            derived_price: false,
            // The month's hours: what an invoice billing the fee covers.
            bought: Some(*minutes),
        });
    }
    for p in &b.purchases {
        // Quantity x unit price as printed (SPEC 9): n blocks at the block price, else 1
        // at the lot's price (its own, or its hours at the client's rate).
        // A lot is n blocks when its hours and price are both n times the client's block.
        let blocks = match (client.block_hours, client.block_price) {
            (Some(block), Some(price)) if block.0 > 0 && p.minutes.0 % block.0 == 0 => {
                let n = p.minutes.0 / block.0;
                let whole = p.price.is_none_or(|total| total.0 == price.0 * Decimal::from(n));
                whole.then_some((n, price))
            }
            _ => None,
        };
        // A lot without a price (written before lots were priced at purchase) is
        // priced by the same rule a purchase is.
        let (quantity, unit) = match (blocks, p.price) {
            (Some(blocks), _) => blocks,
            (None, Some(price)) => (1, price),
            (None, None) => (1, super::rates::price_of_hours(client, p.minutes, b.settings)),
        };
        out.push(Due {
            key: KeyId { lot: p.reference.clone(), ..key(LineKind::Block, p.date.to_string()) },
            start: p.date,
            description: p.describe(blocks.and(client.block_hours)),
            // The quantity is a count: n blocks, or 1.
            hours: Some(Minutes(quantity * 60)),
            rate: Some(unit),
            amount: Money(unit.0 * Decimal::from(quantity)),
            derived_price: p.price.is_none(),
            bought: Some(p.minutes),
        });
    }
    // "20 hours a month at 50, and after that 70" (SPEC 15).
    let overage_rate = client.overage_rate.unwrap_or(client_rate);
    for (date, minutes) in &b.overage {
        out.push(Due {
            key: key(LineKind::Overage, month_key(*date)),
            start: month_start(*date),
            description: format!("Overage {}: hours beyond the retainer", month_key(*date)),
            hours: Some(*minutes),
            rate: Some(overage_rate),
            amount: Money::line_amount(*minutes, overage_rate),
            derived_price: false,
            bought: None,
        });
    }
    if client.kind == ClientType::Payg {
        // One key per month, service and price source (SPEC 12.2): the rows' own rate,
        // or the hierarchy, priced now until billed (then `should_bill` keeps the
        // price of its first line).
        let mut by_key: BTreeMap<(String, &str, Option<Money>), Minutes> = BTreeMap::new();
        for (date, service, row_rate, charged) in &b.work {
            by_key.entry((month_key(*date), service.as_str(), *row_rate)).or_default().0 +=
                charged.0;
        }
        for ((month, service, row_rate), minutes) in by_key {
            let rate =
                row_rate.unwrap_or_else(|| rate_for(None, service, Some(client), b.settings));
            let description =
                if service.is_empty() { "Hours".to_string() } else { format!("Hours: {service}") };
            let start = super::date::parse_month(&month).expect("month keys are months");
            out.push(Due {
                key: KeyId {
                    service: service.to_string(),
                    rate: row_rate,
                    ..key(LineKind::Work, month)
                },
                start,
                description,
                hours: Some(minutes),
                rate: Some(rate),
                amount: Money::line_amount(minutes, rate),
                derived_price: false,
                bought: None,
            });
        }
        let mut by_key: BTreeMap<(String, Option<Money>), Minutes> = BTreeMap::new();
        for (date, row_rate, charged) in &b.cancellations {
            by_key.entry((month_key(*date), *row_rate)).or_default().0 += charged.0;
        }
        for ((month, row_rate), minutes) in by_key {
            let rate = row_rate.unwrap_or_else(|| rate_for(None, "", Some(client), b.settings));
            let start = super::date::parse_month(&month).expect("month keys are months");
            out.push(Due {
                key: KeyId { rate: row_rate, ..key(LineKind::Cancellation, month.clone()) },
                start,
                description: format!("Late cancellations {month}"),
                hours: Some(minutes),
                rate: Some(rate),
                amount: Money::line_amount(minutes, rate),
                derived_price: false,
                bought: None,
            });
        }
    }
    for (id, date, amount, note) in &b.expenses {
        out.push(Due {
            key: KeyId { lot: id.clone(), ..key(LineKind::Expense, date.to_string()) },
            start: *date,
            description: if note.is_empty() { format!("Expense {id}") } else { note.clone() },
            hours: None,
            rate: None,
            amount: *amount,
            derived_price: false,
            bought: None,
        });
    }
    out
}

fn month_start(date: NaiveDate) -> NaiveDate {
    date.with_day(1).expect("day 1 exists in every month")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::client::{Client, Settings};
    use crate::domain::date::parse_date;
    use crate::domain::invoice::BoughtHours;

    fn date(t: &str) -> NaiveDate {
        t.parse().unwrap()
    }

    fn money(t: &str) -> Money {
        Money::parse(t).unwrap()
    }

    /// Work priced by the hierarchy at `rate`.
    fn work(month: &str, service: &str, minutes: i64, rate: &str) -> Due {
        let rate = money(rate);
        Due {
            key: KeyId {
                kind: LineKind::Work,
                period: month.into(),
                lot: String::new(),
                service: service.into(),
                rate: None,
            },
            start: date(&format!("{month}-01")),
            description: format!("Hours: {service}"),
            hours: Some(Minutes(minutes)),
            rate: Some(rate),
            amount: Money::line_amount(Minutes(minutes), rate),
            derived_price: false,
            bought: None,
        }
    }

    #[test]
    fn late_work_is_a_reversal_and_a_rebill_and_a_second_run_bills_nothing() {
        // October billed 2:30 of design at 120 (300.00); 2:00 more were logged since.
        let october = work("2026-10", "design", 270, "120.00");
        let mut recorded = vec![InvoiceLine {
            key: october.key.line_key(),
            description: "Hours: design".into(),
            hours: Some(Minutes(150)),
            rate: Some(money("120.00")),
            amount: money("300.00"),
        }];
        let november = work("2026-11", "design", 60, "120.00");
        let due = [october.clone(), november];
        let billed = billed_by_key(recorded.iter());
        let lines = invoice_lines(&due, &billed, date("2026-11-01"), date("2026-11-30"), None);
        let got: Vec<(String, String)> =
            lines.iter().map(|l| (l.description.clone(), l.amount.to_string())).collect();
        assert_eq!(
            got,
            [
                // 4:30 = 4.50 h x 120 = 540.00, after taking back the 300.00.
                ("work 2026-10: design: reversal of what was billed".into(), "-300.00".into()),
                ("late work 2026-10: design".into(), "540.00".into()),
                ("Hours: design".into(), "120.00".into()),
            ]
        );
        recorded.extend(lines);
        let billed = billed_by_key(recorded.iter());
        assert_eq!(billed[&october.key].amount, money("540.00"));
        let again = invoice_lines(&due, &billed, date("2026-12-01"), date("2026-12-31"), None);
        assert!(again.is_empty(), "{again:?}");
    }

    #[test]
    fn keys_before_the_billing_start_are_never_billed() {
        let due = [work("2026-09", "", 60, "100.00"), work("2026-10", "", 60, "100.00")];
        let lines = invoice_lines(
            &due,
            &BTreeMap::new(),
            date("2026-10-01"),
            date("2026-10-31"),
            Some(date("2026-10-01")),
        );
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].key.period, "2026-10");
    }

    fn client(kind: ClientType) -> Client {
        Client {
            rate: Some(Money::parse("100").unwrap()),
            rates: [("design".to_string(), Money::parse("120").unwrap())].into(),
            block_hours: Some(Minutes(600)),
            block_price: Some(Money::parse("900").unwrap()),
            monthly_fee: Some(Money::parse("1800").unwrap()),
            ..Client::new(crate::domain::id::Slug::parse("c").unwrap(), "C", kind)
        }
    }

    #[test]
    fn bills_fees_blocks_overage_and_hours_by_service_and_rate() {
        let settings = Settings::default();
        let d = parse_date("2026-03-31").unwrap();
        let retainer = client(ClientType::Retainer);
        let lines = due_keys(&Billable {
            client: &retainer,
            settings: &settings,
            allocations: vec![(parse_date("2026-03-01").unwrap(), Minutes(1200))],
            purchases: vec![BoughtHours {
                reference: "p-1".into(),
                date: d,
                minutes: Minutes(150),
                price: None,
                project: String::new(),
                expires: None,
                valid_months: None,
                note: String::new(),
            }],
            overage: vec![(d, Minutes(95))],
            work: vec![(d, "design".into(), None, Minutes(60))],
            cancellations: vec![],
            expenses: vec![],
        });
        let amounts: Vec<String> = lines.iter().map(|l| l.amount.to_string()).collect();
        // fee; 2:30 at 900 per 10 h; 1:35 overage (printed 1.58 h) x 100; retainer work is
        // not billed
        assert_eq!(amounts, ["1800.00", "225.00", "158.00"]);
        let payg = client(ClientType::Payg);
        let lines = due_keys(&Billable {
            client: &payg,
            settings: &settings,
            allocations: vec![],
            purchases: vec![],
            overage: vec![],
            work: vec![
                (d, "design".into(), None, Minutes(30)),
                (d, "".into(), None, Minutes(45)),
                (d, "design".into(), None, Minutes(30)),
                (d, "".into(), Some(Money::parse("80").unwrap()), Minutes(60)),
            ],
            cancellations: vec![],
            expenses: vec![],
        });
        let described: Vec<(String, String)> =
            lines.iter().map(|l| (l.description.clone(), l.amount.to_string())).collect();
        assert_eq!(
            described,
            [
                // 0:45 = 0.75 h x 100 (the hierarchy); 1:00 x 80 (the row's own rate, a
                // key of its own); 1:00 of design x 120.
                ("Hours".to_string(), "75.00".to_string()),
                ("Hours".to_string(), "80.00".to_string()),
                ("Hours: design".to_string(), "120.00".to_string()),
            ]
        );
    }
}
