//! `/api/v1/admin/…`: the moderators' queue of reports, actions on reports, listings and
//! members, appeals, the audit log, and what administrators decide (verified groups, the
//! moderator role). Who may call what is decided by `moderation::policy`.

use actix_web::{HttpResponse, web};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::accounts::AccountView;
use crate::error::{AppError, AppResult};
use crate::http::context::CurrentUser;
use crate::http::errors::Problem;
use crate::moderation::audit::AuditEntry;
use crate::moderation::reports::ReportReason;
use crate::moderation::{Decision, TargetType, actions, appeals, service};
use crate::state::AppState;

pub(super) fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/admin/reports", web::get().to(queue))
        .route(
            "/admin/reports/{id}/{action}",
            web::post().to(act_on_report),
        )
        .route("/admin/appeals", web::get().to(open_appeals))
        .route(
            "/admin/appeals/{id}/{decision}",
            web::post().to(decide_appeal),
        )
        .route("/admin/audit", web::get().to(audit_log))
        .route("/admin/users/{id}/role", web::post().to(change_role))
        .route("/admin/groups/{id}/verify", web::post().to(verify))
        .route("/admin/groups/{id}/unverify", web::post().to(unverify))
        .route("/admin/{kind}/{id}/{action}", web::post().to(act_on_target));
}

/// Why: every moderation action needs one.
#[derive(Debug, Deserialize, ToSchema)]
pub(super) struct ReasonInput {
    /// In your words, for the audit log and the people told (at most 2,000 characters).
    reason: Option<String>,
}

/// Why, and for a hide whether to suspend the listing's creator too.
#[derive(Debug, Deserialize, ToSchema)]
pub(super) struct ReportActionInput {
    /// In your words, for the audit log and the people told (at most 2,000 characters).
    reason: Option<String>,
    /// With `hide` on a group, event or opportunity: also suspend whoever created it.
    #[serde(default)]
    suspend_creator: bool,
}

/// One reported target with its open reports.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct QueueItem {
    /// The oldest open report's id: acting on it acts on every open report on the target.
    id: i64,
    target_type: TargetType,
    target_id: String,
    /// Its name or title, when it still exists.
    title: Option<String>,
    /// Whether it is hidden (or the member suspended) now.
    hidden: bool,
    /// Open reports on it.
    report_count: usize,
    /// Each reason given, once.
    reasons: Vec<ReportReason>,
    /// When the oldest open report came.
    reported_at: NaiveDateTime,
}

#[derive(Debug, Serialize, ToSchema)]
pub(super) struct Queue {
    items: Vec<QueueItem>,
}

