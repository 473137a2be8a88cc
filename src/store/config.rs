//! Settings that do not travel with the ledger (SPEC 12.7): this clone's
//! `.hourbank.local.toml`, the user's `$XDG_CONFIG_HOME/hourbank/config.toml`, and
//! the trust a user gave to the delivery settings of a ledger's tracked
//! `hourbank.toml` (`hourbank trust`, as `direnv allow`).

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, value};

use super::files;
use super::layout::{LOCAL_SETTINGS, SETTINGS};
use super::tomlread::{OwnSettings, Src, read_own_settings, read_settings};
use super::write::write_atomic;
use crate::domain::check::{Code, Diagnostic};
use crate::domain::client::{DeliveryKey, Notify, Settings};
use crate::error::Error;

/// The delivery settings in effect for a ledger, and whether the user trusts those
/// that come from its tracked `hourbank.toml`.
#[derive(Debug)]
pub struct Delivery {
    /// `[notify]` as it applies: each delivery key from `.hourbank.local.toml`, else
    /// the user's config, else `hourbank.toml`.
    pub notify: Notify,
    /// The canonical lines of the settings that come from `hourbank.toml`.
    pub tracked: Vec<String>,
    /// Whether `tracked` is empty or exactly what the user trusted for this ledger.
    pub trusted: bool,
    /// Problems in `.hourbank.local.toml` and the user's config.
    pub diagnostics: Vec<Diagnostic>,
    /// The file `[notify.smtp]` comes from, and its line there.
    pub smtp_source: (String, Option<u32>),
}

impl Delivery {
    /// The refusal of a command that would deliver with untrusted settings.
    pub fn refuse_untrusted(&self, what: &str) -> Result<(), Error> {
        if self.trusted {
            return Ok(());
        }
        Err(Error::with_hint(
            format!(
                "{what}: hourbank.toml sets delivery settings you have not trusted:\n  {}",
                self.tracked.join("\n  ")
            ),
            "review them and run `hourbank trust` (anyone who can push to the ledger can change hourbank.toml), or move them to .hourbank.local.toml or ~/.config/hourbank/config.toml",
        ))
    }

    /// Refuses when the local or user settings have errors.
    pub fn refuse_errors(&self) -> Result<(), Error> {
        let errors: Vec<String> =
            self.diagnostics.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
        if errors.is_empty() {
            return Ok(());
        }
        Err(Error::refused(format!("the delivery settings have errors:\n{}", errors.join("\n"))))
    }
}

/// The user's config file: `$XDG_CONFIG_HOME/hourbank/config.toml`, else
/// `$HOME/.config/hourbank/config.toml`.
pub fn user_config_path() -> Option<PathBuf> {
    let xdg = std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from).filter(|p| p.is_absolute());
    let home = || std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config"));
    Some(xdg.or_else(home)?.join("hourbank").join("config.toml"))
}

/// The delivery settings in effect for the ledger in `dir`, whose `hourbank.toml`
/// sets `tracked`.
pub fn delivery(dir: &Path, tracked: &Notify) -> Delivery {
    let mut diagnostics = Vec::new();
    let local = read_local(dir, &mut diagnostics);
    let user = read_user(&mut diagnostics);
    let (notify, keys) = Notify::layered(&[&local.notify, &user.notify, tracked]);
    let smtp_source = if local.notify.has(DeliveryKey::Smtp) {
        (LOCAL_SETTINGS.to_string(), local.notify.line)
    } else if user.notify.has(DeliveryKey::Smtp) {
        let path = user_config_path().map(|p| p.to_string_lossy().into_owned());
        (path.unwrap_or_default(), user.notify.line)
    } else {
        (SETTINGS.to_string(), tracked.line)
    };
    let tracked_lines = lines(tracked, &keys);
    let trusted = tracked_lines.is_empty() || {
        let ledger = canonical(dir);
        let digest = digest(&ledger, &tracked_lines);
        user.trust.iter().any(|t| t.ledger == ledger && t.sha256 == digest)
    };
    Delivery { notify, tracked: tracked_lines, trusted, diagnostics, smtp_source }
}

