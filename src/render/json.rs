//! JSON output: an array of objects keyed by the report's column names, numbers as
//! exact decimal literals (`1.50`), never floats.

use std::str::FromStr;

use serde_json::{Map, Number, Value};

use super::{Cell, Report, Row};

pub fn cell_value(cell: &Cell) -> Value {
    match cell {
        Cell::Text(s) | Cell::Fixed(s) => Value::String(s.clone()),
        Cell::Num(s) => {
            Number::from_str(s).map_or_else(|_| Value::String(s.clone()), Value::Number)
        }
        Cell::Empty => Value::Null,
    }
}

pub fn to_value(report: &Report) -> Value {
    Value::Array(
        report
            .rows
            .iter()
            .map(|row| {
                let object: Map<String, Value> = report
                    .columns
                    .iter()
                    .zip(&row.cells)
                    .map(|(name, cell)| (name.to_string(), cell_value(cell)))
                    .collect();
                Value::Object(object)
            })
            .collect(),
    )
}

pub fn render(report: &Report) -> Vec<u8> {
    let mut out = Vec::new();
    write(&mut out, &report.columns, report.rows.iter().cloned())
        .expect("writing to memory cannot fail");
    out
}

/// Writes the array one object at a time, laid out as `serde_json`'s pretty printer
/// lays out the whole array.
pub fn write(
    out: &mut dyn std::io::Write,
    columns: &[&'static str],
    rows: impl Iterator<Item = Row>,
) -> std::io::Result<()> {
    let mut first = true;
    for row in rows {
        let object: Map<String, Value> = columns
            .iter()
            .zip(&row.cells)
            .map(|(name, cell)| (name.to_string(), cell_value(cell)))
            .collect();
        let text =
            serde_json::to_string_pretty(&Value::Object(object)).expect("JSON values serialize");
        out.write_all(if first { b"[\n" } else { b",\n" })?;
        first = false;
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                out.write_all(b"\n")?;
            }
            out.write_all(b"  ")?;
            out.write_all(line.as_bytes())?;
        }
    }
    out.write_all(if first { b"[]\n" } else { b"\n]\n" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_output_is_the_pretty_printed_array() {
        let mut r = Report::new(&["a", "b"]);
        assert_eq!(render(&r), b"[]\n");
        r.push(vec![Cell::text("x\ny"), Cell::Num("1.50".into())]);
        r.push(vec![Cell::Empty, Cell::Fixed("2026-01-01".into())]);
        let mut whole = serde_json::to_vec_pretty(&to_value(&r)).unwrap();
        whole.push(b'\n');
        assert_eq!(String::from_utf8(render(&r)).unwrap(), String::from_utf8(whole).unwrap());
    }

    #[test]
    fn numbers_stay_exact() {
        let mut r = Report::new(&["hours", "when"]);
        r.push(vec![Cell::Num("1.50".into()), Cell::Empty]);
        let out = String::from_utf8(render(&r)).unwrap();
        assert!(out.contains("\"hours\": 1.50"), "{out}");
        assert!(out.contains("\"when\": null"), "{out}");
    }
}
