//! `GET /api/v1/me/notifications`, `POST /api/v1/me/notifications/{id}/read`,
//! `POST /api/v1/me/notifications/read-all`, `GET|PATCH /api/v1/me/notifications/settings`.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::db;
use crate::domain::Collector;
use crate::error::AppResult;
use crate::http::context::{CurrentUser, RequestContext};
use crate::http::errors::Problem;
use crate::notifications::NotificationKind;
use crate::notifications::inbox::Reader;
use crate::notifications::listing::{self, NotificationPage};
use crate::notifications::settings::{self, Delivery};
use crate::state::AppState;

pub(super) fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/me/notifications", web::get().to(list))
        .route("/me/notifications/read-all", web::post().to(read_all))
        .route("/me/notifications/settings", web::get().to(show_settings))
        .route(
            "/me/notifications/settings",
            web::patch().to(change_settings),
        )
        .route("/me/notifications/{id}/read", web::post().to(read));
}

/// The reader a request speaks to: its language, the member's content languages, their zone.
fn reader(context: &RequestContext, user: &crate::accounts::User) -> Reader {
    Reader::new(
        context.i18n.clone(),
        context.content_preferences(),
        &user.timezone,
    )
}

/// Paging of the notification list.
#[derive(Debug, Deserialize, IntoParams)]
pub(super) struct PageQuery {
    /// `next_cursor` of the previous page.
    cursor: Option<String>,
    /// Items per page, 1 to 100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    limit: Option<i64>,
}

/// Your notifications, newest first, in your language and time zone.
#[utoipa::path(get, path = "/api/v1/me/notifications", tag = "notifications", security(("bearer" = [])),
    params(PageQuery),
    responses(
        (status = 200, body = NotificationPage),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid cursor or limit", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn list(
    user: CurrentUser,
    state: web::Data<AppState>,
    query: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    let mut collector = Collector::default();
    let limit = crate::paging::limit(&mut collector, query.limit);
    collector.finish(|| ())?;
    let reader = reader(&user.context, &user.identity.user);
    // A blank cursor is no cursor, as in every listing.
    let cursor = crate::paging::present(&query.cursor);
    let page = listing::page(&state, &user.identity, &reader, cursor.as_deref(), limit).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Mark one notification read.
#[utoipa::path(post, path = "/api/v1/me/notifications/{id}/read", tag = "notifications", security(("bearer" = [])),
    params(("id" = String, Path, description = "The notification's id")),
    responses(
        (status = 204, description = "Read"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Not one of your notifications", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn read(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    listing::mark_read(&state, &user.identity, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Mark all your notifications read.
#[utoipa::path(post, path = "/api/v1/me/notifications/read-all", tag = "notifications", security(("bearer" = [])),
    responses(
        (status = 204, description = "All read"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn read_all(
    user: CurrentUser,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    listing::mark_all_read(&state, &user.identity).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// How you hear about each kind: `in_app` (in the app only) or `mail` (in the app and by
/// email). In a `PATCH`, kinds left out keep their setting.
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct NotificationSettings {
    #[serde(skip_serializing_if = "Option::is_none")]
    join_request: Option<Delivery>,
    #[serde(skip_serializing_if = "Option::is_none")]
    membership_decision: Option<Delivery>,
    #[serde(skip_serializing_if = "Option::is_none")]
    role_changed: Option<Delivery>,
    #[serde(skip_serializing_if = "Option::is_none")]
    waitlist_promoted: Option<Delivery>,
    #[serde(skip_serializing_if = "Option::is_none")]
    event_changed: Option<Delivery>,
    #[serde(skip_serializing_if = "Option::is_none")]
    event_cancelled: Option<Delivery>,
    #[serde(skip_serializing_if = "Option::is_none")]
    event_reminder: Option<Delivery>,
    #[serde(skip_serializing_if = "Option::is_none")]
    new_interest: Option<Delivery>,
    #[serde(skip_serializing_if = "Option::is_none")]
    weekly_digest: Option<Delivery>,
    #[serde(skip_serializing_if = "Option::is_none")]
    report_outcome: Option<Delivery>,
    #[serde(skip_serializing_if = "Option::is_none")]
    invitation: Option<Delivery>,
}

impl NotificationSettings {
    fn slot(&mut self, kind: NotificationKind) -> &mut Option<Delivery> {
        use NotificationKind::*;
        match kind {
            JoinRequest => &mut self.join_request,
            MembershipDecision => &mut self.membership_decision,
            RoleChanged => &mut self.role_changed,
            WaitlistPromoted => &mut self.waitlist_promoted,
            EventChanged => &mut self.event_changed,
            EventCancelled => &mut self.event_cancelled,
            EventReminder => &mut self.event_reminder,
            NewInterest => &mut self.new_interest,
            WeeklyDigest => &mut self.weekly_digest,
            ReportOutcome => &mut self.report_outcome,
            Invitation => &mut self.invitation,
        }
    }

    fn from_choices(choices: Vec<(NotificationKind, Delivery)>) -> Self {
        let mut settings = Self::default();
        for (kind, delivery) in choices {
            *settings.slot(kind) = Some(delivery);
        }
        settings
    }

    fn into_choices(mut self) -> Vec<(NotificationKind, Delivery)> {
        NotificationKind::ALL
            .iter()
            .filter_map(|kind| self.slot(*kind).take().map(|delivery| (*kind, delivery)))
            .collect()
    }
}

async fn current(state: &AppState, user_id: i64) -> AppResult<NotificationSettings> {
    let choices = db::run(&state.db, move |connection| {
        Ok(settings::for_member(connection, user_id)?)
    })
    .await?;
    Ok(NotificationSettings::from_choices(choices))
}

/// Your notification settings, one entry per kind.
#[utoipa::path(get, path = "/api/v1/me/notifications/settings", tag = "notifications", security(("bearer" = [])),
    responses(
        (status = 200, body = NotificationSettings),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn show_settings(
    user: CurrentUser,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(current(&state, user.identity.user.id).await?))
}

/// Change how you hear about some kinds; returns every kind's setting.
#[utoipa::path(patch, path = "/api/v1/me/notifications/settings", tag = "notifications", security(("bearer" = [])),
    request_body = NotificationSettings,
    responses(
        (status = 200, body = NotificationSettings),
        (status = 400, description = "Not a settings object (an unknown kind, a value other than in_app or mail)", body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn change_settings(
    user: CurrentUser,
    state: web::Data<AppState>,
    body: web::Json<NotificationSettings>,
) -> AppResult<HttpResponse> {
    let (user_id, choices) = (user.identity.user.id, body.into_inner().into_choices());
    db::run(&state.db, move |connection| {
        db::write_transaction(connection, |connection| {
            Ok(settings::change(connection, user_id, &choices)?)
        })
    })
    .await?;
    Ok(HttpResponse::Ok().json(current(&state, user_id).await?))
}
