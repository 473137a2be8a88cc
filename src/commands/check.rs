//! `hourbank check`: validates the whole ledger and prints every problem as
//! `file:line: message`; exits 1 when any is an error.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use chrono::NaiveDate;

use super::Ctx;
use crate::commands::row_ref;
use crate::domain::bank::month_key;
use crate::domain::billing::{billed_by_key, due_keys, invoice_lines};
use crate::domain::check::{Code, Diagnostic};
use crate::domain::client::ClientType;
use crate::domain::date::from_day_number;
use crate::domain::duration::Minutes;
use crate::domain::invoice::LineKind;
use crate::domain::invoicing::billable;
use crate::domain::ledger::Ledger;
use crate::domain::ledger::{WorkKind, WorkRow, WorkSink};
use crate::domain::money::Money;
use crate::domain::rates::rate_for;
use crate::render::{Cell, Format, Report};
use crate::store::layout::{CLIENTS, LOCAL_SETTINGS, PURCHASES, SETTINGS, TIMELOG, UNDO_DIR};
use crate::store::write::LedgerLock;

/// Validate the whole ledger (prints nothing when all is well; --format csv or json:
/// one row per finding with file, line, severity, a stable code and the message)
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  hourbank check\n  hourbank --format json check")]
pub struct Args {
    /// Exit 1 only for errors that stop every write (a file that cannot be read, a
    /// conflict marker, a second header line), not for merge leftovers that stop one
    /// client's writes nor for a failed balance assertion (what the pre-commit hook of
    /// `git-setup --hooks` runs)
    #[arg(long)]
    pub structural: bool,
}

/// A billable work row of a pay-as-you-go client: (client, date, service, row rate,
/// charged, line).
type PaygRow = (u32, NaiveDate, String, Option<Money>, Minutes, u32, WorkKind);

/// Billable work of pay-as-you-go clients: what their work keys should bill.
#[derive(Default)]
struct PaygWork {
    /// (client, date, service, row rate, charged, line)
    rows: Vec<PaygRow>,
}

impl WorkSink for PaygWork {
    fn row(&mut self, w: &WorkRow<'_>) {
        if let (
            Some(client),
            Some(ClientType::Payg),
            WorkKind::Work | WorkKind::Cancellation,
            true,
        ) = (w.client, w.client_type, w.kind, w.billable)
        {
            let row = (client, w.date, w.service.to_string(), w.rate, w.charged, w.line, w.kind);
            self.rows.push(row);
        }
    }

