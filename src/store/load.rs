//! Loading the ledger directory into domain values in one pass per file: TOML into
//! clients and settings, purchases and adjustments into memory (they are lots), the
//! time log streamed into compact debits (a few bytes a row) and, on request, handed
//! row by row to the caller. Every problem becomes a diagnostic with `file:line`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rustc_hash::{FxHashMap, FxHashSet};

use super::csvio::{CsvFile, FileMeta, read_csv};
use super::ids::{IdSet, id_key};
use super::layout::*;
use super::tomlread::{Src, read_clients, read_people, read_settings};
use crate::domain::bank::{
    Account, AdjustOp, Credit, Limits, LotSource, NO_PROJECT, Outcome, ProjectIx, RetainerPlan,
    SimOptions, simulate,
};
use crate::domain::check::{Code, Diagnostic};
use crate::domain::client::{Client, ClientType, Settings};
use crate::domain::date::{check_months, parse_date};
use crate::domain::duration::Minutes;
use crate::domain::flex::{DayTotals, FlexBank, FlexPlan, Person};
use crate::domain::money::Money;
use crate::error::Error;

/// An expense row (SPEC 10): a cost passed on to a client.
#[derive(Debug, Clone)]
pub struct Expense {
    /// Its id, or `expenses.csv:LINE` when it has none.
    pub reference: String,
    pub has_id: bool,
    pub line: u32,
    pub date: NaiveDate,
    pub client: u32,
    pub amount: Money,
    pub note: String,
}

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
    /// Months of validity counted from the day the lot becomes usable (a lot of a
    /// client credited on payment bought without `--expires`).
    pub valid_months: Option<u32>,
    /// The day its hours become usable: the purchase date, or for a client credited on
    /// payment the day the invoice billing it was paid in full; `None` while pending.
    pub effective: Option<NaiveDate>,
    /// For a client credited on payment: the invoice (index) whose payment in full
    /// makes the lot usable, once one bills it.
    pub billing_invoice: Option<u32>,
}

impl Purchase {
    /// How invoices and messages name it: its id, or `purchases.csv:LINE`.
    pub fn reference(&self) -> String {
        if self.id.is_empty() { format!("{PURCHASES}:{}", self.line) } else { self.id.clone() }
    }

    /// The last day its hours can be used, once they are usable from `effective`.
    pub fn expiry_from(&self, effective: NaiveDate) -> Option<NaiveDate> {
        self.expires.or_else(|| {
            self.valid_months.and_then(|m| crate::domain::date::expiry_after_months(effective, m))
        })
    }
}

pub use crate::domain::bank::AdjustKind;

#[derive(Debug, Clone)]
pub struct Adjustment {
    pub id: String,
    pub line: u32,
    pub date: NaiveDate,
    pub holder: String,
    /// The account this adjusts (a client's or a person's bank), when it is known.
    pub account: Option<u32>,
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
    /// A booking cancelled late (SPEC 10): `hours` booked, `charged` the share.
    Cancellation,
}

impl WorkKind {
    pub fn as_str(self) -> &'static str {
        match self {
            WorkKind::Work => "work",
            WorkKind::TimeOff => "time-off",
            WorkKind::Cancellation => "cancellation",
        }
    }
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
    /// The type of the client, when it is known.
    pub client_type: Option<ClientType>,
    pub person: &'a str,
    pub hours: Minutes,
    pub charged: Minutes,
    pub project: &'a str,
    pub service: &'a str,
    pub billable: bool,
    pub rate: Option<Money>,
    pub kind: WorkKind,
    pub note: &'a str,
    /// Where an imported row comes from (`<format>:<file>:<line>#<key>`).
    pub source: &'a str,
}

