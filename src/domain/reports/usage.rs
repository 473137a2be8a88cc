//! `report usage`: hours and billable amounts grouped by keys (day, week, month, year,
//! client, person, project, service, kind). The loader hands every row to a
//! [`UsageSink`], which keeps per group only sums (a few bytes per part); the rows
//! are then made from the sums, amounts as invoice lines make them (SPEC 9).

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use rustc_hash::FxHashMap;
use std::collections::hash_map::Entry;

use super::UsageRow;
use crate::domain::bank::{SimOptions, TraceKind};
use crate::domain::client::ClientType;
use crate::domain::date::{
    day_number, from_day_number, month_end, month_label, month_number, push_month_label,
};
use crate::domain::duration::Minutes;
use crate::domain::invoice::LineKind as LineKindOfLine;
use crate::domain::ledger::{Ledger, WorkKind, WorkRow, WorkSink};
use crate::domain::money::Money;
use crate::domain::rates::rate_for;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsageKey {
    Kind,
    Day,
    Month,
    Year,
    Week,
    Client,
    Person,
    Project,
    Service,
}

impl UsageKey {
    pub fn parse(text: &str) -> Option<(UsageKey, &'static str)> {
        Some(match text.trim() {
            "day" => (UsageKey::Day, "day"),
            "kind" => (UsageKey::Kind, "kind"),
            "month" => (UsageKey::Month, "month"),
            "year" => (UsageKey::Year, "year"),
            "week" => (UsageKey::Week, "week"),
            "client" => (UsageKey::Client, "client"),
            "person" => (UsageKey::Person, "person"),
            "project" => (UsageKey::Project, "project"),
            "service" => (UsageKey::Service, "service"),
            _ => return None,
        })
    }
}

/// What one (service or overage, rate) line of a group adds: amounts are rounded to
/// cents once per line, as an invoice line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum LineKey {
    Service(u32),
    /// A retainer's overage, apart from every service.
    Overage,
}

/// Minutes of one part of one group (SPEC 9: amounts are summed over a group's
/// (client, month, service, rate) parts, each its printed hours x rate, as invoice
/// lines are): (group, client, month, line, rate, billed, value).
type LineMinutes = (usize, u32, u32, LineKey, Money, i64, i64);

/// A retainer's work row, kept to attribute the month's overage to rows.
struct RetainerRow {
    client: u32,
    day: i32,
    line: u32,
    charged: i64,
    /// The row's group, `None` when the row is outside the period.
    group: Option<usize>,
}

/// Strings seen in rows, numbered so that per-row work needs no allocation.
struct Interner {
    ids: FxHashMap<String, u32>,
    names: Vec<String>,
}

impl Default for Interner {
    /// An interner that knows the empty text (the most common service and project).
    fn default() -> Interner {
        Interner { ids: FxHashMap::from_iter([(String::new(), 0)]), names: vec![String::new()] }
    }
}

impl Interner {
    fn id(&mut self, text: &str) -> u32 {
        // No hashing for the empty text.
        if text.is_empty() {
            return 0;
        }
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push(text.to_string());
        self.ids.insert(text.to_string(), id);
        id
    }
}

/// The most `--by` keys a report can have (each key once).
pub const MAX_KEYS: usize = 9;

/// A group's key as numbers: months and weeks as counts, client indexes, interned
/// texts. Turned into text once per group, after loading.
type GroupKey = [u32; MAX_KEYS];

/// What `report usage` collects from the rows: the sums of each group per (client,
/// service, row rate), and the retainers' rows to give each month's overage to.
pub struct UsageSink {
    /// The `--by` keys (a copyable array, so a row can read them while it interns).
    keys: [Option<UsageKey>; MAX_KEYS],
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    texts: Interner,
    group_keys: Vec<GroupKey>,
    group_index: FxHashMap<GroupKey, usize>,
    /// The same, packed into 16 bytes when a report has at most four keys (nearly
    /// every one), so that each row hashes and compares two words, not 36 bytes.
    /// Neither knows the groups an `append` added: a group may then have two numbers,
    /// made one by `sort_groups`.
    small_index: FxHashMap<u128, usize>,
    small: bool,
    /// How many of `group_keys` the index knows: a group certainly new (see
    /// `certainly_new`) is made without it, and indexed only when a row next has to
    /// look a group up (in a time log kept by date, with keys of client and time, never:
    /// indexing the 60,000 groups of a reader took 5% of `--by month,client`).
    indexed: usize,
    /// Whether the keys name the client: a row's group is then new when its time is
    /// later than every earlier row of its client's, else than every earlier row's.
    by_client: bool,
    /// The day of the latest row that has a group.
    latest: i32,
    /// Keyed by (group, client, service, row rate, month): 20 bytes, since a report by
    /// month and client has as many entries as groups.
    /// Billable minutes per row, for groups that cut across clients or months (their
    /// parts are about as many as their rows)...
    sums: Vec<Part>,
    /// ...or summed per part at once, when each group lies within one client and one
    /// month (its parts are about as many as the groups): a group's first part here,
    /// by group (a table of 120,000 parts looked up in hash order missed the cache on
    /// nearly every change of part, and gave the parts out in that order)...
    first_parts: Vec<Option<(PartKey, i64)>>,
    /// ...and its others here.
    part_sums: FxHashMap<PartKey, i64>,
    parts_in_groups: bool,
    /// Per group: hours and charged minutes.
    totals: Vec<(i64, i64)>,
    /// The rates rows name; `RowRate(n)` for n > 0 is `rates[n - 1]`.
    rates: Vec<Money>,
    rate_index: FxHashMap<Money, u32>,
    retainer_rows: Vec<RetainerRow>,
    /// `--client`, `--person`, `--project`, `--service`: the rows a report counts.
    only: [Option<String>; 4],
    /// Per client, its last row's group and part, and the day of its latest row: a
    /// client's rows of one month mostly follow each other in a time log kept by
    /// date, so most rows find both here instead of in the tables of every group and
    /// part.
    recent: Vec<Recent>,
}

