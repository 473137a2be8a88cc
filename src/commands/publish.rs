//! `hourbank publish DIR` (SPEC 15): a static site of one page per client (balance,
//! chart, expiries, the last 90 days, invoices), each in a folder named by the client's
//! unguessable `page_token`, for cron and `rsync` to any web server. The site is built
//! in a temporary directory and renamed into place whole.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use chrono::{Days, NaiveDate};
use rustc_hash::FxHashMap;

use super::{Access, Ctx, client_arg};
use crate::domain::client::{Client, Status};
use crate::domain::ledger::Ledger;
use crate::domain::reports::statement::{PeriodRows, invoice_entries, section};
use crate::error::Error;
use crate::render::site::{EMPTY_PAGE, OfficeRow};
use crate::render::{Cell, Format, Report};
use crate::store::layout::CLIENTS;

/// The file that marks a directory as a site `publish` wrote (and may replace whole).
const MARKER: &str = ".hourbank-site";

/// Days of work a page shows, through its date.
const DAYS: u64 = 90;

/// Write a static page per client (balance, chart, expiries, recent work, invoices)
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  hourbank publish site --office office.html\n  hourbank publish site --client acme\n  rsync -a --delete site/ www:/var/www/hours/"
)]
pub struct Args {
    /// The site's directory (made, or replaced whole when `publish` made it)
    pub dir: PathBuf,
    /// Regenerate this client's folder alone
    #[arg(add = crate::complete::clients(), long, value_name = "ID")]
    pub client: Option<String>,
    /// The pages as of this date (default: today)
    #[arg(long, value_name = "D")]
    pub as_of: Option<String>,
    /// Also write the office's overview of every page (names, balances, links) to this
    /// file, which must lie outside DIR
    #[arg(long, value_name = "FILE")]
    pub office: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let as_of = ctx.opt_date("--as-of", args.as_of.as_deref())?.unwrap_or(ctx.today);
    let from = as_of.checked_sub_days(Days::new(DAYS - 1)).unwrap_or(as_of);
    let make = |clients: &[Client]| PeriodRows {
        clients: clients.iter().map(|c| c.id.to_string()).collect(),
        from,
        to: as_of,
        rows: FxHashMap::default(),
    };
    let (_lock, ledger, rows) = ctx.lock_ledger_into(Access::Clients(&[]), &make)?;
    let only = args.client.as_deref().map(|c| client_arg(&ledger, c)).transpose()?;
    let published: Vec<u32> = match only {
        Some(ix) => vec![ix],
        None => (0..ledger.clients.len() as u32)
            .filter(|&ix| ledger.clients[ix as usize].status == Status::Active)
            .collect(),
    };
    if let Some(office) = &args.office {
        refuse_inside(office, &args.dir)?;
    }
    refuse_foreign(&args.dir)?;
    // Tokens first, kept in clients.toml: a page's address never changes.
    let tokens = tokens(&ledger, &published)?;
    let pages: Vec<Page> = published
        .iter()
        .zip(&tokens)
        .map(|(&ix, token)| page(ctx, &ledger, ix, token, from, as_of, &rows))
        .collect();
    match only {
        Some(_) => replace_client(&args.dir, &pages[0])?,
        None => replace_site(&args.dir, &pages)?,
    }
    if let Some(office) = &args.office {
        let html = office_page(ctx, &ledger, &args.dir, office, &pages, as_of)?;
        crate::store::write::write_atomic(office, html.as_bytes())?;
    }
    let mut report = Report::new(&["client", "name", "path"]);
    for p in &pages {
        let client = &ledger.clients[p.client as usize];
        report.push(vec![
            Cell::text(client.id.as_str()),
            Cell::text(&client.name),
            Cell::text(format!("/{}/", p.token)),
        ]);
    }
    ctx.emit(&report)?;
    Ok(ExitCode::SUCCESS)
}

/// One client's folder: its page and the pages of its invoices.
struct Page {
    client: u32,
    token: String,
    /// (path inside the folder, bytes).
    files: Vec<(String, Vec<u8>)>,
    /// The balance it shows.
    balance: crate::domain::duration::Minutes,
}

/// Refuses an office file inside the site: the office's overview names every client.
fn refuse_inside(office: &Path, dir: &Path) -> Result<(), Error> {
    let absolute = |p: &Path| -> PathBuf {
        let p = if p.is_absolute() {
            p.to_path_buf()
        } else {
            std::env::current_dir().map(|c| c.join(p)).unwrap_or_else(|_| p.to_path_buf())
        };
        // The parent as the file system has it (links resolved), and the name.
        match (p.parent().and_then(|d| d.canonicalize().ok()), p.file_name()) {
            (Some(parent), Some(name)) => parent.join(name),
            _ => p,
        }
    };
    let (office, dir) = (absolute(office), absolute(dir));
    if office.starts_with(&dir) {
        return Err(Error::with_hint(
            format!(
                "--office {}: the office's overview must lie outside {}, which is published",
                office.display(),
                dir.display()
            ),
            "write it elsewhere, e.g. --office office.html",
        ));
    }
    Ok(())
}

