//! Loading the ledger directory into domain values in one pass per file: TOML into
//! clients and settings, purchases and adjustments into memory (they are lots), the
//! time log streamed into compact debits (a few bytes a row) and, on request, handed
//! row by row to the caller. Every problem becomes a diagnostic with `file:line`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rustc_hash::{FxHashMap, FxHashSet};

use super::csvio::{FileMeta, read_csv};
use super::layout::*;
use super::tomlread::{Src, read_clients, read_people, read_settings};
use crate::domain::bank::{
    Account, AdjustEvent, AdjustOp, Credit, Debit, LotSource, NO_PROJECT, ProjectIx, RetainerPlan,
    SimOptions, simulate,
};
use crate::domain::check::{Code, Diagnostic};
use crate::domain::client::{Client, ClientType, Settings};
use crate::domain::date::{day_number, parse_date, parse_date_bytes};
use crate::domain::duration::Minutes;
use crate::domain::id::pack_row_id;
use crate::domain::money::Money;
use crate::error::Error;

/// A purchase row: one lot.
#[derive(Debug, Clone)]
pub struct Purchase {
    pub id: String,
    pub line: u32,
    pub date: NaiveDate,
    pub client: u32,
    pub minutes: Minutes,
    pub price: Option<Money>,
    pub expires: Option<NaiveDate>,
    pub project: String,
    pub note: String,
    pub by: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdjustKind {
    Delta,
    Set,
    Assert,
}

impl AdjustKind {
    pub fn parse(text: &str) -> Option<AdjustKind> {
        match text {
            "delta" | "" => Some(AdjustKind::Delta),
            "set" => Some(AdjustKind::Set),
            "assert" => Some(AdjustKind::Assert),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            AdjustKind::Delta => "delta",
            AdjustKind::Set => "set",
            AdjustKind::Assert => "assert",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Adjustment {
    pub id: String,
    pub line: u32,
    pub date: NaiveDate,
    pub holder: String,
    /// The client this adjusts, when the holder is a client.
    pub client: Option<u32>,
    pub bank: String,
    pub kind: AdjustKind,
    pub minutes: Minutes,
    pub expires: Option<NaiveDate>,
    pub reason: String,
    pub by: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkKind {
    Work,
    TimeOff,
}

/// One time-log row, borrowed from the reader's buffer while it is streamed.
#[derive(Debug, Clone)]
pub struct WorkRow<'a> {
    pub line: u32,
    pub id: &'a str,
    pub date: NaiveDate,
    pub client: Option<u32>,
    /// The client column as written.
    pub client_id: &'a str,
    pub person: &'a str,
    pub hours: Minutes,
    pub charged: Minutes,
    pub project: &'a str,
    pub service: &'a str,
    pub billable: bool,
    pub rate: Option<Money>,
    pub kind: WorkKind,
    pub note: &'a str,
}

/// The whole ledger as the engine needs it.
#[derive(Debug)]
pub struct Ledger {
    pub dir: PathBuf,
    pub settings: Settings,
    pub clients: Vec<Client>,
    pub client_lines: Vec<Option<u32>>,
    client_index: FxHashMap<String, u32>,
    pub projects: Vec<String>,
    project_index: FxHashMap<String, ProjectIx>,
    pub people: Option<Vec<String>>,
    pub purchases: Vec<Purchase>,
    pub adjustments: Vec<Adjustment>,
    pub accounts: Vec<Account>,
    /// Whether any client row refers to a client (purchases, time, adjustments).
    pub referenced: Vec<bool>,
    pub diagnostics: Vec<Diagnostic>,
    pub files: BTreeMap<&'static str, FileMeta>,
    /// The latest date of any row.
    pub last_date: Option<NaiveDate>,
}

fn read_text(dir: &Path, name: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
    match std::fs::read_to_string(dir.join(name)) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            diagnostics.push(Diagnostic::error(name, None, Code::Io, e.to_string()));
            None
        }
    }
}

/// Tracks row ids across the ledger to report duplicates. Ids in the tool's own form
/// are packed into 8 bytes; others (written by hand) are kept as text.
#[derive(Default)]
struct IdSet {
    packed: FxHashSet<u64>,
    other: FxHashSet<Box<str>>,
    duplicates: Vec<(String, &'static str, u32)>,
}

impl IdSet {
    fn insert(&mut self, id: &str, file: &'static str, line: u32) {
        if id.is_empty() {
            return;
        }
        let fresh = match pack_row_id(id.as_bytes()) {
            Some(packed) => self.packed.insert(packed),
            None => self.other.insert(id.into()),
        };
        if !fresh {
            self.duplicates.push((id.to_string(), file, line));
        }
    }
}

impl Ledger {
    /// Loads the ledger, streaming every time-log row to `on_work`.
    pub fn load_with(dir: &Path, on_work: &mut dyn FnMut(&WorkRow<'_>)) -> Result<Ledger, Error> {
        let mut diagnostics = Vec::new();
        let settings_text = std::fs::read_to_string(dir.join(SETTINGS))
            .map_err(|e| Error::io(dir.join(SETTINGS), e))?;
        let settings = read_settings(
            &Src {
                file: SETTINGS,
                raw: &settings_text,
            },
            &mut diagnostics,
        );
        let clients_text = read_text(dir, CLIENTS, &mut diagnostics).unwrap_or_default();
        let read = read_clients(
            &Src {
                file: CLIENTS,
                raw: &clients_text,
            },
            &mut diagnostics,
        );
        let people = read_text(dir, PEOPLE, &mut diagnostics).map(|text| {
            read_people(
                &Src {
                    file: PEOPLE,
                    raw: &text,
                },
                &mut diagnostics,
            )
        });
        let (clients, client_lines): (Vec<Client>, Vec<Option<u32>>) = read.into_iter().unzip();
        let client_index = clients
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.to_string(), i as u32))
            .collect();
        let mut ledger = Ledger {
            dir: dir.to_path_buf(),
            accounts: vec![Account::default(); clients.len()],
            referenced: vec![false; clients.len()],
            settings,
            clients,
            client_lines,
            client_index,
            projects: vec![String::new()],
            project_index: FxHashMap::default(),
            people,
            purchases: Vec::new(),
            adjustments: Vec::new(),
            diagnostics,
            files: BTreeMap::new(),
            last_date: None,
        };
        ledger.check_payers();
        let mut ids = IdSet::default();
        ledger.load_purchases(&mut ids);
        ledger.load_adjustments(&mut ids);
        ledger.load_timelog(&mut ids, on_work);
        ledger.report_duplicates(ids);
        ledger.build_accounts();
        Ok(ledger)
    }

