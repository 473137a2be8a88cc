//! `hourbank statement`: what a business sends a client (SPEC 10): the balance at both
//! ends of a period, every purchase, work row, adjustment and expiry between, the
//! hours about to expire, and the invoices with their payments and what is outstanding.

use std::process::ExitCode;

use anyhow::Result;
use chrono::Datelike;
use rustc_hash::FxHashMap;

use super::{Ctx, client_arg};
use crate::domain::client::Client;
use crate::domain::ledger::Ledger;
use crate::domain::statement::Statement;
use crate::error::Error;
use crate::render::statement as render;

/// A client's statement of hours and invoices, to send to the client
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  hourbank statement acme -p lastmonth\n  hourbank --format html statement acme -p lastmonth -o statement.html\n  hourbank statement acme -p lastmonth --send"
)]
pub struct Args {
    #[command(flatten)]
    pub span: crate::commands::SpanArgs,
    /// The client id (a payer gets a section per client it pays for)
    #[arg(add = crate::complete::clients())]
    pub client: String,
    /// E-mail it to the client's `email` (HTML with a text part) through `[notify]`'s
    /// command or SMTP server
    #[arg(long)]
    pub send: bool,
    /// With --send: print the message instead of sending it
    #[arg(long, requires = "send")]
    pub dry_run: bool,
    /// Write the statement to this file (atomically) instead of stdout
    #[arg(long, short = 'o', value_name = "FILE", conflicts_with = "send")]
    pub output: Option<std::path::PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let output = args.output.clone();
    super::to_file(ctx, output.as_deref(), |ctx| statement(ctx, args))
}

fn statement(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let (from, to) = ctx.span(&args.span)?;
    let to = to.unwrap_or(ctx.today);
    let from = from.unwrap_or_else(|| to.with_day(1).expect("day 1 exists in every month"));
    if from > to {
        return Err(Error::refused(format!("--from {from} is after --to {to}")).into());
    }
    // The time log keeps the rows of the clients it covers: the client and those
    // naming it as payer.
    let (ledger, rows) = ctx.read_ledger_into(&|clients: &[Client]| {
        crate::domain::reports::statement::PeriodRows {
            clients: clients
                .iter()
                .filter(|c| c.id.as_str() == args.client || is_paid_by(c, &args.client))
                .map(|c| c.id.to_string())
                .collect(),
            from,
            to,
            rows: FxHashMap::default(),
        }
    })?;
    let ix = client_arg(&ledger, &args.client)?;
    let paid_for: Vec<u32> = (0..ledger.clients.len() as u32)
        .filter(|&c| is_paid_by(&ledger.clients[c as usize], &args.client))
        .collect();
    let client = &ledger.clients[ix as usize];
    let mut sections = Vec::new();
    // A payer's own section when it has hours or invoices of its own.
    let account = &ledger.accounts[ix as usize];
    let own = !account.credits.is_empty()
        || !account.debits.is_empty()
        || !account.adjustments.is_empty()
        || account.retainer.is_some()
        || ledger.invoices.iter().any(|i| i.client == args.client);
    if paid_for.is_empty() || own {
        sections.push(crate::domain::reports::statement::section(
            &ledger, ix, from, to, ctx.today, &rows,
        ));
    }
    for &c in &paid_for {
        sections.push(crate::domain::reports::statement::section(
            &ledger, c, from, to, ctx.today, &rows,
        ));
    }
    let statement = crate::domain::reports::statement::statement(
        &ledger,
        client,
        (from, to),
        sections,
        !paid_for.is_empty(),
    );
    if args.send {
        return send(ctx, &ledger, client, &statement, args.dry_run);
    }
    let bytes = render::render(&statement, ctx.format, ctx.time_format, ctx.output);
    ctx.out.write_all(&bytes)?;
    Ok(ExitCode::SUCCESS)
}

/// Sends the statement to the client (or payer) it is for: the HTML page with the text
/// tables as its plain part.
fn send(
    ctx: &mut Ctx,
    ledger: &Ledger,
    client: &crate::domain::client::Client,
    statement: &Statement,
    dry_run: bool,
) -> Result<ExitCode> {
    use crate::deliver::Mail;
    use crate::render::Format;
    let email = client.email.clone().ok_or_else(|| {
        Error::with_hint(
            format!("{} has no email to send the statement to", client.id),
            format!("hourbank client set {} --email ...", client.id),
        )
    })?;
    let settings = &ledger.settings;
    let (from, channels) = super::mail_channel(ledger, "the statement", dry_run)?;
    let sender = settings.company.name.clone().unwrap_or_else(|| "hourbank".to_string());
    let subject =
        format!("{sender}: statement of your hours, {} to {}", statement.from, statement.to);
    // Short lines without ids for the plain part (SPEC 12.5); the HTML is the page.
    let text = render::mail_text(statement).into_bytes();
    let html = render::render(statement, Format::Html, ctx.time_format, ctx.output.plain());
    let mail = Mail {
        from,
        to: vec![email.clone()],
        subject: subject.clone(),
        body: String::from_utf8_lossy(&text).into_owned(),
        html: Some(String::from_utf8_lossy(&html).into_owned()),
        attachments: Vec::new(),
        vars: vec![
            ("HOURBANK_CLIENT", client.id.to_string()),
            ("HOURBANK_CLIENT_NAME", client.name.clone()),
            ("HOURBANK_KIND", "statement".to_string()),
            ("HOURBANK_SUBJECT", subject),
            ("HOURBANK_TO", email.clone()),
        ],
    };
    let Some(channels) = channels else {
        let message = mail.message().map_err(Error::refused)?;
        ctx.out.write_all(&message.formatted())?;
        return Ok(ExitCode::SUCCESS);
    };
    channels
        .deliver(&mail)
        .map_err(|e| Error::refused(format!("the statement was not sent: {e}")))?;
    ctx.confirm(&format!(
        "sent the statement of {} ({} to {}) to {email}",
        client.id, statement.from, statement.to
    ))?;
    Ok(ExitCode::SUCCESS)
}

fn is_paid_by(client: &Client, payer: &str) -> bool {
    client.payer.as_ref().is_some_and(|p| p.as_str() == payer)
}