/// A part's key: group, client, service, row rate and month.
type PartKey = (u32, u32, u32, RowRate, u32);

/// A client's last group, and its last part with the minutes not yet added to
/// the parts' sums.
#[derive(Clone, Copy)]
struct Recent {
    key: GroupKey,
    group: Option<usize>,
    part: Option<(PartKey, i64)>,
    /// The day of the client's latest row that has a group.
    latest: i32,
}

/// No day yet.
const NO_DAY: i32 = i32::MIN;

/// Added to a part's month for cancellations (months count from year 0: far below).
const CANCELLATION_PART: u32 = 1 << 30;

/// The billable minutes of one row in its part: group, client, service, row rate and
/// month.
#[derive(Debug, Clone, Copy)]
struct Part {
    group: u32,
    client: u32,
    service: u32,
    rate: RowRate,
    month: u32,
    minutes: i32,
}

/// A row's own rate, numbered: 0 when the row names none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct RowRate(u32);

impl UsageSink {
    fn row_rate(&mut self, rate: Option<Money>) -> RowRate {
        let Some(rate) = rate else { return RowRate(0) };
        let next = self.rates.len() as u32 + 1;
        let n = *self.rate_index.entry(rate).or_insert(next);
        if n == next {
            self.rates.push(rate);
        }
        RowRate(n)
    }

    /// The group of `key`, found in the index or made (a group certainly new is made
    /// by `new_group`, without it).
    fn group(&mut self, key: GroupKey) -> usize {
        // First the groups made without the index.
        while self.indexed < self.group_keys.len() {
            let (group, known) = (self.indexed, self.group_keys[self.indexed]);
            self.indexed += 1;
            self.index(known, group);
        }
        let next = self.group_keys.len();
        match self.index(key, next) {
            Some(group) => group,
            None => {
                self.indexed += 1;
                self.new_group(key)
            }
        }
    }

    /// The group `key` has in the index; else none, and the index gives it `group`.
    fn index(&mut self, key: GroupKey, group: usize) -> Option<usize> {
        fn claim<K: std::hash::Hash + Eq>(
            index: &mut FxHashMap<K, usize>,
            key: K,
            group: usize,
        ) -> Option<usize> {
            match index.entry(key) {
                Entry::Occupied(known) => Some(*known.get()),
                Entry::Vacant(slot) => {
                    slot.insert(group);
                    None
                }
            }
        }
        if self.small {
            let packed = key[..4].iter().fold(0u128, |p, &k| p << 32 | u128::from(k));
            claim(&mut self.small_index, packed, group)
        } else {
            claim(&mut self.group_index, key, group)
        }
    }

    /// A new group, not in the index (until a row next looks one up).
    fn new_group(&mut self, key: GroupKey) -> usize {
        self.group_keys.push(key);
        self.totals.push((0, 0));
        self.group_keys.len() - 1
    }

    /// Whether a row of `client` dated `date` certainly has a group no earlier row
    /// has: its client has no earlier row with a group (when the keys name the
    /// client; else no row has), or its day, week, month or year (one the keys name)
    /// is later than that of the latest such row (each is later or the same as the
    /// date is).
    fn certainly_new(&self, client: usize, date: NaiveDate) -> bool {
        let latest = if self.by_client { self.recent[client].latest } else { self.latest };
        if latest == NO_DAY {
            return true;
        }
        if day_number(date) <= latest {
            return false;
        }
        let before = from_day_number(latest);
        self.keys.iter().flatten().any(|k| match k {
            UsageKey::Day => true,
            UsageKey::Month => month_number(date) > month_number(before),
            UsageKey::Year => date.year() > before.year(),
            UsageKey::Week => date.iso_week() > before.iso_week(),
            _ => false,
        })
    }

    /// Adds `minutes` to the part `key` of a row of `client`.
    fn add_to_part(&mut self, client: u32, key: PartKey, minutes: i64) {
        let recent = &mut self.recent[client as usize].part;
        match recent {
            Some((last, sum)) if *last == key => *sum += minutes,
            _ => {
                if let Some((last, sum)) = recent.replace((key, minutes)) {
                    self.add_part(last, sum);
                }
            }
        }
    }

    /// Adds `minutes` to the sum of the part `key`.
    fn add_part(&mut self, key: PartKey, minutes: i64) {
        let group = key.0 as usize;
        if group >= self.first_parts.len() {
            self.first_parts.resize(group + 1, None);
        }
        match &mut self.first_parts[group] {
            Some((first, sum)) if *first == key => *sum += minutes,
            slot @ None => *slot = Some((key, minutes)),
            Some(_) => *self.part_sums.entry(key).or_default() += minutes,
        }
    }

