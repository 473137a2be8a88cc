//! The bank engine: lots, consumption by earliest expiry, overdraft, expiry, set and
//! assert, retainer allocations and overage (SPEC section 3). Pure: it sees compact
//! events and returns balances, per-lot states and, on request, a trace.

use chrono::{Datelike, Days, Months, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};

use super::date::{day_number, from_day_number, month_end, month_label, month_number};
pub use super::debits::{Debit, Debits, NO_PROJECT, ProjectIx};
use super::duration::Minutes;
use super::flex::{FlexPlan, PeriodClose};

/// Where a lot comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LotSource {
    /// Index into the ledger's purchases.
    Purchase(u32),
    /// Index into the ledger's adjustments (a positive delta or a positive `set`).
    Adjustment(u32),
    /// A retainer month's allocation.
    Allocation,
    /// A retainer's end-of-month overage booking.
    Overage,
    /// What a closed flex period credited (SPEC 8).
    Period,
    /// A flex bank's opening balance (never expires).
    Opening,
}

impl LotSource {
    /// How a statement names the booking of a lot from this source.
    fn trace_kind(self) -> TraceKind {
        match self {
            LotSource::Purchase(_) => TraceKind::Purchase,
            LotSource::Allocation => TraceKind::Allocation,
            LotSource::Adjustment(_) | LotSource::Overage => TraceKind::Adjust,
            LotSource::Period => TraceKind::Period,
            LotSource::Opening => TraceKind::Opening,
        }
    }
}

/// A credit: hours that become available on `date`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credit {
    pub date: NaiveDate,
    pub minutes: Minutes,
    pub expires: Option<NaiveDate>,
    pub project: ProjectIx,
    pub source: LotSource,
}

/// An adjustment that is not a plain credit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdjustOp {
    /// A negative delta: drawn from general lots.
    Remove(Minutes),
    /// After the day's debits the balance becomes exactly this.
    Set { target: Minutes, expires: Option<NaiveDate> },
    /// After the day's debits the balance must equal this.
    Assert(Minutes),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdjustEvent {
    pub date: NaiveDate,
    pub op: AdjustOp,
    /// Index into the ledger's adjustments.
    pub index: u32,
}

/// A retainer's monthly allocation rule (SPEC 3.8).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetainerPlan {
    pub monthly: Minutes,
    pub rollover_months: u32,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    /// A first or last partial month gets hours in proportion to its days (SPEC 9).
    pub prorate: bool,
    /// `overage = "carry"` (SPEC 15): a month's overdraft draws on the next month's
    /// allocation instead of being billed, up to `max` (no bound when `None`).
    pub carry: Option<CarryRule>,
}

/// How much of a month's overdraft a retainer carries into the next month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CarryRule {
    pub max: Option<Minutes>,
}

/// The part of the month of `date` a retainer running `start..=end` covers, as (days
/// covered, days in the month), counted inclusively; `None` for a whole month.
pub fn partial_month(
    date: NaiveDate,
    start: NaiveDate,
    end: Option<NaiveDate>,
) -> Option<(i64, i64)> {
    let first = date.with_day(1).expect("day 1 exists in every month");
    let last = month_end(date);
    let from = start.max(first);
    let to = end.map_or(last, |e| e.min(last));
    let days = (to - from).num_days() + 1;
    let in_month = (last - first).num_days() + 1;
    (days < in_month).then_some((days.max(0), in_month))
}

/// `value` x days / days in month, rounded half away from zero (to the minute).
fn prorated_minutes(monthly: Minutes, (days, in_month): (i64, i64)) -> Minutes {
    let exact = Decimal::from(monthly.0) * Decimal::from(days) / Decimal::from(in_month);
    let rounded = exact.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    Minutes(i64::try_from(rounded).unwrap_or(monthly.0))
}

impl RetainerPlan {
    /// The allocations dated on or before `through`.
    pub fn allocations(&self, through: NaiveDate) -> Vec<Credit> {
        let mut out = Vec::new();
        let mut date = self.start;
        let last = self.end.map_or(through, |e| e.min(through));
        while date <= last {
            let expires = date.checked_add_months(Months::new(self.rollover_months)).map(month_end);
            let minutes = match partial_month(date, self.start, self.end).filter(|_| self.prorate) {
                Some(part) => prorated_minutes(self.monthly, part),
                None => self.monthly,
            };
            out.push(Credit {
                date,
                minutes,
                expires,
                project: NO_PROJECT,
                source: LotSource::Allocation,
            });
            match month_end(date).succ_opt() {
                Some(next) => date = next,
                None => break,
            }
        }
        out
    }
}

