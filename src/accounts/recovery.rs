//! Getting back into an account: "Forgot your password?".
//!
//! A request only records the address ([`request_reset`]); the delivery worker looks the
//! account up later ([`answer_reset_requests`]) and queues the mail when there is one. So the
//! answer to the request is the same, in content and in time, whether the address has an
//! account or not. The link works once, for an hour; using it sets the new password, ends every
//! session of the account, and proves the address.

use std::net::IpAddr;

use chrono::{Duration, Utc};
use diesel::prelude::*;

use super::User;
use super::links::{self, LinkPurpose};
use crate::auth::password;
use crate::auth::rate_limit::{self, Limit};
use crate::db::schema::{password_reset_requests, sessions, users};
use crate::db::{self, write_transaction};
use crate::domain::{Email, Password};
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// Reset requests allowed per hour, per client address and per email address.
const REQUESTS_PER_HOUR: u32 = 5;
/// Requests answered per delivery round.
const ANSWERED_PER_ROUND: i64 = 50;

/// Records a reset request for `email` (limited per client address and per email). The mail,
/// if any, is written in the account's own language.
pub async fn request_reset(
    state: &AppState,
    email: Email,
    client: Option<IpAddr>,
) -> AppResult<()> {
    let buckets = vec![
        rate_limit::address_bucket("reset", client),
        rate_limit::account_bucket("reset", email.as_str()),
    ];
    let limit = Limit {
        limit: REQUESTS_PER_HOUR,
        window: Duration::hours(1),
    };
    db::run(&state.db, move |connection| {
        rate_limit::count(connection, &buckets, limit)?;
        diesel::insert_into(password_reset_requests::table)
            .values((
                password_reset_requests::email.eq(email.as_str()),
                password_reset_requests::requested_at.eq(Utc::now().naive_utc()),
            ))
            .execute(connection)?;
        Ok(())
    })
    .await
}

/// For the delivery worker: answers waiting requests; each whose address has an account gets
/// a link and a mail, in the same transaction that takes the request off the list.
pub async fn answer_reset_requests(state: &AppState) -> AppResult<usize> {
    let state_for_work = state.clone();
    db::run(&state.db, move |connection| {
        let waiting: i64 = password_reset_requests::table
            .count()
            .get_result(connection)?;
        if waiting == 0 {
            return Ok(0);
        }
        write_transaction(connection, |connection| {
            let requests: Vec<(i64, String)> = password_reset_requests::table
                .order(password_reset_requests::id)
                .limit(ANSWERED_PER_ROUND)
                .select((password_reset_requests::id, password_reset_requests::email))
                .load(connection)?;
            let mut answered = 0;
            for (id, email) in requests {
                // Taking the request off the list is the claim: a request another instance
                // took in the meantime is left to it.
                let taken =
                    diesel::delete(password_reset_requests::table.find(id)).execute(connection)?;
                if taken == 0 {
                    continue;
                }
                if let Some((user, _)) = User::find_with_hash(connection, &email)? {
                    let link = links::create(
                        connection,
                        user.id,
                        LinkPurpose::ResetPassword,
                        Some(&user.email),
                    )?;
                    super::mails::queue_reset(connection, &state_for_work, &user, &link)?;
                    answered += 1;
                }
            }
            Ok::<_, AppError>(answered)
        })
    })
    .await
}

/// Sets a new password with a reset link; every session of the account ends, and the address
/// counts as proven (the link arrived there).
pub async fn reset_password(
    state: &AppState,
    token: String,
    new_password: Password,
) -> AppResult<()> {
    let new_hash = password::hash(new_password).await?;
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            let used = links::consume(connection, &token, LinkPurpose::ResetPassword)?;
            let now = Utc::now().naive_utc();
            diesel::update(users::table.find(used.user_id))
                .set((
                    users::password_hash.eq(&new_hash),
                    users::updated_at.eq(now),
                ))
                .execute(connection)?;
            // The link proves the address it was sent to, if that is still the account's.
            if let Some(email) = used.email {
                diesel::update(
                    users::table
                        .find(used.user_id)
                        .filter(users::email.eq(email))
                        .filter(users::email_verified_at.is_null()),
                )
                .set(users::email_verified_at.eq(now))
                .execute(connection)?;
            }
            diesel::delete(sessions::table.filter(sessions::user_id.eq(used.user_id)))
                .execute(connection)?;
            // A change of address asked for with the old password must not survive it.
            links::void(connection, used.user_id, &[LinkPurpose::ChangeEmail])?;
            Ok(())
        })
    })
    .await
}
