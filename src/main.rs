//! The `hourbank` binary: parse the command line, run, map errors to exit codes.

use std::process::ExitCode;

fn main() -> ExitCode {
    one_heap();
    hourbank::app::main()
}

/// Has every thread allocate from one heap. glibc gives each thread an arena of its
/// own, and memory one thread frees only its arena reuses: the two readers of a large
/// time log then hold about a byte a row more at their peak (9 MB at ten million
/// rows). They allocate seldom (a block of charges every hundred rows or so), so
/// sharing one heap costs no measurable time.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn one_heap() {
    // SAFETY: mallopt only sets a tuning parameter of the allocator; it is called
    // before any other thread exists, and a refusal (0) leaves the default.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn one_heap() {}
