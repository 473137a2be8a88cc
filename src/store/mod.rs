//! The ledger directory: file layout, discovery, reading (CSV and TOML, with
//! `file:line`), and safe writing (lock, append, atomic rewrite, comment-keeping edits).

pub mod billing;
pub mod config;
pub mod csvio;
pub mod csvmerge;
pub mod discover;
pub mod files;
pub mod git;
pub mod ids;
pub mod layout;
pub mod load;
pub mod rows;
pub mod sent;
pub mod timelog;
pub mod tomledit;
pub mod tomlmerge;
pub mod tomlread;
pub mod unit;
pub mod write;
