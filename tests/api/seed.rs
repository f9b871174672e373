//! Demo and benchmark data.

use std::collections::BTreeSet;

use diaspora_hub::db::schema::{group_translations, groups};
use diesel::prelude::*;
use serde_json::Value;

use crate::helpers::spawn_app;

#[actix_web::test]
async fn the_demo_set_is_large_varied_multilingual_and_loads_once() {
    let app = spawn_app().await;

    let first = diaspora_hub::seed::demo(&app.state).await.unwrap();
    let second = diaspora_hub::seed::demo(&app.state).await.unwrap();

    assert!(first.groups >= 30, "{first:?}");
    assert!(first.events >= 60, "{first:?}");
    assert!(first.opportunities >= 40, "{first:?}");
    assert!(first.organizer_password.is_some());
    assert_eq!(second.groups, 0, "a second run adds nothing");
    assert_eq!(second.skipped, first.groups);
    let mut connection = app.db();
    let heritage: BTreeSet<Option<String>> = groups::table
        .select(groups::heritage_country)
        .load::<Option<String>>(&mut *connection)
        .unwrap()
        .into_iter()
        .collect();
    let residence: BTreeSet<Option<String>> = groups::table
        .select(groups::residence_country)
        .load::<Option<String>>(&mut *connection)
        .unwrap()
        .into_iter()
        .collect();
    let languages: BTreeSet<String> = group_translations::table
        .select(group_translations::language)
        .load::<String>(&mut *connection)
        .unwrap()
        .into_iter()
        .collect();
    assert!(heritage.len() >= 10, "{heritage:?}");
    assert!(residence.len() >= 8, "{residence:?}");
    assert!(
        languages.len() >= 4 && languages.contains("ar"),
        "{languages:?}"
    );
    let page: Value = app
        .get_as(None, "/api/v1/groups?limit=100")
        .await
        .json()
        .await
        .unwrap();
    let counts: BTreeSet<i64> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|group| group["member_count"].as_i64().unwrap())
        .collect();
    assert!(counts.len() > 3, "member counts vary: {counts:?}");
    let events: Value = app
        .get_as(None, "/api/v1/events?limit=100")
        .await
        .json()
        .await
        .unwrap();
    let items = events["items"].as_array().unwrap();
    let zones: BTreeSet<&str> = items
        .iter()
        .map(|event| event["timezone"].as_str().unwrap())
        .collect();
    let modes: BTreeSet<&str> = items
        .iter()
        .map(|event| event["attendance_mode"].as_str().unwrap())
        .collect();
    let languages: BTreeSet<&str> = items
        .iter()
        .map(|event| event["language"].as_str().unwrap())
        .collect();
    assert!(zones.len() >= 4, "{zones:?}");
    assert_eq!(modes.len(), 3, "{modes:?}");
    assert!(languages.len() >= 3, "{languages:?}");
    assert!(
        items.iter().any(|event| event["recurrence"].is_string()),
        "some events repeat"
    );
    let opportunities: Value = app
        .get_as(None, "/api/v1/opportunities?limit=100")
        .await
        .json()
        .await
        .unwrap();
    let items = opportunities["items"].as_array().unwrap();
    let kinds: BTreeSet<&str> = items
        .iter()
        .map(|item| item["kind"].as_str().unwrap())
        .collect();
    let languages: BTreeSet<&str> = items
        .iter()
        .map(|item| item["language"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.len(), 8, "every kind: {kinds:?}");
    assert!(
        languages.len() >= 4 && languages.contains("ar"),
        "{languages:?}"
    );
    assert!(items.iter().any(|item| item["remote"] == true));
    assert!(items.iter().any(|item| item["apply_url"].is_string()));
}

#[actix_web::test]
async fn synthetic_opportunities_load_with_some_closed() {
    let app = spawn_app().await;

    let report = diaspora_hub::seed::synthetic_opportunities(&app.state, 20, |_, _| {})
        .await
        .unwrap();

    assert_eq!(report.opportunities, 20);
    assert_eq!(app.count("opportunities"), 20);
    let open: Value = app
        .get_as(None, "/api/v1/opportunities?limit=100")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        open["items"].as_array().unwrap().len(),
        18,
        "one in ten closed"
    );
}

