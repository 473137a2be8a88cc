use super::support::*;

#[test]
fn balances_csv_has_the_spec_columns_and_exact_values() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-01", "--expires", "2026-06-30"]);
    l.buy(&["acme", "--hours", "5", "--date", "2026-02-01", "--never-expires"]);
    l.log(&["acme", "4", "--date", "2026-03-01"]);
    let text = l.ok(&["--format", "csv", "report", "balances", "--as-of", "2026-06-30"]);
    assert!(text.starts_with("client,name,type,status,purchased,consumed,expired,available,percent_left,next_expiry,next_expiry_hours,runs_out,blocked\n"), "{text}");
    let rows = parse_csv(&text);
    let acme = row_for(&rows, "acme");
    assert_eq!(acme["purchased"], "15.00");
    assert_eq!(acme["consumed"], "4.00");
    assert_eq!(acme["expired"], "0.00");
    assert_eq!(acme["available"], "11.00");
    // 11 of the 15 original hours of lots still holding hours.
    assert_eq!(acme["percent_left"], "73.33");
    assert_eq!(acme["next_expiry"], "2026-06-30");
    assert_eq!(acme["next_expiry_hours"], "6.00");
    // 4 h in the 90 days to 2026-05-29 -> 11 h last 11 * 90 / 4 = 247.5 -> 248 days.
    let rows = l.csv(&["report", "balances", "--as-of", "2026-05-29"]);
    assert_eq!(row_for(&rows, "acme")["runs_out"], "2027-02-01");
    // The lot whose last day is 2026-06-30 is expired as of the next day.
    let rows = l.csv(&["report", "balances", "--as-of", "2026-07-01"]);
    let acme = row_for(&rows, "acme");
    assert_eq!((acme["expired"].as_str(), acme["available"].as_str()), ("6.00", "5.00"));
    assert_eq!(acme["runs_out"], "");
}

#[test]
fn json_numbers_are_exact_decimals_and_hm_format_works() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "1", "--date", "2026-01-01"]);
    l.log(&["acme", "20m", "--date", "2026-11-20"]);
    let json = l.ok(&["--format", "json", "report", "balances"]);
    assert!(json.contains("\"available\": 0.67"), "{json}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v[0]["client"], "acme");
    assert!(v[0]["runs_out"].is_string());
    let rows = l.csv(&["--time-format", "hm", "report", "balances"]);
    assert_eq!(row_for(&rows, "acme")["available"], "0:40");
}

#[test]
fn balances_filters_by_client_and_type() {
    let l = TestLedger::example();
    let all = l.csv(&["report", "balances"]);
    assert_eq!(all.len(), 12);
    let banks = l.csv(&["report", "balances", "--type", "bank"]);
    assert!(banks.iter().all(|r| r["type"] == "bank") && banks.len() == 8);
    let one = l.csv(&["report", "balances", "--client", "acme"]);
    assert_eq!(one.len(), 1);
    l.refused(&["report", "balances", "--client", "ghost"], "unknown client");
    l.refused(&["report", "balances", "--as-of", "next week"], "YYYY-MM-DD");
}

#[test]
fn invariant_holds_for_every_client_of_the_example() {
    let l = TestLedger::example();
    for as_of in ["2025-12-31", "2026-06-30", TODAY, "2028-01-01"] {
        for r in l.csv(&["--time-format", "hm", "report", "balances", "--as-of", as_of]) {
            let m = |k: &str| {
                let t = &r[k];
                let neg = t.starts_with('-');
                let (h, mm) = t.trim_start_matches('-').split_once(':').unwrap();
                let v: i64 = h.parse::<i64>().unwrap() * 60 + mm.parse::<i64>().unwrap();
                if neg { -v } else { v }
            };
            assert_eq!(m("purchased"), m("consumed") + m("expired") + m("available"), "{r:?}");
        }
    }
}

