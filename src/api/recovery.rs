//! Account mail through the API: `POST /api/v1/auth/verify-email`,
//! `POST /api/v1/me/verification-email`, `POST /api/v1/auth/password-reset`,
//! `POST /api/v1/auth/password-reset/confirm` and `POST /api/v1/me/email`.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::accounts::{email_change, recovery, verification};
use crate::domain::{Email, Password, PasswordAttempt};
use crate::error::{AppError, AppResult};
use crate::http::context::{CurrentUser, RequestContext};
use crate::http::errors::Problem;
use crate::state::AppState;

pub(super) fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/auth/verify-email", web::post().to(verify_email))
        .route("/auth/password-reset", web::post().to(request_reset))
        .route(
            "/auth/password-reset/confirm",
            web::post().to(confirm_reset),
        )
        .route(
            "/me/verification-email",
            web::post().to(resend_verification),
        )
        .route("/me/email", web::post().to(change_email))
        .route(
            "/auth/email-change/confirm",
            web::post().to(confirm_email_change),
        );
}

/// A link's token, from the mail.
#[derive(Debug, Deserialize, ToSchema)]
pub(super) struct TokenBody {
    #[serde(default)]
    token: String,
}

/// An accepted request whose outcome arrives by mail.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct Accepted {
    /// What happens next, in the request's language.
    message: String,
}

/// Prove the address with the token from the verification mail.
#[utoipa::path(post, path = "/api/v1/auth/verify-email", tag = "auth", request_body = TokenBody,
    responses(
        (status = 204, description = "The address is verified"),
        (status = 422, description = "The link is unknown, used or expired (`link_invalid`)", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn verify_email(
    state: web::Data<AppState>,
    body: web::Json<TokenBody>,
) -> AppResult<HttpResponse> {
    verification::confirm(&state, body.into_inner().token).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Send the verification link again (three times an hour at most).
#[utoipa::path(post, path = "/api/v1/me/verification-email", tag = "me", security(("bearer" = [])),
    responses(
        (status = 202, description = "A new link is on its way", body = Accepted),
        (status = 409, description = "The address is already verified", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Asked too often; see Retry-After", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn resend_verification(
    user: CurrentUser,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    verification::resend(&state, &user.identity).await?;
    Ok(accepted(&user.context, "verification-sent"))
}

/// An address that forgot its password.
#[derive(Debug, Deserialize, ToSchema)]
pub(super) struct ResetRequest {
    #[serde(default)]
    email: String,
}

/// Ask for a password-reset link. The answer is the same whether or not the address has an
/// account; the mail goes only where there is one.
#[utoipa::path(post, path = "/api/v1/auth/password-reset", tag = "auth", request_body = ResetRequest,
    responses(
        (status = 202, description = "If an account uses the address, a link is on its way", body = Accepted),
        (status = 422, description = "Not an email address", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Asked too often from this address or for this email; see Retry-After", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn request_reset(
    context: RequestContext,
    state: web::Data<AppState>,
    body: web::Json<ResetRequest>,
) -> AppResult<HttpResponse> {
    let email = Email::parse(&body.email).map_err(|invalid| AppError::field("email", invalid))?;
    recovery::request_reset(&state, email, context.client_ip).await?;
    Ok(accepted(&context, "password-reset-requested"))
}

/// A new password, with the token from the reset mail.
#[derive(Debug, Deserialize, ToSchema)]
pub(super) struct ResetConfirmation {
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
}

/// Set a new password with the token from the reset mail; every session of the account ends.
#[utoipa::path(post, path = "/api/v1/auth/password-reset/confirm", tag = "auth", request_body = ResetConfirmation,
    responses(
        (status = 204, description = "The new password is set; sign in with it"),
        (status = 422, description = "The link is unknown, used or expired, or the password too weak", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn confirm_reset(
    state: web::Data<AppState>,
    body: web::Json<ResetConfirmation>,
) -> AppResult<HttpResponse> {
    let body = body.into_inner();
    let password =
        Password::parse(&body.password).map_err(|invalid| AppError::field("password", invalid))?;
    recovery::reset_password(&state, body.token, password).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A new address, with the password.
#[derive(Debug, Deserialize, ToSchema)]
pub(super) struct EmailChange {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

/// Move the account to another address: it changes when the link mailed there is used.
#[utoipa::path(post, path = "/api/v1/me/email", tag = "me", security(("bearer" = [])),
    request_body = EmailChange,
    responses(
        (status = 202, description = "A link is on its way to the new address", body = Accepted),
        (status = 409, description = "Another account uses that address", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Wrong password, or not a new address", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many wrong passwords; see Retry-After", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn change_email(
    user: CurrentUser,
    state: web::Data<AppState>,
    body: web::Json<EmailChange>,
) -> AppResult<HttpResponse> {
    let body = body.into_inner();
    let email = Email::parse(&body.email).map_err(|invalid| AppError::field("email", invalid))?;
    let password = PasswordAttempt::new(&body.password);
    email_change::request(&state, &user.identity, email, password).await?;
    Ok(accepted(&user.context, "email-change-requested"))
}

/// Make the new address the account's, with the token from the mail sent to it.
#[utoipa::path(post, path = "/api/v1/auth/email-change/confirm", tag = "auth", request_body = TokenBody,
    responses(
        (status = 204, description = "The account now uses the new address"),
        (status = 409, description = "Another account took the address meanwhile", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The link is unknown, used or expired (`link_invalid`)", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn confirm_email_change(
    state: web::Data<AppState>,
    body: web::Json<TokenBody>,
) -> AppResult<HttpResponse> {
    email_change::confirm(&state, body.into_inner().token).await?;
    Ok(HttpResponse::NoContent().finish())
}

fn accepted(context: &RequestContext, message_id: &str) -> HttpResponse {
    HttpResponse::Accepted().json(Accepted {
        message: context.i18n.plain(message_id),
    })
}
