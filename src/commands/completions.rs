//! `hourbank completions <shell>`: shell completions from the clap definition.

use std::process::ExitCode;

use anyhow::Result;
use clap_complete::Shell;

use super::Ctx;

/// Print shell completions (bash, zsh, fish, powershell, elvish)
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  source <(COMPLETE=bash hourbank)\n  hourbank completions zsh > ~/.zfunc/_hourbank"
)]
pub struct Args {
    /// The shell
    pub shell: Shell,
}

/// Prints the completions of the command line `cli` for the chosen shell.
pub fn run(ctx: &mut Ctx, args: Args, cli: clap::Command) -> Result<ExitCode> {
    ctx.out.write_all(&completions(cli, args.shell))?;
    Ok(ExitCode::SUCCESS)
}

/// The completion script of `cli` for `shell`.
pub fn completions(mut cli: clap::Command, shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cli, "hourbank", &mut out);
    out
}

use std::io::Write;
