//! The database side of matching: each criterion read from its own index, scores ranked, then
//! walked best first in batches until a page of open opportunities the member may see is full
//! (see [`super::matching`] for the score).

use std::collections::HashMap;

use chrono::Utc;
use diesel::prelude::*;

use super::listing::{ListedOpportunity, visible_to};
use super::matching::{
    Candidate, Match, MatchPage, MatchProfile, MatchReason, SkillMatch, score, thousandths,
};
use super::model::{Opportunity, OpportunityStatus, details_for};
use crate::db;
use crate::db::schema::{groups, opportunities, opportunity_languages, opportunity_skills};
use crate::error::AppResult;
use crate::groups::Group;
use crate::paging;
use crate::state::AppState;

/// Opportunities loaded per step of the walk.
const BATCH: usize = 200;

/// The best open opportunities for `profile`, best first, that `viewer_id` may see.
pub async fn matches(
    state: &AppState,
    viewer_id: i64,
    profile: MatchProfile,
    cursor: Option<(i64, i64)>,
    limit: i64,
) -> AppResult<MatchPage> {
    if profile.is_empty() {
        return Ok(MatchPage {
            items: Vec::new(),
            next_cursor: None,
        });
    }
    let now = Utc::now().naive_utc();
    db::run(&state.db, move |connection| {
        let ranked = rank_by_index(connection, &profile)?;
        let ranked: Vec<(i64, i64)> = ranked
            .into_iter()
            .filter(|(key, id)| {
                cursor.is_none_or(|(after_key, after_id)| {
                    *key < after_key || (*key == after_key && *id < after_id)
                })
            })
            .collect();
        let wanted = limit as usize + 1;
        let mut found: Vec<(i64, i64, f64, Vec<MatchReason>)> = Vec::new();
        for batch in ranked.chunks(BATCH) {
            let ids: Vec<i64> = batch.iter().map(|(_, id)| *id).collect();
            let open: HashMap<i64, Candidate> = open_candidates(connection, viewer_id, &ids, now)?
                .into_iter()
                .map(|candidate| (candidate.id, candidate))
                .collect();
            let (skills, spoken) = shared_with(connection, &profile, &ids)?;
            let no_skills = SkillMatch::default();
            for (key, id) in batch {
                let Some(candidate) = open.get(id) else {
                    continue;
                };
                let scored = score(
                    &profile,
                    candidate,
                    skills.get(id).unwrap_or(&no_skills),
                    spoken.get(id).map_or(&[][..], Vec::as_slice),
                );
                if let Some((score, mut reasons)) = scored {
                    reasons.sort_by_key(|reason| reason_order(reason.code));
                    found.push((*key, *id, score, reasons));
                }
            }
            if found.len() >= wanted {
                break;
            }
        }
        let has_more = found.len() > limit as usize;
        found.truncate(limit as usize);
        let next_cursor = has_more
            .then(|| {
                found
                    .last()
                    .map(|(key, id, ..)| paging::encode_cursor(*key, *id))
            })
            .flatten();
        let page_ids: Vec<i64> = found.iter().map(|(_, id, ..)| *id).collect();
        let mut rows: HashMap<i64, (Opportunity, Group)> = opportunities::table
            .inner_join(groups::table)
            .filter(opportunities::id.eq_any(&page_ids))
            .select((Opportunity::as_select(), Group::as_select()))
            .load::<(Opportunity, Group)>(connection)?
            .into_iter()
            .map(|(opportunity, group)| (opportunity.id, (opportunity, group)))
            .collect();
        let mut details = details_for(connection, &page_ids)?;
        let items = found
            .into_iter()
            .filter_map(|(_, id, score, reasons)| {
                let (opportunity, group) = rows.remove(&id)?;
                Some(Match {
                    listed: ListedOpportunity {
                        details: details.remove(&id).unwrap_or_default(),
                        opportunity,
                        group,
                    },
                    score,
                    reasons,
                })
            })
            .collect();
        Ok(MatchPage { items, next_cursor })
    })
    .await
}

