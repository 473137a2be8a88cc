//! `hourbank notify-check`: finds the alerts that hold now, delivers each one that was
//! not delivered before, and records it in `notifications.csv` right after it was
//! delivered. Meant for cron: when nothing is new it prints nothing.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use super::Access;
use super::Ctx;
use chrono::NaiveDate;

use crate::deliver::{Attachment, Channels, Mail, default_from, is_this_host, one_line};
use crate::domain::alerts::{Alert, AlertKind};
use crate::domain::client::Notify;
use crate::domain::duration::Minutes;
use crate::domain::id::IdKind;
use crate::domain::invoice::LineKind;
use crate::domain::ledger::Ledger;
use crate::domain::timer::LoggedTimers;
use crate::domain::topup;
use crate::error::Error;
use crate::render::{Cell, Format, Report};
use crate::store::config;
use crate::store::csvio::FileMeta;
use crate::store::files;
use crate::store::layout::notification;
use crate::store::layout::{
    INVOICES, NOTIFICATION_COLUMNS, NOTIFICATIONS, PURCHASE_COLUMNS, PURCHASES,
};
use crate::store::write::{Append, new_row_id};

/// Send the alerts that are due and were not sent before, and buy the top-ups clients
/// agreed to (for cron)
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  hourbank notify-check --dry-run\n  hourbank notify-check   # from cron, every morning"
)]
pub struct Args {
    /// Check as of this date (default: today)
    #[arg(long, value_name = "D")]
    pub as_of: Option<String>,
    /// Show what would be sent; send and record nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let as_of = ctx.opt_date("--as-of", args.as_of.as_deref())?.unwrap_or(ctx.today);
    let logged = |_: &[_]| LoggedTimers::<true>::default();
    let (_lock, mut ledger, logged) = if args.dry_run {
        let (ledger, logged) = ctx.read_ledger_into(&logged)?;
        (None, ledger, logged)
    } else {
        let (lock, ledger, logged) = ctx.lock_ledger_into(Access::Recording, &logged)?;
        (Some(lock), ledger, logged)
    };
    let due_now = |ledger: &Ledger| {
        let mut due = crate::domain::reports::alerts::due_alerts(ledger, as_of);
        due.extend(crate::domain::reports::alerts::timer_alerts(ledger, &logged.0, ctx.now));
        due.into_iter().filter(|a| !ledger.sent.contains(&a.key())).collect::<Vec<Alert>>()
    };
    let mut new = due_now(&ledger);
    let topups = crate::domain::reports::alerts::topups_due(&ledger, as_of);
    if args.dry_run {
        new.extend(topups.iter().map(|&(ix, available)| {
            crate::domain::reports::alerts::would_buy(&ledger, ix, available, as_of)
        }));
        emit_all(ctx, &new)?;
        return Ok(ExitCode::SUCCESS);
    }
    // Alerts from one place (SPEC 12.1): on another host than `[notify] host` nothing
    // is delivered, printed or recorded, so that two clones never send an alert twice.
    if let Some(host) = &ledger.settings.notify.host {
        let (here, name) = is_this_host(host);
        if !here {
            super::note(&format!(
                "notify-check: alerts are delivered from {host} ([notify] host in hourbank.toml), not from {name}: nothing was delivered or recorded"
            ));
            return Ok(ExitCode::SUCCESS);
        }
    }
    // Delivery settings from the tracked hourbank.toml need the user's trust (SPEC
    // 12.7): until then the alerts are printed, and nothing is delivered or recorded.
    let delivery = config::delivery(&ledger.dir, &ledger.settings.notify);
    if let Err(e) = delivery.refuse_untrusted("nothing was delivered or recorded") {
        emit_all(ctx, &new)?;
        return Err(e.into());
    }
    delivery.refuse_errors()?;
    let notify = delivery.notify.clone();
    let mut failures = Vec::new();
    let mut not_topped: Vec<String> = Vec::new();
    // Top-ups first (SPEC 15): each is bought and invoiced, then its alert goes with
    // the others, carrying the invoice.
    if !topups.is_empty() {
        ready_to_record(&ledger)?;
        let mut bought = false;
        for (ix, available) in topups {
            let id = ledger.clients[ix as usize].id.to_string();
            // A refusal before anything is written leaves the others to go on; a write
            // that fails ends the run, and its roll-back leaves no purchase without its
            // invoice.
            match prepare_top_up(ctx, &ledger, ix, available, as_of) {
                Ok(topup) => {
                    topup.write(ctx, &ledger)?;
                    // Read again under the lock held: the next invoice numbers after it.
                    ledger = crate::store::load::load(&ledger.dir)?;
                    bought = true;
                }
                Err(e) => not_topped.push(format!("{id}: topup: not topped up: {e}")),
            }
        }
        if bought {
            new = due_now(&ledger);
        }
    }
    if !new.is_empty() {
        ready_to_record(&ledger)?;
    }
    let channels = Channels::new(&notify, &ledger.dir).map_err(|e| {
        Error::with_hint(
            format!("cannot deliver alerts: {e}; nothing was sent"),
            "fix the [notify] settings",
        )
    })?;
    let mut meta = ledger.files.get(NOTIFICATIONS).cloned().unwrap_or_default();
    let mut delivered = Vec::new();
    for alert in new {
        // A top-up's alert carries its invoice, to whom the invoice is billed.
        let invoice = match alert.kind {
            AlertKind::Topup => match topup_invoice(ctx, &ledger, &alert) {
                Ok(Some(invoice)) => Some(invoice),
                Ok(None) => {
                    let why = "no invoice bills its hours (`hourbank bank list` names the lot)";
                    failures.push((line(&alert), why.to_string()));
                    continue;
                }
                Err(e) => {
                    failures.push((line(&alert), e.to_string()));
                    continue;
                }
            },
            _ => None,
        };
        let outcome =
            deliver(ctx, &ledger, &notify, &channels, &mut meta, &alert, invoice.as_ref())?;
        match outcome {
            Ok(()) => {
                record(ctx, &ledger, &mut meta, &alert, "")?;
                if let Some(invoice) = &invoice {
                    let sent = [(invoice.line, ctx.today, invoice.to.clone())];
                    crate::store::billing::record_sent(
                        &ledger.dir,
                        ledger.files.get(INVOICES),
                        &sent,
                    )?;
                    crate::store::unit::commit_step()?;
                }
                // A table is lines as they are delivered (a cron log); CSV, JSON and
                // xlsx are one document of what was delivered, at the end.
                if ctx.format == Format::Table {
                    writeln!(ctx.out, "{}", line(&alert))?;
                    ctx.out.flush()?;
                }
                delivered.push(alert);
            }
            Err(why) => failures.push((line(&alert), why)),
        }
    }
    if ctx.format != Format::Table {
        emit_all(ctx, &delivered)?;
    }
    if failures.is_empty() && not_topped.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    let mut message = Vec::new();
    if !failures.is_empty() {
        let list: Vec<String> = failures.iter().map(|(a, why)| format!("{a}: {why}")).collect();
        message.push(format!(
            "{} alert(s) could not be delivered and stay unsent:\n{}",
            failures.len(),
            list.join("\n")
        ));
    }
    if !not_topped.is_empty() {
        message.push(format!(
            "{} top-up(s) could not be made, and nothing was bought for them:\n{}",
            not_topped.len(),
            not_topped.join("\n")
        ));
    }
    Err(Error::with_hint(
        message.join("\n"),
        "the next run tries them again; alerts delivered before are recorded",
    )
    .into())
}

