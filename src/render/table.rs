//! Tables for people on a terminal (comfy-table); colour only when asked for.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{
    Cell as TCell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table,
};

use unicode_width::UnicodeWidthStr;

use super::{Cell, Highlight, Output, Report, visible};

/// The report as a table that fits `output.width` (a terminal's; no limit in a pipe or
/// with `--wide`), in colour when `output.color`.
pub fn render(report: &Report, output: Output) -> String {
    let (width, color) = (output.width.unwrap_or(0), output.color);
    if !color {
        let widths = column_widths(report);
        if width == 0 || line_width(&widths) <= usize::from(width) {
            return plain(report, &widths);
        }
    }
    comfy(report, color, width)
}

/// The table drawn by comfy-table, fitting `width` columns (0: any width).
fn comfy(report: &Report, color: bool, width: u16) -> String {
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(if width == 0 {
            ContentArrangement::Disabled
        } else {
            ContentArrangement::Dynamic
        })
        .set_header(report.columns.iter().map(|c| TCell::new(visible(c))));
    if width > 0 {
        table.set_width(width);
    }
    if color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    for row in &report.rows {
        let colour = match row.highlight {
            Some(Highlight::Low) => Some(Color::Yellow),
            Some(Highlight::Overdraft) => Some(Color::Red),
            None => None,
        };
        table.add_row(row.cells.iter().map(|c| {
            let mut cell = TCell::new(shown(c.as_str()));
            if matches!(c, Cell::Num(_)) {
                cell = cell.set_alignment(CellAlignment::Right);
            }
            match colour {
                Some(colour) if color => cell.fg(colour),
                _ => cell,
            }
        }));
    }
    // Numbers, dates and ids are never cut: a column of numbers or dates keeps its
    // width, a text column is at least as wide as its longest word (ids are words), and
    // only text wraps, at spaces. When even that cannot fit, the table is printed at
    // full width rather than with cut values.
    if width > 0 {
        let n = report.columns.len();
        let texts = |i: usize| report.rows.iter().map(move |r| shown(r.cells[i].as_str()));
        let fixed: Vec<bool> = (0..n)
            .map(|i| report.rows.iter().all(|r| !matches!(r.cells[i], Cell::Text(_))))
            .collect();
        let least: Vec<usize> = (0..n)
            .map(|i| {
                let widest = |t: std::borrow::Cow<'_, str>| {
                    if fixed[i] {
                        t.width()
                    } else {
                        t.split_whitespace().map(UnicodeWidthStr::width).max().unwrap_or(0)
                    }
                };
                // A column name is one word: never cut either.
                texts(i)
                    .map(widest)
                    .max()
                    .unwrap_or(0)
                    .max(visible(report.columns[i]).width())
                    .max(1)
            })
            .collect();
        let needed: usize = 1 + least.iter().map(|w| w + 3).sum::<usize>();
        if needed > usize::from(width) {
            table.set_content_arrangement(ContentArrangement::Disabled);
        } else {
            for (i, &w) in least.iter().enumerate() {
                // comfy-table counts the padding (a space each side) in a fixed width.
                let w = comfy_table::Width::Fixed(u16::try_from(w + 2).unwrap_or(u16::MAX));
                let constraint = if fixed[i] {
                    ColumnConstraint::Absolute(w)
                } else {
                    ColumnConstraint::LowerBoundary(w)
                };
                if let Some(column) = table.column_mut(i) {
                    column.set_constraint(constraint);
                }
            }
        }
    }
    let mut out = table.to_string();
    out.push('\n');
    out
}

/// A cell's text as a table shows it: control characters escaped, and a cell of
/// blanks alone empty (comfy-table wraps such a cell to nothing, so its spaces never
/// widen a column).
fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.is_empty() && text.chars().all(|c| c == ' ') {
        return std::borrow::Cow::Borrowed("");
    }
    visible(text)
}

/// Each column's width: its widest text (as comfy-table measures it: at least 1).
fn column_widths(report: &Report) -> Vec<usize> {
    let mut widths: Vec<usize> = report.columns.iter().map(|c| visible(c).width().max(1)).collect();
    for row in &report.rows {
        for (w, cell) in widths.iter_mut().zip(&row.cells) {
            *w = (*w).max(shown(cell.as_str()).width());
        }
    }
    widths
}

/// The width of a table's lines with columns of `widths` (borders and padding).
fn line_width(widths: &[usize]) -> usize {
    1 + widths.iter().map(|w| w + 3).sum::<usize>()
}

