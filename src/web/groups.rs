//! Group pages: the directory (`/groups`), a group (`/groups/{slug}`), and country pages
//! (`/countries/{code}`).

use actix_web::{HttpResponse, web};
use askama::Template;

use super::{FormErrors, page};
use crate::domain::{CountryCode, TOPICS, excerpt};
use crate::error::{AppError, AppResult};
use crate::groups::directory::{self, DirectoryQuery, Filters};
use crate::groups::service::{self, LoadedGroup};
use crate::groups::view::pick_translation;
use crate::groups::{Group, GroupDetails, MemberRole, MemberStatus, Visibility};
use crate::http::chrome::Chrome;
use crate::http::context::RequestContext;
use crate::i18n::{I18n, direction};
use crate::state::AppState;

/// Registers the group pages (forms and member pages live in `group_forms` and `group_members`).
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/groups", web::get().to(directory_page))
        .route("/countries/{code}", web::get().to(country_page));
}

/// A group as a card in a list, in the reader's best language.
pub struct GroupCard {
    pub slug: String,
    /// Where the card's title leads: the group's page, or the original of a partner's group.
    pub href: String,
    /// "From hub.example.org" for a group imported from a partner hub.
    pub origin: Option<String>,
    pub name: String,
    pub summary: String,
    /// Language of `name` and `summary`, and its direction.
    pub lang: String,
    pub dir: &'static str,
    /// "Senegal → Lyon, France", localized pieces.
    pub heritage: Option<String>,
    pub place: Option<String>,
    pub topics: Vec<String>,
    pub member_count: i64,
    pub verified: bool,
}

impl GroupCard {
    /// Builds a card for a reader.
    pub fn new(group: &Group, details: &GroupDetails, context: &RequestContext) -> Self {
        let preferences = context.content_preferences();
        let preferences: Vec<&str> = preferences.iter().map(String::as_str).collect();
        let chosen = pick_translation(&details.translations, &preferences, &group.primary_language);
        let (lang, name, description) = chosen
            .map(|t| (t.language.clone(), t.name.clone(), t.description.clone()))
            .unwrap_or_default();
        let i18n = &context.i18n;
        Self {
            href: match (&group.origin_peer, &group.origin_url) {
                (Some(peer), original) => original.clone().unwrap_or_else(|| peer.clone()),
                (None, _) => format!("/groups/{}", group.slug),
            },
            origin: group
                .origin_peer
                .as_deref()
                .map(|peer| super::imported::from_site(i18n, peer)),
            slug: group.slug.clone(),
            summary: excerpt(&description, 180),
            dir: direction(&lang),
            lang,
            name,
            heritage: group
                .heritage_country
                .as_deref()
                .map(|code| i18n.country_name(code)),
            place: place(
                i18n,
                group.city.as_deref(),
                group.residence_country.as_deref(),
            ),
            topics: details
                .topics
                .iter()
                .map(|topic| i18n.plain(&format!("topic-{topic}")))
                .collect(),
            member_count: group.member_count,
            verified: group.verified,
        }
    }
}

/// "Lyon, France" in the reader's language (either part may be missing).
pub fn place(i18n: &I18n, city: Option<&str>, country: Option<&str>) -> Option<String> {
    match (city, country.map(|code| i18n.country_name(code))) {
        (Some(city), Some(country)) => Some(crate::i18n::strip_isolation_marks(&i18n.format_with(
            "place-city-country",
            &[("city", city.to_owned()), ("country", country)],
        ))),
        (Some(city), None) => Some(city.to_owned()),
        (None, Some(country)) => Some(country),
        (None, None) => None,
    }
}

/// A choice in a `<select>`.
///
/// Shared text rather than owned strings: a listing page's two country lists are 500 choices,
/// and copying each code and name was a twentieth of `/events`' time.
pub struct Choice {
    pub value: std::borrow::Cow<'static, str>,
    pub label: std::sync::Arc<str>,
    pub selected: bool,
}

