//! Small pieces every reader of ledger rows shares.

use crate::domain::check::{Code, Diagnostic};

/// A row naming a client that clients.toml does not define.
pub(super) fn unknown_client(file: &str, line: u32, id: &str) -> Diagnostic {
    Diagnostic::error(
        file,
        Some(line),
        Code::UnknownClient,
        format!("unknown client \"{id}\" (add it with `hourbank client add {id}`)"),
    )
}

pub(super) fn optional<T>(
    text: &str,
    parse: impl FnOnce(&str) -> Result<T, String>,
) -> Result<Option<T>, String> {
    if text.is_empty() { Ok(None) } else { parse(text).map(Some) }
}
