//! `hourbank bank buy | list | edit | remove`: the lots of a client's bank.

use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::Access;
use super::activate_prospect;
use super::{Ctx, client_arg, opt_minutes, opt_money, row_ref};
use crate::domain::admit::{LotRequest, admit_purchase, new_lot};
use crate::domain::bank::{Account, LotSource, SimOptions, simulate};
use crate::domain::check::{Code, Diagnostic};
use crate::domain::client::BlockError;
use crate::domain::duration::Minutes;
use crate::domain::id::IdKind;
use crate::domain::invoice::LineKind;
use crate::domain::ledger::Ledger;
use crate::error::Error;
use crate::store::layout::purchase;
use crate::store::layout::{PURCHASE_COLUMNS, PURCHASES};
use crate::store::write::{Append, check_one_line, check_one_lines, new_row_id, rewrite_line};

/// Buy, list, correct or remove lots of hours
#[derive(Debug, Subcommand)]
pub enum BankCommand {
    /// Record a purchase of hours (a lot)
    Buy(BuyArgs),
    /// List a client's lots with used, expired and remaining hours
    List(ListArgs),
    /// Correct a purchase entered wrongly (rewrites purchases.csv atomically)
    Edit(EditArgs),
    /// Remove a purchase entered by mistake (rewrites purchases.csv atomically)
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("amount").required(true).args(["blocks", "hours"])))]
#[command(group(clap::ArgGroup::new("expiry").args(["expires", "never_expires"])))]
#[command(
    after_help = "Examples:\n  hourbank bank buy acme --blocks 1\n  hourbank bank buy acme --hours 5 --price 450 --expires 2027-06-30\n  hourbank bank buy acme --blocks 2 --invoice"
)]
pub struct BuyArgs {
    /// The client id
    #[arg(add = crate::complete::clients())]
    pub client: String,
    /// Number of blocks, priced from the client's block_hours and block_price
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub blocks: Option<String>,
    /// Hours bought, e.g. 10 or 7:30
    #[arg(long, value_name = "H")]
    pub hours: Option<String>,
    /// Price of the purchase (with --hours)
    #[arg(long, value_name = "P", requires = "hours")]
    pub price: Option<String>,
    /// Date of the purchase (default: today)
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    /// Last day the hours can be used (default: from expiry_months)
    #[arg(long, value_name = "D")]
    pub expires: Option<String>,
    /// The hours never expire
    #[arg(long)]
    pub never_expires: bool,
    /// Only work on this project may use these hours
    #[arg(add = crate::complete::projects(), allow_hyphen_values = true, long, value_name = "P")]
    pub project: Option<String>,
    /// Free text
    #[arg(long, allow_hyphen_values = true)]
    pub note: Option<String>,
    /// Record it while an overdue invoice blocks the client
    #[arg(long)]
    pub force: bool,
    /// Invoice this lot alone at once (dated the purchase date; a later invoice of
    /// the period does not bill it again)
    #[arg(long)]
    pub invoice: bool,
    /// Show what would be written, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hourbank bank list acme\n  hourbank --format csv bank list acme --as-of 2026-12-31"
)]
pub struct ListArgs {
    /// The client id
    #[arg(add = crate::complete::clients())]
    pub client: String,
    /// Show the lots as of this date (default: today)
    #[arg(long, value_name = "D")]
    pub as_of: Option<String>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("expiry").args(["expires", "never_expires"])))]
