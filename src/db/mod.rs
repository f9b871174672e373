//! Database access: one connection type for SQLite and PostgreSQL, a pool, and helpers to run
//! queries off the async executor.
//!
//! The backend is picked at run time from the URL scheme (`sqlite://` or `postgres://`); any
//! other scheme is refused before anything touches the disk, so a typo never leaves a stray file.

pub mod built_once;
mod connection;
pub mod id_list;
pub mod migrations;
pub mod schema;
pub mod search;
pub mod stored_time;
#[cfg(test)]
mod test_pool;
mod threads;
pub mod upgrades;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2;

use crate::error::AppError;

pub use built_once::built_once;
pub use connection::ConnectionManager;
use connection::configure_sqlite;
pub use id_list::among;
pub use stored_time::StoredTime;
#[cfg(test)]
pub(crate) use test_pool::single_connection_pool;
pub use threads::run;

diesel::define_sql_function! {
    /// `LOWER(text)`, for comparisons that ignore case (a function, unlike a literal `sql`
    /// fragment, leaves the statement cacheable).
    fn lower(text: diesel::sql_types::Nullable<diesel::sql_types::Text>) -> diesel::sql_types::Nullable<diesel::sql_types::Text>;
}

/// A connection to whichever backend `DATABASE_URL` names.
#[derive(diesel::MultiConnection)]
pub enum AnyConnection {
    /// PostgreSQL, for production and several instances.
    Postgresql(diesel::pg::PgConnection),
    /// SQLite, embedded, the zero-set-up default.
    Sqlite(diesel::sqlite::SqliteConnection),
}

/// The pool every request borrows connections from, and the threads that use them.
///
/// Work waits in one queue, as a task, for one of as many threads as there are connections
/// (see [`run`]): when requests outnumbered connections, dozens of threads queued inside the
/// pool on one lock, and the kernel spent a fifth of the time waking and switching them.
#[derive(Clone)]
pub struct DbPool {
    connections: r2d2::Pool<ConnectionManager>,
    threads: Arc<crate::job_threads::JobThreads>,
}

impl DbPool {
    /// At shutdown: lets the database work already queued finish, waiting at most `limit`, and
    /// stops the database threads; true when all of it finished. Work queued later fails.
    ///
    /// Not in `Drop`: a job can hold the last clone of the pool, and its thread would wait
    /// for itself.
    pub fn stop(&self, limit: Duration) -> bool {
        self.threads.stop(limit)
    }

    /// A connection, waiting up to the pool's timeout; for work already on a blocking thread.
    pub fn get(&self) -> Result<r2d2::PooledConnection<ConnectionManager>, r2d2::PoolError> {
        self.connections.get()
    }
}

impl std::fmt::Debug for DbPool {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("DbPool")
            .field("state", &self.connections.state())
            .finish()
    }
}

/// Which backend a URL names, checked before connecting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// A file path, created on first use.
    Sqlite(PathBuf),
    /// A libpq connection URL.
    Postgres(String),
}

impl DatabaseUrl {
    /// Accepts `sqlite://relative/or/absolute/path`, `postgres://…` and `postgresql://…`.
    pub fn parse(url: &str) -> anyhow::Result<Self> {
        if let Some(path) = url.strip_prefix("sqlite://") {
            anyhow::ensure!(
                !path.is_empty() && !path.contains('?'),
                "the SQLite URL {url:?} has no file path (expected sqlite://data/diaspora-hub.db)"
            );
            return Ok(Self::Sqlite(PathBuf::from(path)));
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Self::Postgres(url.to_owned()));
        }
        let scheme = url.split_once("://").map_or(url, |(scheme, _)| scheme);
        anyhow::bail!(
            "unsupported database URL scheme {scheme:?}: use sqlite://path/to/file.db or postgres://user@host/database"
        )
    }

    /// Whether this URL names a PostgreSQL database.
    pub fn is_postgres(&self) -> bool {
        matches!(self, Self::Postgres(_))
    }
}

/// How long work waits for a connection before it fails.
pub(crate) const CONNECTION_TIMEOUT: Duration = Duration::from_secs(10);

/// Builds a pool for `url` without opening a connection yet.
pub fn build_pool(url: &str, max_size: u32) -> anyhow::Result<DbPool> {
    let url = DatabaseUrl::parse(url)?;
    if !url.is_postgres() {
        configure_sqlite();
    }
    let connections = r2d2::Pool::builder()
        .max_size(max_size)
        // Open connections as needed rather than all at start-up (r2d2 fills the pool by default).
        .min_idle(Some(1))
        .connection_timeout(CONNECTION_TIMEOUT)
        .build_unchecked(ConnectionManager::new(url));
    // A database thread borrows a connection for each job, so it needs no preparation.
    let threads = crate::job_threads::JobThreads::start("database", max_size as usize, || {})
        .map_err(|error| anyhow::anyhow!("cannot start the database threads: {error}"))?;
    Ok(DbPool {
        connections,
        threads: Arc::new(threads),
    })
}

/// Runs `work`, which only reads, like [`run`], its queries seeing one snapshot of the data.
///
/// On SQLite they share one read transaction: each statement outside a transaction opens
/// and closes a read transaction of its own, and so takes the write-ahead log's lock, which
/// every connection of the process shares, twice. A page of a dozen queries waited on it a
/// dozen times. On PostgreSQL each statement sees the latest commit as before, and no
/// `BEGIN` or `COMMIT` is added to its round trips.
pub async fn read<T, F>(pool: &DbPool, work: F) -> Result<T, AppError>
where
    F: FnOnce(&mut AnyConnection) -> Result<T, AppError> + Send + 'static,
    T: Send + 'static,
{
    run(pool, move |connection| match connection {
        AnyConnection::Sqlite(_) => connection.transaction(work),
        AnyConnection::Postgresql(_) => work(connection),
    })
    .await
}

