//! `hourbank log-time`: appends one work, time-off or late-cancellation row, charged by
//! the rounding rule (a cancellation by its policy level), after checking the credit
//! limit, a retainer's start..end and overdue invoices; says which lots it drew from.

use std::process::ExitCode;

use anyhow::Result;

use super::Access;
pub mod timer;

use super::activate_prospect;
use super::{Ctx, client_arg, lot_name, opt_money};
use crate::domain::admit::{NewWork, admit_work};
use crate::domain::bank::{Debit, SimOptions, TraceRef, simulate};
use crate::domain::client::ClientType;
use crate::domain::duration::Minutes;
use crate::domain::id::{IdKind, Slug};
use crate::domain::invoicing::invoiced_note;
use crate::domain::ledger::Ledger;
use crate::domain::rates::rate_for;
use crate::domain::rates::{multiplier_text, new_row_charge};
use crate::error::Error;
use crate::store::layout::timelog;
use crate::store::layout::{TIMELOG, TIMELOG_COLUMNS};
use crate::store::write::{Append, check_one_lines, new_row_id};

/// Log work against a client's bank (or time off with --time-off)
#[derive(Debug, clap::Args)]
#[command(allow_negative_numbers = true)]
#[command(
    after_help = "Examples:\n  hourbank log-time acme 1:30 --note \"fixed the contact form\"\n  hourbank log-time acme 45m --date yesterday --project web\n  hourbank log-time --time-off --person ann 8"
)]
pub struct Args {
    /// CLIENT DURATION (with --time-off: DURATION only). Durations: 1.5, 1:30, 1h30m, 90m
    #[arg(add = crate::complete::clients(), value_name = "CLIENT DURATION", num_args = 1..=2, required = true)]
    pub values: Vec<String>,
    /// Date of the work (default: today)
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    /// Who worked (default: $HOURBANK_USER when it is a person id, else no one)
    #[arg(add = crate::complete::people(), long, value_name = "P")]
    pub person: Option<String>,
    /// Project the work belongs to (project lots are used first)
    #[arg(add = crate::complete::projects(), allow_hyphen_values = true, long, value_name = "P")]
    pub project: Option<String>,
    /// Service, for its rate (see [services] and the client's rates)
    #[arg(add = crate::complete::services(), allow_hyphen_values = true, long, value_name = "S")]
    pub service: Option<String>,
    /// Hourly rate for this row, overriding every other rate
    #[arg(long, value_name = "R")]
    pub rate: Option<String>,
    /// Record the time but charge nothing
    #[arg(long)]
    pub non_billable: bool,
    /// Time off for --person (no client)
    #[arg(long, requires = "person")]
    pub time_off: bool,
    /// A booking cancelled late: DURATION is the booked time, charged by the
    /// cancellation policy on --notice
    #[arg(long, requires = "notice", conflicts_with_all = ["time_off", "non_billable"])]
    pub cancelled: bool,
    /// How long before the booking it was cancelled (with --cancelled), e.g. 36 or 1:30
    #[arg(long, value_name = "DURATION", requires = "cancelled")]
    pub notice: Option<String>,
    /// Free text
    #[arg(long, allow_hyphen_values = true)]
    pub note: Option<String>,
    /// Log even beyond the client's credit limit, outside a retainer's start..end, or
    /// while an overdue invoice blocks the client
    #[arg(long)]
    pub force: bool,
    /// Show what would be written, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let (client_id, hours) = client_and_hours(&args)?;
    let date = ctx.opt_date("--date", args.date.as_deref())?.unwrap_or(ctx.today);
    let rate = opt_money("--rate", args.rate.as_deref())?;
    if let Some(p) = &args.person {
        Slug::parse(p).map_err(|e| Error::refused(format!("--person: {e}")))?;
    }
    check_one_lines(&[
        ("--note", &args.note),
        ("--project", &args.project),
        ("--service", &args.service),
    ])?;
    let notice = args
        .notice
        .as_deref()
        .map(|t| Minutes::parse_unsigned(t).map_err(|e| Error::refused(format!("--notice: {e}"))))
        .transpose()?;
    let (_lock, mut ledger) = ctx.lock_ledger(Access::Clients(client_id.as_slice()))?;
    let person = person(&ledger, args.person.as_ref())?;
    let row = Logging {
        client: client_id.map(str::to_string),
        date,
        hours,
        person,
        project: args.project.clone().unwrap_or_default(),
        service: args.service.clone().unwrap_or_default(),
        rate,
        billable: !args.non_billable && !args.time_off,
        time_off: args.time_off,
        notice,
        note: args.note.clone().unwrap_or_default(),
        source: String::new(),
    };
    log_rows(ctx, &mut ledger, &[row], args.force, args.dry_run, None, |_| Ok(()))
}

