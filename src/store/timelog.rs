//! Reading `timelog.csv`: each row validated, turned into a compact debit of its
//! client and handed to the caller's sink; a large file is read in pieces on two
//! threads.

use std::path::Path;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use super::csvio::{CsvFile, Fields, OpenCsv, open_csv, read_csv_parallel};
use super::ids::IdSet;
use super::layout::{TIMELOG, TIMELOG_COLUMNS, TIMELOG_REQUIRED, timelog};
use super::rows::{optional, unknown_client};
use crate::domain::bank::{Debit, NO_PROJECT, ProjectIx};
use crate::domain::check::{Code, Diagnostic};
use crate::domain::client::{CancellationLevel, Client, ClientType, Rounding, charge_of};
use crate::domain::date::{day_number, parse_date_bytes};
use crate::domain::debits::Debits;
use crate::domain::duration::Minutes;
use crate::domain::flex::DayTotals;
use crate::domain::ledger::{Ledger, WorkKind, WorkRow, WorkSink, intern};
use crate::domain::money::Money;

/// Opens the time log of `dir` (see [`open_csv`]; `parallel`: to be read on two threads).
pub(super) fn open_timelog(dir: &Path, parallel: bool) -> OpenCsv {
    let path = dir.join(TIMELOG);
    let file = CsvFile {
        path: &path,
        label: TIMELOG,
        wanted: TIMELOG_COLUMNS,
        required: TIMELOG_REQUIRED,
    };
    open_csv(&file, parallel)
}

/// Reads the time log `file` (of [`open_timelog`]) into the ledger's debits, handing
/// every row to the sinks `make` makes.
pub(super) fn load_timelog<S: WorkSink>(
    ledger: &mut Ledger,
    ids: &mut IdSet,
    make: &(dyn Fn(&[Client]) -> S + Sync),
    file: OpenCsv,
) -> S {
    let mut diagnostics = std::mem::take(&mut ledger.diagnostics);
    let ctx = RowCtx {
        client_index: &ledger.client_index,
        short_ids: ledger
            .client_index
            .iter()
            .filter_map(|(id, &ix)| short_key(id.as_bytes()).map(|k| (k, ix)))
            .collect(),
        client_types: ledger.clients.iter().map(|c| c.kind).collect(),
        levels: ledger
            .clients
            .iter()
            .map(|c| ledger.settings.cancellation_levels(c).to_vec())
            .collect(),
        people: ledger.people.is_some().then_some(&ledger.person_index),
        days: S::BANKS,
        short_people: ledger
            .person_index
            .iter()
            .filter_map(|(id, &ix)| short_key(id.as_bytes()).map(|k| (k, ix)))
            .collect(),
        rounding: ledger.settings.rounding,
        projects: &ledger.project_index,
        base_projects: ledger.projects.len() as ProjectIx,
        new_projects: std::sync::Mutex::default(),
    };
    let clients = ledger.clients.len();
    let (meta, parts) = read_csv_parallel(
        file,
        &mut diagnostics,
        || TimelogPart::new(clients, make(&ledger.clients)),
        |part, line, f| parse_work(&ctx, part, line, f),
        |part| {
            part.ids.seal();
            part.days.flush();
        },
    );
    ledger.diagnostics = diagnostics;
    ledger.files.insert(TIMELOG, meta);
    // The projects the readers met that the ledger did not know, in the numbers they
    // gave them.
    let new_projects = ctx.new_projects.into_inner().unwrap_or_else(|e| e.into_inner()).0;
    let base = ledger.projects.len() as ProjectIx;
    for (k, name) in new_projects.iter().enumerate() {
        let ix = intern(&mut ledger.projects, &mut ledger.project_index, name);
        debug_assert_eq!(ix, base + k as ProjectIx, "the readers' numbers are the ledger's");
    }
    let mut parts = parts.into_iter();
    let first = parts.next().expect("a file is read in one part at least");
    let mut sink = merge_part(ledger, first, ids);
    for later in parts {
        sink.append(merge_part(ledger, later, ids));
    }
    for days in &mut ledger.person_days {
        days.sort_unstable_by_key(|&(day, _)| day);
        // A day may sit in two pieces of the file.
        days.dedup_by(|later, earlier| {
            let same = later.0 == earlier.0;
            if same {
                earlier.1.work += later.1.work;
                earlier.1.time_off += later.1.time_off;
            }
            same
        });
    }
    sink
}

