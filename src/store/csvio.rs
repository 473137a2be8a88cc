//! Reading the ledger's CSV files by header name, one record per line (SPEC section 1:
//! a quoted field that runs past its line is an error at that line), streaming blocks
//! of whole lines, with `file:line` for every problem and detection of a torn last
//! line.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::ops::Range;
use std::path::Path;

use crate::domain::check::{Code, Diagnostic};

pub use crate::domain::ledger::FileMeta;

/// Marks a span in `Record::scratch` rather than in the line.
const IN_SCRATCH: u32 = 1 << 31;

/// The fields of one line, split per RFC 4180 without crossing the line's end.
#[derive(Debug, Default)]
pub struct Record {
    /// Fields whose text differs from the line's bytes (escaped quotes); the others
    /// are slices of the line.
    scratch: String,
    spans: Vec<(u32, u32)>,
}

impl Record {
    /// Splits `line` (without its line end) into fields.
    pub fn split(&mut self, line: &str) -> Result<(), String> {
        self.spans.clear();
        let bytes = line.as_bytes();
        // Most lines have no quote: one pass finds the commas (short lines make one
        // simple loop cheaper than a vectorised search per separator).
        let mut start = 0u32;
        let mut quoted = false;
        let mut at = 0;
        // Eight bytes at a time: a bit marks each comma; a quote anywhere in the line
        // sends it to the quoted reading below.
        while at + 8 <= bytes.len() {
            let word = u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"));
            if byte_marks(word, b'"') != 0 {
                quoted = true;
                break;
            }
            let mut marks = byte_marks(word, b',');
            while marks != 0 {
                let i = at as u32 + marks.trailing_zeros() / 8;
                marks &= marks - 1;
                self.spans.push((start, i));
                start = i + 1;
            }
            at += 8;
        }
        if !quoted {
            for (i, &b) in bytes.iter().enumerate().skip(at) {
                if b == b'"' {
                    quoted = true;
                    break;
                }
                if b == b',' {
                    self.spans.push((start, i as u32));
                    start = i as u32 + 1;
                }
            }
        }
        if !quoted {
            self.spans.push((start, bytes.len() as u32));
            return Ok(());
        }
        self.spans.clear();
        self.scratch.clear();
        let n = bytes.len();
        let mut i = 0;
        loop {
            if i < n && bytes[i] == b'"' {
                i += 1;
                let content = i;
                let mut escaped = false;
                loop {
                    let Some(k) = memchr::memchr(b'"', &bytes[i..]) else {
                        return Err(
                            "unterminated quote (a quoted field must end on its own line)".into()
                        );
                    };
                    i += k + 1;
                    if i < n && bytes[i] == b'"' {
                        escaped = true;
                        i += 1;
                    } else {
                        break;
                    }
                }
                let closing = i - 1;
                if !escaped && (i == n || bytes[i] == b',') {
                    // The common case: the field is the text between its quotes.
                    self.spans.push((content as u32, closing as u32));
                } else {
                    // Escaped quotes, or text after the closing quote (kept as is).
                    let start = self.scratch.len();
                    // Each quote inside is the first of a pair (`""`): it is kept,
                    // its second dropped, straight into the scratch text (a `replace`
                    // made a new string per field: a tenth of reading a log of notes).
                    let mut at = content;
                    while let Some(k) = memchr::memchr(b'"', &bytes[at..closing]) {
                        self.scratch.push_str(&line[at..=at + k]);
                        at += k + 2;
                    }
                    self.scratch.push_str(&line[at..closing]);
                    let end = memchr::memchr(b',', &bytes[i..]).map_or(n, |k| i + k);
                    self.scratch.push_str(&line[i..end]);
                    i = end;
                    self.spans.push((start as u32 | IN_SCRATCH, self.scratch.len() as u32));
                }
            } else {
                let end = memchr::memchr(b',', &bytes[i..]).map_or(n, |k| i + k);
                self.spans.push((i as u32, end as u32));
                i = end;
            }
            if i >= n {
                return Ok(());
            }
            i += 1;
            if i == n {
                self.spans.push((n as u32, n as u32));
                return Ok(());
            }
        }
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Field `i` of the line last split (`line` is that line).
    #[inline(always)]
    pub fn get<'a>(&'a self, line: &'a str, i: usize) -> Option<&'a str> {
        let (start, end) = *self.spans.get(i)?;
        if start & IN_SCRATCH != 0 {
            return self.scratch.get((start & !IN_SCRATCH) as usize..end as usize);
        }
        line.get(start as usize..end as usize)
    }
}

/// The fields of one record, looked up by the wanted columns' positions.
pub struct Fields<'a> {
    line: &'a str,
    record: &'a Record,
    positions: &'a [Option<usize>],
}

impl<'a> Fields<'a> {
    /// The text of wanted column `i`, trimmed (empty when the file lacks that column,
    /// or the row ends before it).
    #[inline(always)]
    pub fn text(&self, i: usize) -> &'a str {
        self.positions[i].and_then(|pos| self.record.get(self.line, pos)).unwrap_or("").trim_ascii()
    }

    #[inline(always)]
    pub fn raw(&self, i: usize) -> &'a [u8] {
        self.text(i).as_bytes()
    }
}

