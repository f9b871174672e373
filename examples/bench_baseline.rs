//! The bare baseline `bench/run` measures the service against: actix-web, bundled SQLite through
//! diesel and an r2d2 pool, and nothing else. It serves `/healthz` and `/rows?after=N`, twenty
//! rows of a 100,000-row table as JSON, so a ratio to it shows what our own layers cost on the
//! same machine in the same run.
//!
//! `cargo run --release --example bench_baseline -- 127.0.0.1:8091 /tmp/baseline.db`

use actix_web::{App, HttpResponse, HttpServer, web};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{ConnectionManager, Pool};
use diesel::sql_types::{BigInt, Text};

type SqlitePool = Pool<ConnectionManager<SqliteConnection>>;

const ROWS: i64 = 100_000;
const PAGE: i64 = 20;

#[derive(QueryableByName, serde::Serialize)]
struct Row {
    #[diesel(sql_type = BigInt)]
    id: i64,
    #[diesel(sql_type = Text)]
    title: String,
    #[diesel(sql_type = Text)]
    country: String,
    #[diesel(sql_type = Text)]
    starts_at: String,
}

#[derive(serde::Deserialize)]
struct After {
    after: Option<i64>,
}

async fn rows(pool: web::Data<SqlitePool>, query: web::Query<After>) -> HttpResponse {
    let after = query.after.unwrap_or(0);
    let pool = pool.clone();
    let rows = web::block(move || {
        let mut connection = pool.get().expect("a pooled connection");
        diesel::sql_query(
            "SELECT id, title, country, starts_at FROM items WHERE id > ? ORDER BY id LIMIT ?",
        )
        .bind::<BigInt, _>(after)
        .bind::<BigInt, _>(PAGE)
        .load::<Row>(&mut connection)
        .expect("the query runs")
    })
    .await
    .expect("the blocking task finishes");
    HttpResponse::Ok().json(serde_json::json!({ "items": rows }))
}

fn fill(connection: &mut SqliteConnection) {
    connection
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, title TEXT NOT NULL, \
             country TEXT NOT NULL, starts_at TEXT NOT NULL)",
        )
        .expect("the table is created");
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = BigInt)]
        count: i64,
    }
    let existing = diesel::sql_query("SELECT COUNT(*) AS count FROM items")
        .get_result::<Count>(connection)
        .expect("rows are counted")
        .count;
    if existing >= ROWS {
        return;
    }
    connection
        .batch_execute(&format!(
            "WITH RECURSIVE n(i) AS (SELECT {start} UNION ALL SELECT i + 1 FROM n WHERE i < {ROWS}) \
             INSERT INTO items SELECT i, 'Item number ' || i, 'DE', \
             datetime('2027-01-01', '+' || (i % 365) || ' days') FROM n",
            start = existing + 1
        ))
        .expect("the rows are written");
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let mut arguments = std::env::args().skip(1);
    let bind = arguments.next().unwrap_or_else(|| "127.0.0.1:8091".into());
    let path = arguments
        .next()
        .unwrap_or_else(|| "bench-baseline.db".into());
    let pool = Pool::builder()
        .max_size(8)
        .build(ConnectionManager::<SqliteConnection>::new(path))
        .expect("the pool opens");
    let mut connection = pool.get().expect("a connection");
    connection
        .batch_execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")
        .expect("pragmas apply");
    fill(&mut connection);
    drop(connection);
    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .route(
                "/healthz",
                web::get().to(|| async { HttpResponse::Ok().body("ok") }),
            )
            .route("/rows", web::get().to(rows))
    })
    .bind(bind)?
    .run()
    .await
}