/// Adds what one reader of the time log collected, in file order; returns its sink.
fn merge_part<S: WorkSink>(ledger: &mut Ledger, mut part: TimelogPart<S>, ids: &mut IdSet) -> S {
    for (client, debits) in part.debits.into_iter().enumerate() {
        if debits.is_empty() {
            continue;
        }
        ledger.referenced[client] = true;
        ledger.accounts[client].debits.append(debits);
    }
    if let Some(date) = part.last_date {
        ledger.see_date(date);
    }
    for (service, clients) in part.services_used {
        let known = ledger.services_used.entry(service).or_default();
        for (client, (line, count)) in clients {
            let entry = known.entry(client).or_insert((line, 0));
            entry.1 += count;
        }
    }
    for (person, day, totals) in part.days.done {
        ledger.person_days[person as usize].push((day, totals));
    }
    ledger.diagnostics.append(&mut part.extra);
    ids.absorb(part.ids);
    part.sink
}

/// What the readers of the time log share, read only.
struct RowCtx<'l> {
    client_index: &'l FxHashMap<String, u32>,
    /// The clients whose ids fit in 8 bytes, by those bytes as a number: looked up
    /// without hashing or comparing text.
    short_ids: FxHashMap<u64, u32>,
    client_types: Vec<ClientType>,
    /// Each client's cancellation levels.
    levels: Vec<Vec<CancellationLevel>>,
    /// The people of people.toml by id, when it exists.
    people: Option<&'l FxHashMap<String, u32>>,
    /// Whether minutes per person and day are collected.
    days: bool,
    /// The people whose ids fit in 8 bytes, as `short_ids` for clients.
    short_people: FxHashMap<u64, u32>,
    rounding: Rounding,
    projects: &'l FxHashMap<String, ProjectIx>,
    base_projects: ProjectIx,
    /// Projects not yet known to the ledger, numbered from `base_projects` in the order
    /// either reader met them (a reader asks once per project).
    new_projects: std::sync::Mutex<(Vec<String>, FxHashMap<String, ProjectIx>)>,
}

/// An id of at most 8 bytes as a number (ids hold no NUL, so none is another's
/// padding).
#[inline]
fn short_key(id: &[u8]) -> Option<u64> {
    let n = id.len();
    match n {
        // Two overlapping 4-byte loads, not a copy into a buffer (whose read-back
        // waited on the copy's stores: a few percent of the reader's time).
        4..=8 => {
            let head = u64::from(u32::from_le_bytes(id[..4].try_into().expect("4 bytes")));
            let tail = u64::from(u32::from_le_bytes(id[n - 4..].try_into().expect("4 bytes")));
            Some(head | tail << (8 * (n - 4)))
        }
        1..=3 => Some(id.iter().rev().fold(0, |key, &b| key << 8 | u64::from(b))),
        _ => None,
    }
}

impl RowCtx<'_> {
    fn client(&self, id: &str) -> Option<&u32> {
        match short_key(id.as_bytes()) {
            Some(key) => self.short_ids.get(&key),
            None => self.client_index.get(id),
        }
    }
}

/// What one reader of the time log collects.
struct TimelogPart<S> {
    /// Debits per client, in file order.
    debits: Vec<Debits>,
    ids: IdSet,
    extra: Vec<Diagnostic>,
    /// The numbers `RowCtx::new_projects` gave the projects this reader met.
    new_index: FxHashMap<String, ProjectIx>,
    last_date: Option<NaiveDate>,
    /// Minutes per person (people.toml's order) and day.
    days: PersonDays,
    /// Billable rows naming a service without a rate of their own, per service and
    /// client: the first line and the count.
    services_used: FxHashMap<String, FxHashMap<u32, (u32, u32)>>,
    /// The last date text parsed (a time log is mostly in date order).
    date_cache: Option<([u8; 10], NaiveDate)>,
    sink: S,
}

impl<S> TimelogPart<S> {
    fn new(clients: usize, sink: S) -> TimelogPart<S> {
        TimelogPart {
            debits: vec![Debits::new(); clients],
            ids: IdSet::default(),
            extra: Vec::new(),
            new_index: FxHashMap::default(),
            last_date: None,
            days: PersonDays::default(),
            services_used: FxHashMap::default(),
            date_cache: None,
            sink,
        }
    }

