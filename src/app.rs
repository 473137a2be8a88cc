//! The top level: parses the command line, runs the command, and turns its outcome
//! into an exit code and a message on stderr (`error: ...` then `hint: ...`; a usage
//! error as clap prints it, exit 2). A closed stdout (a pager or `head` that quit)
//! ends the run quietly with success.

use std::io::Write;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use crate::cli::{Cli, Command};
use crate::commands::{self, Ctx};
use crate::error::Error;
use crate::render::visible_lines;

pub fn main() -> ExitCode {
    // `COMPLETE=bash hourbank` prints the shell's completion script; with the words
    // being completed it answers them (ids from the ledger) and exits.
    clap_complete::CompleteEnv::with_factory(<Cli as clap::CommandFactory>::command).complete();
    // A file size limit (`ulimit -f`) is a write error like a full disk (SPEC 12.6):
    // with the signal caught, the write fails with EFBIG and is rolled back, instead
    // of the process being killed with part of a row written.
    let _ = signal_hook::flag::register(
        signal_hook::consts::SIGXFSZ,
        std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
    );
    let matches = command().get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let width = if cli.wide { None } else { table_width() };
    let mut ctx = match Ctx::new(
        cli.ledger.clone(),
        cli.format,
        cli.time_format,
        cli.quiet,
        cli.no_color,
        width,
        cli.decimal_comma,
    ) {
        Ok(ctx) => ctx,
        Err(e) => return report(&e, false),
    };
    ctx.columns = cli.columns.clone();
    ctx.output.name = report_name(&matches);
    // A write is one unit (SPEC 12.8): what a failed or panicking command changed is
    // rolled back, what a successful one changed is marked complete.
    let unit = UnitGuard;
    // The output is flushed before the write is marked complete: a command whose
    // result could not be printed (a full disk under `> file`) wrote nothing.
    let result = run(&mut ctx, cli.command)
        .and_then(|code| ctx.out.flush().map(|()| code).map_err(anyhow::Error::from));
    // A write that could not be marked complete is rolled back like a failed one.
    let mut rolled_back = false;
    let result = match result {
        Ok(code) => match crate::store::unit::commit() {
            Ok(()) => Ok(code),
            Err(e) => {
                rolled_back = crate::store::unit::abort();
                Err(e.into())
            }
        },
        Err(e) => {
            rolled_back = crate::store::unit::abort();
            Err(e)
        }
    };
    drop(unit);
    match result {
        Ok(code) => code,
        Err(e) => report(&e, rolled_back),
    }
}

/// The command line, every command taking a negative number as a value (`--price
/// -10` is refused by the domain with its reason, never by clap as an unknown
/// argument: SPEC 12.6).
pub fn command() -> clap::Command {
    fn negatives(c: clap::Command) -> clap::Command {
        c.allow_negative_numbers(true).mut_subcommands(negatives)
    }
    negatives(Cli::command())
}

/// What the command line's report is called, for an xlsx sheet: its subcommands
/// (`report balances` is `balances`, `entry list` is `entry list`).
fn report_name(matches: &clap::ArgMatches) -> &'static str {
    let mut words = Vec::new();
    let mut at = matches;
    while let Some((name, sub)) = at.subcommand() {
        words.push(name);
        at = sub;
    }
    if words.first() == Some(&"report") && words.len() > 1 {
        words.remove(0);
    }
    // Once per run: the name lives as long as the process.
    Box::leak(words.join(" ").into_boxed_str())
}

/// Rolls back the write of a command that panicked (a unit still open when the top
/// level ends, while unwinding).
struct UnitGuard;

impl Drop for UnitGuard {
    fn drop(&mut self) {
        crate::store::unit::abort();
    }
}