/// Every country, named in the reader's language and sorted by that name.
pub fn country_choices(i18n: &I18n, selected: Option<&str>) -> Vec<Choice> {
    i18n.countries_by_name()
        .iter()
        .map(|(code, name)| Choice {
            value: (*code).into(),
            label: name.clone(),
            selected: selected == Some(*code),
        })
        .collect()
}

/// Time zones by their localized names: the zones of `country` first (sorted by name), then
/// every other zone. The selected zone is kept even when no list holds it (`UTC`).
pub fn time_zone_choices(i18n: &I18n, country: Option<&str>, selected: &str) -> Vec<Choice> {
    let choice = |zone: &str| Choice {
        value: zone.to_owned().into(),
        label: i18n.time_zone_name(zone).into(),
        selected: zone == selected,
    };
    let by_name = |choices: &mut Vec<Choice>| {
        choices.sort_by_cached_key(|choice| crate::db::search::fold(&choice.label))
    };
    let local: Vec<&str> = country
        .map(crate::domain::TimeZone::zones_of)
        .unwrap_or_default()
        .iter()
        .map(|zone| zone.name())
        .collect();
    let mut first: Vec<Choice> = local.iter().map(|zone| choice(zone)).collect();
    by_name(&mut first);
    let mut rest: Vec<Choice> = include_str!("../../assets/data/country-zones.txt")
        .lines()
        .filter_map(|line| line.split_once(' ').map(|(_, zone)| zone))
        .chain(["UTC"])
        .filter(|zone| !local.contains(zone))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .map(choice)
        .collect();
    by_name(&mut rest);
    if !selected.is_empty() && !first.iter().chain(&rest).any(|choice| choice.selected) {
        first.insert(0, choice(selected));
    }
    first.extend(rest);
    first
}

/// The languages that occur in listings, named in the reader's language and sorted by that
/// name; a language asked for in the address but not in use is kept, so the choice shows.
pub fn language_choices(i18n: &I18n, in_use: &[String], selected: Option<&str>) -> Vec<Choice> {
    let selected = selected.map(str::trim).filter(|tag| !tag.is_empty());
    let mut tags: Vec<&str> = in_use.iter().map(String::as_str).collect();
    if let Some(selected) = selected
        && !tags.iter().any(|tag| tag.eq_ignore_ascii_case(selected))
    {
        tags.push(selected);
    }
    let mut choices: Vec<Choice> = tags
        .into_iter()
        .map(|tag| Choice {
            value: tag.to_owned().into(),
            label: i18n.language_name(tag).into(),
            selected: selected.is_some_and(|chosen| chosen.eq_ignore_ascii_case(tag)),
        })
        .collect();
    choices.sort_by_cached_key(|choice| crate::db::search::fold(&choice.label));
    choices
}

