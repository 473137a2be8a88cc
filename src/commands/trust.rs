//! `hourbank trust [--show | --revoke]`: the user's consent to the delivery settings of
//! a ledger's tracked `hourbank.toml` (SPEC 12.7). Anyone who can push to the ledger
//! can change that file, so its `[notify] command`, `to`, `from` and `[notify.smtp]`
//! are used only once the user has seen them and trusted exactly them, as `direnv
//! allow` does for `.envrc`.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use super::Ctx;
use crate::store::config;

/// Trust the delivery settings ([notify] command, to, from, [notify.smtp]) that this
/// ledger's hourbank.toml sets; a change to them (a pull) needs a new trust
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  hourbank trust --show\n  hourbank trust\n  hourbank trust --revoke"
)]
pub struct Args {
    /// Print the delivery settings hourbank.toml sets and whether they are trusted
    #[arg(long, conflicts_with = "revoke")]
    pub show: bool,
    /// Forget the trust given to this ledger
    #[arg(long)]
    pub revoke: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let dir = ctx.ledger_dir()?;
    let tracked = config::tracked_notify(&dir)?;
    let delivery = config::delivery(&dir, &tracked);
    if args.revoke {
        let line = if config::revoke(&dir)? {
            format!("forgot the trust given to {}", dir.display())
        } else {
            format!("nothing was trusted for {}", dir.display())
        };
        ctx.confirm(&line)?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.show {
        show(ctx, &dir, &delivery)?;
        return Ok(ExitCode::SUCCESS);
    }
    if delivery.tracked.is_empty() {
        ctx.confirm("hourbank.toml sets no delivery settings that apply: nothing to trust")?;
        return Ok(ExitCode::SUCCESS);
    }
    let path = config::trust(&dir, &delivery.tracked)?;
    ctx.confirm(&format!(
        "trusted these delivery settings of {} (recorded in {}):\n  {}",
        dir.join(crate::store::layout::SETTINGS).display(),
        path.display(),
        delivery.tracked.join("\n  ")
    ))?;
    Ok(ExitCode::SUCCESS)
}

fn show(ctx: &mut Ctx, dir: &std::path::Path, delivery: &config::Delivery) -> Result<()> {
    let out = &mut ctx.out;
    if delivery.tracked.is_empty() {
        writeln!(out, "hourbank.toml sets no delivery settings that apply")?;
    } else {
        writeln!(out, "hourbank.toml sets:")?;
        for line in &delivery.tracked {
            writeln!(out, "  {line}")?;
        }
        let state = match config::trusted_lines(dir) {
            _ if delivery.trusted => "trusted",
            Some(_) => "not trusted: changed since you trusted it",
            None => "not trusted: run `hourbank trust`",
        };
        writeln!(out, "{state}")?;
    }
    if let Some(lines) = config::trusted_lines(dir).filter(|_| !delivery.trusted) {
        writeln!(out, "trusted before:")?;
        for line in lines {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}
