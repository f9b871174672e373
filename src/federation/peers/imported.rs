//! Listings imported from peers: stored by (peer, remote id), updated only when the peer's
//! version is newer, removed on the peer's word (or, for calendars, after two snapshots without
//! them), and shown read-only with their origin and a link to the original.

use std::collections::HashSet;

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{imported_listings, peers};

/// A listing as a peer describes it, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub remote_id: String,
    /// `group`, `event` or `opportunity`.
    pub resource_type: String,
    pub remote_version: i64,
    pub canonical_url: Option<String>,
    pub title: String,
    pub language: Option<String>,
    pub starts_at: Option<NaiveDateTime>,
    pub timezone: Option<String>,
    /// The peer's own JSON for it.
    pub document: String,
}

/// What storing an incoming listing did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    Created,
    Updated,
    /// Ours is as new or newer.
    Unchanged,
}

/// An imported listing as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = imported_listings)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct ImportedListing {
    pub id: i64,
    pub peer_id: i64,
    pub remote_id: String,
    pub resource_type: String,
    pub remote_version: i64,
    pub canonical_url: Option<String>,
    pub title: String,
    pub language: Option<String>,
    pub starts_at: Option<NaiveDateTime>,
    pub timezone: Option<String>,
    pub document: String,
    pub published: bool,
    pub missed_snapshots: i64,
    pub imported_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// When a moderator turned it down; it then stays hidden through later syncs.
    pub rejected_at: Option<NaiveDateTime>,
    /// The peer's re-read of its feed that last mentioned it (see `hub`).
    pub seen_generation: i64,
}

/// Stores `incoming` from `peer_id` unless what we hold is as new.
pub fn store(
    connection: &mut AnyConnection,
    peer_id: i64,
    publish: bool,
    incoming: &Incoming,
) -> QueryResult<Stored> {
    let now = Utc::now().naive_utc();
    let existing: Option<(i64, i64, String)> = imported_listings::table
        .filter(imported_listings::peer_id.eq(peer_id))
        .filter(imported_listings::remote_id.eq(&incoming.remote_id))
        .select((
            imported_listings::id,
            imported_listings::remote_version,
            imported_listings::document,
        ))
        .first(connection)
        .optional()?;
    let fields = (
        imported_listings::resource_type.eq(&incoming.resource_type),
        imported_listings::remote_version.eq(incoming.remote_version),
        imported_listings::canonical_url.eq(&incoming.canonical_url),
        imported_listings::title.eq(&incoming.title),
        imported_listings::language.eq(&incoming.language),
        imported_listings::starts_at.eq(incoming.starts_at),
        imported_listings::timezone.eq(&incoming.timezone),
        imported_listings::document.eq(&incoming.document),
        imported_listings::missed_snapshots.eq(0_i64),
        imported_listings::updated_at.eq(now),
    );
    match existing {
        Some((id, version, _)) if version > incoming.remote_version => {
            seen(connection, id)?;
            Ok(Stored::Unchanged)
        }
        Some((id, version, document))
            if version == incoming.remote_version && document == incoming.document =>
        {
            seen(connection, id)?;
            Ok(Stored::Unchanged)
        }
        Some((id, ..)) => {
            diesel::update(imported_listings::table.find(id))
                .set(fields)
                .execute(connection)?;
            super::in_directory::refresh(connection, id)?;
            Ok(Stored::Updated)
        }
        None => {
            let id: i64 = diesel::insert_into(imported_listings::table)
                .values((
                    imported_listings::peer_id.eq(peer_id),
                    imported_listings::remote_id.eq(&incoming.remote_id),
                    imported_listings::published.eq(publish),
                    imported_listings::imported_at.eq(now),
                    fields,
                ))
                .returning(imported_listings::id)
                .get_result(connection)?;
            super::in_directory::refresh(connection, id)?;
            Ok(Stored::Created)
        }
    }
}

fn seen(connection: &mut AnyConnection, id: i64) -> QueryResult<usize> {
    diesel::update(imported_listings::table.find(id))
        .set(imported_listings::missed_snapshots.eq(0_i64))
        .execute(connection)
}

/// [`store`] for a listing read from a whole snapshot (a calendar feed): the snapshot is the
/// listing as it is now, so a changed copy replaces ours even when its version went down (a
/// series' version is its newest changed date's, and a changed date can leave the feed). The
/// version kept never goes down.
pub fn store_snapshot(
    connection: &mut AnyConnection,
    peer_id: i64,
    publish: bool,
    incoming: &Incoming,
) -> QueryResult<Stored> {
    let kept: Option<i64> = imported_listings::table
        .filter(imported_listings::peer_id.eq(peer_id))
        .filter(imported_listings::remote_id.eq(&incoming.remote_id))
        .select(imported_listings::remote_version)
        .first(connection)
        .optional()?;
    match kept {
        Some(version) if version > incoming.remote_version => {
            let incoming = Incoming {
                remote_version: version,
                ..incoming.clone()
            };
            store(connection, peer_id, publish, &incoming)
        }
        _ => store(connection, peer_id, publish, incoming),
    }
}