    /// Adds the minutes each client's last part holds to the parts' sums.
    fn flush(&mut self) {
        for c in 0..self.recent.len() {
            if let Some((key, sum)) = self.recent[c].part.take() {
                self.add_part(key, sum);
            }
        }
    }

    fn in_period(&self, d: NaiveDate) -> bool {
        self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t)
    }

    /// Retainer rows are kept for the whole months the period touches: a month's
    /// overage goes to its last rows, which may lie after the period.
    fn in_retainer_window(&self, d: NaiveDate) -> bool {
        self.from.is_none_or(|f| d >= f.with_day(1).unwrap_or(f))
            && self.to.is_none_or(|t| d <= month_end(t))
    }
}

impl WorkSink for UsageSink {
    const BANKS: bool = false;

    fn row(&mut self, w: &WorkRow<'_>) {
        let Some(client) = w.client else { return };
        if w.kind == WorkKind::TimeOff {
            return;
        }
        let [client_id, person, project, service] = &self.only;
        let matches = client_id.as_deref().is_none_or(|c| c == w.client_id)
            && person.as_deref().is_none_or(|p| p == w.person)
            && project.as_deref().is_none_or(|p| p == w.project)
            && service.as_deref().is_none_or(|s| s == w.service);
        // A row the filters leave out still uses up its retainer's month.
        let inside = self.in_period(w.date) && matches;
        let retainer = w.client_type == Some(ClientType::Retainer)
            && w.billable
            && self.in_retainer_window(w.date);
        if !inside && !retainer {
            return;
        }
        let group = if inside {
            let c = client as usize;
            if c >= self.recent.len() {
                let none = Recent { key: [0; MAX_KEYS], group: None, part: None, latest: NO_DAY };
                self.recent.resize(c + 1, none);
            }
            // Each word is compared with the client's last key as it is made: read
            // back whole from the stack, the key waited on the words' separate stores
            // (half of what the sink did per row).
            let mut key: GroupKey = [0; MAX_KEYS];
            let mut differ = 0;
            let keys = self.keys;
            for (i, k) in keys.iter().flatten().enumerate() {
                let word = match k {
                    UsageKey::Kind => u32::from(w.kind == WorkKind::Cancellation),
                    UsageKey::Day => day_number(w.date) as u32,
                    UsageKey::Month => month_number(w.date),
                    UsageKey::Year => w.date.year() as u32,
                    UsageKey::Week => {
                        let week = w.date.iso_week();
                        week.year() as u32 * 100 + week.week()
                    }
                    UsageKey::Client => client,
                    UsageKey::Person => self.texts.id(w.person),
                    UsageKey::Project => self.texts.id(w.project),
                    UsageKey::Service => self.texts.id(w.service),
                };
                key[i] = word;
                differ |= word ^ self.recent[c].key[i];
            }
            let group = match self.recent[c].group {
                Some(group) if differ == 0 => group,
                _ => {
                    let group = if self.certainly_new(c, w.date) {
                        self.new_group(key)
                    } else {
                        self.group(key)
                    };
                    self.recent[c].key = key;
                    self.recent[c].group = Some(group);
                    group
                }
            };
            let day = day_number(w.date);
            self.recent[c].latest = self.recent[c].latest.max(day);
            self.latest = self.latest.max(day);
            Some(group)
        } else {
            None
        };
        if retainer {
            self.retainer_rows.push(RetainerRow {
                client,
                day: day_number(w.date),
                line: w.line,
                charged: w.charged.0,
                group,
            });
        }
        let Some(group) = group else { return };
        self.totals[group].0 += w.hours.0;
        self.totals[group].1 += w.charged.0;
        // Only billable minutes have amounts: one entry per part (group, client,
        // service, rate, month) that bills anything.
        if !w.billable || w.charged.0 == 0 {
            return;
        }
        let service = self.texts.id(w.service);
        let rate = self.row_rate(w.rate);
        // A cancellation is billed on a line of its own: its part is apart from work's.
        let month = month_number(w.date)
            + if w.kind == WorkKind::Cancellation { CANCELLATION_PART } else { 0 };
        // 24 bytes a billable row, summed per part once all rows are read: the parts
        // of groups that cut across clients and months are as many as the rows.
        if self.parts_in_groups {
            self.add_to_part(client, (group as u32, client, service, rate, month), w.charged.0);
            return;
        }
        let minutes = i32::try_from(w.charged.0).unwrap_or(i32::MAX);
        self.sums.push(Part { group: group as u32, client, service, rate, month, minutes });
    }

