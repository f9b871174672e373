//! Ranking open opportunities for one member by what their profile says: skills, languages,
//! heritage country and residence. Every match carries its reasons so the member sees why.
//!
//! Score (0 to 1): skills up to 0.4 (the share of sought skills the member has, counting at
//! most two), a required language the member speaks 0.25, the same heritage country 0.2, taking
//! place where the member lives 0.15; remote adds 0.05 to an opportunity that already matched.
//! Candidates come from SQL (any skill, language, heritage or residence in common); scoring and
//! ordering happen here, so paging is keyset on `(score, id)`.

use std::collections::HashMap;

use chrono::Utc;
use diesel::dsl::exists;
use diesel::prelude::*;
use serde::Serialize;

use super::listing::{ListedOpportunity, visible_to};
use super::model::{Opportunity, OpportunityStatus, details_for};
use crate::accounts::User;
use crate::db::schema::{groups, opportunities, opportunity_languages, opportunity_skills};
use crate::db::{self, MultiBackend};
use crate::domain::Collector;
use crate::error::AppResult;
use crate::groups::Group;
use crate::paging;
use crate::state::AppState;

/// Ids looked up per query when loading candidates' skills and languages.
const CHUNK: usize = 1_000;

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

/// Scores one opportunity (with the skills it seeks and languages it requires) for `profile`.
/// `None` when nothing matches.
pub fn score(
    profile: &MatchProfile,
    opportunity: &Opportunity,
    skills: &[String],
    languages: &[String],
) -> Option<(f64, Vec<MatchReason>)> {
    let reason = |code, value: &str| MatchReason {
        code,
        value: value.to_owned(),
    };
    let mut total = 0.0;
    let mut reasons = Vec::new();
    let shared_skills: Vec<&String> = skills
        .iter()
        .filter(|skill| profile.skills.contains(skill))
        .collect();
    if !shared_skills.is_empty() {
        total += 0.4 * shared_skills.len().min(2) as f64 / skills.len().min(2) as f64;
        reasons.extend(shared_skills.iter().map(|skill| reason("skill", skill)));
    }
    let spoken: Vec<&String> = languages
        .iter()
        .filter(|language| {
            profile
                .languages
                .iter()
                .any(|mine| mine.eq_ignore_ascii_case(language))
        })
        .collect();
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
        total += 0.05;
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
        let mut query = opportunities::table
            .inner_join(groups::table)
            .filter(visible_to(Some(viewer_id)))
            .filter(opportunities::status.eq(OpportunityStatus::Open.as_str()))
            .filter(opportunities::expires_at.gt(now))
            .into_boxed::<MultiBackend>();
        let mut any: super::listing::JoinedCondition =
            Box::new(diesel::dsl::sql::<diesel::sql_types::Bool>("1 = 0"));
        if !profile.skills.is_empty() {
            any = Box::new(
                any.or(exists(
                    opportunity_skills::table
                        .filter(opportunity_skills::opportunity_id.eq(opportunities::id))
                        .filter(opportunity_skills::skill.eq_any(profile.skills.clone())),
                )),
            );
        }
        if !profile.languages.is_empty() {
            any = Box::new(
                any.or(exists(
                    opportunity_languages::table
                        .filter(opportunity_languages::opportunity_id.eq(opportunities::id))
                        .filter(opportunity_languages::language.eq_any(profile.languages.clone())),
                )),
            );
        }
        if let Some(heritage) = profile.heritage_country.clone() {
            any = Box::new(
                any.or(opportunities::heritage_country
                    .eq(heritage)
                    .assume_not_null()),
            );
        }
        if let Some(country) = profile.residence_country.clone() {
            any = Box::new(any.or(opportunities::country.eq(country).assume_not_null()));
        }
        query = query.filter(any);
        let candidates: Vec<(Opportunity, Group)> = query
            .select((Opportunity::as_select(), Group::as_select()))
            .load(connection)?;
        let ids: Vec<i64> = candidates.iter().map(|(o, _)| o.id).collect();
        let mut skills: HashMap<i64, Vec<String>> = HashMap::new();
        let mut languages: HashMap<i64, Vec<String>> = HashMap::new();
        for chunk in ids.chunks(CHUNK) {
            let rows: Vec<(i64, String)> = opportunity_skills::table
                .filter(opportunity_skills::opportunity_id.eq_any(chunk))
                .select((
                    opportunity_skills::opportunity_id,
                    opportunity_skills::skill,
                ))
                .load(connection)?;
            for (id, skill) in rows {
                skills.entry(id).or_default().push(skill);
            }
            let rows: Vec<(i64, String)> = opportunity_languages::table
                .filter(opportunity_languages::opportunity_id.eq_any(chunk))
                .select((
                    opportunity_languages::opportunity_id,
                    opportunity_languages::language,
                ))
                .load(connection)?;
            for (id, language) in rows {
                languages.entry(id).or_default().push(language);
            }
        }
        let mut scored: Vec<(i64, Opportunity, Group, f64, Vec<MatchReason>)> = candidates
            .into_iter()
            .filter_map(|(opportunity, group)| {
                let (score, reasons) = score(
                    &profile,
                    &opportunity,
                    skills.get(&opportunity.id).map_or(&[][..], Vec::as_slice),
                    languages
                        .get(&opportunity.id)
                        .map_or(&[][..], Vec::as_slice),
                )?;
                Some((thousandths(score), opportunity, group, score, reasons))
            })
            .filter(|(key, opportunity, ..)| {
                cursor.is_none_or(|(after_key, after_id)| {
                    *key < after_key || (*key == after_key && opportunity.id < after_id)
                })
            })
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.id.cmp(&a.1.id)));
        let has_more = scored.len() as i64 > limit;
        scored.truncate(limit as usize);
        let next_cursor = has_more
            .then(|| {
                scored
                    .last()
                    .map(|(key, opportunity, ..)| paging::encode_cursor(*key, opportunity.id))
            })
            .flatten();
        let page_ids: Vec<i64> = scored.iter().map(|(_, o, ..)| o.id).collect();
        let mut details = details_for(connection, &page_ids)?;
        let items = scored
            .into_iter()
            .map(|(_, opportunity, group, score, reasons)| Match {
                listed: ListedOpportunity {
                    details: details.remove(&opportunity.id).unwrap_or_default(),
                    opportunity,
                    group,
                },
                score,
                reasons,
            })
            .collect();
        Ok(MatchPage { items, next_cursor })
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opportunity(
        heritage: &str,
        country: Option<&str>,
        city: Option<&str>,
        remote: bool,
    ) -> Opportunity {
        let now = Utc::now().naive_utc();
        Opportunity {
            id: 1,
            uuid: String::new(),
            group_id: 1,
            kind: "mentoring".into(),
            primary_language: "fr".into(),
            heritage_country: Some(heritage.into()),
            country: country.map(str::to_owned),
            city: city.map(str::to_owned),
            remote,
            commitment: None,
            compensation: None,
            accepts_interest: true,
            apply_url: None,
            expires_at: now,
            status: "open".into(),
            version: 1,
            created_at: now,
            updated_at: now,
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
            &strings(&["accounting"]),
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
            &strings(&["accounting", "law", "health"]),
            &[],
        )
        .unwrap();
        assert!((partial - 0.2).abs() < 1e-9, "{partial}");
        // Remote alone is no reason.
        assert!(score(&awa(), &opportunity("ML", None, None, true), &[], &[]).is_none());
    }
}
