//! How an event is shown in the API: times with the event's own offset plus its zone, the
//! reader's best translation, counts, and the online link only for people who are going.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDateTime, Utc};
use serde::Serialize;

use super::model::{AttendanceMode, Event, EventStatus, EventTranslation, RsvpStatus};
use super::rsvp::Attendance;
use super::time::in_zone;
use crate::groups::Group;

/// Picks the translation to show (reader's languages, then the primary, then any).
pub fn pick<'a>(
    translations: &'a [EventTranslation],
    preferences: &[&str],
    primary: &str,
) -> Option<&'a EventTranslation> {
    crate::i18n::pick_content(translations, |t| &t.language, preferences, primary)
}

/// An event's text in one language.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct EventTextView {
    pub title: String,
    pub description: String,
}

/// Where an event happens.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct VenueView {
    pub name: Option<String>,
    pub address: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
}

/// The group an event belongs to.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct EventGroupView {
    pub slug: String,
    /// The group's page: here, or the original's for a group imported from a partner hub.
    pub url: String,
}

impl EventGroupView {
    /// The view of `group`, whose pages are under `base` unless it comes from a partner hub.
    pub fn of(group: &Group, base: &str) -> Self {
        Self {
            slug: group.slug.clone(),
            url: match (&group.origin_peer, &group.origin_url) {
                (Some(_), Some(original)) => original.clone(),
                (Some(peer), None) => peer.clone(),
                (None, _) => format!("{base}/groups/{}", group.slug),
            },
        }
    }
}

/// The viewer's RSVP.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MyRsvpView {
    pub status: RsvpStatus,
    /// Place in the waitlist (1 = next).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waitlist_position: Option<i64>,
}

/// One date of an event with its own seats and the viewer's answer.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OccurrenceView {
    /// The date's start: what `occurrence` names in an RSVP.
    #[schema(value_type = String)]
    pub starts_at: DateTime<FixedOffset>,
    #[schema(value_type = String)]
    pub ends_at: DateTime<FixedOffset>,
    /// Where the rule puts this date (differs from `starts_at` when it was moved).
    #[schema(value_type = String)]
    pub recurrence_id: DateTime<FixedOffset>,
    pub going_count: i64,
    pub waitlist_count: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub my_rsvp: Option<MyRsvpView>,
}

/// One date of a series moved away from where its rule puts it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MovedOccurrenceView {
    /// Where the rule puts the date (iCalendar `RECURRENCE-ID`).
    #[schema(value_type = String)]
    pub recurrence_id: DateTime<FixedOffset>,
    #[schema(value_type = String)]
    pub starts_at: DateTime<FixedOffset>,
    #[schema(value_type = String)]
    pub ends_at: DateTime<FixedOffset>,
}

/// An event (or one occurrence of a recurring event) as the API returns it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct EventView {
    /// Public id (UUID).
    pub id: String,
    /// The event's page.
    pub url: String,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Language of `title` and `description`.
    pub language: String,
    pub available_languages: Vec<String>,
    pub translations: BTreeMap<String, EventTextView>,
    pub title: String,
    pub description: String,
    pub primary_language: String,
    pub status: EventStatus,
    /// This occurrence's start, with the event's UTC offset at that time.
    #[schema(value_type = String)]
    pub starts_at: DateTime<FixedOffset>,
    #[schema(value_type = String)]
    pub ends_at: DateTime<FixedOffset>,
    /// IANA zone the event is planned in.
    pub timezone: String,
    pub all_day: bool,
    /// RRULE of a recurring event.
    pub recurrence: Option<String>,
    /// Cancelled occurrences (local start times).
    pub cancelled_occurrences: Vec<String>,
    /// Single dates moved away from where the rule puts them.
    pub moved_occurrences: Vec<MovedOccurrenceView>,
    pub attendance_mode: AttendanceMode,
    pub venue: VenueView,
    /// Only for people going and organizers.
    pub online_url: Option<String>,
    /// Seats on each date (a series' dates each have this many).
    pub capacity: Option<i64>,
    /// People going to the next date still ahead (in "my events": to this date).
    pub going_count: i64,
    pub waitlist_count: i64,
    pub group: EventGroupView,
    /// The viewer's answer to the same date as `going_count`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub my_rsvp: Option<MyRsvpView>,
    /// On one event's object: its dates still ahead (at most 100), each with its seats and
    /// the viewer's answer. Absent in lists.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub occurrences: Vec<OccurrenceView>,
    /// Where an event imported from a partner hub comes from (absent for ours).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<crate::groups::view::OriginView>,
    /// `true` for an event imported from a partner hub: people answer on the original.
    pub read_only: bool,
}