/// The whole ledger as the engine needs it.
#[derive(Debug)]
pub struct Ledger {
    pub dir: PathBuf,
    pub settings: Settings,
    pub clients: Vec<Client>,
    pub client_lines: Vec<Option<u32>>,
    pub(super) client_index: FxHashMap<String, u32>,
    pub projects: Vec<String>,
    pub(super) project_index: FxHashMap<String, ProjectIx>,
    /// The people of people.toml, when it exists.
    pub people: Option<Vec<Person>>,
    pub(super) person_index: FxHashMap<String, u32>,
    /// Every person's flex banks; bank `b` is account `clients.len() + b`.
    pub banks: Vec<FlexBank>,
    /// Whether the banks' accounts have their plans (see [`WorkSink::BANKS`]).
    pub banks_planned: bool,
    /// Minutes worked and taken off per person (index into `people`) and day number,
    /// sorted by day.
    pub person_days: Vec<Vec<(i32, DayTotals)>>,
    pub purchases: Vec<Purchase>,
    pub adjustments: Vec<Adjustment>,
    /// One account per holder: the clients' in client order, then the banks'.
    pub accounts: Vec<Account>,
    /// Whether any client row refers to a client (purchases, time, adjustments).
    pub referenced: Vec<bool>,
    pub invoices: Vec<crate::domain::invoice::Invoice>,
    pub invoice_lines: Vec<crate::domain::invoice::StoredLine>,
    pub payments: Vec<crate::domain::invoice::Payment>,
    /// expenses.csv: (id or `file:line`, line, date, client, amount, note).
    pub expenses: Vec<Expense>,
    /// Alerts already delivered.
    pub sent: FxHashSet<crate::domain::alerts::AlertKey>,
    /// Alerts delivered to some of their recipients only: the key and the recipient
    /// (`office`, `client` or `person`) that has it.
    pub sent_to: FxHashSet<(crate::domain::alerts::AlertKey, String)>,
    pub diagnostics: Vec<Diagnostic>,
    pub files: BTreeMap<&'static str, FileMeta>,
    /// The latest date of any row.
    pub last_date: Option<NaiveDate>,
    /// Per service named by billable time rows without a rate of their own: per client,
    /// the first such row's line and how many there are (to warn of services that
    /// have no rate).
    pub services_used: BTreeMap<String, BTreeMap<u32, (u32, u32)>>,
}

fn read_text(dir: &Path, name: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
    match super::files::read_text(&dir.join(name)) {
        Ok(text) => text,
        Err(e) => {
            diagnostics.push(Diagnostic::error(name, None, Code::Io, e.to_string()));
            None
        }
    }
}

/// What a command collects from the time-log rows while the ledger loads. A large
/// time log is read in two halves on two threads, each into a sink of its own; the
/// second half's sink is then appended to the first, so rows arrive in file order
/// within each half and the halves in file order.
pub trait WorkSink: Send {
    /// Whether the sink looks at rows at all (every row is validated either way).
    const WANTS_ROWS: bool = true;
    /// Whether the command uses the people's flex banks: when not, the minutes per
    /// person and day are not collected and the banks get no plan (their accounts
    /// must not be simulated, so their balance assertions are not checked: `check`
    /// does); rows naming unknown people are reported either way.
    const BANKS: bool = true;

    fn row(&mut self, row: &WorkRow<'_>);
    /// Adds what the reader of the later half of the file collected.
    fn append(&mut self, later: Self)
    where
        Self: Sized;
}

/// Collects nothing, for a command about clients only (no flex banks).
pub struct ClientsOnly;

impl WorkSink for ClientsOnly {
    const WANTS_ROWS: bool = false;
    const BANKS: bool = false;

    fn row(&mut self, _row: &WorkRow<'_>) {}
    fn append(&mut self, _later: Self) {}
}

/// Collects nothing.
impl WorkSink for () {
    const WANTS_ROWS: bool = false;

