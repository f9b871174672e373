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

use super::schema::groups;
use super::{AnyConnection, MultiBackend};

/// Longest query taken into account (the rest is ignored).
const MAX_QUERY_TERMS: usize = 8;

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

/// Replaces the indexed text of one group.
pub fn index_group(
    connection: &mut AnyConnection,
    group_id: i64,
    text: &str,
) -> diesel::QueryResult<()> {
    let document = fold(text);
    match connection {
        AnyConnection::Sqlite(_) => {
            diesel::sql_query("DELETE FROM group_search WHERE group_id = ?")
                .bind::<BigInt, _>(group_id)
                .execute(connection)?;
            diesel::sql_query("INSERT INTO group_search (group_id, document) VALUES (?, ?)")
                .bind::<BigInt, _>(group_id)
                .bind::<Text, _>(document)
                .execute(connection)?;
        }
        AnyConnection::Postgresql(_) => {
            diesel::sql_query(
                "INSERT INTO group_search (group_id, document) VALUES ($1, to_tsvector('simple', $2)) \
                 ON CONFLICT (group_id) DO UPDATE SET document = EXCLUDED.document",
            )
            .bind::<BigInt, _>(group_id)
            .bind::<Text, _>(document)
            .execute(connection)?;
        }
    }
    Ok(())
}

/// Removes a group from the index (PostgreSQL also does this by cascade; FTS5 tables cannot).
pub fn remove_group(connection: &mut AnyConnection, group_id: i64) -> diesel::QueryResult<()> {
    if let AnyConnection::Sqlite(_) = connection {
        diesel::sql_query("DELETE FROM group_search WHERE group_id = ?")
            .bind::<BigInt, _>(group_id)
            .execute(connection)?;
    }
    Ok(())
}

/// Whether the backend of `connection` is PostgreSQL.
pub fn is_postgres(connection: &AnyConnection) -> bool {
    matches!(connection, AnyConnection::Postgresql(_))
}

/// A `WHERE` condition "groups.id is among the groups matching every term as a prefix", to
/// combine with other filters. `terms` must be non-empty (see [`terms`]).
pub fn groups_matching(
    postgres: bool,
    terms: &[String],
) -> Box<dyn BoxableExpression<groups::table, MultiBackend, SqlType = Bool>> {
    // Terms are ASCII letters and digits only, so they cannot break out of the expression;
    // they are still passed as a bound value.
    if postgres {
        let expression = terms
            .iter()
            .map(|term| format!("{term}:*"))
            .collect::<Vec<_>>()
            .join(" & ");
        Box::new(
            sql::<Bool>("groups.id IN (SELECT group_id FROM group_search WHERE document @@ to_tsquery('simple', ")
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
            sql::<Bool>(
                "groups.id IN (SELECT group_id FROM group_search WHERE group_search MATCH ",
            )
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
        assert_eq!(terms("塞内加尔"), terms("塞内加尔"));
        assert!(!terms("塞内加尔").is_empty());
    }
}
