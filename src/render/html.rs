//! A self-contained, printable HTML invoice: no scripts, no external resources, every
//! name and note escaped. A browser prints it to PDF as it is.

use std::fmt::Write;

use crate::domain::invoice::InvoiceDoc;

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

pub(crate) const STYLE: &str = "body{font-family:Helvetica,Arial,sans-serif;color:#222;margin:2cm;font-size:11pt}\
h1{font-size:20pt;margin:0 0 .2em}\
.logo{max-height:2.5cm;max-width:7cm;margin-bottom:1em}\
.parties{display:flex;justify-content:space-between;margin:2em 0}\
.parties div{white-space:pre-line}\
table{width:100%;border-collapse:collapse;margin-top:1.5em}\
thead{display:table-header-group}\
tr{break-inside:avoid}\
th,td{padding:.4em .5em;border-bottom:1px solid #ccc;text-align:left}\
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\
table.totals{width:auto;margin-left:auto;break-inside:avoid}\
table.totals td{border:none}\
table.totals tr.total td{font-weight:bold;border-top:2px solid #222}\
.terms,.bank,.footer{margin-top:1.5em;white-space:pre-line}\
.footer{font-size:9pt;color:#555}\
@page{size:A4;margin:15mm}@media print{body{margin:0}}";

/// Page furniture for print (SPEC 14): `page 2 of 4` at the foot of every page, and
/// `running` (the invoice's number) at the head of every page but the first, as CSS
/// page-margin boxes (Chromium prints them; `wkhtmltopdf` gets its own footer).
pub(crate) fn page_style(running: &str) -> String {
    let text: String = running
        .chars()
        .map(|c| match c {
            '"' | '\\' => format!("\\{c}"),
            '<' => "\\3C ".to_string(),
            c if c.is_control() => " ".to_string(),
            c => c.to_string(),
        })
        .collect();
    format!(
        "<style>@page{{@bottom-right{{content:\"page \" counter(page) \" of \" counter(pages);font-size:9pt;color:#555}}@top-right{{content:\"{text}\";font-size:9pt;color:#555}}}}@page :first{{@top-right{{content:none}}}}</style>"
    )
}

/// One party's block: its name, then each detail that is set, in its own span.
fn party(out: &mut String, class: &str, title: &str, name: &str, details: &[(&str, Option<&str>)]) {
    let _ = writeln!(out, "<div class=\"{class}\"><strong>{}</strong>", escape(title));
    let _ = write!(out, "<span class=\"name\">{}</span>", escape(name));
    for (field, value) in details {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            let _ = write!(out, "\n<span class=\"{field}\">{}</span>", escape(v));
        }
    }
    out.push_str("</div>");
}

/// The label of a percentage line: "Discount 5 %".
fn labelled(label: &str, percent: Option<rust_decimal::Decimal>) -> String {
    match percent {
        Some(p) => format!("{label} {} %", p.normalize()),
        None => label.to_string(),
    }
}

/// The invoice as one HTML document: it prints on A4 with margins a printer can
/// print, the lines' header repeated on every page and the totals once, at the end.
pub fn invoice(doc: &InvoiceDoc) -> String {
    let number = doc.number.as_deref().unwrap_or("DRAFT");
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{} {}</title>\n<style>{STYLE}</style>\n{}\n</head>\n<body>",
        doc.title(),
        escape(number),
        page_style(&format!("{} {number}", doc.title()))
    );
    if let Some(logo) = &doc.logo {
        let _ = writeln!(out, "<img class=\"logo\" alt=\"\" src=\"{}\">", escape(logo));
    }
    let _ = writeln!(out, "<h1>{} <span id=\"number\">{}</span></h1>", doc.title(), escape(number));
    if let Some(line) = doc.credit_line() {
        let _ = writeln!(out, "<p class=\"credits\">{}</p>", escape(&line));
    }
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
    parties(&mut out, doc);
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
        "<table id=\"lines\">\n<thead><tr><th>Description</th><th class=\"num\">Quantity</th><th class=\"num\">Unit price</th><th class=\"num\">Amount ({currency})</th></tr></thead>\n<tbody>"
    );
    for line in &doc.lines {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            escape(&line.description),
            escape(&line.quantity_text()),
            line.rate.map(|r| r.to_string()).unwrap_or_default(),
            line.amount
        );
    }
    out.push_str("</tbody>\n</table>\n");
    totals(&mut out, doc);
    // A credit note asks for no payment: no payment terms.
    let s = &doc.seller;
    let terms = s.payment_terms.as_deref().filter(|_| !doc.is_credit_note());
    for (class, text) in
        [("terms", terms), ("bank", s.bank.as_deref()), ("footer", s.footer.as_deref())]
    {
        if let Some(text) = text.filter(|t| !t.is_empty()) {
            let _ = writeln!(out, "<p class=\"{class}\">{}</p>", escape(text));
        }
    }
    timesheet(&mut out, doc);
    out.push_str("</body>\n</html>\n");
    out
}

