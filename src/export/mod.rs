//! Exports of the ledger for other tools: journals for plain-text accounting, and a
//! SQLite database.

pub mod journal;
pub mod sqlite;
