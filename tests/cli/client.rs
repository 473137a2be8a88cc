use super::support::*;

#[test]
fn add_list_show() {
    let l = TestLedger::with_acme();
    l.ok(&[
        "client", "add", "zeta", "--name", "Zeta", "--type", "payg", "--rate", "120", "--status",
        "prospect",
    ]);
    let rows = l.csv(&["client", "list"]);
    assert_eq!(rows.len(), 2);
    assert_eq!(row_for(&rows, "zeta")["rate"], "120.00");
    assert_eq!(row_for(&rows, "zeta")["status"], "prospect");
    assert_eq!(row_for(&rows, "acme")["type"], "bank");
    let show = l.ok(&["--format", "json", "client", "show", "acme"]);
    let v: serde_json::Value = serde_json::from_str(&show).unwrap();
    assert_eq!(v["block_hours"].to_string(), "10.00");
    assert_eq!(v["block_price"].to_string(), "900.00");
    assert_eq!(v["expiry_months"], 12);
}

#[test]
fn set_keeps_comments_and_layout() {
    let l = TestLedger::with_acme();
    let text = l.read("clients.toml").replace(
        "[clients.acme]\n",
        "# Acme signed in March; ask Dana before changing the rate.\n[clients.acme]\n",
    );
    let text = text.replace("type = \"bank\"\n", "type = \"bank\"   # prepaid\n");
    l.write("clients.toml", &text);
    l.ok(&["client", "set", "acme", "--rate", "95.5", "--email", "ops@acme.example"]);
    let after = l.read("clients.toml");
    assert!(
        after
            .contains("# Acme signed in March; ask Dana before changing the rate.\n[clients.acme]"),
        "{after}"
    );
    assert!(after.contains("type = \"bank\"   # prepaid"), "{after}");
    assert!(after.contains("rate = \"95.50\""), "{after}");
    assert!(after.contains("email = \"ops@acme.example\""), "{after}");
}

#[test]
fn invalid_and_duplicate_ids_are_refused() {
    let l = TestLedger::with_acme();
    let e = l.refused(
        &["client", "add", "Acme Corp", "--name", "A", "--type", "bank"],
        "lowercase slug",
    );
    assert!(e.contains("[a-z0-9][a-z0-9_-]*"), "{e}");
    l.refused(&["client", "add", "pay", "--name", "A", "--type", "bank"], "reserved");
    l.refused(&["client", "add", "acme", "--name", "A", "--type", "bank"], "already exists");
    l.refused(&["client", "set", "nobody", "--rate", "1"], "unknown client \"nobody\"");
    l.refused(&["client", "set", "acme", "--rate", "1,5"], "comma");
    l.refused(&["client", "set", "acme"], "nothing to change");
    l.refused(&["client", "set", "acme", "--block-hours", "1.333"], "whole number of minutes");
    l.refused(&["client", "set", "acme", "--payer", "ghost"], "unknown client \"ghost\"");
    l.refused(&["client", "set", "acme", "--name", "two\nlines"], "line break");
}

#[test]
fn remove_is_refused_when_rows_refer_to_the_client() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--blocks", "1", "--date", "2026-01-01"]);
    let e = l.refused(&["client", "remove", "acme"], "rows in the ledger refer to it");
    assert!(e.contains("--status inactive") && e.contains("client forget"), "{e}");
    l.ok(&["client", "add", "temp", "--name", "Temp", "--type", "bank"]);
    l.ok(&["client", "remove", "temp"]);
    assert!(!l.read("clients.toml").contains("temp"));
}

