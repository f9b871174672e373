//! Running syncs: one peer, or every peer that is due. Only one instance syncs at a time: on
//! PostgreSQL through a session advisory lock (several instances share one database), on SQLite
//! through an OS lock on a file next to the database (the server and a `peers sync` command). A failure is recorded on the peer and
//! retried later with exponential backoff and jitter; it never touches what was imported.

use std::time::Duration;

use chrono::Utc;
use diesel::prelude::*;
use rand::Rng;

use super::fetch::FetchError;
use super::{Peer, PeerKind, hub, ical};
use crate::db::schema::peers;
use crate::db::{self, AnyConnection};
use crate::error::AppError;
use crate::state::AppState;

/// PostgreSQL advisory lock held while peers sync ("dh-peers").
const SYNC_LOCK: i64 = 0x6468_2d70_6565_7273;
/// How long after a successful sync a peer is due again.
const POLL_EVERY: Duration = Duration::from_secs(30 * 60);
/// The first retry after a failure; it doubles with each failure in a row.
const FIRST_RETRY: Duration = Duration::from_secs(60);
/// The longest wait between retries.
const LONGEST_RETRY: Duration = Duration::from_secs(24 * 60 * 60);

/// What one sync did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub created: usize,
    pub updated: usize,
    pub removed: usize,
    pub unchanged: usize,
    /// Items logged and skipped (no UID, bad RRULE, our own listing…).
    pub skipped: usize,
    /// The run made (part of) a full copy of the peer's listings: its first sync, or again
    /// after our change-feed cursor expired.
    pub resynced: bool,
}

impl SyncReport {
    /// Adds another report's counts.
    pub fn add(&mut self, other: SyncReport) {
        self.created += other.created;
        self.updated += other.updated;
        self.removed += other.removed;
        self.unchanged += other.unchanged;
        self.skipped += other.skipped;
        self.resynced |= other.resynced;
    }
}

/// Why a sync failed.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Fetch(#[from] FetchError),
    /// The peer answered something we cannot read.
    #[error("unreadable answer: {0}")]
    Malformed(String),
    /// The peer refused a list our key is not allowed to read.
    #[error(
        "the peer's key lacks a scope: a full copy needs changes:read, groups:read, events:read and opportunities:read"
    )]
    MissingScope,
    #[error("database: {0}")]
    Database(#[from] AppError),
}

/// Whether a run happened.
#[derive(Debug)]
pub enum Run {
    /// Each peer synced, with its result.
    Done(Vec<(i64, Result<SyncReport, String>)>),
    /// Another instance (or task) is syncing right now.
    Busy,
}

/// Syncs one peer now and records the outcome on it.
pub async fn sync_peer(state: &AppState, peer: &Peer) -> Result<SyncReport, String> {
    let result = match peer.kind() {
        PeerKind::DiasporaHub => hub::sync(state, peer).await,
        PeerKind::Ical => ical::sync(state, peer).await,
    };
    let (peer_id, failures) = (peer.id, peer.failures);
    let outcome = result.map_err(|error| error.to_string());
    let recorded = outcome.clone();
    let saved = db::run(&state.db, move |connection| {
        record_outcome(connection, peer_id, failures, &recorded)
    })
    .await;
    if let Err(error) = saved {
        tracing::error!(%error, "could not record a peer's sync");
    }
    match &outcome {
        Ok(report) => tracing::info!(peer = %peer.base_url, ?report, "peer synced"),
        Err(error) => tracing::warn!(peer = %peer.base_url, %error, "peer sync failed"),
    }
    outcome
}

fn record_outcome(
    connection: &mut AnyConnection,
    peer_id: i64,
    failures: i64,
    outcome: &Result<SyncReport, String>,
) -> Result<(), AppError> {
    let now = Utc::now().naive_utc();
    let jitter = |wait: Duration| {
        let factor = rand::rng().random_range(0.9..1.1);
        chrono::Duration::from_std(wait.mul_f64(factor)).unwrap_or(chrono::Duration::hours(1))
    };
    let target = peers::table.find(peer_id);
    match outcome {
        Ok(_) => diesel::update(target)
            .set((
                peers::failures.eq(0_i64),
                peers::last_attempt_at.eq(now),
                peers::last_success_at.eq(now),
                peers::last_error.eq(None::<String>),
                peers::next_poll_at.eq(now + jitter(POLL_EVERY)),
            ))
            .execute(connection)?,
        Err(error) => {
            let failures = failures + 1;
            let wait = FIRST_RETRY
                .saturating_mul(2_u32.saturating_pow(failures.clamp(0, 20) as u32 - 1))
                .min(LONGEST_RETRY);
            diesel::update(target)
                .set((
                    peers::failures.eq(failures),
                    peers::last_attempt_at.eq(now),
                    peers::last_error.eq(error.chars().take(500).collect::<String>()),
                    peers::next_poll_at.eq(now + jitter(wait)),
                ))
                .execute(connection)?
        }
    };
    Ok(())
}