    fn append(&mut self, mut later: Self) {
        self.flush();
        later.flush();
        let texts: Vec<u32> = later.texts.names.iter().map(|name| self.texts.id(name)).collect();
        let keys = self.keys;
        // The later piece's groups are numbered after this one's without being looked
        // up (a group both pieces have is made one when the groups are sorted, by
        // `sort_groups`):
        // looking up 60,000 groups here took 10 ms of one core.
        let base = self.group_keys.len();
        self.group_keys.extend(later.group_keys.iter().map(|key| {
            let mut key = *key;
            for (slot, k) in key.iter_mut().zip(keys.iter().flatten()) {
                if matches!(k, UsageKey::Person | UsageKey::Project | UsageKey::Service) {
                    *slot = texts[*slot as usize];
                }
            }
            key
        }));
        self.totals.extend(later.totals);
        let later_rates = later.rates;
        let later_parts = later.first_parts.into_iter().flatten().chain(later.part_sums);
        for ((group, client, service, rate, month), minutes) in later_parts {
            let rate = self.row_rate(rate.0.checked_sub(1).map(|n| later_rates[n as usize]));
            let key = (base as u32 + group, client, texts[service as usize], rate, month);
            self.add_part(key, minutes);
        }
        for part in later.sums {
            let rate = self.row_rate(part.rate.0.checked_sub(1).map(|n| later_rates[n as usize]));
            self.sums.push(Part {
                group: base as u32 + part.group,
                service: texts[part.service as usize],
                rate,
                ..part
            });
        }
        self.retainer_rows.extend(later.retainer_rows.into_iter().map(|mut r| {
            r.group = r.group.map(|g| base + g);
            r
        }));
    }
}

impl UsageSink {
    /// A sink for the groups of `keys` (in order, each at most once) over the rows
    /// dated `from`..=`to` that `only` (client, person, project, service) keeps.
    pub fn new(
        keys: &[UsageKey],
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        only: [Option<String>; 4],
    ) -> UsageSink {
        let mut key_array = [None; MAX_KEYS];
        for (slot, k) in key_array.iter_mut().zip(keys) {
            *slot = Some(*k);
        }
        UsageSink {
            keys: key_array,
            from,
            to,
            texts: Interner::default(),
            group_keys: Vec::new(),
            group_index: FxHashMap::default(),
            small_index: FxHashMap::default(),
            small: keys.len() <= 4,
            indexed: 0,
            by_client: keys.contains(&UsageKey::Client),
            latest: NO_DAY,
            sums: Vec::new(),
            first_parts: Vec::new(),
            part_sums: FxHashMap::default(),
            parts_in_groups: key_array.contains(&Some(UsageKey::Client))
                && (key_array.contains(&Some(UsageKey::Month))
                    || key_array.contains(&Some(UsageKey::Day))),
            totals: Vec::new(),
            rates: Vec::new(),
            rate_index: FxHashMap::default(),
            retainer_rows: Vec::new(),
            only,
            recent: Vec::new(),
        }
    }
}

/// The rows of `report usage` from what `sink` collected, sorted as their labels
/// sort; retainer overage is counted through `to` (else the ledger's last day).
pub fn usage_rows<'l>(
    ledger: &'l Ledger,
    mut sink: UsageSink,
    keys: &'l [UsageKey],
    to: Option<NaiveDate>,
    today: NaiveDate,
) -> UsageRows<'l> {
    sink.flush();
    let rates = std::mem::take(&mut sink.rates);
    let UsageSink {
        texts,
        group_keys,
        mut sums,
        first_parts,
        part_sums,
        mut retainer_rows,
        mut totals,
        ..
    } = sink;
    // Prices are those billed: pay-as-you-go work of a month and service already
    // invoiced keeps the rate it was billed at (SPEC 9), as the next invoice does.
    let billed_rates = billed_rates(ledger);
    let line = |(group, client, service, row_rate, month): PartKey, billable: i64| {
        let row_rate = row_rate.0.checked_sub(1).map(|n| rates[n as usize]);
        let c = &ledger.clients[client as usize];
        let name = texts.names[service as usize].as_str();
        let billed_rate = (row_rate.is_none() && c.kind == ClientType::Payg)
            .then(|| billed_rates.get(&(client, month_label(month), name)))
            .flatten()
            .and_then(|r| r.iter().find(|r| !rates.contains(r)).or(r.first()).copied());
        let rate = row_rate
            .or(billed_rate)
            .unwrap_or_else(|| rate_for(None, name, Some(c), &ledger.settings));
        let billed = if c.kind == ClientType::Payg { billable } else { 0 };
        (group as usize, client, month, LineKey::Service(service), rate, billed, billable)
    };
    let sort = || sort_groups(ledger, keys, &texts, &group_keys);
    let (order, one, mut lines) = if sums.is_empty() && ledger.threads > 1 {
        // A part a group: the groups are sorted on a second thread while the parts
        // are priced (under each group's own number, made one below).
        std::thread::scope(|scope| {
            let sorting = scope.spawn(sort);
            let parts = first_parts.into_iter().flatten().chain(part_sums);
            let lines: Vec<LineMinutes> = parts.map(|(key, minutes)| line(key, minutes)).collect();
            let (order, one) = sorting.join().expect("sorting groups does not panic");
            (order, one, lines)
        })
    } else {
        let (order, one) = sort();
        // The billable minutes of each group's parts, in the order of their invoice
        // lines (so that the lines need little sorting), a group of several pieces as one.
        for part in &mut sums {
            part.group = one[part.group as usize] as u32;
        }
        sums.sort_unstable_by_key(|p| (p.group, p.client, p.month, p.service, p.rate.0));
        let listed = sums.chunk_by(|a, b| {
            (a.group, a.client, a.service, a.rate, a.month)
                == (b.group, b.client, b.service, b.rate, b.month)
        });
        let parts = listed
            .map(|same| {
                let p = same[0];
                let minutes: i64 = same.iter().map(|p| i64::from(p.minutes)).sum();
                ((p.group, p.client, p.service, p.rate, p.month), minutes)
            })
            .chain(first_parts.into_iter().flatten())
            .chain(part_sums);
        let lines: Vec<LineMinutes> = parts.map(|(key, minutes)| line(key, minutes)).collect();
        (order, one, lines)
    };
    for line in &mut lines {
        line.0 = one[line.0];
    }
    for g in 0..totals.len() {
        if one[g] != g {
            let (hours, charged) = std::mem::take(&mut totals[g]);
            totals[one[g]].0 += hours;
            totals[one[g]].1 += charged;
        }
    }
    for row in &mut retainer_rows {
        row.group = row.group.map(|g| one[g]);
    }
    let through = to.unwrap_or_else(|| ledger.horizon(today));
    attribute_overage(ledger, through, retainer_rows, &mut lines);
    let amounts = line_amounts(lines, group_keys.len());
    UsageRows { ledger, keys, texts, group_keys, totals, amounts, order }
}

