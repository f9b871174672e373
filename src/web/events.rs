//! Event pages: an event (`/events/{id}`) with RSVP and organizer tools, "My events", and the
//! cards and times the listing (`event_listing`) shares. Times are shown in the event's own
//! zone, named, and in the reader's zone when it differs.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{NaiveDateTime, TimeZone};
use chrono_tz::Tz;

use super::page;
use crate::error::AppResult;
use crate::events::listing::{self, EventFilters, Listed};
use crate::events::rsvp::{self, Attendee};
use crate::events::service::{self, LoadedEvent};
use crate::events::view::pick;
use crate::events::{EventStatus, RsvpStatus};
use crate::http::chrome::Chrome;
use crate::http::context::{CurrentUser, RequestContext};
use crate::http::redirect::see_other;
use crate::i18n::{I18n, direction};
use crate::state::AppState;

/// Registers the event pages (the listing lives in `event_listing`, forms in `event_forms`).
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/events/{id}", web::get().to(show))
        .route("/events/{id}/rsvp", web::post().to(respond))
        .route("/me/events", web::get().to(my_events));
}

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
fn end_text(
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

fn reader_zone(context: &RequestContext) -> Option<Tz> {
    context
        .identity
        .as_ref()
        .and_then(|identity| identity.user.timezone.parse().ok())
}

/// An occurrence as a card in a list.
pub struct EventCard {
    pub id: String,
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
        Self {
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
        self.group = Some((slug.to_owned(), name));
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
                &[("days", days.join(", "))],
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

#[derive(Template)]
#[template(path = "event.html")]
struct EventPage {
    chrome: Chrome,
    id: String,
    title: String,
    paragraphs: Vec<String>,
    lang: String,
    dir: &'static str,
    group_slug: String,
    group_name: String,
    when: WhenText,
    /// When the (first) occurrence ends: a time on the same day, else a date and time.
    ends: Option<String>,
    next_dates: Vec<WhenText>,
    /// Capacity reached: replying puts the member on the waitlist.
    full: bool,
    google_link: String,
    outlook_link: String,
    recurring: bool,
    cancelled: bool,
    past: bool,
    mode_label: String,
    venue_lines: Vec<String>,
    online_url: Option<String>,
    link_rel: &'static str,
    /// Hidden by moderation, on its own or with its group (only organizers get here).
    hidden: bool,
    capacity: Option<i64>,
    going: i64,
    waitlisted: i64,
    my_status: Option<RsvpStatus>,
    my_position: Option<i64>,
    signed_in: bool,
    organizer: bool,
    attendees: Vec<Attendee>,
    json_ld: String,
}

/// `GET /events/{id}`
async fn show(
    context: RequestContext,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let loaded = service::load(&state, context.identity.as_ref(), &id).await?;
    let organizer = loaded.viewer_organizes();
    let attendees = match (&context.identity, organizer) {
        (Some(identity), true) => rsvp::attendees(&state, identity, &id).await?,
        _ => Vec::new(),
    };
    let next = listing::next_occurrences(&state, loaded.event.id, 10).await?;
    page(event_page(&context, &state, loaded, attendees, next))
}

fn event_page(
    context: &RequestContext,
    state: &AppState,
    loaded: LoadedEvent,
    attendees: Vec<Attendee>,
    upcoming: Vec<NaiveDateTime>,
) -> EventPage {
    let i18n = &context.i18n;
    let preferences = context.content_preferences();
    let preferences: Vec<&str> = preferences.iter().map(String::as_str).collect();
    let event = &loaded.event;
    let chosen = pick(&loaded.translations, &preferences, &event.primary_language).cloned();
    let (lang, title, description) = chosen
        .map(|t| (t.language, t.title, t.description))
        .unwrap_or_default();
    let group_name = crate::groups::view::pick_translation(
        &loaded.group_details.translations,
        &preferences,
        &loaded.group.primary_language,
    )
    .map(|t| t.name.clone())
    .unwrap_or_else(|| loaded.group.slug.clone());
    let zone = event.zone();
    let going_or_organizer = loaded
        .attendance
        .mine
        .is_some_and(|(status, _)| status == RsvpStatus::Going)
        || loaded.viewer_organizes();
    let venue_lines: Vec<String> = [
        event.venue_name.clone(),
        event.venue_address.clone(),
        super::groups::place(i18n, event.city.as_deref(), event.country.as_deref()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let url = format!(
        "{}/events/{}",
        state.settings.public_url.as_str(),
        event.uuid
    );
    let group_url = format!(
        "{}/groups/{}",
        state.settings.public_url.as_str(),
        loaded.group.slug
    );
    let calendar_event = super::calendar_links::CalendarEvent {
        title: &title,
        details: &url,
        location: &venue_lines.join(", "),
        starts_at_utc: event.starts_at_utc,
        ends_at_utc: event.ends_at_utc,
        rrule: event.rrule.as_deref(),
    };
    let (google_link, outlook_link) = (
        super::calendar_links::google(&calendar_event),
        super::calendar_links::outlook(&calendar_event),
    );
    EventPage {
        ends: end_text(
            i18n,
            event.starts_at_utc,
            event.ends_at_utc,
            zone,
            event.all_day,
        ),
        full: event
            .capacity
            .is_some_and(|capacity| loaded.attendance.going >= capacity),
        google_link,
        outlook_link,
        id: event.uuid.clone(),
        paragraphs: description
            .split("\n\n")
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect(),
        dir: direction(&lang),
        json_ld: super::event_json_ld::event_json_ld(
            &loaded,
            &title,
            &description,
            &lang,
            &url,
            &group_name,
            &group_url,
        ),
        lang,
        title,
        group_slug: loaded.group.slug.clone(),
        group_name,
        when: when(
            i18n,
            event.starts_at_utc,
            zone,
            event.all_day,
            reader_zone(context),
        ),
        next_dates: upcoming
            .iter()
            .map(|start| when(i18n, *start, zone, event.all_day, None))
            .collect(),
        recurring: event.rrule.is_some(),
        cancelled: event.status() == EventStatus::Cancelled,
        past: event.series_ends_at_utc <= chrono::Utc::now().naive_utc(),
        mode_label: i18n.plain(&format!("attendance-{}", event.attendance_mode)),
        venue_lines,
        online_url: event.online_url.clone().filter(|_| going_or_organizer),
        link_rel: super::user_link_rel(loaded.group.verified),
        hidden: event.hidden.is_some() || loaded.group.hidden.is_some(),
        capacity: event.capacity,
        going: loaded.attendance.going,
        waitlisted: loaded.attendance.waitlisted,
        my_status: loaded.attendance.mine.map(|(status, _)| status),
        my_position: loaded.attendance.mine.and_then(|(_, position)| position),
        signed_in: context.identity.is_some(),
        organizer: loaded.viewer_organizes(),
        attendees,
        chrome: Chrome::new(context),
    }
}

#[derive(serde::Deserialize)]
struct RsvpForm {
    status: String,
}

/// `POST /events/{id}/rsvp`
async fn respond(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
    form: web::Form<RsvpForm>,
) -> AppResult<HttpResponse> {
    rsvp::respond(&state, &user.identity, &id, form.status == "going").await?;
    // Back to the part of the page that changed, not its top (below the fold on a phone).
    Ok(see_other(&format!("/events/{id}#rsvp")))
}

#[derive(Template)]
#[template(path = "my_events.html")]
struct MyEventsPage {
    chrome: Chrome,
    rows: Vec<(EventCard, String)>,
}

/// `GET /me/events`
async fn my_events(user: CurrentUser, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    let loaded = rsvp::my_upcoming(&state, &user.identity).await?;
    page(MyEventsPage {
        chrome: Chrome::new(&user.context),
        rows: my_event_rows(loaded, &user.context),
    })
}

/// The member's upcoming events as cards, each with her answer ("You're going").
pub fn my_event_rows(
    loaded: Vec<LoadedEvent>,
    context: &RequestContext,
) -> Vec<(EventCard, String)> {
    let i18n = &context.i18n;
    loaded
        .into_iter()
        .map(|loaded| {
            let status = match loaded.attendance.mine {
                Some((RsvpStatus::Waitlisted, Some(position))) => {
                    i18n.t1("rsvp-waitlisted-position", "position", position)
                }
                _ => i18n.t("rsvp-you-are-going"),
            };
            let listed = Listed {
                starts_at: loaded.event.starts_at_utc,
                ends_at: loaded.event.ends_at_utc,
                translations: loaded.translations,
                group: loaded.group,
                event: loaded.event,
            };
            (EventCard::new(&listed, context), status)
        })
        .collect()
}
