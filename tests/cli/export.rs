//! SPEC 11: `hourbank export`. The journals are read by the real tools (hledger,
//! ledger, bean-check); their balances must be `report balances`' to the minute. A
//! missing tool skips its part, unless HOURBANK_REQUIRE_TOOLS=1 (as `.ci/run` sets).

use std::collections::BTreeMap;
use std::process::Command;

use super::support::*;

/// Whether `tool` can be run; without it the test says it skipped, or fails when the
/// environment requires the tools.
fn have(tool: &str) -> bool {
    let found = Command::new(tool).arg("--version").output().is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var("HOURBANK_REQUIRE_TOOLS").as_deref() != Ok("1"),
            "{tool} is required (HOURBANK_REQUIRE_TOOLS=1) but not installed"
        );
        eprintln!("skipped: {tool} is not installed");
    }
    found
}

/// `report balances --as-of D`: client -> available minutes.
fn report(l: &TestLedger, as_of: &str) -> BTreeMap<String, i64> {
    l.csv(&["--time-format", "hm", "report", "balances", "--as-of", as_of])
        .into_iter()
        .map(|r| (r["client"].clone(), minutes(&r["available"])))
        .collect()
}

fn minutes(hm: &str) -> i64 {
    let (sign, rest) = hm.strip_prefix('-').map_or((1, hm), |r| (-1, r));
    let (h, m) = rest.split_once(':').unwrap();
    sign * (h.parse::<i64>().unwrap() * 60 + m.parse::<i64>().unwrap())
}

/// Runs a tool's balance report and reads "N min  Assets:Hourbank:ID" lines.
fn tool_balances(tool: &str, args: &[&str]) -> BTreeMap<String, i64> {
    let out = Command::new(tool).args(args).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{tool} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    text.lines()
        .filter_map(|line| {
            let line = line.trim();
            let (amount, account) = line.split_once("  ")?;
            let client = account.trim().strip_prefix("Assets:Hourbank:")?;
            let n = amount.trim().trim_end_matches(" min").trim();
            Some((client.to_string(), n.parse::<i64>().ok()?))
        })
        .collect()
}

/// Compares every client's available minutes with hledger's, ledger's and
/// beancount's view of the exported journals, as of `as_of`.
fn agree(l: &TestLedger, as_of: &str) {
    let want = report(l, as_of);
    let journal = l.file("export.journal").to_string_lossy().into_owned();
    if have("hledger") {
        l.ok(&["export", "hledger", "--as-of", as_of, "-o", &journal]);
        let mut got = tool_balances(
            "hledger",
            &["-f", &journal, "bal", "Assets:Hourbank", "--flat", "-E", "--no-total"],
        );
        // A client without any event has no posting: zero.
        for client in want.keys() {
            got.entry(client.clone()).or_insert(0);
        }
        assert_eq!(got, want, "hledger as of {as_of}");
        // Every account and commodity is declared (SPEC 14).
        let strict =
            Command::new("hledger").args(["-f", &journal, "check", "--strict"]).output().unwrap();
        assert!(
            strict.status.success(),
            "hledger check --strict: {}",
            String::from_utf8_lossy(&strict.stderr)
        );
    }
    if have("ledger") {
        l.ok(&["export", "ledger", "--as-of", as_of, "-o", &journal]);
        let mut got = tool_balances(
            "ledger",
            &["-f", &journal, "bal", "Assets:Hourbank", "--flat", "--empty", "--no-total"],
        );
        for client in want.keys() {
            got.entry(client.clone()).or_insert(0);
        }
        assert_eq!(got, want, "ledger as of {as_of}");
        let pedantic =
            Command::new("ledger").args(["-f", &journal, "--pedantic", "bal"]).output().unwrap();
        assert!(
            pedantic.status.success(),
            "ledger --pedantic: {}",
            String::from_utf8_lossy(&pedantic.stderr)
        );
    }
    if have("bean-check") {
        let bean = l.file("export.beancount").to_string_lossy().into_owned();
        l.ok(&["export", "beancount", "--as-of", as_of, "-o", &bean]);
        let out = Command::new("bean-check").arg(&bean).output().unwrap();
        assert!(out.status.success(), "bean-check: {}", String::from_utf8_lossy(&out.stderr));
        // bean-check proved every balance directive; the last one of each account is
        // the balance as of the date.
        let text = l.read("export.beancount");
        let mut got: BTreeMap<String, i64> = want.keys().map(|c| (c.clone(), 0)).collect();
        for line in text.lines().filter(|l| l.contains(" balance Assets:Hourbank:")) {
            let mut parts = line.split_whitespace();
            let account = parts.nth(2).unwrap();
            let n: i64 = parts.next().unwrap().parse().unwrap();
            let client = account.trim_start_matches("Assets:Hourbank:");
            let id = want.keys().find(|k| beancount(k) == client).unwrap().clone();
            got.insert(id, n);
        }
        assert_eq!(got, want, "beancount as of {as_of}");
    }
}

