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
