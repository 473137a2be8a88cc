//! `hourbank entry list|edit|remove` (SPEC 13): the rows of `timelog.csv`. An edit
//! rewrites its row atomically (id and `by` kept, `edited_by` recorded); both an edit
//! and a removal go through the admission rules of `log-time` for the row's new state,
//! and say when a period already invoiced changes (the next invoice bills, or credits,
//! the difference).

use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDate;
use clap::Subcommand;
use rust_decimal::Decimal;

use super::{Access, Ctx, client_arg, opt_minutes, opt_money};
use crate::domain::admit::{NewWork, admit_project_move, admit_work, client_facts};
use crate::domain::bank::{Debit, SimOptions, simulate};
use crate::domain::check::{Code, Diagnostic};
use crate::domain::client::{ClientType, charge_of};
use crate::domain::date::day_number;
use crate::domain::duration::Minutes;
use crate::domain::id::Slug;
use crate::domain::invoicing::invoiced_note;
use crate::domain::ledger::{Ledger, WorkKind, WorkRow, WorkSink, row_ref};
use crate::domain::money::Money;
use crate::domain::reports::EntryRow;
use crate::domain::reports::entries::{EntryFilter, EntrySink, entries};
use crate::error::Error;
use crate::store::layout::{TIMELOG, timelog};
use crate::store::write::{check_one_lines, rewrite_line};

/// List, edit or remove the rows of the time log
#[derive(Debug, Subcommand)]
pub enum EntryCommand {
    /// List time rows with the invoice that billed each (--unbilled: work in progress)
    #[command(
        after_help = "Examples:\n  hourbank entry list --client acme -p thismonth\n  hourbank entry list --unbilled\n  hourbank entry list --grep \"contact form\""
    )]
    List(ListArgs),
    /// Change a time row (charged is recomputed when hours, billable, service or
    /// client change)
    #[command(
        after_help = "Examples:\n  hourbank entry edit t-9x2kq7m4t1wz --client initech\n  hourbank entry edit t-9x2kq7m4t1wz --hours 2:30 --note \"incl. review\"\n  hourbank entry edit timelog.csv:42 --date 2026-11-20 --dry-run"
    )]
    Edit(EditArgs),
    /// Remove a time row
    #[command(
        after_help = "Examples:\n  hourbank entry remove t-9x2kq7m4t1wz --dry-run\n  hourbank entry remove t-9x2kq7m4t1wz"
    )]
    Remove(RemoveArgs),
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only this client's rows
    #[arg(add = crate::complete::clients(), long, value_name = "ID")]
    pub client: Option<String>,
    /// Only this person's rows
    #[arg(add = crate::complete::people(), long, value_name = "P")]
    pub person: Option<String>,
    /// Only rows of this project
    #[arg(add = crate::complete::projects(), long, value_name = "P")]
    pub project: Option<String>,
    #[command(flatten)]
    pub span: super::SpanArgs,
    /// Only rows whose note holds this text (in any case)
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub grep: Option<String>,
    /// Only rows of this kind
    #[arg(long, value_parser = ["work", "time-off", "cancellation"])]
    pub kind: Option<String>,
    /// Only billable rows of pay-as-you-go clients that no invoice has billed yet
    #[arg(long)]
    pub unbilled: bool,
    /// Write the list to this file (atomically) instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

