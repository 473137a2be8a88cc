//! The three-way merge of a ledger CSV file for git (SPEC 12.1): rows are matched by
//! their `id` (a row without one by its values) against the common ancestor. A row
//! added on either side is kept once; a row changed on one side only takes that
//! side's version; a row removed on one side and unchanged on the other is removed;
//! a row changed differently on both sides, or removed on one and changed on the
//! other, is a conflict, written as both versions between git's markers. The header
//! is the union of the sides' columns (the ancestor's order, then ours' new columns,
//! then theirs'), every row written again under it. Rows keep ours' order, then the
//! rows only theirs has.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use super::csvio::split_line;
use super::write::csv_writer;

/// A merged file: its text and the rows both sides changed differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvMerged {
    pub text: String,
    pub conflicts: Vec<String>,
}

/// One side of the merge: its header and its rows (column -> value), in file order,
/// each with the key that matches it across the sides.
struct Side {
    header: Vec<String>,
    rows: Vec<((String, u32), BTreeMap<String, String>)>,
}

impl Side {
    fn parse(text: &str, name: &str) -> Result<Side, String> {
        let mut lines = text.lines().map(|l| l.trim_end_matches('\r')).filter(|l| !l.is_empty());
        let Some(head) = lines.next() else {
            return Ok(Side { header: Vec::new(), rows: Vec::new() });
        };
        let header: Vec<String> = split_line(head.trim_start_matches('\u{feff}'))
            .map_err(|e| format!("{name}: the header: {e}"))?
            .into_iter()
            .map(|h| h.trim().to_string())
            .collect();
        let mut rows = Vec::new();
        let mut seen: FxHashMap<String, u32> = FxHashMap::default();
        for line in lines {
            let fields = split_line(line).map_err(|e| format!("{name}: {e}"))?;
            let row: BTreeMap<String, String> = header
                .iter()
                .cloned()
                .zip(fields.into_iter().chain(std::iter::repeat(String::new())))
                .filter(|(_, v)| !v.is_empty())
                .collect();
            let key = match row.get("id") {
                Some(id) => format!("id:{id}"),
                None => format!("row:{row:?}"),
            };
            let n = occurrence(&mut seen, &key);
            rows.push(((key, n), row));
        }
        Ok(Side { header, rows })
    }
}

