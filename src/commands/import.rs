//! `hourbank import FORMAT FILE`: time rows from another tool's log (SPEC 11), in one
//! locked write after the whole file is read. Entries already imported (by their key
//! in the `source` column) are skipped, so importing a file twice adds nothing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap::{ArgGroup, Args as ClapArgs};
use rustc_hash::{FxHashMap, FxHashSet};

use super::Access;
use super::activate_prospect;
use super::{Ctx, client_arg};
use crate::domain::admit::{NewWork, admit_work};
use crate::domain::bank::month_key;
use crate::domain::duration::Minutes;
use crate::domain::id::{IdKind, Slug};
use crate::domain::ledger::{Ledger, WorkRow, WorkSink};
use crate::domain::rates::{multiplier_text, new_row_charge};
use crate::error::Error;
use crate::import::{self, Entry, Format};
use crate::render::{Cell, Report};
use crate::store::layout::timelog;
use crate::store::layout::{TIMELOG, TIMELOG_COLUMNS};
use crate::store::write::{Append, new_row_id};

/// Import time rows from another tool's log
#[derive(Debug, ClapArgs)]
#[command(group(ArgGroup::new("target").required(true).args(["client", "map"])))]
#[command(
    after_help = "Examples:\n  hourbank import timeclock work.timeclock --client acme\n  hourbank import toggl export.csv --map map.toml --dry-run\n  hourbank import clockify report.csv --map map.toml --date-format dmy"
)]
pub struct Args {
    /// The source format
    #[arg(value_enum, id = "source_format", value_name = "FORMAT")]
    pub format: Format,
    /// The file to import
    pub file: PathBuf,
    /// Book every entry on this client
    #[arg(add = crate::complete::clients(), long, value_name = "ID")]
    pub client: Option<String>,
    /// A TOML file mapping the source's names to clients ([clients]), projects
    /// ([projects]) and people ([people])
    #[arg(long, value_name = "MAP.toml")]
    pub map: Option<PathBuf>,
    /// The person the rows name (default: $HOURBANK_USER when it is a person id)
    #[arg(add = crate::complete::people(), long, value_name = "P")]
    pub person: Option<String>,
    /// How slashed dates of a CSV export read: mdy (03/04/2024 is March 4) or dmy
    /// (default: what the file allows; refused while both readings fit every row)
    #[arg(long, value_enum, value_name = "ORDER")]
    pub date_format: Option<import::DateOrder>,
    /// Import even beyond a client's credit limit or while an overdue invoice blocks it
    #[arg(long)]
    pub force: bool,
    /// timeclock, timewarrior: read sessions longer than 24 hours (refused by default: a typo in a
    /// date makes one of thousands of hours)
    #[arg(long)]
    pub allow_long_sessions: bool,
    /// Show per client and month what would be added, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// The name an entry without one maps by, in `--map`'s `[clients]` (`"(no tag)" =
/// "acme"`).
const NO_TAG: &str = "(no tag)";

/// The keys of the entries imported before.
#[derive(Default)]
struct Imported(FxHashSet<u64>);

impl WorkSink for Imported {
    fn row(&mut self, row: &WorkRow<'_>) {
        if let Some(key) = import::source_key(row.source) {
            self.0.insert(key);
        }
    }

    fn append(&mut self, later: Self) {
        self.0.extend(later.0);
    }
}

/// `--map`: source names to client ids, projects and person ids.
#[derive(Debug, Default)]
struct NameMap {
    clients: BTreeMap<String, String>,
    projects: BTreeMap<String, String>,
    people: BTreeMap<String, String>,
}

impl NameMap {
    fn read(path: &Path) -> Result<NameMap, Error> {
        let shown = path.display();
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let doc = text
            .parse::<toml_edit::DocumentMut>()
            .map_err(|e| Error::refused(format!("{shown}: invalid TOML: {}", e.message())))?;
        let mut map = NameMap::default();
        for (key, table) in [
            ("clients", &mut map.clients),
            ("projects", &mut map.projects),
            ("people", &mut map.people),
        ] {
            let Some(item) = doc.get(key) else { continue };
            let t = item.as_table_like().ok_or_else(|| {
                Error::refused(format!(
                    "{shown}: [{key}] must be a table of \"source name\" = \"id\""
                ))
            })?;
            for (name, value) in t.iter() {
                let value = value.as_str().ok_or_else(|| {
                    Error::refused(format!("{shown}: {key}.\"{name}\": the value must be a string"))
                })?;
                table.insert(name.to_string(), value.to_string());
            }
        }
        let stray = doc
            .as_table()
            .iter()
            .map(|(k, _)| k)
            .find(|k| !["clients", "projects", "people"].contains(k));
        if let Some(stray) = stray {
            return Err(Error::refused(format!(
                "{shown}: unknown table \"{stray}\": use [clients], [projects] and [people]"
            )));
        }
        Ok(map)
    }

