//! The change log partners sync from: one row per create, update or delete of a public listing,
//! written in the same transaction as the change, and tombstones for deleted listings.
//!
//! Commit order: a sequence number is taken when a row is inserted, not when its transaction
//! commits, so a slow transaction could make a lower number visible after a reader has moved
//! past it. On PostgreSQL every transaction that writes public listings therefore calls
//! [`lock`] first: a transaction-scoped advisory lock, held until commit, so numbers become
//! visible in order, and whether a group is public is read by one writer at a time (a group
//! turning private cannot miss an event being added to it). Taking it first, before any row
//! lock, keeps these writers from deadlocking. SQLite runs one write transaction at a time.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::db::schema::{
    change_log, change_log_horizon, events, groups, opportunities, tombstones,
};
use crate::db::{self, AnyConnection};
use crate::error::{AppError, AppResult, GoneListing};
use crate::groups::{Group, Visibility};

/// PostgreSQL advisory lock that orders change-log writers ("dh-changes").
const WRITE_LOCK: i64 = 0x6468_2d63_6861_6e67;

crate::stored_enum! {
    /// The kinds of listing partners receive.
    ResourceType {
        /// A group.
        Group = "group",
        /// An event.
        Event = "event",
        /// An opportunity.
        Opportunity = "opportunity",
    } invalid = "invalid_resource_type"
}

crate::stored_enum! {
    /// What happened to a listing.
    ChangeOp {
        /// Created or changed: fetch or use the embedded object.
        Upsert = "upsert",
        /// Deleted or no longer public: remove your copy.
        Delete = "delete",
    } invalid = "invalid_choice"
}

/// One row of the log.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = change_log)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct Change {
    pub seq: i64,
    pub resource_type: String,
    pub resource_uuid: String,
    pub op: String,
    pub version: i64,
    pub occurred_at: NaiveDateTime,
}

/// Serializes writers of public listings on PostgreSQL until the transaction ends (see the
/// module notes). Call it first in every such transaction; taking it again is harmless.
pub fn lock(connection: &mut AnyConnection) -> QueryResult<()> {
    if matches!(connection, AnyConnection::Postgresql(_)) {
        diesel::sql_query("SELECT pg_advisory_xact_lock($1)")
            .bind::<diesel::sql_types::BigInt, _>(WRITE_LOCK)
            .execute(connection)?;
    }
    Ok(())
}

/// Appends one change. Call it inside the transaction that makes the change, after the writes.
pub fn record(
    connection: &mut AnyConnection,
    resource_type: ResourceType,
    uuid: &str,
    op: ChangeOp,
    version: i64,
) -> QueryResult<()> {
    lock(connection)?;
    diesel::insert_into(change_log::table)
        .values((
            change_log::resource_type.eq(resource_type.as_str()),
            change_log::resource_uuid.eq(uuid),
            change_log::op.eq(op.as_str()),
            change_log::version.eq(version),
            change_log::occurred_at.eq(Utc::now().naive_utc()),
        ))
        .execute(connection)?;
    Ok(())
}

/// Records a change to a listing of `group`, if the group is public now (read under the lock).
pub fn record_in_group(
    connection: &mut AnyConnection,
    group: &Group,
    resource_type: ResourceType,
    uuid: &str,
    op: ChangeOp,
    version: i64,
) -> QueryResult<()> {
    if is_public(connection, group.id)? && !hidden_itself(connection, resource_type, uuid)? {
        record(connection, resource_type, uuid, op, version)?;
    }
    Ok(())
}

/// Whether the group is public and not hidden by moderation, as committed by the writers
/// before us.
fn is_public(connection: &mut AnyConnection, group_id: i64) -> QueryResult<bool> {
    lock(connection)?;
    let found: Option<(String, Option<String>)> = groups::table
        .find(group_id)
        .select((groups::visibility, groups::hidden))
        .first(connection)
        .optional()?;
    Ok(matches!(found, Some((visibility, None)) if visibility == Visibility::Public.as_str()))
}

/// Whether moderation hides this event or opportunity on its own: partners were told it is
/// gone, and edits must not bring it back.
fn hidden_itself(
    connection: &mut AnyConnection,
    resource_type: ResourceType,
    uuid: &str,
) -> QueryResult<bool> {
    let hidden: Option<Option<String>> = match resource_type {
        ResourceType::Group => return Ok(false),
        ResourceType::Event => events::table
            .filter(events::uuid.eq(uuid))
            .select(events::hidden)
            .first(connection)
            .optional()?,
        ResourceType::Opportunity => opportunities::table
            .filter(opportunities::uuid.eq(uuid))
            .select(opportunities::hidden)
            .first(connection)
            .optional()?,
    };
    Ok(matches!(hidden, Some(Some(_))))
}