/// Where the wanted columns are in a file, and how many columns its rows have.
#[derive(Debug, Clone)]
pub struct Layout {
    positions: Vec<Option<usize>>,
    width: usize,
    /// The required columns: a line naming every one of them is a second header.
    required: Vec<String>,
    /// The position of the first required column in the header.
    first_required: Option<usize>,
}

impl Layout {
    /// Whether `record` (of `line`) is a header line: one that names every required
    /// column (no row holds "date" as its date), e.g. what a union merge of two
    /// extended headers leaves.
    fn is_header(&self, record: &Record, line: &str) -> bool {
        // The fast answer for nearly every row: its first required field (a date, in
        // most files) starts with a digit, which no column name does.
        if self
            .first_required
            .and_then(|i| record.get(line, i))
            .is_some_and(|f| f.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        {
            return false;
        }
        !self.required.is_empty()
            && self
                .required
                .iter()
                .all(|r| (0..record.len()).any(|i| record.get(line, i).map(str::trim) == Some(r)))
    }
}

/// The message for a second header line in a CSV file.
pub const SECOND_HEADER: &str =
    "a second header line (a merge without the hourbank driver): run hourbank repair";

/// The message for a conflict marker in a CSV file.
pub const CONFLICT_MARKER: &str = "a merge conflict marker: keep the version you want between <<<<<<< and >>>>>>>, delete the other and the marker lines, then commit";

/// Whether `line` is one of git's conflict markers (`<<<<<<< ours`, `=======`,
/// `>>>>>>> theirs`, `||||||| base`).
fn is_marker(line: &str) -> bool {
    ["<<<<<<<", "=======", ">>>>>>>", "|||||||"].iter().any(|m| {
        line.strip_prefix(m).is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\r']))
    })
}

/// The last record a reader saw.
#[derive(Debug, Clone, Copy)]
struct Last {
    line: u32,
    /// Its diagnostic's index, when it failed.
    failed: Option<usize>,
    /// Fewer fields than the header (fine for rows written before a column was added,
    /// not for a last line without newline).
    short: bool,
    newline: bool,
}

/// Lines of a file from a byte offset, in a buffer that grows only for a long line.
struct Lines<R> {
    inner: R,
    buf: Vec<u8>,
    start: usize,
    end: usize,
    /// Bytes of `buf[start..end]` already searched for a newline.
    scanned: usize,
    /// The file offset of `buf[0]`.
    base: u64,
    eof: bool,
}

impl<R: Read> Lines<R> {
    fn new(inner: R, base: u64) -> Lines<R> {
        Lines::with_buffer(inner, base, 1 << 18)
    }

    fn with_buffer(inner: R, base: u64, size: usize) -> Lines<R> {
        Lines { inner, buf: vec![0; size.max(1)], start: 0, end: 0, scanned: 0, base, eof: false }
    }

    /// The next line's range in `buf` (without its `\n`), its file offset, and whether
    /// a newline ended it.
    fn next_line(&mut self) -> std::io::Result<Option<(Range<usize>, u64, bool)>> {
        loop {
            let from = self.start + self.scanned;
            if let Some(k) = memchr::memchr(b'\n', &self.buf[from..self.end]) {
                let (line, offset) = self.hand_out(from + k, from + k + 1);
                return Ok(Some((line, offset, true)));
            }
            if self.eof {
                return Ok(self.rest().map(|(line, offset)| (line, offset, false)));
            }
            self.scanned = self.end - self.start;
            self.fill()?;
        }
    }

    /// The next run of whole lines in `buf` (each ended by its `\n`, but the file's
    /// last line when it has none) and the file offset of its start; `None` at the end.
    fn next_block(&mut self) -> std::io::Result<Option<(Range<usize>, u64)>> {
        loop {
            let from = self.start + self.scanned;
            if let Some(k) = memchr::memrchr(b'\n', &self.buf[from..self.end]) {
                return Ok(Some(self.hand_out(from + k + 1, from + k + 1)));
            }
            if self.eof {
                return Ok(self.rest());
            }
            self.scanned = self.end - self.start;
            self.fill()?;
        }
    }

    /// `buf[start..until]` and its file offset; what follows is read from `next` on.
    fn hand_out(&mut self, until: usize, next: usize) -> (Range<usize>, u64) {
        let out = (self.start..until, self.base + self.start as u64);
        self.start = next;
        self.scanned = 0;
        out
    }

    /// What is left at the end of the file (a last line without newline), if anything.
    fn rest(&mut self) -> Option<(Range<usize>, u64)> {
        (self.start < self.end).then(|| self.hand_out(self.end, self.end))
    }

