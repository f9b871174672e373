//! Events as cards and times as people read them, shared by the event page, the listing, the
//! home page and the group and country pages: each time in the event's own zone, named as
//! people know it, and in the reader's zone when it differs; the end; how a series repeats.

use chrono::{NaiveDateTime, TimeZone};
use chrono_tz::Tz;

use crate::error::AppResult;
use crate::events::EventStatus;
use crate::events::listing::{self, EventFilters, Listed};
use crate::events::view::pick;
use crate::http::context::RequestContext;
use crate::i18n::{I18n, direction};
use crate::state::AppState;

/// When something happens, said for a reader.
pub struct WhenText {
    /// In the event's zone, with the zone named.
    pub local: String,
    /// In the reader's zone, when it differs.
    pub reader: Option<String>,
    /// Machine-readable start (RFC 3339), for `<time datetime>`.
    pub datetime: String,
}

/// Formats an occurrence for a reader whose zone is `reader_zone`.
pub fn when(
    i18n: &I18n,
    start: NaiveDateTime,
    zone: Tz,
    all_day: bool,
    reader_zone: Option<Tz>,
) -> WhenText {
    let local = zone.from_utc_datetime(&start);
    let pattern = if all_day {
        "format-date"
    } else {
        "format-datetime"
    };
    let local_text = if all_day {
        i18n.format_time(&local, pattern)
    } else {
        crate::i18n::strip_isolation_marks(&i18n.format_with(
            "event-time-in-zone",
            &[
                ("time", i18n.format_time(&local, pattern)),
                ("zone", i18n.time_zone_name(zone.name())),
            ],
        ))
    };
    let reader = reader_zone
        .filter(|reader| !all_day && reader.name() != zone.name())
        .map(|reader| {
            let theirs = reader.from_utc_datetime(&start);
            crate::i18n::strip_isolation_marks(&i18n.format_with(
                "event-time-for-you",
                &[
                    ("time", i18n.format_time(&theirs, pattern)),
                    ("zone", i18n.time_zone_name(reader.name())),
                ],
            ))
        });
    WhenText {
        local: local_text,
        reader,
        datetime: local.to_rfc3339(),
    }
}

/// The end of an occurrence as its page shows it: the time alone when it ends the day it
/// starts, else the date (and time); nothing for a one-day all-day event.
pub fn end_text(
    i18n: &I18n,
    start: NaiveDateTime,
    end: NaiveDateTime,
    zone: Tz,
    all_day: bool,
) -> Option<String> {
    let (start, end) = (zone.from_utc_datetime(&start), zone.from_utc_datetime(&end));
    if all_day {
        // An all-day event ends at the start of the day after its last day.
        let last_day = end - chrono::Duration::seconds(1);
        return (last_day.date_naive() > start.date_naive())
            .then(|| i18n.format_time(&last_day, "format-date"));
    }
    let pattern = if end.date_naive() == start.date_naive() {
        "format-time"
    } else {
        "format-datetime"
    };
    Some(i18n.format_time(&end, pattern))
}

pub fn reader_zone(context: &RequestContext) -> Option<Tz> {
    context
        .identity
        .as_ref()
        .and_then(|identity| identity.user.timezone.parse().ok())
}

/// An occurrence as a card in a list.
pub struct EventCard {
    pub id: String,
    /// Where the title leads: the event's page, or the original of a partner hub's event.
    pub href: String,
    /// "From hub.example.org" for an event imported from a partner hub.
    pub origin: Option<String>,
    pub title: String,
    pub lang: String,
    pub dir: &'static str,
    pub when: WhenText,
    pub place: Option<String>,
    pub mode_label: String,
    pub cancelled: bool,
    /// The host group (slug, name in the reader's language), where the list names it.
    pub group: Option<(String, String)>,
    /// For a series shown once: how it repeats ("Every Tuesday").
    pub series: Option<String>,
}

