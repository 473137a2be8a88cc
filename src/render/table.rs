//! Tables for people on a terminal (comfy-table); colour only when asked for.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell as TCell, CellAlignment, Color, ContentArrangement, Table};

use super::{Cell, Highlight, Report, visible};

pub fn render(report: &Report, color: bool) -> String {
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(report.columns.iter().map(|c| TCell::new(visible(c))));
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