    /// Reads more of the file after what `buf` holds, first moving the unread part to
    /// its start (and growing it when that part fills it: a line longer than it).
    fn fill(&mut self) -> std::io::Result<()> {
        if self.start > 0 {
            self.buf.copy_within(self.start..self.end, 0);
            self.base += self.start as u64;
            self.end -= self.start;
            self.start = 0;
        }
        if self.end == self.buf.len() {
            self.buf.resize(self.buf.len() * 2, 0);
        }
        let n = self.inner.read(&mut self.buf[self.end..])?;
        if n == 0 {
            self.eof = true;
        } else {
            self.end += n;
        }
        Ok(())
    }
}

/// The high bit of each byte of `word` that equals `byte` (exact: no false marks).
#[inline]
fn byte_marks(word: u64, byte: u8) -> u64 {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let x = word ^ (u64::from(byte) * 0x0101_0101_0101_0101);
    // A byte of `x` is zero exactly where `word` has `byte`.
    !(((x & LOW) + LOW) | x | LOW)
}

/// A line's text without its CR; `None` for a blank or comment line.
fn content(bytes: &[u8]) -> Option<&[u8]> {
    let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    if bytes.is_empty() || bytes[0] == b'#' { None } else { Some(bytes) }
}

/// Splits one line of a CSV file (without its line end) into owned fields.
pub fn split_line(line: &str) -> Result<Vec<String>, String> {
    let mut record = Record::default();
    record.split(line)?;
    Ok((0..record.len()).map(|i| record.get(line, i).unwrap_or("").to_string()).collect())
}

/// The byte range of the header line in a file's `bytes` (without BOM and line end):
/// its first line that is neither blank nor a comment.
pub fn header_range(bytes: &[u8]) -> Option<Range<usize>> {
    let mut at = if bytes.starts_with("\u{feff}".as_bytes()) { 3 } else { 0 };
    while at < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |k| at + k);
        let line = &bytes[at..end];
        let body = line.strip_suffix(b"\r").unwrap_or(line);
        if content(body).is_some() {
            return Some(at..at + body.len());
        }
        at = end + 1;
    }
    None
}

/// Files smaller than this are read on one thread.
const PARALLEL_MIN_BYTES: u64 = 4 << 20;

/// The most columns a ledger CSV file may have (SPEC 12.7): a bound that costs
/// nothing to check, against a header that would slow every command down.
pub const MAX_COLUMNS: usize = 256;

/// An open file after its header.
struct Opened {
    lines: Lines<File>,
    layout: Layout,
    len: u64,
    /// The header's line number.
    line: u32,
    /// The byte after the header line: a split of the file for two readers lies after.
    data_start: u64,
}

