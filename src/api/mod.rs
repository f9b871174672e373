//! The JSON API under `/api/v1`, its OpenAPI document and the Swagger UI.
//!
//! Authentication is `Authorization: Bearer <token>` only (tokens from `POST
//! /api/v1/auth/login`); the session cookie is never accepted here, which is why these routes
//! need no CSRF token. Errors are RFC 9457 problem documents (see [`crate::http::errors`]).

mod auth;
pub(crate) mod events;
mod groups;
mod me;
mod memberships;
mod opportunities;

use actix_web::web;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_swagger_ui::SwaggerUi;

use crate::error::AppError;

/// Largest JSON body accepted: room for several 10,000-character translations in any script,
/// and for an over-long message to get a field error rather than a refusal of the whole body.
pub const JSON_LIMIT: usize = 256 * 1024;

/// The OpenAPI document, assembled from the `#[utoipa::path]` annotations beside each handler.
#[derive(OpenApi)]
#[openapi(
    info(title = "diaspora-hub API", description = "Groups, events and opportunities for diaspora communities."),
    paths(
        auth::register, auth::login, auth::logout,
        me::show, me::update, me::delete, me::export, me::change_password,
        groups::list, groups::create, groups::show, groups::update, groups::delete,
        memberships::join, memberships::leave, memberships::members, memberships::decide,
        memberships::my_groups,
        events::list, events::create, events::show, events::update, events::delete, events::cancel,
        events::respond, events::attendees, events::my_events,
        opportunities::list, opportunities::create, opportunities::show, opportunities::update,
        opportunities::delete, opportunities::express, opportunities::withdraw,
        opportunities::interests, opportunities::my_interests, opportunities::my_matches,
        opportunities::new_interest,
    ),
    components(schemas(crate::http::errors::Problem, crate::http::errors::ProblemField)),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Registration and sessions"),
        (name = "me", description = "The signed-in member's own account"),
        (name = "groups", description = "The group directory and group pages"),
        (name = "memberships", description = "Joining groups and managing members"),
        (name = "events", description = "Events, recurrence and RSVPs"),
        (name = "opportunities", description = "Ways to contribute, expressions of interest and matches"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// Registers the API scope and the documentation routes.
pub fn routes(config: &mut web::ServiceConfig) {
    // The documentation first: `/api/v1/openapi.json` would otherwise fall into the scope.
    config
        .service(SwaggerUi::new("/api/docs/{_:.*}").url("/api/v1/openapi.json", ApiDoc::openapi()))
        .route(
            "/api/docs",
            web::get().to(|| async { crate::http::redirect::see_other("/api/docs/") }),
        )
        .service(
            web::scope("/api/v1")
                .app_data(json_config())
                .configure(auth::routes)
                .configure(me::routes)
                .configure(groups::routes)
                .configure(memberships::routes)
                .configure(events::routes)
                .configure(opportunities::routes)
                .default_service(web::to(not_found)),
        );
}

async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound)
}

/// JSON bodies: a size limit, and our problem documents for malformed input or the wrong type.
pub fn json_config() -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(JSON_LIMIT)
        .error_handler(|error, _request| {
            use actix_web::error::JsonPayloadError;
            let app_error = match &error {
                JsonPayloadError::ContentType => AppError::UnsupportedMediaType,
                JsonPayloadError::Overflow { .. }
                | JsonPayloadError::OverflowKnownLength { .. } => AppError::PayloadTooLarge,
                _ => AppError::MalformedBody,
            };
            app_error.into()
        })
}