/// The groups in the order their labels sort (without building the labels: each
/// client and text by its place in sorted order), each key once, and for each group
/// the number its sums go to: a group several pieces of a time log had (read on two
/// threads, each piece numbering its own) is one row.
fn sort_groups(
    ledger: &Ledger,
    keys: &[UsageKey],
    texts: &Interner,
    group_keys: &[GroupKey],
) -> (Vec<usize>, Vec<usize>) {
    let rank = |names: Vec<&str>| {
        let mut sorted: Vec<u32> = (0..names.len() as u32).collect();
        sorted.sort_unstable_by_key(|&i| names[i as usize]);
        let mut ranks = vec![0u32; names.len()];
        for (place, &i) in sorted.iter().enumerate() {
            ranks[i as usize] = place as u32;
        }
        ranks
    };
    let client_rank = rank(ledger.clients.iter().map(|c| c.id.as_str()).collect());
    let text_rank = rank(texts.names.iter().map(String::as_str).collect());
    // A group's words as they sort: numbers as they are, clients and texts by rank
    // (each rank is one client's or text's, so equal words are equal keys).
    let word = |g: usize, i: usize| -> u32 {
        let n = group_keys[g][i];
        match keys[i] {
            UsageKey::Kind | UsageKey::Day | UsageKey::Month | UsageKey::Year | UsageKey::Week => n,
            UsageKey::Client => client_rank[n as usize],
            UsageKey::Person | UsageKey::Project | UsageKey::Service => text_rank[n as usize],
        }
    };
    order_groups(group_keys.len(), keys.len(), word)
}

/// The `groups` in the order of their `keys` words (`word(group, i)`; equal words,
/// equal keys), each key once (its lowest number), and for each group the number
/// of its key's.
fn order_groups(
    groups: usize,
    keys: usize,
    word: impl Fn(usize, usize) -> u32,
) -> (Vec<usize>, Vec<usize>) {
    let bits = |max: u32| u32::BITS - max.leading_zeros();
    let widths: Vec<u32> =
        (0..keys).map(|i| bits((0..groups).map(|g| word(g, i)).max().unwrap_or(0))).collect();
    let group_bits = bits(groups as u32);
    let width = widths.iter().sum::<u32>() + group_bits;
    if width > u128::BITS {
        return order_groups_by_words(groups, keys, word);
    }
    // Each group's words and number in one integer (in 64 bits for most reports):
    // sorting 120,000 integers took a third of the time of comparing words.
    let packed = (0..groups).map(|g| {
        let key = (0..keys).fold(0u128, |p, i| p << widths[i] | u128::from(word(g, i)));
        key << group_bits | g as u128
    });
    let sorted: Vec<u128> = if width <= u64::BITS {
        let mut small: Vec<u64> = packed.map(|p| p as u64).collect();
        small.sort_unstable();
        small.into_iter().map(u128::from).collect()
    } else {
        let mut large: Vec<u128> = packed.collect();
        large.sort_unstable();
        large
    };
    let mut order: Vec<usize> = Vec::with_capacity(groups);
    let mut one: Vec<usize> = (0..groups).collect();
    let mask = (1u128 << group_bits) - 1;
    for (k, &p) in sorted.iter().enumerate() {
        let g = (p & mask) as usize;
        match order.last() {
            Some(&first) if p >> group_bits == sorted[k - 1] >> group_bits => one[g] = first,
            _ => order.push(g),
        }
    }
    (order, one)
}

/// [`order_groups`] comparing word by word (for keys too wide to pack).
fn order_groups_by_words(
    groups: usize,
    keys: usize,
    word: impl Fn(usize, usize) -> u32,
) -> (Vec<usize>, Vec<usize>) {
    let word = &word;
    let words = |g: usize| (0..keys).map(move |i| word(g, i));
    let mut order: Vec<usize> = (0..groups).collect();
    order.sort_unstable_by(|&a, &b| words(a).cmp(words(b)).then(a.cmp(&b)));
    let mut one: Vec<usize> = (0..groups).collect();
    order.dedup_by(|later, first| {
        let same = words(*later).eq(words(*first));
        if same {
            one[*later] = *first;
        }
        same
    });
    (order, one)
}

