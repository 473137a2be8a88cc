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
    l.append(
        "timelog.csv",
        "t-000000000001,2026-01-05,acme,alice,1:00,1:00,,,yes,,work,by hand,,,,,",
    );
    assert_eq!(l.ok(&["check"]), "");
    l.log(&["acme", "2", "--date", "2026-01-06"]);
    let text = l.read("timelog.csv");
    assert!(text.contains("work,by hand,,,,,\nt-"), "{text}");
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
        .map(|i| l.spawn(&["log-time", "acme", "1", "--note", &format!("run {i}")]))
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

#[test]
fn a_torn_line_inside_a_quoted_note_blocks_writes_instead_of_swallowing_them() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-01"]);
    l.log(&["acme", "1", "--date", "2026-01-05", "--note", "hero image, header"]);
    let text = l.read("timelog.csv");
    let cut =
        text.find("work,\"hero image,").expect("the quoted note") + "work,\"hero image,".len();
    l.write("timelog.csv", &text[..cut]);
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let found = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(found.contains("timelog.csv:2: torn last line"), "{found}");
    assert!(found.contains("unterminated quote"), "{found}");
    l.refused(&["log-time", "acme", "2", "--date", "2026-01-06"], "timelog.csv:2: torn last line");
}

#[test]
fn an_unclosed_quote_is_an_error_at_its_own_line_and_later_rows_still_count() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-01"]);
    l.append(
        "timelog.csv",
        "t-000000000001,2026-01-05,acme,,1:00,1:00,,,yes,,work,\"typed by hand\n",
    );
    l.append("timelog.csv", "t-000000000002,2026-01-06,acme,,2:00,2:00,,,yes,,work,fine\n");
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let found = String::from_utf8_lossy(&out.stdout).to_string();
    assert_eq!(
        found,
        "timelog.csv:2: unterminated quote (a quoted field must end on its own line)\n"
    );
    l.refused(&["log-time", "acme", "1"], "timelog.csv:2: unterminated quote");
}

#[test]
fn a_spreadsheets_multi_line_field_is_refused_at_the_line_it_starts() {
    let l = TestLedger::with_acme();
    l.append("purchases.csv", "p-000000000001,2026-01-01,acme,10:00,900.00,,,\"two\nlines\",x\n");
    let found = String::from_utf8_lossy(&l.run(&["check"]).stdout).to_string();
    assert!(found.starts_with("purchases.csv:2: unterminated quote"), "{found}");
    assert!(found.contains("purchases.csv:3: "), "the next line is read on its own: {found}");
}

/// Runs `hourbank ARGS` with the file size limited to `blocks` x 512 bytes (as a full
/// disk would stop it), returning its output. SIGXFSZ keeps its default action (it
/// kills a process that does not catch it): hourbank catches it (SPEC 12.6).
fn run_with_file_limit(l: &TestLedger, blocks: u64, args: &[&str]) -> std::process::Output {
    let shell = format!("ulimit -f {blocks}; exec \"$0\" \"$@\"");
    l.wrapped("sh", &["-c", &shell]).args(args).output().expect("runs")
}

#[test]
fn a_failed_append_leaves_no_part_of_the_row_and_a_retry_charges_once() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-01"]);
    // Pad the time log to 20 bytes below 1024, so the limit falls inside the new row.
    let text = l.read("timelog.csv");
    let pad = 1024 - 20 - text.len();
    l.append("timelog.csv", &format!("#{}\n", "x".repeat(pad - 2)));
    let before = l.snapshot();
    let args = ["log-time", "acme", "1:30", "--date", "2026-01-05", "--note", "cut short"];
    let out = run_with_file_limit(&l, 2, &args);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.matches("File too large").count(), 1, "the OS error once: {stderr}");
    assert!(stderr.contains("timelog.csv"), "{stderr}");
    assert!(before == l.snapshot(), "the partial row is cut back");
    l.log(&args[1..]);
    assert_eq!(l.rows("timelog.csv").len(), 1);
    assert_eq!(row_for(&l.csv(&["report", "balances"]), "acme")["available"], "8.50");
}

