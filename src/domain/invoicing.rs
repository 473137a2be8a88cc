//! An invoice drafted from the ledger: what a client has to bill through a day, and
//! the document with its parties, totals and the tax category in force at issue.

use chrono::{Days, NaiveDate};

use super::bank::{Debit, SimOptions, TraceKind, month_key, simulate};
use super::billing::{Due, billed_hours, due_keys};
use super::client::{Client, ClientType};
use super::date::month_end;
use super::duration::Minutes;
use super::files::PURCHASES;
use super::invoice::{
    Billable, BoughtHours, InvoiceDoc, InvoiceLine, LineKind, Party, Scope, Totals, next_number,
};
use super::ledger::Ledger;
use super::money::Money;

/// Gathers from the ledger what client `ix` has to bill through `to`.
pub fn billable<'a>(
    ledger: &'a Ledger,
    ix: u32,
    to: NaiveDate,
    work: Vec<(NaiveDate, String, Option<Money>, Minutes)>,
    cancellations: Vec<(NaiveDate, Option<Money>, Minutes)>,
) -> Billable<'a> {
    let client = &ledger.clients[ix as usize];
    let account = &ledger.accounts[ix as usize];
    let allocations = account.retainer.as_ref().map_or_else(Vec::new, |plan| {
        plan.allocations(to).into_iter().map(|a| (a.date, a.minutes)).collect()
    });
    let purchases = ledger
        .purchases
        .iter()
        .filter(|p| p.client == ix && p.date <= to)
        .map(|p| BoughtHours {
            reference: if p.id.is_empty() {
                format!("{PURCHASES}:{}", p.line)
            } else {
                p.id.to_string()
            },
            date: p.date,
            minutes: p.minutes,
            price: p.price,
            project: p.project.to_string(),
            expires: p.expires,
            valid_months: p.valid_months,
            note: p.note.to_string(),
        })
        .collect();
    // A month's overage is booked at the end of its last day: run through `to`.
    let overage = if client.kind == ClientType::Retainer {
        let outcome = ledger.simulate(
            ix,
            SimOptions {
                as_of: to.checked_add_days(Days::new(1)).unwrap_or(to),
                watch_from: None,
                trace: true,
            },
        );
        outcome
            .trace
            .iter()
            .filter(|e| e.kind == TraceKind::Overage && e.date <= to)
            .map(|e| (e.date, e.minutes))
            .collect()
    } else {
        Vec::new()
    };
    let expenses = ledger
        .expenses
        .iter()
        .filter(|e| e.client == ix && e.date <= to)
        .map(|e| (e.reference.clone(), e.date, e.amount, e.note.clone()))
        .collect();
    Billable {
        client,
        settings: &ledger.settings,
        allocations,
        purchases,
        overage,
        work,
        cancellations,
        expenses,
    }
}

pub fn party(client: &Client) -> Party {
    Party {
        id: client.id.to_string(),
        name: client.name.clone(),
        address: client.address.clone(),
        email: client.billing_email.clone().or_else(|| client.email.clone()),
        vat_id: client.vat_id.clone(),
        country: client.country.clone(),
        street: client.street.clone(),
        postcode: client.postcode.clone(),
        city: client.city.clone(),
        peppol_id: client.peppol_id.clone(),
    }
}

fn bill_to(ledger: &Ledger, client: &Client) -> Party {
    party(billed_client(ledger, client))
}

/// Whom `client`'s invoices are billed to: its payer when it has one, else itself.
fn billed_client<'a>(ledger: &'a Ledger, client: &'a Client) -> &'a Client {
    client
        .payer
        .as_ref()
        .and_then(|p| ledger.client_ix(p.as_str()))
        .map_or(client, |p| &ledger.clients[p as usize])
}

pub fn draft(
    ledger: &Ledger,
    client: &Client,
    date: NaiveDate,
    period: Option<(NaiveDate, NaiveDate)>,
    lines: Vec<InvoiceLine>,
    due: &[Due],
) -> InvoiceDoc {
    InvoiceDoc {
        number: None,
        date,
        due: client.due_date(date, &ledger.settings),
        client: party(client),
        bill_to: bill_to(ledger, client),
        period,
        scope: if period.is_some() { Scope::Period } else { Scope::Corrections },
        hours: billed_hours(&lines, due),
        currency: ledger.settings.currency_of(client).to_string(),
        totals: Totals::of(&lines, client.discount_percent, client.tax_percent),
        lines,
        discount_percent: client.discount_percent,
        tax_percent: client.tax_percent,
        seller: ledger.settings.company.clone(),
        logo: None,
        // The category in force at issue, recorded (SPEC 12.5): S when taxed and none
        // is set, so a later change of the client's category never changes it.
        tax_category: client
            .tax_category
            .clone()
            .or_else(|| ledger.settings.tax_category.clone())
            .or_else(|| client.tax_percent.filter(|p| !p.is_zero()).map(|_| "S".to_string())),
        tax_exemption: client
            .tax_exemption
            .clone()
            .or_else(|| ledger.settings.tax_exemption.clone()),
        credits: None,
        reason: None,
        timesheet: Vec::new(),
        // The reference of whom it is billed to (the buyer).
        buyer_reference: billed_client(ledger, client).buyer_reference.clone(),
    }
}

