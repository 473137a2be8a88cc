//! The CSV exports of Toggl Track, Clockify and Harvest (their detailed reports), read
//! by their own column names in any order: a missing optional column (no `Client`, no
//! `Billable`) is allowed, `Activity` stands for `Task`, durations are `H:MM:SS` or
//! decimal hours (`1.5`, `20,0`, `2.000,0`), dates ISO or with slashes (month or day
//! first: `--date-format`, else inferred from the file), billable values in several
//! languages.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{DateOrder, Entry, Format, Parsed, clean};

/// The columns of one export, as found in its header (indexes).
struct Columns {
    header: Vec<String>,
}

impl Columns {
    fn find(&self, names: &[&str]) -> Option<usize> {
        names.iter().find_map(|n| self.header.iter().position(|h| h.eq_ignore_ascii_case(n)))
    }
}

/// One data row: its line and fields.
struct Row {
    line: u32,
    fields: Vec<String>,
}

impl Row {
    fn get(&self, i: Option<usize>) -> &str {
        i.and_then(|i| self.fields.get(i)).map_or("", |s| s.trim())
    }
}

/// Calls `each` with every data record of the CSV text (its line and fields) after
/// reading the header; `None` (with an error recorded) when the text is not CSV or
/// has no header.
fn records(
    text: &str,
    out: &mut Parsed,
    mut each: impl FnMut(&Columns, Row, &mut Parsed),
) -> Option<Columns> {
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut header: Option<Columns> = None;
    let mut record = csv::StringRecord::new();
    // Lines are counted here: the reader's own count is one short after a CR LF.
    let (mut counted_to, mut line_no) = (0usize, 1u32);
    let mut line_at = |byte: usize| {
        let byte = byte.min(text.len());
        line_no += memchr::memchr_iter(b'\n', &text.as_bytes()[counted_to..byte]).count() as u32;
        counted_to = byte;
        // A record read after a CR may start at the LF that ends that line.
        if text.as_bytes().get(byte) == Some(&b'\n') { line_no + 1 } else { line_no }
    };
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as u32);
                out.errors.push((line, format!("not a CSV record: {e}")));
                return None;
            }
        }
        let line = record.position().map_or(0, |p| line_at(p.byte() as usize));
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        match &header {
            None => {
                header =
                    Some(Columns { header: record.iter().map(|f| f.trim().to_string()).collect() })
            }
            Some(h) => {
                if record.len() > h.header.len() {
                    out.errors.push((
                        line,
                        format!("{} fields, the header has {}", record.len(), h.header.len()),
                    ));
                    continue;
                }
                let fields = record.iter().map(str::to_string).collect();
                each(h, Row { line, fields }, out);
            }
        }
    }
    if header.is_none() {
        out.errors.push((1, "the file is empty (no header line)".into()));
    }
    header
}

/// The columns a format needs, by their names in that tool's exports.
struct Layout {
    date: Option<usize>,
    client: Option<usize>,
    project: Option<usize>,
    task: Option<usize>,
    note: Option<usize>,
    billable: Option<usize>,
    /// `H:MM:SS` (Toggl `Duration`, Clockify `Duration (h)`).
    clock: Option<usize>,
    /// Decimal hours (Clockify `Duration (decimal)`, Harvest `Hours`).
    decimal: Option<usize>,
    start_time: Option<usize>,
    user: Vec<usize>,
}

