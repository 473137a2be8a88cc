use super::support::*;

#[test]
fn every_problem_is_reported_with_its_line() {
    let l = TestLedger::with_acme();
    l.append(
        "purchases.csv",
        "p-000000000001,2026-01-01,acme,10:00,900.00,,,,,\n\
         p-000000000001,2026-01-02,acme,10:00,900.00,,,,,\n\
         ,2026-03-01,acme,5,,2026-02-01,,,,\n\
         ,2026-03-01,nobody,5,,,,,,\n\
         ,2026-02-30,acme,5,,,,,,\n\
         ,2026-03-01,acme,1,5,,,,,,\n",
    );
    l.append(
        "timelog.csv",
        ",2026-01-05,acme,,1,5,,,,yes,,work,,,,,,\n,2026-01-05,acme,,abc,,,,yes,,work,,\n",
    );
    l.append("adjustments.csv", ",2026-03-01,acme,,delta,+2,2026-02-01,goodwill,\n");
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    for expected in [
        "purchases.csv:3: duplicate id \"p-000000000001\" (first used at purchases.csv:2)",
        "purchases.csv:4: the lot expires (2026-02-01) before it is bought (2026-03-01)",
        "purchases.csv:5: unknown client \"nobody\"",
        "purchases.csv:6: date \"2026-02-30\"",
        "purchases.csv:7: the row has 11 fields but the header has 10",
        "timelog.csv:2: the row has 18 fields but the header has 17",
        "timelog.csv:3: duration \"abc\"",
        "adjustments.csv:2: the hours expire (2026-02-01) before they are added (2026-03-01)",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}

#[test]
fn a_timer_id_used_twice_is_named_as_any_duplicate_id() {
    let l = TestLedger::with_acme();
    l.ok(&["start", "acme", "--at", "09:00"]);
    let text = l.read("timers.csv");
    let row = text.lines().nth(1).expect("the timer's row").to_string();
    let id = row.split(',').next().unwrap().to_string();
    assert!(id.starts_with("c-"), "{row}");
    // The same row for another person, as a hand edit copying the line leaves it.
    l.append("timers.csv", &format!("{}\n", row.replacen(",tester,", ",ann,", 1)));
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let expected = format!("timers.csv:3: duplicate id \"{id}\" (first used at timers.csv:2)");
    assert!(stdout.contains(&expected), "missing {expected:?} in:\n{stdout}");
}

#[test]
fn toml_errors_have_lines() {
    let l = TestLedger::with_acme();
    l.append("clients.toml", "rate = \"9,5\"\n");
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("clients.toml:18: clients.acme.rate: amount \"9,5\""), "{text}");
    l.write("clients.toml", "[clients.acme\nname = 1\n");
    let text = String::from_utf8_lossy(&l.run(&["check"]).stdout).to_string();
    assert!(text.starts_with("clients.toml:1: invalid TOML"), "{text}");
}

#[test]
fn writes_are_refused_on_a_ledger_with_errors() {
    let l = TestLedger::with_acme();
    l.append("timelog.csv", ",2026-01-05,ghost,,1:00,,,,yes,,work,\n");
    let e =
        l.refused(&["log-time", "acme", "1", "--force"], "timelog.csv:2: unknown client \"ghost\"");
    assert!(e.contains("will not write"), "{e}");
    l.refused(&["bank", "buy", "acme", "--hours", "1"], "unknown client \"ghost\"");
    l.refused(&["client", "add", "b", "--name", "B", "--type", "bank"], "unknown client \"ghost\"");
    // Reports still run: the row is readable, only its client is unknown.
    let out = l.run(&["report", "balances"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("warning: timelog.csv:2: unknown client \"ghost\""), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("acme"));
}

#[test]
fn reports_refuse_only_rows_they_cannot_read() {
    let l = TestLedger::with_acme();
    l.append("timelog.csv", ",2026-01-05,acme,,1:0x,,,,yes,,work,\n");
    let e = l.refused(&["report", "balances"], "timelog.csv:2: duration \"1:0x\"");
    assert!(e.contains("will not read"), "{e}");
    l.refused(&["client", "list"], "timelog.csv:2:");
}

#[test]
fn people_are_checked_when_people_toml_exists() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "5", "--date", "2026-01-01"]);
    l.log(&["acme", "1", "--person", "mallory", "--date", "2026-01-02"]);
    assert_eq!(l.ok(&["check"]), "");
    l.write("people.toml", "[people.alice]\nname = \"Alice\"\n");
    let text = String::from_utf8_lossy(&l.run(&["check"]).stdout).to_string();
    assert!(text.contains("timelog.csv:2: unknown person \"mallory\""), "{text}");
}

#[test]
fn warnings_do_not_fail_check() {
    let l = TestLedger::with_acme();
    l.append("clients.toml", "colour = \"blue\"\n");
    l.ok(&["client", "add", "ret", "--name", "Retainer Co", "--type", "retainer"]);
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("clients.toml:18: warning: clients.acme.colour: unknown key (ignored)"),
        "{text}"
    );
    assert!(
        text.contains("warning: clients.ret: a retainer needs monthly_hours and start"),
        "{text}"
    );
}

#[test]
fn line_numbers_count_comment_and_blank_lines() {
    let l = TestLedger::with_acme();
    l.append("purchases.csv", "# bought at the fair\n\n,2026-01-01,acme,1,,,,,\n\n# typo below\n,2026-02-30,acme,1,,,,,\n");
    let text = String::from_utf8_lossy(&l.run(&["check"]).stdout).to_string();
    assert_eq!(text, "purchases.csv:7: date \"2026-02-30\": February 2026 has 28 days\n");
}