/// Refuses what `DIR` must not be: a directory that holds files `publish` did not
/// write (it is replaced whole), a symbolic link (the link would be replaced, not what
/// it points to) or a file.
fn refuse_foreign(dir: &Path) -> Result<(), Error> {
    let meta = match std::fs::symlink_metadata(dir) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(dir, e)),
    };
    let shown = dir.display();
    if meta.file_type().is_symlink() {
        return Err(Error::with_hint(
            format!("{shown} is a symbolic link: the site's directory is replaced whole"),
            "name the directory it points to",
        ));
    }
    if !meta.is_dir() {
        return Err(Error::refused(format!("{shown} is not a directory")));
    }
    let mut entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    if dir.join(MARKER).is_file() || entries.next().is_none() {
        return Ok(());
    }
    Err(Error::with_hint(
        format!(
            "{shown} holds files publish did not write; it replaces the site's directory whole"
        ),
        "name a new or empty directory",
    ))
}

/// The page tokens of `clients`: each one's `page_token`, or a new one (16 random
/// bytes, 22 URL-safe characters) written to clients.toml for those without.
fn tokens(ledger: &Ledger, clients: &[u32]) -> Result<Vec<String>, Error> {
    use base64::Engine;
    // Two clients with one token would share one folder: refused (`check` names them).
    for &ix in clients {
        let client = &ledger.clients[ix as usize];
        let Some(token) = &client.page_token else { continue };
        if let Some(other) = ledger.page_token_owner(token, client.id.as_str()) {
            return Err(Error::with_hint(
                format!(
                    "{} and {} have one page token: each client's page needs its own",
                    client.id, other.id
                ),
                format!("hourbank client set {} --unset page_token", other.id),
            ));
        }
    }
    let mut out = Vec::new();
    let mut new = Vec::new();
    for &ix in clients {
        let client = &ledger.clients[ix as usize];
        match &client.page_token {
            Some(token) => out.push(token.clone()),
            None => {
                let mut bytes = [0u8; 16];
                getrandom::fill(&mut bytes)
                    .map_err(|e| Error::refused(format!("no randomness for a page token: {e}")))?;
                let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
                new.push((client.id.to_string(), token.clone()));
                out.push(token);
            }
        }
    }
    if !new.is_empty() {
        let mut text = crate::store::tomledit::read_or_empty(&ledger.dir, CLIENTS)?;
        for (id, token) in &new {
            let path = ["clients", id.as_str(), "page_token"];
            let value = Some(toml_edit::Value::from(token.clone()));
            text = crate::store::tomledit::set_key(&text, CLIENTS, &path, value)?;
        }
        crate::store::write::write_atomic(&ledger.dir.join(CLIENTS), text.as_bytes())?;
        crate::store::unit::commit_step()?;
    }
    Ok(out)
}

/// Client `ix`'s folder: its page as of `to`, and, unless it hides costs, a page per
/// issued invoice, linked from the page.
fn page(
    ctx: &Ctx,
    ledger: &Ledger,
    ix: u32,
    token: &str,
    from: NaiveDate,
    to: NaiveDate,
    rows: &PeriodRows,
) -> Page {
    let client = &ledger.clients[ix as usize];
    let hide_costs = ledger.settings.hides_costs(client);
    let mut section = section(ledger, ix, from, to, ctx.today, rows);
    // Every invoice with its status, not only the period's.
    section.invoices = invoice_entries(ledger, client.id.as_str(), NaiveDate::MIN, to);
    let mut files = Vec::new();
    let mut links = Vec::new();
    if !hide_costs {
        let hours = |m| ctx.hours(m);
        for entry in &section.invoices {
            let Some(index) = ledger.invoices.iter().position(|i| i.number == entry.number) else {
                continue;
            };
            let (mut doc, _) = crate::domain::invoicing::recorded(ledger, index);
            doc.logo = super::logo(ledger);
            let html =
                crate::render::invoice::render(&doc, Format::Html, ctx.output.plain(), &hours);
            let name = format!("invoices/{}.html", file_name(&entry.number));
            links.push((entry.number.clone(), name.clone()));
            files.push((name, html));
        }
    }
    let balance = section.closing;
    let mut statement = crate::domain::reports::statement::statement(
        ledger,
        client,
        (from, to),
        vec![section],
        false,
    );
    statement.page = Some(links);
    let html = crate::render::statement::render(
        &statement,
        Format::Html,
        ctx.time_format,
        ctx.output.plain(),
    );
    files.insert(0, ("index.html".to_string(), html));
    Page { client: ix, token: token.to_string(), files, balance }
}