/// The person a row names: `--person`, else the one `$HOURBANK_USER` names; one that
/// `people.toml` does not list is refused.
fn person(ledger: &Ledger, flag: Option<&String>) -> Result<String, Error> {
    let person = super::row_person(ledger, flag);
    if ledger.people.is_some() && !person.is_empty() && ledger.person_ix(&person).is_none() {
        return Err(Error::with_hint(
            format!("unknown person \"{person}\""),
            "people.toml lists the people; add [people.<id>] there",
        ));
    }
    Ok(person)
}

/// A work, time-off or cancellation row about to be logged (by `log-time`, or by a
/// timer as it stops).
#[derive(Debug, Clone)]
pub struct Logging {
    /// The client's id; none for time off.
    pub client: Option<String>,
    pub date: chrono::NaiveDate,
    /// The time worked, or booked for a cancellation.
    pub hours: Minutes,
    pub person: String,
    pub project: String,
    pub service: String,
    pub rate: Option<crate::domain::money::Money>,
    pub billable: bool,
    pub time_off: bool,
    /// A cancellation's notice.
    pub notice: Option<Minutes>,
    pub note: String,
    /// Where the row comes from (`timer:<id>`), empty when typed.
    pub source: String,
}

/// Logs `rows` (of one client, or time off) under the lock the caller holds: charged
/// by the rounding rule (a cancellation by its policy level), admitted together by
/// the rules of SPEC 12.6, appended, and each said in one line; `also` writes in the
/// same unit (a timer's removal), `said` is its line. A prospect client becomes active.
fn log_rows(
    ctx: &mut Ctx,
    ledger: &mut Ledger,
    rows: &[Logging],
    force: bool,
    dry_run: bool,
    said: Option<String>,
    also: impl FnOnce(&Ledger) -> Result<(), Error>,
) -> Result<ExitCode> {
    let client_ix = rows[0].client.as_deref().map(|c| client_arg(ledger, c)).transpose()?;
    let mut meta = ledger.files.get(TIMELOG).cloned().unwrap_or_default();
    let mut fields = Vec::new();
    let mut logged = Vec::new();
    for (n, row) in rows.iter().enumerate() {
        let id = new_row_id(IdKind::Time)?;
        let levels =
            client_ix.map(|ix| ledger.settings.cancellation_levels(&ledger.clients[ix as usize]));
        let cancelled = row.notice.map(|notice| (levels.unwrap_or_default(), notice));
        let client = client_ix.map(|ix| &ledger.clients[ix as usize]);
        let (charged, multiplier) = new_row_charge(
            client,
            &row.service,
            row.hours,
            row.billable,
            row.time_off,
            cancelled,
            &ledger.settings,
        );
        let mut row_fields = row_fields(&id, row, charged, &ctx.user);
        // Only a row that has one names its multiplier: an older header is not
        // extended for an empty column.
        if multiplier != rust_decimal::Decimal::ONE {
            row_fields.push((timelog::MULTIPLIER, multiplier_text(multiplier)));
        }
        fields.push(row_fields);
        // The line the row will have in timelog.csv names it in the preview.
        logged.push(Logged { id, charged, line: meta.next_row_line() + n as u32 });
    }
    let append = Append::prepare(&ledger.dir, TIMELOG, &meta, TIMELOG_COLUMNS, &fields)?;
    let mut lines: Vec<String> = match client_ix {
        None => rows
            .iter()
            .zip(&logged)
            .map(|(row, l)| {
                format!(
                    "{}: logged {} time off on {} ({})",
                    row.person,
                    row.hours.hm(),
                    row.date,
                    l.id
                )
            })
            .collect(),
        Some(ix) => client_messages(ctx, ledger, ix, rows, &logged, force)?,
    };
    lines.extend(said);
    ctx.commit_write(dry_run, &lines.join("\n"), || {
        append.write(&mut meta)?;
        also(ledger)?;
        match client_ix {
            Some(ix) => activate_prospect(ledger, ix, "first logged work"),
            None => Ok(()),
        }
    })
}

