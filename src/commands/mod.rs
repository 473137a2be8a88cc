//! One module per command. Each has a clap `Args` type whose doc comments are its
//! `--help`, and a `run(ctx, args)` that loads, computes, renders and writes once.

pub mod adjust;
pub mod bank;
pub mod check;
pub mod client;
pub mod completions;
pub mod config;
pub mod entry;
pub mod expense;
pub mod export;
pub mod git_setup;
pub mod import;
pub mod init;
pub mod invoice;
pub mod log_time;
pub mod merge_driver;
pub mod notify_check;
pub mod person;
pub mod publish;
pub mod repair;
pub mod report;
pub mod statement;
pub mod sync;
pub mod trust;
pub mod undo;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDate;

use crate::deliver::{Attachment, Channels, Mail};
use crate::domain::check::Diagnostic;
use crate::domain::client::Client;
use crate::domain::client::EInvoice;
use crate::domain::date::{DateRole, parse_date, parse_date_arg};
use crate::domain::duration::Minutes;
use crate::domain::invoice::InvoiceDoc;
use crate::domain::ledger::{Ledger, WorkSink};
pub use crate::domain::ledger::{lot_name, row_ref};
use crate::domain::money::Money;
use crate::error::Error;
use crate::render::rows::Tabular;
use crate::render::{
    Cell, CellKind, Cells, Format, Output, Report, Row, TimeFormat, render, visible_lines,
    write_rows,
};
use crate::store::discover::find_ledger;
use crate::store::write::{LedgerLock, current_user, remove_stale_temp_files};

/// What every command gets: global flags, "today", the user and the output.
pub struct Ctx {
    pub ledger_flag: Option<PathBuf>,
    pub format: Format,
    pub time_format: TimeFormat,
    pub quiet: bool,
    /// How output looks: colour, table width, decimal comma.
    pub output: Output,
    pub today: NaiveDate,
    /// `--columns`: the columns to show, in this order.
    pub columns: Option<Vec<String>>,
    /// The local date-time now (`$HOURBANK_NOW` when set): what timers measure to.
    pub now: chrono::NaiveDateTime,
    pub user: String,
    pub out: Box<dyn Write>,
}

impl Ctx {
    /// The context of a run: global flags as given, with colour decided from them,
    /// `NO_COLOR`, `CLICOLOR_FORCE` and whether stdout is a terminal.
    pub fn new(
        ledger_flag: Option<PathBuf>,
        format: Format,
        time_format: TimeFormat,
        quiet: bool,
        no_color: bool,
        width: Option<u16>,
        decimal_comma: bool,
    ) -> Result<Ctx> {
        // NO_COLOR and --no-color always win; CLICOLOR_FORCE colours a pipe too.
        let forced = std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0");
        let color = !no_color
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            && (std::io::stdout().is_terminal() || forced);
        let now = match std::env::var("HOURBANK_NOW") {
            Ok(text) if !text.is_empty() => parse_now(&text).ok_or_else(|| {
                Error::refused(format!(
                    "HOURBANK_NOW \"{text}\": use a local date-time like 2026-11-23T18:00"
                ))
            })?,
            _ => chrono::Local::now().naive_local(),
        };
        let today = match std::env::var("HOURBANK_TODAY") {
            Ok(text) if !text.is_empty() => {
                parse_date(&text).map_err(|e| Error::refused(format!("HOURBANK_TODAY: {e}")))?
            }
            _ => now.date(),
        };
        Ok(Ctx {
            ledger_flag,
            format,
            time_format,
            quiet,
            output: Output {
                color,
                width,
                decimal_comma,
                terminal: width.is_some() && std::io::stdout().is_terminal(),
                name: "report",
            },
            today,
            columns: None,
            now,
            user: current_user(),
            out: Box::new(std::io::BufWriter::new(std::io::stdout())),
        })
    }

