//! Row ids across the ledger: collected while files are read, then checked for
//! duplicates in one sort (ids in the tool's own form are packed into 8 bytes).

use rustc_hash::FxHashSet;

use crate::domain::id::{pack_row_id, unpack_row_id};

/// Collects row ids across the ledger to find duplicates. Ids in the tool's own form
/// are packed into 8 bytes and sorted once at the end (cheaper than a hash set of a
/// million entries); others (written by hand) are kept as text.
#[derive(Default)]
pub struct IdSet {
    /// Packed ids, one list per reader (sorted in parallel at the end).
    packed: Vec<Vec<u64>>,
    current: Vec<u64>,
    other: FxHashSet<Box<str>>,
    /// Hand-written ids seen twice (packed duplicates are found in `duplicates`).
    other_duplicates: Vec<String>,
}

impl IdSet {
    pub(super) fn insert(&mut self, id: &str) {
        if id.is_empty() {
            return;
        }
        match pack_row_id(id.as_bytes()) {
            Some(packed) => self.current.push(packed),
            None => {
                if !self.other.insert(id.into()) {
                    self.other_duplicates.push(id.to_string());
                }
            }
        }
    }

    pub(super) fn absorb(&mut self, mut other: IdSet) {
        other.packed.push(std::mem::take(&mut other.current));
        self.packed.extend(other.packed);
        self.other_duplicates.extend(other.other_duplicates);
        for id in other.other {
            if !self.other.contains(&id) {
                self.other.insert(id);
            } else {
                self.other_duplicates.push(id.to_string());
            }
        }
    }

    /// Every id that occurs more than once.
    pub(super) fn duplicates(mut self) -> FxHashSet<String> {
        self.packed.push(std::mem::take(&mut self.current));
        std::thread::scope(|scope| {
            for list in &mut self.packed {
                scope.spawn(|| list.sort_unstable());
            }
        });
        let mut out: FxHashSet<String> = self.other_duplicates.into_iter().collect();
        let mut merged: Vec<u64> = Vec::new();
        for list in self.packed {
            merged = merge_sorted(merged, list);
        }
        for pair in merged.windows(2) {
            if pair[0] == pair[1] {
                out.insert(unpack_row_id(pair[0]));
            }
        }
        out
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
