//! SPEC 10: the client statement. Numbers are computed by hand.

use super::support::*;

/// acme: 10:00 bought 2026-10-01 for 900 (valid 12 months), 2:00 worked in October,
/// billed on 2026-11-01 and half paid; in November 1:30 of work, a goodwill hour,
/// and a 5:00 lot that expires unused on 2026-11-20.
fn november() -> TestLedger {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--blocks", "1", "--date", "2026-10-01", "--note", "first block"]);
    l.log(&["acme", "2", "--date", "2026-10-15", "--person", "ann", "--note", "setup"]);
    l.ok(&["invoice", "acme", "--month", "2026-10", "--date", "2026-11-01"]);
    l.ok(&["invoice", "pay", "INV-2026-0001", "--amount", "500", "--date", "2026-11-05"]);
    l.log(&[
        "acme",
        "1:30",
        "--date",
        "2026-11-05",
        "--person",
        "bob",
        "--project",
        "web",
        "--note",
        "fix <b>form</b>",
    ]);
    l.ok(&["adjust", "acme", "+1", "--date", "2026-11-10", "--reason", "goodwill"]);
    l.buy(&[
        "acme",
        "--hours",
        "5",
        "--price",
        "333",
        "--date",
        "2026-11-12",
        "--expires",
        "2026-11-20",
    ]);
    l
}

const PERIOD: &[&str] = &["--from", "2026-11-01", "--to", "2026-11-30"];

fn statement(l: &TestLedger, format: &str, client: &str) -> String {
    let mut args = vec!["--format", format, "statement", client];
    args.extend_from_slice(PERIOD);
    l.ok(&args)
}

#[test]
fn the_statement_lists_the_period_with_a_running_balance_and_the_invoices() {
    let l = november();
    let v: serde_json::Value = serde_json::from_str(&statement(&l, "json", "acme")).unwrap();
    assert_eq!(v["client"], "acme");
    assert_eq!((v["from"].as_str(), v["to"].as_str()), (Some("2026-11-01"), Some("2026-11-30")));
    assert_eq!(v["opening_balance"].to_string(), "8.00");
    assert_eq!(v["closing_balance"].to_string(), "7.50");
    let rows: Vec<String> = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "{} {} {} {} {} {} {} {}",
                r["date"].as_str().unwrap(),
                r["kind"].as_str().unwrap(),
                r["hours"],
                r["balance"],
                r["note"].as_str().unwrap(),
                r["person"].as_str().unwrap(),
                r["project"].as_str().unwrap(),
                r["price"]
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            "2026-11-05 work -1.50 6.50 fix <b>form</b> bob web null",
            "2026-11-10 adjust 1.00 7.50 goodwill   null",
            "2026-11-12 purchase 5.00 12.50    333.00",
            "2026-11-21 expire -5.00 7.50 valid through 2026-11-20   null",
        ]
    );
    let upcoming = &v["upcoming_expiries"];
    // The block has 10:00 - 2:00 - 1:30 left; the goodwill hour never expires.
    assert_eq!(upcoming.as_array().unwrap().len(), 1);
    assert_eq!(
        (upcoming[0]["expires"].as_str(), upcoming[0]["hours"].to_string()),
        (Some("2027-09-30"), "6.50".to_string())
    );
    let invoice = &v["invoices"][0];
    let got = ["number", "date", "due", "total", "paid", "outstanding", "status"]
        .map(|k| invoice[k].to_string().trim_matches('"').to_string());
    assert_eq!(
        got,
        ["INV-2026-0001", "2026-11-01", "2026-12-01", "900.00", "500.00", "400.00", "open"]
    );
    assert_eq!(invoice["payments"][0]["amount"].to_string(), "500.00");
    // A month later the paid-off invoice is left out, an unpaid one stays.
    let dec = json(&l, &["statement", "acme", "--from", "2026-12-01", "--to", "2026-12-31"]);
    assert_eq!(dec["invoices"].as_array().unwrap().len(), 1);
    l.ok(&["invoice", "pay", "INV-2026-0001", "--date", "2026-12-10"]);
    let jan = json(&l, &["statement", "acme", "--from", "2027-01-01", "--to", "2027-01-31"]);
    assert_eq!(jan["invoices"].as_array().unwrap().len(), 0);
    assert_eq!(jan["rows"].as_array().unwrap().len(), 0);
    assert_eq!(jan["opening_balance"], jan["closing_balance"]);
}