    /// Refuses an output file (`-o FILE`, `export sqlite FILE`) that is one of the
    /// ledger's own files (SPEC 12.7), before any work is done.
    pub fn refuse_ledger_output(&self, path: &std::path::Path) -> Result<(), Error> {
        let Ok(dir) = self.ledger_dir() else { return Ok(()) };
        if !crate::store::layout::is_ledger_file(&dir, path) {
            return Ok(());
        }
        Err(Error::with_hint(
            format!("{} is one of the ledger's own files; nothing was written", path.display()),
            "write the output outside the ledger's files (e.g. -o report.csv)",
        ))
    }

    pub fn ledger_dir(&self) -> Result<PathBuf, Error> {
        let env = std::env::var_os("HOURBANK_LEDGER").filter(|v| !v.is_empty()).map(PathBuf::from);
        let cwd = std::env::current_dir().map_err(|e| Error::io(".", e))?;
        find_ledger(self.ledger_flag.as_deref(), env.as_deref(), &cwd)
    }

    /// Ends a command's use of the ledger it loaded, as its last step: the process
    /// exits next and the system takes the whole memory back at once, so the ledger is
    /// not freed piece by piece (as clang's `-disable-free`). Freeing a million rows'
    /// charges block by block took 3 ms of `report balances`.
    pub fn release(&self, ledger: Ledger) {
        std::mem::forget(ledger);
    }

    /// Loads the ledger for reading; refuses a ledger with rows that cannot be read,
    /// and prints its other errors and failed balance assertions on stderr.
    pub fn read_ledger(&self) -> Result<Ledger> {
        self.read_ledger_into(&|_| ()).map(|(ledger, ())| ledger)
    }

    /// Like `read_ledger`, handing every time-log row to sinks made by `make`.
    pub fn read_ledger_into<S: WorkSink>(
        &self,
        make: &(dyn Fn(&[Client]) -> S + Sync),
    ) -> Result<(Ledger, S)> {
        let dir = self.ledger_dir()?;
        let _shared = LedgerLock::shared(&dir);
        let (ledger, sink) = crate::store::load::load_into(&dir, make)?;
        self.refuse(&ledger, &Diagnostic::blocks_reads, "read")?;
        Ok((ledger, sink))
    }

    /// Takes the ledger lock and loads the ledger for a write (see [`Access`]).
    pub fn lock_ledger(&self, scope: Access<'_>) -> Result<(LedgerLock, Ledger)> {
        self.lock_ledger_into(scope, &|_| ()).map(|(lock, ledger, ())| (lock, ledger))
    }

    /// Like `lock_ledger`, handing every time-log row to sinks made by `make`.
    pub fn lock_ledger_into<S: WorkSink>(
        &self,
        scope: Access<'_>,
        make: &(dyn Fn(&[Client]) -> S + Sync),
    ) -> Result<(LedgerLock, Ledger, S)> {
        let dir = self.ledger_dir()?;
        let lock = LedgerLock::acquire(&dir)?;
        remove_stale_temp_files(&dir)?;
        let (ledger, sink) = crate::store::load::load_into(&dir, make)?;
        let all_but_leftovers = |d: &Diagnostic| d.is_structural() && !d.is_consistency();
        match scope {
            Access::Ledger => self.refuse(&ledger, &Diagnostic::is_structural, "write to")?,
            Access::Clients(clients) => {
                self.refuse(&ledger, &|d: &Diagnostic| d.blocks_write_for(clients), "write to")?
            }
            Access::Recording => self.refuse(&ledger, &all_but_leftovers, "write to")?,
            Access::Later => {
                let errors: Vec<&Diagnostic> =
                    ledger.diagnostics.iter().filter(|d| all_but_leftovers(d)).collect();
                if !errors.is_empty() {
                    return Err(refusal("write to", &errors).into());
                }
            }
        }
        Ok((lock, ledger, sink))
    }

    /// Refuses a write that concerns `clients` when a merge leftover concerns one of
    /// them; prints the other errors on stderr.
    pub fn refuse_for(&self, ledger: &Ledger, clients: &[&str]) -> Result<(), Error> {
        self.refuse(ledger, &|d: &Diagnostic| d.blocks_write_for(clients), "write to")
    }

