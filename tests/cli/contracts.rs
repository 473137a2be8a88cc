//! Contract terms beyond the help pages (SPEC 15), each checked against numbers worked
//! out by hand.

use super::support::*;

#[test]
fn a_retainers_overage_is_billed_at_its_overage_rate() {
    // "20 hours a month at 2000, and after that 140" (Harvest's and Atera's terms).
    let l = TestLedger::new();
    l.ok(&[
        "client",
        "add",
        "ret",
        "--name",
        "Retainer Ltd",
        "--type",
        "retainer",
        "--monthly-hours",
        "20",
        "--monthly-fee",
        "2000",
        "--start",
        "2026-03-01",
        "--rate",
        "100",
        "--overage-rate",
        "140",
    ]);
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
    l.ok(&[
        "client",
        "add",
        "ret",
        "--name",
        "Retainer Ltd",
        "--type",
        "retainer",
        "--monthly-hours",
        "20",
        "--monthly-fee",
        "2000",
        "--start",
        "2026-03-01",
        "--rate",
        "100",
        "--overage",
        "carry",
        "--carry-max",
        "5:00",
    ]);
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
    let may = json(&l, &["invoice", "ret", "--month", "2026-05"]);
    assert_eq!(may["lines"][1]["amount"].to_string(), "600.00", "{may}");
    assert_eq!(may["total"].to_string(), "2600.00");
    // Carry is a retainer's: check warns at the client's line; a bad value is refused.
    l.add_payg("walk");
    l.ok(&["client", "set", "walk", "--overage", "carry"]);
    let out = l.run(&["check"]);
    let found = String::from_utf8(out.stdout).unwrap();
    let line = l.read("clients.toml").lines().position(|x| x == "[clients.walk]").unwrap() + 1;
    assert!(
        found.contains(&format!("clients.toml:{line}: warning: clients.walk.overage")),
        "{found}"
    );
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
    // 4:00 fits exactly; December starts afresh; --force logs beyond it.
    l.log(&["walk", "4:00", "--project", "website", "--date", "2026-11-25"]);
    l.log(&["walk", "9:00", "--project", "website", "--date", "2026-12-01"]);
    l.log(&["walk", "2:00", "--project", "website", "--date", "2026-12-02", "--force"]);
    assert_eq!(
        budgets(&l, "2026-12-05")[1],
        s(["website", "2026-12", "10:00", "11:00", "-1:00", "110.00"])
    );
    // A new period is a new episode: December's 50 % and 100 % come again.
    let out = l.ok(&["notify-check", "--as-of", "2026-12-05"]);
    assert_eq!(budget_lines(&out).len(), 2, "{out}");
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