/// The note a row gets when it changes what a period already invoiced should bill
/// (SPEC 9): pay-as-you-go work of a month invoiced (or billed as a correction), or
/// retainer work that changes an invoiced month's overage (rollover included).
pub fn invoiced_note(
    ledger: &Ledger,
    client: &Client,
    account: &super::bank::Account,
    new_debit: Debit,
    service: &str,
    date: NaiveDate,
) -> Option<String> {
    let id = client.id.as_str();
    let covering = |day: NaiveDate| {
        ledger
            .invoices
            .iter()
            .find(|i| i.client == id && i.overlaps(day, day))
            .map(|i| i.number.clone())
    };
    let billed_on = |kind: LineKind, month: &str, service: Option<&str>| {
        ledger
            .client_lines(id)
            .find(|l| {
                l.line.key.kind == Some(kind)
                    && l.line.key.period == month
                    && service.is_none_or(|s| l.line.key.service == s)
            })
            .map(|l| l.invoice.clone())
    };
    let (invoice, what) = match client.kind {
        ClientType::Payg => {
            let month = month_key(date);
            let invoice =
                billed_on(LineKind::Work, &month, Some(service)).or_else(|| covering(date))?;
            (invoice, format!("work {month}"))
        }
        ClientType::Retainer => {
            // Overage of every month up to the last one invoiced, with and without the row.
            let last = ledger
                .invoices
                .iter()
                .filter(|i| i.client == id)
                .filter_map(|i| i.period().map(|p| p.1))
                .max()?;
            let opts =
                SimOptions { as_of: month_end(last).succ_opt()?, watch_from: None, trace: true };
            let overage = |a: &super::bank::Account| {
                simulate(a, opts)
                    .trace
                    .iter()
                    .filter(|e| e.kind == TraceKind::Overage)
                    .map(|e| (e.date, e.minutes))
                    .collect::<Vec<_>>()
            };
            let mut with_row = account.clone();
            with_row.debits.push(new_debit);
            let (before, after) = (overage(account), overage(&with_row));
            let changed = after
                .iter()
                .find(|e| !before.contains(e))
                .or_else(|| before.iter().find(|e| !after.contains(e)))?
                .0;
            let month = month_key(changed);
            let invoice =
                billed_on(LineKind::Overage, &month, None).or_else(|| covering(changed))?;
            (invoice, format!("overage {month}"))
        }
        ClientType::Bank => return None,
    };
    Some(format!(
        "note: this changes {what}, already invoiced on {invoice}; the difference is billed on {id}'s next invoice"
    ))
}

/// The invoice of a lot alone (`bank buy --invoice`): every key of the lot billed in
/// full, dated the purchase date, numbered after the invoices of `prefix`.
pub fn lot_invoice(
    ledger: &Ledger,
    client: &Client,
    bought: BoughtHours,
    prefix: &str,
) -> InvoiceDoc {
    let date = bought.date;
    let billable = Billable {
        client,
        settings: &ledger.settings,
        allocations: Vec::new(),
        purchases: vec![bought],
        overage: Vec::new(),
        work: Vec::new(),
        cancellations: Vec::new(),
        expenses: Vec::new(),
    };
    let due = due_keys(&billable);
    let lines = lot_lines(&due);
    let mut doc = draft(ledger, client, date, Some((date, date)), lines, &due);
    doc.scope = Scope::Lot;
    doc.number = Some(next_number(prefix, date, ledger.invoices.iter().map(|i| i.number.as_str())));
    doc
}

/// The lines of a lot invoice: each key billed in full.
fn lot_lines(due: &[Due]) -> Vec<InvoiceLine> {
    due.iter()
        .map(|d| InvoiceLine {
            key: super::invoice::LineKey {
                kind: Some(d.key.kind),
                period: d.key.period.clone(),
                lot: d.key.lot.clone(),
                service: d.key.service.clone(),
                price: Default::default(),
            },
            description: d.description.clone(),
            hours: d.hours,
            rate: d.rate,
            amount: d.amount,
        })
        .collect()
}

