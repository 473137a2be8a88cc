//! Alerts (SPEC section 6): low balance, expiring lots, overdraft and a forecast run
//! out, computed from a client's state as of a day. Pure: which alerts were already
//! sent, and delivering them, is the caller's business.

use chrono::NaiveDate;

use super::bank::{LotSource, Outcome, PeriodBooking};
use super::client::{Client, ClientType, Settings};
use super::duration::Minutes;
use super::flex::{FlexBank, Person};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AlertKind {
    Low,
    Expiring,
    Overdraft,
    RunsOut,
    /// An invoice unpaid after its due date (SPEC 10).
    Overdue,
    /// A flex bank's closed period forfeited hours: the bank is at its cap.
    FlexOver,
    /// A flex bank's closed period left a shortfall: the bank is at its floor.
    FlexUnder,
    /// A timer has run longer than `[alerts] timer_hours` (SPEC 13).
    Timer,
    /// A project has used a threshold of its budget (SPEC 15).
    Budget,
    /// Blocks were bought for a client who agreed to a top-up (SPEC 15).
    Topup,
}

impl AlertKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AlertKind::Low => "low",
            AlertKind::Expiring => "expiring",
            AlertKind::Overdraft => "overdraft",
            AlertKind::RunsOut => "runs-out",
            AlertKind::Overdue => "overdue",
            AlertKind::FlexOver => "flex-over",
            AlertKind::FlexUnder => "flex-under",
            AlertKind::Timer => "timer",
            AlertKind::Budget => "budget",
            AlertKind::Topup => "topup",
        }
    }

    /// What the threshold counts.
    pub fn unit(self) -> &'static str {
        match self {
            AlertKind::Low | AlertKind::Budget => "percent",
            AlertKind::Expiring | AlertKind::RunsOut | AlertKind::Overdue => "days",
            AlertKind::Overdraft => "",
            AlertKind::FlexOver | AlertKind::FlexUnder | AlertKind::Timer | AlertKind::Topup => {
                "hours"
            }
        }
    }

    pub fn parse(text: &str) -> Option<AlertKind> {
        match text {
            "low" => Some(AlertKind::Low),
            "expiring" => Some(AlertKind::Expiring),
            "overdraft" => Some(AlertKind::Overdraft),
            "runs-out" => Some(AlertKind::RunsOut),
            "overdue" => Some(AlertKind::Overdue),
            "flex-over" => Some(AlertKind::FlexOver),
            "flex-under" => Some(AlertKind::FlexUnder),
            "timer" => Some(AlertKind::Timer),
            "budget" => Some(AlertKind::Budget),
            "topup" => Some(AlertKind::Topup),
            _ => None,
        }
    }
}

/// One alert. It is the same alert as another when client, kind, lot (for expiring)
/// or episode (for the others) and threshold are the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alert {
    /// The client, or for a flex or timer alert the person.
    pub client: String,
    /// The person's bank, for a flex alert; empty for clients.
    pub bank: String,
    /// What the threshold counts: `percent`, `hours` or `days` (empty: none).
    pub unit: &'static str,
    pub kind: AlertKind,
    /// Percent for `low`, days for `expiring` and `runs-out`, empty for `overdraft`.
    pub threshold: String,
    /// The lot, for `expiring`.
    pub lot: String,
    /// The lot that started the current episode (the latest credit), for the others:
    /// a new purchase starts a new episode.
    pub episode: String,
    pub date: NaiveDate,
    pub message: String,
    /// The message in the words of the client or person it is about, when the office's
    /// names an internal id (SPEC 12.5): `bought on 2026-11-01`, not a lot id.
    pub words: Option<String>,
}

/// A lot as a client reads it: when and how its hours came (never its id).
pub fn lot_words(lot: &super::bank::LotState) -> String {
    use super::bank::{LotSource, month_key};
    let date = lot.credit.date;
    match lot.credit.source {
        LotSource::Purchase(_) => format!("bought on {date}"),
        LotSource::Adjustment(_) => format!("added on {date}"),
        LotSource::Allocation => format!("of the retainer month {}", month_key(date)),
        LotSource::Overage => format!("of {}", month_key(date)),
        LotSource::Period | LotSource::Opening => format!("credited on {date}"),
    }
}

impl Alert {
    /// What the client or person it concerns reads.
    pub fn client_message(&self) -> &str {
        self.words.as_deref().unwrap_or(&self.message)
    }

    /// What identifies the alert across runs.
    pub fn key(&self) -> AlertKey {
        let subject = if self.kind == AlertKind::Expiring { &self.lot } else { &self.episode };
        (self.client.clone(), self.bank.clone(), self.kind, subject.clone(), self.threshold.clone())
    }
}

/// (client or person, bank, kind, lot or episode, threshold).
pub type AlertKey = (String, String, AlertKind, String, String);

fn hours(m: Minutes) -> String {
    format!("{} h", m.hours_text())
}

fn days_word(days: i64) -> String {
    match days {
        0 => "today".to_string(),
        1 => "tomorrow".to_string(),
        n => format!("in {n} days"),
    }
}

