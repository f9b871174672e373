//! Suspending a member: their sessions end at once, login is refused with a notice, and the
//! listings they created are hidden (as `suspension`, so lifting shows exactly those again and
//! leaves alone what a moderator hid for its own sake).

use chrono::Utc;
use diesel::prelude::*;

use super::hiding::{self, HiddenBy, Listing};
use crate::db::AnyConnection;
use crate::db::schema::{events, groups, opportunities, sessions, users};
use crate::error::AppResult;
use crate::federation::change_log;

/// Suspends `user_id`; whether they were not suspended already. Call inside a write transaction.
pub fn suspend(connection: &mut AnyConnection, user_id: i64) -> AppResult<bool> {
    // The change-log lock before any row lock, as every writer of public listings takes it.
    change_log::lock(connection)?;
    let changed = diesel::update(
        users::table
            .find(user_id)
            .filter(users::suspended_at.is_null()),
    )
    .set(users::suspended_at.eq(Utc::now().naive_utc()))
    .execute(connection)?;
    if changed == 0 {
        return Ok(false);
    }
    diesel::delete(sessions::table.filter(sessions::user_id.eq(user_id))).execute(connection)?;
    for (listing, id) in created_by(connection, user_id)? {
        hiding::hide(connection, listing, id, HiddenBy::Suspension)?;
    }
    Ok(true)
}

/// Lifts a suspension; whether there was one. Call inside a write transaction.
pub fn lift(connection: &mut AnyConnection, user_id: i64) -> AppResult<bool> {
    change_log::lock(connection)?;
    let changed = diesel::update(
        users::table
            .find(user_id)
            .filter(users::suspended_at.is_not_null()),
    )
    .set(users::suspended_at.eq(None::<chrono::NaiveDateTime>))
    .execute(connection)?;
    if changed == 0 {
        return Ok(false);
    }
    for (listing, id) in created_by(connection, user_id)? {
        hiding::restore(connection, listing, id, Some(HiddenBy::Suspension))?;
    }
    Ok(true)
}

/// Whether `user_id` is suspended.
pub fn is_suspended(connection: &mut AnyConnection, user_id: i64) -> QueryResult<bool> {
    let suspended_at: Option<chrono::NaiveDateTime> = users::table
        .find(user_id)
        .select(users::suspended_at)
        .first(connection)?;
    Ok(suspended_at.is_some())
}

/// Every listing `user_id` created: groups first, so their contents follow them.
fn created_by(connection: &mut AnyConnection, user_id: i64) -> QueryResult<Vec<(Listing, i64)>> {
    let group_ids: Vec<i64> = groups::table
        .filter(groups::created_by.eq(user_id))
        .select(groups::id)
        .load(connection)?;
    let event_ids: Vec<i64> = events::table
        .filter(events::created_by.eq(user_id))
        .select(events::id)
        .load(connection)?;
    let opportunity_ids: Vec<i64> = opportunities::table
        .filter(opportunities::created_by.eq(user_id))
        .select(opportunities::id)
        .load(connection)?;
    Ok(group_ids
        .into_iter()
        .map(|id| (Listing::Group, id))
        .chain(event_ids.into_iter().map(|id| (Listing::Event, id)))
        .chain(
            opportunity_ids
                .into_iter()
                .map(|id| (Listing::Opportunity, id)),
        )
        .collect())
}