/// Opens `path` and reads its header; `None` (with `meta`) when there is nothing to
/// read: a missing file, an unreadable header, a column named twice or a missing
/// required column.
fn open(
    path: &Path,
    label: &str,
    wanted: &[&str],
    required: &[&str],
    diagnostics: &mut Vec<Diagnostic>,
) -> (FileMeta, Option<Opened>) {
    let mut meta = FileMeta::default();
    let mut file = match super::files::open(path) {
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
    let last_byte = last_byte(&mut file).unwrap_or(None);
    meta.ends_with_newline = last_byte.is_none_or(|b| b == b'\n');
    meta.ends_with_cr = last_byte == Some(b'\r');
    meta.crlf = first_line_ends_with_crlf(&mut file).unwrap_or(false);
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut lines = Lines::new(file, 0);
    let mut line_no = 0u32;
    let mut data_start = 0u64;
    let header_line = loop {
        match lines.next_line() {
            Ok(Some((range, offset, _))) => {
                line_no += 1;
                data_start = offset + range.len() as u64 + 1;
                let mut bytes = &lines.buf[range];
                if line_no == 1 {
                    bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
                }
                if let Some(text) = content(bytes) {
                    break Some(text.to_vec());
                }
            }
            Ok(None) => break None,
            Err(e) => {
                diagnostics.push(Diagnostic::error(label, None, Code::Io, e.to_string()));
                return (meta, None);
            }
        }
    };
    let header_at = line_no.max(1);
    let fail = |diagnostics: &mut Vec<Diagnostic>, code, message: String| {
        diagnostics.push(Diagnostic::error(label, Some(header_at), code, message));
    };
    if let Some(bytes) = header_line {
        let header = std::str::from_utf8(&bytes)
            .map_err(|_| "the header is not valid UTF-8".to_string())
            .and_then(split_line);
        match header {
            Ok(names) => meta.header = names.iter().map(|h| h.trim().to_string()).collect(),
            Err(message) => {
                fail(diagnostics, Code::Parse, message);
                return (meta, None);
            }
        }
    }
    if meta.header.len() == 1 && meta.header[0].is_empty() {
        meta.header.clear();
    }
    if meta.header.len() > MAX_COLUMNS {
        let message = format!(
            "the header has {} columns, more than the {MAX_COLUMNS} a ledger file may have",
            meta.header.len()
        );
        fail(diagnostics, Code::Parse, message);
        meta.header.clear();
        return (meta, None);
    }
    for (i, name) in meta.header.iter().enumerate() {
        if !name.is_empty() && meta.header[..i].contains(name) {
            let message = format!(
                "column \"{name}\" is named twice in the header; rename or delete one of them"
            );
            fail(diagnostics, Code::DuplicateColumn, message);
            return (meta, None);
        }
    }
    let missing: Vec<&str> =
        required.iter().copied().filter(|r| !meta.header.iter().any(|h| h == r)).collect();
    if !missing.is_empty() {
        let message = format!("missing required column(s) {} in the header", missing.join(", "));
        fail(diagnostics, Code::MissingColumn, message);
        return (meta, None);
    }
    let layout = Layout {
        positions: wanted.iter().map(|w| meta.header.iter().position(|h| h == w)).collect(),
        width: meta.header.len(),
        required: required.iter().map(|r| r.to_string()).collect(),
        first_required: required.first().and_then(|r| meta.header.iter().position(|h| h == r)),
    };
    (meta, Some(Opened { lines, layout, len, line: line_no, data_start }))
}

/// Reads the records of `lines`, numbering lines after `line_no`, up to the byte `stop`
/// returns: it is told each run of lines before the run is read, and may move the end
/// (never into a run it was already told).
fn records<R: Read>(
    lines: &mut Lines<R>,
    mut line_no: u32,
    label: &str,
    layout: &Layout,
    stop: &mut dyn FnMut(Progress) -> u64,
    diagnostics: &mut Vec<Diagnostic>,
    row: &mut dyn FnMut(u32, &Fields<'_>) -> Result<(), String>,
) -> Option<Last> {
    let mut record = Record::default();
    let mut last = None;
    loop {
        let (block, offset) = match lines.next_block() {
            Ok(Some(found)) => found,
            Ok(None) => break,
            Err(e) => {
                diagnostics.push(Diagnostic::error(label, None, Code::Io, e.to_string()));
                break;
            }
        };
        let bytes = &lines.buf[block];
        let stop_at =
            stop(Progress { start: offset, end: offset + bytes.len() as u64, line: line_no });
        // A block of whole lines is checked at once: when it is valid UTF-8 without a
        // NUL byte, so is each of its lines (a newline is no part of another
        // character). simdutf8 checks a block many bytes at a time; the check of each
        // line alone (too short for its vector code) was a twentieth of the reader's time.
        let clean =
            simdutf8::basic::from_utf8(bytes).ok().filter(|_| memchr::memchr(0, bytes).is_none());
        let mut at = 0;
        while at < bytes.len() {
            if offset + at as u64 >= stop_at {
                return last;
            }
            let (end, newline) = match memchr::memchr(b'\n', &bytes[at..]) {
                Some(k) => (at + k, true),
                None => (bytes.len(), false),
            };
            let start = at;
            at = end + 1;
            line_no += 1;
            let Some(line) = content(&bytes[start..end]) else { continue };
            let text = match clean {
                Some(text) => Ok(&text[start..start + line.len()]),
                None => checked_line(line),
            };
            let mut short = false;
            let result = text.and_then(|text| {
                // A conflict marker git left (one byte tells nearly every row apart).
                if matches!(line[0], b'<' | b'=' | b'>' | b'|') && is_marker(text) {
                    return Err(CONFLICT_MARKER.to_string());
                }
                record.split(text)?;
                if layout.is_header(&record, text) {
                    return Err(SECOND_HEADER.to_string());
                }
                if record.len() > layout.width {
                    return Err(format!(
                        "the row has {} fields but the header has {}",
                        record.len(),
                        layout.width
                    ));
                }
                short = record.len() < layout.width;
                row(line_no, &Fields { line: text, record: &record, positions: &layout.positions })
            });
            let failed = result.err().map(|message| {
                diagnostics.push(Diagnostic::error(label, Some(line_no), Code::Parse, message));
                diagnostics.len() - 1
            });
            last = Some(Last { line: line_no, failed, short, newline });
        }
    }
    last
}

/// A line's text, when it is valid UTF-8 without a NUL byte (the check of each line
/// of a block that is not).
fn checked_line(bytes: &[u8]) -> Result<&str, String> {
    match std::str::from_utf8(bytes) {
        Err(e) => Err(format!("not valid UTF-8 (byte {} of the line)", e.valid_up_to() + 1)),
        // A NUL byte is no text anyone typed (SPEC 12.7).
        Ok(_) if memchr::memchr(0, bytes).is_some() => {
            Err("a NUL byte in the row: delete it (it is no text anyone typed)".to_string())
        }
        Ok(text) => Ok(text),
    }
}

/// A last line without newline that is not a complete, valid row is a torn line (SPEC
/// section 7): a structural error, so nothing is appended until a person fixes it.
fn mark_torn(label: &str, layout: &Layout, last: Option<Last>, diagnostics: &mut Vec<Diagnostic>) {
    let Some(last) = last.filter(|l| !l.newline) else { return };
    let why = match last.failed {
        Some(failed) => diagnostics[failed].message.clone(),
        None if last.short => format!("fewer fields than the {} of the header", layout.width),
        None => return,
    };
    let torn = Diagnostic::error(
        label,
        Some(last.line),
        Code::TornLine,
        format!(
            "torn last line (no newline at the end and not a complete row: {why}); \
             fix or delete it by hand"
        ),
    );
    match last.failed {
        Some(failed) => diagnostics[failed] = torn,
        None => diagnostics.push(torn),
    }
}

/// A CSV file as a reader sees it.
pub struct CsvFile<'a> {
    pub path: &'a Path,
    /// Its name in messages.
    pub label: &'a str,
    /// The columns read, in the order `Fields` indexes them.
    pub wanted: &'a [&'a str],
    /// The columns whose absence is an error for the whole file.
    pub required: &'a [&'a str],
}

