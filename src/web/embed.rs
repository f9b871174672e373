//! The widgets partner sites put in an `<iframe>`: `/embed/events`, `/embed/groups` and
//! `/embed/opportunities`. Each takes the filters of its listing, plus `lang` (the interface
//! language, as everywhere), `limit` (1 to 20, 5 by default) and `theme` (`light` or `dark`).
//!
//! A widget is a page of its own, without the site's header and menu, without script, with its
//! style inline, and the same for every visitor: it lists public listings only, as to someone
//! signed out, so a partner's page never shows what one of our members alone may see. Framing
//! and cookies are decided in [`crate::http::framing`].

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::FormErrors;
use super::event_cards::upcoming_cards;
use super::groups::GroupCard;
use super::opportunity_cards::open_cards;
use crate::domain::Invalid;
use crate::error::{AppError, AppResult, FieldError};
use crate::events::listing::EventQuery;
use crate::groups::directory::{self, DirectoryQuery};
use crate::http::context::RequestContext;
use crate::i18n::I18n;
use crate::opportunities::listing::OpportunityQuery;
use crate::state::AppState;

/// Listings a widget shows when `limit` is left out.
pub const DEFAULT_LIMIT: i64 = 5;
/// The most a widget shows: a widget is a glimpse, the listing is one click away.
pub const MAX_LIMIT: i64 = 20;
/// How long browsers and proxies may keep a widget (it is the same for everyone).
const MAX_AGE_SECONDS: u32 = 300;

/// Registers the widgets.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/embed/events", web::get().to(events))
        .route("/embed/groups", web::get().to(groups))
        .route("/embed/opportunities", web::get().to(opportunities));
}

/// What a widget lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing {
    Events,
    Groups,
    Opportunities,
}

impl Listing {
    /// Every kind, in the order the builder offers them.
    pub const ALL: [Listing; 3] = [Self::Events, Self::Groups, Self::Opportunities];

    /// The kind named in a path or a form (`events`, `groups`, `opportunities`).
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == name)
    }

    /// The name in paths: `/embed/{name}` and the listing page `/{name}`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Events => "events",
            Self::Groups => "groups",
            Self::Opportunities => "opportunities",
        }
    }

    /// The message id of the widget's heading.
    pub fn heading_id(self) -> &'static str {
        match self {
            Self::Events => "embed-heading-events",
            Self::Groups => "embed-heading-groups",
            Self::Opportunities => "embed-heading-opportunities",
        }
    }
}

/// The options every widget takes beside its listing's filters.
#[derive(Debug, Default, Deserialize)]
struct WidgetOptions {
    theme: Option<String>,
}

/// `light` or `dark`.
fn theme(options: &WidgetOptions) -> Result<&'static str, FieldError> {
    match options.theme.as_deref().map(str::trim) {
        None | Some("") | Some("light") => Ok("light"),
        Some("dark") => Ok("dark"),
        Some(_) => Err(FieldError::new("theme", Invalid::new("invalid_choice"))),
    }
}

/// A widget's `limit`: 5 when left out, refused outside 1 to 20.
fn limit(asked: &mut Option<i64>) -> Result<(), FieldError> {
    match *asked {
        None => *asked = Some(DEFAULT_LIMIT),
        Some(count) if (1..=MAX_LIMIT).contains(&count) => {}
        Some(_) => {
            return Err(FieldError::new(
                "limit",
                Invalid::out_of_range(1, MAX_LIMIT),
            ));
        }
    }
    Ok(())
}

/// One listing in a widget.
pub struct WidgetItem {
    /// The listing's page on this site.
    href: String,
    title: String,
    lang: String,
    dir: &'static str,
    /// For an event: when it starts, in its own zone, and machine-readable.
    time: Option<(String, String)>,
    /// Short facts: the place, the host group, the kind, until when.
    facts: Vec<String>,
}

#[derive(Template)]
#[template(path = "embed.html")]
struct WidgetPage {
    i18n: I18n,
    theme: &'static str,
    heading: String,
    items: Vec<WidgetItem>,
    errors: FormErrors,
    /// The full listing with the same filters, on this site.
    more_href: String,
}

/// Renders a widget; on errors, the widget says what is wrong, in its language (a partner
/// testing a snippet sees it at once).
fn widget(
    context: &RequestContext,
    state: &AppState,
    listing: Listing,
    theme: &'static str,
    query: &impl serde::Serialize,
    outcome: Result<Vec<WidgetItem>, AppError>,
) -> AppResult<HttpResponse> {
    let (status, items, errors) = match outcome {
        Ok(items) => (StatusCode::OK, items, FormErrors::default()),
        Err(error) => {
            let errors = FormErrors::from_error(&context.i18n, error)?;
            (StatusCode::UNPROCESSABLE_ENTITY, Vec::new(), errors)
        }
    };
    let path = format!("/{}", listing.as_str());
    let page = WidgetPage {
        heading: context.i18n.plain(listing.heading_id()),
        more_href: {
            let link = crate::paging::listing_link(&path, query, None);
            let separator = if link.contains('?') { '&' } else { '?' };
            let lang = context.i18n.lang();
            format!("{}{link}{separator}lang={lang}", state.settings.public_url)
        },
        i18n: context.i18n.clone(),
        theme,
        items,
        errors,
    };
    let body = page.render().map_err(AppError::internal)?;
    Ok(HttpResponse::build(status)
        .content_type(header::ContentType::html())
        .insert_header((
            header::CACHE_CONTROL,
            format!("public, max-age={MAX_AGE_SECONDS}"),
        ))
        .body(body))
}

