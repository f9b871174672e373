//! Free-text search over listings, behind one interface for both backends: SQLite FTS5 or
//! PostgreSQL full text (`tsvector` with a GIN index).
//!
//! Text is folded before it is indexed and before it is searched: transliterated to ASCII and
//! lowercased, so "senegalais" finds "Sénégalais", "senegal" finds "Сенегал", and a query in
//! Arabic or Chinese finds text written in the same script (both fold the same way).

use diesel::BoxableExpression;
use diesel::RunQueryDsl;
use diesel::sql_types::{BigInt, Bool, Text};

use super::{AnyConnection, MultiBackend};

/// Longest query taken into account (the rest is ignored).
const MAX_QUERY_TERMS: usize = 8;

/// Which listings an index covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchIndex {
    /// `group_search`, keyed by `group_id`, matched against `groups.id`.
    Groups,
    /// `event_search`, keyed by `event_id`, matched against `events.id`.
    Events,
    /// `opportunity_search`, keyed by `opportunity_id`, matched against `opportunities.id`.
    Opportunities,
}

impl SearchIndex {
    fn table(self) -> &'static str {
        match self {
            Self::Groups => "group_search",
            Self::Events => "event_search",
            Self::Opportunities => "opportunity_search",
        }
    }

    fn key(self) -> &'static str {
        match self {
            Self::Groups => "group_id",
            Self::Events => "event_id",
            Self::Opportunities => "opportunity_id",
        }
    }

    fn listing_id(self) -> &'static str {
        match self {
            Self::Groups => "groups.id",
            Self::Events => "events.id",
            Self::Opportunities => "opportunities.id",
        }
    }
}

/// Folds text for indexing and matching.
pub fn fold(text: &str) -> String {
    deunicode::deunicode(text).to_lowercase()
}

/// The search terms of a query: folded words, punctuation and operators removed.
pub fn terms(query: &str) -> Vec<String> {
    fold(query)
        .split(|character: char| !character.is_ascii_alphanumeric())
        .filter(|term| !term.is_empty())
        .take(MAX_QUERY_TERMS)
        .map(str::to_owned)
        .collect()
}

/// Replaces the indexed text of one listing.
pub fn index(
    connection: &mut AnyConnection,
    index: SearchIndex,
    id: i64,
    text: &str,
) -> diesel::QueryResult<()> {
    let document = fold(text);
    let (table, key) = (index.table(), index.key());
    match connection {
        AnyConnection::Sqlite(_) => {
            // The FTS5 rowid is the listing's id: FTS5 cannot index the key column, so
            // deleting by it would scan the whole index on every write.
            diesel::sql_query(format!("DELETE FROM {table} WHERE rowid = ?"))
                .bind::<BigInt, _>(id)
                .execute(connection)?;
            diesel::sql_query(format!(
                "INSERT INTO {table} (rowid, {key}, document) VALUES (?, ?, ?)"
            ))
            .bind::<BigInt, _>(id)
            .bind::<BigInt, _>(id)
            .bind::<Text, _>(document)
            .execute(connection)?;
        }
        AnyConnection::Postgresql(_) => {
            diesel::sql_query(format!(
                "INSERT INTO {table} ({key}, document) VALUES ($1, to_tsvector('simple', $2)) \
                 ON CONFLICT ({key}) DO UPDATE SET document = EXCLUDED.document"
            ))
            .bind::<BigInt, _>(id)
            .bind::<Text, _>(document)
            .execute(connection)?;
        }
    }
    Ok(())
}

/// Removes a listing from the index (PostgreSQL also does this by cascade; FTS5 tables cannot).
pub fn remove(
    connection: &mut AnyConnection,
    index: SearchIndex,
    id: i64,
) -> diesel::QueryResult<()> {
    if let AnyConnection::Sqlite(_) = connection {
        diesel::sql_query(format!("DELETE FROM {} WHERE rowid = ?", index.table()))
            .bind::<BigInt, _>(id)
            .execute(connection)?;
    }
    Ok(())
}

/// Merges each SQLite full-text index into one segment, after a bulk load.
///
/// Every batch of inserts leaves FTS5 a new segment, and each search reads every segment: after
/// seeding 100,000 events, checking one listing against a common word cost 66 µs over ten
/// segments and 23 µs over one. PostgreSQL's GIN indexes need nothing of the kind.
pub fn merge_segments(connection: &mut AnyConnection) -> diesel::QueryResult<()> {
    if let AnyConnection::Sqlite(_) = connection {
        for index in [
            SearchIndex::Groups,
            SearchIndex::Events,
            SearchIndex::Opportunities,
        ] {
            let table = index.table();
            diesel::sql_query(format!("INSERT INTO {table} ({table}) VALUES ('optimize')"))
                .execute(connection)?;
        }
    }
    Ok(())
}

