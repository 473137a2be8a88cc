//! Entries (SPEC 13): the rows of `timelog.csv`, listed, edited and removed; and the
//! rows each invoice billed (`invoice-rows.csv`, SPEC 12.9).

use super::support::*;

/// A pay-as-you-go client `north` at 100.00 an hour.
fn payg() -> TestLedger {
    let l = TestLedger::new();
    l.add_payg("north");
    l
}

/// The id of the time row whose note is `note`.
fn row_id(l: &TestLedger, note: &str) -> String {
    let rows = l.rows("timelog.csv");
    rows.iter().find(|r| r["note"] == note).map(|r| r["id"].clone()).expect("the row")
}

#[test]
fn an_invoice_records_the_rows_it_billed_once_with_their_amounts() {
    let l = payg();
    l.log(&["north", "2", "--date", "2026-10-05", "--note", "a"]);
    l.log(&["north", "1", "--date", "2026-10-06", "--rate", "150", "--note", "b"]);
    l.log(&["north", "1", "--date", "2026-10-07", "--non-billable", "--note", "c"]);
    l.ok(&["invoice", "north", "--month", "2026-10", "--date", "2026-11-01"]);
    let invoice = l.rows("invoices.csv")[0]["id"].clone();
    let billed: Vec<(String, String, String, String)> = l
        .rows("invoice-rows.csv")
        .iter()
        .map(|r| {
            (r["invoice_id"].clone(), r["row"].clone(), r["charged"].clone(), r["amount"].clone())
        })
        .collect();
    // 2:00 at the client's 100.00 and 1:00 at the row's own 150.00; not the
    // non-billable row.
    assert_eq!(
        billed,
        [
            (invoice.clone(), row_id(&l, "a"), "2:00".into(), "200.00".into()),
            (invoice.clone(), row_id(&l, "b"), "1:00".into(), "150.00".into()),
        ]
    );
    // A row of October logged later is billed as a correction by the next invoice,
    // which records it alone.
    l.log(&["north", "0:30", "--date", "2026-10-20", "--note", "d"]);
    l.ok(&["invoice", "north", "--month", "2026-11", "--date", "2026-12-01"]);
    let second = l.rows("invoices.csv")[1]["id"].clone();
    let rows = l.rows("invoice-rows.csv");
    assert_eq!(rows.len(), 3);
    assert_eq!(
        (rows[2]["invoice_id"].as_str(), rows[2]["row"].as_str(), rows[2]["amount"].as_str()),
        (second.as_str(), row_id(&l, "d").as_str(), "50.00")
    );
}
