//! Events from calendar peers in our listings. An iCalendar feed's events have no group, so each
//! calendar peer gets one carrier group row (`groups.calendar_peer_id`): public so its events are
//! listed, but in no directory, with no page, and never passed on to partners. A published, not
//! rejected calendar event that reads as an event by our own rules gets a read-only row in it,
//! with its dates and search text, so `/events`, search and `GET /api/v1/events` list it beside
//! ours, marked with its origin and leading to the original. One that does not read (a rule
//! beyond what we support, a start already past) stays on `/imported` and in the partner events
//! of the plain `/events` listing.

use std::collections::BTreeMap;

use chrono::{DateTime, Days, Utc};
use diesel::prelude::*;
use serde::Deserialize;

use super::imported::ImportedListing;
use super::in_listings::{ListedEvent, listable, moves, remove_event, write_event};
use crate::db::AnyConnection;
use crate::db::schema::groups;
use crate::domain::LanguageTag;
use crate::events::input::{DESCRIPTION_MAX, EventInput, EventTextInput, TITLE_MAX, VenueInput};

/// The language of a calendar event that names none: "several languages" (ISO 639 `mul`),
/// since a calendar says nothing of what it is written in.
const UNSTATED_LANGUAGE: &str = "mul";

/// Longest place text kept (our venue address).
const LOCATION_MAX: usize = 300;

/// A calendar event as [`super::ical`] stores it.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CalendarEvent {
    title: String,
    description: Option<String>,
    /// RFC 3339, UTC.
    starts_at: String,
    /// RFC 3339, UTC (`DTEND`; for an all-day event, the day after its last).
    ends_at: Option<String>,
    /// Absent in copies stored before it was kept: see [`CalendarEvent::all_day`].
    all_day: Option<bool>,
    timezone: Option<String>,
    location: Option<String>,
    recurrence: Option<String>,
    status: Option<String>,
    /// Dates of the series left out (RFC 3339, UTC).
    cancelled_occurrences: Vec<String>,
}

fn cut(text: &str, longest: usize) -> String {
    text.trim().chars().take(longest).collect()
}

impl CalendarEvent {
    /// Whether it is an all-day event. A copy stored before that was kept says so by a start at
    /// midnight UTC with no zone: how the reader stores a `DTSTART` that is a date.
    fn all_day(&self) -> bool {
        self.all_day.unwrap_or_else(|| {
            self.timezone.is_none() && self.starts_at.ends_with("T00:00:00+00:00")
        })
    }

    /// The event as our own input, in `language` (when the calendar named one).
    fn input(&self, language: Option<&str>) -> EventInput {
        let language = language
            .and_then(|tag| LanguageTag::parse(tag).ok())
            .map_or_else(
                || UNSTATED_LANGUAGE.to_owned(),
                |tag| tag.as_str().to_owned(),
            );
        let instant = |text: &str| DateTime::parse_from_rfc3339(text).ok();
        let start = instant(&self.starts_at);
        let end = self
            .ends_at
            .as_deref()
            .and_then(instant)
            .filter(|end| start.is_some_and(|start| *end > start));
        let all_day = self.all_day();
        let (starts_at, ends_at, timezone) = if all_day {
            let day = |at: DateTime<chrono::FixedOffset>| at.date_naive();
            (
                start.map(|start| day(start).to_string()),
                // DTEND of an all-day event is the day after its last.
                end.and_then(|end| day(end).checked_sub_days(Days::new(1)))
                    .map(|last| last.to_string()),
                "UTC".to_owned(),
            )
        } else {
            (
                start.map(|start| start.to_rfc3339()),
                end.map(|end| end.to_rfc3339()),
                self.timezone.clone().unwrap_or_else(|| "UTC".to_owned()),
            )
        };
        let text = EventTextInput {
            title: cut(&self.title, TITLE_MAX),
            description: cut(
                self.description.as_deref().unwrap_or_default(),
                DESCRIPTION_MAX,
            ),
        };
        EventInput {
            primary_language: Some(language.clone()),
            translations: Some(BTreeMap::from([(language, text)])),
            starts_at,
            ends_at,
            timezone: Some(timezone),
            all_day: Some(all_day),
            recurrence: self.recurrence.clone(),
            cancelled_occurrences: Some(self.cancelled_occurrences.clone())
                .filter(|dates| !dates.is_empty()),
            venue: self.location.as_deref().map(|location| VenueInput {
                address: Some(cut(&location.replace(['\r', '\n'], " "), LOCATION_MAX)),
                ..VenueInput::default()
            }),
            ..EventInput::default()
        }
    }
}

/// Brings the listing row of calendar event `listing`, from the calendar at `peer_url`, in line
/// with it (in the caller's transaction).
pub fn refresh_event(
    connection: &mut AnyConnection,
    listing: &ImportedListing,
    peer_url: &str,
) -> QueryResult<()> {
    let read = listable(listing, "event")
        .then(|| serde_json::from_str::<serde_json::Value>(&listing.document).ok())
        .flatten()
        .and_then(|document| {
            let event = CalendarEvent::deserialize(&document).ok()?;
            let fields = event.input(listing.language.as_deref()).parse().ok()?;
            Some((event, fields, moves(&document)))
        });
    let Some((event, fields, moved)) = read else {
        return remove_event(connection, listing.id);
    };
    let listed = ListedEvent {
        group_id: carrier(connection, listing.peer_id, peer_url)?,
        cancelled: event
            .status
            .as_deref()
            .is_some_and(|status| status.eq_ignore_ascii_case("CANCELLED")),
        fields,
        moved,
    };
    write_event(connection, listing, &listed)
}