fn layout(format: Format, c: &Columns) -> Result<Layout, String> {
    let task = c.find(&["Task", "Activity"]);
    let l = match format {
        Format::Toggl => Layout {
            date: c.find(&["Start date"]),
            client: c.find(&["Client"]),
            project: c.find(&["Project"]),
            task,
            note: c.find(&["Description"]),
            billable: c.find(&["Billable"]),
            clock: c.find(&["Duration"]),
            decimal: None,
            start_time: c.find(&["Start time"]),
            user: c.find(&["User"]).into_iter().collect(),
        },
        Format::Clockify => Layout {
            date: c.find(&["Start Date"]),
            client: c.find(&["Client"]),
            project: c.find(&["Project"]),
            task,
            note: c.find(&["Description"]),
            billable: c.find(&["Billable"]),
            clock: c.find(&["Duration (h)"]),
            decimal: c.find(&["Duration (decimal)"]),
            start_time: c.find(&["Start Time"]),
            user: c.find(&["User"]).into_iter().collect(),
        },
        Format::Harvest => Layout {
            date: c.find(&["Date"]),
            client: c.find(&["Client"]),
            project: c.find(&["Project"]),
            task,
            note: c.find(&["Notes"]),
            billable: c.find(&["Billable?", "Billable"]),
            clock: None,
            // Harvest's `Hours`, never `Hours Rounded` (SPEC 11).
            decimal: c.find(&["Hours"]),
            start_time: None,
            user: c.find(&["First Name"]).into_iter().chain(c.find(&["Last Name"])).collect(),
        },
        _ => unreachable!("not a CSV export"),
    };
    let mut missing = Vec::new();
    if l.date.is_none() {
        missing.push(match format {
            Format::Toggl => "Start date",
            Format::Clockify => "Start Date",
            _ => "Date",
        });
    }
    if l.clock.is_none() && l.decimal.is_none() {
        missing.push(match format {
            Format::Toggl => "Duration",
            Format::Clockify => "Duration (h)",
            _ => "Hours",
        });
    }
    if l.client.is_none() && l.project.is_none() {
        missing.push("Project");
    }
    if !missing.is_empty() {
        return Err(format!(
            "not a {} export: the header lacks {}",
            format.as_str(),
            missing.join(", ")
        ));
    }
    Ok(l)
}

pub fn parse(format: Format, text: &str, order: Option<DateOrder>) -> Parsed {
    let mut out = Parsed::default();
    // A first pass reads only the dates when their order is to be inferred; the
    // second makes the entries, one record at a time.
    let order = match order {
        Some(o) => o,
        None => {
            let mut dates: Vec<(u32, String)> = Vec::new();
            let mut probe = Parsed::default();
            let columns = records(text, &mut probe, |c, row, _| {
                if let Ok(l) = layout(format, c) {
                    let date = row.get(l.date);
                    if slashed(date).is_some() {
                        dates.push((row.line, date.to_string()));
                    }
                }
            });
            if columns.is_none() || !probe.errors.is_empty() {
                return probe;
            }
            match infer_order(dates.iter().map(|(l, d)| (*l, d.as_str()))) {
                Ok(o) => o,
                Err(e) => {
                    out.errors.push(e);
                    return out;
                }
            }
        }
    };
    let mut layout_error = None;
    let mut found: Option<Layout> = None;
    let columns = records(text, &mut out, |c, row, out| {
        if layout_error.is_some() {
            return;
        }
        if found.is_none() {
            match layout(format, c) {
                Ok(l) => found = Some(l),
                Err(e) => {
                    layout_error = Some(e);
                    return;
                }
            }
        }
        let l = found.as_ref().expect("set above");
        match entry(l, &row, order) {
            Ok(e) => out.entries.push(e),
            Err(e) => out.errors.push((row.line, e)),
        }
    });
    // A file of a header alone is still checked against the format.
    if found.is_none()
        && layout_error.is_none()
        && let Some(c) = &columns
        && let Err(e) = layout(format, c)
    {
        layout_error = Some(e);
    }
    if let Some(e) = layout_error {
        out.errors.push((1, e));
    }
    out
}

fn entry(l: &Layout, row: &Row, order: DateOrder) -> Result<Entry, String> {
    let date = date(row.get(l.date), order)?;
    let exact = match (row.get(l.clock), row.get(l.decimal)) {
        (clock, _) if !clock.is_empty() => clock_minutes(clock)?,
        (_, decimal) if !decimal.is_empty() => decimal_hours(decimal)? * Decimal::from(60),
        _ => return Err("no duration".into()),
    };
    let billable = match row.get(l.billable) {
        "" => true,
        text => yes_no(text).ok_or_else(|| format!("billable \"{text}\": use Yes or No"))?,
    };
    let (client, project, task) = (row.get(l.client), row.get(l.project), row.get(l.task));
    let names: Vec<String> =
        [project, client].into_iter().filter(|n| !n.is_empty()).map(clean).collect();
    let user: Vec<&str> =
        l.user.iter().map(|&i| row.get(Some(i))).filter(|s| !s.is_empty()).collect();
    let user = (!user.is_empty()).then(|| clean(&user.join(" ")));
    let description = row.get(l.note);
    // The description; when it is empty the task, else the project (SPEC 14).
    let note = [description, task, project]
        .into_iter()
        .find(|t| !t.trim().is_empty())
        .map(clean)
        .unwrap_or_default();
    let content = format!(
        "{date} {} {exact} {} | {client} | {project} | {task} | {} | {billable}",
        row.get(l.start_time),
        user.as_deref().unwrap_or(""),
        clean(description)
    );
    Ok(Entry {
        line: row.line,
        date,
        exact,
        names,
        user,
        project: clean(project),
        note,
        billable,
        exclusive: false,
        record: 0,
        content,
    })
}