/// An invoice number as a file name: characters other than letters, digits, `-` and
/// `_` become `_`.
fn file_name(number: &str) -> String {
    number
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' })
        .collect()
}

/// Writes `pages` into `root` (made).
fn write_pages(root: &Path, pages: &[&Page]) -> Result<(), Error> {
    for p in pages {
        for (name, bytes) in &p.files {
            let path = root.join(&p.token).join(name);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
            }
            std::fs::write(&path, bytes).map_err(|e| Error::io(&path, e))?;
        }
    }
    Ok(())
}

/// A temporary directory beside `path` (on its file system, so it can be renamed).
fn temp_beside(path: &Path) -> Result<tempfile::TempDir, Error> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
    tempfile::Builder::new()
        .prefix(".hourbank-tmp-")
        .tempdir_in(&parent)
        .map_err(|e| Error::io(&parent, e))
}

/// Puts the directory `new` where `path` is: the old one is moved aside, the new one
/// renamed in, the old one removed. On a failure the old one is put back, and the new
/// one goes.
fn swap(new: tempfile::TempDir, path: &Path) -> Result<(), Error> {
    let old = path.exists().then(|| {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(format!(".hourbank-old-{}", std::process::id()));
        path.with_file_name(name)
    });
    if let Some(old) = &old {
        std::fs::rename(path, old).map_err(|e| Error::io(path, e))?;
    }
    if let Err(e) = std::fs::rename(new.path(), path) {
        if let Some(old) = &old {
            let _ = std::fs::rename(old, path);
        }
        return Err(Error::io(path, e));
    }
    // In place: nothing is left for the temporary directory to remove.
    let _ = new.keep();
    if let Some(old) = old {
        std::fs::remove_dir_all(&old).map_err(|e| Error::io(&old, e))?;
    }
    Ok(())
}

/// The whole site, built aside and renamed into place.
fn replace_site(dir: &Path, pages: &[Page]) -> Result<(), Error> {
    let temp = temp_beside(dir)?;
    let root = temp.path();
    std::fs::write(root.join("index.html"), EMPTY_PAGE).map_err(|e| Error::io(root, e))?;
    std::fs::write(root.join(MARKER), "written by hourbank publish; replaced whole\n")
        .map_err(|e| Error::io(root, e))?;
    write_pages(root, &pages.iter().collect::<Vec<_>>())?;
    swap(temp, dir)
}

/// One client's folder, built aside in the site and renamed into place (the site is
/// made first when there is none).
fn replace_client(dir: &Path, page: &Page) -> Result<(), Error> {
    if !dir.join(MARKER).is_file() {
        return replace_site(dir, std::slice::from_ref(page));
    }
    let temp = tempfile::Builder::new()
        .prefix(".hourbank-tmp-")
        .tempdir_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    write_pages(temp.path(), &[page])?;
    let target = dir.join(&page.token);
    let staged = temp.path().join(&page.token);
    // The folder alone moves into place (the old one aside, then removed; put back on
    // a failure); the temporary directory around it goes.
    let old = target.exists().then(|| temp.path().join(".old"));
    if let Some(old) = &old {
        std::fs::rename(&target, old).map_err(|e| Error::io(&target, e))?;
    }
    if let Err(e) = std::fs::rename(&staged, &target) {
        if let Some(old) = &old {
            let _ = std::fs::rename(old, &target);
        }
        return Err(Error::io(&target, e));
    }
    Ok(())
}

/// The office's overview: every published client's name, balance and a link to its
/// page (relative to the office file).
fn office_page(
    ctx: &Ctx,
    ledger: &Ledger,
    dir: &Path,
    office: &Path,
    pages: &[Page],
    as_of: NaiveDate,
) -> Result<String, Error> {
    let base = office.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let base = base.canonicalize().map_err(|e| Error::io(base, e))?;
    let site = dir.canonicalize().map_err(|e| Error::io(dir, e))?;
    let rows: Vec<OfficeRow<'_>> = pages
        .iter()
        .map(|p| OfficeRow {
            name: &ledger.clients[p.client as usize].name,
            balance: ctx.hours(p.balance).as_str().to_string(),
            href: relative(&base, &site.join(&p.token).join("index.html")),
            path: format!("/{}/", p.token),
        })
        .collect();
    Ok(crate::render::site::office(&rows, as_of))
}

/// `to` relative to the directory `from` (both absolute), with `/` separators.
fn relative(from: &Path, to: &Path) -> String {
    let (a, b): (Vec<_>, Vec<_>) = (from.components().collect(), to.components().collect());
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = vec!["..".to_string(); a.len() - common];
    parts.extend(b[common..].iter().map(|c| c.as_os_str().to_string_lossy().into_owned()));
    parts.join("/")
}