/// Merges a ledger CSV file three ways; `Err` when a side is no CSV it can read.
pub fn merge(base: &str, ours: &str, theirs: &str) -> Result<CsvMerged, String> {
    if let Some(merged) = merge_same_header(base, ours, theirs) {
        return Ok(merged);
    }
    let base = Side::parse(base, "the common ancestor")?;
    let ours_side = Side::parse(ours, "our side")?;
    let theirs_side = Side::parse(theirs, "their side")?;
    let mut header: Vec<String> = Vec::new();
    for column in base.header.iter().chain(&ours_side.header).chain(&theirs_side.header) {
        if !header.contains(column) {
            header.push(column.clone());
        }
    }
    let index = |side: &Side| -> BTreeMap<(String, u32), BTreeMap<String, String>> {
        side.rows.iter().cloned().collect()
    };
    let (b, o, t) = (index(&base), index(&ours_side), index(&theirs_side));
    let crlf = ours.contains("\r\n");
    let newline = if crlf { "\r\n" } else { "\n" };
    let encode = |row: &BTreeMap<String, String>| -> String {
        encode_line(header.iter().map(|c| row.get(c).map_or("", |v| v.as_str())))
    };
    let mut out: Vec<String> =
        vec![encode(&header.iter().map(|h| (h.clone(), h.clone())).collect())];
    let mut conflicts = Vec::new();
    // Keys in ours' order, then those only theirs has.
    let mut keys: Vec<&(String, u32)> = ours_side.rows.iter().map(|(k, _)| k).collect();
    for (k, _) in &theirs_side.rows {
        if !o.contains_key(k) {
            keys.push(k);
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for key in keys {
        if !seen.insert(key.clone()) {
            continue;
        }
        match resolve(b.get(key), o.get(key), t.get(key)) {
            Resolution::Keep(row) => out.push(encode(row)),
            Resolution::Drop => {}
            Resolution::Conflict(ours_row, theirs_row) => {
                conflicts.push(describe(&key.0));
                out.push("<<<<<<< ours".to_string());
                out.extend(ours_row.map(encode));
                out.push("=======".to_string());
                out.extend(theirs_row.map(encode));
                out.push(">>>>>>> theirs".to_string());
            }
        }
    }
    let mut text = out.join(newline);
    text.push_str(newline);
    Ok(CsvMerged { text, conflicts })
}

/// The common case, fast and in little memory (two 1M-row time logs): all three
/// sides have one header, with `id` first, and every id is plain text. Rows are then
/// matched by id and compared by their text, and written as they are. `None` when
/// the case does not hold (then every row is read under its header).
fn merge_same_header(base: &str, ours: &str, theirs: &str) -> Option<CsvMerged> {
    type Key<'a> = (&'a str, u32);
    fn split(text: &str) -> Option<(&str, Vec<(Key<'_>, &str)>)> {
        let mut lines = text.lines().map(|l| l.trim_end_matches('\r')).filter(|l| !l.is_empty());
        let head = lines.next()?;
        if !head.trim_start_matches('\u{feff}').starts_with("id,") {
            return None;
        }
        let mut rows = Vec::new();
        for line in lines {
            let id = line.split(',').next().unwrap_or("");
            if id.contains('"') || line.starts_with('#') {
                return None;
            }
            // A row without id is matched by its whole text.
            rows.push(((if id.is_empty() { line } else { id }, 0), line));
        }
        Some((head, rows))
    }
    let (base_head, mut base_rows) = split(base)?;
    let (ours_head, mut ours_rows) = split(ours)?;
    let (theirs_head, mut theirs_rows) = split(theirs)?;
    if base_head != ours_head || ours_head != theirs_head {
        return None;
    }
    /// The rows by key, each key numbered by its occurrence in the side (0 for the
    /// first): two rows with one key (identical rows without id, a duplicate id an
    /// older merge left) are both kept, matched across the sides in their order.
    fn by_key<'a>(rows: &mut [(Key<'a>, &'a str)]) -> FxHashMap<Key<'a>, &'a str> {
        use std::collections::hash_map::Entry;
        let mut m: FxHashMap<Key<'a>, &str> = FxHashMap::default();
        m.reserve(rows.len());
        for row in rows.iter_mut() {
            let (mut key, line) = *row;
            loop {
                match m.entry(key) {
                    Entry::Vacant(v) => {
                        v.insert(line);
                        break;
                    }
                    Entry::Occupied(_) => key.1 += 1,
                }
            }
            row.0 = key;
        }
        m
    }
    let (b, o, t) = (by_key(&mut base_rows), by_key(&mut ours_rows), by_key(&mut theirs_rows));
    drop(base_rows);
    let newline = if ours.contains("\r\n") { "\r\n" } else { "\n" };
    let mut out = String::with_capacity(ours.len().max(theirs.len()) + 1024);
    out.push_str(ours_head);
    out.push_str(newline);
    let mut conflicts = Vec::new();
    // Each key (with its occurrence) stands once in a side: ours' keys, then those
    // only theirs has.
    let keys = ours_rows
        .iter()
        .map(|(k, _)| *k)
        .chain(theirs_rows.iter().map(|(k, _)| *k).filter(|k| !o.contains_key(k)));
    let push = |out: &mut String, line: &str| {
        out.push_str(line);
        out.push_str(newline);
    };
    for key in keys {
        match resolve(b.get(&key), o.get(&key), t.get(&key)) {
            Resolution::Keep(line) => push(&mut out, line),
            Resolution::Drop => {}
            Resolution::Conflict(ours_line, theirs_line) => {
                conflicts.push(describe_line(key.0, ours_line.or(theirs_line).copied()));
                push(&mut out, "<<<<<<< ours");
                if let Some(line) = ours_line {
                    push(&mut out, line);
                }
                push(&mut out, "=======");
                if let Some(line) = theirs_line {
                    push(&mut out, line);
                }
                push(&mut out, ">>>>>>> theirs");
            }
        }
    }
    Some(CsvMerged { text: out, conflicts })
}

/// How a conflict names its row: by id, or as a row without id.
fn describe_line(key: &str, line: Option<&str>) -> String {
    if line == Some(key) { "a row without id".to_string() } else { format!("row {key}") }
}

/// One CSV line (without its line end) of `values`, quoted where needed.
fn encode_line<'a>(values: impl Iterator<Item = &'a str>) -> String {
    let mut writer = csv_writer(false);
    let _ = writer.write_record(values);
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8_lossy(&bytes).trim_end_matches('\n').to_string()
}

