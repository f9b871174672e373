//! One-time links sent by mail (verify an address, reset a password, change the address):
//! a random 256-bit token in the link, only its SHA-256 in the database, an expiry, and a
//! single use. Using one link of a kind voids the member's other links of that kind.

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::auth::tokens;
use crate::db::AnyConnection;
use crate::db::schema::account_tokens;
use crate::domain::Invalid;
use crate::error::AppError;

crate::stored_enum! {
    /// What a link does.
    LinkPurpose {
        /// Proves the address (`new_email` holds the address it proves).
        VerifyEmail = "verify_email",
        /// Lets the member choose a new password.
        ResetPassword = "reset_password",
        /// Makes `new_email` the account's address.
        ChangeEmail = "change_email",
    } invalid = "invalid_choice"
}

impl LinkPurpose {
    /// How long a link of this kind works.
    pub fn lifetime(self) -> Duration {
        match self {
            Self::VerifyEmail | Self::ChangeEmail => Duration::hours(48),
            Self::ResetPassword => Duration::hours(1),
        }
    }
}

/// A new link's secret (to put in the mail) and when it stops working.
pub struct NewLink {
    /// The token for the link; never stored.
    pub token: String,
    /// When it stops working (UTC).
    pub expires_at: NaiveDateTime,
}

/// Creates a link for `user_id`.
pub fn create(
    connection: &mut AnyConnection,
    user_id: i64,
    purpose: LinkPurpose,
    email: Option<&str>,
) -> QueryResult<NewLink> {
    let token = tokens::generate();
    let now = Utc::now().naive_utc();
    let expires_at = now + purpose.lifetime();
    diesel::insert_into(account_tokens::table)
        .values((
            account_tokens::user_id.eq(user_id),
            account_tokens::purpose.eq(purpose.as_str()),
            account_tokens::token_hash.eq(tokens::hash(&token)),
            account_tokens::new_email.eq(email),
            account_tokens::expires_at.eq(expires_at),
            account_tokens::created_at.eq(now),
        ))
        .execute(connection)?;
    Ok(NewLink { token, expires_at })
}

/// Voids every unused link of `purposes` of a member: after a password change or reset, a
/// change-of-address link someone else asked for with the old password stops working, and
/// after a change of address, reset links sent to the old one stop too.
pub fn void(
    connection: &mut AnyConnection,
    user_id: i64,
    purposes: &[LinkPurpose],
) -> QueryResult<()> {
    let purposes: Vec<&str> = purposes.iter().map(|purpose| purpose.as_str()).collect();
    diesel::update(
        account_tokens::table
            .filter(account_tokens::user_id.eq(user_id))
            .filter(account_tokens::purpose.eq_any(purposes))
            .filter(account_tokens::used_at.is_null()),
    )
    .set(account_tokens::used_at.eq(Utc::now().naive_utc()))
    .execute(connection)?;
    Ok(())
}

/// What a used link was for.
#[derive(Debug, Clone)]
pub struct UsedLink {
    /// The member it belongs to.
    pub user_id: i64,
    /// The address it proves or moves to.
    pub email: Option<String>,
}

/// Uses a link: `link_invalid` (the same for unknown, used and expired links, so a guess
/// learns nothing) unless it exists, is unused, unexpired and of this kind. Call it inside the
/// transaction that does what the link is for.
pub fn consume(
    connection: &mut AnyConnection,
    token: &str,
    purpose: LinkPurpose,
) -> Result<UsedLink, AppError> {
    let invalid = || AppError::field("token", Invalid::new("link_invalid"));
    let token = token.trim();
    if token.is_empty() || token.len() > 128 {
        return Err(invalid());
    }
    let now = Utc::now().naive_utc();
    let hash = tokens::hash(token);
    // Marking it used is the check: of two requests with the same link, one changes the row
    // and the other finds it used.
    let claimed = diesel::update(
        account_tokens::table
            .filter(account_tokens::token_hash.eq(&hash))
            .filter(account_tokens::purpose.eq(purpose.as_str()))
            .filter(account_tokens::used_at.is_null())
            .filter(account_tokens::expires_at.gt(now)),
    )
    .set(account_tokens::used_at.eq(now))
    .execute(connection)?;
    if claimed == 0 {
        return Err(invalid());
    }
    let (user_id, email): (i64, Option<String>) = account_tokens::table
        .filter(account_tokens::token_hash.eq(&hash))
        .select((account_tokens::user_id, account_tokens::new_email))
        .first(connection)?;
    // Every other unused link of the same kind stops working too.
    diesel::update(
        account_tokens::table
            .filter(account_tokens::user_id.eq(user_id))
            .filter(account_tokens::purpose.eq(purpose.as_str()))
            .filter(account_tokens::used_at.is_null()),
    )
    .set(account_tokens::used_at.eq(now))
    .execute(connection)?;
    Ok(UsedLink { user_id, email })
}
