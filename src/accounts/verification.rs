//! Proving an address: a link is mailed at registration (and again on request); using it
//! marks the address verified. Where `require_verified_email` is on, publishing groups,
//! events and opportunities waits for it ([`require_for_publishing`]).

use chrono::{Duration, Utc};
use diesel::prelude::*;

use super::User;
use super::links::{self, LinkPurpose};
use crate::auth::rate_limit::{self, Limit};
use crate::auth::session::Identity;
use crate::db::schema::users;
use crate::db::{self, AnyConnection, write_transaction};
use crate::domain::Invalid;
use crate::error::{AppError, AppResult, FieldError};
use crate::state::AppState;

/// Verification mails a member may ask for per hour.
const RESENDS_PER_HOUR: u32 = 3;

/// Makes a link for `user`'s current address and queues its mail; call it inside the
/// transaction that creates the account or asks again.
pub fn queue_link(connection: &mut AnyConnection, state: &AppState, user: &User) -> AppResult<()> {
    let link = links::create(
        connection,
        user.id,
        LinkPurpose::VerifyEmail,
        Some(&user.email),
    )?;
    super::mails::queue_verification(connection, state, user, &link)
}

/// Sends the link again (limited per member); 409 `email_already_verified` when there is no
/// need.
pub async fn resend(state: &AppState, identity: &Identity) -> AppResult<()> {
    if identity.user.email_verified_at.is_some() {
        return Err(AppError::Conflict(FieldError::new(
            "email",
            Invalid::new("email_already_verified"),
        )));
    }
    let bucket = vec![format!("verification-mail-user:{}", identity.user.uuid)];
    let limit = Limit {
        limit: RESENDS_PER_HOUR,
        window: Duration::hours(1),
    };
    let (state_for_work, user_id) = (state.clone(), identity.user.id);
    db::run(&state.db, move |connection| {
        rate_limit::count(connection, &bucket, limit)?;
        write_transaction(connection, |connection| {
            let user = User::find(connection, user_id)?;
            queue_link(connection, &state_for_work, &user)
        })
    })
    .await
}

/// Uses a verification link: the address it was sent to, if still the account's, is proven.
pub async fn confirm(state: &AppState, token: String) -> AppResult<()> {
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            let used = links::consume(connection, &token, LinkPurpose::VerifyEmail)?;
            let proven = diesel::update(
                users::table
                    .find(used.user_id)
                    .filter(users::email.nullable().eq(used.email)),
            )
            .set(users::email_verified_at.eq(Utc::now().naive_utc()))
            .execute(connection)?;
            // The account's address changed since the link was sent: it proves nothing now.
            if proven == 0 {
                return Err(AppError::field("token", Invalid::new("link_invalid")));
            }
            Ok(())
        })
    })
    .await
}

/// Where the instance asks for verified addresses, refuses to publish without one
/// (403 `email_not_verified`).
pub fn require_for_publishing(state: &AppState, identity: &Identity) -> AppResult<()> {
    if state.settings.require_verified_email && identity.user.email_verified_at.is_none() {
        Err(AppError::EmailNotVerified)
    } else {
        Ok(())
    }
}
