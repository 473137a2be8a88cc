//! `hourbank start|stop|switch|cancel|status` (SPEC 13): a running timer per person in
//! `timers.csv`. `stop` logs the time it ran as `log-time` rows (the same admission,
//! rounding and words; one row per day it spans, each with `source` `timer:<id>`) and
//! removes the timer in the same write. A timer whose id a row's `source` names was
//! logged already (a write that stopped on another clone, merged): it is never logged
//! again, and the next timer write drops it.

use std::process::ExitCode;

use anyhow::Result;
use chrono::{NaiveDateTime, NaiveTime};

use super::super::{Access, Ctx, client_arg};
use super::{Logging, log_rows};
use crate::domain::admit::{admit_work, client_facts};
use crate::domain::bank::{SimOptions, simulate};
use crate::domain::client::ClientType;
use crate::domain::duration::Minutes;
use crate::domain::id::{IdKind, Slug};
use crate::domain::ledger::Ledger;
use crate::domain::rates::new_row_charge;
use crate::domain::timer::{LoggedTimers, Timer, day_parts, elapsed, source};
use crate::error::Error;
use crate::store::layout::{TIMER_COLUMNS, TIMERS, timer};
use crate::store::write::{
    Append, LineEdit, check_one_line, check_one_lines, new_row_id, rewrite_lines,
};

/// Start a timer for a client (one per person)
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  hourbank start acme --project web --note \"contact form\"\n  hourbank start acme --at 09:15\n  hourbank status"
)]
pub struct StartArgs {
    /// The client the time is for
    #[arg(add = crate::complete::clients(), value_name = "CLIENT")]
    pub client: String,
    /// Project the work belongs to
    #[arg(add = crate::complete::projects(), allow_hyphen_values = true, long, value_name = "P")]
    pub project: Option<String>,
    /// Service, for its rate
    #[arg(add = crate::complete::services(), allow_hyphen_values = true, long, value_name = "S")]
    pub service: Option<String>,
    /// Free text, written on the logged rows
    #[arg(long, allow_hyphen_values = true)]
    pub note: Option<String>,
    /// Whose timer (default: $HOURBANK_USER)
    #[arg(add = crate::complete::people(), long, value_name = "P")]
    pub person: Option<String>,
    /// Start at this time earlier today (HH:MM) instead of now
    #[arg(long, value_name = "HH:MM")]
    pub at: Option<String>,
    /// Show what would be written, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// Stop the running timer and log the time it ran
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  hourbank stop\n  hourbank stop --at 17:30 --note \"fixed it\""
)]
pub struct StopArgs {
    /// Stop at this time earlier today (HH:MM) instead of now
    #[arg(long, value_name = "HH:MM")]
    pub at: Option<String>,
    /// The logged rows' note (default: the timer's)
    #[arg(long, allow_hyphen_values = true)]
    pub note: Option<String>,
    /// Whose timer (default: $HOURBANK_USER)
    #[arg(add = crate::complete::people(), long, value_name = "P")]
    pub person: Option<String>,
    /// Log even beyond the client's credit limit, outside a retainer's start..end, or
    /// while an overdue invoice blocks the client
    #[arg(long)]
    pub force: bool,
    /// Show what would be logged, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// Stop the running timer (logging its time) and start one for another client
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  hourbank switch initech --note \"support call\"")]
pub struct SwitchArgs {
    #[command(flatten)]
    pub start: StartArgs,
    /// Log the stopped timer's time even beyond the credit limit, outside a retainer's
    /// start..end, or while an overdue invoice blocks the client
    #[arg(long)]
    pub force: bool,
}

/// Drop the running timer without logging anything
#[derive(Debug, clap::Args)]
pub struct CancelArgs {
    /// Whose timer (default: $HOURBANK_USER)
    #[arg(add = crate::complete::people(), long, value_name = "P")]
    pub person: Option<String>,
    /// Show what would be dropped, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// One line per running timer, and per client named (for prompts and tmux)
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  hourbank status\n  hourbank status acme initech\n  hourbank status --alerts"
)]
pub struct StatusArgs {
    /// Clients to show the hours left of
    #[arg(add = crate::complete::clients(), value_name = "CLIENT")]
    pub clients: Vec<String>,
    /// Also every client with an alert due
    #[arg(long)]
    pub alerts: bool,
}

/// The timers of a ledger: those still running, and those a row logged already.
struct Timers<'a> {
    running: Vec<&'a Timer>,
    /// The lines of timers logged already (dropped by the next timer write).
    stale: Vec<u32>,
}