#[derive(Debug, clap::Args)]
#[command(group = clap::ArgGroup::new("change").multiple(true).required(true))]
pub struct EditArgs {
    /// The row: its id, or `timelog.csv:LINE`
    #[arg(add = crate::complete::entries(), value_name = "ID")]
    pub id: String,
    /// A new date
    #[arg(long, value_name = "D", group = "change")]
    pub date: Option<String>,
    /// Move the row to another client
    #[arg(add = crate::complete::clients(), long, value_name = "ID", group = "change")]
    pub client: Option<String>,
    /// The time worked (or booked, for a cancellation)
    #[arg(long, value_name = "H", group = "change")]
    pub hours: Option<String>,
    /// Who worked
    #[arg(add = crate::complete::people(), long, value_name = "P", group = "change")]
    pub person: Option<String>,
    /// The project (`--project ""` clears it)
    #[arg(add = crate::complete::projects(), allow_hyphen_values = true, long, value_name = "P", group = "change")]
    pub project: Option<String>,
    /// The service (`--service ""` clears it)
    #[arg(add = crate::complete::services(), allow_hyphen_values = true, long, value_name = "S", group = "change")]
    pub service: Option<String>,
    /// The row's own hourly rate
    #[arg(long, value_name = "R", group = "change", conflicts_with = "no_rate")]
    pub rate: Option<String>,
    /// Remove the row's own rate (the client's rates apply again)
    #[arg(long, group = "change")]
    pub no_rate: bool,
    /// Make the row billable
    #[arg(long, group = "change", conflicts_with = "non_billable")]
    pub billable: bool,
    /// Make the row not billable (it charges nothing)
    #[arg(long, group = "change")]
    pub non_billable: bool,
    /// The note
    #[arg(long, allow_hyphen_values = true, group = "change")]
    pub note: Option<String>,
    /// Edit even beyond the credit limit, outside a retainer's start..end, or while an
    /// overdue invoice blocks the client
    #[arg(long)]
    pub force: bool,
    /// Show what would change, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, clap::Args)]
pub struct RemoveArgs {
    /// The row: its id, or `timelog.csv:LINE` (the version meant, when a merge kept two
    /// rows with one id)
    #[arg(add = crate::complete::entries(), value_name = "ID")]
    pub id: String,
    /// Remove even while an overdue invoice blocks the client
    #[arg(long)]
    pub force: bool,
    /// Show what would be removed, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, command: EntryCommand) -> Result<ExitCode> {
    match command {
        EntryCommand::List(args) => {
            let output = args.output.clone();
            super::to_file(ctx, output.as_deref(), |ctx| list(ctx, args))
        }
        EntryCommand::Edit(args) => edit(ctx, args),
        EntryCommand::Remove(args) => remove(ctx, args),
    }
}

fn list(ctx: &mut Ctx, args: ListArgs) -> Result<ExitCode> {
    let (from, to) = ctx.span(&args.span)?;
    let kind = args.kind.as_deref().map(|k| match k {
        "time-off" => WorkKind::TimeOff,
        "cancellation" => WorkKind::Cancellation,
        _ => WorkKind::Work,
    });
    let filter = EntryFilter {
        client: args.client.clone(),
        person: args.person.clone(),
        project: args.project.clone(),
        from,
        to,
        grep: args.grep.as_deref().map(str::to_lowercase),
        kind,
        unbilled: args.unbilled,
    };
    let make = |_: &[_]| EntrySink { filter: filter.clone(), rows: Vec::new() };
    let (ledger, sink) = ctx.read_ledger_into(&make)?;
    if let Some(c) = &args.client {
        client_arg(&ledger, c)?;
    }
    let rows = entries(&ledger, sink);
    ctx.emit_rows(&rows)?;
    Ok(ExitCode::SUCCESS)
}

/// A time row as found in the file.
#[derive(Debug, Clone)]
struct Found {
    row: EntryRow,
    /// A cancellation's notice, as written.
    notice: String,
    /// The project's index in the ledger (set once the ledger is loaded).
    project_ix: crate::domain::bank::ProjectIx,
    /// The hour multiplier it was written with (SPEC 15), and is written back with.
    multiplier: Decimal,
}

impl std::ops::Deref for Found {
    type Target = EntryRow;

    fn deref(&self) -> &EntryRow {
        &self.row
    }
}

impl std::ops::DerefMut for Found {
    fn deref_mut(&mut self) -> &mut EntryRow {
        &mut self.row
    }
}

impl Found {
    /// The row's debit of its client's account.
    fn debit(&self) -> Debit {
        Debit {
            day: day_number(self.date),
            minutes: self.charged.0 as i32,
            project: self.project_ix,
            line: self.line,
        }
    }
}

/// The rows a reference names: by id, or `timelog.csv:LINE`.
struct Named {
    id: Option<String>,
    line: Option<u32>,
    rows: Vec<Found>,
}

impl Named {
    fn new(reference: &str) -> Named {
        let prefix = format!("{TIMELOG}:");
        match reference.strip_prefix(&prefix).and_then(|l| l.parse::<u32>().ok()) {
            Some(line) => Named { id: None, line: Some(line), rows: Vec::new() },
            None => Named { id: Some(reference.to_string()), line: None, rows: Vec::new() },
        }
    }
}

impl WorkSink for Named {
    const BANKS: bool = false;

