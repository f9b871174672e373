//! Demo and benchmark data: `diaspora-hub seed --demo` loads a realistic multilingual set of
//! groups (from `assets/data/demo-groups.json`) with a few members, events and opportunities;
//! `seed --groups N`, `--events N` and `--opportunities N` load synthetic volumes for
//! benchmarks. Everything goes through the same service functions as the
//! API, so seeded data obeys the same rules.

use std::collections::BTreeMap;
use std::io::Write;

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use crate::accounts::User;
use crate::accounts::service::{self as accounts, Registration};
use crate::auth::session::Identity;
use crate::db;
use crate::domain::{DisplayName, Email, Locale, Password, TOPICS};
use crate::error::AppError;
use crate::events::input::{EventInput, EventTextInput, VenueInput};
use crate::groups::input::GroupInput;
use crate::groups::{membership, service as groups};
use crate::state::AppState;

mod opportunities;

pub use opportunities::synthetic_opportunities;

/// The demo groups, as API bodies.
const DEMO_GROUPS: &str = include_str!("../../assets/data/demo-groups.json");
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
async fn demo_events(
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
/// How many demo members join groups, so member counts vary.
const DEMO_MEMBERS: usize = 12;

/// What a seed run did.
#[derive(Debug, Default)]
pub struct SeedReport {
    /// Groups created.
    pub groups: usize,
    /// Groups already there (a second run changes nothing).
    pub skipped: usize,
    /// Events created.
    pub events: usize,
    /// Opportunities created.
    pub opportunities: usize,
    /// Accounts created, with the password of the demo organizer when it was created.
    pub organizer_password: Option<String>,
}

/// Loads the demo groups and members. Running it again adds nothing.
pub async fn demo(state: &AppState) -> anyhow::Result<SeedReport> {
    let inputs: Vec<GroupInput> = serde_json::from_str(DEMO_GROUPS)?;
    let mut report = SeedReport::default();
    let (organizer, password) = account(
        state,
        "demo-organizer@diaspora-hub.invalid",
        "Demo organizer",
    )
    .await?;
    report.organizer_password = password;
    let mut members = Vec::new();
    for number in 1..=DEMO_MEMBERS {
        members.push(
            account(
                state,
                &format!("demo-member-{number}@diaspora-hub.invalid"),
                &format!("Demo member {number}"),
            )
            .await?
            .0,
        );
    }
    for (index, input) in inputs.iter().enumerate() {
        let mut changes = input
            .parse_new()
            .map_err(|error| anyhow::anyhow!("demo group {index}: {error}"))?;
        // A fixed slug per demo group makes a second run find it taken and skip it.
        changes.slug = changes.slug_source().and_then(crate::domain::Slug::derive);
        match groups::create(state, &organizer, changes).await {
            Ok(created) => {
                report.groups += 1;
                report.events += demo_events(state, &organizer, &created, index).await?;
                report.opportunities +=
                    opportunities::demo(state, &organizer, &created, index).await?;
                // A varied, repeatable number of members per group.
                for member in members.iter().take((index * 7 + 3) % (DEMO_MEMBERS + 1)) {
                    membership::join(state, member, &created.group.slug, None)
                        .await
                        .map_err(anyhow_error)?;
                }
            }
            Err(AppError::Conflict(_)) => report.skipped += 1,
            Err(error) => return Err(anyhow_error(error)),
        }
    }
    Ok(report)
}

/// Loads `count` synthetic groups (two translations each), reporting progress as it goes.
pub async fn synthetic(
    state: &AppState,
    count: usize,
    mut progress: impl FnMut(usize, usize),
) -> anyhow::Result<SeedReport> {
    const HERITAGE: [&str; 12] = [
        "SN", "MA", "PH", "IN", "NG", "MX", "VN", "LB", "SY", "BR", "HT", "CN",
    ];
    const RESIDENCE: [(&str, &str); 8] = [
        ("FR", "Lyon"),
        ("CA", "Toronto"),
        ("US", "Chicago"),
        ("DE", "Berlin"),
        ("GB", "London"),
        ("ES", "Madrid"),
        ("AE", "Dubai"),
        ("BE", "Brussels"),
    ];
    let (organizer, _) = account(
        state,
        "synthetic-organizer@diaspora-hub.invalid",
        "Synthetic organizer",
    )
    .await?;
    let run = uuid::Uuid::new_v4().simple().to_string();
    let mut report = SeedReport::default();
    for index in 0..count {
        let heritage = HERITAGE[index % HERITAGE.len()];
        let (country, city) = RESIDENCE[(index / HERITAGE.len()) % RESIDENCE.len()];
        let topics = [
            TOPICS[index % TOPICS.len()],
            TOPICS[(index * 5 + 1) % TOPICS.len()],
        ];
        let body = serde_json::json!({
            "slug": format!("synthetic-{}-{index}", &run[..8]),
            "primary_language": "en",
            "translations": {
                "en": {"name": format!("Synthetic group {index} from {heritage} in {city}"),
                       "description": format!("Benchmark group number {index}: community, culture and mutual help.")},
                "fr": {"name": format!("Groupe synthétique {index} ({heritage}, {city})"),
                       "description": format!("Groupe de test numéro {index} : entraide et culture.")}
            },
            "heritage_country": heritage, "residence_country": country, "city": city,
            "languages": ["en", "fr"], "topics": topics, "visibility": "public", "join_policy": "open"
        });
        let input: GroupInput = serde_json::from_value(body)?;
        let changes = input.parse_new().map_err(anyhow_error)?;
        groups::create(state, &organizer, changes)
            .await
            .map_err(anyhow_error)?;
        report.groups += 1;
        progress(index + 1, count);
    }
    Ok(report)
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
    let (organizer, _) = account(
        state,
        "synthetic-organizer@diaspora-hub.invalid",
        "Synthetic organizer",
    )
    .await?;
    let run = uuid::Uuid::new_v4().simple().to_string();
    let mut report = SeedReport::default();
    let mut host = String::new();
    let today = chrono::Utc::now().date_naive();
    for index in 0..count {
        if index % 1000 == 0 {
            host = format!("events-{}-{}", &run[..8], index / 1000);
            let body = serde_json::json!({"slug": host, "primary_language": "en",
                "translations": {"en": {"name": format!("Synthetic events host {}", index / 1000), "description": "Benchmark events."}},
                "visibility": "public", "join_policy": "open"});
            let input: GroupInput = serde_json::from_value(body)?;
            groups::create(state, &organizer, input.parse_new().map_err(anyhow_error)?)
                .await
                .map_err(anyhow_error)?;
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
        progress(index + 1, count);
    }
    Ok(report)
}

/// Draws a one-line progress bar on standard error: `[#####-----]  50% 500/1000`.
pub fn draw_progress(done: usize, total: usize) {
    const WIDTH: usize = 30;
    let filled = (done * WIDTH).checked_div(total).unwrap_or(WIDTH);
    let percent = (done * 100).checked_div(total).unwrap_or(100);
    let bar = format!("{}{}", "#".repeat(filled), "-".repeat(WIDTH - filled));
    let mut stderr = std::io::stderr().lock();
    let _ = write!(stderr, "\r[{bar}] {percent:>3}% {done}/{total}");
    if done == total {
        let _ = writeln!(stderr);
    }
    let _ = stderr.flush();
}

/// Finds or creates a seed account; returns it as an identity, with the new password if created.
pub(crate) async fn account(
    state: &AppState,
    email: &str,
    name: &str,
) -> anyhow::Result<(Identity, Option<String>)> {
    let lookup = email.to_owned();
    let existing = db::run(&state.db, move |connection| {
        Ok(User::find_with_hash(connection, &lookup)?)
    })
    .await
    .map_err(anyhow_error)?;
    let (user, password) = match existing {
        Some((user, _)) => (user, None),
        None => {
            let password = crate::auth::tokens::generate();
            let registration = Registration {
                email: Email::parse(email)
                    .map_err(|invalid| anyhow::anyhow!("{}", invalid.code))?,
                password: Password::parse(&password)
                    .map_err(|invalid| anyhow::anyhow!("{}", invalid.code))?,
                display_name: DisplayName::parse(name)
                    .map_err(|invalid| anyhow::anyhow!("{}", invalid.code))?,
                locale: Locale::ENGLISH,
            };
            (
                accounts::register(state, registration, None)
                    .await
                    .map_err(anyhow_error)?,
                Some(password),
            )
        }
    };
    // Seeding acts on the member's behalf without a session; no session id is needed.
    Ok((
        Identity {
            user,
            session_id: 0,
        },
        password,
    ))
}

pub(crate) fn anyhow_error(error: AppError) -> anyhow::Error {
    anyhow::anyhow!("{error}")
}
