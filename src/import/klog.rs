//! klog's file format, as its specification (version 1.4) defines it: records
//! separated by blank lines, each a date (`2020-01-01` or `2020/01/01`) with an
//! optional should-total (`(8h!)`), an optional record summary, and indented entries:
//! durations (`1h30m`, `-45m`), ranges (`8:00 - 9:30`, `9:00am-1:43pm`, shifted
//! `<23:30 - 0:10`, `22:17 - 1:00>`) and open ranges (`18:45 - ?`), each with an
//! optional summary that may continue on lines indented twice. Tags (`#acme`,
//! `#project="22/48.3"`) in summaries are the names mapped to clients.
//!
//! Every entry is booked on its record's date (a shifted range too, as the
//! specification says). Open ranges are not imported (a warning each); a negative
//! duration is an entry of negative length, which the import nets against the
//! positive entries of its record that book on the same client (as klog's own total
//! does).

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{Entry, Parsed, clean};

/// One entry's value in minutes, or why it is not imported.
enum Value {
    Minutes(i64),
    Open,
}

pub fn parse(text: &str) -> Parsed {
    let mut out = Parsed::default();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        if is_blank(lines[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && !is_blank(lines[i]) {
            i += 1;
        }
        if let Err((line, e)) = record(&lines[start..i], start as u32 + 1, &mut out) {
            out.errors.push((line, e));
        }
    }
    out
}

fn is_blank(line: &str) -> bool {
    line.chars().all(|c| c == '\t' || c.is_whitespace())
}

/// An entry being read: its line, value text, value and summary lines.
struct Pending {
    line: u32,
    text: String,
    value: Value,
    summary: Vec<String>,
}

/// One record: `lines` from line number `first`.
fn record(lines: &[&str], first: u32, out: &mut Parsed) -> Result<(), (u32, String)> {
    let head = lines[0];
    if head.starts_with([' ', '\t']) {
        return Err((first, "a record starts with its date, not indented".into()));
    }
    let (date_text, rest) = head.split_once([' ', '\t']).unwrap_or((head, ""));
    let date = klog_date(date_text)
        .ok_or_else(|| (first, format!("date \"{date_text}\": use YYYY-MM-DD or YYYY/MM/DD")))?;
    let rest = rest.trim();
    let should_total = rest.starts_with('(') && rest.ends_with("!)");
    if !rest.is_empty() && !should_total {
        return Err((
            first,
            format!("\"{rest}\" after the date: only a should-total like (8h!) may follow"),
        ));
    }
    let mut summary: Vec<String> = Vec::new();
    let mut indent: Option<&str> = None;
    let mut entries: Vec<Pending> = Vec::new();
    for (k, &text) in lines.iter().enumerate().skip(1) {
        let line = first + k as u32;
        if !text.starts_with([' ', '\t']) {
            if entries.is_empty() {
                summary.push(text.to_string());
                continue;
            }
            return Err((line, "a record summary must come before the entries".into()));
        }
        let style = *indent.get_or_insert_with(|| indentation(text));
        let twice = style.repeat(2);
        if let Some(more) = text.strip_prefix(twice.as_str()) {
            let Some(entry) = entries.last_mut() else {
                return Err((line, "an entry is indented once".into()));
            };
            entry.summary.push(more.to_string());
            continue;
        }
        let Some(body) = text.strip_prefix(style).filter(|b| !b.starts_with([' ', '\t'])) else {
            return Err((line, "the indentation differs from the record's first entry".into()));
        };
        let (value, text_len) = entry_value(body).map_err(|e| (line, e))?;
        let rest = &body[text_len..];
        let first_summary = match rest.chars().next() {
            None => String::new(),
            Some(' ' | '\t') => rest[1..].to_string(),
            Some(_) => {
                return Err((line, format!("\"{body}\": an entry's summary follows a space")));
            }
        };
        entries.push(Pending {
            line,
            text: body[..text_len].split_whitespace().collect::<Vec<_>>().join(" "),
            value,
            summary: vec![first_summary],
        });
    }
    let record_summary = summary.join(" ");
    let record_tags = tags(&record_summary);
    for e in entries {
        let entry_summary = e.summary.join(" ");
        match e.value {
            Value::Open => out.warnings.push((e.line, "open range not imported".into())),
            // A negative entry (`-1h lunch`) is kept, negative: the import nets it
            // against the record's entries that book on its client (SPEC 12.6).
            Value::Minutes(m) => {
                let mut names = tags(&entry_summary);
                names.extend(record_tags.iter().cloned());
                names.dedup();
                let note = if entry_summary.trim().is_empty() {
                    clean(&record_summary)
                } else {
                    clean(&entry_summary)
                };
                out.entries.push(Entry {
                    project: String::new(),
                    line: e.line,
                    date,
                    exact: Decimal::from(m),
                    names,
                    user: None,
                    content: format!(
                        "{date} {} {} | {}",
                        e.text,
                        clean(&entry_summary),
                        clean(&record_summary)
                    ),
                    note,
                    billable: true,
                    exclusive: true,
                    record: first,
                });
            }
        }
    }
    Ok(())
}

/// `YYYY-MM-DD` or `YYYY/MM/DD`, exactly four, two and two digits.
fn klog_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || !matches!(b[4], b'-' | b'/') || b[7] != b[4] {
        return None;
    }
    let n = |r: std::ops::Range<usize>| text.get(r)?.parse::<u32>().ok();
    if !text.bytes().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit()) {
        return None;
    }
    NaiveDate::from_ymd_opt(n(0..4)? as i32, n(5..7)?, n(8..10)?)
}

