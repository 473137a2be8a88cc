//! `hourbank check`: validates the whole ledger and prints every problem as
//! `file:line: message`; exits 1 when any is an error.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use super::Ctx;
use crate::render::{Cell, Format, Report};
use crate::store::load::Ledger;
use crate::store::write::LedgerLock;

/// Validate the whole ledger (prints nothing when all is well; --format csv or json:
/// one row per finding with file, line, severity, a stable code and the message)
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<ExitCode> {
    let dir = ctx.ledger_dir()?;
    let _shared = LedgerLock::shared(&dir);
    let ledger = Ledger::load(&dir)?;
    let mut findings = ledger.diagnostics.clone();
    if !ledger.diagnostics.iter().any(|d| d.blocks_reads()) {
        findings.extend(ledger.balance_diagnostics(true, ctx.today));
        findings.extend(ledger.rate_diagnostics());
    }
    // TOML settings first: a typo there explains what follows in the CSV files.
    findings.sort_by_key(|d| (!d.file.ends_with(".toml"), d.file.clone(), d.line));
    if ctx.format == Format::Csv || ctx.format == Format::Json {
        let mut report = Report::new(&["file", "line", "severity", "code", "message"]);
        for d in &findings {
            report.push(vec![
                Cell::text(&d.file),
                d.line.map_or(Cell::Empty, |l| Cell::Num(l.to_string())),
                Cell::text(if d.is_error() { "error" } else { "warning" }),
                Cell::text(d.code.as_str()),
                Cell::text(&d.message),
            ]);
        }
        ctx.emit(&report)?;
    } else {
        for finding in &findings {
            writeln!(ctx.out, "{finding}")?;
        }
    }
    let errors = findings.iter().filter(|d| d.is_error()).count();
    Ok(if errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