    fn row(&mut self, _row: &WorkRow<'_>) {}
    fn append(&mut self, _later: Self) {}
}

impl Ledger {
    /// Loads the ledger, handing every time-log row to sinks made by `make` (from the
    /// ledger's clients, read before the time log).
    pub fn load_into<S: WorkSink>(
        dir: &Path,
        make: &(dyn Fn(&[Client]) -> S + Sync),
    ) -> Result<(Ledger, S), Error> {
        let mut diagnostics = Vec::new();
        let settings_path = dir.join(SETTINGS);
        let settings_text = super::files::read_text(&settings_path)
            .and_then(|t| t.ok_or_else(|| std::io::ErrorKind::NotFound.into()))
            .map_err(|e| Error::io(&settings_path, e))?;
        let settings = read_settings(&Src::new(SETTINGS, &settings_text), &mut diagnostics);
        let clients_text = read_text(dir, CLIENTS, &mut diagnostics).unwrap_or_default();
        let read = read_clients(&Src::new(CLIENTS, &clients_text), &mut diagnostics);
        let people = read_text(dir, PEOPLE, &mut diagnostics)
            .map(|text| read_people(&Src::new(PEOPLE, &text), &mut diagnostics));
        let (clients, client_lines): (Vec<Client>, Vec<Option<u32>>) = read.into_iter().unzip();
        let client_index: FxHashMap<String, u32> =
            clients.iter().enumerate().map(|(i, c)| (c.id.to_string(), i as u32)).collect();
        let (people, banks) = match people {
            Some(p) => (Some(p.persons), p.banks),
            None => (None, Vec::new()),
        };
        let person_index: FxHashMap<String, u32> =
            people.iter().flatten().enumerate().map(|(i, p)| (p.id.clone(), i as u32)).collect();
        for person in people.iter().flatten() {
            if client_index.contains_key(&person.id) {
                diagnostics.push(Diagnostic::error(
                    PEOPLE,
                    person.line,
                    Code::Config,
                    format!(
                        "people.{0}: \"{0}\" is also a client; clients and people share one namespace of ids",
                        person.id
                    ),
                ));
            }
        }
        let mut ledger = Ledger {
            dir: dir.to_path_buf(),
            accounts: vec![Account::default(); clients.len() + banks.len()],
            person_days: vec![Vec::new(); person_index.len()],
            person_index,
            banks,
            banks_planned: false,
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
            invoices: Vec::new(),
            invoice_lines: Vec::new(),
            payments: Vec::new(),
            expenses: Vec::new(),
            sent: FxHashSet::default(),
            sent_to: FxHashSet::default(),
            diagnostics,
            files: BTreeMap::new(),
            last_date: None,
            services_used: BTreeMap::new(),
        };
        ledger.check_clients();
        ledger.note_temp_files();
        let mut ids = IdSet::default();
        ledger.load_purchases(&mut ids);
        ledger.load_adjustments(&mut ids);
        let sink = ledger.load_timelog(&mut ids, make);
        ledger.load_billing(&mut ids);
        ledger.load_expenses(&mut ids);
        ledger.load_sent(&mut ids);
        ledger.report_duplicates(ids);
        ledger.fold_follow_ons(CLIENTS, Code::UnknownClient, "clients");
        ledger.fold_follow_ons(PEOPLE, Code::UnknownPerson, "people");
        ledger.build_accounts(S::BANKS);
        Ok((ledger, sink))
    }

    pub fn load(dir: &Path) -> Result<Ledger, Error> {
        Ledger::load_into(dir, &|_| ()).map(|(ledger, ())| ledger)
    }

    pub fn client_ix(&self, id: &str) -> Option<u32> {
        self.client_index.get(id).copied()
    }

    pub fn person_ix(&self, id: &str) -> Option<u32> {
        self.person_index.get(id).copied()
    }

    /// The index of `person`'s bank `bank` in `banks`.
    pub fn bank_ix(&self, person: &str, bank: &str) -> Option<u32> {
        let person = self.person_ix(person)?;
        self.banks.iter().position(|b| b.person == person && b.name == bank).map(|b| b as u32)
    }

    /// The account of bank `bank` (an index into `banks`).
    pub fn bank_account(&self, bank: u32) -> u32 {
        self.clients.len() as u32 + bank
    }

