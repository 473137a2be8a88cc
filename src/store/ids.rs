//! Row ids across the ledger, checked for duplicates with about 4.25 bytes an id: while
//! files are read, each id becomes a 48-bit fingerprint (ids in the tool's own form are
//! unpacked from their 60 random bits, any other id is hashed, and the result mixed),
//! gathered 262,144 at a time, placed by their top 16 bits, and kept as a count per
//! value of those bits (a byte each) and the low 32 bits of each. Fingerprints seen
//! twice are sorted out once at the end; only then does a second pass compare the ids'
//! text, so two ids that merely share a fingerprint (a chance of about one in six among
//! ten million ids) cost that pass and nothing else.

use std::hash::Hasher;

use rustc_hash::{FxHashSet, FxHasher};

use crate::domain::id::pack_row_id;

/// The 8-byte key of an id: packed when it is in the tool's own form, else a hash
/// (two different ids may share a key; their text decides).
fn id_key(id: &str) -> u64 {
    pack_row_id(id.as_bytes()).unwrap_or_else(|| {
        let mut hasher = FxHasher::default();
        hasher.write(id.as_bytes());
        hasher.finish()
    })
}

/// The 48-bit fingerprint of an id (two different ids may share one; their text
/// decides).
pub fn id_fingerprint(id: &str) -> u64 {
    // MurmurHash3's finaliser spreads every bit of the key over all others, so any
    // 48 bits of it are as good as any (a multiplication alone left the bits of hashed
    // ids uneven: a million UUIDs had two sharing a fingerprint).
    let mut k = id_key(id);
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^= k >> 33;
    k >> 16
}

/// Fingerprints are gathered this many at a time before they are placed and packed.
const CHUNK: usize = 1 << 18;
/// The top bits of a fingerprint that index a chunk's counts.
const TOP_BITS: u32 = 16;
/// A chunk smaller than this keeps its fingerprints whole: the counts would cost more.
const PACKED_MIN: usize = 1 << 17;

/// Some fingerprints, ordered by their top 16 bits.
enum Chunk {
    /// Whole, for a few.
    Whole(Vec<u64>),
    /// For many: how many fingerprints have each value of the top 16 bits, and the
    /// low 32 bits of each fingerprint.
    Packed { counts: Vec<u8>, low: Vec<u32> },
}

impl Chunk {
    /// The chunk of `prints` (which it may reorder). Within a top the order does not
    /// matter: `candidates_in` looks at each top's low bits of all chunks together.
    fn new(prints: &mut [u64], packed_min: usize) -> Chunk {
        let whole = |prints: &mut [u64]| {
            sort_keys(prints, 40, 32);
            Chunk::Whole(prints.to_vec())
        };
        if prints.len() < packed_min {
            return whole(prints);
        }
        let mut counts = vec![0u32; 1 << TOP_BITS];
        for &print in prints.iter() {
            counts[(print >> 32) as usize] += 1;
        }
        if counts.iter().any(|&c| c > u32::from(u8::MAX)) {
            // One id hundreds of times over: kept whole.
            return whole(prints);
        }
        // Each fingerprint's low bits go straight to their top's place (a counting
        // sort into the list the chunk keeps): no sort, and no second list.
        let mut next: Vec<u32> = counts
            .iter()
            .scan(0, |at, &count| {
                let start = *at;
                *at += count;
                Some(start)
            })
            .collect();
        let mut low = vec![0u32; prints.len()];
        for &print in prints.iter() {
            let at = &mut next[(print >> 32) as usize];
            low[*at as usize] = print as u32;
            *at += 1;
        }
        Chunk::Packed { counts: counts.into_iter().map(|c| c as u8).collect(), low }
    }

    fn len(&self) -> usize {
        match self {
            Chunk::Whole(prints) => prints.len(),
            Chunk::Packed { low, .. } => low.len(),
        }
    }

    /// Where the fingerprints whose top bits are `top` or more start.
    fn start_of(&self, top: usize) -> usize {
        match self {
            Chunk::Whole(prints) => prints.partition_point(|&p| ((p >> 32) as usize) < top),
            Chunk::Packed { counts, .. } => counts[..top].iter().map(|&c| usize::from(c)).sum(),
        }
    }

