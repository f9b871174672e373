//! Invitations into a group: the way into a private group, and a way past approval. An
//! organizer makes a link (it expires, may have a use limit, and can be revoked) or sends one
//! to an address: an existing member hears of it as an `invitation` notification, anyone else
//! gets a mail and registers through the link. Only the token's SHA-256 is stored, so a link
//! is shown once, to the organizer who made it.
//!
//! Holding a working link is the permission to see the group's name and description and to
//! join as an active member ([`super::policy::authorize_invited`]); managing invitations is
//! managing members ([`GroupAction::ManageMembers`]).

mod model;

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;

use model::InvitationRow;
pub use model::{
    CreatedInvitation, DEFAULT_DAYS, InvitationRequest, InvitationStatus, InvitationView,
    LONGEST_DAYS, MAILS_A_DAY, MOST_USES, NewInvitation,
};

use super::membership::{activate, add_member};
use super::model::{Group, GroupDetails, MemberStatus, Membership};
use super::notices;
use super::policy::{GroupAction, authorize, authorize_invited};
use super::service::{find, find_by_id};
use crate::auth::session::Identity;
use crate::auth::tokens;
use crate::db::schema::{group_invitations, users};
use crate::db::{self, AnyConnection, write_transaction};
use crate::domain::{Email, Invalid};
use crate::error::{AppError, AppResult, FieldError};
use crate::state::AppState;

/// The group `slug`, if `user_id` may manage its invitations (managing members).
fn managed_by(
    connection: &mut AnyConnection,
    slug: &str,
    user_id: i64,
) -> AppResult<super::service::LoadedGroup> {
    let loaded = find(connection, slug, Some(user_id))?;
    authorize(
        &loaded.group,
        loaded.membership.as_ref(),
        true,
        GroupAction::ManageMembers,
    )?;
    Ok(loaded)
}

/// The page a link leads to: `/invitations/{token}`.
pub fn url(state: &AppState, token: &str) -> String {
    format!("{}/invitations/{token}", state.settings.public_url)
}

/// Makes an invitation into the group `slug` (owners and organizers), and sends it when it
/// names an address. `locale` is the organizer's language: a newcomer's mail is written in it.
pub async fn create(
    state: &AppState,
    identity: &Identity,
    slug: &str,
    invitation: NewInvitation,
    locale: &'static str,
) -> AppResult<CreatedInvitation> {
    if invitation.email.is_some() {
        // Mail goes to addresses nobody here has proven they may write to: as for publishing.
        crate::accounts::verification::require_for_publishing(state, identity)?;
    }
    let (slug, user_id, state) = (slug.to_owned(), identity.user.id, state.clone());
    let inviter = identity.user.display_name.clone();
    db::run(&state.db.clone(), move |connection| {
        write_transaction(connection, |connection| {
            let loaded = managed_by(connection, &slug, user_id)?;
            // Nobody could accept it (see `authorize_invited`), and mail must not go out in the
            // name of a group moderators took down.
            if loaded.group.hidden.is_some() {
                return Err(AppError::Forbidden);
            }
            let now = Utc::now().naive_utc();
            if let Some(email) = &invitation.email {
                refuse_mail_flood(connection, loaded.group.id, user_id, now)?;
                refuse_members(connection, loaded.group.id, email)?;
            }
            let token = tokens::generate();
            let id = uuid::Uuid::now_v7().to_string();
            let expires_at = now + Duration::days(invitation.days);
            let email = invitation.email.as_ref().map(Email::as_str);
            diesel::insert_into(group_invitations::table)
                .values((
                    group_invitations::uuid.eq(&id),
                    group_invitations::group_id.eq(loaded.group.id),
                    group_invitations::token_hash.eq(tokens::hash(&token)),
                    group_invitations::email.eq(email),
                    group_invitations::created_by.eq(user_id),
                    group_invitations::expires_at.eq(expires_at),
                    group_invitations::uses_left.eq(invitation.uses),
                    group_invitations::created_at.eq(now),
                ))
                .execute(connection)?;
            let link = url(&state, &token);
            if let Some(email) = email {
                let sent = notices::Invitation {
                    group: &loaded.group,
                    details: &loaded.details,
                    inviter: &inviter,
                    link: &link,
                    expires_at,
                };
                match member_with_address(connection, email)? {
                    Some(member_id) => sent.tell_member(connection, &state, member_id)?,
                    None => sent.mail_newcomer(connection, &state, email, locale)?,
                }
            }
            Ok(CreatedInvitation {
                id,
                url: link,
                expires_at: expires_at.and_utc(),
                uses_left: invitation.uses,
                email: email.map(str::to_owned),
            })
        })
    })
    .await
}

