//! The top level: runs a parsed command and turns its outcome into an exit code and a
//! message on stderr (`error: ...` then `hint: ...`). A closed stdout (a pager or
//! `head` that quit) ends the run quietly with success.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use crate::cli::Cli;
use crate::commands::{self, Ctx};
use crate::error::Error;
use crate::render::visible_lines;

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut ctx = match Ctx::from_cli(&cli) {
        Ok(ctx) => ctx,
        Err(e) => return report(&e),
    };
    let result = commands::run(&mut ctx, cli.command)
        .and_then(|code| ctx.out.flush().map(|()| code).map_err(anyhow::Error::from));
    match result {
        Ok(code) => code,
        Err(e) => report(&e),
    }
}

fn report(e: &anyhow::Error) -> ExitCode {
    let broken_pipe = e.chain().any(|cause| {
        let io = cause.downcast_ref::<std::io::Error>().or(match cause.downcast_ref::<Error>() {
            Some(Error::Io { io, .. }) => Some(io),
            _ => None,
        });
        io.is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        return ExitCode::SUCCESS;
    }
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "error: {}", visible_lines(&format!("{e:#}")));
    if let Some(hint) = e.downcast_ref::<Error>().and_then(Error::hint) {
        let _ = writeln!(stderr, "hint: {}", visible_lines(hint));
    }
    ExitCode::FAILURE
}
