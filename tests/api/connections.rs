//! How the pool prepares each connection it opens.

use diesel::prelude::*;

use crate::helpers::spawn_app;
use diaspora_hub::db::AnyConnection;

#[actix_web::test]
async fn postgresql_connections_plan_each_statement_once() {
    let app = spawn_app().await;
    let mut connection = app.db();
    let connection: &mut AnyConnection = &mut connection;
    if matches!(connection, AnyConnection::Sqlite(_)) {
        // SQLite prepares a statement once and has no plan cache to set.
        return;
    }
    #[derive(QueryableByName)]
    struct Setting {
        #[diesel(sql_type = diesel::sql_types::Text)]
        plan_cache_mode: String,
    }
    let setting = diesel::sql_query("SHOW plan_cache_mode")
        .get_result::<Setting>(connection)
        .unwrap();
    // Planning listings afresh on every run took a third of the CPU under load.
    assert_eq!(setting.plan_cache_mode, "force_generic_plan");
}
