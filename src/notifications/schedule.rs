//! Notifications nobody's request causes: event reminders a day ahead, new interest batched
//! hourly, and the weekly digest. A background task runs them each minute on every instance
//! that delivers mail; each notice carries a key per member, kind, subject and occurrence, so a
//! restart or a second instance never sends one twice.

use std::time::Duration;

use chrono::{Datelike, Utc};
use diesel::prelude::*;

use super::inbox::{Notice, Payload, notify};
use super::kinds::NotificationKind;
use crate::db::schema::{events, groups, opportunities, opportunity_skills, schedule_marks, users};
use crate::db::{self, AnyConnection, write_transaction};
use crate::error::AppResult;
use crate::state::AppState;

/// How often an instance looks for scheduled notifications: often enough that a reminder is
/// never late by more than a moment; each look is a few indexed reads.
const RUN_EVERY: Duration = Duration::from_secs(20);
/// Members given their digest per transaction.
const DIGEST_BATCH: i64 = 200;
/// How far back the digest looks for new listings.
const DIGEST_SPAN: chrono::Duration = chrono::Duration::days(7);

/// What one run did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Report {
    /// Members reminded of an occurrence.
    pub reminders: usize,
    /// Organizers told of new interest.
    pub new_interest: usize,
    /// Members given their weekly digest.
    pub digests: usize,
}

/// Starts the scheduler on the current runtime.
pub fn spawn(state: AppState) {
    actix_web::rt::spawn(async move {
        let mut interval = actix_web::rt::time::interval(RUN_EVERY);
        loop {
            interval.tick().await;
            let round = state.clone();
            match actix_web::rt::spawn(async move { run_due(&round).await }).await {
                Ok(Ok(_)) => {}
                Ok(Err(error)) => tracing::warn!(%error, "scheduled notifications failed"),
                Err(error) => tracing::error!(%error, "scheduled notifications panicked"),
            }
        }
    });
}

/// Sends every scheduled notification that is due.
pub async fn run_due(state: &AppState) -> AppResult<Report> {
    let mut report = Report::default();
    // Reads first: nearly every run finds nothing due, and then takes no write lock.
    let (reminders, interest) = db::run(&state.db, |connection| {
        Ok((
            crate::events::notices::any_reminder_due(connection)?,
            crate::opportunities::notices::any_due(connection)?,
        ))
    })
    .await?;
    if reminders {
        let job = state.clone();
        report.reminders = db::run(&state.db, move |connection| {
            write_transaction(connection, |connection| {
                crate::events::notices::remind_due(connection, &job)
            })
        })
        .await?;
    }
    if interest {
        let job = state.clone();
        report.new_interest = db::run(&state.db, move |connection| {
            write_transaction(connection, |connection| {
                crate::opportunities::notices::notify_due(connection, &job)
            })
        })
        .await?;
    }
    report.digests = weekly_digests(state).await?;
    Ok(report)
}