    /// For a write that fixes merge leftovers (those `fixes` accepts; SPEC 12.9: never
    /// blocked by them): refuses on the other errors that stop a write for `clients`,
    /// and prints the errors it leaves on stderr.
    pub fn refuse_fixing(
        &self,
        ledger: &Ledger,
        clients: &[&str],
        fixes: &dyn Fn(&Diagnostic) -> bool,
    ) -> Result<(), Error> {
        let errors: Vec<&Diagnostic> = ledger
            .diagnostics
            .iter()
            .filter(|d| d.blocks_write_for(clients) && !fixes(d))
            .collect();
        if !errors.is_empty() {
            return Err(refusal("write to", &errors));
        }
        let left: Vec<&Diagnostic> =
            ledger.diagnostics.iter().filter(|d| d.is_error() && !fixes(d)).collect();
        if !left.is_empty() {
            note(&format!("warning: {}", listing(&left).replace('\n', "\nwarning: ")));
        }
        Ok(())
    }

    /// Refuses when a diagnostic that `blocks` accepts is found; prints the other
    /// errors and the failed balance assertions on stderr.
    fn refuse(
        &self,
        ledger: &Ledger,
        blocks: &dyn Fn(&Diagnostic) -> bool,
        verb: &str,
    ) -> Result<(), Error> {
        let errors: Vec<&Diagnostic> = ledger.diagnostics.iter().filter(|d| blocks(d)).collect();
        if !errors.is_empty() {
            return Err(refusal(verb, &errors));
        }
        let failed = ledger.balance_diagnostics(false, self.today);
        let mut others: Vec<&Diagnostic> =
            ledger.diagnostics.iter().filter(|d| d.is_error()).collect();
        others.extend(failed.iter());
        if !others.is_empty() {
            note(&format!("warning: {}", listing(&others).replace('\n', "\nwarning: ")));
        }
        Ok(())
    }

    /// Hours in the chosen time format.
    pub fn hours(&self, m: Minutes) -> Cell {
        hours_cell(self.time_format, m)
    }

    /// Hours for a sentence, e.g. `7.50 h` or `7:30`.
    pub fn hours_text(&self, m: Minutes) -> String {
        match self.time_format {
            TimeFormat::Decimal => format!("{} h", m.hours_text()),
            TimeFormat::Hm => m.hm(),
        }
    }

