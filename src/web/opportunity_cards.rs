//! Opportunities as cards in lists (the listing, group and country pages, "My interests",
//! "Matches for me"), and the small texts they share with the opportunity page.

use chrono::{Duration, Utc};

use super::groups::{Choice, place};
use crate::domain::excerpt;
use crate::error::AppResult;
use crate::http::context::RequestContext;
use crate::i18n::{I18n, direction};
use crate::opportunities::listing::{self, ListedOpportunity, OpportunityFilters};
use crate::opportunities::view::pick;
use crate::opportunities::{Opportunity, OpportunityKind, OpportunityStatus};
use crate::state::AppState;

/// The last day it takes people, in its own time zone (an expiry at midnight ends the day
/// before).
fn last_day(i18n: &I18n, opportunity: &Opportunity) -> String {
    let last_moment = (opportunity.expires_at - Duration::seconds(1))
        .and_utc()
        .with_timezone(&opportunity.zone());
    i18n.format_time(&last_moment, "format-date")
}

/// "Open until …", for cards.
pub(super) fn open_until(i18n: &I18n, opportunity: &Opportunity) -> String {
    i18n.t1(
        "opportunity-open-until",
        "date",
        last_day(i18n, opportunity),
    )
}

/// "Open until … (end of the day, Europe/Paris)", for the opportunity's page.
pub(super) fn open_until_in_zone(i18n: &I18n, opportunity: &Opportunity) -> String {
    i18n.format_with(
        "opportunity-open-until-zone",
        &[
            ("date", last_day(i18n, opportunity)),
            ("zone", opportunity.timezone.clone()),
        ],
    )
}

/// Why an opportunity no longer takes people, if it does not.
pub(super) fn ended_label(i18n: &I18n, opportunity: &Opportunity) -> Option<String> {
    match opportunity.status() {
        OpportunityStatus::Closed => Some(i18n.t("opportunity-status-closed")),
        OpportunityStatus::Filled => Some(i18n.t("opportunity-status-filled")),
        OpportunityStatus::Open if opportunity.expires_at <= Utc::now().naive_utc() => {
            Some(i18n.t("opportunity-status-expired"))
        }
        OpportunityStatus::Open => None,
    }
}

/// Where it happens, said for a reader: the place, "remote", or both.
pub(super) fn where_text(i18n: &I18n, opportunity: &Opportunity) -> Option<String> {
    let place = place(
        i18n,
        opportunity.city.as_deref(),
        opportunity.country.as_deref(),
    );
    match (place, opportunity.remote) {
        (Some(place), true) => Some(crate::i18n::strip_isolation_marks(&i18n.t1(
            "opportunity-place-or-remote",
            "place",
            place,
        ))),
        (Some(place), false) => Some(place),
        (None, true) => Some(i18n.plain("opportunity-remote")),
        (None, false) => None,
    }
}

/// An opportunity as a card in a list.
pub struct OpportunityCard {
    pub id: String,
    /// Where the title leads: the opportunity's page, or the original of a partner hub's one.
    pub href: String,
    /// "From hub.example.org" for an opportunity imported from a partner hub.
    pub origin: Option<String>,
    pub title: String,
    pub summary: String,
    pub lang: String,
    pub dir: &'static str,
    pub kind_label: String,
    pub place: Option<String>,
    pub open_until: String,
    pub ended: Option<String>,
    /// Why it matched (on "Matches for me").
    pub reasons: Vec<String>,
}

impl OpportunityCard {
    /// A card for one of a member's matches, with why it matched in her language.
    pub fn matched(
        found: &crate::opportunities::matching::Match,
        context: &RequestContext,
    ) -> Self {
        Self {
            reasons: found
                .reasons
                .iter()
                .map(|reason| crate::opportunities::view::reason_text(&context.i18n, reason))
                .collect(),
            ..Self::new(&found.listed, context)
        }
    }

    /// A card for one listed opportunity.
    pub fn new(listed: &ListedOpportunity, context: &RequestContext) -> Self {
        let preferences = context.content_preferences();
        let preferences: Vec<&str> = preferences.iter().map(String::as_str).collect();
        let opportunity = &listed.opportunity;
        let chosen = pick(
            &listed.details.translations,
            &preferences,
            &opportunity.primary_language,
        );
        let (lang, title, description) = chosen
            .map(|t| (t.language.clone(), t.title.clone(), t.description.as_str()))
            .unwrap_or_default();
        let i18n = &context.i18n;
        Self {
            href: match (&listed.group.origin_peer, &opportunity.origin_url) {
                (Some(peer), original) => original.clone().unwrap_or_else(|| peer.clone()),
                (None, _) => format!("/opportunities/{}", opportunity.uuid),
            },
            origin: listed
                .group
                .origin_peer
                .as_deref()
                .map(|peer| super::imported::from_site(i18n, peer)),
            id: opportunity.uuid.clone(),
            summary: excerpt(description, 180),
            dir: direction(&lang),
            lang,
            title,
            kind_label: i18n.plain(&format!("opportunity-kind-{}", opportunity.kind)),
            place: where_text(i18n, opportunity),
            open_until: open_until(i18n, opportunity),
            ended: ended_label(i18n, opportunity),
            reasons: Vec::new(),
        }
    }
}

/// Open opportunities of a group or a heritage country, for group and country pages.
pub async fn open_cards(
    state: &AppState,
    context: &RequestContext,
    filters: OpportunityFilters,
) -> AppResult<Vec<OpportunityCard>> {
    let page = listing::search(state, context.user_id(), filters).await?;
    Ok(page
        .items
        .iter()
        .map(|listed| OpportunityCard::new(listed, context))
        .collect())
}

/// The kinds as choices, `selected` checked.
pub fn kind_choices(i18n: &I18n, selected: &str) -> Vec<Choice> {
    OpportunityKind::ALL
        .iter()
        .map(|kind| Choice {
            value: kind.as_str().into(),
            label: i18n
                .plain(&format!("opportunity-kind-{}", kind.as_str()))
                .into(),
            selected: selected == kind.as_str(),
        })
        .collect()
}
