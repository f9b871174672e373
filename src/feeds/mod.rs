//! Calendar and syndication feeds for partners and calendar apps: `/events/{id}.ics`,
//! `/groups/{slug}/events.ics`, `/feeds/events.ics` (with the listing's filters),
//! `/feeds/events.atom` and `/feeds/opportunities.atom`. Feeds show public listings only (a
//! single event's calendar follows the event page's rules) and one language each (`?lang=`).

pub mod atom;
pub mod ical;
mod opportunity_feed;
pub mod sitemap;

use actix_web::http::header::{self, TryIntoHeaderValue};
use actix_web::{HttpRequest, HttpResponse, web};

use crate::error::AppResult;
use crate::events::listing::{self, EventQuery};
use crate::events::view::pick;
use crate::events::{Event, EventTranslation};
use crate::federation::conditional::{etag, matches, not_modified};
use crate::groups::Group;
use crate::http::context::RequestContext;
use crate::state::AppState;
use ical::FeedEvent;

/// Most events in one feed.
const FEED_LIMIT: i64 = 500;

/// Registers the feed routes (before the pages, so `…/{id}.ics` is never read as an id).
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/events/{id}.ics", web::get().to(one_event))
        .route("/groups/{slug}/events.ics", web::get().to(group_events))
        .route("/feeds/events.ics", web::get().to(all_events))
        .route("/feeds/events.atom", web::get().to(atom_feed))
        .route(
            "/feeds/opportunities.atom",
            web::get().to(opportunity_feed::atom_feed),
        )
        .configure(sitemap::routes);
}

fn host(state: &AppState) -> String {
    state.settings.public_host()
}

fn base(state: &AppState) -> &str {
    state.settings.public_url.as_str()
}

fn feed_events<'a>(
    context: &RequestContext,
    state: &AppState,
    rows: &'a [(Event, Vec<EventTranslation>, Group)],
) -> Vec<FeedEvent<'a>> {
    let preferences = context.content_preferences();
    let preferences: Vec<&str> = preferences.iter().map(String::as_str).collect();
    rows.iter()
        .map(|(event, translations, _)| {
            let chosen = pick(translations, &preferences, &event.primary_language);
            let location = [
                event.venue_name.clone(),
                event.venue_address.clone(),
                event.city.clone(),
                event.country.clone(),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>();
            FeedEvent {
                event,
                title: chosen.map_or("", |t| t.title.as_str()),
                description: chosen.map_or("", |t| t.description.as_str()),
                language: chosen.map_or(event.primary_language.as_str(), |t| t.language.as_str()),
                url: format!("{}/events/{}", base(state), event.uuid),
                location: (!location.is_empty()).then(|| location.join(", ")),
            }
        })
        .collect()
}

/// Answers a feed conditionally: the ETag covers what the feed shows (the listings' ids and
/// versions, the language and the query), so a matching `If-None-Match` gets 304 before the
/// body is rendered; `Last-Modified` is the newest change among them.
pub(crate) fn conditional(
    request: &HttpRequest,
    context: &RequestContext,
    signature: &[(String, i64)],
    newest: Option<chrono::NaiveDateTime>,
    render: impl FnOnce() -> HttpResponse,
) -> HttpResponse {
    let listed: Vec<String> = signature
        .iter()
        .map(|(id, version)| format!("{id}:{version}"))
        .collect();
    // The text shown depends on the reader's languages (`?lang=`, account, browser).
    let tag = etag(&[
        request.path(),
        request.query_string(),
        &context.content_preferences().join(","),
        &listed.join(","),
    ]);
    if matches(request, &tag) {
        return not_modified(&tag);
    }
    let mut response = render();
    let headers = response.headers_mut();
    if let Ok(value) = header::HeaderValue::from_str(&tag) {
        headers.insert(header::ETAG, value);
    }
    if let Some(newest) = newest {
        let seconds = newest.and_utc().timestamp().max(0) as u64;
        let modified = std::time::UNIX_EPOCH + std::time::Duration::from_secs(seconds);
        if let Ok(value) = header::HttpDate::from(modified).try_into_value() {
            headers.insert(header::LAST_MODIFIED, value);
        }
    }
    response
}