/// A top-up's invoice as its alert carries it: the files, where it goes, and the line
/// of `invoices.csv` that records its sending.
struct TopupInvoice {
    to: String,
    line: u32,
    attachments: Vec<Attachment>,
}

/// A client's top-up, checked and ready to write.
struct TopUpWrite {
    client: String,
    available: Minutes,
    below: Minutes,
    minutes: Minutes,
    append: Append,
    meta: FileMeta,
    doc: crate::domain::invoice::InvoiceDoc,
}

/// Prepares a client's top-up (SPEC 15): its blocks, dated `as_of`, through the
/// admission rule of `bank buy`, and their invoice (`bank buy --invoice`). What would
/// stop its invoice from being sent (no channel, no address, an e-invoice without its
/// data) stops the top-up here, before anything is written.
fn prepare_top_up(
    ctx: &Ctx,
    ledger: &Ledger,
    ix: u32,
    available: Minutes,
    as_of: NaiveDate,
) -> Result<TopUpWrite, Error> {
    let client = &ledger.clients[ix as usize];
    let rule = client.topup.expect("a top-up is due only where one is agreed");
    ctx.refuse_for(ledger, &[client.id.as_str()])?;
    let facts = crate::domain::admit::client_facts(ledger, ix, as_of.max(ctx.today));
    crate::domain::admit::admit_purchase(&facts, as_of, false, "top up").map_err(Error::from)?;
    drop(facts);
    let (minutes, price) = client
        .blocks(u64::from(rule.blocks))
        .map_err(|_| Error::refused(format!("{} has no block_hours to buy", client.id)))?;
    let request = crate::domain::admit::LotRequest {
        reference: new_row_id(IdKind::Purchase)?,
        date: as_of,
        minutes,
        price,
        expires: None,
        never_expires: false,
        project: String::new(),
        note: topup::NOTE.to_string(),
    };
    let bought =
        crate::domain::admit::new_lot(client, &ledger.settings, request).map_err(Error::from)?;
    let row = crate::store::billing::purchase_row(&bought, client.id.as_str(), &ctx.user);
    let prefix = config::invoice_prefix(&ledger.dir, &ledger.settings.invoice_prefix)?;
    let doc = crate::domain::invoicing::lot_invoice(ledger, client, bought, &prefix);
    let sender = super::Sender::new(ledger, false)?;
    sender.recipient(ledger, &doc)?;
    let meta = ledger.files.get(PURCHASES).cloned().unwrap_or_default();
    let append = Append::prepare(&ledger.dir, PURCHASES, &meta, PURCHASE_COLUMNS, &[row])?;
    Ok(TopUpWrite {
        client: client.id.to_string(),
        available,
        below: rule.below,
        minutes,
        append,
        meta,
        doc,
    })
}

