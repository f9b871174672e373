//! "Add to calendar" links for people whose calendar lives in a web app: Google Calendar and
//! Outlook take an event through their documented "compose" addresses, and a group's feed
//! is offered as a `webcal://` subscription that calendar apps open directly.

use chrono::{NaiveDateTime, TimeZone};

/// What a calendar needs to know about one occurrence.
pub struct CalendarEvent<'a> {
    pub title: &'a str,
    pub details: &'a str,
    pub location: &'a str,
    pub starts_at_utc: NaiveDateTime,
    pub ends_at_utc: NaiveDateTime,
    /// The event's zone: Google expands a series in it, so it keeps its local time across
    /// daylight-saving changes; all-day events take their dates from it.
    pub zone: chrono_tz::Tz,
    pub all_day: bool,
    /// The series' RRULE, for Google Calendar (Outlook's link takes one occurrence only).
    pub rrule: Option<&'a str>,
}

impl CalendarEvent<'_> {
    /// The first and the day after the last local date of an all-day event.
    fn local_dates(&self) -> (chrono::NaiveDate, chrono::NaiveDate) {
        let local = |time: NaiveDateTime| self.zone.from_utc_datetime(&time).date_naive();
        (local(self.starts_at_utc), local(self.ends_at_utc))
    }
}

/// `https://calendar.google.com/calendar/render?action=TEMPLATE&…`
pub fn google(event: &CalendarEvent<'_>) -> String {
    let stamp = |time: NaiveDateTime| time.format("%Y%m%dT%H%M%SZ").to_string();
    let dates = if event.all_day {
        let (first, after_last) = event.local_dates();
        format!("{}/{}", first.format("%Y%m%d"), after_last.format("%Y%m%d"))
    } else {
        format!(
            "{}/{}",
            stamp(event.starts_at_utc),
            stamp(event.ends_at_utc)
        )
    };
    let mut url = url::Url::parse("https://calendar.google.com/calendar/render").expect("valid");
    {
        let mut query = url.query_pairs_mut();
        query
            .append_pair("action", "TEMPLATE")
            .append_pair("text", event.title)
            .append_pair("dates", &dates)
            .append_pair("ctz", event.zone.name())
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
    let (start, end) = if event.all_day {
        let (first, after_last) = event.local_dates();
        (first.to_string(), after_last.to_string())
    } else {
        (stamp(event.starts_at_utc), stamp(event.ends_at_utc))
    };
    let mut url =
        url::Url::parse("https://outlook.live.com/calendar/0/deeplink/compose").expect("valid");
    {
        let mut query = url.query_pairs_mut();
        query
            .append_pair("path", "/calendar/action/compose")
            .append_pair("rru", "addevent")
            .append_pair("subject", event.title)
            .append_pair("startdt", &start)
            .append_pair("enddt", &end)
            .append_pair("body", event.details)
            .append_pair("location", event.location);
        if event.all_day {
            query.append_pair("allday", "true");
        }
    }
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
            zone: chrono_tz::Europe::Paris,
            all_day: false,
            rrule: Some("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10"),
        }
    }

    #[test]
    fn all_day_events_go_as_local_dates() {
        let at = |text| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").unwrap();
        // Two days in Paris: midnight local is 22:00 UTC the evening before, in May.
        let festival = CalendarEvent {
            starts_at_utc: at("2027-05-07T22:00"),
            ends_at_utc: at("2027-05-09T22:00"),
            all_day: true,
            rrule: None,
            ..event()
        };
        assert!(google(&festival).contains("dates=20270508%2F20270510"));
        let outlook = outlook(&festival);
        assert!(outlook.contains("startdt=2027-05-08") && outlook.contains("allday=true"));
    }

    #[test]
    fn google_gets_utc_times_and_the_series_rule() {
        let link = google(&event());
        assert!(link.starts_with("https://calendar.google.com/calendar/render?action=TEMPLATE"));
        assert!(link.contains("dates=20270302T180000Z%2F20270302T193000Z"));
        assert!(link.contains("text=Cours+de+wolof+%26+co"));
        assert!(link.contains("recur=RRULE%3AFREQ%3DWEEKLY%3BINTERVAL%3D2"));
        assert!(
            link.contains("ctz=Europe%2FParis"),
            "the series keeps Paris time"
        );
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