/// The indentation of a record's first entry: a tab, or two to four spaces.
fn indentation(line: &str) -> &'static str {
    if line.starts_with('\t') {
        return "\t";
    }
    match line.len() - line.trim_start_matches(' ').len() {
        2 => "  ",
        3 => "   ",
        _ => "    ",
    }
}

/// The value at the start of an entry line and how many bytes it takes.
fn entry_value(body: &str) -> Result<(Value, usize), String> {
    if let Some((start, len)) = time(body) {
        let after = &body[len..];
        let gap = after.len() - after.trim_start_matches([' ', '\t']).len();
        let Some(after_dash) = after[gap..].strip_prefix('-') else {
            return Err(format!("\"{body}\": a range is START - END"));
        };
        let gap2 = after_dash.len() - after_dash.trim_start_matches([' ', '\t']).len();
        let end_text = &after_dash[gap2..];
        let used = len + gap + 1 + gap2;
        let marks = end_text.len() - end_text.trim_start_matches('?').len();
        if marks > 0 {
            return Ok((Value::Open, used + marks));
        }
        let (end, end_len) =
            time(end_text).ok_or_else(|| format!("\"{body}\": the range's end is not a time"))?;
        if end < start {
            return Err(format!("\"{body}\": the range ends before it starts"));
        }
        return Ok((Value::Minutes(end - start), used + end_len));
    }
    duration(body).ok_or_else(|| {
        format!("\"{body}\": an entry is a duration (1h30m), a range (8:00 - 9:30) or an open range (8:00 - ?)")
    })
}

/// A time at the start of `text`: minutes from the record's midnight (shifted times
/// before 0 or from 1440) and its length. `<23:30`, `0:10`, `1:00>`, `9:00am`, `24:00`.
fn time(text: &str) -> Option<(i64, usize)> {
    let b = text.as_bytes();
    let mut i = 0;
    let before = b.first() == Some(&b'<');
    if before {
        i += 1;
    }
    let hour_start = i;
    while i < b.len() && b[i].is_ascii_digit() && i - hour_start < 2 {
        i += 1;
    }
    if i == hour_start || b.get(i) != Some(&b':') {
        return None;
    }
    let hour: i64 = text[hour_start..i].parse().ok()?;
    let minute_text = text.get(i + 1..i + 3)?;
    if !minute_text.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let minute: i64 = minute_text.parse().ok()?;
    i += 3;
    let mut hour = hour;
    let suffix = text.get(i..i + 2).map(str::to_ascii_lowercase);
    match suffix.as_deref() {
        Some("am") | Some("pm") => {
            if !(1..=12).contains(&hour) {
                return None;
            }
            let pm = suffix.as_deref() == Some("pm");
            hour = match (hour, pm) {
                (12, false) => 0,
                (12, true) => 12,
                (h, true) => h + 12,
                (h, false) => h,
            };
            i += 2;
        }
        _ => {
            if hour > 24 || (hour == 24 && minute != 0) {
                return None;
            }
        }
    }
    if minute > 59 {
        return None;
    }
    let after = b.get(i) == Some(&b'>');
    if after {
        if hour == 24 || before {
            return None;
        }
        i += 1;
    }
    let shift = if before {
        -1440
    } else if after {
        1440
    } else {
        0
    };
    Some((hour * 60 + minute + shift, i))
}

