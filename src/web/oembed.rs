//! oEmbed (`GET /oembed?url=…&format=json`): a site builder (WordPress and others) given the
//! link of one of our listing pages asks here, and gets the widget's `<iframe>` to show in its
//! place (type `rich`). Listing pages announce it with an `application/json+oembed` link.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::embed::{DEFAULT_LIMIT, Listing, MAX_LIMIT};
use super::embed_builder::{Widget, frame_height};
use crate::domain::Invalid;
use crate::error::{AppError, AppResult};
use crate::http::context::RequestContext;
use crate::state::AppState;

/// Registers the oEmbed endpoint.
pub fn routes(config: &mut web::ServiceConfig) {
    config.route("/oembed", web::get().to(oembed));
}

/// The query of `GET /oembed`.
#[derive(Debug, Deserialize)]
struct OembedQuery {
    url: Option<String>,
    format: Option<String>,
    maxwidth: Option<i64>,
    maxheight: Option<i64>,
}

/// An oEmbed 1.0 answer of type `rich`.
#[derive(Debug, Serialize)]
struct OembedAnswer {
    version: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    title: String,
    provider_name: String,
    provider_url: String,
    html: String,
    width: i64,
    height: i64,
    cache_age: i64,
}

/// The widget for the link of one of our listing pages (`/events?…`, `/groups?…`,
/// `/opportunities?…`) or of a widget itself; `None` for any other link.
fn widget_for_link(state: &AppState, link: &str) -> Option<Widget> {
    let ours = url::Url::parse(&state.settings.public_url).ok()?;
    let asked = url::Url::parse(link.trim()).ok()?;
    if asked.origin() != ours.origin() {
        return None;
    }
    let name = asked
        .path()
        .strip_prefix("/embed/")
        .or_else(|| asked.path().strip_prefix('/'))?;
    let listing = Listing::parse(name.trim_end_matches('/'))?;
    let widget_limit = |value: &str| {
        value
            .parse::<i64>()
            .ok()
            .filter(|count| (1..=MAX_LIMIT).contains(count))
    };
    // A listing page's own page size may be larger than a widget shows: the widget's applies.
    let pairs: Vec<(String, String)> = asked
        .query_pairs()
        .filter(|(name, value)| {
            name != "cursor" && (name != "limit" || widget_limit(value).is_some())
        })
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect();
    let limit = pairs
        .iter()
        .find(|(name, _)| name == "limit")
        .and_then(|(_, value)| widget_limit(value))
        .unwrap_or(DEFAULT_LIMIT);
    let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
    let path = match query.is_empty() {
        true => format!("/embed/{}", listing.as_str()),
        false => format!("/embed/{}?{query}", listing.as_str()),
    };
    Some(Widget {
        listing,
        path,
        height: frame_height(limit),
    })
}

/// `GET /oembed?url=…&format=json`: the widget for one of our listing pages.
async fn oembed(
    context: RequestContext,
    state: web::Data<AppState>,
    query: web::Query<OembedQuery>,
) -> AppResult<HttpResponse> {
    if query
        .format
        .as_deref()
        .is_some_and(|format| format != "json")
    {
        // The oEmbed answer for a format the provider does not produce.
        return Ok(HttpResponse::NotImplemented().finish());
    }
    let link = query
        .url
        .as_deref()
        .filter(|link| !link.trim().is_empty())
        .ok_or_else(|| AppError::field("url", Invalid::required()))?;
    let widget = widget_for_link(&state, link).ok_or(AppError::NotFound)?;
    let i18n = &context.i18n;
    let title = format!(
        "{} · {}",
        i18n.plain(widget.listing.heading_id()),
        i18n.plain("site-name")
    );
    let width = query
        .maxwidth
        .filter(|width| *width > 0)
        .map_or(480, |max| max.min(480));
    let height = query
        .maxheight
        .filter(|height| *height > 0)
        .map_or(widget.height, |max| max.min(widget.height));
    let html = widget.snippet(&state, &title, &width.to_string(), height);
    Ok(HttpResponse::Ok()
        .insert_header((
            actix_web::http::header::CACHE_CONTROL,
            "public, max-age=3600",
        ))
        .json(OembedAnswer {
            version: "1.0",
            kind: "rich",
            provider_name: i18n.plain("site-name"),
            provider_url: state.settings.public_url.clone(),
            html,
            width,
            height,
            cache_age: 3600,
            title,
        }))
}
