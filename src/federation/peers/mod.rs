//! Peers: other diaspora-hub instances (through their change feed) and iCalendar feeds (such
//! as a Gancio or Mobilizon group calendar) whose listings this instance imports.
//!
//! [`fetch`] talks to them safely, [`hub`] and [`ical`] turn their answers into
//! [`imported`] listings, and [`sync`] runs one peer or every due peer, one instance at a time.
//! Imported listings are keyed by (peer, remote id), read-only here, and never enter our own
//! change log, so they are never echoed back to their source.

pub mod fetch;
pub mod hub;
mod hub_copy;
pub mod ical;
mod ical_changes;
mod ical_format;
pub mod imported;
pub mod in_calendar;
pub mod in_directory;
pub mod in_listings;
pub mod moderation;
pub mod sync;

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{imported_listings, peers};

crate::stored_enum! {
    /// What a peer is and how it is read.
    PeerKind {
        /// Another diaspora-hub: its change feed, incrementally.
        DiasporaHub = "diaspora-hub",
        /// Any iCalendar feed: full snapshots, deletions inferred.
        Ical = "ical",
    } invalid = "invalid_choice"
}

crate::stored_enum! {
    /// Whether a peer's listings are shown at once.
    Trust {
        /// Shown as soon as imported.
        Auto = "auto",
        /// Kept until a moderator publishes them.
        Review = "review",
    } invalid = "invalid_choice"
}

/// A peer as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = peers)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct Peer {
    pub id: i64,
    pub base_url: String,
    pub kind: String,
    pub trust: String,
    pub api_key: Option<String>,
    pub cursor: Option<String>,
    pub etag: Option<String>,
    pub next_poll_at: NaiveDateTime,
    pub failures: i64,
    pub last_attempt_at: Option<NaiveDateTime>,
    pub last_success_at: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    pub created_at: NaiveDateTime,
    /// The number of the latest full copy of the peer's listings (see `hub`).
    pub resync_generation: i64,
    /// Where that copy stands while it goes on (`group`, `event:<cursor>`…); it may take runs.
    pub snapshot_position: Option<String>,
    /// The change-feed position to follow once the copy is complete.
    pub snapshot_changes_cursor: Option<String>,
}

impl Peer {
    /// The parsed kind.
    pub fn kind(&self) -> PeerKind {
        PeerKind::parse(&self.kind).unwrap_or(PeerKind::Ical)
    }

    /// Whether its listings are shown at once.
    pub fn publishes_at_once(&self) -> bool {
        self.trust == Trust::Auto.as_str()
    }
}

/// Registers a peer, due for a first sync now. The URL passes the same checks as a fetch
/// ([`fetch::check_target`]: http(s), no credentials, no internal address unless
/// `allow_private`), and a key is accepted only with https unless `allow_private`.
pub fn add(
    connection: &mut AnyConnection,
    base_url: &str,
    kind: PeerKind,
    trust: Trust,
    api_key: Option<&str>,
    allow_private: bool,
) -> anyhow::Result<Peer> {
    let url = fetch::check_target(base_url, allow_private)?;
    fetch::check_key_transport(&url, api_key.is_some(), allow_private)?;
    let base_url = url.as_str().trim_end_matches('/').to_owned();
    let now = Utc::now().naive_utc();
    let id: i64 = diesel::insert_into(peers::table)
        .values((
            peers::base_url.eq(&base_url),
            peers::kind.eq(kind.as_str()),
            peers::trust.eq(trust.as_str()),
            peers::api_key.eq(api_key),
            peers::next_poll_at.eq(now),
            peers::failures.eq(0_i64),
            peers::created_at.eq(now),
        ))
        .returning(peers::id)
        .get_result(connection)
        .map_err(|error| match error {
            diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _,
            ) => anyhow::anyhow!("{base_url} is already a peer"),
            other => other.into(),
        })?;
    Ok(find(connection, id)?)
}

/// Forgets a peer and every listing imported from it; returns how many listings went, or
/// `None` when there is no such peer.
pub fn remove(connection: &mut AnyConnection, id: i64) -> QueryResult<Option<i64>> {
    crate::db::write_transaction(connection, |connection| {
        let listings = imported::remove_all(connection, id)? as i64;
        let removed = diesel::delete(peers::table.find(id)).execute(connection)?;
        Ok((removed > 0).then_some(listings))
    })
}

/// One peer.
pub fn find(connection: &mut AnyConnection, id: i64) -> QueryResult<Peer> {
    peers::table
        .find(id)
        .select(Peer::as_select())
        .first(connection)
}

/// Every peer with how many listings it has here: shown, and not shown (waiting for review or
/// rejected).
pub fn list(connection: &mut AnyConnection) -> QueryResult<Vec<(Peer, i64, i64)>> {
    let all: Vec<Peer> = peers::table
        .order(peers::id)
        .select(Peer::as_select())
        .load(connection)?;
    let counts: Vec<(i64, bool, i64)> = imported_listings::table
        .group_by((imported_listings::peer_id, imported_listings::published))
        .select((
            imported_listings::peer_id,
            imported_listings::published,
            diesel::dsl::count_star(),
        ))
        .load(connection)?;
    Ok(all
        .into_iter()
        .map(|peer| {
            let count = |published: bool| {
                counts
                    .iter()
                    .find(|(id, shown, _)| *id == peer.id && *shown == published)
                    .map_or(0, |(_, _, count)| *count)
            };
            let (shown, waiting) = (count(true), count(false));
            (peer, shown, waiting)
        })
        .collect())
}
