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

/// `north` (pay as you go, 100.00 an hour) with 2:00 of October invoiced on
/// INV-2026-0001, 1:00 of November not yet invoiced, and acme (a bank client) with
/// 1:20 of work and a person's time off.
fn month_end() -> TestLedger {
    let l = payg();
    l.ok(&["client", "add", "acme", "--name", "Acme", "--type", "bank"]);
    l.buy(&["acme", "--hours", "10", "--date", "2026-10-01"]);
    l.log(&["north", "2", "--date", "2026-10-05", "--note", "Fixed the contact form"]);
    l.log(&["acme", "1:20", "--date", "2026-10-06", "--note", "review", "--project", "web"]);
    l.ok(&["invoice", "north", "--month", "2026-10", "--date", "2026-11-01"]);
    l.log(&["north", "1", "--date", "2026-11-02", "--note", "contact FORM again"]);
    l.log(&["--time-off", "--person", "ann", "8", "--date", "2026-11-06", "--note", "holiday"]);
    l
}

#[test]
fn entry_list_shows_each_row_with_the_invoice_that_billed_it() {
    let l = month_end();
    let rows = l.csv(&["entry", "list"]);
    let cells = |r: &std::collections::BTreeMap<String, String>| {
        [
            &r["client"],
            &r["person"],
            &r["hours"],
            &r["charged"],
            &r["kind"],
            &r["note"],
            &r["invoice"],
        ]
        .map(|c| c.as_str().to_string())
    };
    assert_eq!(
        rows.iter().map(cells).collect::<Vec<_>>(),
        [
            ["north", "tester", "2.00", "2.00", "work", "Fixed the contact form", "INV-2026-0001"],
            ["acme", "tester", "1.33", "1.33", "work", "review", ""],
            ["north", "tester", "1.00", "1.00", "work", "contact FORM again", ""],
            ["", "ann", "8.00", "0.00", "time-off", "holiday", ""],
        ]
    );
    assert_eq!(rows[0]["id"], row_id(&l, "Fixed the contact form"));
    let header = l.ok(&["--format", "csv", "entry", "list"]);
    assert!(header.starts_with(
        "id,date,client,person,hours,charged,project,service,billable,rate,kind,note,invoice\n"
    ));
    // Work in progress: billable pay-as-you-go rows no invoice billed.
    let unbilled = l.csv(&["entry", "list", "--unbilled"]);
    assert_eq!(unbilled.len(), 1);
    assert_eq!(unbilled[0]["note"], "contact FORM again");
    // --grep in any case; the other filters.
    let notes = |args: &[&str]| -> Vec<String> {
        l.csv(&[&["entry", "list"][..], args].concat()).iter().map(|r| r["note"].clone()).collect()
    };
    assert_eq!(
        notes(&["--grep", "CONTACT form"]),
        ["Fixed the contact form", "contact FORM again"]
    );
    assert_eq!(notes(&["--client", "north", "-p", "2026-11"]), ["contact FORM again"]);
    assert_eq!(notes(&["--kind", "time-off"]), ["holiday"]);
    assert_eq!(notes(&["--project", "web"]), ["review"]);
    assert_eq!(notes(&["--person", "ann"]), ["holiday"]);
    assert_eq!(
        notes(&["--from", "2026-10-06", "--to", "2026-11-02"]),
        ["review", "contact FORM again"]
    );
    let json = json(&l, &["entry", "list", "--client", "north", "--unbilled"]);
    assert_eq!(json[0]["hours"].to_string(), "1.00");
    assert_eq!(json[0]["invoice"], "");
    l.usage(&["entry", "list", "--kind", "holiday"], "holiday", "work, time-off, cancellation");
    l.refused(&["entry", "list", "--client", "ghost"], "unknown client \"ghost\"");
}