    /// The number of project `name`, numbering it now when no row names it yet (as
    /// for the row a command is about to write, whose preview needs it).
    pub fn project_ix(&mut self, name: &str) -> ProjectIx {
        if name.is_empty() {
            return NO_PROJECT;
        }
        intern(&mut self.projects, &mut self.project_index, name)
    }

    pub(super) fn see_date(&mut self, date: NaiveDate) {
        if self.last_date.is_none_or(|d| d < date) {
            self.last_date = Some(date);
        }
    }

    /// While `toml` (clients.toml, people.toml) has errors, rows naming unknown ids are
    /// mostly their follow-ons: one summary line per file stands for them, so the TOML
    /// error is what a person reads first.
    fn fold_follow_ons(&mut self, toml: &str, code: Code, what: &str) {
        if !self.diagnostics.iter().any(|d| d.file == toml && d.code == Code::Toml && d.is_error())
        {
            return;
        }
        let mut counts: BTreeMap<String, (u32, Option<u32>)> = BTreeMap::new();
        self.diagnostics.retain(|d| {
            if d.code != code || d.file == toml {
                return true;
            }
            let entry = counts.entry(d.file.clone()).or_insert((0, d.line));
            entry.0 += 1;
            false
        });
        for (file, (count, first)) in counts {
            self.diagnostics.push(Diagnostic::error(
                &file,
                first,
                code,
                format!(
                    "{count} row(s) from here on name {what} that {toml} does not define while it has errors: fix {toml} first"
                ),
            ));
        }
    }

    /// Warns of temporary files that killed writers left (the next write removes them).
    fn note_temp_files(&mut self) {
        for name in super::write::stale_temp_files(&self.dir) {
            self.diagnostics.push(Diagnostic::warning(
                &name,
                None,
                Code::TempFile,
                "temporary file left by an interrupted write; the next write removes it",
            ));
        }
        // Under the lock, a record of a write that did not complete is one that could
        // not be rolled back (SPEC 12.9).
        for stale in super::unit::stale(&self.dir) {
            let name = stale.path.strip_prefix(&self.dir).unwrap_or(&stale.path);
            self.diagnostics.push(Diagnostic::error(
                &name.to_string_lossy(),
                None,
                Code::Interrupted,
                format!(
                    "the write {} did not complete and was not rolled back: {}; run `hourbank repair` to discard its record (the files stay as they are)",
                    stale.write, stale.why
                ),
            ));
        }
    }

