//! Attempt counters kept in the database, so every instance behind a load balancer shares them.
//!
//! A bucket names who is limited (`login-ip:203.0.113.9`, `login-account:<hash>`); each counted
//! attempt is one row; a bucket is full when it holds `limit` rows inside the window.
//!
//! Checking and counting happen in one transaction that holds the buckets' locks (SQLite's
//! write lock; a transaction-scoped advisory lock per bucket on PostgreSQL), so a burst of
//! concurrent requests cannot all pass a check that none of them has counted yet.
//!
//! A password check cannot know whether it counts until the slow hash is done, so it
//! *reserves* an attempt first ([`reserve_password_check`]): a pending row that fills the
//! bucket like any other. A wrong password confirms it; a right one releases it, so correct
//! logins are never limited by their own attempts; a reservation dropped unresolved (the
//! request failed or was cancelled) is confirmed, as its outcome is unknown. A request that
//! finds a bucket full only because of pending reservations waits, reading without locks, for
//! them to resolve instead of being refused; it gets 429 once the bucket holds its limit in
//! counted attempts, or after 15 seconds of waiting.

use std::net::IpAddr;
use std::time::Duration as StdDuration;

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::db::schema::auth_attempts;
use crate::db::{self, AnyConnection, DbPool, write_transaction};
use crate::error::AppError;

/// A limit: at most `limit` attempts per `window`.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    /// Attempts allowed inside the window.
    pub limit: u32,
    /// The sliding window.
    pub window: Duration,
}

/// A pending reservation older than this counts as a confirmed attempt: its request died
/// before it could say how the check went (no password check takes this long).
const PENDING_LIFETIME: Duration = Duration::seconds(30);

/// How long a request waits for other requests' pending reservations before giving up.
///
/// Those are checks under way, not failures: people behind one address (an office, a school)
/// signing in together queue behind the hashing threads (one for every two cores), at low
/// priority. With 5 seconds, 50 right passwords at once on a busy 2-core machine could leave
/// the last few with a 429. The wait stays well under the 30 seconds after which a pending
/// check counts as a failure.
const MOST_WAIT: StdDuration = StdDuration::from_secs(15);

/// Advisory-lock class for rate-limit buckets on PostgreSQL (the two-number lock space, which
/// never meets the one-number locks used for the change log and peer sync).
const BUCKET_LOCK_CLASS: i32 = 0x726c;

/// What [`try_count`] decided.
enum Decision {
    /// Counted; the new rows' ids.
    Counted(Vec<i64>),
    /// Full only because of other requests' pending reservations: try again shortly (or,
    /// giving up, after `retry_after` seconds, when the oldest of them goes stale).
    Wait { retry_after: u64 },
}

/// Counts one attempt in each bucket, or fails with `RateLimited` (and when to retry) if any
/// bucket is full. Checking and counting are one step, so concurrent requests cannot overrun
/// the limit.
pub fn count(
    connection: &mut AnyConnection,
    buckets: &[String],
    limit: Limit,
) -> Result<(), AppError> {
    match try_count(connection, buckets, limit, false)? {
        Decision::Counted(_) => Ok(()),
        // Nothing reserves in buckets counted this way, so this cannot last; refuse briefly.
        Decision::Wait { retry_after } => Err(AppError::RateLimited(retry_after)),
    }
}

/// An attempt reserved before a password check; see the module documentation.
#[must_use = "a reservation is either confirmed (wrong password) or released (right one)"]
pub struct Reservation {
    ids: Vec<i64>,
    pool: DbPool,
}

