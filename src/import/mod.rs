//! Reading other tools' time logs (SPEC 11): each format's parser turns a file's text
//! into entries (a date, an exact duration, the names to map to a client, a note), or
//! errors and warnings at their lines. Pure: no ledger, no file system.

pub mod klog;
pub mod sheet;
pub mod timeclock;
pub mod timedot;
pub mod timewarrior;

use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::domain::duration::Minutes;

/// The formats `hourbank import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Timeclock,
    Timedot,
    Klog,
    Timewarrior,
    Toggl,
    Clockify,
    Harvest,
}

/// Which part of a slashed date comes first: the month (`03/04/2024` is March 4) or
/// the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DateOrder {
    Mdy,
    Dmy,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Timeclock => "timeclock",
            Format::Timedot => "timedot",
            Format::Klog => "klog",
            Format::Timewarrior => "timewarrior",
            Format::Toggl => "toggl",
            Format::Clockify => "clockify",
            Format::Harvest => "harvest",
        }
    }
}

/// One entry of a source file: a stretch of time on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The line it comes from (its first line).
    pub line: u32,
    pub date: NaiveDate,
    /// Its exact length in minutes (seconds and decimal hours make fractions).
    pub exact: Decimal,
    /// The source's names that may map to a client, most specific first (a full
    /// account name before its first segment; a project before its client).
    pub names: Vec<String>,
    /// The source's user, when it names one.
    pub user: Option<String>,
    /// The source's project, when it has one (Toggl, Clockify, Harvest): kept as the
    /// row's project when the import names its client (`--client`).
    pub project: String,
    pub note: String,
    pub billable: bool,
    /// The names are tags of equal rank: mapped to two different clients they are an
    /// error at the entry's line (klog), rather than the first winning.
    pub exclusive: bool,
    /// The first line of the record it belongs to (klog), where a negative entry is
    /// netted against the record's other entries; 0 for formats without records.
    pub record: u32,
    /// The entry's normalised content: what its key hashes (never the file name or
    /// line, so an overlapping export of the same entries is recognised).
    pub content: String,
}

impl Entry {
    /// Its length rounded half up to the minute.
    pub fn minutes(&self) -> Minutes {
        let rounded = self.exact.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
        Minutes(i64::try_from(rounded).unwrap_or(i64::MAX))
    }

    /// Whether rounding to the minute changed it.
    pub fn rounded(&self) -> bool {
        !self.exact.fract().is_zero()
    }
}

/// What a parser found: entries, and problems at their lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub entries: Vec<Entry>,
    /// Lines that are not imported but do not stop the import (open sessions,
    /// negative durations).
    pub warnings: Vec<(u32, String)>,
    /// Lines that could not be read: nothing is imported while there is one.
    pub errors: Vec<(u32, String)>,
}

/// Parses `text` (a file's content, without a byte-order mark) in `format`; slashed
/// dates of CSV exports are read in `order` (else in the order the file allows).
pub fn parse(format: Format, text: &str, order: Option<DateOrder>, allow_long: bool) -> Parsed {
    match format {
        Format::Timeclock => timeclock::parse(text, allow_long),
        Format::Timedot => timedot::parse(text),
        Format::Klog => klog::parse(text),
        Format::Timewarrior => timewarrior::parse(text, allow_long),
        Format::Toggl | Format::Clockify | Format::Harvest => sheet::parse(format, text, order),
    }
}

/// Source text as one line of ledger text: line breaks and other control characters
/// become spaces, runs of spaces one, and the ends are trimmed.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = if c.is_control() { ' ' } else { c };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The key of an entry: a 64-bit FNV-1a hash of its format, normalised content and
/// occurrence number (the how-manieth identical entry of its file it is), as 16 hex
/// digits. FNV-1a is fixed by its definition, so keys stay the same across versions
/// and machines.
pub fn key(format: Format, content: &str, occurrence: u32) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    let occurrence = occurrence.to_string();
    for part in [format.as_str(), content, &occurrence] {
        for &b in part.as_bytes().iter().chain(&[0u8]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    format!("{hash:016x}")
}

/// The key a `source` value ends with (`<format>:<file>:<line>#<key>`), as a number.
pub fn source_key(source: &str) -> Option<u64> {
    let (_, key) = source.rsplit_once('#')?;
    (key.len() == 16).then(|| u64::from_str_radix(key, 16).ok()).flatten()
}

/// Nets klog's negative entries (`-1h lunch`, SPEC 12.6) against the positive entries
/// of their record that book on the same client, latest first, as klog's own total
/// does; `client_of` says which client an entry books on. A negative entry that books
/// on no client takes the client of its record's entries when they book on one;
/// when they book on several, which one it takes from is ambiguous: an error at its
/// line, as is one larger than what it nets against. Entries of other formats pass.
pub fn net_negatives(
    entries: Vec<Entry>,
    client_of: impl Fn(&Entry) -> Option<u32>,
) -> Result<Vec<Entry>, Vec<(u32, String)>> {
    let clients: Vec<Option<u32>> = entries.iter().map(&client_of).collect();
    let mut exact: Vec<Decimal> = entries.iter().map(|e| e.exact).collect();
    let mut errors = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        if !e.exact.is_sign_negative() || e.exact.is_zero() {
            continue;
        }
        let in_record =
            |j: usize| entries[j].record == e.record && j != i && entries[j].exact > Decimal::ZERO;
        let client = match clients[i] {
            Some(c) => Some(c),
            None => {
                let mut theirs: Vec<u32> = (0..entries.len())
                    .filter(|&j| in_record(j))
                    .filter_map(|j| clients[j])
                    .collect();
                theirs.sort_unstable();
                theirs.dedup();
                match theirs.as_slice() {
                    [one] => Some(*one),
                    [] => None,
                    _ => {
                        errors.push((
                            e.line,
                            "a negative entry whose record books on several clients and that names none: tag it with the client it takes time from".to_string(),
                        ));
                        continue;
                    }
                }
            }
        };
        let mut left = -e.exact;
        for j in (0..entries.len()).rev().filter(|&j| in_record(j) && clients[j] == client) {
            let take = left.min(exact[j]);
            exact[j] -= take;
            left -= take;
            if left.is_zero() {
                break;
            }
        }
        if left > Decimal::ZERO {
            errors.push((
                e.line,
                "a negative entry larger than the time of its record it takes from".to_string(),
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(entries
        .into_iter()
        .zip(exact)
        .filter(|(e, _)| !e.exact.is_sign_negative() || e.exact.is_zero())
        .map(|(e, x)| Entry { exact: x, ..e })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_fixed_by_content_and_occurrence() {
        // FNV-1a of the empty input is its offset basis.
        let k = key(Format::Timeclock, "2025-01-01 09:00:00-10:00:00 a", 0);
        assert_eq!(k.len(), 16);
        assert_eq!(k, key(Format::Timeclock, "2025-01-01 09:00:00-10:00:00 a", 0));
        assert_ne!(k, key(Format::Timeclock, "2025-01-01 09:00:00-10:00:00 a", 1));
        assert_ne!(k, key(Format::Timeclock, "2025-01-01 09:00:00-10:00:00 b", 0));
        assert_eq!(
            source_key(&format!("timeclock:x.timeclock:3#{k}")),
            u64::from_str_radix(&k, 16).ok()
        );
        assert_eq!(source_key("timeclock:x:3"), None);
    }

    #[test]
    fn source_text_becomes_one_clean_line() {
        assert_eq!(clean("  fix\r\nthe\tform  \u{7} now "), "fix the form now");
        assert_eq!(clean(""), "");
    }
}
