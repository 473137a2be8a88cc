//! `hourbank report usage`: hours and billable amounts grouped by the `--by` keys.

use std::process::ExitCode;

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use clap::Args;
use rustc_hash::FxHashMap;

use crate::commands::Ctx;
use crate::domain::bank::{SimOptions, TraceKind, month_key};
use crate::domain::client::ClientType;
use crate::domain::date::{day_number, from_day_number, month_end};
use crate::domain::duration::Minutes;
use crate::domain::money::Money;
use crate::domain::rates::rate_for;
use crate::error::Error;
use crate::render::{Cell, Report};
use crate::store::load::{Ledger, WorkKind, WorkRow, WorkSink};

#[derive(Debug, Args)]
pub struct UsageArgs {
    /// First date included
    #[arg(long, value_name = "D")]
    pub from: Option<String>,
    /// Last date included
    #[arg(long, value_name = "D")]
    pub to: Option<String>,
    /// Group by these keys, in order: month, week, client, person, project, service
    #[arg(long, value_name = "KEY,KEY..", value_delimiter = ',', default_value = "client")]
    pub by: Vec<String>,
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

/// Minutes of one group at one (client, service, row rate): what rates apply to.
#[derive(Debug, Default, Clone, Copy)]
struct Sums {
    hours: i64,
    charged: i64,
    billable: i64,
}

/// One group of the usage report. Amounts are kept per (service, rate) line so that
/// each line is rounded to cents once, as an invoice line is.
#[derive(Debug, Default)]
struct Group {
    hours: i64,
    charged: i64,
    billed: Lines,
    value: Lines,
}

/// Minutes per (service, rate) line; a group has few, so a small list.
#[derive(Debug, Default)]
struct Lines(Vec<(u32, Money, i64)>);

/// The line of a retainer's overage, apart from every service.
const OVERAGE_LINE: u32 = u32::MAX;

impl Lines {
    fn add(&mut self, service: u32, rate: Money, minutes: i64) {
        match self.0.iter_mut().find(|(s, r, _)| *s == service && *r == rate) {
            Some(line) => line.2 += minutes,
            None => self.0.push((service, rate, minutes)),
        }
    }

    /// Each line rounded to cents once, then summed.
    fn amount(&self) -> Money {
        Money::cents(
            self.0
                .iter()
                .map(|(_, rate, minutes)| Money::line_amount(Minutes(*minutes), *rate).0)
                .sum(),
        )
    }
}

/// A retainer's work row, kept to attribute the month's overage to rows.
struct RetainerRow {
    client: u32,
    day: i32,
    line: u32,
    charged: i64,
    /// The row's group, `None` when the row is outside the period.
    group: Option<usize>,
}

/// Strings seen in rows, numbered so that per-row work needs no allocation.
#[derive(Default)]
struct Interner {
    ids: FxHashMap<String, u32>,
    names: Vec<String>,
}

impl Interner {
    fn id(&mut self, text: &str) -> u32 {
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push(text.to_string());
        self.ids.insert(text.to_string(), id);
        id
    }
}

/// The most `--by` keys a report can have (each key once).
const MAX_KEYS: usize = 6;

/// A group's key as numbers: months and weeks as counts, client indexes, interned
/// texts. Turned into text once per group, after loading.
type GroupKey = [u32; MAX_KEYS];

/// What `report usage` collects from the rows: the sums of each group per (client,
/// service, row rate), and the retainers' rows to give each month's overage to.
struct UsageSink {
    /// The `--by` keys (a copyable array, so a row can read them while it interns).
    keys: [Option<UsageKey>; MAX_KEYS],
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    texts: Interner,
    group_keys: Vec<GroupKey>,
    group_index: FxHashMap<GroupKey, usize>,
    sums: FxHashMap<(usize, u32, u32, Option<Money>), Sums>,
    retainer_rows: Vec<RetainerRow>,
}

impl UsageSink {
    fn group(&mut self, key: GroupKey) -> usize {
        *self.group_index.entry(key).or_insert_with(|| {
            self.group_keys.push(key);
            self.group_keys.len() - 1
        })
    }