/// Everything the engine needs about one holder's bank.
#[derive(Debug, Clone, Default)]
pub struct Account {
    /// Purchases and positive adjustments, in any order.
    pub credits: Vec<Credit>,
    /// Work charges in file order (sorted by day inside `simulate`, stably).
    pub debits: Debits,
    /// Negative deltas, sets and asserts, in file order.
    pub adjustments: Vec<AdjustEvent>,
    pub retainer: Option<RetainerPlan>,
    pub credit_limit: Option<Minutes>,
    /// How far period closes may take the balance (a holder's policy, SPEC 8).
    pub limits: Limits,
    /// Closed periods of a flex bank, in date order or not.
    pub closes: Vec<PeriodClose>,
    /// A flex bank's rule: its opening balance and the closes of its periods.
    pub flex: Option<FlexPlan>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdjustKind {
    Delta,
    Set,
    Assert,
}

impl AdjustKind {
    pub fn parse(text: &str) -> Option<AdjustKind> {
        match text {
            "delta" | "" => Some(AdjustKind::Delta),
            "set" => Some(AdjustKind::Set),
            "assert" => Some(AdjustKind::Assert),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            AdjustKind::Delta => "delta",
            AdjustKind::Set => "set",
            AdjustKind::Assert => "assert",
        }
    }
}

impl Account {
    /// Adds an adjustment row (SPEC 2): a positive delta is a lot, a negative one a
    /// debit of general lots, `set` and `assert` act after the day's debits; `index`
    /// names the row in outcomes. The one mapping of an adjustment to the engine.
    pub fn add_adjustment(
        &mut self,
        kind: AdjustKind,
        date: NaiveDate,
        minutes: Minutes,
        expires: Option<NaiveDate>,
        index: u32,
    ) {
        let op = match kind {
            AdjustKind::Delta if minutes.0 > 0 => {
                let source = LotSource::Adjustment(index);
                let project = NO_PROJECT;
                self.credits.push(Credit { date, minutes, expires, project, source });
                return;
            }
            AdjustKind::Delta if minutes.0 < 0 => AdjustOp::Remove(minutes),
            AdjustKind::Delta => return,
            AdjustKind::Set => AdjustOp::Set { target: minutes, expires },
            AdjustKind::Assert => AdjustOp::Assert(minutes),
        };
        self.adjustments.push(AdjustEvent { date, op, index });
    }
}

/// The floor and cap of a holder's balance for what periods book: what a negative
/// period cannot take above the floor is shortfall, what a positive one would credit
/// beyond the cap is forfeited. Manual adjustments are not limited.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limits {
    /// At most 0 (default 0).
    pub floor: Minutes,
    pub cap: Option<Minutes>,
}

/// How to run the simulation.
#[derive(Debug, Clone, Copy)]
pub struct SimOptions {
    /// Include events dated on or before this day; lots expiring on it stay open.
    pub as_of: NaiveDate,
    /// Track the lowest end-of-day balance from this day on.
    pub watch_from: Option<NaiveDate>,
    /// Record every event with the balance after it.
    pub trace: bool,
}

/// A lot and what happened to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LotState {
    pub credit: Credit,
    pub used: Minutes,
    pub expired: Minutes,
    pub remaining: Minutes,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TraceKind {
    Purchase,
    Allocation,
    Work,
    Adjust,
    Set,
    Expire,
    Overage,
    /// A retainer month's overdraft carried into the next month (changes nothing).
    Carry,
    Period,
    Opening,
}

impl TraceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TraceKind::Purchase => "purchase",
            TraceKind::Allocation => "allocation",
            TraceKind::Work => "work",
            TraceKind::Adjust => "adjust",
            TraceKind::Set => "set",
            TraceKind::Expire => "expire",
            TraceKind::Overage => "overage",
            TraceKind::Carry => "carry",
            TraceKind::Period => "period",
            TraceKind::Opening => "opening",
        }
    }
}

/// What a trace event refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TraceRef {
    /// A lot, by index into `Outcome::lots`.
    Lot(usize),
    /// A work row, by its timelog line.
    WorkLine(u32),
    /// An adjustment, by index into the ledger's adjustments.
    Adjustment(u32),
    /// A closed flex period that took hours (one that credited is a lot).
    Period,
    /// A negative opening balance (a positive one is a lot).
    Opening,
    /// A retainer month's carried overdraft, of these minutes.
    Carry(Minutes),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceEvent {
    pub date: NaiveDate,
    pub kind: TraceKind,
    pub reference: TraceRef,
    /// Signed change of the balance.
    pub minutes: Minutes,
    pub balance: Minutes,
    /// Lots drawn from (debits) with the minutes taken from each.
    pub drawn: Vec<(usize, Minutes)>,
}

impl TraceEvent {
    /// The day a report shows the event on (SPEC 12.4): an end-of-day event of day D
    /// (the expiry of a lot valid through D, a retainer month's overage, a flex
    /// period's close) on D + 1, so that the balance "as of D" is one number in every
    /// report.
    pub fn shown_date(&self) -> NaiveDate {
        match self.kind {
            TraceKind::Expire | TraceKind::Overage | TraceKind::Carry | TraceKind::Period => {
                self.date.succ_opt().unwrap_or(self.date)
            }
            _ => self.date,
        }
    }

    /// What an end-of-day event says of the day it belongs to: `valid through D`,
    /// `overage of 2026-10`.
    pub fn end_of_day_note(&self) -> Option<String> {
        match self.kind {
            TraceKind::Expire => Some(format!("valid through {}", self.date)),
            TraceKind::Overage => Some(format!("overage of {}", month_key(self.date))),
            TraceKind::Carry => {
                let carried = match self.reference {
                    TraceRef::Carry(m) => m,
                    _ => Minutes::ZERO,
                };
                let next = self.date.succ_opt().unwrap_or(self.date);
                Some(format!(
                    "{} over {} carried into {}",
                    carried.hm(),
                    month_key(self.date),
                    month_key(next)
                ))
            }
            _ => None,
        }
    }
}

/// Something that took the balance beyond the credit limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreachRef {
    WorkLine(u32),
    Adjustment(u32),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailedAssert {
    pub index: u32,
    pub expected: Minutes,
    pub actual: Minutes,
}

