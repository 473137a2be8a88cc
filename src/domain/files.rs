//! The names of the ledger's files (SPEC section 1): what diagnostics and messages
//! call them, in the domain as in the store.

pub const SETTINGS: &str = "hourbank.toml";
/// This clone's own settings (untracked: `init` lists it in `.gitignore`).
pub const LOCAL_SETTINGS: &str = ".hourbank.local.toml";
pub const CLIENTS: &str = "clients.toml";
pub const PEOPLE: &str = "people.toml";
pub const PURCHASES: &str = "purchases.csv";
pub const TIMELOG: &str = "timelog.csv";
pub const ADJUSTMENTS: &str = "adjustments.csv";
pub const INVOICES: &str = "invoices.csv";
pub const PAYMENTS: &str = "payments.csv";
pub const INVOICE_LINES: &str = "invoice-lines.csv";
/// The time rows each invoice billed (SPEC 12.9).
pub const INVOICE_ROWS: &str = "invoice-rows.csv";
/// The running timers, one per person (SPEC 13).
pub const TIMERS: &str = "timers.csv";
pub const NOTIFICATIONS: &str = "notifications.csv";
pub const EXPENSES: &str = "expenses.csv";
