//! Automatic top-up (SPEC 15, OneDesk's refill): a bank client who agreed gets blocks
//! bought when its balance falls below a threshold, once per episode. Pure: whether a
//! top-up is due, from the client's simulated bank.

use super::bank::{LotSource, Outcome, TraceKind, TraceRef};
use super::duration::Minutes;

/// The note of a purchase `notify-check` made as a top-up: how a later run knows it.
pub const NOTE: &str = "automatic top-up";

/// `topup = { below = "2:00", blocks = 1 }`: buy `blocks` of the client's blocks when
/// its available hours fall below `below`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TopUp {
    pub below: Minutes,
    pub blocks: u32,
}

/// Whether a top-up is due: the balance `outcome` ends at is below the threshold, and
/// the client's last top-up (`last`, an index into the ledger's purchases) is not of
/// this episode. An episode ends when the balance is back at or above the threshold
/// at the end of a day from the last top-up's on (a top-up that lifted it that far
/// ended its own);
/// hours not credited yet (waiting for their invoice's payment, SPEC 10) are of this
/// episode. Needs `outcome` with its trace. The available hours when due.
pub fn due(topup: &TopUp, outcome: &Outcome, last: Option<u32>) -> Option<Minutes> {
    if outcome.available >= topup.below {
        return None;
    }
    if let Some(p) = last {
        let lot = outcome.lots.iter().position(|l| l.credit.source == LotSource::Purchase(p))?;
        let at = outcome
            .trace
            .iter()
            .position(|e| e.kind == TraceKind::Purchase && e.reference == TraceRef::Lot(lot))?;
        // End-of-day balances: within a day credits come before work, so a top-up
        // bought after the day's work would seem to lift the balance before it.
        let trace = &outcome.trace[at..];
        let day_ends = trace
            .iter()
            .enumerate()
            .filter(|&(i, e)| trace.get(i + 1).is_none_or(|next| next.date != e.date));
        if !day_ends.into_iter().any(|(_, e)| e.balance >= topup.below) {
            return None;
        }
    }
    Some(outcome.available)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::bank::{Account, Credit, Debit, SimOptions, simulate};
    use crate::domain::date::day_number;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn bought(date: &str, hours: i64, i: u32) -> Credit {
        let (date, minutes) = (d(date), Minutes(hours * 60));
        Credit { date, minutes, expires: None, project: 0, source: LotSource::Purchase(i) }
    }

    fn worked(date: &str, minutes: i32) -> Debit {
        Debit { day: day_number(d(date)), minutes, project: 0, line: 2 }
    }

    fn run(account: &Account, as_of: &str) -> Outcome {
        simulate(account, SimOptions { as_of: d(as_of), watch_from: None, trace: true })
    }

    #[test]
    fn a_top_up_is_due_once_per_episode() {
        let topup = TopUp { below: Minutes(120), blocks: 1 };
        let mut account = Account {
            credits: vec![bought("2026-11-01", 10, 0)],
            debits: vec![worked("2026-11-10", 510)].into(),
            ..Account::default()
        };
        // 1:30 left, below 2:00, no top-up before: due.
        assert_eq!(due(&topup, &run(&account, "2026-11-10"), None), Some(Minutes(90)));
        // A top-up of 10:00 (purchase 1) lifts it to 11:30: the episode is over, and
        // when the balance falls below again a new one is due.
        account.credits.push(bought("2026-11-10", 10, 1));
        assert_eq!(due(&topup, &run(&account, "2026-11-11"), Some(1)), None);
        account.debits.push(worked("2026-11-20", 600));
        assert_eq!(due(&topup, &run(&account, "2026-11-20"), Some(1)), Some(Minutes(90)));
        // A top-up too small to lift it back does not end the episode: bought on the
        // day of the work (which comes after it within the day), it ends the day at
        // 1:45, below 2:00; no second top-up follows.
        account.credits.push(bought("2026-11-20", 0, 2));
        account.credits.last_mut().unwrap().minutes = Minutes(15);
        assert_eq!(due(&topup, &run(&account, "2026-11-21"), Some(2)), None);
        // Nor while the last top-up's hours are not credited yet.
        account.credits.pop();
        assert_eq!(due(&topup, &run(&account, "2026-11-21"), Some(2)), None);
    }
}
