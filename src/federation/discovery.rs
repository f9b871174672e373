//! `GET /federation/v1`: the discovery document, what this server offers partners and how to
//! use it (no key needed).

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::json;

use super::change_log::ResourceType;
use super::conditional::{etag, matches, not_modified};
use super::keys;
use super::partner_api::{DEFAULT_LIMIT, MAX_LIMIT, base};
use crate::state::AppState;

/// What this server offers partners and how to use it: endpoints, scopes, limits (no key
/// needed).
#[utoipa::path(get, path = "/federation/v1", tag = "federation",
    responses(
        (status = 200, description = "The discovery document", body = Object,
            headers(("ETag" = String, description = "Send it back in If-None-Match"))),
        (status = 304, description = "Unchanged since the ETag sent in If-None-Match"),
    ))]
pub(crate) async fn discovery(request: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let base = base(&state);
    let document = json!({
        "software": "diaspora-hub",
        "software_version": env!("CARGO_PKG_VERSION"),
        "api_version": "v1",
        "versions": ["v1"],
        "authentication": "Authorization: Bearer dhk_<prefix>_<secret>",
        "scopes": keys::SCOPES,
        "resource_types": ResourceType::ALL.iter().map(ResourceType::as_str).collect::<Vec<_>>(),
        "endpoints": {
            "changes": format!("{base}/federation/v1/changes"),
            "export": format!("{base}/federation/v1/export"),
            "groups": format!("{base}/federation/v1/groups"),
            "events": format!("{base}/federation/v1/events"),
            "opportunities": format!("{base}/federation/v1/opportunities"),
        },
        "feeds": {
            "events_ics": format!("{base}/feeds/events.ics"),
            "events_atom": format!("{base}/feeds/events.atom"),
            "opportunities_atom": format!("{base}/feeds/opportunities.atom"),
        },
        "limits": {
            "page_size_default": DEFAULT_LIMIT,
            "page_size_max": MAX_LIMIT,
            "requests_per_minute_per_key": state.settings.partner_requests_per_minute,
            "change_log_retention_days": state.settings.change_log_retention_days,
        },
    });
    let body = document.to_string();
    let tag = etag(&[&body]);
    if matches(&request, &tag) {
        return not_modified(&tag);
    }
    HttpResponse::Ok()
        .insert_header((header::ETAG, tag))
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .content_type("application/json")
        .body(body)
}