/// The result of a simulation as of a date.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    pub purchased: Minutes,
    pub consumed: Minutes,
    pub expired: Minutes,
    pub available: Minutes,
    /// Original hours of the lots that still hold hours.
    pub holding_original: Minutes,
    pub next_expiry: Option<NaiveDate>,
    pub next_expiry_minutes: Minutes,
    /// Charged minutes of work dated in the 90 days ending on as-of.
    pub charged_90: Minutes,
    pub lots: Vec<LotState>,
    pub breaches: Vec<BreachRef>,
    pub failed_asserts: Vec<FailedAssert>,
    /// The lowest of minus the overdraft on or after `watch_from` (what the credit
    /// limit bounds).
    pub min_watched: Option<Minutes>,
    /// What closed periods credited (paying back a negative balance included).
    pub accrued: Minutes,
    /// What closed periods took.
    pub period_used: Minutes,
    /// What positive periods could not credit above the cap.
    pub forfeited: Minutes,
    /// What negative periods could not take above the floor.
    pub shortfall: Minutes,
    /// A flex bank's opening balance, once booked.
    pub opening: Minutes,
    /// Net change by adjustments: deltas and set differences.
    pub adjusted: Minutes,
    /// What each closed period booked, in date order.
    pub periods: Vec<PeriodBooking>,
    pub trace: Vec<TraceEvent>,
}

/// What a closed flex period booked (SPEC 8).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodBooking {
    pub date: NaiveDate,
    /// What the period came to (worked - scheduled, scaled when positive).
    pub difference: Minutes,
    /// Hours added to the balance (paying back a negative balance included).
    pub credited: Minutes,
    pub taken: Minutes,
    pub forfeited: Minutes,
    pub shortfall: Minutes,
}

impl Outcome {
    /// available / original hours of the lots still holding hours x 100; 0 when
    /// nothing is left.
    pub fn percent_left(&self) -> Decimal {
        if self.available.0 <= 0 || self.holding_original.0 <= 0 {
            return Decimal::new(0, 2);
        }
        let mut p = (Decimal::from(self.available.0) * Decimal::from(100)
            / Decimal::from(self.holding_original.0))
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        p.rescale(2);
        p
    }

    /// The day `available` reaches zero at the 90-day average (SPEC 3.6).
    pub fn runs_out(&self, as_of: NaiveDate) -> Option<NaiveDate> {
        if self.available.0 <= 0 || self.charged_90.0 <= 0 {
            return None;
        }
        // Both are positive here: ceil(a / b) = (a + b - 1) / b.
        let (a, b) = (i128::from(self.available.0) * 90, i128::from(self.charged_90.0));
        let days = (a + b - 1) / b;
        as_of.checked_add_days(Days::new(u64::try_from(days).ok()?))
    }
}

const NEVER: i32 = i32::MAX;

struct Sim<'a> {
    opts: SimOptions,
    lots: Vec<LotState>,
    /// Lots with hours left, by (expiry, date, order): the order debits take them in.
    open: Vec<usize>,
    overdraft: i64,
    purchased: i64,
    consumed: i64,
    expired: i64,
    retainer: bool,
    /// A retainer's carry rule and last day (SPEC 15), and the month end whose
    /// overdraft was last carried (booked once).
    carry: Option<CarryRule>,
    retainer_end: Option<NaiveDate>,
    carried_on: Option<NaiveDate>,
    /// The last day of a retainer's first month: forced work before its start draws
    /// on the first allocation, and what is beyond it is that month's overage (SPEC 9).
    first_month_end: Option<NaiveDate>,
    credit_limit: Option<Minutes>,
    beyond_limit: bool,
    /// The day number of the last day booked, if any (a day is a number until an
    /// event needs its date: most days only take work).
    last_day: Option<i32>,
    limits: Limits,
    /// Period closes in date order, and the next one to book.
    closes: Vec<PeriodClose>,
    next_close: usize,
    out: &'a mut Outcome,
    drawn: Vec<(usize, Minutes)>,
}

/// Runs the bank of `account` up to `opts.as_of` (SPEC 3, points 1-9).
pub fn simulate(account: &Account, opts: SimOptions) -> Outcome {
    let Events { credits, closes, debit_opening } = events(account, opts.as_of);

    // Work rows are usually in date order already; sort (stably, keeping file order
    // within a day) only a copy of a client's rows that are not.
    let sorted: Option<Vec<Debit>> = (!account.debits.is_sorted_by_day()).then(|| {
        let mut sorted: Vec<Debit> = account.debits.iter().collect();
        sorted.sort_by_key(|d| d.day);
        sorted
    });
    match sorted {
        Some(list) => run(account, opts, credits, closes, debit_opening, list.into_iter()),
        None => run(account, opts, credits, closes, debit_opening, account.debits.iter()),
    }
}

