//! What search engines read: `/robots.txt` (keeps accounts, administration, forms and the
//! machine APIs out) and the sitemaps of our own public listings (sitemaps.org protocol).
//!
//! `/sitemap.xml` is a sitemap index; it names `/sitemaps/pages.xml` and, for each kind of
//! listing, pages of at most [`URLS_PER_SITEMAP`] URLs (`/sitemaps/groups-1.xml`, …). Page `n`
//! holds the listings whose ids fall in the `n`-th block of [`URLS_PER_SITEMAP`] ids, so a page
//! is one index range however many listings came and went, and the index names only pages with
//! something in them. Listed: public groups, upcoming scheduled events of public groups, open
//! unexpired opportunities of public groups, each with `lastmod` and an `hreflang` alternate per
//! translation. Never listed: private or unlisted groups and their contents, imported listings,
//! ended ones. Each instance keeps a rendered document for ten minutes.

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use std::sync::Arc;

use chrono::{NaiveDateTime, Utc};
use diesel::dsl::max;
use diesel::prelude::*;

use crate::db::schema::{
    event_translations, events, group_translations, groups, opportunities, opportunity_translations,
};
use crate::db::{self, AnyConnection};
use crate::error::{AppError, AppResult};
use crate::events::EventStatus;
use crate::groups::Visibility;
use crate::opportunities::OpportunityStatus;
use crate::state::AppState;

/// Most URLs in one sitemap (the protocol's limit).
pub const URLS_PER_SITEMAP: i64 = 50_000;

/// Registers `/robots.txt`, `/sitemap.xml` and `/sitemaps/{name}.xml`.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/robots.txt", web::get().to(robots))
        .route("/sitemap.xml", web::get().to(index))
        .route("/sitemaps/{name}.xml", web::get().to(sitemap));
}

/// Paths no crawler needs: accounts, administration, forms, and the machine interfaces.
const DISALLOWED: &[&str] = &[
    "/me",
    "/admin",
    "/login",
    "/register",
    "/logout",
    "/account-deleted",
    "/groups/new",
    "/groups/*/edit",
    "/groups/*/delete",
    "/groups/*/members",
    "/groups/*/join",
    "/groups/*/leave",
    "/groups/*/events/new",
    "/groups/*/opportunities/new",
    "/events/*/edit",
    "/events/*/delete",
    "/events/*/cancel",
    "/events/*/rsvp",
    "/opportunities/*/edit",
    "/opportunities/*/delete",
    "/opportunities/*/interest",
    "/opportunities/*/status",
    "/api/",
    "/federation/",
];

async fn robots(state: web::Data<AppState>) -> HttpResponse {
    let mut text = String::from("User-agent: *\n");
    for path in DISALLOWED {
        text.push_str(&format!("Disallow: {path}\n"));
    }
    text.push_str(&format!(
        "\nSitemap: {}/sitemap.xml\n",
        state.settings.public_url
    ));
    cacheable("text/plain; charset=utf-8", text)
}

/// The kinds of listing with sitemaps of their own.
#[derive(Clone, Copy)]
enum Kind {
    Groups,
    Events,
    Opportunities,
}

impl Kind {
    const ALL: [Kind; 3] = [Kind::Groups, Kind::Events, Kind::Opportunities];

    fn name(self) -> &'static str {
        match self {
            Kind::Groups => "groups",
            Kind::Events => "events",
            Kind::Opportunities => "opportunities",
        }
    }
}

async fn index(state: web::Data<AppState>) -> AppResult<HttpResponse> {
    cached(&state, "index".to_owned(), |state| async move {
        let now = Utc::now().naive_utc();
        let pages = db::run(&state.db, move |connection| {
            let mut pages = Vec::new();
            for kind in Kind::ALL {
                for page in 1..=blocks(connection, kind)? {
                    if has_entries(connection, kind, page, now)? {
                        pages.push(format!("{}-{page}", kind.name()));
                    }
                }
            }
            Ok(pages)
        })
        .await?;
        let base = &state.settings.public_url;
        let mut xml = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        for name in std::iter::once("pages".to_owned()).chain(pages) {
            xml.push_str(&format!(
                "<sitemap><loc>{base}/sitemaps/{name}.xml</loc></sitemap>\n"
            ));
        }
        xml.push_str("</sitemapindex>\n");
        Ok(Some(xml))
    })
    .await
}

