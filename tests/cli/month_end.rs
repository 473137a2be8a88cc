//! `invoice --all` (SPEC 13): every client with something to bill in the period, in
//! one locked write.

use super::support::*;

/// north (100.00 EUR) and south (80.00 USD) pay as you go with November work, acme a
/// block of 900.00 bought in November, idle with nothing, zero with work at no rate.
fn month() -> TestLedger {
    let l = TestLedger::new();
    l.add_payg("north");
    l.ok(&[
        "client",
        "add",
        "south",
        "--name",
        "South",
        "--type",
        "payg",
        "--rate",
        "80",
        "--currency",
        "USD",
    ]);
    l.ok(&[
        "client",
        "add",
        "acme",
        "--name",
        "Acme",
        "--type",
        "bank",
        "--block-hours",
        "10",
        "--block-price",
        "900",
    ]);
    l.add_payg("idle");
    l.ok(&["client", "add", "zero", "--name", "Zero", "--type", "payg"]);
    l.buy(&["acme", "--blocks", "1", "--date", "2026-11-02"]);
    l.log(&["north", "2", "--date", "2026-11-05"]);
    l.log(&["south", "1:30", "--date", "2026-11-06"]);
    l
}

#[test]
fn month_end_issues_every_invoice_in_one_write_with_totals_per_currency() {
    let l = month();
    let before = l.snapshot();
    let dry = l.run(&["invoice", "--all", "-p", "2026-11", "--dry-run"]);
    assert_eq!(
        String::from_utf8_lossy(&dry.stdout),
        "dry run: would issue an invoice for north (200.00 EUR)\n\
         dry run: would issue an invoice for south (120.00 USD)\n\
         dry run: would issue an invoice for acme (900.00 EUR)\n\
         dry run: total: 1100.00 EUR\n\
         dry run: total: 120.00 USD\n"
    );
    assert!(l.snapshot() == before);
    let out = l.run(&["invoice", "--all", "--month", "2026-11", "--date", "2026-12-01"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "recorded invoice INV-2026-0001 for north (200.00 EUR)\n\
         recorded invoice INV-2026-0002 for south (120.00 USD)\n\
         recorded invoice INV-2026-0003 for acme (900.00 EUR)\n\
         total: 1100.00 EUR\n\
         total: 120.00 USD\n"
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), "nothing to bill: idle, zero\n");
    let invoices = l.rows("invoices.csv");
    let issued: Vec<(&str, &str, &str)> = invoices
        .iter()
        .map(|i| (i["number"].as_str(), i["client"].as_str(), i["total"].as_str()))
        .collect();
    assert_eq!(
        issued,
        [
            ("INV-2026-0001", "north", "200.00"),
            ("INV-2026-0002", "south", "120.00"),
            ("INV-2026-0003", "acme", "900.00")
        ]
    );
    assert_eq!(l.rows("invoice-rows.csv").len(), 2, "north's and south's rows");
    // One write: undo takes every invoice back at once.
    l.ok(&["undo"]);
    assert!(l.snapshot() == before);
}

#[test]
fn month_end_reports_refused_clients_and_exits_1_but_keeps_the_others() {
    let l = month();
    l.log(&["zero", "1", "--date", "2026-11-06"]);
    let out = l.run(&[
        "--format",
        "csv",
        "invoice",
        "--all",
        "--month",
        "2026-11",
        "--date",
        "2026-12-01",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "number,client,bill_to,date,from,to,total,currency\n\
         INV-2026-0001,north,north,2026-12-01,2026-11-01,2026-11-30,200.00,EUR\n\
         INV-2026-0002,south,south,2026-12-01,2026-11-01,2026-11-30,120.00,USD\n\
         INV-2026-0003,acme,acme,2026-12-01,2026-11-01,2026-11-30,900.00,EUR\n"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("nothing to bill: idle\n"), "{stderr}");
    assert!(
        stderr.contains("refused: zero: the line \"Hours\" of zero is at a rate of 0.00"),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("error: 1 client(s) refused; the others' invoices are recorded\n"),
        "{stderr}"
    );
    assert_eq!(l.rows("invoices.csv").len(), 3);
    // A second run: everyone is invoiced already, zero still refused, nothing issued.
    let before = l.snapshot();
    let again = l.run(&["invoice", "--all", "--month", "2026-11", "--date", "2026-12-01"]);
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&again.stdout), "");
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(
        stderr.starts_with(
            "invoiced already: north (INV-2026-0001), south (INV-2026-0002), acme (INV-2026-0003)\n"
        ),
        "{stderr}"
    );
    assert!(l.snapshot() == before);
    // --allow-zero lets it through.
    let out =
        l.ok(&["invoice", "--all", "--month", "2026-11", "--date", "2026-12-01", "--allow-zero"]);
    assert_eq!(out, "recorded invoice INV-2026-0004 for zero (0.00 EUR)\ntotal: 0.00 EUR\n");
}

#[test]
fn month_end_refusals_of_the_whole_run() {
    let l = month();
    l.refused(&["invoice", "--all", "--month", "2026-12", "--date", "2026-12-05"], "has not ended");
    let none = l.run(&["invoice", "--all", "--month", "2026-09", "--date", "2026-12-01"]);
    assert_eq!(none.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&none.stderr)
            .ends_with("error: no client had anything to bill from 2026-09-01 to 2026-09-30\n")
    );
    let out = l.run(&["invoice", "north", "--all", "--month", "2026-11"]);
    assert_eq!(out.status.code(), Some(2));
}