impl EventCard {
    /// A card for one listed occurrence.
    pub fn new(listed: &Listed, context: &RequestContext) -> Self {
        let preferences = context.content_preferences();
        let preferences: Vec<&str> = preferences.iter().map(String::as_str).collect();
        let chosen = pick(
            &listed.translations,
            &preferences,
            &listed.event.primary_language,
        );
        let (lang, title) = chosen
            .map(|t| (t.language.clone(), t.title.clone()))
            .unwrap_or_default();
        let i18n = &context.i18n;
        let origin = listed
            .group
            .origin_peer
            .as_deref()
            .map(|peer| super::imported::from_site(i18n, peer));
        Self {
            href: match (&listed.group.origin_peer, &listed.event.origin_url) {
                (Some(peer), original) => original.clone().unwrap_or_else(|| peer.clone()),
                (None, _) => format!("/events/{}", listed.event.uuid),
            },
            origin,
            id: listed.event.uuid.clone(),
            dir: direction(&lang),
            lang,
            title,
            when: when(
                i18n,
                listed.starts_at,
                listed.event.zone(),
                listed.event.all_day,
                reader_zone(context),
            ),
            place: super::groups::place(
                i18n,
                listed.event.city.as_deref(),
                listed.event.country.as_deref(),
            ),
            mode_label: i18n.plain(&format!("attendance-{}", listed.event.attendance_mode)),
            cancelled: listed.event.status() == EventStatus::Cancelled,
            group: None,
            series: None,
        }
    }

    /// Names the host group, from `names` (`[(language, name)]`) in the reader's language.
    pub fn with_group(
        mut self,
        slug: &str,
        primary: &str,
        names: &[(String, String)],
        context: &RequestContext,
    ) -> Self {
        let preferences = context.content_preferences();
        let preferences: Vec<&str> = preferences.iter().map(String::as_str).collect();
        let name =
            crate::i18n::pick_content(names, |(language, _)| language, &preferences, primary)
                .map(|(_, name)| name.clone())
                .unwrap_or_else(|| slug.to_owned());
        // A partner hub's group has no page here; the card names its origin instead.
        if self.origin.is_none() {
            self.group = Some((slug.to_owned(), name));
        }
        self
    }
}

/// How a series repeats, in the reader's words ("Every other Tuesday", "Every month"), or
/// `None` when the rule is one the picker cannot say (the event page lists its dates).
pub fn series_text(i18n: &I18n, event: &crate::events::Event) -> Option<String> {
    use super::repeat_picker::RepeatFields;
    let rule_text = event.rrule.as_deref()?;
    let rule = crate::events::recurrence::Rule::parse(rule_text, |instant| instant).ok()?;
    let start = event
        .zone()
        .from_utc_datetime(&event.starts_at_utc)
        .naive_local();
    let fields = RepeatFields::from_rule(&rule, start, &[]);
    let interval = i64::from(rule.interval);
    match fields.repeat.as_str() {
        "daily" => Some(i18n.format_numbers("event-series-daily", &[("interval", interval)])),
        "monthly" => Some(i18n.format_numbers("event-series-monthly", &[("interval", interval)])),
        "weekly" => {
            let days: Vec<String> = fields
                .days
                .iter()
                .map(|code| i18n.plain(&format!("weekday-{code}")))
                .collect();
            Some(crate::i18n::strip_isolation_marks(&i18n.format_values(
                "event-series-weekly",
                &[("days", days.join(&i18n.list_separator()))],
                &[("interval", interval)],
            )))
        }
        _ => None,
    }
}

/// Upcoming events of a group or a heritage country, for group and country pages.
pub async fn upcoming_cards(
    state: &AppState,
    context: &RequestContext,
    filters: EventFilters,
) -> AppResult<Vec<EventCard>> {
    let page = listing::search(state, context.user_id(), filters).await?;
    Ok(page
        .items
        .iter()
        .map(|listed| EventCard::new(listed, context))
        .collect())
}