    /// Checks what clients.toml says about clients beyond single values: payers that
    /// exist and do not go round in a circle, retainers that can allocate hours.
    fn check_clients(&mut self) {
        for (i, client) in self.clients.iter().enumerate() {
            // Follow the payers from this client; a circle through it is reported at
            // the client of the circle that comes first in the file.
            let mut seen = vec![i];
            let mut at = i;
            while let Some(next) =
                self.clients[at].payer.as_ref().and_then(|p| self.client_index.get(p.as_str()))
            {
                let next = *next as usize;
                if next == i {
                    if seen.iter().all(|&s| s >= i) {
                        let names: Vec<&str> = seen
                            .iter()
                            .chain(std::iter::once(&i))
                            .map(|&s| self.clients[s].id.as_str())
                            .collect();
                        self.diagnostics.push(Diagnostic::error(
                            CLIENTS,
                            self.client_lines[i],
                            Code::Config,
                            format!(
                                "clients.{}.payer: the payers go round in a circle ({})",
                                client.id,
                                names.join(" -> ")
                            ),
                        ));
                    }
                    break;
                }
                if seen.contains(&next) {
                    break;
                }
                seen.push(next);
                at = next;
            }
        }
        for (i, client) in self.clients.iter().enumerate() {
            if client.kind == ClientType::Retainer
                && (client.monthly_hours.is_none() || client.start.is_none())
            {
                self.diagnostics.push(Diagnostic::warning(
                    CLIENTS,
                    self.client_lines[i],
                    Code::Config,
                    format!(
                        "clients.{}: a retainer needs monthly_hours and start; it gets no monthly hours until both are set",
                        client.id
                    ),
                ));
            }
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
            &CsvFile {
                path: &path,
                label: PURCHASES,
                wanted: PURCHASE_COLUMNS,
                required: PURCHASE_REQUIRED,
            },
            &mut diagnostics,
            |line, f| {
                let id = f.text(purchase::ID);
                let date = parse_date(f.text(purchase::DATE)).map_err(|e| e.to_string())?;
                let client_id = f.text(purchase::CLIENT);
                let minutes =
                    Minutes::parse_unsigned(f.text(purchase::HOURS)).map_err(|e| e.to_string())?;
                if minutes.0 == 0 {
                    return Err("hours: a purchase must buy more than 0:00".into());
                }
                let price = optional(f.text(purchase::PRICE), |t| {
                    Money::parse_unsigned(t).map_err(|e| e.to_string())
                })?;
                let expires = optional(f.text(purchase::EXPIRES), |t| {
                    parse_date(t).map_err(|e| format!("expires: {e}"))
                })?;
                let valid_months = optional(f.text(purchase::VALID_MONTHS), |t| {
                    let n = t
                        .parse::<u64>()
                        .map_err(|_| format!("valid_months \"{t}\": not a whole number"))?;
                    check_months(n, false).map_err(|e| format!("valid_months: {e}"))
                })?;
                ids.insert(id);
                let Some(client) = self.client_ix(client_id) else {
                    extra.push(unknown_client(PURCHASES, line, client_id));
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
                    project: f.text(purchase::PROJECT).to_string(),
                    note: f.text(purchase::NOTE).to_string(),
                    by: f.text(purchase::BY).to_string(),
                    valid_months,
                    effective: Some(date),
                    billing_invoice: None,
                });
                Ok(())
            },
        );
        diagnostics.append(&mut extra);
        self.diagnostics = diagnostics;
        self.files.insert(PURCHASES, meta);
    }

    fn load_expenses(&mut self, ids: &mut IdSet) {
        let path = self.dir.join(EXPENSES);
        let mut diagnostics = std::mem::take(&mut self.diagnostics);
        let mut extra = Vec::new();
        let mut expenses = Vec::new();
        let meta = read_csv(
            &CsvFile {
                path: &path,
                label: EXPENSES,
                wanted: EXPENSE_COLUMNS,
                required: EXPENSE_REQUIRED,
            },
            &mut diagnostics,
            |line, f| {
                let id = f.text(expense::ID);
                let date = parse_date(f.text(expense::DATE)).map_err(|e| e.to_string())?;
                let amount =
                    Money::parse(f.text(expense::AMOUNT)).map_err(|e| format!("amount: {e}"))?;
                if amount.0 <= rust_decimal::Decimal::ZERO {
                    return Err(
                        "amount: an expense is more than 0.00 (a refund is a negative payment)"
                            .into(),
                    );
                }
                ids.insert(id);
                let client_id = f.text(expense::CLIENT);
                let Some(client) = self.client_ix(client_id) else {
                    extra.push(unknown_client(EXPENSES, line, client_id));
                    return Ok(());
                };
                self.referenced[client as usize] = true;
                self.see_date(date);
                expenses.push(Expense {
                    reference: if id.is_empty() {
                        format!("{EXPENSES}:{line}")
                    } else {
                        id.to_string()
                    },
                    has_id: !id.is_empty(),
                    line,
                    date,
                    client,
                    amount,
                    note: f.text(expense::NOTE).to_string(),
                });
                Ok(())
            },
        );
        diagnostics.append(&mut extra);
        self.diagnostics = diagnostics;
        self.files.insert(EXPENSES, meta);
        self.expenses = expenses;
    }

