//! `hourbank report balances`: every client's purchased, consumed, expired and available hours.

use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;

use crate::commands::{Ctx, client_arg, lot_name};
use crate::domain::alerts::{AlertKind, alerts_for};
use crate::domain::bank::SimOptions;
use crate::domain::client::ClientType;
use crate::error::Error;
use crate::render::{Cell, Highlight, Report};
use crate::store::load::Ledger;

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

pub fn run(ctx: &mut Ctx, args: BalancesArgs) -> Result<ExitCode> {
    let as_of = ctx.opt_date("--as-of", args.as_of.as_deref())?.unwrap_or(ctx.today);
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
    let only = args.client.as_deref().map(|c| client_arg(&ledger, c)).transpose()?;
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
    let opts = SimOptions { as_of, watch_from: None, trace: false };
    let wanted = |i: usize| {
        only.is_none_or(|o| o as usize == i) && kind.is_none_or(|k| k == ledger.clients[i].kind)
    };
    let outcomes = ledger.simulate_all(opts, wanted);
    for (client, o) in ledger.clients.iter().zip(outcomes) {
        let Some(o) = o else { continue };
        let percent = o.percent_left();
        // What notify-check would say now, sent or not, shows in the table.
        let name = |lot: usize| lot_name(ledger, &o.lots[lot]);
        let alerts = alerts_for(client, &ledger.settings, &o, as_of, &name);
        let highlight = if alerts.iter().any(|a| a.kind == AlertKind::Overdraft) {
            Some(Highlight::Overdraft)
        } else if !alerts.is_empty() {
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
