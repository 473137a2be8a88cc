//! JSON output: an array of objects keyed by the report's column names, numbers as
//! exact decimal literals (`1.50`), never floats.

use std::str::FromStr;

use serde_json::{Map, Number, Value};

use super::{Cell, Report};

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
    let mut out = serde_json::to_vec_pretty(&to_value(report)).expect("JSON values serialize");
    out.push(b'\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_stay_exact() {
        let mut r = Report::new(&["hours", "when"]);
        r.push(vec![Cell::Num("1.50".into()), Cell::Empty]);
        let out = String::from_utf8(render(&r)).unwrap();
        assert!(out.contains("\"hours\": 1.50"), "{out}");
        assert!(out.contains("\"when\": null"), "{out}");
    }
}
