//! Finding opportunities: open and unexpired by default (expiry is a filter on the clock, so it
//! takes effect without any job), newest first, filtered by kind, heritage country, country,
//! remote, skill, language, group and free text, with keyset paging by id. Opportunities of
//! private and unlisted groups appear only to members.

use chrono::Utc;
use diesel::dsl::exists;
use diesel::prelude::*;
use serde::Deserialize;

use super::model::{Opportunity, OpportunityDetails, OpportunityKind, OpportunityStatus};
use crate::db::schema::{
    groups, memberships, opportunities, opportunity_languages, opportunity_skills,
    opportunity_translations,
};
use crate::db::search::{self, SearchIndex};
use crate::db::{self, MultiBackend};
use crate::domain::{Collector, CountryCode, Invalid, LanguageTag, ListingOrigin, Skill};
use crate::error::{AppError, AppResult};
use crate::groups::{Group, MemberStatus, Visibility};
use crate::paging::{self, present};
use crate::state::AppState;

/// Opportunity filters as they arrive in a query string.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, utoipa::IntoParams)]
pub struct OpportunityQuery {
    /// Free text over every translation's title and description, and the skills.
    pub q: Option<String>,
    /// volunteering, mentoring, skills_transfer, investment, grant, job, training, consultation.
    pub kind: Option<String>,
    /// The country the contribution is for.
    pub heritage: Option<String>,
    /// Where it takes place.
    pub country: Option<String>,
    /// `true`: remote ones only; `false`: on-site ones only.
    pub remote: Option<String>,
    /// A skill sought.
    pub skill: Option<String>,
    /// A language it requires or is written in.
    pub language: Option<String>,
    /// A group's slug.
    pub group: Option<String>,
    /// `open` (default: open and unexpired) or `all` (closed, filled and expired too).
    pub status: Option<String>,
    /// `all` (default): ours and opportunities imported from partner hubs; `local`: ours only.
    #[param(inline, value_type = Option<crate::domain::ListingOrigin>)]
    pub origin: Option<String>,
    pub cursor: Option<String>,
    /// Page size, 1 to 100.
    pub limit: Option<i64>,
}

/// Parsed filters.
#[derive(Debug, Clone)]
pub struct OpportunityFilters {
    pub terms: Vec<String>,
    pub kind: Option<OpportunityKind>,
    pub heritage: Option<CountryCode>,
    pub country: Option<CountryCode>,
    pub remote: Option<bool>,
    pub skill: Option<Skill>,
    pub language: Option<LanguageTag>,
    pub group: Option<String>,
    /// Only open, unexpired ones.
    pub open_only: bool,
    pub cursor: Option<i64>,
    pub limit: i64,
    /// Only groups this member belongs to (her home page); never set from a query.
    pub member_of: Option<i64>,
    /// Ours only (`?origin=local`), leaving out opportunities imported from partner hubs.
    pub local_only: bool,
}

impl Default for OpportunityFilters {
    fn default() -> Self {
        OpportunityQuery::default()
            .parse()
            .expect("no filter is always valid")
    }
}

fn yes_or_no(text: &str) -> Result<bool, Invalid> {
    match text {
        "true" | "1" | "on" | "yes" => Ok(true),
        "false" | "0" | "off" | "no" => Ok(false),
        _ => Err(Invalid::new("invalid_choice")),
    }
}

impl OpportunityQuery {
    /// Parses the filters; bad values are field errors.
    pub fn parse(&self) -> Result<OpportunityFilters, AppError> {
        let mut collector = Collector::default();
        let open_only = match present(&self.status).as_deref() {
            None | Some("open") => true,
            Some("all") => false,
            Some(_) => {
                collector.reject("status", Invalid::new("invalid_choice"));
                true
            }
        };
        let filters = OpportunityFilters {
            terms: self.q.as_deref().map(search::terms).unwrap_or_default(),
            kind: present(&self.kind)
                .and_then(|kind| collector.take("kind", OpportunityKind::parse(&kind))),
            heritage: present(&self.heritage)
                .and_then(|code| collector.take("heritage", CountryCode::parse(&code))),
            country: present(&self.country)
                .and_then(|code| collector.take("country", CountryCode::parse(&code))),
            remote: present(&self.remote)
                .and_then(|text| collector.take("remote", yes_or_no(&text))),
            // A skill of separators only (`-`, `_`) names nothing: no filter, like a blank one.
            skill: present(&self.skill).and_then(|skill| match Skill::parse(&skill) {
                Err(invalid) if invalid.code == "required" => None,
                parsed => collector.take("skill", parsed),
            }),
            language: present(&self.language)
                .and_then(|tag| collector.take("language", LanguageTag::parse(&tag))),
            group: present(&self.group),
            local_only: present(&self.origin)
                .and_then(|origin| collector.take("origin", ListingOrigin::parse(&origin)))
                .is_some_and(|origin| origin == ListingOrigin::Local),
            open_only,
            cursor: present(&self.cursor).and_then(|cursor| {
                collector.take("cursor", paging::decode_cursor(&cursor).map(|(_, id)| id))
            }),
            limit: paging::limit(&mut collector, self.limit),
            member_of: None,
        };
        collector.finish(|| filters)
    }
}

/// One listed opportunity.
#[derive(Debug, Clone)]
pub struct ListedOpportunity {
    pub opportunity: Opportunity,
    pub details: OpportunityDetails,
    pub group: Group,
}

