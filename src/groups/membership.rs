//! Joining, leaving and managing members. `member_count` (active members) changes in the same
//! transaction as the membership it counts.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::model::{Group, JoinPolicy, MemberRole, MemberStatus, Membership};
use super::notices;
use super::policy::{GroupAction, authorize};
use super::service::find;
use crate::auth::session::Identity;
use crate::db::schema::{groups, memberships, users};
use crate::db::{self, AnyConnection, write_transaction};
use crate::domain::{Invalid, LongText};
use crate::error::{AppError, AppResult, FieldError};
use crate::state::AppState;

/// Longest message sent with a request to join.
pub const MESSAGE_MAX: usize = 1000;

/// What an organizer can do to another member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberDecision {
    /// Let a pending request in.
    Approve,
    /// Turn a pending request down (they may ask again).
    Reject,
    /// Make an active member an organizer.
    Promote,
    /// Make an organizer a plain member.
    Demote,
    /// Remove a member or request for good (banned: cannot rejoin).
    Remove,
    /// Hand ownership to an active member (owners only); the old owner becomes an organizer.
    MakeOwner,
}

impl MemberDecision {
    /// Parses the action segment of `/members/{user_id}/{action}`.
    pub fn parse(action: &str) -> Option<Self> {
        Some(match action {
            "approve" => Self::Approve,
            "reject" => Self::Reject,
            "promote" => Self::Promote,
            "demote" => Self::Demote,
            "remove" => Self::Remove,
            "make-owner" => Self::MakeOwner,
            _ => return None,
        })
    }
}

/// One member as organizers and members see them.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MemberView {
    /// The member's public id.
    pub user_id: String,
    pub display_name: String,
    pub role: MemberRole,
    pub status: MemberStatus,
    /// The message sent with a request to join (organizers only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    pub since: chrono::DateTime<Utc>,
}

fn conflict(code: &'static str) -> AppError {
    AppError::Conflict(FieldError::new("membership", Invalid::new(code)))
}

fn set_count(connection: &mut AnyConnection, group_id: i64, change: i64) -> QueryResult<usize> {
    diesel::update(groups::table.find(group_id))
        .set(groups::member_count.eq(groups::member_count + change))
        .execute(connection)
}

/// Adds `user_id` to the group as a plain member with `status` (and the message sent with a
/// request); an active member is counted at once. Runs in the caller's transaction.
pub(super) fn add_member(
    connection: &mut AnyConnection,
    group_id: i64,
    user_id: i64,
    status: MemberStatus,
    message: Option<&str>,
) -> QueryResult<()> {
    let now = Utc::now().naive_utc();
    diesel::insert_into(memberships::table)
        .values((
            memberships::group_id.eq(group_id),
            memberships::user_id.eq(user_id),
            memberships::role.eq(MemberRole::Member.as_str()),
            memberships::status.eq(status.as_str()),
            memberships::message.eq(message),
            memberships::created_at.eq(now),
            memberships::updated_at.eq(now),
        ))
        .execute(connection)?;
    if status == MemberStatus::Active {
        set_count(connection, group_id, 1)?;
    }
    Ok(())
}

/// Lets a pending request in, as an organizer's approval does. Runs in the caller's
/// transaction.
pub(super) fn activate(connection: &mut AnyConnection, membership: &Membership) -> QueryResult<()> {
    // Only a request still pending is let in and counted: an approval and an accepted
    // invitation at the same moment count the member once.
    let let_in = diesel::update(
        memberships::table
            .find(membership.id)
            .filter(memberships::status.eq(MemberStatus::Pending.as_str())),
    )
    .set((
        memberships::status.eq(MemberStatus::Active.as_str()),
        memberships::updated_at.eq(Utc::now().naive_utc()),
    ))
    .execute(connection)?;
    if let_in == 1 {
        set_count(connection, membership.group_id, 1)?;
    }
    Ok(())
}

