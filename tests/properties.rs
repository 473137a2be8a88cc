//! Properties of the bank engine, through the library: the invariant
//! purchased = consumed + expired + available for any rows and any as-of date, and
//! results that do not depend on the order of rows within a day except where the SPEC
//! makes file order matter.

use chrono::NaiveDate;
use hourbank::domain::bank::{
    Account, AdjustEvent, AdjustOp, CarryRule, Credit, Debit, Limits, LotSource, RetainerPlan,
    SimOptions, TraceKind, simulate,
};
use hourbank::domain::date::day_number;
use hourbank::domain::duration::Minutes;
use hourbank::domain::flex::{FlexPlan, FlexRule, PeriodClose};
use proptest::prelude::*;
use rust_decimal::Decimal;

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

fn close() -> impl Strategy<Value = PeriodClose> {
    (0u32..250, -900i64..900, proptest::option::of(0u32..120)).prop_map(|(day, minutes, valid)| {
        PeriodClose {
            date: date(day),
            difference: Minutes(minutes),
            expires: valid.map(|v| date(day + v)),
        }
    })
}

fn limits() -> impl Strategy<Value = Limits> {
    (-900i64..=0, proptest::option::of(0i64..3000))
        .prop_map(|(floor, cap)| Limits { floor: Minutes(floor), cap: cap.map(Minutes) })
}

fn account() -> impl Strategy<Value = Account> {
    (
        proptest::collection::vec(credit(), 0..12),
        proptest::collection::vec(debit(), 0..40),
        proptest::collection::vec(adjustment(), 0..5),
        proptest::option::of((
            (1i64..3000, 0u32..3, 0u32..60),
            proptest::option::of(0u32..250),
            proptest::option::of(proptest::option::of(0i64..600)),
        )),
        proptest::option::of(0i64..600),
        proptest::collection::vec(close(), 0..8),
        limits(),
    )
        .prop_map(|(credits, debits, adjustments, retainer, limit, closes, limits)| Account {
            credits,
            debits: debits.into(),
            adjustments,
            retainer: retainer.map(|((monthly, rollover, start), end, carry)| RetainerPlan {
                monthly: Minutes(monthly),
                rollover_months: rollover,
                start: date(start),
                end: end.map(|e| date(start + e)),
                prorate: false,
                carry: carry.map(|max| CarryRule { max: max.map(Minutes) }),
            }),
            credit_limit: limit.map(Minutes),
            limits,
            closes,
            flex: None,
        })
}

/// A person's flex bank: manual adjustments and the periods of a rule over random work.
fn flex_account() -> impl Strategy<Value = Account> {
    (
        proptest::collection::vec(credit(), 0..4),
        proptest::collection::vec(adjustment(), 0..5),
        limits(),
        (0u32..60, -600i64..600, any::<bool>(), proptest::option::of(1u32..3), any::<bool>()),
        proptest::array::uniform7(0i64..600),
        proptest::collection::vec((0u32..250, 0i64..900), 0..60),
    )
        .prop_map(
            |(
                credits,
                adjustments,
                limits,
                (start, opening, weekly, expiry, toil),
                schedule,
                work,
            )| {
                let mut worked: Vec<(i32, i64)> = Vec::new();
                for (day, minutes) in work {
                    let day = day_number(date(day));
                    match worked.iter_mut().find(|(d, _)| *d == day) {
                        Some(entry) => entry.1 += minutes,
                        None => worked.push((day, minutes)),
                    }
                }
                worked.sort_unstable();
                Account {
                    // A bank's credits are positive adjustments: general lots.
                    credits: credits
                        .into_iter()
                        .map(|c| Credit { project: 0, source: LotSource::Adjustment(0), ..c })
                        .collect(),
                    adjustments,
                    limits,
                    flex: Some(FlexPlan {
                        rule: if weekly {
                            FlexRule::WeeklyOvertime
                        } else {
                            FlexRule::DailyOvertime
                        },
                        start: date(start),
                        opening: Minutes(opening),
                        expiry_months: expiry,
                        accrual_multiplier: if toil { Decimal::new(15, 1) } else { Decimal::ONE },
                        schedule,
                        holidays: Vec::new(),
                        worked,
                    }),
                    ..Account::default()
                }
            },
        )
}

fn run(account: &Account, as_of: NaiveDate) -> hourbank::domain::bank::Outcome {
    simulate(account, SimOptions { as_of, watch_from: None, trace: false })
}

/// A plain model of SPEC section 3, written apart from the engine: day by day, each
/// debit scans the lots for the one that expires first. The engine's answers are
/// compared with it, so no quantity is checked against the formula that defined it.
mod reference {
    use chrono::Datelike;
    use chrono::NaiveDate;
    use hourbank::domain::bank::{Account, AdjustOp, NO_PROJECT, RetainerPlan};
    use hourbank::domain::date::day_number;

    pub struct Lot {
        pub date: NaiveDate,
        pub expires: Option<NaiveDate>,
        pub project: u32,
        pub minutes: i64,
        pub remaining: i64,
        pub expired: i64,
    }

