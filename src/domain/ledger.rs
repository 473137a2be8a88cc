//! The ledger as the engine sees it: clients and people, lots, adjustments, the
//! accounts their rows make, invoices and payments, with what the readers learned of
//! each file. `store::load` produces it from the directory; everything here answers
//! questions about it. Pure: no files, no clock.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use compact_str::CompactString;
use rustc_hash::{FxHashMap, FxHashSet};

use super::bank::{Account, AdjustOp, NO_PROJECT, Outcome, ProjectIx, SimOptions, simulate};
use super::check::{Code, Diagnostic};
use super::client::{Client, ClientType, Settings};
use super::duration::Minutes;
use super::files::{ADJUSTMENTS, PURCHASES, TIMELOG};
use super::flex::{DayTotals, FlexBank, Person};
use super::invoice::{Invoice, InvoiceFinder, StoredLine};
use super::money::Money;

/// What a reader learned about a file, needed later to append to it safely.
#[derive(Debug, Clone, Default)]
pub struct FileMeta {
    pub exists: bool,
    /// The header as written in the file (a person may reorder columns).
    pub header: Vec<String>,
    /// False when the last line has no newline (then an append must add one first).
    pub ends_with_newline: bool,
    /// Lines end with CR LF (as spreadsheets save them); appended lines do too.
    pub crlf: bool,
    /// The file's last byte is a CR (cut between CR and LF): an append adds only LF.
    pub ends_with_cr: bool,
    /// How many lines the file has (the header, comments and blank lines included).
    pub lines: u32,
}

impl FileMeta {
    /// The line a row appended now will have (after a header a new file gets).
    pub fn next_row_line(&self) -> u32 {
        if self.exists && !self.header.is_empty() { self.lines + 1 } else { 2 }
    }
}

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
    /// Its text fields inline (ids, names and short notes take no allocation of their
    /// own: a ledger may hold hundreds of thousands of lots).
    pub id: CompactString,
    pub line: u32,
    pub date: NaiveDate,
    pub client: u32,
    pub minutes: Minutes,
    pub price: Option<Money>,
    pub expires: Option<NaiveDate>,
    pub project: CompactString,
    pub note: CompactString,
    pub by: CompactString,
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
        if self.id.is_empty() { format!("{PURCHASES}:{}", self.line) } else { self.id.to_string() }
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

/// A running timer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timer {
    pub id: String,
    pub line: u32,
    pub person: String,
    pub client: String,
    pub project: String,
    pub service: String,
    pub note: String,
    /// When it started, local time.
    pub started: chrono::NaiveDateTime,
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
    /// A cancellation's notice, as written.
    pub notice: &'a str,
    /// The hour multiplier the row was written with, as written (empty: 1).
    pub multiplier: &'a str,
}

/// The whole ledger as the engine needs it.
#[derive(Debug)]
pub struct Ledger {
    pub dir: PathBuf,
    /// How many threads reading and simulating may use (`HOURBANK_THREADS`, else the
    /// machine's cores, at most 8).
    pub threads: usize,
    pub settings: Settings,
    pub clients: Vec<Client>,
    pub client_lines: Vec<Option<u32>>,
    pub(crate) client_index: FxHashMap<String, u32>,
    pub projects: Vec<String>,
    pub(crate) project_index: FxHashMap<String, ProjectIx>,
    /// The people of people.toml, when it exists.
    pub people: Option<Vec<Person>>,
    pub(crate) person_index: FxHashMap<String, u32>,
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
    /// invoice-rows.csv: the time rows each invoice billed.
    pub rows_billed: Vec<crate::domain::invoice::RowBilled>,
    /// expenses.csv: (id or `file:line`, line, date, client, amount, note).
    pub expenses: Vec<Expense>,
    /// timers.csv: the running timers.
    pub timers: Vec<Timer>,
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

/// What a command collects from the time-log rows while the ledger loads. A large
/// time log is read in pieces on two threads, each into a sink of its own; each
/// piece's sink is then appended to the one of the piece before, so rows arrive in
/// file order within each piece and the pieces in file order.
pub trait WorkSink: Send {
    /// Whether the sink looks at rows at all (every row is validated either way).
    const WANTS_ROWS: bool = true;
    /// Whether the command uses the people's flex banks: when not, the minutes per
    /// person and day are not collected and the banks get no plan (their accounts
    /// must not be simulated, so their balance assertions are not checked: `check`
    /// does); rows naming unknown people are reported either way.
    const BANKS: bool = true;