/// The amounts of the lines of the invoice `--dry-run` would issue for November.
fn november(l: &TestLedger) -> Vec<(String, String)> {
    l.csv(&["invoice", "north", "--month", "2026-11", "--date", "2026-12-01", "--dry-run"])
        .iter()
        .map(|r| (r["description"].clone(), r["amount"].clone()))
        .collect()
}

#[test]
fn an_edit_of_an_invoiced_row_is_billed_as_a_correction_on_the_next_invoice() {
    let l = month_end();
    let id = row_id(&l, "Fixed the contact form");
    let out = l.run(&["entry", "edit", &id, "--hours", "3", "--note", "incl. review"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!(
            "edited {id}: hours 2:00 -> 3:00, charged 2:00 -> 3:00, note \"Fixed the contact form\" -> \"incl. review\"\n"
        )
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "note: this changes work 2026-10, already invoiced on INV-2026-0001; the difference is billed on north's next invoice\n"
    );
    let row = l.rows("timelog.csv").into_iter().find(|r| r["id"] == id).unwrap();
    assert_eq!((row["by"].as_str(), row["edited_by"].as_str()), ("tester", "tester"));
    // 3:00 at 100.00 where 2:00 were billed: +100.00 in all for October.
    let lines = november(&l);
    let october: f64 = lines
        .iter()
        .filter(|(d, _)| d.contains("2026-10"))
        .map(|(_, a)| a.parse::<f64>().unwrap())
        .sum();
    assert_eq!(october, 100.0, "{lines:?}");
    assert!(lines.contains(&("Hours".into(), "100.00".into())), "{lines:?}");
    // The issued invoice keeps what it billed of the row.
    assert_eq!(l.rows("invoice-rows.csv")[0]["charged"], "2:00");
}

#[test]
fn a_removal_of_an_invoiced_row_is_credited_on_the_next_invoice() {
    let l = month_end();
    let id = row_id(&l, "Fixed the contact form");
    let before = l.snapshot();
    let out = l.ok(&["entry", "remove", &id, "--dry-run"]);
    assert_eq!(out, format!("dry run: removed {id} (2:00 for north on 2026-10-05)\n"));
    assert!(l.snapshot() == before, "a dry run removes nothing");
    let out = l.run(&["entry", "remove", &id]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already invoiced on INV-2026-0001"));
    assert!(l.rows("timelog.csv").iter().all(|r| r["id"] != id));
    let lines = november(&l);
    assert_eq!(
        lines,
        [
            ("Hours".into(), "100.00".into()),
            ("work 2026-10 no longer billable: credit".into(), "-200.00".into())
        ]
    );
}

#[test]
fn an_edit_says_how_the_balance_changes_and_moves_a_row_between_clients() {
    let l = month_end();
    let id = row_id(&l, "review");
    let out = l.ok(&["entry", "edit", &id, "--hours", "2"]);
    assert_eq!(
        out,
        format!(
            "edited {id}: hours 1:20 -> 2:00, charged 1:20 -> 2:00; acme: 8.67 h -> 8.00 h left\n"
        )
    );
    let out = l.ok(&["entry", "edit", &id, "--client", "north", "--date", "2026-11-03"]);
    assert_eq!(
        out,
        format!(
            "edited {id}: date 2026-10-06 -> 2026-11-03, client acme -> north; acme: 8.00 h -> 10.00 h left\n"
        )
    );
    assert_eq!(l.csv(&["entry", "list", "--unbilled"]).len(), 2);
    let time_off = row_id(&l, "holiday");
    l.refused(&["entry", "edit", &time_off, "--client", "north"], "is time off: it has no client");
    l.refused(&["entry", "edit", &id, "--note", "review"], "nothing to change");
    l.refused(
        &["entry", "edit", &id, "--hours", "0"],
        "--hours: a time row records more than 0:00",
    );
    l.refused(&["entry", "edit", &id, "--client", "ghost"], "unknown client \"ghost\"");
    l.refused(&["entry", "edit", "t-nosuchrow", "--note", "x"], "no time row \"t-nosuchrow\"");
    l.refused(&["entry", "remove", "t-nosuchrow"], "no time row \"t-nosuchrow\"");
    let out = l.run(&["entry", "edit", &id]);
    assert_eq!(out.status.code(), Some(2), "an edit needs a change");
}

#[test]
fn a_row_kept_twice_by_a_merge_is_named_by_its_line_and_removing_one_fixes_it() {
    let l = month_end();
    let text = l.read("timelog.csv");
    let review = text.lines().find(|r| r.contains(",review,")).unwrap().to_string();
    l.append("timelog.csv", &format!("{review}\n"));
    let id = row_id(&l, "review");
    let stderr = l.refused(
        &["entry", "edit", &id, "--hours", "2"],
        &format!("2 rows have the id \"{id}\" (timelog.csv:3, timelog.csv:6)"),
    );
    assert!(
        stderr.contains(
            "remove the version you do not want first (`hourbank entry remove timelog.csv:6`)"
        ),
        "{stderr}"
    );
    let stderr = l.refused(&["entry", "remove", &id], "2 rows have the id");
    assert!(stderr.contains("`hourbank entry remove timelog.csv:3`"), "{stderr}");
    // Other writes of the client wait for the fix; the fix itself does not.
    l.refused(&["log-time", "acme", "1"], "duplicate id");
    l.ok(&["entry", "remove", "timelog.csv:6"]);
    assert_eq!(l.read("timelog.csv"), text);
    assert_eq!(l.ok(&["check"]), "");
}

#[test]
fn a_row_moved_out_of_an_invoiced_month_is_unbilled_again_and_billed_by_the_next_invoice() {
    let l = month_end();
    let id = row_id(&l, "Fixed the contact form");
    l.ok(&["entry", "edit", &id, "--date", "2026-11-03"]);
    let row = l.csv(&["entry", "list", "--unbilled"]);
    let ids: Vec<&str> = row.iter().map(|r| r["id"].as_str()).collect();
    assert!(ids.contains(&id.as_str()), "{ids:?}");
    l.ok(&["invoice", "north", "--month", "2026-11", "--date", "2026-12-01"]);
    let listed = l.csv(&["entry", "list", "--client", "north"]);
    let of = |id: &str| listed.iter().find(|r| r["id"] == id).unwrap()["invoice"].clone();
    assert_eq!(of(&id), "INV-2026-0002");
    let recorded = l.rows("invoice-rows.csv");
    assert_eq!(recorded.iter().filter(|r| r["row"] == id).count(), 2, "once by each invoice");
}

#[test]
fn an_edit_never_leaves_a_row_without_its_client_or_its_person() {
    let l = month_end();
    let work = row_id(&l, "review");
    l.refused(&["entry", "edit", &work, "--client", ""], "--client \"\": ");
    let time_off = row_id(&l, "holiday");
    l.refused(&["entry", "edit", &time_off, "--person", ""], "is time off, which is someone's");
    // A note-only edit is accepted even while an overdue invoice blocks the client
    // (INV-2026-0001 is due 2026-12-01: blocked the day after).
    l.ok(&["client", "set", "north", "--block-after-days", "0"]);
    l.log(&["north", "1", "--date", "2026-12-05", "--note", "late", "--force"]);
    let north = row_id(&l, "late");
    l.refused(&["entry", "edit", &north, "--hours", "2"], "north is blocked on 2026-12-05");
    let before = l.snapshot();
    let json = l.ok(&["--format", "json", "entry", "edit", &north, "--note", "typo", "--dry-run"]);
    assert!(json.contains("\"dry_run\": true"), "{json}");
    assert!(l.snapshot() == before);
    l.ok(&["entry", "edit", &north, "--note", "late, by request"]);
    assert!(l.rows("timelog.csv").iter().any(|r| r["note"] == "late, by request"));
}