    /// Adds the low 32 bits of the fingerprints whose top bits are `top` to `out`;
    /// `at` is where the last call (for `top - 1`) left off (called for every `top`
    /// in order).
    fn low_of(&self, top: usize, at: &mut usize, out: &mut Vec<u32>) {
        match self {
            Chunk::Whole(prints) => {
                while let Some(&print) = prints.get(*at).filter(|&&p| (p >> 32) as usize == top) {
                    out.push(print as u32);
                    *at += 1;
                }
            }
            Chunk::Packed { counts, low } => {
                let end = *at + usize::from(counts[top]);
                out.extend_from_slice(&low[*at..end]);
                *at = end;
            }
        }
    }
}

/// Collects the fingerprints of row ids across the ledger to find duplicates.
pub struct IdSet {
    chunks: Vec<Chunk>,
    current: Vec<u64>,
    /// `CHUNK` and `PACKED_MIN` (smaller in tests).
    chunk: usize,
    packed_min: usize,
}

impl Default for IdSet {
    fn default() -> IdSet {
        IdSet { chunks: Vec::new(), current: Vec::new(), chunk: CHUNK, packed_min: PACKED_MIN }
    }
}

impl IdSet {
    pub(super) fn insert(&mut self, id: &str) {
        if !id.is_empty() {
            self.add(id_fingerprint(id));
        }
    }

    fn add(&mut self, print: u64) {
        if self.current.len() == self.chunk {
            self.pack();
        }
        self.current.push(print);
    }

    /// Makes a chunk of what was gathered, keeping the room to gather the next.
    fn pack(&mut self) {
        self.chunks.push(Chunk::new(&mut self.current, self.packed_min));
        self.current.clear();
    }

    /// Places and packs what this reader collected since the last call (on the
    /// reader's own thread).
    pub(super) fn seal(&mut self) {
        if !self.current.is_empty() {
            self.pack();
        }
        self.current = Vec::new();
    }

    pub(super) fn absorb(&mut self, mut other: IdSet) {
        other.seal();
        self.chunks.extend(other.chunks);
    }

    /// Every fingerprint that occurs more than once: the ids that may be duplicates.
    /// Many fingerprints are looked through in two halves of their range on two
    /// threads (`threads`: how many may be used).
    pub(super) fn candidates(mut self, threads: usize) -> FxHashSet<u64> {
        self.seal();
        let tops = 1usize << TOP_BITS;
        let many = self.chunks.iter().map(Chunk::len).sum::<usize>() >= self.chunk;
        if threads < 2 || !many {
            return self.candidates_in(0..tops);
        }
        let set = &self;
        std::thread::scope(|scope| {
            let later = scope.spawn(move || set.candidates_in(tops / 2..tops));
            let mut out = set.candidates_in(0..tops / 2);
            out.extend(later.join().expect("the thread looking for duplicates does not panic"));
            out
        })
    }

    /// The fingerprints seen twice among those whose top bits are in `tops`.
    fn candidates_in(&self, tops: std::ops::Range<usize>) -> FxHashSet<u64> {
        let mut out = FxHashSet::default();
        let mut at: Vec<usize> = self.chunks.iter().map(|c| c.start_of(tops.start)).collect();
        let mut low = Vec::new();
        // A bit for each value of a fingerprint's lowest 16 bits: a top whose values
        // all set a bit of their own has no fingerprint twice and is not sorted (a
        // top holds about 16 of them at a million ids, 160 at ten million).
        let mut seen = vec![0u64; 1 << 10];
        for top in tops {
            low.clear();
            for (chunk, at) in self.chunks.iter().zip(&mut at) {
                chunk.low_of(top, at, &mut low);
            }
            if low.len() < 2 {
                continue;
            }
            let mut clash = 0;
            for &value in &low {
                let (word, bit) = ((value as usize >> 6) & 1023, value & 63);
                clash |= seen[word] >> bit;
                seen[word] |= 1 << bit;
            }
            for &value in &low {
                seen[(value as usize >> 6) & 1023] = 0;
            }
            if clash & 1 == 0 {
                continue;
            }
            low.sort_unstable();
            let twice = low.windows(2).filter(|pair| pair[0] == pair[1]);
            out.extend(twice.map(|pair| (top as u64) << 32 | u64::from(pair[0])));
        }
        out
    }
}