/// Joins an open group at once, or asks to join an approval group (with an optional message).
/// Asking again returns the current status; a removed member is refused.
pub async fn join(
    state: &AppState,
    identity: &Identity,
    slug: &str,
    message: Option<String>,
) -> AppResult<Membership> {
    let message = match message
        .as_deref()
        .map(str::trim)
        .filter(|text| !text.is_empty())
    {
        Some(text) => Some(
            LongText::parse(text, MESSAGE_MAX)
                .map_err(|invalid| AppError::field("message", invalid))?,
        ),
        None => None,
    };
    let (slug, user_id, state) = (slug.to_owned(), identity.user.id, state.clone());
    db::run(&state.db.clone(), move |connection| {
        write_transaction(connection, |connection| {
            let loaded = find(connection, &slug, Some(user_id))?;
            authorize(
                &loaded.group,
                loaded.membership.as_ref(),
                true,
                GroupAction::View,
            )?;
            if let Some(existing) = loaded.membership {
                return match existing.status() {
                    MemberStatus::Banned => Err(AppError::Forbidden),
                    _ => Ok(existing),
                };
            }
            let status = match loaded.group.join_policy() {
                JoinPolicy::Open => MemberStatus::Active,
                JoinPolicy::Approval => MemberStatus::Pending,
            };
            add_member(
                connection,
                loaded.group.id,
                user_id,
                status,
                message.as_ref().map(LongText::as_str),
            )?;
            if status == MemberStatus::Pending {
                notices::join_requested(connection, &state, &loaded.group, user_id)?;
            }
            Membership::find(connection, loaded.group.id, user_id)?.ok_or(AppError::NotFound)
        })
    })
    .await
}

/// Leaves a group (or withdraws a request). An owner must hand ownership over first.
pub async fn leave(state: &AppState, identity: &Identity, slug: &str) -> AppResult<()> {
    let (slug, user_id) = (slug.to_owned(), identity.user.id);
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            let loaded = find(connection, &slug, Some(user_id))?;
            authorize(
                &loaded.group,
                loaded.membership.as_ref(),
                true,
                GroupAction::View,
            )?;
            let membership = loaded.membership.ok_or_else(|| conflict("not_a_member"))?;
            match (membership.status(), membership.role()) {
                (MemberStatus::Banned, _) => Err(conflict("not_a_member")),
                (MemberStatus::Active, MemberRole::Owner) => Err(conflict("owner_must_hand_over")),
                (status, _) => {
                    diesel::delete(memberships::table.find(membership.id)).execute(connection)?;
                    if status == MemberStatus::Active {
                        set_count(connection, loaded.group.id, -1)?;
                    }
                    Ok(())
                }
            }
        })
    })
    .await
}

/// Members of a group, for its members (organizers also see pending requests and messages).
pub async fn members(
    state: &AppState,
    viewer: Option<&Identity>,
    slug: &str,
) -> AppResult<(Group, Vec<MemberView>)> {
    let (slug, viewer_id) = (slug.to_owned(), viewer.map(|identity| identity.user.id));
    db::run(&state.db, move |connection| {
        let loaded = find(connection, &slug, viewer_id)?;
        authorize(
            &loaded.group,
            loaded.membership.as_ref(),
            viewer_id.is_some(),
            GroupAction::SeeMembers,
        )?;
        let organizer = loaded
            .membership
            .as_ref()
            .is_some_and(Membership::can_manage);
        let mut query = memberships::table
            .inner_join(users::table)
            .filter(memberships::group_id.eq(loaded.group.id))
            .into_boxed();
        query = if organizer {
            query.filter(memberships::status.ne(MemberStatus::Banned.as_str()))
        } else {
            query.filter(memberships::status.eq(MemberStatus::Active.as_str()))
        };
        let rows: Vec<(
            String,
            String,
            String,
            String,
            Option<String>,
            NaiveDateTime,
        )> = query
            .order((memberships::status.desc(), memberships::created_at.asc()))
            .select((
                users::uuid,
                users::display_name,
                memberships::role,
                memberships::status,
                memberships::message,
                memberships::created_at,
            ))
            .load(connection)?;
        let members = rows
            .into_iter()
            .map(
                |(user_id, display_name, role, status, message, since)| MemberView {
                    user_id,
                    display_name,
                    role: MemberRole::parse(&role).unwrap_or(MemberRole::Member),
                    status: MemberStatus::parse(&status).unwrap_or(MemberStatus::Pending),
                    message: message.filter(|_| organizer),
                    since: since.and_utc(),
                },
            )
            .collect();
        Ok((loaded.group, members))
    })
    .await
}

