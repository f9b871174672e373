//! Changing the account's address: asked for with the password; the address changes only
//! when the link mailed to the new address is used, and the current address gets a notice
//! in the meantime.

use chrono::Utc;
use diesel::prelude::*;

use super::links::{self, LinkPurpose};
use super::{User, service};
use crate::auth::rate_limit;
use crate::auth::session::Identity;
use crate::db::schema::users;
use crate::db::{self, AnyConnection, write_transaction};
use crate::domain::{Email, Invalid, PasswordAttempt};
use crate::error::{AppError, AppResult, FieldError};
use crate::state::AppState;

/// Changes of address a member may ask for per hour.
const REQUESTS_PER_HOUR: u32 = 5;

/// Asks to move the account to `new_email`: checks the password (limited like logins), then
/// mails a link to the new address and a notice to the current one.
pub async fn request(
    state: &AppState,
    identity: &Identity,
    new_email: Email,
    password: PasswordAttempt,
) -> AppResult<()> {
    // Limited whether or not the password is right: each request sends two mails.
    let limit = rate_limit::Limit {
        limit: REQUESTS_PER_HOUR,
        window: chrono::Duration::hours(1),
    };
    let bucket = vec![format!("email-change-user:{}", identity.user.uuid)];
    db::run(&state.db, move |connection| {
        rate_limit::count(connection, &bucket, limit)
    })
    .await?;
    service::confirm_password(state, identity, password, "password").await?;
    if new_email.as_str() == identity.user.email {
        return Err(AppError::field("email", Invalid::new("email_unchanged")));
    }
    let (state_for_work, user_id) = (state.clone(), identity.user.id);
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            refuse_taken(connection, new_email.as_str())?;
            let user = User::find(connection, user_id)?;
            let link = links::create(
                connection,
                user.id,
                LinkPurpose::ChangeEmail,
                Some(new_email.as_str()),
            )?;
            super::mails::queue_change(
                connection,
                &state_for_work,
                &user,
                new_email.as_str(),
                &link,
            )
        })
    })
    .await
}

/// Uses a change link: the account takes the new address, proven by the link itself.
pub async fn confirm(state: &AppState, token: String) -> AppResult<()> {
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            let used = links::consume(connection, &token, LinkPurpose::ChangeEmail)?;
            let new_email = used
                .email
                .ok_or_else(|| AppError::field("token", Invalid::new("link_invalid")))?;
            refuse_taken(connection, &new_email)?;
            let now = Utc::now().naive_utc();
            diesel::update(users::table.find(used.user_id))
                .set((
                    users::email.eq(&new_email),
                    users::email_verified_at.eq(now),
                    users::updated_at.eq(now),
                ))
                .execute(connection)?;
            crate::notifications::outbox::clear_flag(connection, &new_email)?;
            // Reset links went to the old address; they no longer reach the account's owner.
            links::void(connection, used.user_id, &[LinkPurpose::ResetPassword])?;
            Ok(())
        })
    })
    .await
}

/// 409 `email_taken` when another account has the address.
fn refuse_taken(connection: &mut AnyConnection, email: &str) -> AppResult<()> {
    let taken: i64 = users::table
        .filter(users::email.eq(email))
        .count()
        .get_result(connection)?;
    if taken > 0 {
        return Err(AppError::Conflict(FieldError::new(
            "email",
            Invalid::new("email_taken"),
        )));
    }
    Ok(())
}