#[command(
    after_help = "Examples:\n  hourbank bank edit p-9x2kq7m4t1wz --expires 2027-12-31\n  hourbank bank edit purchases.csv:7 --hours 12 --force"
)]
pub struct EditArgs {
    /// The lot: a purchase id, or purchases.csv:LINE for a row without id
    #[arg(add = crate::complete::lots())]
    pub lot: String,
    /// New hours
    #[arg(long, value_name = "H")]
    pub hours: Option<String>,
    /// New price
    #[arg(long, value_name = "P")]
    pub price: Option<String>,
    /// New last day of validity
    #[arg(long, value_name = "D")]
    pub expires: Option<String>,
    /// The hours never expire
    #[arg(long)]
    pub never_expires: bool,
    /// New note
    #[arg(long, allow_hyphen_values = true)]
    pub note: Option<String>,
    /// Change the hours or price of a lot already invoiced (the next invoice bills the
    /// difference)
    #[arg(long)]
    pub force: bool,
    /// Show the change, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hourbank bank remove p-9x2kq7m4t1wz\n  hourbank bank remove p-9x2kq7m4t1wz --force --dry-run"
)]
pub struct RemoveArgs {
    /// The lot: a purchase id, or purchases.csv:LINE for a row without id
    #[arg(add = crate::complete::lots())]
    pub lot: String,
    /// Remove a lot already invoiced (the next invoice credits it)
    #[arg(long)]
    pub force: bool,
    /// Show the change, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, command: BankCommand) -> Result<ExitCode> {
    match command {
        BankCommand::Buy(args) => buy(ctx, args),
        BankCommand::List(args) => list(ctx, args),
        BankCommand::Edit(args) => edit(ctx, args),
        BankCommand::Remove(args) => remove(ctx, args),
    }
}

fn buy(ctx: &mut Ctx, args: BuyArgs) -> Result<ExitCode> {
    let date = ctx.opt_date("--date", args.date.as_deref())?.unwrap_or(ctx.today);
    let expires_flag = ctx.opt_date("--expires", args.expires.as_deref())?;
    let hours_flag = opt_minutes("--hours", args.hours.as_deref())?;
    let price_flag = opt_money("--price", args.price.as_deref())?;
    check_one_lines(&[("--note", &args.note), ("--project", &args.project)])?;
    if args.note.as_deref().map(str::trim) == Some(crate::domain::topup::NOTE) {
        return Err(Error::with_hint(
            format!(
                "--note \"{}\" marks the top-ups notify-check buys",
                crate::domain::topup::NOTE
            ),
            "write another note",
        )
        .into());
    }
    let blocks = args.blocks.as_deref().map(|b| super::count_arg("--blocks", b)).transpose()?;
    let (_lock, mut ledger) = ctx.lock_ledger(Access::Clients(&[args.client.as_str()]))?;
    let ix = client_arg(&ledger, &args.client)?;
    let project = args.project.clone().unwrap_or_default();
    let project_ix = ledger.project_ix(&project);
    let client = &ledger.clients[ix as usize];
    let facts = crate::domain::admit::client_facts(&ledger, ix, date.max(ctx.today));
    admit_purchase(&facts, date, args.force, "record a purchase").map_err(Error::from)?;
    drop(facts);
    let (minutes, price) = bought_amount(client, blocks, hours_flag, price_flag)?;
    // A lot credited on payment counts its validity from the day it is paid (SPEC 10).
    let on_payment = ledger.settings.credits_on_payment(client);
    let id = new_row_id(IdKind::Purchase)?;
    let currency = ledger.settings.currency_of(client).to_string();
    let request = LotRequest {
        reference: id.clone(),
        date,
        minutes,
        price,
        expires: expires_flag,
        never_expires: args.never_expires,
        project: project.clone(),
        note: args.note.clone().unwrap_or_default(),
    };
    let bought = new_lot(client, &ledger.settings, request).map_err(Error::from)?;
    let (price, expires, valid_months) = (bought.price, bought.expires, bought.valid_months);
    let row = crate::store::billing::purchase_row(&bought, client.id.as_str(), &ctx.user);
    let mut account = ledger.accounts[ix as usize].clone();
    if !on_payment {
        account.credits.push(crate::domain::bank::Credit {
            date,
            minutes,
            expires,
            project: project_ix,
            // The index the new row will have among the ledger's purchases.
            source: LotSource::Purchase(ledger.purchases.len() as u32),
        });
    }
    let after = simulate(&account, as_of(ctx, date));
    let mut meta = ledger.files.get(PURCHASES).cloned().unwrap_or_default();
    let rows = Append::prepare(&ledger.dir, PURCHASES, &meta, PURCHASE_COLUMNS, &[row])?;
    let price_text = price.map(|p| format!(" for {p} {currency}")).unwrap_or_default();
    let expiry_text = expiry_text(expires, valid_months, on_payment);
    let project_text =
        if project.is_empty() { String::new() } else { format!(" for project {project}") };
    let left = super::left_text(ctx, &account, date, after.available);
    let line = format!(
        "{}: bought {}{price_text}{project_text} ({id}), {expiry_text}; {left}",
        client.id,
        minutes.hm()
    );
    if !args.invoice {
        note_invoiced_period(&ledger, client, date);
    }
    let invoice = if args.invoice {
        {
            let prefix =
                crate::store::config::invoice_prefix(&ledger.dir, &ledger.settings.invoice_prefix)?;
            Some(crate::domain::invoicing::lot_invoice(&ledger, client, bought, &prefix))
        }
    } else {
        None
    };
    let line = match &invoice {
        Some(doc) => format!(
            "{line}; invoiced as {} ({} {})",
            doc.number.as_deref().unwrap_or_default(),
            doc.totals.total,
            doc.currency
        ),
        None => line,
    };
    let by = ctx.user.clone();
    ctx.commit_write(args.dry_run, &line, || {
        rows.write(&mut meta)?;
        if let Some(doc) = &invoice {
            crate::store::billing::record_invoice(&by, &ledger, doc, &[])?;
        }
        activate_prospect(&ledger, ix, "first purchase")
    })
}

