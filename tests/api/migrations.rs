//! Both migration trees hold the same versions, build the same tables, and revert cleanly.

use std::collections::BTreeMap;

use diaspora_hub::db::{AnyConnection, ConnectionManager, DatabaseUrl, migrations};
use diesel::r2d2::ManageConnection;
use diesel::{QueryableByName, RunQueryDsl, sql_types::Text};

#[derive(QueryableByName)]
struct Column {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
}

/// Table name → sorted column names, read from the live database (FTS5's own shadow
/// tables `*_search_*` left out; the search table itself is compared).
fn tables(connection: &mut AnyConnection) -> BTreeMap<String, Vec<String>> {
    let query = match connection {
        AnyConnection::Sqlite(_) => {
            "SELECT m.name AS table_name, p.name AS column_name FROM sqlite_master m \
             JOIN pragma_table_info(m.name) p WHERE m.type = 'table' \
             AND m.name NOT LIKE 'sqlite_%' AND m.name <> '__diesel_schema_migrations' \
             AND m.name NOT LIKE 'group_search_%' AND m.name NOT LIKE 'event_search_%' \
             AND m.name NOT LIKE 'opportunity_search_%'"
        }
        AnyConnection::Postgresql(_) => {
            "SELECT table_name::text AS table_name, column_name::text AS column_name \
             FROM information_schema.columns WHERE table_schema = 'public' \
             AND table_name <> '__diesel_schema_migrations'"
        }
    };
    let mut tables: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for column in diesel::sql_query(query).load::<Column>(connection).unwrap() {
        tables
            .entry(column.table_name)
            .or_default()
            .push(column.column_name);
    }
    tables.values_mut().for_each(|columns| columns.sort());
    tables
}

fn up_down_up(connection: &mut AnyConnection) -> BTreeMap<String, Vec<String>> {
    let applied = migrations::run_pending(connection).unwrap();
    assert!(applied > 0);
    let first = tables(connection);
    assert!(first.contains_key("users") && first.contains_key("sessions"));
    let reverted = migrations::revert_all(connection).unwrap();
    assert_eq!(reverted, applied);
    assert!(tables(connection).is_empty(), "down removes every table");
    migrations::run_pending(connection).unwrap();
    let again = tables(connection);
    assert_eq!(first, again);
    again
}

#[test]
fn both_trees_have_the_same_version_names() {
    let (sqlite, postgres) = migrations::version_names().unwrap();
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, postgres);
}

#[test]
fn sqlite_migrations_go_up_down_and_up_again_and_match_the_postgres_schema() {
    let directory = tempfile::tempdir().unwrap();
    let manager = ConnectionManager::new(DatabaseUrl::Sqlite(directory.path().join("m.db")));
    let mut sqlite = manager.connect().unwrap();
    let sqlite_tables = up_down_up(&mut sqlite);

    // With PostgreSQL available (CI), the same tables and columns must exist there.
    if let Ok(admin_url) =
        std::env::var("TEST_DATABASE_URL").map(|url| crate::helpers::plain_tcp(&url))
    {
        let scratch = crate::helpers::ScratchDatabase::create(&admin_url);
        let url = DatabaseUrl::parse(&scratch.url).unwrap();
        let mut postgres = ConnectionManager::new(url).connect().unwrap();
        let postgres_tables = up_down_up(&mut postgres);
        drop(postgres);
        assert_eq!(sqlite_tables, postgres_tables);
    }
}

#[test]
fn a_mistyped_database_url_is_refused_before_touching_the_disk() {
    for url in [
        "postgress://localhost/db",
        "mysql://localhost/db",
        "data/diaspora-hub.db",
    ] {
        let error = DatabaseUrl::parse(url).unwrap_err().to_string();
        assert!(error.contains("unsupported database URL scheme"), "{error}");
    }
}

#[tokio::test]
async fn a_test_leaves_no_database_behind() {
    let app = crate::helpers::spawn_app().await;
    let url = app.state.settings.database_url.clone();
    assert_eq!(app.count("users"), 0);
    drop(app);
    match std::env::var("TEST_DATABASE_URL") {
        Ok(admin_url) => {
            let name = url.rsplit('/').next().unwrap().split('?').next().unwrap();
            let mut admin = ConnectionManager::new(
                DatabaseUrl::parse(&crate::helpers::plain_tcp(&admin_url)).unwrap(),
            )
            .connect()
            .unwrap();
            #[derive(diesel::QueryableByName)]
            struct Count {
                #[diesel(sql_type = diesel::sql_types::BigInt)]
                count: i64,
            }
            let left: Count = diesel::sql_query(format!(
                "SELECT COUNT(*) AS count FROM pg_database WHERE datname = '{name}'"
            ))
            .get_result(&mut admin)
            .unwrap();
            assert_eq!(left.count, 0, "{name} was not dropped");
        }
        Err(_) => {
            let path = url.trim_start_matches("sqlite://");
            assert!(
                !std::path::Path::new(path).exists(),
                "{path} was left behind"
            );
        }
    }
}
