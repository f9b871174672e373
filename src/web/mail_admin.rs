//! `/admin/mail`: what the outbox holds, for administrators, and the retry of a dead mail.
//! The rules (administrators only) live in [`crate::notifications::admin`].

use actix_web::{HttpResponse, web};
use askama::Template;

use super::page;
use crate::error::AppResult;
use crate::http::chrome::Chrome;
use crate::http::context::CurrentUser;
use crate::http::redirect::see_other;
use crate::notifications::admin;
use crate::notifications::outbox::MailStatus;
use crate::state::AppState;

/// Registers the routes.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/admin/mail", web::get().to(show))
        .route("/admin/mail/{id}/retry", web::post().to(retry));
}

/// One mail as listed.
struct MailRow {
    id: i64,
    created: String,
    recipient: String,
    kind: String,
    status: String,
    attempts: i64,
    last_error: Option<String>,
    dead: bool,
}

#[derive(Template)]
#[template(path = "admin_mail.html")]
struct MailPage {
    chrome: Chrome,
    transport: String,
    counts: Vec<(String, i64)>,
    rows: Vec<MailRow>,
    flagged: Vec<(String, i64, Option<String>)>,
}

/// `GET /admin/mail`
async fn show(user: CurrentUser, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    let overview = admin::overview(&state, &user.identity).await?;
    let i18n = &user.context.i18n;
    let status_label = |status: &str| i18n.plain(&format!("mail-status-{status}"));
    page(MailPage {
        transport: state.mailer.describe(),
        counts: overview
            .counts
            .iter()
            .map(|(status, count)| (status_label(status.as_str()), *count))
            .collect(),
        rows: overview
            .latest
            .into_iter()
            .map(|row| MailRow {
                id: row.id,
                created: row.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
                dead: row.status == MailStatus::Dead.as_str(),
                status: status_label(&row.status),
                kind: i18n.plain(&format!("mail-kind-{}", row.kind)),
                recipient: row.recipient,
                attempts: row.attempts,
                last_error: row.last_error,
            })
            .collect(),
        flagged: overview
            .flagged
            .into_iter()
            .map(|(address, failures, error, _)| (address, failures, error))
            .collect(),
        chrome: Chrome::new(&user.context),
    })
}

/// `POST /admin/mail/{id}/retry`
async fn retry(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    admin::retry(&state, &user.identity, id.into_inner()).await?;
    Ok(see_other("/admin/mail"))
}
