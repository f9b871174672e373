//! `/api/v1/groups`: the directory, and creating, reading, editing and deleting groups.

use actix_web::{HttpResponse, web};
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::AppResult;
use crate::groups::directory::{self, DirectoryQuery};
use crate::groups::input::GroupInput;
use crate::groups::service::{self, LoadedGroup};
use crate::groups::view::GroupView;
use crate::http::context::{CurrentUser, RequestContext};
use crate::http::errors::Problem;
use crate::state::AppState;

pub(super) fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/groups", web::get().to(list))
        .route("/groups", web::post().to(create))
        .route("/groups/{slug}", web::get().to(show))
        .route("/groups/{slug}", web::patch().to(update))
        .route("/groups/{slug}", web::delete().to(delete));
}

/// A page of groups.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct GroupPage {
    items: Vec<GroupView>,
    /// How many groups match in all.
    total: i64,
    /// Pass as `cursor` for the next page; `null` on the last page.
    next_cursor: Option<String>,
}

pub(super) fn view(loaded: LoadedGroup, context: &RequestContext, state: &AppState) -> GroupView {
    let preferences = context.content_preferences();
    let preferences: Vec<&str> = preferences.iter().map(String::as_str).collect();
    GroupView::new(
        loaded.group,
        loaded.details,
        loaded.membership.as_ref(),
        &preferences,
        &state.settings.public_url,
    )
}

/// Find groups by text, heritage, residence, city, language and topic.
#[utoipa::path(get, path = "/api/v1/groups", tag = "groups", params(DirectoryQuery),
    responses(
        (status = 200, body = GroupPage),
        (status = 422, description = "Unknown filter value", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn list(
    context: RequestContext,
    state: web::Data<AppState>,
    query: web::Query<DirectoryQuery>,
) -> AppResult<HttpResponse> {
    let filters = query.parse()?;
    let page = directory::search(&state, context.user_id(), filters).await?;
    let items = page
        .items
        .into_iter()
        .map(|(group, details)| {
            view(
                LoadedGroup {
                    group,
                    details,
                    membership: None,
                },
                &context,
                &state,
            )
        })
        .collect();
    Ok(HttpResponse::Ok().json(GroupPage {
        items,
        total: page.total,
        next_cursor: page.next_cursor,
    }))
}

/// Create a group; you become its owner.
#[utoipa::path(post, path = "/api/v1/groups", tag = "groups", security(("bearer" = [])), request_body = GroupInput,
    responses(
        (status = 201, body = GroupView),
        (status = 409, description = "Slug taken", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "A new account published its listings for the day (`new_account_limit`); see `Retry-After`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn create(
    user: CurrentUser,
    state: web::Data<AppState>,
    body: web::Json<GroupInput>,
) -> AppResult<HttpResponse> {
    let changes = body.parse_new()?;
    let loaded = service::create(&state, &user.identity, changes).await?;
    Ok(HttpResponse::Created().json(view(loaded, &user.context, &state)))
}

/// A group, in the reader's best language.
#[utoipa::path(get, path = "/api/v1/groups/{slug}", tag = "groups",
    params(("slug" = String, Path, description = "The group's slug")),
    responses(
        (status = 200, body = GroupView),
        (status = 404, description = "No such group, or a private one", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn show(
    context: RequestContext,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let loaded = service::load(&state, context.identity.as_ref(), &slug).await?;
    Ok(HttpResponse::Ok().json(view(loaded, &context, &state)))
}

/// Change a group (owners and organizers).
#[utoipa::path(patch, path = "/api/v1/groups/{slug}", tag = "groups", security(("bearer" = [])), request_body = GroupInput,
    params(("slug" = String, Path, description = "The group's slug")),
    responses(
        (status = 200, body = GroupView),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn update(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    body: web::Json<GroupInput>,
) -> AppResult<HttpResponse> {
    let current = service::load(&state, Some(&user.identity), &slug).await?;
    let changes = body.parse_update(&current.group.primary_language)?;
    let loaded = service::update(&state, &user.identity, &slug, changes).await?;
    Ok(HttpResponse::Ok().json(view(loaded, &user.context, &state)))
}

/// Delete a group (owners).
#[utoipa::path(delete, path = "/api/v1/groups/{slug}", tag = "groups", security(("bearer" = [])),
    params(("slug" = String, Path, description = "The group's slug")),
    responses((status = 204, description = "Deleted"), (status = 403, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn delete(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    service::delete(&state, &user.identity, &slug).await?;
    Ok(HttpResponse::NoContent().finish())
}
