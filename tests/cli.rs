//! The command-line tests: each module drives the `hourbank` binary as a user would,
//! and every refusal checks the message, exit code 1 and a byte-for-byte unchanged
//! ledger.

mod cli {
    pub mod support;

    mod adjust;
    mod admission;
    mod bank;
    mod check;
    mod client;
    mod config;
    mod contracts;
    mod corrections;
    mod crash;
    mod credit;
    mod daily;
    mod documents;
    mod einvoice;
    mod entry;
    mod export;
    mod flex;
    mod import;
    mod init;
    mod invoice;
    mod log_time;
    mod merge;
    mod meta;
    mod money;
    mod month_end;
    mod notify;
    mod person;
    mod policies;
    mod report;
    mod safety;
    mod sending;
    mod statement;
    mod sync;
    mod timer;
    mod trust;
    mod undo;
}