    fn load_adjustments(&mut self, ids: &mut IdSet) {
        let path = self.dir.join(ADJUSTMENTS);
        let mut diagnostics = std::mem::take(&mut self.diagnostics);
        let mut extra = Vec::new();
        let meta = read_csv(
            &CsvFile {
                path: &path,
                label: ADJUSTMENTS,
                wanted: ADJUSTMENT_COLUMNS,
                required: ADJUSTMENT_REQUIRED,
            },
            &mut diagnostics,
            |line, f| {
                let id = f.text(adjustment::ID);
                let date = parse_date(f.text(adjustment::DATE)).map_err(|e| e.to_string())?;
                let holder = f.text(adjustment::HOLDER);
                let bank = f.text(adjustment::BANK);
                let kind_text = f.text(adjustment::KIND);
                let kind = AdjustKind::parse(kind_text)
                    .ok_or_else(|| format!("kind \"{kind_text}\": use delta, set or assert"))?;
                let minutes =
                    Minutes::parse(f.text(adjustment::HOURS)).map_err(|e| e.to_string())?;
                let expires = optional(f.text(adjustment::EXPIRES), |t| {
                    parse_date(t).map_err(|e| format!("expires: {e}"))
                })?;
                ids.insert(id);
                let account = if bank.is_empty() {
                    let client = self.client_ix(holder);
                    match client {
                        Some(c) => self.referenced[c as usize] = true,
                        None if self.person_ix(holder).is_some() => extra.push(Diagnostic::error(
                            ADJUSTMENTS,
                            Some(line),
                            Code::UnknownBank,
                            format!("{holder} is a person: the row needs the bank it adjusts (column bank)"),
                        )),
                        None => extra.push(unknown_client(ADJUSTMENTS, line, holder)),
                    }
                    client
                } else {
                    let account = self.bank_ix(holder, bank).map(|b| self.bank_account(b));
                    if account.is_none() {
                        extra.push(self.unknown_bank(line, holder, bank));
                    }
                    account
                };
                if let Some(exp) = expires
                    && exp < date
                {
                    extra.push(Diagnostic::error(
                        ADJUSTMENTS,
                        Some(line),
                        Code::ExpiresBeforeBought,
                        format!("the hours expire ({exp}) before they are added ({date})"),
                    ));
                }
                self.see_date(date);
                self.adjustments.push(Adjustment {
                    id: id.to_string(),
                    line,
                    date,
                    holder: holder.to_string(),
                    account,
                    bank: bank.to_string(),
                    kind,
                    minutes,
                    expires,
                    reason: f.text(adjustment::REASON).to_string(),
                    by: f.text(adjustment::BY).to_string(),
                });
                Ok(())
            },
        );
        diagnostics.append(&mut extra);
        self.diagnostics = diagnostics;
        self.files.insert(ADJUSTMENTS, meta);
    }

