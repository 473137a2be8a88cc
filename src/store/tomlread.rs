//! Reading `hourbank.toml` and `clients.toml` into domain values. Numbers are taken
//! from their source text, never through `f64`; every problem names `file:line`.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use toml_edit::{Document, Item, Table, Value};

use crate::domain::budget::{Budget, BudgetPeriod};
use crate::domain::check::{Code, Diagnostic};
use crate::domain::client::{
    CancellationLevel, Client, ClientType, Company, CreditOn, EInvoice, Notify, Overage, Settings,
    Smtp, SmtpTls, Status,
};
use crate::domain::date::{check_months, check_terms_days, parse_date};
use crate::domain::duration::Minutes;
use crate::domain::flex::{FlexBank, FlexRule, Person};
use crate::domain::id::Slug;
use crate::domain::money::Money;
use crate::domain::topup::TopUp;

/// A TOML source: its file name and text, to turn spans into line numbers.
pub struct Src<'a> {
    pub file: &'a str,
    pub raw: &'a str,
    /// Byte offsets of every newline, for line numbers in O(log n).
    newlines: Vec<usize>,
}

impl<'a> Src<'a> {
    pub fn new(file: &'a str, raw: &'a str) -> Src<'a> {
        let newlines =
            raw.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i).collect();
        Src { file, raw, newlines }
    }

    pub fn line(&self, span: Option<Range<usize>>) -> Option<u32> {
        let start = span?.start.min(self.raw.len());
        Some(self.newlines.partition_point(|&n| n < start) as u32 + 1)
    }

    fn error(&self, span: Option<Range<usize>>, message: String) -> Diagnostic {
        Diagnostic::error(self.file, self.line(span), Code::Toml, message)
    }

    /// The text of a scalar item (see [`Src::value_text`]).
    fn text<'b>(&'b self, item: &'b Item) -> Option<Cow<'b, str>> {
        self.value_text(item.as_value()?)
    }

    /// The text of a scalar: a string's content, a number's or date's source text (so
    /// that a number is never read through `f64`).
    fn value_text<'b>(&'b self, value: &'b Value) -> Option<Cow<'b, str>> {
        if let Some(s) = value.as_str() {
            return Some(Cow::Borrowed(s));
        }
        if value.is_integer() || value.is_float() || value.is_datetime() {
            if let Some(span) = value.span() {
                return self.raw.get(span).map(|s| Cow::Borrowed(s.trim()));
            }
            return Some(Cow::Owned(value.to_string().trim().to_string()));
        }
        None
    }
}

/// Parses a TOML document, reporting a syntax error with its line.
pub fn parse_document<'a>(
    src: &Src<'a>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Document<&'a str>> {
    match Document::parse(src.raw) {
        Ok(doc) if count_keys(doc.as_table(), MAX_KEYS + 1) > MAX_KEYS => {
            diagnostics.push(src.error(
                None,
                format!(
                    "more than {MAX_KEYS} keys: a ledger's TOML file may have at most that many"
                ),
            ));
            None
        }
        Ok(doc) => {
            control_characters(src, doc.as_table(), diagnostics);
            Some(doc)
        }
        Err(e) => {
            let message = e.message().to_string();
            diagnostics.push(src.error(e.span(), format!("invalid TOML: {message}")));
            None
        }
    }
}

