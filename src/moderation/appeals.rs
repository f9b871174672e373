//! Appeals: the member a hide or a suspension concerns may appeal it once, with a text, and a
//! moderator other than the one who acted decides. A suspended member cannot sign in, so the
//! appeal link is signed instead of tied to a session: `<audit row id>.<HMAC>` over the row and
//! the member, under the secret the instances share. It reaches them in the notice (and its
//! mail), and it allows one thing: appealing that one action.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::actions::{self, Decision};
use super::audit::{self, Actor, AuditAction, AuditEntry, Subject};
use super::notices;
use super::policy::{self, Power};
use super::target::{self, Target, TargetType};
use crate::auth::session::Identity;
use crate::auth::tokens;
use crate::db::schema::appeals;
use crate::db::{self, AnyConnection, write_transaction};
use crate::domain::Invalid;
use crate::error::{AppError, AppResult, FieldError};
use crate::notifications::unsubscribe;
use crate::state::AppState;

/// The appeal page's path, followed by `/<token>`.
pub const PATH: &str = "/appeals";

/// An appeal as stored.
#[derive(Debug, Clone, Queryable, Selectable, Serialize, ToSchema)]
#[diesel(table_name = appeals)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct Appeal {
    pub id: i64,
    /// The audit row of the hide or suspension appealed against.
    pub action_id: i64,
    #[serde(skip)]
    pub user_id: i64,
    /// The member's words.
    pub text: String,
    /// `open`, `upheld` or `granted`.
    pub status: String,
    #[serde(skip)]
    pub decided_by: Option<i64>,
    pub decision_reason: Option<String>,
    pub created_at: NaiveDateTime,
    pub decided_at: Option<NaiveDateTime>,
}

fn signature(secret: &str, action_id: i64, user_id: i64) -> String {
    tokens::sign(secret, &format!("appeal:{action_id}:{user_id}"))
}

/// The page where `user_id` appeals audit row `action_id`.
pub fn link(connection: &mut AnyConnection, action_id: i64, user_id: i64) -> QueryResult<String> {
    let secret = unsubscribe::secret(connection)?;
    Ok(format!(
        "{PATH}/{action_id}.{}",
        signature(&secret, action_id, user_id)
    ))
}

/// What a valid token opens: the action, what it was about, and the appeal if made.
#[derive(Debug, Clone)]
pub struct Appealable {
    pub action: AuditEntry,
    pub target: Option<Target>,
    pub appeal: Option<Appeal>,
}

fn open_token(connection: &mut AnyConnection, token: &str) -> AppResult<Appealable> {
    let (id, signed) = token.split_once('.').ok_or(AppError::NotFound)?;
    let action_id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let action = audit::find(connection, action_id)?.ok_or(AppError::NotFound)?;
    let user_id = action.subject_user_id.ok_or(AppError::NotFound)?;
    let secret = unsubscribe::secret(connection)?;
    let appealable = [AuditAction::Hide.as_str(), AuditAction::Suspend.as_str()];
    if !tokens::constant_time_eq(&signature(&secret, action_id, user_id), signed)
        || !appealable.contains(&action.action.as_str())
    {
        return Err(AppError::NotFound);
    }
    let target = match TargetType::parse(&action.target_type) {
        Ok(target_type) => target::find(connection, target_type, &action.target_id)?,
        Err(_) => None,
    };
    let appeal = appeals::table
        .filter(appeals::action_id.eq(action_id))
        .select(Appeal::as_select())
        .first(connection)
        .optional()?;
    Ok(Appealable {
        action,
        target,
        appeal,
    })
}

/// What the appeal page shows for `token`; `not_found` for a forged or unknown one.
pub async fn show(state: &AppState, token: &str) -> AppResult<Appealable> {
    let token = token.to_owned();
    db::run(&state.db, move |connection| open_token(connection, &token)).await
}

/// Files the one appeal `token` allows, with the member's `text`.
pub async fn file(state: &AppState, token: &str, text: Option<&str>) -> AppResult<Appeal> {
    let text = text.map(str::trim).unwrap_or_default().to_owned();
    if text.is_empty() {
        return Err(AppError::field("text", Invalid::required()));
    }
    if text.chars().count() > 4000 {
        return Err(AppError::field("text", Invalid::too_long(4000)));
    }
    let token = token.to_owned();
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            let appealable = open_token(connection, &token)?;
            if appealable.appeal.is_some() {
                return Err(conflict("already_appealed"));
            }
            // Only what is still in force: the target still hidden (or the member suspended),
            // and by this action, not a later one (a newer token answers that).
            let action = &appealable.action;
            let still_hidden = appealable
                .target
                .as_ref()
                .is_some_and(|target| target.hidden);
            if !still_hidden || !is_latest(connection, action)? {
                return Err(conflict("nothing_to_appeal"));
            }
            let user_id = action.subject_user_id.unwrap_or_default();
            // Two submits at once: the second meets the unique action and is told so.
            let inserted = db::insert_unless_taken(connection, |connection| {
                diesel::insert_into(appeals::table)
                    .values((
                        appeals::action_id.eq(action.id),
                        appeals::user_id.eq(user_id),
                        appeals::text.eq(&text),
                        appeals::status.eq("open"),
                        appeals::created_at.eq(Utc::now().naive_utc()),
                    ))
                    .execute(connection)
            })?;
            if !inserted {
                return Err(conflict("already_appealed"));
            }
            Ok(appeals::table
                .filter(appeals::action_id.eq(action.id))
                .select(Appeal::as_select())
                .first(connection)?)
        })
    })
    .await
}