enum Resolution<'a, T> {
    Keep(&'a T),
    Drop,
    Conflict(Option<&'a T>, Option<&'a T>),
}

/// The three-way rule for one row (base, ours, theirs; `None`: not there).
fn resolve<'a, T: PartialEq>(
    base: Option<&'a T>,
    ours: Option<&'a T>,
    theirs: Option<&'a T>,
) -> Resolution<'a, T> {
    match (base, ours, theirs) {
        (_, Some(o), Some(t)) if o == t => Resolution::Keep(o),
        (None, Some(o), None) => Resolution::Keep(o),
        (None, None, Some(t)) => Resolution::Keep(t),
        (None, Some(o), Some(t)) => Resolution::Conflict(Some(o), Some(t)),
        (Some(b), Some(o), Some(t)) if o == b => Resolution::Keep(t),
        (Some(b), Some(o), Some(t)) if t == b => Resolution::Keep(o),
        (Some(_), Some(o), Some(t)) => Resolution::Conflict(Some(o), Some(t)),
        (Some(b), Some(o), None) if o == b => Resolution::Drop,
        (Some(b), None, Some(t)) if t == b => Resolution::Drop,
        (Some(_), Some(o), None) => Resolution::Conflict(Some(o), None),
        (Some(_), None, Some(t)) => Resolution::Conflict(None, Some(t)),
        (_, None, None) => Resolution::Drop,
    }
}

/// The occurrence of `key` among the rows before (0 for the first), counted.
fn occurrence(seen: &mut FxHashMap<String, u32>, key: &str) -> u32 {
    let n = seen.entry(key.to_string()).or_insert(0);
    *n += 1;
    *n - 1
}

fn describe(key: &str) -> String {
    match key.strip_prefix("id:") {
        Some(id) => format!("row {id}"),
        None => "a row without id".to_string(),
    }
}

/// A CSV file rewritten under one header: what a merge without the driver left (a
/// header line in the middle of the file, from two sides that each extended it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OneHeader {
    pub text: String,
    /// The 1-based lines that were header lines after the first.
    pub headers_at: Vec<usize>,
}

/// Rewrites `text` under one header when a line after the first names every column of
/// `required` (a second header line): the header becomes the union of the header
/// lines' columns (in their order), every row is written under it with the values of
/// the header line above it, comments and blank lines stay. `Ok(None)`: nothing to do.
pub fn one_header(text: &str, required: &[&str]) -> Result<Option<OneHeader>, String> {
    let crlf = text.contains("\r\n");
    let newline = if crlf { "\r\n" } else { "\n" };
    let is_header = |fields: &[String]| {
        !required.is_empty() && required.iter().all(|r| fields.iter().any(|f| f.trim() == *r))
    };
    enum Line<'a> {
        Verbatim(&'a str),
        Row(BTreeMap<String, String>),
    }
    let mut header: Vec<String> = Vec::new();
    let mut current: Option<Vec<String>> = None;
    let mut lines = Vec::new();
    let mut headers_at = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            lines.push(Line::Verbatim(line));
            continue;
        }
        let fields = split_line(line.trim_start_matches('\u{feff}'))
            .map_err(|e| format!("line {}: {e}", i + 1))?;
        let names = || fields.iter().map(|f| f.trim().to_string());
        match &current {
            None => {
                header.extend(names());
                current = Some(names().collect());
            }
            Some(_) if is_header(&fields) => {
                headers_at.push(i + 1);
                for name in names() {
                    if !header.contains(&name) {
                        header.push(name);
                    }
                }
                current = Some(names().collect());
            }
            Some(columns) => {
                if fields.len() > columns.len() {
                    return Err(format!(
                        "line {}: the row has {} fields but its header has {}",
                        i + 1,
                        fields.len(),
                        columns.len()
                    ));
                }
                lines.push(Line::Row(columns.iter().cloned().zip(fields).collect()));
            }
        }
    }
    if headers_at.is_empty() {
        return Ok(None);
    }
    let mut out = vec![encode_line(header.iter().map(String::as_str))];
    for line in &lines {
        out.push(match line {
            Line::Verbatim(text) => text.to_string(),
            Line::Row(row) => {
                encode_line(header.iter().map(|c| row.get(c).map_or("", String::as_str)))
            }
        });
    }
    let mut text = out.join(newline);
    text.push_str(newline);
    Ok(Some(OneHeader { text, headers_at }))
}