#[test]
fn forget_replaces_personal_fields_and_keeps_rows() {
    let l = TestLedger::with_acme();
    l.ok(&["client", "set", "acme", "--email", "ceo@acme.example", "--address", "1 Main St"]);
    l.buy(&["acme", "--blocks", "1", "--date", "2026-01-01"]);
    let purchases = l.read("purchases.csv");
    let out = l.run(&["client", "forget", "acme"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("git history"));
    let clients = l.read("clients.toml");
    assert!(
        !clients.contains("Acme Corp")
            && !clients.contains("ceo@acme")
            && !clients.contains("Main St"),
        "{clients}"
    );
    assert_eq!(l.read("purchases.csv"), purchases);
}

#[test]
fn dry_runs_write_nothing() {
    let l = TestLedger::with_acme();
    let before = l.snapshot();
    let out = l.ok(&["client", "set", "acme", "--rate", "99", "--dry-run"]);
    assert_eq!(out, "dry run: updated client acme: rate\n");
    l.ok(&["client", "add", "zeta", "--name", "Z", "--type", "bank", "--dry-run"]);
    l.ok(&["client", "forget", "acme", "--dry-run"]);
    l.ok(&["client", "remove", "acme", "--dry-run"]);
    assert!(before == l.snapshot());
}

#[test]
fn terminal_escapes_in_hand_edited_names_are_shown_not_sent() {
    let l = TestLedger::with_acme();
    let hostile = "Evil\u{1b}]52;c;cGF5bG9hZA==\u{7}\u{1b}[2J Corp";
    let clients = l.read("clients.toml").replace(
        "name = \"Acme Corp\"",
        &format!("name = \"{}\"", hostile.replace('\u{1b}', "\\u001b").replace('\u{7}', "\\u0007")),
    );
    l.write("clients.toml", &clients);
    l.append("timelog.csv", ",2026-01-05,gh\u{1b}[2Jost,,1:00,,,,yes,,work,\n");
    for args in [&["client", "list"][..], &["client", "show", "acme"], &["report", "balances"]] {
        let out = l.run(args);
        let shown = [out.stdout, out.stderr].concat();
        assert!(!shown.contains(&0x1b) && !shown.contains(&0x07), "{args:?} sent a control byte");
    }
    let listed = l.ok(&["client", "list"]);
    assert!(listed.contains(r"Evil\u{1b}]52;c;cGF5bG9hZA==\u{7}\u{1b}[2J Corp"), "{listed}");
    let check = String::from_utf8(l.run(&["check"]).stdout).unwrap();
    assert!(check.contains(r#"timelog.csv:2: unknown client "gh\u{1b}[2Jost""#), "{check}");
    // JSON keeps the data exact.
    let json: serde_json::Value =
        serde_json::from_str(&l.ok(&["--format", "json", "client", "list"])).unwrap();
    assert_eq!(json[0]["name"], hostile);
}

#[test]
fn names_must_be_text_on_one_line() {
    let l = TestLedger::new();
    l.refused(&["client", "add", "a", "--name", "", "--type", "bank"], "--name must not be empty");
    l.refused(
        &["client", "add", "a", "--name", "  ", "--type", "bank"],
        "--name must not be empty",
    );
    l.refused(
        &["client", "add", "a", "--name", "A\u{1b}[2J", "--type", "bank"],
        "--name must not contain control characters (found U+001B)",
    );
    l.refused(
        &["client", "add", "a", "--name", "A", "--type", "bank", "--expiry-months", "2147483647"],
        "--expiry-months: 2147483647 is too large (at most 1200 months)",
    );
    l.refused(
        &["client", "add", "a", "--name", "A", "--type", "bank", "--expiry-months", "0"],
        "--expiry-months: must be at least 1",
    );
    l.refused(
        &["client", "add", "a", "--name", "A", "--type", "bank", "--terms-days", "99999"],
        "--terms-days: 99999 is too large (at most 3650 days)",
    );
}

#[test]
fn out_of_range_months_in_toml_are_errors_not_never() {
    let l = TestLedger::with_acme();
    let clients =
        l.read("clients.toml").replace("expiry_months = 12", "expiry_months = 2147483647");
    l.write("clients.toml", &clients);
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let found = String::from_utf8(out.stdout).unwrap();
    assert!(
        found.contains("clients.acme.expiry_months: 2147483647 is too large (at most 1200 months)"),
        "{found}"
    );
}

#[test]
fn a_typo_in_clients_toml_is_reported_first_and_its_follow_ons_in_one_line() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "100", "--date", "2026-01-01"]);
    for day in 1..=20 {
        l.log(&["acme", "1", "--date", &format!("2026-02-{day:02}")]);
    }
    let clients = l.read("clients.toml").replace("[clients.acme]", "[clients.acme");
    l.write("clients.toml", &clients);
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let found = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = found.lines().collect();
    assert!(lines[0].starts_with("clients.toml:"), "{found}");
    assert_eq!(
        &lines[1..],
        [
            "purchases.csv:2: 1 row(s) from here on name clients that clients.toml does not define while it has errors: fix clients.toml first",
            "timelog.csv:2: 20 row(s) from here on name clients that clients.toml does not define while it has errors: fix clients.toml first",
        ],
        "{found}"
    );
}

