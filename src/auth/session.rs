//! Server-side sessions: random tokens handed to the client, only their hashes stored.
//!
//! The same sessions serve the HTML pages (cookie) and the JSON API (`Authorization: Bearer`).

use chrono::{Duration, Utc};
use diesel::prelude::*;

use crate::accounts::User;
use crate::auth::tokens;
use crate::db::schema::{sessions, users};
use crate::db::{AnyConnection, DbPool};
use crate::error::AppError;

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "session";

/// How stale `last_seen_at` may get before a request refreshes it (saves a write per request).
const LAST_SEEN_RESOLUTION: Duration = Duration::minutes(5);

/// A signed-in member and the session that proves it.
#[derive(Debug, Clone)]
pub struct Identity {
    /// The member.
    pub user: User,
    /// The session row, so logout ends exactly this one.
    pub session_id: i64,
}

/// Starts a session for `user_id`; returns the token to hand to the client.
pub fn start(connection: &mut AnyConnection, user_id: i64, days: i64) -> Result<String, AppError> {
    let token = tokens::generate();
    let now = Utc::now().naive_utc();
    // Housekeeping: this member's expired sessions are never used again.
    diesel::delete(
        sessions::table
            .filter(sessions::user_id.eq(user_id))
            .filter(sessions::expires_at.le(now)),
    )
    .execute(connection)?;
    diesel::insert_into(sessions::table)
        .values((
            sessions::token_hash.eq(tokens::hash(&token)),
            sessions::user_id.eq(user_id),
            sessions::created_at.eq(now),
            sessions::last_seen_at.eq(now),
            sessions::expires_at.eq(now + Duration::days(days)),
        ))
        .execute(connection)?;
    Ok(token)
}

/// Finds the live session for `token`, if any, with the member's count of unread
/// notifications when `count_unread` (pages show it; machines do not need it).
pub async fn authenticate(
    pool: &DbPool,
    token: String,
    count_unread: bool,
) -> Result<Option<(Identity, i64)>, AppError> {
    crate::db::run(pool, move |connection| {
        let now = Utc::now().naive_utc();
        let found: Option<(i64, chrono::NaiveDateTime, User)> = sessions::table
            .inner_join(users::table)
            .filter(sessions::token_hash.eq(tokens::hash(&token)))
            .filter(sessions::expires_at.gt(now))
            .filter(users::suspended_at.is_null())
            .select((sessions::id, sessions::last_seen_at, User::as_select()))
            .first(connection)
            .optional()?;
        let Some((session_id, last_seen_at, user)) = found else {
            return Ok(None);
        };
        if now - last_seen_at > LAST_SEEN_RESOLUTION {
            diesel::update(sessions::table.find(session_id))
                .set(sessions::last_seen_at.eq(now))
                .execute(connection)?;
        }
        let unread = if count_unread {
            crate::notifications::listing::unread_count(connection, user.id)?
        } else {
            0
        };
        Ok(Some((Identity { user, session_id }, unread)))
    })
    .await
}

/// Ends one session.
pub fn end(connection: &mut AnyConnection, session_id: i64) -> Result<(), AppError> {
    diesel::delete(sessions::table.find(session_id)).execute(connection)?;
    Ok(())
}

/// Ends every session of `user_id` except `keep`.
pub fn end_others(
    connection: &mut AnyConnection,
    user_id: i64,
    keep: i64,
) -> Result<usize, AppError> {
    Ok(diesel::delete(
        sessions::table
            .filter(sessions::user_id.eq(user_id))
            .filter(sessions::id.ne(keep)),
    )
    .execute(connection)?)
}
