//! `/api/v1/groups/{slug}/join|leave|members…` and `/api/v1/me/groups`.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::groups::view;
use crate::error::{AppError, AppResult};
use crate::groups::directory;
use crate::groups::membership::{self, MemberDecision, MemberView};
use crate::groups::service::LoadedGroup;
use crate::groups::view::GroupView;
use crate::groups::{MemberStatus, Membership};
use crate::http::context::CurrentUser;
use crate::http::errors::Problem;
use crate::state::AppState;

pub(super) fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/groups/{slug}/join", web::post().to(join))
        .route("/groups/{slug}/leave", web::post().to(leave))
        .route("/groups/{slug}/members", web::get().to(members))
        .route(
            "/groups/{slug}/members/{user_id}/{action}",
            web::post().to(decide),
        )
        .route("/me/groups", web::get().to(my_groups));
}

/// A request to join.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub(super) struct JoinRequest {
    /// For approval groups: a few words to the organizers.
    message: Option<String>,
}

/// Where the membership stands after joining.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct JoinResponse {
    /// `active` (joined) or `pending` (waiting for approval).
    status: MemberStatus,
}

/// Join an open group, or ask to join an approval group.
#[utoipa::path(post, path = "/api/v1/groups/{slug}/join", tag = "memberships", security(("bearer" = [])),
    params(("slug" = String, Path, description = "The group's slug")), request_body = JoinRequest,
    responses(
        (status = 200, body = JoinResponse),
        (status = 403, description = "Removed from this group", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn join(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    body: Option<web::Json<JoinRequest>>,
) -> AppResult<HttpResponse> {
    let message = body.and_then(|body| body.into_inner().message);
    let membership: Membership = membership::join(&state, &user.identity, &slug, message).await?;
    Ok(HttpResponse::Ok().json(JoinResponse {
        status: membership.status(),
    }))
}

/// Leave a group or withdraw a request.
#[utoipa::path(post, path = "/api/v1/groups/{slug}/leave", tag = "memberships", security(("bearer" = [])),
    params(("slug" = String, Path, description = "The group's slug")),
    responses(
        (status = 204, description = "Left"),
        (status = 409, description = "Owners hand ownership over first", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn leave(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    membership::leave(&state, &user.identity, &slug).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Members of a group.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct MemberList {
    items: Vec<MemberView>,
}

/// The members (members only; organizers also see pending requests).
#[utoipa::path(get, path = "/api/v1/groups/{slug}/members", tag = "memberships", security(("bearer" = [])),
    params(("slug" = String, Path, description = "The group's slug")),
    responses((status = 200, body = MemberList), (status = 403, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn members(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let (_, items) = membership::members(&state, Some(&user.identity), &slug).await?;
    Ok(HttpResponse::Ok().json(MemberList { items }))
}

/// Approve, reject, promote, demote, remove, or make owner.
#[utoipa::path(post, path = "/api/v1/groups/{slug}/members/{user_id}/{action}", tag = "memberships", security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The group's slug"),
        ("user_id" = String, Path, description = "The member's public id"),
        ("action" = String, Path, description = "approve, reject, promote, demote, remove or make-owner"),
    ),
    responses(
        (status = 204, description = "Done"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not possible for this member", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn decide(
    user: CurrentUser,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
) -> AppResult<HttpResponse> {
    let (slug, member, action) = path.into_inner();
    let decision = MemberDecision::parse(&action).ok_or(AppError::NotFound)?;
    membership::decide(&state, &user.identity, &slug, &member, decision).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Groups of the signed-in member.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct MyGroups {
    items: Vec<GroupView>,
}

/// The groups you belong to or asked to join.
#[utoipa::path(get, path = "/api/v1/me/groups", tag = "memberships", security(("bearer" = [])),
    responses((status = 200, body = MyGroups)))]
pub(super) async fn my_groups(
    user: CurrentUser,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let rows = directory::of_member(&state, user.identity.user.id).await?;
    let items = rows
        .into_iter()
        .map(|(group, details, membership)| {
            view(
                LoadedGroup {
                    group,
                    details,
                    membership: Some(membership),
                },
                &user.context,
                &state,
            )
        })
        .collect();
    Ok(HttpResponse::Ok().json(MyGroups { items }))
}