    /// Names every place of every duplicate id (a second, id-only pass that runs only
    /// when there are duplicates).
    fn report_duplicates(&mut self, ids: IdSet) {
        let candidates = ids.candidates();
        if candidates.is_empty() {
            return;
        }
        // The client a row concerns (SPEC 12.1: a duplicate blocks only its clients'
        // writes); lines and payments by their invoice's.
        let finder = crate::domain::invoice::InvoiceFinder::new(&self.invoices);
        let mut first: FxHashMap<String, (&'static str, u32, String)> = FxHashMap::default();
        let mut found = Vec::new();
        for (file, column) in [
            (PURCHASES, "client"),
            (ADJUSTMENTS, "holder"),
            (TIMELOG, "client"),
            (INVOICES, "client"),
            (INVOICE_LINES, "invoice"),
            (PAYMENTS, "invoice"),
            (NOTIFICATIONS, "client"),
            (EXPENSES, "client"),
        ] {
            let mut ignored = Vec::new();
            read_csv(
                &CsvFile {
                    path: &self.dir.join(file),
                    label: file,
                    wanted: &["id", column, "invoice_id"],
                    required: &[],
                },
                &mut ignored,
                |line, f| {
                    let id = f.text(0);
                    if id.is_empty() || !candidates.contains(&id_key(id)) {
                        return Ok(());
                    }
                    let client = match column {
                        "invoice" => finder
                            .find(f.text(2), f.text(1))
                            .map(|n| self.invoices[n].client.clone())
                            .unwrap_or_default(),
                        _ => f.text(1).to_string(),
                    };
                    match first.get(id) {
                        None => {
                            first.insert(id.to_string(), (file, line, client));
                        }
                        Some((first_file, first_line, first_client)) => {
                            found.push(Diagnostic::error(
                                file,
                                Some(line),
                                Code::DuplicateId,
                                format!(
                                    "duplicate id \"{id}\" (first used at {first_file}:{first_line}): when both lines are versions of one row (a merge without the hourbank driver kept both), delete the version you do not want; only rows that are really different get a new id"
                                ),
                            )
                            .concerning([first_client.as_str(), client.as_str()]));
                        }
                    }
                    Ok(())
                },
            );
        }
        self.diagnostics.extend(found);
    }

    fn build_accounts(&mut self, banks: bool) {
        self.banks_planned = banks;
        self.credit_on_payment();
        for (i, p) in self.purchases.iter().enumerate() {
            let project = intern(&mut self.projects, &mut self.project_index, &p.project);
            // A pending lot counts nowhere until its invoice is paid (SPEC 10).
            let Some(effective) = p.effective else { continue };
            self.accounts[p.client as usize].credits.push(Credit {
                date: effective,
                minutes: p.minutes,
                expires: p.expiry_from(effective),
                project,
                source: LotSource::Purchase(i as u32),
            });
        }
        for (i, a) in self.adjustments.iter().enumerate() {
            let Some(account) = a.account else { continue };
            let account = &mut self.accounts[account as usize];
            account.add_adjustment(a.kind, a.date, a.minutes, a.expires, i as u32);
        }
        let people = self.people.as_deref().unwrap_or_default();
        for (b, bank) in self.banks.iter().enumerate().filter(|_| banks) {
            let person = &people[bank.person as usize];
            let days = &self.person_days[bank.person as usize];
            let account = &mut self.accounts[self.clients.len() + b];
            account.limits = Limits { floor: bank.min_balance, cap: bank.max_balance };
            account.flex = Some(FlexPlan::new(bank, person, &self.settings.holidays, days));
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
                    prorate: client.prorate,
                });
            }
        }
    }

    /// The date through which every row is included (at least `as_of`).
    pub fn horizon(&self, at_least: NaiveDate) -> NaiveDate {
        self.last_date.map_or(at_least, |d| d.max(at_least))
    }

    pub fn simulate(&self, client: u32, opts: SimOptions) -> crate::domain::bank::Outcome {
        simulate(&self.accounts[client as usize], opts)
    }

    /// Simulates every client whose index `wanted` accepts, on as many threads as the
    /// machine has; the outcomes come back in client order.
    pub fn simulate_all(
        &self,
        opts: SimOptions,
        wanted: impl Fn(usize) -> bool + Sync,
    ) -> Vec<Option<Outcome>> {
        simulate_accounts(&self.accounts[..self.clients.len()], opts, wanted)
    }

    /// Simulates every flex bank whose index `wanted` accepts, in bank order.
    pub fn simulate_banks(
        &self,
        opts: SimOptions,
        wanted: impl Fn(usize) -> bool + Sync,
    ) -> Vec<Option<Outcome>> {
        assert!(self.banks_planned, "the ledger was loaded for clients only");
        simulate_accounts(&self.accounts[self.clients.len()..], opts, wanted)
    }

    /// Services that billable rows name but no rate table defines (warnings of
    /// `check`: they fall back to the client's rate silently).
    pub fn rate_diagnostics(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for (service, clients) in &self.services_used {
            for (&client, &(line, count)) in clients {
                let c = &self.clients[client as usize];
                if c.rates.contains_key(service) || self.settings.services.contains_key(service) {
                    continue;
                }
                out.push(Diagnostic::warning(
                    TIMELOG,
                    Some(line),
                    Code::ZeroRate,
                    format!(
                        "service \"{service}\" has no rate ([services.{service}] in hourbank.toml, or clients.{}.rates): {count} row(s) of {} are billed at the client's rate",
                        c.id, c.id
                    ),
                ));
            }
        }
        out
    }

