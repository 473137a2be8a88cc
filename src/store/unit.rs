//! Every write is one unit (SPEC 12.8): before its first change to a ledger file, a
//! write records in `.hourbank-undo/ID.pending/` what that file was (its length and
//! the SHA-256 of those bytes; for a file it replaces, the old file itself, kept by
//! a hard link), syncs the record, and only then changes the file. When the command
//! succeeds the record is marked complete (renamed to `ID/`, with what the files
//! became, for `undo`); when it fails, or is killed, the files are put back as they
//! were: at once in the failing process, else by the next command that finds the
//! record. A roll-back happens only while every file still starts with the bytes
//! recorded, so a pull or a hand edit after a crash is never undone: the record then
//! stays, `check` reports it and `hourbank repair` discards it.
//!
//! The active unit belongs to the process (one command, one unit): it begins when the
//! exclusive ledger lock is taken, writes register with it through
//! [`before_append`] and [`before_rewrite`], and the top level ends it with
//! [`commit`] or [`abort`]. The lock is held until then.

use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::files;
use super::layout::{UNDO_DIR, is_ledger_file};
use crate::error::Error;

/// How many complete records are kept (for `undo`); older ones are removed.
const KEEP_COMPLETE: usize = 20;

/// What a unit knows of one file it changed.
#[derive(Clone)]
struct FileState {
    name: String,
    existed: bool,
    /// Length and SHA-256 of the file before the unit's first change to it.
    before_len: u64,
    before_sha: String,
    /// The running hash of the file's bytes as the unit leaves them (appends).
    hasher: Sha256,
    /// Bytes of the file as the unit leaves them so far.
    len: u64,
    /// Each replacement's length and hash, recorded before its rename (the old file is
    /// kept as `before/NAME`): the file may be in any of these states.
    rewritten: Vec<(u64, String)>,
    /// Removed by the unit (`undo` of the write that made it); kept as `before/NAME`.
    removed: bool,
}

struct Active {
    dir: PathBuf,
    id: String,
    command: Vec<String>,
    user: String,
    time: String,
    files: Vec<FileState>,
    /// The lock, held until the unit ends.
    lock: Option<File>,
    /// The record's directory, once the first change made it.
    record: Option<PathBuf>,
    /// Notes of the write, printed once it is complete (a write that fails says one
    /// thing: its error).
    notes: Vec<String>,
    /// Remove every complete record when this one completes (`client forget`: the
    /// records keep the old text).
    purge: bool,
    /// Keep no record of this write once it is complete, and remove these records of
    /// earlier writes (`undo`: it cannot be undone, and what it undid is gone).
    undoing: Option<Vec<PathBuf>>,
}

static ACTIVE: Mutex<Option<Active>> = Mutex::new(None);

fn active() -> std::sync::MutexGuard<'static, Option<Active>> {
    ACTIVE.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Begins the unit of this process's write to the ledger in `dir` (the caller holds
/// the exclusive lock). A unit that is still open is committed first.
pub fn begin(dir: &Path, user: &str) {
    commit_quietly();
    let time = chrono::Local::now().format("%Y-%m-%dT%H:%M:%S").to_string();
    let random = getrandom::u32().unwrap_or(0);
    let id = format!("{}-{random:08x}", chrono::Local::now().format("%Y%m%dT%H%M%S%6f"));
    *active() = Some(Active {
        dir: dir.to_path_buf(),
        id,
        command: std::env::args().collect(),
        user: user.to_string(),
        time,
        files: Vec::new(),
        lock: None,
        record: None,
        notes: Vec::new(),
        purge: false,
        undoing: None,
    });
}

/// When the active write completes, removes every record of earlier writes, this
/// one's too: they keep the old contents of the files (`client forget`).
pub fn purge_history() {
    if let Some(unit) = active().as_mut() {
        unit.purge = true;
    }
}

