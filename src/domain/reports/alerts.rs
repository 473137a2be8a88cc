//! The alerts that hold on a day (what `notify-check` delivers and `client show`
//! lists): low balance, expiring hours, overdraft and running out per client, overdue
//! invoices, and the flex banks' over and under.

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::alerts::{Alert, AlertKind, alerts_for, flex_alerts};
use crate::domain::bank::SimOptions;
use crate::domain::client::{ClientType, Status};
use crate::domain::duration::Minutes;
use crate::domain::invoice::LineKind;
use crate::domain::ledger::{Ledger, lot_name};
use crate::domain::timer::elapsed;
use crate::domain::topup;

/// Every alert that holds as of `as_of` for the active clients, in client order, and
/// for the flex banks.
pub fn due_alerts(ledger: &Ledger, as_of: NaiveDate) -> Vec<Alert> {
    let mut alerts = client_alerts(ledger, as_of);
    alerts.extend(super::budgets::budget_alerts(ledger, as_of));
    alerts.extend(topup_alerts(ledger, as_of));
    alerts.extend(flex_alerts_as_of(ledger, as_of));
    alerts
}

/// The alerts of the clients alone (no flex bank is simulated: a ledger loaded without
/// the banks' plans answers it).
pub fn client_alerts(ledger: &Ledger, as_of: NaiveDate) -> Vec<Alert> {
    let wanted = |i: usize| {
        let c = &ledger.clients[i];
        c.status == Status::Active && c.kind != ClientType::Payg
    };
    let opts = SimOptions { as_of, watch_from: None, trace: false };
    let outcomes = ledger.simulate_all(opts, wanted);
    ledger
        .clients
        .iter()
        .zip(outcomes)
        .filter_map(|(client, outcome)| outcome.map(|o| (client, o)))
        .flat_map(|(client, outcome)| {
            let name = |lot: usize| lot_name(ledger, &outcome.lots[lot]);
            alerts_for(client, &ledger.settings, &outcome, as_of, &name)
        })
        .chain(overdue_alerts(ledger, as_of))
        .collect()
}

/// `overdue` alerts (SPEC 10): an invoice unpaid on the day after its due date
/// (threshold 0), and again when it blocks new work (threshold `block_after_days`);
/// a run past both sends only the blocking one. Addressed to whom it is billed to.
fn overdue_alerts(ledger: &Ledger, as_of: NaiveDate) -> Vec<Alert> {
    let mut out = Vec::new();
    // Only an invoice that asks for money is dunned: never one credited, refunded or
    // void (SPEC 12.3).
    for (invoice, standing) in ledger.invoices.iter().zip(ledger.standings(as_of)) {
        if standing.status != crate::domain::invoice::InvoiceStatus::Overdue {
            continue;
        }
        let blocking = ledger
            .block_after_days(invoice)
            .filter(|&d| (as_of - invoice.due).num_days() > i64::from(d));
        let outstanding = standing.outstanding;
        // The days actually overdue (SPEC 12.4); the threshold is its own field.
        let unpaid = format!(
            "invoice {} ({outstanding} {} outstanding) is {}",
            invoice.number,
            invoice.currency,
            crate::domain::invoice::unpaid_since(invoice.due, as_of)
        );
        let (threshold, message) = match blocking {
            Some(d) => (d.to_string(), format!("{unpaid}: new work is blocked")),
            None => ("0".to_string(), unpaid),
        };
        out.push(Alert {
            client: invoice.billed_to().to_string(),
            bank: String::new(),
            unit: "days",
            kind: AlertKind::Overdue,
            threshold,
            lot: String::new(),
            episode: invoice.number.clone(),
            date: as_of,
            message,
            words: None,
        });
    }
    out
}

/// The flex alerts of every person's banks, sorted by person then bank.
fn flex_alerts_as_of(ledger: &Ledger, as_of: NaiveDate) -> Vec<Alert> {
    let opts = SimOptions { as_of, watch_from: None, trace: false };
    let outcomes = ledger.simulate_banks(opts, |_| true);
    let people = ledger.people.as_deref().unwrap_or_default();
    let mut banks: Vec<_> = ledger.banks.iter().zip(outcomes).collect();
    banks.sort_by(|(a, _), (b, _)| {
        (&people[a.person as usize].id, &a.name).cmp(&(&people[b.person as usize].id, &b.name))
    });
    banks
        .into_iter()
        .filter_map(|(bank, outcome)| Some((bank, outcome?)))
        .flat_map(|(bank, outcome)| {
            flex_alerts(&people[bank.person as usize], bank, &outcome, as_of)
        })
        .collect()
}

/// `timer` alerts (SPEC 13): a running timer (one no row has logged) that has run
/// longer than `[alerts] timer_hours` by `now`; to the office and the person, once per
/// timer.
pub fn timer_alerts(
    ledger: &Ledger,
    logged: &rustc_hash::FxHashSet<String>,
    now: NaiveDateTime,
) -> Vec<Alert> {
    let limit = ledger.settings.alerts.timer_hours;
    let mut out = Vec::new();
    for t in ledger.timers.iter().filter(|t| !logged.contains(&t.id)) {
        let ran = elapsed(t.started, now);
        if ran.0 <= limit.0 {
            continue;
        }
        let since = t.started.format("%Y-%m-%d %H:%M");
        let name = ledger
            .client_ix(&t.client)
            .map_or(t.client.as_str(), |ix| ledger.clients[ix as usize].name.as_str());
        out.push(Alert {
            client: t.person.clone(),
            bank: String::new(),
            unit: AlertKind::Timer.unit(),
            kind: AlertKind::Timer,
            threshold: limit.hours_text(),
            lot: String::new(),
            episode: t.id.clone(),
            date: now.date(),
            message: format!(
                "the timer for {} has run {} since {since}, more than {} h: stop it (`hourbank stop --at HH:MM` if the work ended earlier)",
                t.client,
                ran.hm(),
                limit.hm()
            ),
            words: Some(format!(
                "the timer you started for {name} on {since} has run {}: stop it if the work has ended",
                ran.hm()
            )),
        });
    }
    out
}

