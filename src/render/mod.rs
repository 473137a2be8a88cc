//! Turning report tables into bytes: a terminal table, spreadsheet-safe CSV, or JSON
//! with exact decimal numbers. Renderers decide nothing about what is computed.

pub mod chart;
pub mod cii;
pub mod csv;
pub mod facturx;
pub mod html;
pub mod invoice;
pub mod json;
pub mod ods;
pub mod pdf;
pub mod rows;
pub mod site;
pub mod statement;
pub mod table;
pub mod ubl;
pub mod xlsx;

pub use crate::domain::text::{visible, visible_lines};

/// One cell of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Free text (names, notes): escaped for spreadsheets in CSV.
    Text(String),
    /// An exact decimal number, e.g. `1.50`: a JSON number, never altered.
    Num(String),
    /// A date or an `H:MM` duration: a JSON string, never altered in CSV.
    Fixed(String),
    /// No value: empty in tables and CSV, `null` in JSON.
    Empty,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    pub fn as_str(&self) -> &str {
        match self {
            Cell::Text(s) | Cell::Num(s) | Cell::Fixed(s) => s,
            Cell::Empty => "",
        }
    }

    pub fn opt_text(s: Option<impl Into<String>>) -> Cell {
        s.map_or(Cell::Empty, |s| Cell::Text(s.into()))
    }

    pub fn opt_fixed(s: Option<impl ToString>) -> Cell {
        s.map_or(Cell::Empty, |s| Cell::Fixed(s.to_string()))
    }

    pub fn kind(&self) -> CellKind {
        match self {
            Cell::Text(_) => CellKind::Text,
            Cell::Num(_) => CellKind::Num,
            Cell::Fixed(_) => CellKind::Fixed,
            Cell::Empty => CellKind::Empty,
        }
    }

    fn of_kind(kind: CellKind, text: &str) -> Cell {
        match kind {
            CellKind::Text => Cell::Text(text.to_string()),
            CellKind::Num => Cell::Num(text.to_string()),
            CellKind::Fixed => Cell::Fixed(text.to_string()),
            CellKind::Empty => Cell::Empty,
        }
    }
}

/// What a [`Cell`] holds, without its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    Text,
    Num,
    Fixed,
    Empty,
}

/// The cells of one row, their texts written into one buffer that the next row
/// reuses: rows made this way need no allocation of their own (a `report usage` of
/// 120,000 rows made eight strings a row).
#[derive(Debug, Default)]
pub struct Cells {
    text: String,
    /// Each cell's kind and where its text ends in `text`.
    ends: Vec<(CellKind, usize)>,
}

impl Cells {
    pub fn clear(&mut self) {
        self.text.clear();
        self.ends.clear();
    }

    /// Adds a cell of `kind` whose text `write` adds to the buffer.
    pub fn push(&mut self, kind: CellKind, write: impl FnOnce(&mut String)) {
        write(&mut self.text);
        self.ends.push((kind, self.text.len()));
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Cell `i`'s kind and text (an empty cell past the last).
    pub fn get(&self, i: usize) -> (CellKind, &str) {
        match self.ends.get(i) {
            Some(&(kind, end)) => {
                let start = if i == 0 { 0 } else { self.ends[i - 1].1 };
                (kind, &self.text[start..end])
            }
            None => (CellKind::Empty, ""),
        }
    }

    /// The cells as a row of their own.
    pub fn to_row(&self) -> Row {
        let cells = (0..self.len()).map(|i| {
            let (kind, text) = self.get(i);
            Cell::of_kind(kind, text)
        });
        Row { cells: cells.collect(), highlight: None }
    }
}

/// How a row stands out in a terminal table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Highlight {
    /// Below a low-balance threshold.
    Low,
    /// Overdrawn.
    Overdraft,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub highlight: Option<Highlight>,
}

/// A report: stable column names and rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Row>,
}

impl Report {
    pub fn new(columns: &[&'static str]) -> Report {
        Report { columns: columns.to_vec(), rows: Vec::new() }
    }

    pub fn push(&mut self, cells: Vec<Cell>) {
        self.push_highlighted(cells, None);
    }

    pub fn push_highlighted(&mut self, cells: Vec<Cell>, highlight: Option<Highlight>) {
        debug_assert_eq!(cells.len(), self.columns.len());
        self.rows.push(Row { cells, highlight });
    }
}

/// How reports print hours: decimal (`1.50`) or `H:MM` (`1:30`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TimeFormat {
    Decimal,
    Hm,
}