#[test]
fn history_is_a_statement_with_a_running_balance() {
    let l = TestLedger::with_acme();
    l.buy(&[
        "acme",
        "--hours",
        "5",
        "--date",
        "2026-01-01",
        "--expires",
        "2026-01-31",
        "--note",
        "january",
    ]);
    l.log(&["acme", "1", "--date", "2026-01-10", "--note", "fix"]);
    l.ok(&["adjust", "acme", "+2", "--reason", "goodwill", "--date", "2026-01-15"]);
    let rows = l.csv(&["report", "history", "acme"]);
    let kinds: Vec<&str> = rows.iter().map(|r| r["kind"].as_str()).collect();
    assert_eq!(kinds, ["purchase", "work", "adjust", "expire"]);
    let balances: Vec<&str> = rows.iter().map(|r| r["balance"].as_str()).collect();
    assert_eq!(balances, ["5.00", "4.00", "6.00", "2.00"]);
    assert_eq!(rows[1]["note"], "fix");
    assert_eq!(rows[1]["lot"], rows[0]["ref"]);
    assert_eq!(rows[3]["hours"], "-4.00");
    let later = l.csv(&["report", "history", "acme", "--from", "2026-01-12"]);
    assert_eq!(later.len(), 2);
    let early = l.csv(&["report", "history", "acme", "--to", "2026-01-31"]);
    assert_eq!(early.len(), 3, "the expiry happens at the end of 2026-01-31");
}

#[test]
fn usage_groups_and_prices_by_the_rate_hierarchy() {
    let l = TestLedger::with_acme();
    l.write(
        "hourbank.toml",
        "default_rate = \"80.00\"\n[services.design]\nrate = \"110.00\"\n[services.ops]\nrate = \"70.00\"\n",
    );
    let clients = l.read("clients.toml") + "rate = \"95.00\"\nrates = { design = \"120.00\" }\n";
    l.write("clients.toml", &clients);
    l.ok(&["client", "add", "other", "--name", "Other", "--type", "payg"]);
    l.ok(&["client", "set", "acme", "--credit-limit", "100"]);
    let log = |args: &[&str]| {
        let mut full = vec!["log-time"];
        full.extend_from_slice(args);
        l.ok(&full);
    };
    log(&["acme", "1", "--service", "design", "--date", "2026-01-05"]); // client service rate 120
    log(&["acme", "1", "--date", "2026-01-06"]); // client rate 95
    log(&["acme", "1", "--service", "ops", "--date", "2026-01-07"]); // client rate 95 beats service
    log(&["acme", "1", "--rate", "50", "--date", "2026-02-01"]); // row rate 50
    log(&["other", "1", "--service", "ops", "--date", "2026-02-02"]); // service rate 70
    log(&["other", "2", "--date", "2026-02-03"]); // default 80 x 2
    log(&["other", "5", "--non-billable", "--date", "2026-02-03"]);
    let rows = l.csv(&["report", "usage", "--by", "month,client"]);
    let amounts: Vec<[&str; 5]> = rows
        .iter()
        .map(|r| {
            [
                r["month"].as_str(),
                r["client"].as_str(),
                r["hours"].as_str(),
                r["billable_amount"].as_str(),
                r["value"].as_str(),
            ]
        })
        .collect();
    // acme is a bank client: its hours are prepaid (billed when bought), so they bill
    // nothing by the hour, but their value still follows the rate hierarchy.
    assert_eq!(
        amounts,
        [
            ["2026-01", "acme", "3.00", "0.00", "310.00"],
            ["2026-02", "acme", "1.00", "0.00", "50.00"],
            ["2026-02", "other", "8.00", "230.00", "230.00"],
        ]
    );
    let header = l.ok(&["--format", "csv", "report", "usage", "--by", "person,week"]);
    assert!(header.starts_with("person,week,hours,charged,billable_amount,value\n"), "{header}");
    l.usage(
        &["report", "usage", "--by", "colour"],
        "colour",
        "day, week, month, year, client, person, project, service, kind",
    );
}