/// The row of `timelog.csv` that records `row`.
fn row_fields(id: &str, row: &Logging, charged: Minutes, by: &str) -> Vec<(usize, String)> {
    let kind = if row.time_off {
        "time-off"
    } else if row.notice.is_some() {
        "cancellation"
    } else {
        "work"
    };
    vec![
        (timelog::ID, id.to_string()),
        (timelog::DATE, row.date.to_string()),
        (timelog::CLIENT, row.client.clone().unwrap_or_default()),
        (timelog::PERSON, row.person.clone()),
        (timelog::HOURS, row.hours.hm()),
        (timelog::CHARGED, charged.hm()),
        (timelog::PROJECT, row.project.clone()),
        (timelog::SERVICE, row.service.clone()),
        (timelog::BILLABLE, if row.billable { "yes" } else { "no" }.to_string()),
        (timelog::RATE, row.rate.map(|r| r.to_string()).unwrap_or_default()),
        (timelog::KIND, kind.to_string()),
        (timelog::NOTICE, row.notice.map(|n| n.hm()).unwrap_or_default()),
        (timelog::NOTE, row.note.clone()),
        (timelog::SOURCE, row.source.clone()),
        (timelog::BY, by.to_string()),
    ]
}

/// A row as it will be written: its id, what it charges and its line.
struct Logged {
    id: String,
    charged: Minutes,
    line: u32,
}

/// What logged rows of a client do, in words, once the admission rules let them in
/// (SPEC 3, 12.6): per row the lots it draws on or the overdraft, and what is left, or
/// for a pay-as-you-go client what it bills; notes on stderr for an invoiced period, a
/// service without a rate or work that bills 0.00.
fn client_messages(
    ctx: &Ctx,
    ledger: &mut Ledger,
    ix: u32,
    rows: &[Logging],
    logged: &[Logged],
    force: bool,
) -> Result<Vec<String>, Error> {
    let projects: Vec<_> = rows.iter().map(|r| ledger.project_ix(&r.project)).collect();
    let new: Vec<NewWork<'_>> = rows
        .iter()
        .zip(logged)
        .zip(&projects)
        .map(|((row, l), &project)| NewWork {
            date: row.date,
            charged: l.charged,
            project,
            line: l.line,
            service: &row.service,
            billable: row.billable,
        })
        .collect();
    let from = rows.iter().map(|r| r.date).min().unwrap_or(ctx.today).max(ctx.today);
    let facts = crate::domain::admit::client_facts(ledger, ix, from);
    admit_work(&facts, &new, force, "log work").map_err(Error::from)?;
    drop(facts);
    let client = &ledger.clients[ix as usize];
    let mut account = ledger.accounts[ix as usize].clone();
    let debits: Vec<Debit> = new.iter().map(NewWork::debit).collect();
    for (row, &debit) in rows.iter().zip(&debits) {
        if row.billable
            && let Some(note) =
                invoiced_note(ledger, client, &account, debit, &row.service, row.date)
        {
            super::note(&note);
        }
    }
    account.debits.extend(&debits);
    let last = rows.iter().map(|r| r.date).max().unwrap_or(ctx.today);
    let now = simulate(
        &account,
        SimOptions { as_of: last.max(ctx.today), watch_from: None, trace: true },
    );
    let mut out = Vec::new();
    for (row, l) in rows.iter().zip(logged) {
        out.push(row_message(ctx, ledger, client, &account, &now, row, l));
    }
    Ok(out)
}