fn beancount(id: &str) -> String {
    let id = id.replace('_', "-");
    let mut c = id.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

#[test]
fn the_example_ledger_exports_to_the_reports_balances() {
    let l = TestLedger::example();
    for as_of in ["2026-01-31", "2026-06-30", "2026-10-31", "2026-11-23"] {
        agree(&l, as_of);
    }
}

/// A small deterministic generator (a linear congruential one) for ledgers.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[test]
fn generated_ledgers_with_expiries_overdraft_sets_and_retainers_export_exactly() {
    for seed in [1u64, 7, 42] {
        let l = TestLedger::new();
        let mut r = Lcg(seed);
        let mut clients = String::new();
        let mut purchases = String::from("id,date,client,hours,price,expires,project,note,by\n");
        let mut time = String::from(
            "id,date,client,person,hours,charged,project,service,billable,rate,kind,note\n",
        );
        let mut adjustments = String::from("id,date,holder,bank,kind,hours,expires,reason,by\n");
        for c in 0..12 {
            let id = format!("c_{c}");
            let kind = ["bank", "bank", "retainer", "payg"][c % 4];
            clients.push_str(&format!(
                "[clients.{id}]\nname = \"C {c}\"\ntype = \"{kind}\"\ncredit_limit = \"100:00\"\n"
            ));
            if kind == "retainer" {
                clients.push_str("monthly_hours = \"10:00\"\nmonthly_fee = \"900\"\nrollover_months = 1\nstart = \"2025-01-01\"\n");
            }
            for n in 0..r.next(4) + 1 {
                let (m, d) = (r.next(12) + 1, r.next(28) + 1);
                let expires = if r.next(2) == 0 {
                    format!("2025-{:02}-{:02}", (m + r.next(4)).min(12), d)
                } else {
                    String::new()
                };
                purchases.push_str(&format!(
                    "p{c}-{n},2025-{m:02}-{d:02},{id},{}:00,,{expires},,,t\n",
                    r.next(20) + 1
                ));
            }
            for k in 0..r.next(30) + 5 {
                let (m, d) = (r.next(12) + 1, r.next(28) + 1);
                time.push_str(&format!(
                    "t{c}x{k},2025-{m:02}-{d:02},{id},ann,{}:{:02},,,,yes,,work,\n",
                    r.next(3),
                    r.next(60)
                ));
            }
            if r.next(2) == 0 {
                let m = r.next(12) + 1;
                adjustments.push_str(&format!(
                    "a{c}s,2025-{m:02}-15,{id},,set,{}:30,,recount,t\n",
                    r.next(9)
                ));
            }
            adjustments
                .push_str(&format!("a{c}d,2025-06-0{},{id},,delta,-1:15,,fix,t\n", r.next(9) + 1));
        }
        l.write("clients.toml", &clients);
        l.write("purchases.csv", &purchases);
        l.write("timelog.csv", &time);
        l.write("adjustments.csv", &adjustments);
        // A valid ledger: check finds no error (set, overdraft and expiries included).
        let check = l.run(&["check"]);
        assert_eq!(check.status.code(), Some(0), "{}", String::from_utf8_lossy(&check.stdout));
        let kinds = l.read("adjustments.csv");
        assert!(kinds.contains(",set,") && l.read("purchases.csv").contains(",2025-"));
        for as_of in ["2025-03-31", "2025-07-15", "2025-12-31"] {
            agree(&l, as_of);
        }
    }
}

/// A SQLite value as report text: integers of duration columns as H:MM.
fn sql_text(v: rusqlite::types::Value, duration: bool) -> String {
    use rusqlite::types::Value;
    match v {
        Value::Null => String::new(),
        Value::Integer(n) if duration => {
            let sign = if n < 0 { "-" } else { "" };
            format!("{sign}{}:{:02}", n.abs() / 60, n.abs() % 60)
        }
        Value::Integer(n) => n.to_string(),
        Value::Text(s) => s,
        other => format!("{other:?}"),
    }
}

/// Every row of `table` as (column -> report text).
fn sql_rows(
    db: &rusqlite::Connection,
    sql: &str,
    durations: &[&str],
) -> Vec<BTreeMap<String, String>> {
    let mut stmt = db.prepare(sql).unwrap();
    let names: Vec<String> = stmt.column_names().map(|s| s.to_string()).collect();
    stmt.query_map([], |row| {
        Ok(names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let v: rusqlite::types::Value = row.get(i).unwrap();
                (n.clone(), sql_text(v, durations.contains(&n.as_str())))
            })
            .collect::<BTreeMap<String, String>>())
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

#[test]
fn the_sqlite_export_reads_back_as_the_reports_and_files() {
    let l = TestLedger::example();
    for as_of in ["2026-06-30", "2026-11-23"] {
        let db_path = l.file("hours.db");
        l.ok(&["export", "sqlite", &db_path.to_string_lossy(), "--as-of", as_of]);
        let db = rusqlite::Connection::open(&db_path).unwrap();
        // balances: the report's rows, durations as integer minutes.
        let durations = ["purchased", "consumed", "expired", "available", "next_expiry_hours"];
        let got = sql_rows(&db, "SELECT * FROM balances", &durations);
        let want = l.csv(&["--time-format", "hm", "report", "balances", "--as-of", as_of]);
        assert_eq!(got, want, "balances as of {as_of}");
        // lots: `bank list` of every client.
        let lot_durations = ["hours", "used", "expired", "remaining"];
        let clients: Vec<String> = want.iter().map(|r| r["client"].clone()).collect();
        for client in &clients {
            let got = sql_rows(
                &db,
                &format!("SELECT * FROM lots WHERE client = '{client}' ORDER BY rowid"),
                &lot_durations,
            );
            let want: Vec<BTreeMap<String, String>> = l
                .csv(&["--time-format", "hm", "bank", "list", client, "--as-of", as_of])
                .into_iter()
                .map(|mut r| {
                    r.insert("client".into(), client.clone());
                    r
                })
                .collect();
            assert_eq!(got, want, "lots of {client} as of {as_of}");
        }
        // Every ledger file, typed: the time log's rows and minutes are the file's.
        let file = l.rows("timelog.csv");
        let table =
            sql_rows(&db, "SELECT * FROM timelog ORDER BY file_line", &["hours", "charged"]);
        assert_eq!(table.len(), file.len());
        for (t, f) in table.iter().zip(&file) {
            for column in ["id", "date", "client", "person", "hours", "charged", "note", "kind"] {
                assert_eq!(t[column], f[column], "{column}");
            }
        }
        let minutes: i64 =
            db.query_row("SELECT SUM(charged) FROM timelog", [], |r| r.get(0)).unwrap();
        let by_hand: i64 = file
            .iter()
            .filter(|r| !r["charged"].is_empty())
            .map(|r| minutes_of(&r["charged"]))
            .sum();
        assert_eq!(minutes, by_hand);
        // The printed quantities of invoice lines are whole minutes too.
        let kind: String = db
            .query_row(
                "SELECT DISTINCT typeof(hours) FROM invoice_lines WHERE hours IS NOT NULL",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(kind, "integer");
        let tables: Vec<String> = db
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(
            tables,
            [
                "adjustments",
                "balances",
                "clients",
                "expenses",
                "invoice_lines",
                "invoice_rows",
                "invoices",
                "lots",
                "notifications",
                "payments",
                "people",
                "purchases",
                "timelog",
                "timers"
            ]
        );
    }
    l.refused(&["export", "sqlite"], "needs the database file");
    // Beancount names: upper-case first letter, `-` for `_`; two that meet are refused.
    let l = TestLedger::new();
    for id in ["a_b", "a-b"] {
        l.ok(&["client", "add", id, "--name", id, "--type", "payg"]);
    }
    l.refused(
        &["export", "beancount"],
        "two holders become the beancount account Assets:Hourbank:A-b",
    );
    let journal = l.ok(&["export", "hledger"]);
    assert!(
        journal.contains("account Assets:Hourbank:a_b\naccount Assets:Hourbank:a-b\n"),
        "{journal}"
    );
}

fn minutes_of(hm: &str) -> i64 {
    minutes(hm)
}

#[test]
fn the_sqlite_export_keeps_extra_columns_that_differ_only_in_case() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-01"]);
    l.log(&["acme", "1:00", "--date", "2026-01-02", "--note", "lower"]);
    // A spreadsheet added "Note" (and a column without a name, and one named like
    // the export's own) beside the tool's "note".
    let text = l.read("timelog.csv");
    let mut lines = text.lines();
    let header = format!("{},Note,,FILE_LINE", lines.next().unwrap());
    let row = format!("{},upper,blank,line", lines.next().unwrap());
    l.write("timelog.csv", &format!("{header}\n{row}\n"));
    let db_path = l.file("hours.db");
    l.ok(&["export", "sqlite", &db_path.to_string_lossy()]);
    let db = rusqlite::Connection::open(&db_path).unwrap();
    let row: (String, String, String, String) = db
        .query_row("SELECT note, Note_2, column_19, FILE_LINE_2 FROM timelog", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .unwrap();
    assert_eq!(row, ("lower".into(), "upper".into(), "blank".into(), "line".into()));
}