    #[derive(Default)]
    pub struct Books {
        pub lots: Vec<Lot>,
        pub overdraft: i64,
        pub consumed: i64,
        pub accrued: i64,
        pub period_used: i64,
        pub forfeited: i64,
        pub shortfall: i64,
        pub opening: i64,
        /// A retainer's month ends: (day, minutes billed as overage) and (day,
        /// minutes carried into the next month).
        pub overage: Vec<(NaiveDate, i64)>,
        pub carried: Vec<(NaiveDate, i64)>,
    }

    impl Books {
        fn credit(
            &mut self,
            date: NaiveDate,
            minutes: i64,
            expires: Option<NaiveDate>,
            project: u32,
        ) {
            let payback = minutes.min(self.overdraft).max(0);
            self.overdraft -= payback;
            self.lots.push(Lot {
                date,
                expires,
                project,
                minutes,
                remaining: minutes - payback,
                expired: 0,
            });
        }

        /// The open lot of `project` that expires first (never-expiring last; ties: older).
        fn first_open(&self, project: u32) -> Option<usize> {
            (0..self.lots.len())
                .filter(|&i| self.lots[i].remaining > 0 && self.lots[i].project == project)
                .min_by_key(|&i| {
                    let lot = &self.lots[i];
                    (lot.expires.map_or(i32::MAX, day_number), lot.date, i)
                })
        }

        fn take(&mut self, minutes: i64, project: u32) {
            self.consumed += minutes;
            let mut left = minutes;
            let passes =
                if project == NO_PROJECT { vec![NO_PROJECT] } else { vec![project, NO_PROJECT] };
            for pass in passes {
                while left > 0 {
                    let Some(i) = self.first_open(pass) else { break };
                    let taken = left.min(self.lots[i].remaining);
                    self.lots[i].remaining -= taken;
                    left -= taken;
                }
            }
            self.overdraft += left;
        }

        pub fn available(&self) -> i64 {
            self.lots.iter().map(|l| l.remaining).sum::<i64>() - self.overdraft
        }
    }

    /// The last day of the month of `day`.
    fn month_end(day: NaiveDate) -> NaiveDate {
        let mut d = day;
        while d.succ_opt().unwrap().month() == day.month() {
            d = d.succ_opt().unwrap();
        }
        d
    }

    /// A retainer's monthly allocations through `as_of`, as (date, minutes, expires):
    /// each month from its start to its end, valid `rollover` months more.
    fn allocations(plan: &RetainerPlan, as_of: NaiveDate) -> Vec<(NaiveDate, i64, NaiveDate)> {
        let mut out = Vec::new();
        let mut day = plan.start;
        while day <= as_of && plan.end.is_none_or(|e| day <= e) {
            let mut expires = month_end(day);
            for _ in 0..plan.rollover_months {
                expires = month_end(expires.succ_opt().unwrap());
            }
            out.push((day, plan.monthly.0, expires));
            day = month_end(day).succ_opt().unwrap();
        }
        out
    }

