//! `notifications.csv`: the alerts already delivered, so that cron never sends one
//! twice.

use rustc_hash::{FxHashMap, FxHashSet};

use super::csvio::{CsvFile, read_csv};
use super::ids::IdSet;
use super::layout::{NOTIFICATION_COLUMNS, NOTIFICATIONS, notification};
use crate::domain::alerts::{AlertKey, AlertKind};
use crate::domain::check::{Code, Diagnostic};
use crate::domain::date::parse_date;
use crate::domain::ledger::Ledger;

use crate::store::layout::NOTIFICATION_REQUIRED as REQUIRED;

pub(super) fn load_sent(ledger: &mut Ledger, ids: &mut IdSet) {
    let mut diagnostics = std::mem::take(&mut ledger.diagnostics);
    let mut sent: FxHashSet<AlertKey> = FxHashSet::default();
    let mut sent_to: FxHashSet<(AlertKey, String)> = FxHashSet::default();
    // The first line of each alert (and recipient) recorded: the same alert recorded
    // again was delivered twice (two clones that both ran notify-check).
    let mut first: FxHashMap<(AlertKey, String), u32> = FxHashMap::default();
    let mut twice: Vec<(u32, u32, String)> = Vec::new();
    let meta = read_csv(
        &CsvFile {
            path: &ledger.dir.join(NOTIFICATIONS),
            label: NOTIFICATIONS,
            wanted: NOTIFICATION_COLUMNS,
            required: REQUIRED,
        },
        &mut diagnostics,
        |line, f| {
            parse_date(f.text(notification::DATE)).map_err(|e| e.to_string())?;
            let kind = AlertKind::parse(f.text(notification::KIND)).ok_or_else(|| {
                format!(
                    "kind \"{}\": use low, expiring, overdraft, runs-out, overdue, flex-over or flex-under",
                    f.text(notification::KIND)
                )
            })?;
            ids.insert(f.text(notification::ID));
            let subject = if kind == AlertKind::Expiring {
                f.text(notification::LOT)
            } else {
                f.text(notification::EPISODE)
            };
            let key = (
                f.text(notification::CLIENT).to_string(),
                f.text(notification::BANK).to_string(),
                kind,
                subject.to_string(),
                f.text(notification::THRESHOLD).to_string(),
            );
            let recipient = f.text(notification::RECIPIENT).to_string();
            if let Some(&at) = first.get(&(key.clone(), recipient.clone())) {
                let what = format!(
                    "{} {} {}",
                    f.text(notification::CLIENT),
                    f.text(notification::KIND),
                    f.text(notification::THRESHOLD)
                );
                twice.push((line, at, what.trim_end().to_string()));
            } else {
                first.insert((key.clone(), recipient), line);
            }
            // A row naming a recipient: the alert reached that one only so far.
            match f.text(notification::RECIPIENT) {
                "" => {
                    sent.insert(key);
                }
                to => {
                    sent_to.insert((key, to.to_string()));
                }
            }
            Ok(())
        },
    );
    for (line, at, what) in twice {
        diagnostics.push(Diagnostic::warning(
            NOTIFICATIONS,
            Some(line),
            Code::DuplicateAlert,
            format!(
                "the alert \"{what}\" was delivered twice (first at {NOTIFICATIONS}:{at}): two clones ran notify-check; set [notify] host in hourbank.toml to the one machine that delivers alerts"
            ),
        ));
    }
    ledger.files.insert(NOTIFICATIONS, meta);
    ledger.diagnostics = diagnostics;
    ledger.sent = sent;
    ledger.sent_to = sent_to;
}
