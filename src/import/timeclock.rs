//! hledger's timeclock format, as its manual and test files define it:
//!
//! ```text
//! # comment lines start with #, ; or *; blank lines are ignored
//! i SIMPLEDATE HH:MM[:SS][+-ZZZZ] ACCOUNT[  DESCRIPTION][;COMMENT]
//! o SIMPLEDATE HH:MM[:SS][+-ZZZZ][ ACCOUNT][;COMMENT]
//! ```
//!
//! Lines beginning with `b`, `h` or `O` are ignored. Several sessions may be open at
//! once; a clock-out naming an account closes that account's latest open session, one
//! without a name the most recent open session. A session over midnight is split into
//! one entry per day, each day's part rounded on its own (as hledger does). Sessions
//! still open at the end are not imported (a warning each).

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};
use rust_decimal::Decimal;

use super::{Entry, Parsed, clean};

struct Open {
    line: u32,
    start: NaiveDateTime,
    account: String,
    note: String,
}

/// The longest session read without `--allow-long-sessions`: a day (SPEC 12.7).
const LONG_SESSION_HOURS: i64 = 24;
/// The longest session read at all: the bound of every duration.
const MAX_SESSION_HOURS: i64 = 1_000_000;

/// Reads a timeclock file; a session longer than 24 hours is an error at its
/// clock-out unless `allow_long` (a typo in a year makes one of thousands of hours).
pub fn parse(text: &str, allow_long: bool) -> Parsed {
    let mut out = Parsed::default();
    let mut open: Vec<Open> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = n as u32 + 1;
        let trimmed = raw.trim_end();
        let Some(code) = trimmed.chars().next() else { continue };
        if matches!(code, '#' | ';' | '*' | 'b' | 'h' | 'O') || trimmed.trim_start().is_empty() {
            continue;
        }
        let result = match code {
            'i' => clock_in(trimmed).map(|(start, account, note)| {
                open.push(Open { line, start, account, note });
            }),
            'o' => clock_out(trimmed).and_then(|(end, account)| {
                let at = match &account {
                    Some(name) => {
                        open.iter().rposition(|o| &o.account == name).ok_or_else(|| {
                            format!("clock-out of \"{name}\", which has no open session")
                        })?
                    }
                    None => open.len().checked_sub(1).ok_or_else(|| {
                        "clock-out without an open session (no clock-in before it)".to_string()
                    })?,
                };
                let session = &open[at];
                if end < session.start {
                    return Err(format!(
                        "clock-out at {end} is before its clock-in at {} (line {})",
                        session.start, session.line
                    ));
                }
                let hours = (end - session.start).num_hours();
                if hours >= MAX_SESSION_HOURS {
                    return Err(format!(
                        "a session of more than {MAX_SESSION_HOURS} hours (clock-in at {}, line {}) is too long to be real",
                        session.start, session.line
                    ));
                }
                if !allow_long && end - session.start > chrono::Duration::hours(LONG_SESSION_HOURS) {
                    return Err(format!(
                        "a session of {hours} hours (clock-in at {}, line {}) is longer than 24 hours; pass --allow-long-sessions if it is real",
                        session.start, session.line
                    ));
                }
                let session = open.remove(at);
                split_days(&session, end, &mut out.entries);
                Ok(())
            }),
            other => Err(format!("\"{other}\": a timeclock line starts with i or o")),
        };
        if let Err(e) = result {
            out.errors.push((line, e));
        }
    }
    for o in open {
        out.warnings.push((o.line, "open session not imported".to_string()));
    }
    out
}

/// `i DATE TIME ACCOUNT[  DESCRIPTION][;COMMENT]`: the start, the account, the note.
fn clock_in(line: &str) -> Result<(NaiveDateTime, String, String), String> {
    let (at, rest) = date_time(line)?;
    let (main, comment) = match rest.split_once(';') {
        Some((main, comment)) => (main, comment.trim()),
        None => (rest, ""),
    };
    let main = main.trim();
    // The account ends at two spaces or a tab; the description follows.
    let split = main.find("  ").into_iter().chain(main.find('\t')).min();
    let (account, description) = match split {
        Some(i) => (main[..i].trim(), main[i..].trim()),
        None => (main, ""),
    };
    if account.is_empty() {
        return Err("a clock-in needs an account name after the time".into());
    }
    let note = match (description, comment) {
        (d, "") => d.to_string(),
        ("", c) => c.to_string(),
        (d, c) => format!("{d}; {c}"),
    };
    Ok((at, account.to_string(), clean(&note)))
}