#[test]
fn a_column_named_twice_in_a_header_is_an_error_naming_it() {
    let l = TestLedger::with_acme();
    l.write("purchases.csv", "id,date,client,hours,note,note\n");
    let found = String::from_utf8_lossy(&l.run(&["check"]).stdout).to_string();
    assert_eq!(
        found,
        "purchases.csv:1: column \"note\" is named twice in the header; rename or delete one of them\n"
    );
    l.refused(&["bank", "buy", "acme", "--hours", "1"], "column \"note\" is named twice");
}

#[test]
fn an_invoice_killed_between_its_two_appends_leaves_a_warning_and_a_retry_works() {
    let l = TestLedger::new();
    l.add_payg("north");
    l.log(&["north", "2", "--date", "2026-03-05"]);
    l.ok(&["invoice", "north", "--month", "2026-03", "--date", "2026-04-01"]);
    // The lines are written first; a kill before the invoice row leaves only them.
    let invoices = l.read("invoices.csv");
    l.write("invoices.csv", &(invoices.lines().next().unwrap().to_string() + "\n"));
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(0), "a warning, not an error");
    let found = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        found.starts_with("invoice-lines.csv:2: warning: line of invoice \"INV-2026-0001\" (id i-"),
        "{found}"
    );
    l.ok(&["invoice", "north", "--month", "2026-03", "--date", "2026-04-01"]);
    let shown = l.csv(&["invoice", "--show", "INV-2026-0001"]);
    assert_eq!(shown.len(), 1, "the retry's own line only: {shown:?}");
    let report = l.csv(&["report", "invoices"]);
    assert_eq!((report.len(), report[0]["total"].as_str()), (1, "200.00"));
}

/// A small fixed-seed generator for the crash loop's choices.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// What a writer in the crash loop did, if it confirmed (exited 0).
enum Confirmed {
    Row(String),
    Invoice(String),
    /// The lot's note set by run N (a later edit replaces it).
    Edit(usize),
    Email(usize),
}

#[test]
fn writers_killed_at_random_moments_lose_no_confirmed_write() {
    let l = TestLedger::with_acme();
    l.add_payg("north");
    l.buy(&["acme", "--hours", "1000", "--date", "2026-01-01", "--note", "first"]);
    for day in 1..=28 {
        l.log(&["north", "1", "--date", &format!("2026-02-{day:02}")]);
    }
    let lot = l.rows("purchases.csv")[0]["id"].clone();
    let mut rng = Lcg(7);
    let mut confirmed = Vec::new();
    for i in 0..60 {
        let note = format!("run {i}");
        let day = format!("2026-02-{:02}", i % 28 + 1);
        let email = format!("ops{i}@acme.example");
        let (args, what): (Vec<&str>, Confirmed) = match rng.below(5) {
            0 => (vec!["log-time", "acme", "0:10", "--note", &note], Confirmed::Row(note.clone())),
            1 => (
                vec!["bank", "buy", "acme", "--hours", "1", "--note", &note],
                Confirmed::Row(note.clone()),
            ),
            2 => (
                vec!["invoice", "north", "--from", &day, "--to", &day, "--date", "2026-03-01"],
                Confirmed::Invoice(day.clone()),
            ),
            3 => (vec!["bank", "edit", &lot, "--note", &note], Confirmed::Edit(i)),
            _ => (vec!["client", "set", "acme", "--email", &email], Confirmed::Email(i)),
        };
        let mut child = l.spawn(&args);
        // The kill lands anywhere from before the ledger is read to after the write.
        std::thread::sleep(std::time::Duration::from_micros(rng.below(25_000)));
        let _ = child.kill();
        if child.wait().expect("waits").success() {
            confirmed.push(what);
        }
    }
    let out = l.run(&["check"]);
    let found = String::from_utf8_lossy(&out.stdout).to_string();
    assert_eq!(out.status.code(), Some(0), "only warnings may be left: {found}");
    assert!(found.lines().all(|line| line.contains(": warning: ")), "{found}");
    let rows: Vec<String> = ["timelog.csv", "purchases.csv"]
        .iter()
        .flat_map(|file| l.rows(file))
        .map(|row| row["note"].clone())
        .collect();
    let invoiced: Vec<String> = l.rows("invoices.csv").iter().map(|r| r["from"].clone()).collect();
    let (mut last_edit, mut last_email) = (None, None);
    for c in &confirmed {
        match c {
            Confirmed::Row(note) => assert!(rows.contains(note), "{note} is in the ledger"),
            Confirmed::Invoice(day) => assert!(invoiced.contains(day), "invoice of {day}"),
            Confirmed::Edit(i) => last_edit = Some(*i),
            Confirmed::Email(i) => last_email = Some(*i),
        }
    }
    // A value replaced by edits is the last confirmed one, or a later one whose writer
    // was killed after its rename.
    let run_of =
        |text: &str| -> usize { text.trim_matches(|c: char| !c.is_ascii_digit()).parse().unwrap() };
    if let Some(last) = last_edit {
        let note = l.rows("purchases.csv")[0]["note"].clone();
        assert!(run_of(&note) >= last, "the last confirmed note or a later one: {note}");
    }
    if let Some(last) = last_email {
        let clients = l.read("clients.toml");
        let email = clients.split("email = \"").nth(1).and_then(|s| s.split('@').next()).unwrap();
        assert!(run_of(email) >= last, "the last confirmed address or a later one: {email}");
    }
    l.log(&["acme", "1", "--note", "after the crashes"]);
    assert!(l.rows("timelog.csv").iter().any(|r| r["note"] == "after the crashes"));
    let left: Vec<String> =
        l.snapshot().into_keys().filter(|n| n.starts_with(".hourbank-tmp-")).collect();
    assert!(left.is_empty(), "no temporary file after the next write: {left:?}");
    assert!(
        confirmed.len() > 5 && confirmed.len() < 60,
        "some writers finished, some were killed: {}",
        confirmed.len()
    );
}

