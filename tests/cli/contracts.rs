//! Contract terms beyond the help pages (SPEC 15), each checked against numbers worked
//! out by hand.

use super::support::*;

/// `ret`: 20 hours a month for 2000.00 from March 2026, at 100 an hour, with `terms`.
fn retainer(l: &TestLedger, terms: &[&str]) {
    let mut args = vec!["client", "add", "ret", "--name", "Retainer Ltd", "--type", "retainer"];
    args.extend(["--monthly-hours", "20", "--monthly-fee", "2000", "--start", "2026-03-01"]);
    args.extend(["--rate", "100"]);
    args.extend_from_slice(terms);
    l.ok(&args);
}

#[test]
fn a_retainers_overage_is_billed_at_its_overage_rate() {
    // "20 hours a month at 2000, and after that 140" (Harvest's and Atera's terms).
    let l = TestLedger::new();
    retainer(&l, &["--overage-rate", "140"]);
    assert!(l.read("clients.toml").contains("overage_rate = \"140.00\""));
    l.log(&["ret", "12:00", "--date", "2026-03-05"]);
    l.log(&["ret", "11:15", "--date", "2026-03-20"]);
    // 23:15 worked on 20 h: 3:15 over, 3.25 x 140 = 455.00, not 3.25 x 100.
    let v = json(&l, &["invoice", "ret", "--month", "2026-03"]);
    let lines = lines(&v);
    assert_eq!(
        lines,
        own(&[
            ("Retainer 2026-03: 20:00 h a month", "null", "2000.00"),
            ("Overage 2026-03: hours beyond the retainer", "3.25", "455.00"),
        ])
    );
    assert_eq!(v["lines"][1]["rate"].to_string(), "140.00");
    assert_eq!(v["total"].to_string(), "2455.00");
    // `report usage` prices the month's overage at the same rate.
    let usage = l.csv(&["report", "usage", "--client", "ret", "--by", "month,client"]);
    assert_eq!(usage[0]["billable_amount"], "455.00");
    // The key stays (month, overage): a rate set later changes no issued line, and
    // nothing is billed twice.
    l.ok(&["client", "set", "ret", "--overage-rate", "150"]);
    l.refused(&["invoice", "ret", "--month", "2026-03"], "already billed");
    let shown = json(&l, &["invoice", "--show", "INV-2026-0001"]);
    assert_eq!(shown["total"].to_string(), "2455.00");
    // Without it, overage is billed at the client's rate, as before.
    l.ok(&["client", "set", "ret", "--unset", "overage_rate"]);
    l.log(&["ret", "21:00", "--date", "2026-04-02"]);
    let april = json(&l, &["invoice", "ret", "--month", "2026-04"]);
    assert_eq!(april["lines"][1]["amount"].to_string(), "100.00", "{april}");
    // A rate that is not money is refused where it is set, and reported by check.
    let before = l.snapshot();
    l.refused(&["client", "set", "ret", "--overage-rate", "lots"], "--overage-rate");
    assert!(l.snapshot() == before);
}

/// The multiplier column of the row `id`.
fn multiplier_of(l: &TestLedger, id: &str) -> (String, String) {
    let rows = l.rows("timelog.csv");
    let row = rows.iter().find(|r| r["id"] == id).expect("the row");
    (row["charged"].clone(), row["multiplier"].clone())
}

/// The id of the last time row.
fn last_id(l: &TestLedger) -> String {
    l.rows("timelog.csv").last().unwrap()["id"].clone()
}

