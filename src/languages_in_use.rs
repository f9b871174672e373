//! Which content languages occur in listings, so the language filters can offer them by name
//! in the reader's language instead of asking for a code.
//!
//! Only public groups and their current listings count, so the list never hints at a private
//! group. The lists change rarely and are read on every listing page, so each instance keeps
//! them for a minute (in [`crate::cache::Caches`]).

use std::collections::BTreeSet;

use diesel::prelude::*;

use crate::db::schema::{
    event_translations, events, group_languages, group_translations, groups, opportunities,
    opportunity_languages, opportunity_translations,
};
use crate::db::{self, AnyConnection};
use crate::error::AppResult;
use crate::groups::Visibility;
use crate::opportunities::OpportunityStatus;
use crate::state::AppState;

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

/// The language tags that occur in listings of `kind`, sorted (kept a minute per instance).
pub async fn of(state: &AppState, kind: ListingKind) -> AppResult<Vec<String>> {
    state
        .caches
        .languages_in_use
        .get_or_compute(kind, || {
            db::run(&state.db, move |connection| Ok(read(connection, kind)?))
        })
        .await
}

fn read(connection: &mut AnyConnection, kind: ListingKind) -> QueryResult<Vec<String>> {
    // Only what any reader can find: public groups and their current listings, so the list
    // never hints at a private group.
    let public = groups::visibility
        .eq(Visibility::Public.as_str())
        .and(groups::hidden.is_null());
    let now = chrono::Utc::now().naive_utc();
    let mut found: BTreeSet<String> = BTreeSet::new();
    match kind {
        ListingKind::Groups => {
            found.extend(
                group_languages::table
                    .inner_join(groups::table)
                    .filter(public)
                    .select(group_languages::language)
                    .distinct()
                    .load::<String>(connection)?,
            );
            found.extend(
                group_translations::table
                    .inner_join(groups::table)
                    .filter(public)
                    .select(group_translations::language)
                    .distinct()
                    .load::<String>(connection)?,
            );
        }
        ListingKind::Events => found.extend(
            event_translations::table
                .inner_join(events::table.inner_join(groups::table))
                .filter(public)
                .filter(events::series_ends_at_utc.gt(now))
                .filter(events::hidden.is_null())
                .select(event_translations::language)
                .distinct()
                .load::<String>(connection)?,
        ),
        ListingKind::Opportunities => {
            let open = opportunities::status
                .eq(OpportunityStatus::Open.as_str())
                .and(opportunities::expires_at.gt(now))
                .and(opportunities::hidden.is_null());
            found.extend(
                opportunity_languages::table
                    .inner_join(opportunities::table.inner_join(groups::table))
                    .filter(public)
                    .filter(open)
                    .select(opportunity_languages::language)
                    .distinct()
                    .load::<String>(connection)?,
            );
            found.extend(
                opportunity_translations::table
                    .inner_join(opportunities::table.inner_join(groups::table))
                    .filter(public)
                    .filter(open)
                    .select(opportunity_translations::language)
                    .distinct()
                    .load::<String>(connection)?,
            );
        }
    }
    Ok(found.into_iter().collect())
}