/// Records `path`'s state in the active unit before anything is written to it, so
/// that a command that must be able to record before it acts (`notify-check`, SPEC
/// 12.8) finds out first: the record is written and synced here.
pub fn prepare(path: &Path) -> Result<(), Error> {
    let mut guard = active();
    let Some(unit) = guard.as_mut().filter(|u| in_unit(u, path)) else { return Ok(()) };
    unit.touch(path).map(|_| ())
}

/// Prints a note on stderr, or, once the active unit has changed a file, keeps it
/// until the write is complete (and drops it if the write is rolled back).
pub fn note(text: &str) {
    if let Some(unit) = active().as_mut().filter(|u| u.record.is_some()) {
        unit.notes.push(text.to_string());
        return;
    }
    let _ = writeln!(std::io::stderr(), "{text}");
}

/// Keeps `lock` held until the unit ends, when the unit has changed a file (the
/// ledger lock's owner is dropped before the top level ends the unit). Returns the
/// lock back when there is nothing to keep it for.
pub fn hold(dir: &Path, lock: File) -> Option<File> {
    let mut guard = active();
    match guard.as_mut() {
        Some(unit) if unit.dir == dir && unit.record.is_some() => {
            unit.lock = Some(lock);
            None
        }
        _ => Some(lock),
    }
}

/// Records `path`'s state before bytes are appended to it (nothing when no unit is
/// active for its directory, or it is no ledger file). `bytes` are what will be
/// appended.
pub fn before_append(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let mut guard = active();
    let Some(unit) = guard.as_mut().filter(|u| in_unit(u, path)) else { return Ok(()) };
    let ix = unit.touch(path)?;
    let record = unit.record.clone().expect("touch made the record");
    let file = &mut unit.files[ix];
    if !file.existed {
        // What a new file will hold, so that a roll-back removes it only while it
        // holds nothing else (a pull may bring a file of the same name).
        let planned = record.join("planned");
        std::fs::create_dir_all(&planned).map_err(|e| Error::io(&planned, e))?;
        let path = planned.join(&file.name);
        let mut out = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        out.write_all(bytes).and_then(|()| out.sync_all()).map_err(|e| Error::io(&path, e))?;
        sync_dir(&planned)?;
    }
    file.hasher.update(bytes);
    file.len += bytes.len() as u64;
    Ok(())
}

/// Records `path`'s state before it is replaced by `new` (the replacement's length
/// and SHA-256), keeping the old file by a hard link.
pub fn before_rewrite(path: &Path, new_len: u64, new_sha: &Sha256) -> Result<(), Error> {
    let mut guard = active();
    let Some(unit) = guard.as_mut().filter(|u| in_unit(u, path)) else { return Ok(()) };
    let ix = unit.touch(path)?;
    let record = unit.record.clone().expect("touch made the record");
    let file = &mut unit.files[ix];
    if file.rewritten.is_empty() && file.existed {
        keep_old(&record, &file.name, path)?;
    }
    file.rewritten.push((new_len, hex(new_sha.clone())));
    file.hasher = new_sha.clone();
    file.len = new_len;
    unit.save("pending")
}

/// Records `path`'s state before it is removed, keeping the file by a hard link.
pub fn before_remove(path: &Path) -> Result<(), Error> {
    let mut guard = active();
    let Some(unit) = guard.as_mut().filter(|u| in_unit(u, path)) else { return Ok(()) };
    let ix = unit.touch(path)?;
    let record = unit.record.clone().expect("touch made the record");
    let file = &mut unit.files[ix];
    if file.existed && file.rewritten.is_empty() {
        keep_old(&record, &file.name, path)?;
    }
    file.removed = true;
    file.hasher = Sha256::new();
    file.len = 0;
    unit.save("pending")
}

/// Keeps the file at `path` as it is now (`before/NAME` of the record, a hard link),
/// before it is replaced or removed.
fn keep_old(record: &Path, name: &str, path: &Path) -> Result<(), Error> {
    let before = record.join("before");
    let kept = before.join(name);
    if !kept.exists() {
        std::fs::create_dir_all(&before).map_err(|e| Error::io(record, e))?;
        std::fs::hard_link(path, &kept).map_err(|e| Error::io(&kept, e))?;
        // The link must outlive a power loss as surely as the rename after it.
        sync_dir(&before)?;
        sync_dir(record)?;
    }
    Ok(())
}