/// The topics, labelled in the reader's language.
pub fn topic_choices(i18n: &I18n, selected: &[String]) -> Vec<Choice> {
    TOPICS
        .iter()
        .map(|topic| Choice {
            value: (*topic).into(),
            label: i18n.plain(&format!("topic-{topic}")).into(),
            selected: selected.iter().any(|chosen| chosen == topic),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "groups.html")]
struct DirectoryPage {
    chrome: Chrome,
    errors: FormErrors,
    query: DirectoryQuery,
    heritage_choices: Vec<Choice>,
    residence_choices: Vec<Choice>,
    language_choices: Vec<Choice>,
    topic_choices: Vec<Choice>,
    cards: Vec<GroupCard>,
    total: i64,
    next_href: Option<String>,
    /// The oEmbed discovery link and the widget builder with these filters.
    embed: super::embed_builder::EmbedLinks,
}

impl DirectoryPage {
    /// Whether a filter beyond the search words is set: the folded filters then show open.
    fn filters_set(&self) -> bool {
        super::any_set(&[
            &self.query.heritage,
            &self.query.residence,
            &self.query.city,
            &self.query.language,
            &self.query.topic,
            &self.query.verified,
            &self.query.origin,
        ])
    }
}

/// `GET /groups`: the directory with its filters.
async fn directory_page(
    context: RequestContext,
    state: web::Data<AppState>,
    query: web::Query<DirectoryQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    let (errors, filters) = match query.parse() {
        Ok(filters) => (FormErrors::default(), filters),
        Err(error) => (
            FormErrors::from_error(&context.i18n, error)?,
            Filters {
                limit: directory::DEFAULT_LIMIT,
                ..Filters::default()
            },
        ),
    };
    let result = directory::search(&state, context.user_id(), filters).await?;
    let next_href = result
        .next_cursor
        .map(|cursor| crate::paging::listing_link("/groups", &query, Some(&cursor)));
    let i18n = &context.i18n;
    let topic = query.topic.clone().into_iter().collect::<Vec<_>>();
    let in_use =
        crate::languages_in_use::of(&state, crate::languages_in_use::ListingKind::Groups).await?;
    page(DirectoryPage {
        embed: super::embed_builder::EmbedLinks::of(&state, super::embed::Listing::Groups, &query),
        language_choices: language_choices(i18n, &in_use, query.language.as_deref()),
        heritage_choices: country_choices(i18n, query.heritage.as_deref()),
        residence_choices: country_choices(i18n, query.residence.as_deref()),
        topic_choices: topic_choices(i18n, &topic),
        cards: result
            .items
            .iter()
            .map(|(group, details)| GroupCard::new(group, details, &context))
            .collect(),
        total: result.total,
        next_href,
        errors,
        query,
        chrome: Chrome::new(&context),
    })
}

#[derive(Template)]
#[template(path = "country.html")]
struct CountryPage {
    chrome: Chrome,
    country: String,
    code: String,
    cards: Vec<GroupCard>,
    total: i64,
    events: Vec<super::events::EventCard>,
    opportunities: Vec<super::opportunities::OpportunityCard>,
}

/// `GET /countries/{code}`: groups whose heritage is that country.
async fn country_page(
    context: RequestContext,
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> AppResult<HttpResponse> {
    let code = CountryCode::parse(&code).map_err(|_| AppError::NotFound)?;
    let filters = Filters {
        heritage: Some(code.clone()),
        limit: directory::MAX_LIMIT,
        ..Filters::default()
    };
    let result = directory::search(&state, context.user_id(), filters).await?;
    let upcoming = crate::events::listing::EventFilters {
        heritage: Some(code.clone()),
        limit: 10,
        ..Default::default()
    };
    let events = super::events::upcoming_cards(&state, &context, upcoming).await?;
    let open = crate::opportunities::listing::OpportunityFilters {
        heritage: Some(code.clone()),
        limit: 10,
        ..Default::default()
    };
    let opportunities = super::opportunities::open_cards(&state, &context, open).await?;
    page(CountryPage {
        events,
        opportunities,
        country: context.i18n.country_name(code.as_str()),
        code: code.as_str().to_owned(),
        cards: result
            .items
            .iter()
            .map(|(group, details)| GroupCard::new(group, details, &context))
            .collect(),
        total: result.total,
        chrome: Chrome::new(&context),
    })
}

/// Loads a group for a page, with its card and the viewer's standing.
pub async fn load_for_page(
    context: &RequestContext,
    state: &AppState,
    slug: &str,
) -> AppResult<LoadedGroup> {
    service::load(state, context.identity.as_ref(), slug).await
}

/// The viewer's standing in a group, for buttons.
pub struct Standing {
    pub signed_in: bool,
    pub active: bool,
    pub pending: bool,
    pub banned: bool,
    pub organizer: bool,
    pub owner: bool,
    pub private: bool,
}

impl Standing {
    /// Reads the standing from a loaded group.
    pub fn of(loaded: &LoadedGroup, signed_in: bool) -> Self {
        let membership = loaded.membership.as_ref();
        let status = membership.map(|m| m.status());
        let role = membership.filter(|m| m.is_active()).map(|m| m.role());
        Self {
            signed_in,
            active: status == Some(MemberStatus::Active),
            pending: status == Some(MemberStatus::Pending),
            banned: status == Some(MemberStatus::Banned),
            organizer: matches!(role, Some(MemberRole::Owner | MemberRole::Organizer)),
            owner: role == Some(MemberRole::Owner),
            private: loaded.group.visibility() == Visibility::Private,
        }
    }
}