#[test]
fn temporary_files_of_killed_rewrites_are_ignored_by_git_reported_and_removed() {
    let l = TestLedger::with_acme();
    l.git(&["init", "--quiet"]);
    l.ok(&["git-setup"]);
    l.write(".hourbank-tmp-Ab12Cd", "id,date\n");
    l.write(".hourbank-tmp-x9Y8z7", "[clients]\n");
    // A person's own copies look alike but are theirs: never reported nor removed.
    l.write(".timelog.csv.backup", "a person's file, not the tool's\n");
    let status = l.git(&["status", "--porcelain", "--untracked-files=all"]);
    assert!(!status.contains(".hourbank-tmp-"), "{status}");
    assert!(status.contains(".timelog.csv.backup"), "{status}");
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        ".hourbank-tmp-Ab12Cd: warning: temporary file left by an interrupted write; the next write removes it\n\
         .hourbank-tmp-x9Y8z7: warning: temporary file left by an interrupted write; the next write removes it\n"
    );
    let out = l.run(&["bank", "buy", "acme", "--hours", "1"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(
            "removed .hourbank-tmp-Ab12Cd, a temporary file left by an interrupted write"
        ),
        "{stderr}"
    );
    assert!(!l.file(".hourbank-tmp-Ab12Cd").exists() && !l.file(".hourbank-tmp-x9Y8z7").exists());
    assert!(l.file(".timelog.csv.backup").exists(), "other files are left alone");
    assert_eq!(l.ok(&["check"]), "");
}