/// The rows of `report usage`, in order, each made when it is asked for: a CSV row is
/// written from its labels (`labels`) and sums (`sums`) into a buffer the next row
/// reuses (its 120,000 rows of `--by month,client` were once all made first), and two
/// threads can each make half.
pub struct UsageRows<'l> {
    ledger: &'l Ledger,
    keys: &'l [UsageKey],
    texts: Interner,
    group_keys: Vec<GroupKey>,
    totals: Vec<(i64, i64)>,
    amounts: Vec<(Money, Money)>,
    /// The groups in the rows' order.
    order: Vec<usize>,
}

impl UsageRows<'_> {
    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The row at `k` (in `0..len()`).
    pub fn row(&self, k: usize) -> UsageRow {
        let mut row = self.sums(k);
        row.labels = self
            .labels(k)
            .map(|label| {
                let mut text = String::new();
                label.write(&mut text);
                text
            })
            .collect();
        row
    }

    /// The labels of the row at `k`, made as they are written.
    pub fn labels(&self, k: usize) -> impl Iterator<Item = Label<'_>> {
        let i = self.order[k];
        self.keys.iter().zip(&self.group_keys[i]).map(move |(key, &n)| match key {
            UsageKey::Kind => Label::Text(if n == 1 { "cancellation" } else { "work" }),
            UsageKey::Day => Label::Day(n),
            UsageKey::Month => Label::Month(n),
            UsageKey::Year => Label::Year(n),
            UsageKey::Week => Label::Week(n),
            UsageKey::Client => Label::Text(self.ledger.clients[n as usize].id.as_str()),
            UsageKey::Person | UsageKey::Project | UsageKey::Service => {
                Label::Text(&self.texts.names[n as usize])
            }
        })
    }

    /// The row at `k` without its labels.
    pub fn sums(&self, k: usize) -> UsageRow {
        let i = self.order[k];
        UsageRow {
            labels: Vec::new(),
            hours: Minutes(self.totals[i].0),
            charged: Minutes(self.totals[i].1),
            billable_amount: self.amounts[i].0,
            value: self.amounts[i].1,
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = UsageRow> + '_ {
        (0..self.len()).map(|k| self.row(k))
    }
}

/// A group's label for one key.
#[derive(Debug, Clone, Copy)]
pub enum Label<'a> {
    Text(&'a str),
    /// A day number ([`day_number`]).
    Day(u32),
    /// A month number ([`month_number`]).
    Month(u32),
    Year(u32),
    /// An ISO week: its year x 100 + its number.
    Week(u32),
}

impl Label<'_> {
    /// Adds the label's text to `out`.
    pub fn write(self, out: &mut String) {
        use std::fmt::Write;
        // Writing to a string does not fail.
        let _ = match self {
            Label::Text(text) => {
                out.push_str(text);
                Ok(())
            }
            Label::Day(n) => write!(out, "{}", from_day_number(n as i32)),
            Label::Month(n) => {
                push_month_label(n, out);
                Ok(())
            }
            Label::Year(n) => write!(out, "{n:04}"),
            Label::Week(n) => write!(out, "{:04}-W{:02}", n / 100, n % 100),
        };
    }
}

/// The rates each (client, month, service) of work was billed at, by its invoices.
fn billed_rates(ledger: &Ledger) -> FxHashMap<(u32, String, &str), Vec<Money>> {
    let mut billed_rates: FxHashMap<(u32, String, &str), Vec<Money>> = FxHashMap::default();
    let finder = crate::domain::invoice::InvoiceFinder::new(&ledger.invoices);
    for line in &ledger.invoice_lines {
        let Some(client) = finder
            .find(&line.invoice_id, &line.invoice)
            .and_then(|n| ledger.client_ix(&ledger.invoices[n].client))
        else {
            continue;
        };
        if let (Some(LineKindOfLine::Work), Some(rate)) = (line.line.key.kind, line.line.rate) {
            let key = (client, line.line.key.period.clone(), line.line.key.service.as_str());
            let rates = billed_rates.entry(key).or_default();
            if !rates.contains(&rate) {
                rates.push(rate);
            }
        }
    }
    billed_rates
}

