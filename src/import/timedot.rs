//! hledger's timedot format, as its manual, reader and test files define it:
//!
//! ```text
//! # comment lines start with # or ; (and, before the first date, *)
//! 2023-01-01 optional description ; comment
//! biz:research  ....          (each dot is a quarter hour; spaces are ignored)
//! inc:client1   1.5           (hours; also 0,25  .25  15m  0.25h  1d)
//! b             aabbaca       (each letter a quarter hour, one entry per letter)
//! ** 2023-01-02               (an org heading prefix is ignored)
//! ```
//!
//! Every quantity is one entry on its day; an account without a quantity is zero and
//! is not imported.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{Entry, Parsed, clean};
use crate::import::timeclock::simple_date;

pub fn parse(text: &str) -> Parsed {
    let mut out = Parsed::default();
    let mut day: Option<(NaiveDate, String)> = None;
    // After a date line that is not a valid date, its entries are not read either.
    let mut bad_day = false;
    for (n, raw) in text.lines().enumerate() {
        let line = n as u32 + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with(['#', ';']) {
            continue;
        }
        // An org heading prefix (`** `) is ignored on date and entry lines alike.
        let body = strip_heading(raw);
        if let Some(result) = date_line(body) {
            match result {
                Ok((date, description)) => {
                    day = Some((date, description));
                    bad_day = false;
                }
                Err(e) => {
                    out.errors.push((line, e));
                    bad_day = true;
                }
            }
            continue;
        }
        if bad_day {
            continue;
        }
        let Some((date, description)) = &day else {
            // Before the first date every line is a comment (org headings included).
            if raw.starts_with('*') {
                continue;
            }
            out.errors.push((line, "an entry before the first date line".into()));
            continue;
        };
        match entry_line(body) {
            Ok((account, quantities, comment)) => {
                for (minutes, letter) in quantities {
                    let note = [description.as_str(), comment.as_str(), letter.as_str()]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join("; ");
                    out.entries.push(Entry {
                        project: String::new(),
                        line,
                        date: *date,
                        exact: minutes,
                        names: names(&account),
                        user: None,
                        note: clean(&note),
                        billable: true,
                        exclusive: false,
                        record: 0,
                        content: format!(
                            "{date} {account} {minutes} {letter} {description} {comment}"
                        ),
                    });
                }
            }
            Err(e) => out.errors.push((line, e)),
        }
    }
    out
}

/// The line without an org heading prefix (`*`s and a space).
fn strip_heading(line: &str) -> &str {
    let stars = line.len() - line.trim_start_matches('*').len();
    if stars > 0 && line[stars..].starts_with([' ', '\t']) {
        line[stars..].trim_start()
    } else {
        line
    }
}

/// A date line: `DATE [DESCRIPTION] [; COMMENT]`; `None` when the line does not start
/// with something like a date (three groups of digits), an error when it does but the
/// date is not valid.
fn date_line(line: &str) -> Option<Result<(NaiveDate, String), String>> {
    let first = line.split_whitespace().next()?;
    let groups: Vec<&str> = first.split(['-', '/', '.']).collect();
    // hledger reads `2/1` in the current (or a `Y`) year; an import must not guess.
    let numbers =
        |g: &[&str]| g.iter().all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()));
    if groups.len() == 2 && numbers(&groups) && !line.starts_with([' ', '\t']) {
        return Some(Err(format!("date \"{first}\" has no year: write it as YYYY-MM-DD")));
    }
    let looks_like_date = groups.len() == 3
        && groups.iter().all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()));
    if !looks_like_date || line.starts_with([' ', '\t']) {
        return None;
    }
    let rest = line[first.len()..].split(';').next().unwrap_or("").trim();
    Some(simple_date(first).map(|d| (d, rest.to_string())))
}

/// An entry line: the account, its quantities (minutes and the letter, if any), the
/// comment.
type Quantities = Vec<(Decimal, String)>;