#[cfg(test)]
mod tests {
    use super::{merge, one_header};

    #[test]
    fn a_second_header_line_is_merged_into_one_header() {
        let text = "id,date,client,hours,notice\na,2026-01-01,x,1:00,2:00\n\
                    id,date,client,hours,source\nb,2026-01-02,x,2:00,imp\n# kept\nc,2026-01-03,x,3:00\n";
        let fixed = one_header(text, &["date", "client", "hours"]).unwrap().unwrap();
        assert_eq!(fixed.headers_at, [3]);
        assert_eq!(
            fixed.text,
            "id,date,client,hours,notice,source\na,2026-01-01,x,1:00,2:00,\n\
             b,2026-01-02,x,2:00,,imp\n# kept\nc,2026-01-03,x,3:00,,\n"
        );
        assert_eq!(one_header(&fixed.text, &["date", "client", "hours"]).unwrap(), None);
    }

    #[test]
    fn rows_merge_by_id_against_the_ancestor() {
        let base = "id,date,hours\na,2026-01-01,1:00\nb,2026-01-02,2:00\nc,2026-01-03,3:00\n";
        // Ours edits a and removes c; theirs appends d and adds a column.
        let ours = "id,date,hours\na,2026-01-01,1:30\nb,2026-01-02,2:00\n";
        let theirs = "id,date,hours,note\na,2026-01-01,1:00\nb,2026-01-02,2:00\nc,2026-01-03,3:00\nd,2026-01-04,4:00,new\n";
        let merged = merge(base, ours, theirs).unwrap();
        assert_eq!(
            merged.text,
            "id,date,hours,note\na,2026-01-01,1:30,\nb,2026-01-02,2:00,\nd,2026-01-04,4:00,new\n"
        );
        assert!(merged.conflicts.is_empty());
        // Both change b differently: both versions between markers.
        let theirs = "id,date,hours\na,2026-01-01,1:00\nb,2026-01-02,2:15\nc,2026-01-03,3:00\n";
        let ours = "id,date,hours\na,2026-01-01,1:00\nb,2026-01-02,2:30\nc,2026-01-03,3:00\n";
        let merged = merge(base, ours, theirs).unwrap();
        assert_eq!(merged.conflicts, ["row b"]);
        assert!(
            merged.text.contains(
                "<<<<<<< ours\nb,2026-01-02,2:30\n=======\nb,2026-01-02,2:15\n>>>>>>> theirs\n"
            ),
            "{}",
            merged.text
        );
    }

    #[test]
    fn rows_that_share_a_key_are_each_kept_on_both_paths() {
        // Two identical rows without id, and an id that an older merge left twice:
        // untouched on both sides, every one survives; one appended on a side counts.
        for header in ["id,date,hours", "id,date,hours,note"] {
            let extend = |text: &str| {
                if header.ends_with("note") {
                    text.replacen("id,date,hours", header, 1)
                } else {
                    text.to_string()
                }
            };
            let base = "id,date,hours\n,2026-01-01,1:00\n,2026-01-01,1:00\nt-1,2026-01-02,2:00\nt-1,2026-01-02,3:00\n";
            let ours = format!("{base},2026-01-01,1:00\n");
            let theirs = extend(&format!("{base}t-2,2026-01-03,1:00\n"));
            let merged = merge(base, &ours, &theirs).unwrap();
            assert!(merged.conflicts.is_empty(), "{merged:?}");
            let rows: Vec<&str> =
                merged.text.lines().skip(1).map(|l| l.trim_end_matches(',')).collect();
            assert_eq!(
                rows,
                [
                    ",2026-01-01,1:00",
                    ",2026-01-01,1:00",
                    "t-1,2026-01-02,2:00",
                    "t-1,2026-01-02,3:00",
                    ",2026-01-01,1:00",
                    "t-2,2026-01-03,1:00"
                ],
                "{header}"
            );
        }
    }
}