/// One logged row of a client in words.
fn row_message(
    ctx: &Ctx,
    ledger: &Ledger,
    client: &crate::domain::client::Client,
    account: &crate::domain::bank::Account,
    now: &crate::domain::bank::Outcome,
    row: &Logging,
    l: &Logged,
) -> String {
    let Logging { date, hours, billable, rate, notice, .. } = *row;
    let charged = l.charged;
    let taken: &[(usize, Minutes)] = now
        .trace
        .iter()
        .find(|e| e.reference == TraceRef::WorkLine(l.line))
        .map_or(&[], |e| e.drawn.as_slice());
    let drawn: Vec<String> =
        taken.iter().map(|(lot, _)| lot_name(ledger, &now.lots[*lot])).collect();
    let drawn_minutes: i64 = taken.iter().map(|(_, m)| m.0).sum();
    let mut from =
        if drawn.is_empty() { String::new() } else { format!(" from {}", drawn.join(", ")) };
    let short = charged.0 - drawn_minutes;
    if short > 0 {
        from.push_str(&format!(
            "{} overdraft {}",
            if drawn.is_empty() { " as" } else { " and" },
            Minutes(short).hm()
        ));
    }
    let charged_text =
        if charged == hours { String::new() } else { format!(" (charged {})", charged.hm()) };
    let service = row.service.as_str();
    if !service.is_empty()
        && rate.is_none()
        && !client.rates.contains_key(service)
        && !ledger.settings.services.contains_key(service)
    {
        super::note(&format!(
            "warning: service \"{service}\" has no rate (neither [services.{service}] in hourbank.toml nor the client's rates): it is billed at the client's rate"
        ));
    }
    if client.kind == ClientType::Payg {
        // Pay as you go has no bank: say what the row bills, not an overdraft.
        let rate = rate_for(rate, service, Some(client), &ledger.settings);
        if billable && rate.0.is_zero() {
            super::note(&format!(
                "warning: no rate applies to {}'s work: it bills 0.00 (set one with `hourbank client set {} --rate R`, or default_rate in hourbank.toml)",
                client.id, client.id
            ));
        }
        let currency = ledger.settings.currency_of(client).to_string();
        let billed = if billable {
            format!("billed by the hour at {rate} {currency}")
        } else {
            "not billable".to_string()
        };
        format!("{}: {}{charged_text}, {billed}", client.id, self::logged(hours, notice))
    } else {
        let expiry = now.next_expiry.map(|d| format!(", next expiry {d}")).unwrap_or_default();
        let left = super::left_text(ctx, account, date, now.available);
        format!(
            "{}: {}{charged_text}{from}, {left}{expiry}",
            client.id,
            self::logged(hours, notice)
        )
    }
}

/// The client (none for time off) and the duration a command line names: a duration
/// without a sign, more than 0:00.
fn client_and_hours(args: &Args) -> Result<(Option<&str>, Minutes), Error> {
    let (client_id, duration) = match (args.time_off, args.values.as_slice()) {
        (false, [client, duration]) => (Some(client.as_str()), duration.as_str()),
        (true, [duration]) => (None, duration.as_str()),
        (false, _) => return Err(usage_error("log-time needs CLIENT DURATION")),
        (true, _) => {
            return Err(usage_error("log-time --time-off takes only DURATION (no client)"));
        }
    };
    if duration.trim_start().starts_with(['+', '-']) {
        return Err(Error::with_hint(
            format!("duration \"{duration}\": log-time takes the time worked, without a sign"),
            "to correct a balance, use `hourbank adjust CLIENT +1:30 --reason ...`",
        ));
    }
    let hours = Minutes::parse_unsigned(duration).map_err(|e| Error::refused(e.to_string()))?;
    if hours.0 == 0 {
        return Err(Error::refused(format!("duration \"{duration}\": must be more than 0:00")));
    }
    Ok((client_id, hours))
}

fn usage_error(message: &str) -> Error {
    Error::Usage { command: "log-time", message: message.to_string() }
}

/// What a row logged: `logged 1:30`, or for a cancellation what was booked and the
/// notice given.
fn logged(hours: Minutes, notice: Option<Minutes>) -> String {
    match notice {
        Some(notice) => {
            format!("cancelled a booking of {} with {} notice", hours.hm(), notice.hm())
        }
        None => format!("logged {}", hours.hm()),
    }
}
