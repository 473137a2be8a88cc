//! `hourbank export sqlite FILE`: the ledger as a SQLite database (SPEC 11): a table
//! per ledger file (named after it, `-` as `_`) with typed columns (dates as ISO text,
//! durations as integer minutes, money as decimal text, the row's line in its file as
//! `file_line`), `clients` and `people`, and `balances` and `lots` as of `--as-of`,
//! computed by the reports themselves. Written to a temporary file beside the target
//! and renamed over it.

use std::path::Path;

use chrono::NaiveDate;
use rusqlite::{Connection, params_from_iter, types::Value};

use crate::domain::duration::Minutes;
use crate::domain::ledger::Ledger;
use crate::domain::reports::LotRow;
use crate::domain::reports::balances::balance_rows;
use crate::domain::reports::lots::lot_rows;
use crate::error::Error;
use crate::render::Cell;
use crate::render::rows::Tabular;
use crate::store::csvio::{CsvFile, read_csv};
use crate::store::layout::CSV_FILES;

/// Columns holding durations (`H:MM`), per file: stored as integer minutes.
const DURATIONS: &[(&str, &[&str])] = &[
    ("purchases.csv", &["hours"]),
    ("timelog.csv", &["hours", "charged", "notice"]),
    ("adjustments.csv", &["hours"]),
    ("invoices.csv", &["hours"]),
    // The printed quantity (`1.17`, or `H:MM` in older lines), as whole minutes.
    ("invoice-lines.csv", &["hours"]),
];

/// Columns holding whole numbers, per file.
const INTEGERS: &[(&str, &[&str])] =
    &[("purchases.csv", &["valid_months"]), ("invoice-lines.csv", &["line"])];

fn listed(table: &[(&str, &[&str])], file: &str, column: &str) -> bool {
    table.iter().any(|(f, cols)| *f == file && cols.contains(&column))
}

fn sql_err(path: &Path) -> impl Fn(rusqlite::Error) -> Error + '_ {
    move |e| Error::refused(format!("{}: {e}", path.display()))
}

/// A quoted SQL identifier.
fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

pub fn export(ledger: &Ledger, path: &Path, as_of: NaiveDate) -> Result<(), Error> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let tmp = tempfile::Builder::new()
        .prefix(".hourbank-tmp-")
        .suffix(".db")
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    let err = sql_err(path);
    {
        let mut db = Connection::open(tmp.path()).map_err(&err)?;
        let tx = db.transaction().map_err(&err)?;
        for (file, _) in CSV_FILES {
            copy_file(ledger, &tx, file).map_err(&err)?;
        }
        clients(ledger, &tx).map_err(&err)?;
        people(ledger, &tx).map_err(&err)?;
        balances(ledger, &tx, as_of).map_err(&err)?;
        lots(ledger, &tx, as_of).map_err(&err)?;
        tx.commit().map_err(&err)?;
    }
    crate::store::files::set_new_file_permissions(tmp.as_file()).map_err(|e| Error::io(path, e))?;
    tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// The SQL names of a file's columns: SQLite compares names without regard to case,
/// so a column whose name another one (or `file_line`) already has in any case gets
/// `_2`, `_3`, ... (`Note` beside `note` is `Note_2`); an empty name is `column_N`.
fn sql_names(columns: &[&str]) -> Vec<String> {
    let mut taken: Vec<String> = vec!["file_line".to_string()];
    columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let base = if c.is_empty() { format!("column_{}", i + 1) } else { c.to_string() };
            let mut name = base.clone();
            let mut n = 2;
            while taken.contains(&name.to_lowercase()) {
                name = format!("{base}_{n}");
                n += 1;
            }
            taken.push(name.to_lowercase());
            name
        })
        .collect()
}

