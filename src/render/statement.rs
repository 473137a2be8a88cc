//! A client statement as a terminal table, one CSV table, JSON, or a printable HTML
//! page (A4). With `hide_costs` every rate, price and amount is left out, in every
//! format: the columns are not there at all.

use std::fmt::Write;

use serde_json::{Map, Value};

use super::html::{STYLE, escape};
use super::json::cell_value;
use super::{Cell, Format, Report, TimeFormat, table};
use crate::domain::duration::Minutes;
use crate::domain::money::Money;
use crate::domain::statement::{Section, Statement};

/// The columns of the activity rows; `price` only when costs are shown.
const ENTRY_COLUMNS: &[&str] =
    &["date", "kind", "ref", "hours", "balance", "note", "person", "project", "price"];
const UPCOMING_COLUMNS: &[&str] = &["lot", "expires", "hours"];
const INVOICE_COLUMNS: &[&str] =
    &["number", "date", "due", "total", "paid", "outstanding", "status"];
const PAYMENT_COLUMNS: &[&str] = &["date", "invoice", "amount", "note"];
/// The columns that hold money.
const COSTS: &[&str] = &["price", "total", "paid", "outstanding", "amount"];
/// CSV: one table for everything, its `kind` telling rows apart.
const CSV_COLUMNS: &[&str] = &[
    "client",
    "date",
    "kind",
    "ref",
    "hours",
    "balance",
    "note",
    "person",
    "project",
    "price",
    "due",
    "total",
    "paid",
    "outstanding",
    "status",
];

struct Renderer {
    hide_costs: bool,
    time_format: TimeFormat,
}

impl Renderer {
    fn hours(&self, m: Minutes) -> Cell {
        match self.time_format {
            TimeFormat::Decimal => Cell::Num(m.hours_text()),
            TimeFormat::Hm => Cell::Fixed(m.hm()),
        }
    }

