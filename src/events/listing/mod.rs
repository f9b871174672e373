//! Finding events: one row per occurrence, upcoming by default, filtered by date range, group,
//! heritage, country, city, attendance mode, language and free text; keyset paging by
//! `(start, occurrence id)`. Events of private groups appear only to members; of unlisted
//! groups, only to members too (as in the group directory).

use chrono::{NaiveDateTime, Utc};
use diesel::dsl::exists;
use diesel::prelude::*;

use super::model::{Event, EventTranslation, translations_for};
use crate::db::schema::{event_occurrences, event_translations, events, groups, memberships};
use crate::db::search::{self, SearchIndex};
use crate::db::{self, MultiBackend, StoredTime};
use crate::error::AppResult;
use crate::groups::{Group, MemberStatus, Visibility};
use crate::state::AppState;

pub use crate::paging::{DEFAULT_LIMIT, MAX_LIMIT};

mod filters;

use filters::encode_cursor;
pub use filters::{EventFilters, EventQuery};

/// One occurrence in a listing.
#[derive(Debug, Clone)]
pub struct Listed {
    pub event: Event,
    pub translations: Vec<EventTranslation>,
    pub group: Group,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
}

/// One page of occurrences.
#[derive(Debug, Clone)]
pub struct EventPage {
    pub items: Vec<Listed>,
    pub next_cursor: Option<String>,
}

/// Occurrences matching `filters` that `viewer_id` may see.
///
/// "Ending after `from`" cannot walk an index by itself, so the page is read in two walks, each
/// along an index in start order: the few long-running occurrences (over a day) that started
/// more than a day before `from`, then every other occurrence from `from` minus one day. All of
/// the first come before all of the second, so together they are the page in order, and neither
/// walk reads the past rows before that day.
pub async fn search(
    state: &AppState,
    viewer_id: Option<i64>,
    filters: EventFilters,
) -> AppResult<EventPage> {
    db::read(&state.db, move |connection| {
        let group_id = match &filters.group {
            Some(slug) => Some(
                groups::table
                    .filter(groups::slug.eq(slug))
                    .select(groups::id)
                    .first::<i64>(connection)
                    .optional()?
                    .unwrap_or(-1),
            ),
            None => None,
        };
        let matcher = search::Matcher::prepare(connection, SearchIndex::Events, &filters.terms)?;
        let wanted = filters.limit + 1;
        let short_since = filters
            .from
            .checked_sub_signed(chrono::Duration::days(1))
            .unwrap_or(filters.from);
        // Found first on their own small index, a bounded number at a time in page order:
        // planners prefer the country or group index for the whole query, and would walk
        // every past row of it to find them.
        let mut rows: Vec<OccurrenceRow> = Vec::new();
        let mut after: Option<(NaiveDateTime, i64)> = None;
        loop {
            let mut candidates = event_occurrences::table
                .filter(event_occurrences::long_running)
                .filter(event_occurrences::ends_at_utc.gt(filters.from))
                .filter(event_occurrences::starts_at_utc.lt(short_since))
                .into_boxed::<MultiBackend>();
            if let Some((start, id)) = after {
                candidates = candidates.filter(
                    event_occurrences::starts_at_utc
                        .gt(start)
                        .or(event_occurrences::starts_at_utc
                            .eq(start)
                            .and(event_occurrences::id.gt(id))),
                );
            }
            let chunk: Vec<(i64, NaiveDateTime)> = candidates
                .order((
                    event_occurrences::starts_at_utc.asc(),
                    event_occurrences::id.asc(),
                ))
                .limit(LONG_RUNNING_CHUNK)
                .select((event_occurrences::id, event_occurrences::starts_at_utc))
                .load(connection)?;
            let Some(&(last_id, last_start)) = chunk.last() else {
                break;
            };
            after = Some((last_start, last_id));
            let ids: Vec<i64> = chunk.iter().map(|(id, _)| *id).collect();
            rows.extend(
                db::built_once(
                    connection,
                    matching_occurrences(viewer_id, &filters, group_id, matcher.as_ref())
                        .filter(db::among(event_occurrences::id, &ids))
                        .limit(wanted - rows.len() as i64),
                )
                .load::<OccurrenceRow>(connection)?,
            );
            if rows.len() as i64 >= wanted || (chunk.len() as i64) < LONG_RUNNING_CHUNK {
                break;
            }
        }
        if (rows.len() as i64) < wanted {
            rows.extend(
                db::built_once(
                    connection,
                    matching_occurrences(viewer_id, &filters, group_id, matcher.as_ref())
                        .filter(event_occurrences::starts_at_utc.ge(short_since))
                        .limit(wanted - rows.len() as i64),
                )
                .load::<OccurrenceRow>(connection)?,
            );
        }
        let has_more = rows.len() as i64 > filters.limit;
        rows.truncate(filters.limit as usize);
        let next_cursor = has_more
            .then(|| {
                rows.last()
                    .map(|(id, start, ..)| encode_cursor(start.0, *id))
            })
            .flatten();
        let ids: Vec<i64> = rows.iter().map(|(_, _, _, event, _)| event.id).collect();
        let translations = translations_for(connection, &ids)?;
        let items = rows
            .into_iter()
            .map(|(_, starts_at, ends_at, event, group)| Listed {
                translations: translations.get(&event.id).cloned().unwrap_or_default(),
                event,
                group,
                starts_at: starts_at.into(),
                ends_at: ends_at.into(),
            })
            .collect();
        Ok(EventPage { items, next_cursor })
    })
    .await
}

