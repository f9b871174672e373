//! Acting on reports, listings and members: dismiss, hide, restore, suspend and lift. One
//! function, [`apply`], does every action on every kind of target, inside one transaction:
//! it changes the state, writes the audit row, closes the target's open reports and tells the
//! reporters and the owners.

use diesel::prelude::*;

use super::audit::{self, Actor, AuditAction, Subject};
use super::hiding::{self, HiddenBy, Listing};
use super::notices;
use super::policy::{self, Power};
use super::reports::{self, ReportStatus};
use super::suspension;
use super::target::{self, Target, TargetType};
use crate::accounts::User;
use crate::auth::session::Identity;
use crate::db::schema::users;
use crate::db::{self, AnyConnection, write_transaction};
use crate::domain::Invalid;
use crate::error::{AppError, AppResult, FieldError};
use crate::federation::peers::imported;
use crate::state::AppState;

crate::stored_enum! {
    /// What a moderator decides about a target.
    Decision {
        /// Nothing to act on: close the reports.
        Dismiss = "dismiss",
        /// Hide the content (suspend a member; reject an imported listing).
        Hide = "hide",
        /// Show it again (lift a suspension; publish an imported listing).
        Restore = "restore",
    } invalid = "invalid_choice"
}

/// The reason every action needs: trimmed, not empty, at most 2,000 characters.
pub fn reason(text: Option<&str>) -> AppResult<String> {
    let text = text.map(str::trim).unwrap_or_default();
    if text.is_empty() {
        return Err(AppError::field("reason", Invalid::required()));
    }
    if text.chars().count() > 2000 {
        return Err(AppError::field("reason", Invalid::too_long(2000)));
    }
    Ok(text.to_owned())
}

fn conflict(code: &'static str) -> AppError {
    AppError::Conflict(FieldError {
        field: "target".into(),
        code,
        args: Vec::new(),
    })
}

/// Acts on the target of report `report_id` (and so on every open report on it). With
/// `suspend_creator`, a hide also suspends whoever created the listing, in the same
/// transaction and for the same reason.
pub async fn act_on_report(
    state: &AppState,
    identity: &Identity,
    report_id: i64,
    decision: Decision,
    reason: String,
    suspend_creator: bool,
) -> AppResult<()> {
    policy::authorize(identity, Power::Moderate)?;
    let (state, identity) = (state.clone(), identity.clone());
    db::run(&state.db.clone(), move |connection| {
        write_transaction(connection, |connection| {
            let report = reports::find(connection, report_id)?.ok_or(AppError::NotFound)?;
            if report.status != ReportStatus::Open.as_str() {
                return Err(conflict("report_already_decided"));
            }
            let target_type =
                TargetType::parse(&report.target_type).map_err(|_| AppError::NotFound)?;
            match target::find(connection, target_type, &report.target_id)? {
                Some(target) => {
                    let action = apply(connection, &state, &identity, &target, decision, &reason)?;
                    let creator = target.creator.filter(|_| {
                        suspend_creator
                            && decision == Decision::Hide
                            && listing_of(target_type).is_some()
                    });
                    if let Some(creator) = creator {
                        let uuid = member(connection, creator)?.uuid;
                        let member = target::find(connection, TargetType::User, &uuid)?
                            .ok_or(AppError::NotFound)?;
                        if !member.hidden {
                            apply(
                                connection,
                                &state,
                                &identity,
                                &member,
                                Decision::Hide,
                                &reason,
                            )?;
                        }
                    }
                    Ok(action)
                }
                // Deleted since it was reported: nothing is left to act on.
                None => {
                    reports::close_all(
                        connection,
                        target_type,
                        &report.target_id,
                        ReportStatus::Dismissed,
                        &reason,
                    )?;
                    Ok(audit::record(
                        connection,
                        &Actor::member(&identity.user),
                        AuditAction::Dismiss,
                        Subject {
                            target_type: target_type.as_str(),
                            target_id: &report.target_id,
                            user_id: None,
                        },
                        &reason,
                    )?)
                }
            }
        })
    })
    .await
    .map(|_| ())
}