/// One ledger CSV file as a table: its own header's columns, plus `file_line`.
fn copy_file(ledger: &Ledger, db: &Connection, file: &str) -> rusqlite::Result<()> {
    let header: Vec<String> = ledger.files.get(file).map(|m| m.header.clone()).unwrap_or_default();
    let table = file.trim_end_matches(".csv").replace('-', "_");
    let columns: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut defs = vec!["\"file_line\" INTEGER".to_string()];
    for (c, name) in columns.iter().zip(sql_names(&columns)) {
        let kind = if listed(DURATIONS, file, c) || listed(INTEGERS, file, c) {
            "INTEGER"
        } else {
            "TEXT"
        };
        defs.push(format!("{} {kind}", ident(&name)));
    }
    db.execute(&format!("CREATE TABLE {} ({})", ident(&table), defs.join(", ")), [])?;
    if columns.is_empty() {
        return Ok(());
    }
    let marks = vec!["?"; columns.len() + 1].join(", ");
    let mut insert = db.prepare(&format!("INSERT INTO {} VALUES ({marks})", ident(&table)))?;
    let mut failure: Option<rusqlite::Error> = None;
    let mut diagnostics = Vec::new();
    read_csv(
        &CsvFile { path: &ledger.dir.join(file), label: file, wanted: &columns, required: &[] },
        &mut diagnostics,
        |line, f| {
            if failure.is_some() {
                return Ok(());
            }
            let mut values = vec![Value::Integer(i64::from(line))];
            for (i, c) in columns.iter().enumerate() {
                let text = f.text(i);
                values.push(if text.is_empty() {
                    Value::Null
                } else if listed(DURATIONS, file, c) {
                    let minutes = if file == "invoice-lines.csv" {
                        crate::store::billing::printed_hours(text).ok()
                    } else {
                        Minutes::parse(text).ok()
                    };
                    minutes.map_or(Value::Text(text.to_string()), |m| Value::Integer(m.0))
                } else if listed(INTEGERS, file, c) {
                    text.parse::<i64>().map_or(Value::Text(text.to_string()), Value::Integer)
                } else {
                    Value::Text(text.to_string())
                });
            }
            if let Err(e) = insert.execute(params_from_iter(values)) {
                failure = Some(e);
            }
            Ok(())
        },
    );
    failure.map_or(Ok(()), Err)
}

/// A report cell as a SQL value: whole numbers as integers, other numbers as their
/// exact decimal text.
fn value(cell: &Cell) -> Value {
    match cell {
        Cell::Empty => Value::Null,
        Cell::Num(s) => s.parse::<i64>().map_or(Value::Text(s.clone()), Value::Integer),
        Cell::Text(s) | Cell::Fixed(s) => Value::Text(s.clone()),
    }
}

/// A table of report rows.
fn table(
    db: &Connection,
    name: &str,
    columns: &[&str],
    rows: impl Iterator<Item = Vec<Cell>>,
) -> rusqlite::Result<()> {
    let defs: Vec<String> = columns.iter().map(|c| ident(c)).collect();
    db.execute(&format!("CREATE TABLE {} ({})", ident(name), defs.join(", ")), [])?;
    let marks = vec!["?"; columns.len()].join(", ");
    let mut insert = db.prepare(&format!("INSERT INTO {} VALUES ({marks})", ident(name)))?;
    for cells in rows {
        insert.execute(params_from_iter(cells.iter().map(value)))?;
    }
    Ok(())
}

fn minutes(m: Minutes) -> Cell {
    Cell::Num(m.0.to_string())
}

fn balances(ledger: &Ledger, db: &Connection, as_of: NaiveDate) -> rusqlite::Result<()> {
    let rows = balance_rows(ledger, as_of, None, None);
    let columns = <crate::domain::reports::BalanceRow<'_> as Tabular>::columns();
    table(db, "balances", columns, rows.iter().map(|r| r.cells(&minutes)))
}