/// Runs one command.
pub fn run(ctx: &mut Ctx, command: Command) -> anyhow::Result<ExitCode> {
    // A format a command cannot write is refused, never printed as a table instead.
    let (name, documents) = command.documents();
    let document = ctx.format.is_document();
    if document && !documents.contains(&ctx.format) {
        let format = clap::ValueEnum::to_possible_value(&ctx.format)
            .map_or_else(String::new, |v| v.get_name().to_owned());
        let command = if name.is_empty() { "this command" } else { name };
        return Err(Error::Usage {
            command: if name.is_empty() { "hourbank" } else { name },
            message: format!(
                "--format {format}: {command} prints table, csv, json, xlsx or ods (html is for invoices, statements and charts, cii, xrechnung, ubl, pdf and facturx for invoices, svg for report burndown)"
            ),
        }
        .into());
    }
    match command {
        Command::Init(args) => commands::init::run(ctx, args),
        Command::Client(args) => commands::client::run(ctx, *args),
        Command::Person(args) => commands::person::run(ctx, *args),
        Command::Bank(args) => commands::bank::run(ctx, args),
        Command::LogTime(args) => commands::log_time::run(ctx, args),
        Command::Start(args) => commands::log_time::timer::start(ctx, args),
        Command::Stop(args) => commands::log_time::timer::stop(ctx, args),
        Command::Switch(args) => commands::log_time::timer::switch(ctx, args),
        Command::Cancel(args) => commands::log_time::timer::cancel(ctx, args),
        Command::Status(args) => commands::log_time::timer::status(ctx, args),
        Command::Entry(args) => commands::entry::run(ctx, args),
        Command::Adjust(args) => commands::adjust::run(ctx, args),
        Command::Expense(args) => commands::expense::run(ctx, args),
        Command::Import(args) => commands::import::run(ctx, args),
        Command::Export(args) => commands::export::run(ctx, args),
        Command::Report(args) => commands::report::run(ctx, args),
        Command::Statement(args) => commands::statement::run(ctx, args),
        Command::Invoice(args) => commands::invoice::run(ctx, args),
        Command::NotifyCheck(args) => commands::notify_check::run(ctx, args),
        Command::Publish(args) => commands::publish::run(ctx, args),
        Command::Check(args) => commands::check::run(ctx, args),
        Command::Trust(args) => commands::trust::run(ctx, args),
        Command::Config(args) => commands::config::run(ctx, args),
        Command::Service(args) => commands::config::service(ctx, args),
        Command::Undo(args) => commands::undo::run(ctx, args),
        Command::Repair(args) => commands::repair::run(ctx, args),
        Command::GitSetup(args) => commands::git_setup::run(ctx, args),
        Command::Sync(args) => commands::sync::run(ctx, args),
        Command::Completions(args) => commands::completions::run(ctx, args, Cli::command()),
        Command::MergeDriver(args) => commands::merge_driver::run(ctx, args),
    }
}

/// Prints the error and its hint; exit 1. A closed stdout (a pager or `head` that
/// quit) ends a run quietly with success, but not a write that it made fail
/// (`rolled_back`): that exits 1 with the message.
fn report(e: &anyhow::Error, rolled_back: bool) -> ExitCode {
    let broken_pipe = !rolled_back
        && e.chain().any(|cause| {
            let io =
                cause.downcast_ref::<std::io::Error>().or(match cause.downcast_ref::<Error>() {
                    Some(Error::Io { io, .. }) => Some(io),
                    _ => None,
                });
            io.is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
        });
    if broken_pipe {
        return ExitCode::SUCCESS;
    }
    if let Some(Error::Usage { command, message }) = e.downcast_ref::<Error>() {
        return usage(command, message);
    }
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "error: {}", visible_lines(&format!("{e:#}")));
    if let Some(hint) = e.downcast_ref::<Error>().and_then(Error::hint) {
        let _ = writeln!(stderr, "hint: {}", visible_lines(&hint));
    }
    ExitCode::FAILURE
}

/// A command line that parsed but does not make sense, shown as clap shows its own
/// usage errors (with the command's usage), exit 2.
fn usage(command: &str, message: &str) -> ExitCode {
    let mut cli = Cli::command();
    let sub =
        cli.find_subcommand_mut(command).map(|c| c.clone().bin_name(format!("hourbank {command}")));
    let error = sub.unwrap_or(cli).error(clap::error::ErrorKind::MissingRequiredArgument, message);
    let _ = error.print();
    ExitCode::from(2)
}

/// The width tables fit in: the terminal's when stdout is one, else `$COLUMNS` when
/// set (as shells export it), else none.
fn table_width() -> Option<u16> {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal()
        && let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size()
    {
        return Some(w);
    }
    std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<u16>().ok()).filter(|&w| w >= 20)
}