/// One URL of a sitemap.
struct Entry {
    path: String,
    updated_at: Option<NaiveDateTime>,
    languages: Vec<String>,
}

async fn sitemap(state: web::Data<AppState>, name: web::Path<String>) -> AppResult<HttpResponse> {
    let name = name.into_inner();
    if name != "pages" && parse_name(&name).is_none() {
        return Err(AppError::NotFound);
    }
    cached(&state, name.clone(), |state| async move {
        let entries = match parse_name(&name) {
            None => ["/", "/groups", "/events", "/opportunities"]
                .into_iter()
                .map(|path| Entry {
                    path: path.to_owned(),
                    updated_at: None,
                    languages: Vec::new(),
                })
                .collect(),
            Some((kind, page)) => {
                let now = Utc::now().naive_utc();
                db::run(&state.db, move |connection| {
                    Ok(page_entries(connection, kind, page, now)?)
                })
                .await?
            }
        };
        if entries.is_empty() {
            return Ok(None);
        }
        Ok(Some(urlset(&state.settings.public_url, entries)))
    })
    .await
}

/// Serves the document `name` from this instance's cache, rendering it when missing; `None`
/// from `render` is a 404.
async fn cached<Render, Rendering>(
    state: &web::Data<AppState>,
    name: String,
    render: Render,
) -> AppResult<HttpResponse>
where
    Render: FnOnce(web::Data<AppState>) -> Rendering,
    Rendering: std::future::Future<Output = AppResult<Option<String>>>,
{
    // One request renders a document at a time; the others wait for it or get the one
    // before, instead of each reading every listing at once.
    let xml = state
        .caches
        .sitemaps
        .get_or_compute(name, || async {
            // A 404 is not kept: names without a document must not push out those with one.
            render(state.clone())
                .await?
                .map(Arc::new)
                .ok_or(AppError::NotFound)
        })
        .await?;
    Ok(xml_response((*xml).clone()))
}

fn urlset(base: &str, entries: Vec<Entry>) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for entry in entries {
        let location = format!("{base}{}", entry.path);
        xml.push_str(&format!("<url><loc>{}</loc>", escape(&location)));
        if let Some(updated_at) = entry.updated_at {
            xml.push_str(&format!(
                "<lastmod>{}</lastmod>",
                updated_at.and_utc().format("%Y-%m-%dT%H:%M:%SZ")
            ));
        }
        // Each translation is an alternate of the others (and of itself), as search engines ask.
        if entry.languages.len() > 1 {
            for language in &entry.languages {
                let alternate = format!("{location}?lang={language}");
                xml.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    escape(language),
                    escape(&alternate)
                ));
            }
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `groups-3` → (groups, 3).
fn parse_name(name: &str) -> Option<(Kind, i64)> {
    let (kind, page) = name.rsplit_once('-')?;
    let kind = Kind::ALL
        .into_iter()
        .find(|candidate| candidate.name() == kind)?;
    let page: i64 = page
        .parse()
        .ok()
        .filter(|page| (1..=100_000).contains(page))?;
    Some((kind, page))
}

/// The ids of page `page`: the `page`-th block of [`URLS_PER_SITEMAP`] ids.
fn id_block(page: i64) -> (i64, i64) {
    ((page - 1) * URLS_PER_SITEMAP + 1, page * URLS_PER_SITEMAP)
}

/// How many blocks of ids the table of `kind` spans.
fn blocks(connection: &mut AnyConnection, kind: Kind) -> QueryResult<i64> {
    let highest: Option<i64> = match kind {
        Kind::Groups => groups::table.select(max(groups::id)).first(connection)?,
        Kind::Events => events::table.select(max(events::id)).first(connection)?,
        Kind::Opportunities => opportunities::table
            .select(max(opportunities::id))
            .first(connection)?,
    };
    Ok((highest.unwrap_or(0) + URLS_PER_SITEMAP - 1) / URLS_PER_SITEMAP)
}

fn has_entries(
    connection: &mut AnyConnection,
    kind: Kind,
    page: i64,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    Ok(!listed(connection, kind, page, now, Some(1))?.is_empty())
}

