//! Row ids across the ledger: while files are read, each id becomes a fixed 8-byte key
//! (ids in the tool's own form are packed without loss, any other id is hashed), so
//! memory does not depend on what ids look like. Keys seen twice are sorted out once
//! at the end; only then does a second pass compare the ids' text.

use std::hash::Hasher;

use rustc_hash::{FxHashSet, FxHasher};

use crate::domain::id::pack_row_id;

/// The 8-byte key of an id: packed when it is in the tool's own form, else a hash
/// (two different ids may share a key; their text decides).
pub fn id_key(id: &str) -> u64 {
    pack_row_id(id.as_bytes()).unwrap_or_else(|| {
        let mut hasher = FxHasher::default();
        hasher.write(id.as_bytes());
        hasher.finish()
    })
}

/// Collects the keys of row ids across the ledger to find duplicates.
#[derive(Default)]
pub struct IdSet {
    /// Keys, one list per reader (sorted in parallel at the end).
    lists: Vec<Vec<u64>>,
    current: Vec<u64>,
}

impl IdSet {
    pub(super) fn insert(&mut self, id: &str) {
        if !id.is_empty() {
            self.current.push(id_key(id));
        }
    }

    pub(super) fn absorb(&mut self, mut other: IdSet) {
        other.lists.push(std::mem::take(&mut other.current));
        self.lists.extend(other.lists);
    }

    /// Every key that occurs more than once: the ids that may be duplicates.
    pub(super) fn candidates(mut self) -> FxHashSet<u64> {
        self.lists.push(std::mem::take(&mut self.current));
        std::thread::scope(|scope| {
            for list in &mut self.lists {
                scope.spawn(|| list.sort_unstable());
            }
        });
        let mut merged: Vec<u64> = Vec::new();
        for list in self.lists {
            merged = merge_sorted(merged, list);
        }
        merged.windows(2).filter(|pair| pair[0] == pair[1]).map(|pair| pair[0]).collect()
    }
}

/// Merges two sorted lists into one.
fn merge_sorted(a: Vec<u64>, b: Vec<u64>) -> Vec<u64> {
    if a.is_empty() {
        return b;
    }
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] <= b[j] {
            out.push(a[i]);
            i += 1;
        } else {
            out.push(b[j]);
            j += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_seen_twice_are_candidates_whatever_the_id_looks_like() {
        let mut first = IdSet::default();
        let mut second = IdSet::default();
        for id in ["t-000000000001", "t-7", "2f1c0d7e-9a4b-4c1d-8e2f-000000000001", ""] {
            first.insert(id);
        }
        for id in ["t-7", "t-8", "t-000000000001", ""] {
            second.insert(id);
        }
        first.absorb(second);
        let candidates = first.candidates();
        let expected: FxHashSet<u64> =
            [id_key("t-7"), id_key("t-000000000001")].into_iter().collect();
        assert_eq!(candidates, expected);
    }
}
