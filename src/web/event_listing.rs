//! The event listing (`/events`): upcoming occurrences with filters and keyset paging, and,
//! under the plain listing, the next events from partner sites.

use actix_web::{HttpResponse, web};
use askama::Template;

use super::events::EventCard;
use super::groups::{Choice, country_choices, language_choices};
use super::imported::{ImportedCard, upcoming_event_cards};
use super::{FormErrors, page};
use crate::error::AppResult;
use crate::events::AttendanceMode;
use crate::events::listing::{self, EventFilters, EventQuery};
use crate::http::chrome::Chrome;
use crate::http::context::RequestContext;
use crate::languages_in_use::ListingKind;
use crate::state::AppState;

/// Registers the listing.
pub fn routes(config: &mut web::ServiceConfig) {
    config.route("/events", web::get().to(list_page));
}

#[derive(Template)]
#[template(path = "events.html")]
struct EventsPage {
    chrome: Chrome,
    errors: FormErrors,
    query: EventQuery,
    country_choices: Vec<Choice>,
    heritage_choices: Vec<Choice>,
    language_choices: Vec<Choice>,
    modes: Vec<Choice>,
    cards: Vec<EventCard>,
    next_href: Option<String>,
    /// The next events on partner sites, on the first page of the unfiltered listing.
    partner_cards: Vec<ImportedCard>,
    /// The oEmbed discovery link and the widget builder with these filters.
    embed: super::embed_builder::EmbedLinks,
}

impl EventsPage {
    /// Whether a filter beyond the search words is set: the folded filters then show open.
    fn filters_set(&self) -> bool {
        super::any_set(&[
            &self.query.from,
            &self.query.to,
            &self.query.heritage,
            &self.query.country,
            &self.query.city,
            &self.query.attendance_mode,
            &self.query.language,
            &self.query.origin,
        ])
    }
}

/// Partner events shown under the unfiltered listing.
const PARTNER_EVENTS_SHOWN: i64 = 4;

/// The cards of one page: each names its group, and unless the reader asked for a date range
/// a series shows once, at its next date, with how it repeats (a weekly class would otherwise
/// fill the page). The API keeps one item per occurrence.
async fn listing_cards(
    state: &AppState,
    context: &RequestContext,
    query: &EventQuery,
    items: &[listing::Listed],
) -> AppResult<Vec<EventCard>> {
    let collapse = !super::any_set(&[&query.from, &query.to]);
    let mut group_ids: Vec<i64> = items.iter().map(|listed| listed.group.id).collect();
    group_ids.sort_unstable();
    group_ids.dedup();
    let names = crate::groups::names::names_of(state, group_ids).await?;
    let mut seen_series = std::collections::HashSet::new();
    let no_names = Vec::new();
    Ok(items
        .iter()
        .filter(|listed| {
            !collapse || listed.event.rrule.is_none() || seen_series.insert(listed.event.id)
        })
        .map(|listed| {
            let mut card = EventCard::new(listed, context).with_group(
                &listed.group.slug,
                &listed.group.primary_language,
                names.get(&listed.group.id).unwrap_or(&no_names),
                context,
            );
            if collapse {
                card.series = super::events::series_text(&context.i18n, &listed.event);
            }
            card
        })
        .collect())
}

/// `GET /events`
async fn list_page(
    context: RequestContext,
    state: web::Data<AppState>,
    query: web::Query<EventQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    let (errors, filters) = match query.parse() {
        Ok(filters) => (FormErrors::default(), filters),
        Err(error) => (
            FormErrors::from_error(&context.i18n, error)?,
            EventFilters::default(),
        ),
    };
    let page_of = listing::search(&state, context.user_id(), filters).await?;
    let next_href = page_of
        .next_cursor
        .map(|cursor| crate::paging::listing_link("/events", &query, Some(&cursor)));
    let i18n = &context.i18n;
    // Imported events have no country, language or topic to filter on: they join only the
    // plain listing, where nothing is narrowed down.
    let partner_cards = if query.is_unfiltered_first_page() {
        upcoming_event_cards(&state, i18n, PARTNER_EVENTS_SHOWN).await?
    } else {
        Vec::new()
    };
    let selected_mode = query.attendance_mode.clone().unwrap_or_default();
    let in_use = crate::languages_in_use::of(&state, ListingKind::Events).await?;
    page(EventsPage {
        embed: super::embed_builder::EmbedLinks::of(&state, super::embed::Listing::Events, &query),
        language_choices: language_choices(i18n, &in_use, query.language.as_deref()),
        partner_cards,
        country_choices: country_choices(i18n, query.country.as_deref()),
        heritage_choices: country_choices(i18n, query.heritage.as_deref()),
        modes: AttendanceMode::ALL
            .iter()
            .map(|mode| Choice {
                value: mode.as_str().into(),
                label: i18n.plain(&format!("attendance-{}", mode.as_str())).into(),
                selected: selected_mode == mode.as_str(),
            })
            .collect(),
        cards: listing_cards(&state, &context, &query, &page_of.items).await?,
        next_href,
        errors,
        query,
        chrome: Chrome::new(&context),
    })
}
