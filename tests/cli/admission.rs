//! One admission for every write path (SPEC 12.6): `log-time`, `import` and `entry
//! edit` refuse the same rows with the same message (naming what was refused) and
//! accept them with `--force`; `bank buy` the same for the rules of purchases. A table of rules x
//! paths, each refusal leaving the ledger byte for byte as it was.

use super::support::*;

/// A rule: how to set the ledger up, the client and date of the row, the message
/// `log-time` gives, and whether `--force` lets the row in.
struct Rule {
    name: &'static str,
    setup: fn(&TestLedger),
    client: &'static str,
    date: &'static str,
    message: &'static str,
    forced: bool,
}

/// Client `c`, a retainer of 10 hours a month from `start`.
fn retainer(l: &TestLedger, start: &str) {
    let args = ["client", "add", "c", "--name", "C", "--type", "retainer", "--monthly-hours", "10"];
    l.ok(&[&args[..], &["--start", start]].concat());
}

const RULES: &[Rule] = &[
    Rule {
        name: "inactive",
        setup: |l| {
            l.ok(&["client", "add", "c", "--name", "C", "--type", "bank"]);
            l.ok(&["client", "set", "c", "--status", "inactive"]);
        },
        client: "c",
        date: "2026-11-02",
        message: "client \"c\" is inactive; will not log work",
        forced: false,
    },
    Rule {
        name: "credit limit",
        setup: |l| {
            l.ok(&["client", "add", "c", "--name", "C", "--type", "bank"]);
        },
        client: "c",
        date: "2026-11-02",
        message: "refused: c would go to -1:00 on or after 2026-11-02, beyond its credit limit of 0:00; nothing was written\nhint: buy hours first (`hourbank bank buy c ...`), raise the limit (`hourbank client set c --credit-limit H`), or pass --force",
        forced: true,
    },
    Rule {
        name: "pending hours",
        setup: |l| {
            l.ok(&[
                "client",
                "add",
                "c",
                "--name",
                "C",
                "--type",
                "bank",
                "--credit-on",
                "payment",
            ]);
            l.ok(&["client", "set", "c", "--block-hours", "10", "--block-price", "900"]);
            l.buy(&["c", "--blocks", "1", "--date", "2026-11-01", "--invoice"]);
        },
        client: "c",
        date: "2026-11-02",
        message: "refused: c would go to -1:00 on or after 2026-11-02, beyond its credit limit of 0:00; nothing was written\nhint: 10:00 of lot",
        forced: true,
    },
    Rule {
        name: "before the retainer starts",
        setup: |l| retainer(l, "2026-11-01"),
        client: "c",
        date: "2026-10-15",
        message: "c: 2026-10-15 is before its retainer starts (2026-11-01); no monthly hours cover it\nhint: pass --force to log it anyway: it is billed as overage",
        forced: true,
    },
    Rule {
        name: "after the retainer ended",
        setup: |l| {
            retainer(l, "2026-01-01");
            l.ok(&["client", "set", "c", "--end", "2026-05-31"]);
        },
        client: "c",
        date: "2026-07-10",
        message: "c: 2026-07-10 is after its retainer ended (2026-05-31); no monthly hours cover it\nhint: pass --force to log it anyway: it is billed as overage",
        forced: true,
    },
    Rule {
        name: "blocked by an overdue invoice",
        setup: |l| {
            l.ok(&["client", "add", "c", "--name", "C", "--type", "payg", "--rate", "100"]);
            l.ok(&["client", "set", "c", "--block-after-days", "10"]);
            l.log(&["c", "1", "--date", "2026-09-05"]);
            l.ok(&["invoice", "c", "--month", "2026-09", "--date", "2026-10-01"]);
        },
        client: "c",
        date: "2026-11-12",
        message: "refused: c is blocked on 2026-11-12: invoice INV-2026-0001 to c is unpaid 12 days after its due date 2026-10-31; will not log work\nhint: record its payment (`hourbank invoice pay INV-2026-0001`), or pass --force",
        forced: true,
    },
];

/// What a path prints for a refused row: stderr without the `error: ` prefix.
fn refusal(l: &TestLedger, args: &[&str]) -> String {
    let before = l.snapshot();
    let out = l.run(args);
    assert_eq!(out.status.code(), Some(1), "{args:?}: {out:?}");
    assert!(l.snapshot() == before, "{args:?} changed the ledger");
    let stderr = String::from_utf8(out.stderr).unwrap();
    stderr.strip_prefix("error: ").unwrap_or(&stderr).to_string()
}

/// A timeclock file with one hour of work for `client` on `date`.
fn timeclock(l: &TestLedger, client: &str, date: &str) -> String {
    let path = l.config.path().join(format!("{client}-{date}.timeclock"));
    std::fs::write(&path, format!("i {date} 09:00 {client}\no {date} 10:00\n")).unwrap();
    path.to_string_lossy().to_string()
}

