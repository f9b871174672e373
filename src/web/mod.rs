//! Server-rendered HTML pages. Handlers parse input, call one service function and render an
//! askama template; every word on a page comes from the request's [`crate::i18n::I18n`].

pub mod account_mail;
pub mod accounts;
pub mod admin_reports;
pub mod admin_trust;
pub mod calendar_links;
pub mod embed;
pub mod embed_builder;
pub mod event_cards;
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
pub mod invitations;
pub mod mail_admin;
pub mod moderation;
pub mod my_opportunities;
pub mod notifications;
pub mod oembed;
pub mod opportunities;
pub mod opportunity_cards;
pub mod opportunity_forms;
pub mod opportunity_json_ld;
pub mod profile;
pub mod repeat_picker;
pub mod reports;
pub mod translation_slots;

use actix_web::http::StatusCode;
use actix_web::http::header::{self, ContentType};
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::error::{AppError, AppResult, FieldError};
use crate::i18n::I18n;

/// The `rel` of links members wrote (a website, an application or meeting link): search
/// engines are told not to vouch for them (`nofollow ugc`) unless the group is a verified
/// organization.
pub fn user_link_rel(verified_group: bool) -> &'static str {
    if verified_group {
        "noopener"
    } else {
        "nofollow ugc noopener"
    }
}

/// Registers every page route.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/", web::get().to(home::show))
        .configure(accounts::routes)
        .configure(account_mail::routes)
        .configure(profile::routes)
        .configure(groups::routes)
        // `/groups/new` before `/groups/{slug}`, so "new" is never taken for a slug.
        .configure(group_forms::routes)
        .configure(group_page::routes)
        .configure(embed::routes)
        .configure(embed_builder::routes)
        .configure(oembed::routes)
        .configure(group_members::routes)
        .configure(invitations::routes)
        // `/events/{id}.ics` is served by the feeds; `/events/{id}/…` forms before the page.
        .configure(event_forms::routes)
        .configure(event_listing::routes)
        .configure(events::routes)
        .configure(opportunity_forms::routes)
        .configure(opportunities::routes)
        .configure(my_opportunities::routes)
        .configure(imported::routes)
        .configure(moderation::routes)
        .configure(mail_admin::routes)
        .configure(notifications::routes)
        .configure(reports::routes)
        .configure(admin_reports::routes)
        .configure(admin_trust::routes);
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
                (
                    error.field.clone(),
                    crate::http::errors::field_message(i18n, error),
                )
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

/// Whether any of these optional query values holds something other than blanks.
pub(crate) fn any_set(values: &[&Option<String>]) -> bool {
    values
        .iter()
        .any(|value| value.as_deref().is_some_and(|text| !text.trim().is_empty()))
}