fn in_unit(unit: &Active, path: &Path) -> bool {
    path.parent() == Some(unit.dir.as_path()) && is_ledger_file(&unit.dir, path)
}

impl Active {
    /// The index of `path`'s state, recorded (and the record synced) on first touch.
    fn touch(&mut self, path: &Path) -> Result<usize, Error> {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if let Some(ix) = self.files.iter().position(|f| f.name == name) {
            return Ok(ix);
        }
        let (existed, len, hasher) = match files::open(path) {
            Ok(mut file) => {
                let (len, hasher) =
                    hash_prefix(&mut file, u64::MAX).map_err(|e| Error::io(path, e))?;
                (true, len, hasher)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (false, 0, Sha256::new()),
            Err(e) => return Err(Error::io(path, e)),
        };
        self.files.push(FileState {
            name,
            existed,
            before_len: len,
            before_sha: hex(hasher.clone()),
            hasher,
            len,
            rewritten: Vec::new(),
            removed: false,
        });
        if self.record.is_none() {
            let undo = self.dir.join(UNDO_DIR);
            let record = undo.join(format!("{}.pending", self.id));
            std::fs::create_dir_all(&record).map_err(|e| Error::io(&record, e))?;
            sync_dir(&undo)?;
            sync_dir(&self.dir)?;
            self.record = Some(record);
        }
        self.save("pending")?;
        Ok(self.files.len() - 1)
    }

    fn json(&self, status: &str) -> Value {
        let files: Vec<Value> = self
            .files
            .iter()
            .map(|f| {
                json!({
                    "name": f.name,
                    "existed": f.existed,
                    "before_len": f.before_len,
                    "before_sha256": f.before_sha,
                    "rewritten": f
                        .rewritten
                        .iter()
                        .map(|(len, sha)| json!({ "len": len, "sha256": sha }))
                        .collect::<Vec<_>>(),
                    "removed": f.removed,
                    "after_len": (status == "complete").then_some(f.len),
                    "after_sha256": (status == "complete").then(|| hex(f.hasher.clone())),
                })
            })
            .collect();
        json!({
            "version": 1,
            "status": status,
            "command": self.command,
            "user": self.user,
            "time": self.time,
            "files": files,
            "undoes": self.undoing.iter().flatten().filter_map(|r| r.file_name()).map(|n| n.to_string_lossy().into_owned()).collect::<Vec<_>>(),
        })
    }

    /// Writes the record (atomically, synced).
    fn save(&self, status: &str) -> Result<(), Error> {
        let Some(record) = &self.record else { return Ok(()) };
        let text = serde_json::to_string_pretty(&self.json(status)).expect("JSON of plain values");
        write_synced(&record.join("intent.json"), text.as_bytes())
    }
}

/// Marks the active unit complete and releases its lock. An error here (the record
/// could not be marked) leaves the changes in place and says so.
pub fn commit() -> Result<(), Error> {
    let Some(unit) = active().take() else { return Ok(()) };
    let Some(record) = unit.record.clone() else {
        // An `undo` that found its write undone already changed no file.
        for old in unit.undoing.iter().flatten() {
            let _ = std::fs::remove_dir_all(old);
        }
        return Ok(());
    };
    // A write that left every file as it was (a setting set to what it was) is no
    // write to undo: its record goes, so `undo` reverses the write before it.
    let unchanged = unit.files.iter().all(|f| {
        f.existed && !f.removed && f.len == f.before_len && hex(f.hasher.clone()) == f.before_sha
    });
    if unchanged && unit.undoing.is_none() {
        let _ = std::fs::remove_dir_all(&record);
        for text in &unit.notes {
            let _ = writeln!(std::io::stderr(), "{text}");
        }
        return Ok(());
    }
    // Marked complete, then renamed: a record found marked complete is finished by the
    // next command, never rolled back. When marking fails, the unit goes back to the
    // caller's abort.
    if let Err(e) = unit.save("complete") {
        *active() = Some(unit);
        return Err(e);
    }
    let done = record.with_extension("");
    let undo = unit.dir.join(UNDO_DIR);
    if std::fs::rename(&record, &done).is_ok() {
        let _ = sync_dir(&undo);
    }
    if let Some(undone) = &unit.undoing {
        // What was undone goes first: a record left by a crash here finds its files
        // as they were before it, and the next `undo` drops it.
        for old in undone.iter().chain([&done]) {
            let _ = std::fs::remove_dir_all(old);
        }
        let _ = sync_dir(&undo);
    } else if unit.purge {
        purge(&undo);
    } else {
        prune(&undo);
    }
    for text in &unit.notes {
        let _ = writeln!(std::io::stderr(), "{text}");
    }
    Ok(())
}

fn commit_quietly() {
    if let Err(e) = commit() {
        let _ = writeln!(std::io::stderr(), "warning: {e}");
    }
}

/// Commits what the active unit wrote so far and goes on with a new unit for what
/// follows (`notify-check` records each alert delivered as its own write).
pub fn commit_step() -> Result<(), Error> {
    let Some((dir, user, lock)) =
        active().as_mut().map(|u| (u.dir.clone(), u.user.clone(), u.lock.take()))
    else {
        return Ok(());
    };
    commit()?;
    begin(&dir, &user);
    if let (Some(lock), Some(unit)) = (lock, active().as_mut()) {
        unit.lock = Some(lock);
    }
    Ok(())
}

/// Puts back every file the active unit changed, when the command failed (its error
/// is the one message; a roll-back that fails adds a warning). True when the unit
/// had changed files.
pub fn abort() -> bool {
    let Some(unit) = active().take() else { return false };
    let Some(record) = unit.record.clone() else { return false };
    let intent = Intent::from_json(&unit.json("pending"));
    // The command's own error is the one message; a roll-back that worked adds none.
    if let Err(why) = roll_back(&unit.dir, &record, &intent) {
        let _ = writeln!(
            std::io::stderr(),
            "warning: the failed write could not be rolled back ({why}); `hourbank check` names its record"
        );
    }
    true
}

/// What a record says, read back.
struct Intent {
    complete: bool,
    /// The records of the writes this one (an `undo`) undid.
    undoes: Vec<String>,
    command: Vec<String>,
    user: String,
    time: String,
    files: Vec<RecordedFile>,
}

struct RecordedFile {
    name: String,
    existed: bool,
    before_len: u64,
    before_sha: String,
    rewritten: Vec<(u64, String)>,
    removed: bool,
    /// Its length and SHA-256 as the write left it (complete records).
    after: Option<(u64, String)>,
}

impl Intent {
    fn from_json(v: &Value) -> Intent {
        let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
        let files = v["files"]
            .as_array()
            .map(|files| {
                files
                    .iter()
                    .map(|f| RecordedFile {
                        name: text(&f["name"]),
                        existed: f["existed"].as_bool().unwrap_or(true),
                        before_len: f["before_len"].as_u64().unwrap_or(0),
                        before_sha: text(&f["before_sha256"]),
                        rewritten: f["rewritten"]
                            .as_array()
                            .map(|states| {
                                states
                                    .iter()
                                    .filter_map(|r| Some((r["len"].as_u64()?, text(&r["sha256"]))))
                                    .collect()
                            })
                            .unwrap_or_default(),
                        removed: f["removed"].as_bool().unwrap_or(false),
                        after: f["after_len"]
                            .as_u64()
                            .zip(f["after_sha256"].as_str().map(str::to_string)),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let command =
            v["command"].as_array().map(|a| a.iter().map(text).collect()).unwrap_or_default();
        Intent {
            complete: v["status"].as_str() == Some("complete"),
            undoes: v["undoes"]
                .as_array()
                .map(|a| a.iter().map(text).collect())
                .unwrap_or_default(),
            command,
            user: text(&v["user"]),
            time: text(&v["time"]),
            files,
        }
    }

    /// The write as a person reads it: `hourbank bank buy acme --blocks 1 (tester,
    /// 2026-12-05T10:00:00)`.
    fn describe(&self) -> String {
        let mut words: Vec<String> = self.command.iter().skip(1).map(|w| shell_quoted(w)).collect();
        words.insert(0, "hourbank".to_string());
        crate::domain::text::visible(&format!(
            "`{}` ({}, {})",
            words.join(" "),
            self.user,
            self.time
        ))
        .into_owned()
    }
}

/// A record of a write that did not complete, as found in `.hourbank-undo/`.
pub struct Stale {
    pub path: PathBuf,
    pub write: String,
    pub why: String,
}

/// The records of writes that did not complete (`ID.pending/` under
/// `.hourbank-undo/`), oldest first.
fn pending(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir.join(UNDO_DIR)) else { return Vec::new() };
    let mut found: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "pending"))
        .collect();
    found.sort();
    found
}

/// Whether `.hourbank-undo/` holds the record of a write that did not complete.
pub fn has_pending(dir: &Path) -> bool {
    !pending(dir).is_empty()
}

/// Rolls back every write that did not complete (the caller holds the exclusive
/// lock and no unit of its own has begun to change files). Says on stderr what it
/// rolled back; returns the records it could not roll back.
pub fn recover(dir: &Path) -> Vec<Stale> {
    let records = pending(dir);
    if records.is_empty() {
        return Vec::new();
    }
    if super::git::tracks(dir, UNDO_DIR) {
        return records
            .into_iter()
            .map(|path| Stale {
                path,
                write: String::new(),
                why: "git tracks .hourbank-undo/, so its records may be another clone's: it is ignored until you run `git rm -r --cached .hourbank-undo`".into(),
            })
            .collect();
    }
    let mut stale = Vec::new();
    for record in records.into_iter().rev() {
        let intent = match read_intent(&record) {
            Ok(intent) => intent,
            Err(why) => {
                stale.push(Stale { path: record, write: String::new(), why });
                continue;
            }
        };
        // Marked complete and killed before its rename: the write is whole.
        if intent.complete {
            let done = record.with_extension("");
            if std::fs::rename(&record, &done).is_ok() {
                let _ = sync_dir(&dir.join(UNDO_DIR));
            }
            continue;
        }
        match roll_back(dir, &record, &intent) {
            Ok(()) => {
                let _ = writeln!(
                    std::io::stderr(),
                    "rolled back an interrupted write: {}",
                    intent.describe()
                );
            }
            Err(why) => stale.push(Stale { path: record, write: intent.describe(), why }),
        }
    }
    let mut reasons = REASONS.lock().unwrap_or_else(|p| p.into_inner());
    for s in &stale {
        reasons.push((s.path.clone(), s.why.clone()));
    }
    stale
}

/// Why `recover` left each record it could not roll back, for `check`.
static REASONS: Mutex<Vec<(PathBuf, String)>> = Mutex::new(Vec::new());

fn read_intent(record: &Path) -> Result<Intent, String> {
    let text = std::fs::read_to_string(record.join("intent.json"));
    match text {
        Ok(text) => serde_json::from_str::<Value>(&text)
            .map(|v| Intent::from_json(&v))
            .map_err(|e| format!("its intent.json cannot be read: {e}")),
        // Killed before the record was first written: nothing was changed.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Intent {
            complete: false,
            undoes: Vec::new(),
            command: Vec::new(),
            user: String::new(),
            time: String::new(),
            files: Vec::new(),
        }),
        Err(e) => Err(e.to_string()),
    }
}

