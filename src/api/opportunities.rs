//! `/api/v1/opportunities…`, `POST /api/v1/groups/{slug}/opportunities`, interests, and the
//! member's interests and matches.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::{AppError, AppResult};
use crate::http::context::{CurrentUser, RequestContext};
use crate::http::errors::Problem;
use crate::opportunities::OpportunityStatus;
use crate::opportunities::input::OpportunityInput;
use crate::opportunities::interest::{self, InterestedMember};
use crate::opportunities::listing::{self, ListedOpportunity, OpportunityQuery};
use crate::opportunities::matching::{self, MatchProfile, MatchReason};
use crate::opportunities::service::{self, LoadedOpportunity};
use crate::opportunities::unread;
use crate::opportunities::view::{MyInterestView, OpportunityView, reason_text};
use crate::state::AppState;

pub(super) fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/opportunities", web::get().to(list))
        .route("/groups/{slug}/opportunities", web::post().to(create))
        .route("/opportunities/{id}", web::get().to(show))
        .route("/opportunities/{id}", web::patch().to(update))
        .route("/opportunities/{id}", web::delete().to(delete))
        .route("/opportunities/{id}/interest", web::post().to(express))
        .route("/opportunities/{id}/interest", web::delete().to(withdraw))
        .route("/opportunities/{id}/interests", web::get().to(interests))
        .route("/me/interests", web::get().to(my_interests))
        .route("/me/matches", web::get().to(my_matches))
        .route("/me/new-interest", web::get().to(new_interest));
}

fn view(
    listed: ListedOpportunity,
    my_interest: Option<&interest::Interest>,
    context: &RequestContext,
    state: &AppState,
) -> OpportunityView {
    let preferences = context.content_preferences();
    let preferences: Vec<&str> = preferences.iter().map(String::as_str).collect();
    let mut view = OpportunityView::new(
        listed.opportunity,
        listed.details,
        &listed.group,
        my_interest,
        &preferences,
        &state.settings.public_url,
    );
    view.skill_labels = context.i18n.skill_labels(&view.skills);
    view
}

fn view_loaded(
    loaded: LoadedOpportunity,
    context: &RequestContext,
    state: &AppState,
) -> OpportunityView {
    let my_interest = loaded.my_interest.clone();
    let listed = ListedOpportunity {
        opportunity: loaded.opportunity,
        details: loaded.details,
        group: loaded.group,
    };
    view(listed, my_interest.as_ref(), context, state)
}

/// A page of opportunities.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct OpportunityPage {
    items: Vec<OpportunityView>,
    next_cursor: Option<String>,
}