/// Reports every text value holding a control character (a line break, an escape
/// sequence, NUL) at its line (SPEC 12.7): such a value would reach a terminal, a
/// message or an e-mail header.
fn control_characters(src: &Src<'_>, root: &Table, out: &mut Vec<Diagnostic>) {
    // The path of keys is kept as a stack and written out only for a message (it was
    // formatted for every key: a twentieth of reading clients.toml).
    fn value<'t>(src: &Src<'_>, v: &'t Value, path: &mut Vec<&'t str>, out: &mut Vec<Diagnostic>) {
        match v {
            Value::String(s) => {
                if let Some(c) = s.value().chars().find(|c| c.is_control()) {
                    // Writes stop until it is fixed; reports go on, showing it escaped.
                    out.push(Diagnostic::error(
                        src.file,
                        src.line(v.span()),
                        Code::Config,
                        format!(
                            "{}: a control character (U+{:04X}) in a text value; keep text on one line without control characters",
                            dotted(path),
                            u32::from(c)
                        ),
                    ));
                }
            }
            Value::Array(a) => a.iter().for_each(|v| value(src, v, path, out)),
            Value::InlineTable(t) => {
                for (k, v) in t.iter() {
                    path.push(k);
                    value(src, v, path, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    // Keys joined by dots, an empty key at the top taking no dot after it.
    fn dotted(path: &[&str]) -> String {
        path.iter().fold(String::new(), |out, key| {
            if out.is_empty() { key.to_string() } else { format!("{out}.{key}") }
        })
    }
    fn table<'t>(src: &Src<'_>, t: &'t Table, path: &mut Vec<&'t str>, out: &mut Vec<Diagnostic>) {
        for (key, item) in t.iter() {
            path.push(key);
            match item {
                Item::Value(v) => value(src, v, path, out),
                Item::Table(t) => table(src, t, path, out),
                Item::ArrayOfTables(a) => a.iter().for_each(|t| table(src, t, path, out)),
                Item::None => {}
            }
            path.pop();
        }
    }
    table(src, root, &mut Vec::new(), out);
}

/// The most keys a ledger's TOML file may have (SPEC 12.7), counting those of every
/// table: a bound that costs nothing to check.
pub const MAX_KEYS: usize = 100_000;

/// The keys of `table` and the tables in it, counted up to `limit`.
pub fn count_keys(table: &Table, limit: usize) -> usize {
    fn items<'t>(table: &'t Table) -> Box<dyn Iterator<Item = &'t Item> + 't> {
        Box::new(table.iter().map(|(_, item)| item))
    }
    let mut count = 0;
    let mut stack = vec![items(table)];
    while let Some(top) = stack.last_mut() {
        let Some(item) = top.next() else {
            stack.pop();
            continue;
        };
        count += 1;
        if count >= limit {
            return count;
        }
        match item {
            Item::Table(t) => stack.push(items(t)),
            Item::ArrayOfTables(a) => {
                for t in a.iter() {
                    count += t.len();
                }
            }
            Item::Value(Value::InlineTable(t)) => count += t.len(),
            _ => {}
        }
    }
    count
}

/// Reads one key of a table with `parse`, reporting a bad value at its line.
/// Warns of the keys of `table` that are not in `known` (they are ignored), each at
/// its line, named after `prefix` (`clients.acme.`).
fn warn_unknown(
    src: &Src<'_>,
    table: &dyn toml_edit::TableLike,
    known: &[&str],
    prefix: &str,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for (key, _) in table.iter().filter(|(k, _)| !known.contains(k)) {
        let span = table.key(key).and_then(|k| k.span());
        diagnostics.push(Diagnostic::warning(
            src.file,
            src.line(span),
            Code::UnknownKey,
            format!("{prefix}{key}: unknown key (ignored)"),
        ));
    }
}

struct Reader<'s, 'a> {
    src: &'s Src<'a>,
    table: &'s Table,
    path: String,
    diagnostics: &'s mut Vec<Diagnostic>,
}

impl<'s> Reader<'s, '_> {
    fn get<T>(&mut self, key: &str, parse: impl FnOnce(&str) -> Result<T, String>) -> Option<T> {
        let item = self.table.get(key)?;
        let span = item.span().or_else(|| self.table.key(key).and_then(|k| k.span()));
        let result = match self.src.text(item) {
            Some(text) => parse(&text),
            None => Err(format!("expected a value, found {}", item.type_name())),
        };
        match result {
            Ok(v) => Some(v),
            Err(message) => {
                let path = format!("{}{key}", self.path);
                self.diagnostics.push(self.src.error(span, format!("{path}: {message}")));
                None
            }
        }
    }

    fn string(&mut self, key: &str) -> Option<String> {
        let item = self.table.get(key)?;
        match item.as_str() {
            Some(s) => Some(s.to_string()),
            None => {
                let span = item.span();
                let message = format!("{}{key}: expected a string", self.path);
                self.diagnostics.push(self.src.error(span, message));
                None
            }
        }
    }

    fn bool(&mut self, key: &str) -> Option<bool> {
        let item = self.table.get(key)?;
        let value = item.as_bool();
        if value.is_none() {
            let message = format!("{}{key}: expected true or false", self.path);
            self.diagnostics.push(self.src.error(item.span(), message));
        }
        value
    }

    /// The sub-table `key` (an error when `key` is there but not a table).
    fn table(&mut self, key: &str) -> Option<&'s Table> {
        let item = self.table.get(key)?;
        let table = item.as_table();
        if table.is_none() {
            let message = format!("{}{key}: expected a table [{}{key}]", self.path, self.path);
            self.diagnostics.push(self.src.error(item.span(), message));
        }
        table
    }

    /// Warns of keys of this table that are not in `known` (they are ignored).
    fn unknown_keys(&mut self, known: &[&str]) {
        warn_unknown(self.src, self.table, known, &self.path, self.diagnostics);
    }

    fn money(&mut self, key: &str) -> Option<Money> {
        self.get(key, |t| Money::parse_unsigned(t).map_err(|e| e.to_string()))
    }

    fn minutes(&mut self, key: &str) -> Option<Minutes> {
        self.get(key, |t| Minutes::parse_unsigned(t).map_err(|e| e.to_string()))
    }

    fn count(&mut self, key: &str) -> Option<u32> {
        self.get(key, parse_count)
    }

    /// Payment terms in days, within the bounds of [`check_terms_days`].
    fn terms_days(&mut self, key: &str) -> Option<u32> {
        self.get(key, |t| {
            let n = t
                .parse::<u64>()
                .map_err(|_| format!("\"{t}\" is not a whole number (0 or more)"))?;
            check_terms_days(n)
        })
    }

    /// Months of validity (`zero_ok` false) or rollover, within the bounds of
    /// [`check_months`].
    fn months(&mut self, key: &str, zero_ok: bool) -> Option<u32> {
        self.get(key, |t| {
            let n = t
                .parse::<u64>()
                .map_err(|_| format!("\"{t}\" is not a whole number (0 or more)"))?;
            check_months(n, zero_ok)
        })
    }

    fn percent(&mut self, key: &str) -> Option<Decimal> {
        self.get(key, parse_percent)
    }

    fn percents(&mut self, key: &str) -> Option<Vec<Decimal>> {
        self.list(key, parse_percent)
    }

    /// An array of dates (each a string or a TOML date); a single date is one.
    fn dates(&mut self, key: &str) -> Vec<NaiveDate> {
        self.list(key, |t| parse_date(t).map_err(|e| e.to_string())).unwrap_or_default()
    }

    /// An array of values, or a single value as one, each read with `parse`; `None`
    /// (with an error at each bad value's line) when any is bad.
    fn list<T>(&mut self, key: &str, parse: impl Fn(&str) -> Result<T, String>) -> Option<Vec<T>> {
        let item = self.table.get(key)?;
        let Some(array) = item.as_array() else {
            return self.get(key, parse).map(|v| vec![v]);
        };
        let mut out = Vec::new();
        let mut bad = false;
        for value in array.iter() {
            let text = self.src.value_text(value).unwrap_or_default();
            match parse(&text) {
                Ok(v) => out.push(v),
                Err(message) => {
                    let message = format!("{}{key}: {message}", self.path);
                    self.diagnostics.push(self.src.error(value.span(), message));
                    bad = true;
                }
            }
        }
        (!bad).then_some(out)
    }

    fn days(&mut self, key: &str) -> Option<Vec<u32>> {
        let item = self.table.get(key)?;
        if let Some(array) = item.as_array() {
            let mut out = Vec::new();
            for value in array.iter() {
                match value.as_integer().and_then(|i| u32::try_from(i).ok()) {
                    Some(n) => out.push(n),
                    None => {
                        let message = format!("{}{key}: expected whole numbers of days", self.path);
                        self.diagnostics.push(self.src.error(value.span(), message));
                        return None;
                    }
                }
            }
            return Some(out);
        }
        self.count(key).map(|n| vec![n])
    }
}

fn parse_count(text: &str) -> Result<u32, String> {
    text.parse::<u32>().map_err(|_| format!("\"{text}\" is not a whole number (0 or more)"))
}

fn parse_percent(text: &str) -> Result<Decimal, String> {
    let value = Decimal::from_str_exact(text.trim())
        .map_err(|_| format!("\"{text}\" is not a percentage (a number like 25 or 12.5)"))?;
    if value.is_sign_negative() || value > Decimal::from(100) {
        return Err(format!("\"{text}\" is not a percentage from 0 to 100"));
    }
    Ok(value)
}

