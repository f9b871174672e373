//! "Put this on your site" (`/embed`): a partner picks what to show, the filters and the
//! language, sees the widget as it will look, and copies its `<iframe>` snippet. Listing pages
//! link here with their filters chosen, and announce [`super::oembed`] for site builders.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::{Deserialize, Serialize};

use super::embed::{DEFAULT_LIMIT, Listing, MAX_LIMIT};
use super::groups::{Choice, country_choices, language_choices, topic_choices};
use super::opportunity_cards::kind_choices;
use super::{FormErrors, page_with_status};
use crate::domain::Invalid;
use crate::error::{AppError, AppResult, FieldError};
use crate::events::AttendanceMode;
use crate::events::listing::EventQuery;
use crate::groups::directory::DirectoryQuery;
use crate::http::chrome::Chrome;
use crate::http::context::RequestContext;
use crate::i18n::{I18n, SUPPORTED_LOCALES};
use crate::languages_in_use::ListingKind;
use crate::opportunities::listing::OpportunityQuery;
use crate::state::AppState;

/// Registers the builder page.
pub fn routes(config: &mut web::ServiceConfig) {
    config.route("/embed", web::get().to(builder));
}

/// The builder's choices, as its form sends them. The listing pages' "put this on your site"
/// links fill them from their own filters.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
pub struct WidgetChoice {
    /// `events`, `groups` or `opportunities`.
    pub what: Option<String>,
    pub heritage: Option<String>,
    /// Where: the event's or opportunity's country, or where the group is.
    pub country: Option<String>,
    /// A language the listings are written in.
    pub language: Option<String>,
    pub q: Option<String>,
    /// Events and groups: the city.
    pub city: Option<String>,
    /// Events: `in_person`, `online` or `hybrid`.
    pub attendance_mode: Option<String>,
    /// Groups: a topic id.
    pub topic: Option<String>,
    /// Opportunities: the kind.
    pub kind: Option<String>,
    /// The widget's interface language (its `lang`; not this page's, which `lang` switches).
    pub widget_lang: Option<String>,
    pub limit: Option<String>,
    pub theme: Option<String>,
}

/// A widget ready to show: where it is and how tall to make its frame.
pub(super) struct Widget {
    pub(super) listing: Listing,
    /// `/embed/{what}?…`, without the host.
    pub(super) path: String,
    pub(super) height: i64,
}

impl Widget {
    /// The `<iframe>` a partner pastes, `width` wide (`100%`, `480`) and `height` pixels
    /// tall; `title` names it for screen readers.
    pub(super) fn snippet(
        &self,
        state: &AppState,
        title: &str,
        width: &str,
        height: i64,
    ) -> String {
        let source = format!("{}{}", state.settings.public_url, self.path).replace('&', "&amp;");
        let title = title.replace('&', "&amp;").replace('"', "&quot;");
        format!(
            "<iframe src=\"{source}\" title=\"{title}\" width=\"{width}\" height=\"{height}\" \
             style=\"border:0\" loading=\"lazy\"></iframe>"
        )
    }
}

/// A frame tall enough for `count` listings without a scroll bar on a phone.
pub(super) fn frame_height(count: i64) -> i64 {
    110 + 86 * count
}

fn blank(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|text| !text.is_empty())
        .map(str::to_owned)
}

