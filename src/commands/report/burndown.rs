//! `hourbank report burndown`: a client's available hours over a period (or a person's
//! flex bank's balance), as an SVG chart, an HTML page holding it, or the points.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use crate::commands::bank_arg;
use crate::commands::{Ctx, client_arg};
use crate::render::chart::svg;
use crate::render::{Cell, Format, Report};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hourbank --format svg report burndown acme -p 2026 -o acme.svg\n  hourbank --format html report burndown acme --from 2026-06-01\n  hourbank --format svg report burndown ann --bank flex -p thisyear -o flex.svg"
)]
pub struct BurndownArgs {
    #[command(flatten)]
    pub span: crate::commands::SpanArgs,
    /// The client id (with --bank, the person's)
    #[arg(add = crate::complete::holders())]
    pub client: String,
    /// A person's flex bank: its balance per period
    #[arg(long, value_name = "B")]
    pub bank: Option<String>,
    /// Write the chart to this file (atomically) instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: BurndownArgs) -> Result<ExitCode> {
    let (from, until) = ctx.span(&args.span)?;
    let to = until.unwrap_or(ctx.today);
    let ledger = ctx.read_ledger()?;
    let (account, title) = match &args.bank {
        Some(bank) => {
            let b = bank_arg(&ledger, &args.client, bank)?;
            let person = ledger.people.iter().flatten().find(|p| p.id == args.client);
            let name = person.and_then(|p| p.name.as_deref()).unwrap_or(&args.client);
            (ledger.bank_account(b), format!("{name} — {bank} balance"))
        }
        None => {
            let ix = client_arg(&ledger, &args.client)?;
            (ix, format!("{} — available hours", ledger.clients[ix as usize].name))
        }
    };
    let mut chart =
        crate::domain::reports::burndown::chart(&ledger, account, from, to, ctx.today, title);
    // Without --to the chart runs on to the day the hours run out.
    if until.is_none() {
        chart.end = None;
    }
    if args.bank.is_some() {
        chart.credit_label = "accrual";
    }
    match ctx.format {
        Format::Svg => ctx.out.write_all(svg(&chart).as_bytes())?,
        Format::Html => {
            let page = format!(
                "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{0}</title>\n<style>{1}</style>\n</head>\n<body>\n<h1>{0}</h1>\n{2}</body>\n</html>\n",
                crate::render::html::escape(&chart.title),
                crate::render::html::STYLE,
                svg(&chart)
            );
            ctx.out.write_all(page.as_bytes())?;
        }
        _ => {
            let mut report = Report::new(&["date", "balance"]);
            for &(d, m) in &chart.points {
                report.push(vec![Cell::Fixed(d.to_string()), ctx.hours(m)]);
            }
            ctx.emit(&report)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