/// At most [`MAILS_A_DAY`] mailed invitations in a day from one group, and as many from one
/// organizer across her groups.
fn refuse_mail_flood(
    connection: &mut AnyConnection,
    group_id: i64,
    inviter_id: i64,
    now: NaiveDateTime,
) -> AppResult<()> {
    let since = now - Duration::days(1);
    let mailed = || {
        group_invitations::table
            .filter(group_invitations::email.is_not_null())
            .filter(group_invitations::created_at.gt(since))
            .order(group_invitations::created_at)
            .select(group_invitations::created_at)
            .limit(MAILS_A_DAY)
    };
    let by_group: Vec<NaiveDateTime> = mailed()
        .filter(group_invitations::group_id.eq(group_id))
        .load(connection)?;
    let by_inviter: Vec<NaiveDateTime> = mailed()
        .filter(group_invitations::created_by.eq(inviter_id))
        .load(connection)?;
    for sent in [by_group, by_inviter] {
        if let Some(oldest) = sent.first()
            && sent.len() as i64 >= MAILS_A_DAY
        {
            let wait = (*oldest + Duration::days(1) - now).num_seconds().max(1);
            return Err(AppError::RateLimited(wait as u64));
        }
    }
    Ok(())
}

/// An address that already belongs to an active (or removed) member gets no invitation.
fn refuse_members(connection: &mut AnyConnection, group_id: i64, email: &Email) -> AppResult<()> {
    let Some(user_id) = member_with_address(connection, email.as_str())? else {
        return Ok(());
    };
    match Membership::find(connection, group_id, user_id)?.map(|member| member.status()) {
        Some(MemberStatus::Active) => Err(AppError::Conflict(FieldError::new(
            "email",
            Invalid::new("already_a_member"),
        ))),
        Some(MemberStatus::Banned) => Err(AppError::Conflict(FieldError::new(
            "email",
            Invalid::new("removed_from_group"),
        ))),
        _ => Ok(()),
    }
}

fn member_with_address(connection: &mut AnyConnection, email: &str) -> QueryResult<Option<i64>> {
    users::table
        .filter(users::email.eq(email))
        .select(users::id)
        .first(connection)
        .optional()
}

/// The group's invitations, newest first (owners and organizers).
pub async fn list(
    state: &AppState,
    identity: &Identity,
    slug: &str,
) -> AppResult<Vec<InvitationView>> {
    let (slug, user_id) = (slug.to_owned(), identity.user.id);
    db::run(&state.db, move |connection| {
        let loaded = managed_by(connection, &slug, user_id)?;
        let rows: Vec<InvitationRow> = group_invitations::table
            .filter(group_invitations::group_id.eq(loaded.group.id))
            .order((
                group_invitations::created_at.desc(),
                group_invitations::id.desc(),
            ))
            .select(InvitationRow::as_select())
            .load(connection)?;
        let now = Utc::now().naive_utc();
        Ok(rows.iter().map(|row| row.view(now)).collect())
    })
    .await
}