    /// The first of `names` with an entry in `table`.
    /// The entry of the first of `names` the table has; an entry without names (an
    /// untagged interval) is looked up as "(no tag)".
    fn find<'a>(table: &'a BTreeMap<String, String>, names: &[String]) -> Option<&'a String> {
        if names.is_empty() {
            return table.get(NO_TAG);
        }
        names.iter().find_map(|n| table.get(n))
    }
}

/// One row to append, with what the checks need.
struct NewRow {
    client: u32,
    billable: bool,
    project: crate::domain::bank::ProjectIx,
    minutes: Minutes,
    charged: Minutes,
    date: chrono::NaiveDate,
    /// The row to write, by column (`timelog::DATE`, ...).
    fields: Vec<(usize, String)>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let shown = args.file.display().to_string();
    let parsed_entries = read_entries(&args, &shown)?;
    let map = args.map.as_deref().map(NameMap::read).transpose()?;
    let person_flag = args
        .person
        .as_deref()
        .map(|p| {
            Slug::parse(p)
                .map(|s| s.to_string())
                .map_err(|e| Error::refused(format!("--person: {e}")))
        })
        .transpose()?;
    // Merge leftovers refuse only the clients the rows go to, once they are known.
    let (_lock, mut ledger, imported) =
        ctx.lock_ledger_into(Access::Later, &|_| Imported::default())?;
    let one_client = args.client.as_deref().map(|c| client_arg(&ledger, c)).transpose()?;
    let default_person = super::row_person(&ledger, person_flag.as_ref());
    let base = args.file.file_name().map_or(shown.clone(), |n| n.to_string_lossy().into_owned());

    // klog's negative entries are netted against their record first (SPEC 12.6).
    let client_of = |e: &import::Entry| match (&one_client, &map) {
        (Some(ix), _) => Some(*ix),
        (None, Some(map)) => {
            NameMap::find(&map.clients, &e.names).and_then(|id| ledger.client_ix(id))
        }
        (None, None) => None,
    };
    let entries = net_negatives(parsed_entries, client_of, &shown)?;
    let source = Source {
        format: args.format,
        shown: &shown,
        base: &base,
        one_client,
        map: map.as_ref(),
        person_flag: person_flag.as_deref(),
        default_person: &default_person,
        by: &ctx.user,
    };
    let Plan { mut rows, unplaced, rounded, skipped, zero } =
        plan(&mut ledger, &imported, &entries, &source)?;
    refuse_unplaced(&shown, &unplaced)?;
    ctx.refuse_for(&ledger, &clients_of(&ledger, &rows))?;
    check_people(&ledger, &rows)?;
    // A dry run shows what would be added even when it would then be refused.
    let mut refusal = check_clients(&ledger, &rows, args.force, ctx.today).err();
    if !args.dry_run
        && let Some(e) = refusal.take()
    {
        return Err(e.into());
    }

    for (count, what) in [
        (rounded, "entries rounded to the minute"),
        (zero, "entries of less than half a minute skipped"),
        (skipped, "entries already imported, skipped"),
    ] {
        if count > 0 {
            super::note(&format!("{count} {what}"));
        }
    }
    let total = Minutes(rows.iter().map(|r| r.minutes.0).sum());
    let clients: FxHashSet<u32> = rows.iter().map(|r| r.client).collect();
    if args.dry_run {
        dry_run_report(ctx, &ledger, &rows, &shown)?;
        return match refusal {
            Some(e) => Err(e.into()),
            None => Ok(ExitCode::SUCCESS),
        };
    }
    if rows.is_empty() {
        ctx.confirm(&format!("nothing to import from {shown}"))?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut meta = ledger.files.get(TIMELOG).cloned().unwrap_or_default();
    let fields: Vec<Vec<(usize, String)>> =
        rows.iter_mut().map(|r| std::mem::take(&mut r.fields)).collect();
    let append = Append::prepare(&ledger.dir, TIMELOG, &meta, TIMELOG_COLUMNS, &fields)?;
    let message = format!(
        "imported {} rows ({}) for {} clients from {shown}",
        rows.len(),
        total.hm(),
        clients.len()
    );
    drop(rows);
    let mut activated: Vec<u32> = clients.into_iter().collect();
    activated.sort_unstable();
    ctx.commit_write(false, &message, || {
        append.write(&mut meta)?;
        for ix in activated {
            activate_prospect(&ledger, ix, "first imported work")?;
        }
        Ok(())
    })
}

/// The clients rows go to, each once.
fn clients_of<'a>(ledger: &'a Ledger, rows: &[NewRow]) -> Vec<&'a str> {
    let ids: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| ledger.clients[r.client as usize].id.as_str()).collect();
    ids.into_iter().collect()
}

