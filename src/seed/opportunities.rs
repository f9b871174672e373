//! Demo and synthetic opportunities: each demo group gets one or two from the multilingual
//! templates in `assets/data/demo-opportunities.json` (every kind appears); `seed
//! --opportunities N` adds N synthetic ones for benchmarks.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{
    HOST_SIZE, anyhow_error, host_group, refresh_statistics_when_due, synthetic_organizer,
};
use crate::auth::session::Identity;
use crate::groups::service::LoadedGroup;
use crate::opportunities::input::{OpportunityInput, OpportunityTextInput};
use crate::opportunities::service;
use crate::seed::SeedReport;
use crate::state::AppState;

/// The templates, with texts in seven languages.
const DEMO_OPPORTUNITIES: &str = include_str!("../../assets/data/demo-opportunities.json");

/// One demo opportunity template.
#[derive(Debug, Deserialize)]
struct Template {
    kind: String,
    /// `residence`, `heritage` or `none` (remote only).
    place: String,
    remote: bool,
    skills: Vec<String>,
    languages: Vec<String>,
    days_open: u64,
    accepts_interest: bool,
    apply_url: Option<String>,
    commitment: BTreeMap<String, String>,
    compensation: Option<BTreeMap<String, String>>,
    texts: BTreeMap<String, OpportunityTextInput>,
}

/// Creates one or two opportunities in a demo group, in the group's languages.
pub(super) async fn demo(
    state: &AppState,
    organizer: &Identity,
    group: &LoadedGroup,
    offset: usize,
) -> anyhow::Result<usize> {
    let templates: Vec<Template> = serde_json::from_str(DEMO_OPPORTUNITIES)?;
    let mut picks = vec![offset % templates.len()];
    if offset.is_multiple_of(2) {
        picks.push((offset + 5) % templates.len());
    }
    let languages: Vec<String> = group
        .details
        .translations
        .iter()
        .map(|t| t.language.clone())
        .collect();
    let today = chrono::Utc::now().date_naive();
    for index in &picks {
        let template = &templates[*index];
        let mut texts: BTreeMap<String, OpportunityTextInput> = template
            .texts
            .iter()
            .filter(|(language, _)| languages.contains(language))
            .map(|(language, text)| (language.clone(), text.clone()))
            .collect();
        if texts.is_empty() {
            texts.insert(
                "en".into(),
                template.texts.get("en").cloned().unwrap_or_default(),
            );
        }
        let primary = if texts.contains_key(&group.group.primary_language) {
            group.group.primary_language.clone()
        } else {
            texts.keys().next().cloned().unwrap_or_default()
        };
        let in_primary = |by_language: &BTreeMap<String, String>| {
            by_language
                .get(&primary)
                .or_else(|| by_language.get("en"))
                .cloned()
        };
        let (country, city) = match template.place.as_str() {
            "residence" => (
                group.group.residence_country.clone(),
                group.group.city.clone(),
            ),
            "heritage" => (group.group.heritage_country.clone(), None),
            _ => (None, None),
        };
        let input = OpportunityInput {
            kind: Some(template.kind.clone()),
            translations: Some(texts),
            remote: Some(template.remote || country.is_none()),
            country,
            city,
            skills: Some(template.skills.clone()),
            languages: Some(template.languages.clone()),
            commitment: in_primary(&template.commitment),
            compensation: template.compensation.as_ref().and_then(in_primary),
            accepts_interest: Some(template.accepts_interest),
            apply_url: template.apply_url.clone(),
            expires_at: Some((today + chrono::Days::new(template.days_open)).to_string()),
            primary_language: Some(primary),
            ..OpportunityInput::default()
        };
        let fields = input
            .with_default_timezone(&organizer.user.timezone)
            .parse()
            .map_err(anyhow_error)?;
        service::create(state, organizer, &group.group.slug, fields)
            .await
            .map_err(anyhow_error)?;
    }
    Ok(picks.len())
}

/// Loads `count` synthetic opportunities (one in ten closed), in host groups of a thousand,
/// for benchmarks.
pub async fn synthetic_opportunities(
    state: &AppState,
    count: usize,
    mut progress: impl FnMut(usize, usize),
) -> anyhow::Result<SeedReport> {
    const HERITAGE: [&str; 12] = [
        "SN", "MA", "PH", "IN", "NG", "MX", "VN", "LB", "SY", "BR", "HT", "CN",
    ];
    const PLACES: [(Option<&str>, Option<&str>); 6] = [
        (Some("FR"), Some("Lyon")),
        (Some("CA"), Some("Toronto")),
        (Some("DE"), Some("Berlin")),
        (Some("SN"), Some("Dakar")),
        (Some("PH"), None),
        (None, None),
    ];
    const SKILLS: [&str; 16] = [
        "accounting",
        "teaching",
        "nursing",
        "web development",
        "project management",
        "interpreting",
        "law",
        "marketing",
        "solar energy",
        "agronomy",
        "fundraising",
        "data analysis",
        "carpentry",
        "cooking",
        "photography",
        "mentoring",
    ];
    const LANGUAGES: [&str; 7] = ["fr", "en", "ar", "es", "pt", "wo", "zh"];
    let kinds = crate::opportunities::OpportunityKind::ALL;
    let organizer = synthetic_organizer(state).await?;
    let run = uuid::Uuid::new_v4().simple().to_string();
    let mut report = SeedReport::default();
    let mut host = String::new();
    let today = chrono::Utc::now().date_naive();
    for index in 0..count {
        if index % HOST_SIZE == 0 {
            host = host_group(state, &organizer, "opportunities", &run, index / HOST_SIZE).await?;
            report.groups += 1;
        }
        let kind = kinds[index % kinds.len()].as_str();
        let (country, city) = PLACES[index % PLACES.len()];
        let heritage = HERITAGE[(index / 3) % HERITAGE.len()];
        let body = serde_json::json!({
            "kind": kind, "primary_language": "en",
            "translations": {"en": {"title": format!("Synthetic {kind} {index}"), "description": format!("Benchmark opportunity {index} for the {heritage} diaspora.")},
                             "fr": {"title": format!("Opportunité synthétique {index}"), "description": "Une opportunité de test."}},
            "heritage_country": heritage, "country": country, "city": city,
            "remote": country.is_none() || index % 4 == 0,
            "skills": [SKILLS[index % SKILLS.len()], SKILLS[(index * 7 + 3) % SKILLS.len()]],
            "languages": [LANGUAGES[index % LANGUAGES.len()]],
            "expires_at": (today + chrono::Days::new(10 + (index * 13 % 350) as u64)).to_string(),
            "status": if index % 10 == 9 { "closed" } else { "open" }
        });
        let input: OpportunityInput = serde_json::from_value(body)?;
        service::create(
            state,
            &organizer,
            &host,
            input
                .with_default_timezone(&organizer.user.timezone)
                .parse()
                .map_err(anyhow_error)?,
        )
        .await
        .map_err(anyhow_error)?;
        report.opportunities += 1;
        refresh_statistics_when_due(state, index + 1).await?;
        progress(index + 1, count);
    }
    Ok(report)
}
