//! The member's side of moderation: the report form behind every "Report" link (`/report`),
//! "My reports" (`/me/reports`), and the appeal page a hide or suspension notice links to
//! (`/appeals/{token}`, which needs no session: a suspended member cannot sign in).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{FormErrors, page, page_with_status};
use crate::error::{AppError, AppResult};
use crate::http::chrome::Chrome;
use crate::http::context::{CurrentUser, RequestContext};
use crate::http::redirect::see_other;
use crate::i18n::direction;
use crate::moderation::reports::{ReportReason, ReportView};
use crate::moderation::service::{self, NewReport};
use crate::moderation::{TargetType, appeals};
use crate::state::AppState;

/// Registers the routes.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/report", web::get().to(report_form))
        .route("/report", web::post().to(report))
        .route("/me/reports", web::get().to(my_reports))
        .route("/appeals/{token}", web::get().to(appeal_form))
        .route("/appeals/{token}", web::post().to(appeal));
}

/// A reason to choose, with its label.
struct ReasonChoice {
    value: &'static str,
    label: String,
    checked: bool,
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage {
    chrome: Chrome,
    errors: FormErrors,
    target_type: String,
    target_id: String,
    type_label: String,
    label: String,
    lang: String,
    dir: &'static str,
    reasons: Vec<ReasonChoice>,
    details: String,
}

#[derive(Deserialize, Default)]
struct ReportForm {
    #[serde(default)]
    target_type: String,
    #[serde(default)]
    target_id: String,
    reason: Option<String>,
    details: Option<String>,
}

fn reasons(context: &RequestContext, chosen: Option<&str>) -> Vec<ReasonChoice> {
    ReportReason::ALL
        .iter()
        .map(|reason| ReasonChoice {
            value: reason.as_str(),
            label: context.i18n.plain(&format!(
                "report-reason-{}",
                reason.as_str().replace('_', "-")
            )),
            checked: chosen == Some(reason.as_str()),
        })
        .collect()
}

async fn form_page(
    user: &CurrentUser,
    state: &AppState,
    form: ReportForm,
    errors: FormErrors,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let target_type = TargetType::parse(&form.target_type).map_err(|_| AppError::NotFound)?;
    let target = service::reportable(state, &user.identity, target_type, &form.target_id).await?;
    let context = &user.context;
    page_with_status(
        status,
        ReportPage {
            chrome: Chrome::new(context),
            errors,
            type_label: context
                .i18n
                .plain(&format!("report-target-{}", target_type.as_str())),
            target_type: target_type.as_str().to_owned(),
            target_id: target.public_id,
            dir: direction(&target.label_language),
            lang: target.label_language,
            label: target.label,
            reasons: reasons(context, form.reason.as_deref()),
            details: form.details.unwrap_or_default(),
        },
    )
}

/// `GET /report?target_type=…&target_id=…`
async fn report_form(
    user: CurrentUser,
    state: web::Data<AppState>,
    query: web::Query<ReportForm>,
) -> AppResult<HttpResponse> {
    let form = query.into_inner();
    form_page(&user, &state, form, FormErrors::default(), StatusCode::OK).await
}

/// `POST /report`: files it, then shows "My reports"; errors keep what was typed.
async fn report(
    user: CurrentUser,
    state: web::Data<AppState>,
    form: web::Form<ReportForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let outcome = match NewReport::parse(
        Some(&form.target_type),
        Some(&form.target_id),
        form.reason.as_deref(),
        form.details.as_deref(),
    ) {
        Ok(report) => service::file_report(&state, &user.identity, report).await,
        Err(error) => Err(error),
    };
    match outcome {
        Ok(_) => Ok(see_other("/me/reports?filed=1")),
        Err(error @ (AppError::Validation(_) | AppError::Conflict(_))) => {
            let errors = FormErrors::from_error(&user.context.i18n, error)?;
            form_page(
                &user,
                &state,
                form,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(error) => Err(error),
    }
}

/// A stored UTC instant as a date in `zone`, in the reader's words.
pub(super) fn day(i18n: &crate::i18n::I18n, time: chrono::NaiveDateTime, zone: &str) -> String {
    let zone: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::UTC);
    i18n.format_time(&time.and_utc().with_timezone(&zone), "format-date")
}

/// One of the member's reports as listed.
struct ReportRow {
    type_label: String,
    reason_label: String,
    details: Option<String>,
    status_label: String,
    outcome_reason: Option<String>,
    filed: String,
}

#[derive(Template)]
#[template(path = "my_reports.html")]
struct MyReportsPage {
    chrome: Chrome,
    just_filed: bool,
    rows: Vec<ReportRow>,
}

#[derive(Deserialize)]
struct FiledQuery {
    filed: Option<String>,
}

/// `GET /me/reports`
async fn my_reports(
    user: CurrentUser,
    state: web::Data<AppState>,
    query: web::Query<FiledQuery>,
) -> AppResult<HttpResponse> {
    let reports = service::my_reports(&state, &user.identity).await?;
    let i18n = &user.context.i18n;
    let row = |report: ReportView| ReportRow {
        type_label: i18n.plain(&format!("report-target-{}", report.target_type)),
        reason_label: i18n.plain(&format!(
            "report-reason-{}",
            report.reason.as_str().replace('_', "-")
        )),
        details: report.details,
        status_label: i18n.plain(&format!("report-status-{}", report.status)),
        outcome_reason: report.outcome_reason,
        filed: day(i18n, report.created_at, &user.identity.user.timezone),
    };
    page(MyReportsPage {
        chrome: Chrome::new(&user.context),
        just_filed: query.filed.is_some(),
        rows: reports.into_iter().map(row).collect(),
    })
}

#[derive(Template)]
#[template(path = "appeal.html")]
struct AppealPage {
    chrome: Chrome,
    errors: FormErrors,
    token: String,
    suspension: bool,
    label: String,
    lang: String,
    dir: &'static str,
    reason: String,
    decided_on: String,
    appeal_status: Option<String>,
    text: String,
}

async fn appeal_page(
    context: &RequestContext,
    state: &AppState,
    token: &str,
    errors: FormErrors,
    text: String,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let appealable = appeals::show(state, token).await?;
    let i18n = &context.i18n;
    let (label, lang) = appealable
        .target
        .as_ref()
        .map(|target| (target.label.clone(), target.label_language.clone()))
        .unwrap_or_default();
    page_with_status(
        status,
        AppealPage {
            chrome: Chrome::new(context),
            errors,
            token: token.to_owned(),
            suspension: appealable.action.action == "suspend",
            dir: direction(&lang),
            lang,
            label,
            reason: appealable.action.reason.clone(),
            decided_on: day(i18n, appealable.action.occurred_at, "UTC"),
            appeal_status: appealable
                .appeal
                .as_ref()
                .map(|appeal| i18n.plain(&format!("appeal-status-{}", appeal.status))),
            text,
        },
    )
}

/// `GET /appeals/{token}`
async fn appeal_form(
    context: RequestContext,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    appeal_page(
        &context,
        &state,
        &token,
        FormErrors::default(),
        String::new(),
        StatusCode::OK,
    )
    .await
}

#[derive(Deserialize)]
struct AppealForm {
    text: Option<String>,
}

/// `POST /appeals/{token}`: files the appeal, then shows it as sent.
async fn appeal(
    context: RequestContext,
    state: web::Data<AppState>,
    token: web::Path<String>,
    form: web::Form<AppealForm>,
) -> AppResult<HttpResponse> {
    let text = form.into_inner().text.unwrap_or_default();
    match appeals::file(&state, &token, Some(&text)).await {
        Ok(_) => Ok(see_other(&format!("{}/{}", appeals::PATH, token.as_str()))),
        Err(error @ (AppError::Validation(_) | AppError::Conflict(_))) => {
            let errors = FormErrors::from_error(&context.i18n, error)?;
            appeal_page(
                &context,
                &state,
                &token,
                errors,
                text,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(error) => Err(error),
    }
}