    fn row(&mut self, w: &WorkRow<'_>) {
        let named = match (&self.id, self.line) {
            (Some(id), _) => !id.is_empty() && w.id == id,
            (None, Some(line)) => w.line == line,
            (None, None) => false,
        };
        if named {
            self.rows.push(Found {
                row: EntryRow::of(w),
                notice: w.notice.to_string(),
                project_ix: crate::domain::bank::NO_PROJECT,
                multiplier: crate::domain::rates::parse_multiplier(w.multiplier)
                    .unwrap_or(Decimal::ONE),
            });
        }
    }

    fn append(&mut self, later: Self) {
        self.rows.extend(later.rows);
    }
}

/// The one row `reference` names, or why not: none, or two versions of one id (a
/// merge without the hourbank driver), which are named by their lines.
fn the_row(named: Named, reference: &str, command: &str) -> Result<Found, Error> {
    let mut rows = named.rows;
    if rows.len() > 1 {
        let lines: Vec<String> = rows.iter().map(|r| format!("{TIMELOG}:{}", r.line)).collect();
        // Editing one version leaves the duplicate: the other goes first.
        let hint = if command == "remove" {
            format!("name the version meant by its line, e.g. `hourbank entry remove {}`", lines[0])
        } else {
            format!(
                "remove the version you do not want first (`hourbank entry remove {}`), then edit the other",
                lines[lines.len() - 1]
            )
        };
        return Err(Error::with_hint(
            format!("{} rows have the id \"{reference}\" ({})", rows.len(), lines.join(", ")),
            hint,
        ));
    }
    rows.pop().ok_or_else(|| {
        Error::with_hint(
            format!("no time row \"{reference}\""),
            "`hourbank entry list` shows the rows and their ids",
        )
    })
}

/// Loads the ledger under the lock with the row `reference` names.
fn locked_row(
    ctx: &Ctx,
    reference: &str,
    command: &str,
) -> Result<(crate::store::write::LedgerLock, Ledger, Found)> {
    let (lock, mut ledger, named) =
        ctx.lock_ledger_into(Access::Later, &|_| Named::new(reference))?;
    let mut row = the_row(named, reference, command)?;
    row.project_ix = ledger.project_ix(&row.project);
    Ok((lock, ledger, row))
}

/// A row's reference in messages: its id, else `timelog.csv:LINE`.
fn name(row: &Found) -> String {
    row_ref(&row.id, TIMELOG, row.line)
}

fn edit(ctx: &mut Ctx, args: EditArgs) -> Result<ExitCode> {
    let date = ctx.opt_date("--date", args.date.as_deref())?;
    let hours = opt_minutes("--hours", args.hours.as_deref())?;
    if hours.is_some_and(|h| h.0 == 0) {
        return Err(Error::refused("--hours: a time row records more than 0:00").into());
    }
    let rate = opt_money("--rate", args.rate.as_deref())?;
    for (flag, value) in [("--client", &args.client), ("--person", &args.person)] {
        if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
            Slug::parse(v).map_err(|e| Error::refused(format!("{flag}: {e}")))?;
        }
    }
    check_one_lines(&[
        ("--note", &args.note),
        ("--project", &args.project),
        ("--service", &args.service),
    ])?;
    let (_lock, mut ledger, old) = locked_row(ctx, &args.id, "edit")?;
    let mut new = changed(&args, &old, date, hours, rate)?;
    let clients: Vec<&str> =
        [old.client.as_str(), new.client.as_str()].into_iter().filter(|c| !c.is_empty()).collect();
    ctx.refuse_for(&ledger, &clients)?;
    let new_ix = (!new.client.is_empty()).then(|| client_arg(&ledger, &new.client)).transpose()?;
    if !new.person.is_empty() && ledger.people.is_some() && ledger.person_ix(&new.person).is_none()
    {
        return Err(super::person_arg(&ledger, &new.person).unwrap_err().into());
    }
    (new.charged, new.multiplier) = charge(&ledger, &old, &new, new_ix)?;
    new.project_ix = ledger.project_ix(&new.project);
    let changes = changes(&old, &new);
    if changes.is_empty() {
        return Err(Error::refused(format!("{}: nothing to change", name(&old))).into());
    }
    let counts = old.client != new.client
        || old.date != new.date
        || old.hours != new.hours
        || old.billable != new.billable
        || old.rate != new.rate
        || old.service != new.service
        || old.charged != new.charged;
    let balances = Balances::before(ctx, &ledger, &old, &new);
    without_row(&mut ledger, &old);
    if counts && let Some(ix) = new_ix {
        admit(ctx, &ledger, ix, Some(&new), args.force, "edit the entry")?;
    } else if old.project != new.project
        && let Some(ix) = new_ix
        && new.kind != WorkKind::TimeOff
    {
        // A row moved to another project alone meets that project's budget and the
        // credit limit (SPEC 15), not the rules of new work.
        let facts = client_facts(&ledger, ix, new.date.max(ctx.today));
        let moved = [NewWork {
            date: new.date,
            charged: new.charged,
            project: new.project_ix,
            line: new.line,
            service: &new.service,
            billable: new.billable,
        }];
        admit_project_move(&facts, &moved, args.force).map_err(Error::from)?;
    }
    if counts {
        invoiced_notes(&ledger, &old, Some(&new));
    }
    let after = balances.after(ctx, &ledger, &new);
    let summary: Vec<String> =
        changes.iter().map(|(what, from, to)| format!("{what} {from} -> {to}")).collect();
    let message = format!("edited {}: {}{after}", name(&old), summary.join(", "));
    let mut fields: Vec<(usize, String)> = fields(&new);
    fields.push((timelog::EDITED_BY, ctx.user.clone()));
    let meta = ledger.files.get(TIMELOG);
    ctx.commit_write(args.dry_run, &message, || {
        rewrite_line(&ledger.dir, TIMELOG, timelog::COLUMNS, meta, old.line, Some(&fields))
    })
}