/// klog's negative entries netted against their record (SPEC 12.6); one that cannot
/// be refuses the import, every such entry said at its line.
fn net_negatives(
    entries: Vec<Entry>,
    client_of: impl Fn(&Entry) -> Option<u32>,
    shown: &str,
) -> Result<Vec<Entry>, Error> {
    import::net_negatives(entries, client_of).map_err(|errors| {
        for (line, message) in &errors {
            super::note(&format!("{shown}:{line}: {message}"));
        }
        Error::refused(format!(
            "nothing imported: {} negative entr{} of {shown} cannot be netted",
            errors.len(),
            if errors.len() == 1 { "y" } else { "ies" }
        ))
    })
}

/// Where the entries of an import come from and how they are placed.
struct Source<'a> {
    format: Format,
    /// The file as given, for messages.
    shown: &'a str,
    /// The file's name, for the rows' `source`.
    base: &'a str,
    /// `--client`.
    one_client: Option<u32>,
    /// `--map`.
    map: Option<&'a NameMap>,
    /// `--person`.
    person_flag: Option<&'a str>,
    /// The person of an entry neither names.
    default_person: &'a str,
    /// Who imports (the rows' `by`).
    by: &'a str,
}

/// What an import adds: a row for every entry placed with a client and not imported
/// before; and what it leaves out.
#[derive(Default)]
struct Plan {
    rows: Vec<NewRow>,
    unplaced: Unplaced,
    /// Entries rounded to the minute.
    rounded: usize,
    /// Entries imported before.
    skipped: usize,
    /// Entries of less than half a minute.
    zero: usize,
}

fn plan(
    ledger: &mut Ledger,
    imported: &Imported,
    entries: &[Entry],
    src: &Source<'_>,
) -> Result<Plan, Error> {
    let mut occurrences: FxHashMap<String, u32> = FxHashMap::default();
    let mut plan = Plan::default();
    for entry in entries {
        // The person is part of the entry: two people's identical entries are two.
        let person = match (src.person_flag, src.map, &entry.user) {
            (Some(p), _, _) => p.to_string(),
            (None, Some(map), Some(user)) => {
                map.people.get(user).cloned().unwrap_or_else(|| src.default_person.to_string())
            }
            _ => src.default_person.to_string(),
        };
        let content = format!("{}\u{1f}{person}", entry.content);
        let occurrence = occurrences.entry(content.clone()).or_default();
        let key = import::key(src.format, &content, *occurrence);
        *occurrence += 1;
        let minutes = entry.minutes();
        if minutes.0 <= 0 {
            plan.zero += 1;
            continue;
        }
        if minutes.0 > crate::domain::duration::MAX_MINUTES {
            plan.unplaced.too_long.push(format!(
                "{}:{}: {} hours is too long for one entry (at most {} hours)",
                src.shown,
                entry.line,
                entry.exact / rust_decimal::Decimal::from(60),
                crate::domain::duration::MAX_MINUTES / 60
            ));
            continue;
        }
        if u64::from_str_radix(&key, 16).is_ok_and(|k| imported.0.contains(&k)) {
            plan.skipped += 1;
            continue;
        }
        if entry.rounded() {
            plan.rounded += 1;
        }
        let Some((client, project)) =
            place(entry, src.one_client, src.map, ledger, src.shown, &mut plan.unplaced)
        else {
            continue;
        };
        plan.rows.push(new_row(ledger, src, entry, &key, client, project, person, minutes)?);
    }
    Ok(plan)
}

