//! "Export my data": everything the service keeps about a member, as one JSON document.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::User;
use crate::auth::session::Identity;
use crate::db::{self, schema::sessions};
use crate::error::AppResult;
use crate::state::AppState;

/// Everything the service keeps about a member, for "export my data".
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AccountExport {
    /// When this export was made (UTC).
    pub exported_at: NaiveDateTime,
    /// The account and profile.
    pub account: ExportedAccount,
    /// Signed-in sessions (tokens are never stored, so none appear).
    pub sessions: Vec<ExportedSession>,
}

/// The account part of an export.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ExportedAccount {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub locale: String,
    pub timezone: String,
    pub heritage_country: Option<String>,
    pub residence_country: Option<String>,
    pub residence_city: Option<String>,
    pub languages: Vec<String>,
    pub skills: Vec<String>,
    pub role: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// One session in an export.
#[derive(Debug, Serialize, Queryable, utoipa::ToSchema)]
pub struct ExportedSession {
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
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
            .load::<ExportedSession>(connection)?;
        Ok(AccountExport {
            exported_at: Utc::now().naive_utc(),
            account: ExportedAccount {
                languages: user.language_list(),
                skills: user.skill_list(),
                id: user.uuid,
                email: user.email,
                display_name: user.display_name,
                locale: user.locale,
                timezone: user.timezone,
                heritage_country: user.heritage_country,
                residence_country: user.residence_country,
                residence_city: user.residence_city,
                role: user.role,
                created_at: user.created_at,
                updated_at: user.updated_at,
            },
            sessions,
        })
    })
    .await
}