/// Each client's last top-up (SPEC 15): its purchase (an index into the ledger's
/// purchases) made by `notify-check`, whatever its date (a run as of an earlier day
/// buys nothing while a later top-up exists); one pass over the purchases.
pub fn last_topups(ledger: &Ledger) -> Vec<Option<u32>> {
    let mut out: Vec<Option<u32>> = vec![None; ledger.clients.len()];
    for (i, p) in ledger.purchases.iter().enumerate() {
        if p.note != topup::NOTE {
            continue;
        }
        let last = &mut out[p.client as usize];
        if last.is_none_or(|l| ledger.purchases[l as usize].date <= p.date) {
            *last = Some(i as u32);
        }
    }
    out
}

/// The top-ups due as of `as_of` (SPEC 15): each active bank client with a `topup`
/// and blocks to buy whose balance is below its threshold, once per episode; with the
/// hours available.
pub fn topups_due(ledger: &Ledger, as_of: NaiveDate) -> Vec<(u32, Minutes)> {
    let opts = SimOptions { as_of, watch_from: None, trace: true };
    let last = last_topups(ledger);
    let mut out = Vec::new();
    for (ix, client) in ledger.clients.iter().enumerate() {
        let Some(rule) = &client.topup else { continue };
        if client.status != Status::Active
            || client.kind != ClientType::Bank
            || client.block_hours.is_none()
        {
            continue;
        }
        let ix = ix as u32;
        let outcome = ledger.simulate(ix, opts);
        if let Some(available) = topup::due(rule, &outcome, last[ix as usize]) {
            out.push((ix, available));
        }
    }
    out
}

/// What `notify-check --dry-run` says of a top-up that is due (an alert of its kind,
/// recorded by no one).
pub fn would_buy(ledger: &Ledger, ix: u32, available: Minutes, as_of: NaiveDate) -> Alert {
    let client = &ledger.clients[ix as usize];
    let rule = client.topup.expect("a top-up is due only where one is agreed");
    let hours = client.block_hours.map(|b| b.hm()).unwrap_or_default();
    let price = client
        .block_price
        .map(|p| format!(" at {p} {}", ledger.settings.currency_of(client)))
        .unwrap_or_default();
    let blocks = if rule.blocks == 1 { "block".to_string() } else { "blocks".to_string() };
    Alert {
        client: client.id.to_string(),
        bank: String::new(),
        unit: AlertKind::Topup.unit(),
        kind: AlertKind::Topup,
        threshold: rule.below.hm(),
        lot: String::new(),
        episode: String::new(),
        date: as_of,
        message: format!(
            "would buy {} {blocks} of {hours}{price} and invoice them: {} available, below {}",
            rule.blocks,
            available.hm(),
            rule.below.hm()
        ),
        words: None,
    }
}

/// `topup` alerts (SPEC 15): each client's last top-up, with the invoice that billed
/// it, to the office and the client (the invoice attached); once per top-up.
pub fn topup_alerts(ledger: &Ledger, as_of: NaiveDate) -> Vec<Alert> {
    let last = last_topups(ledger);
    let mut out = Vec::new();
    for (ix, client) in ledger.clients.iter().enumerate() {
        let Some(p) = last[ix].filter(|&p| ledger.purchases[p as usize].date <= as_of) else {
            continue;
        };
        let purchase = &ledger.purchases[p as usize];
        let reference = purchase.reference();
        let invoice = ledger.billed_on(client.id.as_str(), LineKind::Block, &reference);
        let price = purchase
            .price
            .map(|p| format!(" for {p} {}", ledger.settings.currency_of(client)))
            .unwrap_or_default();
        let below = client.topup.map(|t| t.below);
        let when = below.map(|b| format!(", as agreed when fewer than {} are left", b.hm()));
        let when = when.unwrap_or_default();
        let billed = invoice.as_ref().map(|n| format!("; invoice {n}")).unwrap_or_default();
        let attached = invoice.as_ref().map(|n| format!("; invoice {n} is attached"));
        out.push(Alert {
            client: client.id.to_string(),
            bank: String::new(),
            unit: AlertKind::Topup.unit(),
            kind: AlertKind::Topup,
            // One alert per top-up, whatever the agreement says later.
            threshold: String::new(),
            lot: reference.clone(),
            episode: reference.clone(),
            date: purchase.date,
            message: format!(
                "topped up: bought {}{price} ({reference}) on {}{when}{billed}",
                purchase.minutes.hm(),
                purchase.date
            ),
            words: Some(format!(
                "{} hours were bought for you on {}{when}{}",
                purchase.minutes.hm(),
                purchase.date,
                attached.unwrap_or_default()
            )),
        });
    }
    out
}