/// `H:MM:SS`, `HH:MM:SS` or `H:MM` as minutes (with fractions for seconds).
fn clock_minutes(text: &str) -> Result<Decimal, String> {
    let bad = || format!("duration \"{text}\": use H:MM:SS or H:MM");
    let parts: Vec<&str> = text.split(':').collect();
    if !(2..=3).contains(&parts.len()) {
        return Err(bad());
    }
    let n = |s: &str| s.parse::<i64>().ok().filter(|&v| v >= 0);
    let hours = n(parts[0]).ok_or_else(bad)?;
    let minutes = n(parts[1]).filter(|&m| m < 60 && parts[1].len() == 2).ok_or_else(bad)?;
    let seconds = match parts.get(2) {
        Some(s) => n(s).filter(|&v| v < 60 && s.len() == 2).ok_or_else(bad)?,
        None => 0,
    };
    let whole = hours.checked_mul(60).and_then(|h| h.checked_add(minutes)).ok_or_else(bad)?;
    Ok(Decimal::from(whole) + Decimal::from(seconds) / Decimal::from(60))
}

/// Decimal hours with a dot or a comma: `1.85`, `20,0`, `2.000,0`, `2,000.5`.
fn decimal_hours(text: &str) -> Result<Decimal, String> {
    let bad = || format!("hours \"{text}\": use decimal hours like 1.5 or 1,5");
    let last = text.rfind(['.', ',']);
    let normal: String = match last {
        Some(i) => {
            let (int, frac) = text.split_at(i);
            let int: String = int.chars().filter(|c| !matches!(c, '.' | ',')).collect();
            format!("{int}.{}", &frac[1..])
        }
        None => text.to_string(),
    };
    let value = Decimal::from_str_exact(normal.trim()).map_err(|_| bad())?;
    if value.is_sign_negative() {
        return Err(bad());
    }
    Ok(value)
}

/// Yes or no in the languages the tools export in.
fn yes_no(text: &str) -> Option<bool> {
    let t = text.trim().to_lowercase();
    const YES: &[&str] = &[
        "yes", "y", "true", "1", "ja", "oui", "sí", "si", "sim", "tak", "da", "evet", "はい", "是",
    ];
    const NO: &[&str] = &[
        "no",
        "n",
        "false",
        "0",
        "nein",
        "non",
        "não",
        "nao",
        "nie",
        "ne",
        "hayır",
        "いいえ",
        "否",
    ];
    if YES.contains(&t.as_str()) {
        Some(true)
    } else if NO.contains(&t.as_str()) {
        Some(false)
    } else {
        None
    }
}

/// A date: `YYYY-MM-DD`, or with slashes or dots `A/B/YYYY` (two-digit years are
/// 20YY) read in `order`.
fn date(text: &str, order: DateOrder) -> Result<NaiveDate, String> {
    let bad = || format!("date \"{text}\": use YYYY-MM-DD, MM/DD/YYYY or DD/MM/YYYY");
    if let Some(d) = year_first(text) {
        return Ok(d);
    }
    let (a, b, y) = slashed(text).ok_or_else(bad)?;
    let (m, d) = match order {
        DateOrder::Mdy => (a, b),
        DateOrder::Dmy => (b, a),
    };
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(bad)
}

/// `A/B/Y` (or with `.` or `-`) as numbers; a two-digit year is 20YY. A year written
/// first (`2024/03/14`) is not slashed in this sense: see [`year_first`].
fn slashed(text: &str) -> Option<(u32, u32, i32)> {
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    let [a, b, y] = parts.as_slice() else { return None };
    if a.len() > 2 {
        return None;
    }
    let a: u32 = a.parse().ok()?;
    let b: u32 = b.parse().ok()?;
    let y: i32 = match y.len() {
        2 => 2000 + y.parse::<i32>().ok()?,
        4 => y.parse().ok()?,
        _ => return None,
    };
    Some((a, b, y))
}

