//! An account's work charges in about 5 bytes each: the time log is the largest file
//! by far, so what is kept per row decides how large a ledger fits in memory.
//!
//! Charges are kept in file order as a stream of bytes, each told by how it differs
//! from the one before: one byte holds the days since the previous charge (0 to 14)
//! and the project (0 to 14), and variable-length numbers (7 bits a byte) hold the
//! minutes and the lines since the previous charge (small, in file order). Minutes
//! are told in the largest of 15, 6, 5 and 1 minutes that divides them (charges are
//! mostly rounded), so a charge of up to 7:45 in quarter hours takes one byte. What does
//! not fit the byte (a day earlier or much later, a project beyond the 14th) follows
//! as a number of its own. The stream is cut into blocks that double up to 1 KB and
//! each start afresh, so a list holds at most its last block's unused room (under
//! 1 KB) and a few bytes at the end of each other block, and two lists (the halves of
//! a time log read on two threads) join without copying their charges.

/// An interned project name; `NO_PROJECT` stands for "any work of the client".
pub type ProjectIx = u32;
pub const NO_PROJECT: ProjectIx = 0;

/// A work row's charge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Debit {
    pub day: i32,
    pub minutes: i32,
    pub project: ProjectIx,
    /// The row's line in `timelog.csv`, to name it in messages.
    pub line: u32,
}

/// The bytes of the first block, and of the largest.
const FIRST_BLOCK: usize = 32;
const LARGEST_BLOCK: usize = 1024;
/// The most bytes one charge takes: the first byte and four numbers of 5 bytes (of
/// up to 35 bits).
const MOST: usize = 21;
/// The value of a half of the first byte that says a number follows.
const FOLLOWS: u8 = 15;

/// What a charge is told against: the previous charge of its block (a block starts
/// from day 0 and line 0).
#[derive(Debug, Clone, Copy, Default)]
struct Last {
    day: i32,
    line: u32,
}

/// Work charges in file order (the order they are added in).
#[derive(Debug, Clone, Default)]
pub struct Debits {
    /// The blocks before the last, and the last (kept here, so that adding a charge
    /// reaches its bytes in one step).
    blocks: Vec<Vec<u8>>,
    current: Vec<u8>,
    len: usize,
    /// The bytes in all blocks.
    size: usize,
    /// The last charge, which the next is told against.
    last: Last,
    /// Whether the days ever went down.
    unsorted: bool,
}

impl Debits {
    pub fn new() -> Debits {
        Debits::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether the charges are in day order (as a time log kept by date is).
    pub fn is_sorted_by_day(&self) -> bool {
        !self.unsorted
    }

    pub fn push(&mut self, debit: Debit) {
        self.unsorted |= self.len > 0 && debit.day < self.last.day;
        self.len += 1;
        let mut bytes = [0u8; MOST];
        let mut n = encode(&debit, self.last, &mut bytes);
        if self.current.capacity() - self.current.len() < n {
            let next = Vec::with_capacity(self.size.clamp(FIRST_BLOCK, LARGEST_BLOCK));
            let full = std::mem::replace(&mut self.current, next);
            if !full.is_empty() {
                self.blocks.push(full);
            }
            n = encode(&debit, Last::default(), &mut bytes);
        }
        // Byte by byte: a copy call for four bytes costs more than the bytes.
        for &byte in &bytes[..n] {
            self.current.push(byte);
        }
        self.size += n;
        self.last = Last { day: debit.day, line: debit.line };
    }

    /// Adds the charges of `other` after these, without copying them.
    pub fn append(&mut self, mut other: Debits) {
        let Some(first) = other.iter().next() else { return };
        self.unsorted |= other.unsorted || (self.len > 0 && first.day < self.last.day);
        if !self.current.is_empty() {
            // Its unused room would stay unused: give it back.
            let mut last = std::mem::take(&mut self.current);
            last.shrink_to_fit();
            self.blocks.push(last);
        }
        self.blocks.append(&mut other.blocks);
        self.current = std::mem::take(&mut other.current);
        self.len += other.len;
        self.size += other.size;
        self.last = other.last;
    }

    /// The charges in the order they were added.
    pub fn iter(&self) -> Iter<'_> {
        Iter {
            blocks: self.blocks.iter().chain(std::iter::once(&self.current)),
            bytes: &[],
            last: Last::default(),
        }
    }

    /// Keeps the charges `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&Debit) -> bool) {
        let kept: Debits = self.iter().filter(|d| keep(d)).collect();
        *self = kept;
    }
}

