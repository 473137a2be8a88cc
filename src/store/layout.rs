//! The ledger directory's file names and the columns each CSV file has.

pub use crate::domain::files::*;

pub const PURCHASE_REQUIRED: &[&str] = &["date", "client", "hours"];

pub const TIMELOG_REQUIRED: &[&str] = &["date", "client", "hours"];

pub const ADJUSTMENT_REQUIRED: &[&str] = &["date", "holder", "kind", "hours"];

pub const INVOICE_REQUIRED: &[&str] = &["number", "date", "client", "from", "to", "total"];
pub const INVOICE_LINE_REQUIRED: &[&str] = &["invoice", "description", "amount"];
pub const PAYMENT_REQUIRED: &[&str] = &["date", "invoice", "amount"];

/// One record definition per CSV file: a module with the column names in the tool's
/// order (`COLUMNS`) and a constant per column giving its index in that list, so a
/// reader asks for `f.text(timelog::CHARGED)` and can never pair a name with another
/// column's position.
macro_rules! record {
    ($(#[$doc:meta])* $module:ident { $($column:ident = $name:literal),+ $(,)? }) => {
        $(#[$doc])*
        pub mod $module {
            #[allow(non_camel_case_types, clippy::upper_case_acronyms, dead_code)]
            enum Index { $($column),+ }
            $(pub const $column: usize = Index::$column as usize;)+
            /// The columns, in the order the tool writes a new file's header.
            pub const COLUMNS: &[&str] = &[$($name),+];
        }
    };
}

record! {
    /// purchases.csv: each row a lot
    purchase {
        ID = "id",
        DATE = "date",
        CLIENT = "client",
        HOURS = "hours",
        PRICE = "price",
        EXPIRES = "expires",
        PROJECT = "project",
        NOTE = "note",
        BY = "by",
        VALID_MONTHS = "valid_months",
    }
}

record! {
    /// timelog.csv: work and time off
    timelog {
        ID = "id",
        DATE = "date",
        CLIENT = "client",
        PERSON = "person",
        HOURS = "hours",
        CHARGED = "charged",
        PROJECT = "project",
        SERVICE = "service",
        BILLABLE = "billable",
        RATE = "rate",
        KIND = "kind",
        NOTE = "note",
        NOTICE = "notice",
        SOURCE = "source",
        BY = "by",
        EDITED_BY = "edited_by",
        MULTIPLIER = "multiplier",
    }
}

record! {
    /// adjustments.csv: deltas, sets and assertions
    adjustment {
        ID = "id",
        DATE = "date",
        HOLDER = "holder",
        BANK = "bank",
        KIND = "kind",
        HOURS = "hours",
        EXPIRES = "expires",
        REASON = "reason",
        BY = "by",
    }
}

record! {
    /// invoices.csv: one row per issued invoice
    invoice {
        ID = "id",
        NUMBER = "number",
        DATE = "date",
        DUE = "due",
        CLIENT = "client",
        PAYER = "payer",
        FROM = "from",
        TO = "to",
        CURRENCY = "currency",
        HOURS = "hours",
        SUBTOTAL = "subtotal",
        DISCOUNT = "discount",
        TAX = "tax",
        TOTAL = "total",
        BY = "by",
        SCOPE = "scope",
        DISCOUNT_PERCENT = "discount_percent",
        TAX_PERCENT = "tax_percent",
        SELLER_NAME = "seller_name",
        SELLER_ADDRESS = "seller_address",
        SELLER_EMAIL = "seller_email",
        SELLER_PHONE = "seller_phone",
        SELLER_VAT_ID = "seller_vat_id",
        SELLER_BANK = "seller_bank",
        PAYMENT_TERMS = "payment_terms",
        FOOTER = "footer",
        BILL_TO_NAME = "bill_to_name",
        BILL_TO_ADDRESS = "bill_to_address",
        BILL_TO_VAT_ID = "bill_to_vat_id",
        SELLER_COUNTRY = "seller_country",
        BILL_TO_COUNTRY = "bill_to_country",
        TAX_CATEGORY = "tax_category",
        TAX_EXEMPTION = "tax_exemption",
        CREDITS = "credits",
        CREDITS_ID = "credits_id",
        REASON = "reason",
        CREATED = "created",
        SENT = "sent",
        SENT_TO = "sent_to",
        SELLER_STREET = "seller_street",
        SELLER_POSTCODE = "seller_postcode",
        SELLER_CITY = "seller_city",
        SELLER_REGISTRATION_ID = "seller_registration_id",
        SELLER_CONTACT = "seller_contact",
        SELLER_IBAN = "seller_iban",
        SELLER_BIC = "seller_bic",
        BILL_TO_STREET = "bill_to_street",
        BILL_TO_POSTCODE = "bill_to_postcode",
        BILL_TO_CITY = "bill_to_city",
        BUYER_REFERENCE = "buyer_reference",
        SELLER_PEPPOL_ID = "seller_peppol_id",
        BILL_TO_PEPPOL_ID = "bill_to_peppol_id",
    }
}

record! {
    /// invoice-lines.csv: `invoice_id` ties a line to its invoice's row even after a renumbering; `kind`, `period`, `lot` and `service` are the line's billing key
    invoice_line {
        ID = "id",
        INVOICE_ID = "invoice_id",
        INVOICE = "invoice",
        LINE = "line",
        KIND = "kind",
        PERIOD = "period",
        LOT = "lot",
        SERVICE = "service",
        DESCRIPTION = "description",
        HOURS = "hours",
        RATE = "rate",
        AMOUNT = "amount",
        PRICE_SOURCE = "price_source",
        UNIT = "unit",
    }
}

record! {
    /// invoice-rows.csv: the time rows an invoice billed (`row`: the row's id), with what each charged and its amount then, so a later edit never changes an issued timesheet
    invoice_row {
        INVOICE_ID = "invoice_id",
        ROW = "row",
        CHARGED = "charged",
        AMOUNT = "amount",
    }
}

record! {
    /// timers.csv: a running timer per person (`started`: the local date-time it started)
    timer {
        ID = "id",
        PERSON = "person",
        CLIENT = "client",
        PROJECT = "project",
        SERVICE = "service",
        NOTE = "note",
        STARTED = "started",
    }
}

record! {
    /// payments.csv: `invoice_id` ties a payment to its invoice's row, so it follows a renumbering
    payment {
        ID = "id",
        DATE = "date",
        INVOICE = "invoice",
        AMOUNT = "amount",
        NOTE = "note",
        BY = "by",
        INVOICE_ID = "invoice_id",
    }
}

record! {
    /// expenses.csv: costs passed on to a client, billed on its next invoice (SPEC 10)
    expense {
        ID = "id",
        DATE = "date",
        CLIENT = "client",
        AMOUNT = "amount",
        NOTE = "note",
        BY = "by",
    }
}

record! {
    /// notifications.csv: alerts already delivered
    notification {
        ID = "id",
        DATE = "date",
        CLIENT = "client",
        KIND = "kind",
        THRESHOLD = "threshold",
        LOT = "lot",
        EPISODE = "episode",
        MESSAGE = "message",
        BY = "by",
        BANK = "bank",
        RECIPIENT = "recipient",
    }
}

/// How `invoices.csv` writes `created`, the local date-time of issue.
pub const CREATED_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

pub const PURCHASE_COLUMNS: &[&str] = purchase::COLUMNS;
pub const TIMELOG_COLUMNS: &[&str] = timelog::COLUMNS;
pub const ADJUSTMENT_COLUMNS: &[&str] = adjustment::COLUMNS;
pub const INVOICE_COLUMNS: &[&str] = invoice::COLUMNS;
pub const INVOICE_LINE_COLUMNS: &[&str] = invoice_line::COLUMNS;
pub const PAYMENT_COLUMNS: &[&str] = payment::COLUMNS;
pub const INVOICE_ROW_COLUMNS: &[&str] = invoice_row::COLUMNS;
pub const INVOICE_ROW_REQUIRED: &[&str] = &["invoice_id", "row"];
pub const TIMER_COLUMNS: &[&str] = timer::COLUMNS;
pub const TIMER_REQUIRED: &[&str] = &["person", "client", "started"];
pub const NOTIFICATION_COLUMNS: &[&str] = notification::COLUMNS;
pub const EXPENSE_COLUMNS: &[&str] = expense::COLUMNS;
pub const EXPENSE_REQUIRED: &[&str] = &["date", "client", "amount"];
pub const NOTIFICATION_REQUIRED: &[&str] = &["date", "client", "kind"];

/// Every CSV file with its required columns: a line after the header that names all
/// of them is a second header line (`repair` merges it into the first).
pub const CSV_REQUIRED: &[(&str, &[&str])] = &[
    (PURCHASES, PURCHASE_REQUIRED),
    (TIMELOG, TIMELOG_REQUIRED),
    (ADJUSTMENTS, ADJUSTMENT_REQUIRED),
    (INVOICES, INVOICE_REQUIRED),
    (INVOICE_LINES, INVOICE_LINE_REQUIRED),
    (PAYMENTS, PAYMENT_REQUIRED),
    (NOTIFICATIONS, NOTIFICATION_REQUIRED),
    (EXPENSES, EXPENSE_REQUIRED),
    (INVOICE_ROWS, INVOICE_ROW_REQUIRED),
    (TIMERS, TIMER_REQUIRED),
];

/// Every CSV file `init` creates, with its full header: every column this version knows,
/// so that ordinary use never migrates a header (and two clones never extend one
/// differently before a merge).
pub const CSV_FILES: &[(&str, &[&str])] = &[
    (PURCHASES, PURCHASE_COLUMNS),
    (TIMELOG, TIMELOG_COLUMNS),
    (ADJUSTMENTS, ADJUSTMENT_COLUMNS),
    (INVOICES, INVOICE_COLUMNS),
    (INVOICE_LINES, INVOICE_LINE_COLUMNS),
    (PAYMENTS, PAYMENT_COLUMNS),
    (NOTIFICATIONS, NOTIFICATION_COLUMNS),
    (EXPENSES, EXPENSE_COLUMNS),
    (INVOICE_ROWS, INVOICE_ROW_COLUMNS),
    (TIMERS, TIMER_COLUMNS),
];

/// How the temporary file of an atomic rewrite begins (`.hourbank-tmp-XXXXXX`): a
/// name no person gives a file, so removing stale ones can never touch theirs.
pub const TEMP_PREFIX: &str = ".hourbank-tmp-";

/// The directory of the intent records of writes (SPEC 12.8; untracked).
pub const UNDO_DIR: &str = ".hourbank-undo";

/// The ledger's own files besides the CSV files: what `-o` and `export` must never
/// replace.
const OTHER_FILES: &[&str] =
    &[SETTINGS, LOCAL_SETTINGS, CLIENTS, PEOPLE, ".gitattributes", ".gitignore"];

/// The files that travel with the ledger in git (section 1, with `.gitattributes` and
/// `.gitignore`; never `.hourbank.local.toml`): what `sync` commits.
pub fn shared_files() -> impl Iterator<Item = &'static str> {
    [SETTINGS, CLIENTS, PEOPLE]
        .into_iter()
        .chain(CSV_FILES.iter().map(|(n, _)| *n))
        .chain([".gitattributes", ".gitignore"])
}

/// Whether `path` is one of the ledger's own files in `dir` (or lies inside its
/// `.hourbank-undo/` or `.git/`), however it is spelled (`./x/../timelog.csv`, a link
/// to the ledger directory).
pub fn is_ledger_file(dir: &std::path::Path, path: &std::path::Path) -> bool {
    let Ok(dir) = std::fs::canonicalize(dir) else { return false };
    let Some(name) = path.file_name() else { return false };
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
    let Ok(parent) = std::fs::canonicalize(parent.unwrap_or(std::path::Path::new("."))) else {
        return false;
    };
    if parent.starts_with(dir.join(UNDO_DIR)) || parent.starts_with(dir.join(".git")) {
        return true;
    }
    parent == dir
        && (OTHER_FILES.iter().chain(CSV_FILES.iter().map(|(n, _)| n)).any(|n| name == *n)
            || name == UNDO_DIR
            || name == ".git")
}
