//! RSVPs with a fair waitlist, per date: each date of a series has the series' capacity; seats
//! go first come, first served; when someone withdraws, the longest-waiting person gets the
//! seat. Each change locks the event first (a row lock on PostgreSQL, the write lock on
//! SQLite), so two people racing for the last seat never both get it.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;

use super::attendance::{mine, unknown_occurrence};
use super::model::{Event, EventStatus, RsvpStatus};
use super::occurrences::{self, Date, Named};
use crate::auth::session::Identity;
use crate::db::schema::{event_occurrences, rsvps};
use crate::db::{self, AnyConnection, write_transaction};
use crate::domain::Invalid;
use crate::error::{AppError, AppResult, FieldError};
use crate::state::AppState;

pub use super::attendance::{Attendance, Attendee, DateAttendance, attendees, my_upcoming};

/// Which dates an answer is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dates {
    /// Every date that has not ended (for a single event, the event).
    AllUpcoming,
    /// The date this text names: a listed `starts_at`.
    One(String),
}

/// The answer one date now holds.
#[derive(Debug, Clone, Copy)]
pub struct Answer {
    pub date: Date,
    /// The date's start with the event's UTC offset.
    pub starts_at: chrono::DateTime<chrono::FixedOffset>,
    pub status: RsvpStatus,
    /// Place in the date's waitlist (1 = next).
    pub waitlist_position: Option<i64>,
}

fn refused(code: &'static str) -> AppError {
    AppError::Conflict(FieldError::new("status", Invalid::new(code)))
}

/// Takes the event's lock for the rest of the transaction.
fn lock_event(connection: &mut AnyConnection, event_id: i64) -> QueryResult<()> {
    if let AnyConnection::Postgresql(_) = connection {
        diesel::sql_query("SELECT id FROM events WHERE id = $1 FOR UPDATE")
            .bind::<diesel::sql_types::BigInt, _>(event_id)
            .execute(connection)?;
    }
    // SQLite: `write_transaction` already holds the database's write lock.
    Ok(())
}

/// The dates `which` names, or why an answer cannot go to them.
fn chosen_dates(
    connection: &mut AnyConnection,
    event: &Event,
    which: &Dates,
) -> AppResult<Vec<Date>> {
    let now = Utc::now().naive_utc();
    match which {
        Dates::AllUpcoming => {
            let dates = occurrences::upcoming(connection, event.id, now, i64::MAX)?;
            if dates.is_empty() {
                return Err(refused("event_past"));
            }
            Ok(dates)
        }
        Dates::One(text) => match occurrences::find(connection, event, text)
            .map_err(|invalid| AppError::field("occurrence", invalid))?
        {
            Named::Date(date) if date.ends_at <= now => Err(refused("event_past")),
            Named::Date(date) => Ok(vec![date]),
            Named::Cancelled(_) => Err(refused("occurrence_cancelled")),
            Named::Unknown => Err(unknown_occurrence()),
        },
    }
}

/// Answers going or not going to the dates `which` names; returns each date's answer.
pub async fn respond(
    state: &AppState,
    identity: &Identity,
    uuid: &str,
    going: bool,
    which: Dates,
) -> AppResult<Vec<Answer>> {
    let (uuid, user_id, state) = (uuid.to_owned(), identity.user.id, state.clone());
    db::run(&state.db.clone(), move |connection| {
        write_transaction(connection, |connection| {
            let loaded = super::service::find(connection, &uuid, Some(user_id))?;
            let event = &loaded.event;
            if event.status() == EventStatus::Cancelled {
                return Err(refused("event_cancelled"));
            }
            lock_event(connection, event.id)?;
            let dates = chosen_dates(connection, event, &which)?;
            let mut answers = Vec::with_capacity(dates.len());
            for date in dates {
                answer_one(connection, &state, event, date, user_id, going)?;
                let (status, waitlist_position) =
                    mine(connection, event.id, date.recurrence_id, user_id)?
                        .unwrap_or((RsvpStatus::NotGoing, None));
                answers.push(Answer {
                    date,
                    starts_at: super::time::in_zone(date.starts_at, event.zone()),
                    status,
                    waitlist_position,
                });
            }
            Ok(answers)
        })
    })
    .await
}

/// Takes a seat (or a place in the waitlist) on one date, or gives it up.
fn answer_one(
    connection: &mut AnyConnection,
    state: &AppState,
    event: &Event,
    date: Date,
    user_id: i64,
    going: bool,
) -> AppResult<()> {
    let current = mine(connection, event.id, date.recurrence_id, user_id)?;
    match (going, current) {
        (true, None) => {
            let going_now = going_on(connection, event.id, date.recurrence_id)?;
            let full = event.capacity.is_some_and(|capacity| going_now >= capacity);
            let status = if full {
                RsvpStatus::Waitlisted
            } else {
                RsvpStatus::Going
            };
            diesel::insert_into(rsvps::table)
                .values((
                    rsvps::event_id.eq(event.id),
                    rsvps::user_id.eq(user_id),
                    rsvps::recurrence_id.eq(date.recurrence_id),
                    rsvps::status.eq(status.as_str()),
                    rsvps::created_at.eq(Utc::now().naive_utc()),
                ))
                .execute(connection)?;
        }
        (false, Some((status, _))) => {
            diesel::delete(
                rsvps::table
                    .filter(rsvps::event_id.eq(event.id))
                    .filter(rsvps::recurrence_id.eq(date.recurrence_id))
                    .filter(rsvps::user_id.eq(user_id)),
            )
            .execute(connection)?;
            if status == RsvpStatus::Going {
                promote_waitlisted(connection, state, event.id, date, event.capacity)?;
            }
        }
        // Already answered that way.
        _ => {}
    }
    Ok(())
}