/// Acts on a target without a report (`POST /api/v1/admin/{groups|events|opportunities|users}/…`).
pub async fn act_on_target(
    state: &AppState,
    identity: &Identity,
    target_type: TargetType,
    id: &str,
    decision: Decision,
    reason: String,
) -> AppResult<()> {
    policy::authorize(identity, Power::Moderate)?;
    let (state, identity, id) = (state.clone(), identity.clone(), id.to_owned());
    db::run(&state.db.clone(), move |connection| {
        write_transaction(connection, |connection| {
            let target = target::find(connection, target_type, &id)?.ok_or(AppError::NotFound)?;
            apply(connection, &state, &identity, &target, decision, &reason)
        })
    })
    .await
    .map(|_| ())
}

fn listing_of(target_type: TargetType) -> Option<Listing> {
    match target_type {
        TargetType::Group => Some(Listing::Group),
        TargetType::Event => Some(Listing::Event),
        TargetType::Opportunity => Some(Listing::Opportunity),
        TargetType::User | TargetType::Imported => None,
    }
}

/// Does `decision` on `target` as `identity`; the audit row's id. Call inside a write
/// transaction, after checking that `identity` moderates.
pub(super) fn apply(
    connection: &mut AnyConnection,
    state: &AppState,
    identity: &Identity,
    target: &Target,
    decision: Decision,
    reason: &str,
) -> AppResult<i64> {
    let kind = target.target_type;
    let changed = match (decision, listing_of(kind)) {
        (Decision::Dismiss, _) => true,
        (Decision::Hide, Some(listing)) => {
            hiding::hide(connection, listing, target.row_id, HiddenBy::Moderation)?
        }
        (Decision::Restore, Some(listing)) => {
            hiding::restore(connection, listing, target.row_id, None)?
        }
        (Decision::Hide, None) if kind == TargetType::User => {
            policy::authorize_suspension(identity, &member(connection, target.row_id)?)?;
            suspension::suspend(connection, target.row_id)?
        }
        (Decision::Restore, None) if kind == TargetType::User => {
            policy::authorize_suspension(identity, &member(connection, target.row_id)?)?;
            suspension::lift(connection, target.row_id)?
        }
        (Decision::Hide, None) => imported::take_down(connection, target.row_id)?,
        (Decision::Restore, None) => imported::publish(connection, target.row_id)?,
    };
    if !changed {
        return Err(conflict(match (decision, kind) {
            (Decision::Hide, TargetType::User) => "already_suspended",
            (Decision::Restore, TargetType::User) => "not_suspended",
            (Decision::Hide, _) => "already_hidden",
            _ => "not_hidden",
        }));
    }
    let action = match (decision, kind) {
        (Decision::Dismiss, _) => AuditAction::Dismiss,
        (Decision::Hide, TargetType::User) => AuditAction::Suspend,
        (Decision::Restore, TargetType::User) => AuditAction::Unsuspend,
        (Decision::Hide, _) => AuditAction::Hide,
        (Decision::Restore, _) => AuditAction::Restore,
    };
    let subject = target.creator.or_else(|| target.owners.first().copied());
    let action_id = audit::record(
        connection,
        &Actor::member(&identity.user),
        action,
        Subject {
            target_type: kind.as_str(),
            target_id: &target.public_id,
            user_id: subject,
        },
        reason,
    )?;
    let status = match decision {
        Decision::Dismiss => ReportStatus::Dismissed,
        Decision::Hide => ReportStatus::Hidden,
        Decision::Restore => ReportStatus::Restored,
    };
    let reporters = reports::close_all(connection, kind, &target.public_id, status, reason)?;
    notices::tell_reporters(connection, state, &reporters, target, status, reason)?;
    if decision != Decision::Dismiss {
        notices::tell_owners(
            connection, state, target, action, action_id, subject, reason,
        )?;
    }
    Ok(action_id)
}

fn member(connection: &mut AnyConnection, user_id: i64) -> AppResult<User> {
    Ok(users::table
        .find(user_id)
        .select(User::as_select())
        .first(connection)?)
}
