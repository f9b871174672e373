//! Demo and synthetic events: each demo group gets two events from the multilingual templates
//! in `assets/data/demo-events.json`, in the group's zone and languages; `seed --events N` adds
//! N synthetic ones for benchmarks.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use super::{
    HOST_SIZE, SeedReport, anyhow_error, host_group, refresh_statistics_when_due,
    synthetic_organizer,
};
use crate::auth::session::Identity;
use crate::events::input::{EventInput, EventTextInput, VenueInput};
use crate::state::AppState;

/// Event templates in seven languages; each demo group gets two of them.
const DEMO_EVENTS: &str = include_str!("../../assets/data/demo-events.json");

/// One demo event template.
#[derive(Debug, Deserialize)]
struct EventTemplate {
    recurrence: Option<String>,
    attendance_mode: String,
    hour: u32,
    minutes: i64,
    capacity: Option<i64>,
    texts: BTreeMap<String, EventTextInput>,
}

/// A plausible IANA zone for a country where demo groups live.
fn zone_for(country: Option<&str>) -> &'static str {
    match country.unwrap_or_default() {
        "FR" => "Europe/Paris",
        "CA" => "America/Toronto",
        "US" => "America/New_York",
        "DE" => "Europe/Berlin",
        "GB" => "Europe/London",
        "ES" => "Europe/Madrid",
        "AE" => "Asia/Dubai",
        "BE" => "Europe/Brussels",
        "IT" => "Europe/Rome",
        "JP" => "Asia/Tokyo",
        "AU" => "Australia/Sydney",
        "PL" => "Europe/Warsaw",
        "PT" => "Europe/Lisbon",
        "CO" => "America/Bogota",
        "CZ" => "Europe/Prague",
        "NL" => "Europe/Amsterdam",
        "SE" => "Europe/Stockholm",
        "BR" => "America/Sao_Paulo",
        "SN" => "Africa/Dakar",
        _ => "UTC",
    }
}

/// The first date on or after `from` that a template's rule can start on.
fn first_date(template: &EventTemplate, from: NaiveDate) -> NaiveDate {
    let second_tuesday = template
        .recurrence
        .as_deref()
        .is_some_and(|rule| rule.contains("2TU"));
    if !second_tuesday {
        return from;
    }
    (0..62)
        .map(|days| from + chrono::Duration::days(days))
        .find(|date| date.weekday() == chrono::Weekday::Tue && (8..=14).contains(&date.day()))
        .unwrap_or(from)
}

/// Creates events from templates `indexes` in `group`, starting a week or more from today.
pub(super) async fn demo(
    state: &AppState,
    organizer: &Identity,
    group: &crate::groups::service::LoadedGroup,
    offset: usize,
) -> anyhow::Result<usize> {
    let templates: Vec<EventTemplate> = serde_json::from_str(DEMO_EVENTS)?;
    let languages: Vec<String> = group
        .details
        .translations
        .iter()
        .map(|t| t.language.clone())
        .collect();
    let mut created = 0;
    for (number, index) in [offset % templates.len(), (offset + 3) % templates.len()]
        .into_iter()
        .enumerate()
    {
        let template = &templates[index];
        let mut texts: BTreeMap<String, EventTextInput> = template
            .texts
            .iter()
            .filter(|(language, _)| languages.contains(language))
            .map(|(l, t)| (l.clone(), t.clone()))
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
        let day = first_date(
            template,
            chrono::Utc::now().date_naive()
                + chrono::Duration::days(7 + (offset as i64 * 3 + number as i64 * 11) % 40),
        );
        let start = day.and_hms_opt(template.hour, 0, 0).unwrap_or_default();
        let online = template.attendance_mode != "in_person";
        let input = EventInput {
            primary_language: Some(primary),
            translations: Some(texts),
            starts_at: Some(start.format("%Y-%m-%dT%H:%M").to_string()),
            ends_at: Some(
                (start + chrono::Duration::minutes(template.minutes))
                    .format("%Y-%m-%dT%H:%M")
                    .to_string(),
            ),
            timezone: Some(zone_for(group.group.residence_country.as_deref()).to_owned()),
            recurrence: template.recurrence.clone(),
            attendance_mode: Some(template.attendance_mode.clone()),
            venue: Some(VenueInput {
                name: None,
                address: None,
                city: group.group.city.clone(),
                country: group.group.residence_country.clone(),
            }),
            online_url: online
                .then(|| format!("https://meet.example.org/{}-{number}", group.group.slug)),
            capacity: template.capacity,
            ..EventInput::default()
        };
        let fields = input.parse().map_err(anyhow_error)?;
        crate::events::service::create(state, organizer, &group.group.slug, fields)
            .await
            .map_err(anyhow_error)?;
        created += 1;
    }
    Ok(created)
}

/// Loads `count` synthetic events over the next year, in groups of a thousand, for benchmarks.
pub async fn synthetic_events(
    state: &AppState,
    count: usize,
    mut progress: impl FnMut(usize, usize),
) -> anyhow::Result<SeedReport> {
    const PLACES: [(&str, &str, &str); 6] = [
        ("FR", "Lyon", "Europe/Paris"),
        ("CA", "Toronto", "America/Toronto"),
        ("DE", "Berlin", "Europe/Berlin"),
        ("GB", "London", "Europe/London"),
        ("AE", "Dubai", "Asia/Dubai"),
        ("SN", "Dakar", "Africa/Dakar"),
    ];
    const MODES: [&str; 3] = ["in_person", "online", "hybrid"];
    let organizer = synthetic_organizer(state).await?;
    let run = uuid::Uuid::new_v4().simple().to_string();
    let mut report = SeedReport::default();
    let mut host = String::new();
    let today = chrono::Utc::now().date_naive();
    for index in 0..count {
        if index % HOST_SIZE == 0 {
            host = host_group(state, &organizer, "events", &run, index / HOST_SIZE).await?;
            report.groups += 1;
        }
        let (country, city, zone) = PLACES[index % PLACES.len()];
        let start = (today + chrono::Duration::days((index * 7 % 365) as i64 + 1))
            .and_hms_opt(9 + (index % 10) as u32, 0, 0)
            .unwrap_or_default();
        let body = serde_json::json!({
            "primary_language": "en",
            "translations": {"en": {"title": format!("Synthetic event {index} in {city}"), "description": "A benchmark event."},
                             "fr": {"title": format!("Événement synthétique {index} à {city}"), "description": "Un événement de test."}},
            "starts_at": start.format("%Y-%m-%dT%H:%M").to_string(), "timezone": zone,
            "recurrence": if index % 10 == 0 { Some("FREQ=WEEKLY;COUNT=4") } else { None },
            "attendance_mode": MODES[index % MODES.len()],
            "venue": {"city": city, "country": country}, "capacity": 50
        });
        let input: EventInput = serde_json::from_value(body)?;
        crate::events::service::create(
            state,
            &organizer,
            &host,
            input.parse().map_err(anyhow_error)?,
        )
        .await
        .map_err(anyhow_error)?;
        report.events += 1;
        refresh_statistics_when_due(state, index + 1).await?;
        progress(index + 1, count);
    }
    Ok(report)
}
