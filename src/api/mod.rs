//! The JSON API under `/api/v1`, its OpenAPI document and the Swagger UI.
//!
//! Authentication is `Authorization: Bearer <token>` only (tokens from `POST
//! /api/v1/auth/login`); the session cookie is never accepted here, which is why these routes
//! need no CSRF token. Errors are RFC 9457 problem documents (see [`crate::http::errors`]).

mod admin;
mod auth;
pub(crate) mod events;
mod groups;
mod invitations;
mod me;
mod memberships;
mod notifications;
pub mod openapi;
mod opportunities;
mod recovery;
mod reports;

use actix_web::web;
use utoipa_swagger_ui::SwaggerUi;

use crate::error::AppError;

/// Largest JSON body accepted: room for several 10,000-character translations in any script,
/// and for an over-long message to get a field error rather than a refusal of the whole body.
pub const JSON_LIMIT: usize = 256 * 1024;

/// Registers the API scope and the documentation routes.
pub fn routes(config: &mut web::ServiceConfig) {
    // The documentation first: `/api/v1/openapi.json` would otherwise fall into the scope.
    config
        .route("/api/v1/openapi.json", web::get().to(openapi::serve))
        .service(
            SwaggerUi::new("/api/docs/{_:.*}")
                .config(utoipa_swagger_ui::Config::from("/api/v1/openapi.json")),
        )
        .route(
            "/api/docs",
            web::get().to(|| async { crate::http::redirect::see_other("/api/docs/") }),
        )
        .service(
            web::scope("/api/v1")
                .app_data(json_config())
                .configure(auth::routes)
                .configure(recovery::routes)
                .configure(me::routes)
                .configure(notifications::routes)
                .configure(groups::routes)
                .configure(memberships::routes)
                .configure(invitations::routes)
                .configure(events::routes)
                .configure(opportunities::routes)
                .configure(reports::routes)
                .configure(admin::routes)
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