impl WidgetChoice {
    /// Checks the choice with the listing's own rules and builds the widget's address.
    fn widget(&self) -> Result<Widget, AppError> {
        let listing = match blank(&self.what) {
            None => Listing::Events,
            Some(name) => Listing::parse(&name)
                .ok_or_else(|| AppError::field("what", Invalid::new("invalid_choice")))?,
        };
        let mut errors = Vec::new();
        let limit = match blank(&self.limit) {
            None => DEFAULT_LIMIT,
            Some(text) => match text.parse::<i64>() {
                Ok(count) if (1..=MAX_LIMIT).contains(&count) => count,
                _ => {
                    errors.push(FieldError::new(
                        "limit",
                        Invalid::out_of_range(1, MAX_LIMIT),
                    ));
                    DEFAULT_LIMIT
                }
            },
        };
        let theme = match blank(&self.theme).as_deref() {
            None | Some("light") => None,
            Some("dark") => Some("dark"),
            Some(_) => {
                errors.push(FieldError::new("theme", Invalid::new("invalid_choice")));
                None
            }
        };
        let lang = match blank(&self.widget_lang) {
            None => None,
            Some(code) if SUPPORTED_LOCALES.contains(&code.as_str()) => Some(code),
            Some(_) => {
                errors.push(FieldError::new(
                    "widget_lang",
                    Invalid::new("unknown_locale"),
                ));
                None
            }
        };
        let (heritage, country, language, q) = (
            blank(&self.heritage),
            blank(&self.country),
            blank(&self.language),
            blank(&self.q),
        );
        // Each listing keeps only the filters it has.
        let (city, attendance_mode, topic, kind) = match listing {
            Listing::Events => (blank(&self.city), blank(&self.attendance_mode), None, None),
            Listing::Groups => (blank(&self.city), None, blank(&self.topic), None),
            Listing::Opportunities => (None, None, None, blank(&self.kind)),
        };
        // The listing's parser has the last word on its filters, with its own messages.
        let checked = match listing {
            Listing::Events => EventQuery {
                heritage: heritage.clone(),
                country: country.clone(),
                city: city.clone(),
                attendance_mode: attendance_mode.clone(),
                language: language.clone(),
                q: q.clone(),
                ..EventQuery::default()
            }
            .parse()
            .map(drop),
            Listing::Groups => DirectoryQuery {
                heritage: heritage.clone(),
                residence: country.clone(),
                city: city.clone(),
                topic: topic.clone(),
                language: language.clone(),
                q: q.clone(),
                ..DirectoryQuery::default()
            }
            .parse()
            .map(drop),
            Listing::Opportunities => OpportunityQuery {
                heritage: heritage.clone(),
                country: country.clone(),
                kind: kind.clone(),
                language: language.clone(),
                q: q.clone(),
                ..OpportunityQuery::default()
            }
            .parse()
            .map(drop),
        };
        match checked {
            Ok(()) => {}
            Err(AppError::Validation(found)) => {
                errors.extend(found.into_iter().map(|mut error| {
                    if error.field == "residence" {
                        error.field = "country".to_owned();
                    }
                    error
                }))
            }
            Err(other) => return Err(other),
        }
        if !errors.is_empty() {
            return Err(AppError::Validation(errors));
        }
        let place = if listing == Listing::Groups {
            "residence"
        } else {
            "country"
        };
        let pairs: Vec<(&str, String)> = [
            ("heritage", heritage),
            (place, country),
            ("city", city),
            ("attendance_mode", attendance_mode),
            ("topic", topic),
            ("kind", kind),
            ("language", language),
            ("q", q),
            ("lang", lang),
            ("limit", (limit != DEFAULT_LIMIT).then(|| limit.to_string())),
            ("theme", theme.map(str::to_owned)),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.map(|value| (name, value)))
        .collect();
        let query = serde_urlencoded::to_string(pairs).unwrap_or_default();
        let path = match query.is_empty() {
            true => format!("/embed/{}", listing.as_str()),
            false => format!("/embed/{}?{query}", listing.as_str()),
        };
        Ok(Widget {
            listing,
            path,
            height: frame_height(limit),
        })
    }
}

#[derive(Template)]
#[template(path = "embed_builder.html")]
struct BuilderPage {
    chrome: Chrome,
    errors: FormErrors,
    choice: WidgetChoice,
    what_choices: Vec<Choice>,
    heritage_choices: Vec<Choice>,
    country_choices: Vec<Choice>,
    language_choices: Vec<Choice>,
    interface_choices: Vec<Choice>,
    theme_choices: Vec<Choice>,
    /// The filter only the chosen listing has: attendance modes, topics or kinds.
    mode_choices: Vec<Choice>,
    topic_choices: Vec<Choice>,
    kind_choices: Vec<Choice>,
    /// Which listing the form is for, so it offers that listing's own filters.
    listing: &'static str,
    /// The widget's own path, for the preview frame, and its height.
    preview: Option<(String, i64)>,
    preview_title: String,
    snippet: String,
}