/// Writes `n` 7 bits a byte into `out` at `at`; the new `at`.
#[inline]
fn put(n: impl Into<u64>, out: &mut [u8; MOST], mut at: usize) -> usize {
    let mut n: u64 = n.into();
    while n >= 0x80 {
        out[at] = n as u8 | 0x80;
        n >>= 7;
        at += 1;
    }
    out[at] = n as u8;
    at + 1
}

/// Encodes `debit` after `last` into `out`; the bytes it takes.
fn encode(debit: &Debit, last: Last, out: &mut [u8; MOST]) -> usize {
    let days = debit.day.wrapping_sub(last.day);
    let day_half = if (0..FOLLOWS as i32).contains(&days) { days as u8 } else { FOLLOWS };
    let project_half =
        if debit.project < ProjectIx::from(FOLLOWS) { debit.project as u8 } else { FOLLOWS };
    out[0] = day_half | project_half << 4;
    let mut at = 1;
    if day_half == FOLLOWS {
        at = put(days as u32, out, at);
    }
    if project_half == FOLLOWS {
        at = put(debit.project, out, at);
    }
    at = put(minutes_code(debit.minutes), out, at);
    put(debit.line.wrapping_sub(last.line), out, at)
}

/// The units minutes may be told in, by the code in their two low bits.
const UNITS: [u32; 4] = [1, 5, 6, 15];

/// Minutes as a count of the largest unit that divides them, and the unit's code
/// (a charge below 1 minute, which no row has, as its bits in 1-minute units).
fn minutes_code(minutes: i32) -> u64 {
    let m = minutes as u32;
    let code = if minutes > 0 {
        (1..4).rev().find(|&c| m.is_multiple_of(UNITS[c])).unwrap_or(0)
    } else {
        0
    };
    u64::from(m / UNITS[code]) << 2 | code as u64
}

/// The minutes of a [`minutes_code`].
fn minutes_of(code: u64) -> i32 {
    ((code >> 2) as u32).wrapping_mul(UNITS[(code & 3) as usize]) as i32
}

/// The charges of a [`Debits`], in the order they were added.
#[derive(Clone)]
pub struct Iter<'a> {
    blocks: std::iter::Chain<std::slice::Iter<'a, Vec<u8>>, std::iter::Once<&'a Vec<u8>>>,
    /// What is left of the current block.
    bytes: &'a [u8],
    last: Last,
}

impl Iter<'_> {
    #[inline]
    fn take(&mut self) -> u64 {
        let mut n = 0u64;
        let mut shift = 0;
        loop {
            let byte = self.bytes[0];
            self.bytes = &self.bytes[1..];
            n |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return n;
            }
            shift += 7;
        }
    }
}

impl Iterator for Iter<'_> {
    type Item = Debit;

    #[inline(always)]
    fn next(&mut self) -> Option<Debit> {
        while self.bytes.is_empty() {
            self.bytes = self.blocks.next()?;
            self.last = Last::default();
        }
        let first = self.bytes[0];
        self.bytes = &self.bytes[1..];
        let days = match first & 15 {
            FOLLOWS => self.take() as u32 as i32,
            days => i32::from(days),
        };
        let project = match first >> 4 {
            FOLLOWS => self.take() as ProjectIx,
            project => ProjectIx::from(project),
        };
        let minutes = minutes_of(self.take());
        let line = self.last.line.wrapping_add(self.take() as u32);
        let day = self.last.day.wrapping_add(days);
        self.last = Last { day, line };
        Some(Debit { day, minutes, project, line })
    }
}

impl Extend<Debit> for Debits {
    fn extend<I: IntoIterator<Item = Debit>>(&mut self, iter: I) {
        for debit in iter {
            self.push(debit);
        }
    }
}

impl<'a> Extend<&'a Debit> for Debits {
    fn extend<I: IntoIterator<Item = &'a Debit>>(&mut self, iter: I) {
        self.extend(iter.into_iter().copied());
    }
}

impl FromIterator<Debit> for Debits {
    fn from_iter<I: IntoIterator<Item = Debit>>(iter: I) -> Debits {
        let mut debits = Debits::new();
        debits.extend(iter);
        debits
    }
}