    /// Failed balance assertions (errors) and, with `limits`, credit-limit breaches
    /// (warnings), from a run over every row.
    pub fn balance_diagnostics(&self, limits: bool, today: NaiveDate) -> Vec<Diagnostic> {
        let opts = SimOptions { as_of: self.horizon(today), watch_from: None, trace: false };
        let clients = self.clients.len();
        // A ledger loaded without the banks' plans (`WorkSink::BANKS`) checks the
        // clients' assertions only; a bank's balance needs its plan.
        let outcomes = simulate_accounts(&self.accounts, opts, |i| {
            (limits && i < clients)
                || ((i < clients || self.banks_planned)
                    && self.accounts[i]
                        .adjustments
                        .iter()
                        .any(|a| matches!(a.op, AdjustOp::Assert(_))))
        });
        let mut out = Vec::new();
        for (i, outcome) in outcomes.into_iter().enumerate() {
            let Some(outcome) = outcome else { continue };
            let account = &self.accounts[i];
            for failed in &outcome.failed_asserts {
                let adj = &self.adjustments[failed.index as usize];
                out.push(Diagnostic::error(
                    ADJUSTMENTS,
                    Some(adj.line),
                    Code::Assertion,
                    format!(
                        "balance assertion failed for {}{} on {}: expected {}, actual {}",
                        adj.holder,
                        if adj.bank.is_empty() {
                            String::new()
                        } else {
                            format!(" (bank {})", adj.bank)
                        },
                        adj.date,
                        failed.expected,
                        failed.actual
                    ),
                ));
            }
            if limits && i < clients {
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

/// Simulates the accounts `wanted` accepts on as many threads as the machine has; the
/// outcomes come back in order.
fn simulate_accounts(
    accounts: &[Account],
    opts: SimOptions,
    wanted: impl Fn(usize) -> bool + Sync,
) -> Vec<Option<Outcome>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    let chunk = accounts.len().div_ceil(threads).max(1);
    let wanted = &wanted;
    std::thread::scope(|scope| {
        let handles: Vec<_> = accounts
            .chunks(chunk)
            .enumerate()
            .map(|(c, accounts)| {
                scope.spawn(move || {
                    accounts
                        .iter()
                        .enumerate()
                        .map(|(i, a)| wanted(c * chunk + i).then(|| simulate(a, opts)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("a simulation does not panic")).collect()
    })
}

impl Ledger {
    fn unknown_bank(&self, line: u32, holder: &str, bank: &str) -> Diagnostic {
        let message = if self.person_ix(holder).is_some() {
            format!(
                "unknown bank \"{bank}\" of {holder} (add [people.{holder}.banks.{bank}] to people.toml)"
            )
        } else {
            format!(
                "unknown person \"{holder}\" (bank \"{bank}\" needs [people.{holder}] in people.toml)"
            )
        };
        let code =
            if self.person_ix(holder).is_some() { Code::Config } else { Code::UnknownPerson };
        Diagnostic::error(ADJUSTMENTS, Some(line), code, message)
    }
}

pub(super) fn unknown_client(file: &str, line: u32, id: &str) -> Diagnostic {
    Diagnostic::error(
        file,
        Some(line),
        Code::UnknownClient,
        format!("unknown client \"{id}\" (add it with `hourbank client add {id}`)"),
    )
}

pub(super) fn intern(
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

pub(super) fn optional<T>(
    text: &str,
    parse: impl FnOnce(&str) -> Result<T, String>,
) -> Result<Option<T>, String> {
    if text.is_empty() { Ok(None) } else { parse(text).map(Some) }
}