/// The output formats of reports and lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
    Html,
    /// An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931).
    Cii,
    /// An invoice as CII under the German XRechnung 3.0 rules.
    Xrechnung,
    /// An invoice as Peppol BIS Billing 3.0 UBL.
    Ubl,
    /// An invoice printed to PDF by a headless browser (`-o FILE`).
    Pdf,
    /// That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`).
    Facturx,
    /// An Excel workbook of a report (`-o FILE`).
    Xlsx,
    /// An OpenDocument spreadsheet of a report (`-o FILE`).
    Ods,
    /// A chart (`report burndown`).
    Svg,
}

/// How this run's output looks, decided once from the flags and the terminal and
/// passed to every renderer: colour, the width tables fit in (`None`: any, as in a
/// pipe or with `--wide`), and CSV with a decimal comma (`--decimal-comma`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Output {
    pub color: bool,
    pub width: Option<u16>,
    pub decimal_comma: bool,
    /// Stdout is a terminal (and no `--wide`): a table too wide for it leaves out its
    /// columns of least priority (SPEC 13).
    pub terminal: bool,
    /// What the report is called (`balances`, `entry list`): an xlsx sheet's name.
    pub name: &'static str,
}

impl Output {
    /// The same for a file: no colour, any width.
    pub fn plain(self) -> Output {
        Output { color: false, width: None, terminal: false, ..self }
    }
}

/// The indices of the columns `wanted` (`--columns a,b,c`) picks from `columns`, in
/// its order; or which one is unknown, with the known ones, or named twice.
pub fn pick(columns: &[&'static str], wanted: &[String]) -> Result<Vec<usize>, String> {
    let mut at = Vec::with_capacity(wanted.len());
    for w in wanted {
        let i = columns.iter().position(|c| c == w).ok_or_else(|| {
            format!("--columns: unknown column \"{w}\" (known: {})", columns.join(", "))
        })?;
        if at.contains(&i) {
            return Err(format!("--columns: \"{w}\" is named twice"));
        }
        at.push(i);
    }
    Ok(at)
}

impl Row {
    /// The row with only the cells at `at`, in that order.
    pub fn picked(self, at: &[usize]) -> Row {
        let mut cells: Vec<Option<Cell>> = self.cells.into_iter().map(Some).collect();
        let cells = at
            .iter()
            .map(|&i| cells.get_mut(i).and_then(Option::take).unwrap_or(Cell::Empty))
            .collect();
        Row { cells, highlight: self.highlight }
    }
}

impl Format {
    /// A format of documents (invoices, statements, charts), which a report does not
    /// write: refused before a report runs (`app::run`).
    pub fn is_document(self) -> bool {
        matches!(
            self,
            Format::Html
                | Format::Cii
                | Format::Xrechnung
                | Format::Ubl
                | Format::Pdf
                | Format::Facturx
                | Format::Svg
        )
    }
}

/// Writes `rows` under `columns` to `out` in `format`: CSV and JSON one row at a time,
/// so a report of many rows never holds them all as cells (a table and a spreadsheet
/// need every row). A document format should one reach here prints the table.
pub fn write_rows(
    out: &mut dyn std::io::Write,
    format: Format,
    output: Output,
    columns: &[&'static str],
    rows: impl Iterator<Item = Row>,
) -> std::io::Result<()> {
    match format {
        Format::Csv => csv::write(out, columns, rows, output.decimal_comma),
        Format::Json => json::write(out, columns, rows),
        _ => {
            let mut report = Report::new(columns);
            report.rows.extend(rows);
            out.write_all(&render(&report, format, output))
        }
    }
}

/// Renders `report` in `format` (a document format prints the table, see `write_rows`).
pub fn render(report: &Report, format: Format, output: Output) -> Vec<u8> {
    match format {
        Format::Csv => csv::render(report, output.decimal_comma),
        Format::Json => json::render(report),
        Format::Xlsx => xlsx::render(report, output.name),
        Format::Ods => ods::render(report, output.name),
        // A table, and a document format that reached a report.
        _ => table::render(report, output).into_bytes(),
    }
}
