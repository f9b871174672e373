//! `POST /api/v1/auth/{register,login,logout}`.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::accounts::AccountView;
use crate::accounts::input::RegistrationInput;
use crate::accounts::service;
use crate::domain::PasswordAttempt;
use crate::error::AppResult;
use crate::http::context::{CurrentUser, RequestContext};
use crate::http::errors::Problem;
use crate::state::AppState;

pub(super) fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/auth/register", web::post().to(register))
        .route("/auth/login", web::post().to(login))
        .route("/auth/logout", web::post().to(logout));
}

/// Create an account.
#[utoipa::path(post, path = "/api/v1/auth/register", tag = "auth",
    request_body = RegistrationInput,
    responses(
        (status = 201, description = "Account created", body = AccountView),
        (status = 409, description = "Email already registered", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many registrations", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn register(
    context: RequestContext,
    state: web::Data<AppState>,
    body: web::Json<RegistrationInput>,
) -> AppResult<HttpResponse> {
    let registration = body.parse(context.i18n.lang())?;
    let user = service::register(&state, registration, context.client_ip).await?;
    Ok(HttpResponse::Created().json(AccountView::from(user)))
}

/// Credentials for a login.
#[derive(Debug, Deserialize, ToSchema)]
pub(super) struct LoginRequest {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

/// A new session.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct LoginResponse {
    /// Send as `Authorization: Bearer <token>`.
    token: String,
    user: AccountView,
}

/// Log in and get a bearer token.
#[utoipa::path(post, path = "/api/v1/auth/login", tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in", body = LoginResponse),
        (status = 401, description = "Wrong email or password", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many failed attempts; see Retry-After", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn login(
    context: RequestContext,
    state: web::Data<AppState>,
    body: web::Json<LoginRequest>,
) -> AppResult<HttpResponse> {
    let attempt = PasswordAttempt::new(&body.password);
    let (user, token) = service::login(&state, &body.email, attempt, context.client_ip).await?;
    Ok(HttpResponse::Ok().json(LoginResponse {
        token,
        user: user.into(),
    }))
}

/// End this token's session.
#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Session ended; the token no longer works"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn logout(
    user: CurrentUser,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    service::logout(&state, &user.identity).await?;
    Ok(HttpResponse::NoContent().finish())
}