/// The widget's own options: its theme (light when unreadable, so the error shows in the
/// usual colors) and whether `theme` and `limit` are acceptable; the listing's filters are its
/// parser's business.
fn options(
    options: &WidgetOptions,
    asked_limit: &mut Option<i64>,
) -> (&'static str, AppResult<()>) {
    let mut errors = Vec::new();
    let chosen = theme(options).unwrap_or_else(|error| {
        errors.push(error);
        "light"
    });
    if let Err(error) = limit(asked_limit) {
        errors.push(error);
    }
    let checked = if errors.is_empty() {
        Ok(())
    } else {
        Err(AppError::Validation(errors))
    };
    (chosen, checked)
}

/// The context of a visitor who is signed out: a widget is the same for everyone.
fn anonymous(mut context: RequestContext) -> RequestContext {
    context.identity = None;
    context
}

fn absolute(state: &AppState, path: &str) -> String {
    format!("{}{path}", state.settings.public_url)
}

/// `GET /embed/events`
async fn events(
    context: RequestContext,
    state: web::Data<AppState>,
    query: web::Query<EventQuery>,
    extra: web::Query<WidgetOptions>,
) -> AppResult<HttpResponse> {
    let context = anonymous(context);
    let mut query = query.into_inner();
    let (theme, checked) = options(&extra, &mut query.limit);
    let outcome = match checked.and_then(|()| query.parse()) {
        Ok(filters) => upcoming_cards(&state, &context, filters)
            .await
            .map(|cards| {
                cards
                    .into_iter()
                    .map(|card| WidgetItem {
                        // A partner hub's event links to its original.
                        href: match card.origin {
                            Some(_) => card.href.clone(),
                            None => absolute(&state, &card.href),
                        },
                        title: card.title,
                        lang: card.lang,
                        dir: card.dir,
                        time: Some((card.when.local, card.when.datetime)),
                        facts: [Some(card.mode_label), card.place, card.origin]
                            .into_iter()
                            .flatten()
                            .collect(),
                    })
                    .collect()
            }),
        Err(error) => Err(error),
    };
    widget(&context, &state, Listing::Events, theme, &query, outcome)
}

/// `GET /embed/groups`
async fn groups(
    context: RequestContext,
    state: web::Data<AppState>,
    query: web::Query<DirectoryQuery>,
    extra: web::Query<WidgetOptions>,
) -> AppResult<HttpResponse> {
    let context = anonymous(context);
    let mut query = query.into_inner();
    let (theme, checked) = options(&extra, &mut query.limit);
    let outcome = match checked.and_then(|()| query.parse()) {
        Ok(filters) => directory::search(&state, None, filters).await.map(|found| {
            let i18n = &context.i18n;
            found
                .items
                .iter()
                .map(|(group, details)| {
                    let card = GroupCard::new(group, details, &context);
                    let member_count = i18n.t1("group-member-count", "count", card.member_count);
                    WidgetItem {
                        // A partner hub's group links to its original.
                        href: match card.origin {
                            Some(_) => card.href.clone(),
                            None => absolute(&state, &card.href),
                        },
                        facts: [
                            card.heritage
                                .map(|country| i18n.t1("group-heritage-short", "country", country)),
                            card.place,
                            Some(card.origin.clone().unwrap_or(member_count)),
                        ]
                        .into_iter()
                        .flatten()
                        .collect(),
                        title: card.name,
                        lang: card.lang,
                        dir: card.dir,
                        time: None,
                    }
                })
                .collect()
        }),
        Err(error) => Err(error),
    };
    widget(&context, &state, Listing::Groups, theme, &query, outcome)
}

/// `GET /embed/opportunities`
async fn opportunities(
    context: RequestContext,
    state: web::Data<AppState>,
    query: web::Query<OpportunityQuery>,
    extra: web::Query<WidgetOptions>,
) -> AppResult<HttpResponse> {
    let context = anonymous(context);
    let mut query = query.into_inner();
    let (theme, checked) = options(&extra, &mut query.limit);
    let outcome = match checked.and_then(|()| query.parse()) {
        Ok(filters) => open_cards(&state, &context, filters).await.map(|cards| {
            cards
                .into_iter()
                .map(|card| WidgetItem {
                    // A partner hub's opportunity links to its original.
                    href: match card.origin {
                        Some(_) => card.href.clone(),
                        None => absolute(&state, &card.href),
                    },
                    title: card.title,
                    lang: card.lang,
                    dir: card.dir,
                    time: None,
                    facts: [
                        Some(card.kind_label),
                        card.place,
                        Some(card.open_until),
                        card.origin,
                    ]
                    .into_iter()
                    .flatten()
                    .filter(|fact| !fact.is_empty())
                    .collect(),
                })
                .collect()
        }),
        Err(error) => Err(error),
    };
    widget(
        &context,
        &state,
        Listing::Opportunities,
        theme,
        &query,
        outcome,
    )
}
