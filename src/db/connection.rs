//! Opening connections: the r2d2 manager that opens either backend and prepares each new
//! connection (SQLite's pragmas and functions, PostgreSQL's plan cache), and SQLite's
//! process-wide options.

use std::sync::Once;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection};

use super::{AnyConnection, DatabaseUrl, search};

/// An r2d2 manager that opens the right backend and prepares each SQLite connection.
#[derive(Debug, Clone)]
pub struct ConnectionManager {
    url: DatabaseUrl,
}

impl ConnectionManager {
    /// A manager for an already-checked URL.
    pub fn new(url: DatabaseUrl) -> Self {
        Self { url }
    }
}

impl ManageConnection for ConnectionManager {
    type Connection = AnyConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<AnyConnection, r2d2::Error> {
        match &self.url {
            DatabaseUrl::Sqlite(path) => {
                if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                    std::fs::create_dir_all(parent).map_err(|error| {
                        r2d2::Error::ConnectionError(ConnectionError::BadConnection(format!(
                            "cannot create {}: {error}",
                            parent.display()
                        )))
                    })?;
                }
                let path = path.to_string_lossy();
                let mut connection = diesel::sqlite::SqliteConnection::establish(&path)
                    .map_err(r2d2::Error::ConnectionError)?;
                // busy_timeout first, so even switching to WAL waits for other connections instead
                // of failing; WAL lets readers run beside the writer; foreign keys are off by
                // default in SQLite. The page cache is 1.5 MB instead of 2: six connections
                // kept 12 MB of pages, mostly the same index pages, and with 3 MB less the
                // listings read 1 to 6 more pages a request from the kernel's cache (the events
                // rows they read are scattered over the whole file, cached or not).
                connection
                    .batch_execute(
                        "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; \
                         PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; \
                         PRAGMA cache_size = -1536;",
                    )
                    .map_err(r2d2::Error::QueryError)?;
                search::register_functions(&mut connection).map_err(r2d2::Error::QueryError)?;
                Ok(AnyConnection::Sqlite(connection))
            }
            DatabaseUrl::Postgres(url) => {
                let mut connection = diesel::pg::PgConnection::establish(url)
                    .map_err(r2d2::Error::ConnectionError)?;
                // Statements are kept prepared, but PostgreSQL planned most of them again on
                // every run: with bound lists (`= ANY($1)`) and page sizes it judges its
                // generic plan no better than a custom one and keeps making custom ones. That
                // planning was a third of the machine's CPU under load on a group page, the
                // running of the plans a twentieth. Plans made once per connection serve every
                // value: the filters go through indexes whatever their value. A search for a
                // common word is planned with the word itself (`search::Condition`).
                connection
                    .batch_execute("SET plan_cache_mode = force_generic_plan")
                    .map_err(r2d2::Error::QueryError)?;
                Ok(AnyConnection::Postgresql(connection))
            }
        }
    }

    fn is_valid(&self, connection: &mut AnyConnection) -> Result<(), r2d2::Error> {
        connection
            .batch_execute("SELECT 1")
            .map_err(r2d2::Error::QueryError)
    }

    /// A connection given back while its thread unwinds, or inside a transaction, is dropped:
    /// diesel does not roll back a transaction whose work panicked, and the next request would
    /// read an old snapshot through it, or write into a transaction that never commits.
    fn has_broken(&self, connection: &mut AnyConnection) -> bool {
        std::thread::panicking() || diesel::r2d2::R2D2Connection::is_broken(connection)
    }
}

/// Sets SQLite's process-wide options, once, before its first connection opens.
///
/// By default SQLite counts every allocation under one global lock (memory statistics we never
/// read) and locks each connection on every call, though a pooled connection is only ever used
/// by one thread at a time. Under load both locks showed up as contention; "multi-thread" mode
/// keeps SQLite's own structures safe and drops the per-connection lock.
pub(super) fn configure_sqlite() {
    static CONFIGURED: Once = Once::new();
    CONFIGURED.call_once(|| {
        // SAFETY: sqlite3_config is called before any connection is opened in this process
        // (the pool opens none until it is used); if one was opened already, SQLite refuses
        // with SQLITE_MISUSE and keeps its defaults, which are safe too.
        unsafe {
            libsqlite3_sys::sqlite3_config(libsqlite3_sys::SQLITE_CONFIG_MULTITHREAD);
            libsqlite3_sys::sqlite3_config(
                libsqlite3_sys::SQLITE_CONFIG_MEMSTATUS,
                0 as std::ffi::c_int,
            );
        }
    });
}