/// Puts every file of `intent` back as it was, when each still starts with the bytes
/// recorded (or with its recorded replacement); otherwise changes nothing and says
/// which file differs. Removes the record after.
fn roll_back(dir: &Path, record: &Path, intent: &Intent) -> Result<(), String> {
    // Which way each file goes back: cut to its old length, put back from its kept
    // copy, removed (it did not exist), or left (nothing of it changed).
    enum Back {
        Truncate,
        FromCopy,
        Remove,
        Nothing,
    }
    let mut plan = Vec::new();
    for f in &intent.files {
        let path = dir.join(&f.name);
        if !is_ledger_file(dir, &path) || f.name.contains('/') {
            return Err(format!("it names {}, which is no ledger file", f.name));
        }
        let current = files::read(&path).map_err(|e| format!("{}: {e}", f.name))?;
        let starts_with = |len: u64, sha: &str| {
            current.as_ref().is_some_and(|c| {
                c.len() as u64 >= len && hex(Sha256::new_with_prefix(&c[..len as usize])) == sha
            })
        };
        let replaced = f.rewritten.iter().any(|(len, sha)| starts_with(*len, sha));
        let back = if f.existed {
            if starts_with(f.before_len, &f.before_sha) {
                if current.as_ref().is_some_and(|c| c.len() as u64 == f.before_len) {
                    Back::Nothing
                } else {
                    Back::Truncate
                }
            } else if replaced || (f.removed && current.is_none()) {
                Back::FromCopy
            } else {
                return Err(format!("{} changed since (a pull or a hand edit)", f.name));
            }
        } else {
            // A new file goes only while it holds what this write put there: a state
            // of its own, or a part of what it appended.
            let planned = std::fs::read(record.join("planned").join(&f.name)).unwrap_or_default();
            match &current {
                None => Back::Nothing,
                Some(c) if c.is_empty() || replaced || planned.starts_with(c) => Back::Remove,
                Some(_) => return Err(format!("{} changed since (a pull or a hand edit)", f.name)),
            }
        };
        plan.push((path, f, back));
    }
    for (path, f, back) in plan {
        let io = |e: std::io::Error| format!("{}: {e}", f.name);
        match back {
            Back::Nothing => {}
            Back::Remove => match std::fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(io(e)),
            },
            Back::Truncate => {
                let file = files::open_write(&path).map_err(io)?;
                file.set_len(f.before_len).and_then(|()| file.sync_all()).map_err(io)?;
            }
            Back::FromCopy => {
                let bytes =
                    prefix(&record.join("before").join(&f.name), f.before_len).map_err(io)?;
                files::replace(&path, |out| out.write_all(&bytes), |_, _| Ok(()))
                    .map_err(|e| e.to_string())?;
            }
        }
    }
    sync_dir(dir).map_err(|e| e.to_string())?;
    std::fs::remove_dir_all(record).map_err(|e| format!("{}: {e}", record.display()))?;
    Ok(())
}

