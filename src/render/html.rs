//! A self-contained, printable HTML invoice: no scripts, no external resources, every
//! name and note escaped. A browser prints it to PDF as it is.

use std::fmt::Write;

use crate::domain::invoice::{InvoiceDoc, Party};

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub(crate) const STYLE: &str = "body{font-family:Helvetica,Arial,sans-serif;color:#222;margin:2.5cm 2cm;font-size:11pt}\
h1{font-size:20pt;margin:0 0 .2em}\
.parties{display:flex;justify-content:space-between;margin:2em 0}\
.parties div{white-space:pre-line}\
table{width:100%;border-collapse:collapse;margin-top:1.5em}\
th,td{padding:.4em .5em;border-bottom:1px solid #ccc;text-align:left}\
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\
tfoot td{border:none}\
tfoot tr.total td{font-weight:bold;border-top:2px solid #222}\
@page{size:A4;margin:0}@media print{body{margin:2cm}}";

fn party(out: &mut String, class: &str, title: &str, p: &Party) {
    let _ = writeln!(out, "<div class=\"{class}\"><strong>{}</strong>", escape(title));
    let _ = write!(out, "<span class=\"name\">{}</span>", escape(&p.name));
    if let Some(address) = &p.address {
        let _ = write!(out, "\n<span class=\"address\">{}</span>", escape(address));
    }
    out.push_str("</div>");
}

/// The invoice as one HTML document.
pub fn invoice(doc: &InvoiceDoc) -> String {
    let number = doc.number.as_deref().unwrap_or("DRAFT");
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Invoice {}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        escape(number)
    );
    let _ = writeln!(out, "<h1>Invoice <span id=\"number\">{}</span></h1>", escape(number));
    let _ = writeln!(
        out,
        "<p class=\"dates\">Date: <span id=\"date\">{}</span> · Due: <span id=\"due\">{}</span> · Period: <span id=\"period\">{}</span></p>",
        doc.date,
        doc.due,
        match doc.period {
            Some((from, to)) => format!("{from} to {to}"),
            None => "corrections of earlier periods".to_string(),
        }
    );
    out.push_str("<div class=\"parties\">");
    let company = Party {
        id: String::new(),
        name: doc.company_name.clone().unwrap_or_default(),
        address: doc.company_address.clone(),
        email: None,
    };
    party(&mut out, "from", "From", &company);
    party(&mut out, "bill-to", "Bill to", &doc.bill_to);
    out.push_str("</div>\n");
    if doc.bill_to.id != doc.client.id {
        let _ = writeln!(
            out,
            "<p class=\"for\">For work for <span id=\"client\">{}</span></p>",
            escape(&doc.client.name)
        );
    }
    let currency = escape(&doc.currency);
    let _ = writeln!(
        out,
        "<table id=\"lines\">\n<thead><tr><th>Description</th><th class=\"num\">Hours</th><th class=\"num\">Rate</th><th class=\"num\">Amount ({currency})</th></tr></thead>\n<tbody>"
    );
    for line in &doc.lines {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            escape(&line.description),
            line.hours.map(|h| h.hours_decimal().to_string()).unwrap_or_default(),
            line.rate.map(|r| r.to_string()).unwrap_or_default(),
            line.amount
        );
    }
    out.push_str("</tbody>\n<tfoot>\n");
    let t = &doc.totals;
    for (class, label, amount) in [
        ("subtotal", "Subtotal", t.subtotal.to_string()),
        ("discount", "Discount", t.deduction().to_string()),
        ("tax", "Tax", t.tax.to_string()),
        ("total", "Total", format!("{} {currency}", t.total)),
    ] {
        let _ = writeln!(
            out,
            "<tr class=\"{class}\"><td colspan=\"3\">{label}</td><td class=\"num\" id=\"{class}\">{amount}</td></tr>"
        );
    }
    out.push_str("</tfoot>\n</table>\n</body>\n</html>\n");
    out
}
