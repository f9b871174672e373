//! Partner keys: `dhk_<prefix>_<secret>`, created by the CLI and shown once. Only a SHA-256 of
//! the secret is stored (it has 256 bits of entropy, so a fast hash is enough); the prefix is
//! public and names the key in lists and logs. Keys carry scopes, can be revoked (refused at
//! once), remember when they were last used, and are rate-limited each on their own.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use crate::auth::rate_limit::{self, Limit};
use crate::auth::tokens;
use crate::db::AnyConnection;
use crate::db::schema::{partner_keys, partners};
use crate::error::AppError;

/// What a key may read.
pub const SCOPES: [&str; 4] = [
    "changes:read",
    "groups:read",
    "events:read",
    "opportunities:read",
];

/// A key as listed (never with its secret).
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct KeyListing {
    pub partner: String,
    pub prefix: String,
    pub scopes: String,
    pub created_at: NaiveDateTime,
    pub last_used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
}

/// The key a request authenticated with.
#[derive(Debug, Clone)]
pub struct PartnerKey {
    pub id: i64,
    pub prefix: String,
    pub scopes: Vec<String>,
}

/// Reads a comma-separated scope list; unknown scopes are an error naming them.
pub fn parse_scopes(text: &str) -> anyhow::Result<Vec<String>> {
    let scopes: Vec<String> = text
        .split(',')
        .map(str::trim)
        .filter(|scope| !scope.is_empty())
        .map(str::to_owned)
        .collect();
    anyhow::ensure!(
        !scopes.is_empty(),
        "give at least one scope: {}",
        SCOPES.join(", ")
    );
    for scope in &scopes {
        anyhow::ensure!(
            SCOPES.contains(&scope.as_str()),
            "unknown scope {scope:?}; choose from {}",
            SCOPES.join(", ")
        );
    }
    Ok(scopes)
}

/// Creates a key for the partner `name` (created if new); returns the whole key, once.
pub fn create(
    connection: &mut AnyConnection,
    name: &str,
    scopes: &[String],
) -> QueryResult<String> {
    let now = Utc::now().naive_utc();
    let existing: Option<i64> = partners::table
        .filter(partners::name.eq(name))
        .select(partners::id)
        .first(connection)
        .optional()?;
    let partner_id = match existing {
        Some(id) => id,
        None => diesel::insert_into(partners::table)
            .values((partners::name.eq(name), partners::created_at.eq(now)))
            .returning(partners::id)
            .get_result(connection)?,
    };
    let prefix: String = tokens::generate().chars().take(12).collect();
    let secret = tokens::generate();
    diesel::insert_into(partner_keys::table)
        .values((
            partner_keys::partner_id.eq(partner_id),
            partner_keys::prefix.eq(&prefix),
            partner_keys::secret_hash.eq(tokens::hash(&secret)),
            partner_keys::scopes.eq(scopes.join(",")),
            partner_keys::created_at.eq(now),
        ))
        .execute(connection)?;
    Ok(format!("dhk_{prefix}_{secret}"))
}

/// Every key, newest first.
pub fn list(connection: &mut AnyConnection) -> QueryResult<Vec<KeyListing>> {
    partner_keys::table
        .inner_join(partners::table)
        .order(partner_keys::id.desc())
        .select((
            partners::name,
            partner_keys::prefix,
            partner_keys::scopes,
            partner_keys::created_at,
            partner_keys::last_used_at,
            partner_keys::revoked_at,
        ))
        .load(connection)
}

/// Revokes the key with this prefix; `false` when there is no such live key.
pub fn revoke(connection: &mut AnyConnection, prefix: &str) -> QueryResult<bool> {
    let changed = diesel::update(
        partner_keys::table
            .filter(partner_keys::prefix.eq(prefix))
            .filter(partner_keys::revoked_at.is_null()),
    )
    .set(partner_keys::revoked_at.eq(Utc::now().naive_utc()))
    .execute(connection)?;
    Ok(changed > 0)
}

/// The live key in an `Authorization: Bearer dhk_…` header, or `not_authenticated`.
pub fn authenticate(
    connection: &mut AnyConnection,
    authorization: Option<&str>,
) -> Result<PartnerKey, AppError> {
    let key = authorization
        .and_then(crate::http::bearer_token)
        .and_then(|token| token.strip_prefix("dhk_"))
        .ok_or(AppError::NotAuthenticated)?;
    let (prefix, secret) = key.split_once('_').ok_or(AppError::NotAuthenticated)?;
    let stored: Option<(i64, String, String, Option<NaiveDateTime>)> = partner_keys::table
        .filter(partner_keys::prefix.eq(prefix))
        .select((
            partner_keys::id,
            partner_keys::secret_hash,
            partner_keys::scopes,
            partner_keys::revoked_at,
        ))
        .first(connection)
        .optional()?;
    match stored {
        Some((id, hash, scopes, None))
            if tokens::constant_time_eq(&hash, &tokens::hash(secret)) =>
        {
            Ok(PartnerKey {
                id,
                prefix: prefix.to_owned(),
                scopes: scopes.split(',').map(str::to_owned).collect(),
            })
        }
        _ => Err(AppError::NotAuthenticated),
    }
}

impl PartnerKey {
    /// `insufficient_scope` (403) unless the key has `scope`.
    pub fn require(&self, scope: &str) -> Result<(), AppError> {
        if self.scopes.iter().any(|granted| granted == scope) {
            Ok(())
        } else {
            Err(AppError::InsufficientScope)
        }
    }

    /// Counts one request against the key's limit (429 with `Retry-After` when spent) and
    /// notes when it was used.
    pub fn charge(&self, connection: &mut AnyConnection, per_minute: u32) -> Result<(), AppError> {
        let bucket = [format!("partner-key:{}", self.prefix)];
        rate_limit::count(
            connection,
            &bucket,
            Limit {
                limit: per_minute,
                window: chrono::Duration::minutes(1),
            },
        )?;
        diesel::update(partner_keys::table.find(self.id))
            .set(partner_keys::last_used_at.eq(Utc::now().naive_utc()))
            .execute(connection)?;
        Ok(())
    }
}
