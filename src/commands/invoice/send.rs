//! `invoice --send` (SPEC 14): mails an invoice to whom it is billed (the payer when
//! there is one; its `billing_email`, else its `email`) through the `[notify]` channel:
//! a short text part, the HTML invoice, and as attachments the PDF (when a browser is
//! found) and the e-invoice of `[invoice] einvoice`. Sending is recorded in
//! `invoices.csv` (`sent`, `sent_to`); a second send needs `--force`.

use std::process::ExitCode;

use anyhow::Result;

use super::{Args, find_invoice, recorded, recorded_timesheet};
use crate::commands::{Access, Ctx};
use crate::deliver::{Attachment, Channels, Mail};
use crate::domain::client::EInvoice;
use crate::domain::invoice::InvoiceDoc;
use crate::domain::ledger::Ledger;
use crate::error::Error;
use crate::render::Format;
use crate::store::layout::INVOICES;

/// The way invoices go out, set up once per run (one SMTP server that timed out is not
/// tried again): checked before anything is recorded.
pub(super) struct Sender {
    from: String,
    /// `None` for a dry run, which only shows the message.
    channels: Option<Channels>,
    einvoice: Option<EInvoice>,
    logo: Option<String>,
}

impl Sender {
    /// The channel (but for a dry run), refused when `[notify]` has none or is not
    /// trusted.
    pub(super) fn new(ledger: &Ledger, dry_run: bool) -> Result<Sender, Error> {
        let (from, channels) = crate::commands::mail_channel(ledger, "the invoice", dry_run)?;
        let einvoice = ledger.settings.einvoice;
        Ok(Sender { from, channels, einvoice, logo: super::logo(ledger) })
    }

    /// Where `doc` goes (the billed party's `billing_email`, else its `email`), or why
    /// it cannot go: no address, or the e-invoice lacks data.
    pub(super) fn recipient(&self, ledger: &Ledger, doc: &InvoiceDoc) -> Result<String, Error> {
        let payer = &doc.bill_to.id;
        let client = ledger.client_ix(payer).map(|ix| &ledger.clients[ix as usize]);
        let to = client.and_then(|c| c.billing_email.clone().or_else(|| c.email.clone()));
        let to = to.ok_or_else(|| {
            Error::with_hint(
                format!("{payer} has no billing_email or email to send the invoice to"),
                format!("hourbank client set {payer} --billing-email ..."),
            )
        })?;
        crate::deliver::check_address(&to).map_err(|e| {
            Error::with_hint(
                format!("{payer}'s invoices cannot be mailed: {e}"),
                format!("hourbank client set {payer} --billing-email name@example.com"),
            )
        })?;
        if let Some(einvoice) = self.einvoice {
            let prefix = format!("[invoice] einvoice = \"{}\": ", einvoice.as_str());
            let then = "or remove [invoice] einvoice";
            super::refuse_missing(doc, einvoice.into(), &prefix, then)?;
        }
        Ok(to)
    }

