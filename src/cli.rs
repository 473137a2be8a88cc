//! The command line: global flags and the command tree (clap derive). Each command's
//! own flags live beside its code in `commands/`.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::commands::{
    adjust, bank, check, client, completions, config, entry, expense, export, git_setup, import,
    init, invoice, log_time, merge_driver, notify_check, person, publish, repair, report,
    statement, sync, trust, undo,
};
use crate::render::{Format, TimeFormat};

/// Banks of hours (prepaid blocks, retainers, pay-as-you-go time) in a plain-text
/// ledger directory. Every run recomputes every balance from the files.
#[derive(Debug, Parser)]
#[command(name = "hourbank", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    /// The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at
    /// or above the working directory that holds hourbank.toml)
    #[arg(long, global = true, value_name = "DIR", help_heading = "Global options")]
    pub ledger: Option<PathBuf>,

    /// Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices,
    /// statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown
    #[arg(long, global = true, value_enum, default_value_t = Format::Table, help_heading = "Global options")]
    pub format: Format,

    /// How reports print hours: decimal (1.50) or hm (1:30)
    #[arg(long, global = true, value_enum, default_value_t = TimeFormat::Decimal, help_heading = "Global options")]
    pub time_format: TimeFormat,

    /// Do not print the confirmation of a write
    #[arg(long, short, global = true, help_heading = "Global options")]
    pub quiet: bool,

    /// Never colour output (also: the NO_COLOR environment variable)
    #[arg(long, global = true, help_heading = "Global options")]
    pub no_color: bool,

    /// Print tables at full width (by default they fit the terminal, or $COLUMNS)
    #[arg(long, global = true, help_heading = "Global options")]
    pub wide: bool,

    /// CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`
    #[arg(long, global = true, help_heading = "Global options")]
    pub decimal_comma: bool,

    /// Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)
    #[arg(
        long,
        global = true,
        value_name = "A,B,..",
        value_delimiter = ',',
        help_heading = "Global options"
    )]
    pub columns: Option<Vec<String>>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Init(init::Args),
    #[command(subcommand)]
    Client(Box<client::ClientCommand>),
    #[command(subcommand)]
    Person(Box<person::PersonCommand>),
    #[command(subcommand)]
    Bank(bank::BankCommand),
    LogTime(log_time::Args),
    Start(log_time::timer::StartArgs),
    Stop(log_time::timer::StopArgs),
    Switch(log_time::timer::SwitchArgs),
    Cancel(log_time::timer::CancelArgs),
    Status(log_time::timer::StatusArgs),
    #[command(subcommand)]
    Entry(entry::EntryCommand),
    Adjust(adjust::Args),
    Expense(expense::Args),
    Import(import::Args),
    Export(export::Args),
    Invoice(invoice::Args),
    #[command(subcommand)]
    Report(report::ReportCommand),
    Statement(statement::Args),
    Publish(publish::Args),
    NotifyCheck(notify_check::Args),
    Check(check::Args),
    Trust(trust::Args),
    #[command(subcommand)]
    Config(config::ConfigCommand),
    #[command(subcommand)]
    Service(config::ServiceCommand),
    Undo(undo::Args),
    Repair(repair::Args),
    GitSetup(git_setup::Args),
    Sync(sync::Args),
    Completions(completions::Args),
    MergeDriver(merge_driver::Args),
}

impl Command {
    /// The command's name for messages, and the document formats it writes besides
    /// table, csv, json, xlsx and ods (SPEC 5): a format a command cannot write is refused
    /// before any work, never printed as a table instead.
    pub fn documents(&self) -> (&'static str, &'static [Format]) {
        use crate::commands::report::ReportCommand;
        match self {
            Command::Invoice(_) => (
                "invoice",
                &[
                    Format::Html,
                    Format::Cii,
                    Format::Xrechnung,
                    Format::Ubl,
                    Format::Pdf,
                    Format::Facturx,
                ],
            ),
            Command::Statement(_) => ("statement", &[Format::Html]),
            Command::Report(ReportCommand::Burndown(_)) => {
                ("report burndown", &[Format::Html, Format::Svg])
            }
            Command::Report(_) => ("report", &[]),
            Command::Client(_) => ("client", &[]),
            Command::Person(_) => ("person", &[]),
            Command::Bank(_) => ("bank", &[]),
            Command::Entry(_) => ("entry", &[]),
            Command::Import(_) => ("import", &[]),
            Command::Check(_) => ("check", &[]),
            Command::NotifyCheck(_) => ("notify-check", &[]),
            Command::Publish(_) => ("publish", &[]),
            _ => ("", &[]),
        }
    }
}