/// Removes a listing the peer deleted; whether there was one.
pub fn remove(connection: &mut AnyConnection, peer_id: i64, remote_id: &str) -> QueryResult<bool> {
    let ids: Vec<i64> = imported_listings::table
        .filter(imported_listings::peer_id.eq(peer_id))
        .filter(imported_listings::remote_id.eq(remote_id))
        .select(imported_listings::id)
        .load(connection)?;
    delete(connection, &ids)?;
    Ok(!ids.is_empty())
}

/// Deletes the listings `ids`, and with them (by cascade) their rows in our directory and
/// listings, whose search text goes first.
fn delete(connection: &mut AnyConnection, ids: &[i64]) -> QueryResult<()> {
    super::in_directory::forget(connection, ids)?;
    for chunk in ids.chunks(500) {
        diesel::delete(imported_listings::table.filter(imported_listings::id.eq_any(chunk)))
            .execute(connection)?;
    }
    Ok(())
}

/// After a complete snapshot: listings not in `seen` miss one more; after two misses in a row
/// they are removed. Returns how many were removed.
pub fn missed(connection: &mut AnyConnection, peer_id: i64, seen: &[String]) -> QueryResult<usize> {
    let seen: HashSet<&str> = seen.iter().map(String::as_str).collect();
    let absent: Vec<(i64, i64)> = imported_listings::table
        .filter(imported_listings::peer_id.eq(peer_id))
        .select((
            imported_listings::id,
            imported_listings::remote_id,
            imported_listings::missed_snapshots,
        ))
        .load::<(i64, String, i64)>(connection)?
        .into_iter()
        .filter(|(_, remote_id, _)| !seen.contains(remote_id.as_str()))
        .map(|(id, _, missed)| (id, missed))
        .collect();
    // Missed once before: this is the second complete snapshot without it.
    let gone: Vec<i64> = absent
        .iter()
        .filter(|(_, missed)| *missed >= 1)
        .map(|(id, _)| *id)
        .collect();
    let once: Vec<i64> = absent
        .iter()
        .filter(|(_, missed)| *missed < 1)
        .map(|(id, _)| *id)
        .collect();
    for chunk in once.chunks(500) {
        diesel::update(imported_listings::table.filter(imported_listings::id.eq_any(chunk)))
            .set(imported_listings::missed_snapshots.eq(1_i64))
            .execute(connection)?;
    }
    delete(connection, &gone)?;
    Ok(gone.len())
}

/// Stamps the listings of `peer_id` that a re-read of its change feed mentions with that
/// re-read's number, so [`sweep_unseen`] keeps them.
pub fn mark_seen(
    connection: &mut AnyConnection,
    peer_id: i64,
    generation: i64,
    remote_ids: &[String],
) -> QueryResult<usize> {
    let mut marked = 0;
    for chunk in remote_ids.chunks(500) {
        marked += diesel::update(
            imported_listings::table
                .filter(imported_listings::peer_id.eq(peer_id))
                .filter(imported_listings::remote_id.eq_any(chunk)),
        )
        .set(imported_listings::seen_generation.eq(generation))
        .execute(connection)?;
    }
    Ok(marked)
}

/// Once a re-read of the peer's feed is complete: removes its listings that the re-read did not
/// mention (the peer deleted them while our cursor was expired); how many.
pub fn sweep_unseen(
    connection: &mut AnyConnection,
    peer_id: i64,
    generation: i64,
) -> QueryResult<usize> {
    let unseen: Vec<i64> = imported_listings::table
        .filter(imported_listings::peer_id.eq(peer_id))
        .filter(imported_listings::seen_generation.lt(generation))
        .select(imported_listings::id)
        .load(connection)?;
    delete(connection, &unseen)?;
    Ok(unseen.len())
}

/// Deletes every listing of `peer_id` (see [`remove`]); how many.
pub fn remove_all(connection: &mut AnyConnection, peer_id: i64) -> QueryResult<usize> {
    let ids: Vec<i64> = imported_listings::table
        .filter(imported_listings::peer_id.eq(peer_id))
        .select(imported_listings::id)
        .load(connection)?;
    delete(connection, &ids)?;
    Ok(ids.len())
}

/// Listings from `review` peers waiting for a moderator, oldest first, with their peer's address.
pub fn waiting(
    connection: &mut AnyConnection,
    limit: i64,
) -> QueryResult<Vec<(ImportedListing, String)>> {
    imported_listings::table
        .inner_join(peers::table)
        .filter(imported_listings::published.eq(false))
        .filter(imported_listings::rejected_at.is_null())
        .order(imported_listings::id.asc())
        .limit(limit)
        .select((ImportedListing::as_select(), peers::base_url))
        .load(connection)
}

