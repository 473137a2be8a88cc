//! Diagnostics: every problem `check` finds, with its place (`file:line`), a stable
//! code and a severity. Pure data; collecting them is the store's and engine's job.

use std::fmt;

use super::text::visible;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// Stable codes, so scripts can filter findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Code {
    Io,
    Toml,
    MissingColumn,
    DuplicateColumn,
    Parse,
    TornLine,
    UnknownClient,
    UnknownPerson,
    UnknownBank,
    DuplicateId,
    ExpiresBeforeBought,
    Assertion,
    CreditLimit,
    UnknownKey,
    Config,
    DuplicateNumber,
    InvoiceOverlap,
    UnknownInvoice,
    InvoiceLines,
    Overpaid,
    TempFile,
    ZeroRate,
    Unbilled,
    Untrusted,
    Interrupted,
    DuplicateAlert,
    DuplicateTimer,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Io => "io",
            Code::Toml => "toml",
            Code::MissingColumn => "missing-column",
            Code::DuplicateColumn => "duplicate-column",
            Code::Parse => "parse",
            Code::TornLine => "torn-line",
            Code::UnknownClient => "unknown-client",
            Code::UnknownPerson => "unknown-person",
            Code::UnknownBank => "unknown-bank",
            Code::DuplicateId => "duplicate-id",
            Code::ExpiresBeforeBought => "expires-before-bought",
            Code::Assertion => "assertion",
            Code::CreditLimit => "credit-limit",
            Code::UnknownKey => "unknown-key",
            Code::Config => "config",
            Code::DuplicateNumber => "duplicate-number",
            Code::InvoiceOverlap => "invoice-overlap",
            Code::UnknownInvoice => "unknown-invoice",
            Code::InvoiceLines => "invoice-lines",
            Code::Overpaid => "overpaid",
            Code::TempFile => "temp-file",
            Code::ZeroRate => "rate",
            Code::Unbilled => "unbilled",
            Code::Untrusted => "untrusted",
            Code::Interrupted => "interrupted-write",
            Code::DuplicateAlert => "duplicate-alert",
            Code::DuplicateTimer => "duplicate-timer",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: Option<u32>,
    pub severity: Severity,
    pub code: Code,
    pub message: String,
    /// The clients a merge leftover (a consistency error) concerns: writes for other
    /// clients go on (SPEC 12.1). Empty: the whole ledger.
    pub concerns: Vec<String>,
}

impl Diagnostic {
    pub fn error(file: &str, line: Option<u32>, code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_string(),
            line,
            severity: Severity::Error,
            code,
            message: message.into(),
            concerns: Vec::new(),
        }
    }

    /// The same diagnostic, concerning only `clients` (none empty, else the whole
    /// ledger).
    pub fn concerning<'a>(mut self, clients: impl IntoIterator<Item = &'a str>) -> Self {
        let mut concerns: Vec<String> = Vec::new();
        for client in clients {
            if client.is_empty() {
                self.concerns.clear();
                return self;
            }
            if !concerns.iter().any(|c| c == client) {
                concerns.push(client.to_string());
            }
        }
        self.concerns = concerns;
        self
    }

    /// Whether this diagnostic refuses a write that concerns `clients` (SPEC 12.1):
    /// every structural error does, but a merge leftover only when it concerns one of
    /// them (or the whole ledger).
    pub fn blocks_write_for(&self, clients: &[&str]) -> bool {
        self.is_structural()
            && (!self.is_consistency()
                || self.concerns.is_empty()
                || self.concerns.iter().any(|c| clients.contains(&c.as_str())))
    }

    pub fn warning(file: &str, line: Option<u32>, code: Code, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(file, line, code, message) }
    }

    /// Errors that make the ledger unsafe to write to: every error but a failed
    /// balance assertion (SPEC section 7).
    pub fn is_structural(&self) -> bool {
        self.severity == Severity::Error && self.code != Code::Assertion
    }

    /// Errors that stop reports too: a row or setting that cannot be read (SPEC
    /// section 7). Consistency errors (duplicate ids or numbers, overlapping invoices,
    /// unknown ids) are printed and reports run.
    pub fn blocks_reads(&self) -> bool {
        self.is_error()
            && matches!(
                self.code,
                Code::Io
                    | Code::Toml
                    | Code::MissingColumn
                    | Code::DuplicateColumn
                    | Code::Parse
                    | Code::TornLine
            )
    }

    /// Errors two branches make without a fault of anyone's (duplicate ids or invoice
    /// numbers, overlapping invoices, lines or payments of unknown invoices): they
    /// block writes, but `notify-check` still records the alerts it delivers.
    pub fn is_consistency(&self) -> bool {
        self.is_error()
            && matches!(
                self.code,
                Code::DuplicateId
                    | Code::DuplicateNumber
                    | Code::InvoiceOverlap
                    | Code::UnknownInvoice
            )
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&visible(&self.file))?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        f.write_str(": ")?;
        if self.severity == Severity::Warning {
            f.write_str("warning: ")?;
        }
        f.write_str(&visible(&self.message))
    }
}
