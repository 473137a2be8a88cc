//! `hourbank report balances | history | usage`: pure report builders over the loaded
//! ledger, rendered as table, CSV or JSON.

use std::collections::BTreeMap;
use std::process::ExitCode;

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use clap::{Args, Subcommand};

use super::{Ctx, client_arg, lot_name, opt_date, row_ref};
use crate::domain::bank::{LotSource, SimOptions, TraceKind, TraceRef, month_key};
use crate::domain::client::ClientType;
use crate::domain::duration::Minutes;
use crate::domain::money::Money;
use crate::domain::rates::rate_for;
use crate::error::Error;
use crate::render::{Cell, Highlight, Report};
use crate::store::layout::{ADJUSTMENTS, TIMELOG};
use crate::store::load::{Ledger, WorkKind};

/// Balances, statements and usage
#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Every client's purchased, consumed, expired and available hours
    Balances(BalancesArgs),
    /// One client's statement: every purchase, work row, adjustment and expiry with a
    /// running balance
    History(HistoryArgs),
    /// Hours and billable amounts grouped by month, week, client, person, project or service
    Usage(UsageArgs),
}

#[derive(Debug, Args)]
pub struct BalancesArgs {
    /// Balances as of this date (default: today); lots expiring that day still count
    #[arg(long, value_name = "D")]
    pub as_of: Option<String>,
    /// Only this client
    #[arg(long, value_name = "ID")]
    pub client: Option<String>,
    /// Only clients of this type (bank, retainer, payg)
    #[arg(long = "type", value_name = "T")]
    pub kind: Option<String>,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// The client id
    pub client: String,
    /// First date shown (the balance still counts everything before)
    #[arg(long, value_name = "D")]
    pub from: Option<String>,
    /// Last date included (default: today)
    #[arg(long, value_name = "D")]
    pub to: Option<String>,
}

#[derive(Debug, Args)]
pub struct UsageArgs {
    /// First date included
    #[arg(long, value_name = "D")]
    pub from: Option<String>,
    /// Last date included
    #[arg(long, value_name = "D")]
    pub to: Option<String>,
    /// Group by these keys, in order: month, week, client, person, project, service
    #[arg(
        long,
        value_name = "KEY,KEY..",
        value_delimiter = ',',
        default_value = "client"
    )]
    pub by: Vec<String>,
}

pub fn run(ctx: &mut Ctx, command: ReportCommand) -> Result<ExitCode> {
    match command {
        ReportCommand::Balances(args) => balances(ctx, args),
        ReportCommand::History(args) => history(ctx, args),
        ReportCommand::Usage(args) => usage(ctx, args),
    }
}

pub const BALANCE_COLUMNS: &[&str] = &[
    "client",
    "name",
    "type",
    "status",
    "purchased",
    "consumed",
    "expired",
    "available",
    "percent_left",
    "next_expiry",
    "next_expiry_hours",
    "runs_out",
];

fn balances(ctx: &mut Ctx, args: BalancesArgs) -> Result<ExitCode> {
    let as_of = opt_date("--as-of", args.as_of.as_deref())?.unwrap_or(ctx.today);
    let kind = args
        .kind
        .as_deref()
        .map(|t| {
            ClientType::parse(t).ok_or_else(|| {
                Error::refused(format!("--type \"{t}\": use bank, retainer or payg"))
            })
        })
        .transpose()?;
    let ledger = ctx.read_ledger()?;
    let only = args
        .client
        .as_deref()
        .map(|c| client_arg(&ledger, c))
        .transpose()?;
    let report = balances_report(ctx, &ledger, as_of, only, kind);
    ctx.emit(&report)?;
    Ok(ExitCode::SUCCESS)
}

