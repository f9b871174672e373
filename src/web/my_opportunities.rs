//! The member's own opportunity pages: "My interests" (`/me/interests`) and "Matches for me"
//! (`/me/matches`), ranked with the reasons each matched.

use actix_web::{HttpResponse, web};
use askama::Template;

use super::opportunities::OpportunityCard;
use super::page;
use crate::error::AppResult;
use crate::http::chrome::Chrome;
use crate::http::context::CurrentUser;
use crate::opportunities::interest;
use crate::opportunities::listing::ListedOpportunity;
use crate::opportunities::matching::{self, MatchProfile};
use crate::state::AppState;

/// Registers the member's opportunity pages.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/me/interests", web::get().to(my_interests))
        .route("/me/matches", web::get().to(my_matches));
}

#[derive(Template)]
#[template(path = "my_interests.html")]
struct MyInterestsPage {
    chrome: Chrome,
    rows: Vec<(OpportunityCard, String)>,
}

/// `GET /me/interests`
async fn my_interests(user: CurrentUser, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    let mine = interest::mine(&state, &user.identity).await?;
    let i18n = &user.context.i18n;
    let rows = mine
        .into_iter()
        .map(|mine| {
            let sent = i18n.t1(
                "interest-sent-on",
                "date",
                i18n.format_time(&mine.interest.created_at.and_utc(), "format-date"),
            );
            let listed = ListedOpportunity {
                opportunity: mine.opportunity,
                details: mine.details,
                group: mine.group,
            };
            (OpportunityCard::new(&listed, &user.context), sent)
        })
        .collect();
    page(MyInterestsPage {
        chrome: Chrome::new(&user.context),
        rows,
    })
}

#[derive(Template)]
#[template(path = "matches.html")]
struct MatchesPage {
    chrome: Chrome,
    profile_empty: bool,
    cards: Vec<OpportunityCard>,
    next_href: Option<String>,
}

#[derive(serde::Deserialize)]
struct MatchPageQuery {
    cursor: Option<String>,
}

/// `GET /me/matches`
async fn my_matches(
    user: CurrentUser,
    state: web::Data<AppState>,
    query: web::Query<MatchPageQuery>,
) -> AppResult<HttpResponse> {
    let (cursor, limit) = matching::parse_page(query.cursor.as_deref(), None)?;
    let profile = MatchProfile::of(&user.identity.user);
    let profile_empty = profile.is_empty();
    let found = matching::matches(&state, user.identity.user.id, profile, cursor, limit).await?;
    let cards = found
        .items
        .iter()
        .map(|found| OpportunityCard::matched(found, &user.context))
        .collect();
    page(MatchesPage {
        chrome: Chrome::new(&user.context),
        profile_empty,
        cards,
        next_href: found
            .next_cursor
            .map(|cursor| format!("/me/matches?cursor={cursor}")),
    })
}
