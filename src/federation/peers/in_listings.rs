//! Imported events and opportunities in our listings. An event or opportunity a diaspora-hub
//! peer sent, published here and not rejected, whose group is in our directory
//! ([`super::in_directory`]), gets a read-only row among ours: parsed with our own rules from the
//! peer's object (an event with its dates and moved dates; an opportunity with its skills and
//! languages) and indexed for search, so `/events`, `/opportunities`, their filters, search and
//! the API list it beside ours. It points at its imported listing and goes with it (or with its
//! group); it has no page, RSVP, interest or feed entry here, and never enters our change log
//! (no echo).

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde_json::Value;

use super::imported::ImportedListing;
use crate::db::AnyConnection;
use crate::db::schema::{events, groups, imported_listings, opportunities};
use crate::db::search::{self, SearchIndex};
use crate::events::EventStatus;
use crate::events::input::{EventFields, EventInput};
use crate::events::occurrences::Move;
use crate::opportunities::OpportunityStatus;
use crate::opportunities::input::{OpportunityFields, OpportunityInput};

/// Brings the listing row of imported event `listing` in line with it (in the caller's
/// transaction): written afresh when it is published, not rejected, parses as an event and its
/// group is in our directory; removed otherwise. (A calendar peer's events go to
/// [`super::in_calendar`].)
pub fn refresh_event(connection: &mut AnyConnection, listing: &ImportedListing) -> QueryResult<()> {
    match listed_event(connection, listing)? {
        Some(event) => write_event(connection, listing, &event),
        None => remove_event(connection, listing.id),
    }
}

/// A peer's event, read for our listings: its group here, whether it is cancelled, its fields
/// and its moved dates.
pub(super) struct ListedEvent {
    pub group_id: i64,
    pub cancelled: bool,
    pub fields: EventFields,
    pub moved: Vec<Move>,
}

/// The hub event `listing` as it is to be listed, or `None` when it is not to be.
fn listed_event(
    connection: &mut AnyConnection,
    listing: &ImportedListing,
) -> QueryResult<Option<ListedEvent>> {
    if !listable(listing, "event") {
        return Ok(None);
    }
    let Ok(object) = serde_json::from_str::<Value>(&listing.document) else {
        return Ok(None);
    };
    let Some(group_id) = directory_group(connection, listing.peer_id, &object)? else {
        return Ok(None);
    };
    let Ok(mut input) = serde_json::from_value::<EventInput>(object.clone()) else {
        return Ok(None);
    };
    // Never shown here; people join online through the original.
    input.online_url = None;
    let Ok(fields) = input.parse() else {
        return Ok(None);
    };
    Ok(Some(ListedEvent {
        group_id,
        cancelled: object["status"].as_str() == Some("cancelled"),
        fields,
        moved: moves(&object),
    }))
}

/// Whether `listing` is of `resource_type`, published here and not rejected.
pub(super) fn listable(listing: &ImportedListing, resource_type: &str) -> bool {
    listing.resource_type == resource_type && listing.published && listing.rejected_at.is_none()
}

/// The listing row of imported listing `listing_id` in `events`, if it has one.
fn current_event(connection: &mut AnyConnection, listing_id: i64) -> QueryResult<Option<i64>> {
    events::table
        .filter(events::imported_listing_id.eq(listing_id))
        .select(events::id)
        .first(connection)
        .optional()
}

/// Takes the listing row of imported event `listing_id` away (with its search text), if any.
pub(super) fn remove_event(connection: &mut AnyConnection, listing_id: i64) -> QueryResult<()> {
    if let Some(event_id) = current_event(connection, listing_id)? {
        search::remove(connection, SearchIndex::Events, event_id)?;
        diesel::delete(events::table.find(event_id)).execute(connection)?;
    }
    Ok(())
}

/// Writes the listing row of imported event `listing`, with its dates, moved dates and search
/// text: in place when it has one (its id and public id stay), else as a new row.
pub(super) fn write_event(
    connection: &mut AnyConnection,
    listing: &ImportedListing,
    event: &ListedEvent,
) -> QueryResult<()> {
    if event.fields.schedule.occurrences.is_empty() {
        // Every date of the series cancelled: nothing to list.
        return remove_event(connection, listing.id);
    }
    let now = Utc::now().naive_utc();
    let status = if event.cancelled {
        EventStatus::Cancelled
    } else {
        EventStatus::Scheduled
    };
    let changing = (
        events::group_id.eq(event.group_id),
        events::status.eq(status.as_str()),
        events::version.eq(listing.remote_version),
        events::updated_at.eq(now),
        events::origin_url.eq(listing.canonical_url.clone()),
    );
    let event_id = match current_event(connection, listing.id)? {
        Some(event_id) => {
            diesel::update(events::table.find(event_id))
                .set(changing)
                .execute(connection)?;
            event_id
        }
        None => crate::events::service::insert_placeholder(
            connection,
            crate::events::service::NewRow {
                group_id: event.group_id,
                status,
                version: listing.remote_version,
                created_by: None,
                imported: Some((listing.id, listing.canonical_url.clone())),
            },
        )?,
    };
    crate::events::service::write_fields(
        connection,
        event_id,
        event.group_id,
        &event.fields,
        &event.moved,
    )
    .map_err(query_error)
}

/// An error of ours in writing a projected row, as the database error its callers pass on.
fn query_error(error: crate::error::AppError) -> diesel::result::Error {
    diesel::result::Error::QueryBuilderError(error.to_string().into())
}