/// Long-running occurrences checked against the filters at a time (bound values per query).
const LONG_RUNNING_CHUNK: i64 = 500;

/// An occurrence's id, start and end, with its event and group.
type OccurrenceRow = (i64, StoredTime, StoredTime, Event, Group);

type OccurrenceQuery = diesel::dsl::IntoBoxed<
    'static,
    diesel::dsl::InnerJoin<
        event_occurrences::table,
        diesel::dsl::InnerJoin<events::table, groups::table>,
    >,
    MultiBackend,
>;

type InStartOrder = (
    diesel::dsl::Asc<event_occurrences::starts_at_utc>,
    diesel::dsl::Asc<event_occurrences::id>,
);

type OccurrenceColumns = (
    event_occurrences::id,
    event_occurrences::starts_at_utc,
    event_occurrences::ends_at_utc,
    diesel::dsl::AsSelect<Event, MultiBackend>,
    diesel::dsl::AsSelect<Group, MultiBackend>,
);

type OrderedOccurrences =
    diesel::dsl::Select<diesel::dsl::Order<OccurrenceQuery, InStartOrder>, OccurrenceColumns>;

/// Every occurrence matching `filters` that `viewer_id` may see, in start order, as a query
/// the caller narrows to one range of starts. `group_id` is the `group` filter's group (-1 for
/// a slug that names none), `matcher` the prepared search if there is one.
fn matching_occurrences(
    viewer_id: Option<i64>,
    filters: &EventFilters,
    group_id: Option<i64>,
    matcher: Option<&search::Matcher>,
) -> OrderedOccurrences {
    let mut query: OccurrenceQuery = event_occurrences::table
        .inner_join(events::table.inner_join(groups::table))
        .into_boxed::<MultiBackend>()
        .filter(event_occurrences::ends_at_utc.gt(filters.from))
        // Hidden by moderation, on its own or with its group: gone from every listing.
        .filter(events::hidden.is_null())
        .filter(groups::hidden.is_null());
    let visible_to_all = groups::visibility.eq(Visibility::Public.as_str());
    query = match viewer_id {
        Some(user_id) => query.filter(
            visible_to_all.or(exists(
                memberships::table
                    .filter(memberships::group_id.eq(groups::id))
                    .filter(memberships::user_id.eq(user_id))
                    .filter(memberships::status.eq(MemberStatus::Active.as_str())),
            )),
        ),
        None => query.filter(visible_to_all),
    };
    if let Some(to) = filters.to {
        query = query.filter(event_occurrences::starts_at_utc.lt(to));
    }
    // Group and country are filtered on the occurrence rows, whose indexes are in date order.
    if let Some(group_id) = group_id {
        query = query.filter(event_occurrences::group_id.eq(group_id));
    }
    if let Some(member_id) = filters.member_of {
        query = query.filter(
            event_occurrences::group_id.eq_any(
                memberships::table
                    .filter(memberships::user_id.eq(member_id))
                    .filter(memberships::status.eq(MemberStatus::Active.as_str()))
                    .select(memberships::group_id),
            ),
        );
    }
    if let Some(country) = &filters.heritage {
        query = query.filter(groups::heritage_country.eq(country.as_str().to_owned()));
    }
    if filters.local_only {
        query = query.filter(events::imported_listing_id.is_null());
    }
    if let Some(country) = &filters.country {
        query = query.filter(event_occurrences::country.eq(country.as_str().to_owned()));
    }
    if let Some(city) = &filters.city {
        query = query.filter(db::lower(events::city).eq(db::lower(Some(city.clone()))));
    }
    if let Some(mode) = filters.attendance_mode {
        query = query.filter(events::attendance_mode.eq(mode.as_str()));
    }
    if let Some(language) = &filters.language {
        query = query.filter(exists(
            event_translations::table
                .filter(event_translations::event_id.eq(events::id))
                .filter(event_translations::language.eq(language.as_str().to_owned())),
        ));
    }
    if let Some(matcher) = matcher {
        query = query.filter(matcher.condition());
    }
    if let Some((start, id)) = filters.cursor {
        query = query.filter(
            event_occurrences::starts_at_utc
                .gt(start)
                .or(event_occurrences::starts_at_utc
                    .eq(start)
                    .and(event_occurrences::id.gt(id))),
        );
    }
    query
        .order((
            event_occurrences::starts_at_utc.asc(),
            event_occurrences::id.asc(),
        ))
        .select((
            event_occurrences::id,
            event_occurrences::starts_at_utc,
            event_occurrences::ends_at_utc,
            Event::as_select(),
            Group::as_select(),
        ))
}

