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
