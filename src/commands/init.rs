//! `hourbank init [DIR] [--example]`: creates a ledger directory with commented
//! settings, the CSV files with their headers, `.gitattributes` and `.gitignore`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use super::Ctx;
use crate::error::Error;
use crate::store::layout::*;
use crate::store::write::write_atomic;

/// Create a new ledger directory
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  hourbank init ~/ledger\n  hourbank init demo --example")]
pub struct Args {
    /// Where to create it (default: --ledger, else the working directory)
    pub dir: Option<PathBuf>,
    /// Fill it with the bundled example ledger instead of empty files
    #[arg(long)]
    pub example: bool,
}

const SETTINGS_TEMPLATE: &str = r#"# hourbank settings. Every key is optional; the values shown are the defaults
# unless the comment says otherwise. Money and durations may be strings ("95.50",
# "10:00") or plain numbers; both are read exactly.

# currency = "EUR"
# default_rate = "90.00"          # hourly rate when nothing more specific applies (default 0)
# default_expiry_months = 12      # validity of purchased hours (default: never expire)
# credit_on = "purchase"          # bank hours usable on purchase, or "payment": once the
#                                 # invoice billing them is paid in full
# hide_costs = false              # statements without rates, prices or amounts
# holidays = ["2026-12-25"]       # flex banks: nobody is scheduled on these days (default: none)

# [rounding]                      # applied to every billable time-log row
# minimum_minutes = 1             # a row is charged at least this
# increment_minutes = 1           # time above the minimum is rounded UP to this step

# [alerts]
# low_balance_percent = [25, 10]  # alert when percent_left falls below each value
# expiry_days = [10, 5]           # alert this many days before hours expire
# overdraft = true                # alert when a balance goes below zero
# timer_hours = 10                # alert when a timer has run longer than this
# low_balance_hours = "5:00"      # also alert below this many hours (default: none)

# [notify]                       # where `hourbank notify-check` sends alerts besides stdout.
#                                 # command, to, from and [notify.smtp] set here are used only
#                                 # after `hourbank trust`; or set them in .hourbank.local.toml
# to = ["admin@example.com"]      # who receives alerts (default: none, stdout only)
# client = false                  # also send each client's alerts to its `email`
# from = "hourbank@example.com"   # (default: hourbank@<host name>)
# command = ["sendmail", "-t"]    # an argv (never a shell) that gets each alert as an e-mail on stdin
# host = "office-pc"              # the one machine that delivers alerts (default: every clone)
#
# [notify.smtp]                   # or deliver over SMTP
# host = "smtp.example.com"
# port = 587
# username = "alerts@example.com"
# password_env = "HOURBANK_SMTP_PASSWORD"   # the environment variable holding the password
# starttls = true                 # false only for a relay on localhost

# [invoice]
# prefix = "INV-"                 # numbers look like INV-2026-0007
# terms_days = 30                 # due date = invoice date + this
# block_after_days = 14           # unpaid this long after due blocks new work (default: never)
# tax_category = "S"              # e-invoices: the VAT category (default S when taxed)
# tax_exemption = "..."           # e-invoices: why an untaxed invoice is exempt
# billing_start = "2026-01-01"    # nothing dated before is billed (default: first invoice)

# [cancellation]                  # late cancellations are charged a share (default: never)
# levels = [{ notice_hours = 24, charge_percent = 100 }, { notice_hours = 48, charge_percent = 50 }]

# [company]                       # printed on invoices and statements (default: empty)
# name = "..."
# address = "..."
# email = "billing@example.com"
# phone = "+49 40 1234567"
# vat_id = "DE123456789"          # also makes the tax line read "VAT"
# bank = "IBAN DE02 1203 0000 0000 2020 51, BIC BYLADEM1001"
# payment_terms = "Payable within 14 days without deduction."
# footer = "Registered office, register number, ..."
# logo = "logo.png"               # an image in this directory, embedded in HTML
# country = "DE"                  # e-invoices (--format cii) need the seller's country
# street = "Harbour Street 4"     # e-invoices: the address in parts (address stays the printed text)
# postcode = "20457"
# city = "Hamburg"
# registration_id = "HRB 12345"   # e-invoices: the legal registration (BT-30)
# contact = "Jane Doe"            # e-invoices: whom a buyer contacts (with phone and email)
# iban = "DE02 1203 0000 0000 2020 51"  # e-invoices: payment by credit transfer (checked)
# bic = "BYLADEM1001"
# peppol_id = "0208:0123456749"   # e-invoices in Peppol UBL: the Peppol participant id

# [services.design]               # named services with their rates (default: none)
# rate = "110.00"
"#;

