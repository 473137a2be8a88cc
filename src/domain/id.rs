//! Identifiers: client and person slugs, and the random row ids the tool writes
//! (a kind prefix and 60 random bits), packed into a `u64` for exact duplicate checks.

use std::fmt;

/// The words the command line uses where an id could stand.
pub const RESERVED: &[&str] = &["pay", "remove"];

const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
const ID_CHARS: usize = 12;
const INVALID: u8 = 255;

/// The value of each byte in `ALPHABET`, `INVALID` for every other byte.
const DECODE: [u8; 256] = {
    let mut table = [INVALID; 256];
    let mut i = 0;
    while i < ALPHABET.len() {
        table[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// A client or person id: `[a-z0-9][a-z0-9_-]*`, at most 64 characters.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slug(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "id \"{value}\": {reason}; an id is a lowercase slug [a-z0-9][a-z0-9_-]*, at most 64 characters"
)]
pub struct SlugError {
    pub value: String,
    pub reason: &'static str,
}

impl Slug {
    pub fn parse(text: &str) -> Result<Slug, SlugError> {
        let err = |reason| SlugError { value: text.to_string(), reason };
        let b = text.as_bytes();
        if b.is_empty() {
            return Err(err("is empty"));
        }
        if b.len() > 64 {
            return Err(err("is longer than 64 characters"));
        }
        if !(b[0].is_ascii_lowercase() || b[0].is_ascii_digit()) {
            return Err(err("must start with a lowercase letter or digit"));
        }
        if !b
            .iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_' || c == b'-')
        {
            return Err(err("has a character other than a-z, 0-9, _ and -"));
        }
        if RESERVED.contains(&text) {
            return Err(err("is a reserved word"));
        }
        Ok(Slug(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The kind prefix of a row id the tool writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Purchase,
    Time,
    Adjustment,
    Invoice,
    InvoiceLine,
    Payment,
    Notification,
    Expense,
    Timer,
}

impl IdKind {
    pub fn prefix(self) -> char {
        match self {
            IdKind::Purchase => 'p',
            IdKind::Time => 't',
            IdKind::Adjustment => 'a',
            IdKind::Invoice => 'i',
            IdKind::InvoiceLine => 'l',
            IdKind::Payment => 'r',
            IdKind::Notification => 'n',
            IdKind::Expense => 'e',
            IdKind::Timer => 'c',
        }
    }
}

/// Formats 60 random bits as a row id such as `p-9x2kq7m4t1wz`.
pub fn format_row_id(kind: IdKind, random: u64) -> String {
    let mut s = String::with_capacity(2 + ID_CHARS);
    s.push(kind.prefix());
    s.push('-');
    for i in (0..ID_CHARS).rev() {
        s.push(ALPHABET[((random >> (i * 5)) & 31) as usize] as char);
    }
    s
}

/// Packs an id of the tool's own form (`x-` and 12 alphabet characters) into a `u64`
/// without loss, so a million ids fit a small list; `None` for any other text.
pub fn pack_row_id(id: &[u8]) -> Option<u64> {
    if id.len() != 2 + ID_CHARS || id[1] != b'-' || !b"ptailrn".contains(&id[0]) {
        return None;
    }
    let mut bits: u64 = 0;
    // Every value is below 32 and `INVALID` is not: one test of all of them at the
    // end, not a branch per character.
    let mut seen = 0u8;
    for &c in &id[2..] {
        let v = DECODE[usize::from(c)];
        seen |= v;
        bits = (bits << 5) | u64::from(v & 31);
    }
    if seen >= 32 {
        return None;
    }
    // 60 bits of value; the top 4 bits hold the prefix letter's index modulo 16,
    // which differs for each of the tool's seven prefixes.
    Some(bits | (u64::from(id[0] - b'a') & 15) << 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(Slug::parse("acme").is_ok());
        assert!(Slug::parse("a-1_b").is_ok());
        for bad in ["", "Acme", "-a", "a b", "pay", &"a".repeat(65), "ä"] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn row_ids_pack_into_distinct_keys() {
        let a = format_row_id(IdKind::Time, 0x0fff_ffff_ffff_ffff);
        let b = format_row_id(IdKind::Time, 1);
        assert_eq!(a.len(), 14);
        assert_ne!(pack_row_id(a.as_bytes()), pack_row_id(b.as_bytes()));
        assert_eq!(pack_row_id(b"t-000000000001"), pack_row_id(b.as_bytes()));
        assert_eq!(pack_row_id(b"hand-written"), None);
        assert_eq!(pack_row_id(b"q-000000000001"), None);
        let packed: std::collections::HashSet<u64> = ["p", "t", "a", "i", "l", "r", "n"]
            .iter()
            .map(|prefix| pack_row_id(format!("{prefix}-0123456789ab").as_bytes()).unwrap())
            .collect();
        assert_eq!(packed.len(), 7, "each prefix packs apart");
        assert_ne!(pack_row_id(b"p-000000000001"), pack_row_id(b"t-000000000001"));
    }
}
