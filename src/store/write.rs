//! Writing to the ledger safely: the exclusive lock, whole-line appends with fsync,
//! atomic rewrites (temp file + rename) and new row ids.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;

use super::csvio::FileMeta;
use crate::domain::date::parse_date;
use crate::domain::id::{IdKind, format_row_id};
use crate::error::Error;

/// Holds a lock on the ledger directory itself until dropped (the OS releases it if
/// the process dies). A directory cannot vanish under a running writer the way a lock
/// file can (`git clean -X` deletes ignored files).
pub struct LedgerLock {
    _dir: File,
}

impl LedgerLock {
    /// The exclusive lock every writer takes; waits for other holders.
    pub fn acquire(dir: &Path) -> Result<LedgerLock, Error> {
        let handle = File::open(dir).map_err(|e| Error::io(dir, e))?;
        handle.lock().map_err(|e| Error::io(dir, e))?;
        Ok(LedgerLock { _dir: handle })
    }

    /// A shared lock for readers, so that they never see a half-appended line or a
    /// writer's temporary file. `None` when the directory cannot be locked: then
    /// reading goes on without it.
    pub fn shared(dir: &Path) -> Option<LedgerLock> {
        let handle = File::open(dir).ok()?;
        handle.lock_shared().ok()?;
        Some(LedgerLock { _dir: handle })
    }
}

/// The temporary files of atomic rewrites (`.NAME.csv.XXXXXX`, `.NAME.toml.XXXXXX`)
/// in `dir`: under the lock, each is left by a writer that was killed mid-rewrite.
pub fn stale_temp_files(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| is_temp_name(name))
        .collect();
    names.sort();
    names
}

/// Whether `name` is `.` + a ledger file name + `.` + six letters or digits.
fn is_temp_name(name: &str) -> bool {
    let Some(rest) = name.strip_prefix('.') else { return false };
    let Some((file, suffix)) = rest.rsplit_once('.') else { return false };
    suffix.len() == 6
        && suffix.bytes().all(|b| b.is_ascii_alphanumeric())
        && file.len() > 4
        && (file.ends_with(".csv") || file.ends_with(".toml"))
}

/// Removes the temporary files that killed writers left (the caller holds the
/// exclusive lock, so no rewrite is under way), saying so on stderr.
pub fn remove_stale_temp_files(dir: &Path) -> Result<(), Error> {
    for name in stale_temp_files(dir) {
        let path = dir.join(&name);
        match std::fs::remove_file(&path) {
            Ok(()) => eprintln!(
                "removed {}, a temporary file left by an interrupted write",
                crate::domain::text::visible(&name)
            ),
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

/// Encodes rows in the file's own column order; columns the file lacks are dropped,
/// columns the row lacks are left empty.
pub fn encode_rows(
    meta: &FileMeta,
    default_header: &[&str],
    rows: &[Vec<(&str, String)>],
) -> Result<Vec<u8>, Error> {
    let header: Vec<&str> = if meta.header.is_empty() {
        default_header.to_vec()
    } else {
        meta.header.iter().map(String::as_str).collect()
    };
    let terminator = if meta.crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') };
    let mut writer = csv::WriterBuilder::new().terminator(terminator).from_writer(Vec::new());
    if meta.header.is_empty() {
        writer.write_record(&header).map_err(|e| Error::refused(e.to_string()))?;
    }
    for row in rows {
        for (name, value) in row {
            check_one_line(name, value)?;
            check_date_range(name, value)?;
        }
        let record = header.iter().map(|column| {
            row.iter().find(|(name, _)| name == column).map_or("", |(_, v)| v.as_str())
        });
        writer.write_record(record).map_err(|e| Error::refused(e.to_string()))?;
    }
    writer.into_inner().map_err(|e| Error::refused(e.to_string()))
}

/// Appends whole lines to a CSV file and fsyncs it. The caller holds the lock and has
/// loaded the file (so a torn last line has already been refused).
pub fn append(path: &Path, meta: &FileMeta, bytes: &[u8]) -> Result<(), Error> {
    let mut data = Vec::with_capacity(bytes.len() + 1);
    if meta.exists && !meta.ends_with_newline {
        if meta.crlf && !meta.ends_with_cr {
            data.push(b'\r');
        }
        data.push(b'\n');
    }
    data.extend_from_slice(bytes);
    let mut file =
        OpenOptions::new().create(true).append(true).open(path).map_err(|e| Error::io(path, e))?;
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
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let Some(range) = super::csvio::header_range(&bytes) else { return Ok(()) };
    let mut out = Vec::with_capacity(bytes.len() + 64);
    out.extend_from_slice(&bytes[..range.end]);
    for column in &missing {
        out.push(b',');
        out.extend_from_slice(column.as_bytes());
    }
    out.extend_from_slice(&bytes[range.end..]);
    write_atomic(path, &out)?;
    let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().to_string());
    eprintln!("{name}: added column(s) {} to the header", missing.join(", "));
    meta.header.extend(missing.iter().map(|c| c.to_string()));
    Ok(())
}

/// Replaces a file's content atomically: a temporary file, fsync, rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let mut file =
        atomic_write_file::AtomicWriteFile::open(path).map_err(|e| Error::io(path, e))?;
    file.write_all(bytes).map_err(|e| Error::io(path, e))?;
    file.commit().map_err(|e| Error::io(path, e))?;
    Ok(())
}

/// Who writes: `$HOURBANK_USER`, else the login name.
pub fn current_user() -> String {
    ["HOURBANK_USER", "USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "unknown".to_string())
}