    fn in_period(&self, d: NaiveDate) -> bool {
        self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t)
    }

    /// Retainer rows are kept for the whole months the period touches: a month's
    /// overage goes to its last rows, which may lie after the period.
    fn in_retainer_window(&self, d: NaiveDate) -> bool {
        self.from.is_none_or(|f| d >= f.with_day(1).unwrap_or(f))
            && self.to.is_none_or(|t| d <= month_end(t))
    }
}

impl WorkSink for UsageSink {
    fn row(&mut self, w: &WorkRow<'_>) {
        let Some(client) = w.client else { return };
        if w.kind != WorkKind::Work {
            return;
        }
        let inside = self.in_period(w.date);
        let retainer = w.client_type == Some(ClientType::Retainer)
            && w.billable
            && self.in_retainer_window(w.date);
        if !inside && !retainer {
            return;
        }
        let group = if inside {
            let mut key: GroupKey = [0; MAX_KEYS];
            let keys = self.keys;
            for (slot, k) in key.iter_mut().zip(keys.iter().flatten()) {
                *slot = match k {
                    UsageKey::Month => w.date.year() as u32 * 12 + w.date.month0(),
                    UsageKey::Week => {
                        let week = w.date.iso_week();
                        week.year() as u32 * 100 + week.week()
                    }
                    UsageKey::Client => client,
                    UsageKey::Person => self.texts.id(w.person),
                    UsageKey::Project => self.texts.id(w.project),
                    UsageKey::Service => self.texts.id(w.service),
                };
            }
            Some(self.group(key))
        } else {
            None
        };
        if retainer {
            self.retainer_rows.push(RetainerRow {
                client,
                day: day_number(w.date),
                line: w.line,
                charged: w.charged.0,
                group,
            });
        }
        let Some(group) = group else { return };
        let service = self.texts.id(w.service);
        let entry = self.sums.entry((group, client, service, w.rate)).or_default();
        entry.hours += w.hours.0;
        entry.charged += w.charged.0;
        if w.billable {
            entry.billable += w.charged.0;
        }
    }

    fn append(&mut self, later: Self) {
        let texts: Vec<u32> = later.texts.names.iter().map(|name| self.texts.id(name)).collect();
        let keys = self.keys;
        let groups: Vec<usize> = later
            .group_keys
            .iter()
            .map(|key| {
                let mut key = *key;
                for (slot, k) in key.iter_mut().zip(keys.iter().flatten()) {
                    if matches!(k, UsageKey::Person | UsageKey::Project | UsageKey::Service) {
                        *slot = texts[*slot as usize];
                    }
                }
                self.group(key)
            })
            .collect();
        for ((group, client, service, rate), s) in later.sums {
            let entry = self
                .sums
                .entry((groups[group], client, texts[service as usize], rate))
                .or_default();
            entry.hours += s.hours;
            entry.charged += s.charged;
            entry.billable += s.billable;
        }
        self.retainer_rows.extend(later.retainer_rows.into_iter().map(|mut r| {
            r.group = r.group.map(|g| groups[g]);
            r
        }));
    }
}

