//! Argon2id password hashing on a small pool of its own, with the same work for unknown
//! accounts so response time does not reveal whether an email is registered.
//!
//! Each hash takes 19 MiB and tens of milliseconds of one core. On the shared blocking pool a
//! burst of logins ran dozens at once, took every core and memory with them, and starved the
//! listings. Here hashes run on threads of their own, one for every two cores (at least one),
//! at lower priority; the rest wait their turn in a queue. Half the machine stays with the
//! pages whatever the logins do, and a burst holds 19 MiB per hashing thread, not per core.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

use crate::domain::{Password, PasswordAttempt};
use crate::error::AppError;
use crate::job_threads::JobThreads;

/// A hash of a random password, verified against when the account does not exist.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    hash_blocking(&crate::auth::tokens::generate()).expect("hashing a random password works")
});

/// Argon2id with the OWASP parameters (19 MiB, 2 passes, 1 lane), which are argon2's defaults.
fn hasher() -> Argon2<'static> {
    Argon2::default()
}

fn hash_blocking(password: &str) -> Result<String, AppError> {
    hasher()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|error| AppError::internal(anyhow::anyhow!("argon2: {error}")))
}

/// How many passwords are hashed at once: one for every two cores, at least one.
pub fn hashing_threads() -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |count| count.get());
    cores.div_ceil(2)
}

/// The hashing threads, started on first use.
static HASHING_THREADS: LazyLock<JobThreads> = LazyLock::new(|| {
    JobThreads::start("password-hash", hashing_threads(), lower_own_priority)
        .expect("the hashing threads start")
});

/// Hashes running now, and the most that ever ran at once (for the pool's own test).
static RUNNING: AtomicUsize = AtomicUsize::new(0);
static MOST_AT_ONCE: AtomicUsize = AtomicUsize::new(0);

/// Counts a hash as running until dropped, even by a panic.
struct Running;

impl Running {
    fn start() -> Self {
        let running = RUNNING.fetch_add(1, Ordering::SeqCst) + 1;
        MOST_AT_ONCE.fetch_max(running, Ordering::SeqCst);
        Self
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        RUNNING.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The most password hashes that ever ran at the same time in this process.
pub fn most_hashes_at_once() -> usize {
    MOST_AT_ONCE.load(Ordering::SeqCst)
}

/// Lets request threads go first when both want a core: a login may wait a little longer,
/// the pages being read beside it do not.
fn lower_own_priority() {
    // On Linux a nice value belongs to the thread, and 0 names the calling thread.
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority only reads its integer arguments.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}

/// Runs `work` on a hashing thread and waits for its answer without holding up the caller's
/// thread.
async fn on_hashing_thread<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    let (answer, answered) = tokio::sync::oneshot::channel();
    let queued = HASHING_THREADS.submit(Box::new(move || {
        // A request given up while it waited needs no hash.
        if !answer.is_closed() {
            let _running = Running::start();
            let _ = answer.send(work());
        }
    }));
    if !queued {
        return Err(AppError::internal(anyhow::anyhow!(
            "the hashing threads stopped"
        )));
    }
    answered.await.map_err(AppError::internal)
}

/// Hashes a new password into a PHC string.
pub async fn hash(password: Password) -> Result<String, AppError> {
    on_hashing_thread(move || hash_blocking(password.expose())).await?
}

/// Checks an attempt against a stored hash; with no hash, burns the same time and says no.
pub async fn verify(
    attempt: PasswordAttempt,
    stored_hash: Option<String>,
) -> Result<bool, AppError> {
    on_hashing_thread(move || {
        let known = stored_hash.is_some();
        let hash = stored_hash.unwrap_or_else(|| DUMMY_HASH.clone());
        let matches = hasher()
            .verify_password(attempt.expose().as_bytes(), hash.as_str())
            .is_ok();
        known && matches
    })
    .await
}

/// Computes the dummy hash now, so the first unknown-email login is not faster than later ones.
pub fn warm_up() {
    LazyLock::force(&DUMMY_HASH);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[actix_web::test]
    async fn a_burst_of_logins_hashes_on_at_most_half_the_cores_at_a_time() {
        let attempts: Vec<_> = (0..12)
            .map(|number| {
                let attempt = PasswordAttempt::new(&format!("not the password {number}"));
                actix_web::rt::spawn(verify(attempt, None))
            })
            .collect();
        for attempt in attempts {
            assert!(matches!(attempt.await, Ok(Ok(false))));
        }
        let cores = std::thread::available_parallelism().map_or(1, |count| count.get());
        let most = most_hashes_at_once();
        assert!(
            (1..=cores.div_ceil(2)).contains(&most),
            "{most} hashes ran at once on {cores} cores"
        );
    }
}