/// Public events (not occurrences) for calendar feeds: those not over for more than 30 days,
/// matching the group, heritage, place and mode filters, soonest first.
pub async fn for_feed(
    state: &AppState,
    filters: EventFilters,
    limit: i64,
) -> AppResult<Vec<(Event, Vec<EventTranslation>, Group)>> {
    db::run(&state.db, move |connection| {
        let mut query = events::table
            .inner_join(groups::table)
            .filter(groups::visibility.eq(Visibility::Public.as_str()))
            .filter(events::hidden.is_null())
            .filter(groups::hidden.is_null())
            // Our feeds publish ours: a partner hub's events are on its own feeds.
            .filter(events::imported_listing_id.is_null())
            .filter(
                events::series_ends_at_utc.gt(Utc::now().naive_utc() - chrono::Duration::days(30)),
            )
            .into_boxed::<MultiBackend>();
        if let Some(slug) = &filters.group {
            query = query.filter(groups::slug.eq(slug.clone()));
        }
        if let Some(country) = &filters.heritage {
            query = query.filter(groups::heritage_country.eq(country.as_str().to_owned()));
        }
        if let Some(country) = &filters.country {
            query = query.filter(events::country.eq(country.as_str().to_owned()));
        }
        if let Some(mode) = filters.attendance_mode {
            query = query.filter(events::attendance_mode.eq(mode.as_str()));
        }
        let rows: Vec<(Event, Group)> = query
            .order((events::starts_at_utc.asc(), events::id.asc()))
            .limit(limit)
            .select((Event::as_select(), Group::as_select()))
            .load(connection)?;
        let ids: Vec<i64> = rows.iter().map(|(event, _)| event.id).collect();
        let translations = translations_for(connection, &ids)?;
        Ok(rows
            .into_iter()
            .map(|(event, group)| {
                let texts = translations.get(&event.id).cloned().unwrap_or_default();
                (event, texts, group)
            })
            .collect())
    })
    .await
}