    pub fn load(dir: &Path) -> Result<Ledger, Error> {
        Ledger::load_with(dir, &mut |_| {})
    }

    pub fn client_ix(&self, id: &str) -> Option<u32> {
        self.client_index.get(id).copied()
    }

    pub fn project_ix(&self, name: &str) -> ProjectIx {
        if name.is_empty() {
            return NO_PROJECT;
        }
        self.project_index
            .get(name)
            .copied()
            .unwrap_or(ProjectIx::MAX)
    }

    fn intern_project(&mut self, name: &str) -> ProjectIx {
        intern(&mut self.projects, &mut self.project_index, name)
    }

    fn see_date(&mut self, date: NaiveDate) {
        if self.last_date.is_none_or(|d| d < date) {
            self.last_date = Some(date);
        }
    }

    fn known_person(&self, person: &str) -> bool {
        self.people
            .as_ref()
            .is_none_or(|people| person.is_empty() || people.iter().any(|p| p == person))
    }

    fn unknown_client(&self, file: &str, line: u32, id: &str) -> Diagnostic {
        Diagnostic::error(
            file,
            Some(line),
            Code::UnknownClient,
            format!("unknown client \"{id}\" (add it with `hourbank client add {id}`)"),
        )
    }

    fn check_payers(&mut self) {
        for (i, client) in self.clients.iter().enumerate() {
            if let Some(payer) = &client.payer
                && !self.client_index.contains_key(payer.as_str())
            {
                let line = self.client_lines[i];
                self.diagnostics.push(Diagnostic::error(
                    CLIENTS,
                    line,
                    Code::UnknownClient,
                    format!("clients.{}.payer: unknown client \"{payer}\"", client.id),
                ));
            }
        }
    }

