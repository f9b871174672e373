//! Who hears what about groups, told inside the transaction that changes the membership: a
//! waiting request reaches the group's owners and organizers; a decision or a new role reaches
//! the member it is about; an invitation by mail reaches the member with that address, or a
//! newcomer by mail alone.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::membership::MemberDecision;
use super::model::{Group, GroupDetails, MemberRole, MemberStatus};
use super::view::pick_translation;
use crate::db::AnyConnection;
use crate::db::schema::{group_translations, memberships, users};
use crate::error::AppResult;
use crate::i18n::I18n;
use crate::notifications::render::{MailContent, Recipient, render};
use crate::notifications::{Notice, NotificationKind, Outgoing, Payload, notify, queue};
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

/// An invitation sent to an address, told to whoever the address belongs to.
pub struct Invitation<'a> {
    pub group: &'a Group,
    pub details: &'a GroupDetails,
    /// The organizer's display name.
    pub inviter: &'a str,
    /// The page `/invitations/{token}`, absolute.
    pub link: &'a str,
    pub expires_at: NaiveDateTime,
}

impl Invitation<'_> {
    fn group_names(&self) -> Vec<(String, String)> {
        self.details
            .translations
            .iter()
            .map(|translation| (translation.language.clone(), translation.name.clone()))
            .collect()
    }

    /// Tells the member `member_id` (in the app, and by mail as their settings say).
    pub fn tell_member(
        &self,
        connection: &mut AnyConnection,
        state: &AppState,
        member_id: i64,
    ) -> AppResult<()> {
        // The notice's link is a path on this site, like every notice's.
        let path = self
            .link
            .strip_prefix(state.settings.public_url.as_str())
            .unwrap_or(self.link);
        let notice = Notice {
            kind: NotificationKind::Invitation,
            title: "notice-invitation",
            detail: "notice-invitation-detail",
            link: path.to_owned(),
            payload: Payload::default()
                .text("inviter", self.inviter)
                .translated("group", self.group_names(), &self.group.primary_language)
                .time("until", self.expires_at),
            once_key: None,
            calendar: None,
            account_matter: false,
        };
        notify(connection, state, &[member_id], &notice)?;
        Ok(())
    }

    /// Mails someone without an account here, in `locale` (the organizer's language): the
    /// link lets them register and join.
    pub fn mail_newcomer(
        &self,
        connection: &mut AnyConnection,
        state: &AppState,
        email: &str,
        locale: &'static str,
    ) -> AppResult<()> {
        let i18n = I18n::new(state.locales.clone(), locale);
        let group_name = pick_translation(
            &self.details.translations,
            &[locale],
            &self.group.primary_language,
        )
        .map(|translation| translation.name.clone())
        .unwrap_or_else(|| self.group.slug.clone());
        let recipient = Recipient {
            name: email.to_owned(),
            email: email.to_owned(),
            locale,
            timezone: "UTC".to_owned(),
        };
        let content = MailContent {
            subject: "mail-invitation-subject",
            paragraphs: vec!["mail-invitation-body", "mail-invitation-register"],
            action: Some(("mail-invitation-action", self.link.to_owned())),
            valid_until: Some(self.expires_at),
            why: "mail-invitation-why",
            extra: vec![
                ("inviter".to_owned(), self.inviter.to_owned()),
                ("group".to_owned(), group_name),
            ],
            numbers: Vec::new(),
            unsubscribe: None,
        };
        let rendered = render(&i18n, &recipient, &content);
        queue(
            connection,
            &state.settings.public_domain(),
            Outgoing {
                user_id: None,
                recipient: recipient.email,
                kind: NotificationKind::Invitation.as_str(),
                locale: locale.to_owned(),
                subject: rendered.subject,
                text: rendered.text,
                html: rendered.html,
                list_unsubscribe: None,
                calendar: None,
            },
        )?;
        Ok(())
    }
}
