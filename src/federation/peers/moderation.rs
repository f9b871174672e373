//! Moderating imported listings: what `review` peers sent waits until a moderator or an
//! administrator publishes it. The role check lives here, in [`authorize`], for every caller.

use super::imported::{self, ImportedListing};
use crate::accounts::Role;
use crate::auth::session::Identity;
use crate::db;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// Moderators and administrators only; everyone else is `forbidden`.
pub fn authorize(identity: &Identity) -> AppResult<()> {
    let role = identity.user.role.as_str();
    if role == Role::Moderator.as_str() || role == Role::Admin.as_str() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Listings waiting for review, oldest first, with their peer's address (at most `limit`).
pub async fn waiting(
    state: &AppState,
    identity: &Identity,
    limit: i64,
) -> AppResult<Vec<(ImportedListing, String)>> {
    authorize(identity)?;
    db::run(&state.db, move |connection| {
        Ok(imported::waiting(connection, limit)?)
    })
    .await
}

/// Publishes one waiting listing; `not_found` when there is none with that id.
pub async fn publish(state: &AppState, identity: &Identity, id: i64) -> AppResult<()> {
    authorize(identity)?;
    let published = db::run(&state.db, move |connection| {
        Ok(imported::publish(connection, id)?)
    })
    .await?;
    if published {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}