/// Says when a lot bought without `--invoice` is dated in the period of an invoice
/// issued already: it is billed on the client's next invoice.
fn note_invoiced_period(ledger: &Ledger, client: &crate::domain::client::Client, date: NaiveDate) {
    if let Some(invoice) =
        ledger.invoices.iter().find(|i| i.client == client.id.as_str() && i.overlaps(date, date))
    {
        super::note(&format!(
            "note: {date} lies in the period of invoice {}; this lot is billed on {}'s next invoice",
            invoice.number, client.id
        ));
    }
}

/// Options for "what is left now": as of today, or of a later row date.
fn as_of(ctx: &Ctx, date: NaiveDate) -> SimOptions {
    SimOptions { as_of: date.max(ctx.today), watch_from: None, trace: false }
}

fn list(ctx: &mut Ctx, args: ListArgs) -> Result<ExitCode> {
    let as_of_date = ctx.opt_date("--as-of", args.as_of.as_deref())?.unwrap_or(ctx.today);
    let ledger = ctx.read_ledger()?;
    let ix = client_arg(&ledger, &args.client)?;
    ctx.emit_rows(&crate::domain::reports::lots::lot_rows(&ledger, ix, as_of_date))?;
    Ok(ExitCode::SUCCESS)
}

/// The hours and price a purchase buys: `--blocks` of the client's block, or
/// `--hours` at `--price`.
fn bought_amount(
    client: &crate::domain::client::Client,
    blocks: Option<u64>,
    hours: Option<Minutes>,
    price: Option<crate::domain::money::Money>,
) -> Result<(Minutes, Option<crate::domain::money::Money>), Error> {
    match (blocks, hours) {
        (Some(blocks), _) => client.blocks(blocks).map_err(|e| match e {
            BlockError::NoBlockSize => Error::with_hint(
                format!("client \"{}\" has no block_hours", client.id),
                format!("set it with `hourbank client set {} --block-hours 10 --block-price 900`, or buy with --hours", client.id),
            ),
            BlockError::TooMany => Error::refused(format!("--blocks {blocks}: too many hours")),
        }),
        (None, Some(h)) => Ok((h, price)),
        (None, None) => unreachable!("clap requires --blocks or --hours"),
    }
}

/// When a new lot's hours expire, in words.
fn expiry_text(expires: Option<NaiveDate>, valid_months: Option<u32>, on_payment: bool) -> String {
    let text = match (expires, valid_months) {
        (Some(e), _) => format!("expires {e}"),
        (None, Some(m)) => format!("pending until its invoice is paid, then valid {m} months"),
        (None, None) if on_payment => "pending until its invoice is paid, never expires".into(),
        (None, None) => "never expires".into(),
    };
    if on_payment && expires.is_some() {
        format!("pending until its invoice is paid, {text}")
    } else {
        text
    }
}