/// Streams the records of `file`, calling `row(line, fields)` for each; a row error
/// becomes a diagnostic at its line.
pub fn read_csv(
    file: &CsvFile<'_>,
    diagnostics: &mut Vec<Diagnostic>,
    mut row: impl FnMut(u32, &Fields<'_>) -> Result<(), String>,
) -> FileMeta {
    let label = file.label;
    let (mut meta, opened) = open(file.path, label, file.wanted, file.required, diagnostics);
    if let Some(mut o) = opened {
        let last = records(
            &mut o.lines,
            o.line,
            label,
            &o.layout,
            &mut |_| u64::MAX,
            diagnostics,
            &mut row,
        );
        meta.lines = last.as_ref().map_or(o.line, |l| l.line);
        mark_torn(label, &o.layout, last, diagnostics);
    }
    meta
}

/// A CSV file opened, its header read, and, when it is read in two halves, where the
/// second half starts and its first line's number: [`open_csv`] may run on another
/// thread while other files are read, and [`read_csv_parallel`] reads it.
pub struct OpenCsv {
    label: String,
    meta: FileMeta,
    opened: Option<Opened>,
    /// What opening it found wrong (the header), reported when it is read.
    diagnostics: Vec<Diagnostic>,
    second: Option<SecondHalf>,
}

/// Where the second reader starts: a duplicate of the descriptor, the byte after a
/// newline, and the newlines before it.
struct SecondHalf {
    file: File,
    split: u64,
    before: std::io::Result<u32>,
}

/// Opens `file` and reads its header; a large file (when `parallel`) gets its split
/// into two halves, the newlines before it counted.
pub fn open_csv(file: &CsvFile<'_>, parallel: bool) -> OpenCsv {
    let mut diagnostics = Vec::new();
    let (meta, opened) = open(file.path, file.label, file.wanted, file.required, &mut diagnostics);
    // All pieces are read through the one open descriptor (all but the first with
    // positional reads on a duplicate of it), so a file replaced meanwhile (`git pull`)
    // is read as one version, never a mix (SPEC 12.8).
    let second = opened.as_ref().and_then(|o| {
        let file =
            o.lines.inner.try_clone().ok().filter(|_| parallel && o.len >= PARALLEL_MIN_BYTES)?;
        let split = split_point(&file, (o.len / 2).max(o.data_start))?;
        let before = count_newlines(&mut At { file: &file, pos: 0 }, split);
        Some(SecondHalf { file, split, before })
    });
    OpenCsv { label: file.label.to_string(), meta, opened, diagnostics, second }
}

/// Like [`read_csv`], but a file [`open_csv`] split is read in two halves on two
/// threads. The first reader, once done, takes the later half of what the second has
/// left, again and again while that is large (the threads seldom run at the same
/// speed: the second pays for first touching its memory, a half may hold longer
/// rows). Each piece has its own state from `new_state`, which `finish` completes on
/// the thread that read it; the states come back in file order, at least one. Lines
/// are records, so pieces meet at a newline.
pub fn read_csv_parallel<S: Send>(
    file: OpenCsv,
    diagnostics: &mut Vec<Diagnostic>,
    new_state: impl Fn() -> S,
    row: impl Fn(&mut S, u32, &Fields<'_>) -> Result<(), String> + Sync,
    finish: impl Fn(&mut S) + Sync,
) -> (FileMeta, Vec<S>) {
    let OpenCsv { label, mut meta, opened, diagnostics: mut opening, second } = file;
    let label = label.as_str();
    diagnostics.append(&mut opening);
    let Some(mut o) = opened else {
        return (meta, vec![new_state()]);
    };
    let layout = &o.layout;
    let reading = Reading { label, layout, row: &row, finish: &finish };
    let Some(SecondHalf { file: second_file, split, before }) = second else {
        let piece = reading.piece(&mut o.lines, 0, o.line, &mut |_| u64::MAX, new_state());
        let (states, last) = join_pieces(vec![piece], diagnostics);
        meta.lines = last.as_ref().map_or(o.line, |l| l.line);
        mark_torn(label, layout, last, diagnostics);
        return (meta, states);
    };
    let shared = std::sync::Mutex::new(Shared { at: None, stop: u64::MAX });
    let (first, second_state) = (new_state(), new_state());
    let (mut pieces, second) = std::thread::scope(|scope| {
        let second_half = scope.spawn(|| -> std::io::Result<Piece<S>> {
            let before = before?;
            let mut lines = Lines::new(At { file: &second_file, pos: split }, split);
            // Where it is, told the first reader; where to stop, asked of it.
            let mut stop = |at: Progress| {
                let mut shared = lock(&shared);
                shared.at = Some(at);
                shared.stop
            };
            Ok(reading.piece(&mut lines, split, before, &mut stop, second_state))
        });
        let mut pieces = vec![reading.piece(&mut o.lines, 0, o.line, &mut |_| split, first)];
        while let Some((from, line, end)) = take_rest(&shared, &second_file, o.len) {
            let piece = match line {
                Ok(line) => {
                    let mut lines = Lines::new(At { file: &second_file, pos: from }, from);
                    reading.piece(&mut lines, from, line, &mut |_| end, new_state())
                }
                // A part whose lines cannot be numbered is not read: a read error.
                Err(e) => {
                    let mut state = new_state();
                    finish(&mut state);
                    let diagnostics = vec![Diagnostic::error(label, None, Code::Io, e.to_string())];
                    Piece { start: from, state, diagnostics, last: None }
                }
            };
            pieces.push(piece);
        }
        (pieces, second_half.join().expect("the reading thread does not panic"))
    });
    let failed = match second {
        Ok(piece) => {
            pieces.push(piece);
            None
        }
        Err(e) => Some(e),
    };
    let (states, mut last) = join_pieces(pieces, diagnostics);
    if let Some(e) = failed {
        diagnostics.push(Diagnostic::error(label, None, Code::Io, e.to_string()));
        last = None;
    }
    meta.lines = last.as_ref().map_or(o.line, |l| l.line);
    mark_torn(label, layout, last, diagnostics);
    (meta, states)
}

/// The states of `pieces` in file order, their diagnostics added to `diagnostics`, and
/// the file's last record.
fn join_pieces<S>(
    mut pieces: Vec<Piece<S>>,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<S>, Option<Last>) {
    pieces.sort_by_key(|p| p.start);
    let mut last = None;
    let mut states = Vec::with_capacity(pieces.len());
    for piece in pieces {
        let base = diagnostics.len();
        diagnostics.extend(piece.diagnostics);
        if let Some(l) = piece.last {
            last = Some(Last { failed: l.failed.map(|i| i + base), ..l });
        }
        states.push(piece.state);
    }
    (states, last)
}

/// How the pieces of a file are read.
struct Reading<'a, F, G> {
    label: &'a str,
    layout: &'a Layout,
    row: &'a F,
    finish: &'a G,
}

impl<F, G> Reading<'_, F, G> {
    /// Reads `lines` from byte `start` (after `line` lines) up to the byte `stop` says
    /// (see [`records`]), and finishes `state`.
    fn piece<R: Read, S>(
        &self,
        lines: &mut Lines<R>,
        start: u64,
        line: u32,
        stop: &mut dyn FnMut(Progress) -> u64,
        mut state: S,
    ) -> Piece<S>
    where
        F: Fn(&mut S, u32, &Fields<'_>) -> Result<(), String>,
        G: Fn(&mut S),
    {
        let mut diagnostics = Vec::new();
        let mut on_row = |l: u32, f: &Fields<'_>| (self.row)(&mut state, l, f);
        let last =
            records(lines, line, self.label, self.layout, stop, &mut diagnostics, &mut on_row);
        (self.finish)(&mut state);
        Piece { start, state, diagnostics, last }
    }
}

/// Where a reader is: the run of lines it reads next (file offsets) and the number of
/// lines before it.
#[derive(Debug, Clone, Copy)]
struct Progress {
    start: u64,
    end: u64,
    line: u32,
}

/// What the second reader of a file shares with the first.
struct Shared {
    /// The run of lines it is reading (`None` before the first).
    at: Option<Progress>,
    /// The byte it stops at: the end of the file until the first reader takes the rest.
    /// (Once it has stopped, the run it last told ends at or past this, so nothing is
    /// taken after; after a read error, what it could not read may be.)
    stop: u64,
}

fn lock(shared: &std::sync::Mutex<Shared>) -> std::sync::MutexGuard<'_, Shared> {
    shared.lock().unwrap_or_else(|e| e.into_inner())
}

