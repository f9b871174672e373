//! A query whose SQL text is written once per run rather than once per pass.
//!
//! Diesel walks a query several times to run it: to find whether its statement may be cached,
//! to write its text (for the cache key of a boxed query), and to collect its bound values.
//! Through [`AnyConnection`] each of those walks writes the whole SQL text again (the
//! `MultiConnection` derive serializes the query afresh in every pass), so a listing with two
//! joined tables' worth of columns wrote its text three times a run: a tenth of the listing
//! APIs' CPU under load. [`BuiltOnce`] writes the text and asks whether it may be cached the
//! first time, and from then on hands diesel the same text; only the pass that collects the
//! bound values still walks the query.

use std::cell::OnceCell;

use diesel::backend::Backend;
use diesel::query_builder::{AstPass, Query, QueryBuilder, QueryFragment, QueryId};
use diesel::{QueryResult, RunQueryDsl};
// The helper the derive's own code uses, the only way to tell the pass that collects bound
// values. It lives in diesel's hidden `internal` module, with no promise across versions: a
// diesel upgrade that changes it breaks this file's build, not its behaviour.
use diesel::internal::derives::multiconnection::AstPassHelper;

use super::{AnyConnection, MultiBackend};

/// `query`, to be run on `connection`'s backend with its text written once.
pub fn built_once<Q>(connection: &AnyConnection, query: Q) -> BuiltOnce<Q> {
    BuiltOnce {
        backend: match connection {
            AnyConnection::Postgresql(_) => MultiBackend::Postgresql(Default::default()),
            AnyConnection::Sqlite(_) => MultiBackend::Sqlite(Default::default()),
        },
        query,
        written: OnceCell::new(),
    }
}

/// A query with its SQL text kept after the first pass that needs it; see [`built_once`].
pub struct BuiltOnce<Q> {
    query: Q,
    backend: MultiBackend,
    written: OnceCell<Written>,
}

/// A query's SQL text as written the first time.
struct Written {
    sql: String,
    /// Whether its prepared statement may be cached.
    cacheable: bool,
}

impl<Q: QueryFragment<MultiBackend>> BuiltOnce<Q> {
    fn written(&self) -> QueryResult<&Written> {
        if let Some(written) = self.written.get() {
            return Ok(written);
        }
        type Builder = <MultiBackend as Backend>::QueryBuilder;
        let mut builder = match self.backend {
            MultiBackend::Postgresql(_) => {
                Builder::Postgresql(diesel::pg::PgQueryBuilder::default())
            }
            MultiBackend::Sqlite(_) => Builder::Sqlite(diesel::sqlite::SqliteQueryBuilder::new()),
        };
        self.query.to_sql(&mut builder, &self.backend)?;
        let cacheable = self.query.is_safe_to_cache_prepared(&self.backend)?;
        Ok(self.written.get_or_init(|| Written {
            sql: builder.finish(),
            cacheable,
        }))
    }
}

impl<Q: QueryFragment<MultiBackend>> QueryFragment<MultiBackend> for BuiltOnce<Q> {
    fn walk_ast<'b>(&'b self, mut pass: AstPass<'_, 'b, MultiBackend>) -> QueryResult<()> {
        if pass.bind_collector().is_some() || pass.debug_binds().is_some() {
            return self.query.walk_ast(pass);
        }
        // Writing the text, or asking whether it may be cached: each pass ignores the other's
        // call.
        let written = self.written()?;
        pass.push_sql(&written.sql);
        if !written.cacheable {
            pass.unsafe_to_cache_prepared();
        }
        Ok(())
    }
}

impl<Q: QueryId> QueryId for BuiltOnce<Q> {
    type QueryId = Q::QueryId;
    const HAS_STATIC_QUERY_ID: bool = Q::HAS_STATIC_QUERY_ID;
}

impl<Q: Query> Query for BuiltOnce<Q> {
    type SqlType = Q::SqlType;
}

impl<Q> RunQueryDsl<AnyConnection> for BuiltOnce<Q> {}

#[cfg(test)]
mod tests {
    use diesel::prelude::*;
    use diesel::sql_types::{BigInt, Text};

    use super::*;

    /// The query's own values come back, through the bound values of each run, and the
    /// statement may still be cached, on whichever backend `TEST_DATABASE_URL` names (SQLite
    /// without it).
    #[test]
    fn a_query_built_once_returns_what_the_query_itself_returns() {
        let (_directory, pool) = crate::db::single_connection_pool();
        let mut connection = pool.get().unwrap();
        let query = |number: i64, word: &str| {
            diesel::select((
                number.into_sql::<BigInt>(),
                word.to_owned().into_sql::<Text>(),
            ))
            .into_boxed::<MultiBackend>()
        };

        for (number, word) in [(7, "seven"), (8, "eight")] {
            let plain: (i64, String) = query(number, word).get_result(&mut *connection).unwrap();
            let built: (i64, String) = built_once(&connection, query(number, word))
                .get_result(&mut *connection)
                .unwrap();
            assert_eq!(built, plain);
            assert_eq!(built, (number, word.to_owned()));
        }
        let once = built_once(&connection, query(9, "nine"));
        let written = once.written().unwrap();
        assert!(written.sql.starts_with("SELECT "), "{}", written.sql);
        assert!(
            written.cacheable,
            "a boxed query's statement is cached by its text"
        );
    }
}
