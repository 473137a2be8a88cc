//! Properties of the bank engine, through the library: the invariant
//! purchased = consumed + expired + available for any rows and any as-of date, and
//! results that do not depend on the order of rows within a day except where the SPEC
//! makes file order matter.

use chrono::NaiveDate;
use hourbank::domain::bank::{
    Account, AdjustEvent, AdjustOp, Credit, Debit, LotSource, RetainerPlan, SimOptions, simulate,
};
use hourbank::domain::date::day_number;
use hourbank::domain::duration::Minutes;
use proptest::prelude::*;

fn date(offset: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(u64::from(offset))
}

fn credit() -> impl Strategy<Value = Credit> {
    (0u32..200, 1i64..2000, proptest::option::of(0u32..150), 0u32..3, 0u32..1000).prop_map(
        |(day, minutes, valid, project, i)| Credit {
            date: date(day),
            minutes: Minutes(minutes),
            expires: valid.map(|v| date(day + v)),
            project,
            source: LotSource::Purchase(i),
        },
    )
}

fn debit() -> impl Strategy<Value = Debit> {
    (0u32..250, 0i32..600, 0u32..3, 0u32..100_000).prop_map(|(day, minutes, project, line)| Debit {
        day: day_number(date(day)),
        minutes,
        project,
        line,
    })
}

fn adjustment() -> impl Strategy<Value = AdjustEvent> {
    (0u32..250, -600i64..600, 0u8..3, 0u32..1000).prop_map(|(day, minutes, kind, index)| {
        AdjustEvent {
            date: date(day),
            op: match kind {
                0 => AdjustOp::Remove(Minutes(-minutes.abs().max(1))),
                1 => AdjustOp::Set { target: Minutes(minutes), expires: None },
                _ => AdjustOp::Assert(Minutes(minutes)),
            },
            index,
        }
    })
}

fn account() -> impl Strategy<Value = Account> {
    (
        proptest::collection::vec(credit(), 0..12),
        proptest::collection::vec(debit(), 0..40),
        proptest::collection::vec(adjustment(), 0..5),
        proptest::option::of((1i64..3000, 0u32..3, 0u32..60)),
        proptest::option::of(0i64..600),
    )
        .prop_map(|(credits, debits, adjustments, retainer, limit)| Account {
            credits,
            debits,
            adjustments,
            retainer: retainer.map(|(monthly, rollover, start)| RetainerPlan {
                monthly: Minutes(monthly),
                rollover_months: rollover,
                start: date(start),
                end: None,
            }),
            credit_limit: limit.map(Minutes),
        })
}

fn run(account: &Account, as_of: NaiveDate) -> hourbank::domain::bank::Outcome {
    simulate(account, SimOptions { as_of, watch_from: None, trace: false })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn purchased_is_consumed_plus_expired_plus_available(account in account(), as_of in 0u32..300) {
        let o = run(&account, date(as_of));
        prop_assert_eq!(o.purchased.0, o.consumed.0 + o.expired.0 + o.available.0);
        let lots_remaining: i64 = o.lots.iter().map(|l| l.remaining.0).sum();
        prop_assert!(lots_remaining >= 0);
        for lot in &o.lots {
            prop_assert_eq!(lot.credit.minutes.0, lot.used.0 + lot.expired.0 + lot.remaining.0);
        }
    }

    #[test]
    fn order_of_credits_and_work_within_a_day_does_not_matter(account in account(), as_of in 0u32..300, seed in any::<u64>()) {
        // Rows of different days may come in any file order; credits of one day keep
        // their file order (the first pays back an overdraft first, SPEC 3.3), while
        // debits of one day may be reordered among themselves.
        let mut shuffled = account.clone();
        shuffled.credits.sort_by_key(|c| std::cmp::Reverse(c.date));
        let mut by_day: Vec<Debit> = shuffled.debits.clone();
        by_day.sort_by_key(|d| (d.day, (u64::from(d.line) ^ seed) % 7));
        shuffled.debits = by_day;
        let a = run(&account, date(as_of));
        let b = run(&shuffled, date(as_of));
        prop_assert_eq!(a.available, b.available);
        prop_assert_eq!(a.consumed, b.consumed);
        prop_assert_eq!(a.expired, b.expired);
        prop_assert_eq!(a.purchased, b.purchased);
    }

    #[test]
    fn a_trace_ends_at_the_balance(account in account(), as_of in 0u32..300) {
        let o = simulate(&account, SimOptions { as_of: date(as_of), watch_from: None, trace: true });
        if let Some(last) = o.trace.last() {
            prop_assert_eq!(last.balance, o.available);
        }
        let sum: i64 = o.trace.iter().map(|e| e.minutes.0).sum();
        prop_assert_eq!(sum, o.available.0);
    }
}

mod round_trip {
    use hourbank::render::{Cell, Report, csv, json};
    use proptest::prelude::*;

    fn cell() -> impl Strategy<Value = Cell> {
        prop_oneof![
            "[ -~]{0,12}".prop_map(Cell::Text),
            "[=+@-][ -~]{0,8}".prop_map(Cell::Text),
            (-1_000_000i64..1_000_000).prop_map(|c| Cell::Num(format!(
                "{}.{:02}",
                c / 100,
                (c % 100).abs()
            ))),
            Just(Cell::Empty),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn csv_and_json_give_back_every_cell(rows in proptest::collection::vec(proptest::collection::vec(cell(), 3), 0..8)) {
            let mut report = Report::new(&["a", "b", "c"]);
            for row in &rows {
                report.push(row.clone());
            }
            let text = csv::render(&report);
            let mut reader = ::csv::Reader::from_reader(text.as_slice());
            let parsed: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect();
            prop_assert_eq!(parsed.len(), rows.len());
            for (row, back) in rows.iter().zip(&parsed) {
                for (cell, text) in row.iter().zip(back) {
                    let expected = match cell {
                        Cell::Text(t) => csv::spreadsheet_safe(t),
                        other => other.as_str().to_string(),
                    };
                    prop_assert_eq!(&expected, text);
                }
            }
            let value: serde_json::Value = serde_json::from_slice(&json::render(&report)).unwrap();
            for (row, object) in rows.iter().zip(value.as_array().unwrap()) {
                for (cell, name) in row.iter().zip(["a", "b", "c"]) {
                    let v = &object[name];
                    match cell {
                        Cell::Text(t) | Cell::Fixed(t) => prop_assert_eq!(v.as_str(), Some(t.as_str())),
                        // Exact decimal literal: the same text, never a float.
                        Cell::Num(n) => prop_assert_eq!(v.to_string(), n.clone()),
                        Cell::Empty => prop_assert!(v.is_null()),
                    }
                }
            }
        }
    }
}