#[test]
fn payers_may_not_go_round_in_a_circle() {
    let l = TestLedger::with_acme();
    l.ok(&["client", "add", "beta", "--name", "Beta", "--type", "bank", "--payer", "acme"]);
    l.refused(
        &["client", "set", "acme", "--payer", "beta"],
        "--payer beta: the payers would go round in a circle (acme -> beta -> acme)",
    );
    // A circle typed into clients.toml is an error of check.
    l.append("clients.toml", "");
    let text =
        l.read("clients.toml").replace("[clients.acme]\n", "[clients.acme]\npayer = \"beta\"\n");
    l.write("clients.toml", &text);
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout
            .contains("clients.acme.payer: the payers go round in a circle (acme -> beta -> acme)"),
        "{stdout}"
    );
    assert_eq!(stdout.matches("round in a circle").count(), 1, "{stdout}");
}

#[test]
fn changing_the_type_of_a_client_with_rows_needs_force() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-05"]);
    let e = l.refused(
        &["client", "set", "acme", "--type", "payg"],
        "acme has rows: as a payg client instead of a bank client its whole history is read anew",
    );
    assert!(e.contains("pass --force"), "{e}");
    l.ok(&["client", "set", "acme", "--type", "payg", "--force"]);
    assert!(l.read("clients.toml").contains("type = \"payg\""));
    // Without rows the type changes freely.
    l.ok(&["client", "add", "new", "--name", "New", "--type", "bank"]);
    l.ok(&["client", "set", "new", "--type", "retainer"]);
}

#[test]
fn forget_says_that_issued_invoices_keep_the_name_and_blanks_them_with_invoices() {
    let l = TestLedger::with_acme();
    l.ok(&["client", "set", "acme", "--address", "1 Main St"]);
    l.buy(&["acme", "--blocks", "1", "--date", "2026-01-01", "--invoice"]);
    let issued = l.rows("invoices.csv");
    assert_eq!(
        (issued[0]["bill_to_name"].as_str(), issued[0]["bill_to_address"].as_str()),
        ("Acme Corp", "1 Main St")
    );
    let before = l.snapshot();
    let out = l.run(&["client", "forget", "acme", "--dry-run"]);
    assert!(out.status.success());
    assert!(before == l.snapshot());
    let out = l.run(&["client", "forget", "acme"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "note: the 1 invoice(s) issued to acme keep its name and address as issued, and the address they were sent to (most countries require keeping invoices); `hourbank client forget acme --invoices` replaces them too\nnote: git history still holds the old text; notes typed into CSV rows are not changed\n"
    );
    assert_eq!(l.rows("invoices.csv"), issued, "kept as issued");
    let html = l.ok(&["--format", "html", "invoice", "--show", &issued[0]["number"]]);
    assert!(html.contains("Acme Corp") && html.contains("1 Main St"));
    // With --invoices, the invoices issued to it are blanked as well, in one write.
    let out = l.ok(&["client", "forget", "acme", "--invoices"]);
    assert_eq!(
        out,
        "forgot the personal fields of client acme (name, email, billing email, address, notes); every financial row is kept; the 1 invoice(s) issued to it show \"forgotten client acme\" and no address\n"
    );
    let now = l.rows("invoices.csv");
    assert_eq!(
        (now[0]["bill_to_name"].as_str(), now[0]["bill_to_address"].as_str()),
        ("forgotten client acme", "")
    );
    assert_eq!(now[0]["total"], issued[0]["total"]);
    let html = l.ok(&["--format", "html", "invoice", "--show", &issued[0]["number"]]);
    assert!(!html.contains("Acme Corp") && !html.contains("1 Main St"), "{html}");
    assert_eq!(l.ok(&["check"]), "");
}
