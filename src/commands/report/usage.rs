//! `hourbank report usage`: hours and billable amounts grouped by the `--by` keys.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use crate::commands::Ctx;
use crate::commands::push_hours;
use crate::domain::duration::Minutes;
use crate::domain::money::Money;
use crate::domain::reports::UsageRow;
use crate::domain::reports::usage::{UsageKey, UsageSink, usage_rows};
use crate::error::Error;
use crate::render::rows::usage_cells;
use crate::render::{Cells, Row};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hourbank report usage -p lastmonth --by client,person\n  hourbank report usage --by month --client acme\n  hourbank --format csv report usage -p 2026 --by month,client -o usage.csv"
)]
pub struct UsageArgs {
    #[command(flatten)]
    pub span: crate::commands::SpanArgs,
    /// Group by these keys, in order: day, week, month, year, client, person, project, service, kind
    #[arg(long, value_name = "KEY,KEY..", value_delimiter = ',', default_value = "client", value_parser = ["day", "week", "month", "year", "client", "person", "project", "service", "kind"])]
    pub by: Vec<String>,
    /// Only this client's rows
    #[arg(add = crate::complete::clients(), long, value_name = "ID")]
    pub client: Option<String>,
    /// Only this person's rows
    #[arg(add = crate::complete::people(), long, value_name = "P")]
    pub person: Option<String>,
    /// Only rows of this project
    #[arg(add = crate::complete::projects(), long, value_name = "P")]
    pub project: Option<String>,
    /// Only rows of this service
    #[arg(add = crate::complete::services(), long, value_name = "S")]
    pub service: Option<String>,
    /// Write the report to this file (atomically) instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: UsageArgs) -> Result<ExitCode> {
    let (from, to) = ctx.span(&args.span)?;
    let keys: Vec<(UsageKey, &'static str)> = args
        .by
        .iter()
        // clap admits only the keys this parses.
        .filter_map(|k| UsageKey::parse(k))
        .collect();
    for (i, (_, name)) in keys.iter().enumerate() {
        if keys[..i].iter().any(|(_, n)| n == name) {
            return Err(Error::refused(format!("--by names \"{name}\" twice")).into());
        }
    }
    let only =
        [args.client.clone(), args.person.clone(), args.project.clone(), args.service.clone()];
    let order: Vec<UsageKey> = keys.iter().map(|(k, _)| *k).collect();
    let make = |_: &[_]| UsageSink::new(&order, from, to, only.clone());
    let (ledger, sink) = ctx.read_ledger_into(&make)?;
    if let Some(c) = &args.client {
        crate::commands::client_arg(&ledger, c)?;
    }
    let rows = usage_rows(&ledger, sink, &order, to, ctx.today);
    let mut columns: Vec<&'static str> = keys.iter().map(|(_, name)| *name).collect();
    columns.extend(UsageRow::AMOUNT_COLUMNS);
    let time_format = ctx.time_format;
    let hours = move |m: Minutes, cells: &mut Cells| push_hours(time_format, m, cells);
    if ctx.format != crate::render::Format::Table {
        let row = |k, cells: &mut Cells| usage_cells(&rows, k, &hours, cells);
        ctx.emit_indexed(&columns, rows.len(), ledger.threads, &row)?;
        drop(rows);
        ctx.release(ledger);
        return Ok(ExitCode::SUCCESS);
    }
    // A table ends with the totals (CSV and JSON never do).
    let rows: Vec<UsageRow> = rows.iter().collect();
    let mut total = UsageRow {
        labels: Vec::new(),
        hours: Minutes(rows.iter().map(|r| r.hours.0).sum()),
        charged: Minutes(rows.iter().map(|r| r.charged.0).sum()),
        billable_amount: Money(rows.iter().map(|r| r.billable_amount.0).sum()),
        value: Money(rows.iter().map(|r| r.value.0).sum()),
    };
    total.labels =
        (0..keys.len()).map(|i| if i == 0 { "total".into() } else { String::new() }).collect();
    let with_total = rows.iter().chain((rows.len() > 1).then_some(&total));
    ctx.emit_iter(&columns, with_total.map(|r| Row { cells: r.cells(&hours), highlight: None }))?;
    Ok(ExitCode::SUCCESS)
}
