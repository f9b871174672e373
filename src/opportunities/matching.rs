//! Ranking open opportunities for one member by what their profile says: skills, languages,
//! heritage country and residence. Every match carries its reasons so the member sees why.
//!
//! Score (0 to 1): skills up to 0.4 (the share of sought skills the member has, counting at
//! most two), a required language the member speaks 0.25, the same heritage country 0.2, taking
//! place where the member lives 0.15. "Can be done remotely" is said as a reason, for
//! information, but adds nothing.
//!
//! How: each criterion is one index-only query (skills, languages, heritage, residence), so
//! every score is known from ids alone, without reading the opportunities. Scores are sorted,
//! then walked best first, loading a batch at a time only to drop what is closed, expired or
//! private to the member, until a page is full. Paging is keyset on `(score, id)`.

use std::collections::HashMap;

use chrono::Utc;
use diesel::prelude::*;
use serde::Serialize;

use super::listing::{ListedOpportunity, visible_to};
use super::model::{Opportunity, OpportunityStatus, details_for};
use crate::accounts::User;
use crate::db;
use crate::db::schema::{groups, opportunities, opportunity_languages, opportunity_skills};
use crate::domain::Collector;
use crate::error::AppResult;
use crate::groups::Group;
use crate::paging;
use crate::state::AppState;

/// Why an opportunity matched; `value` is a skill, a language tag, a country code or a city.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct MatchReason {
    /// `skill`, `language`, `heritage`, `residence_city`, `residence_country` or `remote`.
    pub code: &'static str,
    pub value: String,
}

/// What the member's profile offers for matching.
#[derive(Debug, Clone, Default)]
pub struct MatchProfile {
    pub skills: Vec<String>,
    pub languages: Vec<String>,
    pub heritage_country: Option<String>,
    pub residence_country: Option<String>,
    pub residence_city: Option<String>,
}

impl MatchProfile {
    /// The profile of a member.
    pub fn of(user: &User) -> Self {
        Self {
            skills: user.skill_list(),
            languages: user.language_list(),
            heritage_country: user.heritage_country.clone(),
            residence_country: user.residence_country.clone(),
            residence_city: user.residence_city.clone(),
        }
    }

    /// Whether there is anything to match on.
    pub fn is_empty(&self) -> bool {
        self.skills.is_empty()
            && self.languages.is_empty()
            && self.heritage_country.is_none()
            && self.residence_country.is_none()
    }
}

/// What scoring needs of one open opportunity.
#[derive(Debug, Clone, Default, Queryable)]
pub struct Candidate {
    pub id: i64,
    pub heritage_country: Option<String>,
    pub country: Option<String>,
    pub city: Option<String>,
    pub remote: bool,
}

/// The profile's skills an opportunity seeks, and how many skills it seeks in all.
#[derive(Debug, Clone, Default)]
pub struct SkillMatch {
    pub shared: Vec<String>,
    pub sought: usize,
}

/// Scores one opportunity for `profile`, given the skills it shares with the profile and the
/// profile's languages it requires. `None` when nothing matches.
pub fn score(
    profile: &MatchProfile,
    opportunity: &Candidate,
    skills: &SkillMatch,
    spoken: &[String],
) -> Option<(f64, Vec<MatchReason>)> {
    let reason = |code, value: &str| MatchReason {
        code,
        value: value.to_owned(),
    };
    let mut total = 0.0;
    let mut reasons = Vec::new();
    if !skills.shared.is_empty() {
        let sought = skills.sought.max(skills.shared.len());
        total += 0.4 * skills.shared.len().min(2) as f64 / sought.min(2) as f64;
        reasons.extend(skills.shared.iter().map(|skill| reason("skill", skill)));
    }
    if !spoken.is_empty() {
        total += 0.25;
        reasons.extend(spoken.iter().map(|language| reason("language", language)));
    }
    if let Some(heritage) = &opportunity.heritage_country
        && profile.heritage_country.as_ref() == Some(heritage)
    {
        total += 0.2;
        reasons.push(reason("heritage", heritage));
    }
    if let Some(country) = &opportunity.country
        && profile.residence_country.as_ref() == Some(country)
    {
        total += 0.15;
        match (&opportunity.city, &profile.residence_city) {
            (Some(city), Some(mine)) if city.to_lowercase() == mine.to_lowercase() => {
                reasons.push(reason("residence_city", city));
            }
            _ => reasons.push(reason("residence_country", country)),
        }
    }
    if reasons.is_empty() {
        return None;
    }
    if opportunity.remote {
        reasons.push(reason("remote", ""));
    }
    Some((total.min(1.0), reasons))
}

/// One ranked opportunity.
#[derive(Debug, Clone)]
pub struct Match {
    pub listed: ListedOpportunity,
    /// 0 to 1.
    pub score: f64,
    pub reasons: Vec<MatchReason>,
}

/// One page of matches.
#[derive(Debug, Clone)]
pub struct MatchPage {
    pub items: Vec<Match>,
    pub next_cursor: Option<String>,
}

/// Reads a page request: the cursor (`(score in thousandths, id)`) and the size.
pub fn parse_page(
    cursor: Option<&str>,
    limit: Option<i64>,
) -> Result<(Option<(i64, i64)>, i64), crate::error::AppError> {
    let mut collector = Collector::default();
    let cursor = cursor
        .map(str::trim)
        .filter(|text| !text.is_empty())
        .and_then(|text| collector.take("cursor", paging::decode_cursor(text)));
    let limit = paging::limit(&mut collector, limit);
    collector.finish(|| (cursor, limit))
}

fn thousandths(score: f64) -> i64 {
    (score * 1000.0).round() as i64
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn opportunity(
        heritage: &str,
        country: Option<&str>,
        city: Option<&str>,
        remote: bool,
    ) -> Candidate {
        Candidate {
            id: 1,
            heritage_country: Some(heritage.into()),
            country: country.map(str::to_owned),
            city: city.map(str::to_owned),
            remote,
        }
    }

    fn skills(shared: &[&str], sought: usize) -> SkillMatch {
        SkillMatch {
            shared: shared.iter().map(|s| s.to_string()).collect(),
            sought,
        }
    }

    fn awa() -> MatchProfile {
        MatchProfile {
            skills: vec!["accounting".into(), "teaching".into()],
            languages: vec!["fr".into(), "wo".into()],
            heritage_country: Some("SN".into()),
            residence_country: Some("FR".into()),
            residence_city: Some("Lyon".into()),
        }
    }

    #[test]
    fn every_criterion_counts_and_says_why() {
        let strings = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let (best, reasons) = score(
            &awa(),
            &opportunity("SN", Some("FR"), Some("lyon"), true),
            &skills(&["accounting"], 1),
            &strings(&["wo"]),
        )
        .unwrap();
        assert!((best - 1.0).abs() < 1e-9, "{best}");
        let codes: Vec<_> = reasons.iter().map(|r| (r.code, r.value.as_str())).collect();
        assert_eq!(
            codes,
            [
                ("skill", "accounting"),
                ("language", "wo"),
                ("heritage", "SN"),
                ("residence_city", "lyon"),
                ("remote", "")
            ]
        );
        // One of three sought skills, nothing else.
        let (partial, _) = score(
            &awa(),
            &opportunity("ML", None, None, false),
            &skills(&["accounting"], 3),
            &[],
        )
        .unwrap();
        assert!((partial - 0.2).abs() < 1e-9, "{partial}");
        // Remote alone is no reason.
        assert!(
            score(
                &awa(),
                &opportunity("ML", None, None, true),
                &SkillMatch::default(),
                &[]
            )
            .is_none()
        );
    }
}
