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
use super::in_listings::{insert_event, listable, remove_event};
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
    all_day: bool,
    timezone: Option<String>,
    location: Option<String>,
    recurrence: Option<String>,
    status: Option<String>,
}

fn cut(text: &str, longest: usize) -> String {
    text.trim().chars().take(longest).collect()
}

impl CalendarEvent {
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
        let (starts_at, ends_at, timezone) = if self.all_day {
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
            all_day: Some(self.all_day),
            recurrence: self.recurrence.clone(),
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
    remove_event(connection, listing.id)?;
    if !listable(listing, "event") {
        return Ok(());
    }
    let Ok(event) = serde_json::from_str::<CalendarEvent>(&listing.document) else {
        return Ok(());
    };
    let Ok(fields) = event.input(listing.language.as_deref()).parse() else {
        return Ok(());
    };
    let group_id = carrier(connection, listing.peer_id, peer_url)?;
    let cancelled = event
        .status
        .as_deref()
        .is_some_and(|status| status.eq_ignore_ascii_case("CANCELLED"));
    insert_event(connection, listing, group_id, cancelled, &fields, &[])
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