/// An issued invoice as `invoices.csv` and `invoice-lines.csv` recorded it, and the
/// fields empty at issue that it shows with today's settings (SPEC 12.5).
pub fn recorded(ledger: &Ledger, index: usize) -> (InvoiceDoc, Vec<&'static str>) {
    let invoice = &ledger.invoices[index];
    let named = |id: &str| {
        ledger.client_ix(id).map_or_else(
            || Party { id: id.to_string(), name: id.to_string(), ..Party::default() },
            |ix| party(&ledger.clients[ix as usize]),
        )
    };
    let billed = if invoice.payer.is_empty() { &invoice.client } else { &invoice.payer };
    // As printed at issue; a field empty at issue (an older ledger, a key that did not
    // exist yet) is taken from today's settings, and said (SPEC 12.5); a recorded value
    // is never replaced.
    let mut filled: Vec<&str> = Vec::new();
    let (seller, bill_to) = match &invoice.parties {
        Some((seller, buyer)) => {
            let mut seller = seller.clone();
            let today = &ledger.settings.company;
            let now = named(billed);
            // Its e-mail is not printed: the electronic address (BT-49) is today's.
            let mut buyer = Party { id: billed.clone(), email: now.email.clone(), ..buyer.clone() };
            for (name, field, value) in [
                ("[company] name", &mut seller.name, &today.name),
                ("[company] address", &mut seller.address, &today.address),
                ("[company] vat_id", &mut seller.vat_id, &today.vat_id),
                ("[company] country", &mut seller.country, &today.country),
                ("[company] bank", &mut seller.bank, &today.bank),
                ("[company] email", &mut seller.email, &today.email),
                ("[company] street", &mut seller.street, &today.street),
                ("[company] postcode", &mut seller.postcode, &today.postcode),
                ("[company] city", &mut seller.city, &today.city),
                ("[company] registration_id", &mut seller.registration_id, &today.registration_id),
                ("[company] contact", &mut seller.contact, &today.contact),
                ("[company] phone", &mut seller.phone, &today.phone),
                ("[company] iban", &mut seller.iban, &today.iban),
                ("[company] bic", &mut seller.bic, &today.bic),
                ("the client's street", &mut buyer.street, &now.street),
                ("the client's postcode", &mut buyer.postcode, &now.postcode),
                ("the client's city", &mut buyer.city, &now.city),
                ("[company] peppol_id", &mut seller.peppol_id, &today.peppol_id),
                ("the client's peppol_id", &mut buyer.peppol_id, &now.peppol_id),
                ("the client's vat_id", &mut buyer.vat_id, &now.vat_id),
                ("the client's country", &mut buyer.country, &now.country),
            ] {
                if field.as_deref().is_none_or(str::is_empty) && value.is_some() {
                    *field = value.clone();
                    filled.push(name);
                }
            }
            (seller, buyer)
        }
        None => (ledger.settings.company.clone(), named(billed)),
    };
    // The buyer's reference, when it had none at issue, is today's (said).
    let today_reference =
        ledger.client_ix(billed).and_then(|ix| ledger.clients[ix as usize].buyer_reference.clone());
    let buyer_reference = invoice
        .buyer_reference
        .clone()
        .or_else(|| today_reference.inspect(|_| filled.push("the client's buyer_reference")));
    let lines = ledger.lines_of(invoice);
    // Invoices recorded before the tax category was kept use today's.
    let current = ledger.client_ix(&invoice.client).map(|ix| &ledger.clients[ix as usize]);
    if invoice.tax_category.is_none() && current.is_some_and(|c| c.tax_category.is_some()) {
        filled.push("the tax category");
    }
    let doc = InvoiceDoc {
        number: Some(invoice.number.clone()),
        date: invoice.date,
        due: invoice.due,
        client: named(&invoice.client),
        bill_to,
        period: invoice.period(),
        scope: invoice.scope,
        hours: invoice.hours,
        currency: invoice.currency.clone(),
        lines: lines.into_iter().map(|l| l.line.clone()).collect(),
        totals: invoice.totals,
        discount_percent: invoice.discount_percent,
        tax_percent: invoice.tax_percent,
        seller,
        logo: None,
        tax_category: invoice.tax_category.clone().or_else(|| {
            current
                .and_then(|c| c.tax_category.clone())
                .or_else(|| ledger.settings.tax_category.clone())
        }),
        tax_exemption: invoice.tax_exemption.clone().or_else(|| {
            current
                .and_then(|c| c.tax_exemption.clone())
                .or_else(|| ledger.settings.tax_exemption.clone())
        }),
        credits: invoice.credits.clone(),
        reason: invoice.reason.clone(),
        timesheet: Vec::new(),
        buyer_reference,
    };
    (doc, filled)
}