/// `check`'s findings about delivery: the problems of the local and user settings,
/// and a warning naming each untrusted setting at its line.
pub fn diagnostics(dir: &Path, tracked: &Notify) -> Vec<Diagnostic> {
    let delivery = delivery(dir, tracked);
    let mut out = delivery.diagnostics;
    // The CA file a private SMTP server needs must be there and hold certificates.
    if let Some(ca) = delivery.notify.smtp.as_ref().and_then(|s| s.ca_file.as_ref()) {
        let path = dir.join(ca);
        let problem = match std::fs::read(&path) {
            Err(e) => Some(e.to_string()),
            Ok(bytes) if !bytes.windows(27).any(|w| w == b"-----BEGIN CERTIFICATE-----") => {
                Some("is not a PEM certificate (no -----BEGIN CERTIFICATE-----)".to_string())
            }
            Ok(_) => None,
        };
        if let Some(why) = problem {
            let (file, line) = &delivery.smtp_source;
            out.push(Diagnostic::error(
                file,
                *line,
                Code::Config,
                format!("notify.smtp.ca_file \"{ca}\": {why}"),
            ));
        }
    }
    if !delivery.trusted {
        out.push(Diagnostic::warning(
            SETTINGS,
            tracked.line,
            Code::Untrusted,
            format!(
                "delivery settings not trusted ({}): notify-check and --send deliver nothing until you run `hourbank trust`",
                delivery.tracked.join("; ")
            ),
        ));
    }
    out
}

/// `hourbank.toml` of the ledger in `dir` as text, with what its reader makes of it.
pub fn settings_file(dir: &Path) -> Result<(String, Settings, Vec<Diagnostic>), Error> {
    let path = dir.join(SETTINGS);
    let text = files::read_text(&path).map_err(|e| Error::io(&path, e))?.unwrap_or_default();
    let mut diagnostics = Vec::new();
    let settings = read_settings(&Src::new(SETTINGS, &text), &mut diagnostics);
    Ok((text, settings, diagnostics))
}

/// What the reader says of `text` as `hourbank.toml`.
pub fn check_settings(text: &str) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    read_settings(&Src::new(SETTINGS, text), &mut diagnostics);
    diagnostics
}

/// The tracked `[notify]` of the ledger in `dir` (read from `hourbank.toml` alone).
pub fn tracked_notify(dir: &Path) -> Result<Notify, Error> {
    let path = dir.join(SETTINGS);
    let text = files::read_text(&path).map_err(|e| Error::io(&path, e))?.unwrap_or_default();
    let mut diagnostics = Vec::new();
    let settings = read_settings(&Src::new(SETTINGS, &text), &mut diagnostics);
    if let Some(error) = diagnostics.iter().find(|d| d.is_error()) {
        return Err(Error::with_hint(
            error.to_string(),
            "fix hourbank.toml first (`hourbank check` lists every problem)",
        ));
    }
    Ok(settings.notify)
}

/// The canonical lines of the delivery settings `hourbank.toml` sets that apply.
pub fn tracked_lines(dir: &Path, tracked: &Notify) -> Vec<String> {
    delivery(dir, tracked).tracked
}

/// Records in the user's config that `lines` are trusted for the ledger in `dir`
/// (replacing what was trusted for it before); returns the config's path.
pub fn trust(dir: &Path, lines: &[String]) -> Result<PathBuf, Error> {
    let ledger = canonical(dir);
    let digest = digest(&ledger, lines);
    edit_user_config(|doc| {
        remove_trust(doc, &ledger);
        let mut entry = Table::new();
        entry.insert("ledger", value(ledger.as_str()));
        entry.insert("sha256", value(digest.as_str()));
        let mut settings = toml_edit::Array::new();
        for line in lines {
            settings.push(line.as_str());
        }
        entry.insert("settings", value(settings));
        let entries = doc.entry("trust").or_insert(Item::ArrayOfTables(ArrayOfTables::new()));
        match entries.as_array_of_tables_mut() {
            Some(entries) => {
                entries.push(entry);
                Ok(true)
            }
            None => Err("trust: expected [[trust]] entries".to_string()),
        }
    })
}

/// The settings the user trusted for the ledger in `dir`, as recorded.
pub fn trusted_lines(dir: &Path) -> Option<Vec<String>> {
    let ledger = canonical(dir);
    let text = std::fs::read_to_string(user_config_path()?).ok()?;
    let doc = text.parse::<DocumentMut>().ok()?;
    let entries = doc.get("trust")?.as_array_of_tables()?;
    let entry = entries.iter().find(|t| t.get("ledger").and_then(Item::as_str) == Some(&ledger))?;
    let settings = entry.get("settings").and_then(Item::as_array);
    Some(
        settings
            .iter()
            .flat_map(|a| a.iter())
            .filter_map(|v| v.as_str().map(String::from))
            .collect(),
    )
}

/// Forgets the trust given to the ledger in `dir`; false when there was none.
pub fn revoke(dir: &Path) -> Result<bool, Error> {
    let ledger = canonical(dir);
    let mut removed = false;
    edit_user_config(|doc| {
        removed = remove_trust(doc, &ledger) > 0;
        Ok(removed)
    })?;
    Ok(removed)
}

