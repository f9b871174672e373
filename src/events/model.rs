//! Event rows, their enums and the queries that load them.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{event_translations, events};
use crate::db::{self, AnyConnection};

crate::stored_enum! {
    /// Whether an event still happens.
    EventStatus {
        /// Planned.
        Scheduled = "scheduled",
        /// Called off (kept, so calendars learn about it).
        Cancelled = "cancelled",
    } invalid = "invalid_choice"
}

crate::stored_enum! {
    /// Where people attend.
    AttendanceMode {
        /// At the venue.
        InPerson = "in_person",
        /// Online only.
        Online = "online",
        /// Both.
        Hybrid = "hybrid",
    } invalid = "invalid_choice"
}

crate::stored_enum! {
    /// An RSVP's state.
    RsvpStatus {
        /// Has a seat.
        Going = "going",
        /// Waits for a seat, first come first served.
        Waitlisted = "waitlisted",
        /// Not going (never stored: the RSVP is deleted).
        NotGoing = "not_going",
    } invalid = "invalid_choice"
}

/// An event as stored.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = events)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct Event {
    pub id: i64,
    pub uuid: String,
    pub group_id: i64,
    pub primary_language: String,
    pub timezone: String,
    /// Wall time of the (first) start in `timezone`.
    #[diesel(deserialize_as = crate::db::StoredTime)]
    pub local_start: NaiveDateTime,
    #[diesel(deserialize_as = crate::db::StoredTime)]
    pub local_end: NaiveDateTime,
    #[diesel(deserialize_as = crate::db::StoredTime)]
    pub starts_at_utc: NaiveDateTime,
    #[diesel(deserialize_as = crate::db::StoredTime)]
    pub ends_at_utc: NaiveDateTime,
    pub all_day: bool,
    pub rrule: Option<String>,
    /// JSON array of cancelled occurrences' local starts (`2027-03-20T18:00:00`).
    pub exdates: String,
    /// End of the last occurrence.
    #[diesel(deserialize_as = crate::db::StoredTime)]
    pub series_ends_at_utc: NaiveDateTime,
    pub status: String,
    pub attendance_mode: String,
    pub venue_name: Option<String>,
    pub venue_address: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub online_url: Option<String>,
    pub capacity: Option<i64>,
    pub version: i64,
    #[diesel(deserialize_as = crate::db::StoredTime)]
    pub created_at: NaiveDateTime,
    #[diesel(deserialize_as = crate::db::StoredTime)]
    pub updated_at: NaiveDateTime,
    /// Why moderation hides it (`moderation` or `suspension`); `None` when shown.
    pub hidden: Option<String>,
    /// JSON array of single dates moved away from the rule ([`super::occurrences::Move`]).
    pub moved_occurrences: String,
    /// For an event imported from a peer (read-only here): the original's page.
    pub origin_url: Option<String>,
}

impl Event {
    /// The event's time zone (stored values are always valid).
    pub fn zone(&self) -> chrono_tz::Tz {
        self.timezone.parse().unwrap_or(chrono_tz::UTC)
    }

    /// The parsed status.
    pub fn status(&self) -> EventStatus {
        EventStatus::parse(&self.status).unwrap_or(EventStatus::Scheduled)
    }

    /// The parsed attendance mode.
    pub fn attendance_mode(&self) -> AttendanceMode {
        AttendanceMode::parse(&self.attendance_mode).unwrap_or(AttendanceMode::InPerson)
    }

    /// Cancelled occurrences' local starts.
    pub fn exception_list(&self) -> Vec<NaiveDateTime> {
        serde_json::from_str(&self.exdates).unwrap_or_default()
    }

    /// Single dates moved away from where the rule puts them.
    pub fn moves(&self) -> Vec<super::occurrences::Move> {
        serde_json::from_str(&self.moved_occurrences).unwrap_or_default()
    }

    /// Loads an event by public id.
    pub fn find_by_uuid(connection: &mut AnyConnection, uuid: &str) -> QueryResult<Option<Event>> {
        events::table
            .filter(events::uuid.eq(uuid))
            // A peer's event is listed here but lives on its peer.
            .filter(events::imported_listing_id.is_null())
            .select(Event::as_select())
            .first(connection)
            .optional()
    }
}

/// An event's title and description in one language.
#[derive(Debug, Clone, Queryable, Selectable, PartialEq, Eq)]
#[diesel(table_name = event_translations)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct EventTranslation {
    pub event_id: i64,
    pub language: String,
    pub title: String,
    pub description: String,
}

/// Translations of several events in one query.
pub fn translations_for(
    connection: &mut AnyConnection,
    event_ids: &[i64],
) -> QueryResult<HashMap<i64, Vec<EventTranslation>>> {
    let rows: Vec<EventTranslation> = db::built_once(
        connection,
        event_translations::table
            .filter(db::among(event_translations::event_id, event_ids))
            .order((event_translations::event_id, event_translations::language))
            .select(EventTranslation::as_select()),
    )
    .load(connection)?;
    let mut by_event: HashMap<i64, Vec<EventTranslation>> = HashMap::new();
    for row in rows {
        by_event.entry(row.event_id).or_default().push(row);
    }
    Ok(by_event)
}
