//! The group directory: filters, free-text search, keyset pagination and the result count.
//!
//! Private groups never appear; unlisted ones appear only to their active members. Results are
//! ordered by member count, then newest first; the cursor is the last row's `(member_count, id)`.

use diesel::dsl::exists;
use diesel::prelude::*;
use serde::Deserialize;

use super::model::{Group, GroupDetails, Membership, Visibility, details_for};
use crate::db::schema::{group_languages, group_topics, group_translations, groups, memberships};
use crate::db::search::{self, SearchIndex};
use crate::db::{self, AnyConnection, MultiBackend};
use crate::domain::{CountryCode, LanguageTag, ListingOrigin, Topic};
use crate::error::{AppError, AppResult};
use crate::paging::{self, decode_cursor, encode_cursor, present};
use crate::state::AppState;

pub use crate::paging::{DEFAULT_LIMIT, MAX_LIMIT};

/// Directory filters as they arrive in a query string.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, utoipa::IntoParams)]
pub struct DirectoryQuery {
    /// Free text, matched against every translation's name and description.
    pub q: Option<String>,
    /// ISO country of heritage.
    pub heritage: Option<String>,
    /// ISO country of residence.
    pub residence: Option<String>,
    /// City (exact, case-insensitive).
    pub city: Option<String>,
    /// A language spoken in the group or one it is written in (BCP 47).
    pub language: Option<String>,
    /// A topic id.
    pub topic: Option<String>,
    /// `true`: verified organizations only (associations, embassies, agencies).
    pub verified: Option<String>,
    /// `all` (default): ours and groups imported from partner hubs; `local`: ours only.
    #[param(inline, value_type = Option<crate::domain::ListingOrigin>)]
    pub origin: Option<String>,
    /// Opaque cursor from `next_cursor`.
    pub cursor: Option<String>,
    /// Page size, 1 to 100.
    pub limit: Option<i64>,
}

/// Parsed filters.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub terms: Vec<String>,
    pub heritage: Option<CountryCode>,
    pub residence: Option<CountryCode>,
    pub city: Option<String>,
    pub language: Option<LanguageTag>,
    pub topic: Option<Topic>,
    /// Verified organizations only.
    pub verified_only: bool,
    /// Ours only (`?origin=local`), leaving out groups imported from partner hubs.
    pub local_only: bool,
    pub cursor: Option<(i64, i64)>,
    pub limit: i64,
}

impl DirectoryQuery {
    /// Parses the filters; an unknown country, language or topic is a field error.
    pub fn parse(&self) -> Result<Filters, AppError> {
        let mut collector = crate::domain::Collector::default();
        let filters = Filters {
            terms: self.q.as_deref().map(search::terms).unwrap_or_default(),
            heritage: present(&self.heritage)
                .and_then(|code| collector.take("heritage", CountryCode::parse(&code))),
            residence: present(&self.residence)
                .and_then(|code| collector.take("residence", CountryCode::parse(&code))),
            city: present(&self.city),
            language: present(&self.language)
                .and_then(|tag| collector.take("language", LanguageTag::parse(&tag))),
            topic: present(&self.topic)
                .and_then(|topic| collector.take("topic", Topic::parse(&topic))),
            verified_only: present(&self.verified)
                .and_then(|flag| collector.take("verified", parse_flag(&flag)))
                .unwrap_or(false),
            local_only: present(&self.origin)
                .and_then(|origin| collector.take("origin", ListingOrigin::parse(&origin)))
                .is_some_and(|origin| origin == ListingOrigin::Local),
            cursor: present(&self.cursor)
                .and_then(|cursor| collector.take("cursor", decode_cursor(&cursor))),
            limit: paging::limit(&mut collector, self.limit),
        };
        collector.finish(|| filters)
    }
}

/// A yes/no filter as a query string or a checkbox writes it.
fn parse_flag(text: &str) -> Result<bool, crate::domain::Invalid> {
    match text.trim() {
        "true" | "1" | "on" | "yes" => Ok(true),
        "false" | "0" | "off" | "no" => Ok(false),
        _ => Err(crate::domain::Invalid::new("invalid_choice")),
    }
}

/// One page of results.
#[derive(Debug, Clone)]
pub struct DirectoryPage {
    pub items: Vec<(Group, GroupDetails)>,
    /// How many groups match in all.
    pub total: i64,
    pub next_cursor: Option<String>,
}

type BoxedGroups<'a> = groups::BoxedQuery<'a, MultiBackend>;