fn going_on(
    connection: &mut AnyConnection,
    event_id: i64,
    recurrence_id: NaiveDateTime,
) -> QueryResult<i64> {
    rsvps::table
        .filter(rsvps::event_id.eq(event_id))
        .filter(rsvps::recurrence_id.eq(recurrence_id))
        .filter(rsvps::status.eq(RsvpStatus::Going.as_str()))
        .count()
        .get_result(connection)
}

/// Gives one date's free seats to its longest-waiting people and tells each, in the caller's
/// transaction (so the notice commits with the seat).
pub fn promote_waitlisted(
    connection: &mut AnyConnection,
    state: &AppState,
    event_id: i64,
    date: Date,
    capacity: Option<i64>,
) -> AppResult<()> {
    let mut promoted = Vec::new();
    loop {
        let going = going_on(connection, event_id, date.recurrence_id)?;
        if capacity.is_some_and(|capacity| going >= capacity) {
            break;
        }
        let next: Option<(i64, i64)> = rsvps::table
            .filter(rsvps::event_id.eq(event_id))
            .filter(rsvps::recurrence_id.eq(date.recurrence_id))
            .filter(rsvps::status.eq(RsvpStatus::Waitlisted.as_str()))
            .order((rsvps::created_at.asc(), rsvps::id.asc()))
            .select((rsvps::id, rsvps::user_id))
            .first(connection)
            .optional()?;
        let Some((next, user_id)) = next else { break };
        diesel::update(rsvps::table.find(next))
            .set(rsvps::status.eq(RsvpStatus::Going.as_str()))
            .execute(connection)?;
        promoted.push(user_id);
    }
    super::notices::seats_given(connection, state, event_id, date, &promoted)
}

/// Gives free seats on every date that has people waiting (after the capacity grew).
pub fn promote_on_every_date(
    connection: &mut AnyConnection,
    state: &AppState,
    event_id: i64,
    capacity: Option<i64>,
) -> AppResult<()> {
    let waiting: Vec<(NaiveDateTime, NaiveDateTime, NaiveDateTime)> = event_occurrences::table
        .filter(event_occurrences::event_id.eq(event_id))
        .filter(
            event_occurrences::recurrence_id.eq_any(
                rsvps::table
                    .filter(rsvps::event_id.eq(event_id))
                    .filter(rsvps::status.eq(RsvpStatus::Waitlisted.as_str()))
                    .select(rsvps::recurrence_id),
            ),
        )
        .select((
            event_occurrences::recurrence_id,
            event_occurrences::starts_at_utc,
            event_occurrences::ends_at_utc,
        ))
        .load(connection)?;
    for (recurrence_id, starts_at, ends_at) in waiting {
        let date = Date {
            recurrence_id,
            starts_at,
            ends_at,
        };
        promote_waitlisted(connection, state, event_id, date, capacity)?;
    }
    Ok(())
}

/// Withdraws a departing account from every date of every event, in the caller's
/// transaction, giving each freed seat to the next person waiting.
pub fn withdraw_all(
    connection: &mut AnyConnection,
    state: &AppState,
    user_id: i64,
) -> AppResult<()> {
    use crate::db::schema::events;
    let answers: Vec<(
        i64,
        String,
        Option<i64>,
        NaiveDateTime,
        NaiveDateTime,
        NaiveDateTime,
    )> = rsvps::table
        .inner_join(events::table)
        .inner_join(
            event_occurrences::table.on(event_occurrences::event_id
                .eq(rsvps::event_id)
                .and(event_occurrences::recurrence_id.eq(rsvps::recurrence_id))),
        )
        .filter(rsvps::user_id.eq(user_id))
        .select((
            rsvps::event_id,
            rsvps::status,
            events::capacity,
            event_occurrences::recurrence_id,
            event_occurrences::starts_at_utc,
            event_occurrences::ends_at_utc,
        ))
        .load(connection)?;
    for (event_id, status, capacity, recurrence_id, starts_at, ends_at) in answers {
        lock_event(connection, event_id)?;
        diesel::delete(
            rsvps::table
                .filter(rsvps::event_id.eq(event_id))
                .filter(rsvps::recurrence_id.eq(recurrence_id))
                .filter(rsvps::user_id.eq(user_id)),
        )
        .execute(connection)?;
        if status == RsvpStatus::Going.as_str() {
            let date = Date {
                recurrence_id,
                starts_at,
                ends_at,
            };
            promote_waitlisted(connection, state, event_id, date, capacity)?;
        }
    }
    // Answers to dates no longer listed (none are kept, but never leave one behind).
    diesel::delete(rsvps::table.filter(rsvps::user_id.eq(user_id))).execute(connection)?;
    Ok(())
}
