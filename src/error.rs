//! The errors a command can end with, each with an optional hint. Every one exits 1
//! but a usage error, which exits 2 like clap's own.

use std::path::PathBuf;

use chrono::NaiveDate;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no ledger found in this directory or any parent (no hourbank.toml)")]
    NoLedger,
    #[error("no ledger at {}: hourbank.toml is missing", .0.display())]
    NoLedgerAt(PathBuf),
    #[error("{message}")]
    Refused { message: String, hint: Option<String> },
    /// The OS error is part of the message, not a cause of its own, so that it is
    /// printed once.
    #[error("{}: {io}", path.display())]
    Io { path: PathBuf, io: std::io::Error },
    #[error("unknown client \"{id}\"")]
    UnknownClient { id: String },
    #[error(
        "refused: {client} already billed {from} to {to} on invoice {number}; the period {new_from} to {new_to} overlaps it"
    )]
    OverlappingInvoice {
        client: String,
        number: String,
        from: NaiveDate,
        to: NaiveDate,
        new_from: NaiveDate,
        new_to: NaiveDate,
    },
    #[error(
        "nothing to bill for {client} from {from} to {to} (no fees, purchases, overage or billable hours)"
    )]
    NothingToBill { client: String, from: NaiveDate, to: NaiveDate },
    /// A `set` or `edit` naming nothing to change; `hint` names what it could change.
    #[error("nothing to change")]
    NothingToChange { hint: &'static str },
    /// A command line that parsed but does not make sense (exit 2, as clap's own).
    #[error("{message}")]
    Usage { command: &'static str, message: String },
}

impl From<crate::domain::admit::Refusal> for Error {
    fn from(refusal: crate::domain::admit::Refusal) -> Error {
        Error::Refused { message: refusal.message(), hint: refusal.hint() }
    }
}

impl Error {
    pub fn refused(message: impl Into<String>) -> Error {
        Error::Refused { message: message.into(), hint: None }
    }

    pub fn with_hint(message: impl Into<String>, hint: impl Into<String>) -> Error {
        Error::Refused { message: message.into(), hint: Some(hint.into()) }
    }

    pub fn io(path: impl Into<PathBuf>, io: std::io::Error) -> Error {
        Error::Io { path: path.into(), io }
    }

    pub fn hint(&self) -> Option<String> {
        let text = match self {
            Error::NoLedger | Error::NoLedgerAt(_) => {
                "create one with `hourbank init DIR`, or point to one with --ledger DIR or HOURBANK_LEDGER"
            }
            Error::Refused { hint, .. } => return hint.clone(),
            Error::NothingToChange { hint } => hint,
            Error::UnknownClient { .. } => {
                "`hourbank client list` shows the clients; `hourbank client add` adds one"
            }
            Error::OverlappingInvoice { .. } => {
                "bill the days after it, e.g. --from DAY-AFTER --to END"
            }
            Error::Io { .. } | Error::Usage { .. } | Error::NothingToBill { .. } => return None,
        };
        Some(text.to_string())
    }
}