/// Finds a purchase by id or `purchases.csv:LINE`.
fn find_lot(ledger: &Ledger, reference: &str) -> Result<usize, Error> {
    let by_line = reference.strip_prefix("purchases.csv:").and_then(|l| l.parse::<u32>().ok());
    // Two rows with one id (a merge without the hourbank driver kept two versions):
    // the user names the one meant by its line.
    let versions: Vec<String> = ledger
        .purchases
        .iter()
        .filter(|p| by_line.is_none() && !p.id.is_empty() && p.id == reference)
        .map(|p| format!("{PURCHASES}:{}", p.line))
        .collect();
    if versions.len() > 1 {
        return Err(Error::with_hint(
            format!("two rows have the id \"{reference}\" ({})", versions.join(", ")),
            format!(
                "name the version meant by its line, e.g. `hourbank bank remove {}`",
                versions[0]
            ),
        ));
    }
    ledger
        .purchases
        .iter()
        .position(|p| match by_line {
            Some(line) => p.line == line,
            None => !p.id.is_empty() && p.id == reference,
        })
        .ok_or_else(|| {
            Error::with_hint(
                format!("no purchase \"{reference}\""),
                "`hourbank bank list CLIENT` shows the lots and their ids",
            )
        })
}

/// Refuses a change to a lot an invoice billed, unless `force`; with it, and when the
/// change alters what the lot should bill (`bills_other`), says on stderr that the
/// next invoice bills (or credits) the difference (SPEC 9, 12.2).
fn invoiced_change(
    ledger: &Ledger,
    purchase: usize,
    force: bool,
    what: &str,
    bills_other: bool,
) -> Result<(), Error> {
    let p = &ledger.purchases[purchase];
    let name = row_ref(&p.id, PURCHASES, p.line);
    let client = ledger.clients[p.client as usize].id.as_str();
    let Some(invoice) = ledger.billed_on(client, LineKind::Block, &name) else {
        return Ok(());
    };
    if !force {
        return Err(Error::with_hint(
            format!(
                "lot {name} was billed on invoice {invoice}; {what} changes what {client} was billed"
            ),
            "pass --force to do it anyway: the next invoice bills or credits the difference",
        ));
    }
    if bills_other {
        super::note(&format!(
            "note: lot {name} was billed on invoice {invoice}; the difference is billed on {client}'s next invoice"
        ));
    }
    Ok(())
}

/// What a change to one purchase does to its client's balance as of today.
fn balance_change(
    ctx: &Ctx,
    ledger: &Ledger,
    purchase: usize,
    change: impl FnOnce(&mut Account),
) -> (Minutes, Minutes) {
    let client = ledger.purchases[purchase].client as usize;
    let before = simulate(&ledger.accounts[client], as_of(ctx, ctx.today)).available;
    let mut account = ledger.accounts[client].clone();
    change(&mut account);
    let after = simulate(&account, as_of(ctx, ctx.today)).available;
    (before, after)
}

