//! The member's notifications (`/me/notifications`), their settings
//! (`/me/notifications/settings`) and the one-click unsubscribe page (`/unsubscribe`), which
//! works without logging in: its link is signed for one member and one kind.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::page;
use crate::db;
use crate::error::{AppError, AppResult};
use crate::http::chrome::Chrome;
use crate::http::context::{CurrentUser, RequestContext};
use crate::http::redirect::see_other;
use crate::notifications::inbox::Reader;
use crate::notifications::listing::{self, NotificationView};
use crate::notifications::settings::{self, Delivery};
use crate::notifications::{NotificationKind, unsubscribe};
use crate::state::AppState;

/// Registers the routes.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/me/notifications", web::get().to(list))
        .route("/me/notifications/read-all", web::post().to(read_all))
        .route("/me/notifications/settings", web::get().to(settings_form))
        .route("/me/notifications/settings", web::post().to(save_settings))
        .route("/me/notifications/{id}", web::get().to(open))
        .route("/me/notifications/{id}/read", web::post().to(read))
        .route(unsubscribe::PATH, web::get().to(unsubscribe_form))
        .route(unsubscribe::PATH, web::post().to(unsubscribe_now));
}

#[derive(Template)]
#[template(path = "notifications.html")]
struct ListPage {
    chrome: Chrome,
    /// Each notification with when it came, in the member's zone.
    items: Vec<(NotificationView, String)>,
    unread: i64,
    older: Option<String>,
}

#[derive(Deserialize)]
struct PageQuery {
    cursor: Option<String>,
}

/// `GET /me/notifications`
async fn list(
    user: CurrentUser,
    state: web::Data<AppState>,
    query: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    let reader = Reader::new(
        user.context.i18n.clone(),
        user.context.content_preferences(),
        &user.identity.user.timezone,
    );
    let cursor = crate::paging::present(&query.cursor);
    let found = listing::page(
        &state,
        &user.identity,
        &reader,
        cursor.as_deref(),
        crate::paging::DEFAULT_LIMIT,
    )
    .await?;
    page(ListPage {
        chrome: Chrome::new(&user.context),
        unread: found.unread,
        older: found
            .next_cursor
            .map(|cursor| format!("/me/notifications?cursor={cursor}")),
        items: found
            .items
            .into_iter()
            .map(|item| {
                let local = item.created_at.with_timezone(&reader.zone);
                let when = reader.i18n.format_time(&local, "format-datetime");
                (item, when)
            })
            .collect(),
    })
}

/// `POST /me/notifications/{id}/read`
async fn read(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    listing::mark_read(&state, &user.identity, &id).await?;
    Ok(see_other("/me/notifications"))
}

/// `GET /me/notifications/{id}`: marks it read and leads where it is about.
async fn open(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let link = listing::open(&state, &user.identity, &id).await?;
    Ok(see_other(&link))
}

/// `POST /me/notifications/read-all`
async fn read_all(user: CurrentUser, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    listing::mark_all_read(&state, &user.identity).await?;
    Ok(see_other("/me/notifications"))
}

/// One kind on the settings form.
struct KindChoice {
    kind: NotificationKind,
    by_mail: bool,
}

#[derive(Template)]
#[template(path = "notification_settings.html")]
struct SettingsPage {
    chrome: Chrome,
    kinds: Vec<KindChoice>,
    saved: bool,
}

#[derive(Deserialize)]
struct SavedQuery {
    saved: Option<String>,
}

/// `GET /me/notifications/settings`
async fn settings_form(
    user: CurrentUser,
    state: web::Data<AppState>,
    query: web::Query<SavedQuery>,
) -> AppResult<HttpResponse> {
    let user_id = user.identity.user.id;
    let choices = db::run(&state.db, move |connection| {
        Ok(settings::for_member(connection, user_id)?)
    })
    .await?;
    page(SettingsPage {
        chrome: Chrome::new(&user.context),
        kinds: choices
            .into_iter()
            .map(|(kind, delivery)| KindChoice {
                kind,
                by_mail: delivery == Delivery::Mail,
            })
            .collect(),
        saved: query.saved.is_some(),
    })
}

/// `POST /me/notifications/settings`: one radio group per kind, named by its kind id.
async fn save_settings(
    user: CurrentUser,
    state: web::Data<AppState>,
    form: web::Form<Vec<(String, String)>>,
) -> AppResult<HttpResponse> {
    let mut choices = Vec::new();
    for (name, value) in form.into_inner() {
        let Ok(kind) = NotificationKind::parse(&name) else {
            continue; // the CSRF token and anything else that is not a kind
        };
        let delivery =
            Delivery::parse(&value).map_err(|invalid| AppError::field("kind", invalid))?;
        choices.push((kind, delivery));
    }
    let user_id = user.identity.user.id;
    db::run(&state.db, move |connection| {
        db::write_transaction(connection, |connection| {
            Ok(settings::change(connection, user_id, &choices)?)
        })
    })
    .await?;
    Ok(see_other("/me/notifications/settings?saved=1"))
}

#[derive(Deserialize)]
struct TokenQuery {
    #[serde(default)]
    token: String,
}

#[derive(Template)]
#[template(path = "unsubscribe.html")]
struct UnsubscribePage {
    chrome: Chrome,
    kind_name: String,
    token: String,
    done: bool,
}

/// `GET /unsubscribe?token=…`: says what the link turns off and offers the button (opening
/// a link changes nothing, so mail scanners that follow links unsubscribe nobody).
async fn unsubscribe_form(
    context: RequestContext,
    state: web::Data<AppState>,
    query: web::Query<TokenQuery>,
) -> AppResult<HttpResponse> {
    let token = query.into_inner().token;
    let kind = unsubscribe::inspect(&state, &token).await?;
    page(UnsubscribePage {
        kind_name: context.i18n.plain(&kind.name_id()),
        chrome: Chrome::new(&context),
        token,
        done: false,
    })
}

/// `POST /unsubscribe?token=…`: the RFC 8058 one-click request (body
/// `List-Unsubscribe=One-Click`) and the page's button alike. No login and no CSRF token:
/// the signed link is the authority, and it can only turn one kind of mail off.
async fn unsubscribe_now(
    context: RequestContext,
    state: web::Data<AppState>,
    query: web::Query<TokenQuery>,
) -> AppResult<HttpResponse> {
    let token = query.into_inner().token;
    let kind = unsubscribe::apply(&state, &token).await?;
    page(UnsubscribePage {
        kind_name: context.i18n.plain(&kind.name_id()),
        chrome: Chrome::new(&context),
        token: String::new(),
        done: true,
    })
}