/// Listings a moderator turned down, most recently rejected first, with their peer's address.
pub fn rejected(
    connection: &mut AnyConnection,
    limit: i64,
) -> QueryResult<Vec<(ImportedListing, String)>> {
    imported_listings::table
        .inner_join(peers::table)
        .filter(imported_listings::published.eq(false))
        .filter(imported_listings::rejected_at.is_not_null())
        .order((
            imported_listings::rejected_at.desc(),
            imported_listings::id.desc(),
        ))
        .limit(limit)
        .select((ImportedListing::as_select(), peers::base_url))
        .load(connection)
}

/// Publishes one unpublished listing, waiting or rejected; whether there was one.
pub fn publish(connection: &mut AnyConnection, id: i64) -> QueryResult<bool> {
    let changed = diesel::update(
        imported_listings::table
            .find(id)
            .filter(imported_listings::published.eq(false)),
    )
    .set((
        imported_listings::published.eq(true),
        imported_listings::rejected_at.eq(None::<NaiveDateTime>),
    ))
    .execute(connection)?;
    super::in_directory::refresh(connection, id)?;
    Ok(changed > 0)
}

/// Turns down one waiting listing; whether there was one. It stays hidden, and out of the
/// queue, whatever the peer sends for it later.
pub fn reject(connection: &mut AnyConnection, id: i64) -> QueryResult<bool> {
    let changed = diesel::update(
        imported_listings::table
            .find(id)
            .filter(imported_listings::published.eq(false))
            .filter(imported_listings::rejected_at.is_null()),
    )
    .set(imported_listings::rejected_at.eq(Utc::now().naive_utc()))
    .execute(connection)?;
    super::in_directory::refresh(connection, id)?;
    Ok(changed > 0)
}

/// Takes down one listing, published or waiting, as a rejection: it stays hidden through later
/// syncs until someone publishes it again. Whether it was not rejected already.
pub fn take_down(connection: &mut AnyConnection, id: i64) -> QueryResult<bool> {
    let changed = diesel::update(
        imported_listings::table
            .find(id)
            .filter(imported_listings::rejected_at.is_null()),
    )
    .set((
        imported_listings::published.eq(false),
        imported_listings::rejected_at.eq(Utc::now().naive_utc()),
    ))
    .execute(connection)?;
    super::in_directory::refresh(connection, id)?;
    Ok(changed > 0)
}

/// Publishes every listing of a peer that waits for review (not the rejected ones); how many.
pub fn publish_all(connection: &mut AnyConnection, peer_id: i64) -> QueryResult<usize> {
    let published = diesel::update(
        imported_listings::table
            .filter(imported_listings::peer_id.eq(peer_id))
            .filter(imported_listings::published.eq(false))
            .filter(imported_listings::rejected_at.is_null()),
    )
    .set(imported_listings::published.eq(true))
    .execute(connection)?;
    super::in_directory::refresh_peer(connection, peer_id)?;
    Ok(published)
}

/// Published imported events still to come, soonest first, with their peer's address; with
/// `unlisted_only`, only those not already in our listings (their group is not in our
/// directory, or our event rules cannot read them).
pub fn upcoming(
    connection: &mut AnyConnection,
    limit: i64,
    unlisted_only: bool,
) -> QueryResult<Vec<(ImportedListing, String)>> {
    use crate::db::schema::events;
    let mut query = imported_listings::table
        .inner_join(peers::table)
        .filter(imported_listings::published.eq(true))
        .filter(imported_listings::starts_at.gt(Utc::now().naive_utc()))
        .into_boxed::<crate::db::MultiBackend>();
    if unlisted_only {
        query = query.filter(diesel::dsl::not(diesel::dsl::exists(
            events::table.filter(events::imported_listing_id.eq(imported_listings::id.nullable())),
        )));
    }
    query
        .order((
            imported_listings::starts_at.asc(),
            imported_listings::id.asc(),
        ))
        .limit(limit)
        .select((ImportedListing::as_select(), peers::base_url))
        .load(connection)
}

/// Published imported listings with their peer's address: upcoming events first (soonest
/// first), then the rest, newest first.
pub fn shown(
    connection: &mut AnyConnection,
    limit: i64,
) -> QueryResult<Vec<(ImportedListing, String)>> {
    let mut upcoming = upcoming(connection, limit, false)?;
    let rest: Vec<(ImportedListing, String)> = imported_listings::table
        .inner_join(peers::table)
        .filter(imported_listings::published.eq(true))
        .filter(imported_listings::starts_at.is_null())
        .order(imported_listings::id.desc())
        .limit(limit)
        .select((ImportedListing::as_select(), peers::base_url))
        .load(connection)?;
    upcoming.extend(rest);
    upcoming.truncate(limit as usize);
    Ok(upcoming)
}
