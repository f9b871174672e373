//! The moderation service for the faces: members file and read their reports; moderators read
//! the queue and the audit log; administrators verify organizations and grant the moderator
//! role. Every function asks [`policy`](super::policy) first.

use chrono::Utc;
use diesel::prelude::*;

use super::audit::{self, Actor, AuditAction, AuditEntry, Subject};
use super::policy::{self, Power};
use super::reports::{self, OpenTarget, ReportReason, ReportView};
use super::target::{self, Target, TargetType};
use crate::accounts::{Role, User};
use crate::auth::session::Identity;
use crate::db::schema::{groups, users};
use crate::db::{self, AnyConnection, write_transaction};
use crate::domain::{Collector, Invalid};
use crate::error::{AppError, AppResult};
use crate::federation::change_log::{self, ChangeOp, ResourceType};
use crate::state::AppState;

/// A report as a member files it.
#[derive(Debug, Clone)]
pub struct NewReport {
    pub target_type: TargetType,
    pub target_id: String,
    pub reason: ReportReason,
    pub details: Option<String>,
}

impl NewReport {
    /// Parses a report as typed, naming every field that is wrong.
    pub fn parse(
        target_type: Option<&str>,
        target_id: Option<&str>,
        reason: Option<&str>,
        details: Option<&str>,
    ) -> AppResult<Self> {
        let mut collector = Collector::default();
        let target_type = collector.take(
            "target_type",
            TargetType::parse(target_type.unwrap_or_default()),
        );
        let target_id = target_id.map(str::trim).unwrap_or_default().to_owned();
        if target_id.is_empty() {
            collector.reject("target_id", Invalid::required());
        }
        let reason = collector.take("reason", ReportReason::parse(reason.unwrap_or_default()));
        let details = details.map(str::trim).filter(|text| !text.is_empty());
        if details.is_some_and(|text| text.chars().count() > 2000) {
            collector.reject("details", Invalid::too_long(2000));
        }
        let details = details.map(str::to_owned);
        collector.finish(|| ())?;
        match (target_type, reason) {
            (Some(target_type), Some(reason)) => Ok(Self {
                target_type,
                target_id,
                reason,
                details,
            }),
            _ => Err(AppError::MalformedBody),
        }
    }
}

/// Files a report; `not_found` for what the member cannot see.
pub async fn file_report(
    state: &AppState,
    identity: &Identity,
    report: NewReport,
) -> AppResult<ReportView> {
    let (reporter, per_hour) = (identity.user.id, state.settings.reports_per_hour);
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            let target = target::find(connection, report.target_type, &report.target_id)?
                .ok_or(AppError::NotFound)?;
            if !target.visible_to(connection, reporter)? {
                return Err(AppError::NotFound);
            }
            let filed = reports::file(
                connection,
                reporter,
                &target,
                report.reason,
                report.details,
                per_hour,
            )?;
            Ok(filed.into())
        })
    })
    .await
}

/// What a member is about to report, as they may see it; `not_found` otherwise.
pub async fn reportable(
    state: &AppState,
    identity: &Identity,
    target_type: TargetType,
    id: &str,
) -> AppResult<Target> {
    let (member, id) = (identity.user.id, id.to_owned());
    db::run(&state.db, move |connection| {
        let target = target::find(connection, target_type, &id)?.ok_or(AppError::NotFound)?;
        if target.visible_to(connection, member)? {
            Ok(target)
        } else {
            Err(AppError::NotFound)
        }
    })
    .await
}

/// The member's own reports, newest first.
pub async fn my_reports(state: &AppState, identity: &Identity) -> AppResult<Vec<ReportView>> {
    let reporter = identity.user.id;
    db::run(&state.db, move |connection| {
        Ok(reports::mine(connection, reporter, 200)?
            .into_iter()
            .map(ReportView::from)
            .collect())
    })
    .await
}

/// One target in the moderators' queue: its open reports, the target as it is now (`None` if
/// deleted since), its creator's name, and what moderators did about it before.
#[derive(Debug, Clone)]
pub struct QueueItem {
    pub open: OpenTarget,
    pub target: Option<Target>,
    /// Who created it (public id and name), or the member themself.
    pub creator: Option<(String, String)>,
    pub history: Vec<AuditEntry>,
}

/// Open reports by target, most reported and then oldest first.
pub async fn queue(
    state: &AppState,
    identity: &Identity,
    limit: usize,
) -> AppResult<Vec<QueueItem>> {
    policy::authorize(identity, Power::Moderate)?;
    db::run(&state.db, move |connection| {
        let mut items = Vec::new();
        for open in reports::open_by_target(connection, limit)? {
            let target = target::find(connection, open.target_type, &open.target_id)?;
            let creator = match target.as_ref().and_then(|target| target.creator) {
                Some(creator) => users::table
                    .find(creator)
                    .select((users::uuid, users::display_name))
                    .first(connection)
                    .optional()?,
                None => None,
            };
            let history = audit::history(connection, open.target_type.as_str(), &open.target_id)?;
            items.push(QueueItem {
                open,
                target,
                creator,
                history,
            });
        }
        Ok(items)
    })
    .await
}

