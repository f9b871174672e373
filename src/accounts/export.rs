//! "Export my data": everything the service keeps about a member, as one JSON document.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::User;
use super::view::{AccountView, utc};
use crate::auth::session::Identity;
use crate::db::{self, schema::sessions};
use crate::error::AppResult;
use crate::state::AppState;

/// Everything the service keeps about a member, for "export my data".
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AccountExport {
    /// When this export was made (UTC).
    pub exported_at: DateTime<Utc>,
    /// The account and profile.
    pub account: AccountView,
    /// Signed-in sessions (tokens are never stored, so none appear).
    pub sessions: Vec<ExportedSession>,
}

/// One session in an export.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ExportedSession {
    /// When the member logged in.
    pub created_at: DateTime<Utc>,
    /// When the session was last used (to within a few minutes).
    pub last_seen_at: DateTime<Utc>,
    /// When it ends unless the member logs out first.
    pub expires_at: DateTime<Utc>,
}

/// Collects a member's data.
pub async fn collect(state: &AppState, identity: &Identity) -> AppResult<AccountExport> {
    let user_id = identity.user.id;
    db::run(&state.db, move |connection| {
        let user = User::find(connection, user_id)?;
        let sessions = sessions::table
            .filter(sessions::user_id.eq(user_id))
            .order(sessions::created_at.asc())
            .select((
                sessions::created_at,
                sessions::last_seen_at,
                sessions::expires_at,
            ))
            .load::<(NaiveDateTime, NaiveDateTime, NaiveDateTime)>(connection)?
            .into_iter()
            .map(|(created_at, last_seen_at, expires_at)| ExportedSession {
                created_at: utc(created_at),
                last_seen_at: utc(last_seen_at),
                expires_at: utc(expires_at),
            })
            .collect();
        Ok(AccountExport {
            exported_at: Utc::now(),
            account: AccountView::from(user),
            sessions,
        })
    })
    .await
}
