//! Timewarrior's `timew export`: a JSON array of intervals, each with `start` and
//! (unless it is still open) `end` as UTC timestamps (`20260305T090000Z`), `tags` and
//! an optional `annotation`. Tags are the names mapped to clients, of equal rank as
//! klog's. An interval is booked on the local days it covers, split at local midnight
//! as a timeclock session is (Timewarrior itself shows intervals in local time), each
//! part as long as the real time between its ends (a day the clocks change included);
//! an open interval is a warning, not imported, and one longer than a day is refused
//! unless `allow_long`, as a timeclock session. Each interval is read at its own line,
//! so a problem is reported where it is, also in a pretty-printed export. An interval
//! is known by its start and end (intervals never overlap): editing its tags or
//! annotation in Timewarrior never imports it twice.

use chrono::{DateTime, Days, Local, NaiveDateTime, NaiveTime, TimeZone, Utc};
use rust_decimal::Decimal;
use serde_json::Value;

use super::{Entry, Parsed, clean};

/// The longest interval read without `--allow-long-sessions`: a day, as timeclock's.
const LONG_HOURS: i64 = 24;

pub fn parse(text: &str, allow_long: bool) -> Parsed {
    parse_in(text, &Local, allow_long)
}

/// Parses `text` with local days in time zone `zone`.
pub fn parse_in<Z: TimeZone>(text: &str, zone: &Z, allow_long: bool) -> Parsed {
    let mut out = Parsed::default();
    // Lines are counted from the last position asked for: positions only grow.
    let counted = std::cell::Cell::new((0usize, 1u32));
    let line_at = |pos: usize| {
        let (from, line) = counted.get();
        let line = line + memchr::memchr_iter(b'\n', &text.as_bytes()[from..pos]).count() as u32;
        counted.set((pos, line));
        line
    };
    let skip = |mut pos: usize| {
        while text.as_bytes().get(pos).is_some_and(u8::is_ascii_whitespace) {
            pos += 1;
        }
        pos
    };
    let mut pos = skip(0);
    if text.as_bytes().get(pos) != Some(&b'[') {
        out.errors.push((
            line_at(pos),
            "not a `timew export` file: it starts with a JSON array of intervals".into(),
        ));
        return out;
    }
    pos = skip(pos + 1);
    loop {
        if text.as_bytes().get(pos) == Some(&b']') {
            break;
        }
        if pos >= text.len() {
            out.errors.push((line_at(pos), "the array of intervals does not end (no `]`)".into()));
            break;
        }
        let line = line_at(pos);
        let mut stream = serde_json::Deserializer::from_str(&text[pos..]).into_iter::<Value>();
        match stream.next() {
            Some(Ok(value)) => {
                if let Err(e) = interval(&value, line, zone, allow_long, &mut out) {
                    out.errors.push((line, e));
                }
                pos += stream.byte_offset();
            }
            Some(Err(e)) => {
                out.errors.push((line + e.line() as u32 - 1, format!("not valid JSON: {e}")));
                break;
            }
            None => break,
        }
        pos = skip(pos);
        match text.as_bytes().get(pos) {
            Some(b',') => pos = skip(pos + 1),
            Some(b']') => {}
            _ => {
                out.errors.push((line_at(pos), "expected `,` or `]` after an interval".into()));
                break;
            }
        }
    }
    out
}

/// One interval: its entries (one per local day), or a warning when it is open.
fn interval<Z: TimeZone>(
    v: &Value,
    line: u32,
    zone: &Z,
    allow_long: bool,
    out: &mut Parsed,
) -> Result<(), String> {
    let object = v.as_object().ok_or("an interval is a JSON object")?;
    let text = |key: &str| object.get(key).and_then(Value::as_str);
    let start_text = text("start").ok_or("the interval has no \"start\"")?;
    let start = timestamp(start_text).map_err(|e| format!("start: {e}"))?;
    let Some(end_text) = text("end") else {
        out.warnings.push((line, "open interval not imported".to_string()));
        return Ok(());
    };
    let end = timestamp(end_text).map_err(|e| format!("end: {e}"))?;
    if end < start {
        return Err(format!("the interval ends ({end_text}) before it starts ({start_text})"));
    }
    let hours = (end - start).num_hours();
    if hours >= 1_000_000 {
        return Err(format!("an interval of {hours} hours is too long to be real"));
    }
    if !allow_long && end - start > chrono::Duration::hours(LONG_HOURS) {
        return Err(format!(
            "an interval of {hours} hours is longer than 24 hours; pass --allow-long-sessions if it is real"
        ));
    }
    let tags: Vec<String> = match object.get("tags") {
        None => Vec::new(),
        Some(Value::Array(tags)) => tags
            .iter()
            .map(|t| t.as_str().map(str::to_string).ok_or("tags are strings"))
            .collect::<Result<_, _>>()?,
        Some(_) => return Err("\"tags\" is a list of strings".into()),
    };
    let annotation = clean(text("annotation").unwrap_or_default());
    let note = if annotation.is_empty() { clean(&tags.join(", ")) } else { annotation };
    // Each part runs from an instant to the next local midnight (or the end); its length
    // is the real time between the two instants.
    let mut from = start;
    for part in 0.. {
        let day = from.with_timezone(zone).date_naive();
        let midnight = day
            .checked_add_days(Days::new(1))
            .and_then(|d| zone.from_local_datetime(&d.and_time(NaiveTime::MIN)).earliest())
            .map(|m| m.with_timezone(&Utc));
        let to = match midnight {
            Some(m) if m < end => m,
            _ => end,
        };
        let seconds = (to - from).num_seconds();
        out.entries.push(Entry {
            line,
            date: day,
            exact: Decimal::from(seconds) / Decimal::from(60),
            names: tags.clone(),
            user: None,
            project: String::new(),
            note: note.clone(),
            billable: true,
            exclusive: true,
            record: 0,
            content: format!("{start_text}-{end_text} #{part}"),
        });
        if to >= end {
            break;
        }
        from = to;
    }
    Ok(())
}

