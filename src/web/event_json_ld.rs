//! schema.org `Event` data for event pages, safe inside `<script type="application/ld+json">`.

use serde_json::{Value, json};

use crate::events::service::LoadedEvent;
use crate::events::time::in_zone;
use crate::events::{AttendanceMode, EventStatus};

/// The JSON-LD of an event, with `<`, `>` and `&` escaped so user text cannot close the
/// script element.
pub fn event_json_ld(
    loaded: &LoadedEvent,
    title: &str,
    description: &str,
    language: &str,
    url: &str,
    group_name: &str,
    group_url: &str,
) -> String {
    let event = &loaded.event;
    let zone = event.zone();
    let virtual_location = json!({"@type": "VirtualLocation", "url": url});
    let place = json!({
        "@type": "Place",
        "name": event.venue_name,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": event.venue_address,
            "addressLocality": event.city,
            "addressCountry": event.country,
        }
    });
    let (mode, location): (&str, Value) = match event.attendance_mode() {
        AttendanceMode::InPerson => ("https://schema.org/OfflineEventAttendanceMode", place),
        AttendanceMode::Online => (
            "https://schema.org/OnlineEventAttendanceMode",
            virtual_location,
        ),
        AttendanceMode::Hybrid => (
            "https://schema.org/MixedEventAttendanceMode",
            json!([place, virtual_location]),
        ),
    };
    let status = match event.status() {
        EventStatus::Scheduled => "https://schema.org/EventScheduled",
        EventStatus::Cancelled => "https://schema.org/EventCancelled",
    };
    let value = json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": title,
        "description": description,
        "url": url,
        "inLanguage": language,
        "startDate": in_zone(event.starts_at_utc, zone).to_rfc3339(),
        "endDate": in_zone(event.ends_at_utc, zone).to_rfc3339(),
        "eventStatus": status,
        "eventAttendanceMode": mode,
        "location": location,
        "organizer": {"@type": "Organization", "name": group_name, "url": group_url},
    });
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}