/// Reserves a password check in each bucket, waiting while the buckets are full only because
/// of checks still under way; `RateLimited` when they are full of confirmed attempts.
pub async fn reserve_password_check(
    pool: &DbPool,
    buckets: Vec<String>,
    limit: Limit,
) -> Result<Reservation, AppError> {
    let deadline = std::time::Instant::now() + MOST_WAIT;
    let mut pause = StdDuration::from_millis(20);
    loop {
        let counted = buckets.clone();
        let decision = db::run(pool, move |connection| {
            try_count(connection, &counted, limit, true)
        })
        .await?;
        let retry_after = match decision {
            Decision::Counted(ids) => {
                return Ok(Reservation {
                    ids,
                    pool: pool.clone(),
                });
            }
            Decision::Wait { retry_after } => retry_after,
        };
        // Wait with plain reads (no write lock) until there is room again, then try once more.
        loop {
            if std::time::Instant::now() + pause > deadline {
                return Err(AppError::RateLimited(retry_after));
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(StdDuration::from_millis(250));
            let looked = buckets.clone();
            let room = db::run(pool, move |connection| {
                let now = Utc::now().naive_utc();
                let mut room = true;
                for bucket in &looked {
                    match fullness(connection, bucket, limit, now)? {
                        Fullness::Room => {}
                        Fullness::FullOfPending { .. } => room = false,
                        // The bucket holds its limit in counted attempts (failures, or checks
                        // that never finished): waiting out the deadline cannot help.
                        Fullness::Full { retry_after } => {
                            return Err(AppError::RateLimited(retry_after));
                        }
                    }
                }
                Ok(room)
            })
            .await?;
            if room {
                break;
            }
        }
    }
}

impl Reservation {
    /// The password was wrong: the attempt counts.
    pub async fn confirm(mut self, pool: &DbPool) -> Result<(), AppError> {
        let ids = std::mem::take(&mut self.ids);
        db::run(pool, move |connection| confirm_rows(connection, &ids)).await
    }

    /// The password was right: the attempt is forgotten.
    pub async fn release(mut self, pool: &DbPool) -> Result<(), AppError> {
        let ids = std::mem::take(&mut self.ids);
        db::run(pool, move |connection| {
            diesel::delete(auth_attempts::table.filter(auth_attempts::id.eq_any(&ids)))
                .execute(connection)?;
            Ok(())
        })
        .await
    }
}

impl Drop for Reservation {
    /// A reservation left unresolved (an error or a cancelled request between reserving and
    /// checking) counts as a failed attempt at once, rather than blocking its buckets as
    /// pending until it goes stale.
    fn drop(&mut self) {
        if self.ids.is_empty() {
            return;
        }
        let (ids, pool) = (std::mem::take(&mut self.ids), self.pool.clone());
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(async move {
                let _ = db::run(&pool, move |connection| confirm_rows(connection, &ids)).await;
            });
        }
    }
}

fn confirm_rows(connection: &mut AnyConnection, ids: &[i64]) -> Result<(), AppError> {
    diesel::update(auth_attempts::table.filter(auth_attempts::id.eq_any(ids)))
        .set(auth_attempts::pending.eq(false))
        .execute(connection)?;
    Ok(())
}

/// Counts one failed attempt in `bucket` without checking its limit: a failure elsewhere that
/// must also weigh on this bucket (a wrong password re-check weighs on the account's logins).
pub fn record_failure(connection: &mut AnyConnection, bucket: &str) -> Result<(), AppError> {
    diesel::insert_into(auth_attempts::table)
        .values((
            auth_attempts::bucket.eq(bucket),
            auth_attempts::occurred_at.eq(Utc::now().naive_utc()),
            auth_attempts::pending.eq(false),
        ))
        .execute(connection)?;
    Ok(())
}

/// Forgets attempts older than a day (the longest window); run by the hourly maintenance.
pub fn forget_old(connection: &mut AnyConnection) -> Result<usize, AppError> {
    let day_ago = Utc::now().naive_utc() - Duration::days(1);
    Ok(
        diesel::delete(auth_attempts::table.filter(auth_attempts::occurred_at.lt(day_ago)))
            .execute(connection)?,
    )
}

fn try_count(
    connection: &mut AnyConnection,
    buckets: &[String],
    limit: Limit,
    pending: bool,
) -> Result<Decision, AppError> {
    write_transaction(connection, |connection| {
        lock_buckets(connection, buckets)?;
        let now = Utc::now().naive_utc();
        let mut wait: Option<u64> = None;
        for bucket in buckets {
            match fullness(connection, bucket, limit, now)? {
                Fullness::Room => {}
                Fullness::FullOfPending { retry_after } => {
                    wait = Some(wait.unwrap_or(0).max(retry_after));
                }
                Fullness::Full { retry_after } => return Err(AppError::RateLimited(retry_after)),
            }
        }
        if let Some(retry_after) = wait {
            return Ok(Decision::Wait { retry_after });
        }
        let mut ids = Vec::with_capacity(buckets.len());
        // One statement per row: multi-row inserts do not compile for a multi-backend connection.
        for bucket in buckets {
            ids.push(
                diesel::insert_into(auth_attempts::table)
                    .values((
                        auth_attempts::bucket.eq(bucket),
                        auth_attempts::occurred_at.eq(now),
                        auth_attempts::pending.eq(pending),
                    ))
                    .returning(auth_attempts::id)
                    .get_result(connection)?,
            );
        }
        Ok(Decision::Counted(ids))
    })
}

enum Fullness {
    Room,
    FullOfPending { retry_after: u64 },
    Full { retry_after: u64 },
}

/// Whole seconds until `until`, rounded up (a client told 59 must not come back too early),
/// at least 1.
fn seconds_until(until: NaiveDateTime, now: NaiveDateTime) -> u64 {
    let milliseconds = (until - now).num_milliseconds().max(0);
    ((milliseconds + 999) / 1000).max(1) as u64
}

