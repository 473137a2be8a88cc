//! hourbank keeps banks of hours (prepaid blocks, retainers, pay-as-you-go time) in a
//! plain-text ledger directory and recomputes every balance from the files on each run.
//!
//! Layers, with dependencies pointing inward: `commands` (one per CLI verb) use
//! `store` (the ledger directory), `render` (tables, CSV, JSON), `import` and `export`
//! (other tools' formats), `deliver` (e-mail), and `domain` (the pure model and
//! engine: the ledger, lots, balances, billing, reports, the rules of admission).

#![forbid(unsafe_code)]

pub mod app;
pub mod cli;
pub mod commands;
pub mod complete;
pub mod deliver;
pub mod domain;
pub mod error;
pub mod export;
pub mod import;
pub mod render;
pub mod store;