/// The row as the edit's flags change it (`charged` and the project's index still as
/// they were).
fn changed(
    args: &EditArgs,
    old: &Found,
    date: Option<NaiveDate>,
    hours: Option<Minutes>,
    rate: Option<Money>,
) -> Result<Found, Error> {
    let mut new = old.clone();
    if let Some(d) = date {
        new.date = d;
    }
    if let Some(h) = hours {
        new.hours = h;
    }
    if let Some(c) = &args.client {
        if old.kind == WorkKind::TimeOff {
            return Err(Error::refused(format!(
                "{} is time off: it has no client (log the work with `hourbank log-time`)",
                name(old)
            )));
        }
        new.client = c.clone();
    }
    if args.client.as_deref() == Some("") {
        return Err(Error::refused(format!(
            "--client \"\": {} is work of a client (remove it with `hourbank entry remove`)",
            name(old)
        )));
    }
    if let Some(p) = &args.person {
        if p.is_empty() && old.kind == WorkKind::TimeOff {
            return Err(Error::refused(format!(
                "--person \"\": {} is time off, which is someone's",
                name(old)
            )));
        }
        new.person = p.clone();
    }
    if let Some(p) = &args.project {
        new.project = p.clone();
    }
    if let Some(s) = &args.service {
        new.service = s.clone();
    }
    if rate.is_some() || args.no_rate {
        new.rate = rate;
    }
    if args.billable || args.non_billable {
        if old.kind == WorkKind::TimeOff {
            return Err(Error::refused(format!("{} is time off: it is never billable", name(old))));
        }
        new.billable = args.billable;
    }
    if let Some(n) = &args.note {
        new.note = n.clone();
    }
    Ok(new)
}

fn remove(ctx: &mut Ctx, args: RemoveArgs) -> Result<ExitCode> {
    let (_lock, mut ledger, old) = locked_row(ctx, &args.id, "remove")?;
    // Removing one version of a duplicate row is how the duplicate is fixed: never
    // blocked by it (SPEC 12.9), but by every other error of the client.
    let fixed = |d: &Diagnostic| {
        d.code == Code::DuplicateId && d.file == TIMELOG && d.line == Some(old.line)
            || d.code == Code::DuplicateId
                && d.file == TIMELOG
                && !old.id.is_empty()
                && d.message.contains(&format!("\"{}\"", old.id))
    };
    let clients: Vec<&str> = [old.client.as_str()].into_iter().filter(|c| !c.is_empty()).collect();
    ctx.refuse_fixing(&ledger, &clients, &fixed)?;
    let ix = (!old.client.is_empty()).then(|| ledger.client_ix(&old.client)).flatten();
    let balances = Balances::before(ctx, &ledger, &old, &old);
    without_row(&mut ledger, &old);
    if let Some(ix) = ix {
        admit(ctx, &ledger, ix, None, args.force, "remove the entry")?;
    }
    invoiced_notes(&ledger, &old, None);
    let after = balances.removed(ctx, &ledger);
    let what = match old.kind {
        WorkKind::TimeOff => {
            format!("{} time off of {} on {}", old.hours.hm(), old.person, old.date)
        }
        WorkKind::Cancellation => {
            format!("a cancellation of {} for {} on {}", old.hours.hm(), old.client, old.date)
        }
        WorkKind::Work => format!("{} for {} on {}", old.hours.hm(), old.client, old.date),
    };
    let message = format!("removed {} ({what}){after}", name(&old));
    let meta = ledger.files.get(TIMELOG);
    ctx.commit_write(args.dry_run, &message, || {
        rewrite_line(&ledger.dir, TIMELOG, timelog::COLUMNS, meta, old.line, None)
    })
}

