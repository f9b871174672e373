//! The rules for accounts. Every HTML form and API endpoint about accounts calls one of these.

use std::net::IpAddr;

use chrono::{Duration, Utc};
use diesel::prelude::*;

use super::model::ProfileChangeset;
use super::{ProfileUpdate, Role, User};
use crate::auth::password;
use crate::auth::rate_limit::{self, Limit};
use crate::auth::session::{self, Identity};
use crate::db::schema::{outbox, sessions, users};
use crate::db::{self, write_transaction};
use crate::domain::{DisplayName, Email, Invalid, Locale, Password, PasswordAttempt};
use crate::error::{AppError, AppResult, FieldError};
use crate::notifications::MailKind;
use crate::notifications::outbox::MailStatus;
use crate::state::AppState;

/// What a new member gives to register.
#[derive(Debug, Clone)]
pub struct Registration {
    /// Their email.
    pub email: Email,
    /// Their new password.
    pub password: Password,
    /// How others see them.
    pub display_name: DisplayName,
    /// Their interface language.
    pub locale: Locale,
    /// Whether they chose it (rather than their browser saying it); a chosen language wins
    /// over the browser's on pages.
    pub locale_picked: bool,
}

/// Creates an account. Limited per client address and per email address.
pub async fn register(
    state: &AppState,
    registration: Registration,
    client: Option<IpAddr>,
) -> AppResult<User> {
    let buckets = vec![
        rate_limit::address_bucket("register", client),
        rate_limit::account_bucket("register", registration.email.as_str()),
    ];
    let limit = Limit {
        limit: state.settings.registrations_per_hour,
        window: Duration::hours(1),
    };
    db::run(&state.db, move |connection| {
        rate_limit::count(connection, &buckets, limit)
    })
    .await?;

    let password_hash = password::hash(registration.password).await?;
    let state_for_work = state.clone();
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            let email = registration.email.as_str();
            let taken: i64 = users::table
                .filter(users::email.eq(email))
                .count()
                .get_result(connection)?;
            if taken > 0 {
                return Err(email_taken());
            }
            let now = Utc::now().naive_utc();
            let id: i64 = diesel::insert_into(users::table)
                .values((
                    users::uuid.eq(uuid::Uuid::now_v7().to_string()),
                    users::email.eq(email),
                    users::password_hash.eq(&password_hash),
                    users::display_name.eq(registration.display_name.as_str()),
                    users::locale.eq(registration.locale.as_str()),
                    users::locale_picked.eq(registration.locale_picked),
                    users::timezone.eq("UTC"),
                    users::languages.eq("[]"),
                    users::skills.eq("[]"),
                    users::role.eq(Role::User.as_str()),
                    users::created_at.eq(now),
                    users::updated_at.eq(now),
                ))
                .returning(users::id)
                .get_result(connection)
                .map_err(|error| match error {
                    // Two registrations raced past the check above.
                    diesel::result::Error::DatabaseError(
                        diesel::result::DatabaseErrorKind::UniqueViolation,
                        _,
                    ) => email_taken(),
                    other => other.into(),
                })?;
            let user = User::find(connection, id)?;
            // The link to prove the address leaves with the account, or not at all.
            super::verification::queue_link(connection, &state_for_work, &user)?;
            Ok(user)
        })
    })
    .await
}

fn email_taken() -> AppError {
    AppError::Conflict(FieldError::new("email", Invalid::new("email_taken")))
}

