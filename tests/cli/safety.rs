use super::support::*;

#[test]
fn a_torn_last_line_is_reported_and_blocks_appends() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-01"]);
    l.append("timelog.csv", "t-000000000001,2026-01-05,acme,alice,1:");
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("timelog.csv:2: torn last line"), "{text}");
    l.refused(&["log-time", "acme", "1"], "timelog.csv:2: torn last line");
}

#[test]
fn a_complete_last_row_without_newline_is_accepted_and_completed() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-01"]);
    l.append("timelog.csv", "t-000000000001,2026-01-05,acme,alice,1:00,1:00,,,yes,,work,by hand");
    assert_eq!(l.ok(&["check"]), "");
    l.log(&["acme", "2", "--date", "2026-01-06"]);
    let text = l.read("timelog.csv");
    assert!(text.contains("work,by hand\nt-"), "{text}");
    assert!(text.ends_with('\n'));
    assert_eq!(l.rows("timelog.csv").len(), 2);
    assert_eq!(l.ok(&["check"]), "");
}

#[test]
fn spreadsheet_files_with_bom_crlf_reordered_and_extra_columns_are_read() {
    let l = TestLedger::with_acme();
    l.write(
        "purchases.csv",
        "\u{feff}client,date,hours,extra,id\r\n# a comment line\r\n\r\nacme,2026-01-01,1.5,kept,\r\n",
    );
    let rows = l.csv(&["report", "balances"]);
    assert_eq!(row_for(&rows, "acme")["purchased"], "1.50");
    l.buy(&["acme", "--hours", "2", "--date", "2026-01-02"]);
    let text = l.read("purchases.csv");
    let last = text.lines().last().unwrap();
    // Appended in the file's own column order; columns the file lacks are left out.
    assert!(last.starts_with("acme,2026-01-02,2:00,,p-"), "{last}");
    assert!(
        text.ends_with("\r\n") && text.matches('\n').count() == text.matches("\r\n").count(),
        "CR LF kept: {text:?}"
    );
    assert_eq!(row_for(&l.csv(&["report", "balances"]), "acme")["purchased"], "3.50");
}

#[test]
fn a_file_missing_a_required_column_is_an_error() {
    let l = TestLedger::with_acme();
    l.write("timelog.csv", "id,date,hours\n");
    let text = String::from_utf8_lossy(&l.run(&["check"]).stdout).to_string();
    assert!(text.contains("timelog.csv:1: missing required column(s) client"), "{text}");
}

#[test]
fn sixteen_concurrent_log_time_runs_all_land() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "100", "--date", "2026-01-01"]);
    let children: Vec<_> = (0..16)
        .map(|i| {
            let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("hourbank"));
            cmd.env("HOURBANK_TODAY", TODAY)
                .env("HOURBANK_USER", "tester")
                .arg("--ledger")
                .arg(l.path())
                .args(["log-time", "acme", "1", "--note", &format!("run {i}")])
                .stdout(std::process::Stdio::null())
                .spawn()
                .expect("spawns")
        })
        .collect();
    for mut child in children {
        assert!(child.wait().expect("waits").success());
    }
    let rows = l.rows("timelog.csv");
    assert_eq!(rows.len(), 16);
    let mut notes: Vec<String> = rows.iter().map(|r| r["note"].clone()).collect();
    notes.sort();
    notes.dedup();
    assert_eq!(notes.len(), 16);
    assert_eq!(l.ok(&["check"]), "");
    assert_eq!(row_for(&l.csv(&["report", "balances"]), "acme")["available"], "84.00");
}

/// A time log large enough to be read in two halves on two threads.
fn big_timelog(l: &TestLedger, rows: usize) -> Vec<String> {
    let mut text = l.read("timelog.csv");
    let mut ids = Vec::with_capacity(rows);
    for i in 0..rows {
        if i % 997 == 0 {
            // Comment and blank lines, which the csv crate does not count as lines.
            text.push_str("# a comment\n\n");
        }
        let id = format!("t-{:012}", i);
        let day = 1 + i % 28;
        text.push_str(&format!(
            "{id},2026-02-{day:02},acme,alice,0:30,0:30,web,,yes,,work,row {i} of a long log\n"
        ));
        ids.push(id);
    }
    l.write("timelog.csv", &text);
    ids
}

#[test]
fn a_large_time_log_read_in_parallel_keeps_lines_and_totals() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "100000", "--date", "2026-01-01", "--never-expires"]);
    let rows = 80_000;
    big_timelog(&l, rows);
    assert!(std::fs::metadata(l.file("timelog.csv")).unwrap().len() > 5 << 20);
    // Balances (parallel reader) agree with usage (sequential reader).
    let consumed = row_for(&l.csv(&["report", "balances"]), "acme")["consumed"].clone();
    assert_eq!(consumed, format!("{}.00", rows / 2));
    let usage = l.csv(&["report", "usage"]);
    assert_eq!(usage[0]["charged"], consumed);
    // Reports that see every row read both halves too, in file order.
    let by_day = l.csv(&["report", "usage", "--by", "project,person"]);
    assert_eq!(by_day.len(), 1);
    assert_eq!(by_day[0]["hours"], consumed);
    let history = l.csv(&["report", "history", "acme"]);
    assert_eq!(history.len(), rows + 1, "the purchase and every row");
    let notes: Vec<&str> = history[1..].iter().map(|r| r["note"].as_str()).collect();
    assert!(notes.iter().all(|n| n.starts_with("row ")), "every work row has its note");
    // Problems in the second half are named with their true line.
    let text = l.read("timelog.csv");
    let lines: Vec<&str> = text.lines().collect();
    let target = lines.len() - 10; // a line near the end (1-based: target + 1)
    let broken: Vec<String> = lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            if i == target {
                line.replace(",0:30,0:30,", ",0:3x,0:30,")
            } else if i == lines.len() - 1 {
                // The same id as the first data row (line 4, after a comment and a
                // blank line): a duplicate across the halves.
                line.replacen(&line[..14], "t-000000000000", 1)
            } else {
                line.to_string()
            }
        })
        .collect();
    l.write("timelog.csv", &(broken.join("\n") + "\n"));
    let out = String::from_utf8_lossy(&l.run(&["check"]).stdout).to_string();
    assert!(out.contains(&format!("timelog.csv:{}: duration \"0:3x\"", target + 1)), "{out}");
    assert!(
        out.contains(&format!(
            "timelog.csv:{}: duplicate id \"t-000000000000\" (first used at timelog.csv:4)",
            lines.len()
        )),
        "{out}"
    );
}
