//! The `hourbank` binary: parse the command line, run, map errors to exit codes.

use std::process::ExitCode;

fn main() -> ExitCode {
    fixed_mmap_threshold();
    hourbank::app::main()
}

/// Keeps glibc's threshold for giving a large allocation its own mapping where it
/// starts (128 KB). glibc raises it whenever such a block is freed, up to 32 MB, and
/// from then on puts blocks of up to that size in the threads' heaps, where the space
/// they leave when freed is kept: at ten million rows the readers' lists of ids and
/// charges then cost about 10 MB more at their peak. (Giving every thread one heap
/// saves the same, but serialises the threads' small allocations: a time log of long
/// quoted notes read 2.5 times slower.)
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn fixed_mmap_threshold() {
    // SAFETY: mallopt only sets a tuning parameter of the allocator; it is called
    // before any other thread exists, and a refusal (0) leaves the default.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn fixed_mmap_threshold() {}