/// The ids, versions and newest change of a feed's events.
fn signature(
    rows: &[(Event, Vec<EventTranslation>, Group)],
) -> (Vec<(String, i64)>, Option<chrono::NaiveDateTime>) {
    (
        rows.iter()
            .map(|(event, _, group)| (format!("{}/{}", event.uuid, group.version), event.version))
            .collect(),
        rows.iter().map(|(event, ..)| event.updated_at).max(),
    )
}

fn calendar_response(body: String, filename: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("inline; filename=\"{filename}\""),
        ))
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .body(body)
}

/// `GET /events/{id}.ics`
async fn one_event(
    request: HttpRequest,
    context: RequestContext,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let loaded = crate::events::service::load(&state, context.identity.as_ref(), &id).await?;
    let rows = vec![(loaded.event, loaded.translations, loaded.group)];
    let (listed, newest) = signature(&rows);
    Ok(conditional(&request, &context, &listed, newest, || {
        let events = feed_events(&context, &state, &rows);
        let name = events.first().map_or("diaspora-hub", |event| event.title);
        calendar_response(ical::calendar(name, &host(&state), &events), "event.ics")
    }))
}

/// `GET /groups/{slug}/events.ics`
async fn group_events(
    request: HttpRequest,
    context: RequestContext,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let group = crate::groups::service::load(&state, None, &slug).await?;
    let query = EventQuery {
        group: Some(group.group.slug.clone()),
        ..EventQuery::default()
    };
    let rows = listing::for_feed(&state, query.parse()?, FEED_LIMIT).await?;
    let name = crate::groups::view::pick_translation(
        &group.details.translations,
        &[context.i18n.lang()],
        &group.group.primary_language,
    )
    .map_or(slug.to_string(), |t| t.name.clone());
    let (mut listed, newest) = signature(&rows);
    listed.push((group.group.uuid.clone(), group.group.version));
    Ok(conditional(&request, &context, &listed, newest, || {
        calendar_response(
            ical::calendar(&name, &host(&state), &feed_events(&context, &state, &rows)),
            "group.ics",
        )
    }))
}

/// `GET /feeds/events.ics` with the listing's filters.
async fn all_events(
    request: HttpRequest,
    context: RequestContext,
    state: web::Data<AppState>,
    query: web::Query<EventQuery>,
) -> AppResult<HttpResponse> {
    let rows = listing::for_feed(&state, query.parse()?, FEED_LIMIT).await?;
    let (listed, newest) = signature(&rows);
    Ok(conditional(&request, &context, &listed, newest, || {
        let name = context.i18n.plain("feed-calendar-name");
        calendar_response(
            ical::calendar(&name, &host(&state), &feed_events(&context, &state, &rows)),
            "events.ics",
        )
    }))
}

/// `GET /feeds/events.atom`: the most recently created or changed public events.
async fn atom_feed(
    request: HttpRequest,
    context: RequestContext,
    state: web::Data<AppState>,
    query: web::Query<EventQuery>,
) -> AppResult<HttpResponse> {
    let mut rows = listing::for_feed(&state, query.parse()?, FEED_LIMIT).await?;
    rows.sort_by_key(|row| std::cmp::Reverse(row.0.updated_at));
    rows.truncate(50);
    let (listed, newest) = signature(&rows);
    Ok(conditional(&request, &context, &listed, newest, || {
        atom_body(&context, &state, &rows)
    }))
}

fn atom_body(
    context: &RequestContext,
    state: &AppState,
    rows: &[(Event, Vec<EventTranslation>, Group)],
) -> HttpResponse {
    let entries: Vec<atom::AtomEntry> = feed_events(context, state, rows)
        .into_iter()
        .map(|feed| atom::AtomEntry {
            id: format!("urn:uuid:{}", feed.event.uuid),
            title: feed.title.to_owned(),
            summary: crate::domain::excerpt(feed.description, 300),
            language: feed.language.to_owned(),
            url: feed.url.clone(),
            updated: feed.event.updated_at.and_utc(),
            published: feed.event.created_at.and_utc(),
        })
        .collect();
    let body = atom::feed(
        &context.i18n.plain("feed-calendar-name"),
        &format!("{}/feeds/events.atom", base(state)),
        &format!("{}/events", base(state)),
        context.i18n.lang(),
        &entries,
    );
    HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .body(body)
}
