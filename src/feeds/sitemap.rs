//! What search engines read: `/robots.txt` (keeps accounts, administration, forms and the
//! machine APIs out) and the sitemaps of our own public listings (sitemaps.org protocol).
//!
//! `/sitemap.xml` is a sitemap index; it names `/sitemaps/pages.xml` and, for each kind of
//! listing, pages of at most [`URLS_PER_SITEMAP`] URLs (`/sitemaps/groups-1.xml`, …). Listed:
//! public groups, upcoming scheduled events of public groups, open unexpired opportunities of
//! public groups, each with `lastmod` and an `hreflang` alternate per translation. Never listed:
//! private or unlisted groups and their contents, imported listings, ended ones.

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use chrono::{NaiveDateTime, Utc};
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
    let now = Utc::now().naive_utc();
    let counts = db::run(&state.db, move |connection| {
        Kind::ALL
            .into_iter()
            .map(|kind| Ok((kind, count(connection, kind, now)?)))
            .collect::<Result<Vec<_>, AppError>>()
    })
    .await?;
    let base = &state.settings.public_url;
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    xml.push_str(&format!(
        "<sitemap><loc>{base}/sitemaps/pages.xml</loc></sitemap>\n"
    ));
    for (kind, total) in counts {
        let pages = (total + URLS_PER_SITEMAP - 1) / URLS_PER_SITEMAP;
        for page in 1..=pages {
            xml.push_str(&format!(
                "<sitemap><loc>{base}/sitemaps/{}-{page}.xml</loc></sitemap>\n",
                kind.name()
            ));
        }
    }
    xml.push_str("</sitemapindex>\n");
    Ok(xml_response(xml))
}

/// One URL of a sitemap.
struct Entry {
    path: String,
    updated_at: Option<NaiveDateTime>,
    languages: Vec<String>,
}

async fn sitemap(state: web::Data<AppState>, name: web::Path<String>) -> AppResult<HttpResponse> {
    let entries = if name.as_str() == "pages" {
        ["/", "/groups", "/events", "/opportunities"]
            .into_iter()
            .map(|path| Entry {
                path: path.to_owned(),
                updated_at: None,
                languages: Vec::new(),
            })
            .collect()
    } else {
        let (kind, page) = parse_name(&name).ok_or(AppError::NotFound)?;
        let now = Utc::now().naive_utc();
        let entries = db::run(&state.db, move |connection| {
            Ok(page_entries(connection, kind, page, now)?)
        })
        .await?;
        if entries.is_empty() {
            return Err(AppError::NotFound);
        }
        entries
    };
    let base = &state.settings.public_url;
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
    Ok(xml_response(xml))
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
        .filter(|page| (1..=10_000).contains(page))?;
    Some((kind, page))
}

fn count(connection: &mut AnyConnection, kind: Kind, now: NaiveDateTime) -> QueryResult<i64> {
    let public = groups::visibility.eq(Visibility::Public.as_str());
    match kind {
        Kind::Groups => groups::table.filter(public).count().get_result(connection),
        Kind::Events => events::table
            .inner_join(groups::table)
            .filter(public)
            .filter(events::status.eq(EventStatus::Scheduled.as_str()))
            .filter(events::series_ends_at_utc.gt(now))
            .count()
            .get_result(connection),
        Kind::Opportunities => opportunities::table
            .inner_join(groups::table)
            .filter(public)
            .filter(opportunities::status.eq(OpportunityStatus::Open.as_str()))
            .filter(opportunities::expires_at.gt(now))
            .count()
            .get_result(connection),
    }
}

/// The listings of one sitemap page, in id order, with their translations' languages.
fn page_entries(
    connection: &mut AnyConnection,
    kind: Kind,
    page: i64,
    now: NaiveDateTime,
) -> QueryResult<Vec<Entry>> {
    let public = groups::visibility.eq(Visibility::Public.as_str());
    let skip = (page - 1) * URLS_PER_SITEMAP;
    let rows: Vec<(i64, String, NaiveDateTime)> = match kind {
        Kind::Groups => groups::table
            .filter(public)
            .order(groups::id)
            .select((groups::id, groups::slug, groups::updated_at))
            .limit(URLS_PER_SITEMAP)
            .offset(skip)
            .load(connection)?,
        Kind::Events => events::table
            .inner_join(groups::table)
            .filter(public)
            .filter(events::status.eq(EventStatus::Scheduled.as_str()))
            .filter(events::series_ends_at_utc.gt(now))
            .order(events::id)
            .select((events::id, events::uuid, events::updated_at))
            .limit(URLS_PER_SITEMAP)
            .offset(skip)
            .load(connection)?,
        Kind::Opportunities => opportunities::table
            .inner_join(groups::table)
            .filter(public)
            .filter(opportunities::status.eq(OpportunityStatus::Open.as_str()))
            .filter(opportunities::expires_at.gt(now))
            .order(opportunities::id)
            .select((
                opportunities::id,
                opportunities::uuid,
                opportunities::updated_at,
            ))
            .limit(URLS_PER_SITEMAP)
            .offset(skip)
            .load(connection)?,
    };
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return Ok(Vec::new());
    };
    let (low, high) = (first.0, last.0);
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