impl From<Vec<Debit>> for Debits {
    fn from(list: Vec<Debit>) -> Debits {
        list.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use proptest::strategy::Strategy;

    use super::*;

    /// 1970-01-01.
    const EPOCH: i32 = 719_163;

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(64))]
        /// Whatever the numbers, the charges come back as they were added.
        #[test]
        fn charges_come_back_as_added(list in proptest::collection::vec(
            (
                proptest::prop_oneof![EPOCH - 400..EPOCH + 70_000, 1..3_000_000i32],
                proptest::prop_oneof![0..2_000i32, 0..100_000i32],
                proptest::prop_oneof![0..20u32, 0..200_000u32],
                proptest::prop_oneof![0..3u32, 0..70_000u32, 0..10u32],
            ),
            0..300,
        )) {
            // Lines mostly go up (file order), sometimes not.
            let mut line = 1u32;
            let debits: Vec<Debit> = list
                .iter()
                .map(|&(day, minutes, project, step)| {
                    line = if step == 1 { line.saturating_sub(5) } else { line + step };
                    Debit { day, minutes, project, line }
                })
                .collect();
            let packed: Debits = debits.clone().into();
            proptest::prop_assert_eq!(packed.iter().collect::<Vec<_>>(), debits.clone());
            proptest::prop_assert_eq!(packed.len(), debits.len());
            proptest::prop_assert_eq!(
                packed.is_sorted_by_day(),
                debits.is_sorted_by_key(|d| d.day)
            );
            let mut kept = packed.clone();
            kept.retain(|d| d.minutes % 2 == 0);
            let expected: Vec<Debit> = debits.iter().copied().filter(|d| d.minutes % 2 == 0).collect();
            proptest::prop_assert_eq!(kept.iter().collect::<Vec<_>>(), expected);
        }

        /// Two halves read apart join into what one reader would have kept.
        #[test]
        fn halves_join_as_one(
            list in proptest::collection::vec(
                (
                    proptest::prop_oneof![EPOCH..EPOCH + 3_000, 1..3_000_000i32],
                    0..2_000i32,
                    proptest::prop_oneof![0..6u32, 65_530..65_540u32],
                    proptest::prop_oneof![1..40u32, 60_000..70_000u32],
                ),
                0..300,
            ),
            split in 0usize..300,
        ) {
            let mut line = 1u32;
            let debits: Vec<Debit> = list
                .iter()
                .map(|&(day, minutes, project, step)| {
                    line += step;
                    Debit { day, minutes, project, line }
                })
                .collect();
            let split = split.min(debits.len());
            let whole = debits.clone();
            let mut first: Debits = debits[..split].to_vec().into();
            let later: Debits = debits[split..].to_vec().into();
            first.append(later);
            proptest::prop_assert_eq!(first.iter().collect::<Vec<_>>(), whole.clone());
            proptest::prop_assert_eq!(first.len(), whole.len());
            proptest::prop_assert_eq!(first.is_sorted_by_day(), whole.is_sorted_by_key(|d| d.day));
            let mut pushed = first.clone();
            pushed.push(Debit { day: EPOCH + 5, minutes: 1, project: 0, line: line + 1 });
            proptest::prop_assert_eq!(pushed.len(), whole.len() + 1);
            proptest::prop_assert_eq!(pushed.iter().last().map(|d| d.line), Some(line + 1));
        }
    }

    #[test]
    fn a_charge_like_the_one_before_in_quarter_hours_takes_three_bytes() {
        let day = EPOCH + 20_000;
        let debits: Debits = vec![
            Debit { day, minutes: 90, project: 3, line: 2 },
            Debit { day: day + 1, minutes: 30, project: 0, line: 9 },
            Debit { day: day + 1, minutes: 300, project: 40, line: 9 + 5_000 },
        ]
        .into();
        let first = 1 + 3 + 1 + 1;
        assert!(debits.blocks.is_empty());
        assert_eq!(debits.current.len(), first + 3 + (1 + 1 + 1 + 2));
        // A day later, project 0; two quarter hours; 7 lines on.
        assert_eq!(&debits.current[first..first + 3], &[1, 2 << 2 | 3, 7]);
    }

    proptest::proptest! {
        #[test]
        fn any_minutes_come_back(minutes in proptest::prop_oneof![
            proptest::num::i32::ANY,
            0..10_000i32,
            (0..700i32).prop_map(|q| q * 15),
        ]) {
            proptest::prop_assert_eq!(minutes_of(minutes_code(minutes)), minutes);
        }
    }

    #[test]
    fn extreme_charges_and_empty_lists_join() {
        let extremes = vec![
            Debit { day: i32::MIN, minutes: i32::MIN, project: u32::MAX, line: u32::MAX },
            Debit { day: i32::MAX, minutes: -1, project: 0, line: 0 },
            Debit { day: 0, minutes: i32::MAX, project: 15, line: 7 },
        ];
        let mut empty = Debits::new();
        empty.append(extremes.clone().into());
        assert_eq!(empty.iter().collect::<Vec<_>>(), extremes);
        assert!(!empty.is_sorted_by_day());
        let mut full: Debits = extremes.clone().into();
        full.append(Debits::new());
        assert_eq!(full.iter().collect::<Vec<_>>(), extremes);
        assert_eq!(full.len(), 3);
    }
}