    fn row(&mut self, row: &WorkRow<'_>);
    /// Adds what the reader of the next piece of the file collected.
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
    pub fn client_ix(&self, id: &str) -> Option<u32> {
        self.client_index.get(id).copied()
    }
    /// The person a row names when none is given: the user (`$HOURBANK_USER`) when
    /// it is a person of people.toml, or, without people.toml, when it is a valid
    /// person id; else no one, with the reason to tell (a user name such as
    /// `John.Doe` still goes into `by`).
    pub fn default_person(&self, user: &str) -> (String, Option<String>) {
        if user.is_empty() {
            return (String::new(), None);
        }
        let why = match &self.people {
            Some(_) if self.person_ix(user).is_some() => return (user.to_string(), None),
            None if super::id::Slug::parse(user).is_ok() => return (user.to_string(), None),
            Some(_) => "is not in people.toml",
            None => "is not a person id ([a-z0-9][a-z0-9_-]*)",
        };
        let note =
            format!("$HOURBANK_USER \"{user}\" {why}: the row names no person (use --person)");
        (String::new(), Some(note))
    }

    /// The circle of payers that client `id` closes when `payer` pays for it: `id`,
    /// `payer`, the client paying for that one, ..., up to `id` again; `None` when the
    /// payers end at a client that pays for itself.
    pub fn payer_circle(&self, id: &str, payer: &str) -> Option<Vec<String>> {
        let mut chain = vec![id.to_string()];
        let mut next = payer.to_string();
        while chain.len() <= self.clients.len() {
            if next == id {
                return Some(chain);
            }
            if chain.contains(&next) {
                return None;
            }
            chain.push(next.clone());
            let client = &self.clients[self.client_ix(&next)? as usize];
            next = client.payer.as_ref()?.to_string();
        }
        None
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
    pub fn see_date(&mut self, date: NaiveDate) {
        if self.last_date.is_none_or(|d| d < date) {
            self.last_date = Some(date);
        }
    }
    /// The date through which every row is included (at least `as_of`).
    pub fn horizon(&self, at_least: NaiveDate) -> NaiveDate {
        self.last_date.map_or(at_least, |d| d.max(at_least))
    }
    pub fn simulate(&self, client: u32, opts: SimOptions) -> crate::domain::bank::Outcome {
        simulate(&self.accounts[client as usize], opts)
    }
    /// Simulates every client whose index `wanted` accepts, on the ledger's threads;
    /// the outcomes come back in client order.
    pub fn simulate_all(
        &self,
        opts: SimOptions,
        wanted: impl Fn(usize) -> bool + Sync,
    ) -> Vec<Option<Outcome>> {
        self.simulate_each(opts, wanted, |_, outcome| outcome)
    }
    /// Like [`Ledger::simulate_all`], turning each outcome into what `then` makes of
    /// it on the thread that simulated it (a report's row is made in parallel too).
    pub fn simulate_each<T: Send>(
        &self,
        opts: SimOptions,
        wanted: impl Fn(usize) -> bool + Sync,
        then: impl Fn(usize, Outcome) -> T + Sync,
    ) -> Vec<Option<T>> {
        simulate_accounts(&self.accounts[..self.clients.len()], self.threads, opts, wanted, then)
    }
    /// Simulates every flex bank whose index `wanted` accepts, in bank order.
    pub fn simulate_banks(
        &self,
        opts: SimOptions,
        wanted: impl Fn(usize) -> bool + Sync,
    ) -> Vec<Option<Outcome>> {
        assert!(self.banks_planned, "the ledger was loaded for clients only");
        let accounts = &self.accounts[self.clients.len()..];
        simulate_accounts(accounts, self.threads, opts, wanted, |_, outcome| outcome)
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
        let wanted = |i: usize| {
            (limits && i < clients)
                || ((i < clients || self.banks_planned)
                    && self.accounts[i]
                        .adjustments
                        .iter()
                        .any(|a| matches!(a.op, AdjustOp::Assert(_))))
        };
        let outcomes = simulate_accounts(&self.accounts, self.threads, opts, wanted, |_, o| o);
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
    /// The lines of `invoice`, in their order.
    pub fn lines_of(&self, invoice: &Invoice) -> Vec<&StoredLine> {
        let mut lines: Vec<&StoredLine> =
            self.invoice_lines.iter().filter(|l| l.belongs_to(invoice)).collect();
        lines.sort_by_key(|l| l.position);
        lines
    }
    /// The lines of every invoice of client `id`.
    pub fn client_lines<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a StoredLine> + 'a {
        let invoices: Vec<&Invoice> = self.invoices.iter().filter(|i| i.client == id).collect();
        self.invoice_lines.iter().filter(move |l| invoices.iter().any(|i| l.belongs_to(i)))
    }
    /// Another client than `except` whose page token is `token`, compared without
    /// regard to case (a file system may not tell cases apart): their pages would
    /// share one folder (SPEC 15).
    pub fn page_token_owner(&self, token: &str, except: &str) -> Option<&Client> {
        self.clients.iter().find(|c| {
            c.id.as_str() != except
                && c.page_token.as_ref().is_some_and(|t| t.eq_ignore_ascii_case(token))
        })
    }
    /// The number of the first invoice of client `id` with a line of `kind` for the lot
    /// or expense `reference` (the invoice that billed it), if any.
    pub fn billed_on(
        &self,
        id: &str,
        kind: crate::domain::invoice::LineKind,
        reference: &str,
    ) -> Option<String> {
        self.client_lines(id)
            .find(|l| l.line.key.kind == Some(kind) && l.line.key.lot == reference)
            .map(|l| l.invoice.clone())
    }
    /// The lines that count as billed for client `id`: those of its invoices but the
    /// void ones and their credit notes (SPEC 12.9).
    pub fn billed_lines<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a StoredLine> + 'a {
        let void = self.void_invoices();
        let finder = InvoiceFinder::new(&self.invoices);
        self.client_lines(id)
            .filter(move |l| !finder.find(&l.invoice_id, &l.invoice).is_some_and(|n| void[n]))
    }
    /// The first day whose keys client `ix` is billed for (SPEC 9): its
    /// `billing_start`, else `[invoice] billing_start`, else the start of its first
    /// invoice; `None` for a client never invoiced (its first invoice starts it).
    pub fn billing_start(&self, ix: u32) -> Option<NaiveDate> {
        let client = &self.clients[ix as usize];
        client.billing_start.or(self.settings.billing_start).or_else(|| {
            self.invoices
                .iter()
                .filter(|i| i.client == client.id.as_str())
                .filter_map(|i| i.period().map(|p| p.0))
                .min()
        })
    }
    /// The invoice whose being unpaid blocks new work and purchases of client `ix` on
    /// `date` (SPEC 10): one billed to it, or to its payer, still unpaid on `date`
    /// when `date` is past its due date plus `block_after_days` (of whom it is billed
    /// to, else `[invoice]`'s). The oldest, when several.
    pub fn blocking_invoice(&self, ix: u32, date: NaiveDate) -> Option<&Invoice> {
        let client = &self.clients[ix as usize];
        let mut parties = vec![client.id.as_str()];
        if let Some(payer) = &client.payer {
            parties.push(payer.as_str());
        }
        let standings = self.standings(date);
        self.invoices
            .iter()
            .zip(standings)
            .filter(|(_, standing)| standing.unpaid())
            .filter_map(|(invoice, _)| {
                if !parties.contains(&invoice.billed_to()) {
                    return None;
                }
                let days = self.block_after_days(invoice)?;
                let from = invoice.due.checked_add_days(chrono::Days::new(u64::from(days) + 1))?;
                (date >= from).then_some(invoice)
            })
            .min_by_key(|invoice| invoice.due)
    }
    /// How many days after its due date an unpaid `invoice` blocks new work: the
    /// `block_after_days` of whom it is billed to, else `[invoice]`'s; `None`: never.
    pub fn block_after_days(&self, invoice: &Invoice) -> Option<u32> {
        self.client_ix(invoice.billed_to())
            .and_then(|b| self.clients[b as usize].block_after_days)
            .or(self.settings.block_after_days)
    }
    /// Which invoice billed each time row (SPEC 12.9), by the row's id: the rows
    /// `invoice-rows.csv` records for an invoice that is not void. An invoice with
    /// work or cancellation lines and no recorded rows was issued before rows were
    /// recorded: it billed its client's billable rows dated in its period, which
    /// [`RowInvoices::of`] answers.
    pub fn row_invoices(&self) -> RowInvoices<'_> {
        let void = self.void_invoices();
        let finder = crate::domain::invoice::InvoiceFinder::new(&self.invoices);
        let mut by_row = FxHashMap::default();
        let mut recorded = vec![false; self.invoices.len()];
        for billed in &self.rows_billed {
            if let Some(n) = finder.find(&billed.invoice_id, "") {
                recorded[n] = true;
                if !void[n] {
                    by_row.entry(billed.row.as_str()).or_insert_with(Vec::new).push(n);
                }
            }
        }
        // The months of hours each invoice billed: a row moved out of them (another
        // month, another client) is billed again, by a later invoice.
        let mut months: Vec<Vec<&str>> = vec![Vec::new(); self.invoices.len()];
        for stored in &self.invoice_lines {
            use crate::domain::invoice::LineKind;
            if matches!(stored.line.key.kind, Some(LineKind::Work | LineKind::Cancellation))
                && let Some(n) = finder.find(&stored.invoice_id, &stored.invoice)
            {
                months[n].push(stored.line.key.period.as_str());
            }
        }
        let hours_lines: Vec<bool> = months.iter().map(|m| !m.is_empty()).collect();
        let legacy = (0..self.invoices.len())
            .filter(|&n| hours_lines[n] && !recorded[n] && !void[n])
            .map(|n| &self.invoices[n])
            .filter(|i| i.credits.is_none() && i.scope == crate::domain::invoice::Scope::Period)
            .collect();
        RowInvoices { invoices: &self.invoices, by_row, legacy, months }
    }