    /// `columns` without the money ones when costs are hidden.
    fn columns(&self, columns: &[&'static str]) -> Vec<&'static str> {
        columns.iter().copied().filter(|c| !self.hide_costs || !COSTS.contains(c)).collect()
    }

    /// A report of `columns` whose rows name their cells; cells of hidden columns
    /// are dropped.
    fn report(&self, columns: &[&'static str], rows: Vec<Vec<(&str, Cell)>>) -> Report {
        let mut report = Report::new(&self.columns(columns));
        for row in rows {
            let cells = report
                .columns
                .iter()
                .map(|c| row.iter().find(|(n, _)| n == c).map_or(Cell::Empty, |(_, v)| v.clone()))
                .collect();
            report.push(cells);
        }
        report
    }

    fn entries(&self, s: &Section) -> Report {
        let rows = s
            .entries
            .iter()
            .map(|e| {
                vec![
                    ("date", Cell::Fixed(e.date.to_string())),
                    ("kind", Cell::text(e.kind)),
                    ("ref", Cell::text(&e.reference)),
                    ("hours", self.hours(e.hours)),
                    ("balance", self.hours(e.balance)),
                    ("note", Cell::text(&e.note)),
                    ("person", Cell::text(&e.person)),
                    ("project", Cell::text(&e.project)),
                    ("price", money(e.price)),
                ]
            })
            .collect();
        self.report(ENTRY_COLUMNS, rows)
    }

    fn upcoming(&self, s: &Section) -> Report {
        let rows = s
            .upcoming
            .iter()
            .map(|u| {
                vec![
                    ("lot", Cell::text(&u.lot)),
                    ("expires", Cell::Fixed(u.expires.to_string())),
                    ("hours", self.hours(u.remaining)),
                ]
            })
            .collect();
        self.report(UPCOMING_COLUMNS, rows)
    }

    fn invoices(&self, s: &Section) -> Report {
        let rows = s
            .invoices
            .iter()
            .map(|i| {
                vec![
                    ("number", Cell::text(&i.number)),
                    ("date", Cell::Fixed(i.date.to_string())),
                    ("due", Cell::Fixed(i.due.to_string())),
                    ("total", money(Some(i.total))),
                    ("paid", money(Some(i.paid))),
                    ("outstanding", money(Some(i.outstanding))),
                    ("status", Cell::text(i.status.as_str())),
                ]
            })
            .collect();
        self.report(INVOICE_COLUMNS, rows)
    }

    fn payments(&self, s: &Section) -> Report {
        let rows = s
            .invoices
            .iter()
            .flat_map(|i| {
                i.payments.iter().map(|p| {
                    vec![
                        ("date", Cell::Fixed(p.date.to_string())),
                        ("invoice", Cell::text(&i.number)),
                        ("amount", money(Some(p.amount))),
                        ("note", Cell::text(&p.note)),
                    ]
                })
            })
            .collect();
        self.report(PAYMENT_COLUMNS, rows)
    }

    /// Every row of a section for the one CSV table.
    fn csv_rows(&self, s: &Section, statement: &Statement) -> Vec<Vec<(&'static str, Cell)>> {
        let client = || ("client", Cell::text(&s.client));
        let mut rows = vec![vec![
            client(),
            ("date", Cell::Fixed(statement.from.to_string())),
            ("kind", Cell::text("opening")),
            ("balance", self.hours(s.opening)),
        ]];
        for e in &s.entries {
            rows.push(vec![
                client(),
                ("date", Cell::Fixed(e.date.to_string())),
                ("kind", Cell::text(e.kind)),
                ("ref", Cell::text(&e.reference)),
                ("hours", self.hours(e.hours)),
                ("balance", self.hours(e.balance)),
                ("note", Cell::text(&e.note)),
                ("person", Cell::text(&e.person)),
                ("project", Cell::text(&e.project)),
                ("price", money(e.price)),
            ]);
        }
        rows.push(vec![
            client(),
            ("date", Cell::Fixed(statement.to.to_string())),
            ("kind", Cell::text("closing")),
            ("balance", self.hours(s.closing)),
        ]);
        for u in &s.upcoming {
            rows.push(vec![
                client(),
                ("date", Cell::Fixed(u.expires.to_string())),
                ("kind", Cell::text("upcoming-expiry")),
                ("ref", Cell::text(&u.lot)),
                ("hours", self.hours(u.remaining)),
            ]);
        }
        for i in &s.invoices {
            rows.push(vec![
                client(),
                ("date", Cell::Fixed(i.date.to_string())),
                ("kind", Cell::text("invoice")),
                ("ref", Cell::text(&i.number)),
                ("due", Cell::Fixed(i.due.to_string())),
                ("total", money(Some(i.total))),
                ("paid", money(Some(i.paid))),
                ("outstanding", money(Some(i.outstanding))),
                ("status", Cell::text(i.status.as_str())),
            ]);
            for p in &i.payments {
                rows.push(vec![
                    client(),
                    ("date", Cell::Fixed(p.date.to_string())),
                    ("kind", Cell::text("payment")),
                    ("ref", Cell::text(&i.number)),
                    ("note", Cell::text(&p.note)),
                    ("paid", money(Some(p.amount))),
                ]);
            }
        }
        rows
    }

    fn json_section(&self, s: &Section, statement: &Statement) -> Map<String, Value> {
        let mut object = Map::new();
        object.insert("client".into(), Value::String(s.client.clone()));
        object.insert("name".into(), Value::String(s.name.clone()));
        object.insert("from".into(), Value::String(statement.from.to_string()));
        object.insert("to".into(), Value::String(statement.to.to_string()));
        if !self.hide_costs {
            object.insert("currency".into(), Value::String(s.currency.clone()));
        }
        object.insert("opening_balance".into(), cell_value(&self.hours(s.opening)));
        object.insert("closing_balance".into(), cell_value(&self.hours(s.closing)));
        object.insert("rows".into(), super::json::to_value(&self.entries(s)));
        object.insert("upcoming_expiries".into(), super::json::to_value(&self.upcoming(s)));
        let mut invoices = super::json::to_value(&self.invoices(s));
        if let Value::Array(items) = &mut invoices {
            for (item, invoice) in items.iter_mut().zip(&s.invoices) {
                let mut payments = Report::new(&self.columns(&["date", "amount", "note"]));
                for p in &invoice.payments {
                    let mut cells = vec![Cell::Fixed(p.date.to_string())];
                    if !self.hide_costs {
                        cells.push(money(Some(p.amount)));
                    }
                    cells.push(Cell::text(&p.note));
                    payments.push(cells);
                }
                if let Value::Object(o) = item {
                    o.insert("payments".into(), super::json::to_value(&payments));
                }
            }
        }
        object.insert("invoices".into(), invoices);
        object
    }
}

fn money(m: Option<Money>) -> Cell {
    m.map_or(Cell::Empty, |m| Cell::Num(m.to_string()))
}

/// The statement in `format`.
pub fn render(
    statement: &Statement,
    format: Format,
    time_format: TimeFormat,
    output: super::Output,
) -> Vec<u8> {
    let r = Renderer { hide_costs: statement.hide_costs, time_format };
    match format {
        Format::Csv | Format::Xlsx | Format::Ods => {
            let rows = statement.sections.iter().flat_map(|s| r.csv_rows(s, statement)).collect();
            let table = r.report(CSV_COLUMNS, rows);
            match format {
                Format::Xlsx => super::xlsx::render(&table, "statement"),
                Format::Ods => super::ods::render(&table, "statement"),
                _ => super::csv::render(&table, output.decimal_comma),
            }
        }
        Format::Json => {
            let value = match &statement.payer {
                None => match statement.sections.first() {
                    Some(s) => Value::Object(r.json_section(s, statement)),
                    None => Value::Null,
                },
                Some(payer) => {
                    let mut object = Map::new();
                    object.insert("payer".into(), Value::String(payer.clone()));
                    object.insert("from".into(), Value::String(statement.from.to_string()));
                    object.insert("to".into(), Value::String(statement.to.to_string()));
                    let sections = statement
                        .sections
                        .iter()
                        .map(|s| Value::Object(r.json_section(s, statement)));
                    object.insert("sections".into(), Value::Array(sections.collect()));
                    Value::Object(object)
                }
            };
            let mut out = serde_json::to_vec_pretty(&value).expect("JSON values serialize");
            out.push(b'\n');
            out
        }
        Format::Table
        | Format::Cii
        | Format::Xrechnung
        | Format::Ubl
        | Format::Pdf
        | Format::Facturx
        | Format::Svg => r.table(statement, output).into_bytes(),
        Format::Html => r.html(statement).into_bytes(),
    }
}

impl Renderer {
    fn table(&self, statement: &Statement, output: super::Output) -> String {
        let mut out = String::new();
        let balance = |m: Minutes| self.hours(m).as_str().to_string();
        if let Some(payer) = &statement.payer {
            let _ = writeln!(
                out,
                "Statement for {} ({payer}), {} to {}: one section per client",
                statement.to_name, statement.from, statement.to
            );
        }
        for s in &statement.sections {
            let _ = writeln!(
                out,
                "{}{} ({}), {} to {}",
                if statement.payer.is_some() { "\n" } else { "Statement for " },
                s.name,
                s.client,
                statement.from,
                statement.to
            );
            let _ = writeln!(out, "Opening balance: {}", balance(s.opening));
            let entries = self.entries(s);
            if !entries.rows.is_empty() {
                out.push_str(&table::render(&entries, output));
            }
            let _ = writeln!(out, "Closing balance: {}", balance(s.closing));
            for (title, report) in [
                ("Upcoming expiries", self.upcoming(s)),
                ("Invoices", self.invoices(s)),
                ("Payments", self.payments(s)),
            ] {
                if !report.rows.is_empty() {
                    let _ = writeln!(out, "{title}:");
                    out.push_str(&table::render(&report, output));
                }
            }
        }
        out
    }

    fn html(&self, statement: &Statement) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Statement {}</title>\n<style>{STYLE}h2{{font-size:14pt;margin:1.5em 0 .3em}}h3{{font-size:11pt;margin:1.2em 0 0}}td[data-column=date],td[data-column=ref],td[data-column=project],td[data-column=due],td[data-column=lot],td[data-column=expires]{{white-space:nowrap}}</style>\n{}\n</head>\n<body>",
            escape(&statement.to_name),
            super::html::page_style(&format!(
                "Statement for {}, {} to {}",
                statement.to_name, statement.from, statement.to
            ))
        );
        let heading = if statement.page.is_some() { "Hours and invoices" } else { "Statement" };
        let _ = writeln!(
            out,
            "<h1>{heading}</h1>\n<p class=\"dates\">Period: <span id=\"from\">{}</span> to <span id=\"to\">{}</span></p>",
            statement.from, statement.to
        );
        out.push_str("<div class=\"parties\">");
        let _ = write!(
            out,
            "<div class=\"from\"><strong>From</strong>\n<span class=\"name\">{}</span>",
            escape(statement.company_name.as_deref().unwrap_or_default())
        );
        if let Some(a) = &statement.company_address {
            let _ = write!(out, "\n<span class=\"address\">{}</span>", escape(a));
        }
        let _ = write!(
            out,
            "</div><div class=\"to\"><strong>To</strong>\n<span class=\"name\">{}</span>",
            escape(&statement.to_name)
        );
        if let Some(a) = &statement.to_address {
            let _ = write!(out, "\n<span class=\"address\">{}</span>", escape(a));
        }
        out.push_str("</div></div>\n");
        for s in &statement.sections {
            // A client's page names no internal id, not even in its markup.
            let data = match statement.page {
                Some(_) => String::new(),
                None => format!(" data-client=\"{}\"", escape(&s.client)),
            };
            let _ = writeln!(out, "<section class=\"client\"{data}>\n<h2>{}</h2>", escape(&s.name));
            out.push_str(&super::chart::svg(&s.chart));
            let _ = writeln!(
                out,
                "<p>Opening balance: <span class=\"opening\">{}</span> h</p>",
                self.hours(s.opening).as_str()
            );
            html_table(&mut out, "entries", &for_the_client(self.entries(s), s), &[]);
            let _ = writeln!(
                out,
                "<p>Closing balance: <span class=\"closing\">{}</span> h</p>",
                self.hours(s.closing).as_str()
            );
            for (class, title, report) in [
                ("upcoming", "Upcoming expiries", self.upcoming(s)),
                ("invoices", "Invoices", self.invoices(s)),
                ("payments", "Payments", self.payments(s)),
            ] {
                if !report.rows.is_empty() {
                    let _ = writeln!(out, "<h3>{title}</h3>");
                    let links = statement.page.as_deref().filter(|_| class == "invoices");
                    html_table(&mut out, class, &for_the_client(report, s), links.unwrap_or(&[]));
                }
            }
            out.push_str("</section>\n");
        }
        out.push_str("</body>\n</html>\n");
        out
    }
}

/// A table as the client reads it (SPEC 12.5): no internal id. A row's `ref` is left
/// empty (so the column goes), a lot is named by when its hours came.
fn for_the_client(mut report: Report, s: &Section) -> Report {
    let column = |name: &str| report.columns.iter().position(|c| *c == name);
    if let Some(at) = column("ref") {
        for row in &mut report.rows {
            row.cells[at] = Cell::Empty;
        }
    }
    if let Some(at) = column("lot") {
        for row in &mut report.rows {
            let words = s
                .upcoming
                .iter()
                .find(|u| u.lot == row.cells[at].as_str())
                .map(|u| u.words.clone());
            if let Some(words) = words {
                row.cells[at] = Cell::text(words);
            }
        }
    }
    report
}

/// A table of the page (SPEC 14): a column empty in every row is left out (CSV and
/// JSON keep every column), and dates, references and projects never break inside.
/// A `number` cell named in `links` links to its page.
fn html_table(out: &mut String, class: &str, report: &Report, links: &[(String, String)]) {
    let shown: Vec<bool> = (0..report.columns.len())
        .map(|i| report.rows.iter().any(|r| r.cells.get(i).is_some_and(|c| !c.as_str().is_empty())))
        .collect();
    let _ = write!(out, "<table class=\"{class}\">\n<thead><tr>");
    for (c, _) in report.columns.iter().zip(&shown).filter(|(_, s)| **s) {
        let _ = write!(out, "<th data-column=\"{c}\">{}</th>", escape(c));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &report.rows {
        out.push_str("<tr>");
        for ((c, cell), _) in report.columns.iter().zip(&row.cells).zip(&shown).filter(|(_, s)| **s)
        {
            let num = if matches!(cell, Cell::Num(_)) { " class=\"num\"" } else { "" };
            let text = escape(cell.as_str());
            let link = links.iter().find(|(n, _)| *c == "number" && n == cell.as_str());
            let text = match link {
                Some((_, href)) => format!("<a href=\"{}\">{text}</a>", escape(href)),
                None => text,
            };
            let _ = write!(out, "<td data-column=\"{c}\"{num}>{text}</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// A statement as the plain-text part of an e-mail (SPEC 12.5): short lines of at
/// most 78 columns, no box-drawing table and no internal id (`2026-11-05  Design
/// review  -2:00`); amounts left out when costs are hidden.
pub fn mail_text(s: &Statement) -> String {
    let fit = |line: String| -> String {
        let line = super::visible(&line).into_owned();
        if line.chars().count() <= 78 {
            return line;
        }
        let cut: String = line.chars().take(77).collect();
        format!("{cut}…")
    };
    let mut out = vec![
        fit(format!("Statement of hours for {}", s.to_name)),
        format!("{} to {}", s.from, s.to),
    ];
    for section in &s.sections {
        out.push(String::new());
        if s.sections.len() > 1 {
            out.push(fit(section.name.clone()));
        }
        out.push(format!("Opening balance  {}", section.opening.hm()));
        for e in &section.entries {
            let kind = match e.kind {
                "purchase" => "hours bought",
                "allocation" => "monthly hours",
                "cancellation" => "late cancellation",
                "adjust" => "adjustment",
                "set" => "balance set",
                "expire" => "hours expired",
                "carry" => "carried",
                other => other,
            };
            let what = if e.note.is_empty() { kind.to_string() } else { e.note.clone() };
            let price = match (e.price, s.hide_costs) {
                (Some(p), false) => format!("  {p} {}", section.currency),
                _ => String::new(),
            };
            let hours = if e.hours.0 >= 0 { format!("+{}", e.hours.hm()) } else { e.hours.hm() };
            out.push(fit(format!("{}  {what}  {hours}{price}", e.date)));
        }
        out.push(format!("Closing balance  {}", section.closing.hm()));
        for u in &section.upcoming {
            out.push(fit(format!("{} h expire on {}", u.remaining.hm(), u.expires)));
        }
        if !s.hide_costs && !section.invoices.is_empty() {
            out.push(String::new());
            out.push("Invoices".to_string());
            for i in &section.invoices {
                out.push(fit(format!(
                    "{}  {}  {} {}  {} outstanding  {}",
                    i.number,
                    i.date,
                    i.total,
                    section.currency,
                    i.outstanding,
                    i.status.as_str()
                )));
            }
        }
    }
    out.push(String::new());
    out.join("\n")
}
