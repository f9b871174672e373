//! Moderation of imported listings (`/admin/imported`): listings from peers added with
//! `--trust review` wait here until a moderator or administrator publishes them. Who may do
//! this is decided by `federation::peers::moderation`.

use actix_web::{HttpResponse, web};
use askama::Template;

use super::context::CurrentUser;
use super::{Chrome, page, see_other};
use crate::error::AppResult;
use crate::federation::peers::moderation;
use crate::i18n::direction;
use crate::state::AppState;

/// Most waiting listings on the page.
const SHOWN: i64 = 200;

/// Registers the moderation pages.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/admin/imported", web::get().to(waiting_page))
        .route("/admin/imported/{id}/publish", web::post().to(publish));
}

/// One waiting listing as shown.
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
    cards: Vec<WaitingCard>,
}

/// `GET /admin/imported`
async fn waiting_page(user: CurrentUser, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    let rows = moderation::waiting(&state, &user.identity, SHOWN).await?;
    let i18n = &user.context.i18n;
    let cards = rows
        .into_iter()
        .map(|(listing, peer_url)| {
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
        })
        .collect();
    page(ModerationPage {
        chrome: Chrome::new(&user.context),
        cards,
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