/// Open reports grouped by target, most reported first, then oldest (moderators).
#[utoipa::path(get, path = "/api/v1/admin/reports", tag = "moderation", security(("bearer" = [])),
    responses(
        (status = 200, body = Queue),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn queue(
    user: CurrentUser,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let items = service::queue(&state, &user.identity, 200).await?;
    let items = items
        .into_iter()
        .map(|item| QueueItem {
            id: item.open.first_report_id(),
            target_type: item.open.target_type,
            target_id: item.open.target_id.clone(),
            title: item.target.as_ref().map(|target| target.label.clone()),
            hidden: item.target.as_ref().is_some_and(|target| target.hidden),
            report_count: item.open.reports.len(),
            reasons: item
                .open
                .reasons()
                .iter()
                .filter_map(|reason| ReportReason::parse(reason).ok())
                .collect(),
            reported_at: item
                .open
                .reports
                .first()
                .map(|report| report.created_at)
                .unwrap_or_default(),
        })
        .collect();
    Ok(HttpResponse::Ok().json(Queue { items }))
}

/// Dismiss, hide or restore what report `id` is about; closes every open report on it.
#[utoipa::path(post, path = "/api/v1/admin/reports/{id}/{action}", tag = "moderation", security(("bearer" = [])),
    request_body = ReportActionInput,
    params(
        ("id" = i64, Path, description = "A report's id"),
        ("action" = String, Path, description = "dismiss, hide or restore (for a member: suspend or lift; for an imported listing: reject or publish)"),
    ),
    responses(
        (status = 204, description = "Done; reporters and owners are told"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already decided, already hidden, or not hidden", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No reason given", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn act_on_report(
    user: CurrentUser,
    state: web::Data<AppState>,
    path: web::Path<(i64, String)>,
    body: web::Json<ReportActionInput>,
) -> AppResult<HttpResponse> {
    let (id, action) = path.into_inner();
    let decision = Decision::parse(&action).map_err(|_| AppError::NotFound)?;
    crate::moderation::policy::authorize(
        &user.identity,
        crate::moderation::policy::Power::Moderate,
    )?;
    let reason = actions::reason(body.reason.as_deref())?;
    actions::act_on_report(
        &state,
        &user.identity,
        id,
        decision,
        reason,
        body.suspend_creator,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Hide or restore a group, event or opportunity, or suspend or lift a member, without a report.
#[utoipa::path(post, path = "/api/v1/admin/{kind}/{id}/{action}", tag = "moderation", security(("bearer" = [])),
    request_body = ReasonInput,
    params(
        ("kind" = String, Path, description = "groups, events, opportunities or users"),
        ("id" = String, Path, description = "The id the API shows (a group's slug works too)"),
        ("action" = String, Path, description = "hide or restore (groups, events, opportunities); suspend or unsuspend (users)"),
    ),
    responses(
        (status = 204, description = "Done; owners are told"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already in that state", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No reason given", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn act_on_target(
    user: CurrentUser,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
    body: web::Json<ReasonInput>,
) -> AppResult<HttpResponse> {
    let (kind, id, action) = path.into_inner();
    let (target_type, decision) = match (kind.as_str(), action.as_str()) {
        ("groups", "hide") => (TargetType::Group, Decision::Hide),
        ("groups", "restore") => (TargetType::Group, Decision::Restore),
        ("events", "hide") => (TargetType::Event, Decision::Hide),
        ("events", "restore") => (TargetType::Event, Decision::Restore),
        ("opportunities", "hide") => (TargetType::Opportunity, Decision::Hide),
        ("opportunities", "restore") => (TargetType::Opportunity, Decision::Restore),
        ("users", "suspend") => (TargetType::User, Decision::Hide),
        ("users", "unsuspend") => (TargetType::User, Decision::Restore),
        _ => return Err(AppError::NotFound),
    };
    crate::moderation::policy::authorize(
        &user.identity,
        crate::moderation::policy::Power::Moderate,
    )?;
    let reason = actions::reason(body.reason.as_deref())?;
    actions::act_on_target(&state, &user.identity, target_type, &id, decision, reason).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// An open appeal.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct AppealItem {
    appeal: appeals::Appeal,
    /// The hide or suspension appealed against.
    action: AuditEntry,
    /// What it was about, when it still exists.
    title: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub(super) struct AppealList {
    items: Vec<AppealItem>,
}

/// Open appeals, oldest first (moderators).
#[utoipa::path(get, path = "/api/v1/admin/appeals", tag = "moderation", security(("bearer" = [])),
    responses(
        (status = 200, body = AppealList),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn open_appeals(
    user: CurrentUser,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let open = appeals::open(&state, &user.identity, 200).await?;
    let items = open
        .into_iter()
        .map(|open| AppealItem {
            title: open.target.map(|target| target.label),
            appeal: open.appeal,
            action: open.action,
        })
        .collect();
    Ok(HttpResponse::Ok().json(AppealList { items }))
}

/// Grant an appeal (undo the action) or uphold it; a moderator other than the one who acted.
#[utoipa::path(post, path = "/api/v1/admin/appeals/{id}/{decision}", tag = "moderation", security(("bearer" = [])),
    request_body = ReasonInput,
    params(
        ("id" = i64, Path, description = "The appeal's id"),
        ("decision" = String, Path, description = "grant or uphold"),
    ),
    responses(
        (status = 204, description = "Decided; the member is told"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already decided, or you took the action appealed against (`appeal_needs_another_moderator`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn decide_appeal(
    user: CurrentUser,
    state: web::Data<AppState>,
    path: web::Path<(i64, String)>,
    body: web::Json<ReasonInput>,
) -> AppResult<HttpResponse> {
    let (id, decision) = path.into_inner();
    let grant = match decision.as_str() {
        "grant" => true,
        "uphold" => false,
        _ => return Err(AppError::NotFound),
    };
    crate::moderation::policy::authorize(
        &user.identity,
        crate::moderation::policy::Power::Moderate,
    )?;
    let reason = actions::reason(body.reason.as_deref())?;
    appeals::decide(&state, &user.identity, id, grant, reason).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Paging of the audit log.
#[derive(Debug, Deserialize, IntoParams)]
pub(super) struct AuditQuery {
    /// Rows older than this id (the last `id` of the previous page).
    before: Option<i64>,
    /// Rows per page, 1 to 100 (default 50).
    #[param(minimum = 1, maximum = 100)]
    limit: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub(super) struct AuditList {
    items: Vec<AuditEntry>,
}

/// Every moderator and administrator action, newest first (moderators).
#[utoipa::path(get, path = "/api/v1/admin/audit", tag = "moderation", security(("bearer" = [])),
    params(AuditQuery),
    responses(
        (status = 200, body = AuditList),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn audit_log(
    user: CurrentUser,
    state: web::Data<AppState>,
    query: web::Query<AuditQuery>,
) -> AppResult<HttpResponse> {
    let mut collector = crate::domain::Collector::default();
    let limit = crate::paging::limit(&mut collector, query.limit.or(Some(50)));
    collector.finish(|| ())?;
    let items = service::audit_page(&state, &user.identity, query.before, limit).await?;
    Ok(HttpResponse::Ok().json(AuditList { items }))
}

/// A role change.
#[derive(Debug, Deserialize, ToSchema)]
pub(super) struct RoleInput {
    /// `moderator` or `user`.
    role: String,
    reason: Option<String>,
}

/// Make a member a moderator, or take the role back (administrators).
#[utoipa::path(post, path = "/api/v1/admin/users/{id}/role", tag = "moderation", security(("bearer" = [])),
    request_body = RoleInput,
    params(("id" = String, Path, description = "The member's public id or email")),
    responses(
        (status = 200, body = AccountView),
        (status = 403, description = "Not an administrator, or the member is one", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn change_role(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: web::Json<RoleInput>,
) -> AppResult<HttpResponse> {
    let role = service::parse_role(&body.role)?;
    crate::moderation::policy::authorize(
        &user.identity,
        crate::moderation::policy::Power::Administer,
    )?;
    let reason = actions::reason(body.reason.as_deref())?;
    let changed = service::change_role(&state, &user.identity, &id, role, reason).await?;
    Ok(HttpResponse::Ok().json(AccountView::from(changed)))
}

/// How a group was verified.
#[derive(Debug, Deserialize, ToSchema)]
pub(super) struct VerifyInput {
    /// How you checked it: a registry number, a letter, a call (at most 2,000 characters).
    note: Option<String>,
}

/// Mark a group verified: a registered association, an embassy or consulate, a development
/// agency (administrators).
#[utoipa::path(post, path = "/api/v1/admin/groups/{id}/verify", tag = "moderation", security(("bearer" = [])),
    request_body = VerifyInput,
    params(("id" = String, Path, description = "The group's id or slug")),
    responses(
        (status = 204, description = "Verified"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No note given", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn verify(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: web::Json<VerifyInput>,
) -> AppResult<HttpResponse> {
    crate::moderation::policy::authorize(
        &user.identity,
        crate::moderation::policy::Power::Administer,
    )?;
    let note = actions::reason(body.note.as_deref())
        .map_err(|_| AppError::field("note", crate::domain::Invalid::required()))?;
    service::set_verified(&state, &user.identity, &id, true, note).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Take a group's verification back (administrators).
#[utoipa::path(post, path = "/api/v1/admin/groups/{id}/unverify", tag = "moderation", security(("bearer" = [])),
    request_body = ReasonInput,
    params(("id" = String, Path, description = "The group's id or slug")),
    responses(
        (status = 204, description = "No longer verified"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn unverify(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: web::Json<ReasonInput>,
) -> AppResult<HttpResponse> {
    crate::moderation::policy::authorize(
        &user.identity,
        crate::moderation::policy::Power::Administer,
    )?;
    let reason = actions::reason(body.reason.as_deref())?;
    service::set_verified(&state, &user.identity, &id, false, reason).await?;
    Ok(HttpResponse::NoContent().finish())
}
