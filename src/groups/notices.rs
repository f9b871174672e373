//! Who hears what about groups, told inside the transaction that changes the membership: a
//! waiting request reaches the group's owners and organizers; a decision or a new role reaches
//! the member it is about.

use diesel::prelude::*;

use super::membership::MemberDecision;
use super::model::{Group, MemberRole, MemberStatus};
use crate::db::AnyConnection;
use crate::db::schema::{group_translations, memberships, users};
use crate::error::AppResult;
use crate::notifications::{Notice, NotificationKind, Payload, notify};
use crate::state::AppState;

/// The group's name in every language it has.
pub fn names(connection: &mut AnyConnection, group: &Group) -> QueryResult<Vec<(String, String)>> {
    group_translations::table
        .filter(group_translations::group_id.eq(group.id))
        .order(group_translations::language)
        .select((group_translations::language, group_translations::name))
        .load(connection)
}

/// Tells the group's owners and organizers that `member_id` asks to join.
pub fn join_requested(
    connection: &mut AnyConnection,
    state: &AppState,
    group: &Group,
    member_id: i64,
) -> AppResult<()> {
    let organizers: Vec<i64> = memberships::table
        .filter(memberships::group_id.eq(group.id))
        .filter(memberships::status.eq(MemberStatus::Active.as_str()))
        .filter(
            memberships::role.eq_any([MemberRole::Owner.as_str(), MemberRole::Organizer.as_str()]),
        )
        .select(memberships::user_id)
        .load(connection)?;
    let member: String = users::table
        .find(member_id)
        .select(users::display_name)
        .first(connection)?;
    let notice = Notice {
        kind: NotificationKind::JoinRequest,
        title: "notice-join-request",
        detail: "notice-join-request-detail",
        link: format!("/groups/{}/members", group.slug),
        payload: Payload::default().text("member", member).translated(
            "group",
            names(connection, group)?,
            &group.primary_language,
        ),
        once_key: None,
        calendar: None,
        account_matter: false,
    };
    notify(connection, state, &organizers, &notice)?;
    Ok(())
}

/// Tells the member an organizer's `decision` about them.
pub fn decided(
    connection: &mut AnyConnection,
    state: &AppState,
    group: &Group,
    member_id: i64,
    decision: MemberDecision,
) -> AppResult<()> {
    use MemberDecision::*;
    let (kind, title, detail) = match decision {
        Approve => (
            NotificationKind::MembershipDecision,
            "notice-membership-approved",
            "notice-membership-approved-detail",
        ),
        Reject => (
            NotificationKind::MembershipDecision,
            "notice-membership-rejected",
            "notice-membership-rejected-detail",
        ),
        Remove => (
            NotificationKind::MembershipDecision,
            "notice-membership-removed",
            "notice-membership-removed-detail",
        ),
        Promote => (
            NotificationKind::RoleChanged,
            "notice-role-organizer",
            "notice-role-organizer-detail",
        ),
        Demote => (
            NotificationKind::RoleChanged,
            "notice-role-member",
            "notice-role-member-detail",
        ),
        MakeOwner => (
            NotificationKind::RoleChanged,
            "notice-role-owner",
            "notice-role-owner-detail",
        ),
    };
    let notice = Notice {
        kind,
        title,
        detail,
        link: format!("/groups/{}", group.slug),
        payload: Payload::default().translated(
            "group",
            names(connection, group)?,
            &group.primary_language,
        ),
        once_key: None,
        calendar: None,
        account_matter: false,
    };
    notify(connection, state, &[member_id], &notice)?;
    Ok(())
}