/// Books the events of `account` and its `debits` in day order.
fn run(
    account: &Account,
    opts: SimOptions,
    credits: Vec<Credit>,
    closes: Vec<PeriodClose>,
    mut debit_opening: Option<(NaiveDate, Minutes)>,
    mut debits: impl Iterator<Item = Debit>,
) -> Outcome {
    // The next charge, held by hand: a `Peekable` kept it on the stack, where reading
    // it back whole waited on the separate stores that wrote it.
    let mut next = debits.next();
    let mut adjustments: Vec<&AdjustEvent> = account.adjustments.iter().collect();
    // Negative deltas come before set and assert within a day; stable sort keeps
    // file order inside each group.
    adjustments.sort_by_key(|a| (a.date, !matches!(a.op, AdjustOp::Remove(_))));

    let mut out = Outcome::default();
    let mut sim = Sim {
        opts,
        lots: Vec::with_capacity(credits.len()),
        open: Vec::new(),
        overdraft: 0,
        purchased: 0,
        consumed: 0,
        expired: 0,
        retainer: account.retainer.is_some(),
        carry: account.retainer.as_ref().and_then(|plan| plan.carry),
        retainer_end: account.retainer.as_ref().and_then(|plan| plan.end),
        carried_on: None,
        first_month_end: account.retainer.as_ref().map(|plan| month_end(plan.start)),
        credit_limit: account.credit_limit,
        beyond_limit: false,
        last_day: None,
        limits: account.limits,
        closes,
        next_close: 0,
        out: &mut out,
        drawn: Vec::new(),
    };
    let as_of_day = day_number(opts.as_of);
    let watch_day = opts.watch_from.map(day_number);
    // Day numbers of the events, so the next day is a minimum of integers.
    let credit_days: Vec<i32> = credits.iter().map(|c| day_number(c.date)).collect();
    let adjust_days: Vec<i32> = adjustments.iter().map(|a| day_number(a.date)).collect();
    let (mut ci, mut ai) = (0, 0);
    loop {
        let at = |days: &[i32], i: usize| days.get(i).copied().unwrap_or(NEVER);
        let day = at(&credit_days, ci)
            .min(next.map_or(NEVER, |d| d.day))
            .min(at(&adjust_days, ai))
            .min(debit_opening.map_or(NEVER, |(d, _)| day_number(d)));
        if day == NEVER || day > as_of_day {
            break;
        }
        sim.end_days_before(day);
        while credit_days.get(ci) == Some(&day) {
            let c = &credits[ci];
            if c.source == LotSource::Opening {
                sim.out.opening = c.minutes;
            }
            sim.credit(c.clone(), c.source.trace_kind());
            ci += 1;
        }
        if let Some((date, minutes)) = debit_opening.filter(|&(d, _)| day_number(d) == day) {
            sim.open_below_zero(date, minutes);
            debit_opening = None;
        }
        while let Some(d) = next.filter(|d| d.day == day) {
            sim.work(&d, as_of_day);
            next = debits.next();
        }
        while adjust_days.get(ai) == Some(&day) {
            sim.adjust(adjustments[ai]);
            ai += 1;
        }
        sim.last_day = Some(day);
        if watch_day.is_some_and(|w| day >= w) {
            sim.watch();
        }
    }
    sim.end_days_before(as_of_day);
    if opts.watch_from.is_some_and(|w| w <= opts.as_of) {
        sim.watch();
    }
    sim.finish();
    out
}

/// What an account books through `as_of` besides its work and adjustments.
struct Events {
    /// Its credits in booking order: purchases, a retainer's allocations, a flex
    /// bank's opening balance.
    credits: Vec<Credit>,
    /// Its period closes in date order.
    closes: Vec<PeriodClose>,
    /// A flex bank's opening balance below zero, booked as a debit on its start.
    debit_opening: Option<(NaiveDate, Minutes)>,
}

fn events(account: &Account, as_of: NaiveDate) -> Events {
    let mut credits: Vec<Credit> = Vec::with_capacity(account.credits.len());
    if let Some(plan) = &account.retainer {
        credits.extend(plan.allocations(as_of));
    }
    credits.extend(account.credits.iter().filter(|c| c.date <= as_of).cloned());
    let mut closes = account.closes.clone();
    let mut debit_opening = None;
    if let Some(plan) = &account.flex {
        closes.extend(plan.closes(as_of));
        if plan.opening.0 > 0 && plan.start <= as_of {
            let (date, minutes, expires) = (plan.start, plan.opening, None);
            let (project, source) = (NO_PROJECT, LotSource::Opening);
            credits.push(Credit { date, minutes, expires, project, source });
        } else if plan.opening.0 < 0 {
            debit_opening = Some((plan.start, plan.opening));
        }
    }
    closes.sort_by_key(|c| c.date);
    credits.sort_by_key(|c| (c.date, credit_class(c.source)));
    Events { credits, closes, debit_opening }
}

fn credit_class(source: LotSource) -> u8 {
    match source {
        LotSource::Allocation => 0,
        LotSource::Purchase(_) => 1,
        LotSource::Adjustment(_) | LotSource::Overage | LotSource::Period | LotSource::Opening => 2,
    }
}

