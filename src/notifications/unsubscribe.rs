//! One-click unsubscribe (RFC 8058): every mail a member may turn off carries a link that turns
//! off mail of that kind for that member, without logging in.
//!
//! The link is signed, not stored: `<member's public id>.<kind>.<HMAC-SHA256>` under a secret
//! every instance shares (made once, in `instance_secrets`). It does one thing only (turn one
//! kind's mail off for one member), so it never expires, and a forged or altered one fails.

use chrono::Utc;
use diesel::prelude::*;

use super::kinds::NotificationKind;
use super::settings::{self, Delivery};
use crate::accounts::User;
use crate::auth::tokens;
use crate::db::schema::{instance_secrets, users};
use crate::db::{self, AnyConnection, write_transaction};
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// The path of the unsubscribe page and its one-click `POST`.
pub const PATH: &str = "/unsubscribe";

const SECRET_NAME: &str = "unsubscribe";

/// The shared signing secret, made by whichever instance needs it first (appeal links are
/// signed with it too).
pub(crate) fn secret(connection: &mut AnyConnection) -> QueryResult<String> {
    let stored = instance_secrets::table
        .find(SECRET_NAME)
        .select(instance_secrets::value)
        .first::<String>(connection)
        .optional()?;
    if let Some(secret) = stored {
        return Ok(secret);
    }
    db::insert_unless_taken(connection, |connection| {
        diesel::insert_into(instance_secrets::table)
            .values((
                instance_secrets::name.eq(SECRET_NAME),
                instance_secrets::value.eq(tokens::generate()),
                instance_secrets::created_at.eq(Utc::now().naive_utc()),
            ))
            .execute(connection)
    })?;
    // Another instance may have made it first: theirs is the one.
    instance_secrets::table
        .find(SECRET_NAME)
        .select(instance_secrets::value)
        .first(connection)
}

fn signed(secret: &str, member: &str, kind: NotificationKind) -> String {
    tokens::sign(secret, &format!("unsubscribe:{member}:{}", kind.as_str()))
}

/// Makes one-click links, with the shared secret read once.
pub struct Signer {
    secret: String,
}

impl Signer {
    /// Reads (or makes) the shared secret.
    pub fn new(connection: &mut AnyConnection) -> QueryResult<Self> {
        Ok(Self {
            secret: secret(connection)?,
        })
    }

    /// The one-click link that turns `kind` off for `member`.
    pub fn link(&self, state: &AppState, member: &User, kind: NotificationKind) -> String {
        let signature = signed(&self.secret, &member.uuid, kind);
        format!(
            "{}{PATH}?token={}.{}.{signature}",
            state.settings.public_url,
            member.uuid,
            kind.as_str()
        )
    }
}

/// What a valid link turns off: whose mail, and which kind.
#[derive(Debug, Clone)]
pub struct Target {
    /// The member's internal id.
    pub user_id: i64,
    /// The kind.
    pub kind: NotificationKind,
}

/// Reads and checks a link's token; a forged, altered or unknown one is `not_found`.
fn check(connection: &mut AnyConnection, token: &str) -> AppResult<Target> {
    let mut parts = token.trim().splitn(3, '.');
    let (Some(member), Some(kind), Some(signature)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(AppError::NotFound);
    };
    let kind = NotificationKind::parse(kind).map_err(|_| AppError::NotFound)?;
    if !tokens::constant_time_eq(&signed(&secret(connection)?, member, kind), signature) {
        return Err(AppError::NotFound);
    }
    let user_id = users::table
        .filter(users::uuid.eq(member))
        .select(users::id)
        .first(connection)
        .optional()?
        .ok_or(AppError::NotFound)?;
    Ok(Target { user_id, kind })
}

/// Which kind a link would turn off (for the page that offers the button).
pub async fn inspect(state: &AppState, token: &str) -> AppResult<NotificationKind> {
    let token = token.to_owned();
    db::run(&state.db, move |connection| {
        Ok(check(connection, &token)?.kind)
    })
    .await
}

/// Turns off mail of the link's kind for its member; the in-app notices go on.
pub async fn apply(state: &AppState, token: &str) -> AppResult<NotificationKind> {
    let token = token.to_owned();
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            let target = check(connection, &token)?;
            settings::change(
                connection,
                target.user_id,
                &[(target.kind, Delivery::InApp)],
            )?;
            tracing::info!(
                kind = target.kind.as_str(),
                "mail turned off by one-click unsubscribe"
            );
            Ok(target.kind)
        })
    })
    .await
}
