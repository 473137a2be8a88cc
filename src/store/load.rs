//! Loading the ledger directory into domain values in one pass per file: TOML into
//! clients and settings, purchases and adjustments into memory (they are lots), the
//! time log streamed into compact debits (a few bytes a row) and, on request, handed
//! row by row to the caller. Every problem becomes a diagnostic with `file:line`.

use std::collections::BTreeMap;
use std::path::Path;

use compact_str::CompactString;
use rustc_hash::{FxHashMap, FxHashSet};

use super::csvio::{CsvFile, FileMeta, OpenCsv, read_csv};
use super::ids::{IdSet, id_fingerprint};
use super::layout::*;
use super::tomlread::{Src, read_clients, read_people, read_settings};
use crate::domain::bank::AdjustKind;
use crate::domain::bank::{Account, CarryRule, Credit, Limits, LotSource, RetainerPlan};
use crate::domain::check::{Code, Diagnostic};
use crate::domain::client::{Client, ClientType, Overage};
use crate::domain::date::{check_months, parse_date};
use crate::domain::duration::Minutes;
use crate::domain::flex::FlexPlan;
use crate::domain::ledger::{Adjustment, Expense, Ledger, Purchase, WorkSink, intern};
use crate::domain::money::Money;
use crate::error::Error;

use super::billing::{credit_on_payment, load_billing};
use super::rows::{optional, unknown_client};
use super::sent::load_sent;
use super::timelog::{load_timelog, open_timelog};

fn read_text(dir: &Path, name: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
    match super::files::read_text(&dir.join(name)) {
        Ok(text) => text,
        Err(e) => {
            diagnostics.push(Diagnostic::error(name, None, Code::Io, e.to_string()));
            None
        }
    }
}

/// Loads the ledger, handing every time-log row to sinks made by `make` (from the
/// ledger's clients, read before the time log).
pub fn load_into<S: WorkSink>(
    dir: &Path,
    make: &(dyn Fn(&[Client]) -> S + Sync),
) -> Result<(Ledger, S), Error> {
    let threads = threads();
    // While the TOML files are parsed, a second thread reads purchases.csv (its rows
    // name clients, resolved once those are known) and opens the time log, finding
    // where its second half starts.
    let (mut ledger, mut ids, timelog) =
        std::thread::scope(|scope| -> Result<(Ledger, IdSet, Option<OpenCsv>), Error> {
            let purchases = (threads >= 2)
                .then(|| scope.spawn(|| (read_purchases(dir), open_timelog(dir, true))));
            let mut ledger = load_toml(dir, threads)?;
            check_clients(&mut ledger);
            note_temp_files(&mut ledger);
            let mut ids = IdSet::default();
            let (read, timelog) = match purchases {
                Some(reading) => {
                    let (read, timelog) = reading.join().expect("reading ahead does not panic");
                    (read, Some(timelog))
                }
                None => (read_purchases(dir), None),
            };
            add_purchases(&mut ledger, read, &mut ids);
            Ok((ledger, ids, timelog))
        })?;
    load_adjustments(&mut ledger, &mut ids);
    let timelog = timelog.unwrap_or_else(|| open_timelog(dir, false));
    let sink = load_timelog(&mut ledger, &mut ids, make, timelog);
    load_billing(&mut ledger, &mut ids);
    load_expenses(&mut ledger, &mut ids);
    load_timers(&mut ledger, &mut ids);
    load_sent(&mut ledger, &mut ids);
    report_duplicates(&mut ledger, ids);
    fold_follow_ons(&mut ledger, CLIENTS, Code::UnknownClient, "clients");
    fold_follow_ons(&mut ledger, PEOPLE, Code::UnknownPerson, "people");
    build_accounts(&mut ledger, S::BANKS);
    Ok((ledger, sink))
}

/// The ledger with what its TOML files say (settings, clients, people), and no rows.
fn load_toml(dir: &Path, threads: usize) -> Result<Ledger, Error> {
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
    Ok(Ledger {
        dir: dir.to_path_buf(),
        threads,
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
        rows_billed: Vec::new(),
        expenses: Vec::new(),
        timers: Vec::new(),
        sent: FxHashSet::default(),
        sent_to: FxHashSet::default(),
        diagnostics,
        files: BTreeMap::new(),
        last_date: None,
        services_used: BTreeMap::new(),
    })
}

