//! `/api/v1/events…` and `POST /api/v1/groups/{slug}/events`.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::{AppError, AppResult};
use crate::events::RsvpStatus;
use crate::events::input::EventInput;
use crate::events::listing::{self, EventQuery, Listed};
use crate::events::reschedule::{self, DateChange};
use crate::events::rsvp::{self, Attendance, Attendee};
use crate::events::service::{self, LoadedEvent};
use crate::events::view::{EventView, OccurrenceView, ViewerRights};
use crate::http::context::{CurrentUser, RequestContext};
use crate::http::errors::Problem;
use crate::state::AppState;

pub(super) fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/events", web::get().to(list))
        .route("/groups/{slug}/events", web::post().to(create))
        .route("/events/{id}", web::get().to(show))
        .route("/events/{id}", web::patch().to(update))
        .route("/events/{id}", web::delete().to(delete))
        .route("/events/{id}/cancel", web::post().to(cancel))
        .route("/events/{id}/rsvp", web::post().to(respond))
        .route(
            "/events/{id}/occurrences/{starts_at}",
            web::patch().to(change_occurrence),
        )
        .route("/events/{id}/attendees", web::get().to(attendees))
        .route("/me/events", web::get().to(my_events));
}

fn preferences(context: &RequestContext) -> Vec<String> {
    context.content_preferences()
}

/// The view of a loaded event (its first date, or the date answered in "my events"), with
/// its dates still ahead when they were loaded.
pub(crate) fn view_loaded(
    loaded: LoadedEvent,
    context: &RequestContext,
    state: &AppState,
) -> EventView {
    let rights = ViewerRights {
        organizer: loaded.viewer_organizes(),
    };
    let occurrence = loaded.occurrence;
    let preferences = preferences(context);
    let preferences: Vec<&str> = preferences.iter().map(String::as_str).collect();
    let dates: Vec<OccurrenceView> = loaded
        .dates
        .iter()
        .map(|dated| OccurrenceView::new(&loaded.event, dated))
        .collect();
    let mut view = EventView::new(
        loaded.event,
        loaded.translations,
        &loaded.group,
        occurrence,
        &loaded.attendance,
        rights,
        &preferences,
        &state.settings.public_url,
    );
    view.occurrences = dates;
    view
}

/// The view of one listed occurrence (counts are not loaded for lists).
pub(crate) fn view_listed(listed: Listed, context: &RequestContext, state: &AppState) -> EventView {
    let preferences = preferences(context);
    let preferences: Vec<&str> = preferences.iter().map(String::as_str).collect();
    EventView::new(
        listed.event,
        listed.translations,
        &listed.group,
        (listed.starts_at, listed.ends_at),
        &Attendance::default(),
        ViewerRights::default(),
        &preferences,
        &state.settings.public_url,
    )
}

/// A page of event occurrences.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct EventPage {
    items: Vec<EventView>,
    next_cursor: Option<String>,
}

