//! Free-text search over listings, behind one interface for both backends: SQLite FTS5 or
//! PostgreSQL full text (`tsvector` with a GIN index).
//!
//! Text is folded before it is indexed and before it is searched: transliterated to ASCII and
//! lowercased, so "senegalais" finds "Sénégalais", "senegal" finds "Сенегал", and a query in
//! Arabic or Chinese finds text written in the same script (both fold the same way).

use diesel::BoxableExpression;
use diesel::RunQueryDsl;
use diesel::dsl::sql;
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

/// Whether the backend of `connection` is PostgreSQL.
pub fn is_postgres(connection: &AnyConnection) -> bool {
    matches!(connection, AnyConnection::Postgresql(_))
}

/// A `WHERE` condition "the listing matches every term as a prefix", to combine with other
/// filters of a query over `QS`. `terms` must be non-empty (see [`terms`]).
pub fn matching<QS: 'static>(
    postgres: bool,
    index: SearchIndex,
    terms: &[String],
) -> Box<dyn BoxableExpression<QS, MultiBackend, SqlType = Bool>> {
    // Terms are ASCII letters and digits only, so they cannot break out of the expression;
    // they are still passed as a bound value.
    let (table, key, listing) = (index.table(), index.key(), index.listing_id());
    if postgres {
        let expression = terms
            .iter()
            .map(|term| format!("{term}:*"))
            .collect::<Vec<_>>()
            .join(" & ");
        Box::new(
            sql::<Bool>(&format!(
                "{listing} IN (SELECT {key} FROM {table} WHERE document @@ to_tsquery('simple', "
            ))
            .bind::<Text, _>(expression)
            .sql("))"),
        )
    } else {
        let expression = terms
            .iter()
            .map(|term| format!("\"{term}\"*"))
            .collect::<Vec<_>>()
            .join(" ");
        Box::new(
            sql::<Bool>(&format!(
                "{listing} IN (SELECT rowid FROM {table} WHERE {table} MATCH "
            ))
            .bind::<Text, _>(expression)
            .sql(")"),
        )
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
