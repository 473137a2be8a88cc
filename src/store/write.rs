//! Writing to the ledger safely: the exclusive lock, whole-line appends with fsync,
//! atomic rewrites (temp file + rename) and new row ids.

use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use super::csvio::FileMeta;
use crate::domain::date::parse_date;
use crate::domain::id::{IdKind, format_row_id};
use crate::error::Error;

/// Holds a lock on the ledger directory itself until dropped (the OS releases it if
/// the process dies). A directory cannot vanish under a running writer the way a lock
/// file can (`git clean -X` deletes ignored files).
pub struct LedgerLock {
    handle: Option<File>,
    /// The exclusive lock's directory: its write unit keeps the lock until it ends.
    exclusive: Option<PathBuf>,
}

impl LedgerLock {
    /// The exclusive lock every writer takes; waits for other holders. Rolls back
    /// the writes that did not complete (SPEC 12.8), then begins this process's
    /// write unit ([`super::unit`]).
    pub fn acquire(dir: &Path) -> Result<LedgerLock, Error> {
        let handle = File::open(dir).map_err(|e| Error::io(dir, e))?;
        handle.lock().map_err(|e| Error::io(dir, e))?;
        super::unit::recover(dir);
        super::unit::begin(dir, &current_user());
        Ok(LedgerLock { handle: Some(handle), exclusive: Some(dir.to_path_buf()) })
    }

    /// A shared lock for readers, so that they never see a half-appended line or a
    /// writer's temporary file. `None` when the directory cannot be locked: then
    /// reading goes on without it. A write that did not complete is rolled back
    /// first, under the exclusive lock.
    pub fn shared(dir: &Path) -> Option<LedgerLock> {
        if super::unit::has_pending(dir) {
            drop(LedgerLock::acquire(dir).ok()?);
        }
        let handle = File::open(dir).ok()?;
        handle.lock_shared().ok()?;
        Some(LedgerLock { handle: Some(handle), exclusive: None })
    }
}

impl Drop for LedgerLock {
    /// An exclusive lock whose unit changed files stays held until the unit ends.
    fn drop(&mut self) {
        if let (Some(dir), Some(handle)) = (&self.exclusive, self.handle.take()) {
            drop(super::unit::hold(dir, handle));
        }
    }
}

pub use super::layout::TEMP_PREFIX;

/// The temporary files of atomic rewrites in `dir`: under the lock, each is left by a
/// writer that was killed mid-rewrite.
pub fn stale_temp_files(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with(TEMP_PREFIX))
        .collect();
    names.sort();
    names
}

/// Removes the temporary files that killed writers left (the caller holds the
/// exclusive lock, so no rewrite is under way), saying so on stderr.
pub fn remove_stale_temp_files(dir: &Path) -> Result<(), Error> {
    for name in stale_temp_files(dir) {
        let path = dir.join(&name);
        match std::fs::remove_file(&path) {
            Ok(()) => {
                let _ = writeln!(
                    std::io::stderr(),
                    "removed {}, a temporary file left by an interrupted write",
                    crate::domain::text::visible(&name)
                );
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(path, e)),
        }
    }
    Ok(())
}

/// A new row id with 60 random bits.
pub fn new_row_id(kind: IdKind) -> Result<String, Error> {
    let random =
        getrandom::u64().map_err(|e| Error::refused(format!("no randomness for a new id: {e}")))?;
    Ok(format_row_id(kind, random & ((1 << 60) - 1)))
}

/// Refuses text that would break the one-line-per-record rule, and other control
/// characters (a terminal escape in a name would act on whoever lists it).
pub fn check_one_line(name: &str, value: &str) -> Result<(), Error> {
    if value.contains(['\n', '\r']) {
        return Err(Error::refused(format!("{name} must not contain a line break")));
    }
    if let Some(c) = value.chars().find(|c| c.is_control()) {
        return Err(Error::refused(format!(
            "{name} must not contain control characters (found U+{:04X})",
            u32::from(c)
        )));
    }
    if let Some(c) = crate::domain::text::bidi_control(value) {
        return Err(Error::refused(format!(
            "{name} must not contain bidirectional controls (found U+{:04X}): they make text read in another order than it is stored",
            u32::from(c)
        )));
    }
    Ok(())
}