/// Removes the `[[trust]]` entries of `ledger`; returns how many there were.
fn remove_trust(doc: &mut DocumentMut, ledger: &str) -> usize {
    let Some(entries) = doc.get_mut("trust").and_then(Item::as_array_of_tables_mut) else {
        return 0;
    };
    let before = entries.len();
    entries.retain(|t| t.get("ledger").and_then(Item::as_str) != Some(ledger));
    before - entries.len()
}

/// Reads the user's config, lets `edit` change it (comments kept) and writes it back
/// atomically when `edit` says it changed something.
fn edit_user_config(
    edit: impl FnOnce(&mut DocumentMut) -> Result<bool, String>,
) -> Result<PathBuf, Error> {
    let path = user_config_path().ok_or_else(|| {
        Error::refused("cannot find your config directory: set HOME or XDG_CONFIG_HOME")
    })?;
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::io(&path, e)),
    };
    let mut doc = text.parse::<DocumentMut>().map_err(|e| {
        Error::refused(format!("{}: invalid TOML: {}", path.display(), e.message()))
    })?;
    let changed = edit(&mut doc).map_err(|e| Error::refused(format!("{}: {e}", path.display())))?;
    if !changed {
        return Ok(path);
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    write_atomic(&path, doc.to_string().as_bytes())?;
    Ok(path)
}

fn lines(notify: &Notify, keys: &[DeliveryKey]) -> Vec<String> {
    keys.iter().flat_map(|k| notify.delivery_lines(*k)).collect()
}

/// The ledger directory's canonical path as text (the path given when it cannot be
/// resolved).
fn canonical(dir: &Path) -> String {
    std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf()).to_string_lossy().into_owned()
}

/// The SHA-256 (hex) of the ledger's path and the settings' canonical lines.
fn digest(ledger: &str, lines: &[String]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(ledger.as_bytes());
    hasher.update(b"\n");
    for line in lines {
        hasher.update(line.as_bytes());
        hasher.update(b"\n");
    }
    hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The prefix of the invoice numbers this clone issues: `[invoice] prefix` of
/// `hourbank.toml`, followed by the series of `.hourbank.local.toml` when it sets
/// one (`INV-B-` for `series = "B"`: `INV-B-2026-0007`), so that clones that issue
/// invoices never collide (SPEC 12.1). Refused when the local settings have errors.
pub fn invoice_prefix(dir: &Path, prefix: &str) -> Result<String, Error> {
    let mut diagnostics = Vec::new();
    let local = read_local(dir, &mut diagnostics);
    let errors: Vec<String> =
        diagnostics.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
    if !errors.is_empty() {
        return Err(Error::with_hint(
            format!("refused: {LOCAL_SETTINGS} has errors:\n{}", errors.join("\n")),
            "fix the lines named above; nothing was written",
        ));
    }
    Ok(match local.series {
        Some(series) => format!("{prefix}{series}-"),
        None => prefix.to_string(),
    })
}

/// `.hourbank.local.toml`, unless git tracks it (then it is ignored: an error).
fn read_local(dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> OwnSettings {
    let path = dir.join(LOCAL_SETTINGS);
    let text = match files::read_text(&path) {
        Ok(Some(text)) => text,
        Ok(None) => return OwnSettings::default(),
        Err(e) => {
            diagnostics.push(Diagnostic::error(LOCAL_SETTINGS, None, Code::Io, e.to_string()));
            return OwnSettings::default();
        }
    };
    if super::git::tracks(dir, LOCAL_SETTINGS) {
        diagnostics.push(Diagnostic::error(
            LOCAL_SETTINGS,
            None,
            Code::Config,
            "git tracks this file, so everyone who pulls gets it: it is ignored until you run `git rm --cached .hourbank.local.toml`",
        ));
        return OwnSettings::default();
    }
    read_own_settings(&Src::new(LOCAL_SETTINGS, &text), false, diagnostics)
}

fn read_user(diagnostics: &mut Vec<Diagnostic>) -> OwnSettings {
    let Some(path) = user_config_path() else { return OwnSettings::default() };
    let name = path.to_string_lossy().into_owned();
    match std::fs::read_to_string(&path) {
        Ok(text) => read_own_settings(&Src::new(&name, &text), true, diagnostics),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => OwnSettings::default(),
        Err(e) => {
            diagnostics.push(Diagnostic::error(&name, None, Code::Io, e.to_string()));
            OwnSettings::default()
        }
    }
}