/// What the edited row charges, and its multiplier: recomputed when its hours,
/// billable flag, service or client change (work by today's `[rounding]` and its
/// multiplier, a cancellation from its notice and the client's levels); else as it was.
fn charge(
    ledger: &Ledger,
    old: &Found,
    new: &Found,
    ix: Option<u32>,
) -> Result<(Minutes, Decimal), Error> {
    let recompute = old.hours != new.hours
        || old.billable != new.billable
        || old.service != new.service
        || old.client != new.client;
    if !recompute {
        return Ok((old.charged, old.multiplier));
    }
    let rounding = ledger.settings.rounding;
    let time_off = new.kind == WorkKind::TimeOff;
    if new.kind != WorkKind::Cancellation {
        // The row's own multiplier while its client and service stay (history never
        // changes), else the one in force for the new ones.
        // A row that was not billable kept no factor: it takes the one in force.
        let multiplier = if old.service == new.service && old.client == new.client && old.billable {
            old.multiplier
        } else {
            let client = ix.map(|ix| &ledger.clients[ix as usize]);
            crate::domain::rates::multiplier_for(client, &new.service, &ledger.settings)
        };
        let multiplier = if new.billable && !time_off { multiplier } else { Decimal::ONE };
        let charged =
            charge_of(new.hours, new.billable, time_off, None, None, rounding, multiplier);
        return Ok((charged, multiplier));
    }
    let notice = if new.notice.is_empty() {
        Minutes::ZERO
    } else {
        Minutes::parse_unsigned(&new.notice)
            .map_err(|e| Error::refused(format!("{}: notice: {e}", name(old))))?
    };
    let levels =
        ix.map_or(&[][..], |ix| ledger.settings.cancellation_levels(&ledger.clients[ix as usize]));
    let cancelled = Some((levels, notice));
    Ok((
        charge_of(new.hours, new.billable, false, None, cancelled, rounding, Decimal::ONE),
        Decimal::ONE,
    ))
}

/// What changed, in words: (what, before, after).
fn changes(old: &Found, new: &Found) -> Vec<(&'static str, String, String)> {
    let text = |s: &str| if s.is_empty() { "(none)".to_string() } else { s.to_string() };
    let rate = |r: Option<Money>| r.map_or_else(|| "(none)".to_string(), |r| r.to_string());
    let yes = |b: bool| if b { "billable" } else { "not billable" }.to_string();
    let mut out = Vec::new();
    let mut push = |what, from: String, to: String| {
        if from != to {
            out.push((what, from, to));
        }
    };
    push("date", old.date.to_string(), new.date.to_string());
    push("client", text(&old.client), text(&new.client));
    push("person", text(&old.person), text(&new.person));
    push("hours", old.hours.hm(), new.hours.hm());
    push("charged", old.charged.hm(), new.charged.hm());
    push("project", text(&old.project), text(&new.project));
    push("service", text(&old.service), text(&new.service));
    push("rate", rate(old.rate), rate(new.rate));
    push("billable", yes(old.billable), yes(new.billable));
    push("note", format!("\"{}\"", old.note), format!("\"{}\"", new.note));
    out
}

/// The row's new fields, by column.
fn fields(row: &Found) -> Vec<(usize, String)> {
    vec![
        (timelog::DATE, row.date.to_string()),
        (timelog::CLIENT, row.client.clone()),
        (timelog::PERSON, row.person.clone()),
        (timelog::HOURS, row.hours.hm()),
        (timelog::CHARGED, row.charged.hm()),
        (timelog::PROJECT, row.project.clone()),
        (timelog::SERVICE, row.service.clone()),
        (timelog::BILLABLE, if row.billable { "yes" } else { "no" }.to_string()),
        (timelog::RATE, row.rate.map(|r| r.to_string()).unwrap_or_default()),
        (timelog::NOTE, row.note.clone()),
        (timelog::MULTIPLIER, crate::domain::rates::multiplier_text(row.multiplier)),
    ]
}