/// The alerts that hold for `client` as of `as_of`. `lot_name` names a lot of
/// `outcome` by its index. Pay-as-you-go clients get none (they have no bank).
pub fn alerts_for(
    client: &Client,
    settings: &Settings,
    outcome: &Outcome,
    as_of: NaiveDate,
    lot_name: &dyn Fn(usize) -> String,
) -> Vec<Alert> {
    if client.kind == ClientType::Payg {
        return Vec::new();
    }
    let episode = outcome
        .lots
        .iter()
        .rposition(|l| l.credit.source != LotSource::Overage && l.credit.date <= as_of)
        .map(lot_name)
        .unwrap_or_default();
    let alert = |kind: AlertKind, threshold: String, lot: String, message: String| Alert {
        client: client.id.to_string(),
        bank: String::new(),
        unit: kind.unit(),
        kind,
        threshold,
        lot,
        episode: episode.clone(),
        date: as_of,
        message,
        words: None,
    };
    let mut out = Vec::new();
    let percent = outcome.percent_left();
    if outcome.purchased.0 > 0
        && let Some(smallest) =
            settings.low_thresholds(client).iter().filter(|t| percent < **t).min()
    {
        out.push(alert(
            AlertKind::Low,
            smallest.normalize().to_string(),
            String::new(),
            format!(
                "{percent} % left ({} available), below {} %",
                hours(outcome.available),
                smallest.normalize()
            ),
        ));
    }
    // An hours threshold beside the percentages (SPEC 10): strictly below it.
    if let Some(limit) = client.low_balance_hours.or(settings.alerts.low_balance_hours)
        && outcome.purchased.0 > 0
        && outcome.available.0 < limit.0
    {
        out.push(Alert {
            unit: "hours",
            ..alert(
                AlertKind::Low,
                limit.hours_text(),
                String::new(),
                format!("{} available, below {}", hours(outcome.available), hours(limit)),
            )
        });
    }
    let expiry_days = &settings.alerts.expiry_days;
    out.extend(expiring(outcome, expiry_days, as_of, lot_name, &alert));
    if settings.alerts.overdraft && outcome.available.0 < 0 {
        out.push(alert(
            AlertKind::Overdraft,
            String::new(),
            String::new(),
            format!("overdrawn: the balance is {}", hours(outcome.available)),
        ));
    }
    if let (Some(runs_out), Some(window)) = (outcome.runs_out(as_of), expiry_days.iter().min()) {
        let days_left = (runs_out - as_of).num_days();
        if days_left <= i64::from(*window) {
            out.push(alert(
                AlertKind::RunsOut,
                window.to_string(),
                String::new(),
                format!(
                    "at the pace of the last 90 days the {} left run out {} ({runs_out})",
                    hours(outcome.available),
                    days_word(days_left)
                ),
            ));
        }
    }
    out
}

/// The `expiring` alerts: a lot with hours left that expires within the smallest
/// window of `expiry_days` that still covers it.
fn expiring(
    outcome: &Outcome,
    expiry_days: &[u32],
    as_of: NaiveDate,
    lot_name: &dyn Fn(usize) -> String,
    alert: &dyn Fn(AlertKind, String, String, String) -> Alert,
) -> Vec<Alert> {
    let mut out = Vec::new();
    for (i, lot) in outcome.lots.iter().enumerate() {
        let Some(expires) = lot.credit.expires else {
            continue;
        };
        if lot.remaining.0 <= 0 || expires < as_of {
            continue;
        }
        let days_left = (expires - as_of).num_days();
        if let Some(smallest) = expiry_days.iter().filter(|d| i64::from(**d) >= days_left).min() {
            let name = lot_name(i);
            let expire = format!("expire {} (last day {expires})", days_word(days_left));
            out.push(Alert {
                words: Some(format!("{} {} {expire}", hours(lot.remaining), lot_words(lot))),
                ..alert(
                    AlertKind::Expiring,
                    smallest.to_string(),
                    name.clone(),
                    format!("{} of lot {name} {expire}", hours(lot.remaining)),
                )
            });
        }
    }
    out
}

/// The flex alerts of `person`'s `bank` as of `as_of` (SPEC 8): `flex-over` when the
/// latest closed period that came to anything (periods of 0:00, such as a weekend day
/// of a daily bank, change nothing) forfeited hours, `flex-under` when it left a
/// shortfall. An episode is a run of such periods: it starts with the first of them,
/// and lasts while the bank stays at its cap (or floor).
pub fn flex_alerts(
    person: &Person,
    bank: &FlexBank,
    outcome: &Outcome,
    as_of: NaiveDate,
) -> Vec<Alert> {
    let periods: Vec<&PeriodBooking> =
        outcome.periods.iter().filter(|p| p.difference.0 != 0).collect();
    let Some(last) = periods.last() else {
        return Vec::new();
    };
    let episode_start = |hit: &dyn Fn(&PeriodBooking) -> bool| {
        let run = periods.iter().rev().take_while(|p| hit(p)).count();
        periods[periods.len() - run].date
    };
    let alert = |kind: AlertKind, threshold: Minutes, episode: NaiveDate, message: String| Alert {
        client: person.id.clone(),
        bank: bank.name.clone(),
        unit: kind.unit(),
        kind,
        threshold: threshold.hours_text(),
        lot: String::new(),
        episode: format!("period:{episode}"),
        date: as_of,
        message,
        words: None,
    };
    let mut out = Vec::new();
    if last.forfeited.0 > 0
        && let Some(cap) = bank.max_balance
    {
        let start = episode_start(&|p| p.forfeited.0 > 0);
        out.push(alert(
            AlertKind::FlexOver,
            cap,
            start,
            format!(
                "bank {}: {} forfeited in the period ending {}; {}",
                bank.name,
                hours(last.forfeited),
                last.date,
                if outcome.available == cap {
                    format!("the balance is at its cap of {}", hours(cap))
                } else {
                    format!("the balance is {} (cap {})", hours(outcome.available), hours(cap))
                }
            ),
        ));
    }
    if last.shortfall.0 > 0 {
        let start = episode_start(&|p| p.shortfall.0 > 0);
        out.push(alert(
            AlertKind::FlexUnder,
            bank.min_balance,
            start,
            format!(
                "bank {}: {} short in the period ending {}; the balance is at its floor of {}",
                bank.name,
                hours(last.shortfall),
                last.date,
                hours(bank.min_balance)
            ),
        ));
    }
    out
}