fn edit(ctx: &mut Ctx, args: EditArgs) -> Result<ExitCode> {
    let hours = opt_minutes("--hours", args.hours.as_deref())?;
    if hours.is_some_and(|h| h.0 == 0) {
        return Err(Error::with_hint(
            "--hours: a lot must hold more than 0:00",
            "remove it with `hourbank bank remove`",
        )
        .into());
    }
    let price = opt_money("--price", args.price.as_deref())?;
    let expires_flag = ctx.opt_date("--expires", args.expires.as_deref())?;
    if let Some(note) = &args.note {
        check_one_line("--note", note)?;
    }
    if hours.is_none()
        && price.is_none()
        && expires_flag.is_none()
        && !args.never_expires
        && args.note.is_none()
    {
        return Err(Error::NothingToChange {
            hint: "name at least one of --hours, --price, --expires, --never-expires, --note",
        }
        .into());
    }
    let (_lock, ledger) = ctx.lock_ledger(Access::Later)?;
    let i = find_lot(&ledger, &args.lot)?;
    let p = &ledger.purchases[i];
    ctx.refuse_for(&ledger, &[ledger.clients[p.client as usize].id.as_str()])?;
    let new_expires = match (expires_flag, args.never_expires) {
        (Some(d), _) => Some(d),
        (None, true) => None,
        (None, false) => p.expires,
    };
    if let Some(e) = new_expires
        && e < p.date
    {
        return Err(Error::refused(format!(
            "--expires {e} is before the purchase date {}",
            p.date
        ))
        .into());
    }
    let new_minutes = hours.unwrap_or(p.minutes);
    let mut changes: Vec<(usize, String)> = Vec::new();
    if let Some(h) = hours {
        changes.push((purchase::HOURS, h.hm()));
    }
    if let Some(pr) = price {
        changes.push((purchase::PRICE, pr.to_string()));
    }
    if expires_flag.is_some() || args.never_expires {
        changes.push((purchase::EXPIRES, new_expires.map(|d| d.to_string()).unwrap_or_default()));
        // A validity counted from payment gives way to the expiry given.
        changes.push((purchase::VALID_MONTHS, String::new()));
    }
    if let Some(note) = &args.note {
        changes.push((purchase::NOTE, note.clone()));
    }
    // Either changes what the client was sold (SPEC 12.2); what a lot bills is its
    // price, or without one its hours in blocks.
    let price_changes = price.is_some_and(|pr| Some(pr) != p.price);
    let hours_change = hours.is_some_and(|h| h != p.minutes);
    if price_changes || hours_change {
        let bills_other = price_changes || hours_change && p.price.is_none() && price.is_none();
        invoiced_change(&ledger, i, args.force, "changing its hours or price", bills_other)?;
    }
    let (before, after) = balance_change(ctx, &ledger, i, |account| {
        if let Some(c) =
            account.credits.iter_mut().find(|c| c.source == LotSource::Purchase(i as u32))
        {
            c.minutes = new_minutes;
            if expires_flag.is_some() || args.never_expires {
                c.expires = new_expires;
            }
        }
    });
    let name = row_ref(&p.id, PURCHASES, p.line);
    let client = ledger.clients[p.client as usize].id.clone();
    let summary: Vec<String> = changes.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let line = format!(
        "{client}: lot {name} changed ({}); available {} -> {}",
        summary.join(", "),
        ctx.hours_text(before),
        ctx.hours_text(after)
    );
    ctx.commit_write(args.dry_run, &line, || rewrite_purchase(&ledger, p.line, Some(&changes)))
}

/// Rewrites the purchase at `line` with `changes`, or removes it (`None`).
fn rewrite_purchase(
    ledger: &Ledger,
    line: u32,
    changes: Option<&[(usize, String)]>,
) -> Result<(), Error> {
    let meta = ledger.files.get(PURCHASES);
    rewrite_line(&ledger.dir, PURCHASES, purchase::COLUMNS, meta, line, changes)
}

fn remove(ctx: &mut Ctx, args: RemoveArgs) -> Result<ExitCode> {
    let (_lock, ledger) = ctx.lock_ledger(Access::Later)?;
    let i = find_lot(&ledger, &args.lot)?;
    let p = &ledger.purchases[i];
    // Removing one version of a duplicate row is how the duplicate is fixed: never
    // blocked by it (SPEC 12.9), but by every other error of the client.
    let versions: Vec<u32> = ledger
        .purchases
        .iter()
        .filter(|o| !p.id.is_empty() && o.id == p.id)
        .map(|o| o.line)
        .collect();
    let fixed = |d: &Diagnostic| {
        d.code == Code::DuplicateId
            && d.file == PURCHASES
            && d.line.is_some_and(|l| versions.contains(&l))
    };
    ctx.refuse_fixing(&ledger, &[ledger.clients[p.client as usize].id.as_str()], &fixed)?;
    invoiced_change(&ledger, i, args.force, "removing it", true)?;
    let (before, after) = balance_change(ctx, &ledger, i, |account| {
        account.credits.retain(|c| c.source != LotSource::Purchase(i as u32));
    });
    let name = row_ref(&p.id, PURCHASES, p.line);
    let client = ledger.clients[p.client as usize].id.clone();
    let line = format!(
        "{client}: removed lot {name} ({}, {}); available {} -> {} (work that drew on it moves to other lots or to overdraft)",
        p.date,
        p.minutes.hm(),
        ctx.hours_text(before),
        ctx.hours_text(after)
    );
    ctx.commit_write(args.dry_run, &line, || rewrite_purchase(&ledger, p.line, None))
}