/// Takes the row's debit out of its client's account, as the edit or removal will.
fn without_row(ledger: &mut Ledger, row: &Found) {
    if let Some(ix) = ledger.client_ix(&row.client) {
        ledger.accounts[ix as usize].debits.retain(|d| d.line != row.line);
    }
}

/// The admission rules of `log-time` for the row's new state (none for a removal: only
/// the rules of the client itself).
fn admit(
    ctx: &Ctx,
    ledger: &Ledger,
    ix: u32,
    row: Option<&Found>,
    force: bool,
    what: &'static str,
) -> Result<(), Error> {
    let from = row.map_or(ctx.today, |r| r.date.max(ctx.today));
    let facts = client_facts(ledger, ix, from);
    let new: Vec<NewWork<'_>> = row
        .filter(|r| r.kind != WorkKind::TimeOff)
        .map(|r| NewWork {
            date: r.date,
            charged: r.charged,
            project: r.project_ix,
            line: r.line,
            service: &r.service,
            billable: r.billable,
        })
        .into_iter()
        .collect();
    admit_work(&facts, &new, force, what).map_err(Error::from)
}

/// The notes of SPEC 9 when the old row or the new one lies in a period already
/// invoiced: the next invoice bills (or credits) the difference. The ledger's accounts
/// no longer hold the old row.
fn invoiced_notes(ledger: &Ledger, old: &Found, new: Option<&Found>) {
    let mut said: Vec<String> = Vec::new();
    for row in [Some(old), new].into_iter().flatten() {
        let Some(ix) = ledger.client_ix(&row.client) else { continue };
        if !row.billable || row.kind == WorkKind::TimeOff {
            continue;
        }
        let (client, account) = (&ledger.clients[ix as usize], &ledger.accounts[ix as usize]);
        if let Some(note) =
            invoiced_note(ledger, client, account, row.debit(), &row.service, row.date)
            && !said.contains(&note)
        {
            super::note(&note);
            said.push(note);
        }
    }
}

/// The available hours of the clients an edit concerns, before it.
struct Balances {
    before: Vec<(u32, Minutes)>,
}

impl Balances {
    fn before(ctx: &Ctx, ledger: &Ledger, old: &Found, new: &Found) -> Balances {
        let mut before = Vec::new();
        for client in [&old.client, &new.client] {
            if let Some(ix) = ledger.client_ix(client)
                && ledger.clients[ix as usize].kind != ClientType::Payg
                && !before.iter().any(|(i, _)| *i == ix)
            {
                before.push((ix, available(ctx, &ledger.accounts[ix as usize])));
            }
        }
        Balances { before }
    }

    /// `; acme 8.00 h -> 7.00 h left` for each bank client, with the new row (the
    /// ledger's accounts no longer hold the old one).
    fn after(&self, ctx: &Ctx, ledger: &Ledger, new: &Found) -> String {
        self.describe(ctx, ledger, |ix, account| {
            if ledger.client_ix(&new.client) == Some(ix) && new.kind != WorkKind::TimeOff {
                account.debits.push(new.debit());
            }
        })
    }

    fn removed(&self, ctx: &Ctx, ledger: &Ledger) -> String {
        self.describe(ctx, ledger, |_, _| {})
    }

    fn describe(
        &self,
        ctx: &Ctx,
        ledger: &Ledger,
        change: impl Fn(u32, &mut crate::domain::bank::Account),
    ) -> String {
        let mut out = String::new();
        for &(ix, before) in &self.before {
            let mut account = ledger.accounts[ix as usize].clone();
            change(ix, &mut account);
            let after = available(ctx, &account);
            out.push_str(&format!(
                "; {}: {} -> {} left",
                ledger.clients[ix as usize].id,
                ctx.hours_text(before),
                ctx.hours_text(after)
            ));
        }
        out
    }
}

/// What an account has available today (or at its last row, when later).
fn available(ctx: &Ctx, account: &crate::domain::bank::Account) -> Minutes {
    simulate(account, SimOptions { as_of: ctx.today, watch_from: None, trace: false }).available
}