/// Records `op` for a group and every event and opportunity in it: used when a group becomes
/// public (upserts) or stops being public or is deleted (deletes).
pub fn record_group_with_contents(
    connection: &mut AnyConnection,
    group_id: i64,
    op: ChangeOp,
) -> QueryResult<()> {
    lock(connection)?;
    let group: (String, i64) = groups::table
        .find(group_id)
        .select((groups::uuid, groups::version))
        .first(connection)?;
    // Contents hidden on their own stay gone when the group comes back.
    let shown = |(uuid, version, hidden): (String, i64, Option<String>)| {
        (op == ChangeOp::Delete || hidden.is_none()).then_some((uuid, version))
    };
    let group_events: Vec<(String, i64)> = events::table
        .filter(events::group_id.eq(group_id))
        .order(events::id)
        .select((events::uuid, events::version, events::hidden))
        .load(connection)?
        .into_iter()
        .filter_map(shown)
        .collect();
    let group_opportunities: Vec<(String, i64)> = opportunities::table
        .filter(opportunities::group_id.eq(group_id))
        .order(opportunities::id)
        .select((
            opportunities::uuid,
            opportunities::version,
            opportunities::hidden,
        ))
        .load(connection)?
        .into_iter()
        .filter_map(shown)
        .collect();
    // Contents go before the group on delete, after it on upsert, so a partner never holds
    // an event whose group it has not seen.
    let contents = group_events
        .into_iter()
        .map(|(uuid, version)| (ResourceType::Event, uuid, version))
        .chain(
            group_opportunities
                .into_iter()
                .map(|(uuid, version)| (ResourceType::Opportunity, uuid, version)),
        );
    let group_entry = (ResourceType::Group, group.0, group.1);
    let ordered: Vec<(ResourceType, String, i64)> = match op {
        ChangeOp::Delete => contents.chain(std::iter::once(group_entry)).collect(),
        ChangeOp::Upsert => std::iter::once(group_entry).chain(contents).collect(),
    };
    for (resource_type, uuid, version) in ordered {
        record(connection, resource_type, &uuid, op, version)?;
    }
    Ok(())
}

/// A deleted listing's marker.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = tombstones)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct Tombstone {
    pub resource_uuid: String,
    pub resource_type: String,
    pub slug: Option<String>,
    pub deleted_at: NaiveDateTime,
}

/// Leaves a tombstone for a deleted public listing (groups also by their slug).
pub fn bury(
    connection: &mut AnyConnection,
    resource_type: ResourceType,
    uuid: &str,
    slug: Option<&str>,
) -> QueryResult<()> {
    diesel::delete(tombstones::table.find(uuid)).execute(connection)?;
    diesel::insert_into(tombstones::table)
        .values((
            tombstones::resource_uuid.eq(uuid),
            tombstones::resource_type.eq(resource_type.as_str()),
            tombstones::slug.eq(slug),
            tombstones::deleted_at.eq(Utc::now().naive_utc()),
        ))
        .execute(connection)?;
    Ok(())
}

/// Leaves tombstones for a deleted public group (by uuid and slug) and everything in it.
pub fn bury_group_with_contents(connection: &mut AnyConnection, group_id: i64) -> QueryResult<()> {
    let (uuid, slug): (String, String) = groups::table
        .find(group_id)
        .select((groups::uuid, groups::slug))
        .first(connection)?;
    let event_uuids: Vec<String> = events::table
        .filter(events::group_id.eq(group_id))
        .select(events::uuid)
        .load(connection)?;
    let opportunity_uuids: Vec<String> = opportunities::table
        .filter(opportunities::group_id.eq(group_id))
        .select(opportunities::uuid)
        .load(connection)?;
    for uuid in event_uuids {
        bury(connection, ResourceType::Event, &uuid, None)?;
    }
    for uuid in opportunity_uuids {
        bury(connection, ResourceType::Opportunity, &uuid, None)?;
    }
    bury(connection, ResourceType::Group, &uuid, Some(&slug))
}

/// Deletes a public listing for partners: a `delete` change and a tombstone.
pub fn record_deletion(
    connection: &mut AnyConnection,
    group: &Group,
    resource_type: ResourceType,
    uuid: &str,
    version: i64,
) -> QueryResult<()> {
    // The listing's row is gone by now, but its group is still there.
    if is_public(connection, group.id)? {
        record(connection, resource_type, uuid, ChangeOp::Delete, version)?;
        bury(connection, resource_type, uuid, None)?;
    }
    Ok(())
}

/// The tombstone of a deleted listing, found by uuid (or, for groups, by slug too).
pub fn find_tombstone(
    connection: &mut AnyConnection,
    resource_type: ResourceType,
    key: &str,
) -> QueryResult<Option<Tombstone>> {
    tombstones::table
        .filter(tombstones::resource_type.eq(resource_type.as_str()))
        .filter(
            tombstones::resource_uuid
                .eq(key)
                .or(tombstones::slug.eq(key).assume_not_null()),
        )
        .order(tombstones::deleted_at.desc())
        .select(Tombstone::as_select())
        .first(connection)
        .optional()
}