/// Syncs the peers that are due, unless another instance is syncing already.
pub async fn sync_due(state: &AppState) -> Result<Run, AppError> {
    locked(state, Selection::Due).await
}

/// Syncs one peer (`Some(id)`) or every peer, due or not (the `peers sync` command).
pub async fn sync_due_or_all(state: &AppState, only: Option<i64>) -> Result<Run, AppError> {
    locked(state, only.map_or(Selection::All, Selection::One)).await
}

/// Which peers a run takes.
#[derive(Debug, Clone, Copy)]
enum Selection {
    Due,
    All,
    One(i64),
}

async fn locked(state: &AppState, only: Selection) -> Result<Run, AppError> {
    let url =
        crate::db::DatabaseUrl::parse(&state.settings.database_url).map_err(AppError::internal)?;
    let held = actix_web::web::block(move || acquire(url))
        .await
        .map_err(AppError::internal)??;
    let Some(held) = held else {
        return Ok(Run::Busy);
    };
    let result = run_due(state, only).await;
    // Closing the file or the session releases the lock.
    actix_web::web::block(move || drop(held))
        .await
        .map_err(AppError::internal)?;
    result.map(Run::Done)
}

/// The lock that lets one instance sync; released when dropped, or when its process dies.
enum SyncLock {
    /// An OS lock on a file next to the SQLite database, so the server and a `peers sync`
    /// command on the same file exclude each other too.
    File(#[expect(dead_code, reason = "held only to be released on drop")] std::fs::File),
    /// A session advisory lock on a connection of its own: not taken from the pool (which the
    /// run needs), and released by closing the connection, even if the run panics.
    Postgres(AnyConnection),
}

impl Drop for SyncLock {
    fn drop(&mut self) {
        if let Self::Postgres(connection) = self {
            // Closing the session releases the lock as well, but only once the server has
            // noticed the connection is gone: a run a moment later could still find it taken.
            let _ = diesel::sql_query(format!("SELECT pg_advisory_unlock({SYNC_LOCK})"))
                .execute(connection);
        }
    }
}

/// Takes the sync lock of the database at `url`, or `None` when someone else holds it.
fn acquire(url: crate::db::DatabaseUrl) -> Result<Option<SyncLock>, AppError> {
    match url {
        crate::db::DatabaseUrl::Sqlite(path) => {
            let mut lock_path = path.into_os_string();
            lock_path.push(".peer-sync.lock");
            let file = std::fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&lock_path)
                .map_err(AppError::internal)?;
            match file.try_lock() {
                Ok(()) => Ok(Some(SyncLock::File(file))),
                Err(std::fs::TryLockError::WouldBlock) => Ok(None),
                Err(std::fs::TryLockError::Error(error)) => Err(AppError::internal(error)),
            }
        }
        postgres @ crate::db::DatabaseUrl::Postgres(_) => {
            use diesel::r2d2::ManageConnection;
            let mut connection = crate::db::ConnectionManager::new(postgres)
                .connect()
                .map_err(AppError::internal)?;
            let acquired: bool = diesel::select(diesel::dsl::sql::<diesel::sql_types::Bool>(
                &format!("pg_try_advisory_lock({SYNC_LOCK})"),
            ))
            .get_result(&mut connection)?;
            Ok(acquired.then_some(SyncLock::Postgres(connection)))
        }
    }
}

async fn run_due(
    state: &AppState,
    only: Selection,
) -> Result<Vec<(i64, Result<SyncReport, String>)>, AppError> {
    let now = Utc::now().naive_utc();
    let due: Vec<Peer> = db::run(&state.db, move |connection| {
        let mut query = peers::table
            .select(Peer::as_select())
            .into_boxed::<crate::db::MultiBackend>();
        query = match only {
            Selection::One(id) => query.filter(peers::id.eq(id)),
            Selection::Due => query.filter(peers::next_poll_at.le(now)),
            Selection::All => query,
        };
        Ok(query.order(peers::next_poll_at.asc()).load(connection)?)
    })
    .await?;
    let mut results = Vec::new();
    for peer in due {
        let result = sync_peer(state, &peer).await;
        results.push((peer.id, result));
    }
    Ok(results)
}