/// What the viewer may see beyond the public fields.
#[derive(Debug, Clone, Copy, Default)]
pub struct ViewerRights {
    /// Organizes the group.
    pub organizer: bool,
}

impl EventView {
    /// Builds the view of the occurrence `(starts_at, ends_at)`.
    #[expect(
        clippy::too_many_arguments,
        reason = "each argument is a distinct piece of the view"
    )]
    pub fn new(
        event: Event,
        translations: Vec<EventTranslation>,
        group: &Group,
        occurrence: (NaiveDateTime, NaiveDateTime),
        attendance: &Attendance,
        rights: ViewerRights,
        preferences: &[&str],
        public_url: &str,
    ) -> Self {
        let base = public_url;
        let zone = event.zone();
        let chosen = pick(&translations, preferences, &event.primary_language).cloned();
        let going = attendance
            .mine
            .is_some_and(|(status, _)| status == RsvpStatus::Going);
        let status = event.status();
        let origin = group
            .origin_peer
            .clone()
            .map(|peer| crate::groups::view::OriginView {
                peer,
                url: event.origin_url.clone(),
            });
        Self {
            // A peer's event has no page here: its address is the original's.
            url: match &origin {
                Some(origin) => origin.url.clone().unwrap_or_else(|| origin.peer.clone()),
                None => format!("{base}/events/{}", event.uuid),
            },
            read_only: origin.is_some(),
            origin,
            language: chosen
                .as_ref()
                .map(|t| t.language.clone())
                .unwrap_or_default(),
            title: chosen.as_ref().map(|t| t.title.clone()).unwrap_or_default(),
            description: chosen.map(|t| t.description).unwrap_or_default(),
            available_languages: translations.iter().map(|t| t.language.clone()).collect(),
            translations: translations
                .into_iter()
                .map(|t| {
                    (
                        t.language,
                        EventTextView {
                            title: t.title,
                            description: t.description,
                        },
                    )
                })
                .collect(),
            starts_at: in_zone(occurrence.0, zone),
            ends_at: in_zone(occurrence.1, zone),
            cancelled_occurrences: event
                .exception_list()
                .iter()
                .map(|t| t.format("%Y-%m-%dT%H:%M:%S").to_string())
                .collect(),
            moved_occurrences: event
                .moves()
                .iter()
                .map(|moved| MovedOccurrenceView {
                    recurrence_id: in_zone(moved.recurrence_id, zone),
                    starts_at: in_zone(moved.starts_at, zone),
                    ends_at: in_zone(moved.ends_at, zone),
                })
                .collect(),
            occurrences: Vec::new(),
            attendance_mode: event.attendance_mode(),
            online_url: event
                .online_url
                .clone()
                .filter(|_| going || rights.organizer),
            venue: VenueView {
                name: event.venue_name,
                address: event.venue_address,
                city: event.city,
                country: event.country,
            },
            going_count: attendance.going,
            waitlist_count: attendance.waitlisted,
            group: EventGroupView::of(group, base),
            my_rsvp: attendance.mine.map(|(status, position)| MyRsvpView {
                status,
                waitlist_position: position,
            }),
            id: event.uuid,
            version: event.version,
            created_at: event.created_at.and_utc(),
            updated_at: event.updated_at.and_utc(),
            primary_language: event.primary_language,
            status,
            timezone: event.timezone,
            all_day: event.all_day,
            recurrence: event.rrule,
            capacity: event.capacity,
        }
    }
}

impl OccurrenceView {
    /// The view of one date of `event`.
    pub fn new(event: &Event, dated: &super::rsvp::DateAttendance) -> Self {
        let zone = event.zone();
        let attendance = &dated.attendance;
        Self {
            starts_at: in_zone(dated.date.starts_at, zone),
            ends_at: in_zone(dated.date.ends_at, zone),
            recurrence_id: in_zone(dated.date.recurrence_id, zone),
            going_count: attendance.going,
            waitlist_count: attendance.waitlisted,
            my_rsvp: attendance.mine.map(|(status, position)| MyRsvpView {
                status,
                waitlist_position: position,
            }),
        }
    }
}