#[test]
fn settings_with_unknown_keys_or_wrong_types_are_reported_with_their_lines() {
    let l = TestLedger::new();
    l.write(
        "hourbank.toml",
        "currency = \"EUR\"\ndefault_rte = \"90.00\"\n\n[alerts]\noverdraft = \"yes\"\nexpiry_dys = [5]\n\n[invoice]\nprefix = \"INV-\"\n\n[notify]\nclient = 1\n\n[notify.smtp]\nhost = \"localhost\"\nstarttls = \"no\"\n\nrounding = 15\n",
    );
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "hourbank.toml:2: warning: default_rte: unknown key (ignored)\n\
         hourbank.toml:5: alerts.overdraft: expected true or false\n\
         hourbank.toml:6: warning: alerts.expiry_dys: unknown key (ignored)\n\
         hourbank.toml:11: warning: delivery settings not trusted (notify.smtp.host = \"localhost\"; notify.smtp.tls = \"starttls\"): notify-check and --send deliver nothing until you run `hourbank trust`\n\
         hourbank.toml:12: notify.client: expected true or false\n\
         hourbank.toml:16: notify.smtp.starttls: expected true or false\n\
         hourbank.toml:18: warning: notify.smtp.rounding: unknown key (ignored)\n"
    );
}

#[test]
fn check_as_json_gives_stable_codes() {
    let l = TestLedger::with_acme();
    l.append(
        "timelog.csv",
        ",2026-01-05,ghost,,1:00,,,,yes,,work,\n,2026-01-06,acme,,1:0x,,,,yes,,work,\n",
    );
    let out = l.run(&["--format", "json", "check"]);
    assert_eq!(out.status.code(), Some(1));
    let findings: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        findings,
        serde_json::json!([
            {"file": "timelog.csv", "line": 2, "severity": "error", "code": "unknown-client",
             "message": "unknown client \"ghost\" (add it with `hourbank client add ghost`)"},
            {"file": "timelog.csv", "line": 3, "severity": "error", "code": "parse",
             "message": "duration \"1:0x\": is not a number; use 1.5, 1:30, 1h30m, 1h or 90m"},
        ])
    );
    // An empty ledger check in JSON is an empty array.
    let clean = TestLedger::new();
    assert_eq!(clean.ok(&["--format", "json", "check"]).trim(), "[]");
}

#[test]
fn check_is_silent_on_a_ledger_that_sets_every_documented_key() {
    let l = TestLedger::new();
    std::fs::write(
        l.file("ca.pem"),
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    l.write(
        ".hourbank.local.toml",
        "[notify]\nto = [\"office@agency.example\"]\nfrom = \"alerts@agency.example\"\ncommand = [\"sendmail\", \"-t\"]\n\n[notify.smtp]\nhost = \"smtp.agency.example\"\nport = 587\nusername = \"alerts@agency.example\"\npassword_env = \"HOURBANK_SMTP_PASSWORD\"\ntls = \"starttls\"\nca_file = \"ca.pem\"\n",
    );
    l.write(
        "hourbank.toml",
        r#"currency = "EUR"
default_rate = "90.00"
default_expiry_months = 12
credit_on = "purchase"
hide_costs = false
holidays = ["2026-12-25"]

[rounding]
minimum_minutes = 15
increment_minutes = 15

[alerts]
low_balance_percent = [25, 10]
low_balance_hours = "5:00"
expiry_days = [10, 5]
overdraft = true

[notify]
client = true

[invoice]
prefix = "INV-"
terms_days = 30
billing_start = "2026-01-01"
block_after_days = 14
tax_category = "S"
tax_exemption = "none"

[cancellation]
levels = [{ notice_hours = 24, charge_percent = 100 }]

[company]
name = "Northwind"
address = "Harbour Street 4"
email = "billing@northwind.example"
phone = "+49 40 1234567"
vat_id = "DE123456789"
bank = "IBAN DE02 1203 0000 0000 2020 51"
payment_terms = "Payable within 14 days."
footer = "Northwind GmbH"
country = "DE"

[services.design]
rate = "110.00"
"#,
    );
    l.write(
        "clients.toml",
        r#"[clients.acme]
name = "Acme"
type = "bank"
status = "active"
email = "ops@acme.example"
address = "1 Main St"
currency = "EUR"
rate = "100.00"
rates = { design = "120.00" }
block_hours = "10:00"
block_price = "900.00"
expiry_months = 12
credit_limit = "2:00"
low_balance_percent = [20]
low_balance_hours = "3:00"
cancellation = { levels = [{ notice_hours = 48, charge_percent = 50 }] }
vat_id = "US-1"
country = "US"
tax_category = "S"
tax_exemption = "none"
discount_percent = "5"
tax_percent = "19"
terms_days = 14
billing_start = "2026-01-01"
block_after_days = 7
credit_on = "purchase"
hide_costs = false
notes = "a client"

[clients.ret]
name = "Ret"
type = "retainer"
monthly_hours = "20:00"
monthly_fee = "1800.00"
rollover_months = 1
start = "2026-01-01"
end = "2026-12-31"
prorate = true
payer = "acme"
"#,
    );
    assert_eq!(l.ok(&["check"]), "");
    // A CA file that is not there, or no certificate, is an error.
    std::fs::write(l.file("ca.pem"), "not a certificate\n").unwrap();
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        ".hourbank.local.toml:1: notify.smtp.ca_file \"ca.pem\": is not a PEM certificate (no -----BEGIN CERTIFICATE-----)\n"
    );
}
