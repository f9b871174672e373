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

mod condition;

use condition::Condition;

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
/// Neither planner can tell how many rows a prefix search matches (PostgreSQL guessed 2,600 for
/// a number found once, and walked all 130,000 occurrences in date order to fill a page), so
/// this asks the index first. A rare word gives a short list of ids, and the query reads just
/// those listings. A common word (thousands of matches) is checked row by row while the query
/// walks its index in page order: listing every match first cost 20 ms for 100,000 listings.
#[derive(Debug, Clone)]
pub enum Matcher {
    /// Few matches: their ids.
    Listed {
        index: SearchIndex,
        ids: Vec<i64>,
        postgres: bool,
    },
    /// PostgreSQL, many matches: the listing is among the index's matches.
    Postgres {
        index: SearchIndex,
        expression: String,
    },
    /// SQLite, many matches: each listing's indexed text checked for the terms (space
    /// separated) as the query walks.
    Checked { index: SearchIndex, terms: String },
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
        // the expression; it is still bound here, and quoted when written into a statement
        // (`Condition`).
        let postgres = is_postgres(connection);
        let (table, key) = (index.table(), index.key());
        let (expression, first_matches) = if postgres {
            let expression = terms
                .iter()
                .map(|term| format!("{term}:*"))
                .collect::<Vec<_>>()
                .join(" & ");
            let statement = format!(
                "SELECT {key} AS id FROM {table} WHERE document @@ to_tsquery('simple', $1) LIMIT $2"
            );
            (expression, statement)
        } else {
            let expression = terms
                .iter()
                .map(|term| format!("\"{term}\"*"))
                .collect::<Vec<_>>()
                .join(" ");
            let statement =
                format!("SELECT rowid AS id FROM {table} WHERE {table} MATCH ? LIMIT ?");
            (expression, statement)
        };
        let first: Vec<Match> = diesel::sql_query(first_matches)
            .bind::<Text, _>(&expression)
            .bind::<BigInt, _>(FEW_MATCHES + 1)
            .load(connection)?;
        Ok(Some(if first.len() as i64 <= FEW_MATCHES {
            Self::Listed {
                index,
                ids: first.into_iter().map(|row| row.id).collect(),
                postgres,
            }
        } else if postgres {
            Self::Postgres { index, expression }
        } else {
            Self::Checked {
                index,
                terms: terms.join(" "),
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
            Self::Listed {
                index,
                ids,
                postgres: true,
            } => (
                format!("{} = ANY(CAST(", index.listing_id()),
                postgres_array(ids),
                " AS BIGINT[]))".to_owned(),
            ),
            Self::Listed { index, ids, .. } => (
                format!("{} IN (SELECT value FROM json_each(", index.listing_id()),
                super::id_list::json_array(ids),
                "))".to_owned(),
            ),
            // Not `MATCH`: SQLite prepares a statement with a full-text match again for every
            // new expression, and the check read several index pages per listing (23 µs);
            // reading the listing's text and checking it here takes a few.
            Self::Checked { index, terms } => {
                let table = index.table();
                (
                    format!(
                        "{MATCHES_FUNCTION}((SELECT document FROM {table} WHERE {table}.rowid = {}), ",
                        index.listing_id()
                    ),
                    terms.clone(),
                    ")".to_owned(),
                )
            }
        };
        // A word found in many listings is planned with the word itself: the planner weighs
        // how many rows it matches against the other filters, which it cannot do with a
        // placeholder (PostgreSQL connections plan placeholders generically, see `db`). The
        // statement is then not kept: each such word is planned afresh.
        let plan_with_value = matches!(self, Self::Postgres { .. });
        Box::new(Condition {
            before,
            value,
            after,
            plan_with_value,
        })
    }
}

/// The SQL name of [`document_matches`] on SQLite connections.
const MATCHES_FUNCTION: &str = "search_document_matches";

diesel::define_sql_function! {
    /// Whether an indexed document holds every search term (space separated) as a prefix of
    /// one of its words.
    #[sql_name = "search_document_matches"]
    fn search_document_matches(document: diesel::sql_types::Nullable<Text>, terms: Text) -> Bool;
}

/// Registers the functions searches call on a new SQLite connection.
pub fn register_functions(
    connection: &mut diesel::sqlite::SqliteConnection,
) -> diesel::QueryResult<()> {
    search_document_matches_utils::register_impl(
        connection,
        |document: Option<String>, terms: String| {
            document.is_some_and(|document| document_matches(&document, &terms))
        },
    )
}

/// What the full-text index answers for a prefix query (`"term"*` for each term), on one
/// folded document: every term begins one of its words. Words are runs of ASCII letters and
/// digits, as the index's tokenizer splits folded text.
pub fn document_matches(document: &str, terms: &str) -> bool {
    terms
        .split(' ')
        .filter(|term| !term.is_empty())
        .all(|term| {
            document
                .split(|character: char| !character.is_ascii_alphanumeric())
                .any(|word| word.starts_with(term))
        })
}

/// Ids as a PostgreSQL array literal.
fn postgres_array(ids: &[i64]) -> String {
    let listed: Vec<String> = ids.iter().map(i64::to_string).collect();
    format!("{{{}}}", listed.join(","))
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

    #[test]
    fn a_document_matches_when_every_term_begins_one_of_its_words() {
        let document = fold("Rencontre sénégalaise à Lyon-Part-Dieu, l'été 2027");
        assert!(document_matches(&document, "senegal"));
        assert!(document_matches(&document, "lyon part dieu"));
        assert!(document_matches(&document, "ete 202"));
        assert!(document_matches(&document, "l"));
        assert!(
            !document_matches(&document, "negal"),
            "a prefix, not any substring"
        );
        assert!(!document_matches(&document, "lyon paris"), "every term");
        assert!(
            !document_matches(&document, "lyonpart"),
            "words split at punctuation"
        );
    }
}