/// Each group's (billable amount, value): each (client, month, line, rate) part of a
/// group is its printed hours x rate, rounded to cents; the parts are summed.
fn line_amounts(mut lines: Vec<LineMinutes>, groups: usize) -> Vec<(Money, Money)> {
    let mut out = vec![(Money::cents(Decimal::ZERO), Money::cents(Decimal::ZERO)); groups];
    // Adds the amounts of one group's equal lines.
    fn add<'a>(out: &mut [(Money, Money)], mut same: impl Iterator<Item = &'a LineMinutes>) {
        let Some(&(group, _, _, _, rate, billed, value)) = same.next() else { return };
        let (billed, value) = same.fold((billed, value), |(b, v), l| (b + l.5, v + l.6));
        let entry = &mut out[group];
        // No minutes add nothing (nor does the bank's work, which bills none).
        if billed != 0 {
            entry.0 = Money(entry.0.0 + Money::line_amount(Minutes(billed), rate).0);
        }
        if value != 0 {
            entry.1 = Money(entry.1.0 + Money::line_amount(Minutes(value), rate).0);
        }
    }
    let same_line =
        |a: &LineMinutes, b: &LineMinutes| (a.0, a.1, a.2, a.3, a.4) == (b.0, b.1, b.2, b.3, b.4);
    // Within a group; rates are compared only where all else is equal.
    let order = |a: &LineMinutes, b: &LineMinutes| {
        (a.1, a.2, a.3).cmp(&(b.1, b.2, b.3)).then_with(|| a.4.0.cmp(&b.4.0))
    };
    if lines.len() > 4 * groups {
        // Many lines a group (a grouping across clients or months, whose parts are
        // summed from rows): they come nearly sorted (the parts were sorted by group),
        // so sorting them costs little.
        lines.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| order(a, b)));
        for same in lines.chunk_by(same_line) {
            add(&mut out, same.iter());
        }
        return out;
    }
    // About a line a group, out of order where a group had two numbers: placed by
    // group (a counting sort), then each group's few lines sorted (sorting all
    // 120,000 lines of `--by month,client` took 6 ms, this 2).
    let mut starts = vec![0usize; groups + 1];
    for line in &lines {
        starts[line.0 + 1] += 1;
    }
    for g in 0..groups {
        starts[g + 1] += starts[g];
    }
    let mut next = starts.clone();
    let mut placed = vec![0u32; lines.len()];
    for (i, line) in lines.iter().enumerate() {
        placed[next[line.0]] = i as u32;
        next[line.0] += 1;
    }
    for group in 0..groups {
        let of_group = &mut placed[starts[group]..starts[group + 1]];
        if let [one] = of_group {
            add(&mut out, std::iter::once(&lines[*one as usize]));
            continue;
        }
        of_group.sort_unstable_by(|&a, &b| order(&lines[a as usize], &lines[b as usize]));
        for same in of_group.chunk_by(|&a, &b| same_line(&lines[a as usize], &lines[b as usize])) {
            add(&mut out, same.iter().map(|&i| &lines[i as usize]));
        }
    }
    out
}

