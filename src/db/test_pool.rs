//! A database for unit tests that need one: PostgreSQL when `TEST_DATABASE_URL` names it,
//! else a fresh SQLite file.

use super::{DbPool, build_pool};

/// A pool of one connection, and so one database thread, for unit tests: on
/// `TEST_DATABASE_URL` when it is set (without TLS, as the integration tests connect), else on
/// a fresh SQLite file in the directory returned with it.
pub(crate) fn single_connection_pool() -> (tempfile::TempDir, DbPool) {
    let directory = tempfile::tempdir().unwrap();
    let url = match std::env::var("TEST_DATABASE_URL") {
        Ok(url) if url.contains("sslmode=") => url,
        Ok(url) if url.contains('?') => format!("{url}&sslmode=disable"),
        Ok(url) => format!("{url}?sslmode=disable"),
        Err(_) => format!("sqlite://{}/one.db", directory.path().display()),
    };
    let pool = build_pool(&url, 1).unwrap();
    (directory, pool)
}