/// [`check_one_line`] for each flag given: `(flag, value)`.
pub fn check_one_lines(values: &[(&str, &Option<String>)]) -> Result<(), Error> {
    for (flag, value) in values {
        if let Some(v) = value {
            check_one_line(flag, v)?;
        }
    }
    Ok(())
}

/// The columns that hold dates, in every file.
const DATE_COLUMNS: &[&str] = &["date", "expires", "due", "from", "to"];

/// Refuses a date the ledger could not read back: every date written, including
/// derived ones (an expiry, a due date), lies in the years 1 to 9999.
fn check_date_range(name: &str, value: &str) -> Result<(), Error> {
    if value.is_empty() || !DATE_COLUMNS.contains(&name) || parse_date(value).is_ok() {
        return Ok(());
    }
    Err(Error::with_hint(
        format!("{name} {value} is outside the years 0001 to 9999; nothing was written"),
        "use an earlier date (or --never-expires for hours that should not expire)",
    ))
}

/// Rows ready to append to one CSV file, encoded in the file's own column order. A
/// column the rows fill but the file lacks (a ledger written by an older version, or
/// trimmed by hand) is added to its header when the rows are written, never dropped.
pub struct Append {
    path: PathBuf,
    header: Vec<String>,
    new_columns: Vec<String>,
    bytes: Vec<u8>,
}

