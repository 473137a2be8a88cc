//! Reading the ledger's CSV files by header name, streaming one record at a time, with
//! `file:line` for every problem and detection of a torn last line.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::rc::Rc;

use csv::StringRecord;

use crate::domain::check::{Code, Diagnostic};

/// What a reader learned about a file, needed later to append to it safely.
#[derive(Debug, Clone, Default)]
pub struct FileMeta {
    pub exists: bool,
    /// The header as written in the file (a person may reorder columns).
    pub header: Vec<String>,
    /// False when the last line has no newline (then an append must add one first).
    pub ends_with_newline: bool,
    /// Lines end with CR LF (as spreadsheets save them); appended lines do too.
    pub crlf: bool,
}

/// The fields of one record, looked up by the wanted columns' positions.
pub struct Fields<'a> {
    record: &'a StringRecord,
    positions: &'a [Option<usize>],
}

impl<'a> Fields<'a> {
    /// The text of wanted column `i`, trimmed (empty when the file lacks that column).
    pub fn text(&self, i: usize) -> &'a str {
        self.positions[i].and_then(|pos| self.record.get(pos)).unwrap_or("").trim_ascii()
    }

    pub fn raw(&self, i: usize) -> &'a [u8] {
        self.text(i).as_bytes()
    }
}

/// Where the wanted columns are in a file, and how many columns its rows have.
#[derive(Debug, Clone)]
pub struct Layout {
    positions: Vec<Option<usize>>,
    width: usize,
}

/// The last record a reader saw: its line and, if it failed, its diagnostic's index.
type Last = Option<(u32, Option<usize>)>;

/// A reader that notes where each newline passes, so that records get their true
/// line numbers (the csv crate skips blank lines without counting them). Memory stays
/// bounded by the csv reader's read-ahead: offsets are dropped once a record is past
/// them.
struct LineCounter<R> {
    inner: R,
    offset: u64,
    newlines: Rc<RefCell<VecDeque<u64>>>,
}

impl<R: Read> Read for LineCounter<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut newlines = self.newlines.borrow_mut();
        newlines.extend(memchr::memchr_iter(b'\n', &buf[..n]).map(|i| self.offset + i as u64));
        self.offset += n as u64;
        Ok(n)
    }
}

/// A csv reader with the line numbers of its records.
struct Counted<R> {
    reader: csv::Reader<LineCounter<R>>,
    newlines: Rc<RefCell<VecDeque<u64>>>,
    /// Newlines before the reader's first byte, plus those already passed.
    passed: u32,
}

impl<R: Read> Counted<R> {
    fn new(inner: R, has_headers: bool, lines_before: u32) -> Counted<R> {
        let newlines = Rc::new(RefCell::new(VecDeque::new()));
        let counter = LineCounter { inner, offset: 0, newlines: Rc::clone(&newlines) };
        Counted {
            reader: builder(has_headers).from_reader(counter),
            newlines,
            passed: lines_before,
        }
    }

    /// The line that byte `byte` (of this reader) is on.
    fn line_at(&mut self, byte: u64) -> u32 {
        let mut newlines = self.newlines.borrow_mut();
        while newlines.front().is_some_and(|&n| n < byte) {
            newlines.pop_front();
            self.passed += 1;
        }
        self.passed + 1
    }
}

/// Files smaller than this are read on one thread.
const PARALLEL_MIN_BYTES: u64 = 4 << 20;

fn builder(has_headers: bool) -> csv::ReaderBuilder {
    let mut b = csv::ReaderBuilder::new();
    b.flexible(true).comment(Some(b'#')).has_headers(has_headers).buffer_capacity(1 << 16);
    b
}

/// Opens `path` and reads its header; `None` (with `meta`) when there is nothing to
/// read: a missing file, an unreadable header or a missing required column.
fn open(
    path: &Path,
    label: &str,
    wanted: &[&str],
    required: &[&str],
    diagnostics: &mut Vec<Diagnostic>,
) -> (FileMeta, Option<(Counted<File>, Layout, u64)>) {
    let mut meta = FileMeta::default();
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            meta.ends_with_newline = true;
            return (meta, None);
        }
        Err(e) => {
            diagnostics.push(Diagnostic::error(label, None, Code::Io, e.to_string()));
            return (meta, None);
        }
    };
    meta.exists = true;
    meta.ends_with_newline = ends_with_newline(&mut file).unwrap_or(true);
    meta.crlf = first_line_ends_with_crlf(&mut file).unwrap_or(false);
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut reader = Counted::new(file, true, 0);
    let header = match reader.reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            diagnostics.push(Diagnostic::error(label, Some(1), Code::Parse, e.to_string()));
            return (meta, None);
        }
    };
    meta.header = header.iter().map(|h| h.trim().to_string()).collect();
    if meta.header.len() == 1 && meta.header[0].is_empty() {
        meta.header.clear();
    }
    let missing: Vec<&str> =
        required.iter().copied().filter(|r| !meta.header.iter().any(|h| h == r)).collect();
    if !missing.is_empty() {
        diagnostics.push(Diagnostic::error(
            label,
            Some(1),
            Code::MissingColumn,
            format!("missing required column(s) {} in the header", missing.join(", ")),
        ));
        return (meta, None);
    }
    let layout = Layout {
        positions: wanted.iter().map(|w| meta.header.iter().position(|h| h == w)).collect(),
        width: meta.header.len(),
    };
    (meta, Some((reader, layout, len)))
}