/// The error for a listing that is not here: `listing_removed` (410, with its tombstone) when
/// it was a public listing that got deleted, else `not_found`.
pub fn missing(connection: &mut AnyConnection, resource_type: ResourceType, key: &str) -> AppError {
    match find_tombstone(connection, resource_type, key) {
        Ok(Some(tombstone)) => AppError::Gone(GoneListing {
            id: tombstone.resource_uuid,
            kind: "Tombstone",
            former_type: tombstone.resource_type,
            deleted_at: tombstone.deleted_at.and_utc(),
        }),
        Ok(None) => AppError::NotFound,
        Err(error) => error.into(),
    }
}

/// What pruning has forgotten, for judging cursors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Horizon {
    /// The newest deletion ever pruned: a cursor before it may have missed it.
    pub pruned_before: i64,
    /// How many prunes have forgotten deletions. A cursor minted in the current epoch has
    /// missed nothing, wherever it points: no deletion was forgotten since it was handed out.
    pub epoch: i64,
}

impl Horizon {
    /// Whether a cursor at `after`, handed out in `epoch`, may have missed a pruned deletion.
    pub fn expires(&self, after: i64, epoch: i64) -> bool {
        after > 0 && after < self.pruned_before && epoch != self.epoch
    }
}

/// The sequence number of the newest change kept (0 for an empty log): a feed position.
pub fn newest(connection: &mut AnyConnection) -> QueryResult<i64> {
    change_log::table
        .select(diesel::dsl::max(change_log::seq))
        .first::<Option<i64>>(connection)
        .map(|newest| newest.unwrap_or(0))
}

/// The current horizon.
pub fn horizon(connection: &mut AnyConnection) -> AppResult<Horizon> {
    let (pruned_before, epoch) = change_log_horizon::table
        .select((
            change_log_horizon::pruned_before,
            change_log_horizon::prune_epoch,
        ))
        .first(connection)?;
    Ok(Horizon {
        pruned_before,
        epoch,
    })
}

/// Forgets changes older than the retention period that a later change supersedes, and, once a
/// day's worth has passed the retention period, old deletions; cursors handed out before that
/// and pointing before a forgotten deletion then answer 410.
pub fn prune(connection: &mut AnyConnection, retention_days: i64) -> AppResult<usize> {
    let cutoff: NaiveDateTime = Utc::now().naive_utc() - chrono::Duration::days(retention_days);
    db::write_transaction(connection, |connection| {
        let superseded = "DELETE FROM change_log WHERE occurred_at < {} AND EXISTS (SELECT 1 FROM \
             change_log later WHERE later.resource_uuid = change_log.resource_uuid AND later.seq > change_log.seq)";
        let placeholder = match connection {
            AnyConnection::Postgresql(_) => "$1",
            AnyConnection::Sqlite(_) => "?",
        };
        let removed = diesel::sql_query(superseded.replace("{}", placeholder))
            .bind::<diesel::sql_types::Timestamp, _>(cutoff)
            .execute(connection)?;
        // Deletions are forgotten in daily batches, not hourly: each batch starts a new prune
        // epoch, which sends readers part-way through the feed back to its start.
        let batch_due: i64 = change_log::table
            .filter(change_log::occurred_at.lt(cutoff - chrono::Duration::days(1)))
            .filter(change_log::op.eq(ChangeOp::Delete.as_str()))
            .count()
            .get_result(connection)?;
        if batch_due == 0 {
            return Ok(removed);
        }
        // Whatever came before a deletion about to be forgotten goes with it, even a row whose
        // own clock reads later (instances' clocks differ): left alone, it would bring the
        // listing back for anyone reading from the start.
        let before_old_deletes = "DELETE FROM change_log WHERE EXISTS (SELECT 1 FROM change_log \
             later WHERE later.resource_uuid = change_log.resource_uuid AND later.seq > \
             change_log.seq AND later.op = 'delete' AND later.occurred_at < {})";
        let removed = removed
            + diesel::sql_query(before_old_deletes.replace("{}", placeholder))
                .bind::<diesel::sql_types::Timestamp, _>(cutoff)
                .execute(connection)?;
        let old_deletes = change_log::table
            .filter(change_log::occurred_at.lt(cutoff))
            .filter(change_log::op.eq(ChangeOp::Delete.as_str()));
        let newest_pruned_delete: Option<i64> = old_deletes
            .select(diesel::dsl::max(change_log::seq))
            .first(connection)?;
        let deleted = diesel::delete(old_deletes).execute(connection)?;
        // A cursor handed out before now, and before a forgotten deletion, may still hold the
        // deleted listing: a new epoch, and a horizon at least that far.
        if let (Some(newest_pruned_delete), true) = (newest_pruned_delete, deleted > 0) {
            diesel::update(change_log_horizon::table)
                .set(change_log_horizon::prune_epoch.eq(change_log_horizon::prune_epoch + 1_i64))
                .execute(connection)?;
            diesel::update(
                change_log_horizon::table
                    .filter(change_log_horizon::pruned_before.lt(newest_pruned_delete)),
            )
            .set(change_log_horizon::pruned_before.eq(newest_pruned_delete))
            .execute(connection)?;
        }
        Ok::<usize, AppError>(removed + deleted)
    })
}
