//! `undo` (SPEC 13): reverses the latest write not yet undone, from the record every
//! write keeps for its roll-back, only while the files are as the write left them.

use super::support::*;

/// The command lines `undo --list` shows, newest first, without `hourbank --ledger DIR`.
fn listed(l: &TestLedger) -> Vec<String> {
    let prefix = format!("hourbank --ledger {} ", l.path().display());
    l.csv(&["undo", "--list"])
        .iter()
        .map(|r| {
            assert_eq!(r["user"], "tester");
            r["command"].strip_prefix(&prefix).unwrap_or(&r["command"]).to_string()
        })
        .collect()
}

#[test]
fn undo_reverses_the_latest_writes_one_at_a_time_byte_for_byte() {
    let l = TestLedger::with_acme();
    let after_add = l.snapshot();
    l.buy(&["acme", "--hours", "10", "--date", "2026-11-02"]);
    let after_buy = l.snapshot();
    l.log(&["acme", "1:30", "--date", "2026-11-03"]);
    let after_log = l.snapshot();
    assert_eq!(
        listed(&l),
        [
            "log-time acme 1:30 --date 2026-11-03",
            "bank buy acme --hours 10 --date 2026-11-02",
            "client add acme --name 'Acme Corp' --type bank --block-hours 10 --block-price 900 --expiry-months 12",
        ]
    );
    let rows = l.csv(&["undo", "--list"]);
    assert_eq!(rows[0]["files"], "timelog.csv");
    assert_eq!(rows[1]["files"], "purchases.csv");

    let dry = l.ok(&["undo", "--dry-run"]);
    let prefix =
        format!("dry run: undid `hourbank --ledger {} log-time acme 1:30", l.path().display());
    assert!(dry.starts_with(&prefix), "{dry}");
    assert!(dry.trim_end().ends_with("): put back timelog.csv"), "{dry}");
    assert!(l.snapshot() == after_log, "a dry run changes nothing");

    l.ok(&["undo"]);
    assert!(l.snapshot() == after_buy, "undo puts timelog.csv back byte for byte");
    let balance = l.csv(&["report", "balances"]);
    assert_eq!(balance[0]["available"], "10.00");
    assert_eq!(listed(&l).len(), 2, "an undone write is no longer listed, and undo is not listed");

    l.ok(&["undo"]);
    assert!(l.snapshot() == after_add);
    l.ok(&["undo"]);
    assert_eq!(l.read("clients.toml"), TestLedger::new().read("clients.toml"));
    let stderr = l.refused(&["undo"], "nothing to undo");
    assert!(stderr.contains("hint: undo reverses the last 20 writes"), "{stderr}");
}

#[test]
fn undo_refuses_when_a_file_changed_since_the_write() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-11-02"]);
    l.log(&["acme", "1:30", "--date", "2026-11-03"]);
    // A row arrives by hand (or a pull) after the write.
    l.append("timelog.csv", "t-byhand,2026-11-04,acme,tester,1:00,1:00,,,true,,work,,,\n");
    let stderr = l.refused(&["undo"], "refused: timelog.csv changed since `hourbank --ledger");
    assert!(stderr.contains("log-time acme 1:30 --date 2026-11-03` (tester, "), "{stderr}");
    assert!(stderr.contains("nothing was undone"), "{stderr}");
    assert!(
        stderr.contains("hint: undo reverses a write only while its files are as it left them")
    );
    l.refused(&["undo", "--dry-run"], "timelog.csv changed since");
}

/// A pay-as-you-go client with 2:00 of October work invoiced on 2026-11-01.
fn invoiced() -> TestLedger {
    let l = TestLedger::new();
    l.add_payg("north");
    l.log(&["north", "2:00", "--date", "2026-10-05"]);
    l
}

fn issue(l: &TestLedger) {
    l.ok(&["invoice", "north", "--month", "2026-10", "--date", "2026-11-01"]);
}

#[test]
fn undo_of_an_invoice_removes_it_and_its_lines_unless_something_refers_to_it() {
    let l = invoiced();
    let before = l.snapshot();
    issue(&l);
    assert_eq!(l.rows("invoices.csv").len(), 1);
    assert_eq!(l.rows("invoice-lines.csv").len(), 1);
    let out = l.ok(&["undo"]);
    assert!(
        out.trim_end().ends_with("put back invoice-rows.csv, invoice-lines.csv, invoices.csv"),
        "{out}"
    );
    assert!(l.snapshot() == before, "the invoice and its lines are gone");

    // A payment that arrived from another clone refers to the invoice.
    issue(&l);
    let invoice = l.rows("invoices.csv")[0]["id"].clone();
    l.append(
        "payments.csv",
        &format!("pay-other,2026-11-10,INV-2026-0001,200.00,,tester,{invoice}\n"),
    );
    let header = l.read("payments.csv");
    assert!(header.starts_with("id,date,invoice,amount,note,by,invoice_id\n"), "{header}");
    let stderr = l.refused(
        &["undo"],
        "refused: undo would remove invoice INV-2026-0001, but the payment of 200.00 EUR dated 2026-11-10 refers to it; nothing was undone",
    );
    assert!(stderr.contains("hourbank invoice credit INV-2026-0001 --all"), "{stderr}");
}

#[test]
fn undo_of_the_write_that_made_a_file_removes_it() {
    let l = TestLedger::new();
    let before = l.snapshot();
    l.ok(&["person", "add", "alice", "--name", "Alice"]);
    assert!(l.file("people.toml").exists());
    l.ok(&["undo"]);
    assert!(l.snapshot() == before, "people.toml is gone again");
    assert!(!l.file("people.toml").exists());
}