#[test]
fn csv_is_one_table_whose_opening_and_closing_rows_hold_the_balance() {
    let l = november();
    let rows = parse_csv(&statement(&l, "csv", "acme"));
    let kinds: Vec<&str> = rows.iter().map(|r| r["kind"].as_str()).collect();
    assert_eq!(
        kinds,
        [
            "opening",
            "work",
            "adjust",
            "purchase",
            "expire",
            "closing",
            "upcoming-expiry",
            "invoice",
            "payment"
        ]
    );
    assert_eq!((rows[0]["date"].as_str(), rows[0]["balance"].as_str()), ("2026-11-01", "8.00"));
    assert_eq!((rows[5]["date"].as_str(), rows[5]["balance"].as_str()), ("2026-11-30", "7.50"));
    assert_eq!((rows[7]["total"].as_str(), rows[7]["outstanding"].as_str()), ("900.00", "400.00"));
    assert_eq!((rows[8]["ref"].as_str(), rows[8]["paid"].as_str()), ("INV-2026-0001", "500.00"));
}

/// The available hours `report balances --as-of` shows for `client`.
fn available(l: &TestLedger, client: &str, as_of: &str) -> String {
    l.csv(&["--time-format", "hm", "report", "balances", "--as-of", as_of])
        .into_iter()
        .find(|r| r["client"] == client)
        .unwrap()["available"]
        .clone()
}

#[test]
fn the_balances_agree_with_report_balances_at_both_ends() {
    let l = TestLedger::example();
    let clients: Vec<String> =
        l.csv(&["report", "balances"]).into_iter().map(|r| r["client"].clone()).collect();
    for (from, to, before) in [
        ("2026-01-01", "2026-03-31", "2025-12-31"),
        ("2026-10-01", "2026-11-23", "2026-09-30"),
        ("2026-11-01", "2026-11-30", "2026-10-31"),
    ] {
        for client in &clients {
            let s = parse_csv(&l.ok(&[
                "--format",
                "csv",
                "--time-format",
                "hm",
                "statement",
                client,
                "--from",
                from,
                "--to",
                to,
            ]));
            let own: Vec<_> = s.iter().filter(|r| &r["client"] == client).collect();
            if own.is_empty() {
                // A payer with nothing of its own has only the sections it pays for.
                assert_eq!(client, "massive", "{s:?}");
                continue;
            }
            let balance = |kind: &str| {
                own.iter().find(|r| r["kind"] == kind).map(|r| r["balance"].clone()).unwrap()
            };
            assert_eq!(balance("opening"), available(&l, client, before), "{client} {from}");
            assert_eq!(balance("closing"), available(&l, client, to), "{client} {to}");
        }
    }
}

/// The amounts (not zero) a statement shows, from its JSON.
fn amounts(v: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    for row in v["rows"].as_array().unwrap() {
        out.push(row["price"].to_string());
    }
    for invoice in v["invoices"].as_array().unwrap() {
        for k in ["total", "paid", "outstanding"] {
            out.push(invoice[k].to_string());
        }
        for p in invoice["payments"].as_array().unwrap() {
            out.push(p["amount"].to_string());
        }
    }
    out.retain(|a| a != "null" && a != "0.00");
    out.sort();
    out.dedup();
    out
}

/// The number-like words of `text`.
fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .filter(|t| !t.is_empty())
        .map(|t| t.trim_start_matches('-').to_string())
        .collect()
}

#[test]
fn hide_costs_leaves_every_amount_out_in_every_format_but_the_payer_still_sees_them() {
    let l = november();
    let shown = json(&l, &["statement", "acme", "--from", "2026-11-01", "--to", "2026-11-30"]);
    let money = amounts(&shown);
    assert_eq!(money, ["333.00", "400.00", "500.00", "900.00"]);
    l.ok(&["client", "set", "acme", "--hide-costs", "true"]);
    for format in ["table", "csv", "json", "html"] {
        let text = statement(&l, format, "acme");
        // The HTML's style sheet is the invoice's (it styles a `.total` row).
        let text = text.split("</style>").last().unwrap().to_string();
        let words = tokens(&text);
        for amount in &money {
            assert!(!words.contains(amount), "{format}: {amount} in\n{text}");
        }
        for column in ["price", "total", "outstanding", "amount", "currency"] {
            assert!(!text.contains(column), "{format}: {column} in\n{text}");
        }
        // What is not a cost is still there.
        assert!(text.contains("INV-2026-0001") && text.contains("2026-12-01"), "{format}");
        assert!(text.contains("goodwill"), "{format}");
    }
    // The payer's own statement shows the costs of the clients it pays for.
    l.ok(&["client", "add", "agency", "--name", "Big Agency", "--type", "payg"]);
    l.ok(&["client", "set", "acme", "--payer", "agency"]);
    let payer = json(&l, &["statement", "agency", "--from", "2026-11-01", "--to", "2026-11-30"]);
    assert_eq!(payer["payer"], "agency");
    let sections = payer["sections"].as_array().unwrap();
    assert_eq!(sections.len(), 1, "agency has no rows of its own: {payer}");
    assert_eq!(sections[0]["client"], "acme");
    assert_eq!(amounts(&sections[0]), money);
}