    fn append(&mut self, later: Self) {
        self.rows.extend(later.rows);
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let dir = ctx.ledger_dir()?;
    let _shared = LedgerLock::shared(&dir);
    let (ledger, work) = crate::store::load::load_into(&dir, &|_| PaygWork::default())?;
    let mut findings = ledger.diagnostics.clone();
    findings.extend(crate::store::config::diagnostics(&dir, &ledger.settings.notify));
    // A ledger made by an earlier version has a .gitignore without them.
    for (name, probe) in [(LOCAL_SETTINGS, LOCAL_SETTINGS), (".hourbank-undo/", ".hourbank-undo/x")]
    {
        if crate::store::git::ignores(&dir, probe) == Some(false) {
            findings.push(Diagnostic::warning(
                ".gitignore",
                None,
                Code::Config,
                format!("git does not ignore {name}: add the line `{name}` to .gitignore (it holds this clone's own settings or the records of its writes)"),
            ));
        }
    }
    findings.extend(merge_setup(&dir));
    if dir.join(UNDO_DIR).is_dir() && crate::store::git::tracks(&dir, UNDO_DIR) {
        findings.push(Diagnostic::error(
            UNDO_DIR,
            None,
            Code::Config,
            "git tracks the records of writes, so a pull could bring another clone's: they are ignored until you run `git rm -r --cached .hourbank-undo`",
        ));
    }
    if let Some(name) = &ledger.settings.company.logo
        && let Err(why) = crate::store::files::logo(&dir, name)
    {
        findings.push(Diagnostic::warning(
            SETTINGS,
            None,
            Code::Config,
            format!("company.logo \"{name}\" {why}: documents are made without it"),
        ));
    }
    if !ledger.diagnostics.iter().any(|d| d.blocks_reads()) {
        findings.extend(ledger.balance_diagnostics(true, ctx.today));
        findings.extend(ledger.rate_diagnostics());
        findings.extend(zero_rates(&ledger, &work.rows));
        findings.extend(unsettled(&ledger, work.rows));
    }
    // TOML settings first: a typo there explains what follows in the CSV files.
    findings.sort_by_key(|d| (!d.file.ends_with(".toml"), d.file.clone(), d.line));
    if ctx.format != Format::Table {
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
    let errors = findings
        .iter()
        .filter(|d| {
            if args.structural { d.is_structural() && !d.is_consistency() } else { d.is_error() }
        })
        .count();
    Ok(if errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// Whether git merges the ledger's files with hourbank's driver in this clone (SPEC
/// 12.1): without it git merges them as text (or line by line, with `union`).
fn merge_setup(dir: &std::path::Path) -> Vec<Diagnostic> {
    use crate::store::git;
    let mut found = Vec::new();
    let warn = |message: String| Diagnostic::warning(".gitattributes", None, Code::Config, message);
    let mut rules_missing = Vec::new();
    for (pattern, probe) in git::MERGE_RULES {
        match git::merge_attribute(dir, probe) {
            None => return found,
            Some(attribute) if attribute == "hourbank" => {}
            Some(attribute) => rules_missing.push(format!("{pattern} (merge: {attribute})")),
        }
    }
    if !rules_missing.is_empty() {
        found.push(warn(format!(
            "git does not merge {} with hourbank's driver: a merge can bring back removed rows or leave two header lines; run `hourbank git-setup`",
            rules_missing.join(", ")
        )));
    }
    match git::config_get(dir, "merge.hourbank.driver") {
        None => found.push(warn(
            "this clone has no merge driver hourbank in .git/config: git merges the ledger's files as text; run `hourbank git-setup`".into(),
        )),
        Some(driver) => {
            let program = driver.split(" merge-driver").next().unwrap_or_default();
            let program = program.trim_matches('\'');
            if program.contains('/') && !std::path::Path::new(program).exists() {
                found.push(warn(format!(
                    "the merge driver in .git/config names {program}, which is not there: run `hourbank git-setup` again"
                )));
            }
        }
    }
    found
}

/// Pay-as-you-go work that no rate applies to (it bills 0.00): one warning per client,
/// at its first such row.
fn zero_rates(ledger: &Ledger, rows: &[PaygRow]) -> Vec<Diagnostic> {
    let mut first: std::collections::BTreeMap<u32, (u32, u32)> = Default::default();
    for (client, _, service, rate, charged, line, _) in rows {
        let c = &ledger.clients[*client as usize];
        if charged.0 > 0 && rate_for(*rate, service, Some(c), &ledger.settings).0.is_zero() {
            let entry = first.entry(*client).or_insert((*line, 0));
            entry.0 = entry.0.min(*line);
            entry.1 += 1;
        }
    }
    first
        .into_iter()
        .map(|(client, (line, count))| {
            let id = &ledger.clients[client as usize].id;
            Diagnostic::warning(
                TIMELOG,
                Some(line),
                Code::ZeroRate,
                format!(
                    "{id}: {count} row(s) of pay-as-you-go work with no rate (row, service, client rate or default_rate): they bill 0.00"
                ),
            )
        })
        .collect()
}

/// Warnings of keys whose should-bill differs from what was billed, for every key
/// dated within or before a client's last invoiced period (SPEC 9): the next invoice
/// settles them. Each names the row that changed it: the lot, the latest work row of
/// the key, or the client.
fn unsettled(ledger: &Ledger, mut rows: Vec<PaygRow>) -> Vec<Diagnostic> {
    rows.sort_by_key(|r| r.0);
    let mut out = Vec::new();
    for (ix, client) in ledger.clients.iter().enumerate() {
        let Some(last) = ledger
            .invoices
            .iter()
            .filter(|i| i.client == client.id.as_str())
            .filter_map(|i| i.period().map(|p| p.1))
            .max()
        else {
            continue;
        };
        let ix = ix as u32;
        let start = rows.partition_point(|r| r.0 < ix);
        let end = rows.partition_point(|r| r.0 <= ix);
        let mine = &rows[start..end];
        let dated = mine.iter().filter(|r| r.1 <= last);
        let work = dated
            .clone()
            .filter(|r| r.6 == WorkKind::Work)
            .map(|r| (r.1, r.2.clone(), r.3, r.4))
            .collect();
        let cancellations =
            dated.filter(|r| r.6 == WorkKind::Cancellation).map(|r| (r.1, r.3, r.4)).collect();
        let billed = billed_by_key(ledger.billed_lines(client.id.as_str()).map(|l| &l.line));
        let due = due_keys(&billable(ledger, ix, last, work, cancellations));
        let after = last.succ_opt().unwrap_or(last);
        let lines = invoice_lines(&due, &billed, after, last, ledger.billing_start(ix));
        let mut seen = std::collections::BTreeSet::new();
        for line in &lines {
            let key = &line.key;
            if !seen.insert((key.kind, key.period.clone(), key.lot.clone(), key.service.clone())) {
                continue;
            }
            let (file, at) = match key.kind {
                Some(LineKind::Block) => ledger
                    .purchases
                    .iter()
                    .find(|p| p.client == ix && row_ref(&p.id, PURCHASES, p.line) == key.lot)
                    .map_or((CLIENTS, ledger.client_lines[ix as usize]), |p| {
                        (PURCHASES, Some(p.line))
                    }),
                Some(LineKind::Work) => mine
                    .iter()
                    .filter(|r| month_key(r.1) == key.period && r.2 == key.service)
                    .map(|r| r.5)
                    .max()
                    .map_or((CLIENTS, ledger.client_lines[ix as usize]), |l| (TIMELOG, Some(l))),
                // An overage changes with the month's work: its latest row.
                Some(LineKind::Overage) => ledger.accounts[ix as usize]
                    .debits
                    .iter()
                    .filter(|d| month_key(from_day_number(d.day)) == key.period)
                    .map(|d| d.line)
                    .max()
                    .map_or((CLIENTS, ledger.client_lines[ix as usize]), |l| (TIMELOG, Some(l))),
                _ => (CLIENTS, ledger.client_lines[ix as usize]),
            };
            let what = line.description.split(':').next().unwrap_or(&line.description);
            out.push(Diagnostic::warning(
                file,
                at,
                Code::Unbilled,
                format!(
                    "{}: {what} differs from what was invoiced; the next invoice of {} settles it",
                    client.id, client.id
                ),
            ));
        }
    }
    out
}