impl Append {
    /// Encodes `rows` (column name, value) for `file` in `dir`, whose header `meta`
    /// describes (`default_header` for a new or empty file); nothing is written yet.
    pub fn prepare(
        dir: &Path,
        file: &str,
        meta: &FileMeta,
        default_header: &[&'static str],
        rows: &[Vec<(usize, String)>],
    ) -> Result<Append, Error> {
        // A value is given by its column's index in the file's record (`timelog::DATE`),
        // so no write site spells a column name.
        let rows: Vec<Vec<(&str, &String)>> = rows
            .iter()
            .map(|row| row.iter().map(|(i, v)| (default_header[*i], v)).collect())
            .collect();
        let new_file = meta.header.is_empty();
        let mut header: Vec<String> = if new_file {
            default_header.iter().map(|c| c.to_string()).collect()
        } else {
            meta.header.clone()
        };
        let mut new_columns = Vec::new();
        for row in &rows {
            for &(name, value) in row {
                check_one_line(name, value)?;
                check_date_range(name, value)?;
                if !value.is_empty() && !header.iter().any(|h| h == name) {
                    header.push(name.to_string());
                    new_columns.push(name.to_string());
                }
            }
        }
        let mut writer = csv_writer(meta.crlf);
        if new_file {
            writer.write_record(&header).map_err(|e| Error::refused(e.to_string()))?;
        }
        for row in &rows {
            let record = header.iter().map(|column| {
                row.iter().find(|(name, _)| name == column).map_or("", |(_, v)| v.as_str())
            });
            writer.write_record(record).map_err(|e| Error::refused(e.to_string()))?;
        }
        let bytes = writer.into_inner().map_err(|e| Error::refused(e.to_string()))?;
        Ok(Append { path: dir.join(file), header, new_columns, bytes })
    }

    /// Adds the new columns to the header (an atomic rewrite of that line), then
    /// appends the rows; `meta` then describes the file as it is.
    pub fn write(self, meta: &mut FileMeta) -> Result<(), Error> {
        if !self.new_columns.is_empty() {
            let names: Vec<&str> = self.new_columns.iter().map(String::as_str).collect();
            add_missing_columns(&self.path, meta, &names)?;
        }
        append(&self.path, meta, &self.bytes)?;
        meta.header = self.header;
        meta.exists = true;
        meta.ends_with_newline = true;
        meta.ends_with_cr = false;
        Ok(())
    }
}

/// Appends whole lines to a CSV file and fsyncs it. The caller holds the lock and has
/// loaded the file (so a torn last line has already been refused).
fn append(path: &Path, meta: &FileMeta, bytes: &[u8]) -> Result<(), Error> {
    let mut data = Vec::with_capacity(bytes.len() + 1);
    if meta.exists && !meta.ends_with_newline {
        if meta.crlf && !meta.ends_with_cr {
            data.push(b'\r');
        }
        data.push(b'\n');
    }
    data.extend_from_slice(bytes);
    super::unit::before_append(path, &data)?;
    let mut file = super::files::open_append(path).map_err(|e| Error::io(path, e))?;
    let before = file.metadata().map_err(|e| Error::io(path, e))?.len();
    append_or_undo(&mut file, before, &data).map_err(|e| Error::io(path, e))
}

/// Writes `data` at the end of `file` (of length `before`) and syncs it; on any error
/// (a full disk, a file size limit) cuts the file back to `before`, so that no part
/// of a row is left to be read as a row.
fn append_or_undo(file: &mut File, before: u64, data: &[u8]) -> std::io::Result<()> {
    let written = file.write_all(data).and_then(|()| file.sync_data());
    if let Err(e) = written {
        // Truncating needs no space; if it fails too, the first error is the one to tell.
        let _ = file.set_len(before).and_then(|()| file.sync_data());
        return Err(e);
    }
    Ok(())
}

/// Adds the columns of `columns` that the file's header lacks, at its end, by
/// rewriting only the header line, atomically (SPEC section 1); rows written before
/// read the new trailing fields as empty. Says on stderr what it added. The caller
/// holds the lock; `meta` is updated.
pub fn add_missing_columns(
    path: &Path,
    meta: &mut FileMeta,
    columns: &[&str],
) -> Result<(), Error> {
    if !meta.exists || meta.header.is_empty() {
        return Ok(());
    }
    let missing: Vec<&str> =
        columns.iter().copied().filter(|c| !meta.header.iter().any(|h| h == c)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    // Streamed: the header line is found in the file's first part, the rest is copied
    // as it is (a time log of a million rows is not held in memory).
    let io = |e| Error::io(path, e);
    let mut file = super::files::open(path).map_err(io)?;
    let mut head = Vec::new();
    (&mut file).take(1 << 20).read_to_end(&mut head).map_err(io)?;
    let Some(range) = super::csvio::header_range(&head) else { return Ok(()) };
    write_atomic_with(path, |out| {
        out.write_all(&head[..range.end])?;
        for column in &missing {
            out.write_all(b",")?;
            out.write_all(column.as_bytes())?;
        }
        out.write_all(&head[range.end..])?;
        std::io::copy(&mut file, out)?;
        Ok(())
    })?;
    let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().to_string());
    super::unit::note(&format!("{name}: added column(s) {} to the header", missing.join(", ")));
    meta.header.extend(missing.iter().map(|c| c.to_string()));
    Ok(())
}

/// The bytes of a CSV file with `columns` added at the end of its header line (every
/// other byte as it was); `None` when the file has no header line.
pub fn with_columns(bytes: &[u8], columns: &[&str]) -> Option<Vec<u8>> {
    let range = super::csvio::header_range(bytes)?;
    let mut out = Vec::with_capacity(bytes.len() + 64);
    out.extend_from_slice(&bytes[..range.end]);
    for column in columns {
        out.push(b',');
        out.extend_from_slice(column.as_bytes());
    }
    out.extend_from_slice(&bytes[range.end..]);
    Some(out)
}

/// A writer of ledger rows: lines end as the file's do, and a field starting with `#`
/// in the first column is quoted, or it would read as a comment line.
pub fn csv_writer(crlf: bool) -> csv::Writer<Vec<u8>> {
    let terminator = if crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') };
    csv::WriterBuilder::new().terminator(terminator).comment(Some(b'#')).from_writer(Vec::new())
}

/// Rewrites line `line_no` of the ledger's CSV file `file` atomically: replaced with `changes` applied,
/// or removed when `changes` is `None`. Every other byte stays as it was, but for a
/// column a change fills that the header lacks: it is added to the header line.
pub fn rewrite_line(
    dir: &Path,
    file: &str,
    columns: &[&'static str],
    meta: Option<&FileMeta>,
    line_no: u32,
    changes: Option<&[(usize, String)]>,
) -> Result<(), Error> {
    rewrite_lines(dir, file, columns, meta, &[(line_no, changes)])
}

/// One line's edit: its number, and the changes by column index in the file's record
/// (`purchase::PRICE`; `None` removes the line).
pub type LineEdit<'a> = (u32, Option<&'a [(usize, String)]>);

/// A change by column name, as the file's header says it.
type NamedChange<'a> = (&'a str, String);

