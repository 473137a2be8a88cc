//! Reading the ledger's CSV files by header name, streaming one record at a time, with
//! `file:line` for every problem and detection of a torn last line.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use csv::ByteRecord;

use crate::domain::check::{Code, Diagnostic};

/// What a reader learned about a file, needed later to append to it safely.
#[derive(Debug, Clone, Default)]
pub struct FileMeta {
    pub exists: bool,
    /// The header as written in the file (a person may reorder columns).
    pub header: Vec<String>,
    /// False when the last line has no newline (then an append must add one first).
    pub ends_with_newline: bool,
    /// The last line is incomplete: nothing may be appended until a person fixes it.
    pub torn: bool,
}

/// The fields of one record, looked up by the wanted columns' positions.
pub struct Fields<'a> {
    record: &'a ByteRecord,
    positions: &'a [Option<usize>],
}

impl<'a> Fields<'a> {
    /// The text of wanted column `i` (empty when the file lacks that column).
    pub fn get(&self, i: usize) -> Result<&'a str, String> {
        let Some(pos) = self.positions[i] else {
            return Ok("");
        };
        let bytes = self.record.get(pos).unwrap_or(b"");
        std::str::from_utf8(bytes)
            .map(str::trim)
            .map_err(|_| "the row is not valid UTF-8".to_string())
    }

    pub fn raw(&self, i: usize) -> &'a [u8] {
        self.positions[i]
            .and_then(|pos| self.record.get(pos))
            .unwrap_or(b"")
            .trim_ascii()
    }
}

/// Streams the records of `path`, calling `row(line, fields)` for each; a row error
/// becomes a diagnostic at its line. `wanted` names the columns in the order `Fields`
/// indexes them; `required` are those whose absence is an error for the whole file.
pub fn read_csv(
    path: &Path,
    label: &str,
    wanted: &[&str],
    required: &[&str],
    diagnostics: &mut Vec<Diagnostic>,
    mut row: impl FnMut(u32, &Fields<'_>) -> Result<(), String>,
) -> FileMeta {
    let mut meta = FileMeta::default();
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            meta.ends_with_newline = true;
            return meta;
        }
        Err(e) => {
            diagnostics.push(Diagnostic::error(label, None, Code::Io, e.to_string()));
            return meta;
        }
    };
    meta.exists = true;
    meta.ends_with_newline = ends_with_newline(&mut file).unwrap_or(true);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .comment(Some(b'#'))
        .has_headers(true)
        .buffer_capacity(1 << 16)
        .from_reader(file);
    let header = match reader.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            diagnostics.push(Diagnostic::error(
                label,
                Some(1),
                Code::Parse,
                e.to_string(),
            ));
            return meta;
        }
    };
    meta.header = header
        .iter()
        .map(|h| String::from_utf8_lossy(h).trim().to_string())
        .collect();
    if meta.header.len() == 1 && meta.header[0].is_empty() {
        meta.header.clear();
    }
    let positions: Vec<Option<usize>> = wanted
        .iter()
        .map(|w| meta.header.iter().position(|h| h == w))
        .collect();
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|r| !meta.header.iter().any(|h| h == r))
        .collect();
    if !missing.is_empty() {
        diagnostics.push(Diagnostic::error(
            label,
            Some(1),
            Code::MissingColumn,
            format!(
                "missing required column(s) {} in the header",
                missing.join(", ")
            ),
        ));
        return meta;
    }
    let width = meta.header.len();
    let mut record = ByteRecord::new();
    let mut last: Option<(u32, Option<usize>)> = None;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map_or(0, |p| p.line()) as u32;
                let result = if record.len() != width {
                    Err(format!(
                        "the row has {} fields but the header has {width}",
                        record.len()
                    ))
                } else {
                    row(
                        line,
                        &Fields {
                            record: &record,
                            positions: &positions,
                        },
                    )
                };
                let failed = result.err().map(|message| {
                    diagnostics.push(Diagnostic::error(label, Some(line), Code::Parse, message));
                    diagnostics.len() - 1
                });
                last = Some((line, failed));
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line()) as u32;
                diagnostics.push(Diagnostic::error(
                    label,
                    Some(line),
                    Code::Parse,
                    e.to_string(),
                ));
                last = Some((line, Some(diagnostics.len() - 1)));
                break;
            }
        }
    }
    if !meta.ends_with_newline
        && let Some((line, Some(failed))) = last
    {
        meta.torn = true;
        let why = diagnostics[failed].message.clone();
        diagnostics[failed] = Diagnostic::error(
            label,
            Some(line),
            Code::TornLine,
            format!(
                "torn last line (no newline at the end and not a complete row: {why}); \
                 fix or delete it by hand"
            ),
        );
    }
    meta
}

fn ends_with_newline(file: &mut File) -> std::io::Result<bool> {
    let len = file.metadata()?.len();
    if len == 0 {
        return Ok(true);
    }
    file.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8; 1];
    file.read_exact(&mut last)?;
    file.seek(SeekFrom::Start(0))?;
    Ok(last[0] == b'\n' || last[0] == b'\r')
}
