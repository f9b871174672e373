//! The home page: what the site is for a visitor; for a member, her own page: her next events,
//! what her groups have coming up and are looking for, and the opportunities that match her.

use std::collections::HashSet;

use actix_web::{HttpResponse, web};
use askama::Template;

use super::events::{EventCard, my_event_rows};
use super::opportunity_cards::OpportunityCard;
use super::page;
use crate::error::AppResult;
use crate::events::listing::{self as event_listing, EventFilters};
use crate::events::rsvp;
use crate::http::chrome::Chrome;
use crate::http::context::RequestContext;
use crate::opportunities::listing::{self as opportunity_listing, OpportunityFilters};
use crate::opportunities::matching::{self, MatchProfile};
use crate::state::AppState;

/// How many items each part of a member's home page shows (each links to the whole list).
const SHOWN: usize = 3;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    chrome: Chrome,
    /// Present for a signed-in member.
    member: Option<MemberHome>,
}

/// A signed-in member's part of the home page.
struct MemberHome {
    my_events: Vec<(EventCard, String)>,
    group_events: Vec<EventCard>,
    group_opportunities: Vec<OpportunityCard>,
    matches: Vec<OpportunityCard>,
    profile_empty: bool,
}

/// `GET /`
pub async fn show(context: RequestContext, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    let member = if context.identity.is_some() {
        Some(member_home(&state, &context).await?)
    } else {
        None
    };
    page(HomePage {
        chrome: Chrome::new(&context),
        member,
    })
}

async fn member_home(state: &AppState, context: &RequestContext) -> AppResult<MemberHome> {
    let identity = context.identity.as_ref().expect("signed in");
    let user_id = identity.user.id;
    let mine = rsvp::my_upcoming(state, identity).await?;
    let answered: HashSet<i64> = mine.iter().map(|loaded| loaded.event.id).collect();
    let mut my_events = my_event_rows(mine, context);
    my_events.truncate(SHOWN);

    // A series shows once, and what she already answered is in her own list above.
    let coming = event_listing::search(
        state,
        Some(user_id),
        EventFilters {
            member_of: Some(user_id),
            limit: 20,
            ..EventFilters::default()
        },
    )
    .await?;
    let mut seen = HashSet::new();
    let group_events = coming
        .items
        .iter()
        .filter(|listed| !answered.contains(&listed.event.id) && seen.insert(listed.event.id))
        .take(SHOWN)
        .map(|listed| {
            let mut card = EventCard::new(listed, context);
            card.series = super::events::series_text(&context.i18n, &listed.event);
            card
        })
        .collect();

    let wanted = opportunity_listing::search(
        state,
        Some(user_id),
        OpportunityFilters {
            member_of: Some(user_id),
            limit: SHOWN as i64,
            ..OpportunityFilters::default()
        },
    )
    .await?;
    let group_opportunities = wanted
        .items
        .iter()
        .map(|listed| OpportunityCard::new(listed, context))
        .collect();

    let profile = MatchProfile::of(&identity.user);
    let profile_empty = profile.is_empty();
    let found = matching::matches(state, user_id, profile, None, SHOWN as i64).await?;
    let matches = found
        .items
        .iter()
        .map(|found| OpportunityCard::matched(found, context))
        .collect();
    Ok(MemberHome {
        my_events,
        group_events,
        group_opportunities,
        matches,
        profile_empty,
    })
}
