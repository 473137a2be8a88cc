//! What the shells complete from the ledger itself (`source <(COMPLETE=bash hourbank)`):
//! client and person ids, lot ids, invoice numbers, projects and services. Read at each
//! completion from the ledger `--ledger DIR` earlier on the line names, else
//! `$HOURBANK_LEDGER`, else the one at or above the working directory, so a client
//! added a minute ago completes. Quietly nothing when
//! there is no ledger or a file cannot be read.

use std::collections::BTreeSet;
use std::path::PathBuf;

use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};

use crate::store::discover::find_ledger;
use crate::store::layout::{CLIENTS, INVOICES, PEOPLE, PURCHASES, SETTINGS, TIMELOG};

fn ledger() -> Option<PathBuf> {
    // `--ledger DIR` typed earlier on the line being completed names it first.
    let words: Vec<String> = std::env::args().collect();
    let flag = words
        .windows(2)
        .find(|w| w[0] == "--ledger")
        .map(|w| PathBuf::from(&w[1]))
        .or_else(|| words.iter().find_map(|w| w.strip_prefix("--ledger=")).map(PathBuf::from));
    let env = std::env::var_os("HOURBANK_LEDGER").filter(|v| !v.is_empty()).map(PathBuf::from);
    let cwd = std::env::current_dir().ok()?;
    find_ledger(flag.as_deref(), env.as_deref(), &cwd).ok()
}

/// The keys of the TOML table `table` in `file` (`[clients.<id>]`), each with its
/// `name` key.
fn toml_ids(file: &str, table: &str) -> Vec<(String, Option<String>)> {
    let Some(text) =
        ledger().and_then(|d| crate::store::files::read_text(&d.join(file)).ok().flatten())
    else {
        return Vec::new();
    };
    let Ok(doc) = text.parse::<toml_edit::DocumentMut>() else { return Vec::new() };
    let Some(entries) = doc.get(table).and_then(|t| t.as_table_like()) else {
        return Vec::new();
    };
    entries
        .iter()
        .map(|(id, item)| {
            (id.to_string(), item.get("name").and_then(|n| n.as_str()).map(str::to_string))
        })
        .collect()
}

/// [`toml_ids`] as candidates, each with its name as help.
fn toml_keys(file: &str, table: &str) -> Vec<CompletionCandidate> {
    toml_ids(file, table)
        .into_iter()
        .filter_map(|(id, name)| {
            let help = name.filter(|n| printable(n)).map(|n| n.into());
            Some(CompletionCandidate::new(shell_word(&id)?).help(help))
        })
        .collect()
}

fn printable(text: &str) -> bool {
    !text.chars().any(char::is_control)
}

/// A value as a word the shell reads back as that value (SPEC 12.7): none when it
/// holds a control character; quoted when it holds anything the shell would act on
/// (a project named `$(touch x)` completes as `'$(touch x)'`, never run).
fn shell_word(value: &str) -> Option<String> {
    if !printable(value) {
        return None;
    }
    let plain = |c: char| c.is_alphanumeric() || "._-/:@%+=,".contains(c);
    if !value.is_empty() && value.chars().all(plain) {
        return Some(value.to_string());
    }
    let fish = std::env::var("COMPLETE").is_ok_and(|shell| shell == "fish");
    Some(if fish {
        format!("'{}'", value.replace('\\', "\\\\").replace('\'', "\\'"))
    } else {
        format!("'{}'", value.replace('\'', "'\\''"))
    })
}

/// The distinct non-empty values of column `column` of the ledger's CSV file `file`.
fn column(file: &str, column: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let Some(path) = ledger().map(|d| d.join(file)) else { return out };
    let Ok(file) = crate::store::files::open(&path) else { return out };
    let mut reader = csv::ReaderBuilder::new().flexible(true).comment(Some(b'#')).from_reader(file);
    let Ok(header) = reader.headers().cloned() else { return out };
    let Some(at) = header.iter().position(|h| h.trim().trim_start_matches('\u{feff}') == column)
    else {
        return out;
    };
    for record in reader.records().flatten() {
        if let Some(value) = record.get(at).map(str::trim).filter(|v| !v.is_empty())
            && !out.contains(value)
        {
            out.insert(value.to_string());
        }
    }
    out
}

fn candidates(values: BTreeSet<String>) -> Vec<CompletionCandidate> {
    values.iter().filter_map(|v| shell_word(v)).map(CompletionCandidate::new).collect()
}

pub fn clients() -> ArgValueCandidates {
    ArgValueCandidates::new(|| toml_keys(CLIENTS, "clients"))
}

pub fn people() -> ArgValueCandidates {
    ArgValueCandidates::new(|| toml_keys(PEOPLE, "people"))
}

/// Clients and people: holders of a bank (`adjust`).
pub fn holders() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        let mut all = toml_keys(CLIENTS, "clients");
        all.extend(toml_keys(PEOPLE, "people"));
        all
    })
}

pub fn lots() -> ArgValueCandidates {
    ArgValueCandidates::new(|| candidates(column(PURCHASES, "id")))
}

pub fn invoices() -> ArgValueCandidates {
    ArgValueCandidates::new(|| candidates(column(INVOICES, "number")))
}

pub fn projects() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        let mut all = column(PURCHASES, "project");
        all.extend(column(TIMELOG, "project"));
        candidates(all)
    })
}

pub fn services() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        let mut all: BTreeSet<String> =
            toml_ids(SETTINGS, "services").into_iter().map(|(id, _)| id).collect();
        all.extend(column(TIMELOG, "service"));
        candidates(all)
    })
}

/// The ids of the time log's rows (`entry edit`, `entry remove`).
pub fn entries() -> ArgValueCandidates {
    ArgValueCandidates::new(|| candidates(column(TIMELOG, "id")))
}