/// Every opportunity sharing something with the profile, as `(score in thousandths, id)`, best
/// first, from the indexes alone (closed and private ones included; the walk drops them).
fn rank_by_index(
    connection: &mut crate::db::AnyConnection,
    profile: &MatchProfile,
) -> QueryResult<Vec<(i64, i64)>> {
    let open = OpportunityStatus::Open.as_str();
    let mut points: HashMap<i64, f64> = HashMap::new();
    if !profile.skills.is_empty() {
        let shared: Vec<i64> = opportunity_skills::table
            .filter(opportunity_skills::skill.eq_any(&profile.skills))
            .select(opportunity_skills::opportunity_id)
            .load(connection)?;
        let mut shared_count: HashMap<i64, usize> = HashMap::new();
        for id in shared {
            *shared_count.entry(id).or_default() += 1;
        }
        let matching = diesel::alias!(opportunity_skills as matching);
        let sought: Vec<(i64, i64)> = opportunity_skills::table
            .filter(
                opportunity_skills::opportunity_id.eq_any(
                    matching
                        .filter(
                            matching
                                .field(opportunity_skills::skill)
                                .eq_any(&profile.skills),
                        )
                        .select(matching.field(opportunity_skills::opportunity_id)),
                ),
            )
            .group_by(opportunity_skills::opportunity_id)
            .select((
                opportunity_skills::opportunity_id,
                diesel::dsl::count_star(),
            ))
            .load(connection)?;
        for (id, sought) in sought {
            let shared = shared_count.get(&id).copied().unwrap_or_default();
            let sought = (sought as usize).max(shared);
            if shared > 0 {
                *points.entry(id).or_default() += 0.4 * shared.min(2) as f64 / sought.min(2) as f64;
            }
        }
    }
    if !profile.languages.is_empty() {
        let spoken: Vec<i64> = opportunity_languages::table
            .filter(opportunity_languages::language.eq_any(&profile.languages))
            .select(opportunity_languages::opportunity_id)
            .distinct()
            .load(connection)?;
        for id in spoken {
            *points.entry(id).or_default() += 0.25;
        }
    }
    if let Some(heritage) = &profile.heritage_country {
        let same: Vec<i64> = opportunities::table
            .filter(opportunities::heritage_country.eq(heritage))
            .filter(opportunities::status.eq(open))
            .select(opportunities::id)
            .load(connection)?;
        for id in same {
            *points.entry(id).or_default() += 0.2;
        }
    }
    if let Some(country) = &profile.residence_country {
        let here: Vec<i64> = opportunities::table
            .filter(opportunities::country.eq(country))
            .filter(opportunities::status.eq(open))
            .select(opportunities::id)
            .load(connection)?;
        for id in here {
            *points.entry(id).or_default() += 0.15;
        }
    }
    let mut ranked: Vec<(i64, i64)> = points
        .into_iter()
        .map(|(id, points)| (thousandths(points.min(1.0)), id))
        .collect();
    ranked.sort_by(|a, b| b.cmp(a));
    Ok(ranked)
}

/// The skills and languages one batch shares with the profile (for the reasons).
#[expect(clippy::type_complexity, reason = "two lookups by opportunity id")]
fn shared_with(
    connection: &mut crate::db::AnyConnection,
    profile: &MatchProfile,
    ids: &[i64],
) -> QueryResult<(HashMap<i64, SkillMatch>, HashMap<i64, Vec<String>>)> {
    let mut skills: HashMap<i64, SkillMatch> = HashMap::new();
    let all: Vec<(i64, String)> = opportunity_skills::table
        .filter(opportunity_skills::opportunity_id.eq_any(ids))
        .select((
            opportunity_skills::opportunity_id,
            opportunity_skills::skill,
        ))
        .load(connection)?;
    for (id, skill) in all {
        let entry = skills.entry(id).or_default();
        entry.sought += 1;
        if profile.skills.contains(&skill) {
            entry.shared.push(skill);
        }
    }
    let mut spoken: HashMap<i64, Vec<String>> = HashMap::new();
    let all: Vec<(i64, String)> = opportunity_languages::table
        .filter(opportunity_languages::opportunity_id.eq_any(ids))
        .filter(opportunity_languages::language.eq_any(&profile.languages))
        .select((
            opportunity_languages::opportunity_id,
            opportunity_languages::language,
        ))
        .load(connection)?;
    for (id, language) in all {
        spoken.entry(id).or_default().push(language);
    }
    Ok((skills, spoken))
}

/// Skills first, then languages, heritage, place and remote, whatever order SQL returned.
fn reason_order(code: &str) -> usize {
    [
        "skill",
        "language",
        "heritage",
        "residence_city",
        "residence_country",
        "remote",
    ]
    .iter()
    .position(|known| *known == code)
    .unwrap_or(usize::MAX)
}

/// Which of `ids` are open, unexpired and visible to the viewer, with what scoring needs.
fn open_candidates(
    connection: &mut crate::db::AnyConnection,
    viewer_id: i64,
    ids: &[i64],
    now: chrono::NaiveDateTime,
) -> QueryResult<Vec<Candidate>> {
    opportunities::table
        .inner_join(groups::table)
        .filter(opportunities::id.eq_any(ids))
        .filter(visible_to(Some(viewer_id)))
        .filter(opportunities::status.eq(OpportunityStatus::Open.as_str()))
        .filter(opportunities::expires_at.gt(now))
        .select((
            opportunities::id,
            opportunities::heritage_country,
            opportunities::country,
            opportunities::city,
            opportunities::remote,
        ))
        .load::<Candidate>(connection)
}