/// `GET /embed`: the form, and once something is chosen, the preview and the snippet.
async fn builder(
    context: RequestContext,
    state: web::Data<AppState>,
    choice: web::Query<WidgetChoice>,
) -> AppResult<HttpResponse> {
    let choice = choice.into_inner();
    let i18n = &context.i18n;
    let (status, errors, widget) = match choice.widget() {
        Ok(widget) => (StatusCode::OK, FormErrors::default(), Some(widget)),
        Err(error) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            FormErrors::from_error(i18n, error)?,
            None,
        ),
    };
    let chosen_what = blank(&choice.what).unwrap_or_else(|| "events".to_owned());
    let kind = match Listing::parse(&chosen_what) {
        Some(Listing::Groups) => ListingKind::Groups,
        Some(Listing::Opportunities) => ListingKind::Opportunities,
        _ => ListingKind::Events,
    };
    let in_use = crate::languages_in_use::of(&state, kind).await?;
    let chrome = Chrome::new(&context);
    // The frame's title is read on the partner's page: in the widget's language when it has one.
    let widget_i18n = SUPPORTED_LOCALES
        .iter()
        .find(|code| blank(&choice.widget_lang).as_deref() == Some(**code))
        .map_or_else(
            || i18n.clone(),
            |code| I18n::new(state.locales.clone(), code),
        );
    let preview_title = widget
        .as_ref()
        .map(|widget| {
            format!(
                "{} · {}",
                widget_i18n.plain(widget.listing.heading_id()),
                widget_i18n.plain("site-name")
            )
        })
        .unwrap_or_default();
    let chosen_lang = blank(&choice.widget_lang).unwrap_or_default();
    let chosen_theme = blank(&choice.theme).unwrap_or_else(|| "light".to_owned());
    page_with_status(
        status,
        BuilderPage {
            what_choices: Listing::ALL
                .iter()
                .map(|listing| Choice {
                    value: listing.as_str().into(),
                    label: i18n.plain(listing.heading_id()).into(),
                    selected: listing.as_str() == chosen_what,
                })
                .collect(),
            heritage_choices: country_choices(i18n, choice.heritage.as_deref()),
            country_choices: country_choices(i18n, choice.country.as_deref()),
            language_choices: language_choices(i18n, &in_use, choice.language.as_deref()),
            interface_choices: chrome
                .languages
                .iter()
                .map(|language| Choice {
                    value: language.code.into(),
                    label: language.name.clone().into(),
                    selected: language.code == chosen_lang,
                })
                .collect(),
            mode_choices: if kind == ListingKind::Events {
                AttendanceMode::ALL
                    .iter()
                    .map(|mode| Choice {
                        value: mode.as_str().into(),
                        label: i18n.plain(&format!("attendance-{}", mode.as_str())).into(),
                        selected: choice.attendance_mode.as_deref() == Some(mode.as_str()),
                    })
                    .collect()
            } else {
                Vec::new()
            },
            topic_choices: if kind == ListingKind::Groups {
                topic_choices(i18n, &choice.topic.clone().into_iter().collect::<Vec<_>>())
            } else {
                Vec::new()
            },
            kind_choices: if kind == ListingKind::Opportunities {
                kind_choices(i18n, choice.kind.as_deref().unwrap_or_default())
            } else {
                Vec::new()
            },
            listing: Listing::parse(&chosen_what).map_or("events", Listing::as_str),
            theme_choices: ["light", "dark"]
                .into_iter()
                .map(|theme| Choice {
                    value: theme.into(),
                    label: i18n.plain(&format!("embed-theme-{theme}")).into(),
                    selected: theme == chosen_theme,
                })
                .collect(),
            snippet: widget
                .as_ref()
                .map(|widget| widget.snippet(&state, &preview_title, "100%", widget.height))
                .unwrap_or_default(),
            preview: widget.map(|widget| (widget.path, widget.height)),
            preview_title,
            errors,
            choice,
            chrome,
        },
    )
}

/// The oEmbed discovery link of a listing page at `page` (its path and query).
pub fn discovery_href(state: &AppState, page: &str) -> String {
    let link = format!("{}{page}", state.settings.public_url);
    let encoded: String = serde_urlencoded::to_string([("url", link.as_str())]).unwrap_or_default();
    format!("{}/oembed?{encoded}&format=json", state.settings.public_url)
}

/// The builder's address with a listing page's filters already chosen (the groups
/// directory's `residence` is the builder's `country`).
pub fn builder_href(listing: Listing, query: &impl Serialize) -> String {
    let fields = match serde_json::to_value(query) {
        Ok(serde_json::Value::Object(fields)) => fields,
        _ => serde_json::Map::new(),
    };
    let mut pairs = vec![("what", listing.as_str().to_owned())];
    for (name, field) in [
        ("heritage", "heritage"),
        ("country", "country"),
        ("residence", "country"),
        ("city", "city"),
        ("attendance_mode", "attendance_mode"),
        ("topic", "topic"),
        ("kind", "kind"),
        ("language", "language"),
        ("q", "q"),
    ] {
        if let Some(serde_json::Value::String(text)) = fields.get(name)
            && !text.trim().is_empty()
        {
            pairs.push((field, text.clone()));
        }
    }
    format!(
        "/embed?{}",
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    )
}

/// What a listing page offers partners: the oEmbed discovery link in its head, and "put this
/// on your site" with its filters already chosen.
pub struct EmbedLinks {
    pub oembed_href: String,
    pub builder_href: String,
}

impl EmbedLinks {
    /// The links of the listing page of `listing` filtered by `query`.
    pub fn of(state: &AppState, listing: Listing, query: &impl Serialize) -> Self {
        let page = crate::paging::listing_link(&format!("/{}", listing.as_str()), query, None);
        Self {
            oembed_href: discovery_href(state, &page),
            builder_href: builder_href(listing, query),
        }
    }
}