impl<'a> Timers<'a> {
    fn of(ledger: &'a Ledger, logged: &LoggedTimers) -> Timers<'a> {
        let (stale, running): (Vec<&Timer>, Vec<&Timer>) =
            ledger.timers.iter().partition(|t| logged.0.contains(&t.id));
        Timers { running, stale: stale.iter().map(|t| t.line).collect() }
    }

    /// The person's running timer (the first, when a merge left two).
    fn of_person(&self, person: &str) -> Option<&'a Timer> {
        self.running.iter().copied().find(|t| t.person == person)
    }
}

/// The person a timer command is for: `--person`, else `$HOURBANK_USER`.
fn person(ledger: &Ledger, flag: Option<&String>) -> Result<String, Error> {
    if let Some(p) = flag {
        Slug::parse(p).map_err(|e| Error::refused(format!("--person: {e}")))?;
    }
    let person = super::person(ledger, flag)?;
    if person.is_empty() {
        return Err(Error::with_hint(
            "whose timer? a timer belongs to a person",
            "pass --person P, or set $HOURBANK_USER to your person id",
        ));
    }
    Ok(person)
}

/// `--at HH:MM`: that time today, never later than now.
fn at(ctx: &Ctx, text: Option<&str>) -> Result<NaiveDateTime, Error> {
    let Some(text) = text else { return Ok(ctx.now) };
    let time = NaiveTime::parse_from_str(text.trim(), "%H:%M")
        .map_err(|_| Error::refused(format!("--at \"{text}\": use a time of today like 09:30")))?;
    let at = ctx.now.date().and_time(time);
    if at > ctx.now {
        return Err(Error::refused(format!(
            "--at {text} is later than now ({})",
            ctx.now.format("%H:%M")
        )));
    }
    Ok(at)
}

/// `09:15`, or `2026-11-22 22:40` for a timer started on another day.
fn when(ctx: &Ctx, t: NaiveDateTime) -> String {
    if t.date() == ctx.now.date() {
        t.format("%H:%M").to_string()
    } else {
        t.format("%Y-%m-%d %H:%M").to_string()
    }
}

/// Loads the ledger under the lock, with the ids of the timers logged already.
fn locked(ctx: &Ctx) -> Result<(crate::store::write::LedgerLock, Ledger, LoggedTimers)> {
    ctx.lock_ledger_into(Access::Later, &|_| LoggedTimers::default())
}

/// The fields of a new timer row.
fn timer_fields(
    id: &str,
    person: &str,
    args: &StartArgs,
    started: NaiveDateTime,
) -> Vec<(usize, String)> {
    vec![
        (timer::ID, id.to_string()),
        (timer::PERSON, person.to_string()),
        (timer::CLIENT, args.client.clone()),
        (timer::PROJECT, args.project.clone().unwrap_or_default()),
        (timer::SERVICE, args.service.clone().unwrap_or_default()),
        (timer::NOTE, args.note.clone().unwrap_or_default()),
        (timer::STARTED, started.format("%Y-%m-%dT%H:%M:%S").to_string()),
    ]
}

/// Checks a new timer's flags and client: the client exists and takes new rows.
fn check_start(ctx: &Ctx, ledger: &Ledger, args: &StartArgs) -> Result<(), Error> {
    check_one_lines(&[
        ("--note", &args.note),
        ("--project", &args.project),
        ("--service", &args.service),
    ])?;
    let ix = client_arg(ledger, &args.client)?;
    // An inactive client takes no time: said now, not when the timer stops.
    admit_work(&client_facts(ledger, ix, ctx.today), &[], false, "start a timer")
        .map_err(Error::from)
}

pub fn start(ctx: &mut Ctx, args: StartArgs) -> Result<ExitCode> {
    let started = at(ctx, args.at.as_deref())?;
    let (_lock, ledger, logged) = locked(ctx)?;
    ctx.refuse_for(&ledger, &[args.client.as_str()])?;
    let person = person(&ledger, args.person.as_ref())?;
    check_start(ctx, &ledger, &args)?;
    let timers = Timers::of(&ledger, &logged);
    if let Some(t) = timers.of_person(&person) {
        return Err(Error::with_hint(
            format!(
                "{person} has a timer running for {} since {} ({})",
                t.client,
                when(ctx, t.started),
                elapsed(t.started, ctx.now).hm()
            ),
            "`hourbank switch CLIENT` stops it and starts the new one; `hourbank stop` logs it",
        )
        .into());
    }
    let id = new_row_id(IdKind::Timer)?;
    let fields = timer_fields(&id, &person, &args, started);
    let message = format!(
        "{person}: started a timer for {}{} at {}",
        args.client,
        project(&args.project),
        when(ctx, started)
    );
    let stale = timers.stale.clone();
    ctx.commit_write(args.dry_run, &message, || {
        drop_lines(&ledger, &stale)?;
        let mut meta = ledger.files.get(TIMERS).cloned().unwrap_or_default();
        Append::prepare(&ledger.dir, TIMERS, &meta, TIMER_COLUMNS, &[fields])?.write(&mut meta)
    })
}