/// The timesheet (SPEC 14): each line's billed rows and their subtotal, which is the
/// line's quantity. No id.
fn timesheet(out: &mut String, doc: &InvoiceDoc) {
    if doc.timesheet.is_empty() {
        return;
    }
    out.push_str("<h2>Timesheet</h2>\n<table id=\"timesheet\">\n<thead><tr><th>Date</th><th>Person</th><th>Project</th><th>Note</th><th class=\"num\">Hours</th></tr></thead>\n");
    for (line, rows) in doc.timesheet_by_line() {
        let _ = writeln!(
            out,
            "<tbody class=\"line\"><tr class=\"line-name\"><th colspan=\"5\">{}</th></tr>",
            escape(&doc.lines[line].description)
        );
        for row in rows {
            let _ = writeln!(
                out,
                "<tr><td class=\"date\">{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
                row.date,
                escape(&row.person),
                escape(&row.project),
                escape(&row.note),
                row.charged.hours_decimal()
            );
        }
        let total = crate::domain::duration::Minutes(rows.iter().map(|r| r.charged.0).sum());
        let _ = writeln!(
            out,
            "<tr class=\"subtotal\"><td colspan=\"4\">Subtotal</td><td class=\"num\">{}</td></tr></tbody>",
            total.hours_decimal()
        );
    }
    out.push_str("</table>\n");
}

/// The seller and the buyer side by side.
fn parties(out: &mut String, doc: &InvoiceDoc) {
    out.push_str("<div class=\"parties\">");
    let s = &doc.seller;
    party(
        out,
        "from",
        "From",
        s.name.as_deref().unwrap_or_default(),
        &[
            ("address", s.address.as_deref()),
            ("email", s.email.as_deref()),
            ("phone", s.phone.as_deref()),
            ("vat-id", s.vat_id.as_deref().map(|v| format!("VAT ID {v}")).as_deref()),
        ],
    );
    let b = &doc.bill_to;
    party(
        out,
        "bill-to",
        "Bill to",
        &b.name,
        &[
            ("address", b.address.as_deref()),
            ("vat-id", b.vat_id.as_deref().map(|v| format!("VAT ID {v}")).as_deref()),
        ],
    );
    out.push_str("</div>\n");
}

/// The subtotal, discount, tax and total rows.
fn totals(out: &mut String, doc: &InvoiceDoc) {
    out.push_str("<table class=\"totals\">\n");
    let currency = escape(&doc.currency);
    let t = &doc.totals;
    let tax_name = if doc.seller.vat_id.is_some() { "VAT" } else { "Tax" };
    let mut rows = vec![("subtotal", "Subtotal".to_string(), t.subtotal.to_string())];
    if !t.discount.0.is_zero() {
        rows.push((
            "discount",
            labelled("Discount", doc.discount_percent),
            t.deduction().to_string(),
        ));
    }
    if !t.tax.0.is_zero() || doc.tax_percent.is_some() {
        rows.push(("tax", labelled(tax_name, doc.tax_percent), t.tax.to_string()));
    }
    rows.push(("total", "Total".to_string(), format!("{} {currency}", t.total)));
    for (class, label, amount) in rows {
        let _ = writeln!(
            out,
            "<tr class=\"{class}\"><td>{}</td><td class=\"num\" id=\"{class}\">{amount}</td></tr>",
            escape(&label)
        );
    }
    out.push_str("</table>\n");
}