impl Sim<'_> {
    fn available(&self) -> i64 {
        self.purchased - self.consumed - self.expired
    }

    fn priority(&self, lot: usize) -> (i32, NaiveDate, usize) {
        let c = &self.lots[lot].credit;
        (c.expires.map_or(NEVER, day_number), c.date, lot)
    }

    /// Adds a lot; `kind` is what the trace calls it.
    fn credit(&mut self, credit: Credit, kind: TraceKind) {
        let minutes = credit.minutes.0;
        if matches!(credit.source, LotSource::Adjustment(_)) {
            self.out.adjusted.0 += minutes;
        }
        let payback = minutes.min(self.overdraft).max(0);
        self.overdraft -= payback;
        self.purchased += minutes;
        let lot = self.lots.len();
        let date = credit.date;
        self.lots.push(LotState {
            credit,
            used: Minutes(payback),
            expired: Minutes::ZERO,
            remaining: Minutes(minutes - payback),
        });
        if minutes - payback > 0 {
            let key = self.priority(lot);
            let at = self.open.partition_point(|&o| self.priority(o) < key);
            self.open.insert(at, lot);
        }
        self.record(date, kind, TraceRef::Lot(lot), Minutes(minutes));
    }

    /// Takes `minutes` from the lots of `project` first, then from general lots;
    /// what they cannot cover becomes overdraft.
    fn take(&mut self, minutes: i64, project: ProjectIx) {
        self.drawn.clear();
        let mut left = minutes;
        let mut emptied = false;
        // The project's own lots first, then the general ones (two calls, not a loop
        // over a two-item array: the array lived on the stack and was read back each
        // charge).
        if project != NO_PROJECT {
            self.draw(&mut left, &mut emptied, project);
        }
        self.draw(&mut left, &mut emptied, NO_PROJECT);
        if emptied {
            self.open.retain(|&lot| self.lots[lot].remaining.0 > 0);
        }
        self.overdraft += left;
        self.consumed += minutes;
    }

    /// Draws up to `left` minutes from the open lots of `project`, earliest expiry first.
    #[inline]
    fn draw(&mut self, left: &mut i64, emptied: &mut bool, project: ProjectIx) {
        if *left == 0 {
            return;
        }
        for &lot in &self.open {
            let state = &mut self.lots[lot];
            if state.credit.project != project || state.remaining.0 == 0 {
                continue;
            }
            let taken = (*left).min(state.remaining.0);
            state.remaining.0 -= taken;
            state.used.0 += taken;
            *left -= taken;
            *emptied |= state.remaining.0 == 0;
            if self.opts.trace {
                self.drawn.push((lot, Minutes(taken)));
            }
            if *left == 0 {
                break;
            }
        }
    }

    fn work(&mut self, debit: &Debit, as_of_day: i32) {
        let minutes = i64::from(debit.minutes);
        if minutes > 0 {
            self.take(minutes, debit.project);
        } else {
            self.drawn.clear();
        }
        if debit.day > as_of_day - 90 {
            self.out.charged_90.0 += minutes;
        }
        self.check_limit(BreachRef::WorkLine(debit.line));
        if self.opts.trace {
            let (date, line) = (from_day_number(debit.day), debit.line);
            self.record(date, TraceKind::Work, TraceRef::WorkLine(line), Minutes(-minutes));
        }
    }

    fn adjust(&mut self, event: &AdjustEvent) {
        let reference = TraceRef::Adjustment(event.index);
        match &event.op {
            AdjustOp::Remove(m) => {
                let minutes = m.0.abs();
                self.out.adjusted.0 -= minutes;
                self.take(minutes, NO_PROJECT);
                self.check_limit(BreachRef::Adjustment(event.index));
                self.record(event.date, TraceKind::Adjust, reference, Minutes(-minutes));
            }
            AdjustOp::Set { target, expires } => {
                let diff = target.0 - self.available();
                if diff > 0 {
                    let credit = Credit {
                        date: event.date,
                        minutes: Minutes(diff),
                        expires: *expires,
                        project: NO_PROJECT,
                        source: LotSource::Adjustment(event.index),
                    };
                    self.credit(credit, TraceKind::Set);
                } else {
                    if diff < 0 {
                        self.out.adjusted.0 += diff;
                        self.take(-diff, NO_PROJECT);
                        self.check_limit(BreachRef::Adjustment(event.index));
                    } else {
                        self.drawn.clear();
                    }
                    self.record(event.date, TraceKind::Set, reference, Minutes(diff));
                }
            }
            AdjustOp::Assert(expected) => {
                let actual = self.available();
                if actual != expected.0 {
                    self.out.failed_asserts.push(FailedAssert {
                        index: event.index,
                        expected: *expected,
                        actual: Minutes(actual),
                    });
                }
            }
        }
    }

    /// The credit limit bounds the overdraft (SPEC 12.4): what no lot a row may draw
    /// on covers. Hours in a project's lots make no room for general work.
    fn check_limit(&mut self, by: BreachRef) {
        let Some(limit) = self.credit_limit else {
            return;
        };
        if self.overdraft > limit.0 {
            if !self.beyond_limit {
                self.out.breaches.push(by);
            }
            self.beyond_limit = true;
        } else {
            self.beyond_limit = false;
        }
    }

    fn watch(&mut self) {
        let uncovered = Minutes(-self.overdraft);
        self.out.min_watched = Some(self.out.min_watched.map_or(uncovered, |m| m.min(uncovered)));
    }

    /// Runs the end of every day before day number `until`: period closes, expiries,
    /// then a retainer's overage on a month's last day.
    fn end_days_before(&mut self, until: i32) {
        loop {
            let next_expiry = self.open.first().and_then(|&lot| self.lots[lot].credit.expires);
            // Only an overdrawn retainer's next overage needs the last day as a date.
            let next_overage = (self.retainer && self.overdraft > 0)
                .then(|| self.last_day.map(|d| month_end(from_day_number(d))))
                .flatten()
                .map(|end| self.first_month_end.map_or(end, |first| end.max(first)))
                .filter(|&end| self.carried_on != Some(end));
            let next_close = self.closes.get(self.next_close).map(|c| c.date);
            let Some(day) = [next_expiry, next_overage, next_close].into_iter().flatten().min()
            else {
                return;
            };
            if day_number(day) >= until {
                return;
            }
            while let Some(close) = self.closes.get(self.next_close).filter(|c| c.date == day) {
                let close = *close;
                self.close_period(close);
                self.next_close += 1;
            }
            self.expire_on(day);
            if next_overage == Some(day) {
                self.overage(day);
            }
            if self.last_day.is_none_or(|d| d < day_number(day)) {
                self.last_day = Some(day_number(day));
            }
        }
    }

    fn expire_on(&mut self, day: NaiveDate) {
        while let Some(&lot) = self.open.first() {
            if self.lots[lot].credit.expires != Some(day) {
                break;
            }
            self.open.remove(0);
            let state = &mut self.lots[lot];
            let minutes = state.remaining.0;
            state.expired = Minutes(minutes);
            state.remaining = Minutes::ZERO;
            self.expired += minutes;
            self.drawn.clear();
            self.record(day, TraceKind::Expire, TraceRef::Lot(lot), Minutes(-minutes));
        }
    }

    /// Books a closed period within the holder's floor and cap (SPEC 8); every close
    /// leaves one trace event (a credit, a taking, or 0:00).
    fn close_period(&mut self, close: PeriodClose) {
        let before = (self.available(), self.out.forfeited, self.out.shortfall);
        self.book_period(close);
        let change = self.available() - before.0;
        self.out.periods.push(PeriodBooking {
            date: close.date,
            difference: close.difference,
            credited: Minutes(change.max(0)),
            taken: Minutes((-change).max(0)),
            forfeited: Minutes(self.out.forfeited.0 - before.1.0),
            shortfall: Minutes(self.out.shortfall.0 - before.2.0),
        });
    }

    fn book_period(&mut self, close: PeriodClose) {
        let difference = close.difference.0;
        if difference > 0 {
            let payback = difference.min(self.overdraft).max(0);
            let balance = self.available() + payback;
            let room = self.limits.cap.map_or(i64::MAX, |cap| (cap.0 - balance).max(0));
            let lot = (difference - payback).min(room);
            self.out.forfeited.0 += difference - payback - lot;
            self.out.accrued.0 += payback + lot;
            if payback + lot > 0 {
                let credit = Credit {
                    date: close.date,
                    minutes: Minutes(payback + lot),
                    expires: close.expires,
                    project: NO_PROJECT,
                    source: LotSource::Period,
                };
                self.credit(credit, TraceKind::Period);
            } else {
                // Wholly forfeited at the cap: the period still has its statement row.
                self.drawn.clear();
                self.record(close.date, TraceKind::Period, TraceRef::Period, Minutes::ZERO);
            }
        } else if difference < 0 {
            let room = (self.available() - self.limits.floor.0).max(0);
            let taken = (-difference).min(room);
            self.out.shortfall.0 += -difference - taken;
            self.out.period_used.0 += taken;
            self.take(taken, NO_PROJECT);
            self.record(close.date, TraceKind::Period, TraceRef::Period, Minutes(-taken));
        } else {
            self.drawn.clear();
            self.record(close.date, TraceKind::Period, TraceRef::Period, Minutes::ZERO);
        }
    }

    /// Books a negative opening balance: the bank starts below zero.
    fn open_below_zero(&mut self, date: NaiveDate, minutes: Minutes) {
        self.out.opening = minutes;
        self.take(-minutes.0, NO_PROJECT);
        self.record(date, TraceKind::Opening, TraceRef::Opening, minutes);
    }

    /// Books a retainer month's overdraft at its end: carried into the next month up to
    /// the carry rule's bound while a next month's allocation follows (SPEC 15), the
    /// rest billed as the month's overage.
    fn overage(&mut self, day: NaiveDate) {
        let next_month = self.retainer_end.is_none_or(|end| end > day);
        let carried = match self.carry {
            Some(rule) if next_month => {
                self.overdraft.min(rule.max.map_or(i64::MAX, |m| m.0.max(0)))
            }
            _ => 0,
        };
        let minutes = self.overdraft - carried;
        if minutes > 0 {
            let credit = Credit {
                date: day,
                minutes: Minutes(minutes),
                expires: Some(day),
                project: NO_PROJECT,
                source: LotSource::Overage,
            };
            self.credit(credit, TraceKind::Overage);
        }
        if carried > 0 {
            self.carried_on = Some(day);
            self.drawn.clear();
            let reference = TraceRef::Carry(Minutes(carried));
            self.record(day, TraceKind::Carry, reference, Minutes::ZERO);
        }
    }

    fn record(&mut self, date: NaiveDate, kind: TraceKind, reference: TraceRef, minutes: Minutes) {
        if !self.opts.trace {
            return;
        }
        let balance = Minutes(self.available());
        self.out.trace.push(TraceEvent {
            date,
            kind,
            reference,
            minutes,
            balance,
            drawn: std::mem::take(&mut self.drawn),
        });
    }

    fn finish(&mut self) {
        let available = Minutes(self.available());
        let out = &mut *self.out;
        out.purchased = Minutes(self.purchased);
        out.consumed = Minutes(self.consumed);
        out.expired = Minutes(self.expired);
        out.available = available;
        for &lot in &self.open {
            let state = &self.lots[lot];
            out.holding_original.0 += state.credit.minutes.0;
            if let Some(exp) = state.credit.expires {
                match out.next_expiry {
                    None => {
                        out.next_expiry = Some(exp);
                        out.next_expiry_minutes = state.remaining;
                    }
                    Some(first) if first == exp => out.next_expiry_minutes.0 += state.remaining.0,
                    Some(_) => {}
                }
            }
        }
        out.lots = std::mem::take(&mut self.lots);
    }
}