/// Runs `work` in one transaction that writes; on SQLite the write lock is taken first.
///
/// A deferred SQLite transaction that reads and then writes fails with `SQLITE_BUSY` when
/// another writer committed in between, and `busy_timeout` cannot help; taking the write lock
/// at the start makes concurrent writers queue instead.
pub fn write_transaction<T, E, F>(connection: &mut AnyConnection, work: F) -> Result<T, E>
where
    F: FnOnce(&mut AnyConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    let is_sqlite = matches!(connection, AnyConnection::Sqlite(_));
    connection.transaction(|connection| {
        if is_sqlite {
            // Any data-changing statement takes SQLite's write lock, even when it matches
            // no row.
            diesel::sql_query("DELETE FROM auth_attempts WHERE 0 = 1").execute(connection)?;
        }
        work(connection)
    })
}

/// Measures every table again for the query planner (`ANALYZE`), after a bulk load.
///
/// On PostgreSQL it vacuums too: until a vacuum marks a table's pages all-visible, an
/// index-only scan still reads the table for every row it finds, and the listings' covering
/// indexes save nothing. Autovacuum would get there in time, where it is on; a server started
/// right after a seed should not wait for it. Must run outside a transaction.
pub fn refresh_statistics(connection: &mut AnyConnection) -> QueryResult<()> {
    match connection {
        AnyConnection::Postgresql(_) => connection.batch_execute("VACUUM (ANALYZE)"),
        AnyConnection::Sqlite(_) => connection.batch_execute("ANALYZE"),
    }
}

/// A hand-written statement with parameters written `#1`, `#2`, … (each once, in order) in
/// the form the connection's backend reads: `$1` on PostgreSQL, `?` on SQLite.
pub fn numbered_parameters(connection: &AnyConnection, statement: &str) -> String {
    match connection {
        AnyConnection::Postgresql(_) => statement.replace('#', "$"),
        AnyConnection::Sqlite(_) => {
            let mut out = String::with_capacity(statement.len());
            let mut characters = statement.chars().peekable();
            while let Some(character) = characters.next() {
                if character == '#' {
                    out.push('?');
                    while characters.next_if(char::is_ascii_digit).is_some() {}
                } else {
                    out.push(character);
                }
            }
            out
        }
    }
}

/// Runs an insert that may meet a row with the same unique key (written by another request or
/// instance); returns whether it inserted. The insert runs in a savepoint, so on PostgreSQL a
/// unique violation undoes only the insert, not the caller's whole transaction.
pub fn insert_unless_taken<F>(connection: &mut AnyConnection, insert: F) -> QueryResult<bool>
where
    F: FnOnce(&mut AnyConnection) -> QueryResult<usize>,
{
    match connection.transaction(insert) {
        Ok(inserted) => Ok(inserted > 0),
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => Ok(false),
        Err(error) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_parameters_become_question_marks_on_sqlite() {
        use diesel::Connection;
        let connection =
            AnyConnection::Sqlite(diesel::SqliteConnection::establish(":memory:").unwrap());
        assert_eq!(
            numbered_parameters(&connection, "VALUES (#1, 1, #2, #10)"),
            "VALUES (?, 1, ?, ?)"
        );
    }

    /// The build options of `.cargo/config.toml` reach the bundled SQLite: without QPSG every
    /// paged query is compiled again on each run, STAT4 recompiles range queries, and memory
    /// management puts every connection's page cache behind one lock.
    #[test]
    fn bundled_sqlite_keeps_cached_statements_compiled() {
        use diesel::Connection;
        #[derive(QueryableByName)]
        struct CompileOption {
            #[diesel(sql_type = diesel::sql_types::Text)]
            compile_options: String,
        }
        let mut connection = diesel::SqliteConnection::establish(":memory:").unwrap();
        let options: Vec<String> = diesel::sql_query("PRAGMA compile_options")
            .load::<CompileOption>(&mut connection)
            .unwrap()
            .into_iter()
            .map(|option| option.compile_options)
            .collect();
        assert!(
            options.iter().any(|option| option == "ENABLE_QPSG"),
            "{options:?}"
        );
        for left_out in ["ENABLE_STAT4", "ENABLE_MEMORY_MANAGEMENT"] {
            assert!(
                !options.iter().any(|option| option == left_out),
                "{options:?}"
            );
        }
    }

    #[test]
    fn urls_pick_their_backend_and_typos_are_refused() {
        assert_eq!(
            DatabaseUrl::parse("sqlite://data/x.db").unwrap(),
            DatabaseUrl::Sqlite(PathBuf::from("data/x.db"))
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite:///tmp/x.db").unwrap(),
            DatabaseUrl::Sqlite(PathBuf::from("/tmp/x.db"))
        );
        assert!(
            DatabaseUrl::parse("postgres://u@h/db")
                .unwrap()
                .is_postgres()
        );
        assert!(
            DatabaseUrl::parse("postgresql://u@h/db")
                .unwrap()
                .is_postgres()
        );
        for bad in [
            "postgress://u@h/db",
            "mysql://h/db",
            "data/x.db",
            "sqlite:x.db",
            "sqlite://",
        ] {
            assert!(DatabaseUrl::parse(bad).is_err(), "{bad} should be refused");
        }
    }
}