#[test]
fn a_payer_gets_a_section_per_client_it_pays_for() {
    let l = november();
    l.ok(&["client", "add", "beta", "--name", "Beta", "--type", "payg", "--rate", "80"]);
    l.ok(&["client", "add", "agency", "--name", "Agency", "--type", "bank"]);
    l.buy(&["agency", "--hours", "3", "--date", "2026-11-02"]);
    for c in ["acme", "beta"] {
        l.ok(&["client", "set", c, "--payer", "agency"]);
    }
    l.log(&["beta", "0:45", "--date", "2026-11-03", "--person", "ann"]);
    let v = json(&l, &["statement", "agency", "--from", "2026-11-01", "--to", "2026-11-30"]);
    let sections: Vec<(&str, String, usize)> = v["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["client"].as_str().unwrap(),
                s["closing_balance"].to_string(),
                s["rows"].as_array().unwrap().len(),
            )
        })
        .collect();
    assert_eq!(
        sections,
        [("agency", "3.00".into(), 1), ("acme", "7.50".into(), 4), ("beta", "-0.75".into(), 1)]
    );
    let csv = parse_csv(&statement(&l, "csv", "agency"));
    let openings: Vec<&str> =
        csv.iter().filter(|r| r["kind"] == "opening").map(|r| r["client"].as_str()).collect();
    assert_eq!(openings, ["agency", "acme", "beta"]);
    // A client's own statement is still its own.
    assert!(json(&l, &["statement", "beta"]).get("payer").is_none());
}

#[test]
fn the_html_statement_prints_on_a4_and_parses() {
    let l = november();
    let html = statement(&l, "html", "acme");
    assert!(html.contains("@page{size:A4"), "{html}");
    let doc = scraper::Html::parse_document(&html);
    let select = |s: &str| scraper::Selector::parse(s).unwrap();
    let text =
        |s: &str| doc.select(&select(s)).map(|e| e.text().collect::<String>()).collect::<Vec<_>>();
    assert_eq!(text("#from"), ["2026-11-01"]);
    assert_eq!(text("#to"), ["2026-11-30"]);
    assert_eq!(text(".opening"), ["8.00"]);
    assert_eq!(text(".closing"), ["7.50"]);
    assert_eq!(text("table.entries tbody tr").len(), 4);
    assert_eq!(text("table.entries td[data-column=balance]"), ["6.50", "7.50", "12.50", "7.50"]);
    // The note is text, not markup.
    assert_eq!(text("table.entries td[data-column=note]")[0], "fix <b>form</b>");
    assert_eq!(doc.select(&select("table.entries b")).count(), 0);
    assert_eq!(text("table.invoices td[data-column=outstanding]"), ["400.00"]);
    assert_eq!(text("table.payments td[data-column=amount]"), ["500.00"]);
    assert_eq!(text(".to .name"), ["Acme Corp"]);
    // A column empty in every row is left out of the page (CSV keeps it); dates and
    // references never break inside.
    assert!(text("table.entries th").contains(&"price".to_string()), "a purchase with a price");
    let early = l.ok(&[
        "--format",
        "html",
        "statement",
        "acme",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-06",
    ]);
    let early = scraper::Html::parse_document(&early);
    let headers: Vec<String> =
        early.select(&select("table.entries th")).map(|e| e.text().collect()).collect();
    assert_eq!(headers, ["date", "kind", "hours", "balance", "note", "person", "project"]);
    // What the client reads names no row by its id (SPEC 12.5); a lot by when it came.
    for file in ["timelog.csv", "purchases.csv", "adjustments.csv"] {
        for row in l.rows(file) {
            assert!(!html.contains(&row["id"]), "{file} id {} on the page", row["id"]);
        }
    }
    assert_eq!(text("table.upcoming td[data-column=lot]"), ["bought on 2026-10-01"]);
    let csv = statement(&l, "csv", "acme");
    let lot = &l.rows("purchases.csv")[1]["id"];
    assert!(csv.contains(lot.as_str()), "CSV keeps the ids for scripts");
    assert!(csv.lines().next().unwrap().contains("price"), "CSV keeps every column");
    assert!(
        html.contains("td[data-column=date],td[data-column=ref]")
            && html.contains("white-space:nowrap")
    );
}