#[test]
fn a_column_the_file_lacks_is_added_to_its_header_not_dropped() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-01"]);
    l.write("timelog.csv", "date,client,hours\n2026-01-02,acme,1:00\n");
    let out = l.run(&["log-time", "acme", "2", "--non-billable", "--rate", "500", "--note", "hi"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("timelog.csv: added column(s) id, person, charged, billable, rate, kind, note, by to the header"), "{stderr}");
    let text = l.read("timelog.csv");
    assert!(
        text.starts_with(
            "date,client,hours,id,person,charged,billable,rate,kind,note,by\n2026-01-02,acme,1:00\n"
        ),
        "{text}"
    );
    let rows = l.rows("timelog.csv");
    assert_eq!((rows[1]["billable"].as_str(), rows[1]["rate"].as_str()), ("no", "500.00"));
    assert_eq!(row_for(&l.csv(&["report", "balances"]), "acme")["consumed"], "1.00");
    // bank edit of a column purchases.csv lacks adds it too.
    l.write("purchases.csv", "id,date,client,hours\np-000000000001,2026-01-01,acme,10:00\n");
    l.ok(&["bank", "edit", "p-000000000001", "--expires", "2026-06-30"]);
    assert_eq!(
        l.read("purchases.csv"),
        "id,date,client,hours,expires\np-000000000001,2026-01-01,acme,10:00,2026-06-30\n"
    );
    assert_eq!(l.ok(&["check"]), "");
}

#[test]
fn a_value_that_starts_with_a_hash_in_the_first_column_is_not_a_comment() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-01-01"]);
    l.write(
        "timelog.csv",
        "note,id,date,client,person,hours,charged,project,service,billable,rate,kind\n",
    );
    l.log(&["acme", "1", "--note", "#42 fixed login"]);
    assert_eq!(row_for(&l.csv(&["report", "balances"]), "acme")["consumed"], "1.00");
    assert_eq!(l.rows("timelog.csv")[0]["note"], "#42 fixed login");
}

#[test]
fn a_large_file_with_many_lines_before_its_header_is_split_after_it() {
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "100000", "--date", "2026-01-01", "--never-expires"]);
    let mut text = format!("# {}\n", "x".repeat(100)).repeat(50_000);
    text.push_str("id,date,client,person,hours,charged,project,service,billable,rate,kind,note\n");
    for _ in 0..1000 {
        text.push_str(",2026-02-01,acme,,0:30,0:30,,,yes,,work,\n");
    }
    l.write("timelog.csv", &text);
    assert!(text.len() as u64 > 4 << 20, "read by two threads");
    assert_eq!(l.ok(&["check"]), "");
    assert_eq!(row_for(&l.csv(&["report", "balances"]), "acme")["consumed"], "500.00");
}

#[test]
fn writes_whose_dates_fall_outside_years_1_to_9999_are_refused() {
    let l = TestLedger::with_acme();
    let e = l.refused(
        &["bank", "buy", "acme", "--blocks", "1", "--date", "9999-12-31"],
        "expires +10000-12-30 is outside the years 0001 to 9999; nothing was written",
    );
    assert!(e.contains("--never-expires"), "{e}");
    l.buy(&["acme", "--blocks", "1", "--date", "9999-12-31", "--never-expires"]);
    l.refused(
        &["invoice", "acme", "--month", "9999-12", "--date", "9999-12-31"],
        "due +10000-01-30 is outside the years 0001 to 9999",
    );
    l.refused(&["log-time", "acme", "1", "--date", "0000-06-01"], "--date: date \"0000-06-01\"");
    assert_eq!(l.ok(&["check"]), "");
}

#[test]
fn concurrent_writers_keep_the_lock_while_ignored_files_are_deleted() {
    let l = TestLedger::new();
    let clients: Vec<String> = (0..8).map(|i| format!("c{i}")).collect();
    for c in &clients {
        l.add_payg(c);
        l.log(&[c, "1", "--date", "2026-03-02"]);
    }
    let done = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|scope| {
        // What `git clean -X` does, over and over, while the writers run.
        scope.spawn(|| {
            for _ in 0..100_000 {
                if done.load(std::sync::atomic::Ordering::Relaxed) {
                    break;
                }
                let _ = std::fs::remove_file(l.file(".hourbank.lock"));
                for name in l.snapshot().keys().filter(|n| n.starts_with(".p")) {
                    let _ = std::fs::remove_file(l.file(name));
                }
            }
        });
        let children: Vec<_> =
            clients.iter().map(|c| l.spawn(&["invoice", c, "--month", "2026-03"])).collect();
        for mut child in children {
            assert!(child.wait().expect("waits").success());
        }
        done.store(true, std::sync::atomic::Ordering::Relaxed);
    });
    let mut numbers: Vec<String> =
        l.rows("invoices.csv").iter().map(|r| r["number"].clone()).collect();
    numbers.sort();
    let expected: Vec<String> = (1..=8).map(|i| format!("INV-2026-{i:04}")).collect();
    assert_eq!(numbers, expected);
    assert_eq!(l.ok(&["check"]), "");
}

