//! Who hears what about events, told inside the transaction that causes it: a seat freed for
//! someone waiting, a change of time or place and a cancellation reach everyone going and
//! waiting; the reminder a day before ([`remind_due`]) reaches everyone going, with the event
//! attached as iCalendar.

use std::collections::{BTreeMap, HashSet};

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::model::{Event, EventStatus, RsvpStatus};
use super::occurrences::Date;
use crate::db::AnyConnection;
use crate::db::schema::{
    event_occurrences, event_translations, events, groups, notifications, rsvps,
};
use crate::error::AppResult;
// The iCalendar writer is plain text formatting, shared with the feeds.
use crate::feeds::ical::{self, FeedEvent};
use crate::notifications::{Notice, NotificationKind, Payload, notify};
use crate::state::AppState;

/// How long before an occurrence its reminder goes.
pub const REMIND_BEFORE: Duration = Duration::hours(24);

/// The event's title in every language it has.
fn titles(connection: &mut AnyConnection, event: &Event) -> QueryResult<Vec<(String, String)>> {
    event_translations::table
        .filter(event_translations::event_id.eq(event.id))
        .order(event_translations::language)
        .select((event_translations::language, event_translations::title))
        .load(connection)
}

/// The next start of the event from now (the first start if none is ahead).
fn next_start(connection: &mut AnyConnection, event: &Event) -> QueryResult<NaiveDateTime> {
    let next: Option<NaiveDateTime> = event_occurrences::table
        .filter(event_occurrences::event_id.eq(event.id))
        .filter(event_occurrences::starts_at_utc.gt(Utc::now().naive_utc()))
        .select(diesel::dsl::min(event_occurrences::starts_at_utc))
        .first(connection)?;
    Ok(next.unwrap_or(event.starts_at_utc))
}

/// Where it happens, as one line: venue and city, or the online link's host; `none` (a
/// selector value of the messages) when neither is known.
fn place(event: &Event) -> String {
    let said = place_words(event);
    if said.trim().is_empty() {
        "none".to_owned()
    } else {
        said
    }
}

fn place_words(event: &Event) -> String {
    let in_person: Vec<&str> = [&event.venue_name, &event.city]
        .into_iter()
        .filter_map(|part| part.as_deref())
        .filter(|part| !part.trim().is_empty())
        .collect();
    if !in_person.is_empty() {
        return in_person.join(", ");
    }
    event
        .online_url
        .as_deref()
        .and_then(|link| url::Url::parse(link).ok())
        .and_then(|link| link.host_str().map(str::to_owned))
        .unwrap_or_default()
}

fn payload(connection: &mut AnyConnection, event: &Event) -> QueryResult<Payload> {
    Ok(Payload::default()
        .translated("event", titles(connection, event)?, &event.primary_language)
        .time("start", next_start(connection, event)?)
        .text("place", place(event)))
}

/// Everyone going and waiting, but `except` (the organizer who made the change).
fn audience(connection: &mut AnyConnection, event_id: i64, except: i64) -> QueryResult<Vec<i64>> {
    rsvps::table
        .filter(rsvps::event_id.eq(event_id))
        .filter(rsvps::user_id.ne(except))
        .select(rsvps::user_id)
        .distinct()
        .load(connection)
}

fn notice(kind: NotificationKind, title: &'static str, event: &Event, payload: Payload) -> Notice {
    Notice {
        kind,
        title,
        detail: match kind {
            NotificationKind::WaitlistPromoted => "notice-waitlist-promoted-detail",
            NotificationKind::EventChanged => "notice-event-changed-detail",
            NotificationKind::EventCancelled => "notice-event-cancelled-detail",
            _ => "notice-event-reminder-detail",
        },
        link: format!("/events/{}", event.uuid),
        payload,
        once_key: None,
        calendar: None,
        account_matter: false,
    }
}