/// One page of opportunities.
#[derive(Debug, Clone)]
pub struct OpportunityPage {
    pub items: Vec<ListedOpportunity>,
    pub next_cursor: Option<String>,
}

/// Opportunities matching `filters` that `viewer_id` may see, newest first.
pub async fn search(
    state: &AppState,
    viewer_id: Option<i64>,
    filters: OpportunityFilters,
) -> AppResult<OpportunityPage> {
    let now = Utc::now().naive_utc();
    db::read(&state.db, move |connection| {
        let matcher =
            search::Matcher::prepare(connection, SearchIndex::Opportunities, &filters.terms)?;
        let mut query = opportunities::table
            .inner_join(groups::table)
            .into_boxed::<MultiBackend>();
        query = query.filter(visible_to(viewer_id));
        if filters.open_only {
            query = query
                .filter(opportunities::status.eq(OpportunityStatus::Open.as_str()))
                .filter(opportunities::expires_at.gt(now));
        }
        if let Some(slug) = &filters.group {
            let group_id: Option<i64> = groups::table
                .filter(groups::slug.eq(slug))
                .select(groups::id)
                .first(connection)
                .optional()?;
            query = query.filter(opportunities::group_id.eq(group_id.unwrap_or(-1)));
        }
        if let Some(member_id) = filters.member_of {
            query = query.filter(
                opportunities::group_id.eq_any(
                    memberships::table
                        .filter(memberships::user_id.eq(member_id))
                        .filter(memberships::status.eq(MemberStatus::Active.as_str()))
                        .select(memberships::group_id),
                ),
            );
        }
        if filters.local_only {
            query = query.filter(opportunities::imported_listing_id.is_null());
        }
        if let Some(kind) = filters.kind {
            query = query.filter(opportunities::kind.eq(kind.as_str()));
        }
        if let Some(country) = &filters.heritage {
            query = query.filter(opportunities::heritage_country.eq(country.as_str().to_owned()));
        }
        if let Some(country) = &filters.country {
            query = query.filter(opportunities::country.eq(country.as_str().to_owned()));
        }
        if let Some(remote) = filters.remote {
            query = query.filter(opportunities::remote.eq(remote));
        }
        if let Some(skill) = &filters.skill {
            query = query.filter(exists(
                opportunity_skills::table
                    .filter(opportunity_skills::opportunity_id.eq(opportunities::id))
                    .filter(opportunity_skills::skill.eq(skill.as_str().to_owned())),
            ));
        }
        if let Some(language) = &filters.language {
            let tag = language.as_str().to_owned();
            query = query.filter(
                exists(
                    opportunity_languages::table
                        .filter(opportunity_languages::opportunity_id.eq(opportunities::id))
                        .filter(opportunity_languages::language.eq(tag.clone())),
                )
                .or(exists(
                    opportunity_translations::table
                        .filter(opportunity_translations::opportunity_id.eq(opportunities::id))
                        .filter(opportunity_translations::language.eq(tag)),
                )),
            );
        }
        if let Some(matcher) = &matcher {
            query = query.filter(matcher.condition());
        }
        if let Some(id) = filters.cursor {
            query = query.filter(opportunities::id.lt(id));
        }
        let rows: Vec<(Opportunity, Group)> = db::built_once(
            connection,
            query
                .order(opportunities::id.desc())
                .limit(filters.limit + 1)
                .select((Opportunity::as_select(), Group::as_select())),
        )
        .load(connection)?;
        let has_more = rows.len() as i64 > filters.limit;
        let rows: Vec<_> = rows.into_iter().take(filters.limit as usize).collect();
        let next_cursor = has_more
            .then(|| {
                rows.last()
                    .map(|(opportunity, _)| paging::encode_cursor(0, opportunity.id))
            })
            .flatten();
        let ids: Vec<i64> = rows.iter().map(|(opportunity, _)| opportunity.id).collect();
        let mut details = super::model::details_for(connection, &ids)?;
        let items = rows
            .into_iter()
            .map(|(opportunity, group)| ListedOpportunity {
                details: details.remove(&opportunity.id).unwrap_or_default(),
                opportunity,
                group,
            })
            .collect();
        Ok(OpportunityPage { items, next_cursor })
    })
    .await
}

/// A condition on opportunities joined with their groups.
pub(crate) type JoinedCondition = Box<
    dyn BoxableExpression<
            diesel::helper_types::InnerJoinQuerySource<opportunities::table, groups::table>,
            MultiBackend,
            SqlType = diesel::sql_types::Bool,
        >,
>;

/// Groups whose listings `viewer_id` may see: public ones, and ones they are an active member of.
/// Listings hidden by moderation (on their own or with their group) are in no list.
pub(crate) fn visible_to(viewer_id: Option<i64>) -> JoinedCondition {
    let public = groups::visibility.eq(Visibility::Public.as_str());
    let shown = opportunities::hidden
        .is_null()
        .and(groups::hidden.is_null());
    match viewer_id {
        Some(user_id) => Box::new(
            shown.and(
                public.or(exists(
                    memberships::table
                        .filter(memberships::group_id.eq(groups::id))
                        .filter(memberships::user_id.eq(user_id))
                        .filter(memberships::status.eq(MemberStatus::Active.as_str())),
                )),
            ),
        ),
        None => Box::new(shown.and(public)),
    }
}