/// ` (website)` for a project, else nothing.
fn project(project: &Option<String>) -> String {
    project.as_deref().filter(|p| !p.is_empty()).map(|p| format!(" ({p})")).unwrap_or_default()
}

/// Removes the timers at `lines` from `timers.csv` (one atomic rewrite).
fn drop_lines(ledger: &Ledger, lines: &[u32]) -> Result<(), Error> {
    if lines.is_empty() {
        return Ok(());
    }
    let edits: Vec<LineEdit<'_>> = lines.iter().map(|&l| (l, None)).collect();
    rewrite_lines(&ledger.dir, TIMERS, TIMER_COLUMNS, ledger.files.get(TIMERS), &edits)
}

/// The rows a timer logs when it stops at `end`: one per day it ran.
fn rows_of(t: &Timer, end: NaiveDateTime, note: Option<&String>) -> Vec<Logging> {
    day_parts(t.started, end)
        .into_iter()
        .map(|(date, hours)| Logging {
            client: Some(t.client.clone()),
            date,
            hours,
            person: t.person.clone(),
            project: t.project.clone(),
            service: t.service.clone(),
            rate: None,
            billable: true,
            time_off: false,
            notice: None,
            note: note.cloned().unwrap_or_else(|| t.note.clone()),
            source: source(&t.id),
        })
        .collect()
}

/// The rows of the person's running timer stopped at `end`, or why not: none runs, it
/// started after `end`, or it ran less than half a minute.
fn stopping<'a>(
    ctx: &Ctx,
    timers: &Timers<'a>,
    person: &str,
    end: NaiveDateTime,
    note: Option<&String>,
) -> Result<(&'a Timer, Vec<Logging>), Error> {
    let Some(t) = timers.of_person(person) else {
        return Err(Error::with_hint(
            format!("{person} has no timer running"),
            "`hourbank start CLIENT` starts one; `hourbank log-time` logs time after the fact",
        ));
    };
    if end < t.started {
        return Err(Error::refused(format!(
            "--at {} is before the timer started ({})",
            end.format("%H:%M"),
            when(ctx, t.started)
        )));
    }
    let rows = rows_of(t, end, note);
    if rows.is_empty() {
        return Err(Error::with_hint(
            format!(
                "{person}'s timer for {} ran less than half a minute: nothing to log",
                t.client
            ),
            "`hourbank cancel` drops it",
        ));
    }
    Ok((t, rows))
}

pub fn stop(ctx: &mut Ctx, args: StopArgs) -> Result<ExitCode> {
    if let Some(n) = &args.note {
        check_one_line("--note", n)?;
    }
    let end = at(ctx, args.at.as_deref())?;
    let (_lock, mut ledger, logged) = locked(ctx)?;
    let person = person(&ledger, args.person.as_ref())?;
    let timers = Timers::of(&ledger, &logged);
    let stale = timers.stale.clone();
    if timers.of_person(&person).is_none()
        && let Some(t) = ledger.timers.iter().find(|t| t.person == person)
    {
        // Logged already (stopped on another clone and merged): removed, never twice.
        let message = format!(
            "{person}'s timer for {} ({}) was logged already: removed it, logged nothing",
            t.client, t.id
        );
        return ctx.commit_write(args.dry_run, &message, || drop_lines(&ledger, &stale));
    }
    let (t, rows) = stopping(ctx, &timers, &person, end, args.note.as_ref())?;
    let mut lines = stale;
    lines.push(t.line);
    let client = t.client.clone();
    drop(timers);
    ctx.refuse_for(&ledger, &[client.as_str()])?;
    log_rows(ctx, &mut ledger, &rows, args.force, args.dry_run, None, |ledger| {
        drop_lines(ledger, &lines)
    })
}

pub fn switch(ctx: &mut Ctx, args: SwitchArgs) -> Result<ExitCode> {
    let SwitchArgs { start: args, force } = args;
    let at_time = at(ctx, args.at.as_deref())?;
    let (_lock, mut ledger, logged) = locked(ctx)?;
    let person = person(&ledger, args.person.as_ref())?;
    check_start(ctx, &ledger, &args)?;
    let timers = Timers::of(&ledger, &logged);
    let id = new_row_id(IdKind::Timer)?;
    let fields = timer_fields(&id, &person, &args, at_time);
    let started = format!(
        "{person}: started a timer for {}{} at {}",
        args.client,
        project(&args.project),
        when(ctx, at_time)
    );
    let Some(running) = timers.of_person(&person) else {
        // Nothing runs: switching is starting.
        let stale = timers.stale.clone();
        ctx.refuse_for(&ledger, &[args.client.as_str()])?;
        return ctx.commit_write(args.dry_run, &started, || {
            drop_lines(&ledger, &stale)?;
            let mut meta = ledger.files.get(TIMERS).cloned().unwrap_or_default();
            Append::prepare(&ledger.dir, TIMERS, &meta, TIMER_COLUMNS, &[fields])?.write(&mut meta)
        });
    };
    let (t, rows) = stopping(ctx, &timers, &person, at_time, None)?;
    let (line, stale, old_client) = (t.line, timers.stale.clone(), running.client.clone());
    drop(timers);
    ctx.refuse_for(&ledger, &[old_client.as_str(), args.client.as_str()])?;
    // The new timer takes the stopped one's line: one rewrite of timers.csv.
    log_rows(ctx, &mut ledger, &rows, force, args.dry_run, Some(started), |ledger| {
        let mut edits: Vec<LineEdit<'_>> = stale.iter().map(|&l| (l, None)).collect();
        edits.push((line, Some(&fields)));
        rewrite_lines(&ledger.dir, TIMERS, TIMER_COLUMNS, ledger.files.get(TIMERS), &edits)
    })
}

