//! CSV output that is safe to open in a spreadsheet (SPEC section 5): a text cell
//! starting with `=`, `+`, `-`, `@`, tab, CR or NUL gets a leading `'`.

use super::{Cell, Report};

pub fn render(report: &Report) -> Vec<u8> {
    let mut writer =
        csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    writer.write_record(&report.columns).expect("writing to memory cannot fail");
    for row in &report.rows {
        let cells = row.cells.iter().map(|c| match c {
            Cell::Text(s) => spreadsheet_safe(s),
            other => other.as_str().to_string(),
        });
        writer.write_record(cells).expect("writing to memory cannot fail");
    }
    writer.into_inner().expect("writing to memory cannot fail")
}

/// Prefixes `'` to text a spreadsheet would take for a formula.
pub fn spreadsheet_safe(text: &str) -> String {
    match text.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r' | b'\0') => format!("'{text}"),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_numbers_are_not() {
        let mut r = Report::new(&["name", "hours"]);
        r.push(vec![Cell::text("=HYPERLINK(\"x\")"), Cell::Num("-1.50".into())]);
        let out = String::from_utf8(render(&r)).unwrap();
        assert_eq!(out, "name,hours\n\"'=HYPERLINK(\"\"x\"\")\",-1.50\n");
    }
}
