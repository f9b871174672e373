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

use diesel::prelude::*;
use serde::Serialize;

use super::listing::ListedOpportunity;
use crate::accounts::User;
use crate::domain::Collector;
use crate::paging;

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

pub(super) fn thousandths(score: f64) -> i64 {
    (score * 1000.0).round() as i64
}

pub use super::match_query::matches;

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