/// Checks credentials and starts a session; returns the member and the session token.
///
/// A wrong password and an unknown email give the same error after the same hashing work.
/// Failures count against the client address and the account; past the limit, 429. The
/// attempt is reserved before the password is checked, so a burst of guesses cannot pass the
/// limit together, and freed when the password is right.
pub async fn login(
    state: &AppState,
    email: &str,
    attempt: PasswordAttempt,
    client: Option<IpAddr>,
) -> AppResult<(User, String)> {
    let normalized = Email::parse(email)
        .map(|email| email.as_str().to_owned())
        .unwrap_or_else(|_| email.trim().to_lowercase());
    let buckets = vec![
        rate_limit::address_bucket("login", client),
        rate_limit::account_bucket("login", &normalized),
    ];
    let reservation =
        rate_limit::reserve_password_check(&state.db, buckets, password_check_limit(state)).await?;
    let found = db::run(&state.db, move |connection| {
        Ok(User::find_with_hash(connection, &normalized)?)
    })
    .await?;
    let (user, stored_hash) = match found {
        Some((user, hash)) => (Some(user), Some(hash)),
        None => (None, None),
    };
    let verified = password::verify(attempt, stored_hash).await?;
    match user {
        // Only someone who knows the password learns that the account is suspended.
        Some(user) if verified && user.suspended_at.is_some() => {
            reservation.release(&state.db).await?;
            Err(AppError::AccountSuspended)
        }
        Some(user) if verified => {
            reservation.release(&state.db).await?;
            let token = start_session(state, &user).await?;
            tracing::info!(user = %user.uuid, "signed in");
            Ok((user, token))
        }
        _ => {
            reservation.confirm(&state.db).await?;
            Err(AppError::InvalidCredentials)
        }
    }
}

/// Password checks allowed per minute, per client address and per account: logins and the
/// re-checks before a password change or an account deletion share the account's bucket.
fn password_check_limit(state: &AppState) -> Limit {
    Limit {
        limit: state.settings.login_attempts_per_minute,
        window: Duration::minutes(1),
    }
}

/// Starts a session for a member who just proved who they are (for example by registering).
pub async fn start_session(state: &AppState, user: &User) -> AppResult<String> {
    let (user_id, days) = (user.id, state.settings.session_days);
    db::run(&state.db, move |connection| {
        session::start(connection, user_id, days)
    })
    .await
}

/// Ends the session that made the request.
pub async fn logout(state: &AppState, identity: &Identity) -> AppResult<()> {
    let session_id = identity.session_id;
    db::run(&state.db, move |connection| {
        session::end(connection, session_id)
    })
    .await
}

/// Applies a profile change and bumps `updated_at`.
pub async fn update_profile(
    state: &AppState,
    identity: &Identity,
    update: ProfileUpdate,
) -> AppResult<User> {
    let user_id = identity.user.id;
    let mut update = update;
    update.settle_time_zone(&identity.user)?;
    db::run(&state.db, move |connection| {
        let changes = ProfileChangeset::new(update, Utc::now().naive_utc());
        diesel::update(users::table.find(user_id))
            .set(&changes)
            .execute(connection)?;
        Ok(User::find(connection, user_id)?)
    })
    .await
}

/// Saves the interface language a signed-in member picked with the language switcher, so the
/// choice follows them to other devices.
pub async fn remember_locale(
    state: &AppState,
    identity: &Identity,
    locale: Locale,
) -> AppResult<()> {
    if identity.user.locale_picked && identity.user.locale == locale.as_str() {
        return Ok(());
    }
    let user_id = identity.user.id;
    db::run(&state.db, move |connection| {
        diesel::update(users::table.find(user_id))
            .set((
                users::locale.eq(locale.as_str()),
                users::locale_picked.eq(true),
            ))
            .execute(connection)?;
        Ok(())
    })
    .await
}

/// Replaces the password after checking the current one; ends every other session.
pub async fn change_password(
    state: &AppState,
    identity: &Identity,
    current: PasswordAttempt,
    new_password: Password,
) -> AppResult<()> {
    confirm_password(state, identity, current, "current_password").await?;
    let new_hash = password::hash(new_password).await?;
    let (user_id, keep) = (identity.user.id, identity.session_id);
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            diesel::update(users::table.find(user_id))
                .set((
                    users::password_hash.eq(&new_hash),
                    users::updated_at.eq(Utc::now().naive_utc()),
                ))
                .execute(connection)?;
            session::end_others(connection, user_id, keep)?;
            // Links asked for with the old password (a change of address, a reset) stop.
            super::links::void(
                connection,
                user_id,
                &[
                    super::links::LinkPurpose::ChangeEmail,
                    super::links::LinkPurpose::ResetPassword,
                ],
            )?;
            Ok(())
        })
    })
    .await
}