    /// Writes rows of cells as they come (CSV and JSON row by row, see [`write_rows`]).
    pub fn emit_iter(
        &mut self,
        columns: &[&'static str],
        rows: impl Iterator<Item = Row>,
    ) -> Result<()> {
        self.write(columns, &[], rows)
    }

    /// Writes typed rows (CSV and JSON row by row, see [`write_rows`]).
    pub fn emit_rows<T: Tabular>(&mut self, rows: &[T]) -> Result<()> {
        let time_format = self.time_format;
        let hours = move |m: Minutes| hours_cell(time_format, m);
        let iter = rows.iter().map(|r| Row { cells: r.cells(&hours), highlight: r.highlight() });
        // A table ends with its totals, when it has more than one row (CSV and JSON never).
        let total = (self.format == Format::Table && rows.len() > 1)
            .then(|| T::total(rows, &hours))
            .flatten()
            .map(|cells| Row { cells, highlight: None });
        self.write(T::columns(), T::essential(), iter.chain(total))
    }

    pub fn emit(&mut self, report: &Report) -> Result<()> {
        let rows = report.rows.iter().cloned();
        self.write(&report.columns.clone(), &[], rows)
    }

    /// Writes rows in the run's format: only the columns `--columns` picks, in its
    /// order (an unknown one is a usage error, exit 2); a table on a terminal without
    /// the columns of least priority that do not fit (`essential` stay), named on
    /// stderr.
    fn write(
        &mut self,
        columns: &[&'static str],
        essential: &[&str],
        rows: impl Iterator<Item = Row>,
    ) -> Result<()> {
        let (picked, columns) = self.pick(columns)?;
        let rows = rows.map(|r| match &picked {
            Some(at) => r.picked(at),
            None => r,
        });
        match (self.format, self.output.width) {
            (Format::Table, Some(width)) if picked.is_none() && self.output.terminal => {
                let mut report = Report::new(&columns);
                report.rows.extend(rows);
                let left_out = crate::render::table::fit(&mut report, essential, width);
                if !left_out.is_empty() {
                    note(&format!(
                        "note: left out {} to fit {width} columns: --wide shows every column, --columns picks them",
                        left_out.join(", ")
                    ));
                }
                let bytes = render(&report, self.format, self.output);
                self.out.write_all(&bytes)?;
            }
            _ => write_rows(&mut self.out, self.format, self.output, &columns, rows)?,
        }
        Ok(())
    }

    /// Writes the `n` rows `row` writes into a buffer of cells (`row(0)` first), as
    /// [`Ctx::emit_iter`] does;
    /// CSV of many rows is made on two threads when `threads` allows
    /// (`csv::write_indexed`).
    pub fn emit_indexed(
        &mut self,
        columns: &[&'static str],
        n: usize,
        threads: usize,
        row: &(dyn Fn(usize, &mut Cells) + Sync),
    ) -> Result<()> {
        if self.format != Format::Csv {
            let rows = (0..n).map(|k| {
                let mut cells = Cells::default();
                row(k, &mut cells);
                cells.to_row()
            });
            return self.write(columns, &[], rows);
        }
        let (picked, columns) = self.pick(columns)?;
        let comma = self.output.decimal_comma;
        let out = &mut self.out;
        crate::render::csv::write_indexed(
            out,
            &columns,
            n,
            row,
            picked.as_deref(),
            comma,
            threads,
        )?;
        Ok(())
    }

    /// The columns `--columns` picks (their places in `columns`) and their names; an
    /// unknown one is a usage error (exit 2).
    fn pick(&self, columns: &[&'static str]) -> Result<(Option<Vec<usize>>, Vec<&'static str>)> {
        let picked = match &self.columns {
            Some(wanted) => Some(
                crate::render::pick(columns, wanted)
                    .map_err(|message| Error::Usage { command: "hourbank", message })?,
            ),
            None => None,
        };
        let names = match &picked {
            Some(at) => at.iter().map(|&i| columns[i]).collect(),
            None => columns.to_vec(),
        };
        Ok((picked, names))
    }

    /// The confirmation of a write (silenced by --quiet).
    pub fn confirm(&mut self, line: &str) -> Result<()> {
        if self.quiet {
            return Ok(());
        }
        if self.format == Format::Json {
            // A script asked for JSON: the confirmation is one object.
            let dry_run = line.starts_with("dry run: ");
            let message = line.strip_prefix("dry run: ").unwrap_or(line);
            let object = serde_json::json!({ "ok": true, "dry_run": dry_run, "message": message });
            writeln!(self.out, "{}", serde_json::to_string_pretty(&object)?)?;
        } else {
            writeln!(self.out, "{}", visible_lines(line))?;
        }
        Ok(())
    }

    /// Ends a write: with `dry_run` shows `message` prefixed "dry run: " and writes
    /// nothing; otherwise runs `write` and then confirms with `message`.
    pub fn commit_write(
        &mut self,
        dry_run: bool,
        message: &str,
        write: impl FnOnce() -> Result<(), Error>,
    ) -> Result<ExitCode> {
        if dry_run {
            self.confirm(&format!("dry run: {message}"))?;
        } else {
            write()?;
            self.confirm(message)?;
        }
        Ok(ExitCode::SUCCESS)
    }
}

/// A local date-time `2026-11-23T18:00` (seconds optional).
fn parse_now(text: &str) -> Option<chrono::NaiveDateTime> {
    let text = text.trim();
    chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M"))
        .ok()
}

/// Up to 20 diagnostics, one a line, and how many more there are.
fn listing(diagnostics: &[&Diagnostic]) -> String {
    let mut lines: Vec<String> = diagnostics.iter().take(20).map(|d| d.to_string()).collect();
    if diagnostics.len() > 20 {
        lines.push(format!("... and {} more (run `hourbank check`)", diagnostics.len() - 20));
    }
    lines.join("\n")
}

/// `-p/--period`, `--from`, `--to`: the days a report or statement covers (the reports
/// of one day, like `balances`, take `-p` beside `--as-of` instead).
#[derive(Debug, clap::Args)]
pub struct SpanArgs {
    /// A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear,
    /// 2026-11, 2026-Q4, 2026): its first and last day as --from and --to
    #[arg(short = 'p', long, value_name = "P", conflicts_with_all = ["from", "to"])]
    pub period: Option<String>,
    /// First day included (a month: its first day)
    #[arg(long, value_name = "D")]
    pub from: Option<String>,
    /// Last day included (a month: its last day; default: today, or for `report usage`
    /// the last row)
    #[arg(long, value_name = "D")]
    pub to: Option<String>,
}

/// A writer into a buffer that outlives it (what a report printed, for `-o FILE`).
struct Captured(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs `run` with what it prints going to `path` (written atomically once it
/// succeeded) instead of stdout; with no path, to stdout.
pub fn to_file(
    ctx: &mut Ctx,
    path: Option<&std::path::Path>,
    run: impl FnOnce(&mut Ctx) -> Result<ExitCode>,
) -> Result<ExitCode> {
    let Some(path) = path else { return run(ctx) };
    ctx.refuse_ledger_output(path)?;
    let buffer = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let stdout = std::mem::replace(&mut ctx.out, Box::new(Captured(buffer.clone())));
    let (output, result) = (ctx.output, {
        ctx.output = ctx.output.plain();
        run(ctx)
    });
    ctx.out = stdout;
    ctx.output = output;
    let code = result?;
    crate::store::write::write_atomic(path, &buffer.borrow())?;
    Ok(code)
}

/// Which errors refuse a write as the ledger is loaded (SPEC 12.1: merge leftovers
/// refuse only the writes of the clients they concern).
#[derive(Debug, Clone, Copy)]
pub enum Access<'a> {
    /// A write that may concern any client: every structural error refuses.
    Ledger,
    /// A write that concerns only these clients (or, empty, no client): a merge
    /// leftover of other clients is printed on stderr and the write goes on.
    Clients(&'a [&'a str]),
    /// A write whose clients are known only from the ledger (a payment names an
    /// invoice): merge leftovers do not refuse yet, and print nothing; the command
    /// calls [`Ctx::refuse_for`] (or [`Ctx::refuse_fixing`]) once it knows them.
    Later,
    /// A command that records what it did even when the ledger has merge leftovers
    /// (`notify-check` records the alerts it sent, SPEC section 7).
    Recording,
}

/// The refusal of a ledger with errors that `verb` may not pass.
fn refusal(verb: &str, errors: &[&Diagnostic]) -> Error {
    Error::with_hint(
        format!("will not {verb} a ledger with errors:\n{}", listing(errors)),
        "fix the lines named above (run `hourbank check` to list every problem)",
    )
}

/// Who a document's mail is from (`[notify] from`, else `[company] email`, else
/// `hourbank@<host>`) and, but for a dry run, the channel it goes by (`[notify]`'s
/// command or SMTP server): refused when there is none, or when `hourbank.toml`'s is
/// not trusted. `what` names the document in messages (`the statement`).
pub fn mail_channel(
    ledger: &Ledger,
    what: &str,
    dry_run: bool,
) -> Result<(String, Option<crate::deliver::Channels>), Error> {
    let settings = &ledger.settings;
    let delivery = crate::store::config::delivery(&ledger.dir, &settings.notify);
    let from = delivery
        .notify
        .from
        .clone()
        .or_else(|| settings.company.email.clone())
        .unwrap_or_else(crate::deliver::default_from);
    if dry_run {
        return Ok((from, None));
    }
    delivery.refuse_untrusted(&format!("{what} was not sent"))?;
    delivery.refuse_errors()?;
    let channels = crate::deliver::Channels::new(&delivery.notify, &ledger.dir).map_err(|e| {
        Error::with_hint(format!("cannot send {what}: {e}"), "fix the [notify] settings")
    })?;
    if !channels.any() {
        return Err(Error::with_hint(
            format!("cannot send {what}: [notify] has no command and no smtp server"),
            "set [notify] command = [\"sendmail\", \"-t\"] or [notify.smtp] in .hourbank.local.toml (or hourbank.toml, then `hourbank trust`)",
        ));
    }
    Ok((from, Some(channels)))
}

pub fn note(line: &str) {
    crate::store::unit::note(&visible_lines(line));
}

/// Which day of a month a date flag means (SPEC: a month is its first day for
/// `--from`, its last for `--to` and `--as-of`).
fn role_of(flag: &str) -> DateRole {
    match flag {
        "--from" | "--start" => DateRole::First,
        "--to" | "--as-of" | "--expires" | "--end" => DateRole::Last,
        _ => DateRole::Day,
    }
}

impl Ctx {
    /// Parses a date flag through the one reader of dates, naming the flag on error.
    pub fn date_arg(&self, flag: &str, text: &str) -> Result<NaiveDate, Error> {
        parse_date_arg(text, self.today, role_of(flag))
            .map_err(|e| Error::refused(format!("{flag}: {e}")))
    }

    /// An optional date flag.
    pub fn opt_date(&self, flag: &str, text: Option<&str>) -> Result<Option<NaiveDate>, Error> {
        text.map(|t| self.date_arg(flag, t)).transpose()
    }

    /// The days `span` names: `-p`'s first and last, or `--from` and `--to`.
    pub fn span(&self, span: &SpanArgs) -> Result<(Option<NaiveDate>, Option<NaiveDate>), Error> {
        let period = self.period_arg(span.period.as_deref())?;
        let from = self.opt_date("--from", span.from.as_deref())?.or(period.map(|p| p.0));
        let to = self.opt_date("--to", span.to.as_deref())?.or(period.map(|p| p.1));
        Ok((from, to))
    }

    /// `-p/--period`: its first and last day, or a refusal listing every form.
    pub fn period_arg(&self, text: Option<&str>) -> Result<Option<(NaiveDate, NaiveDate)>, Error> {
        let Some(text) = text else { return Ok(None) };
        crate::domain::date::parse_period(text, self.today).map(Some).ok_or_else(|| {
            Error::refused(format!(
                "--period \"{text}\": use {}",
                crate::domain::date::PERIOD_FORMS
            ))
        })
    }
}

/// An optional unsigned duration flag.
pub fn opt_minutes(flag: &str, text: Option<&str>) -> Result<Option<Minutes>, Error> {
    text.map(|t| Minutes::parse_unsigned(t).map_err(|e| Error::refused(format!("{flag}: {e}"))))
        .transpose()
}

/// An optional unsigned amount flag.
pub fn opt_money(flag: &str, text: Option<&str>) -> Result<Option<Money>, Error> {
    text.map(|t| Money::parse_unsigned(t).map_err(|e| Error::refused(format!("{flag}: {e}"))))
        .transpose()
}

/// Looks up a client id, with a clear error naming `client list`.
pub fn client_arg(ledger: &Ledger, id: &str) -> Result<u32, Error> {
    ledger.client_ix(id).ok_or_else(|| Error::UnknownClient { id: id.to_string() })
}

/// Hours as a report cell in `format`: `1.50` (a number) or `1:30`.
pub fn hours_cell(format: TimeFormat, m: Minutes) -> Cell {
    match format {
        TimeFormat::Decimal => Cell::Num(m.hours_text()),
        TimeFormat::Hm => Cell::Fixed(m.hm()),
    }
}

/// Adds [`hours_cell`]'s cell to `cells`.
pub fn push_hours(format: TimeFormat, m: Minutes, cells: &mut Cells) {
    match format {
        TimeFormat::Decimal => cells.push(CellKind::Num, |text| m.push_hours_text(text)),
        TimeFormat::Hm => cells.push(CellKind::Fixed, |text| m.push_hm(text)),
    }
}

/// A whole number typed for `flag` (0 or more); anything else is refused naming it.
pub fn count_arg(flag: &str, text: &str) -> Result<u64, Error> {
    let trimmed = text.trim();
    if trimmed.is_empty() || !trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::refused(format!("{flag} \"{text}\": use a whole number (0 or more)")));
    }
    trimmed
        .parse::<u64>()
        .map_err(|_| Error::refused(format!("{flag} \"{text}\": the number is too large")))
}

/// What is left after a write dated `date`: `X h left`, as of the later of the row's
/// date and today (`later`, already computed); for a back-dated row whose day ended
/// with another balance, `X h left on DATE, Y h today`.
pub fn left_text(
    ctx: &Ctx,
    account: &crate::domain::bank::Account,
    date: chrono::NaiveDate,
    later: Minutes,
) -> String {
    if date >= ctx.today {
        return format!("{} left", ctx.hours_text(later));
    }
    let opts = crate::domain::bank::SimOptions { as_of: date, watch_from: None, trace: false };
    let then = crate::domain::bank::simulate(account, opts).available;
    if then == later {
        format!("{} left", ctx.hours_text(later))
    } else {
        format!("{} left on {date}, {} today", ctx.hours_text(then), ctx.hours_text(later))
    }
}

/// The index of person `id`, or the error that names no such person.
pub fn person_arg(ledger: &Ledger, id: &str) -> Result<u32, Error> {
    ledger.person_ix(id).ok_or_else(|| {
        let hint = if ledger.people.is_none() {
            "there is no people.toml: flex banks are defined there ([people.<id>.banks.<name>])"
        } else {
            "people.toml lists the people ([people.<id>])"
        };
        Error::with_hint(format!("unknown person \"{id}\""), hint)
    })
}

/// The bank `bank` of person `person` (an index into `ledger.banks`), or why not.
pub fn bank_arg(ledger: &Ledger, person: &str, bank: &str) -> Result<u32, Error> {
    person_arg(ledger, person)?;
    ledger.bank_ix(person, bank).ok_or_else(|| {
        Error::with_hint(
            format!("{person} has no bank \"{bank}\""),
            format!("people.toml defines them: [people.{person}.banks.<name>]"),
        )
    })
}

/// Turns a prospect into an active client on first use, saying so on stderr.
pub fn activate_prospect(ledger: &Ledger, ix: u32, why: &str) -> Result<(), Error> {
    let client = &ledger.clients[ix as usize];
    if !client.activates_on_use() {
        return Ok(());
    }
    crate::store::tomledit::write_client_fields(
        &ledger.dir,
        client.id.as_str(),
        &[("status", crate::store::tomledit::FieldValue::Str("active".into()))],
        false,
    )?;
    note(&format!("{}: status prospect -> active ({why})", client.id));
    Ok(())
}

/// The person a new row names: `--person` when given, else the user's own
/// (`Ledger::default_person`), saying on stderr why a user names no person.
pub fn row_person(ledger: &Ledger, flag: Option<&String>) -> String {
    if let Some(person) = flag {
        return person.clone();
    }
    let user = std::env::var("HOURBANK_USER").unwrap_or_default();
    let (person, why) = ledger.default_person(&user);
    if let Some(why) = why {
        note(&why);
    }
    person
}

/// `[company] logo` as a `data:` URI for the HTML documents. A logo that breaks the
/// rules of SPEC 12.7 (a file outside the ledger, a link, too large, not an image) is
/// left out, with a warning on stderr.
pub fn logo(ledger: &Ledger) -> Option<String> {
    use base64::Engine;
    let name = ledger.settings.company.logo.as_ref()?;
    match crate::store::files::logo(&ledger.dir, name) {
        Ok(logo) => {
            let data = base64::engine::general_purpose::STANDARD.encode(logo.bytes);
            Some(format!("data:{};base64,{data}", logo.mime))
        }
        Err(why) => {
            note(&format!(
                "warning: [company] logo \"{name}\" {why}: the document is made without it"
            ));
            None
        }
    }
}

/// Refuses an e-invoice of `flavour` that lacks what its rules need, naming each
/// setting to add; `prefix` says what asked for it, `then` what to do next.
pub fn refuse_missing(
    doc: &InvoiceDoc,
    flavour: crate::domain::einvoice::Flavour,
    prefix: &str,
    then: &str,
) -> Result<(), Error> {
    let missing = crate::domain::einvoice::missing(doc, flavour);
    if missing.is_empty() {
        return Ok(());
    }
    Err(Error::with_hint(
        format!("{prefix}an EN 16931 e-invoice needs {}", missing.join("; ")),
        format!("add them to hourbank.toml or clients.toml, {then}"),
    ))
}

/// The way invoices go out, set up once per run (one SMTP server that timed out is not
/// tried again): checked before anything is recorded.
pub struct Sender {
    from: String,
    /// `None` for a dry run, which only shows the message.
    channels: Option<Channels>,
    einvoice: Option<EInvoice>,
    logo: Option<String>,
}

impl Sender {
    /// The channel (but for a dry run), refused when `[notify]` has none or is not
    /// trusted.
    pub fn new(ledger: &Ledger, dry_run: bool) -> Result<Sender, Error> {
        let (from, channels) = mail_channel(ledger, "the invoice", dry_run)?;
        let einvoice = ledger.settings.einvoice;
        Ok(Sender { from, channels, einvoice, logo: logo(ledger) })
    }

    /// Where `doc` goes (the billed party's `billing_email`, else its `email`), or why
    /// it cannot go: no address, or the e-invoice lacks data.
    pub fn recipient(&self, ledger: &Ledger, doc: &InvoiceDoc) -> Result<String, Error> {
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
            refuse_missing(doc, einvoice.into(), &prefix, then)?;
        }
        Ok(to)
    }

    /// The e-mail of `doc`: its text, its HTML, its PDF (when a browser prints it) and
    /// its e-invoice.
    pub fn mail(&self, ctx: &Ctx, doc: &InvoiceDoc, to: &str) -> Result<Mail, Error> {
        let what = if doc.credits.is_some() { "credit note" } else { "invoice" };
        let number = doc.number.clone().unwrap_or_default();
        let sender = doc.seller.name.clone().unwrap_or_else(|| "hourbank".to_string());
        let subject = if number.is_empty() {
            format!("{sender}: {what}")
        } else {
            format!("{sender}: {what} {number}")
        };
        let (html, attachments) = self.files(ctx, doc)?;
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

    /// `doc` as a business sends it: its HTML page (with the logo), and as attachments
    /// its PDF (when a browser prints it, else a warning) and its e-invoice.
    pub fn files(&self, ctx: &Ctx, doc: &InvoiceDoc) -> Result<(Vec<u8>, Vec<Attachment>), Error> {
        let what = if doc.credits.is_some() { "credit note" } else { "invoice" };
        let number = doc.number.clone().unwrap_or_default();
        let hours = |m| ctx.hours(m);
        let render =
            |format| crate::render::invoice::render(doc, format, ctx.output.plain(), &hours);
        let mut page = doc.clone();
        page.logo = self.logo.clone();
        let html = crate::render::invoice::render(&page, Format::Html, ctx.output.plain(), &hours);
        let stem = if number.is_empty() { what.replace(' ', "-") } else { number.clone() };
        let mut attachments = Vec::new();
        if crate::render::pdf::printer().is_some() {
            attachments.push(Attachment {
                filename: format!("{stem}.pdf"),
                content_type: "application/pdf",
                bytes: crate::render::pdf::of_html(&html)?,
            });
        } else if !ctx.quiet {
            let named = if number.is_empty() { String::new() } else { format!(" {number}") };
            note(&format!(
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
        Ok((html, attachments))
    }

    /// Sends `mail`, or for a dry run prints it.
    pub fn send(&self, ctx: &mut Ctx, mail: &Mail) -> Result<(), Error> {
        match &self.channels {
            Some(channels) => channels.deliver(mail).map_err(Error::refused),
            None => {
                let message = mail.message().map_err(Error::refused)?;
                ctx.out.write_all(&message.formatted()).map_err(|e| Error::refused(e.to_string()))
            }
        }
    }
}
