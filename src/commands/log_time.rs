//! `hourbank log-time`: appends one work, time-off or late-cancellation row, charged by
//! the rounding rule (a cancellation by its policy level), after checking the credit
//! limit, a retainer's start..end and overdue invoices; says which lots it drew from.

use std::process::ExitCode;

use anyhow::Result;

use super::Access;
use super::activate_prospect;
use super::{Ctx, client_arg, lot_name, opt_money};
use crate::domain::admit::{NewWork, admit_work};
use crate::domain::bank::{Debit, SimOptions, TraceRef, simulate};
use crate::domain::client::{ClientType, charge_of};
use crate::domain::date::day_number;
use crate::domain::duration::Minutes;
use crate::domain::id::{IdKind, Slug};
use crate::domain::invoicing::invoiced_note;
use crate::domain::rates::rate_for;
use crate::error::Error;
use crate::store::layout::timelog;
use crate::store::layout::{TIMELOG, TIMELOG_COLUMNS};
use crate::store::write::{Append, check_one_line, new_row_id};

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
    for (flag, value) in
        [("--note", &args.note), ("--project", &args.project), ("--service", &args.service)]
    {
        if let Some(v) = value {
            check_one_line(flag, v)?;
        }
    }
    let (_lock, mut ledger) = ctx.lock_ledger(Access::Clients(client_id.as_slice()))?;
    let has_people = ledger.people.is_some();
    let person = super::row_person(&ledger, args.person.as_ref());
    if has_people && !person.is_empty() && ledger.person_ix(&person).is_none() {
        return Err(Error::with_hint(
            format!("unknown person \"{person}\""),
            "people.toml lists the people; add [people.<id>] there",
        )
        .into());
    }
    let id = new_row_id(IdKind::Time)?;
    let client_ix = client_id.map(|c| client_arg(&ledger, c)).transpose()?;
    let billable = !args.non_billable && !args.time_off;
    let notice = args
        .notice
        .as_deref()
        .map(|t| Minutes::parse_unsigned(t).map_err(|e| Error::refused(format!("--notice: {e}"))))
        .transpose()?;
    let levels =
        client_ix.map(|ix| ledger.settings.cancellation_levels(&ledger.clients[ix as usize]));
    let cancelled = notice.map(|notice| (levels.unwrap_or_default(), notice));
    let rounding = ledger.settings.rounding;
    let charged = charge_of(hours, billable, args.time_off, None, cancelled, rounding);
    let project = args.project.clone().unwrap_or_default();
    let row = vec![
        (timelog::ID, id.clone()),
        (timelog::DATE, date.to_string()),
        (timelog::CLIENT, client_id.unwrap_or("").to_string()),
        (timelog::PERSON, person.clone()),
        (timelog::HOURS, hours.hm()),
        (timelog::CHARGED, charged.hm()),
        (timelog::PROJECT, project.clone()),
        (timelog::SERVICE, args.service.clone().unwrap_or_default()),
        (timelog::BILLABLE, if billable { "yes" } else { "no" }.to_string()),
        (timelog::RATE, rate.map(|r| r.to_string()).unwrap_or_default()),
        (
            timelog::KIND,
            if args.time_off {
                "time-off"
            } else if args.cancelled {
                "cancellation"
            } else {
                "work"
            }
            .to_string(),
        ),
        (timelog::NOTICE, notice.map(|n| n.hm()).unwrap_or_default()),
        (timelog::NOTE, args.note.clone().unwrap_or_default()),
        (timelog::BY, ctx.user.clone()),
    ];
    let mut meta = ledger.files.get(TIMELOG).cloned().unwrap_or_default();
    let rows = Append::prepare(&ledger.dir, TIMELOG, &meta, TIMELOG_COLUMNS, &[row])?;

    let message = match client_ix {
        None => format!("{person}: logged {} time off on {date} ({id})", hours.hm()),
        Some(ix) => {
            let logged = Logged { date, hours, charged, billable, rate, notice, project };
            // The line the row will have in timelog.csv names it in the preview.
            client_message(ctx, &mut ledger, ix, &logged, &args, meta.next_row_line())?
        }
    };
    ctx.commit_write(args.dry_run, &message, || {
        rows.write(&mut meta)?;
        match client_ix {
            Some(ix) => activate_prospect(&ledger, ix, "first logged work"),
            None => Ok(()),
        }
    })
}

