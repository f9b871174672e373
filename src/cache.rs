//! Values each instance may keep for a short while because they change rarely and are read
//! often: the languages in use (for the language filters) and the rendered sitemaps. Nothing
//! here is shared between instances or needed for correctness; a value is at most
//! `fresh_for` old, or a little older while one request computes the next.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::hash::Hash;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::languages_in_use::ListingKind;

/// The caches of one instance, in the application state.
pub struct Caches {
    /// Languages that occur in listings, per kind of listing.
    pub languages_in_use: Kept<ListingKind, Vec<String>>,
    /// Rendered sitemap documents, by name.
    pub sitemaps: Kept<String, Arc<String>>,
}

impl Default for Caches {
    fn default() -> Self {
        Self {
            languages_in_use: Kept::new(Duration::from_secs(60), 8),
            sitemaps: Kept::new(Duration::from_secs(600), 64),
        }
    }
}

/// Up to `most` values, each kept for `fresh_for`.
pub struct Kept<K, V> {
    fresh_for: Duration,
    most: usize,
    inner: Mutex<Inner<K, V>>,
    /// Wakes callers waiting for a first value when its computation ends.
    computed: tokio::sync::Notify,
}

struct Inner<K, V> {
    /// Values with the instant they were computed; stale ones stay until replaced, to be
    /// served while one caller computes the next.
    entries: HashMap<K, (Instant, V)>,
    /// Keys whose next value a caller is computing now.
    refreshing: HashSet<K>,
}