impl TopUpWrite {
    /// The purchase and its invoice, written together and committed before any mail
    /// goes.
    fn write(mut self, ctx: &Ctx, ledger: &Ledger) -> Result<(), Error> {
        self.append.write(&mut self.meta)?;
        crate::store::billing::record_invoice(&ctx.user, ledger, &self.doc, &[])?;
        crate::store::unit::commit_step()?;
        super::note(&format!(
            "{}: topped up {} at {} available (below {}): invoice {}",
            self.client,
            self.minutes.hm(),
            self.available.hm(),
            self.below.hm(),
            self.doc.number.as_deref().unwrap_or_default()
        ));
        Ok(())
    }
}

/// The invoice a `topup` alert carries: the one that billed its lot, as recorded,
/// with where it goes (as with `invoice --send`).
fn topup_invoice(ctx: &Ctx, ledger: &Ledger, alert: &Alert) -> Result<Option<TopupInvoice>, Error> {
    let Some(client) = ledger.client_ix(&alert.client) else { return Ok(None) };
    let id = ledger.clients[client as usize].id.as_str();
    let number = ledger.billed_on(id, LineKind::Block, &alert.lot);
    let Some(index) = number.and_then(|n| ledger.invoices.iter().position(|i| i.number == n))
    else {
        return Ok(None);
    };
    let (doc, _) = crate::domain::invoicing::recorded(ledger, index);
    let sender = super::Sender::new(ledger, false)?;
    let to = sender.recipient(ledger, &doc)?;
    let (html, mut attachments) = sender.files(ctx, &doc)?;
    let number = doc.number.clone().unwrap_or_default();
    attachments.insert(
        0,
        Attachment { filename: format!("{number}.html"), content_type: "text/html", bytes: html },
    );
    Ok(Some(TopupInvoice { to, line: ledger.invoices[index].line, attachments }))
}

/// The text form: `<client>: <kind>: <message>`, one line.
/// Recording must be possible before anything is delivered (SPEC 12.8): the write's
/// record is made now, and the file opened for appending (when it is there; else its
/// directory took the record).
fn ready_to_record(ledger: &Ledger) -> Result<(), Error> {
    let path = ledger.dir.join(NOTIFICATIONS);
    let cannot = |e: String| {
        Error::with_hint(
            format!("cannot record alerts in {}: {e}; nothing was delivered", path.display()),
            "make notifications.csv and .hourbank-undo/ writable for the user that runs notify-check",
        )
    };
    crate::store::unit::prepare(&path).map_err(|e| cannot(e.to_string()))?;
    if ledger.files.get(NOTIFICATIONS).is_some_and(|m| m.exists) {
        files::open_write(&path).map_err(|e| cannot(e.to_string()))?;
    }
    Ok(())
}