/// Tells each of `promoted` that a seat on `date` is now theirs.
pub fn seats_given(
    connection: &mut AnyConnection,
    state: &AppState,
    event_id: i64,
    date: Date,
    promoted: &[i64],
) -> AppResult<()> {
    if promoted.is_empty() {
        return Ok(());
    }
    let event: Event = events::table
        .find(event_id)
        .select(Event::as_select())
        .first(connection)?;
    let kind = NotificationKind::WaitlistPromoted;
    let payload = Payload::default()
        .translated(
            "event",
            titles(connection, &event)?,
            &event.primary_language,
        )
        .time("start", date.starts_at)
        .text("place", place(&event));
    let told = notice(kind, "notice-waitlist-promoted", &event, payload);
    notify(connection, state, promoted, &told)?;
    Ok(())
}

/// Whether everyone answering should hear of the change from `before` to `after`: its time or
/// place. A cancelled date is told to that date's people alone (`date_changed`).
pub fn time_or_place_changed(before: &Event, after: &Event) -> bool {
    before.starts_at_utc != after.starts_at_utc
        || before.ends_at_utc != after.ends_at_utc
        || before.rrule != after.rrule
        || before.attendance_mode != after.attendance_mode
        || before.venue_name != after.venue_name
        || before.venue_address != after.venue_address
        || before.city != after.city
        || before.country != after.country
        || before.online_url != after.online_url
}

/// Tells everyone going and waiting (but `actor`) that the event moved or changed place.
pub fn changed(
    connection: &mut AnyConnection,
    state: &AppState,
    event: &Event,
    actor: i64,
) -> AppResult<()> {
    let audience = audience(connection, event.id, actor)?;
    let told = notice(
        NotificationKind::EventChanged,
        "notice-event-changed",
        event,
        payload(connection, event)?,
    );
    notify(connection, state, &audience, &told)?;
    Ok(())
}

/// Tells everyone going and waiting (but `actor`) that the event is cancelled.
pub fn cancelled(
    connection: &mut AnyConnection,
    state: &AppState,
    event: &Event,
    actor: i64,
) -> AppResult<()> {
    let audience = audience(connection, event.id, actor)?;
    let told = notice(
        NotificationKind::EventCancelled,
        "notice-event-cancelled",
        event,
        payload(connection, event)?,
    );
    notify(connection, state, &audience, &told)?;
    Ok(())
}

/// Tells the people going to and waiting for one date of a series (but `actor`) that it
/// moved to `moved_to`, or, without one, that it is cancelled. Nobody else hears of it.
pub fn date_changed(
    connection: &mut AnyConnection,
    state: &AppState,
    event: &Event,
    date: Date,
    moved_to: Option<Date>,
    actor: i64,
) -> AppResult<()> {
    let audience: Vec<i64> = rsvps::table
        .filter(rsvps::event_id.eq(event.id))
        .filter(rsvps::recurrence_id.eq(date.recurrence_id))
        .filter(rsvps::user_id.ne(actor))
        .select(rsvps::user_id)
        .load(connection)?;
    if audience.is_empty() {
        return Ok(());
    }
    let payload = Payload::default()
        .translated("event", titles(connection, event)?, &event.primary_language)
        .time("was", date.starts_at)
        .time(
            "start",
            moved_to.map_or(date.starts_at, |moved| moved.starts_at),
        )
        .text("place", place(event));
    let (kind, title, detail) = match moved_to {
        Some(_) => (
            NotificationKind::EventChanged,
            "notice-date-moved",
            "notice-date-moved-detail",
        ),
        None => (
            NotificationKind::EventCancelled,
            "notice-date-cancelled",
            "notice-date-cancelled-detail",
        ),
    };
    let told = Notice {
        detail,
        ..notice(kind, title, event, payload)
    };
    notify(connection, state, &audience, &told)?;
    Ok(())
}

/// The event as an iCalendar attachment, in its primary language (the same file for everyone
/// reminded; the mail around it is in each one's language).
fn calendar(
    connection: &mut AnyConnection,
    state: &AppState,
    event: &Event,
) -> QueryResult<String> {
    let primary: Option<(String, String)> = event_translations::table
        .filter(event_translations::event_id.eq(event.id))
        .order((
            event_translations::language.ne(&event.primary_language),
            event_translations::language,
        ))
        .select((event_translations::title, event_translations::description))
        .first(connection)
        .optional()?;
    let (title, description) = primary.unwrap_or_default();
    let location: Vec<String> = [
        &event.venue_name,
        &event.venue_address,
        &event.city,
        &event.country,
    ]
    .into_iter()
    .flatten()
    .cloned()
    .collect();
    let entry = FeedEvent {
        event,
        title: &title,
        description: &description,
        language: &event.primary_language,
        url: format!("{}/events/{}", state.settings.public_url, event.uuid),
        location: (!location.is_empty()).then(|| location.join(", ")),
    };
    Ok(ical::calendar(
        &title,
        &state.settings.public_host(),
        &[entry],
    ))
}