    fn load_purchases(&mut self, ids: &mut IdSet) {
        let path = self.dir.join(PURCHASES);
        let mut diagnostics = std::mem::take(&mut self.diagnostics);
        let mut extra = Vec::new();
        let meta = read_csv(
            &path,
            PURCHASES,
            PURCHASE_COLUMNS,
            PURCHASE_REQUIRED,
            &mut diagnostics,
            |line, f| {
                let id = f.get(0)?;
                let date = parse_date(f.get(1)?).map_err(|e| e.to_string())?;
                let client_id = f.get(2)?;
                let minutes = Minutes::parse_unsigned(f.get(3)?).map_err(|e| e.to_string())?;
                if minutes.0 == 0 {
                    return Err("hours: a purchase must buy more than 0:00".into());
                }
                let price = optional(f.get(4)?, |t| {
                    Money::parse_unsigned(t).map_err(|e| e.to_string())
                })?;
                let expires = optional(f.get(5)?, |t| {
                    parse_date(t).map_err(|e| format!("expires: {e}"))
                })?;
                ids.insert(id, PURCHASES, line);
                let Some(client) = self.client_ix(client_id) else {
                    extra.push(self.unknown_client(PURCHASES, line, client_id));
                    return Ok(());
                };
                if let Some(exp) = expires
                    && exp < date
                {
                    extra.push(Diagnostic::error(
                        PURCHASES,
                        Some(line),
                        Code::ExpiresBeforeBought,
                        format!("the lot expires ({exp}) before it is bought ({date})"),
                    ));
                }
                self.see_date(date);
                self.referenced[client as usize] = true;
                self.purchases.push(Purchase {
                    id: id.to_string(),
                    line,
                    date,
                    client,
                    minutes,
                    price,
                    expires,
                    project: f.get(6)?.to_string(),
                    note: f.get(7)?.to_string(),
                    by: f.get(8)?.to_string(),
                });
                Ok(())
            },
        );
        diagnostics.append(&mut extra);
        self.diagnostics = diagnostics;
        self.files.insert(PURCHASES, meta);
    }

    fn load_adjustments(&mut self, ids: &mut IdSet) {
        let path = self.dir.join(ADJUSTMENTS);
        let mut diagnostics = std::mem::take(&mut self.diagnostics);
        let mut extra = Vec::new();
        let meta = read_csv(
            &path,
            ADJUSTMENTS,
            ADJUSTMENT_COLUMNS,
            ADJUSTMENT_REQUIRED,
            &mut diagnostics,
            |line, f| {
                let id = f.get(0)?;
                let date = parse_date(f.get(1)?).map_err(|e| e.to_string())?;
                let holder = f.get(2)?;
                let bank = f.get(3)?;
                let kind_text = f.get(4)?;
                let kind = AdjustKind::parse(kind_text)
                    .ok_or_else(|| format!("kind \"{kind_text}\": use delta, set or assert"))?;
                let minutes = Minutes::parse(f.get(5)?).map_err(|e| e.to_string())?;
                let expires = optional(f.get(6)?, |t| {
                    parse_date(t).map_err(|e| format!("expires: {e}"))
                })?;
                ids.insert(id, ADJUSTMENTS, line);
                let client = if bank.is_empty() {
                    let client = self.client_ix(holder);
                    if client.is_none() {
                        extra.push(self.unknown_client(ADJUSTMENTS, line, holder));
                    }
                    client
                } else {
                    if !self
                        .people
                        .as_ref()
                        .is_some_and(|p| p.iter().any(|p| p == holder))
                    {
                        extra.push(Diagnostic::error(
                        ADJUSTMENTS,
                        Some(line),
                        Code::UnknownPerson,
                        format!("unknown person \"{holder}\" (bank \"{bank}\" needs [people.{holder}] in people.toml)"),
                    ));
                    }
                    None
                };
                if let Some(c) = client {
                    self.referenced[c as usize] = true;
                }
                self.see_date(date);
                self.adjustments.push(Adjustment {
                    id: id.to_string(),
                    line,
                    date,
                    holder: holder.to_string(),
                    client,
                    bank: bank.to_string(),
                    kind,
                    minutes,
                    expires,
                    reason: f.get(7)?.to_string(),
                    by: f.get(8)?.to_string(),
                });
                Ok(())
            },
        );
        diagnostics.append(&mut extra);
        self.diagnostics = diagnostics;
        self.files.insert(ADJUSTMENTS, meta);
    }