/// How far below zero new debits would take a balance that has a credit limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LimitBreach {
    /// The lowest end-of-day balance on or after the first new debit.
    pub lowest: Minutes,
    pub limit: Minutes,
}

/// The credit-limit rule of SPEC 3: `debits` added to `account` may not take its
/// balance, on their day or any later day up to `horizon`, below minus its credit
/// limit. `None` when they may (or the account has no limit).
pub fn limit_breach(
    account: &Account,
    debits: &[Debit],
    horizon: NaiveDate,
) -> Option<LimitBreach> {
    let limit = account.credit_limit?;
    let first = debits.iter().map(|d| d.day).min()?;
    let mut with = account.clone();
    with.debits.extend(debits);
    let opts =
        SimOptions { as_of: horizon, watch_from: Some(from_day_number(first)), trace: false };
    let lowest = simulate(&with, opts).min_watched?;
    (lowest.0 < -limit.0).then_some(LimitBreach { lowest, limit })
}

/// The month a date is in, as `YYYY-MM`.
pub fn month_key(date: NaiveDate) -> String {
    month_label(month_number(date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::parse_date;

    fn d(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    fn lot(date: &str, hours: i64, expires: Option<&str>, project: ProjectIx, i: u32) -> Credit {
        Credit {
            date: d(date),
            minutes: Minutes(hours * 60),
            expires: expires.map(d),
            project,
            source: LotSource::Purchase(i),
        }
    }

    fn work(date: &str, minutes: i32, project: ProjectIx, line: u32) -> Debit {
        Debit { day: day_number(d(date)), minutes, project, line }
    }

    fn run(account: &Account, as_of: &str) -> Outcome {
        simulate(account, SimOptions { as_of: d(as_of), watch_from: None, trace: true })
    }

    #[test]
    fn earliest_expiry_first_and_expiry_at_end_of_day() {
        let account = Account {
            credits: vec![
                lot("2026-01-01", 10, None, 0, 0),
                lot("2026-01-02", 5, Some("2026-02-01"), 0, 1),
            ],
            debits: vec![work("2026-01-10", 120, 0, 2)].into(),
            ..Account::default()
        };
        let o = run(&account, "2026-02-01");
        assert_eq!(o.lots[1].used, Minutes(120));
        assert_eq!(o.lots[0].used, Minutes(0));
        assert_eq!(o.available, Minutes(13 * 60));
        assert_eq!(o.next_expiry, Some(d("2026-02-01")));
        assert_eq!(o.next_expiry_minutes, Minutes(180));
        let o = run(&account, "2026-02-02");
        assert_eq!(o.expired, Minutes(180));
        assert_eq!(o.available, Minutes(600));
        assert_eq!(o.purchased.0, o.consumed.0 + o.expired.0 + o.available.0);
    }

    #[test]
    fn project_lots_first_then_general_and_overdraft_paid_back() {
        let account = Account {
            credits: vec![
                lot("2026-01-01", 1, None, 0, 0),
                lot("2026-01-01", 1, None, 7, 1),
                lot("2026-03-01", 10, None, 0, 2),
            ],
            debits: vec![work("2026-01-05", 150, 7, 2), work("2026-01-06", 30, 0, 3)].into(),
            ..Account::default()
        };
        let o = run(&account, "2026-02-01");
        assert_eq!(o.lots[1].used, Minutes(60));
        assert_eq!(o.lots[0].used, Minutes(60));
        assert_eq!(o.available, Minutes(-60));
        let o = run(&account, "2026-03-01");
        assert_eq!(o.lots[2].used, Minutes(60));
        assert_eq!(o.lots[2].remaining, Minutes(540));
        assert_eq!(o.available, Minutes(540));
    }

    #[test]
    fn set_and_assert_after_the_days_debits() {
        let account = Account {
            credits: vec![lot("2026-01-01", 10, None, 0, 0)],
            debits: vec![work("2026-01-05", 60, 0, 2)].into(),
            adjustments: vec![
                AdjustEvent { date: d("2026-01-05"), op: AdjustOp::Assert(Minutes(540)), index: 0 },
                AdjustEvent {
                    date: d("2026-01-05"),
                    op: AdjustOp::Set { target: Minutes(120), expires: None },
                    index: 1,
                },
                AdjustEvent { date: d("2026-01-05"), op: AdjustOp::Assert(Minutes(600)), index: 2 },
            ],
            ..Account::default()
        };
        let o = run(&account, "2026-01-06");
        assert_eq!(o.available, Minutes(120));
        assert_eq!(o.failed_asserts.len(), 1);
        assert_eq!(o.failed_asserts[0].index, 2);
        assert_eq!(o.failed_asserts[0].actual, Minutes(120));
    }

    #[test]
    fn work_before_a_retainers_start_draws_on_its_first_month() {
        let account = Account {
            retainer: Some(RetainerPlan {
                monthly: Minutes(600),
                rollover_months: 0,
                start: d("2026-03-01"),
                end: None,
                prorate: false,
                carry: None,
            }),
            // Forced work in February: 4:00, then 8:00 in March.
            debits: vec![work("2026-02-20", 240, 0, 2), work("2026-03-10", 480, 0, 3)].into(),
            ..Account::default()
        };
        let o = simulate(
            &account,
            SimOptions { as_of: d("2026-04-01"), watch_from: None, trace: true },
        );
        let overage: Vec<(NaiveDate, i64)> = o
            .trace
            .iter()
            .filter(|e| e.kind == TraceKind::Overage)
            .map(|e| (e.date, e.minutes.0))
            .collect();
        // 12:00 against March's 10:00: 2:00 overage at the end of March, none in February.
        assert_eq!(overage, [(d("2026-03-31"), 120)]);
        assert_eq!(o.available, Minutes(600), "April's allocation");
    }

    #[test]
    fn retainer_rolls_over_and_books_overage() {
        let account = Account {
            retainer: Some(RetainerPlan {
                monthly: Minutes(600),
                rollover_months: 1,
                start: d("2026-01-01"),
                end: None,
                prorate: false,
                carry: None,
            }),
            debits: vec![work("2026-01-10", 300, 0, 2), work("2026-02-10", 1200, 0, 3)].into(),
            ..Account::default()
        };
        // Feb: 300 left from Jan + 600 = 900; 1200 worked -> 300 overage at Feb end.
        let o = run(&account, "2026-03-01");
        assert_eq!(o.available, Minutes(600));
        assert!(o.trace.iter().any(|e| e.kind == TraceKind::Overage && e.minutes == Minutes(300)));
        assert_eq!(o.purchased.0, o.consumed.0 + o.expired.0 + o.available.0);
    }

    fn carrying(max: Option<i64>, end: Option<&str>) -> Account {
        Account {
            retainer: Some(RetainerPlan {
                monthly: Minutes(600),
                rollover_months: 0,
                start: d("2026-01-01"),
                end: end.map(d),
                prorate: false,
                carry: Some(CarryRule { max: max.map(Minutes) }),
            }),
            // January: 13:00 against 10:00; February: 2:00; March: 12:00.
            debits: vec![
                work("2026-01-10", 780, 0, 2),
                work("2026-02-10", 120, 0, 3),
                work("2026-03-10", 720, 0, 4),
            ]
            .into(),
            ..Account::default()
        }
    }

    fn bookings(o: &Outcome, kind: TraceKind) -> Vec<(NaiveDate, i64)> {
        o.trace
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| match e.reference {
                TraceRef::Carry(m) => (e.date, m.0),
                _ => (e.date, e.minutes.0),
            })
            .collect()
    }

    #[test]
    fn carry_draws_a_months_overdraft_from_the_next_allocation() {
        let o = run(&carrying(None, None), "2026-04-01");
        // January's 3:00 comes out of February's 10:00 (7:00 left, 2:00 worked: 5:00
        // expire at its end); March's 2:00 out of April's.
        assert_eq!(
            bookings(&o, TraceKind::Carry),
            [(d("2026-01-31"), 180), (d("2026-03-31"), 120)]
        );
        assert!(bookings(&o, TraceKind::Overage).is_empty());
        assert_eq!(o.available, Minutes(480));
        assert_eq!(o.expired, Minutes(300));
        assert_eq!(o.purchased.0, o.consumed.0 + o.expired.0 + o.available.0);
        // As of the last day of January the balance is the carried overdraft.
        assert_eq!(run(&carrying(None, None), "2026-01-31").available, Minutes(-180));
    }

    #[test]
    fn carry_beyond_its_bound_and_after_the_end_is_billed() {
        // At most 1:00 carried: January bills 2:00, March bills 1:00 beyond it.
        let o = run(&carrying(Some(60), None), "2026-04-01");
        assert_eq!(bookings(&o, TraceKind::Carry), [(d("2026-01-31"), 60), (d("2026-03-31"), 60)]);
        assert_eq!(
            bookings(&o, TraceKind::Overage),
            [(d("2026-01-31"), 120), (d("2026-03-31"), 60)]
        );
        // A retainer that ends with March has no April to carry into: all 2:00 billed.
        let o = run(&carrying(None, Some("2026-03-31")), "2026-04-01");
        assert_eq!(bookings(&o, TraceKind::Carry), [(d("2026-01-31"), 180)]);
        assert_eq!(bookings(&o, TraceKind::Overage), [(d("2026-03-31"), 120)]);
        assert_eq!(o.available, Minutes::ZERO);
    }

    #[test]
    fn runs_out_and_percent_left() {
        let account = Account {
            credits: vec![lot("2026-01-01", 10, None, 0, 0)],
            debits: vec![work("2026-03-01", 90 * 6, 0, 2)].into(),
            ..Account::default()
        };
        let o = run(&account, "2026-03-01");
        // 60 minutes left, 6 minutes a day -> 10 days.
        assert_eq!(o.runs_out(d("2026-03-01")), Some(d("2026-03-11")));
        assert_eq!(o.percent_left().to_string(), "10.00");
    }

    #[test]
    fn breach_beyond_credit_limit() {
        let account = Account {
            credits: vec![lot("2026-01-01", 1, None, 0, 0)],
            debits: vec![work("2026-01-02", 90, 0, 5), work("2026-01-03", 90, 0, 6)].into(),
            credit_limit: Some(Minutes(60)),
            ..Account::default()
        };
        let o = run(&account, "2026-02-01");
        assert_eq!(o.breaches, vec![BreachRef::WorkLine(6)]);
    }
}