/// Deletes the account and everything personal attached to it, after checking the password.
pub async fn delete_account(
    state: &AppState,
    identity: &Identity,
    attempt: PasswordAttempt,
) -> AppResult<()> {
    confirm_password(state, identity, attempt, "password").await?;
    let (user_id, email, uuid) = (
        identity.user.id,
        identity.user.email.clone(),
        identity.user.uuid.clone(),
    );
    let state = state.clone();
    db::run(&state.db.clone(), move |connection| {
        write_transaction(connection, |connection| {
            // Groups may go with the account: take the change-log lock before any row lock.
            crate::federation::change_log::lock(connection)?;
            // Leave nothing dangling: seats go to the waitlist, counts follow, and groups the
            // member alone owns go with them (owning a group others belong to is refused).
            crate::events::rsvp::withdraw_all(connection, &state, user_id)?;
            crate::groups::membership::leave_all(connection, user_id)?;
            diesel::delete(sessions::table.filter(sessions::user_id.eq(user_id)))
                .execute(connection)?;
            diesel::delete(users::table.find(user_id)).execute(connection)?;
            rate_limit::clear(connection, &rate_limit::account_bucket("login", &email))?;
            rate_limit::clear(connection, &rate_limit::account_bucket("register", &email))?;
            rate_limit::clear(connection, &format!("recheck-user:{uuid}"))?;
            Ok(())
        })
    })
    .await?;
    tracing::info!(user = %identity.user.uuid, "account deleted");
    Ok(())
}

/// Checks the signed-in member's password again before a sensitive change.
///
/// Re-checks are limited in a bucket of the member's own, so a stolen session cannot try
/// passwords without limit; each wrong one also counts in the account's login bucket, so those
/// guesses lock logins too. The limit is checked on the member's own bucket only: a stranger's
/// wrong logins must not stop the member from changing a password or leaving.
pub(crate) async fn confirm_password(
    state: &AppState,
    identity: &Identity,
    attempt: PasswordAttempt,
    field: &'static str,
) -> AppResult<()> {
    let recheck_bucket = format!("recheck-user:{}", identity.user.uuid);
    let reservation = rate_limit::reserve_password_check(
        &state.db,
        vec![recheck_bucket],
        password_check_limit(state),
    )
    .await?;
    let user_id = identity.user.id;
    let stored = db::run(&state.db, move |connection| {
        Ok(User::password_hash(connection, user_id)?)
    })
    .await?;
    if password::verify(attempt, Some(stored)).await? {
        return reservation.release(&state.db).await;
    }
    reservation.confirm(&state.db).await?;
    let login_bucket = rate_limit::account_bucket("login", &identity.user.email);
    db::run(&state.db, move |connection| {
        rate_limit::record_failure(connection, &login_bucket)
    })
    .await?;
    Err(AppError::field(field, Invalid::new("wrong_password")))
}

/// Creates an administrator account (CLI), or promotes an existing account with that email.
pub async fn create_admin(state: &AppState, registration: Registration) -> AppResult<User> {
    let email = registration.email.clone();
    let user = match register(state, registration, None).await {
        Ok(user) => user,
        Err(AppError::Conflict(_)) => {
            let email = email.as_str().to_owned();
            db::run(&state.db, move |connection| {
                User::find_with_hash(connection, &email)?
                    .map(|(user, _)| user)
                    .ok_or(AppError::NotFound)
            })
            .await?
        }
        Err(other) => return Err(other),
    };
    let user_id = user.id;
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            // The operator typed the address on the server: it counts as verified, and the
            // verification mail registration queued is not needed.
            let now = Utc::now().naive_utc();
            diesel::update(users::table.find(user_id))
                .set(users::role.eq(Role::Admin.as_str()))
                .execute(connection)?;
            diesel::update(
                users::table
                    .find(user_id)
                    .filter(users::email_verified_at.is_null()),
            )
            .set(users::email_verified_at.eq(now))
            .execute(connection)?;
            diesel::delete(
                outbox::table
                    .filter(outbox::user_id.eq(user_id))
                    .filter(outbox::kind.eq(MailKind::EmailVerification.as_str()))
                    .filter(outbox::status.eq(MailStatus::Queued.as_str())),
            )
            .execute(connection)?;
            Ok(User::find(connection, user_id)?)
        })
    })
    .await
}
