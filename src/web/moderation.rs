//! Moderation of imported listings (`/admin/imported`): listings from peers added with
//! `--trust review` wait here until a moderator or administrator publishes or rejects them;
//! rejected ones are listed below, to publish anyway. Who may do this is decided by
//! `federation::peers::moderation`.

use actix_web::{HttpResponse, web};
use askama::Template;

use super::page;
use crate::error::AppResult;
use crate::federation::peers::imported::ImportedListing;
use crate::federation::peers::moderation;
use crate::http::chrome::Chrome;
use crate::http::context::CurrentUser;
use crate::http::redirect::see_other;
use crate::i18n::direction;
use crate::state::AppState;

/// Most waiting, and most rejected, listings on the page.
const SHOWN: i64 = 200;

/// Registers the moderation pages.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/admin/imported", web::get().to(waiting_page))
        .route("/admin/imported/{id}/publish", web::post().to(publish))
        .route("/admin/imported/{id}/reject", web::post().to(reject));
}

/// One waiting or rejected listing as shown.
struct WaitingCard {
    id: i64,
    title: String,
    lang: String,
    dir: &'static str,
    type_label: String,
    origin: String,
    original_url: Option<String>,
}

#[derive(Template)]
#[template(path = "moderation.html")]
struct ModerationPage {
    chrome: Chrome,
    waiting: Vec<WaitingCard>,
    rejected: Vec<WaitingCard>,
}

/// `GET /admin/imported`
async fn waiting_page(user: CurrentUser, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    let queue = moderation::queue(&state, &user.identity, SHOWN).await?;
    let i18n = &user.context.i18n;
    let card = |(listing, peer_url): (ImportedListing, String)| {
        let lang = listing.language.clone().unwrap_or_default();
        WaitingCard {
            id: listing.id,
            dir: direction(&lang),
            lang,
            title: listing.title,
            type_label: i18n.plain(&format!("imported-type-{}", listing.resource_type)),
            origin: i18n.t1("imported-origin", "site", peer_url),
            original_url: listing.canonical_url,
        }
    };
    page(ModerationPage {
        chrome: Chrome::new(&user.context),
        waiting: queue.waiting.into_iter().map(card).collect(),
        rejected: queue.rejected.into_iter().map(card).collect(),
    })
}

/// `POST /admin/imported/{id}/publish`
async fn publish(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    moderation::publish(&state, &user.identity, id.into_inner()).await?;
    Ok(see_other("/admin/imported"))
}

/// `POST /admin/imported/{id}/reject`
async fn reject(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    moderation::reject(&state, &user.identity, id.into_inner()).await?;
    Ok(see_other("/admin/imported"))
}
