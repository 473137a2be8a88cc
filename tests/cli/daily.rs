//! Daily use: periods on every report and on `invoice`, filters.

use super::support::*;

#[test]
fn a_period_is_the_same_as_its_from_and_to_on_every_report() {
    let l = TestLedger::example();
    // Today is 2026-11-23 (a Monday): lastmonth is October, thisweek 11-23..11-29.
    let same = |with_period: &[&str], explicit: &[&str]| {
        assert_eq!(l.ok(with_period), l.ok(explicit), "{with_period:?}");
    };
    same(
        &["--format", "csv", "report", "usage", "-p", "lastmonth"],
        &["--format", "csv", "report", "usage", "--from", "2026-10-01", "--to", "2026-10-31"],
    );
    same(
        &["--format", "csv", "report", "usage", "--period", "2026-Q3", "--by", "month"],
        &[
            "--format", "csv", "report", "usage", "--from", "2026-07", "--to", "2026-09", "--by",
            "month",
        ],
    );
    same(
        &["--format", "csv", "report", "usage", "-p", "thisweek", "--by", "day"],
        &[
            "--format",
            "csv",
            "report",
            "usage",
            "--from",
            "2026-11-23",
            "--to",
            "2026-11-29",
            "--by",
            "day",
        ],
    );
    same(
        &["--format", "csv", "report", "usage", "-p", "lastweek", "--by", "day"],
        &[
            "--format",
            "csv",
            "report",
            "usage",
            "--from",
            "2026-11-16",
            "--to",
            "2026-11-22",
            "--by",
            "day",
        ],
    );
    same(
        &["--format", "csv", "report", "balances", "-p", "2026-10"],
        &["--format", "csv", "report", "balances", "--as-of", "2026-10-31"],
    );
    same(
        &["--format", "csv", "report", "flex", "-p", "lastmonth"],
        &["--format", "csv", "report", "flex", "--as-of", "2026-10-31"],
    );
    same(
        &["--format", "csv", "report", "history", "acme", "-p", "2026"],
        &[
            "--format",
            "csv",
            "report",
            "history",
            "acme",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
        ],
    );
    same(
        &["--format", "json", "statement", "acme", "-p", "lastmonth"],
        &["--format", "json", "statement", "acme", "--from", "2026-10-01", "--to", "2026-10-31"],
    );
    same(
        &["--format", "json", "invoice", "hooli", "-p", "thismonth", "--dry-run"],
        &["--format", "json", "invoice", "hooli", "--month", "2026-11", "--dry-run"],
    );
    // Months, today and yesterday as dates.
    same(
        &["--format", "csv", "report", "balances", "--as-of", "yesterday"],
        &["--format", "csv", "report", "balances", "--as-of", "2026-11-22"],
    );
    // report invoices: those dated in the period, as of its end.
    let oct = l.csv(&["report", "invoices", "-p", "2026-10"]);
    let numbers: Vec<&str> = oct.iter().map(|r| r["number"].as_str()).collect();
    assert_eq!(numbers, ["INV-2026-0003", "INV-2026-0004", "INV-2026-0009"]);
}

#[test]
fn a_refused_period_lists_every_form() {
    let l = TestLedger::example();
    let before = l.snapshot();
    let err = l.refused(&["report", "usage", "-p", "next week"], "--period \"next week\"");
    for form in [
        "today",
        "yesterday",
        "thisweek",
        "lastweek",
        "thismonth",
        "lastmonth",
        "thisyear",
        "2026-11",
        "2026-Q4",
        "2026",
    ] {
        assert!(err.contains(form), "{form} in {err}");
    }
    l.refused(&["invoice", "acme", "-p", "2026-Q5"], "--period \"2026-Q5\"");
    assert_eq!(l.snapshot(), before);
}

#[test]
fn report_invoices_filters_by_status() {
    let l = TestLedger::example();
    let status = |s: &str| -> Vec<String> {
        l.csv(&["report", "invoices", "--status", s])
            .into_iter()
            .map(|r| r["number"].clone())
            .collect()
    };
    let all = l.csv(&["report", "invoices"]);
    for s in ["open", "paid", "overdue"] {
        let want: Vec<String> =
            all.iter().filter(|r| r["status"] == s).map(|r| r["number"].clone()).collect();
        assert_eq!(status(s), want, "{s}");
        assert!(!want.is_empty(), "the example has {s} invoices");
    }
    l.usage(
        &["report", "invoices", "--status", "late"],
        "late",
        "open, paid, overdue, refund_due, void, applied",
    );
}