/// The carrier group of the calendar peer `peer_id`, made on first use.
fn carrier(connection: &mut AnyConnection, peer_id: i64, peer_url: &str) -> QueryResult<i64> {
    let existing: Option<i64> = groups::table
        .filter(groups::calendar_peer_id.eq(peer_id))
        .select(groups::id)
        .first(connection)
        .optional()?;
    if let Some(group_id) = existing {
        return Ok(group_id);
    }
    let now = Utc::now().naive_utc();
    diesel::insert_into(groups::table)
        .values((
            groups::uuid.eq(uuid::Uuid::now_v7().to_string()),
            // Never a slug of ours (ours have no `~`), and never routed: no page here.
            groups::slug.eq(format!("~calendar-{peer_id}")),
            groups::primary_language.eq(UNSTATED_LANGUAGE),
            groups::visibility.eq("public"),
            groups::join_policy.eq("open"),
            groups::verified.eq(false),
            groups::member_count.eq(0_i64),
            groups::version.eq(1_i64),
            groups::created_at.eq(now),
            groups::updated_at.eq(now),
            groups::origin_peer.eq(peer_url),
            groups::calendar_peer_id.eq(peer_id),
        ))
        .returning(groups::id)
        .get_result(connection)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(json: serde_json::Value) -> EventInput {
        serde_json::from_value::<CalendarEvent>(json)
            .unwrap()
            .input(None)
    }

    #[test]
    fn a_timed_event_keeps_its_zone_and_end() {
        let input = event(serde_json::json!({
            "title": "Tabaski", "starts_at": "2030-06-01T16:00:00+00:00",
            "ends_at": "2030-06-01T19:00:00+00:00", "timezone": "Europe/Paris",
            "location": "Salle des fêtes\nLyon"
        }));

        let fields = input.parse().unwrap();

        assert_eq!(fields.primary_language.as_str(), "mul");
        assert_eq!(fields.schedule.zone, chrono_tz::Europe::Paris);
        assert_eq!(
            fields.schedule.local_start.to_string(),
            "2030-06-01 18:00:00"
        );
        assert_eq!(fields.schedule.local_end.to_string(), "2030-06-01 21:00:00");
        assert_eq!(
            fields.venue_address.as_deref(),
            Some("Salle des fêtes Lyon")
        );
    }

    #[test]
    fn a_copy_stored_before_all_day_was_kept_is_read_as_all_day_from_its_midnight_start() {
        let old = event(serde_json::json!({
            "title": "Festival", "starts_at": "2030-07-10T00:00:00+00:00", "timezone": null
        }));
        let timed = event(serde_json::json!({
            "title": "Talk", "starts_at": "2030-07-10T00:00:00+00:00", "timezone": "UTC"
        }));

        assert!(old.parse().unwrap().schedule.all_day);
        assert!(!timed.parse().unwrap().schedule.all_day);
    }

    #[test]
    fn cancelled_and_moved_dates_of_a_series_are_kept() {
        let document = serde_json::json!({
            "title": "Wolof class", "starts_at": "2030-03-05T17:00:00+00:00",
            "timezone": "Europe/Paris", "recurrence": "FREQ=WEEKLY;COUNT=4",
            "cancelled_occurrences": ["2030-03-12T17:00:00+00:00"],
            "moved_occurrences": [{"recurrence_id": "2030-03-19T17:00:00+00:00",
                "starts_at": "2030-03-20T17:00:00+00:00", "ends_at": "2030-03-20T19:00:00+00:00"}]
        });
        let input = CalendarEvent::deserialize(&document).unwrap().input(None);

        let fields = input.parse().unwrap();

        let starts: Vec<String> = fields
            .schedule
            .occurrences
            .iter()
            .map(|(start, _)| start.to_rfc3339())
            .collect();
        assert_eq!(
            starts,
            [
                "2030-03-05T17:00:00+00:00",
                "2030-03-19T17:00:00+00:00",
                "2030-03-26T17:00:00+00:00"
            ],
            "the 12th is cancelled; the 19th is moved by its Move, not by the rule"
        );
        assert_eq!(moves(&document).len(), 1);
    }

    #[test]
    fn an_all_day_event_ends_the_day_before_its_dtend() {
        let input = event(serde_json::json!({
            "title": "Festival", "starts_at": "2030-07-10T00:00:00+00:00",
            "ends_at": "2030-07-13T00:00:00+00:00", "all_day": true
        }));

        let fields = input.parse().unwrap();

        assert!(fields.schedule.all_day);
        assert_eq!(fields.schedule.local_start.date().to_string(), "2030-07-10");
        // Through the 12th: our all-day end is the next midnight, as DTEND's.
        assert_eq!(fields.schedule.local_end.to_string(), "2030-07-13 00:00:00");
    }
}