pub fn run(ctx: &mut Ctx, args: UsageArgs) -> Result<ExitCode> {
    let from = ctx.opt_date("--from", args.from.as_deref())?;
    let to = ctx.opt_date("--to", args.to.as_deref())?;
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
    for (i, (_, name)) in keys.iter().enumerate() {
        if keys[..i].iter().any(|(_, n)| n == name) {
            return Err(Error::refused(format!("--by names \"{name}\" twice")).into());
        }
    }
    // Each key at most once: there are MAX_KEYS of them.
    let mut key_array = [None; MAX_KEYS];
    for (slot, (k, _)) in key_array.iter_mut().zip(&keys) {
        *slot = Some(*k);
    }
    let make = || UsageSink {
        keys: key_array,
        from,
        to,
        texts: Interner::default(),
        group_keys: Vec::new(),
        group_index: FxHashMap::default(),
        sums: FxHashMap::default(),
        retainer_rows: Vec::new(),
    };
    let (ledger, sink) = ctx.read_ledger_into(&make)?;
    let UsageSink { texts, group_keys, sums, retainer_rows, .. } = sink;
    let mut groups: Vec<Group> = (0..group_keys.len()).map(|_| Group::default()).collect();
    for ((group, client, service, row_rate), s) in sums {
        let c = &ledger.clients[client as usize];
        let rate = rate_for(row_rate, &texts.names[service as usize], Some(c), &ledger.settings);
        let g = &mut groups[group];
        g.hours += s.hours;
        g.charged += s.charged;
        g.value.add(service, rate, s.billable);
        if c.kind == ClientType::Payg {
            g.billed.add(service, rate, s.billable);
        }
    }
    let through = to.unwrap_or_else(|| ledger.horizon(ctx.today));
    attribute_overage(&ledger, through, retainer_rows, &mut groups);
    let labels: Vec<Vec<String>> = group_keys
        .iter()
        .map(|key| {
            keys.iter()
                .zip(key)
                .map(|((k, _), &n)| match k {
                    UsageKey::Month => format!("{:04}-{:02}", n / 12, n % 12 + 1),
                    UsageKey::Week => format!("{:04}-W{:02}", n / 100, n % 100),
                    UsageKey::Client => ledger.clients[n as usize].id.to_string(),
                    UsageKey::Person | UsageKey::Project | UsageKey::Service => {
                        texts.names[n as usize].clone()
                    }
                })
                .collect()
        })
        .collect();
    let mut columns: Vec<&'static str> = keys.iter().map(|(_, name)| *name).collect();
    columns.extend(["hours", "charged", "billable_amount", "value"]);
    let mut report = Report::new(&columns);
    let mut order: Vec<usize> = (0..group_keys.len()).collect();
    order.sort_by(|a, b| labels[*a].cmp(&labels[*b]));
    for i in order {
        let g = &groups[i];
        let mut cells: Vec<Cell> = labels[i].iter().cloned().map(Cell::Text).collect();
        cells.push(ctx.hours(Minutes(g.hours)));
        cells.push(ctx.hours(Minutes(g.charged)));
        cells.push(Cell::Num(g.billed.amount().to_string()));
        cells.push(Cell::Num(g.value.amount().to_string()));
        report.push(cells);
    }
    ctx.emit(&report)?;
    Ok(ExitCode::SUCCESS)
}

/// Gives each retainer month's overage (booked at the month's end, billed at the
/// client's rate) to the month's last rows, latest first, so that `--by month,client`
/// shows what the invoice of that month bills.
fn attribute_overage(
    ledger: &Ledger,
    through: NaiveDate,
    mut rows: Vec<RetainerRow>,
    groups: &mut [Group],
) {
    rows.sort_by_key(|r| (r.client, std::cmp::Reverse((r.day, r.line))));
    for client_rows in rows.chunk_by(|a, b| a.client == b.client) {
        let ix = client_rows[0].client;
        let client = &ledger.clients[ix as usize];
        let outcome = ledger.simulate(
            ix,
            SimOptions {
                as_of: through.succ_opt().unwrap_or(through),
                watch_from: None,
                trace: true,
            },
        );
        let rate = client.rate.unwrap_or(ledger.settings.default_rate);
        for overage in outcome.trace.iter().filter(|e| e.kind == TraceKind::Overage) {
            let month = month_key(overage.date);
            let mut left = overage.minutes.0;
            for row in client_rows.iter().filter(|r| month_key(from_day_number(r.day)) == month) {
                if left == 0 {
                    break;
                }
                let taken = row.charged.min(left);
                left -= taken;
                if let Some(g) = row.group {
                    groups[g].billed.add(OVERAGE_LINE, rate, taken);
                }
            }
        }
    }
}