#[test]
fn hour_multipliers_draw_and_bill_the_multiplied_hours_and_never_change_history() {
    // Autotask's block hour multiplier: emergency work draws 1.5 hours per hour.
    let l = TestLedger::with_acme();
    l.buy(&["acme", "--blocks", "1", "--date", "2026-11-01"]);
    l.ok(&["service", "add", "emergency", "--rate", "150"]);
    l.ok(&["service", "add", "design", "--rate", "110"]);
    l.ok(&["config", "set", "services.emergency.multiplier", "1.5"]);
    // 2:10 of emergency work at 1.5 draws 3:15 (195 minutes), and the row says 1.5.
    l.log(&["acme", "2:10", "--service", "emergency", "--date", "2026-11-10"]);
    let id = last_id(&l);
    assert_eq!(multiplier_of(&l, &id), ("3:15".into(), "1.5".into()));
    let acme = row_for(&l.csv(&["--time-format", "hm", "report", "balances"]), "acme").clone();
    assert_eq!(acme["available"], "6:45", "10:00 - 3:15");
    // A row written by hand without `charged` is charged by its own multiplier:
    // 1:00 at 2 draws 2:00 (6:45 - 2:00 = 4:45).
    l.append(
        "timelog.csv",
        "t-000000000001,2026-11-10,acme,,1:00,,,emergency,yes,,work,by hand,,,,,2\n",
    );
    let acme = row_for(&l.csv(&["--time-format", "hm", "report", "balances"]), "acme").clone();
    assert_eq!(acme["available"], "4:45");
    // Plain work is not multiplied, and its column stays empty.
    l.log(&["acme", "0:07", "--service", "design", "--date", "2026-11-11"]);
    assert_eq!(multiplier_of(&l, &last_id(&l)), ("0:07".into(), String::new()));
    // A later factor never rewrites history.
    l.ok(&["config", "set", "services.emergency.multiplier", "3"]);
    assert_eq!(multiplier_of(&l, &id), ("3:15".into(), "1.5".into()));
    // An edit of its hours keeps the row's own factor: 2:20 x 1.5 = 3:30; a new service
    // takes that service's (none): 2:20.
    l.ok(&["entry", "edit", &id, "--hours", "2:20"]);
    assert_eq!(multiplier_of(&l, &id), ("3:30".into(), "1.5".into()));
    l.ok(&["entry", "edit", &id, "--service", "design"]);
    assert_eq!(multiplier_of(&l, &id), ("2:20".into(), String::new()));
    // A row that was not billable has no factor; made billable, it takes the one in
    // force (3 by now): 1:00 -> 3:00.
    l.log(&["acme", "1:00", "--service", "emergency", "--non-billable", "--date", "2026-11-13"]);
    let free = last_id(&l);
    assert_eq!(multiplier_of(&l, &free), ("0:00".into(), String::new()));
    l.ok(&["entry", "edit", &free, "--billable"]);
    assert_eq!(multiplier_of(&l, &free), ("3:00".into(), "3".into()));
    // A client's own factor wins over the service's; a pay-as-you-go client is billed
    // the multiplied hours: 1:00 at 2 is 2:00 x 150 = 300.00.
    l.ok(&["client", "add", "walk", "--name", "Walk-in", "--type", "payg"]);
    l.ok(&["client", "set", "walk", "--multiplier", "emergency=2"]);
    assert!(l.read("clients.toml").contains("[clients.walk.multipliers]\nemergency = \"2\"\n"));
    l.log(&["walk", "1:00", "--service", "emergency", "--date", "2026-10-12"]);
    assert_eq!(multiplier_of(&l, &last_id(&l)), ("2:00".into(), "2".into()));
    let v = json(&l, &["invoice", "walk", "--month", "2026-10"]);
    assert_eq!(v["total"].to_string(), "300.00", "{v}");
    // Refusals name the problem and change nothing; check reports a hand edit.
    let before = l.snapshot();
    l.refused(
        &["client", "set", "walk", "--multiplier", "emergency=0"],
        "--multiplier emergency: \"0\": a multiplier is above 0 and at most 10",
    );
    l.refused(
        &["client", "set", "walk", "--multiplier", "emergency"],
        "use SERVICE=FACTOR, like emergency=2",
    );
    l.refused(
        &["client", "set", "acme", "--unset-multiplier", "emergency"],
        "--unset-multiplier emergency: acme has no multiplier of its own for it",
    );
    l.refused(
        &["config", "set", "services.emergency.multiplier", "x"],
        "is not a multiplier like 1.5",
    );
    assert!(l.snapshot() == before);
    l.write(
        "clients.toml",
        &l.read("clients.toml").replace("emergency = \"2\"", "emergency = \"lots\""),
    );
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let found = String::from_utf8(out.stdout).unwrap();
    let line = l.read("clients.toml").lines().position(|x| x.contains("lots")).unwrap() + 1;
    assert!(
        found.contains(&format!("clients.toml:{line}:"))
            && found.contains("clients.walk.multipliers.emergency"),
        "{found}"
    );
}

