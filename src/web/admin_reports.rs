//! The moderators' pages: open reports by target with the content, its creator and what was
//! done before, each with dismiss, hide and restore and a way to suspend the creator; open
//! appeals; and the audit log. Every action needs a reason. Who may do what is decided by
//! `moderation::policy`, inside the service functions.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::reports::day;
use super::{FormErrors, page, page_with_status};
use crate::error::{AppError, AppResult};
use crate::http::chrome::Chrome;
use crate::http::context::CurrentUser;
use crate::http::redirect::see_other;
use crate::i18n::direction;
use crate::moderation::audit::AuditEntry;
use crate::moderation::service::{self, QueueItem};
use crate::moderation::{Decision, TargetType, actions, appeals};
use crate::state::AppState;

/// Registers the routes.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/admin/reports", web::get().to(queue_page))
        .route("/admin/reports/{id}", web::post().to(act_on_report))
        .route("/admin/users/{id}/{action}", web::post().to(act_on_member))
        .route("/admin/appeals/{id}", web::post().to(decide_appeal))
        .route("/admin/audit", web::get().to(audit_page));
}

/// One history line: "Hidden by Ana on …: reason".
struct HistoryLine {
    text: String,
    reason: String,
}

fn history_line(user: &CurrentUser, entry: &AuditEntry) -> HistoryLine {
    let i18n = &user.context.i18n;
    HistoryLine {
        text: i18n.format_with(
            &format!("audit-action-{}", entry.action.replace('_', "-")),
            &[
                ("actor", entry.actor_name.clone()),
                (
                    "date",
                    day(i18n, entry.occurred_at, &user.identity.user.timezone),
                ),
            ],
        ),
        reason: entry.reason.clone(),
    }
}

/// A reported target as shown.
struct QueueCard {
    report_id: i64,
    type_label: String,
    label: String,
    description: String,
    lang: String,
    dir: &'static str,
    link: Option<String>,
    gone: bool,
    hidden: bool,
    /// Whether "Hide" is offered: shown, or hidden only by its creator's suspension.
    may_hide: bool,
    is_member: bool,
    creator: Option<(String, String)>,
    count_text: String,
    reasons: Vec<String>,
    details: Vec<String>,
    history: Vec<HistoryLine>,
}

/// An open appeal as shown.
struct AppealCard {
    id: i64,
    action_text: String,
    action_reason: String,
    label: String,
    text: String,
}

#[derive(Template)]
#[template(path = "admin_reports.html")]
struct QueuePage {
    chrome: Chrome,
    errors: FormErrors,
    cards: Vec<QueueCard>,
    appeals: Vec<AppealCard>,
}

fn card(user: &CurrentUser, item: QueueItem) -> QueueCard {
    let i18n = &user.context.i18n;
    let (label, description, lang, link, hidden) = match &item.target {
        Some(target) => (
            target.label.clone(),
            target.description.clone(),
            target.label_language.clone(),
            target.link.clone(),
            target.hidden,
        ),
        None => (
            item.open.target_id.clone(),
            String::new(),
            String::new(),
            None,
            false,
        ),
    };
    QueueCard {
        report_id: item.open.first_report_id(),
        type_label: i18n.plain(&format!("report-target-{}", item.open.target_type.as_str())),
        dir: direction(&lang),
        lang,
        label,
        description,
        link,
        gone: item.target.is_none(),
        may_hide: item
            .target
            .as_ref()
            .is_some_and(|target| !target.hidden || target.hidden_by_suspension),
        hidden,
        is_member: item.open.target_type == TargetType::User,
        creator: item.creator.clone(),
        count_text: i18n.format_numbers(
            "admin-reports-count",
            &[("count", item.open.reports.len() as i64)],
        ),
        reasons: item
            .open
            .reasons()
            .iter()
            .map(|reason| i18n.plain(&format!("report-reason-{}", reason.replace('_', "-"))))
            .collect(),
        details: item
            .open
            .reports
            .iter()
            .filter_map(|report| report.details.clone())
            .collect(),
        history: item
            .history
            .iter()
            .map(|entry| history_line(user, entry))
            .collect(),
    }
}

async fn render_queue(
    user: &CurrentUser,
    state: &AppState,
    errors: FormErrors,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let items = service::queue(state, &user.identity, 200).await?;
    let open_appeals = appeals::open(state, &user.identity, 200).await?;
    let cards = items.into_iter().map(|item| card(user, item)).collect();
    let appeals = open_appeals
        .into_iter()
        .map(|open| AppealCard {
            id: open.appeal.id,
            action_text: history_line(user, &open.action).text,
            action_reason: open.action.reason.clone(),
            label: open.target.map(|target| target.label).unwrap_or_default(),
            text: open.appeal.text,
        })
        .collect();
    page_with_status(
        status,
        QueuePage {
            chrome: Chrome::new(&user.context),
            errors,
            cards,
            appeals,
        },
    )
}

