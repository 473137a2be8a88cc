//! A report as an Excel workbook (`--format xlsx -o FILE`, SPEC 14): one sheet named
//! after the report, its header row bold and frozen, columns as wide as their content,
//! hours and money with two decimals (`0.00`), dates as dates (`yyyy-mm-dd`), and
//! everything else as text (so `=1+1` in a note stays text and is never a formula).

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use unicode_width::UnicodeWidthStr;

use super::{Cell, Report};

/// The widest a column is made, in characters (a long note wraps in the cell's view).
const MAX_WIDTH: usize = 60;

/// The workbook's bytes; `name` names the sheet (a report's name, e.g. `balances`).
pub fn render(report: &Report, name: &str) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let _ = sheet.set_name(sheet_name(name));
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let decimals = Format::new().set_num_format("0.00");
    let whole = Format::new().set_num_format("0");
    let mut widths: Vec<usize> = report.columns.iter().map(|c| c.width()).collect();
    for (c, name) in report.columns.iter().enumerate() {
        let _ = sheet.write_string_with_format(0, c as u16, *name, &bold);
    }
    let _ = sheet.set_freeze_panes(1, 0);
    for (r, row) in report.rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.cells.iter().enumerate() {
            if let Some(w) = widths.get_mut(c) {
                *w = (*w).max(cell.as_str().width());
            }
            let c = c as u16;
            let _ = match cell {
                Cell::Empty => continue,
                Cell::Num(n) => match n.parse::<f64>() {
                    // Hours and money are written with two decimals: `200` shows
                    // `200.00`, as the report does.
                    Ok(v) => {
                        let format = if n.contains('.') { &decimals } else { &whole };
                        sheet.write_number_with_format(r, c, v, format).map(|_| ())
                    }
                    Err(_) => sheet.write_string(r, c, n).map(|_| ()),
                },
                Cell::Fixed(text) => match iso_date(text) {
                    Some(d) => sheet.write_datetime_with_format(r, c, d, &date).map(|_| ()),
                    None => sheet.write_string(r, c, text).map(|_| ()),
                },
                Cell::Text(text) => sheet.write_string(r, c, text).map(|_| ()),
            };
        }
    }
    for (c, w) in widths.iter().enumerate() {
        // A little room for the filter arrow and the cell's padding.
        let _ = sheet.set_column_width(c as u16, (w.min(&MAX_WIDTH) + 2) as f64);
    }
    book.save_to_buffer().unwrap_or_default()
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str) -> String {
    let clean: String = name.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect();
    if clean.trim().is_empty() { "report".to_string() } else { clean }
}

/// `YYYY-MM-DD` as an Excel date.
fn iso_date(text: &str) -> Option<ExcelDateTime> {
    let date = crate::domain::date::parse_date(text).ok()?;
    use chrono::Datelike;
    ExcelDateTime::from_ymd(u16::try_from(date.year()).ok()?, date.month() as u8, date.day() as u8)
        .ok()
}