/// The listed rows of one page (id, URL key, last change), in id order.
fn listed(
    connection: &mut AnyConnection,
    kind: Kind,
    page: i64,
    now: NaiveDateTime,
    most: Option<i64>,
) -> QueryResult<Vec<(i64, String, NaiveDateTime)>> {
    // Public, and not hidden by moderation (a hidden group hides its listings too).
    let public = groups::visibility
        .eq(Visibility::Public.as_str())
        .and(groups::hidden.is_null());
    let (low, high) = id_block(page);
    let most = most.unwrap_or(URLS_PER_SITEMAP);
    match kind {
        Kind::Groups => groups::table
            .filter(public)
            // A peer's group has no page here.
            .filter(crate::groups::model::ours())
            .filter(groups::id.between(low, high))
            .order(groups::id)
            .select((groups::id, groups::slug, groups::updated_at))
            .limit(most)
            .load(connection),
        Kind::Events => events::table
            // A peer's event has no page here.
            .filter(events::imported_listing_id.is_null())
            .inner_join(groups::table)
            .filter(public)
            .filter(events::id.between(low, high))
            .filter(events::hidden.is_null())
            .filter(events::status.eq(EventStatus::Scheduled.as_str()))
            .filter(events::series_ends_at_utc.gt(now))
            .order(events::id)
            .select((events::id, events::uuid, events::updated_at))
            .limit(most)
            .load(connection),
        Kind::Opportunities => opportunities::table
            // A peer's opportunity has no page here.
            .filter(opportunities::imported_listing_id.is_null())
            .inner_join(groups::table)
            .filter(public)
            .filter(opportunities::id.between(low, high))
            .filter(opportunities::hidden.is_null())
            .filter(opportunities::status.eq(OpportunityStatus::Open.as_str()))
            .filter(opportunities::expires_at.gt(now))
            .order(opportunities::id)
            .select((
                opportunities::id,
                opportunities::uuid,
                opportunities::updated_at,
            ))
            .limit(most)
            .load(connection),
    }
}

/// The listings of one sitemap page with their translations' languages.
fn page_entries(
    connection: &mut AnyConnection,
    kind: Kind,
    page: i64,
    now: NaiveDateTime,
) -> QueryResult<Vec<Entry>> {
    let rows = listed(connection, kind, page, now, None)?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    // One range read of the block's translations (an id list of 50,000 would pass SQLite's
    // limit on parameters); the block is at most URLS_PER_SITEMAP listings wide.
    let (low, high) = id_block(page);
    let languages: Vec<(i64, String)> = match kind {
        Kind::Groups => group_translations::table
            .filter(group_translations::group_id.between(low, high))
            .select((group_translations::group_id, group_translations::language))
            .load(connection)?,
        Kind::Events => event_translations::table
            .filter(event_translations::event_id.between(low, high))
            .select((event_translations::event_id, event_translations::language))
            .load(connection)?,
        Kind::Opportunities => opportunity_translations::table
            .filter(opportunity_translations::opportunity_id.between(low, high))
            .select((
                opportunity_translations::opportunity_id,
                opportunity_translations::language,
            ))
            .load(connection)?,
    };
    let mut by_listing: std::collections::HashMap<i64, Vec<String>> = Default::default();
    for (id, language) in languages {
        by_listing.entry(id).or_default().push(language);
    }
    Ok(rows
        .into_iter()
        .map(|(id, key, updated_at)| {
            let mut languages = by_listing.remove(&id).unwrap_or_default();
            languages.sort();
            Entry {
                path: format!("/{}/{key}", kind.name()),
                updated_at: Some(updated_at),
                languages,
            }
        })
        .collect())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

fn xml_response(xml: String) -> HttpResponse {
    cacheable("application/xml; charset=utf-8", xml)
}

/// Crawlers may cache these for an hour, as may any cache on the way.
fn cacheable(content_type: &'static str, body: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sitemap_names_are_kind_and_page() {
        assert!(matches!(parse_name("groups-1"), Some((Kind::Groups, 1))));
        assert!(matches!(parse_name("events-12"), Some((Kind::Events, 12))));
        for bad in ["groups-0", "groups", "users-1", "groups--1", "groups-x"] {
            assert!(parse_name(bad).is_none(), "{bad}");
        }
    }
}