/// A row about to be logged.
struct Logged {
    date: chrono::NaiveDate,
    hours: Minutes,
    charged: Minutes,
    billable: bool,
    rate: Option<crate::domain::money::Money>,
    notice: Option<Minutes>,
    project: String,
}

/// What a logged row of a client does, in words, after the admission rules let it in
/// (SPEC 3, 12.6): the lots it draws on or the overdraft, and what is left, or for a
/// pay-as-you-go client what it bills; notes on stderr for an invoiced period, a
/// service without a rate or work that bills 0.00.
fn client_message(
    ctx: &Ctx,
    ledger: &mut crate::domain::ledger::Ledger,
    ix: u32,
    row: &Logged,
    args: &Args,
    new_line: u32,
) -> Result<String, Error> {
    let Logged { date, hours, charged, billable, rate, notice, ref project } = *row;
    let project_ix = ledger.project_ix(project);
    let client = &ledger.clients[ix as usize];
    let new_row = NewWork {
        date,
        charged,
        project: project_ix,
        line: new_line,
        service: args.service.as_deref().unwrap_or(""),
        billable,
    };
    let facts = crate::domain::admit::client_facts(ledger, ix, date.max(ctx.today));
    admit_work(&facts, std::slice::from_ref(&new_row), args.force, "log work")
        .map_err(Error::from)?;
    let mut account = ledger.accounts[ix as usize].clone();
    let new_debit = Debit {
        day: day_number(date),
        minutes: charged.0 as i32,
        project: project_ix,
        line: new_line,
    };
    if billable
        && let Some(note) = invoiced_note(
            ledger,
            client,
            &account,
            new_debit,
            args.service.as_deref().unwrap_or(""),
            date,
        )
    {
        super::note(&note);
    }
    account.debits.push(new_debit);
    let now = simulate(
        &account,
        SimOptions { as_of: date.max(ctx.today), watch_from: None, trace: true },
    );
    let taken: &[(usize, Minutes)] = now
        .trace
        .iter()
        .find(|e| e.reference == TraceRef::WorkLine(new_line))
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
    let service = args.service.as_deref().unwrap_or("");
    if !service.is_empty()
        && rate.is_none()
        && !client.rates.contains_key(service)
        && !ledger.settings.services.contains_key(service)
    {
        super::note(&format!(
            "warning: service \"{service}\" has no rate (neither [services.{service}] in hourbank.toml nor the client's rates): it is billed at the client's rate"
        ));
    }
    Ok(if client.kind == ClientType::Payg {
        // Pay as you go has no bank: say what the row bills, not an overdraft.
        let rate = rate_for(rate, service, Some(client), &ledger.settings);
        if billable && rate.0.is_zero() {
            super::note(&format!(
                "warning: no rate applies to {}'s work: it bills 0.00 (set one with `hourbank client set {} --rate R`, or default_rate in hourbank.toml)",
                client.id, client.id
            ));
        }
        let currency = client.currency.clone().unwrap_or_else(|| ledger.settings.currency.clone());
        let billed = if billable {
            format!("billed by the hour at {rate} {currency}")
        } else {
            "not billable".to_string()
        };
        format!("{}: {}{charged_text}, {billed}", client.id, logged(hours, notice))
    } else {
        let expiry = now.next_expiry.map(|d| format!(", next expiry {d}")).unwrap_or_default();
        let left = super::left_text(ctx, &account, date, now.available);
        format!("{}: {}{charged_text}{from}, {left}{expiry}", client.id, logged(hours, notice))
    })
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