#[test]
fn csv_is_spreadsheet_safe() {
    let l = TestLedger::new();
    l.ok(&["client", "add", "evil", "--name", "=HYPERLINK(\"http://x\")", "--type", "payg"]);
    l.log(&["evil", "1:30", "--date", "2026-11-02"]);
    let text = l.ok(&["--format", "csv", "report", "balances"]);
    // Text that a spreadsheet would run is defused; negative numbers stay numbers.
    assert_eq!(
        text,
        "client,name,type,status,purchased,consumed,expired,available,percent_left,next_expiry,next_expiry_hours,runs_out,blocked\n\
         evil,\"'=HYPERLINK(\"\"http://x\"\")\",payg,active,0.00,1.50,0.00,-1.50,0.00,,,,\n"
    );
    // The ledger itself keeps the text exactly.
    assert!(l.read("clients.toml").contains(r#"name = '=HYPERLINK("http://x")'"#));
}

#[test]
fn tables_highlight_clients_with_an_alert_and_colour_only_when_allowed() {
    let l = TestLedger::example();
    let coloured = |extra: &[(&str, &str)], args: &[&str]| {
        let mut cmd = bin();
        cmd.env_remove("NO_COLOR").env("CLICOLOR_FORCE", "1");
        for (k, v) in extra {
            cmd.env(k, v);
        }
        let out = cmd.arg("--ledger").arg(l.path()).args(args).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let table = coloured(&[], &["report", "balances"]);
    let line = |client: &str| {
        table.lines().find(|l| l.contains(&format!(" {client} "))).unwrap().to_string()
    };
    // initech is overdrawn (red), globex and hooli have low-balance alerts (yellow),
    // acme has none.
    assert!(
        line("initech").contains("\u{1b}[38;5;9m") || line("initech").contains("\u{1b}[31m"),
        "{table}"
    );
    assert!(line("globex").contains("\u{1b}["), "{table}");
    assert!(line("hooli").contains("\u{1b}["), "{table}");
    assert!(!line("acme").contains("\u{1b}["), "{table}");
    assert!(!coloured(&[("NO_COLOR", "1")], &["report", "balances"]).contains('\u{1b}'));
    assert!(!coloured(&[], &["--no-color", "report", "balances"]).contains('\u{1b}'));
    assert!(!l.ok(&["report", "balances"]).contains('\u{1b}'), "no colour into a pipe");
}

#[test]
fn dates_on_the_command_line_take_today_yesterday_and_months() {
    let l = TestLedger::example();
    assert_eq!(
        l.ok(&["--format", "csv", "report", "balances", "--as-of", "2026-10"]),
        l.ok(&["--format", "csv", "report", "balances", "--as-of", "2026-10-31"])
    );
    assert_eq!(
        l.ok(&["--format", "csv", "report", "balances", "--as-of", "today"]),
        l.ok(&["--format", "csv", "report", "balances", "--as-of", TODAY])
    );
    let history = |from: &str, to: &str| {
        l.ok(&["--format", "csv", "report", "history", "acme", "--from", from, "--to", to])
    };
    assert_eq!(history("2026-09", "2026-10"), history("2026-09-01", "2026-10-31"));
    l.log(&["acme", "0:30", "--date", "yesterday", "--note", "late entry"]);
    let row = l.rows("timelog.csv").into_iter().last().unwrap();
    assert_eq!((row["date"].as_str(), row["note"].as_str()), ("2026-11-22", "late entry"));
    l.refused(
        &["log-time", "acme", "1", "--date", "2026-10"],
        "--date: date \"2026-10\": use YYYY-MM-DD (years 0001 to 9999), today or yesterday, like 2026-03-01",
    );
}

/// Runs `hourbank ARGS` on a pseudo-terminal of `columns` columns (util-linux
/// `script`); returns what the terminal showed (stdout and stderr), or `None` when
/// `script` is missing.
fn on_terminal(columns: u16, args: &str) -> Option<String> {
    let found = std::process::Command::new("script").arg("--version").output().is_ok();
    if !found {
        assert!(
            std::env::var("HOURBANK_REQUIRE_TOOLS").as_deref() != Ok("1"),
            "script (util-linux) is required (HOURBANK_REQUIRE_TOOLS=1)"
        );
        eprintln!("skipped: install util-linux's script to run the terminal tests");
        return None;
    }
    let bin = assert_cmd::cargo::cargo_bin("hourbank");
    let command = format!("stty cols {columns} rows 60; {} {args}", bin.display());
    let out = bin_env(std::process::Command::new("script"))
        .args(["-qec", &command, "/dev/null"])
        .env_remove("COLUMNS")
        .output()
        .expect("script runs");
    assert!(out.status.success(), "{out:?}");
    Some(String::from_utf8(out.stdout).unwrap().replace('\r', ""))
}

/// The environment of the tests' runs.
fn bin_env(mut cmd: std::process::Command) -> std::process::Command {
    cmd.env("HOURBANK_TODAY", TODAY).env("HOURBANK_NOW", NOW).env("NO_COLOR", "1");
    cmd
}

#[test]
fn report_balances_fits_an_80_column_terminal_and_names_what_it_left_out() {
    let Some(shown) = on_terminal(80, "--ledger ledger-example report balances") else { return };
    use unicode_width::UnicodeWidthStr;
    let table: Vec<&str> = shown.lines().filter(|l| l.starts_with(['┌', '│', '╞', '└'])).collect();
    assert!(table.len() > 10, "{shown}");
    for line in &table {
        assert!(line.width() <= 80, "{} columns: {line}", line.width());
    }
    // The essential columns stay, and what was left out is named.
    let header = table[1];
    for column in ["client", "available", "percent_left", "next_expiry", "runs_out"] {
        assert!(header.contains(column), "{header}");
    }
    let note = shown.lines().find(|l| l.starts_with("note: left out ")).expect("the note");
    assert!(
        note.contains("blocked")
            && note.ends_with("--wide shows every column, --columns picks them"),
        "{note}"
    );
    for left_out in note["note: left out ".len()..].split(" to fit").next().unwrap().split(", ") {
        assert!(!header.contains(&format!(" {left_out} ")), "{left_out} is shown: {header}");
    }
    // --wide shows every column.
    let wide = on_terminal(80, "--ledger ledger-example --wide report balances").unwrap();
    assert!(wide.contains("next_expiry_hours") && !wide.contains("note: left out"), "{wide}");
}

#[test]
fn columns_picks_and_orders_columns_in_every_format() {
    let l = TestLedger::example();
    let csv = l.ok(&["--columns", "available,client", "--format", "csv", "report", "balances"]);
    assert!(csv.starts_with("available,client\n11.00,acme\n"), "{csv}");
    let json = l.ok(&["--columns", "client,available", "--format", "json", "report", "balances"]);
    let first = json.lines().find(|l| l.contains("\"client\"")).unwrap();
    assert!(json.find("\"client\"").unwrap() < json.find("\"available\"").unwrap(), "{json}");
    assert!(!json.contains("\"name\""), "{first}");
    let table = l.ok(&["--columns", "client,runs_out", "report", "balances"]);
    assert!(
        table.lines().nth(1).unwrap().contains("client") && !table.contains("available"),
        "{table}"
    );
    let before = l.snapshot();
    let out = l.run(&["--columns", "client,colour", "report", "balances"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with(
            "error: --columns: unknown column \"colour\" (known: client, name, type, status,"
        ),
        "{stderr}"
    );
    assert!(out.stdout.is_empty() && l.snapshot() == before);
    // A column named twice is refused the same way, in every format.
    for format in ["table", "csv", "json"] {
        let out =
            l.run(&["--format", format, "--columns", "client,hours,client", "report", "usage"]);
        assert_eq!(out.status.code(), Some(2), "{format}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.starts_with("error: --columns: \"client\" is named twice\n\nUsage: hourbank"),
            "{format}: {stderr}"
        );
        assert!(out.stdout.is_empty() && l.snapshot() == before, "{format}");
    }
}
