//! The reads of one page share a snapshot on SQLite (`db::read`): a write another connection
//! commits meanwhile shows on the next request, not half-way through this one. PostgreSQL's
//! statements each see the latest commit, as they always did. A read that fails half-way
//! leaves no snapshot behind for the next request.

use diaspora_hub::db::{self, AnyConnection};
use diesel::RunQueryDsl;

use crate::helpers::{group_body, spawn_app};

#[derive(diesel::QueryableByName)]
struct Members {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    members: i64,
}

/// One more member in one group (the sum of members grows by one).
const ONE_MORE_MEMBER: &str =
    "UPDATE groups SET member_count = member_count + 1 WHERE id = (SELECT MAX(id) FROM groups)";

fn members(connection: &mut AnyConnection) -> diesel::QueryResult<i64> {
    diesel::sql_query("SELECT CAST(SUM(member_count) AS BIGINT) AS members FROM groups")
        .get_result::<Members>(connection)
        .map(|row| row.members)
}

#[actix_web::test]
async fn a_write_committed_during_a_read_waits_for_the_next_one_on_sqlite() {
    let app = spawn_app().await;
    let token = app.signed_up_token("reader@example.org").await;
    app.create_group(&token, &group_body("Lecteurs de Lyon"))
        .await;
    let writer = app.state.db.clone();
    let (first, second) = db::read(&app.state.db, move |connection| {
        let first = members(connection)?;
        let mut other = writer.get().expect("a second connection");
        diesel::sql_query(ONE_MORE_MEMBER).execute(&mut *other)?;
        let second = members(connection)?;
        Ok((first, second))
    })
    .await
    .unwrap();
    let after = db::read(&app.state.db, |connection| Ok(members(connection)?))
        .await
        .unwrap();
    assert_eq!(after, first + 1, "the write was committed");
    let url = db::DatabaseUrl::parse(&app.state.settings.database_url).unwrap();
    if url.is_postgres() {
        assert_eq!(second, first + 1);
    } else {
        assert_eq!(second, first, "one snapshot for the whole read");
    }
}

#[actix_web::test]
async fn a_read_that_panics_leaves_no_old_snapshot_in_the_pool() {
    let app = spawn_app().await;
    let token = app.signed_up_token("reader@example.org").await;
    app.create_group(&token, &group_body("Lecteurs de Dakar"))
        .await;
    let failed = db::read(&app.state.db, |connection| -> Result<(), _> {
        members(connection)?;
        panic!("a bug half-way through a page's reads");
    })
    .await;
    assert!(failed.is_err());
    let first = db::read(&app.state.db, |connection| Ok(members(connection)?))
        .await
        .unwrap();
    // Written from outside the pool, as another instance would.
    let elsewhere = db::build_pool(&app.state.settings.database_url, 1).unwrap();
    diesel::sql_query(ONE_MORE_MEMBER)
        .execute(&mut *elsewhere.get().unwrap())
        .unwrap();
    // Every connection of the pool sees the write: the one this work holds, and all the others.
    let (pool, size) = (app.state.db.clone(), app.state.settings.database_pool_size);
    let seen = db::run(&app.state.db, move |connection| {
        let mut seen = vec![members(connection)?];
        let mut held = Vec::new();
        for _ in 1..size {
            let mut other = pool.get().expect("a pooled connection");
            seen.push(members(&mut other)?);
            held.push(other);
        }
        Ok(seen)
    })
    .await;
    let seen = seen.unwrap();
    assert_eq!(seen.len(), app.state.settings.database_pool_size as usize);
    assert!(seen.iter().all(|members| *members == first + 1), "{seen:?}");
}
