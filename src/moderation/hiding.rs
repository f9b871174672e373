//! Hiding and restoring listings: the one place the moderation state of groups, events and
//! opportunities is written. A hidden listing is a state of its row (`hidden`), which every read
//! path filters in its own query; here it is set, the version bumped, and partners told: a
//! listing that was public leaves the change log as a `delete`, and comes back as an `upsert`
//! when restored. Hiding a group hides its events and opportunities with it (their queries
//! join the group), without touching their rows, so restoring the group brings back exactly
//! those not hidden on their own.

use chrono::Utc;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{events, groups, opportunities};
use crate::error::AppResult;
use crate::federation::change_log::{self, ChangeOp, ResourceType};
use crate::groups::Visibility;

crate::stored_enum! {
    /// Why a listing is hidden.
    HiddenBy {
        /// A moderator hid it.
        Moderation = "moderation",
        /// Its creator is suspended; lifting the suspension shows it again.
        Suspension = "suspension",
    } invalid = "invalid_choice"
}

/// A listing kind moderation hides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing {
    Group,
    Event,
    Opportunity,
}

impl Listing {
    fn resource_type(self) -> ResourceType {
        match self {
            Self::Group => ResourceType::Group,
            Self::Event => ResourceType::Event,
            Self::Opportunity => ResourceType::Opportunity,
        }
    }
}

/// A listing's moderation facts: its uuid, its group, whether it is hidden itself.
struct State {
    uuid: String,
    group_id: i64,
    hidden: Option<String>,
}

fn state(connection: &mut AnyConnection, listing: Listing, id: i64) -> QueryResult<State> {
    let (uuid, group_id, hidden) = match listing {
        Listing::Group => groups::table
            .find(id)
            .select((groups::uuid, groups::id, groups::hidden))
            .first(connection)?,
        Listing::Event => events::table
            .find(id)
            .select((events::uuid, events::group_id, events::hidden))
            .first(connection)?,
        Listing::Opportunity => opportunities::table
            .find(id)
            .select((
                opportunities::uuid,
                opportunities::group_id,
                opportunities::hidden,
            ))
            .first(connection)?,
    };
    Ok(State {
        uuid,
        group_id,
        hidden,
    })
}

/// Whether the group is public and not hidden: whether its listings reach partners.
pub fn group_listed(connection: &mut AnyConnection, group_id: i64) -> QueryResult<bool> {
    let (visibility, hidden): (String, Option<String>) = groups::table
        .find(group_id)
        .select((groups::visibility, groups::hidden))
        .first(connection)?;
    Ok(visibility == Visibility::Public.as_str() && hidden.is_none())
}

/// Sets (`Some`) or clears (`None`) the hidden state and bumps the version; the new version.
fn write(
    connection: &mut AnyConnection,
    listing: Listing,
    id: i64,
    hidden: Option<HiddenBy>,
) -> QueryResult<i64> {
    let now = Utc::now().naive_utc();
    let value = hidden.map(|why| why.as_str());
    match listing {
        Listing::Group => diesel::update(groups::table.find(id))
            .set((
                groups::hidden.eq(value),
                groups::version.eq(groups::version + 1_i64),
                groups::updated_at.eq(now),
            ))
            .returning(groups::version)
            .get_result(connection),
        Listing::Event => diesel::update(events::table.find(id))
            .set((
                events::hidden.eq(value),
                events::version.eq(events::version + 1_i64),
                events::updated_at.eq(now),
            ))
            .returning(events::version)
            .get_result(connection),
        Listing::Opportunity => diesel::update(opportunities::table.find(id))
            .set((
                opportunities::hidden.eq(value),
                opportunities::version.eq(opportunities::version + 1_i64),
                opportunities::updated_at.eq(now),
            ))
            .returning(opportunities::version)
            .get_result(connection),
    }
}

/// Hides a shown listing for `why`; whether that changed anything. A moderator hiding what is
/// hidden only because its creator is suspended makes it a moderator's hide, so lifting the
/// suspension leaves it hidden. Call inside a write transaction.
pub fn hide(
    connection: &mut AnyConnection,
    listing: Listing,
    id: i64,
    why: HiddenBy,
) -> AppResult<bool> {
    change_log::lock(connection)?;
    let before = state(connection, listing, id)?;
    match (before.hidden.as_deref(), why) {
        (None, _) => {}
        (Some(stored), HiddenBy::Moderation) if stored == HiddenBy::Suspension.as_str() => {
            // Partners were told already; only the reason changes.
            write(connection, listing, id, Some(why))?;
            return Ok(true);
        }
        (Some(_), _) => return Ok(false),
    }
    let was_listed = group_listed(connection, before.group_id)?;
    let version = write(connection, listing, id, Some(why))?;
    if was_listed {
        match listing {
            Listing::Group => {
                change_log::record_group_with_contents(connection, id, ChangeOp::Delete)?
            }
            _ => change_log::record(
                connection,
                listing.resource_type(),
                &before.uuid,
                ChangeOp::Delete,
                version,
            )?,
        }
    }
    Ok(true)
}

/// Shows a listing hidden for `why` (any reason when `None`); whether it was hidden so.
pub fn restore(
    connection: &mut AnyConnection,
    listing: Listing,
    id: i64,
    why: Option<HiddenBy>,
) -> AppResult<bool> {
    change_log::lock(connection)?;
    let before = state(connection, listing, id)?;
    let matches = match (&before.hidden, why) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(stored), Some(why)) => stored == why.as_str(),
    };
    if !matches {
        return Ok(false);
    }
    let version = write(connection, listing, id, None)?;
    if group_listed(connection, before.group_id)? {
        match listing {
            Listing::Group => {
                change_log::record_group_with_contents(connection, id, ChangeOp::Upsert)?
            }
            _ => change_log::record(
                connection,
                listing.resource_type(),
                &before.uuid,
                ChangeOp::Upsert,
                version,
            )?,
        }
    }
    Ok(true)
}