/// Gives each retainer month's overage (booked at the month's end, billed at the
/// client's rate) to the month's last rows, latest first, so that `--by month,client`
/// shows what the invoice of that month bills.
fn attribute_overage(
    ledger: &Ledger,
    through: NaiveDate,
    mut rows: Vec<RetainerRow>,
    lines: &mut Vec<LineMinutes>,
) {
    rows.sort_by_key(|r| (r.client, std::cmp::Reverse((r.day, r.line))));
    for client_rows in rows.chunk_by(|a, b| a.client == b.client) {
        let ix = client_rows[0].client;
        let client = &ledger.clients[ix as usize];
        let outcome = ledger.simulate(
            ix,
            SimOptions {
                as_of: through.succ_opt().unwrap_or(through),
                watch_from: None,
                trace: true,
            },
        );
        // Overage is billed at the overage rate (SPEC 15), else the client's.
        let rate = client
            .overage_rate
            .unwrap_or_else(|| client.rate.unwrap_or(ledger.settings.default_rate));
        let month_of_day = |day: i32| month_number(from_day_number(day));
        for overage in outcome.trace.iter().filter(|e| e.kind == TraceKind::Overage) {
            let month = month_number(overage.date);
            let mut left = overage.minutes.0;
            // The client's rows are latest first, so the month's rows are one run.
            let start = client_rows.partition_point(|r| month_of_day(r.day) > month);
            let of_month = client_rows[start..].iter().take_while(|r| month_of_day(r.day) == month);
            for row in of_month {
                if left == 0 {
                    break;
                }
                let taken = row.charged.min(left);
                left -= taken;
                if let Some(g) = row.group {
                    lines.push((g, ix, month, LineKey::Overage, rate, taken, 0));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    proptest::proptest! {
        /// Each group's amounts are those of its distinct lines, each line's minutes
        /// summed before they are priced, however many lines a group has (the few
        /// a group, placed by group; or many, sorted).
        #[test]
        fn groups_are_priced_line_by_line(
            groups in proptest::prop_oneof![1usize..4, 40usize..60],
            raw in proptest::collection::vec(
                (0usize..60, 0u32..3, 0u32..3, 0u32..3, 0usize..3, 0i64..500, 0i64..500),
                0..120,
            ),
        ) {
            let rates = ["90.00", "33.33", "0.27"].map(|r| Money::parse(r).unwrap());
            let lines: Vec<LineMinutes> = raw
                .iter()
                .map(|&(g, client, month, kind, rate, billed, value)| {
                    let kind = if kind == 2 { LineKey::Overage } else { LineKey::Service(kind) };
                    (g % groups, client, month, kind, rates[rate], billed, value)
                })
                .collect();
            let mut summed: std::collections::BTreeMap<_, (i64, i64)> = Default::default();
            for &(g, client, month, kind, rate, billed, value) in &lines {
                let sums = summed.entry((g, client, month, kind, rate)).or_default();
                sums.0 += billed;
                sums.1 += value;
            }
            let zero = Money::cents(Decimal::ZERO);
            let mut expected = vec![(zero, zero); groups];
            for ((g, _, _, _, rate), (billed, value)) in summed {
                let (b, v) = expected[g];
                expected[g] = (
                    Money(b.0 + Money::line_amount(Minutes(billed), rate).0),
                    Money(v.0 + Money::line_amount(Minutes(value), rate).0),
                );
            }
            proptest::prop_assert_eq!(line_amounts(lines, groups), expected);
        }

        /// Groups come in the order of their words, each key once under its lowest
        /// number, whether packed into 64 or 128 bits or compared word by word.
        #[test]
        fn groups_are_ordered_by_their_words_each_key_once(
            keys in 1usize..6,
            words in proptest::collection::vec(
                proptest::collection::vec(proptest::prop_oneof![0u32..3, proptest::num::u32::ANY], 6),
                0..60,
            ),
        ) {
            let word = |g: usize, i: usize| words[g][i];
            let (order, one) = order_groups(words.len(), keys, word);
            let key = |g: usize| &words[g][..keys];
            let mut expected: Vec<usize> = (0..words.len()).collect();
            expected.sort_by_key(|&g| (key(g), g));
            expected.dedup_by_key(|g| key(*g));
            proptest::prop_assert_eq!(&order, &expected);
            for (g, &n) in one.iter().enumerate() {
                let lowest = (0..words.len()).find(|&h| key(h) == key(g));
                proptest::prop_assert_eq!(Some(n), lowest);
            }
            proptest::prop_assert_eq!((order, one), order_groups_by_words(words.len(), keys, word));
        }

        /// Every row lands in the group of its keys, and no two groups of one reader
        /// have the same key, whether the rows come in date order (groups made without
        /// the index) or not (looked up), by client or not.
        #[test]
        fn a_reader_gives_each_key_one_group_holding_its_rows(
            keys in proptest::sample::subsequence(
                vec![
                    UsageKey::Client,
                    UsageKey::Day,
                    UsageKey::Week,
                    UsageKey::Month,
                    UsageKey::Year,
                    UsageKey::Person,
                    UsageKey::Kind,
                ],
                1..4,
            ).prop_shuffle(),
            mut rows in proptest::collection::vec(
                (0u32..3, 0i64..800, 0usize..2, proptest::bool::ANY, 1i64..600),
                0..200,
            ),
            sorted in proptest::bool::ANY,
        ) {
            if sorted {
                rows.sort_by_key(|r| r.1);
            }
            let start = NaiveDate::from_ymd_opt(2025, 11, 20).unwrap();
            let date = |offset: i64| start + chrono::Duration::days(offset);
            let person = |p: usize| ["alice", "bob"][p];
            let mut sink = UsageSink::new(&keys, None, None, Default::default());
            for (line, &(client, day, p, cancelled, minutes)) in rows.iter().enumerate() {
                let kind = if cancelled { WorkKind::Cancellation } else { WorkKind::Work };
                sink.row(&WorkRow {
                    line: line as u32 + 2,
                    id: "",
                    date: date(day),
                    client: Some(client),
                    client_id: "",
                    client_type: Some(ClientType::Payg),
                    person: person(p),
                    hours: Minutes(minutes),
                    charged: Minutes(minutes),
                    project: "",
                    service: "",
                    billable: false,
                    rate: None,
                    kind,
                    note: "",
                    source: "",
                    notice: "",
                    multiplier: "",
                });
            }
            // The keys as text, computed here from the rows alone.
            let mut expected: std::collections::BTreeMap<Vec<String>, i64> = Default::default();
            for &(client, day, p, cancelled, minutes) in &rows {
                let d = date(day);
                let key = keys.iter().map(|k| match k {
                    UsageKey::Client => format!("client {client}"),
                    UsageKey::Day => d.to_string(),
                    UsageKey::Week => format!("{:?}", d.iso_week()),
                    UsageKey::Month => d.format("%Y-%m").to_string(),
                    UsageKey::Year => d.format("%Y").to_string(),
                    UsageKey::Person => person(p).to_string(),
                    UsageKey::Kind => cancelled.to_string(),
                    _ => unreachable!("not drawn"),
                });
                *expected.entry(key.collect()).or_default() += minutes;
            }
            let mut found: std::collections::BTreeMap<Vec<String>, i64> = Default::default();
            for (key, totals) in sink.group_keys.iter().zip(&sink.totals) {
                let text = keys.iter().zip(key).map(|(k, &n)| match k {
                    UsageKey::Client => format!("client {n}"),
                    UsageKey::Day => from_day_number(n as i32).to_string(),
                    UsageKey::Week => format!("{:?}", NaiveDate::from_isoywd_opt(
                        (n / 100) as i32, n % 100, chrono::Weekday::Mon).unwrap().iso_week()),
                    UsageKey::Month => month_label(n),
                    UsageKey::Year => format!("{n:04}"),
                    UsageKey::Person => sink.texts.names[n as usize].clone(),
                    UsageKey::Kind => (n == 1).to_string(),
                    _ => unreachable!("not drawn"),
                });
                let before = found.insert(text.collect(), totals.0);
                proptest::prop_assert_eq!(before, None, "two groups of one key");
            }
            proptest::prop_assert_eq!(found, expected);
        }
    }
}
