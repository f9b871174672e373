//! The statement fragment a search adds to a listing's query (see [`super::Matcher`]).

use diesel::sql_types::{Bool, Text};

use crate::db::MultiBackend;

/// A search condition: fixed text around one text value, bound or (for a common word on
/// PostgreSQL) written in as a quoted literal.
///
/// Written as its own statement fragment rather than with diesel's `sql` literals, which mark a
/// statement as never to be cached: with a bound value the text takes one of a few forms per
/// index, so the connection keeps those searching statements prepared.
#[derive(Debug, Clone)]
pub(super) struct Condition {
    /// Statement text before the value.
    pub(super) before: String,
    /// The value: search terms, or a list of ids.
    pub(super) value: String,
    /// Statement text after the value.
    pub(super) after: String,
    /// Written into the statement as a quoted literal, for the planner to see, rather than
    /// bound; such a statement is never cached.
    pub(super) plan_with_value: bool,
}

impl diesel::Expression for Condition {
    type SqlType = Bool;
}

impl<QS> diesel::AppearsOnTable<QS> for Condition {}

impl<QS> diesel::SelectableExpression<QS> for Condition {}

impl<GroupBy> diesel::expression::ValidGrouping<GroupBy> for Condition {
    type IsAggregate = diesel::expression::is_aggregate::Never;
}

impl diesel::query_builder::QueryId for Condition {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl diesel::query_builder::QueryFragment<MultiBackend> for Condition {
    fn walk_ast<'b>(
        &'b self,
        mut out: diesel::query_builder::AstPass<'_, 'b, MultiBackend>,
    ) -> diesel::QueryResult<()> {
        out.push_sql(&self.before);
        if self.plan_with_value {
            out.unsafe_to_cache_prepared();
            // Terms are ASCII letters and digits (see `terms`); quotes are doubled anyway.
            out.push_sql(&format!("'{}'", self.value.replace('\'', "''")));
        } else {
            out.push_bind_param::<Text, String>(&self.value)?;
        }
        out.push_sql(&self.after);
        Ok(())
    }
}
