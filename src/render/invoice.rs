//! An invoice in every output format: a text invoice around a table, one CSV row per
//! line, the JSON object of SPEC section 5, or the printable HTML page.

use std::str::FromStr;

use serde_json::{Number, Value, json};

use super::{Cell, Format, Report};
use crate::domain::duration::Minutes;
use crate::domain::einvoice::Flavour;
use crate::domain::invoice::InvoiceDoc;

/// Renders `doc`; `hours` shows a number of hours in the chosen time format.
pub fn render(
    doc: &InvoiceDoc,
    format: Format,
    output: super::Output,
    hours: &dyn Fn(Minutes) -> Cell,
) -> Vec<u8> {
    match format {
        // A PDF is the HTML printed by a browser (`commands::invoice`).
        Format::Html | Format::Pdf | Format::Facturx => super::html::invoice(doc).into_bytes(),
        Format::Cii => super::cii::invoice(doc, Flavour::Cii).into_bytes(),
        Format::Xrechnung => super::cii::invoice(doc, Flavour::XRechnung).into_bytes(),
        Format::Ubl => super::ubl::invoice(doc).into_bytes(),
        Format::Json => {
            let mut bytes =
                serde_json::to_vec_pretty(&to_json(doc)).expect("JSON values serialize");
            bytes.push(b'\n');
            bytes
        }
        Format::Csv => super::csv::render(&lines_report(doc, hours), output.decimal_comma),
        Format::Xlsx => super::xlsx::render(&lines_report(doc, hours), "invoice"),
        Format::Ods => super::ods::render(&lines_report(doc, hours), "invoice"),
        Format::Table | Format::Svg => text(doc, output, hours).into_bytes(),
    }
}

fn lines_report(doc: &InvoiceDoc, hours: &dyn Fn(Minutes) -> Cell) -> Report {
    let mut report = Report::new(&[
        "number",
        "date",
        "client",
        "payer",
        "from",
        "to",
        "currency",
        "description",
        "hours",
        "rate",
        "amount",
    ]);
    for line in &doc.lines {
        report.push(vec![
            Cell::opt_text(doc.number.clone()),
            Cell::Fixed(doc.date.to_string()),
            Cell::text(&doc.client.id),
            Cell::text(&doc.bill_to.id),
            Cell::opt_fixed(doc.period.map(|p| p.0)),
            Cell::opt_fixed(doc.period.map(|p| p.1)),
            Cell::text(&doc.currency),
            Cell::text(&line.description),
            line.hours.map_or(Cell::Empty, hours),
            line.rate.map_or(Cell::Empty, |r| Cell::Num(r.to_string())),
            Cell::Num(line.amount.to_string()),
        ]);
    }
    report
}

fn text(doc: &InvoiceDoc, output: super::Output, hours: &dyn Fn(Minutes) -> Cell) -> String {
    let number = doc.number.as_deref().unwrap_or("(draft, not recorded)");
    let period = match doc.period {
        Some((from, to)) => format!("period {from} to {to}"),
        None => "corrections of earlier periods".to_string(),
    };
    let mut out = format!(
        "{} {number}   date {}   due {}\nBill to {} ({})   for {}   {period}\n",
        doc.title(),
        doc.date,
        doc.due,
        super::visible(&doc.bill_to.name),
        doc.bill_to.id,
        doc.client.id,
    );
    if let Some(line) = doc.credit_line() {
        out.push_str(&super::visible(&line));
        out.push('\n');
    }
    let mut report = Report::new(&["description", "hours", "rate", "amount"]);
    for line in &doc.lines {
        report.push(vec![
            Cell::text(&line.description),
            line.hours.map_or(Cell::Empty, hours),
            line.rate.map_or(Cell::Empty, |r| Cell::Num(r.to_string())),
            Cell::Num(line.amount.to_string()),
        ]);
    }
    let t = doc.totals;
    for (label, amount) in
        [("subtotal", t.subtotal), ("discount", t.deduction()), ("tax", t.tax), ("total", t.total)]
    {
        report.push(vec![
            Cell::text(label),
            Cell::Empty,
            Cell::Empty,
            Cell::Num(amount.to_string()),
        ]);
    }
    out.push_str(&super::table::render(&report, output));
    out.push_str(&format!("Amounts in {}\n", doc.currency));
    if !doc.timesheet.is_empty() {
        out.push_str("\nTimesheet\n");
        out.push_str(&super::table::render(&timesheet_report(doc, hours), output));
    }
    out
}