/// The entries of the file an import reads (a BOM dropped), every line that cannot be
/// read refusing the whole import, with the warnings on stderr.
fn read_entries(args: &Args, shown: &str) -> Result<Vec<import::Entry>, Error> {
    let bytes = std::fs::read(&args.file).map_err(|e| Error::io(&args.file, e))?;
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Error::refused(format!(
            "{shown}: not UTF-8 text (a bad byte at offset {})",
            e.valid_up_to()
        ))
    })?;
    let parsed = import::parse(args.format, text, args.date_format, args.allow_long_sessions);
    if !parsed.errors.is_empty() {
        for (line, message) in &parsed.errors {
            super::note(&format!("{shown}:{line}: {message}"));
        }
        return Err(Error::refused(format!(
            "nothing imported: {} line(s) of {shown} could not be read",
            parsed.errors.len()
        )));
    }
    for (line, message) in &parsed.warnings {
        super::note(&format!("{shown}:{line}: warning: {message}"));
    }
    Ok(parsed.entries)
}

/// The client (and the project, from the map) an entry goes to; `None`, noted in
/// `unplaced`, when the map names none, more than one, or an unknown client.
fn place(
    entry: &Entry,
    one_client: Option<u32>,
    map: Option<&NameMap>,
    ledger: &Ledger,
    shown: &str,
    unplaced: &mut Unplaced,
) -> Option<(u32, String)> {
    match (one_client, map) {
        // The client is named: the source's project is the row's.
        (Some(ix), _) => Some((ix, entry.project.clone())),
        (None, Some(map)) => {
            if entry.exclusive {
                let mut ids: Vec<&String> =
                    entry.names.iter().filter_map(|n| map.clients.get(n)).collect();
                ids.sort();
                ids.dedup();
                if ids.len() > 1 {
                    let ids: Vec<&str> = ids.iter().map(|s| s.as_str()).collect();
                    unplaced.conflicts.push(format!(
                        "{shown}:{}: its tags map to more than one client ({})",
                        entry.line,
                        ids.join(", ")
                    ));
                    return None;
                }
            }
            let Some(id) = NameMap::find(&map.clients, &entry.names) else {
                let name = entry.names.first().cloned().unwrap_or_else(|| NO_TAG.into());
                unplaced.unmapped.entry(name).or_insert(entry.line);
                return None;
            };
            let Some(ix) = ledger.client_ix(id) else {
                unplaced.unknown.entry(id.clone()).or_insert_with(|| entry.names.join(" "));
                return None;
            };
            Some((ix, NameMap::find(&map.projects, &entry.names).cloned().unwrap_or_default()))
        }
        (None, None) => unreachable!("clap requires --client or --map"),
    }
}

/// Entries that could not be placed: the whole import is refused for them.
#[derive(Default)]
struct Unplaced {
    too_long: Vec<String>,
    conflicts: Vec<String>,
    unmapped: BTreeMap<String, u32>,
    unknown: BTreeMap<String, String>,
}

/// Refuses the whole import when an entry could not be placed: too long, mapped to
/// more than one client, to no client, or to a client that does not exist.
fn refuse_unplaced(shown: &str, unplaced: &Unplaced) -> Result<(), Error> {
    let Unplaced { too_long, conflicts, unmapped, unknown } = unplaced;
    if !too_long.is_empty() {
        for t in too_long {
            super::note(t);
        }
        return Err(Error::refused(format!(
            "nothing imported: {} entries of {shown} are too long",
            too_long.len()
        )));
    }
    if !conflicts.is_empty() {
        for c in conflicts {
            super::note(c);
        }
        return Err(Error::refused(format!(
            "nothing imported: {} entries of {shown} map to more than one client",
            conflicts.len()
        )));
    }
    if !unmapped.is_empty() {
        let names: Vec<String> =
            unmapped.iter().map(|(name, line)| format!("\"{name}\" ({shown}:{line})")).collect();
        return Err(Error::with_hint(
            format!("nothing imported: no client for {}", names.join(", ")),
            "map each name to a client id in the [clients] table of the --map file",
        ));
    }
    if !unknown.is_empty() {
        let ids: Vec<String> =
            unknown.iter().map(|(id, name)| format!("\"{id}\" (for \"{name}\")")).collect();
        return Err(Error::with_hint(
            format!("nothing imported: the map names unknown clients {}", ids.join(", ")),
            "`hourbank client list` shows the clients; `hourbank client add` adds one",
        ));
    }
    Ok(())
}

