//! The `diaspora-hub` command: parse the command line, then hand over to the library.

use clap::Parser;

fn main() -> std::process::ExitCode {
    tune_allocator();
    let command_line = diaspora_hub::cli::CommandLine::parse();
    diaspora_hub::cli::run(command_line)
}

/// Keeps glibc's allocator from holding on to the memory of password hashes.
///
/// Each hash takes 19 MiB at once. glibc then raised its threshold for handing large blocks
/// straight back to the system to that size, for the whole process, and every thread's arena
/// kept up to twice that in freed memory: a burst of 50 logins left the server at 473 MB. A
/// fixed threshold of 4 MiB (above any page or answer we build) stops that: the same burst
/// leaves it at 105 MB, at the same speed. Fewer arenas would save more but cost a quarter of
/// the throughput in lock waits (BENCHMARKS.md).
fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; it runs before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 4 * 1024 * 1024);
    }
}