    fn date(&mut self, raw: &[u8]) -> Option<NaiveDate> {
        if let Some((text, date)) = &self.date_cache
            && text.as_slice() == raw
        {
            return Some(*date);
        }
        let date = parse_date_bytes(raw)?;
        let mut text = [0u8; 10];
        text.copy_from_slice(raw);
        self.date_cache = Some((text, date));
        Some(date)
    }

    fn project(&mut self, ctx: &RowCtx<'_>, name: &str) -> ProjectIx {
        if name.is_empty() {
            return NO_PROJECT;
        }
        if let Some(&ix) = ctx.projects.get(name).or_else(|| self.new_index.get(name)) {
            return ix;
        }
        let mut shared = ctx.new_projects.lock().unwrap_or_else(|e| e.into_inner());
        let (names, index) = &mut *shared;
        let ix = *index.entry(name.to_string()).or_insert_with(|| {
            names.push(name.to_string());
            ctx.base_projects + names.len() as ProjectIx - 1
        });
        drop(shared);
        self.new_index.insert(name.to_string(), ix);
        ix
    }
}

/// Minutes per person and day, collected a day at a time: a time log is mostly in
/// date order, so the rows of one day add into a slot per person, and each person's
/// day becomes one entry when the date changes (a day seen again later, in an
/// unsorted file, is one more entry, merged after loading).
#[derive(Default)]
struct PersonDays {
    day: i32,
    /// Per person: the current day's totals, and whether a row of theirs was seen.
    slots: Vec<(DayTotals, bool)>,
    touched: Vec<u32>,
    done: Vec<(u32, i32, DayTotals)>,
}

impl PersonDays {
    fn add(&mut self, person: u32, day: i32, kind: WorkKind, minutes: i64) {
        if day != self.day {
            self.flush();
            self.day = day;
        }
        let p = person as usize;
        if p >= self.slots.len() {
            self.slots.resize(p + 1, (DayTotals::default(), false));
        }
        let slot = &mut self.slots[p];
        if !slot.1 {
            slot.1 = true;
            self.touched.push(person);
        }
        match kind {
            WorkKind::Work => slot.0.work += minutes,
            WorkKind::TimeOff => slot.0.time_off += minutes,
            // A cancelled booking is no time worked.
            WorkKind::Cancellation => {}
        }
    }

    fn flush(&mut self) {
        for person in self.touched.drain(..) {
            let slot = std::mem::take(&mut self.slots[person as usize]);
            self.done.push((person, self.day, slot.0));
        }
    }
}