/// The balances report as of `as_of` (SPEC 3.6 and 5).
pub fn balances_report(
    ctx: &Ctx,
    ledger: &Ledger,
    as_of: NaiveDate,
    only: Option<u32>,
    kind: Option<ClientType>,
) -> Report {
    let mut report = Report::new(BALANCE_COLUMNS);
    let opts = SimOptions {
        as_of,
        watch_from: None,
        trace: false,
    };
    let wanted = |i: usize| {
        only.is_none_or(|o| o as usize == i) && kind.is_none_or(|k| k == ledger.clients[i].kind)
    };
    let outcomes = ledger.simulate_all(opts, wanted);
    for (client, o) in ledger.clients.iter().zip(outcomes) {
        let Some(o) = o else { continue };
        let percent = o.percent_left();
        let highlight = if client.kind == ClientType::Payg {
            None
        } else if o.available.0 < 0 {
            Some(Highlight::Overdraft)
        } else if o.purchased.0 > 0
            && ledger
                .settings
                .low_thresholds(client)
                .iter()
                .any(|t| percent < *t)
        {
            Some(Highlight::Low)
        } else {
            None
        };
        report.push_highlighted(
            vec![
                Cell::text(client.id.as_str()),
                Cell::text(&client.name),
                Cell::text(client.kind.as_str()),
                Cell::text(client.status.as_str()),
                ctx.hours(o.purchased),
                ctx.hours(o.consumed),
                ctx.hours(o.expired),
                ctx.hours(o.available),
                Cell::Num(percent.to_string()),
                Cell::opt_fixed(o.next_expiry),
                if o.next_expiry.is_some() {
                    ctx.hours(o.next_expiry_minutes)
                } else {
                    Cell::Empty
                },
                Cell::opt_fixed(o.runs_out(as_of)),
            ],
            highlight,
        );
    }
    report
}

/// What a statement shows of a work row.
struct WorkInfo {
    line: u32,
    id: String,
    note: String,
}

fn history(ctx: &mut Ctx, args: HistoryArgs) -> Result<ExitCode> {
    let from = opt_date("--from", args.from.as_deref())?;
    let to = opt_date("--to", args.to.as_deref())?.unwrap_or(ctx.today);
    let mut rows: Vec<WorkInfo> = Vec::new();
    let wanted = args.client.clone();
    let ledger = ctx.read_ledger_with(&mut |w| {
        if w.client_id == wanted {
            rows.push(WorkInfo {
                line: w.line,
                id: w.id.to_string(),
                note: w.note.to_string(),
            });
        }
    })?;
    let ix = client_arg(&ledger, &args.client)?;
    let outcome = ledger.simulate(
        ix,
        SimOptions {
            as_of: to,
            watch_from: None,
            trace: true,
        },
    );
    let mut report = Report::new(&["date", "kind", "ref", "hours", "balance", "lot", "note"]);
    for event in &outcome.trace {
        if from.is_some_and(|f| event.date < f) {
            continue;
        }
        let (reference, lot, note) = match event.reference {
            TraceRef::Lot(l) => {
                let state = &outcome.lots[l];
                let name = lot_name(&ledger, state);
                let note = match state.credit.source {
                    LotSource::Purchase(p) => ledger.purchases[p as usize].note.clone(),
                    LotSource::Adjustment(a) => ledger.adjustments[a as usize].reason.clone(),
                    LotSource::Allocation | LotSource::Overage => String::new(),
                };
                let note = if event.kind == TraceKind::Expire {
                    String::new()
                } else {
                    note
                };
                (name.clone(), name, note)
            }
            TraceRef::WorkLine(line) => {
                let info = rows
                    .binary_search_by_key(&line, |r| r.line)
                    .ok()
                    .map(|i| &rows[i]);
                let reference = row_ref(info.map_or("", |r| r.id.as_str()), TIMELOG, line);
                (
                    reference,
                    drawn_names(&ledger, &outcome.lots, &event.drawn),
                    info.map(|r| r.note.clone()).unwrap_or_default(),
                )
            }
            TraceRef::Adjustment(a) => {
                let adj = &ledger.adjustments[a as usize];
                (
                    row_ref(&adj.id, ADJUSTMENTS, adj.line),
                    drawn_names(&ledger, &outcome.lots, &event.drawn),
                    adj.reason.clone(),
                )
            }
        };
        report.push(vec![
            Cell::Fixed(event.date.to_string()),
            Cell::text(event.kind.as_str()),
            Cell::text(reference),
            ctx.hours(event.minutes),
            ctx.hours(event.balance),
            Cell::text(lot),
            Cell::text(note),
        ]);
    }
    ctx.emit(&report)?;
    Ok(ExitCode::SUCCESS)
}