fn entry_line(line: &str) -> Result<(String, Quantities, String), String> {
    let line = line.trim_start();
    let (main, comment) = match line.split_once(';') {
        Some((main, comment)) => (main, comment.trim().to_string()),
        None => (line, String::new()),
    };
    let main = main.trim_end();
    // The account is single-spaced text; two spaces (or a tab) end it.
    let end = main.find("  ").into_iter().chain(main.find('\t')).min().unwrap_or(main.len());
    let account = main[..end].trim().to_string();
    let quantity = main[end..].trim();
    if account.is_empty() {
        return Err("an entry needs an account name".into());
    }
    Ok((account, quantities(quantity)?, comment))
}

/// The minutes a quantity stands for: dots, a number with an optional unit, or
/// letters (one entry per letter).
fn quantities(text: &str) -> Result<Quantities, String> {
    let quarter = Decimal::from(15);
    if text.is_empty() {
        return Ok(Vec::new());
    }
    if text.chars().all(|c| c == '.' || c == ' ') && text.starts_with('.') && text.len() > 1 {
        let dots = text.chars().filter(|&c| c == '.').count();
        return Ok(vec![(quarter * Decimal::from(dots), String::new())]);
    }
    if text == "." {
        return Ok(vec![(quarter, String::new())]);
    }
    if text.chars().all(|c| c.is_alphabetic() || c == ' ')
        && !text.chars().any(|c| c.is_ascii_digit())
        && text.chars().next().is_some_and(char::is_alphabetic)
    {
        let mut letters: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
        letters.sort_unstable();
        let mut out: Quantities = Vec::new();
        for c in letters {
            match out.last_mut() {
                Some((m, l)) if l == &format!("t:{c}") => *m += quarter,
                _ => out.push((quarter, format!("t:{c}"))),
            }
        }
        return Ok(out);
    }
    number(text).map(|m| vec![(m, String::new())])
}

/// A number of hours with an optional unit: `1.5`, `0,25`, `.25`, `15m`, `0.25h`,
/// `1d`, `30s`, `1w`, `1mo`, `1y` (hledger's units, exactly: a day is 24 hours).
fn number(text: &str) -> Result<Decimal, String> {
    let bad = || {
        format!(
            "quantity \"{text}\": use dots, a number of hours (1.5, 0,25) or one with a unit (15m, 2h, 1d)"
        )
    };
    let split = text.find(|c: char| c.is_alphabetic()).unwrap_or(text.len());
    let (value, unit) = text.split_at(split);
    let value = value.trim().replace(',', ".");
    let value = if value.starts_with('.') { format!("0{value}") } else { value };
    let value = Decimal::from_str_exact(&value).map_err(|_| bad())?;
    if value.is_sign_negative() {
        return Err(bad());
    }
    let minutes_per: i64 = match unit.trim() {
        "" | "h" => 60,
        "m" => 1,
        "s" => return Ok(value / Decimal::from(60)),
        "d" => 24 * 60,
        "w" => 168 * 60,
        "mo" => 5040 * 60,
        "y" => 61320 * 60,
        _ => return Err(bad()),
    };
    value.checked_mul(Decimal::from(minutes_per)).ok_or_else(bad)
}

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

    #[test]
    fn every_form_of_a_quarter_hour_is_fifteen_minutes() {
        // hledger's timedot.test, case 4: each is exactly 0.25.
        for q in [".", "0.25", ".25", "0,25", ",25", "15m", "0.25h"] {
            assert_eq!(quantities(q).unwrap(), [(Decimal::from(15), String::new())], "{q}");
        }
        assert_eq!(quantities(".... ..").unwrap()[0].0, Decimal::from(90));
        assert_eq!(quantities("1d").unwrap()[0].0, Decimal::from(1440));
        assert!(quantities("-1").is_err() && quantities("3x").is_err());
    }

    #[test]
    fn letters_are_a_quarter_hour_each_grouped_by_letter() {
        let q = quantities("aabbaca").unwrap();
        let got: Vec<(String, String)> =
            q.iter().map(|(m, l)| (m.to_string(), l.clone())).collect();
        let want = [("60", "t:a"), ("30", "t:b"), ("15", "t:c")];
        assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
    }

    #[test]
    fn a_date_that_is_not_one_is_an_error_not_an_entry() {
        // hledger's timedot.test, case 8.
        let p = parse("*** 2023-02-29\nyoga  ....\n");
        assert_eq!(p.errors.len(), 1, "{:?}", p.errors);
        assert_eq!(p.errors[0].0, 1);
    }
}