    fn load_timelog(&mut self, ids: &mut IdSet, on_work: &mut dyn FnMut(&WorkRow<'_>)) {
        let path = self.dir.join(TIMELOG);
        let mut diagnostics = std::mem::take(&mut self.diagnostics);
        let mut extra = Vec::new();
        let rounding = self.settings.rounding;
        let meta = read_csv(
            &path,
            TIMELOG,
            TIMELOG_COLUMNS,
            TIMELOG_REQUIRED,
            &mut diagnostics,
            |line, f| {
                let id = f.get(0)?;
                let date = parse_date_bytes(f.raw(1)).ok_or_else(|| {
                    format!(
                        "date \"{}\": use YYYY-MM-DD, like 2026-03-01",
                        String::from_utf8_lossy(f.raw(1))
                    )
                })?;
                let client_id = f.get(2)?;
                let person = f.get(3)?;
                let hours = Minutes::parse_unsigned(f.get(4)?).map_err(|e| e.to_string())?;
                let billable = match f.raw(8) {
                    b"" | b"yes" => true,
                    b"no" => false,
                    other => {
                        return Err(format!(
                            "billable \"{}\": use yes or no",
                            String::from_utf8_lossy(other)
                        ));
                    }
                };
                let kind = match f.raw(10) {
                    b"" | b"work" => WorkKind::Work,
                    b"time-off" => WorkKind::TimeOff,
                    other => {
                        return Err(format!(
                            "kind \"{}\": use work or time-off",
                            String::from_utf8_lossy(other)
                        ));
                    }
                };
                let charged_text = f.get(5)?;
                let charged = if !billable || kind == WorkKind::TimeOff {
                    Minutes::ZERO
                } else if charged_text.is_empty() {
                    rounding.charge(hours)
                } else {
                    Minutes::parse_unsigned(charged_text).map_err(|e| format!("charged: {e}"))?
                };
                let rate = optional(f.get(9)?, |t| {
                    Money::parse_unsigned(t).map_err(|e| format!("rate: {e}"))
                })?;
                let project = f.get(6)?;
                ids.insert(id, TIMELOG, line);
                if !self.known_person(person) {
                    extra.push(Diagnostic::error(
                        TIMELOG,
                        Some(line),
                        Code::UnknownPerson,
                        format!("unknown person \"{person}\" (not in people.toml)"),
                    ));
                }
                let client = if client_id.is_empty() && kind == WorkKind::TimeOff {
                    if person.is_empty() {
                        return Err("a time-off row needs a person".into());
                    }
                    None
                } else {
                    match self.client_ix(client_id) {
                        Some(c) => Some(c),
                        None => {
                            extra.push(self.unknown_client(TIMELOG, line, client_id));
                            return Ok(());
                        }
                    }
                };
                self.see_date(date);
                if let Some(c) = client {
                    self.referenced[c as usize] = true;
                    let project_ix = self.intern_project(project);
                    self.accounts[c as usize].debits.push(Debit {
                        day: day_number(date),
                        minutes: charged.0 as i32,
                        project: project_ix,
                        line,
                    });
                }
                on_work(&WorkRow {
                    line,
                    id,
                    date,
                    client,
                    client_id,
                    person,
                    hours,
                    charged,
                    project,
                    service: f.get(7)?,
                    billable,
                    rate,
                    kind,
                    note: f.get(11)?,
                });
                Ok(())
            },
        );
        diagnostics.append(&mut extra);
        self.diagnostics = diagnostics;
        self.files.insert(TIMELOG, meta);
    }

    /// Names both places of every duplicate id (a second, id-only pass that runs
    /// only when there are duplicates).
    fn report_duplicates(&mut self, ids: IdSet) {
        if ids.duplicates.is_empty() {
            return;
        }
        let wanted: FxHashSet<&str> = ids
            .duplicates
            .iter()
            .map(|(id, _, _)| id.as_str())
            .collect();
        let mut first: FxHashMap<String, (&'static str, u32)> = FxHashMap::default();
        for file in [PURCHASES, ADJUSTMENTS, TIMELOG] {
            let mut ignored = Vec::new();
            read_csv(
                &self.dir.join(file),
                file,
                &["id"],
                &[],
                &mut ignored,
                |line, f| {
                    let id = f.get(0)?;
                    if wanted.contains(id) && !first.contains_key(id) {
                        first.insert(id.to_string(), (file, line));
                    }
                    Ok(())
                },
            );
        }
        for (id, file, line) in ids.duplicates {
            let earlier = first
                .get(&id)
                .map(|(f, l)| format!(" (first used at {f}:{l})"))
                .unwrap_or_default();
            self.diagnostics.push(Diagnostic::error(
                file,
                Some(line),
                Code::DuplicateId,
                format!("duplicate id \"{id}\"{earlier}; give one of the rows a new id"),
            ));
        }
    }

    fn build_accounts(&mut self) {
        for (i, p) in self.purchases.iter().enumerate() {
            let project = intern(&mut self.projects, &mut self.project_index, &p.project);
            self.accounts[p.client as usize].credits.push(Credit {
                date: p.date,
                minutes: p.minutes,
                expires: p.expires,
                project,
                source: LotSource::Purchase(i as u32),
            });
        }
        for (i, a) in self.adjustments.iter().enumerate() {
            let Some(client) = a.client else { continue };
            let account = &mut self.accounts[client as usize];
            let index = i as u32;
            match a.kind {
                AdjustKind::Delta if a.minutes.0 > 0 => account.credits.push(Credit {
                    date: a.date,
                    minutes: a.minutes,
                    expires: a.expires,
                    project: NO_PROJECT,
                    source: LotSource::Adjustment(index),
                }),
                AdjustKind::Delta if a.minutes.0 < 0 => account.adjustments.push(AdjustEvent {
                    date: a.date,
                    op: AdjustOp::Remove(a.minutes),
                    index,
                }),
                AdjustKind::Delta => {}
                AdjustKind::Set => account.adjustments.push(AdjustEvent {
                    date: a.date,
                    op: AdjustOp::Set {
                        target: a.minutes,
                        expires: a.expires,
                    },
                    index,
                }),
                AdjustKind::Assert => account.adjustments.push(AdjustEvent {
                    date: a.date,
                    op: AdjustOp::Assert(a.minutes),
                    index,
                }),
            }
        }
        for (client, account) in self.clients.iter().zip(self.accounts.iter_mut()) {
            account.credit_limit = client.effective_credit_limit();
            if client.kind == ClientType::Retainer
                && let (Some(monthly), Some(start)) = (client.monthly_hours, client.start)
            {
                account.retainer = Some(RetainerPlan {
                    monthly,
                    rollover_months: client.rollover_months.unwrap_or(0),
                    start,
                    end: client.end,
                });
            }
        }
    }

    /// The structural errors, which block every write.
    pub fn structural_errors(&self) -> Vec<&Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.is_structural())
            .collect()
    }

