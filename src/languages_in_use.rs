//! Which content languages occur in listings, so the language filters can offer them by name
//! in the reader's language instead of asking for a code.
//!
//! The lists change rarely and are read on every listing page, so each instance keeps them for
//! a minute ([`LanguagesInUse`], in the application state).

use std::collections::BTreeSet;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use diesel::prelude::*;

use crate::db::schema::{
    event_translations, group_languages, group_translations, opportunity_languages,
    opportunity_translations,
};
use crate::db::{self, AnyConnection, DbPool};
use crate::error::AppResult;

/// How long a list is reused before it is read again.
const FRESH_FOR: Duration = Duration::from_secs(60);

/// The kinds of listing with a language filter; each filter matches what its listing query
/// matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListingKind {
    /// Languages spoken in groups.
    Groups,
    /// Languages events are written in.
    Events,
    /// Languages opportunities require or are written in.
    Opportunities,
}

/// The lists, kept for [`FRESH_FOR`].
#[derive(Default)]
pub struct LanguagesInUse {
    kept: Mutex<Vec<(ListingKind, Instant, Vec<String>)>>,
}

impl LanguagesInUse {
    /// The language tags that occur in listings of `kind`, sorted.
    pub async fn of(&self, pool: &DbPool, kind: ListingKind) -> AppResult<Vec<String>> {
        if let Some(languages) = self.fresh(kind) {
            return Ok(languages);
        }
        let languages = db::run(pool, move |connection| Ok(read(connection, kind)?)).await?;
        let mut kept = self
            .kept
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        kept.retain(|(kept_kind, ..)| *kept_kind != kind);
        kept.push((kind, Instant::now(), languages.clone()));
        Ok(languages)
    }

    fn fresh(&self, kind: ListingKind) -> Option<Vec<String>> {
        let kept = self
            .kept
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        kept.iter()
            .find(|(kept_kind, at, _)| *kept_kind == kind && at.elapsed() < FRESH_FOR)
            .map(|(.., languages)| languages.clone())
    }
}

fn read(connection: &mut AnyConnection, kind: ListingKind) -> QueryResult<Vec<String>> {
    let mut found: BTreeSet<String> = BTreeSet::new();
    match kind {
        ListingKind::Groups => {
            found.extend(
                group_languages::table
                    .select(group_languages::language)
                    .distinct()
                    .load::<String>(connection)?,
            );
            found.extend(
                group_translations::table
                    .select(group_translations::language)
                    .distinct()
                    .load::<String>(connection)?,
            );
        }
        ListingKind::Events => found.extend(
            event_translations::table
                .select(event_translations::language)
                .distinct()
                .load::<String>(connection)?,
        ),
        ListingKind::Opportunities => {
            found.extend(
                opportunity_languages::table
                    .select(opportunity_languages::language)
                    .distinct()
                    .load::<String>(connection)?,
            );
            found.extend(
                opportunity_translations::table
                    .select(opportunity_translations::language)
                    .distinct()
                    .load::<String>(connection)?,
            );
        }
    }
    Ok(found.into_iter().collect())
}