/// Removes the records of writes that did not complete without rolling them back
/// (`hourbank repair`); returns what each was.
pub fn discard_stale(dir: &Path) -> Result<Vec<String>, Error> {
    let mut out = Vec::new();
    for record in pending(dir) {
        let write = read_intent(&record).map(|i| i.describe()).unwrap_or_default();
        std::fs::remove_dir_all(&record).map_err(|e| Error::io(&record, e))?;
        out.push(write);
    }
    Ok(out)
}

/// The records that could not be rolled back, for `check` (the caller holds a lock,
/// so none is a running write's).
pub fn stale(dir: &Path) -> Vec<Stale> {
    pending(dir)
        .into_iter()
        .map(|path| {
            let write = read_intent(&path).map(|i| i.describe()).unwrap_or_default();
            let why = REASONS
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .iter()
                .rev()
                .find(|(p, _)| *p == path)
                .map(|(_, why)| why.clone())
                .unwrap_or_else(|| "its files changed since (a pull or a hand edit)".into());
            Stale { path, write, why }
        })
        .collect()
}

/// Removes every complete record.
fn purge(undo: &Path) {
    let Ok(entries) = std::fs::read_dir(undo) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none() && path.is_dir() {
            let _ = std::fs::remove_dir_all(path);
        }
    }
}

