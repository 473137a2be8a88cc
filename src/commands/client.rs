//! `hourbank client add | list | show | set | remove | forget`: the clients in
//! `clients.toml`, edited without losing a person's comments.

use std::process::ExitCode;
use std::str::FromStr;

use anyhow::Result;
use chrono::Datelike;
use clap::{Args, Subcommand};

use super::Access;
use super::{Ctx, client_arg};
use crate::domain::bank::SimOptions;
use crate::domain::client::{Client, ClientType, CreditOn, Overage, Status};
use crate::domain::date::{check_months, check_terms_days};
use crate::domain::duration::Minutes;
use crate::domain::id::Slug;
use crate::domain::ledger::Ledger;
use crate::domain::money::Money;
use crate::error::Error;
use crate::render::{Cell, Format, Report};
use crate::store::layout::invoice;
use crate::store::layout::{CLIENTS, INVOICES};
use crate::store::tomledit::{FieldValue, read_or_empty, remove_client, write_client_fields};
use crate::store::tomlread::OPTIONAL_CLIENT_KEYS;
use crate::store::write::{LineEdit, check_one_line, rewrite_lines, write_atomic};

/// Add, list, show, change, remove or forget clients
#[derive(Debug, Subcommand)]
pub enum ClientCommand {
    /// Add a client
    Add(Box<AddArgs>),
    /// List the clients
    List,
    /// Show one client's settings and balance
    Show {
        /// The client id
        #[arg(add = crate::complete::clients())]
        id: String,
    },
    /// Change a client's settings (comments in clients.toml are kept)
    Set(Box<SetArgs>),
    /// Remove a client no row refers to
    Remove {
        /// The client id
        #[arg(add = crate::complete::clients())]
        id: String,
        /// Show what would change, write nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Replace a client's personal fields with a placeholder, keeping every row
    Forget {
        /// The client id
        #[arg(add = crate::complete::clients())]
        id: String,
        /// Also replace the name and address the issued invoices keep (most countries
        /// require keeping invoices as issued: check before you use it)
        #[arg(long)]
        invoices: bool,
        /// Show what would change, write nothing
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TypeArg {
    Bank,
    Retainer,
    Payg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CreditOnArg {
    Purchase,
    Payment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OverageArg {
    Bill,
    Carry,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusArg {
    Active,
    Inactive,
    Prospect,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hourbank client add acme --name \"Acme Corp\" --type bank --block-hours 10 --block-price 900\n  hourbank client add walk --name \"Walk-in\" --type payg --rate 95"
)]
pub struct AddArgs {
    /// The new client's id: a lowercase slug such as `acme`
    pub id: String,
    /// Display name
    #[arg(long, allow_hyphen_values = true)]
    pub name: String,
    /// bank (prepaid blocks), retainer (monthly hours) or payg (billed as worked)
    #[arg(long = "type", value_enum)]
    pub kind: TypeArg,
    #[command(flatten)]
    pub fields: ClientFields,
    /// Show what would change, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hourbank client set acme --rate 100 --low-balance-hours 5\n  hourbank client set acme --unset payer"
)]
pub struct SetArgs {
    /// The client id
    #[arg(add = crate::complete::clients())]
    pub id: String,
    /// Display name
    #[arg(long, allow_hyphen_values = true)]
    pub name: Option<String>,
    /// bank, retainer or payg
    #[arg(long = "type", value_enum)]
    pub kind: Option<TypeArg>,
    #[command(flatten)]
    pub fields: ClientFields,
    /// Remove a setting, so that the default applies again (repeatable), e.g.
    /// `--unset payer --unset rate`
    #[arg(long, value_name = "KEY")]
    pub unset: Vec<String>,
    /// The client's own hourly rate for a service (repeatable), e.g. design=130
    #[arg(long, value_name = "SERVICE=R")]
    pub service_rate: Vec<String>,
    /// Remove the client's own rate for a service (repeatable)
    #[arg(long, value_name = "SERVICE")]
    pub unset_service_rate: Vec<String>,
    /// The client's own hour multiplier for a service (repeatable), e.g. emergency=2:
    /// its rows charge their hours times it
    #[arg(long, value_name = "SERVICE=X")]
    pub multiplier: Vec<String>,
    /// Remove the client's own multiplier for a service (repeatable)
    #[arg(long, value_name = "SERVICE")]
    pub unset_multiplier: Vec<String>,
    /// A project's budget in hours (repeatable), e.g. website=40:00
    #[arg(long, value_name = "PROJECT=H")]
    pub budget: Vec<String>,
    /// What a project's budget covers: all its work or each month's, e.g. website=month
    #[arg(long, value_name = "PROJECT=total|month")]
    pub budget_period: Vec<String>,
    /// The percentages of a project's budget at which notify-check alerts, e.g.
    /// website=80,100
    #[arg(long, value_name = "PROJECT=P,P")]
    pub budget_alert_percent: Vec<String>,
    /// Whether work beyond a project's budget is refused (unless --force), e.g.
    /// website=true
    #[arg(long, value_name = "PROJECT=BOOL")]
    pub budget_enforce: Vec<String>,
    /// Bank: buy blocks automatically (notify-check) when the available hours fall
    /// below this, e.g. 2:00 (`--unset topup` stops it)
    #[arg(long, value_name = "DURATION")]
    pub topup_below: Option<String>,
    /// Bank: how many blocks a top-up buys (default 1)
    #[arg(long, value_name = "N")]
    pub topup_blocks: Option<String>,
    /// Remove a project's budget (repeatable)
    #[arg(long, value_name = "PROJECT")]
    pub unset_budget: Vec<String>,
    /// Change the type or the overage rule of a client that has rows (its whole history
    /// is read anew)
    #[arg(long)]
    pub force: bool,
    /// Show what would change, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// The settings `client add` and `client set` share.
#[derive(Debug, Args, Default)]
pub struct ClientFields {
    /// active, inactive or prospect (default for add: active)
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
    /// Where alerts and invoices go
    #[arg(long)]
    pub email: Option<String>,
    /// Where invoices go, when not to --email (invoice --send)
    #[arg(long, value_name = "EMAIL")]
    pub billing_email: Option<String>,
    /// Postal address printed on invoices
    #[arg(long, allow_hyphen_values = true)]
    pub address: Option<String>,
    /// The street of the postal address, for e-invoices
    #[arg(long, allow_hyphen_values = true)]
    pub street: Option<String>,
    /// The postcode of the postal address, for e-invoices
    #[arg(long)]
    pub postcode: Option<String>,
    /// The city of the postal address, for e-invoices
    #[arg(long, allow_hyphen_values = true)]
    pub city: Option<String>,
    /// The buyer reference its e-invoices carry (BT-10, e.g. a Leitweg-ID)
    #[arg(long, value_name = "REF", allow_hyphen_values = true)]
    pub buyer_reference: Option<String>,
    /// Its Peppol participant id for UBL e-invoices, scheme:id (0208:0123456749)
    #[arg(long, value_name = "SCHEME:ID")]
    pub peppol_id: Option<String>,
    /// Currency code, overriding the settings' currency
    #[arg(long)]
    pub currency: Option<String>,
    /// Client hourly rate, e.g. 95.00
    #[arg(long)]
    pub rate: Option<String>,
    /// Bank: hours in one block, e.g. 10:00
    #[arg(long)]
    pub block_hours: Option<String>,
    /// Bank: price of one block, e.g. 900.00
    #[arg(long)]
    pub block_price: Option<String>,
    /// Bank: months a purchase stays valid
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub expiry_months: Option<String>,
    /// How far below zero log-time may take the balance, e.g. 2:00
    #[arg(long)]
    pub credit_limit: Option<String>,
    /// Retainer: hours each month
    #[arg(long)]
    pub monthly_hours: Option<String>,
    /// Retainer: fee each month
    #[arg(long)]
    pub monthly_fee: Option<String>,
    /// Retainer: the rate of the hours beyond the month's (default: the client's rate)
    #[arg(long, value_name = "RATE")]
    pub overage_rate: Option<String>,
    /// Retainer: a month's hours beyond its own are billed as overage, or carried into
    /// the next month (drawn from its hours first)
    #[arg(long, value_enum, value_name = "WHAT")]
    pub overage: Option<OverageArg>,
    /// Retainer with --overage carry: at most these hours carried; beyond them billed
    #[arg(long, value_name = "DURATION")]
    pub carry_max: Option<String>,
    /// Retainer: months unused hours stay usable
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub rollover_months: Option<String>,
    /// First month of a retainer / first day of the account (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    /// Last day of a retainer (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub end: Option<String>,
    /// Another client id that receives this client's invoices
    #[arg(long, value_name = "ID")]
    pub payer: Option<String>,
    /// The client's VAT or tax id, printed on its invoices
    #[arg(long, value_name = "ID")]
    pub vat_id: Option<String>,
    /// The client's country, a two-letter code like FR (e-invoices need it)
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    /// The VAT category of its invoices (S, Z, E, AE, K, G, O, L, M), for e-invoices
    #[arg(long, value_name = "CODE", ignore_case = true, value_parser = ["S", "Z", "E", "AE", "K", "G", "O", "L", "M"])]
    pub tax_category: Option<String>,
    /// Why its invoices are exempt from VAT (printed in e-invoices)
    #[arg(allow_hyphen_values = true, long, value_name = "TEXT")]
    pub tax_exemption: Option<String>,
    /// Low-balance alert threshold in percent, overriding the settings
    #[arg(long, value_name = "PERCENT")]
    pub low_balance_percent: Option<String>,
    /// Low-balance alert threshold in hours (strictly below), overriding the settings
    #[arg(long, value_name = "DURATION")]
    pub low_balance_hours: Option<String>,
    /// Days after an invoice's due date that its being unpaid blocks new work
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub block_after_days: Option<String>,
    /// Late-cancellation levels as NOTICE=PERCENT, e.g. 24=100,48=50 (at most 3);
    /// `none` never charges, `default` uses the settings' levels
    #[arg(long, value_name = "LEVELS")]
    pub cancellation_levels: Option<String>,
    /// Bank: when bought hours become usable: on the purchase date, or when the
    /// invoice billing them is paid in full
    #[arg(long, value_enum, value_name = "WHEN")]
    pub credit_on: Option<CreditOnArg>,
    /// Statements leave out every rate, price and amount (true or false)
    #[arg(long, value_name = "BOOL")]
    pub hide_costs: Option<bool>,
    /// Invoices carry their timesheet, as with `invoice --detail` (true or false)
    #[arg(long, value_name = "BOOL")]
    pub invoice_detail: Option<bool>,
    /// Discount in percent applied to invoices
    #[arg(long, value_name = "PERCENT")]
    pub discount_percent: Option<String>,
    /// Tax in percent applied to invoices
    #[arg(long, value_name = "PERCENT")]
    pub tax_percent: Option<String>,
    /// Days until an invoice is due, overriding the settings
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub terms_days: Option<String>,
    /// The folder name of its page (`publish`): 16 or more letters, digits, - and _
    /// (`--unset page_token`: the next publish draws a new one)
    #[arg(long, value_name = "TOKEN", allow_hyphen_values = true)]
    pub page_token: Option<String>,
    /// Free text
    #[arg(long, allow_hyphen_values = true)]
    pub notes: Option<String>,
}

fn kind_of(t: TypeArg) -> ClientType {
    match t {
        TypeArg::Bank => ClientType::Bank,
        TypeArg::Retainer => ClientType::Retainer,
        TypeArg::Payg => ClientType::Payg,
    }
}

fn status_of(s: StatusArg) -> Status {
    match s {
        StatusArg::Active => Status::Active,
        StatusArg::Inactive => Status::Inactive,
        StatusArg::Prospect => Status::Prospect,
    }
}

fn percent(flag: &str, text: &str) -> Result<String, Error> {
    let value = rust_decimal::Decimal::from_str_exact(text.trim()).ok();
    match value {
        Some(v) if !v.is_sign_negative() && v <= rust_decimal::Decimal::from(100) => {
            Ok(v.to_string())
        }
        _ => Err(Error::refused(format!(
            "{flag} \"{text}\": use a percentage from 0 to 100, like 25 or 12.5"
        ))),
    }
}

/// `--cancellation-levels`: `24=100,48=50`, `none` (`levels = []`) or `default`
/// (the client's own list removed).
fn cancellation_levels(text: &str) -> Result<FieldValue, Error> {
    let flag = "--cancellation-levels";
    match text.trim() {
        "default" => return Ok(FieldValue::Remove),
        "none" | "" => return Ok(FieldValue::Levels(Vec::new())),
        _ => {}
    }
    let mut levels: Vec<(Minutes, String)> = Vec::new();
    for part in text.split(',') {
        let (notice, share) = part.split_once('=').ok_or_else(|| {
            Error::with_hint(
                format!("{flag} \"{part}\": write each level as NOTICE=PERCENT"),
                "e.g. --cancellation-levels 24=100,48=50 (under 24 hours' notice: 100 %, under 48: 50 %)",
            )
        })?;
        let notice = Minutes::parse_unsigned(notice.trim())
            .map_err(|e| Error::refused(format!("{flag}: notice \"{}\": {e}", notice.trim())))?;
        if levels.iter().any(|(n, _)| *n == notice) {
            return Err(Error::refused(format!("{flag}: notice {} given twice", notice.hm())));
        }
        levels.push((notice, percent(flag, share)?));
    }
    if levels.len() > 3 {
        return Err(Error::refused(format!("{flag}: at most 3 levels ({} given)", levels.len())));
    }
    levels.sort_by_key(|(n, _)| *n);
    Ok(FieldValue::Levels(levels.into_iter().map(|(n, p)| (n.hm(), p)).collect()))
}

impl ClientFields {
    /// Validates every given flag into the TOML values to write.
    fn to_values(
        &self,
        ctx: &Ctx,
        ledger: &Ledger,
        id: &str,
    ) -> Result<Vec<(&'static str, FieldValue)>, Error> {
        let mut out = Vec::new();
        self.bank_values(ctx, &mut out)?;
        self.payer_value(ledger, id, &mut out)?;
        if let Some(v) = &self.page_token {
            let token = crate::domain::text::check_page_token(v)
                .map_err(|e| Error::refused(format!("--page-token {e}")))?;
            if let Some(other) = ledger.page_token_owner(&token, id) {
                return Err(Error::refused(format!(
                    "--page-token: {} has that page token; each client's page needs its own",
                    other.id
                )));
            }
            out.push(("page_token", FieldValue::Str(token)));
        }
        self.billing_values(&mut out)?;
        Ok(out)
    }

    /// The client's contact, its kind of bank and its hours.
    fn bank_values(
        &self,
        ctx: &Ctx,
        out: &mut Vec<(&'static str, FieldValue)>,
    ) -> Result<(), Error> {
        if let Some(s) = self.status {
            out.push(("status", FieldValue::Str(status_of(s).as_str().into())));
        }
        if let Some(v) = &self.email {
            crate::domain::text::check_email(v)
                .map_err(|e| Error::refused(format!("--email {e}")))?;
            out.push(("email", text("--email", v)?));
        }
        if let Some(v) = &self.billing_email {
            crate::domain::text::check_email(v)
                .map_err(|e| Error::refused(format!("--billing-email {e}")))?;
            out.push(("billing_email", text("--billing-email", v)?));
        }
        if let Some(v) = &self.address {
            out.push(("address", text("--address", v)?));
        }
        for (key, flag, value) in [
            ("street", "--street", &self.street),
            ("postcode", "--postcode", &self.postcode),
            ("city", "--city", &self.city),
            ("buyer_reference", "--buyer-reference", &self.buyer_reference),
        ] {
            if let Some(v) = value {
                out.push((key, text(flag, v)?));
            }
        }
        if let Some(v) = &self.peppol_id {
            let id = crate::domain::text::check_peppol_id(v)
                .map_err(|e| Error::refused(format!("--peppol-id {e}")))?;
            out.push(("peppol_id", FieldValue::Str(id)));
        }
        if let Some(v) = &self.currency {
            let code = v.trim().to_uppercase();
            if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(Error::refused(format!(
                    "--currency \"{v}\": use a three-letter code like EUR or USD"
                )));
            }
            out.push(("currency", FieldValue::Str(code)));
        }
        if let Some(v) = &self.rate {
            out.push(("rate", money("--rate", v)?));
        }
        if let Some(v) = &self.block_hours {
            if Minutes::parse_unsigned(v).is_ok_and(|m| m.0 == 0) {
                return Err(Error::refused(format!(
                    "--block-hours {v}: a block holds more than 0:00"
                )));
            }
            out.push(("block_hours", minutes("--block-hours", v)?));
        }
        if let Some(v) = &self.block_price {
            out.push(("block_price", money("--block-price", v)?));
        }
        if let Some(n) = &self.expiry_months {
            let n = check_months(super::count_arg("--expiry-months", n)?, false)
                .map_err(|e| Error::refused(format!("--expiry-months: {e}")))?;
            out.push(("expiry_months", FieldValue::Int(i64::from(n))));
        }
        if let Some(v) = &self.credit_limit {
            out.push(("credit_limit", minutes("--credit-limit", v)?));
        }
        if let Some(v) = &self.monthly_hours {
            out.push(("monthly_hours", minutes("--monthly-hours", v)?));
        }
        if let Some(v) = &self.monthly_fee {
            out.push(("monthly_fee", money("--monthly-fee", v)?));
        }
        if let Some(v) = &self.overage_rate {
            out.push(("overage_rate", money("--overage-rate", v)?));
        }
        if let Some(v) = self.overage {
            let overage = match v {
                OverageArg::Bill => Overage::Bill,
                OverageArg::Carry => Overage::Carry,
            };
            out.push(("overage", FieldValue::Str(overage.as_str().into())));
        }
        if let Some(v) = &self.carry_max {
            out.push(("carry_max", minutes("--carry-max", v)?));
        }
        if let Some(n) = &self.rollover_months {
            let n = check_months(super::count_arg("--rollover-months", n)?, true)
                .map_err(|e| Error::refused(format!("--rollover-months: {e}")))?;
            out.push(("rollover_months", FieldValue::Int(i64::from(n))));
        }
        if let Some(v) = &self.start {
            out.push(("start", FieldValue::Str(ctx.date_arg("--start", v)?.to_string())));
        }
        if let Some(v) = &self.end {
            out.push(("end", FieldValue::Str(ctx.date_arg("--end", v)?.to_string())));
        }
        Ok(())
    }

    /// `--payer`: another client, never one that makes the payers go round in a circle.
    fn payer_value(
        &self,
        ledger: &Ledger,
        id: &str,
        out: &mut Vec<(&'static str, FieldValue)>,
    ) -> Result<(), Error> {
        // `--payer ""` clears the payer, as `--unset payer` does.
        if self.payer.as_deref() == Some("") {
            out.push(("payer", FieldValue::Remove));
        } else if let Some(v) = &self.payer {
            let payer = Slug::parse(v).map_err(|e| Error::refused(format!("--payer: {e}")))?;
            if payer.as_str() == id {
                return Err(Error::refused("--payer: a client cannot be its own payer"));
            }
            client_arg(ledger, payer.as_str())?;
            if let Some(circle) = ledger.payer_circle(id, payer.as_str()) {
                let cycle = format!("{} -> {id}", circle.join(" -> "));
                return Err(Error::with_hint(
                    format!("--payer {payer}: the payers would go round in a circle ({cycle})"),
                    "someone has to pay: one client of the circle must pay for itself",
                ));
            }
            out.push(("payer", FieldValue::Str(payer.to_string())));
        }
        Ok(())
    }

    /// Alerts, blocking, cancellations, invoicing and tax.
    fn billing_values(&self, out: &mut Vec<(&'static str, FieldValue)>) -> Result<(), Error> {
        if let Some(v) = &self.low_balance_percent {
            out.push((
                "low_balance_percent",
                FieldValue::Str(percent("--low-balance-percent", v)?),
            ));
        }
        if let Some(n) = &self.block_after_days {
            let n = check_terms_days(super::count_arg("--block-after-days", n)?)
                .map_err(|e| Error::refused(format!("--block-after-days: {e}")))?;
            out.push(("block_after_days", FieldValue::Int(i64::from(n))));
        }
        if let Some(v) = &self.low_balance_hours {
            out.push(("low_balance_hours", minutes("--low-balance-hours", v)?));
        }
        if let Some(v) = &self.cancellation_levels {
            out.push(("cancellation", cancellation_levels(v)?));
        }
        if let Some(c) = self.credit_on {
            let c = match c {
                CreditOnArg::Purchase => CreditOn::Purchase,
                CreditOnArg::Payment => CreditOn::Payment,
            };
            out.push(("credit_on", FieldValue::Str(c.as_str().into())));
        }
        if let Some(h) = self.hide_costs {
            out.push(("hide_costs", FieldValue::Bool(h)));
        }
        if let Some(d) = self.invoice_detail {
            out.push(("invoice_detail", FieldValue::Bool(d)));
        }
        if let Some(v) = &self.discount_percent {
            out.push(("discount_percent", FieldValue::Str(percent("--discount-percent", v)?)));
        }
        if let Some(v) = &self.tax_percent {
            out.push(("tax_percent", FieldValue::Str(percent("--tax-percent", v)?)));
        }
        if let Some(n) = &self.terms_days {
            let n = check_terms_days(super::count_arg("--terms-days", n)?)
                .map_err(|e| Error::refused(format!("--terms-days: {e}")))?;
            out.push(("terms_days", FieldValue::Int(i64::from(n))));
        }
        if let Some(v) = &self.vat_id {
            out.push(("vat_id", text("--vat-id", v)?));
        }
        if let Some(v) = &self.country {
            let code = v.trim().to_ascii_uppercase();
            if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(Error::refused(format!(
                    "--country \"{v}\": use a two-letter code like DE or FR"
                )));
            }
            out.push(("country", FieldValue::Str(code)));
        }
        if let Some(v) = &self.tax_category {
            // clap admits only the codes, in any case.
            out.push(("tax_category", FieldValue::Str(v.to_ascii_uppercase())));
        }
        if let Some(v) = &self.tax_exemption {
            out.push(("tax_exemption", text("--tax-exemption", v)?));
        }
        if let Some(v) = &self.notes {
            out.push(("notes", text("--notes", v)?));
        }
        Ok(())
    }
}

/// A flag's amount of money, written as money is.
fn money(flag: &str, t: &str) -> Result<FieldValue, Error> {
    Money::parse_unsigned(t)
        .map(|m| FieldValue::Str(m.to_string()))
        .map_err(|e| Error::refused(format!("{flag}: {e}")))
}

/// A flag's duration, written `H:MM`.
fn minutes(flag: &str, t: &str) -> Result<FieldValue, Error> {
    Minutes::parse_unsigned(t)
        .map(|m| FieldValue::Str(m.hm()))
        .map_err(|e| Error::refused(format!("{flag}: {e}")))
}

/// A flag's text, one line.
fn text(flag: &str, t: &str) -> Result<FieldValue, Error> {
    check_one_line(flag, t)?;
    Ok(FieldValue::Str(t.to_string()))
}

pub fn run(ctx: &mut Ctx, command: ClientCommand) -> Result<ExitCode> {
    match command {
        ClientCommand::Add(args) => add(ctx, *args),
        ClientCommand::List => list(ctx),
        ClientCommand::Show { id } => show(ctx, &id),
        ClientCommand::Set(args) => set(ctx, *args),
        ClientCommand::Remove { id, dry_run } => remove(ctx, &id, dry_run),
        ClientCommand::Forget { id, invoices, dry_run } => forget(ctx, &id, invoices, dry_run),
    }
}

/// A client's name: one line of text that is not blank.
fn check_name(name: &str) -> Result<(), Error> {
    if name.trim().is_empty() {
        return Err(Error::refused("--name must not be empty: the name is printed on invoices"));
    }
    check_one_line("--name", name)
}

fn add(ctx: &mut Ctx, args: AddArgs) -> Result<ExitCode> {
    let id = Slug::parse(&args.id).map_err(|e| Error::refused(e.to_string()))?;
    check_name(&args.name)?;
    let (_lock, ledger) = ctx.lock_ledger(Access::Clients(&[id.as_str()]))?;
    if ledger.client_ix(id.as_str()).is_some() {
        return Err(Error::with_hint(
            format!("client \"{id}\" already exists"),
            format!("change it with `hourbank client set {id} ...`"),
        )
        .into());
    }
    if ledger.person_ix(id.as_str()).is_some() {
        return Err(Error::with_hint(
            format!("\"{id}\" is a person's id"),
            "clients and people share one namespace of ids: choose another",
        )
        .into());
    }
    let mut fields = vec![
        ("name", FieldValue::Str(args.name.clone())),
        ("type", FieldValue::Str(kind_of(args.kind).as_str().into())),
    ];
    if args.fields.credit_on == Some(CreditOnArg::Payment) && kind_of(args.kind) != ClientType::Bank
    {
        return Err(Error::refused(format!(
            "--credit-on payment: {id} is a {} client; hours credited on payment are a bank client's",
            kind_of(args.kind)
        ))
        .into());
    }
    let mut rest = args.fields.to_values(ctx, &ledger, id.as_str())?;
    if !rest.iter().any(|(k, _)| *k == "status") {
        fields.push(("status", FieldValue::Str("active".into())));
    }
    // A retainer allocates from its start: without one, its work would never be
    // billed (SPEC 12.6). The first day of this month, said.
    let mut message = format!("added client {id} ({}, {})", args.name, kind_of(args.kind));
    if kind_of(args.kind) == ClientType::Retainer && !rest.iter().any(|(k, _)| *k == "start") {
        let start = ctx.today.with_day(1).expect("day 1 exists in every month");
        rest.push(("start", FieldValue::Str(start.to_string())));
        message.push_str(&format!(
            "; start {start}, the first day of this month (--start sets another)"
        ));
    }
    fields.append(&mut rest);
    ctx.commit_write(args.dry_run, &message, || {
        write_client_fields(&ledger.dir, id.as_str(), &fields, true)
    })
}

fn set(ctx: &mut Ctx, args: SetArgs) -> Result<ExitCode> {
    let (_lock, ledger) = ctx.lock_ledger(Access::Clients(&[args.id.as_str()]))?;
    let ix = client_arg(&ledger, &args.id)?;
    let mut fields = Vec::new();
    if let Some(name) = &args.name {
        check_name(name)?;
        fields.push(("name", FieldValue::Str(name.clone())));
    }
    if let Some(kind) = args.kind {
        let (old, new) = (ledger.clients[ix as usize].kind, kind_of(kind));
        if old != new && ledger.referenced[ix as usize] && !args.force {
            return Err(Error::with_hint(
                format!(
                    "{} has rows: as a {new} client instead of a {old} client its whole history is read anew (today's balance of {} would change), and past invoices would not",
                    args.id,
                    ctx.hours_text(available_today(ctx, &ledger, ix))
                ),
                "for a new arrangement add a new client; to reinterpret the history anyway, pass --force",
            )
            .into());
        }
        fields.push(("type", FieldValue::Str(new.as_str().into())));
    }
    fields.append(&mut args.fields.to_values(ctx, &ledger, &args.id)?);
    for key in &args.unset {
        let key = key.trim().replace('-', "_");
        let Some(&known) = OPTIONAL_CLIENT_KEYS.iter().find(|k| **k == key) else {
            return Err(Error::with_hint(
                format!("--unset {key}: not a setting that can be removed"),
                format!("use one of {}", OPTIONAL_CLIENT_KEYS.join(", ")),
            )
            .into());
        };
        if fields.iter().any(|(k, _)| *k == known) {
            return Err(Error::refused(format!("--unset {known} and a new value for it")).into());
        }
        fields.push((known, FieldValue::Remove));
    }
    let rates = service_rates(&ledger, ix, &args)?;
    let mut budgets = budget_edits(&ledger, ix, &args)?;
    budgets.extend(topup_edits(&ledger, ix, &args)?);
    if fields.is_empty() && rates.is_empty() && budgets.is_empty() {
        return Err(Error::NothingToChange { hint: "name at least one setting, e.g. `--rate 95.00` (see `hourbank client set --help`)" }
        .into());
    }
    if let Some(credit_on) = args.fields.credit_on {
        refuse_credit_change(&ledger, ix, args.kind.map(kind_of), credit_on, args.force)?;
    }
    refuse_carry_change(&ledger, ix, &fields, args.force)?;
    let mut keys: Vec<String> = fields.iter().map(|(k, _)| k.to_string()).collect();
    keys.extend(rates.iter().map(|(table, service, _)| format!("{table}.{service}")));
    keys.extend(budgets.iter().map(|(project, key, _)| match (project.as_str(), key) {
        ("", Some(key)) => format!("topup.{key}"),
        (_, Some(key)) => format!("projects.{project}.{key}"),
        (_, None) => format!("projects.{project}"),
    }));
    let message = format!("updated client {}: {}", args.id, keys.join(", "));
    ctx.commit_write(args.dry_run, &message, || {
        if !fields.is_empty() {
            write_client_fields(&ledger.dir, &args.id, &fields, false)?;
        }
        if rates.is_empty() && budgets.is_empty() {
            return Ok(());
        }
        let mut text = read_or_empty(&ledger.dir, CLIENTS)?;
        for (table, service, value) in &rates {
            let path = ["clients", args.id.as_str(), table, service.as_str()];
            let value = value.as_ref().map(|v| toml_edit::Value::from(v.clone()));
            text = crate::store::tomledit::set_key(&text, CLIENTS, &path, value)?;
        }
        for (project, key, value) in &budgets {
            let table = match project.as_str() {
                "" => vec!["clients", args.id.as_str(), "topup"],
                _ => vec!["clients", args.id.as_str(), "projects", project.as_str()],
            };
            text = match key {
                Some(key) => {
                    let path = [&table[..], &[key]].concat();
                    crate::store::tomledit::set_key(&text, CLIENTS, &path, Some(value.clone()))?
                }
                None => crate::store::tomledit::remove_table(&text, CLIENTS, &table)?,
            };
        }
        write_atomic(&ledger.dir.join(CLIENTS), text.as_bytes())
    })
}

/// A client's own value for a service to write: (table, service, the value, or none
/// to remove it).
type ServiceValue = (&'static str, String, Option<String>);

/// One kind of a client's own per-service values: its table, flags and parser.
struct PerService<'a> {
    table: &'static str,
    flag: &'static str,
    /// How a value is written: `SERVICE=RATE, like design=130`.
    shape: &'static str,
    noun: &'static str,
    given: &'a [String],
    unset: &'a [String],
    parse: fn(&str) -> Result<String, String>,
    /// The services the client has a value for.
    has: Vec<&'a str>,
}

/// `--service-rate design=130`, `--multiplier emergency=2` and their `--unset-...`:
/// the client's own rates and multipliers by service; one to remove must be set.
fn service_rates(ledger: &Ledger, ix: u32, args: &SetArgs) -> Result<Vec<ServiceValue>, Error> {
    let client = &ledger.clients[ix as usize];
    let kinds = [
        PerService {
            table: "rates",
            flag: "--service-rate",
            shape: "SERVICE=RATE, like design=130",
            noun: "rate",
            given: &args.service_rate,
            unset: &args.unset_service_rate,
            parse: |t| Money::parse_unsigned(t).map(|m| m.to_string()).map_err(|e| e.to_string()),
            has: client.rates.keys().map(String::as_str).collect(),
        },
        PerService {
            table: "multipliers",
            flag: "--multiplier",
            shape: "SERVICE=FACTOR, like emergency=2",
            noun: "multiplier",
            given: &args.multiplier,
            unset: &args.unset_multiplier,
            parse: |t| crate::domain::rates::parse_multiplier(t).map(|m| m.to_string()),
            has: client.multipliers.keys().map(String::as_str).collect(),
        },
    ];
    let mut out = Vec::new();
    for kind in kinds {
        let first = out.len();
        let flag = kind.flag;
        for given in kind.given {
            let Some((service, value)) = given.split_once('=') else {
                return Err(Error::refused(format!("{flag} \"{given}\": use {}", kind.shape)));
            };
            let service = service.trim();
            Slug::parse(service)
                .map_err(|e| Error::refused(format!("{flag}: service \"{service}\": {e}")))?;
            let value = (kind.parse)(value.trim())
                .map_err(|e| Error::refused(format!("{flag} {service}: {e}")))?;
            out.push((kind.table, service.to_string(), Some(value)));
        }
        let unset_flag = format!("--unset-{}", &flag[2..]);
        for service in kind.unset {
            if !kind.has.contains(&service.as_str()) {
                return Err(Error::refused(format!(
                    "{unset_flag} {service}: {} has no {} of its own for it",
                    args.id, kind.noun
                )));
            }
            if out[first..].iter().any(|(_, s, _)| s == service) {
                return Err(Error::refused(format!("{unset_flag} {service} and {flag} {service}")));
            }
            out.push((kind.table, service.clone(), None));
        }
    }
    Ok(out)
}

/// A project budget's change: (project, its key and new value, or no key to remove the
/// project's table); a top-up's key has no project.
type BudgetEdit = (String, Option<&'static str>, toml_edit::Value);

/// `--budget website=40:00`, `--budget-period`, `--budget-alert-percent`,
/// `--budget-enforce` and `--unset-budget` (SPEC 15): a project needs a budget before
/// its other keys, and one to remove must be there.
fn budget_edits(ledger: &Ledger, ix: u32, args: &SetArgs) -> Result<Vec<BudgetEdit>, Error> {
    use crate::domain::budget::{BudgetPeriod, parse_alert_percent};
    let client = &ledger.clients[ix as usize];
    let split = |flag: &str, given: &str, shape: &str| -> Result<(String, String), Error> {
        let (project, value) = given
            .split_once('=')
            .ok_or_else(|| Error::refused(format!("{flag} \"{given}\": use {shape}")))?;
        let project = project.trim();
        if project.is_empty() || project.chars().any(char::is_control) {
            return Err(Error::refused(format!("{flag} \"{given}\": use {shape}")));
        }
        Ok((project.to_string(), value.trim().to_string()))
    };
    let mut out: Vec<BudgetEdit> = Vec::new();
    for given in &args.budget {
        let (project, value) = split("--budget", given, "PROJECT=HOURS, like website=40:00")?;
        let hours = Minutes::parse_unsigned(&value)
            .map_err(|e| Error::refused(format!("--budget {project}: {e}")))?;
        if hours.0 == 0 {
            return Err(Error::refused(format!(
                "--budget {project}: a budget holds more than 0:00"
            )));
        }
        out.push((project, Some("budget"), hours.hm().into()));
    }
    for given in &args.budget_period {
        let (project, value) = split("--budget-period", given, "PROJECT=total or PROJECT=month")?;
        let period = BudgetPeriod::parse(&value).ok_or_else(|| {
            Error::refused(format!("--budget-period {project}: \"{value}\" is not total or month"))
        })?;
        out.push((project, Some("budget_period"), period.as_str().into()));
    }
    for given in &args.budget_alert_percent {
        let (project, value) =
            split("--budget-alert-percent", given, "PROJECT=PERCENT,PERCENT, like website=80,100")?;
        let mut array = toml_edit::Array::new();
        for part in value.split(',') {
            let p = parse_alert_percent(part)
                .map_err(|e| Error::refused(format!("--budget-alert-percent {project}: {e}")))?;
            match i64::try_from(p) {
                Ok(whole) if rust_decimal::Decimal::from(whole) == p => array.push(whole),
                _ => array.push(p.to_string()),
            }
        }
        out.push((project, Some("budget_alert_percent"), toml_edit::Value::Array(array)));
    }
    for given in &args.budget_enforce {
        let (project, value) = split("--budget-enforce", given, "PROJECT=true or PROJECT=false")?;
        let enforce = value.parse::<bool>().map_err(|_| {
            Error::refused(format!("--budget-enforce {project}: \"{value}\" is not true or false"))
        })?;
        out.push((project, Some("enforce"), enforce.into()));
    }
    // A project's other keys need its budget: set now, or there already.
    for (project, key, _) in &out {
        let budgeted = client.budgets.contains_key(project)
            || out.iter().any(|(p, k, _)| p == project && *k == Some("budget"));
        if !budgeted {
            return Err(Error::with_hint(
                format!(
                    "{}: project {project} has no budget to set {} of",
                    args.id,
                    key.unwrap_or("")
                ),
                format!("give it one: --budget {project}=H"),
            ));
        }
    }
    for project in &args.unset_budget {
        if !client.budgets.contains_key(project) {
            return Err(Error::refused(format!(
                "--unset-budget {project}: {} has no budget for project {project}",
                args.id
            )));
        }
        if out.iter().any(|(p, _, _)| p == project) {
            return Err(Error::refused(format!(
                "--unset-budget {project} and a new value for its budget"
            )));
        }
        out.push((project.clone(), None, false.into()));
    }
    Ok(out)
}

/// `--topup-below 2:00` and `--topup-blocks 1` (SPEC 15): `topup.below` and
/// `topup.blocks`; a top-up needs its threshold.
fn topup_edits(ledger: &Ledger, ix: u32, args: &SetArgs) -> Result<Vec<BudgetEdit>, Error> {
    let mut out: Vec<BudgetEdit> = Vec::new();
    if let Some(v) = &args.topup_below {
        let below = Minutes::parse_unsigned(v)
            .map_err(|e| Error::refused(format!("--topup-below {v}: {e}")))?;
        if below.0 == 0 {
            return Err(Error::refused("--topup-below 0:00: the balance is never below it"));
        }
        out.push((String::new(), Some("below"), below.hm().into()));
    }
    if let Some(v) = &args.topup_blocks {
        let n = super::count_arg("--topup-blocks", v)?;
        if !(1..=100).contains(&n) {
            return Err(Error::refused(format!("--topup-blocks {v}: from 1 to 100 blocks")));
        }
        out.push((String::new(), Some("blocks"), (n as i64).into()));
    }
    if !out.is_empty() && args.unset.iter().any(|k| k.trim() == "topup") {
        return Err(Error::refused("--unset topup and a new value for it"));
    }
    if args.topup_below.is_none() && !out.is_empty() && ledger.clients[ix as usize].topup.is_none()
    {
        return Err(Error::with_hint(
            format!("{}: --topup-blocks needs a top-up threshold", args.id),
            "give it one: --topup-below 2:00",
        ));
    }
    Ok(out)
}

fn remove(ctx: &mut Ctx, id: &str, dry_run: bool) -> Result<ExitCode> {
    let (_lock, ledger) = ctx.lock_ledger(Access::Clients(&[id]))?;
    let ix = client_arg(&ledger, id)?;
    let payer_of: Vec<&str> = ledger
        .clients
        .iter()
        .filter(|c| c.payer.as_ref().is_some_and(|p| p.as_str() == id))
        .map(|c| c.id.as_str())
        .collect();
    if ledger.referenced[ix as usize] || !payer_of.is_empty() {
        let why = if payer_of.is_empty() {
            "rows in the ledger refer to it".to_string()
        } else {
            format!("it pays for {}", payer_of.join(", "))
        };
        return Err(Error::with_hint(
            format!("will not remove client \"{id}\": {why}"),
            format!(
                "mark it inactive with `hourbank client set {id} --status inactive`, or erase its personal data with `hourbank client forget {id}`"
            ),
        )
        .into());
    }
    let text = read_or_empty(&ledger.dir, CLIENTS)?;
    let new_text = remove_client(&text, id)?;
    ctx.commit_write(dry_run, &format!("removed client {id}"), || {
        write_atomic(&ledger.dir.join(CLIENTS), new_text.as_bytes())
    })
}

fn forget(ctx: &mut Ctx, id: &str, invoices: bool, dry_run: bool) -> Result<ExitCode> {
    let (_lock, ledger) = ctx.lock_ledger(Access::Clients(&[id]))?;
    client_arg(&ledger, id)?;
    let placeholder = format!("forgotten client {id}");
    let fields = [
        ("name", FieldValue::Str(placeholder.clone())),
        ("email", FieldValue::Remove),
        ("billing_email", FieldValue::Remove),
        ("address", FieldValue::Remove),
        ("street", FieldValue::Remove),
        ("postcode", FieldValue::Remove),
        ("city", FieldValue::Remove),
        ("notes", FieldValue::Remove),
    ];
    // The invoices billed to the client (its own, and those of the clients it pays for)
    // print its name and address as issued, and keep where they were sent.
    let issued: Vec<&crate::domain::invoice::Invoice> = ledger
        .invoices
        .iter()
        .filter(|i| if i.payer.is_empty() { i.client == id } else { i.payer == id })
        .collect();
    let mut message = format!(
        "forgot the personal fields of client {id} (name, email, billing email, address, notes); every financial row is kept"
    );
    if invoices && !issued.is_empty() {
        message.push_str(&format!(
            "; the {} invoice(s) issued to it show \"{placeholder}\" and no address",
            issued.len()
        ));
    }
    let code = ctx.commit_write(dry_run, &message, || {
        // The records of earlier writes keep the old text: they go with this write.
        crate::store::unit::purge_history();
        write_client_fields(&ledger.dir, id, &fields, false)?;
        if invoices {
            // One write: the invoices' lines and clients.toml change together.
            let changes = [
                (invoice::BILL_TO_NAME, placeholder.clone()),
                (invoice::BILL_TO_ADDRESS, String::new()),
                (invoice::SENT_TO, String::new()),
                (invoice::BILL_TO_STREET, String::new()),
                (invoice::BILL_TO_POSTCODE, String::new()),
                (invoice::BILL_TO_CITY, String::new()),
            ];
            let edits: Vec<LineEdit<'_>> =
                issued.iter().map(|i| (i.line, Some(&changes[..]))).collect();
            if !edits.is_empty() {
                rewrite_lines(
                    &ledger.dir,
                    INVOICES,
                    invoice::COLUMNS,
                    ledger.files.get(INVOICES),
                    &edits,
                )?;
            }
        }
        Ok(())
    })?;
    if !invoices && !issued.is_empty() {
        super::note(&format!(
            "note: the {} invoice(s) issued to {id} keep its name and address as issued, and the address they were sent to (most countries require keeping invoices); `hourbank client forget {id} --invoices` replaces them too",
            issued.len()
        ));
    }
    super::note(
        "note: git history still holds the old text; notes typed into CSV rows are not changed",
    );
    Ok(code)
}

fn available_today(ctx: &Ctx, ledger: &Ledger, ix: u32) -> Minutes {
    ledger.simulate(ix, SimOptions { as_of: ctx.today, watch_from: None, trace: false }).available
}

fn list(ctx: &mut Ctx) -> Result<ExitCode> {
    let ledger = ctx.read_ledger()?;
    let mut report =
        Report::new(&["client", "name", "type", "status", "email", "rate", "available"]);
    for (i, c) in ledger.clients.iter().enumerate() {
        let rate = c.rate.unwrap_or(ledger.settings.default_rate);
        report.push(vec![
            Cell::text(c.id.as_str()),
            Cell::text(&c.name),
            Cell::text(c.kind.as_str()),
            Cell::text(c.status.as_str()),
            Cell::opt_text(c.email.clone()),
            Cell::Num(rate.to_string()),
            ctx.hours(available_today(ctx, &ledger, i as u32)),
        ]);
    }
    ctx.emit(&report)?;
    Ok(ExitCode::SUCCESS)
}

fn show(ctx: &mut Ctx, id: &str) -> Result<ExitCode> {
    let ledger = ctx.read_ledger()?;
    let ix = client_arg(&ledger, id)?;
    let c = &ledger.clients[ix as usize];
    let fields = describe(ctx, &ledger, c, ix);
    let report = if ctx.format == Format::Table {
        let mut r = Report::new(&["field", "value"]);
        for (name, value) in fields {
            r.push(vec![Cell::text(name), value]);
        }
        r
    } else {
        let mut r = Report::new(&[]);
        r.columns = fields.iter().map(|(n, _)| *n).collect();
        r.rows.push(crate::render::Row {
            cells: fields.into_iter().map(|(_, v)| v).collect(),
            highlight: None,
        });
        r
    };
    if ctx.format == Format::Json {
        let value = crate::render::json::to_value(&report);
        let mut object = value.as_array().and_then(|a| a.first()).cloned().unwrap_or_default();
        // Lists are arrays, the rates an object, in JSON.
        if let Some(o) = object.as_object_mut() {
            let percents = ledger.settings.low_thresholds(c);
            o.insert(
                "low_balance_percent".into(),
                serde_json::Value::Array(
                    percents
                        .iter()
                        .map(|p| {
                            serde_json::Number::from_str(&p.to_string())
                                .map_or(serde_json::Value::Null, serde_json::Value::Number)
                        })
                        .collect(),
                ),
            );
            let levels = ledger.settings.cancellation_levels(c);
            o.insert(
                "cancellation_levels".into(),
                serde_json::Value::Array(
                    levels
                        .iter()
                        .map(|l| {
                            serde_json::json!({
                                "notice_hours": l.notice.hm(),
                                "charge_percent": serde_json::Number::from_str(&l.percent.to_string()).ok(),
                            })
                        })
                        .collect(),
                ),
            );
            let rates: serde_json::Map<String, serde_json::Value> = c
                .rates
                .iter()
                .map(|(k, v)| {
                    let n = serde_json::Number::from_str(&v.to_string())
                        .map_or(serde_json::Value::Null, serde_json::Value::Number);
                    (k.clone(), n)
                })
                .collect();
            o.insert("rates".into(), serde_json::Value::Object(rates));
        }
        let mut out = serde_json::to_vec_pretty(&object)?;
        out.push(b'\n');
        ctx.out.write_all(&out)?;
    } else {
        ctx.emit(&report)?;
    }
    Ok(ExitCode::SUCCESS)
}

use std::io::Write;

fn describe(ctx: &Ctx, ledger: &Ledger, c: &Client, ix: u32) -> Vec<(&'static str, Cell)> {
    let money = |m: Option<Money>| m.map_or(Cell::Empty, |m| Cell::Num(m.to_string()));
    let hours = |m: Option<Minutes>| m.map_or(Cell::Empty, |m| ctx.hours(m));
    let num = |n: Option<u32>| n.map_or(Cell::Empty, |n| Cell::Num(n.to_string()));
    let dec =
        |d: Option<rust_decimal::Decimal>| d.map_or(Cell::Empty, |d| Cell::Num(d.to_string()));
    let rates = c.rates.iter().map(|(s, r)| format!("{s}={r}")).collect::<Vec<_>>().join(" ");
    vec![
        ("client", Cell::text(c.id.as_str())),
        ("name", Cell::text(&c.name)),
        ("type", Cell::text(c.kind.as_str())),
        ("status", Cell::text(c.status.as_str())),
        ("email", Cell::opt_text(c.email.clone())),
        ("billing_email", Cell::opt_text(c.billing_email.clone())),
        ("address", Cell::opt_text(c.address.clone())),
        ("street", Cell::opt_text(c.street.clone())),
        ("postcode", Cell::opt_text(c.postcode.clone())),
        ("city", Cell::opt_text(c.city.clone())),
        ("buyer_reference", Cell::opt_text(c.buyer_reference.clone())),
        ("peppol_id", Cell::opt_text(c.peppol_id.clone())),
        ("currency", Cell::text(ledger.settings.currency_of(c))),
        ("rate", money(c.rate)),
        ("rates", if rates.is_empty() { Cell::Empty } else { Cell::text(rates) }),
        ("block_hours", hours(c.block_hours)),
        ("block_price", money(c.block_price)),
        ("expiry_months", num(c.expiry_months)),
        ("credit_limit", hours(c.effective_credit_limit())),
        (
            "low_balance_percent",
            Cell::text(
                ledger
                    .settings
                    .low_thresholds(c)
                    .iter()
                    .map(|d| d.to_string())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        ),
        (
            "low_balance_hours",
            hours(c.low_balance_hours.or(ledger.settings.alerts.low_balance_hours)),
        ),
        ("block_after_days", num(c.block_after_days.or(ledger.settings.block_after_days))),
        (
            "cancellation_levels",
            Cell::text(
                ledger
                    .settings
                    .cancellation_levels(c)
                    .iter()
                    .map(|l| format!("{}={}", l.notice.hm(), l.percent))
                    .collect::<Vec<_>>()
                    .join(","),
            ),
        ),
        ("credit_on", Cell::text(c.credit_on.unwrap_or(ledger.settings.credit_on).as_str())),
        ("hide_costs", Cell::text(ledger.settings.hides_costs(c).to_string())),
        ("invoice_detail", Cell::text(c.invoice_detail.to_string())),
        ("payer", Cell::opt_text(c.payer.as_ref().map(|p| p.to_string()))),
        ("vat_id", Cell::opt_text(c.vat_id.clone())),
        ("discount_percent", dec(c.discount_percent)),
        ("tax_percent", dec(c.tax_percent)),
        ("terms_days", num(c.terms_days)),
        ("monthly_hours", hours(c.monthly_hours)),
        ("monthly_fee", money(c.monthly_fee)),
        ("overage_rate", money(c.overage_rate)),
        ("overage", Cell::text(c.overage.as_str())),
        ("carry_max", hours(c.carry_max)),
        ("topup_below", hours(c.topup.map(|t| t.below))),
        ("topup_blocks", num(c.topup.map(|t| t.blocks))),
        (
            "budgets",
            Cell::text(
                c.budgets
                    .iter()
                    .map(|(p, b)| format!("{p}={}/{}", b.hours.hm(), b.period.as_str()))
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        ),
        ("page_token", Cell::opt_text(c.page_token.clone())),
        ("rollover_months", num(c.rollover_months)),
        ("start", Cell::opt_fixed(c.start)),
        ("end", Cell::opt_fixed(c.end)),
        ("notes", Cell::opt_text(c.notes.clone())),
        ("available", ctx.hours(available_today(ctx, ledger, ix))),
    ]
}

/// A retainer with rows whose `overage` or `carry_max` changes reads every month since
/// its start anew (SPEC 15): overage billed already would be credited and carried, or
/// the reverse; so it takes `force`.
fn refuse_carry_change(
    ledger: &Ledger,
    ix: u32,
    fields: &[(&'static str, FieldValue)],
    force: bool,
) -> Result<(), Error> {
    let client = &ledger.clients[ix as usize];
    if force || client.kind != ClientType::Retainer || !ledger.referenced[ix as usize] {
        return Ok(());
    }
    let changes = fields.iter().any(|(key, value)| match (*key, value) {
        ("overage", FieldValue::Str(v)) => v != client.overage.as_str(),
        ("overage", FieldValue::Remove) => client.overage != Overage::Bill,
        ("carry_max", FieldValue::Str(v)) => {
            Some(v.as_str()) != client.carry_max.map(|m| m.hm()).as_deref()
        }
        ("carry_max", FieldValue::Remove) => client.carry_max.is_some(),
        _ => false,
    });
    if !changes {
        return Ok(());
    }
    Err(Error::with_hint(
        format!(
            "{} has rows: with another overage rule every month since its start is read anew, and the next invoice credits or bills what moves between months",
            client.id
        ),
        "to change the arrangement from a month on, end this retainer and add a new client; to reread the history anyway, pass --force",
    ))
}

/// `--credit-on` applies to bank clients; changing it for a client that has lots reads
/// their history anew (lots not paid for wait for their invoice), so it takes `force`.
fn refuse_credit_change(
    ledger: &Ledger,
    ix: u32,
    new_kind: Option<ClientType>,
    credit_on: CreditOnArg,
    force: bool,
) -> Result<(), Error> {
    let client = &ledger.clients[ix as usize];
    let kind = new_kind.unwrap_or(client.kind);
    let new = match credit_on {
        CreditOnArg::Purchase => CreditOn::Purchase,
        CreditOnArg::Payment => CreditOn::Payment,
    };
    if new == CreditOn::Payment && kind != ClientType::Bank {
        return Err(Error::refused(format!(
            "--credit-on payment: {} is a {kind} client; hours credited on payment are a bank client's",
            client.id
        )));
    }
    let old = client.credit_on.unwrap_or(ledger.settings.credit_on);
    let lots = ledger.purchases.iter().filter(|p| p.client == ix).count();
    if old != new && lots > 0 && !force {
        return Err(Error::with_hint(
            format!(
                "{} has {lots} lot(s): credited on {} instead of on {}, its whole history is read anew (lots not paid in full then wait for their invoice, and today's balance may change)",
                client.id,
                new.as_str(),
                old.as_str()
            ),
            "for a new arrangement add a new client; to reinterpret the history anyway, pass --force",
        ));
    }
    Ok(())
}