    /// Which invoices are credited in full (void) or credit notes of a void one, in
    /// the order of `invoices`: their lines do not count as billed (SPEC 12.9), so a
    /// voided key is billed, and priced, again.
    pub fn void_invoices(&self) -> Vec<bool> {
        crate::domain::invoice::void_invoices(&self.invoices)
    }
    /// Where every invoice stands at the end of `as_of` (credit notes and payments
    /// dated up to then), in the order of `invoices`.
    pub fn standings(&self, as_of: NaiveDate) -> Vec<crate::domain::invoice::Standing> {
        crate::domain::invoice::standings(&self.invoices, &self.payments, as_of)
    }
}

/// Simulates the accounts `wanted` accepts on up to `threads` threads, each outcome
/// turned by `then` on its thread; the results come back in order.
fn simulate_accounts<T: Send>(
    accounts: &[Account],
    threads: usize,
    opts: SimOptions,
    wanted: impl Fn(usize) -> bool + Sync,
    then: impl Fn(usize, Outcome) -> T + Sync,
) -> Vec<Option<T>> {
    // Accounts are handed out a few at a time (up to 16, fewer when there are few), so
    // that the threads finish together however the work falls (halves by number were
    // up to 3 ms apart at a million rows).
    let threads = threads.max(1);
    let batch = (accounts.len() / (threads * 8)).clamp(1, 16);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let start = next.fetch_add(batch, std::sync::atomic::Ordering::Relaxed);
            if start >= accounts.len() {
                return done;
            }
            let some = accounts.iter().enumerate().skip(start).take(batch);
            done.extend(some.map(|(i, a)| (i, wanted(i).then(|| then(i, simulate(a, opts))))));
        }
    };
    std::thread::scope(|scope| {
        let others: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mut out: Vec<Option<T>> =
            std::iter::repeat_with(|| None).take(accounts.len()).collect();
        let mut place = |done: Vec<(usize, Option<T>)>| {
            for (i, outcome) in done {
                out[i] = outcome;
            }
        };
        place(work());
        for other in others {
            place(other.join().expect("a simulation does not panic"));
        }
        out
    })
}