/// Keeps the newest complete records.
fn prune(undo: &Path) {
    let Ok(entries) = std::fs::read_dir(undo) else { return };
    let mut done: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_none() && p.is_dir())
        .collect();
    done.sort();
    let excess = done.len().saturating_sub(KEEP_COMPLETE);
    for old in &done[..excess] {
        let _ = std::fs::remove_dir_all(old);
    }
}

/// The length read (at most `limit`) and the hash of those bytes.
fn hash_prefix(file: &mut File, limit: u64) -> std::io::Result<(u64, Sha256)> {
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut read = 0u64;
    let mut reader = file.take(limit);
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        read += n as u64;
    }
    Ok((read, hasher))
}

fn hex(hasher: Sha256) -> String {
    hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let tmp = path.with_extension("tmp");
    let io = |e| Error::io(path, e);
    let mut file = File::create(&tmp).map_err(io)?;
    file.write_all(bytes).and_then(|()| file.sync_all()).map_err(io)?;
    std::fs::rename(&tmp, path).map_err(io)?;
    sync_dir(path.parent().expect("a record file has a directory"))
}

fn sync_dir(dir: &Path) -> Result<(), Error> {
    File::open(dir).and_then(|d| d.sync_all()).map_err(|e| Error::io(dir, e))
}

