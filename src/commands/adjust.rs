//! `hourbank adjust`: a manual correction (`delta`), a scheduled balance setting
//! (`set`) or a balance assertion (`assert`), always with a reason.

use std::process::ExitCode;

use anyhow::Result;

use super::Access;
use super::{Ctx, client_arg};
use crate::domain::admit::admit_adjustment;
use crate::domain::bank::AdjustKind;
use crate::domain::bank::{SimOptions, simulate};
use crate::domain::duration::Minutes;
use crate::domain::id::IdKind;
use crate::error::Error;
use crate::store::layout::adjustment;
use crate::store::layout::{ADJUSTMENT_COLUMNS, ADJUSTMENTS};
use crate::store::write::{Append, check_one_line, new_row_id};

/// Correct a balance (+/- hours), set it, or assert it
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["delta", "set", "assert"])))]
#[command(
    after_help = "Examples:\n  hourbank adjust acme +2 --reason \"goodwill\"\n  hourbank adjust acme --set 10 --reason \"recount\"\n  hourbank adjust ann -2 --bank flex --reason \"paid out\""
)]
pub struct Args {
    /// The client (or, with --bank, the person) whose balance changes
    #[arg(add = crate::complete::holders())]
    pub holder: String,
    /// Hours to add or remove, with a sign: +2, -1:30
    #[arg(allow_hyphen_values = true, value_name = "SIGNED DURATION")]
    pub delta: Option<String>,
    /// After the day's work the balance becomes exactly this
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    pub set: Option<String>,
    /// After the day's work the balance must be exactly this (checked by `check`)
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    pub assert: Option<String>,
    /// Why (required)
    #[arg(allow_hyphen_values = true, long, required = true)]
    pub reason: String,
    /// Date of the adjustment (default: today; may be in the future)
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    /// Last day hours added by this adjustment can be used
    #[arg(long, value_name = "D")]
    pub expires: Option<String>,
    /// A person's bank (flex time) instead of a client's
    #[arg(long, value_name = "B")]
    pub bank: Option<String>,
    /// Show what would be written, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let (kind, text) = match (&args.delta, &args.set, &args.assert) {
        (Some(d), _, _) => (AdjustKind::Delta, d),
        (_, Some(s), _) => (AdjustKind::Set, s),
        (_, _, Some(a)) => (AdjustKind::Assert, a),
        _ => unreachable!("clap requires one of them"),
    };
    let minutes = Minutes::parse(text).map_err(|e| Error::refused(e.to_string()))?;
    check_one_line("--reason", &args.reason)?;
    let date = ctx.opt_date("--date", args.date.as_deref())?.unwrap_or(ctx.today);
    let expires = ctx.opt_date("--expires", args.expires.as_deref())?;
    admit_adjustment(kind, text, minutes, &args.reason, date, expires).map_err(Error::from)?;
    let (_lock, ledger) = ctx.lock_ledger(Access::Clients(&[args.holder.as_str()]))?;
    let account_ix = holder_account(&ledger, &args.holder, args.bank.as_deref())?;
    let id = new_row_id(IdKind::Adjustment)?;
    let row = vec![
        (adjustment::ID, id.clone()),
        (adjustment::DATE, date.to_string()),
        (adjustment::HOLDER, args.holder.clone()),
        (adjustment::BANK, args.bank.clone().unwrap_or_default()),
        (adjustment::KIND, kind.as_str().to_string()),
        (adjustment::HOURS, minutes.hm()),
        (adjustment::EXPIRES, expires.map(|e| e.to_string()).unwrap_or_default()),
        (adjustment::REASON, args.reason.clone()),
        (adjustment::BY, ctx.user.clone()),
    ];
    let mut meta = ledger.files.get(ADJUSTMENTS).cloned().unwrap_or_default();
    let rows = Append::prepare(&ledger.dir, ADJUSTMENTS, &meta, ADJUSTMENT_COLUMNS, &[row])?;
    let what = match kind {
        AdjustKind::Delta => {
            format!("adjusted {}{}", if minutes.0 > 0 { "+" } else { "" }, minutes.hm())
        }
        AdjustKind::Set => format!("balance set to {} on {date}", minutes.hm()),
        AdjustKind::Assert => format!("asserted a balance of {} on {date}", minutes.hm()),
    };
    let mut message = format!("{}: {what} ({id})", args.holder);
    if let Some(ix) = account_ix {
        let mut account = ledger.accounts[ix as usize].clone();
        // The index the new row will have among the ledger's adjustments.
        let index = ledger.adjustments.len() as u32;
        account.add_adjustment(kind, date, minutes, expires, index);
        let outcome = simulate(
            &account,
            SimOptions { as_of: date.max(ctx.today), watch_from: None, trace: false },
        );
        if let Some(failed) = outcome.failed_asserts.iter().find(|f| f.index == index) {
            super::note(&format!(
                "warning: the balance on {date} is {}, not {}; `hourbank check` will report this assertion",
                failed.actual.hm(),
                failed.expected.hm()
            ));
        }
        message.push_str(&format!(", {} left", ctx.hours_text(outcome.available)));
    }
    ctx.commit_write(args.dry_run, &message, || rows.write(&mut meta))
}

/// The account an adjustment of `holder` (a client, or with `bank` a person's flex
/// bank) changes; refused for a person without `--bank`, an unknown person or bank.
fn holder_account(
    ledger: &crate::domain::ledger::Ledger,
    holder: &str,
    bank: Option<&str>,
) -> Result<Option<u32>, Error> {
    Ok(match bank {
        None if ledger.client_ix(holder).is_none() && ledger.person_ix(holder).is_some() => {
            let banks: Vec<&str> = ledger
                .banks
                .iter()
                .filter(|b| Some(b.person) == ledger.person_ix(holder))
                .map(|b| b.name.as_str())
                .collect();
            return Err(Error::with_hint(
                format!("{} is a person: name the bank to adjust with --bank", holder),
                if banks.is_empty() {
                    format!("{} has no bank yet: `hourbank person bank add {} ...`", holder, holder)
                } else {
                    format!("{}'s banks: {}", holder, banks.join(", "))
                },
            ));
        }
        None => Some(client_arg(ledger, holder)?),
        Some(bank) => {
            check_one_line("--bank", bank)?;
            if ledger.person_ix(holder).is_none() {
                return Err(Error::with_hint(
                    format!("unknown person \"{}\"", holder),
                    "flex banks belong to people in people.toml ([people.<id>])",
                ));
            }
            let Some(b) = ledger.bank_ix(holder, bank) else {
                return Err(Error::with_hint(
                    format!("{} has no bank \"{bank}\"", holder),
                    format!("add [people.{}.banks.{bank}] to people.toml", holder),
                ));
            };
            Some(ledger.bank_account(b))
        }
    })
}