/// Sends `alert` to each recipient that does not have it yet. When one fails, those
/// reached before it are recorded each on its own, so that the next run sends it only
/// to the rest; the failure is the inner `Err`.
fn deliver(
    ctx: &mut Ctx,
    ledger: &Ledger,
    notify: &Notify,
    channels: &Channels,
    meta: &mut FileMeta,
    alert: &Alert,
    invoice: Option<&TopupInvoice>,
) -> Result<Result<(), String>> {
    // The mails of recipients that do not have it yet. When one fails, those
    // delivered before it are recorded each on its own, so that the next run
    // sends it only to the rest.
    let mut outcome = Ok(());
    if channels.any() {
        let key = alert.key();
        let mut reached: Vec<&str> = Vec::new();
        for (to, mail) in mails(ledger, notify, alert, invoice) {
            if ledger.sent_to.contains(&(key.clone(), to.to_string())) {
                continue;
            }
            if let Err(why) = channels.deliver(&mail) {
                for to in &reached {
                    record(ctx, ledger, meta, alert, to)?;
                }
                outcome = Err(why);
                break;
            }
            reached.push(to);
        }
    }
    Ok(outcome)
}

fn line(alert: &Alert) -> String {
    one_line(&format!("{}: {}: {}", alert.client, alert.kind.as_str(), alert.message))
}

fn emit_all(ctx: &mut Ctx, alerts: &[Alert]) -> Result<()> {
    if ctx.format != Format::Table {
        let mut report = Report::new(&[
            "client",
            "kind",
            "threshold",
            "lot",
            "date",
            "message",
            "unit",
            "person",
            "bank",
        ]);
        let opt = |text: &str| if text.is_empty() { Cell::Empty } else { Cell::text(text) };
        for a in alerts {
            let person = if a.bank.is_empty() { "" } else { a.client.as_str() };
            report.push(vec![
                Cell::text(&a.client),
                Cell::text(a.kind.as_str()),
                if a.threshold.is_empty() { Cell::Empty } else { Cell::Num(a.threshold.clone()) },
                opt(&a.lot),
                Cell::Fixed(a.date.to_string()),
                Cell::text(&a.message),
                opt(a.unit),
                opt(person),
                opt(&a.bank),
            ]);
        }
        return ctx.emit(&report);
    }
    for a in alerts {
        writeln!(ctx.out, "{}", line(a))?;
    }
    Ok(())
}