/// Revokes invitation `id` of the group (owners and organizers); revoking twice is fine.
pub async fn revoke(state: &AppState, identity: &Identity, slug: &str, id: &str) -> AppResult<()> {
    let (slug, user_id, id) = (slug.to_owned(), identity.user.id, id.to_owned());
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            let loaded = managed_by(connection, &slug, user_id)?;
            let row = group_invitations::table
                .filter(group_invitations::group_id.eq(loaded.group.id))
                .filter(group_invitations::uuid.eq(&id));
            let found = diesel::update(row.filter(group_invitations::revoked_at.is_null()))
                .set(group_invitations::revoked_at.eq(Utc::now().naive_utc()))
                .execute(connection)?;
            if found == 0 {
                // Already revoked is done; unknown is not found.
                row.select(group_invitations::id)
                    .first::<i64>(connection)
                    .optional()?
                    .ok_or(AppError::NotFound)?;
            }
            Ok(())
        })
    })
    .await
}

/// What a working link shows: the group, and the reader's membership if any.
pub struct Invited {
    pub group: Group,
    pub details: GroupDetails,
    pub membership: Option<Membership>,
}

/// Opens the link with `token`: the group it leads into, or why it no longer works
/// ([`AppError::NoLongerValid`]); an unknown token is `not_found`.
pub async fn open(state: &AppState, viewer: Option<i64>, token: &str) -> AppResult<Invited> {
    let token = token.to_owned();
    db::run(&state.db, move |connection| {
        let (_, loaded) = usable(connection, &token, viewer)?;
        Ok(Invited {
            group: loaded.group,
            details: loaded.details,
            membership: loaded.membership,
        })
    })
    .await
}

/// The invitation for `token` and its group, if the link still works.
fn usable(
    connection: &mut AnyConnection,
    token: &str,
    viewer: Option<i64>,
) -> AppResult<(InvitationRow, super::service::LoadedGroup)> {
    if let AnyConnection::Postgresql(_) = connection {
        // Accepting holds the invitation's row until it commits, so a revocation or the last
        // use taken at the same moment is seen, not raced. SQLite: `write_transaction` already
        // holds the write lock (and reading a link locks nothing).
        diesel::sql_query("SELECT id FROM group_invitations WHERE token_hash = $1 FOR UPDATE")
            .bind::<diesel::sql_types::Text, _>(tokens::hash(token))
            .execute(connection)?;
    }
    let row = InvitationRow::by_token(connection, token)?.ok_or(AppError::NotFound)?;
    let loaded = find_by_id(connection, row.group_id, viewer)?;
    authorize_invited(&loaded.group)?;
    if let Some(code) = row.status(Utc::now().naive_utc()).refusal() {
        return Err(AppError::NoLongerValid(code));
    }
    Ok((row, loaded))
}

/// Joins the group of the link with `token` as an active member, even where joining needs
/// approval (a waiting request is let in). Already a member: nothing changes and no use is
/// spent. Removed from the group: `forbidden`, invitation or not.
pub async fn accept(state: &AppState, identity: &Identity, token: &str) -> AppResult<Group> {
    let (token, user_id) = (token.to_owned(), identity.user.id);
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            let (row, loaded) = usable(connection, &token, Some(user_id))?;
            match &loaded.membership {
                Some(member) if member.status() == MemberStatus::Active => {
                    return Ok(loaded.group);
                }
                Some(member) if member.status() == MemberStatus::Banned => {
                    return Err(AppError::Forbidden);
                }
                _ => {}
            }
            spend_one_use(connection, &row)?;
            match &loaded.membership {
                Some(pending) => activate(connection, pending)?,
                None => add_member(
                    connection,
                    loaded.group.id,
                    user_id,
                    MemberStatus::Active,
                    None,
                )?,
            }
            Ok(loaded.group)
        })
    })
    .await
}

/// Takes one use off a limited invitation. The condition in the update keeps two people
/// accepting the last use at once from both getting in.
fn spend_one_use(connection: &mut AnyConnection, row: &InvitationRow) -> AppResult<()> {
    if row.uses_left.is_none() {
        return Ok(());
    }
    let spent = diesel::update(
        group_invitations::table
            .find(row.id)
            .filter(group_invitations::uses_left.gt(0)),
    )
    .set(group_invitations::uses_left.eq(group_invitations::uses_left - 1))
    .execute(connection)?;
    if spent == 0 {
        return Err(AppError::NoLongerValid("invitation_used_up"));
    }
    Ok(())
}