/// A Timewarrior timestamp, `20260305T090000Z` (UTC).
fn timestamp(text: &str) -> Result<DateTime<Utc>, String> {
    NaiveDateTime::parse_from_str(text, "%Y%m%dT%H%M%SZ")
        .map(|t| t.and_utc())
        .map_err(|_| format!("\"{text}\" is not a timestamp like 20260305T090000Z"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(p: &Parsed) -> Vec<(u32, String, i64, Vec<String>, String)> {
        p.entries
            .iter()
            .map(|e| (e.line, e.date.to_string(), e.minutes().0, e.names.clone(), e.note.clone()))
            .collect()
    }

    #[test]
    fn intervals_become_local_days_with_tags_as_names() {
        let text = "[\n{\"id\":3,\"start\":\"20260305T090000Z\",\"end\":\"20260305T103000Z\",\"tags\":[\"acme\",\"website\"],\"annotation\":\"fix form\"},\n{\"id\":2,\"start\":\"20260305T220000Z\",\"end\":\"20260306T013000Z\",\"tags\":[\"globex\"]},\n{\"id\":1,\"start\":\"20260307T080000Z\",\"tags\":[\"acme\"]}\n]\n";
        let utc = parse_in(text, &Utc, false);
        assert_eq!(
            entries(&utc),
            [
                (
                    2,
                    "2026-03-05".into(),
                    90,
                    vec!["acme".into(), "website".into()],
                    "fix form".into()
                ),
                (3, "2026-03-05".into(), 120, vec!["globex".into()], "globex".into()),
                (3, "2026-03-06".into(), 90, vec!["globex".into()], "globex".into()),
            ]
        );
        assert_eq!(utc.warnings, [(4, "open interval not imported".to_string())]);
        assert!(utc.errors.is_empty());
        // Two hours east of UTC the night interval is one day, the 6th.
        let east = chrono::FixedOffset::east_opt(2 * 3600).unwrap();
        let days: Vec<(String, i64)> = parse_in(text, &east, false)
            .entries
            .iter()
            .map(|e| (e.date.to_string(), e.minutes().0))
            .collect();
        assert_eq!(days[1..], [("2026-03-06".to_string(), 210)]);
    }

    #[test]
    fn problems_are_reported_at_their_lines_also_when_pretty_printed() {
        let text = "[\n  {\n    \"start\": \"20260305T090000Z\",\n    \"end\": \"2026-03-05\"\n  },\n  {\n    \"start\": \"20260306T090000Z\",\n    \"end\": \"20260306T080000Z\"\n  }\n]";
        let p = parse_in(text, &Utc, false);
        assert_eq!(p.errors.len(), 2, "{:?}", p.errors);
        assert_eq!(p.errors[0].0, 2);
        assert!(p.errors[0].1.contains("end: \"2026-03-05\" is not a timestamp"), "{:?}", p.errors);
        assert_eq!(p.errors[1].0, 6);
        assert!(p.errors[1].1.contains("ends (20260306T080000Z) before it starts"));
        let broken = parse_in("[\n{\"start\": \"20260305T090000Z\",\n\"end\" 3}\n]", &Utc, false);
        assert_eq!(broken.errors.len(), 1);
        assert_eq!(broken.errors[0].0, 3, "{:?}", broken.errors);
        assert!(!parse_in("{}", &Utc, false).errors.is_empty());
    }
}
