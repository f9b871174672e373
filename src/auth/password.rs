//! Argon2id password hashing on the blocking thread pool, with the same work for unknown
//! accounts so response time does not reveal whether an email is registered.

use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

use crate::domain::{Password, PasswordAttempt};
use crate::error::AppError;

/// A hash of a random password, verified against when the account does not exist.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    hash_blocking(&crate::auth::tokens::generate()).expect("hashing a random password works")
});

/// Argon2id with the OWASP parameters (19 MiB, 2 passes, 1 lane), which are argon2's defaults.
fn hasher() -> Argon2<'static> {
    Argon2::default()
}

fn hash_blocking(password: &str) -> Result<String, AppError> {
    hasher()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|error| AppError::internal(anyhow::anyhow!("argon2: {error}")))
}

/// Hashes a new password into a PHC string.
pub async fn hash(password: Password) -> Result<String, AppError> {
    actix_web::web::block(move || hash_blocking(password.expose()))
        .await
        .map_err(AppError::internal)?
}

/// Checks an attempt against a stored hash; with no hash, burns the same time and says no.
pub async fn verify(
    attempt: PasswordAttempt,
    stored_hash: Option<String>,
) -> Result<bool, AppError> {
    actix_web::web::block(move || {
        let known = stored_hash.is_some();
        let hash = stored_hash.unwrap_or_else(|| DUMMY_HASH.clone());
        let matches = hasher()
            .verify_password(attempt.expose().as_bytes(), hash.as_str())
            .is_ok();
        known && matches
    })
    .await
    .map_err(AppError::internal)
}

/// Computes the dummy hash now, so the first unknown-email login is not faster than later ones.
pub fn warm_up() {
    LazyLock::force(&DUMMY_HASH);
}