fn lots(ledger: &Ledger, db: &Connection, as_of: NaiveDate) -> rusqlite::Result<()> {
    let mut columns: Vec<&str> = vec!["client"];
    columns.extend(LotRow::columns());
    let mut all = Vec::new();
    for (ix, client) in ledger.clients.iter().enumerate() {
        for row in lot_rows(ledger, ix as u32, as_of) {
            let mut cells = vec![Cell::text(client.id.as_str())];
            cells.extend(row.cells(&minutes));
            all.push(cells);
        }
    }
    table(db, "lots", &columns, all.into_iter())
}

fn clients(ledger: &Ledger, db: &Connection) -> rusqlite::Result<()> {
    let columns = [
        "id",
        "name",
        "type",
        "status",
        "email",
        "address",
        "currency",
        "rate",
        "block_hours",
        "block_price",
        "expiry_months",
        "credit_limit",
        "payer",
        "discount_percent",
        "tax_percent",
        "terms_days",
        "monthly_hours",
        "monthly_fee",
        "rollover_months",
        "start",
        "end",
        "credit_on",
        "hide_costs",
        "notes",
        "vat_id",
        "rates",
        "low_balance_percent",
        "low_balance_hours",
        "block_after_days",
        "billing_start",
        "prorate",
        "cancellation_levels",
    ];
    let text = |s: Option<String>| s.map_or(Cell::Empty, Cell::Text);
    let num = |s: Option<String>| s.map_or(Cell::Empty, Cell::Num);
    let rows = ledger.clients.iter().map(|c| {
        vec![
            Cell::text(c.id.as_str()),
            Cell::text(&c.name),
            Cell::text(c.kind.as_str()),
            Cell::text(c.status.as_str()),
            text(c.email.clone()),
            text(c.address.clone()),
            text(c.currency.clone()),
            text(c.rate.map(|m| m.to_string())),
            num(c.block_hours.map(|m| m.0.to_string())),
            text(c.block_price.map(|m| m.to_string())),
            num(c.expiry_months.map(|m| m.to_string())),
            num(c.credit_limit.map(|m| m.0.to_string())),
            text(c.payer.as_ref().map(|p| p.to_string())),
            text(c.discount_percent.map(|d| d.to_string())),
            text(c.tax_percent.map(|d| d.to_string())),
            num(c.terms_days.map(|d| d.to_string())),
            num(c.monthly_hours.map(|m| m.0.to_string())),
            text(c.monthly_fee.map(|m| m.to_string())),
            num(c.rollover_months.map(|m| m.to_string())),
            text(c.start.map(|d| d.to_string())),
            text(c.end.map(|d| d.to_string())),
            text(c.credit_on.map(|c| c.as_str().to_string())),
            text(c.hide_costs.map(|h| h.to_string())),
            text(c.notes.clone()),
            text(c.vat_id.clone()),
            text(
                Some(c.rates.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(","))
                    .filter(|s| !s.is_empty()),
            ),
            text(
                c.low_balance_percent
                    .as_ref()
                    .map(|p| p.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(" ")),
            ),
            num(c.low_balance_hours.map(|m| m.0.to_string())),
            num(c.block_after_days.map(|d| d.to_string())),
            text(c.billing_start.map(|d| d.to_string())),
            text(Some(c.prorate.to_string())),
            text(c.cancellation.as_ref().map(|levels| {
                levels
                    .iter()
                    .map(|l| format!("{}={}", l.notice.hm(), l.percent))
                    .collect::<Vec<_>>()
                    .join(",")
            })),
        ]
    });
    table(db, "clients", &columns, rows)
}

fn people(ledger: &Ledger, db: &Connection) -> rusqlite::Result<()> {
    let columns = ["id", "name", "email", "weekly_minutes"];
    let rows = ledger.people.iter().flatten().map(|p| {
        vec![
            Cell::text(&p.id),
            p.name.clone().map_or(Cell::Empty, Cell::Text),
            p.email.clone().map_or(Cell::Empty, Cell::Text),
            Cell::Num(p.schedule.iter().sum::<i64>().to_string()),
        ]
    });
    table(db, "people", &columns, rows)
}