/// Brings the listing row of imported opportunity `listing` in line with it (in the caller's
/// transaction), as [`refresh_event`] does for events. One that has expired on its peer stays
/// listed as expired (the listing's `status=all` shows it).
pub fn refresh_opportunity(
    connection: &mut AnyConnection,
    listing: &ImportedListing,
) -> QueryResult<()> {
    let current: Option<i64> = opportunities::table
        .filter(opportunities::imported_listing_id.eq(listing.id))
        .select(opportunities::id)
        .first(connection)
        .optional()?;
    let Some((group_id, fields)) = listed_opportunity(connection, listing)? else {
        if let Some(opportunity_id) = current {
            search::remove(connection, SearchIndex::Opportunities, opportunity_id)?;
            diesel::delete(opportunities::table.find(opportunity_id)).execute(connection)?;
        }
        return Ok(());
    };
    let now = Utc::now().naive_utc();
    let changing = (
        opportunities::group_id.eq(group_id),
        opportunities::version.eq(listing.remote_version),
        opportunities::updated_at.eq(now),
        opportunities::origin_url.eq(listing.canonical_url.clone()),
    );
    // Written in place when it has a row: its id (the listing's order) and public id stay.
    let opportunity_id = match current {
        Some(opportunity_id) => {
            diesel::update(opportunities::table.find(opportunity_id))
                .set(changing)
                .execute(connection)?;
            opportunity_id
        }
        None => diesel::insert_into(opportunities::table)
            .values((
                changing,
                opportunities::uuid.eq(uuid::Uuid::now_v7().to_string()),
                opportunities::created_at.eq(now),
                opportunities::imported_listing_id.eq(listing.id),
                // Filled in by `write_fields` below.
                opportunities::kind.eq(fields.kind.as_str()),
                opportunities::primary_language.eq(""),
                opportunities::expires_at.eq(now),
                opportunities::status.eq(OpportunityStatus::Open.as_str()),
            ))
            .returning(opportunities::id)
            .get_result(connection)?,
    };
    crate::opportunities::service::write_fields(connection, opportunity_id, &fields)
        .map_err(query_error)
}

/// The hub opportunity `listing` as it is to be listed (its group here and its fields), or
/// `None` when it is not to be.
fn listed_opportunity(
    connection: &mut AnyConnection,
    listing: &ImportedListing,
) -> QueryResult<Option<(i64, OpportunityFields)>> {
    if !listable(listing, "opportunity") {
        return Ok(None);
    }
    let Ok(object) = serde_json::from_str::<Value>(&listing.document) else {
        return Ok(None);
    };
    let Some(group_id) = directory_group(connection, listing.peer_id, &object)? else {
        return Ok(None);
    };
    let Ok(input) = serde_json::from_value::<OpportunityInput>(object.clone()) else {
        return Ok(None);
    };
    // Its expiry is judged as when it was written, so an expired one still parses.
    let judged_at = instant(&object["expires_at"])
        .map(|expires_at| expires_at - chrono::Duration::seconds(1))
        .map_or(Utc::now().naive_utc(), |before_expiry| {
            before_expiry.min(Utc::now().naive_utc())
        });
    Ok(input
        .parse_at(judged_at)
        .ok()
        .map(|fields| (group_id, fields)))
}

/// The directory row of the listing's group: the same peer's imported group at `group.url`.
fn directory_group(
    connection: &mut AnyConnection,
    peer_id: i64,
    object: &Value,
) -> QueryResult<Option<i64>> {
    let Some(url) = object["group"]["url"].as_str() else {
        return Ok(None);
    };
    groups::table
        .inner_join(
            imported_listings::table
                .on(groups::imported_listing_id.eq(imported_listings::id.nullable())),
        )
        .filter(imported_listings::peer_id.eq(peer_id))
        .filter(imported_listings::canonical_url.eq(url))
        .select(groups::id)
        .first(connection)
        .optional()
}

/// An RFC 3339 instant of the peer's object, in UTC.
fn instant(value: &Value) -> Option<NaiveDateTime> {
    DateTime::parse_from_rfc3339(value.as_str()?)
        .ok()
        .map(|time| time.with_timezone(&Utc).naive_utc())
}

/// The peer's moved dates, as instants.
pub(super) fn moves(object: &Value) -> Vec<Move> {
    object["moved_occurrences"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|moved| {
            Some(Move {
                recurrence_id: instant(&moved["recurrence_id"])?,
                starts_at: instant(&moved["starts_at"])?,
                ends_at: instant(&moved["ends_at"])?,
            })
        })
        .collect()
}

/// [`refresh_event`] and [`refresh_opportunity`] for the events and opportunities `peer_id`
/// sent of its group at `group_url` (once the group has entered the directory).
pub fn refresh_listings_in(
    connection: &mut AnyConnection,
    peer_id: i64,
    group_url: &str,
) -> QueryResult<()> {
    let listings: Vec<ImportedListing> = imported_listings::table
        .filter(imported_listings::peer_id.eq(peer_id))
        .filter(imported_listings::resource_type.eq_any(["event", "opportunity"]))
        // A cheap first cut; the refresh checks the group exactly.
        .filter(imported_listings::document.like(format!("%{group_url}%")))
        .select(ImportedListing::as_select())
        .load(connection)?;
    for listing in &listings {
        match listing.resource_type.as_str() {
            "event" => refresh_event(connection, listing)?,
            _ => refresh_opportunity(connection, listing)?,
        }
    }
    Ok(())
}