/// What a dry run shows: the rows an import would add per client and month, and a
/// summary on stderr.
fn dry_run_report(ctx: &mut Ctx, ledger: &Ledger, rows: &[NewRow], shown: &str) -> Result<()> {
    let total = Minutes(rows.iter().map(|r| r.minutes.0).sum());
    let clients: FxHashSet<u32> = rows.iter().map(|r| r.client).collect();
    let mut groups: BTreeMap<(String, String), (u32, Minutes)> = BTreeMap::new();
    for r in rows {
        let id = ledger.clients[r.client as usize].id.to_string();
        let g = groups.entry((id, month_key(r.date))).or_insert((0, Minutes::ZERO));
        g.0 += 1;
        g.1 = Minutes(g.1.0 + r.minutes.0);
    }
    let mut report = Report::new(&["client", "month", "rows", "hours"]);
    for ((client, month), (count, minutes)) in groups {
        report.push(vec![
            Cell::text(client),
            Cell::Fixed(month),
            Cell::Num(count.to_string()),
            ctx.hours(minutes),
        ]);
    }
    ctx.emit(&report)?;
    super::note(&format!(
        "dry run: would import {} rows ({}) for {} clients from {shown}; nothing written",
        rows.len(),
        total.hm(),
        clients.len()
    ));
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn new_row(
    ledger: &mut Ledger,
    src: &Source<'_>,
    entry: &Entry,
    key: &str,
    client: u32,
    project: String,
    person: String,
    minutes: Minutes,
) -> Result<NewRow, Error> {
    let (charged, multiplier) = new_row_charge(
        Some(&ledger.clients[client as usize]),
        "",
        minutes,
        entry.billable,
        false,
        None,
        &ledger.settings,
    );
    let project_ix = ledger.project_ix(&project);
    let fields = vec![
        (timelog::ID, new_row_id(IdKind::Time)?),
        (timelog::DATE, entry.date.to_string()),
        (timelog::CLIENT, ledger.clients[client as usize].id.to_string()),
        (timelog::PERSON, person),
        (timelog::HOURS, minutes.hm()),
        (timelog::CHARGED, charged.hm()),
        (timelog::PROJECT, project),
        (timelog::BILLABLE, if entry.billable { "yes" } else { "no" }.to_string()),
        (timelog::KIND, "work".to_string()),
        (timelog::NOTE, entry.note.clone()),
        (timelog::SOURCE, format!("{}:{}:{}#{key}", src.format.as_str(), src.base, entry.line)),
        (timelog::BY, src.by.to_string()),
    ];
    // Only a row that has one names its multiplier: an older header is not extended
    // for an empty column.
    let mut fields = fields;
    if multiplier != rust_decimal::Decimal::ONE {
        fields.push((timelog::MULTIPLIER, multiplier_text(multiplier)));
    }
    Ok(NewRow {
        client,
        billable: entry.billable,
        project: project_ix,
        minutes,
        charged,
        date: entry.date,
        fields,
    })
}

/// Every person the rows name must be in people.toml, when it exists.
fn check_people(ledger: &Ledger, rows: &[NewRow]) -> Result<(), Error> {
    if ledger.people.is_none() {
        return Ok(());
    }
    let mut unknown: Vec<&str> = rows
        .iter()
        .filter_map(|r| r.fields.iter().find(|(c, _)| *c == timelog::PERSON))
        .map(|(_, p)| p.as_str())
        .filter(|p| !p.is_empty() && ledger.person_ix(p).is_none())
        .collect();
    unknown.sort_unstable();
    unknown.dedup();
    if unknown.is_empty() {
        return Ok(());
    }
    Err(Error::with_hint(
        format!("nothing imported: unknown person(s) {}", unknown.join(", ")),
        "add them with `hourbank person add`, or map the source's users in [people]",
    ))
}

/// The refusals of log-time, for every client the rows are for: inactive clients,
/// overdue invoices that block them, the credit limit (the last two unless `force`).
fn check_clients(
    ledger: &Ledger,
    rows: &[NewRow],
    force: bool,
    today: chrono::NaiveDate,
) -> Result<(), Error> {
    let mut per_client: BTreeMap<u32, Vec<NewWork<'_>>> = BTreeMap::new();
    // Each row is previewed with the line it will have in timelog.csv.
    let first_line = ledger.files.get(TIMELOG).cloned().unwrap_or_default().next_row_line();
    for (r, line) in rows.iter().zip(first_line..) {
        per_client.entry(r.client).or_default().push(NewWork {
            date: r.date,
            charged: r.charged,
            project: r.project,
            line,
            service: "",
            billable: r.billable,
        });
    }
    // The same rules as every write of work (SPEC 12.6), the rows of a client drawn
    // together.
    for (&ix, work) in &per_client {
        let last = work.iter().map(|w| w.date).max().unwrap_or(today);
        let facts = crate::domain::admit::client_facts(ledger, ix, last.max(today));
        admit_work(&facts, work, force, "import work")?;
    }
    Ok(())
}
