//! Moderating imported listings: what `review` peers sent waits until a moderator or an
//! administrator publishes or rejects it; a rejected listing stays hidden through later syncs
//! until someone publishes it anyway. The role check lives here, in [`authorize`], for every
//! caller.

use super::imported::{self, ImportedListing};
use crate::accounts::Role;
use crate::auth::session::Identity;
use crate::db;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// Whether this person moderates imported listings: moderators and administrators.
pub fn may_moderate(identity: &Identity) -> bool {
    let role = identity.user.role.as_str();
    role == Role::Moderator.as_str() || role == Role::Admin.as_str()
}

/// Moderators and administrators only; everyone else is `forbidden`.
pub fn authorize(identity: &Identity) -> AppResult<()> {
    if may_moderate(identity) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// What a moderator sees: listings waiting for a decision (oldest first) and recently rejected
/// ones (newest first), each with its peer's address and at most `limit` of each.
#[derive(Debug)]
pub struct Queue {
    pub waiting: Vec<(ImportedListing, String)>,
    pub rejected: Vec<(ImportedListing, String)>,
}

/// The moderation queue.
pub async fn queue(state: &AppState, identity: &Identity, limit: i64) -> AppResult<Queue> {
    authorize(identity)?;
    db::run(&state.db, move |connection| {
        Ok(Queue {
            waiting: imported::waiting(connection, limit)?,
            rejected: imported::rejected(connection, limit)?,
        })
    })
    .await
}

/// Publishes one unpublished listing, waiting or rejected; `not_found` when there is none.
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

/// Rejects one waiting listing; `not_found` when there is none waiting with that id.
pub async fn reject(state: &AppState, identity: &Identity, id: i64) -> AppResult<()> {
    authorize(identity)?;
    let rejected = db::run(&state.db, move |connection| {
        Ok(imported::reject(connection, id)?)
    })
    .await?;
    if rejected {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}