/// A word of a command line as a shell reads it back: as it is when it holds nothing
/// a shell acts on, else in single quotes.
fn shell_quoted(word: &str) -> String {
    let plain = |c: char| c.is_alphanumeric() || "._-/:=@%+,".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

/// A complete write, as `undo --list` shows it.
#[derive(Debug, Clone)]
pub struct Done {
    pub record: PathBuf,
    /// The local date-time it began.
    pub time: String,
    pub user: String,
    /// Its command line, `hourbank log-time acme 1:00`.
    pub command: String,
    /// The files it changed.
    pub files: Vec<String>,
}

impl Done {
    /// The write as a person reads it: `` `hourbank log-time acme 1` (alice, 2026-12-05T10:00:00) ``.
    pub fn describe(&self) -> String {
        format!("`{}` ({}, {})", self.command, self.user, self.time)
    }
}

/// The complete writes kept for `undo`, newest first. Refused while git tracks
/// `.hourbank-undo/` (its records may be another clone's).
pub fn done(dir: &Path) -> Result<Vec<Done>, Error> {
    if super::git::tracks(dir, UNDO_DIR) {
        return Err(Error::with_hint(
            "git tracks .hourbank-undo/: its records may be another clone's, so nothing is undone",
            "untrack it with `git rm -r --cached .hourbank-undo`",
        ));
    }
    let Ok(entries) = std::fs::read_dir(dir.join(UNDO_DIR)) else { return Ok(Vec::new()) };
    let mut records: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_none() && p.is_dir())
        .collect();
    records.sort();
    let mut out = Vec::new();
    for record in records.into_iter().rev() {
        let Ok(intent) = read_intent(&record) else { continue };
        if !intent.complete || intent.files.is_empty() {
            continue;
        }
        if !intent.undoes.is_empty() {
            // An `undo` that completed but was stopped before it removed its records.
            for name in intent.undoes.iter().filter(|n| !n.contains('/')) {
                let _ = std::fs::remove_dir_all(dir.join(UNDO_DIR).join(name));
            }
            let _ = std::fs::remove_dir_all(&record);
            continue;
        }
        let mut words: Vec<String> =
            intent.command.iter().skip(1).map(|w| shell_quoted(w)).collect();
        words.insert(0, "hourbank".to_string());
        out.push(Done {
            record,
            time: intent.time,
            user: intent.user,
            command: crate::domain::text::visible(&words.join(" ")).into_owned(),
            files: intent.files.into_iter().map(|f| f.name).collect(),
        });
    }
    Ok(out)
}

/// What `undo` found of a write.
#[derive(Debug, PartialEq, Eq)]
pub enum Undone {
    /// Its files are as they were before it (a crash ended the `undo` that undid it).
    Already,
    /// Its files were put back as they were before it: these.
    Reversed(Vec<String>),
}

