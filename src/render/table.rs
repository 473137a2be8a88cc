//! Tables for people on a terminal (comfy-table); colour only when asked for.

use std::sync::atomic::{AtomicU16, Ordering};

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{
    Cell as TCell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table,
};

use super::{Cell, Highlight, Report, visible};

/// The width tables fit in: the terminal's (0: no limit, as in a pipe or with
/// `--wide`). Set once per run.
static WIDTH: AtomicU16 = AtomicU16::new(0);

/// Sets the width tables fit in (`None`: no limit).
pub fn set_width(width: Option<u16>) {
    WIDTH.store(width.unwrap_or(0), Ordering::Relaxed);
}

pub fn render(report: &Report, color: bool) -> String {
    let mut table = Table::new();
    let width = WIDTH.load(Ordering::Relaxed);
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
            let mut cell = TCell::new(visible(c.as_str()));
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
        let texts = |i: usize| report.rows.iter().map(move |r| visible(r.cells[i].as_str()));
        let fixed: Vec<bool> = (0..n)
            .map(|i| report.rows.iter().all(|r| !matches!(r.cells[i], Cell::Text(_))))
            .collect();
        let least: Vec<usize> = (0..n)
            .map(|i| {
                let widest = |t: std::borrow::Cow<'_, str>| {
                    if fixed[i] {
                        t.chars().count()
                    } else {
                        t.split_whitespace().map(|w| w.chars().count()).max().unwrap_or(0)
                    }
                };
                texts(i).map(widest).max().unwrap_or(0).max(1)
            })
            .collect();
        let needed: usize = 1 + least.iter().map(|w| w + 3).sum::<usize>();
        if needed > usize::from(width) {
            table.set_content_arrangement(ContentArrangement::Disabled);
        } else {
            for (i, &w) in least.iter().enumerate() {
                let w = comfy_table::Width::Fixed(w as u16);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        let mut r = Report::new(&["client", "available"]);
        r.push_highlighted(vec![Cell::text("low"), Cell::Num("1.00".into())], Some(Highlight::Low));
        r.push(vec![Cell::text("fine"), Cell::Num("9.00".into())]);
        r
    }

    #[test]
    fn control_characters_are_shown_not_sent() {
        let mut r = Report::new(&["client"]);
        r.push(vec![Cell::text("a\u{1b}]52;c;aGk=\u{7}b\u{1b}[2J")]);
        let out = render(&r, false);
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
        assert!(out.contains(r"a\u{1b}]52;c;aGk=\u{7}b\u{1b}[2J"), "{out}");
    }

    #[test]
    fn colour_only_when_asked_for() {
        let plain = render(&report(), false);
        assert!(!plain.contains('\u{1b}'), "{plain}");
        let coloured = render(&report(), true);
        let low_line = coloured.lines().find(|l| l.contains("low")).unwrap();
        assert!(low_line.contains("\u{1b}["), "{coloured}");
        let fine_line = coloured.lines().find(|l| l.contains("fine")).unwrap();
        assert!(!fine_line.contains("\u{1b}["), "{coloured}");
    }
}
