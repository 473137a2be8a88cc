//! The `hourbank` binary: parse the command line, run, map errors to exit codes.

use std::process::ExitCode;

fn main() -> ExitCode {
    tune_allocator();
    hourbank::app::main()
}

/// Two settings of glibc's allocator.
///
/// It keeps its threshold for giving a large allocation its own mapping where it
/// starts (128 KB). glibc raises it whenever such a block is freed, up to 32 MB, and
/// from then on puts blocks of up to that size in the threads' heaps, where the space
/// they leave when freed is kept: at ten million rows the readers' lists of ids and
/// charges then cost about 10 MB more at their peak. (Giving every thread one heap
/// saves the same, but serialises the threads' small allocations: a time log of long
/// quoted notes read 2.5 times slower.)
///
/// And `M_TOP_PAD` at 8 MB rather than 128 KB: the main thread's heap grows 8 MB at a
/// time and a thread's new heap starts with 8 MB usable, so there are fewer system
/// calls changing the process's mappings while the other thread touches new memory of
/// its own (at a million rows, 2.5% less time for `report balances`, measured). Space
/// never touched takes no memory; a heap keeps up to that much of what was freed at its
/// top (16 MB cost `report usage` 25 MB more at ten million rows, 8 MB costs 4).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn tune_allocator() {
    // SAFETY: mallopt only sets tuning parameters of the allocator; it is called
    // before any other thread exists, and a refusal (0) leaves the default.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
        libc::mallopt(libc::M_TOP_PAD, 8 << 20);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn tune_allocator() {}