/// What one reader read of a file: from byte `start` on.
struct Piece<S> {
    start: u64,
    state: S,
    diagnostics: Vec<Diagnostic>,
    last: Option<Last>,
}

/// A rest of the second reader smaller than this is left to it: taking it costs a
/// count of its newlines and a new state.
const TAKE_MIN_BYTES: u64 = 512 << 10;

/// Takes the later half of what the second reader has left after the run of lines it
/// is reading, when that is large: the first byte (after a newline), the number of lines
/// before it (or why they could not be counted), and the byte the second reader stopped
/// at before. The lines are counted once the second reader's new end is set, while it
/// reads on.
fn take_rest(
    shared: &std::sync::Mutex<Shared>,
    file: &File,
    len: u64,
) -> Option<(u64, std::io::Result<u32>, u64)> {
    let (at, from, stop) = {
        let mut shared = lock(shared);
        let at = shared.at?;
        let end = shared.stop.min(len);
        if end <= at.end || end - at.end < TAKE_MIN_BYTES {
            return None;
        }
        let from = split_point(file, at.end + (end - at.end) / 2).filter(|&f| f < end)?;
        (at, from, std::mem::replace(&mut shared.stop, from))
    };
    let line = count_newlines(&mut At { file, pos: at.start }, from - at.start).and_then(|n| {
        at.line.checked_add(n).ok_or_else(|| std::io::Error::other("too many lines to number"))
    });
    Some((from, line, stop))
}

