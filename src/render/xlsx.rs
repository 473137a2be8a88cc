//! A report as an Excel workbook (`--format xlsx -o FILE`): a bold header row, then
//! numbers as numbers, dates as dates (`yyyy-mm-dd`), and everything else as text (so
//! `=1+1` in a note stays text and is never a formula).

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

use super::{Cell, Report};

/// The workbook's bytes.
pub fn render(report: &Report) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (c, name) in report.columns.iter().enumerate() {
        let _ = sheet.write_string_with_format(0, c as u16, *name, &bold);
    }
    for (r, row) in report.rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.cells.iter().enumerate() {
            let c = c as u16;
            let _ = match cell {
                Cell::Empty => continue,
                Cell::Num(n) => match n.parse::<f64>() {
                    Ok(v) => sheet.write_number(r, c, v).map(|_| ()),
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
    book.save_to_buffer().unwrap_or_default()
}

/// `YYYY-MM-DD` as an Excel date.
fn iso_date(text: &str) -> Option<ExcelDateTime> {
    let date = crate::domain::date::parse_date(text).ok()?;
    use chrono::Datelike;
    ExcelDateTime::from_ymd(u16::try_from(date.year()).ok()?, date.month() as u8, date.day() as u8)
        .ok()
}