/// `GET /admin/reports`
async fn queue_page(user: CurrentUser, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    render_queue(&user, &state, FormErrors::default(), StatusCode::OK).await
}

#[derive(Deserialize)]
struct ActionForm {
    #[serde(default)]
    action: String,
    reason: Option<String>,
    /// The checkbox "and suspend its creator" (`on`).
    suspend_creator: Option<String>,
}

/// Runs an action; a missing reason or a conflict shows the queue again with the message.
async fn answer(
    user: &CurrentUser,
    state: &AppState,
    outcome: AppResult<()>,
) -> AppResult<HttpResponse> {
    match outcome {
        Ok(()) => Ok(see_other("/admin/reports")),
        Err(error @ (AppError::Validation(_) | AppError::Conflict(_))) => {
            let errors = FormErrors::from_error(&user.context.i18n, error)?;
            render_queue(user, state, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(error) => Err(error),
    }
}

/// `POST /admin/reports/{id}` with `action` = dismiss, hide or restore.
async fn act_on_report(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    form: web::Form<ActionForm>,
) -> AppResult<HttpResponse> {
    let decision = Decision::parse(&form.action).map_err(|_| AppError::NotFound)?;
    let outcome = match actions::reason(form.reason.as_deref()) {
        Ok(reason) => {
            let suspend_creator = form.suspend_creator.is_some();
            actions::act_on_report(
                &state,
                &user.identity,
                *id,
                decision,
                reason,
                suspend_creator,
            )
            .await
        }
        Err(error) => Err(error),
    };
    answer(&user, &state, outcome).await
}

/// `POST /admin/users/{id}/suspend` or `…/unsuspend`.
async fn act_on_member(
    user: CurrentUser,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    form: web::Form<ActionForm>,
) -> AppResult<HttpResponse> {
    let (id, action) = path.into_inner();
    let decision = match action.as_str() {
        "suspend" => Decision::Hide,
        "unsuspend" => Decision::Restore,
        _ => return Err(AppError::NotFound),
    };
    let outcome = match actions::reason(form.reason.as_deref()) {
        Ok(reason) => {
            actions::act_on_target(
                &state,
                &user.identity,
                TargetType::User,
                &id,
                decision,
                reason,
            )
            .await
        }
        Err(error) => Err(error),
    };
    answer(&user, &state, outcome).await
}

/// `POST /admin/appeals/{id}` with `action` = grant or uphold.
async fn decide_appeal(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    form: web::Form<ActionForm>,
) -> AppResult<HttpResponse> {
    let grant = match form.action.as_str() {
        "grant" => true,
        "uphold" => false,
        _ => return Err(AppError::NotFound),
    };
    let outcome = match actions::reason(form.reason.as_deref()) {
        Ok(reason) => appeals::decide(&state, &user.identity, *id, grant, reason).await,
        Err(error) => Err(error),
    };
    answer(&user, &state, outcome).await
}

/// One audit row as shown.
struct AuditRow {
    when: String,
    actor: String,
    action: String,
    target: String,
    reason: String,
}

#[derive(Template)]
#[template(path = "admin_audit.html")]
struct AuditPage {
    chrome: Chrome,
    rows: Vec<AuditRow>,
    older_href: Option<String>,
}

#[derive(Deserialize)]
struct AuditQuery {
    before: Option<i64>,
}

/// Rows per audit page.
const AUDIT_PAGE: i64 = 100;

/// `GET /admin/audit`
async fn audit_page(
    user: CurrentUser,
    state: web::Data<AppState>,
    query: web::Query<AuditQuery>,
) -> AppResult<HttpResponse> {
    let entries = service::audit_page(&state, &user.identity, query.before, AUDIT_PAGE).await?;
    let i18n = &user.context.i18n;
    let older_href = (entries.len() as i64 == AUDIT_PAGE)
        .then(|| {
            entries
                .last()
                .map(|entry| format!("/admin/audit?before={}", entry.id))
        })
        .flatten();
    let zone: chrono_tz::Tz = user
        .identity
        .user
        .timezone
        .parse()
        .unwrap_or(chrono_tz::UTC);
    let rows = entries
        .into_iter()
        .map(|entry| AuditRow {
            when: i18n.format_time(
                &entry.occurred_at.and_utc().with_timezone(&zone),
                "format-datetime",
            ),
            actor: entry.actor_name,
            action: i18n.plain(&format!("audit-name-{}", entry.action.replace('_', "-"))),
            target: format!(
                "{} {}",
                i18n.plain(&format!("report-target-{}", entry.target_type)),
                entry.target_id
            ),
            reason: entry.reason,
        })
        .collect();
    page(AuditPage {
        chrome: Chrome::new(&user.context),
        rows,
        older_href,
    })
}
