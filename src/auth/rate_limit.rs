//! Attempt counters kept in the database, so every instance behind a load balancer shares them.
//!
//! A bucket names who is limited (`login-ip:203.0.113.9`, `login-account:<hash>`); each counted
//! attempt is one row; a bucket is full when it holds `limit` rows inside the window.

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::auth_attempts;
use crate::error::AppError;

/// A limit: at most `limit` attempts per `window`.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    /// Attempts allowed inside the window.
    pub limit: u32,
    /// The sliding window.
    pub window: Duration,
}

/// Fails with `RateLimited` (and when to retry) if any bucket is full.
pub fn check(
    connection: &mut AnyConnection,
    buckets: &[String],
    limit: Limit,
) -> Result<(), AppError> {
    let now = Utc::now().naive_utc();
    let since = now - limit.window;
    for bucket in buckets {
        let recent: Vec<NaiveDateTime> = auth_attempts::table
            .filter(auth_attempts::bucket.eq(bucket))
            .filter(auth_attempts::occurred_at.gt(since))
            .order(auth_attempts::occurred_at.desc())
            .limit(i64::from(limit.limit))
            .select(auth_attempts::occurred_at)
            .load(connection)?;
        if recent.len() >= limit.limit as usize {
            // The bucket frees up when the oldest of the counted attempts leaves the window.
            let oldest_counted = recent.last().copied().unwrap_or(now);
            let retry_after = (oldest_counted + limit.window - now).num_seconds().max(1);
            return Err(AppError::RateLimited(retry_after as u64));
        }
    }
    Ok(())
}

/// Counts one attempt in each bucket and forgets attempts older than a day.
pub fn record(connection: &mut AnyConnection, buckets: &[String]) -> Result<(), AppError> {
    let now = Utc::now().naive_utc();
    // One statement per row: multi-row inserts do not compile for a multi-backend connection.
    for bucket in buckets {
        diesel::insert_into(auth_attempts::table)
            .values((
                auth_attempts::bucket.eq(bucket),
                auth_attempts::occurred_at.eq(now),
            ))
            .execute(connection)?;
    }
    diesel::delete(
        auth_attempts::table.filter(auth_attempts::occurred_at.lt(now - Duration::days(1))),
    )
    .execute(connection)?;
    Ok(())
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
pub fn address_bucket(action: &str, address: Option<std::net::IpAddr>) -> String {
    match address {
        Some(address) => format!("{action}-ip:{address}"),
        None => format!("{action}-ip:unknown"),
    }
}