#[test]
fn files_written_with_o_and_by_export_get_the_mode_the_umask_gives() {
    use std::os::unix::fs::PermissionsExt;
    let l = TestLedger::with_acme();
    let out_dir = tempfile::tempdir().unwrap();
    let mode = |name: &str| {
        std::fs::metadata(out_dir.path().join(name)).unwrap().permissions().mode() & 0o777
    };
    let run = |umask: &str, args: &[&str]| {
        let shell = format!("umask {umask}; exec \"$0\" \"$@\"");
        let out = l.wrapped("sh", &["-c", &shell]).args(args).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    };
    let file = |name: &str| out_dir.path().join(name).to_string_lossy().into_owned();
    run("027", &["report", "balances", "-o", &file("b.txt")]);
    run("027", &["export", "sqlite", &file("x.db")]);
    run("022", &["export", "hledger", "-o", &file("h.journal")]);
    assert_eq!((mode("b.txt"), mode("x.db"), mode("h.journal")), (0o640, 0o640, 0o644));
}

/// A time log of `rows` rows in one of the shapes people bring, over two clients,
/// with problems in its second half: a bad duration, a duplicate id across the halves
/// (where rows have ids), a second header, a conflict marker, and a torn last line.
fn shaped_timelog(shape: &str, rows: usize, broken: bool) -> String {
    let header = match shape {
        "none" => "date,client,person,hours,charged,project,service,billable,rate,kind,note",
        _ => "id,date,client,person,hours,charged,project,service,billable,rate,kind,note",
    };
    let end = if shape == "spreadsheet" { "\r\n" } else { "\n" };
    let mut text = String::new();
    if shape == "spreadsheet" {
        text.push('\u{feff}');
    }
    text.push_str(header);
    text.push_str(end);
    for i in 0..rows {
        let id = match shape {
            "seq" => format!("t-{}", i + 1),
            "uuid" => format!("{:08x}-7c1e-4a3b-9d2f-{:012x}", i * 2_654_435_761 % (1 << 32), i),
            _ => format!("t-{i:012}"),
        };
        // A row near the end reuses the first row's id.
        let id = if broken && i == rows - 3 { text_id(shape, 0) } else { id };
        let client = CLIENTS[i % CLIENTS.len()];
        let hours = if broken && i == rows - 7 {
            "0:3x".to_string()
        } else {
            format!("0:{:02}", 15 + i % 45)
        };
        let note = match shape {
            "notes" => format!("row {i}: \"quoted\", commas, and Ünïcödé ✓ {}", "x".repeat(120)),
            _ => format!("row {i}"),
        };
        let fields = [
            id,
            format!("2026-{:02}-{:02}", 1 + i % 12, 1 + i % 28),
            client.into(),
            ["alice", "bob"][i % 2].into(),
            hours.clone(),
            hours,
            ["web", "ops", ""][i % 3].into(),
            // Groups of several parts: services and rates of their own.
            if i % 4 == 1 { "design".into() } else { String::new() },
            "yes".into(),
            match i % 8 {
                1 => "120.00".into(),
                2 => "100.00".into(),
                _ => String::new(),
            },
            "work".into(),
            note,
        ];
        let fields: Vec<String> =
            if shape == "none" { fields[1..].to_vec() } else { fields.to_vec() };
        let line: Vec<String> = fields
            .iter()
            .map(|f| match shape {
                "spreadsheet" => format!("\"{}\"", f.replace('"', "\"\"")),
                _ if f.contains([',', '"']) => format!("\"{}\"", f.replace('"', "\"\"")),
                _ => f.clone(),
            })
            .collect();
        text.push_str(&line.join(","));
        text.push_str(end);
        if broken && i == rows - 20 {
            text.push_str(header);
            text.push_str(end);
        }
        if broken && i == rows - 10 {
            text.push_str("=======");
            text.push_str(end);
        }
    }
    if broken {
        // A torn last line: a quoted note cut off.
        text.push_str("t-torn,2026-03-01,acme,alice,0:30,0:30,web,,yes,,work,\"cut off");
    }
    text
}

