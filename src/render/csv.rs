//! CSV output that is safe to open in a spreadsheet (SPEC section 5): a text cell
//! starting with `=`, `+`, `-`, `@`, tab, CR or NUL gets a leading `'`.

use std::borrow::Cow;

use super::{Cell, Report, Row};

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
    let mut writer = csv::WriterBuilder::new()
        .delimiter(if comma { b';' } else { b',' })
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out);
    writer.write_record(columns)?;
    for row in rows {
        // Only numbers change with the decimal comma; dates, H:MM and text stay.
        let cells = row.cells.iter().map(|c| match c {
            Cell::Text(s) => spreadsheet_safe(s),
            Cell::Num(n) if comma => Cow::Owned(n.replace('.', ",")),
            other => Cow::Borrowed(other.as_str()),
        });
        writer.write_record(cells.map(|c| match c {
            Cow::Borrowed(s) => Cow::Borrowed(s.as_bytes()),
            Cow::Owned(s) => Cow::Owned(s.into_bytes()),
        }))?;
    }
    writer.flush()
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

    #[test]
    fn formulas_are_defused_numbers_are_not() {
        let mut r = Report::new(&["name", "hours"]);
        r.push(vec![Cell::text("=HYPERLINK(\"x\")"), Cell::Num("-1.50".into())]);
        let out = String::from_utf8(render(&r, false)).unwrap();
        assert_eq!(out, "name,hours\n\"'=HYPERLINK(\"\"x\"\")\",-1.50\n");
    }
}
