//! `/api/v1/groups/{slug}/invitations` (owners and organizers) and
//! `/api/v1/invitations/{token}/accept` (anyone signed in who holds the link).

use actix_web::{HttpResponse, web};
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::AppResult;
use crate::groups::MemberStatus;
use crate::groups::invitations::{self, CreatedInvitation, InvitationRequest, InvitationView};
use crate::http::context::CurrentUser;
use crate::http::errors::Problem;
use crate::state::AppState;

pub(super) fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/groups/{slug}/invitations", web::post().to(create))
        .route("/groups/{slug}/invitations", web::get().to(list))
        .route("/groups/{slug}/invitations/{id}", web::delete().to(revoke))
        .route("/invitations/{token}/accept", web::post().to(accept));
}

/// Make an invitation link, or send one to an address.
#[utoipa::path(post, path = "/api/v1/groups/{slug}/invitations", tag = "memberships", security(("bearer" = [])),
    params(("slug" = String, Path, description = "The group's slug")), request_body = InvitationRequest,
    responses(
        (status = 201, description = "The invitation, with its link: shown only now", body = CreatedInvitation),
        (status = 403, description = "Not an owner or organizer of the group", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The address belongs to a member, or to someone removed from the group", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn create(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    body: web::Json<InvitationRequest>,
) -> AppResult<HttpResponse> {
    let request = body.into_inner().parse()?;
    let locale = user.context.i18n.lang();
    let created = invitations::create(&state, &user.identity, &slug, request, locale).await?;
    Ok(HttpResponse::Created().json(created))
}

/// A group's invitations.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct InvitationList {
    /// Newest first, working or not.
    items: Vec<InvitationView>,
}

/// The group's invitations, newest first (without their links).
#[utoipa::path(get, path = "/api/v1/groups/{slug}/invitations", tag = "memberships", security(("bearer" = [])),
    params(("slug" = String, Path, description = "The group's slug")),
    responses(
        (status = 200, body = InvitationList),
        (status = 403, description = "Not an owner or organizer of the group", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn list(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let items = invitations::list(&state, &user.identity, &slug).await?;
    Ok(HttpResponse::Ok().json(InvitationList { items }))
}

/// Revoke an invitation: its link stops working at once.
#[utoipa::path(delete, path = "/api/v1/groups/{slug}/invitations/{id}", tag = "memberships", security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The group's slug"),
        ("id" = String, Path, description = "The invitation's id"),
    ),
    responses(
        (status = 204, description = "Revoked (or already revoked)"),
        (status = 403, description = "Not an owner or organizer of the group", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn revoke(
    user: CurrentUser,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let (slug, id) = path.into_inner();
    invitations::revoke(&state, &user.identity, &slug, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Where the membership stands after accepting.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct InvitationAccepted {
    /// Always `active`.
    status: MemberStatus,
    /// The slug of the group joined.
    group: String,
}

/// Join the group of an invitation link, as an active member.
#[utoipa::path(post, path = "/api/v1/invitations/{token}/accept", tag = "memberships", security(("bearer" = [])),
    params(("token" = String, Path, description = "The token at the end of the invitation's url")),
    responses(
        (status = 200, description = "A member now (or already)", body = InvitationAccepted),
        (status = 403, description = "Removed from this group", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "The invitation expired, was revoked or was used up (`invitation_expired`, `invitation_revoked`, `invitation_used_up`)", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn accept(
    user: CurrentUser,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let group = invitations::accept(&state, &user.identity, &token).await?;
    Ok(HttpResponse::Ok().json(InvitationAccepted {
        status: MemberStatus::Active,
        group: group.slug,
    }))
}