    /// The books of an account as of `as_of`.
    pub fn run(account: &Account, as_of: NaiveDate) -> Books {
        let mut books = Books::default();
        let allocations =
            account.retainer.as_ref().map(|p| allocations(p, as_of)).unwrap_or_default();
        // A flex bank's periods are closes like any other; its opening balance is a
        // credit (or, negative, a debit) on its start day.
        let mut account = account.clone();
        let mut opening = None;
        if let Some(plan) = account.flex.take() {
            account.closes.extend(plan.closes(as_of));
            if plan.opening.0 != 0 {
                opening = Some((plan.start, plan.opening.0));
            }
        }
        let account = &account;
        let mut credits: Vec<_> = account.credits.iter().filter(|c| c.date <= as_of).collect();
        credits.sort_by_key(|c| c.date);
        let mut debits: Vec<_> = account.debits.iter().collect();
        debits.sort_by_key(|d| d.day);
        let first = account
            .credits
            .iter()
            .map(|c| c.date)
            .chain(account.adjustments.iter().map(|a| a.date))
            .chain(account.closes.iter().map(|c| c.date))
            .chain(opening.map(|(d, _)| d))
            .chain(allocations.first().map(|a| a.0))
            .min();
        let Some(mut day) = first
            .into_iter()
            .chain(debits.first().map(|d| hourbank::domain::date::from_day_number(d.day)))
            .min()
        else {
            return books;
        };
        while day <= as_of {
            if let Some((_, minutes)) = opening.filter(|&(d, m)| d == day && m > 0) {
                books.opening = minutes;
                books.credit(day, minutes, None, NO_PROJECT);
            }
            // A month's allocation comes before the day's purchases (and pays back first).
            for &(_, minutes, expires) in allocations.iter().filter(|a| a.0 == day) {
                books.credit(day, minutes, Some(expires), NO_PROJECT);
            }
            for c in credits.iter().filter(|c| c.date == day) {
                books.credit(day, c.minutes.0, c.expires, c.project);
            }
            if let Some((_, minutes)) = opening.filter(|&(d, m)| d == day && m < 0) {
                books.opening = minutes;
                books.take(-minutes, NO_PROJECT);
            }
            for d in debits.iter().filter(|d| d.day == day_number(day)) {
                books.take(i64::from(d.minutes), d.project);
            }
            let today: Vec<_> = account.adjustments.iter().filter(|a| a.date == day).collect();
            for a in &today {
                if let AdjustOp::Remove(m) = a.op {
                    books.take(m.0.abs(), NO_PROJECT);
                }
            }
            for a in &today {
                if let AdjustOp::Set { target, expires } = a.op {
                    let diff = target.0 - books.available();
                    if diff > 0 {
                        books.credit(day, diff, expires, NO_PROJECT);
                    } else if diff < 0 {
                        books.take(-diff, NO_PROJECT);
                    }
                }
            }
            if day < as_of {
                // The end of the day: closed periods within floor and cap (SPEC 8),
                // then expiries.
                let mut closes: Vec<_> = account.closes.iter().filter(|c| c.date == day).collect();
                closes.sort_by_key(|c| c.date);
                for close in closes {
                    let difference = close.difference.0;
                    let balance = books.available();
                    if difference > 0 {
                        let payback = difference.min(books.overdraft).max(0);
                        let room = match account.limits.cap {
                            Some(cap) => (cap.0 - balance - payback).max(0),
                            None => difference,
                        };
                        let credited = (difference - payback).min(room);
                        books.forfeited += difference - payback - credited;
                        books.accrued += payback + credited;
                        if payback + credited > 0 {
                            books.credit(day, payback + credited, close.expires, NO_PROJECT);
                        }
                    } else if difference < 0 {
                        let taken = (-difference).min((balance - account.limits.floor.0).max(0));
                        books.shortfall += -difference - taken;
                        books.period_used += taken;
                        books.take(taken, NO_PROJECT);
                    }
                }
                for lot in books.lots.iter_mut().filter(|l| l.expires == Some(day)) {
                    lot.expired = lot.remaining;
                    lot.remaining = 0;
                }
                // A retainer's month end (from its first month's on): what is overdrawn
                // is carried while a next month follows (up to the bound), else billed
                // as the month's overage: a lot that pays it back and ends that day.
                if let Some(plan) = &account.retainer
                    && day == month_end(day)
                    && day >= month_end(plan.start)
                    && books.overdraft > 0
                {
                    let follows = plan.end.is_none_or(|e| e > day);
                    let carried = match plan.carry {
                        Some(rule) if follows => {
                            books.overdraft.min(rule.max.map_or(i64::MAX, |m| m.0))
                        }
                        _ => 0,
                    };
                    let billed = books.overdraft - carried;
                    if billed > 0 {
                        books.overage.push((day, billed));
                        books.credit(day, billed, Some(day), NO_PROJECT);
                    }
                    if carried > 0 {
                        books.carried.push((day, carried));
                    }
                }
            }
            day = day.succ_opt().unwrap();
        }
        books
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_engine_agrees_with_a_plain_model_of_the_spec(account in account(), as_of in 0u32..300) {
        // Retainers included: allocations, and each month's overdraft carried or billed
        // (SPEC 3.8 and 15).
        let o = simulate(&account, SimOptions { as_of: date(as_of), watch_from: None, trace: true });
        let model = reference::run(&account, date(as_of));
        let purchased: i64 = model.lots.iter().map(|l| l.minutes).sum();
        let expired: i64 = model.lots.iter().map(|l| l.expired).sum();
        prop_assert_eq!(o.purchased.0, purchased, "purchased = the hours of every lot");
        prop_assert_eq!(o.consumed.0, model.consumed, "consumed = every debit taken");
        prop_assert_eq!(o.expired.0, expired, "expired = what the lots lost at their end");
        prop_assert_eq!(o.available.0, model.available(), "available = remaining - overdraft");
        prop_assert_eq!(o.accrued.0, model.accrued, "credited by closed periods");
        prop_assert_eq!(o.period_used.0, model.period_used, "taken by closed periods");
        prop_assert_eq!(o.forfeited.0, model.forfeited, "beyond the cap");
        prop_assert_eq!(o.shortfall.0, model.shortfall, "beyond the floor");
        // Lots are drawn earliest expiry first: each lot holds what the model says.
        prop_assert_eq!(o.lots.len(), model.lots.len());
        for (engine, lot) in o.lots.iter().zip(&model.lots) {
            prop_assert_eq!(engine.credit.date, lot.date);
            prop_assert_eq!(engine.remaining.0, lot.remaining);
            prop_assert_eq!(engine.expired.0, lot.expired);
        }
        prop_assert_eq!(purchased, model.consumed + expired + model.available());
        let booked = |kind: TraceKind| -> Vec<(NaiveDate, i64)> {
            o.trace
                .iter()
                .filter(|e| e.kind == kind)
                .map(|e| match e.reference {
                    hourbank::domain::bank::TraceRef::Carry(m) => (e.date, m.0),
                    _ => (e.date, e.minutes.0),
                })
                .collect()
        };
        prop_assert_eq!(booked(TraceKind::Overage), model.overage);
        prop_assert_eq!(booked(TraceKind::Carry), model.carried);
    }

    #[test]
    fn every_hour_of_every_lot_is_accounted_for(account in account(), as_of in 0u32..300) {
        // With retainers too: allocations and overage bookings are lots like any other.
        let o = run(&account, date(as_of));
        let purchased: i64 = o.lots.iter().map(|l| l.credit.minutes.0).sum();
        let expired: i64 = o.lots.iter().map(|l| l.expired.0).sum();
        prop_assert_eq!(o.purchased.0, purchased);
        prop_assert_eq!(o.expired.0, expired);
        for lot in &o.lots {
            prop_assert!(lot.remaining.0 >= 0 && lot.used.0 >= 0 && lot.expired.0 >= 0);
            prop_assert_eq!(lot.credit.minutes.0, lot.used.0 + lot.expired.0 + lot.remaining.0);
            prop_assert!(lot.credit.date <= date(as_of));
        }
    }

    #[test]
    fn order_of_credits_and_work_within_a_day_does_not_matter(account in account(), as_of in 0u32..300, seed in any::<u64>()) {
        // Rows of different days may come in any file order; credits of one day keep
        // their file order (the first pays back an overdraft first, SPEC 3.3), while
        // debits of one day may be reordered among themselves.
        let mut shuffled = account.clone();
        shuffled.credits.sort_by_key(|c| std::cmp::Reverse(c.date));
        let mut by_day: Vec<Debit> = shuffled.debits.iter().collect();
        by_day.sort_by_key(|d| (d.day, (u64::from(d.line) ^ seed) % 7));
        shuffled.debits = by_day.into();
        let a = run(&account, date(as_of));
        let b = run(&shuffled, date(as_of));
        prop_assert_eq!(a.available, b.available);
        prop_assert_eq!(a.consumed, b.consumed);
        prop_assert_eq!(a.expired, b.expired);
        prop_assert_eq!(a.purchased, b.purchased);
    }

    #[test]
    fn every_closed_period_has_one_statement_row(account in account(), as_of in 0u32..300) {
        let o = simulate(&account, SimOptions { as_of: date(as_of), watch_from: None, trace: true });
        let closed = account.closes.iter().filter(|c| c.date < date(as_of)).count();
        let rows = o.trace.iter().filter(|e| e.kind == hourbank::domain::bank::TraceKind::Period).count();
        prop_assert_eq!(rows, closed);
    }

    #[test]
    fn a_flex_banks_balance_is_opening_plus_accrued_plus_adjusted_minus_used_and_expired(account in flex_account(), as_of in 0u32..300) {
        let o = simulate(&account, SimOptions { as_of: date(as_of), watch_from: None, trace: true });
        let model = reference::run(&account, date(as_of));
        // Each side from the model, except `adjusted`: the statement's adjust and set rows.
        let expired: i64 = model.lots.iter().map(|l| l.expired).sum();
        let adjusted: i64 = o
            .trace
            .iter()
            .filter(|e| matches!(e.kind, TraceKind::Adjust | TraceKind::Set))
            .map(|e| e.minutes.0)
            .sum();
        prop_assert_eq!(
            model.available(),
            model.opening + model.accrued + adjusted - model.period_used - expired
        );
        prop_assert_eq!(o.available.0, model.available());
        prop_assert_eq!(
            (o.opening.0, o.accrued.0, o.adjusted.0, o.period_used.0, o.expired.0),
            (model.opening, model.accrued, adjusted, model.period_used, expired)
        );
        prop_assert_eq!((o.forfeited.0, o.shortfall.0), (model.forfeited, model.shortfall));
        // Periods never take the balance below the floor (a balance already below it by
        // a manual adjustment loses nothing to a period).
        for e in o.trace.iter().filter(|e| e.kind == TraceKind::Period && e.minutes.0 < 0) {
            prop_assert!(e.balance >= account.limits.floor, "{e:?}");
        }
        // ... nor credit it above the cap.
        if let Some(cap) = account.limits.cap {
            for e in o.trace.iter().filter(|e| e.kind == TraceKind::Period && e.minutes.0 > 0) {
                prop_assert!(e.balance <= cap, "{e:?}");
            }
        }
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
            let text = csv::render(&report, false);
            let mut reader = ::csv::Reader::from_reader(text.as_slice());
            let parsed: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect();
            prop_assert_eq!(parsed.len(), rows.len());
            for (row, back) in rows.iter().zip(&parsed) {
                for (cell, text) in row.iter().zip(back) {
                    let expected = match cell {
                        Cell::Text(t) => csv::spreadsheet_safe(t).into_owned(),
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

mod billing {
    use std::collections::BTreeMap;

    use chrono::NaiveDate;
    use hourbank::domain::billing::{Due, KeyId, billed_by_key, invoice_lines};
    use hourbank::domain::duration::Minutes;
    use hourbank::domain::invoice::{InvoiceLine, LineKind};
    use hourbank::domain::money::Money;
    use proptest::prelude::*;

    fn month_start(m: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, 1).unwrap()
    }

    fn month_end(m: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m + 1, 1).unwrap().pred_opt().unwrap()
    }

    /// What a month may bring: work (month offset back, service, its own rate of 120
    /// or 100 or none: priced by the hierarchy, minutes), lot changes (lot index, new
    /// amount in cents or removal), and a new hierarchy rate (`client set --rate`).
    #[derive(Debug, Clone)]
    enum Change {
        Work {
            back: u32,
            service: bool,
            rate: Option<bool>,
            minutes: i64,
            /// The row's hour multiplier (SPEC 15): 1, 1.5 or 2 by 0, 1, 2.
            factor: u8,
        },
        Lot {
            which: usize,
            cents: Option<i64>,
        },
        Rate {
            cents: i64,
        },
        /// A retainer month's overage (month offset back, minutes), billed at the
        /// overage rate (SPEC 15).
        Overage {
            back: u32,
            minutes: i64,
        },
        /// `client set --overage-rate`.
        OverageRate {
            cents: i64,
        },
        /// `invoice credit --all` of the latest invoice not yet void: its lines and
        /// the credit note's no longer count as billed (SPEC 12.9).
        Void,
    }

    fn change() -> impl Strategy<Value = Change> {
        prop_oneof![
            (0u32..4, any::<bool>(), proptest::option::of(any::<bool>()), 1i64..600, 0u8..3)
                .prop_map(|(back, service, rate, minutes, factor)| Change::Work {
                    back,
                    service,
                    rate,
                    minutes,
                    factor
                }),
            (0usize..6, proptest::option::of(1i64..200_000))
                .prop_map(|(which, cents)| Change::Lot { which, cents }),
            (1i64..30_000).prop_map(|cents| Change::Rate { cents }),
            (0u32..4, 1i64..600).prop_map(|(back, minutes)| Change::Overage { back, minutes }),
            (1i64..30_000).prop_map(|cents| Change::OverageRate { cents }),
            Just(Change::Void),
        ]
    }

    /// The overage key of a month.
    fn overage_key(month: u32) -> KeyId {
        KeyId {
            kind: LineKind::Overage,
            period: format!("2026-{month:02}"),
            lot: String::new(),
            service: String::new(),
            rate: None,
        }
    }

    /// A work key: of the rows' own rate (120 or 100), or of the hierarchy (`None`).
    fn work_key(month: u32, service: bool, rate: Option<bool>) -> KeyId {
        KeyId {
            kind: LineKind::Work,
            period: format!("2026-{month:02}"),
            lot: String::new(),
            service: if service { "design".into() } else { String::new() },
            rate: rate.map(|r| Money::parse(if r { "120" } else { "100" }).unwrap()),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Months of work logged late (at its own rates and priced by the hierarchy),
        /// lots changed and removed, the hierarchy rate changed, an invoice each month:
        /// afterwards the lines of each key add up to what it should bill (a hierarchy
        /// key at the rate of the invoice that first billed it), and another invoice
        /// bills nothing.
        #[test]
        fn every_key_is_billed_exactly_what_it_should_bill(
            months in proptest::collection::vec(proptest::collection::vec(change(), 0..6), 1..7),
        ) {
            // The ledger as it is now: work minutes per key, lots (date, amount).
            let mut work: BTreeMap<KeyId, i64> = BTreeMap::new();
            let mut lots: BTreeMap<usize, (u32, i64)> = BTreeMap::new();
            // Each invoice's lines, and whether a credit note voided it.
            let mut invoices: Vec<(Vec<InvoiceLine>, bool)> = Vec::new();
            let billed_lines = |invoices: &[(Vec<InvoiceLine>, bool)]| -> Vec<InvoiceLine> {
                invoices.iter().filter(|(_, void)| !void).flat_map(|(l, _)| l.clone()).collect()
            };
            let mut hierarchy = Money::parse("90").unwrap();
            let mut overage_rate = Money::parse("140").unwrap();
            // The model of "prices are those billed": the hierarchy rate when a key was
            // first billed (and by which invoice), noted as the invoices are made; a
            // voided invoice's first prices are forgotten (priced again).
            let mut first_rate: BTreeMap<KeyId, (Money, usize)> = BTreeMap::new();
            let last = months.len() as u32;
            for (i, changes) in months.iter().enumerate() {
                let month = i as u32 + 1;
                for c in changes {
                    match *c {
                        Change::Work { back, service, rate, minutes, factor } => {
                            let m = month.saturating_sub(back).max(1);
                            let charged = multiplied(minutes, factor);
                            *work.entry(work_key(m, service, rate)).or_default() += charged;
                        }
                        Change::Lot { which, cents } => match cents {
                            Some(c) => {
                                let date = lots.get(&which).map_or(month, |l| l.0);
                                lots.insert(which, (date, c));
                            }
                            None => {
                                lots.remove(&which);
                            }
                        },
                        Change::Rate { cents } => hierarchy = Money(rust_decimal::Decimal::new(cents, 2)),
                        Change::Overage { back, minutes } => {
                            let m = month.saturating_sub(back).max(1);
                            *work.entry(overage_key(m)).or_default() += minutes;
                        }
                        Change::OverageRate { cents } => {
                            overage_rate = Money(rust_decimal::Decimal::new(cents, 2));
                        }
                        Change::Void => {
                            if let Some(k) = invoices.iter().rposition(|(_, void)| !void) {
                                invoices[k].1 = true;
                                first_rate.retain(|_, (_, by)| *by != k);
                            }
                        }
                    }
                }
                let due = due_of(&work, &lots, hierarchy, overage_rate);
                let recorded = billed_lines(&invoices);
                let billed = billed_by_key(recorded.iter());
                // An invoice whose period is still void is issued again (overlapping
                // a void one is allowed).
                let lines = invoice_lines(&due, &billed, month_start(month), month_end(month), Some(month_start(1)));
                for key in work.keys().filter(|k| k.rate.is_none()) {
                    if lines.iter().any(|l| KeyId::of_line(l).as_ref() == Some(key)) {
                        let rate = if key.kind == LineKind::Overage { overage_rate } else { hierarchy };
                        first_rate.entry(key.clone()).or_insert((rate, invoices.len()));
                    }
                }
                invoices.push((lines, false));
            }
            let due = due_of(&work, &lots, hierarchy, overage_rate);
            let recorded = billed_lines(&invoices);
            let billed = billed_by_key(recorded.iter());
            for d in &due {
                let got = billed.get(&d.key).map_or(Money::default(), |b| b.amount);
                let want = match (d.key.kind, d.key.rate, first_rate.get(&d.key)) {
                    (LineKind::Work | LineKind::Overage, None, Some((rate, _))) => {
                        Money::line_amount(d.hours.unwrap(), *rate)
                    }
                    _ => d.amount,
                };
                prop_assert_eq!(got.0, want.0, "{:?}", d.key);
            }
            for (key, b) in &billed {
                if !due.iter().any(|d| &d.key == key) {
                    prop_assert!(b.amount.0.is_zero(), "{key:?} is due no more but kept {}", b.amount);
                }
            }
            let again = invoice_lines(&due, &billed, month_start(last + 1), month_end(last + 1), Some(month_start(1)));
            prop_assert!(again.is_empty(), "{again:?}");
        }
    }

    /// A row's charge: its minutes times its multiplier, rounded up to the minute
    /// (SPEC 15), in whole numbers here; checked against the rule every write path
    /// takes it from, with the client's multiplier for the service.
    fn multiplied(minutes: i64, factor: u8) -> i64 {
        let want = match factor {
            0 => minutes,
            1 => (minutes * 3 + 1) / 2,
            _ => minutes * 2,
        };
        let text = ["1", "1.5", "2"][usize::from(factor)];
        let mut client = hourbank::domain::client::Client::new(
            hourbank::domain::id::Slug::parse("acme").unwrap(),
            "Acme",
            hourbank::domain::client::ClientType::Bank,
        );
        client.multipliers.insert("emergency".into(), text.parse().unwrap());
        let settings = hourbank::domain::client::Settings::default();
        let (charged, multiplier) = hourbank::domain::rates::new_row_charge(
            Some(&client),
            "emergency",
            Minutes(minutes),
            true,
            false,
            None,
            &settings,
        );
        assert_eq!((charged.0, multiplier.to_string()), (want, text.to_string()));
        want
    }

    /// A carried month: its overdraft at the end, split into carried and billed, by a
    /// model apart from the engine (a month's 10:00 expire at its end; the next
    /// month's pay back what was carried first; after `end_month` nothing is carried).
    fn carry_model(work: &[i64], max: Option<i64>, end_month: usize) -> Vec<i64> {
        let mut carried = 0i64;
        let mut billed = Vec::new();
        for (m, &worked) in work.iter().enumerate() {
            let payback = carried.min(600);
            let mut overdraft = carried - payback;
            let left = 600 - payback;
            overdraft += (worked - left).max(0);
            let follows = m + 1 < end_month;
            let carry = if follows { overdraft.min(max.unwrap_or(i64::MAX)) } else { 0 };
            billed.push(overdraft - carry);
            carried = carry;
        }
        billed
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100))]

        /// A carried retainer (SPEC 15) with work logged late into earlier months and
        /// an invoice each month: afterwards each month's overage key has billed, in
        /// all, what the model says its month end bills, and another invoice bills
        /// nothing. The engine books the months, the billing keys bill them.
        #[test]
        fn carried_overage_is_billed_exactly_once_with_late_rows(
            months in proptest::collection::vec(
                proptest::collection::vec((0usize..3, 1i32..500), 0..4), 1..7),
            max in proptest::option::of(0i64..400),
        ) {
            use hourbank::domain::bank::{
                Account, CarryRule, Debit, RetainerPlan, SimOptions, TraceKind, simulate,
            };
            let end_month = months.len();
            let settings = hourbank::domain::client::Settings::default();
            let mut client = hourbank::domain::client::Client::new(
                hourbank::domain::id::Slug::parse("ret").unwrap(),
                "Retainer",
                hourbank::domain::client::ClientType::Retainer,
            );
            client.rate = Some(Money::parse("100").unwrap());
            let mut account = Account {
                retainer: Some(RetainerPlan {
                    monthly: Minutes(600),
                    rollover_months: 0,
                    start: month_start(1),
                    end: Some(month_end(end_month as u32)),
                    prorate: false,
                    carry: Some(CarryRule { max: max.map(Minutes) }),
                }),
                ..Account::default()
            };
            let mut worked = vec![0i64; end_month];
            let mut lines: Vec<InvoiceLine> = Vec::new();
            let mut line = 2u32;
            for (i, rows) in months.iter().enumerate() {
                let month = i as u32 + 1;
                for &(back, minutes) in rows {
                    let m = (i).saturating_sub(back);
                    worked[m] += i64::from(minutes);
                    let day = hourbank::domain::date::day_number(month_start(m as u32 + 1) + chrono::Days::new(9));
                    account.debits.push(Debit { day, minutes, project: 0, line });
                    line += 1;
                }
                let as_of = month_end(month).succ_opt().unwrap();
                let outcome = simulate(&account, SimOptions { as_of, watch_from: None, trace: true });
                let overage: Vec<(NaiveDate, Minutes)> = outcome
                    .trace
                    .iter()
                    .filter(|e| e.kind == TraceKind::Overage && e.date <= month_end(month))
                    .map(|e| (e.date, e.minutes))
                    .collect();
                let billable = hourbank::domain::invoice::Billable {
                    client: &client,
                    settings: &settings,
                    allocations: Vec::new(),
                    purchases: Vec::new(),
                    overage,
                    work: Vec::new(),
                    cancellations: Vec::new(),
                    expenses: Vec::new(),
                };
                let due = hourbank::domain::billing::due_keys(&billable);
                let billed = billed_by_key(lines.iter());
                lines.extend(invoice_lines(&due, &billed, month_start(month), month_end(month), None));
            }
            let model = carry_model(&worked, max, end_month);
            let billed = billed_by_key(lines.iter());
            for (m, &minutes) in model.iter().enumerate() {
                let got = billed.get(&overage_key(m as u32 + 1)).map_or(Money::default(), |b| b.amount);
                let want = Money::line_amount(Minutes(minutes), Money::parse("100").unwrap());
                prop_assert_eq!(got.0, want.0, "month {} of {:?}: {:?}", m + 1, worked, model);
            }
        }
    }

    fn due_of(
        work: &BTreeMap<KeyId, i64>,
        lots: &BTreeMap<usize, (u32, i64)>,
        hierarchy: Money,
        overage_rate: Money,
    ) -> Vec<Due> {
        let mut out: Vec<Due> = work
            .iter()
            .map(|(key, &minutes)| {
                let hierarchy =
                    if key.kind == LineKind::Overage { overage_rate } else { hierarchy };
                let rate = key.rate.unwrap_or(hierarchy);
                Due {
                    key: key.clone(),
                    start: hourbank::domain::date::parse_month(&key.period).unwrap(),
                    description: "Hours".into(),
                    hours: Some(Minutes(minutes)),
                    rate: Some(rate),
                    amount: Money::line_amount(Minutes(minutes), rate),
                    derived_price: false,
                    bought: None,
                }
            })
            .collect();
        for (&which, &(month, cents)) in lots {
            out.push(Due {
                key: KeyId {
                    kind: LineKind::Block,
                    period: month_start(month).to_string(),
                    lot: format!("p-{which}"),
                    service: String::new(),
                    rate: None,
                },
                start: month_start(month),
                description: "Hours bought".into(),
                hours: Some(Minutes(600)),
                rate: None,
                amount: Money::cents(rust_decimal::Decimal::new(cents, 2)),
                derived_price: false,
                bought: Some(Minutes(600)),
            });
        }
        out
    }
}

mod csv_merge {
    use std::collections::BTreeMap;

    use hourbank::store::csvmerge::merge;
    use proptest::prelude::*;

    /// What one side does to the ancestor's rows: change row i's value, remove it, or
    /// append a row of its own.
    #[derive(Debug, Clone)]
    enum Op {
        Edit(usize, u8),
        Remove(usize),
        Append(u8),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0usize..8, 0u8..4).prop_map(|(i, v)| Op::Edit(i, v)),
            (0usize..8).prop_map(Op::Remove),
            (0u8..4).prop_map(Op::Append),
        ]
    }