pub fn intern(
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

/// How a row is named in output: its id, or `file:line` when it has none.
pub fn row_ref(id: &str, file: &str, line: u32) -> String {
    if id.is_empty() { format!("{file}:{line}") } else { id.to_string() }
}

/// The name of a lot: its row's id (or `file:line`), or `allocation:YYYY-MM`.
pub fn lot_name(ledger: &Ledger, lot: &crate::domain::bank::LotState) -> String {
    use crate::domain::bank::{LotSource, month_key};
    match lot.credit.source {
        LotSource::Purchase(i) => {
            let p = &ledger.purchases[i as usize];
            row_ref(&p.id, PURCHASES, p.line)
        }
        LotSource::Adjustment(i) => {
            let a = &ledger.adjustments[i as usize];
            row_ref(&a.id, ADJUSTMENTS, a.line)
        }
        LotSource::Allocation => format!("allocation:{}", month_key(lot.credit.date)),
        LotSource::Overage => format!("overage:{}", month_key(lot.credit.date)),
        LotSource::Period => format!("period:{}", lot.credit.date),
        LotSource::Opening => format!("opening:{}", lot.credit.date),
    }
}

/// Which invoice billed a time row (see [`Ledger::row_invoices`]).
pub struct RowInvoices<'a> {
    invoices: &'a [crate::domain::invoice::Invoice],
    /// The invoices (not void) that recorded each row, in file order.
    by_row: FxHashMap<&'a str, Vec<usize>>,
    /// Invoices issued before their rows were recorded.
    legacy: Vec<&'a crate::domain::invoice::Invoice>,
    /// The months of hours each invoice billed.
    months: Vec<Vec<&'a str>>,
}

impl<'a> RowInvoices<'a> {
    /// The invoice that billed the billable row `id` of `client` dated `date`.
    pub fn of(
        &self,
        id: &str,
        client: &str,
        date: NaiveDate,
    ) -> Option<&'a crate::domain::invoice::Invoice> {
        if let Some(recorded) = self.by_row.get(id).filter(|_| !id.is_empty()) {
            let month = crate::domain::bank::month_key(date);
            // As the row is now: still the client's, in a month the invoice billed.
            return recorded
                .iter()
                .rev()
                .map(|&n| &self.invoices[n])
                .zip(recorded.iter().rev())
                .find(|(invoice, n)| {
                    invoice.client == client && self.months[**n].contains(&month.as_str())
                })
                .map(|(invoice, _)| invoice);
        }
        self.legacy.iter().copied().find(|i| i.client == client && i.from <= date && date <= i.to)
    }
}
