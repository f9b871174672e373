//! Server-rendered HTML pages. Handlers parse input, call one service function and render an
//! askama template; every word on a page comes from the request's [`crate::i18n::I18n`].

pub mod accounts;
pub mod context;
pub mod errors;
pub mod event_forms;
pub mod event_json_ld;
pub mod event_listing;
pub mod events;
pub mod group_forms;
pub mod group_members;
pub mod group_page;
pub mod groups;
pub mod home;
pub mod imported;
pub mod moderation;
pub mod my_opportunities;
pub mod opportunities;
pub mod opportunity_cards;
pub mod opportunity_forms;
pub mod opportunity_json_ld;
pub mod profile;
pub mod translation_slots;

use actix_web::http::StatusCode;
use actix_web::http::header::{self, ContentType};
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::error::{AppError, AppResult, FieldError};
use crate::i18n::{I18n, SUPPORTED_LOCALES};
use context::RequestContext;

/// Registers every page route.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/", web::get().to(home::show))
        .configure(accounts::routes)
        .configure(profile::routes)
        .configure(groups::routes)
        // `/groups/new` before `/groups/{slug}`, so "new" is never taken for a slug.
        .configure(group_forms::routes)
        .configure(group_page::routes)
        .configure(group_members::routes)
        // `/events/{id}.ics` is served by the feeds; `/events/{id}/…` forms before the page.
        .configure(event_forms::routes)
        .configure(event_listing::routes)
        .configure(events::routes)
        .configure(opportunity_forms::routes)
        .configure(opportunities::routes)
        .configure(my_opportunities::routes)
        .configure(imported::routes)
        .configure(moderation::routes);
}

/// One entry of the language switcher.
pub struct LanguageLink {
    /// Locale code.
    pub code: &'static str,
    /// The language's name in itself.
    pub name: String,
    /// Link to the same page in that language.
    pub href: String,
    /// Whether it is the current language.
    pub current: bool,
}

/// What the base layout needs on every page: translations, who is signed in, the CSRF token
/// and the language switcher.
pub struct Chrome {
    /// Translations for this request.
    pub i18n: I18n,
    /// Display name of the signed-in member.
    pub signed_in_as: Option<String>,
    /// Whether the menu offers the moderation queue (moderators and administrators).
    pub moderates: bool,
    /// Token for the hidden field of every form.
    pub csrf_token: String,
    /// Language switcher entries.
    pub languages: Vec<LanguageLink>,
}

impl Chrome {
    /// Builds the layout data for a request.
    pub fn new(context: &RequestContext) -> Self {
        let languages = SUPPORTED_LOCALES
            .iter()
            .map(|code| LanguageLink {
                code,
                name: context.i18n.plain(&format!("language-autonym-{code}")),
                href: format!("{}?lang={code}", context.path),
                current: *code == context.i18n.lang(),
            })
            .collect();
        Self {
            i18n: context.i18n.clone(),
            signed_in_as: context
                .identity
                .as_ref()
                .map(|identity| identity.user.display_name.clone()),
            moderates: context
                .identity
                .as_ref()
                .is_some_and(crate::federation::peers::moderation::may_moderate),
            csrf_token: context.csrf_token.clone(),
            languages,
        }
    }

    /// A page title from a message with one argument.
    pub fn title1(&self, id: &str, name: &str, value: &str) -> String {
        let own = crate::i18n::strip_isolation_marks(&self.i18n.t1(id, name, value));
        format!("{own} · {}", self.i18n.plain("site-name"))
    }

    /// A page title: the page's own title, then the site name, without isolation marks.
    pub fn title(&self, id: &str) -> String {
        format!("{} · {}", self.i18n.plain(id), self.i18n.plain("site-name"))
    }
}

/// Field errors of a submitted form, already translated.
#[derive(Default)]
pub struct FormErrors {
    messages: Vec<(String, String)>,
}

impl FormErrors {
    /// Translates field errors for display next to their fields.
    pub fn from_fields(i18n: &I18n, errors: &[FieldError]) -> Self {
        let messages = errors
            .iter()
            .map(|error| {
                let args: Vec<(&str, String)> = error
                    .args
                    .iter()
                    .map(|(name, value)| (*name, value.to_string()))
                    .collect();
                (error.field.clone(), i18n.format_with(error.code, &args))
            })
            .collect();
        Self { messages }
    }

    /// Splits a service error into form errors (shown on the form) or a real error (passed on).
    pub fn from_error(i18n: &I18n, error: AppError) -> Result<Self, AppError> {
        match error {
            AppError::Validation(errors) => Ok(Self::from_fields(i18n, &errors)),
            AppError::Conflict(error) => Ok(Self::from_fields(i18n, &[error])),
            other => Err(other),
        }
    }

    /// A form-wide message not tied to one field.
    pub fn general(message: String) -> Self {
        Self {
            messages: vec![(String::new(), message)],
        }
    }

    /// The message for `field`, if it has one.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.messages
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, message)| message.as_str())
    }

    /// Whether there is anything to show.
    pub fn any(&self) -> bool {
        !self.messages.is_empty()
    }

    /// Every message with its field, for the summary at the top of the form.
    pub fn all(&self) -> &[(String, String)] {
        &self.messages
    }
}

/// Renders a template as a 200 page.
pub fn page(template: impl Template) -> AppResult<HttpResponse> {
    page_with_status(StatusCode::OK, template)
}

/// Renders a template with a status (422 for a form with errors).
pub fn page_with_status(status: StatusCode, template: impl Template) -> AppResult<HttpResponse> {
    let body = template.render().map_err(AppError::internal)?;
    Ok(HttpResponse::build(status)
        .content_type(ContentType::html())
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}

/// A 303 redirect after a successful form post.
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location.to_owned()))
        .finish()
}

/// A `next` target that stays on this site (a path, never `//host` or a URL).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(next) if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') => {
            next.to_owned()
        }
        _ => "/".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_never_leaves_the_site() {
        assert_eq!(safe_next(Some("/me")), "/me");
        assert_eq!(safe_next(Some("//evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        assert_eq!(safe_next(None), "/");
    }
}