/// Upcoming occurrences, filtered; one item per occurrence of a recurring event.
#[utoipa::path(get, path = "/api/v1/events", tag = "events", params(EventQuery),
    responses((status = 200, body = EventPage), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn list(
    context: RequestContext,
    state: web::Data<AppState>,
    query: web::Query<EventQuery>,
) -> AppResult<HttpResponse> {
    let page = listing::search(&state, context.user_id(), query.parse()?).await?;
    let items = page
        .items
        .into_iter()
        .map(|listed| view_listed(listed, &context, &state))
        .collect();
    Ok(HttpResponse::Ok().json(EventPage {
        items,
        next_cursor: page.next_cursor,
    }))
}

/// Create an event in a group (organizers).
#[utoipa::path(post, path = "/api/v1/groups/{slug}/events", tag = "events", security(("bearer" = [])),
    params(("slug" = String, Path, description = "The group's slug")), request_body = EventInput,
    responses(
        (status = 201, body = EventView),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "A new account published its listings for the day (`new_account_limit`); see `Retry-After`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn create(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    body: web::Json<EventInput>,
) -> AppResult<HttpResponse> {
    let fields = body.parse()?;
    let loaded = service::create(&state, &user.identity, &slug, fields).await?;
    Ok(HttpResponse::Created().json(view_loaded(loaded, &user.context, &state)))
}

/// An event.
#[utoipa::path(get, path = "/api/v1/events/{id}", tag = "events", params(("id" = String, Path, description = "Event id")),
    responses((status = 200, body = EventView), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn show(
    context: RequestContext,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let loaded = service::load(&state, context.identity.as_ref(), &id).await?;
    Ok(HttpResponse::Ok().json(view_loaded(loaded, &context, &state)))
}

/// Change an event (organizers); the whole event is checked again.
#[utoipa::path(patch, path = "/api/v1/events/{id}", tag = "events", security(("bearer" = [])),
    params(("id" = String, Path, description = "Event id")), request_body = EventInput,
    responses((status = 200, body = EventView), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn update(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: web::Json<EventInput>,
) -> AppResult<HttpResponse> {
    let current = service::load(&state, Some(&user.identity), &id).await?;
    let fields = EventInput::from_event(&current.event, &current.translations)
        .patched(body.into_inner())
        .parse()?;
    let loaded = service::update(&state, &user.identity, &id, fields).await?;
    Ok(HttpResponse::Ok().json(view_loaded(loaded, &user.context, &state)))
}

/// Delete an event (organizers).
#[utoipa::path(delete, path = "/api/v1/events/{id}", tag = "events", security(("bearer" = [])),
    params(("id" = String, Path, description = "Event id")),
    responses((status = 204, description = "Deleted"), (status = 403, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn delete(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    service::delete(&state, &user.identity, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Cancel an event (organizers); it stays visible as cancelled.
#[utoipa::path(post, path = "/api/v1/events/{id}/cancel", tag = "events", security(("bearer" = [])),
    params(("id" = String, Path, description = "Event id")),
    responses((status = 200, body = EventView), (status = 403, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn cancel(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let loaded = service::cancel(&state, &user.identity, &id).await?;
    Ok(HttpResponse::Ok().json(view_loaded(loaded, &user.context, &state)))
}

/// An RSVP.
#[derive(Debug, Deserialize, ToSchema)]
pub(super) struct RsvpRequest {
    /// `going` or `not_going`.
    status: String,
    /// The date answered: one of the event's listed `starts_at` (as in its `occurrences`), or
    /// `all` for every date still ahead. Left out, `all`.
    #[serde(default)]
    occurrence: Option<String>,
}

/// One date's answer.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct OccurrenceAnswer {
    #[schema(value_type = String)]
    starts_at: chrono::DateTime<chrono::FixedOffset>,
    /// `going`, `waitlisted` or `not_going`.
    status: RsvpStatus,
    /// Place in the date's waitlist (1 = next).
    #[serde(skip_serializing_if = "Option::is_none")]
    waitlist_position: Option<i64>,
}

/// The result of an RSVP.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct RsvpResponse {
    /// The first date's answer: `going`, `waitlisted` or `not_going`.
    status: RsvpStatus,
    /// Place in the first date's waitlist (1 = next).
    #[serde(skip_serializing_if = "Option::is_none")]
    waitlist_position: Option<i64>,
    /// Each date answered, soonest first.
    occurrences: Vec<OccurrenceAnswer>,
}

/// Say whether you are going, to one date or to every date still ahead; on a full date you
/// join that date's waitlist.
#[utoipa::path(post, path = "/api/v1/events/{id}/rsvp", tag = "events", security(("bearer" = [])),
    params(("id" = String, Path, description = "Event id")), request_body = RsvpRequest,
    responses(
        (status = 200, body = RsvpResponse),
        (status = 409, description = "Cancelled or past event or date", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown status or date", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn respond(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: web::Json<RsvpRequest>,
) -> AppResult<HttpResponse> {
    let going = match body.status.as_str() {
        "going" => true,
        "not_going" => false,
        _ => {
            return Err(AppError::field(
                "status",
                crate::domain::Invalid::new("invalid_choice"),
            ));
        }
    };
    let dates = match body.occurrence.as_deref().map(str::trim) {
        None | Some("all") => rsvp::Dates::AllUpcoming,
        Some(text) => rsvp::Dates::One(text.to_owned()),
    };
    let answers = rsvp::respond(&state, &user.identity, &id, going, dates).await?;
    let occurrences: Vec<OccurrenceAnswer> = answers
        .iter()
        .map(|answer| OccurrenceAnswer {
            starts_at: answer.starts_at,
            status: answer.status,
            waitlist_position: answer.waitlist_position,
        })
        .collect();
    let first = answers.first();
    Ok(HttpResponse::Ok().json(RsvpResponse {
        status: first.map_or(RsvpStatus::NotGoing, |answer| answer.status),
        waitlist_position: first.and_then(|answer| answer.waitlist_position),
        occurrences,
    }))
}

/// A change to one date of a series.
#[derive(Debug, Deserialize, ToSchema)]
pub(super) struct OccurrencePatch {
    /// `cancelled` cancels the date; `scheduled` brings a cancelled date back.
    status: Option<String>,
    /// The new start (wall time in the event's zone, or RFC 3339).
    starts_at: Option<String>,
    /// The new end; by default the date keeps its length.
    ends_at: Option<String>,
}

/// Move or cancel one date of a recurring event (organizers); only that date's people are
/// told. The path names the date by its listed `starts_at` (or its `recurrence_id`).
#[utoipa::path(patch, path = "/api/v1/events/{id}/occurrences/{starts_at}", tag = "events", security(("bearer" = [])),
    params(("id" = String, Path, description = "Event id"), ("starts_at" = String, Path, description = "The date's listed start, RFC 3339")),
    request_body = OccurrencePatch,
    responses(
        (status = 200, body = EventView),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such date", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not a series, cancelled, or a past date", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn change_occurrence(
    user: CurrentUser,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Json<OccurrencePatch>,
) -> AppResult<HttpResponse> {
    let (id, starts_at) = path.into_inner();
    let body = body.into_inner();
    let status = match body.status.as_deref() {
        None => None,
        Some(text) => Some(
            crate::events::EventStatus::parse(text)
                .map_err(|invalid| AppError::field("status", invalid))?,
        ),
    };
    let change = DateChange {
        status,
        starts_at: body.starts_at,
        ends_at: body.ends_at,
    };
    let loaded = reschedule::change_date(&state, &user.identity, &id, &starts_at, change).await?;
    Ok(HttpResponse::Ok().json(view_loaded(loaded, &user.context, &state)))
}

/// People going and waiting.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct AttendeeList {
    items: Vec<Attendee>,
}

/// Which date's attendees.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub(super) struct AttendeeQuery {
    /// One date's listed `starts_at`; left out, every date.
    occurrence: Option<String>,
}

/// Who is going and who waits, date by date (organizers).
#[utoipa::path(get, path = "/api/v1/events/{id}/attendees", tag = "events", security(("bearer" = [])),
    params(("id" = String, Path, description = "Event id"), AttendeeQuery),
    responses((status = 200, body = AttendeeList), (status = 403, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn attendees(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
    query: web::Query<AttendeeQuery>,
) -> AppResult<HttpResponse> {
    let occurrence = query
        .into_inner()
        .occurrence
        .filter(|text| !text.trim().is_empty());
    let items = rsvp::attendees(&state, &user.identity, &id, occurrence).await?;
    Ok(HttpResponse::Ok().json(AttendeeList { items }))
}

/// Upcoming events you RSVPed to.
#[utoipa::path(get, path = "/api/v1/me/events", tag = "events", security(("bearer" = [])),
    responses((status = 200, body = EventPage)))]
pub(super) async fn my_events(
    user: CurrentUser,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let loaded = rsvp::my_upcoming(&state, &user.identity).await?;
    let items = loaded
        .into_iter()
        .map(|loaded| view_loaded(loaded, &user.context, &state))
        .collect();
    Ok(HttpResponse::Ok().json(EventPage {
        items,
        next_cursor: None,
    }))
}