/// An ISO 3166 alpha-2 country code, `DE`.
fn country(text: &str) -> Result<String, String> {
    let t = text.trim();
    if t.len() == 2 && t.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(t.to_string())
    } else {
        Err(format!("\"{text}\" is not a two-letter country code like DE or FR"))
    }
}

/// An EN 16931 VAT category code (UNCL 5305).
fn tax_category(text: &str) -> Result<String, String> {
    match text.trim() {
        t @ ("S" | "Z" | "E" | "AE" | "K" | "G" | "O" | "L" | "M") => Ok(t.to_string()),
        _ => Err(format!("\"{text}\" is not a VAT category: use S, Z, E, AE, K, G, O, L or M")),
    }
}

fn parse_choice<T>(text: &str, names: &[&str], parse: fn(&str) -> Option<T>) -> Result<T, String> {
    parse(text).ok_or_else(|| format!("\"{text}\" is not one of {}", names.join(", ")))
}

/// Every key of a `[clients.<id>]` table; the three that always have a value come first.
const CLIENT_KEYS: &[&str] = &[
    "name",
    "type",
    "status",
    "email",
    "billing_email",
    "address",
    "street",
    "postcode",
    "city",
    "buyer_reference",
    "peppol_id",
    "currency",
    "rate",
    "rates",
    "multipliers",
    "block_hours",
    "block_price",
    "expiry_months",
    "credit_limit",
    "low_balance_percent",
    "low_balance_hours",
    "cancellation",
    "payer",
    "vat_id",
    "country",
    "tax_category",
    "tax_exemption",
    "discount_percent",
    "tax_percent",
    "terms_days",
    "billing_start",
    "block_after_days",
    "prorate",
    "credit_on",
    "hide_costs",
    "invoice_detail",
    "monthly_hours",
    "monthly_fee",
    "overage_rate",
    "overage",
    "carry_max",
    "rollover_months",
    "start",
    "end",
    "notes",
    "projects",
    "topup",
    "page_token",
];

/// The client keys that may be absent (all but name, type and status): what
/// `client set --unset` can remove.
pub const OPTIONAL_CLIENT_KEYS: &[&str] = CLIENT_KEYS.split_at(3).1;

