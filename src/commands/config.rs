//! `hourbank config get|set|unset` and `hourbank service add|set|remove` (SPEC 13):
//! `hourbank.toml` from the command line. Every change keeps the file's comments and is
//! checked by the reader `check` uses before anything is written: a key no setting has
//! or a value of the wrong kind is refused with the reader's reason.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use clap::Subcommand;

use super::{Access, Ctx};
use crate::domain::check::Diagnostic;
use crate::domain::money::Money;
use crate::domain::setting::{Value, value_of};
use crate::error::Error;
use crate::store::config::{check_settings, settings_file};
use crate::store::layout::SETTINGS;
use crate::store::tomledit::set_key;
use crate::store::write::{LedgerLock, remove_stale_temp_files, write_atomic};

/// Read and change the settings of hourbank.toml (comments are kept)
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the value in force of a setting (its default when the file has none)
    #[command(
        after_help = "Examples:\n  hourbank config get rounding.increment_minutes\n  hourbank config get company.name"
    )]
    Get {
        /// The setting, e.g. currency, rounding.minimum_minutes, invoice.prefix
        key: String,
    },
    /// Set a setting (a number, true or false, a [list] or text)
    #[command(
        after_help = "Examples:\n  hourbank config set rounding.increment_minutes 15\n  hourbank config set alerts.expiry_days \"[14, 7]\"\n  hourbank config set company.name \"Northwind Studio\""
    )]
    Set {
        /// The setting, e.g. rounding.minimum_minutes
        key: String,
        /// Its value
        #[arg(allow_hyphen_values = true)]
        value: String,
        /// Show what would change, write nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Remove a setting from hourbank.toml: its default applies again
    Unset {
        /// The setting
        key: String,
        /// Show what would change, write nothing
        #[arg(long)]
        dry_run: bool,
    },
}

/// Add, change or remove named services and their rates ([services.NAME] rate)
#[derive(Debug, Subcommand)]
pub enum ServiceCommand {
    /// Add a service with its hourly rate
    #[command(after_help = "Examples:\n  hourbank service add design --rate 110")]
    Add(ServiceArgs),
    /// Change a service's hourly rate
    Set(ServiceArgs),
    /// Remove a service (refused while time rows name it)
    Remove {
        /// The service's name
        #[arg(add = crate::complete::services())]
        name: String,
        /// Show what would change, write nothing
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, clap::Args)]
pub struct ServiceArgs {
    /// The service's name
    #[arg(add = crate::complete::services())]
    pub name: String,
    /// Its hourly rate
    #[arg(long, value_name = "R")]
    pub rate: String,
    /// Show what would change, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, command: ConfigCommand) -> Result<ExitCode> {
    match command {
        ConfigCommand::Get { key } => get(ctx, &key),
        ConfigCommand::Set { key, value, dry_run } => {
            let line = format!("set {key} = {value}");
            // `2026` is a number to a number's key and text to a text's (`invoice.prefix`).
            let typed = parse_value(&value);
            let mut tries = vec![Some(typed.clone())];
            if !typed.is_str() {
                tries.push(Some(value.as_str().into()));
            }
            change_first(ctx, &key, tries, &line, dry_run)
        }
        ConfigCommand::Unset { key, dry_run } => {
            let line = format!("unset {key}: its default applies");
            change(ctx, &key, None, &line, dry_run)
        }
    }
}

pub fn service(ctx: &mut Ctx, command: ServiceCommand) -> Result<ExitCode> {
    let dir = ctx.ledger_dir()?;
    match command {
        ServiceCommand::Add(args) | ServiceCommand::Set(args) if !valid_name(&args.name) => {
            Err(Error::refused(format!(
                "service \"{}\": use lower-case letters, digits, - and _",
                args.name
            ))
            .into())
        }
        ServiceCommand::Add(args) => {
            let (_, settings, _) = settings_file(&dir)?;
            if settings.services.contains_key(&args.name) {
                return Err(Error::with_hint(
                    format!("service \"{}\" exists already", args.name),
                    format!("change its rate with `hourbank service set {} --rate R`", args.name),
                )
                .into());
            }
            let rate = rate(&args.rate)?;
            let line = format!("added service {} at {rate}", args.name);
            let key = format!("services.{}.rate", args.name);
            change(ctx, &key, Some(rate.to_string().into()), &line, args.dry_run)
        }
        ServiceCommand::Set(args) => {
            let (_, settings, _) = settings_file(&dir)?;
            let Some(old) = settings.services.get(&args.name) else {
                return Err(unknown_service(&args.name).into());
            };
            let rate = rate(&args.rate)?;
            let line = format!("service {}: rate {old} -> {rate}", args.name);
            let key = format!("services.{}.rate", args.name);
            change(ctx, &key, Some(rate.to_string().into()), &line, args.dry_run)
        }
        ServiceCommand::Remove { name, dry_run } => remove_service(ctx, &name, dry_run),
    }
}

fn valid_name(name: &str) -> bool {
    crate::domain::id::Slug::parse(name).is_ok()
}

