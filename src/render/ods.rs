//! A report as an OpenDocument spreadsheet (`--format ods -o FILE`, SPEC 14), the same
//! sheet as the xlsx: named after the report, its header row bold and frozen, columns
//! as wide as their content, hours and money as numbers shown with two decimals
//! (`0.00`), dates as dates (`yyyy-mm-dd`), everything else as text. The cells are
//! typed (`office:value-type`), their values written from the report's exact decimal
//! text, never through a float.

use std::fmt::Write as _;
use std::io::Write as _;

use unicode_width::UnicodeWidthStr;

use super::html::escape;
use super::{Cell, Report};

/// The widest a column is made, in characters.
const MAX_WIDTH: usize = 60;

const MIMETYPE: &str = "application/vnd.oasis.opendocument.spreadsheet";

const MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"#;

/// The number and date formats, and the cell styles that use them.
const STYLES: &str = r#"<number:number-style style:name="N0"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/></number:number-style>
<number:number-style style:name="N2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>
<number:date-style style:name="D1"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
<style:style style:name="head" style:family="table-cell"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>
<style:style style:name="whole" style:family="table-cell" style:data-style-name="N0"/>
<style:style style:name="decimals" style:family="table-cell" style:data-style-name="N2"/>
<style:style style:name="date" style:family="table-cell" style:data-style-name="D1"/>
"#;

const NAMESPACES: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0""#;

/// The spreadsheet's bytes; `name` names the sheet (a report's name, e.g. `balances`).
pub fn render(report: &Report, name: &str) -> Vec<u8> {
    let name = sheet_name(name);
    let mut widths: Vec<usize> = report.columns.iter().map(|c| c.width()).collect();
    for row in &report.rows {
        for (w, cell) in widths.iter_mut().zip(&row.cells) {
            *w = (*w).max(cell.as_str().width());
        }
    }
    let mut content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content {NAMESPACES} office:version=\"1.3\">\n<office:automatic-styles>\n{STYLES}"
    );
    for (c, w) in widths.iter().enumerate() {
        // About 0.21 cm per character of a 10 pt font, and room for the padding.
        let cm = (w.min(&MAX_WIDTH) + 2) as u32 * 21;
        let _ = writeln!(
            content,
            "<style:style style:name=\"co{c}\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"{}.{:02}cm\"/></style:style>",
            cm / 100,
            cm % 100
        );
    }
    let _ = write!(
        content,
        "</office:automatic-styles>\n<office:body>\n<office:spreadsheet>\n<table:table table:name=\"{}\">\n",
        escape(&name)
    );
    for c in 0..widths.len() {
        let _ = writeln!(content, "<table:table-column table:style-name=\"co{c}\"/>");
    }
    content.push_str("<table:table-header-rows>\n<table:table-row>");
    for column in &report.columns {
        let _ = write!(
            content,
            "<table:table-cell table:style-name=\"head\" office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
            escape(column)
        );
    }
    content.push_str("</table:table-row>\n</table:table-header-rows>\n");
    for row in &report.rows {
        content.push_str("<table:table-row>");
        for cell in &row.cells {
            cell_xml(&mut content, cell);
        }
        content.push_str("</table:table-row>\n");
    }
    content.push_str(
        "</table:table>\n</office:spreadsheet>\n</office:body>\n</office:document-content>\n",
    );
    zip(&content, &settings(&name)).unwrap_or_default()
}

/// One typed cell: a number with its format, a date, or text.
fn cell_xml(out: &mut String, cell: &Cell) {
    match cell {
        Cell::Empty => out.push_str("<table:table-cell/>"),
        Cell::Num(n) if is_decimal(n) => {
            let style = if n.contains('.') { "decimals" } else { "whole" };
            let _ = write!(
                out,
                "<table:table-cell table:style-name=\"{style}\" office:value-type=\"float\" office:value=\"{n}\"><text:p>{n}</text:p></table:table-cell>"
            );
        }
        Cell::Fixed(text) if crate::domain::date::parse_date(text).is_ok() => {
            let _ = write!(
                out,
                "<table:table-cell table:style-name=\"date\" office:value-type=\"date\" office:date-value=\"{text}\"><text:p>{text}</text:p></table:table-cell>"
            );
        }
        Cell::Num(text) | Cell::Fixed(text) | Cell::Text(text) => {
            let _ = write!(
                out,
                "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
                escape(text)
            );
        }
    }
}

/// A plain decimal number: an optional minus, digits, and at most one point.
fn is_decimal(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// The view settings that freeze the header row (LibreOffice's `VerticalSplit*`
/// split rows: the first row stays, the pane below it scrolls).
fn settings(name: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-settings {NAMESPACES} office:version="1.3">
<office:settings>
<config:config-item-set config:name="ooo:view-settings">
<config:config-item-map-indexed config:name="Views">
<config:config-item-map-entry>
<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>
<config:config-item-map-named config:name="Tables">
<config:config-item-map-entry config:name="{}">
<config:config-item config:name="HorizontalSplitMode" config:type="short">0</config:config-item>
<config:config-item config:name="VerticalSplitMode" config:type="short">2</config:config-item>
<config:config-item config:name="HorizontalSplitPosition" config:type="int">0</config:config-item>
<config:config-item config:name="VerticalSplitPosition" config:type="int">1</config:config-item>
<config:config-item config:name="ActiveSplitRange" config:type="short">2</config:config-item>
<config:config-item config:name="PositionLeft" config:type="int">0</config:config-item>
<config:config-item config:name="PositionRight" config:type="int">0</config:config-item>
<config:config-item config:name="PositionTop" config:type="int">0</config:config-item>
<config:config-item config:name="PositionBottom" config:type="int">1</config:config-item>
</config:config-item-map-entry>
</config:config-item-map-named>
</config:config-item-map-entry>
</config:config-item-map-indexed>
</config:config-item-set>
</office:settings>
</office:document-settings>
"#,
        escape(name)
    )
}

/// The package: `mimetype` first and stored (so the file is known by its first
/// bytes), then the manifest, the content and the settings.
fn zip(content: &str, settings: &str) -> zip::result::ZipResult<Vec<u8>> {
    use zip::write::SimpleFileOptions;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated =
        SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    out.start_file("mimetype", stored)?;
    out.write_all(MIMETYPE.as_bytes())?;
    for (path, text) in
        [("META-INF/manifest.xml", MANIFEST), ("content.xml", content), ("settings.xml", settings)]
    {
        out.start_file(path, deflated)?;
        out.write_all(text.as_bytes())?;
    }
    Ok(out.finish()?.into_inner())
}

/// A sheet name spreadsheets accept: none of `[]:*?/\`, at most 31 characters.
fn sheet_name(name: &str) -> String {
    let clean: String = name.chars().filter(|c| !"[]:*?/\\'".contains(*c)).take(31).collect();
    if clean.trim().is_empty() { "report".to_string() } else { clean }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_decimals_are_numbers() {
        for yes in ["0", "12", "-3.50", "292.50"] {
            assert!(is_decimal(yes), "{yes}");
        }
        for no in ["", "-", "1.", ".5", "1,50", "1e3", "12:30", "NaN", "1.2.3"] {
            assert!(!is_decimal(no), "{no}");
        }
    }
}