/// Open, unexpired opportunities, newest first, filtered.
#[utoipa::path(get, path = "/api/v1/opportunities", tag = "opportunities", params(OpportunityQuery),
    responses((status = 200, body = OpportunityPage), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn list(
    context: RequestContext,
    state: web::Data<AppState>,
    query: web::Query<OpportunityQuery>,
) -> AppResult<HttpResponse> {
    let page = listing::search(&state, context.user_id(), query.parse()?).await?;
    let items = page
        .items
        .into_iter()
        .map(|listed| view(listed, None, &context, &state))
        .collect();
    Ok(HttpResponse::Ok().json(OpportunityPage {
        items,
        next_cursor: page.next_cursor,
    }))
}

/// Publish an opportunity in a group (organizers).
#[utoipa::path(post, path = "/api/v1/groups/{slug}/opportunities", tag = "opportunities", security(("bearer" = [])),
    params(("slug" = String, Path, description = "The group's slug")), request_body = OpportunityInput,
    responses(
        (status = 201, body = OpportunityView),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "A new account published its listings for the day (`new_account_limit`); see `Retry-After`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn create(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    body: web::Json<OpportunityInput>,
) -> AppResult<HttpResponse> {
    let fields = body
        .into_inner()
        .with_default_timezone(&user.identity.user.timezone)
        .parse()?;
    let loaded = service::create(&state, &user.identity, &slug, fields).await?;
    Ok(HttpResponse::Created().json(view_loaded(loaded, &user.context, &state)))
}

/// An opportunity.
#[utoipa::path(get, path = "/api/v1/opportunities/{id}", tag = "opportunities",
    params(("id" = String, Path, description = "Opportunity id")),
    responses((status = 200, body = OpportunityView), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn show(
    context: RequestContext,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let loaded = service::load(&state, context.identity.as_ref(), &id).await?;
    Ok(HttpResponse::Ok().json(view_loaded(loaded, &context, &state)))
}

/// Change an opportunity (organizers). `{"status": "closed"}` alone closes it (or `filled`,
/// or `open` to reopen) without checking the rest again; otherwise the whole opportunity is
/// checked, expiry included.
#[utoipa::path(patch, path = "/api/v1/opportunities/{id}", tag = "opportunities", security(("bearer" = [])),
    params(("id" = String, Path, description = "Opportunity id")), request_body = OpportunityInput,
    responses(
        (status = 200, body = OpportunityView),
        (status = 409, description = "Reopening an expired opportunity", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn update(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: web::Json<OpportunityInput>,
) -> AppResult<HttpResponse> {
    let patch = body.into_inner();
    let status_only = OpportunityInput {
        status: None,
        ..patch.clone()
    };
    let loaded = match (&patch.status, is_empty(&status_only)) {
        (Some(status), true) => {
            let status = OpportunityStatus::parse(status)
                .map_err(|invalid| AppError::field("status", invalid))?;
            service::set_status(&state, &user.identity, &id, status).await?
        }
        _ => {
            let current = service::load(&state, Some(&user.identity), &id).await?;
            current.authorize(true, crate::opportunities::policy::OpportunityAction::Edit)?;
            let fields = OpportunityInput::from_opportunity(&current.opportunity, &current.details)
                .patched(patch)
                .with_default_timezone(&current.opportunity.timezone)
                .parse()?;
            service::update(&state, &user.identity, &id, fields).await?
        }
    };
    Ok(HttpResponse::Ok().json(view_loaded(loaded, &user.context, &state)))
}

fn is_empty(input: &OpportunityInput) -> bool {
    serde_json::to_value(input)
        .ok()
        .and_then(|value| value.as_object().cloned())
        .is_some_and(|fields| fields.values().all(serde_json::Value::is_null))
}

/// Delete an opportunity and the interests in it (organizers).
#[utoipa::path(delete, path = "/api/v1/opportunities/{id}", tag = "opportunities", security(("bearer" = [])),
    params(("id" = String, Path, description = "Opportunity id")),
    responses((status = 204, description = "Deleted"), (status = 403, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn delete(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    service::delete(&state, &user.identity, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// An expression of interest.
#[derive(Debug, Deserialize, ToSchema)]
pub(super) struct InterestRequest {
    /// A word to the organizers (up to 2,000 characters).
    message: Option<String>,
}

/// Express interest, once per opportunity, while it is open and unexpired.
#[utoipa::path(post, path = "/api/v1/opportunities/{id}/interest", tag = "opportunities", security(("bearer" = [])),
    params(("id" = String, Path, description = "Opportunity id")), request_body = InterestRequest,
    responses(
        (status = 201, body = MyInterestView),
        (status = 409, description = "Already expressed, or closed, filled or expired", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn express(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: web::Json<InterestRequest>,
) -> AppResult<HttpResponse> {
    let message = interest::parse_message(body.message.as_deref())?;
    let loaded = interest::express(&state, &user.identity, &id, message).await?;
    let mine = loaded
        .my_interest
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("interest not saved")))?;
    Ok(HttpResponse::Created().json(MyInterestView {
        message: mine.message,
        created_at: mine.created_at.and_utc(),
    }))
}

/// Withdraw your expression of interest.
#[utoipa::path(delete, path = "/api/v1/opportunities/{id}/interest", tag = "opportunities", security(("bearer" = [])),
    params(("id" = String, Path, description = "Opportunity id")),
    responses((status = 204, description = "Withdrawn"), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn withdraw(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    interest::withdraw(&state, &user.identity, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Interested members.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct InterestList {
    items: Vec<InterestedMember>,
}

/// Who expressed interest, with their stated skills and languages (organizers).
#[utoipa::path(get, path = "/api/v1/opportunities/{id}/interests", tag = "opportunities", security(("bearer" = [])),
    params(("id" = String, Path, description = "Opportunity id")),
    responses((status = 200, body = InterestList), (status = 403, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn interests(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let items = interest::interested_members(&state, &user.identity, &id).await?;
    Ok(HttpResponse::Ok().json(InterestList { items }))
}

/// Opportunities you expressed interest in, newest first.
#[utoipa::path(get, path = "/api/v1/me/interests", tag = "opportunities", security(("bearer" = [])),
    responses((status = 200, body = OpportunityPage)))]
pub(super) async fn my_interests(
    user: CurrentUser,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let mine = interest::mine(&state, &user.identity).await?;
    let items = mine
        .into_iter()
        .map(|mine| {
            let listed = ListedOpportunity {
                opportunity: mine.opportunity,
                details: mine.details,
                group: mine.group,
            };
            view(listed, Some(&mine.interest), &user.context, &state)
        })
        .collect();
    Ok(HttpResponse::Ok().json(OpportunityPage {
        items,
        next_cursor: None,
    }))
}

/// Paging of matches.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub(super) struct MatchQuery {
    cursor: Option<String>,
    /// Page size, 1 to 100.
    limit: Option<i64>,
}

/// One opportunity ranked for you.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct MatchView {
    opportunity: OpportunityView,
    /// 0 to 1.
    score: f64,
    /// Why it matched, in your language.
    reasons: Vec<String>,
    /// The same reasons, for programs.
    reason_details: Vec<MatchReason>,
}

/// A page of matches.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct MatchPage {
    items: Vec<MatchView>,
    next_cursor: Option<String>,
}

/// Open opportunities ranked by your skills, languages, heritage country and residence.
#[utoipa::path(get, path = "/api/v1/me/matches", tag = "opportunities", security(("bearer" = [])),
    params(MatchQuery),
    responses((status = 200, body = MatchPage), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn my_matches(
    user: CurrentUser,
    state: web::Data<AppState>,
    query: web::Query<MatchQuery>,
) -> AppResult<HttpResponse> {
    let (cursor, limit) = matching::parse_page(query.cursor.as_deref(), query.limit)?;
    let profile = MatchProfile::of(&user.identity.user);
    let page = matching::matches(&state, user.identity.user.id, profile, cursor, limit).await?;
    let i18n = &user.context.i18n;
    let items = page
        .items
        .into_iter()
        .map(|found| MatchView {
            reasons: found
                .reasons
                .iter()
                .map(|reason| crate::i18n::strip_isolation_marks(&reason_text(i18n, reason)))
                .collect(),
            reason_details: found.reasons,
            score: found.score,
            opportunity: view(found.listed, None, &user.context, &state),
        })
        .collect();
    Ok(HttpResponse::Ok().json(MatchPage {
        items,
        next_cursor: page.next_cursor,
    }))
}

/// An opportunity of a group you run, with interest you have not looked at yet.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct NewInterestView {
    opportunity: OpportunityView,
    /// People who expressed interest since you last fetched its interest list.
    new_interest: usize,
}

/// A list of opportunities with new interest.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct NewInterestList {
    items: Vec<NewInterestView>,
}

/// Opportunities of the groups you run that have interest you have not seen, most first.
/// Fetching an opportunity's interest list marks it seen, for you only.
#[utoipa::path(get, path = "/api/v1/me/new-interest", tag = "opportunities", security(("bearer" = [])),
    responses((status = 200, body = NewInterestList)))]
pub(super) async fn new_interest(
    user: CurrentUser,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let items = unread::for_organizer(&state, &user.identity)
        .await?
        .into_iter()
        .map(|item| NewInterestView {
            new_interest: item.count,
            opportunity: view(item.listed, None, &user.context, &state),
        })
        .collect();
    Ok(HttpResponse::Ok().json(NewInterestList { items }))
}
