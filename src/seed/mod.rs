//! Demo and benchmark data: `diaspora-hub seed --demo` loads a realistic multilingual set of
//! groups (from `assets/data/demo-groups.json`) with a few members, events and opportunities;
//! `seed --groups N`, `--events N` and `--opportunities N` load synthetic volumes for
//! benchmarks. Everything goes through the same service functions as the
//! API, so seeded data obeys the same rules.

use crate::accounts::User;
use crate::accounts::service::{self as accounts, Registration};
use crate::auth::session::Identity;
use crate::db;
use crate::domain::{DisplayName, Email, Locale, Password, TOPICS};
use crate::error::AppError;
use crate::groups::input::GroupInput;
use crate::groups::{membership, service as groups};
use crate::state::AppState;

mod events;
mod opportunities;

pub use events::synthetic_events;
pub use opportunities::synthetic_opportunities;

/// The demo groups, as API bodies.
const DEMO_GROUPS: &str = include_str!("../../assets/data/demo-groups.json");
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
                report.events += events::demo(state, &organizer, &created, index).await?;
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
    let organizer = synthetic_organizer(state).await?;
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
        refresh_statistics_when_due(state, index + 1).await?;
        progress(index + 1, count);
    }
    Ok(report)
}

/// Listings per synthetic host group.
pub(crate) const HOST_SIZE: usize = 1000;

/// Rows a bulk load writes before the planner's statistics are first measured again.
const FIRST_STATISTICS_REFRESH: usize = 500;

/// Measures the tables again for the query planner when a bulk load has written `created`
/// rows of a kind: after 500, 1,000, 2,000, … so the statistics never trail the tables by
/// more than half, for less work in all than two final `ANALYZE`s.
///
/// Without it PostgreSQL planned every lookup a new listing makes (its group, translations,
/// occurrences) as a walk of the whole table, from statistics taken when the table held a few
/// dozen rows: a load of 100,000 events slowed from 4,500 a minute to 730.
pub(crate) async fn refresh_statistics_when_due(
    state: &AppState,
    created: usize,
) -> anyhow::Result<()> {
    // A power of two is at least one, so nothing is due before the first refresh.
    let due = created.is_multiple_of(FIRST_STATISTICS_REFRESH)
        && (created / FIRST_STATISTICS_REFRESH).is_power_of_two();
    if due {
        refresh_statistics(state).await?;
    }
    Ok(())
}

/// Measures every table again for the query planner ([`db::refresh_statistics`]).
pub async fn refresh_statistics(state: &AppState) -> anyhow::Result<()> {
    db::run(&state.db, |connection| {
        db::refresh_statistics(connection).map_err(AppError::internal)
    })
    .await
    .map_err(|error| anyhow::anyhow!("refreshing the planner's statistics failed: {error}"))
}

/// The account that owns synthetic data.
pub(crate) async fn synthetic_organizer(state: &AppState) -> anyhow::Result<Identity> {
    let (organizer, _) = account(
        state,
        "synthetic-organizer@diaspora-hub.invalid",
        "Synthetic organizer",
    )
    .await?;
    Ok(organizer)
}

/// Creates the public group that holds synthetic `kind` (events, opportunities) number
/// `number` of this `run`; returns its slug.
pub(crate) async fn host_group(
    state: &AppState,
    organizer: &Identity,
    kind: &str,
    run: &str,
    number: usize,
) -> anyhow::Result<String> {
    let slug = format!("{kind}-{}-{number}", &run[..8]);
    let body = serde_json::json!({"slug": slug, "primary_language": "en",
        "translations": {"en": {"name": format!("Synthetic {kind} host {number}"), "description": "Benchmark listings."}},
        "visibility": "public", "join_policy": "open"});
    let input: GroupInput = serde_json::from_value(body)?;
    groups::create(state, organizer, input.parse_new().map_err(anyhow_error)?)
        .await
        .map_err(anyhow_error)?;
    Ok(slug)
}

/// A progress bar on standard error for a long seed (`[#####-----] 500/1000`), as a callback
/// for the seed functions. It draws only on a terminal and at most a few times a second, so a
/// seed run into a log file writes nothing but its final report.
pub fn progress_bar(label: &'static str) -> impl FnMut(usize, usize) {
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({eta})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("#>-"),
    );
    bar.set_message(label);
    move |done, total| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
        if done >= total {
            bar.finish_and_clear();
        }
    }
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
                locale_picked: false,
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
