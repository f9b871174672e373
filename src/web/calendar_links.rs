//! "Add to calendar" links for people whose calendar lives in a web app: Google Calendar and
//! Outlook take an event through their documented "compose" addresses, and a group's feed
//! is offered as a `webcal://` subscription that calendar apps open directly.

use chrono::NaiveDateTime;

/// What a calendar needs to know about one occurrence.
pub struct CalendarEvent<'a> {
    pub title: &'a str,
    pub details: &'a str,
    pub location: &'a str,
    pub starts_at_utc: NaiveDateTime,
    pub ends_at_utc: NaiveDateTime,
    /// The series' RRULE, for Google Calendar (Outlook's link takes one occurrence only).
    pub rrule: Option<&'a str>,
}

/// `https://calendar.google.com/calendar/render?action=TEMPLATE&…`
pub fn google(event: &CalendarEvent<'_>) -> String {
    let stamp = |time: NaiveDateTime| time.format("%Y%m%dT%H%M%SZ").to_string();
    let mut url = url::Url::parse("https://calendar.google.com/calendar/render").expect("valid");
    {
        let mut query = url.query_pairs_mut();
        query
            .append_pair("action", "TEMPLATE")
            .append_pair("text", event.title)
            .append_pair(
                "dates",
                &format!(
                    "{}/{}",
                    stamp(event.starts_at_utc),
                    stamp(event.ends_at_utc)
                ),
            )
            .append_pair("details", event.details);
        if !event.location.is_empty() {
            query.append_pair("location", event.location);
        }
        if let Some(rule) = event.rrule {
            query.append_pair("recur", &format!("RRULE:{rule}"));
        }
    }
    url.into()
}

/// `https://outlook.live.com/calendar/0/deeplink/compose?…`
pub fn outlook(event: &CalendarEvent<'_>) -> String {
    let stamp = |time: NaiveDateTime| time.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let mut url =
        url::Url::parse("https://outlook.live.com/calendar/0/deeplink/compose").expect("valid");
    url.query_pairs_mut()
        .append_pair("path", "/calendar/action/compose")
        .append_pair("rru", "addevent")
        .append_pair("subject", event.title)
        .append_pair("startdt", &stamp(event.starts_at_utc))
        .append_pair("enddt", &stamp(event.ends_at_utc))
        .append_pair("body", event.details)
        .append_pair("location", event.location);
    url.into()
}

/// The `webcal://` form of a feed's address (`https://hub.example/x.ics` →
/// `webcal://hub.example/x.ics`), which calendar apps subscribe to rather than import once.
pub fn webcal(feed_url: &str) -> String {
    let rest = feed_url
        .strip_prefix("https://")
        .or_else(|| feed_url.strip_prefix("http://"))
        .unwrap_or(feed_url);
    format!("webcal://{rest}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event() -> CalendarEvent<'static> {
        let at = |text| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").unwrap();
        CalendarEvent {
            title: "Cours de wolof & co",
            details: "https://hub.example/events/1",
            location: "Salle 3, Lyon",
            starts_at_utc: at("2027-03-02T18:00"),
            ends_at_utc: at("2027-03-02T19:30"),
            rrule: Some("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10"),
        }
    }

    #[test]
    fn google_gets_utc_times_and_the_series_rule() {
        let link = google(&event());
        assert!(link.starts_with("https://calendar.google.com/calendar/render?action=TEMPLATE"));
        assert!(link.contains("dates=20270302T180000Z%2F20270302T193000Z"));
        assert!(link.contains("text=Cours+de+wolof+%26+co"));
        assert!(link.contains("recur=RRULE%3AFREQ%3DWEEKLY%3BINTERVAL%3D2"));
    }

    #[test]
    fn outlook_gets_iso_times() {
        let link = outlook(&event());
        assert!(link.contains("startdt=2027-03-02T18%3A00%3A00Z"));
        assert!(link.contains("subject=Cours+de+wolof+%26+co"));
    }

    #[test]
    fn feeds_become_webcal_subscriptions() {
        assert_eq!(
            webcal("https://hub.example/groups/a/events.ics"),
            "webcal://hub.example/groups/a/events.ics"
        );
        assert_eq!(
            webcal("http://127.0.0.1:8080/x.ics"),
            "webcal://127.0.0.1:8080/x.ics"
        );
    }
}