#[test]
fn carry_draws_a_months_overuse_from_the_next_and_bills_beyond_its_bound_and_end() {
    // Productive's negative rollover: 20 h a month, overuse taken from the next month,
    // at most 5:00 of it; the rest billed at 100 as the month's overage.
    let l = TestLedger::new();
    retainer(&l, &["--overage", "carry", "--carry-max", "5:00"]);
    let toml = l.read("clients.toml");
    assert!(
        toml.contains("overage = \"carry\"") && toml.contains("carry_max = \"5:00\""),
        "{toml}"
    );
    // March: 23:15 on 20:00, 3:15 carried (within 5:00): the fee alone is billed.
    l.log(&["ret", "23:15", "--date", "2026-03-10"]);
    let march = json(&l, &["invoice", "ret", "--month", "2026-03"]);
    assert_eq!(lines(&march), own(&[("Retainer 2026-03: 20:00 h a month", "null", "2000.00")]));
    let balance = |as_of: &str| {
        let rows = l.csv(&["--time-format", "hm", "report", "balances", "--as-of", as_of]);
        row_for(&rows, "ret")["available"].clone()
    };
    assert_eq!(balance("2026-03-31"), "-3:15", "the carried overuse, as of March's last day");
    assert_eq!(balance("2026-04-01"), "16:45", "20:00 - 3:15");
    // April: 24:45 on 16:45 is 8:00 over: 5:00 carried, 3:00 billed, 3 x 100 = 300.00.
    l.log(&["ret", "24:45", "--date", "2026-04-10"]);
    let april = json(&l, &["invoice", "ret", "--month", "2026-04"]);
    assert_eq!(
        lines(&april),
        own(&[
            ("Retainer 2026-04: 20:00 h a month", "null", "2000.00"),
            ("Overage 2026-04: hours beyond the retainer", "3.00", "300.00"),
        ])
    );
    assert_eq!(balance("2026-05-01"), "15:00", "20:00 - 5:00");
    // The history says what was carried, on the day after the month's end.
    let history = l.csv(&["--time-format", "hm", "report", "history", "ret"]);
    let carried: Vec<(&str, &str, &str)> = history
        .iter()
        .filter(|r| r["kind"] == "carry")
        .map(|r| (r["date"].as_str(), r["balance"].as_str(), r["note"].as_str()))
        .collect();
    assert_eq!(
        carried,
        [
            ("2026-04-01", "-3:15", "3:15 over 2026-03 carried into 2026-04"),
            ("2026-05-01", "-5:00", "5:00 over 2026-04 carried into 2026-05"),
        ]
    );
    // The retainer ends with May: nothing follows to carry into, so May's 6:00 over
    // (21:00 on 15:00) is billed whole, beyond the 5:00 bound too: 600.00.
    l.ok(&["client", "set", "ret", "--end", "2026-05-31"]);
    l.log(&["ret", "21:00", "--date", "2026-05-12"]);
    // A late March row of 2:00 (SPEC 9): March is 5:15 over, 5:00 carried and 0:15
    // billed (0.25 x 100 = 25.00); April then starts from 15:00, so its 24:45 are 9:45
    // over, 5:00 carried and 4:45 billed, 1:45 more than its invoice billed
    // (1.75 x 100 = 175.00). May is as before: 6:00 over, 600.00.
    l.log(&["ret", "2:00", "--date", "2026-03-20"]);
    let may = json(&l, &["invoice", "ret", "--month", "2026-05"]);
    let amounts: Vec<(String, String)> = may["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["description"].as_str().unwrap().to_string(), x["amount"].to_string()))
        .collect();
    assert_eq!(
        amounts,
        [
            ("Retainer 2026-05: 20:00 h a month".to_string(), "2000.00".to_string()),
            ("late overage 2026-03".to_string(), "25.00".to_string()),
            // April's key is billed anew: its 3:00 reversed, its 4:45 billed (+175.00).
            ("overage 2026-04: reversal of what was billed".to_string(), "-300.00".to_string()),
            ("late overage 2026-04".to_string(), "475.00".to_string()),
            ("Overage 2026-05: hours beyond the retainer".to_string(), "600.00".to_string()),
        ],
        "{may}"
    );
    assert_eq!(may["total"].to_string(), "2800.00");
    // A retainer with rows keeps its rule unless forced: every month would be read anew.
    let before = l.snapshot();
    l.refused(
        &["client", "set", "ret", "--overage", "bill"],
        "every month since its start is read anew",
    );
    l.refused(&["client", "set", "ret", "--carry-max", "8:00"], "pass --force");
    assert!(l.snapshot() == before);
    // Carry is a retainer's: check warns at the client's line; a bad value is refused.
    l.add_payg("walk");
    l.ok(&["client", "set", "walk", "--overage", "carry", "--topup-below", "2:00"]);
    let out = l.run(&["check"]);
    let found = String::from_utf8(out.stdout).unwrap();
    let line = l.read("clients.toml").lines().position(|x| x == "[clients.walk]").unwrap() + 1;
    // Each term that does not apply is said, a top-up (a bank client's) too.
    for term in ["overage: \"carry\" applies to retainers", "topup: applies to bank clients"] {
        assert!(
            found.contains(&format!("clients.toml:{line}: warning: clients.walk.{term}")),
            "{found}"
        );
    }
    let before = l.snapshot();
    l.refused(&["client", "set", "ret", "--carry-max", "lots"], "--carry-max");
    assert!(l.snapshot() == before);
}

/// `report budgets` as (project, period, budget, used, left, percent_used) rows.
fn budgets(l: &TestLedger, as_of: &str) -> Vec<[String; 6]> {
    let rows = l.csv(&["--time-format", "hm", "report", "budgets", "--as-of", as_of]);
    rows.iter()
        .map(|r| {
            ["project", "period", "budget", "used", "left", "percent_used"].map(|c| r[c].clone())
        })
        .collect()
}

#[test]
fn project_budgets_count_their_period_alert_once_per_threshold_and_refuse_when_enforced() {
    // Kimai's project budget: 10 hours a month for the website, enforced, with alerts
    // at 50 % and 100 %; 2 hours in all for the app, only watched.
    let l = TestLedger::new();
    l.add_payg("walk");
    l.ok(&[
        "client",
        "set",
        "walk",
        "--budget",
        "website=10",
        "--budget-period",
        "website=month",
        "--budget-alert-percent",
        "website=50,100",
        "--budget-enforce",
        "website=true",
        "--budget",
        "app=2:00",
    ]);
    let toml = l.read("clients.toml");
    assert!(toml.contains("[clients.walk.projects.website]"), "{toml}");
    assert!(toml.contains("budget_alert_percent = [50, 100]"), "{toml}");
    l.log(&["walk", "4:00", "--project", "website", "--date", "2026-10-30"]);
    l.log(&["walk", "4:00", "--project", "website", "--date", "2026-11-10"]);
    l.log(&["walk", "2:00", "--project", "website", "--date", "2026-11-12"]);
    l.log(&["walk", "3:00", "--project", "app", "--date", "2026-11-12"]);
    // November's website rows (October's count for October): 6:00 of 10:00 = 60 %.
    let s = |v: [&str; 6]| v.map(String::from);
    assert_eq!(
        budgets(&l, "2026-11-20"),
        [
            s(["app", "total", "2:00", "3:00", "-1:00", "150.00"]),
            s(["website", "2026-11", "10:00", "6:00", "4:00", "60.00"]),
        ]
    );
    // notify-check alerts the thresholds reached, once each per period.
    let budget_lines = |out: &str| -> Vec<String> {
        out.lines().filter(|x| x.contains(": budget: ")).map(String::from).collect()
    };
    let dry = l.ok(&["notify-check", "--as-of", "2026-11-20", "--dry-run"]);
    assert_eq!(budget_lines(&dry).len(), 3, "{dry}");
    assert!(l.rows("notifications.csv").is_empty(), "a dry run records nothing");
    let out = l.ok(&["notify-check", "--as-of", "2026-11-20"]);
    assert_eq!(
        budget_lines(&out),
        [
            "walk: budget: project app has used 3:00 of its 2:00 budget (150.00 %, -1:00 left)",
            "walk: budget: project app has used 3:00 of its 2:00 budget (150.00 %, -1:00 left)",
            "walk: budget: project website has used 6:00 of its 10:00 budget in 2026-11 (60.00 %, 4:00 left)",
        ]
    );
    let thresholds: Vec<String> = l
        .rows("notifications.csv")
        .iter()
        .map(|r| format!("{} {}", r["kind"], r["threshold"]))
        .collect();
    assert_eq!(thresholds, ["budget 80", "budget 100", "budget 50"]);
    assert!(budget_lines(&l.ok(&["notify-check", "--as-of", "2026-11-21"])).is_empty());
    // Enforced: 4:30 more in November would be 10:30 of 10:00: refused, nothing written.
    let before = l.snapshot();
    let err = l.refused(
        &["log-time", "walk", "4:30", "--project", "website", "--date", "2026-11-25"],
        "refused: walk's project website would use 10:30 of its 10:00 budget in 2026-11 (6:00 used, 4:30 more); nothing was written",
    );
    assert!(err.contains("--budget website=H"), "{err}");
    assert!(l.snapshot() == before);
    // The same rule for an edit that makes a row longer.
    let id = l.rows("timelog.csv")[2]["id"].clone();
    l.refused(&["entry", "edit", &id, "--hours", "6:30"], "would use 10:30 of its 10:00");
    assert!(l.snapshot() == before);
    // Moving a row of another project into the budget meets it too.
    let app_row = l.rows("timelog.csv")[3]["id"].clone();
    l.refused(
        &["entry", "edit", &app_row, "--project", "website", "--hours", "4:30"],
        "would use 10:30 of its 10:00",
    );
    assert!(l.snapshot() == before);
    // 4:00 fits exactly; December starts afresh; --force logs beyond it.
    l.log(&["walk", "4:00", "--project", "website", "--date", "2026-11-25"]);
    // November is full: moving the app's 3:00 into the website alone is refused too.
    let before = l.snapshot();
    l.refused(&["entry", "edit", &app_row, "--project", "website"], "would use 13:00 of its 10:00");
    assert!(l.snapshot() == before);
    l.log(&["walk", "9:00", "--project", "website", "--date", "2026-12-01"]);
    l.log(&["walk", "2:00", "--project", "website", "--date", "2026-12-02", "--force"]);
    assert_eq!(
        budgets(&l, "2026-12-05")[1],
        s(["website", "2026-12", "10:00", "11:00", "-1:00", "110.00"])
    );
    // A new period is a new episode: December's 50 % and 100 % come again; and
    // November's 100 %, reached after the last run, still comes (the month before is
    // judged too).
    let out = l.ok(&["notify-check", "--as-of", "2026-12-05"]);
    assert_eq!(
        budget_lines(&out),
        [
            "walk: budget: project website has used 10:00 of its 10:00 budget in 2026-11 (100.00 %, 0:00 left)",
            "walk: budget: project website has used 11:00 of its 10:00 budget in 2026-12 (110.00 %, -1:00 left)",
            "walk: budget: project website has used 11:00 of its 10:00 budget in 2026-12 (110.00 %, -1:00 left)",
        ]
    );
    // Settings: a period that is not one is refused; a key without a budget too; a
    // bad value in the file is reported by check at its line.
    let before = l.snapshot();
    l.refused(
        &["client", "set", "walk", "--budget-period", "website=week"],
        "is not total or month",
    );
    l.refused(
        &["client", "set", "walk", "--budget-enforce", "blog=true"],
        "project blog has no budget",
    );
    l.refused(&["client", "set", "walk", "--budget", "website=0"], "a budget holds more than 0:00");
    assert!(l.snapshot() == before);
    l.ok(&["client", "set", "walk", "--unset-budget", "app"]);
    assert!(!l.read("clients.toml").contains("projects.app"));
    l.write(
        "clients.toml",
        &l.read("clients.toml").replace("budget = \"10:00\"", "budget = \"ten\""),
    );
    let out = l.run(&["check"]);
    let found = String::from_utf8(out.stdout).unwrap();
    let line = l.read("clients.toml").lines().position(|x| x.contains("\"ten\"")).unwrap() + 1;
    assert!(
        found.contains(&format!("clients.toml:{line}: clients.walk.projects.website.budget")),
        "{found}"
    );
}

/// Every file under `dir`, as (path relative to it, text).
fn site_files(dir: &std::path::Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                out.push((
                    name,
                    String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned(),
                ));
            }
        }
    }
    out.sort();
    out
}

