//! Ledgers under git: two clones that each append, merged with the drivers `init`
//! sets up.

use super::support::*;

/// A ledger in a git repository with its first commit.
fn repo() -> TestLedger {
    let l = TestLedger::new();
    l.add_payg("north");
    l.add_payg("south");
    l.git(&["init", "--quiet", "--initial-branch=main"]);
    l.git(&["add", "-A"]);
    l.git(&["commit", "--quiet", "-m", "ledger"]);
    l
}

fn commit(l: &TestLedger, message: &str) {
    l.git(&["add", "-A"]);
    l.git(&["commit", "--quiet", "-m", message]);
}

/// Merges `other`'s main branch into `l`'s.
fn merge_from(l: &TestLedger, other: &TestLedger) {
    let path = other.path().to_string_lossy().to_string();
    l.git(&["pull", "--quiet", "--no-rebase", "--no-edit", &path, "main"]);
}

/// Renumbers the invoice at `invoices.csv` line `line` to `number`, in its row and
/// the `invoice` column of its lines, as the duplicate-number hint says.
fn renumber(l: &TestLedger, line: usize, number: &str) {
    let invoices = l.read("invoices.csv");
    let row: Vec<&str> = invoices.lines().nth(line - 1).unwrap().split(',').collect();
    let (id, old) = (row[0], row[1]);
    let renumbered: Vec<String> = invoices
        .lines()
        .enumerate()
        .map(|(i, text)| if i == line - 1 { text.replacen(old, number, 1) } else { text.into() })
        .collect();
    l.write("invoices.csv", &(renumbered.join("\n") + "\n"));
    let lines: Vec<String> = l
        .read("invoice-lines.csv")
        .lines()
        .map(|text| if text.contains(id) { text.replacen(old, number, 1) } else { text.into() })
        .collect();
    l.write("invoice-lines.csv", &(lines.join("\n") + "\n"));
}

#[test]
fn identical_invoices_on_two_branches_keep_every_line_through_a_union_merge() {
    let a = repo();
    let b = clone(&a);
    for (l, client) in [(&a, "north"), (&b, "south")] {
        l.log(&[client, "2", "--date", "2026-03-05"]);
        l.ok(&["invoice", client, "--month", "2026-03", "--date", "2026-04-01"]);
        commit(l, client);
    }
    merge_from(&a, &b);
    let lines = a.rows("invoice-lines.csv");
    assert_eq!(lines.len(), 2, "both lines survive the merge");
    assert!(lines.iter().all(|l| l["invoice"] == "INV-2026-0001" && l["amount"] == "200.00"));
    let out = a.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let found = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(found.starts_with("invoices.csv:3: duplicate invoice number INV-2026-0001"), "{found}");
    renumber(&a, 3, "INV-2026-0002");
    assert_eq!(a.ok(&["check"]), "");
    let invoices = a.csv(&["report", "invoices"]);
    let totals: Vec<(&str, &str, &str)> = invoices
        .iter()
        .map(|i| (i["number"].as_str(), i["client"].as_str(), i["total"].as_str()))
        .collect();
    assert_eq!(
        totals,
        [("INV-2026-0001", "north", "200.00"), ("INV-2026-0002", "south", "200.00")]
    );
    for number in ["INV-2026-0001", "INV-2026-0002"] {
        let shown = a.csv(&["invoice", "--show", number]);
        assert_eq!(shown.len(), 1, "{number} has its one line");
        assert_eq!(shown[0]["amount"], "200.00");
    }
}

#[test]
fn reads_and_cron_go_on_after_a_merge_that_duplicated_an_invoice_number() {
    let a = repo();
    a.ok(&["client", "add", "acme", "--name", "Acme", "--type", "bank", "--email", "o@acme.test"]);
    a.buy(&["acme", "--hours", "10", "--date", "2026-03-01"]);
    commit(&a, "acme");
    let b = clone(&a);
    for (l, client) in [(&a, "north"), (&b, "south")] {
        l.log(&[client, "2", "--date", "2026-03-05"]);
        l.ok(&["invoice", client, "--month", "2026-03", "--date", "2026-04-01"]);
        commit(l, client);
    }
    a.log(&["acme", "9:30", "--date", "2026-03-06"]);
    commit(&a, "work");
    merge_from(&a, &b);
    // Reads print the consistency error on stderr and run.
    for args in [
        &["report", "balances"][..],
        &["client", "list"],
        &["invoice", "--show", "INV-2026-0001"],
        &["report", "invoices"],
    ] {
        let out = a.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.contains("duplicate invoice number INV-2026-0001"), "{args:?}: {stderr}");
        assert!(!out.stdout.is_empty(), "{args:?} printed its result");
    }
    // Cron's notify-check delivers and records its alerts.
    let sent = a.ok(&["notify-check", "--as-of", "2026-03-07"]);
    assert!(sent.contains("acme: low:"), "{sent}");
    assert_eq!(a.ok(&["notify-check", "--as-of", "2026-03-07"]), "", "recorded: not sent twice");
    // Writes still refuse until the numbers are fixed.
    a.refused(&["log-time", "acme", "0:10"], "duplicate invoice number INV-2026-0001");
}

#[test]
fn a_lot_edited_on_two_branches_is_one_lot_again_after_deleting_a_version() {
    let a = repo();
    a.ok(&["client", "add", "acme", "--name", "Acme", "--type", "bank"]);
    a.buy(&["acme", "--hours", "10", "--date", "2026-03-01", "--never-expires"]);
    commit(&a, "lot");
    let lot = a.rows("purchases.csv")[0]["id"].clone();
    let b = clone(&a);
    a.ok(&["bank", "edit", &lot, "--note", "edited on a"]);
    commit(&a, "edit a");
    b.ok(&["bank", "edit", &lot, "--note", "edited on b"]);
    commit(&b, "edit b");
    merge_from(&a, &b);
    assert_eq!(a.rows("purchases.csv").len(), 2, "the union merge keeps both versions");
    let found = String::from_utf8(a.run(&["check"]).stdout).unwrap();
    assert!(
        found.contains(&format!(
            "purchases.csv:3: duplicate id \"{lot}\" (first used at purchases.csv:2): when both lines are versions of one row (two branches changed it, git kept both), delete the version you do not want"
        )),
        "{found}"
    );
    let text = a.read("purchases.csv");
    let kept: Vec<&str> = text.lines().filter(|l| !l.contains("edited on b")).collect();
    a.write("purchases.csv", &(kept.join("\n") + "\n"));
    assert_eq!(a.ok(&["check"]), "");
    assert_eq!(row_for(&a.csv(&["report", "balances"]), "acme")["purchased"], "10.00");
}
