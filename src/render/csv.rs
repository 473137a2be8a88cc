//! CSV output that is safe to open in a spreadsheet (SPEC section 5): a text cell
//! starting with `=`, `+`, `-`, `@`, tab, CR or NUL gets a leading `'`.

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};

use super::{CellKind, Cells, Report, Row};

/// The report as CSV; with `comma` (`--decimal-comma`, for spreadsheets in locales
/// that write a decimal comma) `;` between fields and `42,00` for numbers.
pub fn render(report: &Report, comma: bool) -> Vec<u8> {
    let mut out = Vec::new();
    write(&mut out, &report.columns, report.rows.iter().cloned(), comma)
        .expect("writing to memory cannot fail");
    out
}

/// Writes the header and each row as it comes.
pub fn write(
    out: &mut dyn std::io::Write,
    columns: &[&'static str],
    rows: impl Iterator<Item = Row>,
    comma: bool,
) -> std::io::Result<()> {
    let mut writer = writer(out, comma);
    writer.write_record(columns)?;
    records(&mut writer, rows, comma)?;
    writer.flush()
}

/// Rows at least this many are made on two threads by `write_indexed`.
const PARALLEL_ROWS: usize = 4096;

/// Writes the header and the `n` rows `row` writes into a buffer of cells (`row(0)`
/// first; with `picked`, only the cells at those places, in that order); with
/// `threads` above 1 and many rows, the later half is made and written into memory
/// on a second thread while the first half is written out (so memory holds half the
/// CSV text).
pub fn write_indexed(
    out: &mut dyn std::io::Write,
    columns: &[&'static str],
    n: usize,
    row: &(dyn Fn(usize, &mut Cells) + Sync),
    picked: Option<&[usize]>,
    comma: bool,
    threads: usize,
) -> std::io::Result<()> {
    // Writes the rows `ks` names.
    let rows = |writer: &mut csv::Writer<&mut dyn std::io::Write>,
                ks: &mut dyn Iterator<Item = usize>| {
        let mut cells = Cells::default();
        for k in ks {
            cells.clear();
            row(k, &mut cells);
            let cell = |i| {
                let (kind, text) = cells.get(i);
                field(kind, text, comma)
            };
            match picked {
                Some(at) => writer.write_record(at.iter().map(|&i| cell(i)))?,
                None => writer.write_record((0..cells.len()).map(cell))?,
            }
        }
        Ok::<_, std::io::Error>(())
    };
    let mid = if threads < 2 || n < PARALLEL_ROWS { n } else { n / 2 };
    // The header and the rows before `mid`, written out.
    let first = |out: &mut dyn std::io::Write| {
        let mut writer = writer(out, comma);
        writer.write_record(columns)?;
        rows(&mut writer, &mut (0..mid))?;
        writer.flush()
    };
    if mid == n {
        return first(out);
    }
    // Set when the first half cannot be written (a closed pipe, a full disk): the
    // second thread then stops making rows no one will read.
    let failed = AtomicBool::new(false);
    let failed = &failed;
    std::thread::scope(|scope| {
        let later = scope.spawn(move || {
            let mut bytes = Vec::new();
            let mut writer = writer(&mut bytes, comma);
            rows(&mut writer, &mut (mid..n).take_while(|_| !failed.load(Ordering::Relaxed)))?;
            writer.flush()?;
            drop(writer);
            Ok::<_, std::io::Error>(bytes)
        });
        if let Err(e) = first(out) {
            failed.store(true, Ordering::Relaxed);
            return Err(e);
        }
        let bytes = later.join().expect("the thread writing rows does not panic")?;
        out.write_all(&bytes)
    })
}

fn writer(out: &mut dyn std::io::Write, comma: bool) -> csv::Writer<&mut dyn std::io::Write> {
    csv::WriterBuilder::new()
        .delimiter(if comma { b';' } else { b',' })
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out)
}

fn records(
    writer: &mut csv::Writer<&mut dyn std::io::Write>,
    rows: impl Iterator<Item = Row>,
    comma: bool,
) -> std::io::Result<()> {
    for row in rows {
        writer.write_record(row.cells.iter().map(|c| field(c.kind(), c.as_str(), comma)))?;
    }
    Ok(())
}

/// A cell as CSV writes it: text made safe for spreadsheets; with the decimal comma
/// numbers get it (dates, H:MM and text stay as they are).
fn field(kind: CellKind, text: &str, comma: bool) -> Cow<'_, [u8]> {
    let text = match kind {
        CellKind::Text => spreadsheet_safe(text),
        CellKind::Num if comma => Cow::Owned(text.replace('.', ",")),
        _ => Cow::Borrowed(text),
    };
    match text {
        Cow::Borrowed(s) => Cow::Borrowed(s.as_bytes()),
        Cow::Owned(s) => Cow::Owned(s.into_bytes()),
    }
}

/// Prefixes `'` to text a spreadsheet would take for a formula.
pub fn spreadsheet_safe(text: &str) -> Cow<'_, str> {
    match text.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r' | b'\0') => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Cell;

    #[test]
    fn formulas_are_defused_numbers_are_not() {
        let mut r = Report::new(&["name", "hours"]);
        r.push(vec![Cell::text("=HYPERLINK(\"x\")"), Cell::Num("-1.50".into())]);
        let out = String::from_utf8(render(&r, false)).unwrap();
        assert_eq!(out, "name,hours\n\"'=HYPERLINK(\"\"x\"\")\",-1.50\n");
    }
}