/// Reads every `[clients.<id>]` table; a client with a bad value is still returned
/// (with that value unset) so that rows referring to it are not reported twice.
pub fn read_clients(
    src: &Src<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<(Client, Option<u32>)> {
    let Some(doc) = parse_document(src, diagnostics) else {
        return Vec::new();
    };
    let Some(clients) = doc.get("clients") else {
        return Vec::new();
    };
    let Some(clients) = clients.as_table() else {
        diagnostics
            .push(src.error(clients.span(), "clients: expected tables [clients.<id>]".into()));
        return Vec::new();
    };
    let mut out = Vec::new();
    for (id, item) in clients.iter() {
        let key_span = clients.key(id).and_then(|k| k.span());
        let line = src.line(key_span.clone().or_else(|| item.span()));
        let slug = match Slug::parse(id) {
            Ok(s) => s,
            Err(e) => {
                diagnostics.push(src.error(key_span, e.to_string()));
                continue;
            }
        };
        let Some(table) = item.as_table() else {
            diagnostics.push(src.error(key_span, format!("clients.{id}: expected a table")));
            continue;
        };
        out.push((read_client(src, slug, table, diagnostics), line));
    }
    out
}

fn read_client(
    src: &Src<'_>,
    id: Slug,
    table: &Table,
    diagnostics: &mut Vec<Diagnostic>,
) -> Client {
    let mut r = Reader { src, table, path: format!("clients.{id}."), diagnostics };
    r.unknown_keys(CLIENT_KEYS);
    let kind = r.get("type", |t| parse_choice(t, ClientType::NAMES, ClientType::parse));
    if kind.is_none() && !table.contains_key("type") {
        let span = table.span();
        let message = format!("clients.{id}: missing type (bank, retainer or payg)");
        r.diagnostics.push(src.error(span, message));
    }
    let rates = service_table(
        src,
        table.get("rates"),
        &format!("clients.{id}.rates"),
        "{ design = \"120.00\" }",
        |t| Money::parse_unsigned(t).map_err(|e| e.to_string()),
        r.diagnostics,
    );
    let multipliers = service_table(
        src,
        table.get("multipliers"),
        &format!("clients.{id}.multipliers"),
        "{ emergency = \"2\" }",
        crate::domain::rates::parse_multiplier,
        r.diagnostics,
    );
    let budgets = table
        .get("projects")
        .map(|item| read_budgets(src, &id, item, r.diagnostics))
        .unwrap_or_default();
    let topup = table.get("topup").and_then(|item| read_topup(src, &id, item, r.diagnostics));
    Client {
        page_token: r.get("page_token", crate::domain::text::check_page_token),
        topup,
        budgets,
        multipliers,
        name: r.string("name").unwrap_or_else(|| id.to_string()),
        kind: kind.unwrap_or(ClientType::Bank),
        status: r
            .get("status", |t| parse_choice(t, Status::NAMES, Status::parse))
            .unwrap_or(Status::Active),
        email: r.string("email"),
        billing_email: r
            .get("billing_email", |t| crate::domain::text::check_email(t).map(|()| t.to_string())),
        address: r.string("address"),
        street: r.string("street"),
        postcode: r.string("postcode"),
        city: r.string("city"),
        buyer_reference: r.string("buyer_reference"),
        peppol_id: r.get("peppol_id", crate::domain::text::check_peppol_id),
        currency: r.string("currency"),
        rate: r.money("rate"),
        rates,
        block_hours: r.minutes("block_hours"),
        block_price: r.money("block_price"),
        expiry_months: r.months("expiry_months", false),
        credit_limit: r.minutes("credit_limit"),
        low_balance_percent: r.percents("low_balance_percent"),
        low_balance_hours: r.minutes("low_balance_hours"),
        cancellation: table.get("cancellation").and_then(|item| {
            read_cancellation(src, item, &format!("clients.{id}.cancellation"), r.diagnostics)
        }),
        payer: r.get("payer", |t| Slug::parse(t).map_err(|e| e.to_string())),
        vat_id: r.string("vat_id"),
        country: r.get("country", country),
        tax_category: r.get("tax_category", tax_category),
        tax_exemption: r.string("tax_exemption"),
        discount_percent: r.percent("discount_percent"),
        tax_percent: r.percent("tax_percent"),
        terms_days: r.terms_days("terms_days"),
        billing_start: r.get("billing_start", |t| parse_date(t).map_err(|e| e.to_string())),
        prorate: r.bool("prorate").unwrap_or(false),
        block_after_days: r.terms_days("block_after_days"),
        credit_on: r.get("credit_on", |t| parse_choice(t, CreditOn::NAMES, CreditOn::parse)),
        hide_costs: r.bool("hide_costs"),
        invoice_detail: r.bool("invoice_detail").unwrap_or(false),
        monthly_hours: r.minutes("monthly_hours"),
        monthly_fee: r.money("monthly_fee"),
        overage_rate: r.money("overage_rate"),
        overage: r
            .get("overage", |t| parse_choice(t, Overage::NAMES, Overage::parse))
            .unwrap_or_default(),
        carry_max: r.minutes("carry_max"),
        rollover_months: r.months("rollover_months", true),
        start: r.get("start", |t| parse_date(t).map_err(|e| e.to_string())),
        end: r.get("end", |t| parse_date(t).map_err(|e| e.to_string())),
        notes: r.string("notes"),
        id,
    }
}

/// A client's value per service (`rates`, `multipliers`: `{ design = "120.00" }`),
/// each read with `parse`; a bad one is reported at its line and left out.
fn service_table<T>(
    src: &Src<'_>,
    item: Option<&Item>,
    path: &str,
    example: &str,
    parse: impl Fn(&str) -> Result<T, String>,
    diagnostics: &mut Vec<Diagnostic>,
) -> BTreeMap<String, T> {
    let mut out = BTreeMap::new();
    let Some(item) = item else { return out };
    let Some(table) = item.as_table_like() else {
        let message = format!("{path}: expected a table like {example}");
        diagnostics.push(src.error(item.span(), message));
        return out;
    };
    for (service, value) in table.iter() {
        let text = src.text(value).unwrap_or_default();
        match parse(&text) {
            Ok(v) => {
                out.insert(service.to_string(), v);
            }
            Err(e) => diagnostics.push(src.error(value.span(), format!("{path}.{service}: {e}"))),
        }
    }
    out
}

/// `topup = { below = "2:00", blocks = 1 }` (`blocks` defaults to 1).
fn read_topup(
    src: &Src<'_>,
    id: &Slug,
    item: &Item,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<TopUp> {
    let path = format!("clients.{id}.topup");
    let Some(table) = item.as_table_like() else {
        let message = format!("{path}: expected a table like {{ below = \"2:00\", blocks = 1 }}");
        diagnostics.push(src.error(item.span(), message));
        return None;
    };
    warn_unknown(src, table, &["below", "blocks"], &format!("{path}."), diagnostics);
    let mut bad = |value: &Item, message: String| {
        diagnostics.push(src.error(value.span(), format!("{path}.{message}")));
        None
    };
    let Some(value) = table.get("below") else {
        return bad(item, "below: missing (the hours below which blocks are bought)".into());
    };
    let text = src.text(value).unwrap_or_default();
    let below = match Minutes::parse_unsigned(&text) {
        Ok(m) if m.0 > 0 => m,
        Ok(_) => return bad(value, "below: 0:00 is never undercut; use more".into()),
        Err(e) => return bad(value, format!("below: {e}")),
    };
    let blocks = match table.get("blocks") {
        None => 1,
        Some(value) => match value.as_integer().and_then(|n| u32::try_from(n).ok()) {
            Some(n @ 1..=100) => n,
            _ => return bad(value, "blocks: a whole number of blocks from 1 to 100".into()),
        },
    };
    Some(TopUp { below, blocks })
}

/// The keys of a project's table in `clients.toml`.
const BUDGET_KEYS: &[&str] = &["budget", "budget_period", "budget_alert_percent", "enforce"];

/// `[clients.<id>.projects.<name>]`: each project's budget; one without a valid
/// `budget` is reported and left out.
fn read_budgets(
    src: &Src<'_>,
    id: &Slug,
    item: &Item,
    diagnostics: &mut Vec<Diagnostic>,
) -> BTreeMap<String, Budget> {
    let mut out = BTreeMap::new();
    let Some(projects) = item.as_table_like() else {
        let message =
            format!("clients.{id}.projects: expected tables [clients.{id}.projects.<name>]");
        diagnostics.push(src.error(item.span(), message));
        return out;
    };
    for (name, item) in projects.iter() {
        let path = format!("clients.{id}.projects.{name}");
        let Some(table) = item.as_table() else {
            diagnostics.push(src.error(item.span(), format!("{path}: expected a table")));
            continue;
        };
        let mut r = Reader { src, table, path: format!("{path}."), diagnostics };
        r.unknown_keys(BUDGET_KEYS);
        let hours = r.minutes("budget");
        let period = r
            .get("budget_period", |t| parse_choice(t, BudgetPeriod::NAMES, BudgetPeriod::parse))
            .unwrap_or_default();
        let alert_percent = r
            .list("budget_alert_percent", crate::domain::budget::parse_alert_percent)
            .unwrap_or_else(Budget::default_alerts);
        let enforce = r.bool("enforce").unwrap_or(false);
        match hours {
            Some(hours) if hours.0 == 0 => {
                let span = table.get("budget").and_then(|v| v.span());
                let message = format!(
                    "{path}.budget: 0:00 budgets nothing; remove the project's table instead"
                );
                r.diagnostics.push(src.error(span, message));
            }
            Some(hours) => {
                out.insert(name.to_string(), Budget { hours, period, alert_percent, enforce });
            }
            None if !table.contains_key("budget") => {
                let message = format!("{path}: missing budget (hours, like \"40:00\")");
                r.diagnostics.push(src.error(table.span(), message));
            }
            None => {}
        }
    }
    out
}

/// The keys of `hourbank.toml`, table by table (those of later SPEC sections too, so
/// that a ledger written for them reads without warnings).
const SETTINGS_KEYS: &[&str] = &[
    "currency",
    "default_rate",
    "default_expiry_months",
    "credit_on",
    "hide_costs",
    "holidays",
    "rounding",
    "alerts",
    "notify",
    "invoice",
    "company",
    "services",
    "cancellation",
];
const ROUNDING_KEYS: &[&str] = &["minimum_minutes", "increment_minutes"];
const ALERT_KEYS: &[&str] =
    &["low_balance_percent", "low_balance_hours", "expiry_days", "overdraft", "timer_hours"];
const INVOICE_KEYS: &[&str] = &[
    "prefix",
    "terms_days",
    "billing_start",
    "block_after_days",
    "tax_category",
    "tax_exemption",
    "einvoice",
];
const COMPANY_KEYS: &[&str] = &[
    "name",
    "address",
    "email",
    "phone",
    "vat_id",
    "bank",
    "payment_terms",
    "footer",
    "logo",
    "country",
    "street",
    "postcode",
    "city",
    "registration_id",
    "contact",
    "iban",
    "bic",
    "peppol_id",
];
const NOTIFY_KEYS: &[&str] = &["to", "client", "from", "command", "smtp", "host"];
const SMTP_KEYS: &[&str] =
    &["host", "port", "username", "password_env", "starttls", "tls", "ca_file", "timeout_seconds"];

/// Reads `hourbank.toml`; every key is optional. Unknown keys are warnings; a value of
/// the wrong type is an error at its line.
pub fn read_settings(src: &Src<'_>, diagnostics: &mut Vec<Diagnostic>) -> Settings {
    let mut settings = Settings::default();
    let Some(doc) = parse_document(src, diagnostics) else {
        return settings;
    };
    let root = doc.as_table();
    let mut r = Reader { src, table: root, path: String::new(), diagnostics };
    r.unknown_keys(SETTINGS_KEYS);
    if let Some(c) = r.string("currency") {
        settings.currency = c;
    }
    if let Some(rate) = r.money("default_rate") {
        settings.default_rate = rate;
    }
    settings.default_expiry_months = r.months("default_expiry_months", false);
    settings.holidays = r.dates("holidays");
    if let Some(c) = r.get("credit_on", |t| parse_choice(t, CreditOn::NAMES, CreditOn::parse)) {
        settings.credit_on = c;
    }
    if let Some(h) = r.bool("hide_costs") {
        settings.hide_costs = h;
    }
    if let Some(item) = root.get("cancellation") {
        settings.cancellation =
            read_cancellation(src, item, "cancellation", r.diagnostics).unwrap_or_default();
    }
    let sections =
        ["rounding", "alerts", "invoice", "company", "notify", "services"].map(|k| r.table(k));
    let [rounding, alerts, invoice, company, notify, services] = sections;
    let diagnostics = r.diagnostics;
    if let Some(t) = rounding {
        read_rounding(src, t, diagnostics, &mut settings);
    }
    if let Some(t) = alerts {
        read_alerts(src, t, diagnostics, &mut settings);
    }
    if let Some(t) = invoice {
        read_invoice(src, t, diagnostics, &mut settings);
    }
    if let Some(t) = company {
        let mut r = sub(src, t, "company.", diagnostics);
        r.unknown_keys(COMPANY_KEYS);
        settings.company = Company {
            name: r.string("name"),
            address: r.string("address"),
            email: r.string("email"),
            phone: r.string("phone"),
            vat_id: r.string("vat_id"),
            bank: r.string("bank"),
            payment_terms: r.string("payment_terms"),
            footer: r.string("footer"),
            logo: r.string("logo"),
            country: r.get("country", country),
            street: r.string("street"),
            postcode: r.string("postcode"),
            city: r.string("city"),
            registration_id: r.string("registration_id"),
            contact: r.string("contact"),
            iban: r.get("iban", crate::domain::text::check_iban),
            bic: r.get("bic", crate::domain::text::check_bic),
            peppol_id: r.get("peppol_id", crate::domain::text::check_peppol_id),
        };
    }
    if let Some(t) = notify {
        settings.notify = read_notify(src, t, diagnostics);
    }
    if let Some(t) = services {
        let mut r = sub(src, t, "services.", diagnostics);
        for (name, _) in t.iter() {
            let Some(service) = r.table(name) else { continue };
            let mut s = sub(src, service, &format!("services.{name}."), &mut *r.diagnostics);
            s.unknown_keys(&["rate", "multiplier"]);
            if let Some(rate) = s.money("rate") {
                settings.services.insert(name.to_string(), rate);
            }
            if let Some(m) = s.get("multiplier", crate::domain::rates::parse_multiplier) {
                settings.service_multipliers.insert(name.to_string(), m);
            }
        }
    }
    settings
}

/// The `[rounding]` table.
fn read_rounding(
    src: &Src<'_>,
    t: &Table,
    diagnostics: &mut Vec<Diagnostic>,
    settings: &mut Settings,
) {
    let mut r = sub(src, t, "rounding.", diagnostics);
    r.unknown_keys(ROUNDING_KEYS);
    if let Some(m) = r.get("minimum_minutes", |t| parse_count(t).map(i64::from)) {
        settings.rounding.minimum_minutes = m;
    }
    let increment = r.get("increment_minutes", |t| match parse_count(t)? {
        0 => Err("must be at least 1".to_string()),
        n => Ok(i64::from(n)),
    });
    if let Some(i) = increment {
        settings.rounding.increment_minutes = i;
    }
}

/// The `[alerts]` table.
fn read_alerts(
    src: &Src<'_>,
    t: &Table,
    diagnostics: &mut Vec<Diagnostic>,
    settings: &mut Settings,
) {
    let mut r = sub(src, t, "alerts.", diagnostics);
    r.unknown_keys(ALERT_KEYS);
    if let Some(p) = r.percents("low_balance_percent") {
        settings.alerts.low_balance_percent = p;
    }
    settings.alerts.low_balance_hours = r.minutes("low_balance_hours");
    if let Some(d) = r.days("expiry_days") {
        settings.alerts.expiry_days = d;
    }
    if let Some(o) = r.bool("overdraft") {
        settings.alerts.overdraft = o;
    }
    if let Some(h) = r.minutes("timer_hours") {
        settings.alerts.timer_hours = h;
    }
}

/// The `[invoice]` table.
fn read_invoice(
    src: &Src<'_>,
    t: &Table,
    diagnostics: &mut Vec<Diagnostic>,
    settings: &mut Settings,
) {
    let mut r = sub(src, t, "invoice.", diagnostics);
    r.unknown_keys(INVOICE_KEYS);
    if let Some(p) = r.string("prefix") {
        settings.invoice_prefix = p;
    }
    if let Some(d) = r.terms_days("terms_days") {
        settings.terms_days = d;
    }
    settings.billing_start = r.get("billing_start", |t| parse_date(t).map_err(|e| e.to_string()));
    settings.block_after_days = r.terms_days("block_after_days");
    settings.tax_category = r.get("tax_category", tax_category);
    settings.tax_exemption = r.string("tax_exemption");
    settings.einvoice = r.get("einvoice", |t| parse_choice(t, EInvoice::NAMES, EInvoice::parse));
}

fn read_notify(src: &Src<'_>, t: &Table, diagnostics: &mut Vec<Diagnostic>) -> Notify {
    let mut notify = Notify::default();
    let smtp_span = t.get("smtp").and_then(Item::as_table).and_then(Table::span);
    notify.line = src.line(t.span().or(smtp_span));
    let strings =
        |key: &str, diagnostics: &mut Vec<Diagnostic>, allow_single: bool| -> Vec<String> {
            let Some(item) = t.get(key) else {
                return Vec::new();
            };
            if let (true, Some(s)) = (allow_single, item.as_str()) {
                return vec![s.to_string()];
            }
            match item.as_array() {
                Some(array) if array.iter().all(|v| v.as_str().is_some()) => {
                    array.iter().filter_map(|v| v.as_str().map(str::to_string)).collect()
                }
                _ => {
                    let hint = if key == "command" {
                        "an argv array like [\"sendmail\", \"-t\"] (it is never run by a shell)"
                    } else {
                        "an array of strings"
                    };
                    diagnostics
                        .push(src.error(item.span(), format!("notify.{key}: expected {hint}")));
                    Vec::new()
                }
            }
        };
    notify.to = strings("to", diagnostics, true);
    notify.command = strings("command", diagnostics, false);
    let mut r = sub(src, t, "notify.", diagnostics);
    r.unknown_keys(NOTIFY_KEYS);
    notify.client = r.bool("client").unwrap_or(false);
    notify.from = r.string("from");
    notify.host = r.string("host");
    if let Some(smtp) = r.table("smtp") {
        let mut r = sub(src, smtp, "notify.smtp.", r.diagnostics);
        r.unknown_keys(SMTP_KEYS);
        let host = r.string("host");
        let port = r
            .get("port", |p| p.parse::<u16>().map_err(|_| format!("\"{p}\" is not a port number")));
        let username = r.string("username");
        let password_env = r.string("password_env");
        let starttls = r.bool("starttls");
        let tls = r.get("tls", |t| parse_choice(t, SmtpTls::NAMES, SmtpTls::parse));
        // `starttls = false` (the older key) means no TLS; both set must agree.
        let tls = match (tls, starttls) {
            (Some(t), Some(s)) if (t == SmtpTls::None) == s => {
                let span = smtp.key("starttls").and_then(|k| k.span());
                r.diagnostics.push(src.error(
                    span,
                    format!(
                        "notify.smtp: starttls = {s} disagrees with tls = \"{}\"; keep tls alone",
                        SmtpTls::NAMES[t as usize]
                    ),
                ));
                t
            }
            (Some(t), _) => t,
            (None, Some(false)) => SmtpTls::None,
            (None, _) => SmtpTls::Starttls,
        };
        let ca_file = r.string("ca_file");
        let timeout_seconds = r
            .get("timeout_seconds", |t| match parse_count(t)? {
                0 => Err("must be at least 1".to_string()),
                n => Ok(u64::from(n)),
            })
            .unwrap_or(30);
        match host {
            Some(host) => {
                notify.smtp =
                    Some(Smtp { host, port, username, password_env, tls, ca_file, timeout_seconds })
            }
            None => r.diagnostics.push(src.error(smtp.span(), "notify.smtp: missing host".into())),
        }
    }
    notify
}

/// What `.hourbank.local.toml` (this clone's own, untracked) and the user's
/// `config.toml` may hold: delivery settings, and in the user's config the ledgers
/// whose tracked delivery settings the user trusted.
#[derive(Debug, Default)]
pub struct OwnSettings {
    pub notify: Notify,
    pub trust: Vec<TrustEntry>,
    /// `[invoice] series` of `.hourbank.local.toml`: this clone's own series of
    /// invoice numbers (SPEC 12.1).
    pub series: Option<String>,
}

/// One `[[trust]]` entry of the user's config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustEntry {
    /// The ledger directory's canonical path.
    pub ledger: String,
    /// The SHA-256 of the ledger's path and the delivery settings trusted.
    pub sha256: String,
}

/// Reads `.hourbank.local.toml` (`user` false) or the user's config (`user` true).
pub fn read_own_settings(
    src: &Src<'_>,
    user: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> OwnSettings {
    let mut own = OwnSettings::default();
    let Some(doc) = parse_document(src, diagnostics) else { return own };
    let root = doc.as_table();
    let mut r = Reader { src, table: root, path: String::new(), diagnostics };
    r.unknown_keys(if user { &["notify", "trust"] } else { &["notify", "invoice"] });
    if !user && let Some(t) = r.table("invoice") {
        let mut i = sub(src, t, "invoice.", &mut *r.diagnostics);
        i.unknown_keys(&["series"]);
        own.series = i.get("series", |t| {
            if !t.is_empty() && t.len() <= 12 && t.bytes().all(|b| b.is_ascii_alphanumeric()) {
                Ok(t.to_string())
            } else {
                Err(format!("\"{t}\": a series is 1 to 12 letters or digits, e.g. \"B\""))
            }
        });
    }
    if let Some(t) = r.table("notify") {
        own.notify = read_notify(src, t, r.diagnostics);
        if let Some(key) = t.key("client") {
            r.diagnostics.push(Diagnostic::warning(
                src.file,
                src.line(key.span()),
                Code::UnknownKey,
                "notify.client: set it in hourbank.toml (ignored here)",
            ));
        }
    }
    if !user {
        return own;
    }
    match root.get("trust") {
        None => {}
        Some(Item::ArrayOfTables(entries)) => {
            for entry in entries.iter() {
                let mut e = sub(src, entry, "trust.", &mut *r.diagnostics);
                e.unknown_keys(&["ledger", "sha256", "settings"]);
                if let (Some(ledger), Some(sha256)) = (e.string("ledger"), e.string("sha256")) {
                    own.trust.push(TrustEntry { ledger, sha256 });
                }
            }
        }
        Some(item) => {
            let message = "trust: expected [[trust]] entries".to_string();
            r.diagnostics.push(src.error(item.span(), message));
        }
    }
    own
}

fn sub<'s, 'a>(
    src: &'s Src<'a>,
    table: &'s Table,
    path: &str,
    diagnostics: &'s mut Vec<Diagnostic>,
) -> Reader<'s, 'a> {
    Reader { src, table, path: path.to_string(), diagnostics }
}

/// `[cancellation] levels = [{ notice_hours = 24, charge_percent = 100 }, ...]`: at most
/// three levels, percents from 0 to 100, no notice twice (errors at their line).
fn read_cancellation(
    src: &Src<'_>,
    item: &Item,
    path: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<CancellationLevel>> {
    let config = |diagnostics: &mut Vec<Diagnostic>, span, message: String| {
        diagnostics.push(Diagnostic::error(src.file, src.line(span), Code::Config, message));
    };
    let Some(table) = item.as_table_like() else {
        config(diagnostics, item.span(), format!("{path}: expected a table with levels = [...]"));
        return None;
    };
    warn_unknown(src, table, &["levels"], &format!("{path}."), diagnostics);
    let levels = table.get("levels")?;
    let entries: Vec<(&dyn toml_edit::TableLike, Option<Range<usize>>)> = if let Some(array) =
        levels.as_array()
    {
        array
            .iter()
            .filter_map(|v| v.as_inline_table().map(|t| (t as &dyn toml_edit::TableLike, v.span())))
            .collect()
    } else if let Some(tables) = levels.as_array_of_tables() {
        tables.iter().map(|t| (t as &dyn toml_edit::TableLike, t.span())).collect()
    } else {
        config(
            diagnostics,
            levels.span(),
            format!("{path}.levels: expected an array of {{ notice_hours, charge_percent }}"),
        );
        return None;
    };
    if entries.len() > 3 {
        config(
            diagnostics,
            levels.span(),
            format!("{path}.levels: at most 3 levels ({} given)", entries.len()),
        );
        return None;
    }
    let mut out = Vec::new();
    for (entry, span) in entries {
        let text = |key: &str| entry.get(key).and_then(|i| src.text(i)).map(|t| t.into_owned());
        let notice = text("notice_hours").and_then(|t| Minutes::parse_unsigned(&t).ok());
        let percent = text("charge_percent").and_then(|t| parse_percent(&t).ok());
        match (notice, percent) {
            (Some(notice), Some(percent)) => {
                if out.iter().any(|l: &CancellationLevel| l.notice == notice) {
                    config(
                        diagnostics,
                        span,
                        format!("{path}.levels: notice_hours {} given twice", notice),
                    );
                    return None;
                }
                out.push(CancellationLevel { notice, percent });
            }
            _ => {
                config(
                    diagnostics,
                    span,
                    format!(
                        "{path}.levels: each level needs notice_hours (a duration) and charge_percent (0 to 100)"
                    ),
                );
                return None;
            }
        }
    }
    Some(out)
}

/// What `people.toml` defines: the people and their flex banks (SPEC 8).
#[derive(Debug, Default)]
pub struct People {
    pub persons: Vec<Person>,
    pub banks: Vec<FlexBank>,
}

const PERSON_KEYS: &[&str] = &["name", "email", "schedule", "banks"];
const BANK_KEYS: &[&str] = &[
    "rule",
    "start",
    "opening_balance",
    "max_balance",
    "min_balance",
    "expiry_months",
    "include_time_off",
    "accrual_multiplier",
];
const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Reads every `[people.<id>]` and its `[people.<id>.banks.<name>]` tables. A person
/// with a bad value is still returned (rows naming them are not reported twice); a
/// bank whose rule or start is missing or whose limits contradict each other is
/// reported and left out.
pub fn read_people(src: &Src<'_>, diagnostics: &mut Vec<Diagnostic>) -> People {
    let mut out = People::default();
    let Some(doc) = parse_document(src, diagnostics) else {
        return out;
    };
    for (key, _) in doc.iter().filter(|(k, _)| *k != "people") {
        let span = doc.key(key).and_then(|k| k.span());
        let hint = if key == "holidays" { " (holidays belong in hourbank.toml)" } else { "" };
        diagnostics.push(Diagnostic::warning(
            src.file,
            src.line(span),
            Code::UnknownKey,
            format!("{key}: unknown key (ignored){hint}"),
        ));
    }
    let Some(people) = doc.get("people") else {
        return out;
    };
    let Some(people) = people.as_table() else {
        diagnostics.push(src.error(people.span(), "people: expected tables [people.<id>]".into()));
        return out;
    };
    for (id, item) in people.iter() {
        let key_span = people.key(id).and_then(|k| k.span());
        let line = src.line(key_span.clone().or_else(|| item.span()));
        if let Err(e) = Slug::parse(id) {
            diagnostics.push(src.error(key_span, e.to_string()));
            continue;
        }
        let Some(table) = item.as_table() else {
            diagnostics.push(src.error(key_span, format!("people.{id}: expected a table")));
            continue;
        };
        let person_ix = out.persons.len() as u32;
        let mut r = Reader { src, table, path: format!("people.{id}."), diagnostics };
        r.unknown_keys(PERSON_KEYS);
        let name = r.string("name");
        let email = r.string("email");
        let schedule = read_schedule(&mut r);
        out.persons.push(Person { id: id.to_string(), name, email, schedule, line });
        let Some(item) = table.get("banks") else { continue };
        let Some(banks) = item.as_table() else {
            let message = format!("people.{id}.banks: expected tables [people.{id}.banks.<name>]");
            diagnostics.push(src.error(item.span(), message));
            continue;
        };
        for (bank, item) in banks.iter() {
            let span = banks.key(bank).and_then(|k| k.span());
            let path = format!("people.{id}.banks.{bank}");
            let Some(table) = item.as_table_like() else {
                diagnostics.push(src.error(span, format!("{path}: expected a table")));
                continue;
            };
            if let Err(e) = Slug::parse(bank) {
                diagnostics.push(src.error(span, format!("{path}: {e}")));
                continue;
            }
            let line = src.line(span.clone());
            if let Some(b) = read_bank(src, table, &path, line, diagnostics) {
                out.banks.push(FlexBank { person: person_ix, name: bank.to_string(), line, ..b });
            }
        }
    }
    out
}

fn read_schedule(r: &mut Reader<'_, '_>) -> [i64; 7] {
    let mut schedule = [0; 7];
    let Some(item) = r.table.get("schedule") else {
        return schedule;
    };
    let Some(days) = item.as_table_like() else {
        let message = format!("{}schedule: expected a table like {{ mon = \"8:00\" }}", r.path);
        r.diagnostics.push(r.src.error(item.span(), message));
        return schedule;
    };
    for (day, value) in days.iter() {
        let path = format!("{}schedule.{day}", r.path);
        let Some(ix) = WEEKDAYS.iter().position(|d| *d == day) else {
            let span = days.key(day).and_then(|k| k.span()).or_else(|| value.span());
            r.diagnostics.push(Diagnostic::error(
                r.src.file,
                r.src.line(span),
                Code::Config,
                format!("{path}: not a weekday (use mon, tue, wed, thu, fri, sat, sun)"),
            ));
            continue;
        };
        let text = r.src.text(value).unwrap_or_default();
        match crate::domain::flex::parse_schedule_day(&text) {
            Ok(m) => schedule[ix] = m.0,
            Err(e) => r.diagnostics.push(r.src.error(value.span(), format!("{path}: {e}"))),
        }
    }
    schedule
}

/// One bank's table; `None` (with an error) when it cannot be a bank.
fn read_bank(
    src: &Src<'_>,
    table: &dyn toml_edit::TableLike,
    path: &str,
    line: Option<u32>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<FlexBank> {
    let config = |diagnostics: &mut Vec<Diagnostic>, key: &str, message: String| {
        let span = table.get(key).and_then(|i| i.span()).or_else(|| table.key(key)?.span());
        let line = src.line(span).or(line);
        diagnostics.push(Diagnostic::error(src.file, line, Code::Config, message));
    };
    unknown_bank_keys(src, table, path, diagnostics);
    let mut get = |key: &str, parse: &dyn Fn(&str) -> Result<(), String>| -> Option<String> {
        let item = table.get(key)?;
        let text = src.text(item);
        let result = match &text {
            Some(t) => parse(t),
            None => Err(format!("expected a value, found {}", item.type_name())),
        };
        match result {
            Ok(()) => text.map(|t| t.into_owned()),
            Err(message) => {
                diagnostics.push(src.error(item.span(), format!("{path}.{key}: {message}")));
                None
            }
        }
    };
    let duration = |t: &str| Minutes::parse(t).map(|_| ()).map_err(|e| e.to_string());
    let rule = get("rule", &|t| {
        FlexRule::parse(t)
            .map(|_| ())
            .ok_or_else(|| format!("\"{t}\" is not one of {}", FlexRule::NAMES.join(", ")))
    });
    let start = get("start", &|t| parse_date(t).map(|_| ()).map_err(|e| e.to_string()));
    let opening = get("opening_balance", &duration);
    let max = get("max_balance", &duration);
    let min = get("min_balance", &duration);
    let expiry = get("expiry_months", &|t| {
        let n = t.parse::<u64>().map_err(|_| format!("\"{t}\" is not a whole number of months"))?;
        check_months(n, false).map(|_| ())
    });
    let multiplier = get("accrual_multiplier", &|t| {
        crate::domain::flex::parse_accrual_multiplier(t).map(|_| ())
    });
    let include_time_off = match table.get("include_time_off") {
        None => Some(false),
        Some(item) => {
            let value = item.as_bool();
            if value.is_none() {
                let message = format!("{path}.include_time_off: expected true or false");
                diagnostics.push(src.error(item.span(), message));
            }
            value
        }
    };
    let minutes = |t: Option<String>| t.and_then(|t| Minutes::parse(&t).ok());
    let (opening, max, min) = (minutes(opening), minutes(max), minutes(min));
    let mut ok = include_time_off.is_some();
    for (key, missing) in [("rule", rule.is_none()), ("start", start.is_none())] {
        if missing && table.get(key).is_none() {
            config(diagnostics, key, format!("{path}: missing {key} (required)"));
        }
        ok &= !missing;
    }
    for (key, message) in balance_bounds(min, max) {
        config(diagnostics, key, format!("{path}.{key}: {message}"));
        ok = false;
    }
    if !ok {
        return None;
    }
    Some(FlexBank {
        person: 0,
        name: String::new(),
        rule: FlexRule::parse(&rule?)?,
        start: parse_date(&start?).ok()?,
        opening: opening.unwrap_or(Minutes::ZERO),
        max_balance: max,
        min_balance: min.unwrap_or(Minutes::ZERO),
        expiry_months: expiry.and_then(|t| t.parse().ok()),
        include_time_off: include_time_off?,
        accrual_multiplier: multiplier
            .and_then(|t| Decimal::from_str_exact(t.trim()).ok())
            .unwrap_or(Decimal::ONE),
        line,
    })
}

/// Warns of every key of a bank table that hourbank does not know.
fn unknown_bank_keys(
    src: &Src<'_>,
    table: &dyn toml_edit::TableLike,
    path: &str,
    diagnostics: &mut Vec<Diagnostic>,
) {
    warn_unknown(src, table, BANK_KEYS, &format!("{path}."), diagnostics);
}

/// A bank's floor is at most 0:00 and its cap at least 0:00 and at least the floor;
/// every bound that is not, with why.
fn balance_bounds(min: Option<Minutes>, max: Option<Minutes>) -> Vec<(&'static str, &'static str)> {
    let mut wrong = Vec::new();
    if min.is_some_and(|m| m.0 > 0) {
        wrong.push(("min_balance", "must be 0:00 or below"));
    }
    let floor = min.unwrap_or(Minutes::ZERO);
    if max.is_some_and(|m| m.0 < 0 || m.0 < floor.0) {
        wrong.push(("max_balance", "must be at least 0:00 and at least min_balance"));
    }
    wrong
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_from_their_text_never_through_floats() {
        let raw = "[clients.acme]\nname = \"Acme\"\ntype = \"bank\"\nrate = 95.10\nrates = { design = 120.25, ops = \"70\" }\nlow_balance_percent = [25, \"12.5\"]\nblock_hours = 7.5\n";
        let mut diagnostics = Vec::new();
        let clients = read_clients(&Src::new("clients.toml", raw), &mut diagnostics);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let c = &clients[0].0;
        assert_eq!(c.rate.unwrap().to_string(), "95.10");
        assert_eq!(c.rates["design"].to_string(), "120.25");
        assert_eq!(c.rates["ops"].to_string(), "70.00");
        let lows: Vec<String> =
            c.low_balance_percent.clone().unwrap().iter().map(|d| d.to_string()).collect();
        assert_eq!(lows, ["25", "12.5"]);
        assert_eq!(c.block_hours, Some(Minutes(450)));
    }

    #[test]
    fn a_bad_value_is_reported_at_its_line() {
        let raw =
            "[clients.acme]\nname = \"Acme\"\ntype = \"bank\"\n\nrates = { design = \"1,5\" }\n";
        let mut diagnostics = Vec::new();
        read_clients(&Src::new("clients.toml", raw), &mut diagnostics);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].line, Some(5));
        assert!(diagnostics[0].message.contains("clients.acme.rates.design"), "{diagnostics:?}");
    }
}