/// Reads the records of `reader` that end at or before byte `stop_at`.
fn records<R: Read>(
    mut reader: Counted<R>,
    label: &str,
    layout: &Layout,
    stop_at: u64,
    diagnostics: &mut Vec<Diagnostic>,
    row: &mut dyn FnMut(u32, &Fields<'_>) -> Result<(), String>,
) -> Last {
    let mut record = StringRecord::new();
    let mut last = None;
    loop {
        match reader.reader.read_record(&mut record) {
            Ok(false) => break,
            // Records are placed by where they end: the csv crate's start position of
            // a record points at the blank or comment lines before it.
            Ok(true) if reader.reader.position().byte() > stop_at => break,
            Ok(true) => {
                let line = reader.line_at(reader.reader.position().byte().saturating_sub(1));
                let result = if record.len() != layout.width {
                    Err(format!(
                        "the row has {} fields but the header has {}",
                        record.len(),
                        layout.width
                    ))
                } else {
                    row(line, &Fields { record: &record, positions: &layout.positions })
                };
                let failed = result.err().map(|message| {
                    diagnostics.push(Diagnostic::error(label, Some(line), Code::Parse, message));
                    diagnostics.len() - 1
                });
                last = Some((line, failed));
            }
            Err(e) => {
                let line = reader.line_at(reader.reader.position().byte().saturating_sub(1));
                diagnostics.push(Diagnostic::error(label, Some(line), Code::Parse, e.to_string()));
                last = Some((line, Some(diagnostics.len() - 1)));
                break;
            }
        }
    }
    last
}

/// A last line without newline that failed to parse is a torn line (SPEC section 7):
/// a structural error, so nothing is appended until a person fixes it.
fn mark_torn(meta: &FileMeta, label: &str, last: Last, diagnostics: &mut [Diagnostic]) {
    if meta.ends_with_newline {
        return;
    }
    if let Some((line, Some(failed))) = last {
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
    let (meta, opened) = open(path, label, wanted, required, diagnostics);
    if let Some((reader, layout, _)) = opened {
        let last = records(reader, label, &layout, u64::MAX, diagnostics, &mut row);
        mark_torn(&meta, label, last, diagnostics);
    }
    meta
}

/// Like [`read_csv`], but a large file is read in two halves on two threads, each
/// with its own `state`; the states come back in file order.
pub fn read_csv_parallel<S: Send>(
    path: &Path,
    label: &str,
    wanted: &[&str],
    required: &[&str],
    diagnostics: &mut Vec<Diagnostic>,
    mut states: [S; 2],
    row: impl Fn(&mut S, u32, &Fields<'_>) -> Result<(), String> + Sync,
) -> (FileMeta, [S; 2]) {
    let (meta, opened) = open(path, label, wanted, required, diagnostics);
    let Some((reader, layout, len)) = opened else {
        return (meta, states);
    };
    let split = if len >= PARALLEL_MIN_BYTES { split_point(path, len / 2) } else { None };
    let Some(split) = split else {
        let [first, _] = &mut states;
        let last =
            records(reader, label, &layout, u64::MAX, diagnostics, &mut |l, f| row(first, l, f));
        mark_torn(&meta, label, last, diagnostics);
        return (meta, states);
    };
    let [first, second] = &mut states;
    let (mut first_diags, mut second_diags) = (Vec::new(), Vec::new());
    let (last_first, last_second) = std::thread::scope(|scope| {
        let second_half = scope.spawn(|| -> std::io::Result<Last> {
            let mut file = File::open(path)?;
            let offset = count_newlines(&mut file, split)?;
            file.seek(SeekFrom::Start(split))?;
            let reader = Counted::new(file, false, offset);
            let mut on_row = |l: u32, f: &Fields<'_>| row(second, l, f);
            Ok(records(reader, label, &layout, u64::MAX, &mut second_diags, &mut on_row))
        });
        let mut on_row = |l: u32, f: &Fields<'_>| row(first, l, f);
        let last_first = records(reader, label, &layout, split, &mut first_diags, &mut on_row);
        let last_second = second_half.join().expect("the reading thread does not panic");
        (last_first, last_second)
    });
    diagnostics.append(&mut first_diags);
    let base = diagnostics.len();
    diagnostics.append(&mut second_diags);
    let last = match last_second {
        Ok(Some((line, failed))) => Some((line, failed.map(|i| i + base))),
        Ok(None) => last_first,
        Err(e) => {
            diagnostics.push(Diagnostic::error(label, None, Code::Io, e.to_string()));
            None
        }
    };
    mark_torn(&meta, label, last, diagnostics);
    (meta, states)
}

/// The byte after the first newline at or after `from`, if it is before the end.
fn split_point(path: &Path, from: u64) -> Option<u64> {
    let mut file = File::open(path).ok()?;
    file.seek(SeekFrom::Start(from)).ok()?;
    let mut buf = [0u8; 1 << 16];
    let n = file.read(&mut buf).ok()?;
    let at = buf[..n].iter().position(|&b| b == b'\n')?;
    Some(from + at as u64 + 1)
}

/// Newlines in the first `until` bytes (the line number the second half starts at,
/// minus one).
fn count_newlines(file: &mut File, until: u64) -> std::io::Result<u32> {
    let mut buf = vec![0u8; 1 << 20];
    let mut left = until;
    let mut count = 0usize;
    while left > 0 {
        let want = buf.len().min(left as usize);
        let n = file.read(&mut buf[..want])?;
        if n == 0 {
            break;
        }
        count += memchr::memchr_iter(b'\n', &buf[..n]).count();
        left -= n as u64;
    }
    Ok(count as u32)
}

/// Whether the first line ends with CR LF; the file is read from its start after.
fn first_line_ends_with_crlf(file: &mut File) -> std::io::Result<bool> {
    let mut buf = [0u8; 1 << 12];
    let n = file.read(&mut buf)?;
    file.seek(SeekFrom::Start(0))?;
    Ok(memchr::memchr(b'\n', &buf[..n]).is_some_and(|at| at > 0 && buf[at - 1] == b'\r'))
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
