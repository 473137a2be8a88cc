//! Text for terminals: control characters shown, never sent. Pure.

use std::borrow::Cow;

/// Text safe to print on a terminal: every control character (an escape sequence
/// could clear the screen or write the clipboard) shown as `\u{1b}`. Tables and
/// messages use it; CSV and JSON keep the data exact.
pub fn visible(text: &str) -> Cow<'_, str> {
    escape_controls(text, false)
}

/// Like [`visible`], keeping line breaks (for messages of several lines).
pub fn visible_lines(text: &str) -> Cow<'_, str> {
    escape_controls(text, true)
}

fn escape_controls(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    let shown = |c: char| !c.is_control() || (keep_newlines && c == '\n');
    if text.chars().all(shown) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if shown(c) {
            out.push(c);
        } else {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        }
    }
    Cow::Owned(out)
}

/// Unicode's bidirectional controls (U+202A-U+202E, U+2066-U+2069): they make text
/// read in another order than it is stored (a name shown as "Acme" may hold "emcA"),
/// so names and notes refuse them like control characters (SPEC 12.6).
pub fn bidi_control(text: &str) -> Option<char> {
    text.chars().find(|c| matches!(*c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
}

/// Checks an e-mail address: `local@domain`, the domain with a dot, no spaces.
/// An IBAN as it is written on an invoice, checked (ISO 13616: a country, two check
/// digits that make the whole number 1 modulo 97, up to 30 letters and digits);
/// returned without spaces, in capitals.
pub fn check_iban(text: &str) -> Result<String, String> {
    let iban: String =
        text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
    let bad = || format!("\"{text}\" is not an IBAN (like DE02 1203 0000 0000 2020 51)");
    let b = iban.as_bytes();
    if !(15..=34).contains(&b.len())
        || !b[..2].iter().all(u8::is_ascii_uppercase)
        || !b[2..4].iter().all(u8::is_ascii_digit)
        || !b.iter().all(u8::is_ascii_alphanumeric)
    {
        return Err(bad());
    }
    // The first four characters move to the end, each letter counts as 10..35.
    let mut rest = 0u32;
    for &c in b[4..].iter().chain(&b[..4]) {
        let value = if c.is_ascii_digit() { u32::from(c - b'0') } else { u32::from(c - b'A') + 10 };
        rest = if value >= 10 { (rest * 100 + value) % 97 } else { (rest * 10 + value) % 97 };
    }
    if rest != 1 {
        return Err(format!("\"{text}\" is not an IBAN: its check digits do not match"));
    }
    Ok(iban)
}

/// A BIC (ISO 9362): 8 or 11 letters and digits, the third group a country.
pub fn check_bic(text: &str) -> Result<String, String> {
    let bic = text.trim().to_uppercase();
    let b = bic.as_bytes();
    let valid = (b.len() == 8 || b.len() == 11)
        && b[..6].iter().all(u8::is_ascii_uppercase)
        && b.iter().all(u8::is_ascii_alphanumeric);
    if valid { Ok(bic) } else { Err(format!("\"{text}\" is not a BIC (like BYLADEM1001)")) }
}

/// A Peppol participant id, `scheme:id`: an EAS scheme code (`0208`, `9930`, `EM`)
/// and the id in it (`0208:0123456749`).
pub fn check_peppol_id(text: &str) -> Result<String, String> {
    let bad = || format!("\"{text}\" is not a Peppol id: use scheme:id, like 0208:0123456749");
    let (scheme, id) = text.trim().split_once(':').ok_or_else(bad)?;
    let scheme_ok =
        (2..=4).contains(&scheme.len()) && scheme.bytes().all(|b| b.is_ascii_alphanumeric());
    if !scheme_ok || id.trim().is_empty() || id.contains(char::is_whitespace) {
        return Err(bad());
    }
    // The schemes whose ids carry check digits Peppol verifies (PEPPOL-COMMON-R040,
    // R043): a GLN (0088) and a Belgian enterprise number (0208).
    let digits: Vec<u32> = id.trim().chars().filter_map(|c| c.to_digit(10)).collect();
    let all_digits = digits.len() == id.trim().len();
    match scheme {
        "0088" => {
            let weighted: u32 = digits
                .iter()
                .rev()
                .skip(1)
                .enumerate()
                .map(|(i, d)| if i % 2 == 0 { d * 3 } else { *d })
                .sum();
            if !all_digits || digits.len() != 13 || (10 - weighted % 10) % 10 != digits[12] {
                return Err(format!(
                    "\"{text}\" is not a Peppol id: a GLN (0088) is 13 digits with a valid check digit"
                ));
            }
        }
        "0208" => {
            let number = |ds: &[u32]| ds.iter().fold(0u64, |n, d| n * 10 + u64::from(*d));
            if !all_digits
                || digits.len() != 10
                || 97 - number(&digits[..8]) % 97 != number(&digits[8..])
            {
                return Err(format!(
                    "\"{text}\" is not a Peppol id: a Belgian enterprise number (0208) is 10 digits, the last two 97 minus the first eight modulo 97"
                ));
            }
        }
        _ => {}
    }
    Ok(format!("{}:{}", scheme.to_ascii_uppercase(), id.trim()))
}

pub fn check_email(text: &str) -> Result<(), String> {
    let valid = text.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && !text.chars().any(|c| c.is_whitespace() || c.is_control())
    });
    if valid {
        Ok(())
    } else {
        Err(format!("\"{text}\" is not an e-mail address like name@example.com"))
    }
}

/// A client page's token (SPEC 15): at least 16 URL-safe characters (letters,
/// digits, `-` and `_`), so that no one guesses the page's address.
pub fn check_page_token(text: &str) -> Result<String, String> {
    let t = text.trim();
    let safe = t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if t.len() < 16 || !safe {
        return Err(format!("\"{text}\" is not a page token: 16 or more letters, digits, - and _"));
    }
    Ok(t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ibans_and_bics_are_checked_by_their_rules() {
        // The examples of the IBAN registry (ISO 13616), with spaces and in lower case.
        for (text, iban) in [
            ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
            ("gb82 west 1234 5698 7654 32", "GB82WEST12345698765432"),
            ("FR1420041010050500013M02606", "FR1420041010050500013M02606"),
        ] {
            assert_eq!(check_iban(text).as_deref(), Ok(iban));
        }
        assert!(check_iban("DE89 3704 0044 0532 0130 01").unwrap_err().contains("check digits"));
        assert!(check_iban("DE89").is_err() && check_iban("1289370400440532013000").is_err());
        assert_eq!(check_bic("byladem1001").as_deref(), Ok("BYLADEM1001"));
        assert_eq!(check_bic("DEUTDEFF").as_deref(), Ok("DEUTDEFF"));
        assert!(check_bic("DEUT").is_err() && check_bic("12UTDEFF").is_err());
        assert_eq!(check_peppol_id("0208:0123456749").as_deref(), Ok("0208:0123456749"));
        assert!(
            check_peppol_id("0208:0123456789").unwrap_err().contains("Belgian enterprise number")
        );
        // A GLN with its GS1 check digit.
        assert!(check_peppol_id("0088:4000001000005").is_ok());
        assert!(check_peppol_id("0088:4000001000006").is_err());
        assert!(
            check_peppol_id("9930:DE123456789").is_ok() && check_peppol_id("nonsense").is_err()
        );
    }
}