/// The threads reading and simulating may use: `HOURBANK_THREADS` (a whole number
/// from 1, e.g. 1 on a busy server; any other value is ignored), else the machine's
/// cores, at most 8. The results are the same on any number.
pub fn threads() -> usize {
    let cores = || std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    std::env::var("HOURBANK_THREADS")
        .ok()
        .and_then(|t| t.trim().parse::<usize>().ok())
        .filter(|&n| n >= 1)
        .unwrap_or_else(cores)
}

pub fn load(dir: &Path) -> Result<Ledger, Error> {
    load_into(dir, &|_| ()).map(|(ledger, ())| ledger)
}

/// While `toml` (clients.toml, people.toml) has errors, rows naming unknown ids are
/// mostly their follow-ons: one summary line per file stands for them, so the TOML
/// error is what a person reads first.
fn fold_follow_ons(ledger: &mut Ledger, toml: &str, code: Code, what: &str) {
    if !ledger.diagnostics.iter().any(|d| d.file == toml && d.code == Code::Toml && d.is_error()) {
        return;
    }
    let mut counts: BTreeMap<String, (u32, Option<u32>)> = BTreeMap::new();
    ledger.diagnostics.retain(|d| {
        if d.code != code || d.file == toml {
            return true;
        }
        let entry = counts.entry(d.file.clone()).or_insert((0, d.line));
        entry.0 += 1;
        false
    });
    for (file, (count, first)) in counts {
        ledger.diagnostics.push(Diagnostic::error(
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
fn note_temp_files(ledger: &mut Ledger) {
    for name in super::write::stale_temp_files(&ledger.dir) {
        ledger.diagnostics.push(Diagnostic::warning(
            &name,
            None,
            Code::TempFile,
            "temporary file left by an interrupted write; the next write removes it",
        ));
    }
    // Under the lock, a record of a write that did not complete is one that could
    // not be rolled back (SPEC 12.9).
    for stale in super::unit::stale(&ledger.dir) {
        let name = stale.path.strip_prefix(&ledger.dir).unwrap_or(&stale.path);
        ledger.diagnostics.push(Diagnostic::error(
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
fn check_clients(ledger: &mut Ledger) {
    // A circle of payers is reported once, at the client of it that comes first.
    let mut circles = Vec::new();
    for (i, client) in ledger.clients.iter().enumerate() {
        let Some(circle) =
            client.payer.as_ref().and_then(|p| ledger.payer_circle(client.id.as_str(), p.as_str()))
        else {
            continue;
        };
        if circle.iter().all(|c| ledger.client_ix(c).is_some_and(|ix| ix as usize >= i)) {
            circles.push(Diagnostic::error(
                CLIENTS,
                ledger.client_lines[i],
                Code::Config,
                format!(
                    "clients.{}.payer: the payers go round in a circle ({} -> {})",
                    client.id,
                    circle.join(" -> "),
                    client.id
                ),
            ));
        }
    }
    ledger.diagnostics.append(&mut circles);
    // Two clients with one page token (in any case: a file system may not tell
    // letters' cases apart) would share one page (SPEC 15); `publish` refuses it.
    let mut tokens: FxHashMap<String, usize> = FxHashMap::default();
    for (i, client) in ledger.clients.iter().enumerate() {
        let Some(token) = client.page_token.as_deref() else { continue };
        if let Some(&first) = tokens.get(&token.to_ascii_lowercase()) {
            let message = format!(
                "clients.{}.page_token: the same as clients.{}'s; each client's page needs its own (`hourbank client set {} --unset page_token`, and publish draws a new one)",
                client.id, ledger.clients[first].id, client.id
            );
            let line = ledger.client_lines[i];
            ledger.diagnostics.push(Diagnostic::warning(CLIENTS, line, Code::Config, message));
        } else {
            tokens.insert(token.to_ascii_lowercase(), i);
        }
    }
    for (i, client) in ledger.clients.iter().enumerate() {
        if client.kind == ClientType::Retainer
            && (client.monthly_hours.is_none() || client.start.is_none())
        {
            ledger.diagnostics.push(Diagnostic::warning(
                CLIENTS,
                ledger.client_lines[i],
                Code::Config,
                format!(
                    "clients.{}: a retainer needs monthly_hours and start; it gets no monthly hours until both are set",
                    client.id
                ),
            ));
        }
        // Contract terms set on a client they do not apply to (SPEC 15): each said.
        let carries = client.overage == Overage::Carry;
        let (id, kind) = (&client.id, client.kind);
        let unused = [
            (carries && kind != ClientType::Retainer).then(|| {
                format!("overage: \"carry\" applies to retainers; a {kind} client has no month to carry into")
            }),
            (client.carry_max.is_some() && !carries).then(|| {
                "carry_max: applies with overage = \"carry\" (the overage is billed)".to_string()
            }),
            (client.topup.is_some() && kind != ClientType::Bank)
                .then(|| format!("topup: applies to bank clients; a {kind} client is never topped up")),
            (client.topup.is_some() && kind == ClientType::Bank && client.block_hours.is_none())
                .then(|| "topup: the client has no block_hours, so no block can be bought".to_string()),
        ];
        for message in unused.into_iter().flatten() {
            let line = ledger.client_lines[i];
            let message = format!("clients.{id}.{message}");
            ledger.diagnostics.push(Diagnostic::warning(CLIENTS, line, Code::Config, message));
        }
        if let Some(payer) = &client.payer
            && !ledger.client_index.contains_key(payer.as_str())
        {
            let line = ledger.client_lines[i];
            ledger.diagnostics.push(Diagnostic::error(
                CLIENTS,
                line,
                Code::UnknownClient,
                format!("clients.{}.payer: unknown client \"{payer}\"", client.id),
            ));
        }
    }
}

/// purchases.csv as read before the clients are known (on a thread of its own while
/// the TOML files are parsed): the valid rows, and the client each names as written.
struct ReadPurchases {
    rows: Vec<Purchase>,
    clients: Vec<CompactString>,
    ids: IdSet,
    diagnostics: Vec<Diagnostic>,
    meta: FileMeta,
}

fn read_purchases(dir: &Path) -> ReadPurchases {
    let path = dir.join(PURCHASES);
    let (mut rows, mut clients) = (Vec::new(), Vec::new());
    let (mut ids, mut diagnostics) = (IdSet::default(), Vec::new());
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
            let purchase = Purchase {
                id: id.into(),
                line,
                date,
                client: u32::MAX,
                minutes,
                price,
                expires,
                project: f.text(purchase::PROJECT).into(),
                note: f.text(purchase::NOTE).into(),
                by: f.text(purchase::BY).into(),
                valid_months,
                effective: Some(date),
                billing_invoice: None,
            };
            rows.push(purchase);
            clients.push(client_id.into());
            Ok(())
        },
    );
    ReadPurchases { rows, clients, ids, diagnostics, meta }
}

/// Adds the purchases read to the ledger, now that its clients are known.
fn add_purchases(ledger: &mut Ledger, read: ReadPurchases, ids: &mut IdSet) {
    let ReadPurchases { mut rows, clients, ids: read_ids, mut diagnostics, meta } = read;
    ids.absorb(read_ids);
    let mut clients = clients.iter();
    // In place: a ledger may hold hundreds of thousands of lots.
    rows.retain_mut(|purchase| {
        let client_id = clients.next().expect("a client for each row");
        let line = purchase.line;
        let Some(client) = ledger.client_ix(client_id) else {
            diagnostics.push(unknown_client(PURCHASES, line, client_id));
            return false;
        };
        if let Some(exp) = purchase.expires
            && exp < purchase.date
        {
            diagnostics.push(Diagnostic::error(
                PURCHASES,
                Some(line),
                Code::ExpiresBeforeBought,
                format!("the lot expires ({exp}) before it is bought ({})", purchase.date),
            ));
        }
        ledger.see_date(purchase.date);
        ledger.referenced[client as usize] = true;
        purchase.client = client;
        true
    });
    ledger.purchases = rows;
    ledger.diagnostics.append(&mut diagnostics);
    ledger.files.insert(PURCHASES, meta);
}

fn load_expenses(ledger: &mut Ledger, ids: &mut IdSet) {
    let path = ledger.dir.join(EXPENSES);
    let mut diagnostics = std::mem::take(&mut ledger.diagnostics);
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
                    "amount: an expense is more than 0.00 (a refund is a negative payment)".into(),
                );
            }
            ids.insert(id);
            let client_id = f.text(expense::CLIENT);
            let Some(client) = ledger.client_ix(client_id) else {
                extra.push(unknown_client(EXPENSES, line, client_id));
                return Ok(());
            };
            ledger.referenced[client as usize] = true;
            ledger.see_date(date);
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
    ledger.diagnostics = diagnostics;
    ledger.files.insert(EXPENSES, meta);
    ledger.expenses = expenses;
}

/// The running timers (`timers.csv`, SPEC 13): a person that `people.toml` does not
/// list (when it lists people) or an unknown client is an error at its line; a second
/// timer of one person (a merge) a warning.
fn load_timers(ledger: &mut Ledger, ids: &mut IdSet) {
    let path = ledger.dir.join(TIMERS);
    let mut diagnostics = std::mem::take(&mut ledger.diagnostics);
    let mut extra = Vec::new();
    let mut timers: Vec<crate::domain::timer::Timer> = Vec::new();
    let meta = read_csv(
        &CsvFile { path: &path, label: TIMERS, wanted: TIMER_COLUMNS, required: TIMER_REQUIRED },
        &mut diagnostics,
        |line, f| {
            let started =
                chrono::NaiveDateTime::parse_from_str(f.text(timer::STARTED), "%Y-%m-%dT%H:%M:%S")
                    .or_else(|_| {
                        chrono::NaiveDateTime::parse_from_str(
                            f.text(timer::STARTED),
                            "%Y-%m-%dT%H:%M",
                        )
                    })
                    .map_err(|_| {
                        format!(
                            "started \"{}\": use a local date-time like 2026-11-23T09:00",
                            f.text(timer::STARTED)
                        )
                    })?;
            let id = f.text(timer::ID);
            ids.insert(id);
            let client = f.text(timer::CLIENT);
            if ledger.client_ix(client).is_none() {
                extra.push(unknown_client(TIMERS, line, client));
                return Ok(());
            }
            let person = f.text(timer::PERSON);
            if person.is_empty() || (ledger.people.is_some() && ledger.person_ix(person).is_none())
            {
                return Err(format!(
                    "person \"{person}\": a timer is someone's, and people.toml lists the people"
                ));
            }
            // Two clones each started one: the first runs, the second waits its turn.
            if let Some(first) = timers.iter().find(|t| t.person == person) {
                extra.push(Diagnostic::warning(
                    TIMERS,
                    Some(line),
                    Code::DuplicateTimer,
                    format!("{person} has a second timer running (the first at {TIMERS}:{}): `hourbank stop` or `hourbank cancel` ends the first, then this one runs", first.line),
                ));
            }
            timers.push(crate::domain::timer::Timer {
                id: id.to_string(),
                line,
                person: person.to_string(),
                client: client.to_string(),
                project: f.text(timer::PROJECT).to_string(),
                service: f.text(timer::SERVICE).to_string(),
                note: f.text(timer::NOTE).to_string(),
                started,
            });
            Ok(())
        },
    );
    diagnostics.append(&mut extra);
    ledger.diagnostics = diagnostics;
    ledger.files.insert(TIMERS, meta);
    ledger.timers = timers;
}

fn load_adjustments(ledger: &mut Ledger, ids: &mut IdSet) {
    let path = ledger.dir.join(ADJUSTMENTS);
    let mut diagnostics = std::mem::take(&mut ledger.diagnostics);
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
            let minutes = Minutes::parse(f.text(adjustment::HOURS)).map_err(|e| e.to_string())?;
            let expires = optional(f.text(adjustment::EXPIRES), |t| {
                parse_date(t).map_err(|e| format!("expires: {e}"))
            })?;
            ids.insert(id);
            let account = if bank.is_empty() {
                let client = ledger.client_ix(holder);
                match client {
                    Some(c) => ledger.referenced[c as usize] = true,
                    None if ledger.person_ix(holder).is_some() => extra.push(Diagnostic::error(
                        ADJUSTMENTS,
                        Some(line),
                        Code::UnknownBank,
                        format!(
                            "{holder} is a person: the row needs the bank it adjusts (column bank)"
                        ),
                    )),
                    None => extra.push(unknown_client(ADJUSTMENTS, line, holder)),
                }
                client
            } else {
                let account = ledger.bank_ix(holder, bank).map(|b| ledger.bank_account(b));
                if account.is_none() {
                    extra.push(unknown_bank(ledger, line, holder, bank));
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
            ledger.see_date(date);
            ledger.adjustments.push(Adjustment {
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
    ledger.diagnostics = diagnostics;
    ledger.files.insert(ADJUSTMENTS, meta);
}

/// Names every place of every duplicate id (a second, id-only pass that runs only
/// when there are duplicates).
fn report_duplicates(ledger: &mut Ledger, ids: IdSet) {
    let candidates = ids.candidates(ledger.threads);
    if candidates.is_empty() {
        return;
    }
    // The client a row concerns (SPEC 12.1: a duplicate blocks only its clients'
    // writes); lines and payments by their invoice's.
    let finder = crate::domain::invoice::InvoiceFinder::new(&ledger.invoices);
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
        (TIMERS, "client"),
    ] {
        let mut ignored = Vec::new();
        read_csv(
            &CsvFile {
                path: &ledger.dir.join(file),
                label: file,
                wanted: &["id", column, "invoice_id"],
                required: &[],
            },
            &mut ignored,
            |line, f| {
                let id = f.text(0);
                if id.is_empty() || !candidates.contains(&id_fingerprint(id)) {
                    return Ok(());
                }
                let client = match column {
                    "invoice" => finder
                        .find(f.text(2), f.text(1))
                        .map(|n| ledger.invoices[n].client.clone())
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
    ledger.diagnostics.extend(found);
}

fn build_accounts(ledger: &mut Ledger, banks: bool) {
    ledger.banks_planned = banks;
    credit_on_payment(ledger);
    for (i, p) in ledger.purchases.iter().enumerate() {
        let project = intern(&mut ledger.projects, &mut ledger.project_index, &p.project);
        // A pending lot counts nowhere until its invoice is paid (SPEC 10).
        let Some(effective) = p.effective else { continue };
        ledger.accounts[p.client as usize].credits.push(Credit {
            date: effective,
            minutes: p.minutes,
            expires: p.expiry_from(effective),
            project,
            source: LotSource::Purchase(i as u32),
        });
    }
    for (i, a) in ledger.adjustments.iter().enumerate() {
        let Some(account) = a.account else { continue };
        let account = &mut ledger.accounts[account as usize];
        account.add_adjustment(a.kind, a.date, a.minutes, a.expires, i as u32);
    }
    let people = ledger.people.as_deref().unwrap_or_default();
    for (b, bank) in ledger.banks.iter().enumerate().filter(|_| banks) {
        let person = &people[bank.person as usize];
        let days = &ledger.person_days[bank.person as usize];
        let account = &mut ledger.accounts[ledger.clients.len() + b];
        account.limits = Limits { floor: bank.min_balance, cap: bank.max_balance };
        account.flex = Some(FlexPlan::new(bank, person, &ledger.settings.holidays, days));
    }
    for (client, account) in ledger.clients.iter().zip(ledger.accounts.iter_mut()) {
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
                carry: (client.overage == Overage::Carry)
                    .then_some(CarryRule { max: client.carry_max }),
            });
        }
    }
}

fn unknown_bank(ledger: &Ledger, line: u32, holder: &str, bank: &str) -> Diagnostic {
    let message = if ledger.person_ix(holder).is_some() {
        format!(
            "unknown bank \"{bank}\" of {holder} (add [people.{holder}.banks.{bank}] to people.toml)"
        )
    } else {
        format!(
            "unknown person \"{holder}\" (bank \"{bank}\" needs [people.{holder}] in people.toml)"
        )
    };
    let code = if ledger.person_ix(holder).is_some() { Code::Config } else { Code::UnknownPerson };
    Diagnostic::error(ADJUSTMENTS, Some(line), code, message)
}