const CLIENTS_TEMPLATE: &str = "# One table per client, e.g.:\n#\n# [clients.example]\n# name = \"Example Ltd\"\n# type = \"bank\"          # bank | retainer | payg\n# block_hours = \"10:00\"\n# block_price = \"900.00\"\n#\n# `hourbank client add` writes these for you and keeps your comments.\n";

/// The bundled example ledger, written by `init --example`.
const EXAMPLE: &[(&str, &str)] = &[
    (SETTINGS, include_str!("../../ledger-example/hourbank.toml")),
    (CLIENTS, include_str!("../../ledger-example/clients.toml")),
    (PURCHASES, include_str!("../../ledger-example/purchases.csv")),
    (TIMELOG, include_str!("../../ledger-example/timelog.csv")),
    (ADJUSTMENTS, include_str!("../../ledger-example/adjustments.csv")),
    (INVOICES, include_str!("../../ledger-example/invoices.csv")),
    (INVOICE_LINES, include_str!("../../ledger-example/invoice-lines.csv")),
    (PAYMENTS, include_str!("../../ledger-example/payments.csv")),
    (NOTIFICATIONS, include_str!("../../ledger-example/notifications.csv")),
    (PEOPLE, include_str!("../../ledger-example/people.toml")),
    (EXPENSES, include_str!("../../ledger-example/expenses.csv")),
];

/// CSV files merge by row id, TOML files by key, through `hourbank merge-driver` once
/// `.git/config` names it (`hourbank git-setup`; until then git merges them as text).
const GITATTRIBUTES: &str = "*.csv merge=hourbank\n*.toml merge=hourbank\n";
/// The temporary files of interrupted rewrites, the lock file of older versions, this
/// clone's own settings and the intent records of writes (SPEC 12.7, 12.8).
const GITIGNORE: &str = ".hourbank-tmp-*\n.hourbank.lock\n.hourbank.local.toml\n.hourbank-undo/\n";

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    // `hourbank --ledger DIR init` creates DIR, as every other command reads it.
    let dir = args.dir.or_else(|| ctx.ledger_flag.clone()).unwrap_or_else(|| PathBuf::from("."));
    let files = ledger_files(args.example);
    let existing: Vec<&str> = files
        .iter()
        .map(|(name, _)| name.as_str())
        .filter(|name| dir.join(name).exists() && *name != ".gitignore")
        .collect();
    if !existing.is_empty() {
        return Err(Error::with_hint(
            format!(
                "{} already holds a ledger ({} exist); nothing was written",
                dir.display(),
                existing.join(", ")
            ),
            "choose another directory, or use the ledger that is there",
        )
        .into());
    }
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    for (name, content) in &files {
        let path = dir.join(name);
        if name == ".gitignore" {
            add_to_gitignore(&path)?;
        } else {
            write_atomic(&path, content.as_bytes())?;
        }
    }
    // In a git work tree already, the clone gets the driver as `git-setup` sets it.
    let driver = crate::store::git::top_level(&dir).is_some()
        && std::env::current_exe().and_then(|p| p.canonicalize()).is_ok_and(|exe| {
            let command = crate::store::git::driver_command(&exe);
            crate::store::git::config_set(&dir, "merge.hourbank.driver", &command).is_ok()
        });
    ctx.confirm(&format!(
        "initialized {}ledger in {}{}",
        if args.example { "example " } else { "" },
        dir.display(),
        if driver {
            "; set the merge driver in .git/config"
        } else {
            " (to keep it in git: `git init` there, then `hourbank git-setup`)"
        }
    ))?;
    Ok(ExitCode::SUCCESS)
}

fn ledger_files(example: bool) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = if example {
        EXAMPLE.iter().map(|(n, c)| (n.to_string(), c.to_string())).collect()
    } else {
        let mut files = vec![
            (SETTINGS.to_string(), SETTINGS_TEMPLATE.to_string()),
            (CLIENTS.to_string(), CLIENTS_TEMPLATE.to_string()),
        ];
        for (name, columns) in CSV_FILES {
            files.push((name.to_string(), format!("{}\n", columns.join(","))));
        }
        files
    };
    files.push((".gitattributes".to_string(), GITATTRIBUTES.to_string()));
    files.push((".gitignore".to_string(), GITIGNORE.to_string()));
    files
}

/// Adds the tool's patterns to `.gitignore`, keeping what a person has there.
fn add_to_gitignore(path: &Path) -> Result<(), Error> {
    let existing = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::io(path, e)),
    };
    let missing: Vec<&str> =
        GITIGNORE.lines().filter(|p| !existing.lines().any(|l| l.trim() == *p)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let mut text = existing;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    for pattern in missing {
        text.push_str(pattern);
        text.push('\n');
    }
    write_atomic(path, text.as_bytes())
}
