//! `POST /api/v1/reports`, `GET /api/v1/me/reports` and `POST /api/v1/appeals`: what members
//! tell moderators, what became of it, and appeals against a hide or a suspension.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::AppResult;
use crate::http::context::CurrentUser;
use crate::http::errors::Problem;
use crate::moderation::appeals::{self, Appeal};
use crate::moderation::reports::ReportView;
use crate::moderation::service::{self, NewReport};
use crate::state::AppState;

pub(super) fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/reports", web::post().to(report))
        .route("/me/reports", web::get().to(my_reports))
        .route("/appeals", web::post().to(appeal));
}

/// A report: what is wrong with which listing or member.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct ReportInput {
    /// `group`, `event`, `opportunity`, `user` or `imported`.
    target_type: Option<String>,
    /// The id the API shows: a uuid (a group's slug works too), or an imported listing's number.
    target_id: Option<String>,
    /// `spam`, `scam`, `hate`, `false_information`, `illegal` or `other`.
    reason: Option<String>,
    /// Anything moderators should know (at most 2,000 characters).
    details: Option<String>,
}

/// Report a group, event, opportunity, member or imported listing to the moderators.
#[utoipa::path(post, path = "/api/v1/reports", tag = "moderation", security(("bearer" = [])), request_body = ReportInput,
    responses(
        (status = 201, body = ReportView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Nothing you can see by that id", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "You already have an open report on it (`already_reported`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many reports this hour; see `Retry-After`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn report(
    user: CurrentUser,
    state: web::Data<AppState>,
    body: web::Json<ReportInput>,
) -> AppResult<HttpResponse> {
    let report = NewReport::parse(
        body.target_type.as_deref(),
        body.target_id.as_deref(),
        body.reason.as_deref(),
        body.details.as_deref(),
    )?;
    let filed = service::file_report(&state, &user.identity, report).await?;
    Ok(HttpResponse::Created().json(filed))
}

/// Your reports, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct ReportList {
    items: Vec<ReportView>,
}

/// Your reports and what moderators decided.
#[utoipa::path(get, path = "/api/v1/me/reports", tag = "moderation", security(("bearer" = [])),
    responses(
        (status = 200, body = ReportList),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn my_reports(
    user: CurrentUser,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let items = service::my_reports(&state, &user.identity).await?;
    Ok(HttpResponse::Ok().json(ReportList { items }))
}

/// An appeal, with the token from the notice that told you of the hide or the suspension.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct AppealInput {
    /// The last part of the appeal link (`/appeals/<token>`).
    token: String,
    /// Why the decision should change (at most 4,000 characters).
    text: Option<String>,
}

/// Appeal a hide or a suspension, once. Needs no session: a suspended member cannot sign in,
/// so the signed token is the proof.
#[utoipa::path(post, path = "/api/v1/appeals", tag = "moderation", request_body = AppealInput,
    responses(
        (status = 201, body = Appeal),
        (status = 404, description = "No such appeal link", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already appealed (`already_appealed`), or nothing left to appeal (`nothing_to_appeal`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn appeal(
    state: web::Data<AppState>,
    body: web::Json<AppealInput>,
) -> AppResult<HttpResponse> {
    let filed = appeals::file(&state, &body.token, body.text.as_deref()).await?;
    Ok(HttpResponse::Created().json(filed))
}