/// (first key, hours) of a usage report in minutes-free form.
fn usage(l: &TestLedger, args: &[&str]) -> Vec<(String, String)> {
    let mut full = vec!["--time-format", "hm", "report", "usage"];
    full.extend_from_slice(args);
    l.csv(&full).into_iter().map(|r| (r["person"].clone(), r["hours"].clone())).collect()
}

#[test]
fn usage_and_balances_filter_by_client_person_project_service_and_status() {
    let l = TestLedger::new();
    for c in ["acme", "beta"] {
        l.ok(&["client", "add", c, "--name", c, "--type", "payg", "--rate", "100"]);
    }
    l.log(&[
        "acme",
        "1:00",
        "--date",
        "2026-11-02",
        "--person",
        "ann",
        "--project",
        "web",
        "--service",
        "dev",
    ]);
    l.log(&[
        "acme",
        "2:00",
        "--date",
        "2026-11-03",
        "--person",
        "bob",
        "--project",
        "app",
        "--service",
        "dev",
    ]);
    l.log(&[
        "beta",
        "0:30",
        "--date",
        "2026-11-04",
        "--person",
        "ann",
        "--project",
        "web",
        "--service",
        "design",
    ]);
    let by_person = |filter: &[&str]| {
        let mut args = vec!["--by", "person"];
        args.extend_from_slice(filter);
        usage(&l, &args)
    };
    let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
    assert_eq!(by_person(&["--client", "acme"]), [pair("ann", "1:00"), pair("bob", "2:00")]);
    assert_eq!(by_person(&["--project", "web"]), [pair("ann", "1:30")]);
    assert_eq!(by_person(&["--service", "design"]), [pair("ann", "0:30")]);
    assert_eq!(by_person(&["--person", "bob"]), [pair("bob", "2:00")]);
    assert_eq!(by_person(&["--client", "acme", "--project", "web"]), [pair("ann", "1:00")]);
    l.refused(&["report", "usage", "--client", "ghost"], "unknown client");
    // Balances by status.
    l.ok(&["client", "set", "beta", "--status", "inactive"]);
    let rows = l.csv(&["report", "balances", "--status", "inactive"]);
    assert_eq!(rows.iter().map(|r| r["client"].as_str()).collect::<Vec<_>>(), ["beta"]);
    l.usage(&["report", "balances", "--status", "asleep"], "asleep", "active, inactive, prospect");
    l.usage(&["report", "balances", "--type", "bnak"], "bnak", "bank, retainer, payg");
}

#[test]
fn tables_end_with_totals_and_fit_the_terminal_csv_and_json_never_total() {
    let l = TestLedger::example();
    let table = l.ok(&["--time-format", "hm", "report", "balances"]);
    let rows = l.csv(&["--time-format", "hm", "report", "balances"]);
    let minutes = |t: &str| {
        let (sign, t) = t.strip_prefix('-').map_or((1, t), |r| (-1, r));
        let (h, m) = t.split_once(':').unwrap();
        sign * (h.parse::<i64>().unwrap() * 60 + m.parse::<i64>().unwrap())
    };
    let sum: i64 = rows.iter().map(|r| minutes(&r["available"])).sum();
    let last = table.lines().rev().nth(1).unwrap();
    let cells: Vec<&str> =
        last.split('┆').map(|c| c.trim_matches(|c: char| c == '│' || c == ' ')).collect();
    assert_eq!(cells[0], "total", "{last}");
    let hm =
        |m: i64| format!("{}{}:{:02}", if m < 0 { "-" } else { "" }, m.abs() / 60, m.abs() % 60);
    assert_eq!(cells[7], hm(sum), "{last}");
    assert!(rows.iter().all(|r| r["client"] != "total"), "CSV has no totals row");
    let json = l.ok(&["--format", "json", "report", "balances"]);
    assert!(!json.contains("\"total\""), "JSON has no totals row");
    let usage = l.ok(&["report", "usage"]);
    assert!(usage.lines().rev().nth(1).unwrap().contains("total"), "{usage}");
    let invoices = l.ok(&["report", "invoices"]);
    assert!(invoices.lines().rev().nth(1).unwrap().contains("total"), "{invoices}");
    // A long note wraps to the width of the terminal ($COLUMNS); the id is never cut.
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "5", "--date", "2026-11-01"]);
    let note = "a long note about what was done for the client, with several clauses, so that it is much longer than a narrow terminal is wide";
    l.log(&["acme", "1", "--date", "2026-11-02", "--note", note]);
    let narrow = bin()
        .env("COLUMNS", "100")
        .arg("--ledger")
        .arg(l.path())
        .args(["report", "history", "acme"])
        .output()
        .unwrap();
    let text = String::from_utf8(narrow.stdout).unwrap();
    assert!(text.lines().all(|line| line.chars().count() <= 100), "{text}");
    let id = &l.rows("timelog.csv")[0]["id"];
    assert!(text.contains(id.as_str()), "{text}");
    let wide = bin()
        .env("COLUMNS", "100")
        .arg("--ledger")
        .arg(l.path())
        .args(["--wide", "report", "history", "acme"])
        .output()
        .unwrap();
    let text = String::from_utf8(wide.stdout).unwrap();
    assert!(text.lines().any(|line| line.chars().count() > 100) && text.contains(note), "{text}");
}