/// A duration at the start of `text`: `[+-]` then `Nh`, `Nm` or `NhNm`, up to a blank
/// or the end.
fn duration(text: &str) -> Option<(Value, usize)> {
    let end = text.find([' ', '\t']).unwrap_or(text.len());
    let token = &text[..end];
    let (sign, body) = match token.as_bytes().first()? {
        b'-' => (-1, &token[1..]),
        b'+' => (1, &token[1..]),
        _ => (1, token),
    };
    // Digits only: a second sign (`--1h`, `1h-5m`) is not a duration.
    let digits = |t: &str| -> Option<i64> {
        (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse().ok()).flatten()
    };
    let (hours, rest) = match body.find('h') {
        Some(h) => (Some(digits(&body[..h])?), &body[h + 1..]),
        None => (None, body),
    };
    let minutes = match rest.strip_suffix('m') {
        Some(m) => Some(digits(m)?),
        None if rest.is_empty() => None,
        None => return None,
    };
    if hours.is_none() && minutes.is_none() {
        return None;
    }
    if hours.is_some() && minutes.is_some_and(|m| m > 59) {
        return None;
    }
    let total = hours.unwrap_or(0).checked_mul(60)?.checked_add(minutes.unwrap_or(0))?;
    Some((Value::Minutes(sign * total), end))
}

/// The tags of a summary as names to map: `name=value` (when it has a value) and
/// `name`, names in lower case, in their order.
fn tags(summary: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = summary.chars().collect();
    let name_char = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '#' {
            i += 1;
            continue;
        }
        let start = i + 1;
        let mut j = start;
        while j < chars.len() && name_char(chars[j]) {
            j += 1;
        }
        if j == start {
            i += 1;
            continue;
        }
        let name: String = chars[start..j].iter().collect::<String>().to_lowercase();
        let mut value = String::new();
        if chars.get(j) == Some(&'=') {
            let v = j + 1;
            match chars.get(v) {
                Some(&q @ ('"' | '\'')) => {
                    if let Some(close) = chars[v + 1..].iter().position(|&c| c == q) {
                        value = chars[v + 1..v + 1 + close].iter().collect();
                        j = v + 2 + close;
                    } else {
                        j = v;
                    }
                }
                _ => {
                    let mut k = v;
                    while k < chars.len() && name_char(chars[k]) {
                        k += 1;
                    }
                    value = chars[v..k].iter().collect();
                    j = k;
                }
            }
        }
        if !value.is_empty() {
            out.push(format!("{name}={value}"));
        }
        out.push(name);
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minutes(line: &str) -> Option<i64> {
        match entry_value(line).ok()?.0 {
            Value::Minutes(m) => Some(m),
            Value::Open => None,
        }
    }

    #[test]
    fn entry_values_of_klogs_own_parser_tests() {
        // From klog's parser_test.go (TestParseDocumentSucceedsWithCorrectEntryValues).
        for (text, want) in [
            ("5h", 300),
            ("2m", 2),
            ("2h30m", 150),
            ("+5h", 300),
            ("-2h30m", -150),
            ("-2m", -2),
            ("3:05 - 11:59", 534),
            ("22:00 - 24:00", 120),
            ("9:00am - 1:43pm", 283),
            ("9:00am-1:43pm", 283),
            ("9:00am-9:05", 5),
            ("9:00am-8:12am>", 1392),
            ("<22:00 - <24:00", 120),
            ("<23:30 - 0:10", 40),
            ("22:17 - 1:00>", 163),
            ("22:17   -        1:00>", 163),
            ("<23:00-1:00>", 1560),
            ("<23:00-<23:10", 10),
            ("12:01>-13:59>", 118),
        ] {
            assert_eq!(minutes(text), Some(want), "{text}");
        }
        for open in ["12:01 - ?", "6:45pm - ?", "18:45 - ???", "<3:12-??????"] {
            assert!(matches!(entry_value(open), Ok((Value::Open, _))), "{open}");
        }
        for bad in [
            "25:00 - 26:00",
            "13:00pm - 14:00",
            "9:00 - 8:00",
            "1h60m",
            "24:00> - 1:00>",
            "--1h",
            "1h-5m",
            "+-2m",
        ] {
            assert!(entry_value(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn tags_are_names_in_lower_case_with_their_values() {
        assert_eq!(tags("#Office day (#coding, #meetings)"), ["office", "coding", "meetings"]);
        assert_eq!(
            tags("#ticket=891 #project=\"22/48.3\""),
            ["ticket=891", "ticket", "project=22/48.3", "project"]
        );
        assert_eq!(tags("#読む and # alone"), ["読む"]);
    }

    #[test]
    fn records_need_one_indentation_style_and_summaries_before_entries() {
        // klog's TestMalformedRecord: a summary after the entries is an error at line 4.
        let p = parse("\n1999-05-31\n\t5h30m This and that\nWhy is there a summary at the end?\n");
        assert_eq!(p.errors.iter().map(|e| e.0).collect::<Vec<_>>(), [4]);
        let p = parse("2000-05-31\n  6h\n    with more text\n  20m\n");
        assert_eq!(p.entries.len(), 2);
        assert_eq!(p.entries[0].note, "with more text");
    }
}