fn fullness(
    connection: &mut AnyConnection,
    bucket: &str,
    limit: Limit,
    now: NaiveDateTime,
) -> QueryResult<Fullness> {
    let in_window = auth_attempts::bucket
        .eq(bucket)
        .and(auth_attempts::occurred_at.gt(now - limit.window));
    let fresh_pending = auth_attempts::pending
        .eq(true)
        .and(auth_attempts::occurred_at.ge(now - PENDING_LIFETIME));
    let confirmed: Vec<NaiveDateTime> = auth_attempts::table
        .filter(in_window)
        .filter(diesel::dsl::not(fresh_pending))
        .order(auth_attempts::occurred_at.desc())
        .limit(i64::from(limit.limit))
        .select(auth_attempts::occurred_at)
        .load(connection)?;
    if confirmed.len() >= limit.limit as usize {
        // The bucket frees up when the oldest of the counted attempts leaves the window.
        let oldest_counted = confirmed.last().copied().unwrap_or(now);
        return Ok(Fullness::Full {
            retry_after: seconds_until(oldest_counted + limit.window, now),
        });
    }
    let pending: Vec<NaiveDateTime> = auth_attempts::table
        .filter(in_window)
        .filter(fresh_pending)
        .order(auth_attempts::occurred_at.asc())
        .limit(i64::from(limit.limit))
        .select(auth_attempts::occurred_at)
        .load(connection)?;
    if confirmed.len() + pending.len() < limit.limit as usize {
        return Ok(Fullness::Room);
    }
    // Waiting ends, at the latest, when the oldest pending check goes stale.
    let oldest_pending = pending.first().copied().unwrap_or(now);
    Ok(Fullness::FullOfPending {
        retry_after: seconds_until(oldest_pending + PENDING_LIFETIME, now),
    })
}

/// On PostgreSQL, locks each bucket until the transaction ends, in the order of the lock keys
/// themselves, so two requests locking the same keys (even two buckets whose keys collide)
/// never wait for each other in a circle. SQLite's write lock already serializes.
fn lock_buckets(connection: &mut AnyConnection, buckets: &[String]) -> QueryResult<()> {
    if matches!(connection, AnyConnection::Postgresql(_)) {
        let mut keys: Vec<i32> = buckets.iter().map(|bucket| lock_key(bucket)).collect();
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            diesel::sql_query("SELECT pg_advisory_xact_lock($1, $2)")
                .bind::<diesel::sql_types::Integer, _>(BUCKET_LOCK_CLASS)
                .bind::<diesel::sql_types::Integer, _>(key)
                .execute(connection)?;
        }
    }
    Ok(())
}

/// A bucket's advisory-lock key: the first four bytes of its SHA-256.
fn lock_key(bucket: &str) -> i32 {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(bucket.as_bytes());
    i32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]])
}

/// Forgets a bucket, for example an account's failed logins after the account is deleted.
pub fn clear(connection: &mut AnyConnection, bucket: &str) -> Result<(), AppError> {
    diesel::delete(auth_attempts::table.filter(auth_attempts::bucket.eq(bucket)))
        .execute(connection)?;
    Ok(())
}

/// The bucket name for an account, keyed by a hash so the table holds no email address.
pub fn account_bucket(action: &str, email: &str) -> String {
    format!("{action}-account:{}", crate::auth::tokens::hash(email))
}

/// The bucket name for a client address.
///
/// An IPv4 address written as IPv6 (`::ffff:203.0.113.9`) is the IPv4 address; an IPv6
/// address counts by its /64, the block one subscriber usually holds whole, so stepping
/// through it does not escape the limit.
pub fn address_bucket(action: &str, address: Option<IpAddr>) -> String {
    match address.map(|address| address.to_canonical()) {
        Some(IpAddr::V6(address)) => {
            let network = u128::from(address) & (u128::MAX << 64);
            format!("{action}-ip:{}/64", std::net::Ipv6Addr::from(network))
        }
        Some(address) => format!("{action}-ip:{address}"),
        None => format!("{action}-ip:unknown"),
    }
}

#[cfg(test)]
mod tests {
    use super::address_bucket;

    #[test]
    fn addresses_are_limited_by_subscriber_not_by_spelling() {
        let bucket = |text: &str| address_bucket("login", Some(text.parse().unwrap()));
        assert_eq!(bucket("203.0.113.9"), "login-ip:203.0.113.9");
        assert_eq!(bucket("::ffff:203.0.113.9"), "login-ip:203.0.113.9");
        assert_eq!(bucket("2001:db8:1:2:3:4:5:6"), "login-ip:2001:db8:1:2::/64");
        assert_eq!(bucket("2001:db8:1:2:ffff::1"), bucket("2001:db8:1:2::9"));
        assert_ne!(bucket("2001:db8:1:2::1"), bucket("2001:db8:1:3::1"));
        assert_eq!(address_bucket("login", None), "login-ip:unknown");
    }
}