/// The audit log, newest first, before row `before` when given.
pub async fn audit_page(
    state: &AppState,
    identity: &Identity,
    before: Option<i64>,
    limit: i64,
) -> AppResult<Vec<AuditEntry>> {
    policy::authorize(identity, Power::Moderate)?;
    db::run(&state.db, move |connection| {
        Ok(audit::newest(connection, before, limit)?)
    })
    .await
}

/// Marks a group verified with a note of how (`Some`), or takes that back with a reason
/// (`None` for the note, the reason in `reason`); administrators only.
pub async fn set_verified(
    state: &AppState,
    identity: &Identity,
    key: &str,
    verified: bool,
    reason: String,
) -> AppResult<()> {
    policy::authorize(identity, Power::Administer)?;
    let (actor, key) = (Actor::member(&identity.user), key.to_owned());
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            change_log::lock(connection)?;
            let target =
                target::find(connection, TargetType::Group, &key)?.ok_or(AppError::NotFound)?;
            let version: i64 = diesel::update(groups::table.find(target.row_id))
                .set((
                    groups::verified.eq(verified),
                    groups::verification_note.eq(verified.then_some(reason.as_str())),
                    groups::version.eq(groups::version + 1_i64),
                    groups::updated_at.eq(Utc::now().naive_utc()),
                ))
                .returning(groups::version)
                .get_result(connection)?;
            // Partners carry `verified` too.
            if super::hiding::group_listed(connection, target.row_id)? {
                change_log::record(
                    connection,
                    ResourceType::Group,
                    &target.public_id,
                    ChangeOp::Upsert,
                    version,
                )?;
            }
            audit::record(
                connection,
                &actor,
                if verified {
                    AuditAction::Verify
                } else {
                    AuditAction::Unverify
                },
                Subject {
                    target_type: TargetType::Group.as_str(),
                    target_id: &target.public_id,
                    user_id: None,
                },
                &reason,
            )?;
            Ok(())
        })
    })
    .await
}

/// The roles an administrator hands out: `moderator`, or `user` to take it back.
pub fn parse_role(text: &str) -> AppResult<Role> {
    match text.trim() {
        "moderator" => Ok(Role::Moderator),
        "user" => Ok(Role::User),
        _ => Err(AppError::field("role", Invalid::new("invalid_choice"))),
    }
}

/// Gives `member` the moderator role (`Role::Moderator`) or takes it back (`Role::User`),
/// audited as `actor`. Administrators keep their role: this never changes one. Returns the
/// member changed; `not_found` for nobody by that email or public id.
pub fn set_role(
    connection: &mut AnyConnection,
    actor: &Actor,
    member: &str,
    role: Role,
    reason: &str,
) -> AppResult<User> {
    if role == Role::Admin {
        return Err(AppError::field("role", Invalid::new("invalid_choice")));
    }
    write_transaction(connection, |connection| {
        let member = member.trim();
        let found: User = users::table
            .filter(
                users::email
                    .eq(member.to_lowercase())
                    .or(users::uuid.eq(member)),
            )
            .select(User::as_select())
            .first(connection)
            .optional()?
            .ok_or(AppError::NotFound)?;
        if found.role == Role::Admin.as_str() {
            return Err(AppError::Forbidden);
        }
        diesel::update(users::table.find(found.id))
            .set((
                users::role.eq(role.as_str()),
                users::updated_at.eq(Utc::now().naive_utc()),
            ))
            .execute(connection)?;
        audit::record(
            connection,
            actor,
            if role == Role::Moderator {
                AuditAction::GrantModerator
            } else {
                AuditAction::RevokeModerator
            },
            Subject {
                target_type: TargetType::User.as_str(),
                target_id: &found.uuid,
                user_id: Some(found.id),
            },
            reason,
        )?;
        Ok(users::table
            .find(found.id)
            .select(User::as_select())
            .first(connection)?)
    })
}

/// [`set_role`] for a signed-in administrator.
pub async fn change_role(
    state: &AppState,
    identity: &Identity,
    member: &str,
    role: Role,
    reason: String,
) -> AppResult<User> {
    policy::authorize(identity, Power::Administer)?;
    let (actor, member) = (Actor::member(&identity.user), member.to_owned());
    db::run(&state.db, move |connection| {
        set_role(connection, &actor, &member, role, &reason)
    })
    .await
}

/// Members with a moderator or administrator role, by name.
pub async fn staff(state: &AppState, identity: &Identity) -> AppResult<Vec<User>> {
    policy::authorize(identity, Power::Administer)?;
    db::run(&state.db, move |connection| {
        Ok(users::table
            .filter(users::role.ne(Role::User.as_str()))
            .order(users::display_name)
            .select(User::as_select())
            .load(connection)?)
    })
    .await
}