/// Reads a file from `pos` on with positional reads (`pread`), leaving the
/// descriptor's own offset to the other reader of it.
struct At<'f> {
    file: &'f File,
    pos: u64,
}

impl Read for At<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        use std::os::unix::fs::FileExt;
        let n = self.file.read_at(buf, self.pos)?;
        self.pos += n as u64;
        Ok(n)
    }
}

/// The byte after the first newline at or after `from`, if it is before the end.
fn split_point(file: &File, from: u64) -> Option<u64> {
    let mut buf = [0u8; 1 << 16];
    let n = At { file, pos: from }.read(&mut buf).ok()?;
    let at = buf[..n].iter().position(|&b| b == b'\n')?;
    Some(from + at as u64 + 1)
}

/// Newlines in the next `until` bytes (the line number a later piece starts after).
fn count_newlines(file: &mut impl Read, until: u64) -> std::io::Result<u32> {
    let mut buf = vec![0u8; 1 << 18];
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

/// The file's last byte (`None` when it is empty); the file is read from its start after.
fn last_byte(file: &mut File) -> std::io::Result<Option<u8>> {
    let len = file.metadata()?.len();
    if len == 0 {
        return Ok(None);
    }
    file.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8; 1];
    file.read_exact(&mut last)?;
    file.seek(SeekFrom::Start(0))?;
    Ok(Some(last[0]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    /// Each row's line and fields, and each error's line and message.
    type Seen = (Vec<(u32, Vec<String>)>, Vec<(u32, String)>);

    /// What `records` hands on.
    fn read_all(bytes: &[u8], buffer: usize) -> Seen {
        let layout = Layout {
            positions: vec![Some(0), Some(1)],
            width: 2,
            required: Vec::new(),
            first_required: None,
        };
        let mut lines = Lines::with_buffer(bytes, 0, buffer);
        let (mut rows, mut diagnostics) = (Vec::new(), Vec::new());
        let mut row = |line: u32, f: &Fields<'_>| {
            rows.push((line, vec![f.text(0).to_string(), f.text(1).to_string()]));
            Ok(())
        };
        records(&mut lines, 0, "t.csv", &layout, &mut |_| u64::MAX, &mut diagnostics, &mut row);
        let errors = diagnostics.into_iter().map(|d| (d.line.unwrap_or(0), d.message)).collect();
        (rows, errors)
    }

    /// The same, a line at a time: each line checked alone.
    fn read_each(bytes: &[u8]) -> Seen {
        let (mut rows, mut errors) = (Vec::new(), Vec::new());
        let mut parts: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
        if bytes.ends_with(b"\n") {
            parts.pop();
        }
        for (i, part) in parts.into_iter().enumerate() {
            let line = i as u32 + 1;
            let Some(body) = content(part) else { continue };
            let text = match checked_line(body) {
                Ok(text) => text,
                Err(message) => {
                    errors.push((line, message));
                    continue;
                }
            };
            match split_line(text) {
                Ok(fields) if fields.len() <= 2 => {
                    let field = |i: usize| fields.get(i).map_or("", |f| f.trim_ascii()).to_string();
                    rows.push((line, vec![field(0), field(1)]));
                }
                Ok(fields) => errors.push((
                    line,
                    format!("the row has {} fields but the header has 2", fields.len()),
                )),
                Err(message) => errors.push((line, message)),
            }
        }
        (rows, errors)
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(256))]

        /// Checking a block of lines at once finds what checking each line finds, on
        /// any bytes: bad UTF-8, NUL bytes, comments, blank lines, CR LF, lines longer
        /// than the buffer.
        #[test]
        fn blocks_are_checked_as_their_lines_would_be(
            lines in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::string::string_regex("[a-z0-9 ]{0,12},[a-zé✓ ]{0,12}").unwrap()
                        .prop_map(String::into_bytes),
                    proptest::string::string_regex("#[a-z]{0,5}|\r?|\"[a,]{0,4}\"?").unwrap()
                        .prop_map(String::into_bytes),
                    proptest::collection::vec(proptest::prop_oneof![
                        proptest::strategy::Just(0u8),
                        proptest::strategy::Just(0xc3u8),
                        proptest::strategy::Just(0xa9u8),
                        proptest::strategy::Just(0xffu8),
                        proptest::strategy::Just(b'#'),
                        proptest::strategy::Just(b'\r'),
                        proptest::strategy::Just(b','),
                        proptest::strategy::Just(b'a'),
                    ], 0..8),
                ],
                0..40,
            ),
            last_newline: bool,
            buffer in 1usize..64,
        ) {
            let mut bytes = lines.join(&b'\n');
            if last_newline && !bytes.is_empty() {
                bytes.push(b'\n');
            }
            proptest::prop_assert_eq!(read_all(&bytes, buffer), read_each(&bytes));
            proptest::prop_assert_eq!(read_all(&bytes, 1 << 18), read_each(&bytes));
        }
    }

    #[test]
    fn fields_split_per_rfc_4180_within_one_line() {
        assert_eq!(split_line("a,b,,c").unwrap(), ["a", "b", "", "c"]);
        assert_eq!(split_line("a,").unwrap(), ["a", ""]);
        assert_eq!(split_line(r#""x, y","say ""hi""",z"#).unwrap(), ["x, y", r#"say "hi""#, "z"]);
        assert_eq!(split_line(r#""a","#).unwrap(), ["a", ""]);
        assert_eq!(split_line(r#"a"b,c"#).unwrap(), [r#"a"b"#, "c"]);
        assert_eq!(split_line("").unwrap(), [""]);
        assert_eq!(split_line(r#""a"b,c,"#).unwrap(), ["ab", "c", ""]);
        assert_eq!(
            split_line(r#"plain,"q",x,"a""b",y"#).unwrap(),
            ["plain", "q", "x", r#"a"b"#, "y"]
        );
        assert_eq!(
            split_line("0123456789,abcdefghijklmnop,\"r\"").unwrap(),
            ["0123456789", "abcdefghijklmnop", "r"]
        );
    }

    #[test]
    fn a_quote_left_open_is_an_error() {
        assert!(split_line(r#"work,"hero image,"#).unwrap_err().contains("unterminated quote"));
        assert!(split_line(r#"a,"b"""#).unwrap_err().contains("unterminated quote"));
    }

    /// A reader's rows (line and first field) and what `finish` made of them.
    #[derive(Default)]
    struct PieceSeen {
        number: usize,
        rows: Vec<(u32, String)>,
        finished: bool,
    }

    #[test]
    fn the_first_reader_takes_the_rest_of_the_second_and_the_result_is_one_reader_s() {
        // 6 MB of rows, a bad one every 5,000, and a torn last line.
        let mut text = String::from("id,n\n");
        let mut k = 0;
        while text.len() < 6 << 20 {
            k += 1;
            if k % 5_000 == 0 {
                text.push_str(&format!("t-{k},\"open\n"));
            } else {
                text.push_str(&format!("t-{k},{}\n", k * 7));
            }
        }
        text.push_str("t-last,\"torn");
        let dir = std::env::temp_dir().join(format!("hourbank-csv-pieces-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.csv");
        std::fs::write(&path, &text).unwrap();
        let file = CsvFile { path: &path, label: "t.csv", wanted: &["id", "n"], required: &["id"] };

        let mut one = (Vec::new(), Vec::new());
        let one_meta = read_csv(&file, &mut one.1, |line, f| {
            one.0.push((line, f.text(0).to_string()));
            Ok(())
        });

        // The first reader waits at its first row until the second is at its own (so
        // the second has told where it is), and the second waits there until the first
        // has taken part of its share and read a row of it: the taking is certain, not
        // a matter of speed.
        let started = (std::sync::Mutex::new(false), std::sync::Condvar::new());
        let taken = (std::sync::Mutex::new(false), std::sync::Condvar::new());
        let signal = |(flag, changed): &(std::sync::Mutex<bool>, std::sync::Condvar)| {
            *flag.lock().unwrap() = true;
            changed.notify_all();
        };
        let wait = |(flag, changed): &(std::sync::Mutex<bool>, std::sync::Condvar)| {
            let mut set = flag.lock().unwrap();
            while !*set {
                set = changed.wait(set).unwrap();
            }
        };
        let made = std::sync::atomic::AtomicUsize::new(0);
        let mut diagnostics = Vec::new();
        let (meta, states) = read_csv_parallel(
            open_csv(&file, true),
            &mut diagnostics,
            || PieceSeen {
                number: made.fetch_add(1, std::sync::atomic::Ordering::SeqCst),
                ..PieceSeen::default()
            },
            |state, line, f| {
                if state.rows.is_empty() {
                    match state.number {
                        0 => wait(&started),
                        1 => {
                            signal(&started);
                            wait(&taken);
                        }
                        2 => signal(&taken),
                        _ => {}
                    }
                }
                state.rows.push((line, f.text(0).to_string()));
                f.text(1).parse::<u64>().map(drop).map_err(|e| e.to_string())
            },
            |state| state.finished = true,
        );
        std::fs::remove_dir_all(&dir).unwrap();

        assert!(states.len() >= 3, "the first reader took part of the second's share");
        assert!(states.iter().all(|s| s.finished));
        // In file order: the first reader's, the second's, then what was taken from it,
        // each later take lying before the one before it (taken from the second's rest).
        let numbers: Vec<usize> = states.iter().map(|s| s.number).collect();
        let taken: Vec<usize> = (2..states.len()).rev().collect();
        assert_eq!(numbers, [&[0, 1][..], &taken].concat());
        let rows: Vec<(u32, String)> = states.into_iter().flat_map(|s| s.rows).collect();
        assert_eq!(rows, one.0);
        let messages = |d: &[Diagnostic]| -> Vec<(Option<u32>, Code, String)> {
            d.iter().map(|d| (d.line, d.code, d.message.clone())).collect()
        };
        assert_eq!(messages(&diagnostics), messages(&one.1));
        assert!(diagnostics.last().is_some_and(|d| d.code == Code::TornLine));
        assert_eq!(meta.lines, one_meta.lines);
    }
}