/// `o DATE TIME[ ACCOUNT][;COMMENT]`: the end and the account it names.
fn clock_out(line: &str) -> Result<(NaiveDateTime, Option<String>), String> {
    let (at, rest) = date_time(line)?;
    let main = rest.split_once(';').map_or(rest, |(main, _)| main).trim();
    Ok((at, (!main.is_empty()).then(|| main.to_string())))
}

/// The date and time after the code: `2025-01-01 09:00[:00][+0100]`; the rest.
fn date_time(line: &str) -> Result<(NaiveDateTime, &str), String> {
    let rest = line[1..].strip_prefix([' ', '\t']).ok_or("the code is followed by a space")?;
    let rest = rest.trim_start();
    let date_end = rest.find([' ', '\t']).ok_or("a date and a time follow the code")?;
    let date = simple_date(&rest[..date_end])?;
    let rest = rest[date_end..].trim_start();
    let token_end = rest.find([' ', '\t', ';']).unwrap_or(rest.len());
    let (token, rest) = rest.split_at(token_end);
    // A time zone (+0100, -0500) is read and ignored, as hledger does.
    let (time_text, zone) = match token.find(['+', '-']) {
        Some(i) => (&token[..i], Some(&token[i + 1..])),
        None => (token, None),
    };
    let time = time_of(time_text)?;
    if let Some(zone) = zone
        && (zone.len() != 4 || !zone.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(format!("time zone in \"{token}\": use +HHMM or -HHMM"));
    }
    Ok((date.and_time(time), rest))
}