/// A row of another client (`h`, pay as you go) that `entry edit` moves to the rule's
/// client and date; returns its id.
fn movable(l: &TestLedger) -> String {
    l.ok(&["client", "add", "h", "--name", "H", "--type", "payg", "--rate", "100"]);
    l.log(&["h", "1:00", "--date", "2026-11-03", "--note", "to move"]);
    l.rows("timelog.csv").iter().find(|r| r["note"] == "to move").unwrap()["id"].clone()
}

#[test]
fn log_time_import_and_entry_edit_refuse_the_same_rows_and_force_lets_them_in() {
    for rule in RULES {
        let l = TestLedger::new();
        (rule.setup)(&l);
        let id = movable(&l);
        let log = ["log-time", rule.client, "1:00", "--date", rule.date];
        let file = timeclock(&l, rule.client, rule.date);
        let import = ["import", "timeclock", &file, "--client", rule.client];
        let edit = ["entry", "edit", &id, "--client", rule.client, "--date", rule.date];
        let by_log = refusal(&l, &log);
        assert!(by_log.starts_with(rule.message), "{}: log-time said {by_log:?}", rule.name);
        for (args, what) in [(&import[..], "import work"), (&edit[..], "edit the entry")] {
            assert_eq!(
                refusal(&l, args),
                by_log.replace("will not log work", &format!("will not {what}")),
                "{}: {args:?} and log-time disagree",
                rule.name
            );
        }
        for args in [&log[..], &import[..], &edit[..]] {
            let forced = [args, &["--force"]].concat();
            let out = l.run(&forced);
            if rule.forced {
                assert_eq!(out.status.code(), Some(0), "{}: {forced:?}: {out:?}", rule.name);
            } else {
                assert_eq!(out.status.code(), Some(1), "{}: --force: {out:?}", rule.name);
            }
        }
        let rows = l.rows("timelog.csv").into_iter().filter(|r| r["date"] == rule.date).count();
        assert_eq!(rows, if rule.forced { 3 } else { 0 }, "{}", rule.name);
    }
}

#[test]
fn an_unknown_service_is_refused_unless_forced() {
    let l = TestLedger::with_acme();
    l.append("hourbank.toml", "\n[services.design]\nrate = \"110.00\"\n");
    l.buy(&["acme", "--hours", "10", "--date", "2026-11-01"]);
    let message =
        refusal(&l, &["log-time", "acme", "1", "--service", "desgin", "--date", "2026-11-02"]);
    assert_eq!(
        message,
        "--service \"desgin\": neither [services] in hourbank.toml nor acme's rates name it (known: design)\nhint: pass --force to log it anyway, or add [services.desgin] with its rate\n"
    );
    l.log(&["acme", "1", "--service", "desgin", "--date", "2026-11-02", "--force"]);
    assert_eq!(l.rows("timelog.csv")[0]["service"], "desgin");
    // entry edit refuses the same service in the same words.
    l.log(&["acme", "1", "--service", "design", "--date", "2026-11-03"]);
    let id = l.rows("timelog.csv")[1]["id"].clone();
    let by_edit = refusal(&l, &["entry", "edit", &id, "--service", "desgin"]);
    assert_eq!(by_edit, message);
    l.ok(&["entry", "edit", &id, "--service", "desgin", "--force"]);
    assert_eq!(l.rows("timelog.csv")[1]["service"], "desgin");
}

#[test]
fn bank_buy_refuses_an_inactive_or_blocked_client_as_work_is_refused() {
    let blocked = |l: &TestLedger| {
        l.ok(&["client", "add", "c", "--name", "C", "--type", "bank", "--credit-limit", "20"]);
        l.ok(&["client", "set", "c", "--block-after-days", "10", "--block-hours", "10"]);
        l.ok(&["client", "set", "c", "--block-price", "900"]);
        l.buy(&["c", "--blocks", "1", "--date", "2026-09-05", "--invoice"]);
    };
    type Setup = fn(&TestLedger);
    let setups: [(&str, Setup, bool); 2] = [
        ("client \"c\" is inactive", RULES[0].setup, false),
        ("refused: c is blocked on 2026-11-12: invoice INV-2026-0001", blocked, true),
    ];
    for (name, setup, forced) in setups {
        let l = TestLedger::new();
        setup(&l);
        let by_log = refusal(&l, &["log-time", "c", "1:00", "--date", "2026-11-12"]);
        assert!(by_log.starts_with(name), "{by_log}");
        let buy = ["bank", "buy", "c", "--hours", "5", "--date", "2026-11-12"];
        let by_buy = refusal(&l, &buy);
        assert_eq!(
            by_buy,
            by_log.replace("will not log work", "will not record a purchase"),
            "{name}"
        );
        let out = l.run(&[&buy[..], &["--force"]].concat());
        assert_eq!(out.status.code(), Some(if forced { 0 } else { 1 }), "{name}: {out:?}");
    }
}