/// The clients of the shaped time logs: a bank client and pay-as-you-go ones.
const CLIENTS: [&str; 6] = ["acme", "globex", "initech", "umbrella", "hooli", "stark"];

/// The first row's id of a shape (none for `none`).
fn text_id(shape: &str, i: usize) -> String {
    match shape {
        "seq" => format!("t-{}", i + 1),
        "uuid" => format!("{:08x}-7c1e-4a3b-9d2f-{:012x}", i * 2_654_435_761 % (1 << 32), i),
        _ => format!("t-{i:012}"),
    }
}

/// What a command says (exit code, stdout, stderr) on `threads` threads.
fn on_threads(l: &TestLedger, args: &[&str], threads: &str) -> (Option<i32>, String, String) {
    let out = l
        .bin()
        .env("HOURBANK_THREADS", threads)
        .arg("--ledger")
        .arg(l.path())
        .args(args)
        .output()
        .unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (out.status.code(), text(out.stdout), text(out.stderr))
}

#[test]
fn a_long_usage_report_made_on_two_threads_is_the_one_made_on_one() {
    // 6,000 groups, past the rows from which the later half of a CSV report is made
    // on a second thread.
    let l = TestLedger::with_acme();
    l.ok(&["client", "add", "globex", "--name", "Globex", "--type", "payg", "--rate", "90"]);
    let mut log = String::from(
        "id,date,client,person,hours,charged,project,service,billable,rate,kind,note\n",
    );
    for i in 0..6_000 {
        let client = ["acme", "globex"][i % 2];
        let hours = format!("0:{:02}", 15 + i % 45);
        log.push_str(&format!(
            "t-{i},2026-{:02}-{:02},{client},alice,{hours},{hours},p{i:05},,yes,,work,\n",
            1 + i % 12,
            1 + i % 28
        ));
    }
    l.write("timelog.csv", &log);
    let run = |args: &[&str], threads: &str| on_threads(&l, args, threads);
    let reports: [&[&str]; 3] = [
        &["--format", "csv", "report", "usage", "--by", "project,client"],
        &["--format", "csv", "--decimal-comma", "report", "usage", "--by", "project"],
        &["--format", "csv", "--columns", "value,project", "report", "usage", "--by", "project"],
    ];
    for args in reports {
        let (one, two) = (run(args, "1"), run(args, "2"));
        assert_eq!(one, two, "{args:?}");
        assert_eq!(one.0, Some(0), "{args:?}: {}", one.2);
        let lines: Vec<&str> = one.1.lines().collect();
        assert_eq!(lines.len(), 6_001, "{args:?}: a header and a row a project");
        // Every project once, in order: the halves neither overlap nor swap.
        let projects: Vec<&str> = lines[1..]
            .iter()
            .map(|l| l.split([',', ';']).find(|f| f.starts_with('p')).unwrap())
            .collect();
        let expected: Vec<String> = (0..6_000).map(|i| format!("p{i:05}")).collect();
        assert_eq!(projects, expected, "{args:?}");
    }
}