/// Groups matching `filters` that `viewer_id` may see in a directory; `heritage_only` is used
/// by country pages.
pub async fn search(
    state: &AppState,
    viewer_id: Option<i64>,
    filters: Filters,
) -> AppResult<DirectoryPage> {
    db::read(&state.db, move |connection| {
        let matcher = search::Matcher::prepare(connection, SearchIndex::Groups, &filters.terms)?;
        let total: i64 = db::built_once(
            connection,
            filtered(&filters, viewer_id, matcher.as_ref()).count(),
        )
        .get_result(connection)?;
        let mut page = filtered(&filters, viewer_id, matcher.as_ref());
        if let Some((count, id)) = filters.cursor {
            page = page.filter(
                groups::member_count
                    .lt(count)
                    .or(groups::member_count.eq(count).and(groups::id.lt(id))),
            );
        }
        let mut rows: Vec<Group> = db::built_once(
            connection,
            page.order((groups::member_count.desc(), groups::id.desc()))
                .limit(filters.limit + 1)
                .select(Group::as_select()),
        )
        .load(connection)?;
        let has_more = rows.len() as i64 > filters.limit;
        rows.truncate(filters.limit as usize);
        let next_cursor = has_more
            .then(|| {
                rows.last()
                    .map(|last| encode_cursor(last.member_count, last.id))
            })
            .flatten();
        let items = with_details(connection, rows)?;
        Ok(DirectoryPage {
            items,
            total,
            next_cursor,
        })
    })
    .await
}

/// The groups `user_id` belongs to or asked to join, with their memberships.
pub async fn of_member(
    state: &AppState,
    user_id: i64,
) -> AppResult<Vec<(Group, GroupDetails, Membership)>> {
    db::run(&state.db, move |connection| {
        let rows: Vec<(Group, Membership)> = groups::table
            .inner_join(memberships::table)
            .filter(memberships::user_id.eq(user_id))
            .filter(memberships::status.ne(super::model::MemberStatus::Banned.as_str()))
            .order(groups::id.desc())
            .select((Group::as_select(), Membership::as_select()))
            .load::<(Group, Membership)>(connection)?
            .into_iter()
            // Hidden by moderation: only its owners and organizers still see it.
            .filter(|(group, membership)| group.hidden.is_none() || membership.can_manage())
            .collect();
        let ids: Vec<i64> = rows.iter().map(|(group, _)| group.id).collect();
        let mut details = details_for(connection, &ids)?;
        Ok(rows
            .into_iter()
            .map(|(group, membership)| {
                let group_details = details.remove(&group.id).unwrap_or_default();
                (group, group_details, membership)
            })
            .collect())
    })
    .await
}

fn with_details(
    connection: &mut AnyConnection,
    rows: Vec<Group>,
) -> AppResult<Vec<(Group, GroupDetails)>> {
    let ids: Vec<i64> = rows.iter().map(|group| group.id).collect();
    let mut details = details_for(connection, &ids)?;
    Ok(rows
        .into_iter()
        .map(|group| {
            let group_details = details.remove(&group.id).unwrap_or_default();
            (group, group_details)
        })
        .collect())
}

fn filtered(
    filters: &Filters,
    viewer_id: Option<i64>,
    matcher: Option<&search::Matcher>,
) -> BoxedGroups<'static> {
    // Hidden by moderation: in no directory, search or filter. A calendar's carrier is no group.
    let mut query = groups::table
        .filter(groups::hidden.is_null())
        .filter(groups::calendar_peer_id.is_null())
        .into_boxed::<MultiBackend>();
    let public = groups::visibility.eq(Visibility::Public.as_str());
    query = match viewer_id {
        Some(user_id) => query.filter(
            public.or(groups::visibility
                .eq(Visibility::Unlisted.as_str())
                .and(exists(
                    memberships::table
                        .filter(memberships::group_id.eq(groups::id))
                        .filter(memberships::user_id.eq(user_id))
                        .filter(
                            memberships::status.eq(super::model::MemberStatus::Active.as_str()),
                        ),
                ))),
        ),
        None => query.filter(public),
    };
    if let Some(country) = &filters.heritage {
        query = query.filter(groups::heritage_country.eq(country.as_str().to_owned()));
    }
    if filters.verified_only {
        query = query.filter(groups::verified.eq(true));
    }
    if filters.local_only {
        query = query.filter(groups::imported_listing_id.is_null());
    }
    if let Some(country) = &filters.residence {
        query = query.filter(groups::residence_country.eq(country.as_str().to_owned()));
    }
    if let Some(city) = &filters.city {
        query = query.filter(db::lower(groups::city).eq(db::lower(Some(city.clone()))));
    }
    if let Some(language) = &filters.language {
        let tag = language.as_str().to_owned();
        query = query.filter(
            exists(
                group_languages::table
                    .filter(group_languages::group_id.eq(groups::id))
                    .filter(group_languages::language.eq(tag.clone())),
            )
            .or(exists(
                group_translations::table
                    .filter(group_translations::group_id.eq(groups::id))
                    .filter(group_translations::language.eq(tag)),
            )),
        );
    }
    if let Some(topic) = &filters.topic {
        query = query.filter(exists(
            group_topics::table
                .filter(group_topics::group_id.eq(groups::id))
                .filter(group_topics::topic.eq(topic.as_str())),
        ));
    }
    if let Some(matcher) = matcher {
        query = query.filter(matcher.condition::<groups::table>());
    }
    query
}