/// hledger's simple date: `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYY.MM.DD`, with one or two
/// digits of month and day.
pub(crate) fn simple_date(text: &str) -> Result<NaiveDate, String> {
    let bad = || format!("date \"{text}\": use YYYY-MM-DD (or YYYY/MM/DD)");
    let sep = text.chars().find(|c| matches!(c, '-' | '/' | '.')).ok_or_else(bad)?;
    let parts: Vec<&str> = text.split(sep).collect();
    let [y, m, d] = parts.as_slice() else { return Err(bad()) };
    let number = |s: &str, max_len: usize| {
        (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (y, m, d) = (number(y, 4).filter(|_| y.len() == 4), number(m, 2), number(d, 2));
    match (y, m, d) {
        (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y as i32, m, d).ok_or_else(bad),
        _ => Err(bad()),
    }
}

/// `HH:MM` or `HH:MM:SS`, two digits each.
fn time_of(text: &str) -> Result<NaiveTime, String> {
    let bad = || format!("time \"{text}\": use HH:MM or HH:MM:SS");
    let parts: Vec<&str> = text.split(':').collect();
    if !(2..=3).contains(&parts.len()) || parts.iter().any(|p| p.len() != 2) {
        return Err(bad());
    }
    let n = |i: usize| parts.get(i).map_or(Some(0), |p| p.parse::<u32>().ok());
    match (n(0), n(1), n(2)) {
        (Some(h), Some(m), Some(s)) => NaiveTime::from_hms_opt(h, m, s).ok_or_else(bad),
        _ => Err(bad()),
    }
}

/// The session from its start to `end` as one entry per day.
fn split_days(session: &Open, end: NaiveDateTime, entries: &mut Vec<Entry>) {
    let mut from = session.start;
    loop {
        let next_midnight =
            from.date().checked_add_days(Days::new(1)).map(|d| d.and_time(NaiveTime::MIN));
        let to = match next_midnight {
            Some(m) if m < end => m,
            _ => end,
        };
        let seconds = (to - from).num_seconds();
        let until =
            if to.date() > from.date() { "24:00:00".to_string() } else { to.time().to_string() };
        entries.push(Entry {
            project: String::new(),
            line: session.line,
            date: from.date(),
            exact: Decimal::from(seconds) / Decimal::from(60),
            names: names(&session.account),
            user: None,
            note: session.note.clone(),
            billable: true,
            exclusive: false,
            record: 0,
            content: format!(
                "{} {}-{until} {}  {}",
                from.date(),
                from.time(),
                session.account,
                session.note
            ),
        });
        if to >= end {
            break;
        }
        from = to;
    }
}

/// An account name and its first segment: `clients:acme:web` maps as itself, else as
/// `clients`.
fn names(account: &str) -> Vec<String> {
    let mut out = vec![account.to_string()];
    if let Some((first, _)) = account.split_once(':') {
        out.push(first.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minutes(p: &Parsed) -> Vec<(String, i64, String)> {
        p.entries.iter().map(|e| (e.date.to_string(), e.minutes().0, e.names[0].clone())).collect()
    }

    #[test]
    fn dates_and_times_take_every_form_of_the_manual() {
        assert_eq!(simple_date("2009/1/2"), Ok(NaiveDate::from_ymd_opt(2009, 1, 2).unwrap()));
        assert_eq!(simple_date("2020-01-30"), Ok(NaiveDate::from_ymd_opt(2020, 1, 30).unwrap()));
        assert!(simple_date("20-01-30").is_err() && simple_date("2020-13-01").is_err());
        assert_eq!(time_of("08:38:35"), Ok(NaiveTime::from_hms_opt(8, 38, 35).unwrap()));
        assert_eq!(time_of("08:00"), Ok(NaiveTime::from_hms_opt(8, 0, 0).unwrap()));
        assert!(time_of("8:00").is_err() && time_of("25:00").is_err());
    }

    #[test]
    fn a_session_over_midnight_is_split_and_each_part_rounded() {
        let p = parse("i 2009/03/31 22:21:45 personal:reading\no 2009/04/01 02:00:34\n", false);
        // 22:21:45-24:00 = 98:15 min -> 98; 00:00-02:00:34 = 120:34 -> 121.
        assert_eq!(
            minutes(&p),
            [
                ("2009-03-31".into(), 98, "personal:reading".into()),
                ("2009-04-01".into(), 121, "personal:reading".into())
            ]
        );
        assert_eq!(p.entries[0].names, ["personal:reading", "personal"]);
    }

    #[test]
    fn clock_outs_close_the_named_or_the_latest_session_and_open_ones_are_listed() {
        let p = parse(
            "i 2025-01-01 09:00:00 session1  start 9-12\n\
             i 2025-01-01 10:00:00 session2  start 10-5\n\
             i 2025-01-01 11:00:00 session3  start 11-1\n\
             o 2025-01-01 13:00:00\n\
             o 2025-01-01 12:00:00 session1\n\
             o 2025-01-01 17:00:00\n\
             i 2025-01-02 09:00 open  never closed\n",
            false,
        );
        let mut got = minutes(&p);
        got.sort_by(|a, b| a.2.cmp(&b.2));
        assert_eq!(
            got,
            [
                ("2025-01-01".into(), 180, "session1".into()),
                ("2025-01-01".into(), 420, "session2".into()),
                ("2025-01-01".into(), 120, "session3".into())
            ]
        );
        assert_eq!(p.warnings, [(7, "open session not imported".to_string())]);
        assert!(p.errors.is_empty());
    }

    #[test]
    fn errors_name_their_line() {
        let p = parse(
            "o 2020/1/1 08:00 a\ni 2022/01/01 00:01:00 a\no 2022/01/01 00:00:00\ni 2025-01-01 09:00:00\nx foo\n",
            false,
        );
        let lines: Vec<u32> = p.errors.iter().map(|e| e.0).collect();
        assert_eq!(lines, [1, 3, 4, 5], "{:?}", p.errors);
    }

    #[test]
    fn a_session_longer_than_a_day_needs_allowing_and_one_of_years_is_refused() {
        let text = "i 2025-03-01 09:00 acme\no 2025-03-02 09:01\n";
        let p = parse(text, false);
        assert!(p.entries.is_empty());
        assert_eq!(
            p.errors,
            [(2, "a session of 24 hours (clock-in at 2025-03-01 09:00:00, line 1) is longer than 24 hours; pass --allow-long-sessions if it is real".to_string())]
        );
        let p = parse(text, true);
        assert_eq!(p.entries.len(), 2);
        assert!(p.errors.is_empty());
        // Exactly 24 hours is a day, allowed.
        assert!(parse("i 2025-03-01 09:00 acme\no 2025-03-02 09:00\n", false).errors.is_empty());
        // A typo in the year: 5,000 years are refused even when allowed, before any
        // entry is made.
        let p = parse("i 2025-03-01 09:00 acme\no 7025-03-01 09:00\n", true);
        assert!(p.entries.is_empty());
        assert_eq!(p.errors.len(), 1);
        assert!(
            p.errors[0].1.starts_with("a session of more than 1000000 hours"),
            "{:?}",
            p.errors
        );
    }
}