/// A date with its year first: `2024-03-14`, `2024/03/14`, `2024.03.14`.
fn year_first(text: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    let [y, m, d] = parts.as_slice() else { return None };
    if y.len() != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// Which of month or day comes first in the file's slashed dates: the one every date
/// allows; refused (naming a date) while both stay valid for every row.
fn infer_order<'a>(
    dates: impl Iterator<Item = (u32, &'a str)>,
) -> Result<DateOrder, (u32, String)> {
    let (mut mdy, mut dmy) = (true, true);
    let mut ambiguous: Option<(u32, String)> = None;
    for (line, text) in dates {
        let Some((a, b, _)) = slashed(text) else { continue };
        if a > 12 {
            mdy = false;
        }
        if b > 12 {
            dmy = false;
        }
        if a != b && a <= 12 && b <= 12 && ambiguous.is_none() {
            ambiguous = Some((line, text.to_string()));
        }
    }
    match (mdy, dmy, ambiguous) {
        (true, false, _) => Ok(DateOrder::Mdy),
        (false, true, _) => Ok(DateOrder::Dmy),
        (false, false, _) => Err((
            1,
            "the dates have the month first in some rows and the day first in others".into(),
        )),
        (true, true, Some((line, text))) => Err((
            line,
            format!(
                "date \"{text}\" reads as month/day and as day/month: pass --date-format mdy or dmy"
            ),
        )),
        (true, true, None) => Ok(DateOrder::Mdy),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_hours_in_every_form_the_exports_use() {
        let m = |t: &str| clock_minutes(t).unwrap();
        assert_eq!(m("01:00:01") * Decimal::from(60), Decimal::from(3601));
        assert_eq!(m("3:00:00"), Decimal::from(180));
        assert_eq!(m("0:13"), Decimal::from(13));
        assert!(clock_minutes("1:5:00").is_err() && clock_minutes("ab").is_err());
        let h = |t: &str| decimal_hours(t).unwrap().to_string();
        assert_eq!(
            [h("1.85"), h("20,0"), h("2.000,0"), h("2,000.5"), h("0,01")],
            ["1.85", "20.0", "2000.0", "2000.5", "0.01"]
        );
        assert!(decimal_hours("-1").is_err());
    }

    #[test]
    fn harvest_hours_are_read_never_hours_rounded() {
        let text = "Date,Client,Project,Task,Notes,Hours Rounded,Hours,Billable?\n2024-03-04,C,P,T,n,4.00,3.84,Yes\n";
        let p = parse(Format::Harvest, text, None);
        assert!(p.errors.is_empty(), "{:?}", p.errors);
        // 3.84 h = 230.4 minutes.
        assert_eq!(p.entries[0].exact, Decimal::new(2304, 1));
    }

    #[test]
    fn billable_values_in_the_tools_languages() {
        assert_eq!(
            ["Yes", "No", "いいえ", "Ja", "nein"].map(yes_no),
            [Some(true), Some(false), Some(false), Some(true), Some(false)]
        );
        assert_eq!(yes_no("maybe"), None);
    }

    #[test]
    fn slashed_dates_are_read_in_the_order_the_file_allows() {
        let dates = [(2, "13/04/2024"), (3, "03/04/2024")];
        assert_eq!(infer_order(dates.into_iter()), Ok(DateOrder::Dmy));
        assert_eq!(infer_order([(2, "04/13/2024")].into_iter()), Ok(DateOrder::Mdy));
        let err = infer_order([(2, "03/04/2024"), (3, "05/05/2024")].into_iter()).unwrap_err();
        assert_eq!(err.0, 2);
        assert!(err.1.contains("03/04/2024"));
        assert_eq!(date("03/04/2024", DateOrder::Dmy).unwrap().to_string(), "2024-04-03");
        assert_eq!(date("4/3/17", DateOrder::Mdy).unwrap().to_string(), "2017-04-03");
        assert_eq!(date("2024-03-04", DateOrder::Dmy).unwrap().to_string(), "2024-03-04");
        assert_eq!(date("2024/03/14", DateOrder::Dmy).unwrap().to_string(), "2024-03-14");
        assert_eq!(date("14-03-2024", DateOrder::Dmy).unwrap().to_string(), "2024-03-14");
    }
}
