//! A member's notifications as they read them: newest first, keyset-paged, in their language
//! and zone; read marks; the unread count shown in the header.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::inbox::{Payload, Reader};
use super::kinds::NotificationKind;
use crate::auth::session::Identity;
use crate::db::schema::notifications;
use crate::db::{self, AnyConnection};
use crate::error::{AppError, AppResult};
use crate::paging::{decode_cursor, encode_cursor};
use crate::state::AppState;

/// One notification as the member reads it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct NotificationView {
    /// Public id.
    pub id: String,
    /// The kind id (as in the settings).
    pub kind: NotificationKind,
    /// What happened, in the reader's language, times in their zone.
    pub text: String,
    /// Where it leads: a path on this site.
    pub link: String,
    /// Whether the member has read it.
    pub read: bool,
    pub created_at: DateTime<Utc>,
}

/// A page of notifications.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct NotificationPage {
    /// Newest first.
    pub items: Vec<NotificationView>,
    /// How many of all the member's notifications are unread.
    pub unread: i64,
    /// The cursor of the next (older) page, if there is one.
    pub next_cursor: Option<String>,
}

type Row = (
    i64,
    String,
    String,
    String,
    String,
    String,
    NaiveDateTime,
    Option<NaiveDateTime>,
);

/// How many of `user_id`'s notifications are unread.
pub fn unread_count(connection: &mut AnyConnection, user_id: i64) -> QueryResult<i64> {
    notifications::table
        .filter(notifications::user_id.eq(user_id))
        .filter(notifications::read_at.is_null())
        .count()
        .get_result(connection)
}

/// The page of `identity`'s notifications after `cursor` (older ones), at most `limit`, said
/// for `reader`.
pub async fn page(
    state: &AppState,
    identity: &Identity,
    reader: &Reader,
    cursor: Option<&str>,
    limit: i64,
) -> AppResult<NotificationPage> {
    let before = match cursor {
        Some(cursor) => Some(
            decode_cursor(cursor)
                .map_err(|invalid| AppError::field("cursor", invalid))?
                .1,
        ),
        None => None,
    };
    let user_id = identity.user.id;
    let (rows, unread) = db::run(&state.db, move |connection| {
        let mut query = notifications::table
            .filter(notifications::user_id.eq(user_id))
            .into_boxed();
        if let Some(before) = before {
            query = query.filter(notifications::id.lt(before));
        }
        let rows: Vec<Row> = query
            .order(notifications::id.desc())
            .limit(limit + 1)
            .select((
                notifications::id,
                notifications::uuid,
                notifications::kind,
                notifications::message,
                notifications::payload,
                notifications::link,
                notifications::created_at,
                notifications::read_at,
            ))
            .load(connection)?;
        Ok((rows, unread_count(connection, user_id)?))
    })
    .await?;
    let more = rows.len() as i64 > limit;
    let items: Vec<(i64, NotificationView)> = rows
        .into_iter()
        .take(limit as usize)
        .map(
            |(id, uuid, kind, message, payload, link, created_at, read_at)| {
                let payload: Payload = serde_json::from_str(&payload).unwrap_or_default();
                let view = NotificationView {
                    id: uuid,
                    kind: NotificationKind::parse(&kind).unwrap_or(NotificationKind::JoinRequest),
                    text: crate::i18n::strip_isolation_marks(&reader.say(&message, &payload)),
                    link,
                    read: read_at.is_some(),
                    created_at: created_at.and_utc(),
                };
                (id, view)
            },
        )
        .collect();
    let next_cursor = items
        .last()
        .filter(|_| more)
        .map(|(id, _)| encode_cursor(*id, *id));
    Ok(NotificationPage {
        items: items.into_iter().map(|(_, view)| view).collect(),
        unread,
        next_cursor,
    })
}

/// Marks one of `identity`'s notifications read and returns where it leads; another
/// member's is `not_found`.
pub async fn open(state: &AppState, identity: &Identity, id: &str) -> AppResult<String> {
    let (user_id, id) = (identity.user.id, id.to_owned());
    db::run(&state.db, move |connection| {
        let (found, link) = notifications::table
            .filter(notifications::uuid.eq(&id))
            .filter(notifications::user_id.eq(user_id))
            .select((notifications::id, notifications::link))
            .first::<(i64, String)>(connection)
            .optional()?
            .ok_or(AppError::NotFound)?;
        diesel::update(
            notifications::table
                .find(found)
                .filter(notifications::read_at.is_null()),
        )
        .set(notifications::read_at.eq(Utc::now().naive_utc()))
        .execute(connection)?;
        Ok(link)
    })
    .await
}

/// Marks one of `identity`'s notifications read; another member's is `not_found`.
pub async fn mark_read(state: &AppState, identity: &Identity, id: &str) -> AppResult<()> {
    open(state, identity, id).await.map(|_| ())
}

/// Marks all of `identity`'s notifications read.
pub async fn mark_all_read(state: &AppState, identity: &Identity) -> AppResult<()> {
    let user_id = identity.user.id;
    db::run(&state.db, move |connection| {
        diesel::update(
            notifications::table
                .filter(notifications::user_id.eq(user_id))
                .filter(notifications::read_at.is_null()),
        )
        .set(notifications::read_at.eq(Utc::now().naive_utc()))
        .execute(connection)?;
        Ok(())
    })
    .await
}