    /// The e-mail of `doc`: its text, its HTML, its PDF (when a browser prints it) and
    /// its e-invoice.
    pub(super) fn mail(&self, ctx: &Ctx, doc: &InvoiceDoc, to: &str) -> Result<Mail, Error> {
        let what = if doc.credits.is_some() { "credit note" } else { "invoice" };
        let number = doc.number.clone().unwrap_or_default();
        let sender = doc.seller.name.clone().unwrap_or_else(|| "hourbank".to_string());
        let subject = if number.is_empty() {
            format!("{sender}: {what}")
        } else {
            format!("{sender}: {what} {number}")
        };
        let hours = |m| ctx.hours(m);
        let render =
            |format| crate::render::invoice::render(doc, format, ctx.output.plain(), &hours);
        let mut page = doc.clone();
        page.logo = self.logo.clone();
        let html = crate::render::invoice::render(&page, Format::Html, ctx.output.plain(), &hours);
        let stem = if number.is_empty() { what.replace(' ', "-") } else { number.clone() };
        let mut attachments = Vec::new();
        if super::pdf_printer().is_some() {
            attachments.push(Attachment {
                filename: format!("{stem}.pdf"),
                content_type: "application/pdf",
                bytes: super::pdf_of(&html)?,
            });
        } else if !ctx.quiet {
            let named = if number.is_empty() { String::new() } else { format!(" {number}") };
            crate::commands::note(&format!(
                "warning: no chromium (or wkhtmltopdf) on the PATH: the {what}{named} goes without its PDF"
            ));
        }
        if let Some(einvoice) = self.einvoice {
            let format = match einvoice {
                EInvoice::Cii => Format::Cii,
                EInvoice::Xrechnung => Format::Xrechnung,
                EInvoice::Ubl => Format::Ubl,
            };
            attachments.push(Attachment {
                filename: format!("{stem}.xml"),
                content_type: "application/xml",
                bytes: render(format),
            });
        }
        Ok(Mail {
            from: self.from.clone(),
            to: vec![to.to_string()],
            subject: subject.clone(),
            body: crate::render::invoice::mail_text(doc),
            html: Some(String::from_utf8_lossy(&html).into_owned()),
            attachments,
            vars: vec![
                ("HOURBANK_CLIENT", doc.client.id.clone()),
                ("HOURBANK_CLIENT_NAME", doc.client.name.clone()),
                ("HOURBANK_KIND", "invoice".to_string()),
                ("HOURBANK_INVOICE", number),
                ("HOURBANK_SUBJECT", subject),
                ("HOURBANK_TO", to.to_string()),
            ],
        })
    }

    /// Sends `mail`, or for a dry run prints it.
    pub(super) fn send(&self, ctx: &mut Ctx, mail: &Mail) -> Result<(), Error> {
        match &self.channels {
            Some(channels) => channels.deliver(mail).map_err(Error::refused),
            None => {
                let message = mail.message().map_err(Error::refused)?;
                ctx.out.write_all(&message.formatted()).map_err(|e| Error::refused(e.to_string()))
            }
        }
    }
}

/// `invoice --show NUMBER --send`: sends an issued invoice as it was recorded.
pub(super) fn send_issued(ctx: &mut Ctx, args: &Args, number: &str) -> Result<ExitCode> {
    let (lock, ledger) = if args.dry_run {
        (None, ctx.read_ledger()?)
    } else {
        let (lock, ledger) = ctx.lock_ledger(Access::Later)?;
        (Some(lock), ledger)
    };
    let invoice = &ledger.invoices[find_invoice(&ledger, number)?];
    if lock.is_some() {
        ctx.refuse_for(&ledger, &[invoice.client.as_str()])?;
    }
    // A dry run previews a second send too.
    if let Some(sent) = invoice.sent.filter(|_| !args.force && !args.dry_run) {
        let to = if invoice.sent_to.is_empty() {
            String::new()
        } else {
            format!(" to {}", invoice.sent_to)
        };
        return Err(Error::with_hint(
            format!("invoice {number} was sent{to} on {sent}"),
            format!("send it again with `hourbank invoice --show {number} --send --force`"),
        )
        .into());
    }
    let mut doc = recorded(&ledger, number)?;
    let wants = ledger
        .client_ix(&doc.client.id)
        .is_some_and(|ix| ledger.clients[ix as usize].invoice_detail);
    if args.detail || wants {
        doc.timesheet = recorded_timesheet(ctx, &ledger, number, &doc)?;
    }
    let sender = Sender::new(&ledger, args.dry_run)?;
    let to = sender.recipient(&ledger, &doc)?;
    let mail = sender.mail(ctx, &doc, &to)?;
    sender.send(ctx, &mail)?;
    if args.dry_run {
        return Ok(ExitCode::SUCCESS);
    }
    let line = invoice.line;
    crate::store::billing::record_sent(
        &ledger.dir,
        ledger.files.get(INVOICES),
        &[(line, ctx.today, to.clone())],
    )?;
    ctx.confirm(&format!("sent invoice {number} to {to}"))?;
    Ok(ExitCode::SUCCESS)
}