fn rate(text: &str) -> Result<Money, Error> {
    Money::parse_unsigned(text).map_err(|e| Error::refused(format!("--rate: {e}")))
}

fn unknown_service(name: &str) -> Error {
    Error::with_hint(
        format!("no service \"{name}\" in hourbank.toml"),
        format!("add it with `hourbank service add {name} --rate R`"),
    )
}

/// Removes `[services.NAME]`, refused while time rows name the service (their rate
/// would change).
fn remove_service(ctx: &mut Ctx, name: &str, dry_run: bool) -> Result<ExitCode> {
    let (_lock, ledger) = ctx.lock_ledger(Access::Ledger)?;
    if !ledger.settings.services.contains_key(name) {
        return Err(unknown_service(name).into());
    }
    if let Some(clients) = ledger.services_used.get(name) {
        let rows: u32 = clients.values().map(|(_, n)| n).sum();
        let first = clients.values().map(|(line, _)| *line).min().unwrap_or_default();
        return Err(Error::with_hint(
            format!(
                "{rows} time row(s) name service \"{name}\" (the first at timelog.csv:{first}): without it they would be billed at another rate"
            ),
            format!("change its rate instead (`hourbank service set {name} --rate R`)"),
        )
        .into());
    }
    let text = crate::store::tomledit::read_or_empty(&ledger.dir, SETTINGS)?;
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        Error::refused(format!("{SETTINGS}: {}", e.message()))
    })?;
    if let Some(services) = doc.get_mut("services").and_then(|s| s.as_table_like_mut()) {
        services.remove(name);
    }
    let new = doc.to_string();
    let path = ledger.dir.join(SETTINGS);
    ctx.commit_write(dry_run, &format!("removed service {name}"), || {
        write_atomic(&path, new.as_bytes())
    })
}

/// A value as typed: a number, `true`/`false`, a `[list]` or `{ table }` as TOML;
/// anything else (amounts such as 95.50 too) as text.
fn parse_value(text: &str) -> toml_edit::Value {
    if let Ok(doc) = format!("v = {text}").parse::<toml_edit::DocumentMut>()
        && let Some(v) = doc.get("v").and_then(|v| v.as_value())
        && (v.is_integer() || v.is_bool() || v.is_array() || v.is_inline_table() || v.is_str())
    {
        let mut v = v.clone();
        v.decor_mut().clear();
        return v;
    }
    text.into()
}

fn known(key: &str) -> Result<(), Error> {
    match value_of(&crate::domain::client::Settings::default(), key) {
        Some(_) => Ok(()),
        None => Err(Error::with_hint(
            format!("unknown setting \"{key}\""),
            "the settings are listed in the README (The ledger files) and in the comments of a new hourbank.toml",
        )),
    }
}

fn get(ctx: &mut Ctx, key: &str) -> Result<ExitCode> {
    known(key)?;
    let dir = ctx.ledger_dir()?;
    let (_, settings, _) = settings_file(&dir)?;
    match value_of(&settings, key) {
        Some(Value::Set(v)) => {
            writeln!(ctx.out, "{v}")?;
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(Error::refused(format!("{key} is not set and has no default")).into()),
    }
}

/// Sets or removes `key` in hourbank.toml under the lock, when the reader accepts the
/// result: no error that the file did not have before.
fn change(
    ctx: &mut Ctx,
    key: &str,
    new: Option<toml_edit::Value>,
    line: &str,
    dry_run: bool,
) -> Result<ExitCode> {
    change_first(ctx, key, vec![new], line, dry_run)
}

/// [`change`] with the first of `tries` the reader accepts; the first one's reason
/// when it accepts none.
fn change_first(
    ctx: &mut Ctx,
    key: &str,
    tries: Vec<Option<toml_edit::Value>>,
    line: &str,
    dry_run: bool,
) -> Result<ExitCode> {
    known(key)?;
    let dir = ctx.ledger_dir()?;
    let _lock = LedgerLock::acquire(&dir)?;
    remove_stale_temp_files(&dir)?;
    let (text, _, before) = settings_file(&dir)?;
    let path: Vec<&str> = key.split('.').collect();
    let mut accepted = None;
    let mut first_error: Option<Diagnostic> = None;
    for new in tries {
        let new_text = set_key(&text, SETTINGS, &path, new)?;
        let error = check_settings(&new_text).into_iter().find(|d| {
            d.is_error() && !before.iter().any(|b| b.code == d.code && b.message == d.message)
        });
        match error {
            None => {
                accepted = Some(new_text);
                break;
            }
            Some(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    let Some(new_text) = accepted else {
        let message = first_error.map(|e| e.message).unwrap_or_default();
        return Err(Error::refused(format!("{message}; nothing was written")).into());
    };
    if key.starts_with("notify.") && key != "notify.host" && key != "notify.client" {
        super::note(
            "note: the delivery settings changed: `hourbank trust` shows them and trusts them for notify-check",
        );
    }
    let file = dir.join(SETTINGS);
    ctx.commit_write(dry_run, line, || write_atomic(&file, new_text.as_bytes()))
}