impl<K: Eq + Hash + Clone, V: Clone> Kept<K, V> {
    /// An empty cache.
    pub fn new(fresh_for: Duration, most: usize) -> Self {
        Self {
            fresh_for,
            most,
            inner: Mutex::new(Inner {
                entries: HashMap::new(),
                refreshing: HashSet::new(),
            }),
            computed: tokio::sync::Notify::new(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner<K, V>> {
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The value kept for `key`, if it is still fresh.
    pub fn get(&self, key: &K) -> Option<V> {
        self.lock()
            .entries
            .get(key)
            .filter(|(kept_at, _)| kept_at.elapsed() < self.fresh_for)
            .map(|(_, value)| value.clone())
    }

    /// Keeps `value` for `key`; a full cache starts over.
    pub fn put(&self, key: K, value: V) {
        let mut inner = self.lock();
        if inner.entries.len() >= self.most && !inner.entries.contains_key(&key) {
            inner.entries.clear();
        }
        inner.entries.insert(key, (Instant::now(), value));
    }

    /// The value for `key`: the kept one while it is fresh; otherwise computed by `compute`
    /// and kept.
    ///
    /// One caller computes a value at a time. While it does, the others get the stale value,
    /// or wait for the new one when none was kept yet: when every request of a busy second
    /// computed the same value at once, each waited for all the others (over a second at the
    /// 99th percentile of `/events`). When computing fails, a stale value is answered instead
    /// of the error, and the next caller tries again.
    pub async fn get_or_compute<F, Fut, E>(&self, key: K, compute: F) -> Result<V, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, E>>,
        E: std::fmt::Display,
    {
        let mut waited = false;
        let stale = loop {
            // Registered before the state is read, so an end in between still wakes it.
            let computed = self.computed.notified();
            let mut computed = std::pin::pin!(computed);
            computed.as_mut().enable();
            {
                let mut inner = self.lock();
                let being_computed = inner.refreshing.contains(&key);
                let (fresh, kept) = match inner.entries.get(&key) {
                    Some((kept_at, value)) => {
                        (kept_at.elapsed() < self.fresh_for, Some(value.clone()))
                    }
                    None => (false, None),
                };
                match kept {
                    Some(value) if fresh || being_computed => return Ok(value),
                    // Waits once: if that computation failed, this caller computes on its own
                    // rather than queueing behind every other waiter's attempt.
                    None if being_computed && !waited => {}
                    kept => {
                        inner.refreshing.insert(key.clone());
                        break kept;
                    }
                }
            }
            computed.await;
            waited = true;
        };
        // Released however the computation ends, even when the request is dropped half-way.
        let _claim = Claim {
            kept: self,
            key: key.clone(),
        };
        match compute().await {
            Ok(value) => {
                self.put(key, value.clone());
                Ok(value)
            }
            Err(error) => match stale {
                Some(stale) => {
                    tracing::warn!(%error, "computing a cached value failed; the stale one served");
                    Ok(stale)
                }
                None => Err(error),
            },
        }
    }
}

/// A caller's claim to compute the next value of a key.
struct Claim<'a, K: Eq + Hash + Clone, V: Clone> {
    kept: &'a Kept<K, V>,
    key: K,
}

impl<K: Eq + Hash + Clone, V: Clone> Drop for Claim<'_, K, V> {
    fn drop(&mut self) {
        self.kept.lock().refreshing.remove(&self.key);
        self.kept.computed.notify_waiters();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_kept_while_fresh_and_the_cache_stays_small() {
        let kept: Kept<u32, &str> = Kept::new(Duration::from_secs(60), 2);
        kept.put(1, "one");
        assert_eq!(kept.get(&1), Some("one"));
        kept.put(2, "two");
        kept.put(3, "three");
        assert!(kept.get(&1).is_none(), "a full cache starts over");
        assert_eq!(kept.get(&3), Some("three"));
        let stale: Kept<u32, &str> = Kept::new(Duration::ZERO, 2);
        stale.put(1, "one");
        assert!(stale.get(&1).is_none());
    }

    fn ready<T>(value: T) -> std::future::Ready<Result<T, String>> {
        std::future::ready(Ok(value))
    }

    #[actix_web::test]
    async fn one_caller_computes_a_value_while_the_others_wait_for_it_or_get_the_stale_one() {
        // With nothing kept yet, a second caller waits for the first one's value.
        let kept: Kept<u32, &str> = Kept::new(Duration::from_secs(60), 4);
        let (release, released) = tokio::sync::oneshot::channel::<()>();
        let mut first = Box::pin(kept.get_or_compute(1, || async {
            released.await.expect("released");
            Ok::<_, String>("first")
        }));
        assert!(futures_poll_once(first.as_mut()).is_none());
        let mut waiting = Box::pin(kept.get_or_compute(1, || ready("computed twice")));
        assert!(futures_poll_once(waiting.as_mut()).is_none(), "waits");
        release.send(()).expect("still waiting");
        assert_eq!(first.await, Ok("first"));
        assert_eq!(waiting.await, Ok("first"));

        let kept: Kept<u32, &str> = Kept::new(Duration::ZERO, 4);
        assert_eq!(kept.get_or_compute(1, || ready("first")).await, Ok("first"));

        // Stale at once (fresh for zero): the next caller computes again.
        assert_eq!(
            kept.get_or_compute(1, || ready("second")).await,
            Ok("second")
        );

        // While one caller computes the next value, another gets the stale one at once.
        let (release, released) = tokio::sync::oneshot::channel::<()>();
        let computing = kept.get_or_compute(1, || async {
            released.await.expect("released");
            Ok::<_, String>("third")
        });
        let mut computing = Box::pin(computing);
        assert!(
            futures_poll_once(computing.as_mut()).is_none(),
            "waits for its computation"
        );
        assert_eq!(
            kept.get_or_compute(1, || ready("not computed")).await,
            Ok("second"),
            "the stale value, not a second computation"
        );
        release.send(()).expect("still waiting");
        assert_eq!(computing.await, Ok("third"));

        // A computation given up half-way leaves the key free for the next caller.
        let abandoned = kept.get_or_compute(1, std::future::pending::<Result<&str, String>>);
        let mut abandoned = Box::pin(abandoned);
        assert!(futures_poll_once(abandoned.as_mut()).is_none());
        drop(abandoned);
        assert_eq!(
            kept.get_or_compute(1, || ready("fourth")).await,
            Ok("fourth")
        );
    }

    #[actix_web::test]
    async fn a_failed_computation_answers_the_stale_value_and_does_not_hold_up_the_waiters() {
        let kept: Kept<u32, &str> = Kept::new(Duration::ZERO, 4);
        let failed = || std::future::ready(Err::<&str, String>("database down".to_owned()));
        assert_eq!(
            kept.get_or_compute(1, failed).await,
            Err("database down".to_owned())
        );
        assert_eq!(kept.get_or_compute(1, || ready("first")).await, Ok("first"));
        assert_eq!(
            kept.get_or_compute(1, failed).await,
            Ok("first"),
            "the stale value rather than the error"
        );

        // With nothing kept, a waiter whose computation failed computes on its own once woken,
        // instead of waiting for the next caller's attempt.
        let kept: Kept<u32, &str> = Kept::new(Duration::from_secs(60), 4);
        let (release, released) = tokio::sync::oneshot::channel::<()>();
        let mut failing = Box::pin(kept.get_or_compute(1, || async {
            released.await.expect("released");
            Err::<&str, String>("database down".to_owned())
        }));
        assert!(futures_poll_once(failing.as_mut()).is_none());
        let mut waiting = Box::pin(kept.get_or_compute(1, || ready("computed by the waiter")));
        assert!(futures_poll_once(waiting.as_mut()).is_none(), "waits");
        let mut blocker =
            Box::pin(kept.get_or_compute(1, std::future::pending::<Result<&str, String>>));
        release.send(()).expect("still waiting");
        assert_eq!(failing.await, Err("database down".to_owned()));
        // Another caller took the claim meanwhile and hangs: the woken waiter does not wait on it.
        assert!(futures_poll_once(blocker.as_mut()).is_none());
        let answer = tokio::time::timeout(Duration::from_secs(10), waiting)
            .await
            .expect("the woken waiter computes instead of waiting again");
        assert_eq!(answer, Ok("computed by the waiter"));
    }

    /// Polls a future once, with a waker that does nothing.
    fn futures_poll_once<F: Future>(future: std::pin::Pin<&mut F>) -> Option<F::Output> {
        let mut context = std::task::Context::from_waker(std::task::Waker::noop());
        match future.poll(&mut context) {
            std::task::Poll::Ready(output) => Some(output),
            std::task::Poll::Pending => None,
        }
    }
}