/// The key that makes a reminder go once per member and occurrence.
fn reminder_key(event_uuid: &str, starts_at: NaiveDateTime) -> String {
    format!(
        "event_reminder:{event_uuid}:{}",
        starts_at.and_utc().timestamp()
    )
}

/// Per occurrence (event id, start): the event's public id and who is still to be reminded.
type DueReminders = BTreeMap<(i64, NaiveDateTime), (String, Vec<i64>)>;

/// Occurrences starting within [`REMIND_BEFORE`], each with the members going who have not
/// been reminded of it yet. Reads only.
fn reminders_due(connection: &mut AnyConnection) -> QueryResult<DueReminders> {
    let now = Utc::now().naive_utc();
    let going: Vec<(i64, String, NaiveDateTime, i64)> = event_occurrences::table
        .inner_join(events::table.inner_join(groups::table))
        .inner_join(
            rsvps::table.on(rsvps::event_id
                .eq(event_occurrences::event_id)
                .and(rsvps::recurrence_id.eq(event_occurrences::recurrence_id))),
        )
        // Nobody is reminded of what moderators hid.
        .filter(events::hidden.is_null())
        .filter(groups::hidden.is_null())
        .filter(event_occurrences::starts_at_utc.gt(now))
        .filter(event_occurrences::starts_at_utc.le(now + REMIND_BEFORE))
        .filter(events::status.eq(EventStatus::Scheduled.as_str()))
        .filter(rsvps::status.eq(RsvpStatus::Going.as_str()))
        .select((
            events::id,
            events::uuid,
            event_occurrences::starts_at_utc,
            rsvps::user_id,
        ))
        .load(connection)?;
    let keys: Vec<String> = going
        .iter()
        .map(|(_, uuid, starts_at, user_id)| {
            format!("{}:{user_id}", reminder_key(uuid, *starts_at))
        })
        .collect();
    let mut sent: HashSet<String> = HashSet::new();
    for chunk in keys.chunks(500) {
        sent.extend(
            notifications::table
                .filter(notifications::once_key.eq_any(chunk))
                .select(notifications::once_key.assume_not_null())
                .load::<String>(connection)?,
        );
    }
    let mut due = DueReminders::new();
    for ((event_id, uuid, starts_at, user_id), key) in going.into_iter().zip(keys) {
        if !sent.contains(&key) {
            due.entry((event_id, starts_at))
                .or_insert_with(|| (uuid, Vec::new()))
                .1
                .push(user_id);
        }
    }
    Ok(due)
}

/// Whether any member is due a reminder (a read: an idle instance takes no write lock).
pub fn any_reminder_due(connection: &mut AnyConnection) -> QueryResult<bool> {
    Ok(!reminders_due(connection)?.is_empty())
}

/// Reminds everyone going of each occurrence that starts within [`REMIND_BEFORE`], once per
/// member and occurrence (the key makes a second run, or a second instance, send nothing).
/// Returns how many were reminded.
pub fn remind_due(connection: &mut AnyConnection, state: &AppState) -> AppResult<usize> {
    let mut reminded = 0;
    for ((event_id, starts_at), (uuid, going)) in reminders_due(connection)? {
        let event: Event = events::table
            .find(event_id)
            .select(Event::as_select())
            .first(connection)?;
        let payload = Payload::default()
            .translated(
                "event",
                titles(connection, &event)?,
                &event.primary_language,
            )
            .time("start", starts_at)
            .text("place", place(&event));
        let mut told = notice(
            NotificationKind::EventReminder,
            "notice-event-reminder",
            &event,
            payload,
        );
        told.once_key = Some(reminder_key(&uuid, starts_at));
        told.calendar = Some(calendar(connection, state, &event)?);
        reminded += notify(connection, state, &going, &told)?;
    }
    Ok(reminded)
}