pub fn cancel(ctx: &mut Ctx, args: CancelArgs) -> Result<ExitCode> {
    let (_lock, ledger, logged) = locked(ctx)?;
    let person = person(&ledger, args.person.as_ref())?;
    let timers = Timers::of(&ledger, &logged);
    let Some(t) = timers.of_person(&person) else {
        return Err(Error::refused(format!("{person} has no timer running")).into());
    };
    let mut lines = timers.stale.clone();
    lines.push(t.line);
    let message = format!(
        "{person}: cancelled the timer for {} (ran {}); logged nothing",
        t.client,
        elapsed(t.started, ctx.now).hm()
    );
    ctx.commit_write(args.dry_run, &message, || drop_lines(&ledger, &lines))
}

pub fn status(ctx: &mut Ctx, args: StatusArgs) -> Result<ExitCode> {
    let (ledger, logged) = ctx.read_ledger_into(&|_| LoggedTimers::default())?;
    let timers = Timers::of(&ledger, &logged);
    let mut lines = Vec::new();
    for t in &timers.running {
        lines.push(timer_line(ctx, &ledger, t));
    }
    let mut clients: Vec<u32> = Vec::new();
    for id in &args.clients {
        let ix = client_arg(&ledger, id)?;
        if !clients.contains(&ix) {
            clients.push(ix);
        }
    }
    if args.alerts {
        for alert in crate::domain::reports::alerts::client_alerts(&ledger, ctx.today) {
            if let Some(ix) = ledger.client_ix(&alert.client)
                && !clients.contains(&ix)
            {
                clients.push(ix);
            }
        }
    }
    for ix in clients {
        lines.push(client_line(ctx, &ledger, ix));
    }
    for line in lines {
        use std::io::Write;
        writeln!(ctx.out, "{}", crate::render::visible_lines(&line))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `alice: acme 1:23 (website), 8:37 h left after it`: the time a timer ran, and what
/// its client has left once it is charged (for a bank client).
fn timer_line(ctx: &Ctx, ledger: &Ledger, t: &Timer) -> String {
    let ran = elapsed(t.started, ctx.now);
    let project = project(&Some(t.project.clone()));
    let mut line = format!("{}: {} {}{project}", t.person, t.client, ran.hm());
    if let Some(ix) = ledger.client_ix(&t.client)
        && ledger.clients[ix as usize].kind != ClientType::Payg
    {
        // Charged as `stop` would log it: each day's part by itself.
        let client = Some(&ledger.clients[ix as usize]);
        let charged: i64 = day_parts(t.started, ctx.now)
            .into_iter()
            .map(|(_, part)| {
                new_row_charge(client, &t.service, part, true, false, None, &ledger.settings).0.0
            })
            .sum();
        let charged = Minutes(charged);
        let opts = SimOptions { as_of: ctx.today, watch_from: None, trace: false };
        let available = simulate(&ledger.accounts[ix as usize], opts).available;
        line.push_str(&format!(", {} h left after it", Minutes(available.0 - charged.0).hm()));
    }
    line
}

/// `acme: 8.50 h left, next expiry 2027-03-01, runs out 2027-01-10`.
fn client_line(ctx: &Ctx, ledger: &Ledger, ix: u32) -> String {
    let client = &ledger.clients[ix as usize];
    if client.kind == ClientType::Payg {
        return format!("{}: pay as you go", client.id);
    }
    let opts = SimOptions { as_of: ctx.today, watch_from: None, trace: false };
    let outcome = simulate(&ledger.accounts[ix as usize], opts);
    let mut line = format!("{}: {} left", client.id, ctx.hours_text(outcome.available));
    if let Some(d) = outcome.next_expiry {
        line.push_str(&format!(", next expiry {d}"));
    }
    if let Some(d) = outcome.runs_out(ctx.today) {
        line.push_str(&format!(", runs out {d}"));
    }
    line
}