#[test]
fn the_parallel_reader_says_what_the_single_threaded_one_says_on_every_shape() {
    for shape in ["own", "seq", "uuid", "none", "spreadsheet", "notes"] {
        let l = TestLedger::with_acme();
        for c in &CLIENTS[1..5] {
            l.ok(&["client", "add", c, "--name", c, "--type", "payg", "--rate", "90"]);
        }
        // A retainer whose months overrun: their overage goes to rows of both halves.
        let retainer = [
            "--type",
            "retainer",
            "--monthly-hours",
            "10",
            "--rate",
            "120",
            "--start",
            "2025-12-01",
        ];
        l.ok(&[&["client", "add", CLIENTS[5], "--name", CLIENTS[5]][..], &retainer].concat());
        l.buy(&["acme", "--hours", "100000", "--date", "2025-12-01", "--never-expires"]);
        let rows = if shape == "notes" { 30_000 } else { 80_000 };
        let run = |args: &[&str], threads: &str| on_threads(&l, args, threads);
        // A sound log: every report, on one thread and on two (the reading in two halves,
        // the clients simulated on two threads, the usage sinks of two halves merged,
        // with group keys packed and not).
        l.write("timelog.csv", &shaped_timelog(shape, rows, false));
        assert!(std::fs::metadata(l.file("timelog.csv")).unwrap().len() > 4 << 20, "{shape}");
        let reports: [&[&str]; 6] = [
            &["check"],
            &["--format", "csv", "report", "balances", "--as-of", "2026-12-31"],
            &["--format", "csv", "report", "history", "acme", "--to", "2026-12-31"],
            &["--format", "csv", "report", "usage", "--by", "month,person,project"],
            &["--format", "csv", "report", "usage", "--by", "month,client"],
            &["--format", "csv", "report", "usage", "--by", "month,client,person,project,service"],
        ];
        for args in reports {
            let (one, two) = (run(args, "1"), run(args, "2"));
            assert_eq!(one, two, "{shape}: {args:?}");
            assert_eq!(one.0, Some(0), "{shape}: {args:?}: {} {}", one.1, one.2);
        }
        let balances = parse_csv(&run(reports[1], "2").1);
        assert_eq!(balances.len(), CLIENTS.len(), "{shape}");
        let history = parse_csv(&run(reports[2], "2").1);
        assert_eq!(
            history.len(),
            1 + rows.div_ceil(CLIENTS.len()),
            "{shape}: the purchase and acme's rows"
        );
        // A broken log: `check` names each problem at its true line either way; so
        // are the purchases' (read on a thread of their own while the TOML is parsed).
        l.write("timelog.csv", &shaped_timelog(shape, rows, true));
        let purchases = std::fs::read_to_string(l.file("purchases.csv")).unwrap();
        let header: Vec<&str> = purchases.lines().next().unwrap().split(',').collect();
        let purchase = |fields: &[(&str, &str)]| {
            let cell = |h: &&str| fields.iter().find(|(k, _)| k == h).map_or("", |(_, v)| v);
            header.iter().map(cell).collect::<Vec<_>>().join(",") + "\n"
        };
        let bought = purchases.lines().count();
        l.write(
            "purchases.csv",
            &format!(
                "{purchases}{}{}{}",
                purchase(&[
                    ("id", "p-x1"),
                    ("date", "2026-01-01"),
                    ("client", "nobody"),
                    ("hours", "1:00")
                ]),
                purchase(&[
                    ("id", "p-x2"),
                    ("date", "2026-01-0x"),
                    ("client", "acme"),
                    ("hours", "1:00")
                ]),
                purchase(&[
                    ("id", "p-x3"),
                    ("date", "2026-02-01"),
                    ("client", "acme"),
                    ("hours", "1:00"),
                    ("expires", "2026-01-01")
                ]),
            ),
        );
        let (one, two) = (run(&["check"], "1"), run(&["check"], "2"));
        assert_eq!(one, two, "{shape}: check");
        let text = format!("{}{}", one.1, one.2);
        let lines = shaped_timelog(shape, rows, true).lines().count();
        let mut wants = vec![
            format!("timelog.csv:{}: duration \"0:3x\"", lines - 7),
            format!("timelog.csv:{}: a second header line", lines - 21),
            format!("timelog.csv:{}: a merge conflict marker", lines - 10),
            format!("timelog.csv:{lines}: "),
        ];
        if shape != "none" {
            wants.push(format!("timelog.csv:{}: duplicate id", lines - 3));
        }
        wants.push(format!("purchases.csv:{}: unknown client \"nobody\"", bought + 1));
        wants.push(format!("purchases.csv:{}: date \"2026-01-0x\"", bought + 2));
        wants.push(format!("purchases.csv:{}: the lot expires (2026-01-01)", bought + 3));
        for want in wants {
            assert!(text.contains(&want), "{shape}: no {want:?} in\n{text}");
        }
    }
}