#[test]
fn statement_refusals_name_the_problem() {
    let l = november();
    let before = l.snapshot();
    l.refused(&["statement", "nobody"], "unknown client");
    l.refused(&["statement", "acme", "--from", "2026-12-01", "--to", "2026-11-01"], "after --to");
    l.refused(&["statement", "acme", "--to", "2026-13-01"], "--to");
    assert_eq!(l.snapshot(), before);
    // The default period: the month of --to, up to --to.
    let v = json(&l, &["statement", "acme", "--to", "2026-11-12"]);
    assert_eq!((v["from"].as_str(), v["to"].as_str()), (Some("2026-11-01"), Some("2026-11-12")));
    assert_eq!(v["rows"].as_array().unwrap().len(), 3);
}

#[test]
fn a_statement_is_sent_to_the_client_as_html_with_a_text_part() {
    let l = november();
    l.refused(&["statement", "acme", "--send"], "has no email");
    l.ok(&["client", "set", "acme", "--email", "ops@acme.example"]);
    l.refused(&["statement", "acme", "--send"], "no command and no smtp server");
    // The dry run prints the message: multipart, HTML and text, to the client alone.
    l.append(
        "hourbank.toml",
        "\n[company]\nname = \"Northwind\"\nemail = \"billing@northwind.example\"\n",
    );
    let message = l.ok(&[
        "statement",
        "acme",
        "--send",
        "--dry-run",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
    ]);
    let headers = message.split("\r\n\r\n").next().unwrap();
    assert!(
        headers.contains("To: ops@acme.example\r\n")
            && headers.contains("From: billing@northwind.example"),
        "{headers}"
    );
    assert!(
        headers.contains("Subject: Northwind: statement of your hours, 2026-11-01 to 2026-11-30"),
        "{headers}"
    );
    assert!(
        headers.contains("multipart/alternative") && headers.contains("MIME-Version: 1.0"),
        "{headers}"
    );
    assert!(
        message.contains("Content-Type: text/plain") && message.contains("Content-Type: text/html"),
        "{message}"
    );
    // Delivered through the configured command, once.
    let out = tempfile::tempdir().unwrap();
    let script = l.path().join("deliver.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\ncat > \"$OUT_DIR/mail\"\nprintf '%s' \"$HOURBANK_TO\" > \"$OUT_DIR/to\"\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    l.write(".hourbank.local.toml", &format!("[notify]\ncommand = [\"{}\"]\n", script.display()));
    let run = bin()
        .env("OUT_DIR", out.path())
        .arg("--ledger")
        .arg(l.path())
        .args(["statement", "acme", "--send", "--from", "2026-11-01", "--to", "2026-11-30"])
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(
        String::from_utf8(run.stdout).unwrap().starts_with(
            "sent the statement of acme (2026-11-01 to 2026-11-30) to ops@acme.example"
        )
    );
    assert_eq!(std::fs::read_to_string(out.path().join("to")).unwrap(), "ops@acme.example");
    let mail = std::fs::read_to_string(out.path().join("mail")).unwrap();
    assert!(mail.contains("Content-Type: text/html"), "{mail}");
}

#[test]
fn the_plain_part_of_a_statement_mail_is_short_lines_without_ids() {
    let l = november();
    l.ok(&["client", "set", "acme", "--email", "ops@acme.example"]);
    let message = l.ok(&["statement", "acme", "--send", "--dry-run", "-p", "2026-11"]);
    let plain = message
        .split("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n")
        .nth(1)
        .and_then(|rest| rest.split("\r\n--").next())
        .unwrap_or_else(|| panic!("{message}"));
    assert!(plain.lines().all(|line| line.chars().count() <= 78), "{plain}");
    assert!(!plain.contains('│') && !plain.contains('┌'), "no box table: {plain}");
    for row in l.rows("timelog.csv").iter().chain(l.rows("purchases.csv").iter()) {
        assert!(!plain.contains(&row["id"]), "no id: {plain}");
    }
    // 1:30 of work on 2026-11-05, as a client reads it.
    assert!(plain.contains("\r\n2026-11-05  fix <b>form</b>  -1:30\r\n"), "{plain}");
    assert!(plain.contains("Closing balance  "), "{plain}");
}