#[actix_web::test]
async fn synthetic_events_load_in_host_groups() {
    let app = spawn_app().await;

    let report = diaspora_hub::seed::synthetic_events(&app.state, 12, |_, _| {})
        .await
        .unwrap();

    assert_eq!(report.events, 12);
    assert_eq!(app.count("events"), 12);
    let in_berlin: Value = app
        .get_as(None, "/api/v1/events?country=DE&limit=100")
        .await
        .json()
        .await
        .unwrap();
    assert!(!in_berlin["items"].as_array().unwrap().is_empty());
}

#[actix_web::test]
async fn synthetic_groups_load_with_progress() {
    let app = spawn_app().await;
    let mut reports = Vec::new();

    let report =
        diaspora_hub::seed::synthetic(&app.state, 25, |done, total| reports.push((done, total)))
            .await
            .unwrap();

    assert_eq!(report.groups, 25);
    assert_eq!(reports.last(), Some(&(25, 25)));
    assert_eq!(app.count("groups"), 25);
    let page: Value = app
        .get_as(None, "/api/v1/groups?q=synthetic&heritage=SN")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(page["total"], 3, "indexes and filters cover seeded groups");
}

#[test]
fn a_seed_into_a_log_writes_no_progress_redraws() {
    let (database, _guard) = crate::helpers::fresh_database();

    let output = std::process::Command::new(env!("CARGO_BIN_EXE_diaspora-hub"))
        .args(["seed", "--groups", "200"])
        .env_remove("APP_CONFIG")
        .env("DATABASE_URL", &database)
        .output()
        .unwrap();

    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("200 groups created"));
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(!log.contains('\r'), "no bar drawn off a terminal: {log:?}");
    assert!(!log.contains("[#"), "{log:?}");
    assert!(
        planner_knows_group_count(&database) >= 200,
        "the seed ends by measuring the tables for the planner"
    );
    if !database.starts_with("sqlite://") {
        assert!(
            groups_pages_marked_all_visible(&database) > 0,
            "on PostgreSQL the seed ends with a vacuum, so index-only scans can skip the table"
        );
    }
}

#[actix_web::test]
async fn a_long_load_measures_the_tables_again_as_it_grows() {
    let app = spawn_app().await;
    if !app.state.settings.database_url.starts_with("sqlite://") {
        // Where autovacuum is on, it must not measure the table at some other moment.
        let mut connection = app.db();
        diesel::sql_query("ALTER TABLE groups SET (autovacuum_enabled = false)")
            .execute(&mut *connection)
            .unwrap();
    }

    // The library call, unlike the `seed` command, does not measure the tables at its end:
    // whatever the planner knows afterwards was measured during the load.
    diaspora_hub::seed::synthetic(&app.state, 600, |_, _| {})
        .await
        .unwrap();

    assert_eq!(app.count("groups"), 600);
    assert_eq!(
        planner_knows_group_count(&app.state.settings.database_url),
        500,
        "the statistics were refreshed when the load reached 500 groups"
    );
}

/// How many groups the query planner's statistics count (0 when the table was never measured).
fn planner_knows_group_count(database: &str) -> i64 {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct Rows {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        rows: i64,
    }
    let statistics = if database.starts_with("sqlite://") {
        // sqlite_stat1 exists only once ANALYZE ran; its `stat` starts with the row count.
        "SELECT COALESCE(MAX(CAST(stat AS INTEGER)), 0) AS rows FROM sqlite_stat1 \
         WHERE tbl = 'groups'"
    } else {
        "SELECT GREATEST(reltuples, 0)::BIGINT AS rows FROM pg_class WHERE relname = 'groups'"
    };
    let pool = diaspora_hub::db::build_pool(database, 1).unwrap();
    let mut connection = pool.get().unwrap();
    match diesel::sql_query(statistics).get_result::<Rows>(&mut *connection) {
        Ok(row) => row.rows,
        // No sqlite_stat1 table: never analyzed.
        Err(_) => 0,
    }
}

/// How many of the groups table's pages PostgreSQL's visibility map marks all-visible (only
/// a vacuum marks them).
fn groups_pages_marked_all_visible(database: &str) -> i64 {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct Pages {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        pages: i64,
    }
    let pool = diaspora_hub::db::build_pool(database, 1).unwrap();
    let mut connection = pool.get().unwrap();
    diesel::sql_query(
        "SELECT relallvisible::BIGINT AS pages FROM pg_class WHERE relname = 'groups'",
    )
    .get_result::<Pages>(&mut *connection)
    .unwrap()
    .pages
}