#[test]
fn command_line_habits() {
    let l = TestLedger::new();
    // Values that start with a dash are values where a value is expected.
    l.ok(&["client", "add", "soy", "--name", "-Soylent", "--type", "payg", "--rate", "10"]);
    l.log(&["soy", "1", "--date", "2026-11-02", "--note", "-2+3"]);
    assert_eq!(l.rows("timelog.csv")[0]["note"], "-2+3");
    assert!(l.read("clients.toml").contains("name = \"-Soylent\""));
    // An optional setting is cleared with --unset (or an empty --payer).
    l.ok(&["client", "add", "big", "--name", "Big", "--type", "payg"]);
    l.ok(&["client", "set", "soy", "--payer", "big", "--discount-percent", "5"]);
    l.ok(&["client", "set", "soy", "--unset", "payer", "--unset", "discount-percent"]);
    let text = l.read("clients.toml");
    assert!(!text.contains("payer") && !text.contains("discount_percent"), "{text}");
    l.ok(&["client", "set", "soy", "--payer", "big"]);
    l.ok(&["client", "set", "soy", "--payer", ""]);
    assert!(!l.read("clients.toml").contains("payer"));
    l.refused(&["client", "set", "soy", "--unset", "name"], "not a setting that can be removed");
    // A write confirms in JSON when asked to.
    let v: serde_json::Value = serde_json::from_str(&l.ok(&[
        "--format",
        "json",
        "log-time",
        "soy",
        "0:30",
        "--date",
        "2026-11-03",
    ]))
    .unwrap();
    assert_eq!((v["ok"].as_bool(), v["dry_run"].as_bool()), (Some(true), Some(false)));
    assert!(v["message"].as_str().unwrap().starts_with("soy: logged 0:30"));
    let v: serde_json::Value =
        serde_json::from_str(&l.ok(&["--format", "json", "log-time", "soy", "1", "--dry-run"]))
            .unwrap();
    assert_eq!(v["dry_run"], true);
    // A format a command cannot write is refused (exit 2), not printed as a table.
    let before = l.snapshot();
    let out = l.run(&["--format", "html", "report", "history", "soy"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("--format html: report prints table, csv, json, xlsx or ods")
    );
    assert!(out.stdout.is_empty());
    let out = l.run(&["--format", "cii", "log-time", "soy", "1"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(l.snapshot(), before);
    // client show in JSON gives lists as arrays.
    let v = json(&l, &["client", "show", "soy"]);
    assert!(v["low_balance_percent"].is_array() && v["rates"].is_object(), "{v}");
    // -o FILE writes a report atomically; stdout stays empty.
    let file = l.file("usage.csv");
    let out = l.ok(&["--format", "csv", "report", "usage", "-o", &file.to_string_lossy()]);
    assert_eq!(out, "");
    assert!(l.read("usage.csv").starts_with("client,hours,charged"));
    // Help ends with examples.
    for command in
        [&["log-time", "--help"][..], &["report", "usage", "--help"], &["import", "--help"]]
    {
        let help = String::from_utf8(bin().args(command).output().unwrap().stdout).unwrap();
        let examples =
            help.split("Examples:").nth(1).unwrap_or_else(|| panic!("{command:?}: {help}"));
        assert!(
            examples.lines().filter(|l| l.trim_start().starts_with("hourbank ")).count() >= 2,
            "{help}"
        );
    }
}

#[test]
fn spreadsheets_in_any_locale_decimal_comma_csv_and_typed_xlsx() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--hours", "10", "--date", "2026-11-01"]);
    l.log(&["acme", "1:30", "--date", "2026-11-02", "--note", "=1+1"]);
    // The decimal comma changes numbers only: `;` between fields, dates and text stay.
    let csv = l.ok(&["--format", "csv", "--decimal-comma", "report", "history", "acme"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "date;kind;ref;hours;balance;lot;note");
    assert!(lines[2].starts_with("2026-11-02;work;") && lines[2].contains(";-1,50;8,50;"), "{csv}");
    assert!(lines[2].ends_with(";'=1+1"), "the formula rule holds: {csv}");
    // xlsx: a header row, numbers as numbers, dates as dates, text as text.
    let file = l.file("history.xlsx");
    l.ok(&["--format", "xlsx", "report", "history", "acme", "-o", &file.to_string_lossy()]);
    let mut book: Xlsx<_> = open_workbook(&file).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    assert_eq!(rows[0][0], Data::String("date".into()));
    assert_eq!(rows[0][6], Data::String("note".into()));
    assert!(matches!(rows[2][0], Data::DateTime(_)), "{:?}", rows[2][0]);
    assert_eq!(rows[2][3], Data::Float(-1.5));
    assert_eq!(rows[2][4], Data::Float(8.5));
    assert_eq!(rows[2][6], Data::String("=1+1".into()), "text, never a formula");
    assert_eq!(rows.len(), 3);
}

/// Completes the words `words` (the last being the one under the cursor) through the
/// bash script the README's setup line sources, in the ledger's directory.
pub(super) fn bash_complete(
    l: &TestLedger,
    script: &std::path::Path,
    words: &[&str],
) -> Vec<String> {
    bash_complete_in(l.path(), script, words)
}

/// [`bash_complete`] in the directory `dir`.
fn bash_complete_in(
    dir: &std::path::Path,
    script: &std::path::Path,
    words: &[&str],
) -> Vec<String> {
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let cword = words.len() - 1;
    let program = format!(
        "source '{}'; COMP_WORDS=({}); COMP_CWORD={cword}; COMP_TYPE=9; _clap_complete_hourbank hourbank '{}' '{}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        quoted.join(" "),
        words[cword],
        words[cword - 1]
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(program)
        .current_dir(dir)
        .env_remove("HOURBANK_LEDGER")
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn completions_come_from_the_ledger_even_for_a_client_added_later() {
    let l = TestLedger::example();
    // The documented setup: `source <(COMPLETE=bash hourbank)`; the script is made now.
    let script = l.file("hourbank-completion.bash");
    let out = bin().env("COMPLETE", "bash").output().unwrap();
    std::fs::write(&script, &out.stdout).unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("_clap_complete_hourbank"));
    let clients = bash_complete(&l, &script, &["hourbank", "log-time", "s"]);
    assert_eq!(clients, ["stark", "soylent", "studio"]);
    // A client added after the script was generated completes too.
    l.ok(&["client", "add", "sirius", "--name", "Sirius Cybernetics", "--type", "payg"]);
    let clients = bash_complete(&l, &script, &["hourbank", "log-time", "s"]);
    assert!(clients.contains(&"sirius".to_string()), "{clients:?}");
    // Invoice numbers, lots, projects, people.
    let numbers = bash_complete(&l, &script, &["hourbank", "invoice", "pay", "INV-2026-000"]);
    assert_eq!(numbers.len(), 9, "{numbers:?}");
    let lot = &l.rows("purchases.csv")[0]["id"];
    let lots = bash_complete(&l, &script, &["hourbank", "bank", "edit", &lot[..4]]);
    assert!(lots.contains(lot), "{lots:?}");
    let projects =
        bash_complete(&l, &script, &["hourbank", "log-time", "acme", "1", "--project", "w"]);
    assert_eq!(projects, ["website"]);
    let people = bash_complete(&l, &script, &["hourbank", "log-time", "acme", "1", "--person", ""]);
    assert_eq!(people, ["alice", "bob", "carol"]);
}

/// (date, balance) of every point of an SVG chart.
fn chart_points(svg: &str) -> Vec<(String, String)> {
    let doc = scraper::Html::parse_fragment(svg);
    let point = scraper::Selector::parse("circle.point").unwrap();
    doc.select(&point)
        .map(|c| {
            let v = c.value();
            (v.attr("data-date").unwrap().to_string(), v.attr("data-balance").unwrap().to_string())
        })
        .collect()
}

#[test]
fn burndown_charts_follow_the_running_balance() {
    let l = TestLedger::example();
    let svg = l.ok(&["--format", "svg", "report", "burndown", "acme", "--from", "2026-10-01"]);
    assert!(svg.starts_with("<svg") && svg.contains("class=\"balance\""), "{svg}");
    // The points are the history's running balance at the end of each day.
    let history = l.csv(&["report", "history", "acme", "--from", "2026-10-01"]);
    let mut want: Vec<(String, String)> = Vec::new();
    for r in &history {
        match want.last_mut() {
            Some(last) if last.0 == r["date"] => last.1 = r["balance"].clone(),
            _ => want.push((r["date"].clone(), r["balance"].clone())),
        }
    }
    let got = chart_points(&svg);
    // The first point is the balance the period opens with.
    assert_eq!(got[0].0, "2026-10-01");
    assert_eq!(got[1..], want[..]);
    // Purchases and expiries are marked; the run-out projection is dashed.
    let all = l.ok(&["--format", "svg", "report", "burndown", "initech"]);
    assert!(all.contains("class=\"credit\"") && all.contains("class=\"expiry\""), "{all}");
    let acme = l.ok(&["--format", "svg", "report", "burndown", "acme"]);
    assert!(acme.contains("class=\"runs-out\"") && acme.contains("stroke-dasharray"), "{acme}");
    // A person's flex bank, per period; the HTML page and the HTML statement embed it.
    let flex = l.ok(&["--format", "svg", "report", "burndown", "alice", "--bank", "flex"]);
    let last = l.csv(&["report", "flex", "--person", "alice"])[0]["balance"].clone();
    assert_eq!(chart_points(&flex).last().unwrap().1, last);
    let page = l.ok(&["--format", "html", "report", "burndown", "acme"]);
    assert!(page.contains("<svg") && page.starts_with("<!DOCTYPE html>"));
    let statement = l.ok(&["--format", "html", "statement", "acme", "-p", "2026"]);
    assert!(statement.contains("<svg") && statement.contains("class=\"point\""), "{statement}");
    // svg is for charts only.
    let out = l.run(&["--format", "svg", "report", "balances"]);
    assert_eq!(out.status.code(), Some(2));
}

/// The values of attribute `attr` of every element `css` selects.
fn attrs(svg: &str, css: &str, attr: &str) -> Vec<String> {
    let doc = scraper::Html::parse_fragment(svg);
    let s = scraper::Selector::parse(css).unwrap();
    doc.select(&s).filter_map(|e| e.value().attr(attr).map(str::to_string)).collect()
}

/// The texts of every element `css` selects.
fn texts(svg: &str, css: &str) -> Vec<String> {
    let doc = scraper::Html::parse_fragment(svg);
    let s = scraper::Selector::parse(css).unwrap();
    doc.select(&s).map(|e| e.text().collect()).collect()
}

#[test]
fn a_chart_has_ticks_gridlines_a_legend_names_and_a_dashed_future() {
    let l = TestLedger::example();
    let svg = l.ok(&["--format", "svg", "report", "burndown", "initech"]);
    // At least four y ticks, evenly spaced, labelled in hours, around every balance.
    let ticks: Vec<f64> =
        attrs(&svg, ".y-axis text.tick", "data-hours").iter().map(|t| t.parse().unwrap()).collect();
    assert!(ticks.len() >= 4, "{ticks:?}");
    let step = ticks[1] - ticks[0];
    assert!(ticks.windows(2).all(|w| (w[1] - w[0] - step).abs() < 1e-9), "{ticks:?}");
    let labels = texts(&svg, ".y-axis text.tick");
    assert_eq!(labels[0], format!("{} h", ticks[0]), "{labels:?}");
    let balances: Vec<f64> = chart_points(&svg).iter().map(|p| p.1.parse().unwrap()).collect();
    let (low, high) = balances.iter().fold((0.0f64, 0.0f64), |(l, h), b| (l.min(*b), h.max(*b)));
    assert!(ticks[0] <= low && *ticks.last().unwrap() >= high, "{ticks:?} {balances:?}");
    // A light gridline per tick, and x ticks at month starts, labelled by month.
    assert_eq!(attrs(&svg, ".y-axis line.grid", "y1").len(), ticks.len());
    let months = attrs(&svg, ".x-axis text.tick", "data-date");
    assert!(months.len() >= 2 && months.iter().all(|d| d.ends_with("-01")), "{months:?}");
    assert_eq!(texts(&svg, ".x-axis text.tick")[0], months[0][..7]);
    assert_eq!(attrs(&svg, ".x-axis line.grid", "x1").len(), months.len());
    // The legend names what the chart shows.
    assert_eq!(
        texts(&svg, ".legend .item text"),
        ["balance", "purchase", "expiry"],
        "initech has purchases and expiries and no run-out (it is overdrawn)"
    );
    let acme = l.ok(&["--format", "svg", "report", "burndown", "acme"]);
    assert_eq!(attrs(&acme, ".legend .item", "data-item"), ["balance", "credit", "projection"]);
    // The run-out day is written at the projection's end.
    let end = attrs(&acme, "line.runs-out", "data-date");
    assert_eq!(texts(&acme, "text.runs-out-label"), [format!("runs out {}", end[0])]);
    assert_eq!(
        attrs(&acme, "line.runs-out", "x2"),
        attrs(&acme, "text.runs-out-label", "x"),
        "the label stands at the projection's end"
    );
    // Names, not ids, in the titles.
    assert_eq!(texts(&acme, "title"), ["Acme Corp — available hours"]);
    let flex = l.ok(&["--format", "svg", "report", "burndown", "alice", "--bank", "flex"]);
    assert_eq!(texts(&flex, "title"), ["Alice Moreau — flex balance"]);
    assert_eq!(texts(&flex, ".legend .item text")[1], "accrual");
    // Days after today are drawn as the projection only: dashed, hollow points.
    l.ok(&["bank", "buy", "acme", "--blocks", "1", "--date", "2026-12-15"]);
    let future = l.ok(&["--format", "svg", "report", "burndown", "acme", "--to", "2027-01-31"]);
    let projected = attrs(&future, "circle.projected", "data-date");
    assert_eq!(projected, ["2026-12-15"], "{future}");
    assert!(
        attrs(&future, "circle.point", "data-date")
            .iter()
            .filter(|d| *d > &TODAY.to_string())
            .count()
            == 1
    );
    assert_eq!(attrs(&future, "path.projection", "stroke-dasharray"), ["6 4"]);
    let solid = attrs(&future, "path.balance", "d").remove(0);
    let today_x: f64 = attrs(&future, "circle.projected", "cx")[0].parse().unwrap();
    let furthest = solid
        .split(['H', 'M'])
        .filter_map(|part| part.split([',', ' ']).next()?.trim().parse::<f64>().ok())
        .fold(0.0f64, f64::max);
    assert!(furthest < today_x, "the solid line stops before the scheduled days: {solid}");
}

#[test]
fn a_statement_chart_ends_at_to_and_its_labels_stand_on_their_own_lines() {
    let l = TestLedger::example();
    let html = l.ok(&[
        "--format",
        "html",
        "statement",
        "acme",
        "--from",
        "2026-10-01",
        "--to",
        "2026-12-31",
    ]);
    let doc = scraper::Html::parse_document(&html);
    let from = scraper::Selector::parse(".parties .from").unwrap();
    let from: String = doc.select(&from).next().unwrap().text().collect();
    assert!(from.starts_with("From\n"), "{from:?}");
    let to = scraper::Selector::parse(".parties .to").unwrap();
    let to: String = doc.select(&to).next().unwrap().text().collect();
    assert!(to.starts_with("To\nAcme Corp"), "{to:?}");
    // The x-axis spans 2026-10-01 to 2026-12-31 (91 days): 2026-11-01 lies 31/91 of
    // the way, though the last event is in November.
    let x1: f64 = attrs(&html, "line.zero", "x1")[0].parse().unwrap();
    let x2: f64 = attrs(&html, "line.zero", "x2")[0].parse().unwrap();
    let dates = attrs(&html, ".x-axis text.tick", "data-date");
    let xs = attrs(&html, ".x-axis text.tick", "x");
    let nov = dates.iter().position(|d| d == "2026-11-01").unwrap();
    let at: f64 = xs[nov].parse().unwrap();
    assert!(((at - x1) / (x2 - x1) - 31.0 / 91.0).abs() < 0.002, "{at} in {x1}..{x2}");
    assert_eq!(dates.last().unwrap(), "2026-12-01");
    assert_eq!(texts(&html, "svg title"), ["Acme Corp: available hours"]);
    // Its future is drawn as the burndown draws it: scheduled days as the projection,
    // and the run-out day `report balances` gives, whatever --to says.
    let runs_out = row_for(&l.csv(&["report", "balances"]), "acme")["runs_out"].clone();
    for to in ["2026-11-23", "2027-12-31"] {
        let page =
            l.ok(&["--format", "html", "statement", "acme", "--from", "2026-10-01", "--to", to]);
        assert_eq!(attrs(&page, "line.runs-out", "data-date"), [runs_out.as_str()], "--to {to}");
        let burndown = l.ok(&[
            "--format",
            "svg",
            "report",
            "burndown",
            "acme",
            "--from",
            "2026-10-01",
            "--to",
            to,
        ]);
        assert_eq!(
            attrs(&burndown, "line.runs-out", "data-date"),
            [runs_out.as_str()],
            "--to {to}"
        );
    }
    let later = l.ok(&[
        "--format",
        "html",
        "statement",
        "acme",
        "--from",
        "2026-10-01",
        "--to",
        "2027-12-31",
    ]);
    assert_eq!(
        attrs(&later, "circle.projected", "data-date"),
        ["2027-08-20"],
        "the expiry to come"
    );
    assert!(texts(&later, ".legend .item text").contains(&"projection".to_string()));
}

#[test]
fn invoices_and_statements_number_their_pages_and_name_the_invoice_on_later_pages() {
    let l = TestLedger::example();
    let html = l.ok(&["--format", "html", "invoice", "--show", "INV-2026-0001"]);
    let css: String = texts(&html, "style").concat();
    assert!(
        css.contains("@bottom-right{content:\"page \" counter(page) \" of \" counter(pages)"),
        "{css}"
    );
    assert!(css.contains("@top-right{content:\"Invoice INV-2026-0001\""), "{css}");
    assert!(css.contains("@page :first{@top-right{content:none}}"), "{css}");
    let statement = l.ok(&["--format", "html", "statement", "acme", "-p", "2026-11"]);
    let css: String = texts(&statement, "style").concat();
    assert!(
        css.contains("counter(pages)")
            && css.contains("Statement for Acme Corp, 2026-11-01 to 2026-11-30"),
        "{css}"
    );
}

#[test]
fn xlsx_names_its_sheet_freezes_its_bold_header_fits_its_columns_and_shows_two_decimals() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    use std::io::Read;
    let l = TestLedger::example();
    let file = l.file("balances.xlsx");
    l.ok(&["--format", "xlsx", "report", "balances", "-o", &file.to_string_lossy()]);
    let mut book: Xlsx<_> = open_workbook(&file).unwrap();
    assert_eq!(book.sheet_names(), ["balances"]);
    let sheet = book.worksheet_range("balances").unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    assert_eq!(rows[1][7], Data::Float(11.0), "available, a number");
    // What a spreadsheet shows: the workbook's own XML.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&file).unwrap()).unwrap();
    let mut part = |name: &str| {
        let mut text = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut text).unwrap();
        text
    };
    let xml = part("xl/worksheets/sheet1.xml");
    assert!(
        xml.contains(
            r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        ),
        "{xml}"
    );
    // `name` is as wide as the longest name and a little room.
    let longest =
        l.csv(&["report", "balances"]).iter().map(|r| r["name"].chars().count()).max().unwrap();
    let name_width = xml
        .split("<col ")
        .find(|c| c.starts_with(r#"min="2" max="2""#))
        .and_then(|c| c.split("width=\"").nth(1))
        .and_then(|w| w.split('"').next())
        .and_then(|w| w.parse::<f64>().ok())
        .expect("the name column's width");
    let longest = longest as f64;
    assert!(
        name_width >= longest + 2.0 && name_width < longest + 3.0,
        "{name_width} for {longest}"
    );
    let styles = part("xl/styles.xml");
    assert!(styles.contains(r#"formatCode="0.00""#), "{styles}");
    assert!(
        styles.contains(r#"formatCode="yyyy\-mm\-dd""#)
            || styles.contains(r#"formatCode="yyyy-mm-dd""#),
        "{styles}"
    );
    assert!(styles.contains("<b/>"), "a bold header: {styles}");
}

#[test]
fn completion_reads_the_ledger_that_ledger_names_earlier_on_the_line() {
    let l = TestLedger::example();
    let script = l.file("hourbank-completion.bash");
    let out = bin().env("COMPLETE", "bash").output().unwrap();
    std::fs::write(&script, &out.stdout).unwrap();
    // From a directory with no ledger at or above it.
    let elsewhere = tempfile::tempdir().unwrap();
    let dir = l.path().display().to_string();
    let complete = |words: &[&str]| bash_complete_in(elsewhere.path(), &script, words);
    assert!(complete(&["hourbank", "log-time", "s"]).is_empty(), "no ledger here");
    assert_eq!(
        complete(&["hourbank", "--ledger", &dir, "log-time", "s"]),
        ["stark", "soylent", "studio"]
    );
    let with_equals = format!("--ledger={dir}");
    assert_eq!(
        complete(&["hourbank", &with_equals, "log-time", "s"]),
        ["stark", "soylent", "studio"]
    );
}

#[test]
fn ods_is_the_same_sheet_with_typed_cells_a_frozen_bold_header_and_fitted_columns() {
    use calamine::{Data, Ods, Reader, open_workbook};
    use std::io::Read;
    let l = TestLedger::example();
    let file = l.file("entries.ods");
    l.ok(&["--format", "ods", "entry", "list", "--client", "acme", "-o", &file.to_string_lossy()]);
    // The package: `mimetype` first and stored, as OpenDocument requires.
    let bytes = std::fs::read(&file).unwrap();
    assert_eq!(&bytes[30..38], b"mimetype");
    assert_eq!(&bytes[38..84], b"application/vnd.oasis.opendocument.spreadsheet");
    // Read back as a spreadsheet program does: the sheet's name, and typed cells equal
    // to what the CSV says.
    let mut book: Ods<_> = open_workbook(&file).unwrap();
    assert_eq!(book.sheet_names(), ["entry list"]);
    let sheet = book.worksheet_range("entry list").unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    let csv = l.csv(&["entry", "list", "--client", "acme"]);
    assert_eq!(rows.len(), csv.len() + 1);
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    for (row, want) in rows[1..].iter().zip(&csv) {
        assert_eq!(
            row[at("hours")],
            Data::Float(want["hours"].parse().unwrap()),
            "hours are numbers"
        );
        match &row[at("date")] {
            Data::DateTimeIso(d) => assert_eq!(d, &want["date"]),
            other => panic!("a date cell, not {other:?}"),
        }
        assert_eq!(row[at("note")], Data::String(want["note"].clone()), "notes are text");
    }
    // The content as LibreOffice reads it: a bold header, 0.00 and yyyy-mm-dd formats,
    // a column as wide as its longest value, and the header row frozen.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&file).unwrap()).unwrap();
    let mut part = |name: &str| {
        let mut text = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut text).unwrap();
        text
    };
    let content = part("content.xml");
    assert!(content.contains(r#"<style:style style:name="head" style:family="table-cell"><style:text-properties fo:font-weight="bold""#));
    assert!(
        content
            .contains(r#"<number:number number:decimal-places="2" number:min-decimal-places="2""#)
    );
    assert!(
        content.contains(r#"office:value-type="float" office:value="2.00"><text:p>2.00</text:p>"#),
        "{content}"
    );
    assert!(content.contains("<table:table-header-rows>"), "the header repeats when printed");
    let longest = csv.iter().map(|r| r["note"].chars().count()).max().unwrap();
    let width = content
        .split(&format!("style:name=\"co{}\"", at("note")))
        .nth(1)
        .and_then(|c| c.split("style:column-width=\"").nth(1))
        .and_then(|w| w.split("cm\"").next())
        .and_then(|w| w.parse::<f64>().ok())
        .expect("the note column's width");
    assert!((width - (longest + 2) as f64 * 0.21).abs() < 0.01, "{width} cm for {longest}");
    let settings = part("settings.xml");
    assert!(
        settings.contains(r#"<config:config-item config:name="VerticalSplitMode" config:type="short">2</config:config-item>"#)
            && settings.contains(r#"<config:config-item config:name="VerticalSplitPosition" config:type="int">1</config:config-item>"#),
        "{settings}"
    );
}