/// What in a page would make a browser fetch something: any `src`, `href`,
/// `srcset`, `action` or `poster` that is not relative or `data:`, a `<link>`, a
/// `<script>`, an `<iframe>`, and CSS `url(...)` or `@import` other than `data:`.
fn external_requests(html: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(html);
    let mut out = Vec::new();
    for element in doc.select(&scraper::Selector::parse("*").unwrap()) {
        let name = element.value().name();
        if ["link", "script", "iframe", "object", "embed"].contains(&name) {
            out.push(format!("<{name}>"));
        }
        for (attr, value) in element.value().attrs() {
            let fetches = ["src", "href", "srcset", "action", "poster", "data"].contains(&attr);
            let relative = !value.contains(':') && !value.starts_with("//");
            if fetches && !relative && !value.starts_with("data:") {
                out.push(format!("{name} {attr}={value}"));
            }
        }
    }
    let css = html.to_lowercase();
    for (at, _) in css.match_indices("url(") {
        let rest = css[at + 4..].trim_start_matches(['"', '\'', ' ']);
        if !rest.starts_with("data:") {
            out.push(format!("url({})", &rest[..rest.len().min(40)]));
        }
    }
    if css.contains("@import") {
        out.push("@import".into());
    }
    out
}

#[test]
fn published_pages_are_self_contained_name_no_id_hide_costs_and_keep_their_address() {
    let l = TestLedger::with_acme();
    l.ok(&["config", "set", "company.name", "Northwind Web Studio"]);
    l.buy(&["acme", "--blocks", "1", "--date", "2026-05-01", "--invoice"]);
    l.log(&["acme", "2:30", "--date", "2026-11-05", "--note", "contact form bug"]);
    l.log(&["acme", "1:00", "--date", "2026-06-01", "--note", "an old fix"]);
    l.ok(&["client", "add", "walk", "--name", "Walk-in Ltd", "--type", "payg", "--rate", "90"]);
    let site = l.path().join("site");
    let office = l.path().join("office.html");
    let site_arg = site.to_str().unwrap();
    let office_arg = office.to_str().unwrap();
    let publish = |extra: &[&str]| {
        let mut args = vec!["--format", "csv", "publish", site_arg, "--as-of", "2026-11-23"];
        args.extend_from_slice(extra);
        parse_csv(&l.ok(&args))
    };
    let printed = publish(&["--office", office_arg]);
    let paths: Vec<(String, String)> =
        printed.iter().map(|r| (r["client"].clone(), r["path"].clone())).collect();
    assert_eq!(paths.len(), 2, "{printed:?}");
    // Each client's address: an unguessable token, kept in clients.toml.
    let token = paths[0].1.trim_matches('/').to_string();
    assert_eq!(paths[0].0, "acme");
    assert!(
        token.len() >= 16
            && token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    );
    assert!(l.read("clients.toml").contains(&format!("page_token = \"{token}\"")));
    let files = site_files(&site);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    let walk = paths[1].1.trim_matches('/');
    let mut want = vec![
        ".hourbank-site".to_string(),
        format!("{token}/index.html"),
        format!("{token}/invoices/INV-2026-0001.html"),
        "index.html".to_string(),
        format!("{walk}/index.html"),
    ];
    want.sort();
    assert_eq!(names, want);
    // The root lists nothing.
    let root = &files.iter().find(|(n, _)| n == "index.html").unwrap().1;
    assert!(!root.contains("<a") && !root.contains(&token), "{root}");
    let page = std::fs::read_to_string(site.join(&token).join("index.html")).unwrap();
    // Balance, chart, expiries, the last 90 days, invoices linked to their pages.
    assert!(page.contains("<span class=\"closing\">6.50</span>"), "10:00 - 1:00 - 2:30");
    assert!(page.contains("<svg") && page.contains("Acme Corp: available hours"));
    assert!(page.contains("Upcoming expiries"));
    assert!(page.contains("contact form bug") && !page.contains("an old fix"), "90 days only");
    assert!(page.contains("<a href=\"invoices/INV-2026-0001.html\">INV-2026-0001</a>"));
    assert!(page.contains("900.00"));
    // No external request and no internal id in any file of the site.
    let ids: Vec<String> = ["purchases.csv", "timelog.csv"]
        .iter()
        .flat_map(|f| l.rows(f).into_iter().map(|r| r["id"].clone()))
        .chain(["acme".to_string(), "walk".to_string()])
        .collect();
    for (name, text) in &files {
        assert_eq!(external_requests(text), Vec::<String>::new(), "{name}");
        for id in &ids {
            assert!(!text.contains(id.as_str()), "{name} names {id}");
        }
    }
    assert_eq!(external_requests(&page).len(), 0);
    assert!(
        external_requests("<img src=\"https://x.example/a.png\">").len() == 1,
        "the check finds one"
    );
    // The office's overview names every page and lies outside the site.
    let overview = std::fs::read_to_string(&office).unwrap();
    assert!(
        overview.contains(&format!("site/{token}/index.html")) && overview.contains("Acme Corp")
    );

    // Costs hidden: no amount and no link to a priced invoice anywhere.
    l.ok(&["client", "set", "acme", "--hide-costs", "true"]);
    std::fs::write(site.join(&token).join("stale.txt"), "old").unwrap();
    std::fs::write(site.join(walk).join("kept.txt"), "other").unwrap();
    let again = publish(&["--client", "acme"]);
    assert_eq!(again[0]["path"], format!("/{token}/"), "the address never changes");
    let page = std::fs::read_to_string(site.join(&token).join("index.html")).unwrap();
    assert!(!page.contains("900.00") && !page.contains("<a "), "{page}");
    assert!(page.contains("INV-2026-0001"), "the invoice keeps its number and status");
    assert!(!site.join(&token).join("invoices").exists());
    assert!(!site.join(&token).join("stale.txt").exists(), "the folder is made anew");
    assert!(site.join(walk).join("kept.txt").exists(), "--client leaves the others");
    publish(&[]);
    assert!(!site.join(walk).join("kept.txt").exists(), "the whole site is made anew");

    // Refused, with nothing changed: an office file inside the site, a directory
    // publish did not make.
    let before = l.snapshot();
    let inside = site.join("office.html");
    l.refused(&["publish", site_arg, "--office", inside.to_str().unwrap()], "must lie outside");
    l.refused(&["client", "set", "walk", "--page-token", "short"], "is not a page token");
    let foreign = l.path().join("www");
    std::fs::create_dir(&foreign).unwrap();
    std::fs::write(foreign.join("blog.html"), "mine").unwrap();
    l.refused(&["publish", foreign.to_str().unwrap()], "holds files publish did not write");
    assert!(l.snapshot() == before);
    assert_eq!(std::fs::read_to_string(foreign.join("blog.html")).unwrap(), "mine");
    assert!(!inside.exists());

    // A symbolic link is not replaced; two clients never share a page.
    let link = l.path().join("linked");
    std::os::unix::fs::symlink(&site, &link).unwrap();
    l.refused(&["publish", link.to_str().unwrap()], "is a symbolic link");
    l.refused(&["client", "set", "walk", "--page-token", &token], "acme has that page token");
    l.write(
        "clients.toml",
        &format!(
            "{}\n[clients.copy]\nname = \"Copy\"\ntype = \"payg\"\npage_token = \"{token}\"\n",
            l.read("clients.toml")
        ),
    );
    let out = l.run(&["check"]);
    let found = String::from_utf8(out.stdout).unwrap();
    assert!(found.contains("clients.copy.page_token: the same as clients.acme's"), "{found}");
    let out = l.run(&["publish", site_arg]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("have one page token"));
    assert!(site.join(&token).join("index.html").exists());
    // The fix is a write like any other; a token differing only in case is the same.
    l.ok(&["client", "set", "copy", "--unset", "page_token"]);
    l.refused(
        &["client", "set", "copy", "--page-token", &token.to_uppercase()],
        "acme has that page token",
    );
    publish(&[]);

    // A browser draws the page (when one is installed): its screenshot holds more
    // than a blank page's.
    let chromium = ["chromium", "chromium-browser", "google-chrome"].into_iter().find(|b| {
        std::process::Command::new(b).arg("--version").output().is_ok_and(|o| o.status.success())
    });
    if let Some(browser) = chromium {
        let shot = |url: &str, name: &str| -> u64 {
            let png = l.path().join(name);
            let status = std::process::Command::new(browser)
                .args(["--headless", "--no-sandbox", "--disable-gpu", "--window-size=1000,1400"])
                .arg(format!("--screenshot={}", png.display()))
                .arg(url)
                .status()
                .unwrap();
            assert!(status.success());
            std::fs::metadata(&png).unwrap().len()
        };
        let drawn =
            shot(&format!("file://{}", site.join(&token).join("index.html").display()), "page.png");
        let blank = shot(&format!("file://{}", site.join("index.html").display()), "blank.png");
        assert!(drawn > blank * 2, "page {drawn} bytes, blank {blank}");
    }
}