/// Whether the backend of `connection` is PostgreSQL.
pub fn is_postgres(connection: &AnyConnection) -> bool {
    matches!(connection, AnyConnection::Postgresql(_))
}

/// Up to this many matches, a search lists the matching ids to the query; beyond, the query
/// checks each listing it walks against the index and stops at the page's end.
const FEW_MATCHES: i64 = 2000;

/// How a query keeps only the listings that match a search, decided once per request.
///
/// On SQLite the planner cannot know how many rows a full-text match returns, so this asks
/// the index first. A rare word gives a short list of ids, and the query reads just those
/// listings. A common word (thousands of matches) is checked row by row while the query walks
/// its index in page order: listing every match first cost 20 ms for 100,000 listings. On
/// PostgreSQL the planner has statistics for the GIN index and chooses between the two itself.
#[derive(Debug, Clone)]
pub enum Matcher {
    /// PostgreSQL: the listing is among the index's matches.
    Postgres {
        index: SearchIndex,
        expression: String,
    },
    /// SQLite, few matches: their ids.
    Listed { index: SearchIndex, ids: Vec<i64> },
    /// SQLite, many matches: each listing checked against the index.
    Checked {
        index: SearchIndex,
        expression: String,
    },
}

#[derive(diesel::QueryableByName)]
struct Match {
    #[diesel(sql_type = BigInt)]
    id: i64,
}

impl Matcher {
    /// Prepares the match of every term as a prefix; `None` when there is no term (no search).
    pub fn prepare(
        connection: &mut AnyConnection,
        index: SearchIndex,
        terms: &[String],
    ) -> diesel::QueryResult<Option<Self>> {
        if terms.is_empty() {
            return Ok(None);
        }
        // Terms are ASCII letters and digits only (see `terms`), so they cannot break out of
        // the expression; it is still passed as a bound value.
        if is_postgres(connection) {
            let expression = terms
                .iter()
                .map(|term| format!("{term}:*"))
                .collect::<Vec<_>>()
                .join(" & ");
            return Ok(Some(Self::Postgres { index, expression }));
        }
        let expression = terms
            .iter()
            .map(|term| format!("\"{term}\"*"))
            .collect::<Vec<_>>()
            .join(" ");
        let table = index.table();
        let first: Vec<Match> = diesel::sql_query(format!(
            "SELECT rowid AS id FROM {table} WHERE {table} MATCH ? LIMIT ?"
        ))
        .bind::<Text, _>(&expression)
        .bind::<BigInt, _>(FEW_MATCHES + 1)
        .load(connection)?;
        Ok(Some(if first.len() as i64 > FEW_MATCHES {
            Self::Checked { index, expression }
        } else {
            Self::Listed {
                index,
                ids: first.into_iter().map(|row| row.id).collect(),
            }
        }))
    }

    /// The `WHERE` condition, to combine with other filters of a query over `QS`.
    pub fn condition<QS: 'static>(
        &self,
    ) -> Box<dyn BoxableExpression<QS, MultiBackend, SqlType = Bool>> {
        let (before, value, after) = match self {
            Self::Postgres { index, expression } => (
                format!(
                    "{} IN (SELECT {} FROM {} WHERE document @@ to_tsquery('simple', ",
                    index.listing_id(),
                    index.key(),
                    index.table()
                ),
                expression.clone(),
                "))".to_owned(),
            ),
            Self::Listed { index, ids } => (
                format!("{} IN (SELECT value FROM json_each(", index.listing_id()),
                json_array(ids),
                "))".to_owned(),
            ),
            Self::Checked { index, expression } => {
                let table = index.table();
                (
                    format!("EXISTS (SELECT 1 FROM {table} WHERE {table} MATCH "),
                    expression.clone(),
                    format!(" AND {table}.rowid = {})", index.listing_id()),
                )
            }
        };
        Box::new(Condition {
            before,
            value,
            after,
        })
    }
}

/// Ids as a JSON array, as SQLite's `json_each` reads them.
fn json_array(ids: &[i64]) -> String {
    let listed: Vec<String> = ids.iter().map(i64::to_string).collect();
    format!("[{}]", listed.join(","))
}

/// A search condition: fixed text around one bound text value.
///
/// Written as its own statement fragment rather than with diesel's `sql` literals, which mark a
/// statement as never to be cached: the text here takes one of a few forms per index, so the
/// connection keeps every searching statement prepared.
#[derive(Debug, Clone)]
struct Condition {
    before: String,
    value: String,
    after: String,
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
        out.push_bind_param::<Text, String>(&self.value)?;
        out.push_sql(&self.after);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_accents_case_and_script() {
        assert_eq!(fold("Sénégalais"), "senegalais");
        assert_eq!(fold("Сенегал"), "senegal");
        assert_eq!(
            terms("  L'Île-de-France & \"quotes\" OR *"),
            ["l", "ile", "de", "france", "quotes", "or"]
        );
        assert!(!terms("塞内加尔").is_empty());
    }
}
