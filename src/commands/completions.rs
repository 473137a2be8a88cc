//! `hourbank completions <shell>`: shell completions from the clap definition.

use std::process::ExitCode;

use anyhow::Result;
use clap::CommandFactory;
use clap_complete::Shell;

use super::Ctx;
use crate::cli::Cli;

/// Print shell completions (bash, zsh, fish, powershell, elvish)
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell
    pub shell: Shell,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    ctx.out.write_all(&completions(args.shell))?;
    Ok(ExitCode::SUCCESS)
}

/// The completion script for `shell`.
pub fn completions(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "hourbank", &mut out);
    out
}

use std::io::Write;