/// Validates one time-log row, records its debit and hands it to the sink (when the
/// sink wants rows); a row of an unknown client is skipped with a diagnostic.
fn parse_work<S: WorkSink>(
    ctx: &RowCtx<'_>,
    part: &mut TimelogPart<S>,
    line: u32,
    f: &Fields<'_>,
) -> Result<(), String> {
    let id = f.text(timelog::ID);
    let date = part.date(f.raw(timelog::DATE)).ok_or_else(|| {
        format!("date \"{}\": use YYYY-MM-DD, like 2026-03-01", f.text(timelog::DATE))
    })?;
    let client_id = f.text(timelog::CLIENT);
    let person = f.text(timelog::PERSON);
    let hours = Minutes::parse_unsigned(f.text(timelog::HOURS)).map_err(|e| e.to_string())?;
    let billable = match f.raw(timelog::BILLABLE) {
        b"" | b"yes" => true,
        b"no" => false,
        _ => return Err(format!("billable \"{}\": use yes or no", f.text(timelog::BILLABLE))),
    };
    let kind = match f.raw(timelog::KIND) {
        b"" | b"work" => WorkKind::Work,
        b"time-off" => WorkKind::TimeOff,
        b"cancellation" => WorkKind::Cancellation,
        _ => {
            return Err(format!(
                "kind \"{}\": use work, time-off or cancellation",
                f.text(timelog::KIND)
            ));
        }
    };
    // What the row gives is read only where it counts (the rule: `charge_of`).
    let counts = billable && kind != WorkKind::TimeOff;
    let given = match f.text(timelog::CHARGED) {
        text if counts && !text.is_empty() => {
            Some(Minutes::parse_unsigned(text).map_err(|e| format!("charged: {e}"))?)
        }
        _ => None,
    };
    let cancelled = if counts && given.is_none() && kind == WorkKind::Cancellation {
        let notice = optional(f.text(timelog::NOTICE), |t| {
            Minutes::parse_unsigned(t).map_err(|e| format!("notice: {e}"))
        })?
        .unwrap_or(Minutes::ZERO);
        let client = ctx.client_index.get(f.text(timelog::CLIENT)).copied();
        Some((client.map_or(&[][..], |c| ctx.levels[c as usize].as_slice()), notice))
    } else {
        None
    };
    // The factor the row was written with (SPEC 15), read only where it counts: work
    // whose charge the row does not give.
    let multiplier = if counts && given.is_none() && kind == WorkKind::Work {
        match f.text(timelog::MULTIPLIER) {
            "" => rust_decimal::Decimal::ONE,
            text => crate::domain::rates::parse_multiplier(text)
                .map_err(|e| format!("multiplier: {e}"))?,
        }
    } else {
        rust_decimal::Decimal::ONE
    };
    let time_off = kind == WorkKind::TimeOff;
    let charged = charge_of(hours, billable, time_off, given, cancelled, ctx.rounding, multiplier);
    let rate = optional(f.text(timelog::RATE), |t| {
        Money::parse_unsigned(t).map_err(|e| format!("rate: {e}"))
    })?;
    let project = f.text(timelog::PROJECT);
    part.ids.insert(id);
    if let Some(people) = ctx.people
        && !person.is_empty()
    {
        let found = match short_key(person.as_bytes()) {
            Some(key) => ctx.short_people.get(&key),
            None => people.get(person),
        };
        match found {
            Some(&p) => {
                if ctx.days {
                    part.days.add(p, day_number(date), kind, hours.0);
                }
            }
            None => part.extra.push(Diagnostic::error(
                TIMELOG,
                Some(line),
                Code::UnknownPerson,
                format!("unknown person \"{person}\" (not in people.toml)"),
            )),
        }
    }
    let client = if client_id.is_empty() && kind == WorkKind::TimeOff {
        if person.is_empty() {
            return Err("a time-off row needs a person".into());
        }
        None
    } else {
        match ctx.client(client_id) {
            Some(&c) => Some(c),
            None => {
                part.extra.push(unknown_client(TIMELOG, line, client_id));
                return Ok(());
            }
        }
    };
    if part.last_date.is_none_or(|d| d < date) {
        part.last_date = Some(date);
    }
    let service = f.text(timelog::SERVICE);
    if let Some(c) = client
        && !service.is_empty()
        && rate.is_none()
        && billable
    {
        let clients = match part.services_used.get_mut(service) {
            Some(clients) => clients,
            None => part.services_used.entry(service.to_string()).or_default(),
        };
        clients.entry(c).or_insert((line, 0)).1 += 1;
    }
    if let Some(c) = client {
        let project = part.project(ctx, project);
        part.debits[c as usize].push(Debit {
            day: day_number(date),
            minutes: charged.0 as i32,
            project,
            line,
        });
    }
    if !S::WANTS_ROWS {
        return Ok(());
    }
    // Handed over here rather than returned: the row is large, and moving it out
    // cost `report usage` about 5% of its time.
    part.sink.row(&WorkRow {
        line,
        id,
        date,
        client,
        client_id,
        client_type: client.map(|c| ctx.client_types[c as usize]),
        person,
        hours,
        charged,
        project,
        service,
        billable,
        rate,
        kind,
        note: f.text(timelog::NOTE),
        source: f.text(timelog::SOURCE),
        notice: f.text(timelog::NOTICE),
        multiplier: f.text(timelog::MULTIPLIER),
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::short_key;

    proptest::proptest! {
        /// The key of an id of up to 8 bytes is its bytes, little-endian, zero-padded.
        #[test]
        fn short_keys_are_the_padded_bytes(id in proptest::collection::vec(1u8.., 0..12)) {
            let padded = (1..=8).contains(&id.len()).then(|| {
                let mut bytes = [0u8; 8];
                bytes[..id.len()].copy_from_slice(&id);
                u64::from_le_bytes(bytes)
            });
            proptest::prop_assert_eq!(short_key(&id), padded);
        }
    }
}