/// Applies an organizer's decision about the member with public id `member_uuid`.
pub async fn decide(
    state: &AppState,
    identity: &Identity,
    slug: &str,
    member_uuid: &str,
    decision: MemberDecision,
) -> AppResult<()> {
    let (slug, user_id, member_uuid) = (slug.to_owned(), identity.user.id, member_uuid.to_owned());
    let state = state.clone();
    db::run(&state.db.clone(), move |connection| {
        write_transaction(connection, |connection| {
            let loaded = find(connection, &slug, Some(user_id))?;
            let needed = if decision == MemberDecision::MakeOwner {
                GroupAction::Own
            } else {
                GroupAction::ManageMembers
            };
            authorize(&loaded.group, loaded.membership.as_ref(), true, needed)?;
            let target_user: i64 = users::table
                .filter(users::uuid.eq(&member_uuid))
                .select(users::id)
                .first(connection)
                .optional()?
                .ok_or(AppError::NotFound)?;
            let target = Membership::find(connection, loaded.group.id, target_user)?
                .ok_or(AppError::NotFound)?;
            if target.user_id == user_id && decision != MemberDecision::Approve {
                return Err(conflict("cannot_change_yourself"));
            }
            if target.role() == MemberRole::Owner {
                return Err(AppError::Forbidden);
            }
            apply(connection, &loaded.group, &target, user_id, decision)?;
            if target.user_id != user_id {
                notices::decided(connection, &state, &loaded.group, target.user_id, decision)?;
            }
            Ok(())
        })
    })
    .await
}

fn apply(
    connection: &mut AnyConnection,
    group: &Group,
    target: &Membership,
    actor_id: i64,
    decision: MemberDecision,
) -> AppResult<()> {
    let now = Utc::now().naive_utc();
    let row = memberships::table.find(target.id);
    let status = target.status();
    match (decision, status) {
        (MemberDecision::Approve, MemberStatus::Pending) => activate(connection, target)?,
        (MemberDecision::Reject, MemberStatus::Pending) => {
            diesel::delete(row).execute(connection)?;
        }
        // A role change that changes nothing is refused, so nobody is told of one.
        (MemberDecision::Promote, MemberStatus::Active) if target.role() == MemberRole::Member => {
            diesel::update(row)
                .set((
                    memberships::role.eq(MemberRole::Organizer.as_str()),
                    memberships::updated_at.eq(now),
                ))
                .execute(connection)?;
        }
        (MemberDecision::Demote, MemberStatus::Active)
            if target.role() == MemberRole::Organizer =>
        {
            diesel::update(row)
                .set((
                    memberships::role.eq(MemberRole::Member.as_str()),
                    memberships::updated_at.eq(now),
                ))
                .execute(connection)?;
        }
        (MemberDecision::Remove, MemberStatus::Active | MemberStatus::Pending) => {
            diesel::update(row)
                .set((
                    memberships::status.eq(MemberStatus::Banned.as_str()),
                    memberships::role.eq(MemberRole::Member.as_str()),
                    memberships::updated_at.eq(now),
                ))
                .execute(connection)?;
            if status == MemberStatus::Active {
                set_count(connection, group.id, -1)?;
            }
        }
        (MemberDecision::MakeOwner, MemberStatus::Active) => {
            diesel::update(row)
                .set((
                    memberships::role.eq(MemberRole::Owner.as_str()),
                    memberships::updated_at.eq(now),
                ))
                .execute(connection)?;
            diesel::update(
                memberships::table
                    .filter(memberships::group_id.eq(group.id))
                    .filter(memberships::user_id.eq(actor_id)),
            )
            .set((
                memberships::role.eq(MemberRole::Organizer.as_str()),
                memberships::updated_at.eq(now),
            ))
            .execute(connection)?;
        }
        _ => return Err(conflict("not_possible_for_this_member")),
    }
    Ok(())
}

/// Takes a departing account out of every group, in the caller's transaction: owned groups
/// where nobody else is active are deleted; owning a group others still belong to is refused
/// (`owner_must_hand_over`); other memberships go, and member counts follow.
pub fn leave_all(connection: &mut AnyConnection, user_id: i64) -> AppResult<()> {
    let rows: Vec<Membership> = memberships::table
        .filter(memberships::user_id.eq(user_id))
        .select(Membership::as_select())
        .load(connection)?;
    for membership in rows {
        match (membership.status(), membership.role()) {
            (MemberStatus::Active, MemberRole::Owner) => {
                let others: i64 = memberships::table
                    .filter(memberships::group_id.eq(membership.group_id))
                    .filter(memberships::user_id.ne(user_id))
                    .filter(memberships::status.eq(MemberStatus::Active.as_str()))
                    .count()
                    .get_result(connection)?;
                if others > 0 {
                    return Err(AppError::Conflict(FieldError::new(
                        "password",
                        Invalid::new("owner_must_hand_over"),
                    )));
                }
                super::service::delete_group_rows(connection, membership.group_id)?;
            }
            (status, _) => {
                diesel::delete(memberships::table.find(membership.id)).execute(connection)?;
                if status == MemberStatus::Active {
                    set_count(connection, membership.group_id, -1)?;
                }
            }
        }
    }
    Ok(())
}