/// Puts the files of the write `done` back as they were before it, through the active
/// unit (the caller holds the exclusive lock), when each is still exactly as the write
/// left it; refuses, naming the file, when one changed since. With `dry_run`, only
/// says what it would do. The record goes when the unit completes.
pub fn undo(dir: &Path, done: &Done, dry_run: bool) -> Result<Undone, Error> {
    let intent = read_intent(&done.record).map_err(Error::refused)?;
    let sha = |bytes: &[u8]| hex(Sha256::new_with_prefix(bytes));
    let mut plan = Vec::new();
    for f in &intent.files {
        let path = dir.join(&f.name);
        if !is_ledger_file(dir, &path) || f.name.contains('/') {
            return Err(Error::refused(format!(
                "the record of {} names {}, which is no ledger file",
                done.describe(),
                f.name
            )));
        }
        let current = files::read(&path).map_err(|e| Error::io(&path, e))?;
        let is = |state: Option<(u64, &str)>| match (&current, state) {
            (None, None) => true,
            (Some(c), Some((len, hash))) => c.len() as u64 == len && sha(c) == hash,
            _ => false,
        };
        let before = f.existed.then_some((f.before_len, f.before_sha.as_str()));
        let after = if f.removed {
            None
        } else {
            match &f.after {
                Some((len, hash)) => Some((*len, hash.as_str())),
                None => {
                    return Err(Error::refused(format!(
                        "the record of {} does not say what it left",
                        done.describe()
                    )));
                }
            }
        };
        if is(before) {
            continue;
        }
        if !is(after) {
            return Err(Error::with_hint(
                format!(
                    "refused: {} changed since {}; nothing was undone",
                    f.name,
                    done.describe()
                ),
                "undo reverses a write only while its files are as it left them",
            ));
        }
        plan.push((path, f, current));
    }
    if plan.is_empty() {
        if !dry_run && let Some(unit) = active().as_mut() {
            unit.undoing.get_or_insert_with(Vec::new).push(done.record.clone());
        }
        return Ok(Undone::Already);
    }
    let names = plan.iter().map(|(_, f, _)| f.name.clone()).collect();
    if dry_run {
        return Ok(Undone::Reversed(names));
    }
    for (path, f, current) in plan {
        if !f.existed {
            before_remove(&path)?;
            std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
            continue;
        }
        let bytes = if f.rewritten.is_empty() && !f.removed {
            let mut bytes = current.unwrap_or_default();
            bytes.truncate(f.before_len as usize);
            bytes
        } else {
            before_contents(dir, done, &f.name)?.unwrap_or_default()
        };
        files::replace(
            &path,
            |out| out.write_all(&bytes),
            |len, sha| before_rewrite(&path, len, sha),
        )?;
    }
    sync_dir(dir)?;
    if let Some(unit) = active().as_mut() {
        unit.undoing.get_or_insert_with(Vec::new).push(done.record.clone());
    }
    Ok(Undone::Reversed(names))
}

/// What the file `name` held before the write `done` (`None` when it did not exist or
/// the write did not touch it).
pub fn before_contents(dir: &Path, done: &Done, name: &str) -> Result<Option<Vec<u8>>, Error> {
    let intent = read_intent(&done.record).map_err(Error::refused)?;
    let Some(f) = intent.files.iter().find(|f| f.name == name && f.existed) else {
        return Ok(None);
    };
    // Appended to: the file begins with it; replaced or removed: its kept copy.
    let path = if f.rewritten.is_empty() && !f.removed {
        dir.join(name)
    } else {
        done.record.join("before").join(name)
    };
    prefix(&path, f.before_len).map(Some).map_err(|e| Error::io(&path, e))
}

/// The first `len` bytes of the file at `path`.
fn prefix(path: &Path, len: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    File::open(path)?.take(len).read_to_end(&mut bytes)?;
    Ok(bytes)
}
