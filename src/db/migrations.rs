//! Migrations embedded in the binary, one tree per backend with the same version names.

use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use super::AnyConnection;

/// Migrations for SQLite.
pub const SQLITE: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
/// Migrations for PostgreSQL.
pub const POSTGRES: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// A lock number shared by every instance, so instances starting together migrate one at a time.
const MIGRATION_LOCK_KEY: i64 = 0x6469_6173_706f_7261;

type MigrationResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// Applies every pending migration; returns how many ran.
pub fn run_pending(connection: &mut AnyConnection) -> MigrationResult<usize> {
    match connection {
        AnyConnection::Sqlite(connection) => Ok(connection.run_pending_migrations(SQLITE)?.len()),
        AnyConnection::Postgresql(connection) => {
            use diesel::RunQueryDsl;
            diesel::sql_query(format!("SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})"))
                .execute(connection)?;
            let result = connection
                .run_pending_migrations(POSTGRES)
                .map(|ran| ran.len());
            diesel::sql_query(format!("SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})"))
                .execute(connection)?;
            result
        }
    }
}

/// Reverts every applied migration, newest first; returns how many were reverted.
pub fn revert_all(connection: &mut AnyConnection) -> MigrationResult<usize> {
    let reverted = match connection {
        AnyConnection::Sqlite(connection) => connection.revert_all_migrations(SQLITE)?,
        AnyConnection::Postgresql(connection) => connection.revert_all_migrations(POSTGRES)?,
    };
    Ok(reverted.len())
}

/// Reverts applied migrations, newest first, down to and including the one whose directory
/// name starts with `version` (an operator rolling back to before that release); how many.
pub fn revert_through(connection: &mut AnyConnection, version: &str) -> MigrationResult<usize> {
    // Directory `2026-11-30-000021_name` is version `20261130000021`.
    let target: String = version.chars().filter(char::is_ascii_digit).collect();
    let mut reverted = 0;
    loop {
        let newest = match connection {
            AnyConnection::Sqlite(connection) => connection.applied_migrations()?,
            AnyConnection::Postgresql(connection) => connection.applied_migrations()?,
        }
        .iter()
        .map(ToString::to_string)
        .max();
        if newest.is_none_or(|newest| newest < target) {
            return Ok(reverted);
        }
        match connection {
            AnyConnection::Sqlite(connection) => connection.revert_last_migration(SQLITE)?,
            AnyConnection::Postgresql(connection) => connection.revert_last_migration(POSTGRES)?,
        };
        reverted += 1;
    }
}

/// Version names of the embedded migrations for each backend, in order: (SQLite, PostgreSQL).
pub fn version_names() -> MigrationResult<(Vec<String>, Vec<String>)> {
    use diesel::migration::MigrationSource;
    let sqlite = MigrationSource::<diesel::sqlite::Sqlite>::migrations(&SQLITE)?
        .iter()
        .map(|migration| migration.name().to_string())
        .collect();
    let postgres = MigrationSource::<diesel::pg::Pg>::migrations(&POSTGRES)?
        .iter()
        .map(|migration| migration.name().to_string())
        .collect();
    Ok((sqlite, postgres))
}
