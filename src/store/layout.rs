//! The ledger directory's file names and the columns each CSV file has.

pub const SETTINGS: &str = "hourbank.toml";
pub const CLIENTS: &str = "clients.toml";
pub const PEOPLE: &str = "people.toml";
pub const PURCHASES: &str = "purchases.csv";
pub const TIMELOG: &str = "timelog.csv";
pub const ADJUSTMENTS: &str = "adjustments.csv";
pub const INVOICES: &str = "invoices.csv";
pub const PAYMENTS: &str = "payments.csv";
pub const INVOICE_LINES: &str = "invoice-lines.csv";
pub const NOTIFICATIONS: &str = "notifications.csv";

pub const PURCHASE_COLUMNS: &[&str] =
    &["id", "date", "client", "hours", "price", "expires", "project", "note", "by"];
pub const PURCHASE_REQUIRED: &[&str] = &["date", "client", "hours"];

pub const TIMELOG_COLUMNS: &[&str] = &[
    "id", "date", "client", "person", "hours", "charged", "project", "service", "billable", "rate",
    "kind", "note",
];
pub const TIMELOG_REQUIRED: &[&str] = &["date", "client", "hours"];

pub const ADJUSTMENT_COLUMNS: &[&str] =
    &["id", "date", "holder", "bank", "kind", "hours", "expires", "reason", "by"];
pub const ADJUSTMENT_REQUIRED: &[&str] = &["date", "holder", "kind", "hours"];

pub const INVOICE_COLUMNS: &[&str] = &[
    "id", "number", "date", "due", "client", "payer", "from", "to", "currency", "hours",
    "subtotal", "discount", "tax", "total", "by",
];
pub const INVOICE_REQUIRED: &[&str] = &["number", "date", "client", "from", "to", "total"];
/// `invoice_id` ties a line to its invoice's row even after a renumbering; `kind`,
/// `period`, `lot` and `service` are the line's billing key.
pub const INVOICE_LINE_COLUMNS: &[&str] = &[
    "id",
    "invoice_id",
    "invoice",
    "line",
    "kind",
    "period",
    "lot",
    "service",
    "description",
    "hours",
    "rate",
    "amount",
];
pub const INVOICE_LINE_REQUIRED: &[&str] = &["invoice", "description", "amount"];
pub const PAYMENT_COLUMNS: &[&str] = &["id", "date", "invoice", "amount", "note", "by"];
pub const PAYMENT_REQUIRED: &[&str] = &["date", "invoice", "amount"];
pub const NOTIFICATION_COLUMNS: &[&str] =
    &["id", "date", "client", "kind", "threshold", "lot", "episode", "message", "by"];

/// Every CSV file `init` creates, with its header.
pub const CSV_FILES: &[(&str, &[&str])] = &[
    (PURCHASES, PURCHASE_COLUMNS),
    (TIMELOG, TIMELOG_COLUMNS),
    (ADJUSTMENTS, ADJUSTMENT_COLUMNS),
    (INVOICES, INVOICE_COLUMNS),
    (INVOICE_LINES, INVOICE_LINE_COLUMNS),
    (PAYMENTS, PAYMENT_COLUMNS),
    (NOTIFICATIONS, NOTIFICATION_COLUMNS),
];