    /// The date through which every row is included (at least `as_of`).
    pub fn horizon(&self, at_least: NaiveDate) -> NaiveDate {
        self.last_date.map_or(at_least, |d| d.max(at_least))
    }

    pub fn simulate(&self, client: u32, opts: SimOptions) -> crate::domain::bank::Outcome {
        simulate(&self.accounts[client as usize], opts)
    }

    /// Failed balance assertions (errors) and, with `limits`, credit-limit breaches
    /// (warnings), from a run over every row.
    pub fn balance_diagnostics(&self, limits: bool, today: NaiveDate) -> Vec<Diagnostic> {
        let through = self.horizon(today);
        let mut out = Vec::new();
        for (i, account) in self.accounts.iter().enumerate() {
            let has_asserts = account
                .adjustments
                .iter()
                .any(|a| matches!(a.op, AdjustOp::Assert(_)));
            if !has_asserts && !limits {
                continue;
            }
            let outcome = simulate(
                account,
                SimOptions {
                    as_of: through,
                    watch_from: None,
                    trace: false,
                },
            );
            for failed in &outcome.failed_asserts {
                let adj = &self.adjustments[failed.index as usize];
                out.push(Diagnostic::error(
                    ADJUSTMENTS,
                    Some(adj.line),
                    Code::Assertion,
                    format!(
                        "balance assertion failed for {} on {}: expected {}, actual {}",
                        adj.holder, adj.date, failed.expected, failed.actual
                    ),
                ));
            }
            if limits {
                let client = &self.clients[i];
                let limit = account.credit_limit.unwrap_or_default();
                for breach in &outcome.breaches {
                    let (file, line) = match *breach {
                        crate::domain::bank::BreachRef::WorkLine(l) => (TIMELOG, l),
                        crate::domain::bank::BreachRef::Adjustment(a) => {
                            (ADJUSTMENTS, self.adjustments[a as usize].line)
                        }
                    };
                    out.push(Diagnostic::warning(
                        file,
                        Some(line),
                        Code::CreditLimit,
                        format!(
                            "{} goes below its credit limit of {} (overdraft beyond the limit)",
                            client.id, limit
                        ),
                    ));
                }
            }
        }
        out
    }
}

fn intern(
    projects: &mut Vec<String>,
    index: &mut FxHashMap<String, ProjectIx>,
    name: &str,
) -> ProjectIx {
    if name.is_empty() {
        return NO_PROJECT;
    }
    if let Some(&ix) = index.get(name) {
        return ix;
    }
    let ix = projects.len() as ProjectIx;
    projects.push(name.to_string());
    index.insert(name.to_string(), ix);
    ix
}

fn optional<T>(
    text: &str,
    parse: impl FnOnce(&str) -> Result<T, String>,
) -> Result<Option<T>, String> {
    if text.is_empty() {
        Ok(None)
    } else {
        parse(text).map(Some)
    }
}
