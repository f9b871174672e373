//! `column IN (ids)` written with one bound value, so the statement text is the same for any
//! number of ids and the connection prepares it once.
//!
//! Diesel's `eq_any` writes one `?` per id on SQLite, so each list length is a different
//! statement, and diesel never caches such statements: every page of a listing parsed and
//! planned its translation queries again (a sixth of the CPU of the listing APIs under load).
//! Here SQLite reads the ids from one JSON array (`json_each`) and PostgreSQL from one array
//! (`= ANY`), and diesel keeps the prepared statement.

use diesel::expression::{AppearsOnTable, Expression, SelectableExpression, ValidGrouping};
use diesel::pg::Pg;
use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use diesel::sql_types::{Array, BigInt, Bool, Text};
use diesel::sqlite::Sqlite;

use super::MultiBackend;

/// `column` is one of `ids`; build it with [`among`].
#[derive(Debug, Clone)]
pub struct AmongIds<C> {
    column: C,
    ids: Vec<i64>,
    /// The ids as a JSON array, as SQLite reads them.
    json: String,
}

/// `column` is one of `ids` (none: false), as a condition whose statement is prepared once.
pub fn among<C>(column: C, ids: &[i64]) -> AmongIds<C> {
    AmongIds {
        column,
        ids: ids.to_vec(),
        json: json_array(ids),
    }
}

/// Ids as a JSON array, as SQLite's `json_each` reads them.
pub(crate) fn json_array(ids: &[i64]) -> String {
    let listed: Vec<String> = ids.iter().map(i64::to_string).collect();
    format!("[{}]", listed.join(","))
}

impl<C> Expression for AmongIds<C>
where
    C: Expression<SqlType = BigInt>,
{
    type SqlType = Bool;
}

impl<C, QS> AppearsOnTable<QS> for AmongIds<C>
where
    C: AppearsOnTable<QS>,
    Self: Expression,
{
}

impl<C, QS> SelectableExpression<QS> for AmongIds<C>
where
    C: SelectableExpression<QS>,
    Self: AppearsOnTable<QS>,
{
}

impl<C, GroupBy> ValidGrouping<GroupBy> for AmongIds<C>
where
    C: ValidGrouping<GroupBy>,
{
    type IsAggregate = C::IsAggregate;
}

impl<C: QueryId> QueryId for AmongIds<C> {
    type QueryId = AmongIds<C::QueryId>;
    // The text depends only on the column: the ids are one bound value.
    const HAS_STATIC_QUERY_ID: bool = C::HAS_STATIC_QUERY_ID;
}

impl<C: QueryFragment<Sqlite>> QueryFragment<Sqlite> for AmongIds<C> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Sqlite>) -> diesel::QueryResult<()> {
        self.column.walk_ast(out.reborrow())?;
        out.push_sql(" IN (SELECT value FROM json_each(");
        out.push_bind_param::<Text, str>(&self.json)?;
        out.push_sql("))");
        Ok(())
    }
}

impl<C: QueryFragment<Pg>> QueryFragment<Pg> for AmongIds<C> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> diesel::QueryResult<()> {
        self.column.walk_ast(out.reborrow())?;
        out.push_sql(" = ANY(");
        out.push_bind_param::<Array<BigInt>, Vec<i64>>(&self.ids)?;
        out.push_sql(")");
        Ok(())
    }
}

impl<C> QueryFragment<MultiBackend> for AmongIds<C>
where
    C: QueryFragment<Sqlite> + QueryFragment<Pg>,
{
    fn walk_ast<'b>(&'b self, pass: AstPass<'_, 'b, MultiBackend>) -> diesel::QueryResult<()> {
        MultiBackend::walk_variant_ast(self, pass)
    }
}