    /// Rows (id -> value) in order, after `ops` on `base`; appended ids carry `side`.
    fn apply(base: &[(String, u8)], ops: &[Op], side: &str) -> Vec<(String, u8)> {
        let mut rows = base.to_vec();
        for (n, op) in ops.iter().enumerate() {
            match *op {
                Op::Edit(i, v) => {
                    if let Some(row) = rows.get_mut(i) {
                        row.1 = v;
                    }
                }
                Op::Remove(i) => {
                    if i < rows.len() {
                        rows.remove(i);
                    }
                }
                Op::Append(v) => rows.push((format!("{side}{n}"), v)),
            }
        }
        rows
    }

    /// The file of `rows`; `extended`: with a `note` column the other sides lack (the
    /// driver then reads every row under the union of the headers).
    fn text(rows: &[(String, u8)], extended: bool) -> String {
        let mut out = String::from(if extended { "id,value,note\n" } else { "id,value\n" });
        for (id, v) in rows {
            out.push_str(&format!("{id},{v}{}\n", if extended { "," } else { "" }));
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Two sides edit, remove and append; the merge keeps what the three-way rules
        /// say, marks what they cannot decide, loses no row and has one header.
        #[test]
        fn the_csv_merge_follows_the_three_way_rules(
            values in proptest::collection::vec(0u8..4, 0..6),
            ours_ops in proptest::collection::vec(op(), 0..6),
            theirs_ops in proptest::collection::vec(op(), 0..6),
            extended in any::<bool>(),
        ) {
            let base: Vec<(String, u8)> = values.iter().enumerate().map(|(i, v)| (format!("b{i}"), *v)).collect();
            let ours = apply(&base, &ours_ops, "o");
            let theirs = apply(&base, &theirs_ops, "t");
            let merged = merge(&text(&base, false), &text(&ours, false), &text(&theirs, extended)).unwrap();
            // The model: per id, the ancestor's, ours' and theirs' values.
            let map = |rows: &[(String, u8)]| -> BTreeMap<String, u8> { rows.iter().cloned().collect() };
            let (b, o, t) = (map(&base), map(&ours), map(&theirs));
            let mut kept = BTreeMap::new();
            let mut conflicted = Vec::new();
            let ids: std::collections::BTreeSet<&String> = b.keys().chain(o.keys()).chain(t.keys()).collect();
            for id in ids {
                let (bv, ov, tv) = (b.get(id), o.get(id), t.get(id));
                let keep = match (bv, ov, tv) {
                    (_, Some(x), Some(y)) if x == y => Some(Some(*x)),
                    (None, x, None) | (None, None, x) => Some(x.copied()),
                    (Some(b), x, y) if x == Some(b) => Some(y.copied()),
                    (Some(b), x, y) if y == Some(b) => Some(x.copied()),
                    (_, None, None) => Some(None),
                    _ => None,
                };
                match keep {
                    Some(Some(v)) => { kept.insert(id.clone(), v); }
                    Some(None) => {}
                    None => conflicted.push(id.clone()),
                }
            }
            // Read the merge back: rows outside the markers, ids inside them (with
            // the value on each side), and the order ids come in.
            let mut got = BTreeMap::new();
            let mut marked = std::collections::BTreeSet::new();
            let mut order: Vec<String> = Vec::new();
            let mut side = "";
            let mut headers = 0;
            for line in merged.text.lines() {
                match line {
                    "<<<<<<< ours" => side = "ours",
                    "=======" => side = "theirs",
                    ">>>>>>> theirs" => side = "",
                    "id,value" | "id,value,note" => headers += 1,
                    row => {
                        let (id, v) = row.split_once(',').unwrap();
                        let v: u8 = v.trim_end_matches(',').parse().unwrap();
                        if !order.iter().any(|o| o == id) {
                            order.push(id.to_string());
                        }
                        match side {
                            "" => prop_assert!(got.insert(id.to_string(), v).is_none(), "{id} twice"),
                            "ours" => { prop_assert_eq!(o.get(id), Some(&v)); marked.insert(id.to_string()); }
                            _ => { prop_assert_eq!(t.get(id), Some(&v)); marked.insert(id.to_string()); }
                        }
                    }
                }
            }
            // Ours' order, then the rows only theirs has.
            let wanted = |id: &String| kept.contains_key(id) || conflicted.contains(id);
            let expected: Vec<String> = ours
                .iter()
                .map(|(id, _)| id.clone())
                .chain(theirs.iter().map(|(id, _)| id.clone()).filter(|id| !o.contains_key(id)))
                .filter(|id| wanted(id))
                .collect();
            prop_assert_eq!(order, expected);
            prop_assert_eq!(headers, 1);
            prop_assert_eq!(got, kept);
            prop_assert_eq!(marked.into_iter().collect::<Vec<_>>(), conflicted.clone());
            prop_assert_eq!(merged.conflicts.len(), conflicted.len());
        }
    }
}
