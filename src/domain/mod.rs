//! The pure model of hourbank: units, clients, the bank engine, rates and diagnostics.
//! No file system, no clock, no printing, no command-line types.

pub mod admit;
pub mod alerts;
pub mod bank;
pub mod billing;
pub mod budget;
pub mod check;
pub mod client;
pub mod date;
pub mod debits;
pub mod duration;
pub mod einvoice;
pub mod files;
pub mod flex;
pub mod id;
pub mod invoice;
pub mod invoicing;
pub mod ledger;
pub mod money;
pub mod rates;
pub mod reports;
pub mod setting;
pub mod statement;
pub mod text;
pub mod timer;
pub mod topup;
