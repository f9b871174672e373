//! "From partner sites" (`/imported`): listings imported from peers, read-only, each with its
//! origin and a link to the original. The events page shows the next few of their events too.

use actix_web::{HttpResponse, web};
use askama::Template;

use super::events::{WhenText, when};
use super::page;
use crate::db;
use crate::error::AppResult;
use crate::federation::peers::imported::{self, ImportedListing};
use crate::http::chrome::Chrome;
use crate::http::context::RequestContext;
use crate::i18n::{I18n, direction};
use crate::state::AppState;

/// Most listings on the page.
const SHOWN: i64 = 100;

/// Registers the page.
pub fn routes(config: &mut web::ServiceConfig) {
    config.route("/imported", web::get().to(list_page));
}

/// One imported listing as shown.
pub(super) struct ImportedCard {
    /// Its number here (reports name it).
    pub id: i64,
    pub title: String,
    pub lang: String,
    pub dir: &'static str,
    pub type_label: String,
    pub when: Option<WhenText>,
    pub origin: String,
    pub original_url: Option<String>,
}

#[derive(Template)]
#[template(path = "imported.html")]
struct ImportedPage {
    chrome: Chrome,
    cards: Vec<ImportedCard>,
}

/// `GET /imported`
async fn list_page(context: RequestContext, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    let rows = db::run(&state.db, |connection| {
        Ok(imported::shown(connection, SHOWN)?)
    })
    .await?;
    page(ImportedPage {
        cards: cards(&context.i18n, rows),
        chrome: Chrome::new(&context),
    })
}

/// Up to `limit` imported events still to come and not already among our listings, soonest
/// first, as cards.
pub(super) async fn upcoming_event_cards(
    state: &AppState,
    i18n: &I18n,
    limit: i64,
) -> AppResult<Vec<ImportedCard>> {
    let rows = db::run(&state.db, move |connection| {
        Ok(imported::upcoming(connection, limit, true)?)
    })
    .await?;
    Ok(cards(i18n, rows))
}

/// "From hub.example.org": where a partner hub's listing comes from, by its peer's address.
pub(super) fn from_site(i18n: &I18n, peer_url: &str) -> String {
    let host = reqwest::Url::parse(peer_url)
        .ok()
        .and_then(|url| url.host_str().map(str::to_owned))
        .unwrap_or_else(|| peer_url.to_owned());
    i18n.t1("imported-origin", "site", host)
}

/// Cards for imported listings, each with the host name of the site it comes from.
fn cards(i18n: &I18n, rows: Vec<(ImportedListing, String)>) -> Vec<ImportedCard> {
    rows.into_iter()
        .map(|(listing, peer_url)| {
            let lang = listing.language.clone().unwrap_or_default();
            let zone = listing
                .timezone
                .as_deref()
                .and_then(|zone| zone.parse().ok())
                .unwrap_or(chrono_tz::UTC);
            ImportedCard {
                id: listing.id,
                dir: direction(&lang),
                lang,
                title: listing.title,
                type_label: i18n.plain(&format!("imported-type-{}", listing.resource_type)),
                when: listing
                    .starts_at
                    .map(|start| when(i18n, start, zone, false, None)),
                origin: from_site(i18n, &peer_url),
                original_url: listing.canonical_url,
            }
        })
        .collect()
}
