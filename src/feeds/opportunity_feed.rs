//! `/feeds/opportunities.atom`: the newest open public opportunities, with the listing's
//! filters as query parameters, each entry in the reader's best language.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};

use super::atom::{self, AtomEntry};
use crate::error::AppResult;
use crate::http::context::RequestContext;
use crate::opportunities::listing::{self, OpportunityQuery};
use crate::opportunities::view::pick;
use crate::state::AppState;

/// Most entries in the feed.
const FEED_LIMIT: i64 = 50;

/// `GET /feeds/opportunities.atom`
pub(super) async fn atom_feed(
    request: HttpRequest,
    context: RequestContext,
    state: web::Data<AppState>,
    query: web::Query<OpportunityQuery>,
) -> AppResult<HttpResponse> {
    let mut filters = query.parse()?;
    filters.limit = FEED_LIMIT;
    filters.cursor = None;
    // Our feed publishes ours: a partner hub's opportunities are on its own feed.
    filters.local_only = true;
    // Feeds are public: what a signed-out visitor sees, whoever asks.
    let page = listing::search(&state, None, filters).await?;
    let listed: Vec<(String, i64)> = page
        .items
        .iter()
        .map(|item| {
            let key = format!("{}/{}", item.opportunity.uuid, item.group.version);
            (key, item.opportunity.version)
        })
        .collect();
    let newest = page
        .items
        .iter()
        .map(|item| item.opportunity.updated_at)
        .max();
    // Expiry removes entries without a new version; the listed ids change then, and so the tag.
    Ok(super::conditional(
        &request,
        &context,
        &listed,
        newest,
        || render(&context, &state, &page.items),
    ))
}

fn render(
    context: &RequestContext,
    state: &AppState,
    items: &[crate::opportunities::listing::ListedOpportunity],
) -> HttpResponse {
    let base = state.settings.public_url.as_str();
    let preferences = context.content_preferences();
    let preferences: Vec<&str> = preferences.iter().map(String::as_str).collect();
    let i18n = &context.i18n;
    let entries: Vec<AtomEntry> = items
        .iter()
        .map(|listed| {
            let opportunity = &listed.opportunity;
            let chosen = pick(
                &listed.details.translations,
                &preferences,
                &opportunity.primary_language,
            );
            AtomEntry {
                id: format!("urn:uuid:{}", opportunity.uuid),
                title: format!(
                    "{} · {}",
                    chosen.map_or("", |t| t.title.as_str()),
                    i18n.plain(&format!("opportunity-kind-{}", opportunity.kind))
                ),
                summary: crate::domain::excerpt(chosen.map_or("", |t| t.description.as_str()), 300),
                language: chosen
                    .map_or(opportunity.primary_language.as_str(), |t| {
                        t.language.as_str()
                    })
                    .to_owned(),
                url: format!("{base}/opportunities/{}", opportunity.uuid),
                updated: opportunity.updated_at.and_utc(),
                published: opportunity.created_at.and_utc(),
            }
        })
        .collect();
    let body = atom::feed(
        &i18n.plain("feed-opportunities-name"),
        &format!("{base}/feeds/opportunities.atom"),
        &format!("{base}/opportunities"),
        i18n.lang(),
        &entries,
    );
    HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .body(body)
}
