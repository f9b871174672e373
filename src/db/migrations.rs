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
        AnyConnection::Sqlite(connection) => {
            let ran = connection.run_pending_migrations(SQLITE)?.len();
            // Only a speed-up: another instance measuring at the same moment may hold the
            // lock longer than the busy timeout, and this one should start all the same.
            if let Err(error) = measure_unmeasured_indexes(connection) {
                tracing::warn!(%error, "could not measure new indexes for the query planner");
            }
            Ok(ran)
        }
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

/// Gives planner statistics to the indexes of analyzed tables that have none (SQLite); returns
/// their names.
///
/// Once a table has been analyzed (`seed` ends with `ANALYZE`), SQLite plans its queries with
/// those numbers, and an index a later migration adds has none: the planner then keeps to the
/// older indexes it has numbers for, however much better the new one serves. Such an index is
/// measured on its own here, on tables that had rows when they were measured. A table never
/// analyzed stays so, as numbers taken while an install is new and small would mislead the
/// planner once it has grown.
pub(crate) fn measure_unmeasured_indexes(
    connection: &mut diesel::SqliteConnection,
) -> diesel::QueryResult<Vec<String>> {
    use diesel::RunQueryDsl;
    use diesel::connection::SimpleConnection;

    #[derive(diesel::QueryableByName)]
    struct Named {
        #[diesel(sql_type = diesel::sql_types::Text)]
        name: String,
    }
    let analyzed_before: Vec<Named> =
        diesel::sql_query("SELECT name FROM sqlite_schema WHERE name = 'sqlite_stat1'")
            .load(connection)?;
    if analyzed_before.is_empty() {
        return Ok(Vec::new());
    }
    let unmeasured: Vec<Named> = diesel::sql_query(
        "SELECT name FROM sqlite_schema WHERE type = 'index' \
         AND tbl_name IN \
             (SELECT tbl FROM sqlite_stat1 WHERE idx IS NOT NULL AND CAST(stat AS INTEGER) > 0) \
         AND name NOT IN (SELECT idx FROM sqlite_stat1 WHERE idx IS NOT NULL) ORDER BY name",
    )
    .load(connection)?;
    for index in &unmeasured {
        connection.batch_execute(&format!("ANALYZE \"{}\"", index.name.replace('"', "\"\"")))?;
    }
    let measured: Vec<String> = unmeasured.into_iter().map(|index| index.name).collect();
    if !measured.is_empty() {
        tracing::info!(?measured, "measured new indexes for the query planner");
    }
    Ok(measured)
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

#[cfg(test)]
mod tests {
    use diesel::connection::SimpleConnection;
    use diesel::{Connection, QueryableByName, RunQueryDsl, SqliteConnection};

    use super::*;

    #[derive(QueryableByName)]
    struct PlanStep {
        #[diesel(sql_type = diesel::sql_types::Text)]
        detail: String,
    }

    /// How SQLite would run `statement`, one line a step.
    fn plan(connection: &mut SqliteConnection, statement: &str) -> String {
        diesel::sql_query(format!("EXPLAIN QUERY PLAN {statement}"))
            .load::<PlanStep>(connection)
            .unwrap()
            .into_iter()
            .map(|step| step.detail)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The translations of a page of events, as `events::model::translations_for` asks.
    const TRANSLATIONS: &str = "SELECT id, event_id, language, title, description \
        FROM event_translations WHERE event_id IN (SELECT value FROM json_each('[3,5,8]')) \
        ORDER BY event_id, language";

    /// A page of occurrences in one country, as `events::listing` walks it.
    const OCCURRENCES_IN_A_COUNTRY: &str = "SELECT o.id, o.starts_at_utc, o.ends_at_utc, \
        o.event_id FROM event_occurrences o WHERE o.country = 'SN' \
        AND o.starts_at_utc >= '2027-01-01 00:00:00' AND o.ends_at_utc > '2027-01-02 00:00:00' \
        ORDER BY o.starts_at_utc, o.id LIMIT 21";

    /// The directory's count and page of groups of one heritage living in one country.
    const GROUPS_COUNTED: &str = "SELECT COUNT(*) FROM groups WHERE hidden IS NULL \
        AND calendar_peer_id IS NULL AND visibility = 'public' AND heritage_country = 'SN' \
        AND residence_country = 'FR'";
    const GROUPS_PAGE: &str = "SELECT id, slug FROM groups WHERE hidden IS NULL \
        AND calendar_peer_id IS NULL AND visibility = 'public' AND heritage_country = 'SN' \
        AND residence_country = 'FR' ORDER BY member_count DESC, id DESC LIMIT 21";

    #[test]
    fn listings_read_their_indexes_alone_and_new_indexes_get_measured() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("planner.db");
        let mut migrated =
            AnyConnection::Sqlite(SqliteConnection::establish(path.to_str().unwrap()).unwrap());
        run_pending(&mut migrated).unwrap();
        let AnyConnection::Sqlite(mut connection) = migrated else {
            unreachable!("opened as SQLite")
        };
        // Rows without their events and groups, which the plans do not read.
        let mut rows = String::from("PRAGMA foreign_keys = OFF;");
        for event in 1..=60 {
            for language in ["en", "fr"] {
                rows.push_str(&format!(
                    "INSERT INTO event_translations (event_id, language, title, description) \
                     VALUES ({event}, '{language}', 'Title {event}', 'About {event}');"
                ));
            }
            rows.push_str(&format!(
                "INSERT INTO event_occurrences (event_id, group_id, country, starts_at_utc, \
                 ends_at_utc, recurrence_id) VALUES ({event}, 1, 'SN', '2027-01-0{day} 18:00:00', \
                 '2027-01-0{day} 20:00:00', '2027-01-0{day} 18:00:00');",
                day = event % 9 + 1
            ));
        }
        connection.batch_execute(&rows).unwrap();

        // A database never analyzed is left so.
        assert!(
            measure_unmeasured_indexes(&mut connection)
                .unwrap()
                .is_empty()
        );
        assert!(
            plan(&mut connection, TRANSLATIONS)
                .contains("COVERING INDEX event_translations_listing")
        );
        assert!(
            plan(&mut connection, OCCURRENCES_IN_A_COUNTRY)
                .contains("COVERING INDEX event_occurrences_country_start"),
            "{}",
            plan(&mut connection, OCCURRENCES_IN_A_COUNTRY)
        );

        assert!(
            plan(&mut connection, GROUPS_COUNTED)
                .contains("COVERING INDEX groups_directory_heritage"),
            "{}",
            plan(&mut connection, GROUPS_COUNTED)
        );
        let page = plan(&mut connection, GROUPS_PAGE);
        assert!(
            page.contains("INDEX groups_directory_heritage") && !page.contains("TEMP B-TREE"),
            "{page}"
        );

        // Analyzed, then given the index by a later migration: the planner keeps to the index it
        // has numbers for until the new one is measured too.
        connection
            .batch_execute(
                "ANALYZE; DROP INDEX event_translations_listing; \
                 CREATE INDEX event_translations_listing \
                 ON event_translations(event_id, language, title, description);",
            )
            .unwrap();
        assert!(!plan(&mut connection, TRANSLATIONS).contains("event_translations_listing"));
        assert_eq!(
            measure_unmeasured_indexes(&mut connection).unwrap(),
            ["event_translations_listing"]
        );
        assert!(
            plan(&mut connection, TRANSLATIONS)
                .contains("COVERING INDEX event_translations_listing")
        );
        assert!(
            measure_unmeasured_indexes(&mut connection)
                .unwrap()
                .is_empty()
        );
    }
}