/// The e-mails of an alert, each with who it is for: one to the office (`[notify]
/// to`), and one to the client (with `client = true`) or the person of a flex bank,
/// worded for them and addressed to them alone. None when it has no recipient.
fn mails(
    ledger: &Ledger,
    notify: &Notify,
    alert: &Alert,
    invoice: Option<&TopupInvoice>,
) -> Vec<(&'static str, Mail)> {
    let company = &ledger.settings.company;
    let from = notify.from.clone().or_else(|| company.email.clone()).unwrap_or_else(default_from);
    // A flex or timer alert is a person's; the others a client's.
    let holder =
        if alert.bank.is_empty() && alert.kind != AlertKind::Timer { "client" } else { "person" };
    let (name, own) = if holder == "client" {
        let client = ledger.client_ix(&alert.client).map(|i| &ledger.clients[i as usize]);
        // A budget is the business's plan: its alerts go to the office alone.
        let own = client
            .and_then(|c| c.email.clone())
            .filter(|_| notify.client && alert.kind != AlertKind::Budget);
        // A top-up's invoice goes where invoices go, as with `invoice --send`.
        let own = invoice.map(|i| i.to.clone()).or(own);
        (client.map_or(alert.client.clone(), |c| c.name.clone()), own)
    } else {
        // A flex alert also goes to the person (SPEC 8).
        let people = ledger.people.as_deref().unwrap_or_default();
        let person = ledger.person_ix(&alert.client).map(|i| &people[i as usize]);
        let name = person.and_then(|p| p.name.clone()).unwrap_or_else(|| alert.client.clone());
        (name, person.and_then(|p| p.email.clone()))
    };
    let vars = |subject: &str, to: &[String], message: &str| {
        vec![
            ("HOURBANK_CLIENT", alert.client.clone()),
            ("HOURBANK_CLIENT_NAME", name.clone()),
            ("HOURBANK_KIND", alert.kind.as_str().to_string()),
            ("HOURBANK_THRESHOLD", alert.threshold.clone()),
            ("HOURBANK_LOT", alert.lot.clone()),
            ("HOURBANK_DATE", alert.date.to_string()),
            ("HOURBANK_MESSAGE", message.to_string()),
            ("HOURBANK_BANK", alert.bank.clone()),
            ("HOURBANK_SUBJECT", subject.to_string()),
            ("HOURBANK_FROM", from.clone()),
            ("HOURBANK_TO", to.join(", ")),
        ]
    };
    let attachments = invoice.map(|i| i.attachments.clone()).unwrap_or_default();
    let mut out = Vec::new();
    if !notify.to.is_empty() {
        let subject = format!("hourbank: {} ({}): {}", name, alert.client, alert.kind.as_str());
        // Only the facts that are set: no empty `key:` lines.
        let mut body = format!("{}\n\n{holder}: {} ({})\n", alert.message, name, alert.client);
        for (key, value) in [
            ("bank", alert.bank.as_str()),
            ("alert", alert.kind.as_str()),
            ("threshold", alert.threshold.as_str()),
            ("lot", alert.lot.as_str()),
        ] {
            if !value.is_empty() {
                body.push_str(&format!("{key}: {value}\n"));
            }
        }
        body.push_str(&format!("date: {}\n", alert.date));
        let to = notify.to.clone();
        out.push((
            "office",
            Mail {
                vars: vars(&subject, &to, &alert.message),
                from: from.clone(),
                to,
                subject,
                body,
                html: None,
                attachments: attachments.clone(),
            },
        ));
    }
    if let Some(email) = own {
        let sender = company.name.clone().unwrap_or_else(|| "hourbank".to_string());
        let subject = format!("{sender}: {}", about(alert));
        let body = format!(
            "Hello {name},\n\n{}.\n\nAs of {}.\n\n{sender}\n",
            alert.client_message().trim_end_matches('.'),
            alert.date
        );
        let to = vec![email];
        out.push((
            holder,
            Mail {
                vars: vars(&subject, &to, alert.client_message()),
                from: from.clone(),
                to,
                subject,
                body,
                html: None,
                attachments,
            },
        ));
    }
    out
}

/// What an alert is about, in words for the client or person it concerns.
fn about(alert: &Alert) -> &'static str {
    match alert.kind.as_str() {
        "low" => "your hours are running low",
        "expiring" => "some of your hours expire soon",
        "overdraft" => "your hours are used up",
        "runs-out" => "your hours will run out soon",
        "overdue" => "an invoice is overdue",
        "flex-over" => "your flex-time bank is at its cap",
        "flex-under" => "your flex-time bank is at its floor",
        "timer" => "your timer is still running",
        "budget" => "a project budget is being used up",
        "topup" => "your hours were topped up",
        _ => "a notice about your hours",
    }
}

/// Appends the record of one delivered alert (whole line, fsync, under the lock).
/// `to` names the one recipient it reached (`office`, `client`, `person`), or is empty
/// for an alert delivered to all of them.
fn record(
    ctx: &Ctx,
    ledger: &Ledger,
    meta: &mut FileMeta,
    alert: &Alert,
    to: &str,
) -> Result<(), Error> {
    let row = vec![
        (notification::ID, new_row_id(IdKind::Notification)?),
        (notification::DATE, alert.date.to_string()),
        (notification::CLIENT, alert.client.clone()),
        (notification::KIND, alert.kind.as_str().to_string()),
        (notification::THRESHOLD, alert.threshold.clone()),
        (notification::LOT, alert.lot.clone()),
        (notification::EPISODE, alert.episode.clone()),
        (notification::MESSAGE, one_line(&alert.message)),
        (notification::BY, ctx.user.clone()),
        (notification::BANK, alert.bank.clone()),
        (notification::RECIPIENT, to.to_string()),
    ];
    Append::prepare(&ledger.dir, NOTIFICATIONS, meta, NOTIFICATION_COLUMNS, &[row])?.write(meta)?;
    // Each alert delivered is recorded as a write of its own: a later failure or a
    // kill never takes back the record of one that went out.
    crate::store::unit::commit_step()
}
