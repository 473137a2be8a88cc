//! `hourbank person add | list | show | set | remove | forget` and `person bank add |
//! set | remove`: the people of `people.toml` and their flex banks (SPEC 8), edited
//! without losing a person's comments.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::Access;
use super::Ctx;
use super::person_arg;
use crate::domain::bank::SimOptions;
use crate::domain::date::check_months;
use crate::domain::duration::Minutes;
use crate::domain::flex::Person;
use crate::domain::id::Slug;
use crate::domain::ledger::Ledger;
use crate::error::Error;
use crate::render::{Cell, Format, Report};
use crate::store::layout::PEOPLE;
use crate::store::tomledit::{FieldValue, edit_table, read_or_empty, remove_table};
use crate::store::tomlread::{Src, read_people};
use crate::store::write::{check_one_line, write_atomic};

/// Add, list, show, change, remove or forget people and their flex banks
#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    /// Add a person (people.toml is created when it does not exist)
    Add(AddArgs),
    /// List the people with their weekly schedule and banks
    List,
    /// Show one person's settings, each bank's balance and its accrual lots
    Show {
        /// The person id
        id: String,
    },
    /// Change a person's settings (comments in people.toml are kept)
    Set(SetArgs),
    /// Remove a person no row refers to
    Remove {
        /// The person id
        id: String,
        /// Show what would change, write nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Replace a person's personal fields with a placeholder, keeping every row
    Forget {
        /// The person id
        id: String,
        /// Show what would change, write nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Add, change or remove a person's flex bank
    #[command(subcommand)]
    Bank(BankCommand),
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hourbank person add ann --name \"Ann Lee\" --schedule mon=8:00,tue=8:00,wed=8:00,thu=8:00,fri=6:00\n  hourbank person add bob --name Bob --email bob@example.com"
)]
pub struct AddArgs {
    /// The new person's id: a lowercase slug such as `alice` (not a client's id)
    pub id: String,
    /// Display name
    #[arg(long, allow_hyphen_values = true)]
    pub name: String,
    #[command(flatten)]
    pub fields: PersonFields,
    /// Show what would change, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hourbank person set ann --email ann@example.com\n  hourbank person set ann --schedule mon=4:00,tue=4:00"
)]
pub struct SetArgs {
    /// The person id
    pub id: String,
    /// Display name
    #[arg(long, allow_hyphen_values = true)]
    pub name: Option<String>,
    #[command(flatten)]
    pub fields: PersonFields,
    /// Show what would change, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// The settings `person add` and `person set` share.
#[derive(Debug, Args, Default)]
pub struct PersonFields {
    /// Where flex alerts go
    #[arg(long)]
    pub email: Option<String>,
    /// Scheduled hours per weekday: mon=8:00,tue=8:00,... (a missing day is 0)
    #[arg(long, value_name = "DAY=DURATION,..")]
    pub schedule: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum BankCommand {
    /// Add a flex bank to a person
    Add(BankArgs),
    /// Change a person's flex bank
    Set(BankArgs),
    /// Remove a flex bank no adjustment refers to
    Remove {
        /// The person id
        person: String,
        /// The bank's name
        bank: String,
        /// Show what would change, write nothing
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hourbank person bank add ann flex --rule weekly-overtime --start 2026-01-05 --max 10 --min -8"
)]
pub struct BankArgs {
    /// The person id
    pub person: String,
    /// The bank's name, a slug such as `flex`
    pub bank: String,
    /// weekly-overtime (Monday..Sunday weeks) or daily-overtime (required for add)
    #[arg(long, value_name = "R", value_parser = ["weekly-overtime", "daily-overtime"])]
    pub rule: Option<String>,
    /// The first day the bank counts (required for add)
    #[arg(long, value_name = "D")]
    pub start: Option<String>,
    /// Balance booked on the start day, never expiring (negative: starts below zero)
    #[arg(long, value_name = "SIGNED DURATION", allow_hyphen_values = true)]
    pub opening: Option<String>,
    /// Accrual above this is forfeited ("none": no cap)
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    pub max: Option<String>,
    /// How far below zero periods may take the balance (0 or negative)
    #[arg(long, value_name = "SIGNED DURATION", allow_hyphen_values = true)]
    pub min: Option<String>,
    /// Each period's accrual expires after N months (0: never)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub expiry_months: Option<String>,
    /// Count time-off rows as hours worked (`--include-time-off false` to stop)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", value_parser = ["true", "false"])]
    pub include_time_off: Option<String>,
    /// Credit positive periods at this factor, e.g. 1.5 (time off in lieu)
    #[arg(long, value_name = "X", allow_hyphen_values = true)]
    pub accrual_multiplier: Option<String>,
    /// Show what would change, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

pub fn run(ctx: &mut Ctx, command: PersonCommand) -> Result<ExitCode> {
    match command {
        PersonCommand::Add(args) => add(ctx, args),
        PersonCommand::List => list(ctx),
        PersonCommand::Show { id } => show(ctx, &id),
        PersonCommand::Set(args) => set(ctx, args),
        PersonCommand::Remove { id, dry_run } => remove(ctx, &id, dry_run),
        PersonCommand::Forget { id, dry_run } => forget(ctx, &id, dry_run),
        PersonCommand::Bank(BankCommand::Add(args)) => bank_edit(ctx, args, true),
        PersonCommand::Bank(BankCommand::Set(args)) => bank_edit(ctx, args, false),
        PersonCommand::Bank(BankCommand::Remove { person, bank, dry_run }) => {
            bank_remove(ctx, &person, &bank, dry_run)
        }
    }
}

impl PersonFields {
    fn to_values(&self) -> Result<Vec<(&'static str, FieldValue)>, Error> {
        let mut out = Vec::new();
        if let Some(v) = &self.email {
            check_one_line("--email", v)?;
            crate::domain::text::check_email(v)
                .map_err(|e| Error::refused(format!("--email {e}")))?;
            out.push(("email", FieldValue::Str(v.clone())));
        }
        if let Some(v) = &self.schedule {
            out.push(("schedule", FieldValue::Inline(parse_schedule(v)?)));
        }
        Ok(out)
    }
}

/// `mon=8:00,tue=8:00,...` as (day, duration) pairs in weekday order.
fn parse_schedule(text: &str) -> Result<Vec<(String, String)>, Error> {
    let mut days: [Option<Minutes>; 7] = [None; 7];
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let bad = || {
            Error::with_hint(
                format!("--schedule \"{part}\": use DAY=DURATION"),
                "days are mon, tue, wed, thu, fri, sat, sun, e.g. --schedule mon=8:00,fri=4:00",
            )
        };
        let (day, hours) = part.split_once('=').ok_or_else(bad)?;
        let ix = WEEKDAYS.iter().position(|d| *d == day.trim()).ok_or_else(bad)?;
        let minutes = crate::domain::flex::parse_schedule_day(hours.trim())
            .map_err(|e| Error::refused(format!("--schedule {day}: {e}")))?;
        if days[ix].replace(minutes).is_some() {
            return Err(Error::refused(format!("--schedule names {day} twice")));
        }
    }
    Ok(WEEKDAYS.iter().zip(days).filter_map(|(d, m)| m.map(|m| (d.to_string(), m.hm()))).collect())
}

/// Refuses a new people.toml text that the reader would report errors in (so the
/// rules of SPEC 8 live in one place); returns it otherwise.
fn checked(text: String) -> Result<String, Error> {
    let mut diagnostics = Vec::new();
    read_people(&Src::new(PEOPLE, &text), &mut diagnostics);
    match diagnostics.iter().find(|d| d.is_error()) {
        Some(d) => Err(Error::refused(format!("the change would make {d}"))),
        None => Ok(text),
    }
}

fn write_people(ledger: &Ledger, text: &str) -> Result<(), Error> {
    write_atomic(&ledger.dir.join(PEOPLE), text.as_bytes())
}

fn check_name(name: &str) -> Result<(), Error> {
    if name.trim().is_empty() {
        return Err(Error::refused("--name must not be empty"));
    }
    check_one_line("--name", name)
}

fn add(ctx: &mut Ctx, args: AddArgs) -> Result<ExitCode> {
    let id = Slug::parse(&args.id).map_err(|e| Error::refused(e.to_string()))?;
    check_name(&args.name)?;
    let mut fields = vec![("name", FieldValue::Str(args.name.clone()))];
    fields.append(&mut args.fields.to_values()?);
    let (_lock, ledger) = ctx.lock_ledger(Access::Clients(&[id.as_str()]))?;
    if ledger.person_ix(id.as_str()).is_some() {
        return Err(Error::with_hint(
            format!("person \"{id}\" already exists"),
            format!("change it with `hourbank person set {id} ...`"),
        )
        .into());
    }
    if ledger.client_ix(id.as_str()).is_some() {
        return Err(Error::with_hint(
            format!("\"{id}\" is a client's id"),
            "clients and people share one namespace of ids: choose another",
        )
        .into());
    }
    let text = read_or_empty(&ledger.dir, PEOPLE)?;
    let new_text = checked(edit_table(&text, PEOPLE, &["people", id.as_str()], &fields, true)?)?;
    let message = format!("added person {id} ({})", args.name);
    ctx.commit_write(args.dry_run, &message, || write_people(&ledger, &new_text))
}

fn set(ctx: &mut Ctx, args: SetArgs) -> Result<ExitCode> {
    let mut fields = Vec::new();
    if let Some(name) = &args.name {
        check_name(name)?;
        fields.push(("name", FieldValue::Str(name.clone())));
    }
    fields.append(&mut args.fields.to_values()?);
    let (_lock, ledger) = ctx.lock_ledger(Access::Clients(&[args.id.as_str()]))?;
    person_arg(&ledger, &args.id)?;
    if fields.is_empty() {
        return Err(Error::NothingToChange {
            hint: "name at least one setting, e.g. `--schedule mon=8:00,tue=8:00`",
        }
        .into());
    }
    let text = read_or_empty(&ledger.dir, PEOPLE)?;
    let new_text = checked(edit_table(&text, PEOPLE, &["people", &args.id], &fields, false)?)?;
    let keys: Vec<&str> = fields.iter().map(|(k, _)| *k).collect();
    let message = format!("updated person {}: {}", args.id, keys.join(", "));
    ctx.commit_write(args.dry_run, &message, || write_people(&ledger, &new_text))
}

/// Whether any row names the person: work or time off, or an adjustment of a bank.
fn referenced(ledger: &Ledger, ix: u32) -> bool {
    let id = &ledger.people.as_deref().unwrap_or_default()[ix as usize].id;
    !ledger.person_days[ix as usize].is_empty()
        || ledger.adjustments.iter().any(|a| !a.bank.is_empty() && &a.holder == id)
}

fn remove(ctx: &mut Ctx, id: &str, dry_run: bool) -> Result<ExitCode> {
    let (_lock, ledger) = ctx.lock_ledger(Access::Clients(&[id]))?;
    let ix = person_arg(&ledger, id)?;
    if referenced(&ledger, ix) {
        return Err(Error::with_hint(
            format!("will not remove person \"{id}\": rows in the ledger refer to them"),
            format!("erase their personal data with `hourbank person forget {id}`"),
        )
        .into());
    }
    let text = read_or_empty(&ledger.dir, PEOPLE)?;
    let new_text = remove_table(&text, PEOPLE, &["people", id])?;
    ctx.commit_write(dry_run, &format!("removed person {id}"), || write_people(&ledger, &new_text))
}

fn forget(ctx: &mut Ctx, id: &str, dry_run: bool) -> Result<ExitCode> {
    let (_lock, ledger) = ctx.lock_ledger(Access::Ledger)?;
    person_arg(&ledger, id)?;
    let fields = [
        ("name", FieldValue::Str(format!("forgotten person {id}"))),
        ("email", FieldValue::Remove),
    ];
    let text = read_or_empty(&ledger.dir, PEOPLE)?;
    let new_text = edit_table(&text, PEOPLE, &["people", id], &fields, false)?;
    let message = format!(
        "forgot the personal fields of person {id} (name, email); every row and bank is kept"
    );
    let code = ctx.commit_write(dry_run, &message, || write_people(&ledger, &new_text))?;
    super::note(
        "note: git history still holds the old text; notes typed into CSV rows are not changed",
    );
    Ok(code)
}

/// The settings `person bank add|set` writes, from its flags.
fn bank_fields(ctx: &Ctx, args: &BankArgs) -> Result<Vec<(&'static str, FieldValue)>, Error> {
    let mut fields = Vec::new();
    if let Some(rule) = &args.rule {
        // clap admits only the rules' names.
        fields.push(("rule", FieldValue::Str(rule.clone())));
    }
    if let Some(start) = &args.start {
        fields.push(("start", FieldValue::Str(ctx.date_arg("--start", start)?.to_string())));
    }
    let signed = |flag: &str, text: &str| {
        Minutes::parse(text)
            .map(|m| FieldValue::Str(m.hm()))
            .map_err(|e| Error::refused(format!("{flag}: {e}")))
    };
    if let Some(v) = &args.opening {
        fields.push(("opening_balance", signed("--opening", v)?));
    }
    if let Some(v) = &args.max {
        let value = if v == "none" {
            FieldValue::Remove
        } else {
            Minutes::parse_unsigned(v)
                .map(|m| FieldValue::Str(m.hm()))
                .map_err(|e| Error::refused(format!("--max: {e}")))?
        };
        fields.push(("max_balance", value));
    }
    if let Some(v) = &args.min {
        let min = Minutes::parse(v).map_err(|e| Error::refused(format!("--min: {e}")))?;
        if min.0 > 0 {
            return Err(Error::with_hint(
                format!("--min {v}: the floor is 0:00 or below"),
                format!("--min -{} lets periods take the balance that far below zero", min.hm()),
            ));
        }
        fields.push(("min_balance", FieldValue::Str(min.hm())));
    }
    if let Some(n) = &args.expiry_months {
        let n = super::count_arg("--expiry-months", n)?;
        let value = if n == 0 {
            FieldValue::Remove
        } else {
            let n = check_months(n, false)
                .map_err(|e| Error::refused(format!("--expiry-months: {e}")))?;
            FieldValue::Int(i64::from(n))
        };
        fields.push(("expiry_months", value));
    }
    if let Some(b) = &args.include_time_off {
        // clap admits only true and false.
        fields.push(("include_time_off", FieldValue::Bool(b == "true")));
    }
    if let Some(x) = &args.accrual_multiplier {
        match crate::domain::flex::parse_accrual_multiplier(x) {
            Ok(d) => fields.push(("accrual_multiplier", FieldValue::Str(d.to_string()))),
            Err(why) => return Err(Error::refused(format!("--accrual-multiplier {why}"))),
        }
    }
    Ok(fields)
}

fn bank_edit(ctx: &mut Ctx, args: BankArgs, create: bool) -> Result<ExitCode> {
    let bank = Slug::parse(&args.bank).map_err(|e| Error::refused(format!("bank: {e}")))?;
    let fields = bank_fields(ctx, &args)?;
    let (_lock, ledger) = ctx.lock_ledger(Access::Clients(&[args.person.as_str()]))?;
    person_arg(&ledger, &args.person)?;
    let exists = ledger.bank_ix(&args.person, bank.as_str()).is_some();
    let verb = if create { "add" } else { "set" };
    if create && exists {
        return Err(Error::with_hint(
            format!("{} already has a bank \"{bank}\"", args.person),
            format!("change it with `hourbank person bank set {} {bank} ...`", args.person),
        )
        .into());
    }
    if !create && !exists {
        return Err(Error::with_hint(
            format!("{} has no bank \"{bank}\"", args.person),
            format!(
                "add it with `hourbank person bank add {} {bank} --rule R --start D`",
                args.person
            ),
        )
        .into());
    }
    if create && (args.rule.is_none() || args.start.is_none()) {
        return Err(Error::with_hint(
            "a new bank needs --rule and --start",
            "e.g. --rule weekly-overtime --start 2026-01-05",
        )
        .into());
    }
    if fields.is_empty() {
        return Err(Error::NothingToChange { hint: "name at least one setting, e.g. `--max 40:00` (see `hourbank person bank set --help`)" }
        .into());
    }
    let text = read_or_empty(&ledger.dir, PEOPLE)?;
    let path = ["people", args.person.as_str(), "banks", bank.as_str()];
    let new_text = checked(edit_table(&text, PEOPLE, &path, &fields, create)?)?;
    let keys: Vec<&str> = fields.iter().map(|(k, _)| *k).collect();
    let message = match verb {
        "add" => format!("added bank {bank} of {}", args.person),
        _ => format!("updated bank {bank} of {}: {}", args.person, keys.join(", ")),
    };
    ctx.commit_write(args.dry_run, &message, || write_people(&ledger, &new_text))
}

fn bank_remove(ctx: &mut Ctx, person: &str, bank: &str, dry_run: bool) -> Result<ExitCode> {
    let (_lock, ledger) = ctx.lock_ledger(Access::Clients(&[person]))?;
    person_arg(&ledger, person)?;
    if ledger.bank_ix(person, bank).is_none() {
        return Err(Error::refused(format!("{person} has no bank \"{bank}\"")).into());
    }
    let adjusted = ledger.adjustments.iter().filter(|a| a.holder == person && a.bank == bank);
    if let Some(a) = adjusted.clone().next() {
        return Err(Error::with_hint(
            format!(
                "will not remove bank \"{bank}\" of {person}: {} adjustment(s) refer to it (first at adjustments.csv:{})",
                adjusted.count(),
                a.line
            ),
            "a bank with history stays; stop its periods by leaving it be, or remove those rows first",
        )
        .into());
    }
    let text = read_or_empty(&ledger.dir, PEOPLE)?;
    let new_text = remove_table(&text, PEOPLE, &["people", person, "banks", bank])?;
    ctx.commit_write(dry_run, &format!("removed bank {bank} of {person}"), || {
        write_people(&ledger, &new_text)
    })
}

fn weekly(person: &Person) -> Minutes {
    Minutes(person.schedule.iter().sum())
}

fn schedule_text(person: &Person) -> String {
    WEEKDAYS
        .iter()
        .zip(person.schedule)
        .filter(|(_, m)| *m > 0)
        .map(|(d, m)| format!("{d}={}", Minutes(m).hm()))
        .collect::<Vec<_>>()
        .join(",")
}

fn list(ctx: &mut Ctx) -> Result<ExitCode> {
    let ledger = ctx.read_ledger()?;
    let mut report = Report::new(&["person", "name", "email", "weekly_hours", "schedule", "banks"]);
    for (i, p) in ledger.people.as_deref().unwrap_or_default().iter().enumerate() {
        let banks: Vec<&str> =
            ledger.banks.iter().filter(|b| b.person == i as u32).map(|b| b.name.as_str()).collect();
        report.push(vec![
            Cell::text(&p.id),
            Cell::opt_text(p.name.clone()),
            Cell::opt_text(p.email.clone()),
            ctx.hours(weekly(p)),
            Cell::text(schedule_text(p)),
            Cell::text(banks.join(" ")),
        ]);
    }
    ctx.emit(&report)?;
    Ok(ExitCode::SUCCESS)
}

/// One accrual lot of a bank as of a date.
struct LotLine {
    bank: String,
    lot: String,
    date: NaiveDate,
    hours: Minutes,
    used: Minutes,
    expired: Minutes,
    remaining: Minutes,
    expires: Option<NaiveDate>,
}

const LOT_COLUMNS: &[&str] =
    &["person", "bank", "lot", "date", "hours", "used", "expired", "remaining", "expires"];

fn show(ctx: &mut Ctx, id: &str) -> Result<ExitCode> {
    let ledger = ctx.read_ledger()?;
    let ix = person_arg(&ledger, id)?;
    let person = &ledger.people.as_deref().unwrap_or_default()[ix as usize];
    let as_of = ctx.today;
    let opts = SimOptions { as_of, watch_from: None, trace: false };
    let outcomes = ledger.simulate_banks(opts, |b| ledger.banks[b].person == ix);
    let mut lots = Vec::new();
    let mut balances = Vec::new();
    for (bank, outcome) in ledger.banks.iter().zip(outcomes) {
        let Some(outcome) = outcome else { continue };
        balances.push((bank, outcome.available));
        for state in &outcome.lots {
            lots.push(LotLine {
                bank: bank.name.clone(),
                lot: super::lot_name(&ledger, state),
                date: state.credit.date,
                hours: state.credit.minutes,
                used: state.used,
                expired: state.expired,
                remaining: state.remaining,
                expires: state.credit.expires,
            });
        }
    }
    let lot_cells = |l: &LotLine| {
        vec![
            Cell::text(id),
            Cell::text(&l.bank),
            Cell::text(&l.lot),
            Cell::Fixed(l.date.to_string()),
            ctx.hours(l.hours),
            ctx.hours(l.used),
            ctx.hours(l.expired),
            ctx.hours(l.remaining),
            Cell::opt_fixed(l.expires),
        ]
    };
    let mut lots_report = Report::new(LOT_COLUMNS);
    for l in &lots {
        lots_report.push(lot_cells(l));
    }
    match ctx.format {
        Format::Csv | Format::Xlsx | Format::Ods => ctx.emit(&lots_report)?,
        Format::Json => {
            let banks: Vec<serde_json::Value> = balances
                .iter()
                .map(|(bank, balance)| {
                    let mut b = serde_json::Map::new();
                    b.insert("bank".into(), bank.name.clone().into());
                    b.insert("rule".into(), bank.rule.as_str().into());
                    b.insert("start".into(), bank.start.to_string().into());
                    b.insert("balance".into(), json_hours(ctx, *balance));
                    b.into()
                })
                .collect();
            let mut object = serde_json::Map::new();
            object.insert("person".into(), person.id.clone().into());
            object.insert("name".into(), person.name.clone().into());
            object.insert("email".into(), person.email.clone().into());
            object.insert("schedule".into(), schedule_text(person).into());
            object.insert("weekly_hours".into(), json_hours(ctx, weekly(person)));
            object.insert("banks".into(), banks.into());
            object.insert("lots".into(), crate::render::json::to_value(&lots_report));
            let mut out = serde_json::to_vec_pretty(&serde_json::Value::Object(object))?;
            out.push(b'\n');
            ctx.out.write_all(&out)?;
        }
        _ => {
            let mut fields = Report::new(&["field", "value"]);
            fields.push(vec![Cell::text("person"), Cell::text(&person.id)]);
            fields.push(vec![Cell::text("name"), Cell::opt_text(person.name.clone())]);
            fields.push(vec![Cell::text("email"), Cell::opt_text(person.email.clone())]);
            fields.push(vec![Cell::text("schedule"), Cell::text(schedule_text(person))]);
            fields.push(vec![Cell::text("weekly_hours"), ctx.hours(weekly(person))]);
            for (bank, balance) in &balances {
                let what = format!("bank {}", bank.name);
                fields.push(vec![
                    Cell::text(what),
                    Cell::text(format!(
                        "{}, from {}, balance {}",
                        bank.rule.as_str(),
                        bank.start,
                        ctx.hours_text(*balance)
                    )),
                ]);
            }
            ctx.emit(&fields)?;
            if !lots.is_empty() {
                writeln!(ctx.out)?;
                ctx.emit(&lots_report)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn json_hours(ctx: &Ctx, minutes: Minutes) -> serde_json::Value {
    let report = {
        let mut r = Report::new(&["h"]);
        r.push(vec![ctx.hours(minutes)]);
        r
    };
    let value = crate::render::json::to_value(&report);
    value.as_array().and_then(|a| a.first()).and_then(|o| o.get("h")).cloned().unwrap_or_default()
}
