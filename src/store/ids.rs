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
    /// Sorted lists of keys, one per reader.
    sorted: Vec<Vec<u64>>,
    current: Vec<u64>,
}

impl IdSet {
    pub(super) fn insert(&mut self, id: &str) {
        if !id.is_empty() {
            self.current.push(id_key(id));
        }
    }

    /// Sorts what this reader collected (on the reader's own thread).
    pub(super) fn seal(&mut self) {
        let mut list = std::mem::take(&mut self.current);
        sort_keys(&mut list, 56);
        self.sorted.push(list);
    }

    pub(super) fn absorb(&mut self, mut other: IdSet) {
        other.seal();
        self.sorted.extend(other.sorted);
    }

    /// Every key that occurs more than once: the ids that may be duplicates.
    pub(super) fn candidates(mut self) -> FxHashSet<u64> {
        self.seal();
        let mut out = FxHashSet::default();
        for (i, list) in self.sorted.iter().enumerate() {
            out.extend(list.windows(2).filter(|pair| pair[0] == pair[1]).map(|pair| pair[0]));
            for other in &self.sorted[i + 1..] {
                common(list, other, &mut out);
            }
        }
        out
    }
}

/// Sorts keys in place by their bytes from the byte at `shift` down (a radix sort
/// from the most significant byte, with no second list: a million keys would need
/// 8 MB more); parts small enough for the cache are sorted by comparison.
fn sort_keys(keys: &mut [u64], shift: u32) {
    if keys.len() <= 2048 {
        keys.sort_unstable();
        return;
    }
    let byte = |key: u64| (key >> shift) as usize & 0xff;
    let mut counts = [0usize; 256];
    for &key in keys.iter() {
        counts[byte(key)] += 1;
    }
    let mut ends = [0usize; 256];
    let mut at = 0;
    for (end, &count) in ends.iter_mut().zip(&counts) {
        at += count;
        *end = at;
    }
    // Each key is swapped into the next free place of its byte's part.
    let mut next: [usize; 256] = std::array::from_fn(|b| ends[b] - counts[b]);
    for b in 0..256 {
        while next[b] < ends[b] {
            let mut key = keys[next[b]];
            let mut at = byte(key);
            while at != b {
                std::mem::swap(&mut key, &mut keys[next[at]]);
                next[at] += 1;
                at = byte(key);
            }
            keys[next[b]] = key;
            next[b] += 1;
        }
    }
    if shift == 0 {
        return;
    }
    let mut start = 0;
    for end in ends {
        sort_keys(&mut keys[start..end], shift - 8);
        start = end;
    }
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
    use proptest::strategy::Strategy;

    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(24))]
        #[test]
        fn keys_are_sorted(mut keys in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::num::u64::ANY,
                0u64..300,
                (0u64..4).prop_map(|k| k << 60 | 7),
                (0u64..1 << 20).prop_map(|k| 0xabcd << 48 | k),
            ],
            0..12_000,
        )) {
            let mut expected = keys.clone();
            expected.sort_unstable();
            sort_keys(&mut keys, 56);
            proptest::prop_assert_eq!(keys, expected);
        }
    }

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
