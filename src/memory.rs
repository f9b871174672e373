//! How the process uses the C allocator (glibc's `malloc`, which Rust's allocator calls): a
//! fixed threshold for large blocks, and giving freed memory back to the kernel.

/// Keeps glibc's allocator from holding on to the memory of password hashes; call once, first
/// thing in `main`, before any other thread exists.
///
/// Each hash takes 19 MiB at once. glibc then raised its threshold for handing large blocks
/// straight back to the system to that size, for the whole process, and every thread's arena
/// kept up to twice that in freed memory: a burst of 50 logins left the server at 473 MB. A
/// fixed threshold of 4 MiB (above any page or answer we build) stops that: the same burst
/// leaves it at 105 MB, at the same speed. Fewer arenas would save more but cost a quarter of
/// the throughput in lock waits (BENCHMARKS.md).
pub fn configure_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; it runs before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 4 * 1024 * 1024);
    }
}

/// Returns memory freed inside the heaps to the kernel, after one-off work that allocated
/// much and kept little (loading translations, building the OpenAPI document).
pub fn give_back_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim takes the heaps' own locks and only releases free pages.
    unsafe {
        libc::malloc_trim(0);
    }
}
