//! One date of a series moved or cancelled (organizers), without touching the others: a
//! cancelled date joins `cancelled_occurrences` (iCalendar `EXDATE`), a moved one is stored as
//! a [`Move`] (an override with `RECURRENCE-ID`). Only that date's people hear of it, and its
//! answers stay with it when it moves.

use chrono::{NaiveDateTime, Utc};

use super::input::{EventFields, EventInput};
use super::model::{Event, EventStatus};
use super::occurrences::{self, Date, Move, Named};
use super::service::{self, LoadedEvent};
use super::time;
use crate::auth::session::Identity;
use crate::db::{self, AnyConnection, write_transaction};
use crate::domain::Invalid;
use crate::error::{AppError, AppResult, FieldError};
use crate::federation::change_log;
use crate::state::AppState;

/// What an organizer asks of one date.
#[derive(Debug, Clone, Default)]
pub struct DateChange {
    /// `Cancelled` cancels the date; `Scheduled` brings a cancelled date back.
    pub status: Option<EventStatus>,
    /// The new start, as typed (wall time in the event's zone, or RFC 3339).
    pub starts_at: Option<String>,
    /// The new end; by default the date keeps its length.
    pub ends_at: Option<String>,
}

fn refused(field: &'static str, code: &'static str) -> AppError {
    AppError::Conflict(FieldError::new(field, Invalid::new(code)))
}

/// Moves, cancels or restores the date `which` of the series `uuid`.
pub async fn change_date(
    state: &AppState,
    identity: &Identity,
    uuid: &str,
    which: &str,
    change: DateChange,
) -> AppResult<LoadedEvent> {
    let (uuid, which, user_id) = (uuid.to_owned(), which.to_owned(), identity.user.id);
    let state = state.clone();
    db::run(&state.db.clone(), move |connection| {
        write_transaction(connection, |connection| {
            change_log::lock(connection)?;
            let loaded = service::editable(connection, &uuid, user_id)?;
            let event = &loaded.event;
            if event.rrule.is_none() {
                return Err(refused("occurrence", "not_recurring"));
            }
            if event.status() == EventStatus::Cancelled {
                return Err(refused("status", "event_cancelled"));
            }
            let named = occurrences::find(connection, event, &which)
                .map_err(|invalid| AppError::field("occurrence", invalid))?;
            let zone = event.zone();
            let mut input = EventInput::from_event(event, &loaded.translations);
            let mut moves = event.moves();
            let mut cancelled: Vec<NaiveDateTime> = event.exception_list();
            let now = Utc::now().naive_utc();
            match (named, change.status) {
                (Named::Unknown, _) => return Err(AppError::NotFound),
                (Named::Cancelled(local), Some(EventStatus::Scheduled)) => {
                    cancelled.retain(|day| *day != local);
                }
                (Named::Cancelled(_), _) => {
                    return Err(refused("status", "occurrence_cancelled"));
                }
                (Named::Date(date), _) if date.ends_at <= now => {
                    return Err(refused("status", "event_past"));
                }
                (Named::Date(date), Some(EventStatus::Cancelled)) => {
                    cancelled.push(time::in_zone(date.recurrence_id, zone).naive_local());
                    moves.retain(|moved| moved.recurrence_id != date.recurrence_id);
                    super::notices::date_changed(connection, &state, event, date, None, user_id)?;
                }
                (Named::Date(date), _) => {
                    let moved = moved_to(&change, date, zone)?;
                    moves.retain(|kept| kept.recurrence_id != date.recurrence_id);
                    moves.push(moved);
                    let new_date = Date {
                        starts_at: moved.starts_at,
                        ends_at: moved.ends_at,
                        ..date
                    };
                    super::notices::date_changed(
                        connection,
                        &state,
                        event,
                        date,
                        Some(new_date),
                        user_id,
                    )?;
                }
            }
            input.cancelled_occurrences = Some(
                cancelled
                    .iter()
                    .map(|local| local.format("%Y-%m-%dT%H:%M:%S").to_string())
                    .collect(),
            );
            let fields = input.parse()?;
            service::write_fields(connection, event.id, loaded.group.id, &fields, &moves)?;
            service::bump(connection, event.id)?;
            let loaded = service::load_by_id(connection, event.id, Some(user_id))?;
            service::announce(connection, loaded)
        })
    })
    .await
}

/// Where `change` moves `date`: a new start and end (by default its own length).
fn moved_to(change: &DateChange, date: Date, zone: chrono_tz::Tz) -> AppResult<Move> {
    let instant = |field: &'static str, text: &str| -> AppResult<NaiveDateTime> {
        let wall = time::parse(text, zone).map_err(|invalid| AppError::field(field, invalid))?;
        Ok(time::typed_instant(wall.local, zone)
            .map_err(|invalid| AppError::field(field, invalid))?
            .naive_utc())
    };
    let (starts_at, ends_at) = match (change.starts_at.as_deref(), change.ends_at.as_deref()) {
        (None, None) => return Err(AppError::field("starts_at", Invalid::required())),
        (Some(start), None) => {
            let start = instant("starts_at", start)?;
            (start, start + (date.ends_at - date.starts_at))
        }
        (start, Some(end)) => {
            let start = match start {
                Some(start) => instant("starts_at", start)?,
                None => date.starts_at,
            };
            (start, instant("ends_at", end)?)
        }
    };
    if ends_at <= starts_at {
        return Err(AppError::field("ends_at", Invalid::new("end_before_start")));
    }
    Ok(Move {
        recurrence_id: date.recurrence_id,
        starts_at,
        ends_at,
    })
}

/// Tells the people of each date still ahead that an edit cancels (a date added to
/// `cancelled_occurrences`) that it is off, before their answers go with it. Only them: the
/// series' other people hear of a cancelled date through nothing but the calendar.
pub(super) fn tell_cancelled_dates(
    connection: &mut AnyConnection,
    state: &AppState,
    event: &Event,
    fields: &EventFields,
    actor: i64,
) -> AppResult<()> {
    let before = event.exception_list();
    let cancelled: Vec<NaiveDateTime> = fields
        .schedule
        .exceptions
        .iter()
        .filter(|local| !before.contains(local))
        .copied()
        .collect();
    if cancelled.is_empty() {
        return Ok(());
    }
    let zone = event.zone();
    for date in occurrences::upcoming(connection, event.id, Utc::now().naive_utc(), i64::MAX)? {
        let local = time::in_zone(date.recurrence_id, zone).naive_local();
        if cancelled.contains(&local) {
            super::notices::date_changed(connection, state, event, date, None, actor)?;
        }
    }
    Ok(())
}
