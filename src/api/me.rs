//! `GET|PATCH|DELETE /api/v1/me`, `GET /api/v1/me/export`, `POST /api/v1/me/password`.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::accounts::AccountView;
use crate::accounts::export::{self, AccountExport};
use crate::accounts::input::ProfileInput;
use crate::accounts::service;
use crate::domain::{Password, PasswordAttempt};
use crate::error::{AppError, AppResult};
use crate::http::context::CurrentUser;
use crate::http::errors::Problem;
use crate::state::AppState;

pub(super) fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/me", web::get().to(show))
        .route("/me", web::patch().to(update))
        .route("/me", web::delete().to(delete))
        .route("/me/export", web::get().to(export))
        .route("/me/password", web::post().to(change_password));
}

/// The signed-in member's account.
#[utoipa::path(get, path = "/api/v1/me", tag = "me", security(("bearer" = [])),
    responses(
        (status = 200, body = AccountView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn show(user: CurrentUser) -> AppResult<HttpResponse> {
    let i18n = user.context.i18n.clone();
    Ok(HttpResponse::Ok().json(labelled(AccountView::from(user.identity.user), &i18n)))
}

/// The account with its skills named in the response's language.
fn labelled(mut view: AccountView, i18n: &crate::i18n::I18n) -> AccountView {
    view.skill_labels = i18n.skill_labels(&view.skills);
    view
}

/// Change profile fields; absent fields stay, `null` clears optional ones.
#[utoipa::path(patch, path = "/api/v1/me", tag = "me", security(("bearer" = [])),
    request_body = ProfileInput,
    responses(
        (status = 200, body = AccountView),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn update(
    user: CurrentUser,
    state: web::Data<AppState>,
    body: web::Json<ProfileInput>,
) -> AppResult<HttpResponse> {
    let update = body.parse()?;
    let updated = service::update_profile(&state, &user.identity, update).await?;
    Ok(HttpResponse::Ok().json(labelled(AccountView::from(updated), &user.context.i18n)))
}

/// A password, to confirm a destructive action.
#[derive(Debug, Deserialize, ToSchema)]
pub(super) struct PasswordConfirmation {
    #[serde(default)]
    password: String,
}

/// Delete the account and all personal data.
#[utoipa::path(delete, path = "/api/v1/me", tag = "me", security(("bearer" = [])),
    request_body = PasswordConfirmation,
    responses(
        (status = 204, description = "Deleted"),
        (status = 422, description = "Wrong password", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn delete(
    user: CurrentUser,
    state: web::Data<AppState>,
    body: web::Json<PasswordConfirmation>,
) -> AppResult<HttpResponse> {
    service::delete_account(&state, &user.identity, PasswordAttempt::new(&body.password)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Everything stored about the member.
#[utoipa::path(get, path = "/api/v1/me/export", tag = "me", security(("bearer" = [])),
    responses((status = 200, body = AccountExport)))]
pub(super) async fn export(
    user: CurrentUser,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(export::collect(&state, &user.identity).await?))
}

/// A password change.
#[derive(Debug, Deserialize, ToSchema)]
pub(super) struct PasswordChange {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

/// Change the password; every other session ends.
#[utoipa::path(post, path = "/api/v1/me/password", tag = "me", security(("bearer" = [])),
    request_body = PasswordChange,
    responses(
        (status = 204, description = "Changed"),
        (status = 422, description = "Wrong current password or weak new one", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn change_password(
    user: CurrentUser,
    state: web::Data<AppState>,
    body: web::Json<PasswordChange>,
) -> AppResult<HttpResponse> {
    let new_password = Password::parse(&body.new_password)
        .map_err(|invalid| AppError::field("new_password", invalid))?;
    let current = PasswordAttempt::new(&body.current_password);
    service::change_password(&state, &user.identity, current, new_password).await?;
    Ok(HttpResponse::NoContent().finish())
}