/// Sorts keys in place by their bytes from the byte at `shift` down to the byte at
/// `lowest` (keys equal in those bytes end in any order; the keys agree in the bytes
/// above `shift`): a radix sort from the most
/// significant byte, with no second list (a million keys would need 8 MB more). A
/// part is sorted by comparison when it is tiny, or small enough for the cache with
/// more than one byte left to sort by.
fn sort_keys(keys: &mut [u64], shift: u32, lowest: u32) {
    if keys.len() <= 32 || (keys.len() <= 2048 && shift > lowest) {
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
    if shift <= lowest {
        return;
    }
    let mut start = 0;
    for end in ends {
        sort_keys(&mut keys[start..end], shift - 8, lowest);
        start = end;
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
            // Fingerprints have 48 bits.
            let mut by_top: Vec<u64> = keys.iter().map(|&k| k & ((1 << 48) - 1)).collect();
            let mut expected_by_top = by_top.clone();
            expected_by_top.sort_unstable();
            sort_keys(&mut keys, 56, 0);
            proptest::prop_assert_eq!(keys, expected);
            // By the top two of six bytes only (as a chunk's fingerprints): the same
            // keys, ordered by those bytes.
            sort_keys(&mut by_top, 40, 32);
            proptest::prop_assert!(by_top.is_sorted_by_key(|&k| k >> 32));
            by_top.sort_unstable();
            proptest::prop_assert_eq!(by_top, expected_by_top);
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
        let candidates = first.candidates(1);
        let expected: FxHashSet<u64> =
            [id_fingerprint("t-7"), id_fingerprint("t-000000000001")].into_iter().collect();
        assert_eq!(candidates, expected);
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(48))]
        /// Whether chunks are kept whole or packed, and however the fingerprints fall
        /// into them and into readers, the candidates are those seen twice.
        #[test]
        fn fingerprints_seen_twice_are_candidates(
            readers in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::prop_oneof![
                        0u64..1 << 48,
                        0u64..40,
                        (0u64..3).prop_map(|t| t << 32 | 5),
                        (0u64..1 << 16).prop_map(|t| t << 32 | 9),
                        // One top, the same lowest 16 bits, different fingerprints.
                        (0u64..4).prop_map(|k| k << 16 | 3),
                        proptest::strategy::Just((1u64 << 48) - 1),
                    ],
                    0..400,
                ),
                1..4,
            ),
            chunk in 1usize..90,
            packed_min in 1usize..60,
            middle in proptest::prop_oneof![0usize..1 << 16, 0usize..8],
        ) {
            let mut counts: rustc_hash::FxHashMap<u64, usize> = Default::default();
            for print in readers.iter().flatten() {
                *counts.entry(*print).or_default() += 1;
            }
            let expected: FxHashSet<u64> =
                counts.into_iter().filter(|&(_, n)| n > 1).map(|(p, _)| p).collect();
            let new = || IdSet { chunk, packed_min, ..IdSet::default() };
            let mut all = new();
            for prints in &readers {
                let mut reader = new();
                for &print in prints {
                    reader.add(print);
                }
                reader.seal();
                all.absorb(reader);
            }
            all.seal();
            // Looked through in two parts of the range, as two threads do.
            let mut halves = all.candidates_in(0..middle);
            halves.extend(all.candidates_in(middle..1 << 16));
            proptest::prop_assert_eq!(&halves, &expected);
            proptest::prop_assert_eq!(all.candidates(2), expected);
        }
    }

    #[test]
    fn one_fingerprint_too_often_for_a_count_keeps_the_chunk_whole() {
        let mut set = IdSet { chunk: 1_000, packed_min: 10, ..IdSet::default() };
        for _ in 0..300 {
            set.add(7 << 32 | 1);
        }
        set.add(8 << 32 | 1);
        set.seal();
        assert!(matches!(set.chunks[0], Chunk::Whole(_)));
        set.add(8 << 32 | 1);
        let expected: FxHashSet<u64> = [7 << 32 | 1, 8 << 32 | 1].into_iter().collect();
        assert_eq!(set.candidates(1), expected);
    }
}