/// The timesheet as a table: each line's rows, then its subtotal (SPEC 14).
fn timesheet_report(doc: &InvoiceDoc, hours: &dyn Fn(Minutes) -> Cell) -> Report {
    let mut report = Report::new(&["date", "person", "project", "note", "hours"]);
    for (line, rows) in doc.timesheet_by_line() {
        for row in rows {
            report.push(vec![
                Cell::Fixed(row.date.to_string()),
                Cell::text(&row.person),
                Cell::text(&row.project),
                Cell::text(&row.note),
                hours(row.charged),
            ]);
        }
        let total = Minutes(rows.iter().map(|r| r.charged.0).sum());
        let label = format!("subtotal: {}", doc.lines[line].description);
        report.push(vec![Cell::text(label), Cell::Empty, Cell::Empty, Cell::Empty, hours(total)]);
    }
    report
}

/// The JSON object of SPEC section 5: exact decimal numbers, `number` null on a dry run.
pub fn to_json(doc: &InvoiceDoc) -> Value {
    let num = |s: String| Number::from_str(&s).map_or(Value::String(s), Value::Number);
    let lines: Vec<Value> = doc
        .lines
        .iter()
        .map(|l| {
            json!({
                "description": l.description,
                "hours": l.hours.map(|h| num(h.hours_text())),
                "unit": l.unit(),
                "rate": l.rate.map(|r| num(r.to_string())),
                "amount": num(l.amount.to_string()),
            })
        })
        .collect();
    let payer = if doc.bill_to.id == doc.client.id {
        Value::Null
    } else {
        Value::String(doc.bill_to.id.clone())
    };
    let s = &doc.seller;
    let percent = |p: Option<rust_decimal::Decimal>| p.map(|p| num(p.normalize().to_string()));
    json!({
        "type": if doc.is_credit_note() { "credit_note" } else { "invoice" },
        "credits": doc.credits,
        "reason": doc.reason,
        "number": doc.number,
        "date": doc.date.to_string(),
        "due": doc.due.to_string(),
        "client": doc.client.id,
        "payer": payer,
        "from": doc.period.map(|p| p.0.to_string()),
        "to": doc.period.map(|p| p.1.to_string()),
        "currency": doc.currency,
        "lines": lines,
        "subtotal": num(doc.totals.subtotal.to_string()),
        "discount": num(doc.totals.discount.to_string()),
        "tax": num(doc.totals.tax.to_string()),
        "total": num(doc.totals.total.to_string()),
        "discount_percent": percent(doc.discount_percent),
        "tax_percent": percent(doc.tax_percent),
        "seller": {
            "name": s.name, "address": s.address, "email": s.email, "phone": s.phone,
            "vat_id": s.vat_id, "bank": s.bank,
        },
        "bill_to": {
            "id": doc.bill_to.id, "name": doc.bill_to.name, "address": doc.bill_to.address,
            "vat_id": doc.bill_to.vat_id,
        },
        "payment_terms": s.payment_terms,
        "footer": s.footer,
    })
}

/// The text part of the e-mail that sends `doc` (SPEC 14): what it is, its amount and
/// due date, how to pay, and who sends it; no internal id.
pub fn mail_text(doc: &InvoiceDoc) -> String {
    let what = if doc.credits.is_some() { "credit note" } else { "invoice" };
    let number = doc.number.as_deref().unwrap_or("(draft)");
    let mut out = vec![format!("Hello {},", super::visible(&doc.bill_to.name)), String::new()];
    let period = match doc.period {
        Some((from, to)) if doc.credits.is_none() => format!(" for {from} to {to}"),
        _ => String::new(),
    };
    out.push(format!("here is {what} {number} of {}{period}.", doc.date));
    out.push(String::new());
    out.push(format!("Total: {} {}", doc.totals.total, doc.currency));
    if doc.credits.is_none() && doc.totals.total.0 > rust_decimal::Decimal::ZERO {
        out.push(format!("Due: {}", doc.due));
    }
    for text in [&doc.seller.bank, &doc.seller.payment_terms].into_iter().flatten() {
        out.push(String::new());
        out.extend(text.lines().map(|l| super::visible(l).into_owned()));
    }
    if let Some(name) = &doc.seller.name {
        out.push(String::new());
        out.push(super::visible(name).into_owned());
    }
    out.push(String::new());
    out.join("\n")
}