/// The table comfy-table draws when nothing needs to wrap and nothing is coloured,
/// drawn directly: comfy-table builds a string per cell and line (a 2,000-row report
/// took 15 ms), this writes each line once. A test compares the two.
fn plain(report: &Report, widths: &[usize]) -> String {
    let mut out = String::with_capacity((report.rows.len() + 4) * (line_width(widths) + 8) * 2);
    let border = |out: &mut String, [left, fill, junction, right]: [char; 4]| {
        out.push(left);
        for (i, &w) in widths.iter().enumerate() {
            if i > 0 {
                out.push(junction);
            }
            out.extend(std::iter::repeat_n(fill, w + 2));
        }
        out.push(right);
        out.push('\n');
    };
    let line = |out: &mut String, cells: &mut dyn Iterator<Item = (&str, bool)>| {
        out.push('│');
        for (i, &w) in widths.iter().enumerate() {
            if i > 0 {
                out.push('┆');
            }
            out.push(' ');
            let (text, right) = cells.next().unwrap_or(("", false));
            let text = shown(text);
            let pad = w.saturating_sub(text.width());
            if right {
                out.extend(std::iter::repeat_n(' ', pad));
                out.push_str(&text);
            } else {
                out.push_str(&text);
                out.extend(std::iter::repeat_n(' ', pad));
            }
            out.push(' ');
        }
        out.push_str("│\n");
    };
    border(&mut out, ['┌', '─', '┬', '┐']);
    line(&mut out, &mut report.columns.iter().map(|c| (*c, false)));
    border(&mut out, ['╞', '═', '╪', '╡']);
    for row in &report.rows {
        line(&mut out, &mut row.cells.iter().map(|c| (c.as_str(), matches!(c, Cell::Num(_)))));
    }
    border(&mut out, ['└', '─', '┴', '┘']);
    out
}

/// Leaves out columns until the table fits `width` (SPEC 13): the `essential` ones (the
/// first column when none is named: ids are never cut) always stay, and of the others,
/// from the left (the order of a report is its order of importance), each that still
/// fits. Returns the columns left out, in the report's order.
pub fn fit(report: &mut Report, essential: &[&str], width: u16) -> Vec<&'static str> {
    let widths = column_widths(report);
    if line_width(&widths) <= usize::from(width) {
        return Vec::new();
    }
    let must = |i: usize| {
        if essential.is_empty() { i == 0 } else { essential.contains(&report.columns[i]) }
    };
    let mut kept: Vec<bool> = (0..widths.len()).map(must).collect();
    let used = |kept: &[bool]| {
        let shown: Vec<usize> =
            widths.iter().zip(kept).filter(|(_, k)| **k).map(|(w, _)| *w).collect();
        line_width(&shown)
    };
    for i in 0..widths.len() {
        if !kept[i] {
            kept[i] = true;
            if used(&kept) > usize::from(width) {
                kept[i] = false;
            }
        }
    }
    let left_out: Vec<&'static str> =
        report.columns.iter().zip(&kept).filter(|(_, k)| !**k).map(|(c, _)| *c).collect();
    let columns = std::mem::take(&mut report.columns);
    report.columns = columns.into_iter().zip(&kept).filter(|(_, k)| **k).map(|(c, _)| c).collect();
    for row in &mut report.rows {
        let cells = std::mem::take(&mut row.cells);
        row.cells = cells.into_iter().zip(&kept).filter(|(_, k)| **k).map(|(c, _)| c).collect();
    }
    left_out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        let mut r = Report::new(&["client", "available"]);
        r.push_highlighted(vec![Cell::text("low"), Cell::Num("1.00".into())], Some(Highlight::Low));
        r.push(vec![Cell::text("fine"), Cell::Num("9.00".into())]);
        r
    }

    proptest::proptest! {
        /// The table drawn directly is the one comfy-table draws, at any width it fits.
        #[test]
        fn plain_tables_are_comfy_tables(
            columns in 1usize..5,
            cells in proptest::collection::vec(
                (proptest::sample::select(vec![
                    "", "a", "ab c", "Ünïcödé", "日本語", "👍🏽", "e\u{301}", "\u{1b}[2J", "x\ty",
                    "1.50", "-12,345.00", "2026-11-24", "   ", "a\nb",
                ]), 0u8..3),
                0..24,
            ),
            extra in 0u16..5,
        ) {
            const NAMES: [&str; 4] = ["client", "available", "日付", "n"];
            let mut report = Report::new(&NAMES[..columns]);
            for row in cells.chunks(columns).filter(|r| r.len() == columns) {
                report.push(row.iter().map(|&(text, kind)| match kind {
                    0 => Cell::text(text),
                    1 => Cell::Num(text.into()),
                    _ => Cell::Fixed(text.into()),
                }).collect());
            }
            let widths = column_widths(&report);
            let drawn = plain(&report, &widths);
            proptest::prop_assert_eq!(&drawn, &comfy(&report, false, 0));
            let fits = u16::try_from(line_width(&widths)).unwrap() + extra;
            proptest::prop_assert_eq!(&drawn, &comfy(&report, false, fits));
        }
    }

    #[test]
    fn control_characters_are_shown_not_sent() {
        let mut r = Report::new(&["client"]);
        r.push(vec![Cell::text("a\u{1b}]52;c;aGk=\u{7}b\u{1b}[2J")]);
        let out = render(&r, Output::default());
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
        assert!(out.contains(r"a\u{1b}]52;c;aGk=\u{7}b\u{1b}[2J"), "{out}");
    }

    #[test]
    fn colour_only_when_asked_for() {
        let plain = render(&report(), Output::default());
        assert!(!plain.contains('\u{1b}'), "{plain}");
        let coloured = render(&report(), Output { color: true, ..Output::default() });
        let low_line = coloured.lines().find(|l| l.contains("low")).unwrap();
        assert!(low_line.contains("\u{1b}["), "{coloured}");
        let fine_line = coloured.lines().find(|l| l.contains("fine")).unwrap();
        assert!(!fine_line.contains("\u{1b}["), "{coloured}");
    }
}
