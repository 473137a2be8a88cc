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

/// Keys are kept in this many buckets (by a hash of the key), so each bucket is sorted
/// within the processor's cache rather than all keys in passes over memory.
const BUCKETS: usize = 256;

fn bucket(key: u64) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - BUCKETS.trailing_zeros())) as usize
}

/// Collects the keys of row ids across the ledger to find duplicates.
#[derive(Default)]
pub struct IdSet {
    /// Per reader: its keys by bucket, each bucket sorted.
    sealed: Vec<Vec<Vec<u64>>>,
    /// The keys of the reader still collecting, by bucket.
    current: Vec<Vec<u64>>,
}

impl IdSet {
    pub(super) fn insert(&mut self, id: &str) {
        if !id.is_empty() {
            if self.current.is_empty() {
                self.current = vec![Vec::new(); BUCKETS];
            }
            let key = id_key(id);
            self.current[bucket(key)].push(key);
        }
    }

    /// Sorts what this reader collected (on the reader's own thread).
    pub(super) fn seal(&mut self) {
        let mut buckets = std::mem::take(&mut self.current);
        if buckets.is_empty() {
            return;
        }
        for keys in &mut buckets {
            keys.sort_unstable();
        }
        self.sealed.push(buckets);
    }

    pub(super) fn absorb(&mut self, mut other: IdSet) {
        other.seal();
        self.sealed.extend(other.sealed);
    }

    /// Every key that occurs more than once: the ids that may be duplicates.
    pub(super) fn candidates(mut self) -> FxHashSet<u64> {
        self.seal();
        // Half the buckets on a second thread.
        let sealed = &self.sealed;
        let (mut out, more) = std::thread::scope(|scope| {
            let upper = scope.spawn(|| repeated(sealed, BUCKETS / 2..BUCKETS));
            (repeated(sealed, 0..BUCKETS / 2), upper.join().expect("no panic"))
        });
        out.extend(more);
        out
    }
}

/// The keys in buckets `range` that occur more than once across the readers' lists.
fn repeated(sealed: &[Vec<Vec<u64>>], range: std::ops::Range<usize>) -> FxHashSet<u64> {
    let mut out = FxHashSet::default();
    for b in range {
        let lists: Vec<&[u64]> = sealed.iter().map(|r| r[b].as_slice()).collect();
        for (i, list) in lists.iter().enumerate() {
            out.extend(list.windows(2).filter(|pair| pair[0] == pair[1]).map(|pair| pair[0]));
            for other in &lists[i + 1..] {
                common(list, other, &mut out);
            }
        }
    }
    out
}

/// Adds the keys two sorted lists share to `out`.
fn common(a: &[u64], b: &[u64], out: &mut FxHashSet<u64>) {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.insert(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_seen_twice_are_candidates_whatever_the_id_looks_like() {
        let mut first = IdSet::default();
        let mut second = IdSet::default();
        second.seal();
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
