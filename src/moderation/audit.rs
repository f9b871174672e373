//! The audit log: one row for every moderator and administrator action (who, what, which
//! target, why, when). It is append-only: this module only adds and reads rows, and the
//! database refuses updates and deletes (triggers in the migration). It belongs to the
//! instance, so it is in nobody's data export.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use crate::accounts::User;
use crate::db::AnyConnection;
use crate::db::schema::audit_log;

crate::stored_enum! {
    /// What a moderator or an administrator did.
    AuditAction {
        /// Closed reports without acting on the target.
        Dismiss = "dismiss",
        /// Hid a listing (or rejected an imported one).
        Hide = "hide",
        /// Showed a hidden listing again (or published an imported one).
        Restore = "restore",
        /// Suspended a member.
        Suspend = "suspend",
        /// Lifted a suspension.
        Unsuspend = "unsuspend",
        /// Marked a group verified.
        Verify = "verify",
        /// Took a group's verification back.
        Unverify = "unverify",
        /// Made a member a moderator.
        GrantModerator = "grant_moderator",
        /// Took the moderator role back.
        RevokeModerator = "revoke_moderator",
        /// Decided an appeal: the action stands.
        UpholdAppeal = "uphold_appeal",
        /// Decided an appeal: the action is undone.
        GrantAppeal = "grant_appeal",
    } invalid = "invalid_choice"
}

/// Who acted: a member, or the command line on the server.
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: i64,
    pub name: String,
}

impl Actor {
    /// A signed-in moderator or administrator.
    pub fn member(user: &User) -> Self {
        Self {
            id: user.id,
            name: user.display_name.clone(),
        }
    }

    /// Someone running `diaspora-hub` on the server (id 0: no account).
    pub fn command_line() -> Self {
        Self {
            id: 0,
            name: "diaspora-hub (command line)".into(),
        }
    }
}

/// One recorded action.
#[derive(Debug, Clone, Queryable, Selectable, Serialize, ToSchema)]
#[diesel(table_name = audit_log)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct AuditEntry {
    pub id: i64,
    #[serde(skip)]
    pub actor_id: i64,
    /// Who acted (their name when they acted).
    pub actor_name: String,
    /// `hide`, `suspend`, `verify` … (see the moderation guide).
    pub action: String,
    /// `group`, `event`, `opportunity`, `user` or `imported`.
    pub target_type: String,
    /// The target's id as the API shows it.
    pub target_id: String,
    #[serde(skip)]
    pub subject_user_id: Option<i64>,
    /// Why, in the actor's words.
    pub reason: String,
    /// When (UTC).
    pub occurred_at: NaiveDateTime,
}

/// What an action was about.
#[derive(Debug, Clone, Copy)]
pub struct Subject<'a> {
    pub target_type: &'a str,
    pub target_id: &'a str,
    /// The member it concerns (a listing's creator, the suspended member), who may appeal.
    pub user_id: Option<i64>,
}

/// Adds one row; its id (appeals refer to it). Call inside the action's transaction.
pub fn record(
    connection: &mut AnyConnection,
    actor: &Actor,
    action: AuditAction,
    subject: Subject<'_>,
    reason: &str,
) -> QueryResult<i64> {
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::actor_id.eq(actor.id),
            audit_log::actor_name.eq(&actor.name),
            audit_log::action.eq(action.as_str()),
            audit_log::target_type.eq(subject.target_type),
            audit_log::target_id.eq(subject.target_id),
            audit_log::subject_user_id.eq(subject.user_id),
            audit_log::reason.eq(reason),
            audit_log::occurred_at.eq(Utc::now().naive_utc()),
        ))
        .returning(audit_log::id)
        .get_result(connection)
}

/// One row by id.
pub fn find(connection: &mut AnyConnection, id: i64) -> QueryResult<Option<AuditEntry>> {
    audit_log::table
        .find(id)
        .select(AuditEntry::as_select())
        .first(connection)
        .optional()
}

/// Newest first, at most `limit`, before the row `before` when given.
pub fn newest(
    connection: &mut AnyConnection,
    before: Option<i64>,
    limit: i64,
) -> QueryResult<Vec<AuditEntry>> {
    let mut query = audit_log::table
        .order(audit_log::id.desc())
        .limit(limit)
        .select(AuditEntry::as_select())
        .into_boxed();
    if let Some(before) = before {
        query = query.filter(audit_log::id.lt(before));
    }
    query.load(connection)
}

/// The latest action of `action`'s kind on a target, if any (the one an appeal answers).
pub fn latest_on(
    connection: &mut AnyConnection,
    action: AuditAction,
    target_type: &str,
    target_id: &str,
) -> QueryResult<Option<AuditEntry>> {
    audit_log::table
        .filter(audit_log::action.eq(action.as_str()))
        .filter(audit_log::target_type.eq(target_type))
        .filter(audit_log::target_id.eq(target_id))
        .order(audit_log::id.desc())
        .select(AuditEntry::as_select())
        .first(connection)
        .optional()
}

/// Every action on one target, oldest first (its history, for moderators).
pub fn history(
    connection: &mut AnyConnection,
    target_type: &str,
    target_id: &str,
) -> QueryResult<Vec<AuditEntry>> {
    audit_log::table
        .filter(audit_log::target_type.eq(target_type))
        .filter(audit_log::target_id.eq(target_id))
        .order(audit_log::id.asc())
        .select(AuditEntry::as_select())
        .load(connection)
}
