//! Moderating imported listings: what `review` peers sent waits until a moderator or an
//! administrator publishes or rejects it; a rejected listing stays hidden through later syncs
//! until someone publishes it anyway. Who may do it is decided by
//! [`crate::moderation::policy`], and each decision goes into the audit log.

use super::imported::{self, ImportedListing};
use crate::auth::session::Identity;
use crate::db::{self, write_transaction};
use crate::error::{AppError, AppResult};
use crate::moderation::TargetType;
use crate::moderation::audit::{self, Actor, AuditAction, Subject};
use crate::moderation::policy::{self, Power};
use crate::state::AppState;

fn authorize(identity: &Identity) -> AppResult<()> {
    policy::authorize(identity, Power::Moderate)
}

/// Audits a review decision on imported listing `id` (the queue's buttons take no reason).
fn audited(
    connection: &mut crate::db::AnyConnection,
    identity: &Identity,
    action: AuditAction,
    id: i64,
) -> AppResult<()> {
    audit::record(
        connection,
        &Actor::member(&identity.user),
        action,
        Subject {
            target_type: TargetType::Imported.as_str(),
            target_id: &id.to_string(),
            user_id: None,
        },
        "",
    )?;
    Ok(())
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
    let identity = identity.clone();
    let published = db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            let published = imported::publish(connection, id)?;
            if published {
                audited(connection, &identity, AuditAction::Restore, id)?;
            }
            Ok(published)
        })
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
    let identity = identity.clone();
    let rejected = db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            let rejected = imported::reject(connection, id)?;
            if rejected {
                audited(connection, &identity, AuditAction::Hide, id)?;
                // Reports on it are answered by the rejection.
                crate::moderation::reports::close_all(
                    connection,
                    TargetType::Imported,
                    &id.to_string(),
                    crate::moderation::reports::ReportStatus::Hidden,
                    "",
                )?;
            }
            Ok(rejected)
        })
    })
    .await?;
    if rejected {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}
