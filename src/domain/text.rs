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