/// The ISO week, `2026-W49`.
fn this_week() -> String {
    let week = Utc::now().iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

const DIGEST_MARK: &str = "weekly_digest";

/// How far this week's digest has gone: the mark is `<week>:<last member id done>`, or
/// `<week>:done`.
enum Progress {
    /// Members after this id are still to do.
    After(i64),
    /// Everyone has had this week's digest.
    Done,
}

fn progress(mark: Option<&str>, week: &str) -> Progress {
    match mark.and_then(|mark| mark.strip_prefix(week)?.strip_prefix(':')) {
        Some("done") => Progress::Done,
        Some(last) => Progress::After(last.parse().unwrap_or(0)),
        None => Progress::After(0),
    }
}

fn read_mark(connection: &mut AnyConnection) -> QueryResult<Option<String>> {
    schedule_marks::table
        .find(DIGEST_MARK)
        .select(schedule_marks::period)
        .first(connection)
        .optional()
}

/// Once a week (from the first run of each ISO week on any instance), tells each member with a
/// heritage, a country of residence or skills what was published for them in the last seven
/// days, if anything: in the app for everyone concerned, by mail for those who asked. Members
/// go in batches; each batch moves the mark in its own transaction, so a crash or a restart
/// goes on where it stopped, and two instances never do the same batch.
async fn weekly_digests(state: &AppState) -> AppResult<usize> {
    let week = this_week();
    let mut told = 0;
    loop {
        let (job, this_week) = (state.clone(), week.clone());
        // A read first: nearly every run finds the week done, and takes no write lock.
        let mark = db::run(&state.db, |connection| Ok(read_mark(connection)?)).await?;
        if let Progress::Done = progress(mark.as_deref(), &week) {
            return Ok(told);
        }
        told += db::run(&state.db, move |connection| {
            write_transaction(connection, |connection| {
                digest_batch(connection, &job, &this_week, mark.as_deref())
            })
        })
        .await?;
    }
}

/// Gives the next batch of members after the mark `seen` their digest, moving the mark in
/// the same transaction; does nothing if another instance moved it first.
fn digest_batch(
    connection: &mut AnyConnection,
    state: &AppState,
    week: &str,
    seen: Option<&str>,
) -> AppResult<usize> {
    let Progress::After(after) = progress(seen, week) else {
        return Ok(0);
    };
    type Profile = (i64, Option<String>, Option<String>, String);
    let batch: Vec<Profile> = users::table
        .filter(users::id.gt(after))
        .filter(
            users::heritage_country
                .is_not_null()
                .or(users::residence_country.is_not_null())
                .or(users::skills.ne("[]")),
        )
        .order(users::id)
        .limit(DIGEST_BATCH)
        .select((
            users::id,
            users::heritage_country,
            users::residence_country,
            users::skills,
        ))
        .load(connection)?;
    let next = match batch.last() {
        Some((last, ..)) if batch.len() as i64 == DIGEST_BATCH => format!("{week}:{last}"),
        _ => format!("{week}:done"),
    };
    // Compare and set: the instance that moves the mark from `seen` does the batch; another
    // one doing the same batch meets a moved mark (on PostgreSQL it waits for the row, then
    // finds it changed) and leaves it.
    let moved = match seen {
        Some(seen) => {
            diesel::update(
                schedule_marks::table
                    .find(DIGEST_MARK)
                    .filter(schedule_marks::period.eq(seen)),
            )
            .set((
                schedule_marks::period.eq(&next),
                schedule_marks::updated_at.eq(Utc::now().naive_utc()),
            ))
            .execute(connection)?
                > 0
        }
        None => db::insert_unless_taken(connection, |connection| {
            diesel::insert_into(schedule_marks::table)
                .values((
                    schedule_marks::name.eq(DIGEST_MARK),
                    schedule_marks::period.eq(&next),
                    schedule_marks::updated_at.eq(Utc::now().naive_utc()),
                ))
                .execute(connection)
        })?,
    };
    if !moved {
        return Ok(0);
    }
    let mut told = 0;
    for (user_id, heritage, residence, skills) in &batch {
        let skills: Vec<String> = serde_json::from_str(skills).unwrap_or_default();
        let found = news_for(connection, heritage, residence, &skills)?;
        if found == (0, 0) {
            continue;
        }
        let link = match (heritage, residence) {
            (Some(heritage), _) => format!("/events?heritage={heritage}"),
            (None, Some(residence)) => format!("/events?country={residence}"),
            (None, None) => "/me/matches".to_owned(),
        };
        let notice = Notice {
            kind: NotificationKind::WeeklyDigest,
            title: "notice-weekly-digest",
            detail: "notice-weekly-digest-detail",
            link,
            payload: Payload::default()
                .number("events", found.0)
                .number("opportunities", found.1),
            once_key: Some(format!("weekly_digest:{week}")),
            calendar: None,
            account_matter: false,
        };
        told += notify(connection, state, &[*user_id], &notice)?;
    }
    Ok(told)
}

/// Upcoming events and open opportunities published in the last week for a member: of groups
/// of their heritage or in their country, and opportunities seeking their skills.
fn news_for(
    connection: &mut AnyConnection,
    heritage: &Option<String>,
    residence: &Option<String>,
    skills: &[String],
) -> QueryResult<(i64, i64)> {
    let now = Utc::now().naive_utc();
    let since = now - DIGEST_SPAN;
    let public = groups::visibility.eq(crate::groups::Visibility::Public.as_str());
    let mut new_events = events::table
        .inner_join(groups::table)
        .filter(public)
        .filter(events::hidden.is_null())
        .filter(groups::hidden.is_null())
        // Partner hubs' events are copied afresh at each change: never "new" here.
        .filter(events::imported_listing_id.is_null())
        .filter(events::created_at.gt(since))
        .filter(events::series_ends_at_utc.gt(now))
        .filter(events::status.eq(crate::events::EventStatus::Scheduled.as_str()))
        .into_boxed();
    let mut new_opportunities = opportunities::table
        .inner_join(groups::table)
        .filter(groups::visibility.eq(crate::groups::Visibility::Public.as_str()))
        .filter(opportunities::hidden.is_null())
        .filter(groups::hidden.is_null())
        // Partner hubs' opportunities are copied afresh at each change: never "new" here.
        .filter(opportunities::imported_listing_id.is_null())
        .filter(opportunities::created_at.gt(since))
        .filter(opportunities::expires_at.gt(now))
        .filter(opportunities::status.eq("open"))
        .into_boxed();
    let heritage = heritage.clone().unwrap_or_default();
    let residence = residence.clone().unwrap_or_default();
    new_events = new_events.filter(
        groups::heritage_country
            .eq(heritage.clone())
            .or(events::country.eq(residence.clone())),
    );
    let seeking: Vec<i64> = opportunity_skills::table
        .filter(opportunity_skills::skill.eq_any(skills))
        .select(opportunity_skills::opportunity_id)
        .load(connection)?;
    new_opportunities = new_opportunities.filter(
        opportunities::heritage_country
            .eq(heritage.clone())
            .or(opportunities::country.eq(residence.clone()))
            .or(opportunities::id.eq_any(seeking)),
    );
    Ok((
        new_events.count().get_result(connection)?,
        new_opportunities.count().get_result(connection)?,
    ))
}