/// Whether `action` is the latest action of its kind on its target.
fn is_latest(connection: &mut AnyConnection, action: &AuditEntry) -> AppResult<bool> {
    let kind = AuditAction::parse(&action.action).map_err(|_| AppError::NotFound)?;
    let latest = audit::latest_on(connection, kind, &action.target_type, &action.target_id)?;
    Ok(latest.is_some_and(|latest| latest.id == action.id))
}

fn conflict(code: &'static str) -> AppError {
    AppError::Conflict(FieldError {
        field: "appeal".into(),
        code,
        args: Vec::new(),
    })
}

/// An open appeal with the action it answers and its target, for moderators.
#[derive(Debug, Clone)]
pub struct OpenAppeal {
    pub appeal: Appeal,
    pub action: AuditEntry,
    pub target: Option<Target>,
}

/// Open appeals, oldest first.
pub async fn open(state: &AppState, identity: &Identity, limit: i64) -> AppResult<Vec<OpenAppeal>> {
    policy::authorize(identity, Power::Moderate)?;
    db::run(&state.db, move |connection| {
        let rows: Vec<(Appeal, AuditEntry)> = appeals::table
            .inner_join(crate::db::schema::audit_log::table)
            .filter(appeals::status.eq("open"))
            .order(appeals::id.asc())
            .limit(limit)
            .select((Appeal::as_select(), AuditEntry::as_select()))
            .load(connection)?;
        let mut open = Vec::with_capacity(rows.len());
        for (appeal, action) in rows {
            let target = match TargetType::parse(&action.target_type) {
                Ok(target_type) => target::find(connection, target_type, &action.target_id)?,
                Err(_) => None,
            };
            open.push(OpenAppeal {
                appeal,
                action,
                target,
            });
        }
        Ok(open)
    })
    .await
}

/// Decides an open appeal: `grant` undoes the action (restore or lift), otherwise it stands.
/// Someone other than whoever acted decides; the appellant is told and the decision audited.
pub async fn decide(
    state: &AppState,
    identity: &Identity,
    appeal_id: i64,
    grant: bool,
    reason: String,
) -> AppResult<()> {
    policy::authorize(identity, Power::Moderate)?;
    let (state, identity) = (state.clone(), identity.clone());
    db::run(&state.db.clone(), move |connection| {
        write_transaction(connection, |connection| {
            let (appeal, action): (Appeal, AuditEntry) = appeals::table
                .inner_join(crate::db::schema::audit_log::table)
                .filter(appeals::id.eq(appeal_id))
                .select((Appeal::as_select(), AuditEntry::as_select()))
                .first(connection)
                .optional()?
                .ok_or(AppError::NotFound)?;
            policy::authorize_appeal_decision(&identity, action.actor_id)?;
            if appeal.status != "open" {
                return Err(conflict("appeal_already_decided"));
            }
            let target_type =
                TargetType::parse(&action.target_type).map_err(|_| AppError::NotFound)?;
            // Whoever hid it most recently does not decide either.
            let kind = AuditAction::parse(&action.action).map_err(|_| AppError::NotFound)?;
            if let Some(latest) =
                audit::latest_on(connection, kind, &action.target_type, &action.target_id)?
            {
                policy::authorize_appeal_decision(&identity, latest.actor_id)?;
            }
            // Deleted since: nothing to undo, but the appeal is still answered and audited.
            let target = target::find(connection, target_type, &action.target_id)?;
            if let Some(target) = target.as_ref().filter(|target| grant && target.hidden) {
                actions::apply(
                    connection,
                    &state,
                    &identity,
                    target,
                    Decision::Restore,
                    &reason,
                )?;
            }
            audit::record(
                connection,
                &Actor::member(&identity.user),
                if grant {
                    AuditAction::GrantAppeal
                } else {
                    AuditAction::UpholdAppeal
                },
                Subject {
                    target_type: target_type.as_str(),
                    target_id: &action.target_id,
                    user_id: Some(appeal.user_id),
                },
                &reason,
            )?;
            diesel::update(appeals::table.find(appeal.id))
                .set((
                    appeals::status.eq(if grant { "granted" } else { "upheld" }),
                    appeals::decided_by.eq(identity.user.id),
                    appeals::decision_reason.eq(&reason),
                    appeals::decided_at.eq(Utc::now().naive_utc()),
                ))
                .execute(connection)?;
            match &target {
                Some(target) => notices::tell_appellant(
                    connection,
                    &state,
                    appeal.user_id,
                    target,
                    grant,
                    &reason,
                ),
                None => Ok(()),
            }
        })
    })
    .await
}