/// Like [`rewrite_line`], for several lines in one atomic rewrite.
pub fn rewrite_lines(
    dir: &Path,
    file: &str,
    columns: &[&'static str],
    meta: Option<&FileMeta>,
    edits: &[LineEdit<'_>],
) -> Result<(), Error> {
    let named: Vec<(u32, Option<Vec<NamedChange<'_>>>)> = edits
        .iter()
        .map(|(line, changes)| {
            let changes =
                changes.map(|c| c.iter().map(|(i, v)| (columns[*i], v.clone())).collect());
            (*line, changes)
        })
        .collect();
    let edits: Vec<(u32, Option<&[NamedChange<'_>]>)> =
        named.iter().map(|(l, c)| (*l, c.as_deref())).collect();
    let path = dir.join(file);
    let bytes = super::files::read(&path)
        .and_then(|b| b.ok_or_else(|| std::io::ErrorKind::NotFound.into()))
        .map_err(|e| Error::io(&path, e))?;
    let meta = meta.cloned().unwrap_or_default();
    let mut added: Vec<&str> = Vec::new();
    for (column, value) in edits.iter().flat_map(|(_, c)| c.unwrap_or_default()) {
        if !value.is_empty() && !meta.header.iter().any(|h| h == column) && !added.contains(column)
        {
            added.push(column);
        }
    }
    let mut header = meta.header.clone();
    header.extend(added.iter().map(|c| c.to_string()));
    let mut out = Vec::with_capacity(bytes.len());
    let mut found = 0;
    for (n, line) in bytes.split_inclusive(|&b| b == b'\n').enumerate() {
        let line_no = n as u32 + 1;
        let Some((_, changes)) = edits.iter().find(|(l, _)| *l == line_no) else {
            out.extend_from_slice(line);
            continue;
        };
        found += 1;
        let Some(changes) = changes else { continue };
        let body_len =
            line.len() - line.iter().rev().take_while(|&&b| b == b'\n' || b == b'\r').count();
        let (body, ending) = line.split_at(body_len);
        let fields =
            std::str::from_utf8(body).ok().and_then(|text| super::csvio::split_line(text).ok());
        let Some(mut fields) = fields.filter(|f| f.len() <= meta.header.len()) else {
            return Err(Error::refused(format!(
                "{file}:{line_no}: the row does not match the header; edit it by hand"
            )));
        };
        // A row written before a column was added reads the missing fields as empty.
        fields.resize(header.len(), String::new());
        for (column, value) in *changes {
            if let Some(pos) = header.iter().position(|h| h == column) {
                fields[pos] = value.clone();
            }
        }
        let mut writer = csv_writer(false);
        writer.write_record(&fields).map_err(|e| Error::refused(e.to_string()))?;
        let mut encoded = writer.into_inner().map_err(|e| Error::refused(e.to_string()))?;
        encoded.pop();
        out.extend_from_slice(&encoded);
        out.extend_from_slice(ending);
    }
    if found < edits.len() {
        let missing = edits.iter().map(|(l, _)| *l).max().unwrap_or(0);
        return Err(Error::refused(format!("{file}:{missing}: line not found")));
    }
    // A change to a column the file lacks adds it to the header line.
    if !added.is_empty() {
        out = with_columns(&out, &added).unwrap_or(out);
    }
    write_atomic(&path, &out)
}

/// Replaces a file's content atomically: a temporary file beside it (with the old
/// file's permissions), fsync, rename, fsync of the directory.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    write_atomic_with(path, |out| out.write_all(bytes))
}

/// Like [`write_atomic`], with the content written by `fill` (streamed). A ledger
/// file is replaced within the write's unit ([`super::unit`]).
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), Error> {
    super::files::replace(path, fill, |len, sha| super::unit::before_rewrite(path, len, sha))
}

/// Who writes: `$HOURBANK_USER`, else the login name.
pub fn current_user() -> String {
    ["HOURBANK_USER", "USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "unknown".to_string())
}
