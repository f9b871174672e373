//! Event pages: an event (`/events/{id}`) with RSVP, calendar links and organizer tools, and
//! "My events". Cards and times shared with other pages live in `event_cards`.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;

use super::page;
use crate::error::AppResult;
use crate::events::listing::Listed;
use crate::events::rsvp::{self, Attendee};
use crate::events::service::{self, LoadedEvent};
use crate::events::view::pick;
use crate::events::{EventStatus, RsvpStatus};
use crate::http::chrome::Chrome;
use crate::http::context::{CurrentUser, RequestContext};
use crate::http::redirect::see_other;
use crate::i18n::direction;
use crate::state::AppState;

pub use super::event_cards::{EventCard, WhenText, series_text, upcoming_cards, when};
use super::event_cards::{end_text, reader_zone};

/// Registers the event pages (the listing lives in `event_listing`, forms in `event_forms`).
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/events/{id}", web::get().to(show))
        .route("/events/{id}/rsvp", web::post().to(respond))
        .route("/me/events", web::get().to(my_events));
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
    /// A series' dates still ahead, each with its seats and the member's answer.
    dates: Vec<DateRow>,
    /// The member answered at least one of the dates.
    answered_any: bool,
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
    /// Organizers: who comes, date by date (one group for a single event).
    attendee_dates: Vec<(WhenText, Vec<Attendee>)>,
    json_ld: String,
}

/// One date of a series on its page.
struct DateRow {
    when: WhenText,
    /// What the RSVP form sends as `occurrence`.
    occurrence: String,
    going: i64,
    waitlisted: i64,
    full: bool,
    mine: Option<RsvpStatus>,
    my_position: Option<i64>,
}

/// Dates a series' page offers answers for.
const DATES_ON_PAGE: usize = 10;

/// `GET /events/{id}`
async fn show(
    context: RequestContext,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let loaded = service::load(&state, context.identity.as_ref(), &id).await?;
    let organizer = loaded.viewer_organizes();
    let attendees = match (&context.identity, organizer) {
        (Some(identity), true) => rsvp::attendees(&state, identity, &id, None).await?,
        _ => Vec::new(),
    };
    page(event_page(&context, &state, loaded, attendees))
}

fn event_page(
    context: &RequestContext,
    state: &AppState,
    loaded: LoadedEvent,
    attendees: Vec<Attendee>,
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
        zone,
        all_day: event.all_day,
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
        dates: loaded
            .dates
            .iter()
            .filter(|dated| dated.date.ends_at > chrono::Utc::now().naive_utc())
            .take(DATES_ON_PAGE)
            .map(|dated| DateRow {
                when: when(i18n, dated.date.starts_at, zone, event.all_day, None),
                occurrence: crate::events::time::in_zone(dated.date.starts_at, zone).to_rfc3339(),
                going: dated.attendance.going,
                waitlisted: dated.attendance.waitlisted,
                full: event
                    .capacity
                    .is_some_and(|capacity| dated.attendance.going >= capacity),
                mine: dated.attendance.mine.map(|(status, _)| status),
                my_position: dated.attendance.mine.and_then(|(_, position)| position),
            })
            .collect(),
        answered_any: loaded
            .dates
            .iter()
            .any(|dated| dated.attendance.mine.is_some()),
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
        attendee_dates: by_date(i18n, attendees, zone, event.all_day),
        chrome: Chrome::new(context),
    }
}

/// Attendees grouped by the date they answered, in the order given.
fn by_date(
    i18n: &crate::i18n::I18n,
    attendees: Vec<Attendee>,
    zone: chrono_tz::Tz,
    all_day: bool,
) -> Vec<(WhenText, Vec<Attendee>)> {
    let mut grouped: Vec<(WhenText, Vec<Attendee>)> = Vec::new();
    for attendee in attendees {
        let start: NaiveDateTime = attendee.occurrence.naive_utc();
        let same = grouped
            .last()
            .is_some_and(|(_, people)| people[0].occurrence == attendee.occurrence);
        if same {
            if let Some((_, people)) = grouped.last_mut() {
                people.push(attendee);
            }
        } else {
            grouped.push((when(i18n, start, zone, all_day, None), vec![attendee]));
        }
    }
    grouped
}

#[derive(serde::Deserialize)]
struct RsvpForm {
    status: String,
    /// One date's `starts_at`; left out, every date still ahead.
    occurrence: Option<String>,
}

/// `POST /events/{id}/rsvp`
async fn respond(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
    form: web::Form<RsvpForm>,
) -> AppResult<HttpResponse> {
    let dates = match form.occurrence.as_deref().map(str::trim) {
        None | Some("") | Some("all") => rsvp::Dates::AllUpcoming,
        Some(text) => rsvp::Dates::One(text.to_owned()),
    };
    rsvp::respond(&state, &user.identity, &id, form.status == "going", dates).await?;
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
                starts_at: loaded.occurrence.0,
                ends_at: loaded.occurrence.1,
                translations: loaded.translations,
                group: loaded.group,
                event: loaded.event,
            };
            (EventCard::new(&listed, context), status)
        })
        .collect()
}