fn drawn_names(
    ledger: &Ledger,
    lots: &[crate::domain::bank::LotState],
    drawn: &[(usize, Minutes)],
) -> String {
    drawn
        .iter()
        .map(|(lot, _)| lot_name(ledger, &lots[*lot]))
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UsageKey {
    Month,
    Week,
    Client,
    Person,
    Project,
    Service,
}

impl UsageKey {
    fn parse(text: &str) -> Option<(UsageKey, &'static str)> {
        Some(match text.trim() {
            "month" => (UsageKey::Month, "month"),
            "week" => (UsageKey::Week, "week"),
            "client" => (UsageKey::Client, "client"),
            "person" => (UsageKey::Person, "person"),
            "project" => (UsageKey::Project, "project"),
            "service" => (UsageKey::Service, "service"),
            _ => return None,
        })
    }
}

/// A group's hours, charged hours and billable minutes per (service, rate) line.
type GroupTotals = BTreeMap<Vec<String>, (i64, i64, BTreeMap<(String, Money), i64>)>;

/// Minutes of one group at one (client, service, row rate): what rates apply to.
#[derive(Debug, Default, Clone, Copy)]
struct Sums {
    hours: i64,
    charged: i64,
    billable: i64,
}

fn usage(ctx: &mut Ctx, args: UsageArgs) -> Result<ExitCode> {
    let from = opt_date("--from", args.from.as_deref())?;
    let to = opt_date("--to", args.to.as_deref())?;
    let keys: Vec<(UsageKey, &'static str)> = args
        .by
        .iter()
        .map(|k| {
            UsageKey::parse(k).ok_or_else(|| {
                Error::refused(format!(
                    "--by \"{k}\": use month, week, client, person, project or service"
                ))
            })
        })
        .collect::<Result<_, _>>()?;
    // (group, client, service, row rate) -> sums; rates are resolved after loading.
    let mut groups: BTreeMap<(Vec<String>, u32, String, Option<Money>), Sums> = BTreeMap::new();
    let ledger = ctx.read_ledger_with(&mut |w| {
        let Some(client) = w.client else { return };
        if w.kind != WorkKind::Work
            || from.is_some_and(|f| w.date < f)
            || to.is_some_and(|t| w.date > t)
        {
            return;
        }
        let group = keys
            .iter()
            .map(|(k, _)| match k {
                UsageKey::Month => month_key(w.date),
                UsageKey::Week => {
                    let week = w.date.iso_week();
                    format!("{:04}-W{:02}", week.year(), week.week())
                }
                UsageKey::Client => w.client_id.to_string(),
                UsageKey::Person => w.person.to_string(),
                UsageKey::Project => w.project.to_string(),
                UsageKey::Service => w.service.to_string(),
            })
            .collect();
        let sums = groups
            .entry((group, client, w.service.to_string(), w.rate))
            .or_default();
        sums.hours += w.hours.0;
        sums.charged += w.charged.0;
        if w.billable {
            sums.billable += w.charged.0;
        }
    })?;
    // Amounts are summed per (service, rate) line, each rounded to cents once, as an
    // invoice would bill them.
    let mut totals: GroupTotals = BTreeMap::new();
    for ((group, client, service, row_rate), sums) in groups {
        let rate = rate_for(
            row_rate,
            &service,
            ledger.clients.get(client as usize),
            &ledger.settings,
        );
        let entry = totals.entry(group).or_default();
        entry.0 += sums.hours;
        entry.1 += sums.charged;
        *entry.2.entry((service, rate)).or_default() += sums.billable;
    }
    let mut columns: Vec<&'static str> = keys.iter().map(|(_, name)| *name).collect();
    columns.extend(["hours", "charged", "billable_amount"]);
    let mut report = Report::new(&columns);
    for (group, (hours, charged, lines)) in totals {
        let amount = lines
            .iter()
            .map(|((_, rate), minutes)| Money::line_amount(Minutes(*minutes), *rate).0)
            .sum::<rust_decimal::Decimal>();
        let mut cells: Vec<Cell> = group.into_iter().map(Cell::Text).collect();
        cells.push(ctx.hours(Minutes(hours)));
        cells.push(ctx.hours(Minutes(charged)));
        cells.push(Cell::Num(Money::cents(amount).to_string()));
        report.push(cells);
    }
    ctx.emit(&report)?;
    Ok(ExitCode::SUCCESS)
}
