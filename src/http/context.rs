//! The per-request context every handler and error page relies on: who is signed in, which
//! language to answer in, the browser's CSRF token and the client address.
//!
//! One middleware resolves it once per request; handlers take [`RequestContext`] or
//! [`CurrentUser`] as extractors.

use std::future::{Ready, ready};
use std::net::IpAddr;

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{Error, FromRequest, HttpMessage, HttpRequest, web};
use serde::Deserialize;

use super::cookies;
use crate::accounts;
use crate::auth::client_ip::client_ip;
use crate::auth::csrf::{self, CSRF_COOKIE};
use crate::auth::session::{self, Identity, SESSION_COOKIE};
use crate::auth::tokens;
use crate::domain::{LanguageTag, Locale};
use crate::error::AppError;
use crate::i18n::{I18n, LANGUAGE_COOKIE, accepted_content_languages, negotiate};
use crate::state::AppState;

/// What is known about the request before the handler runs.
#[derive(Clone)]
pub struct RequestContext {
    /// The signed-in member, if any.
    pub identity: Option<Identity>,
    /// Translations in the negotiated language.
    pub i18n: I18n,
    /// The browser's CSRF token, to put in forms.
    pub csrf_token: String,
    /// The client address (after trusted proxies).
    pub client_ip: Option<IpAddr>,
    /// The path (without query) of this request, for the language switcher.
    pub path: String,
    /// A language asked for with `?lang=` (any well-formed tag, for user content).
    pub requested_language: Option<String>,
    /// The languages of `Accept-Language`, strongest first (any tag, for user content).
    pub accepted_languages: Vec<String>,
    /// Whether the interface language was picked on purpose (`?lang=` or the switcher's
    /// cookie) rather than guessed from the browser.
    pub interface_chosen: bool,
    /// The signed-in member's unread notifications, for the header of pages (0 for machines).
    pub unread_notifications: i64,
    /// A member who just created her account (`?welcome=1` after registering): pages greet her.
    pub welcome: bool,
}

impl RequestContext {
    /// Languages to show user content in, strongest first. Content comes in many more
    /// languages than the interface, so a reader whose browser asks for `wo, fr` gets the
    /// Wolof translation inside a French interface:
    /// - a language asked for with `?lang=` first;
    /// - for a signed-in member, the interface language (their account's), then the languages
    ///   their profile says they speak, then their browser's;
    /// - for a visitor who picked the interface language, that one, then the browser's;
    /// - otherwise the browser's whole list, then the interface language.
    pub fn content_preferences(&self) -> Vec<String> {
        let interface = self.i18n.lang().to_owned();
        let mut preferences: Vec<String> = self.requested_language.iter().cloned().collect();
        match &self.identity {
            Some(identity) => {
                preferences.push(interface);
                preferences.extend(identity.user.language_list());
                preferences.extend(self.accepted_languages.iter().cloned());
            }
            None if self.interface_chosen => {
                preferences.push(interface);
                preferences.extend(self.accepted_languages.iter().cloned());
            }
            None => {
                preferences.extend(self.accepted_languages.iter().cloned());
                preferences.push(interface);
            }
        }
        let mut seen = std::collections::HashSet::new();
        preferences.retain(|language| seen.insert(language.to_ascii_lowercase()));
        preferences
    }

    /// The signed-in member's id, if any.
    pub fn user_id(&self) -> Option<i64> {
        self.identity.as_ref().map(|identity| identity.user.id)
    }
}

#[derive(Deserialize)]
struct LanguageQuery {
    lang: Option<String>,
    welcome: Option<String>,
}

fn bearer_token(request: &ServiceRequest) -> Option<String> {
    let value = request
        .headers()
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    super::bearer_token(value).map(str::to_owned)
}

/// Middleware: resolves the [`RequestContext`] and sets the language and CSRF cookies.
pub async fn resolve(
    request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    let state = request
        .app_data::<web::Data<AppState>>()
        .expect("AppState is registered")
        .clone();
    // Static files and probes need no identity; skipping them saves a session lookup each.
    if request.path().starts_with("/static/") || request.path() == "/healthz" {
        return next
            .call(request)
            .await
            .map(ServiceResponse::map_into_left_body);
    }
    let machine = super::is_machine_path(request.path());
    // A widget's `lang` is the widget's language, not a visitor's choice of the site's: it is
    // neither saved to the account nor kept in a cookie.
    let widget = super::framing::is_embed_path(request.path());
    // The API never accepts the cookie, so a forged cross-site request there has no session.
    // Partner keys are not sessions; the federation API checks them itself.
    let token = if request.path().starts_with("/federation/") {
        None
    } else if machine {
        bearer_token(&request)
    } else {
        request
            .cookie(SESSION_COOKIE)
            .map(|cookie| cookie.value().to_owned())
    };
    let token = token.filter(|token| !token.is_empty() && token.len() <= 128);
    // Pages show the count of unread notifications in the header; it comes with the session
    // lookup, in the same database call. Machines ask for it when they want it.
    let (mut identity, unread_notifications) = match token.clone() {
        Some(token) => match session::authenticate(&state.db, token, !machine).await {
            Ok(Some((identity, unread))) => (Some(identity), unread),
            Ok(None) => (None, 0),
            Err(error) => return Ok(request.error_response(error).map_into_right_body()),
        },
        None => (None, 0),
    };
    let query = web::Query::<LanguageQuery>::from_query(request.query_string())
        .ok()
        .map(web::Query::into_inner);
    let welcome = query
        .as_ref()
        .is_some_and(|query| query.welcome.as_deref() == Some("1"));
    let requested_language = query
        .and_then(|query| query.lang)
        .and_then(|lang| LanguageTag::parse(&lang).ok());
    let query_language = requested_language
        .as_ref()
        .and_then(|tag| Locale::parse(tag.as_str()).ok());
    // A signed-in member's switcher choice is saved to the account, so it follows them.
    if let (Some(locale), Some(identity), false) =
        (query_language, identity.as_mut(), machine || widget)
    {
        if let Err(error) = accounts::service::remember_locale(&state, identity, locale).await {
            return Ok(request.error_response(error).map_into_right_body());
        }
        identity.user.locale = locale.as_str().to_owned();
        identity.user.locale_picked = true;
    }
    let cookie_language = request
        .cookie(LANGUAGE_COOKIE)
        .map(|cookie| cookie.value().to_owned());
    let accept_language = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    let locale = negotiate(
        query_language.map(|locale| locale.as_str()),
        cookie_language.as_deref(),
        // The account's language counts once its member picked it; until then it is only
        // what her browser said when she registered, and her browser now may say otherwise.
        identity
            .as_ref()
            .filter(|identity| identity.user.locale_picked)
            .map(|identity| identity.user.locale.as_str()),
        accept_language.as_deref(),
    );
    // A browser with a session cookie has a CSRF token derived from it, so the token changes
    // at every login and logout and a CSRF cookie planted by someone else counts for nothing.
    // The cookie need not be valid: a form opened before the session expired still passes
    // the check and meets the login redirect, as the member would expect. Without a session
    // cookie, the token is the random one in the CSRF cookie (double submit).
    let session_csrf = match (&token, machine) {
        (Some(token), false) => Some(csrf::for_session(token)),
        _ => None,
    };
    let existing_csrf = request
        .cookie(CSRF_COOKIE)
        .map(|cookie| cookie.value().to_owned())
        .filter(|value| value.len() == 64);
    let needs_csrf_cookie = session_csrf.is_none() && existing_csrf.is_none() && !machine;
    let csrf_token = session_csrf
        .or(existing_csrf)
        .unwrap_or_else(tokens::generate);
    let context = RequestContext {
        welcome: welcome && identity.is_some(),
        unread_notifications,
        identity,
        i18n: I18n::new(state.locales.clone(), locale),
        csrf_token: csrf_token.clone(),
        client_ip: client_ip(request.request(), &state.trusted_proxies),
        path: request.path().to_owned(),
        requested_language: requested_language.map(|tag| tag.as_str().to_owned()),
        accepted_languages: accept_language
            .as_deref()
            .map(accepted_content_languages)
            .unwrap_or_default(),
        interface_chosen: query_language.is_some()
            || cookie_language
                .as_deref()
                .is_some_and(|cookie| Locale::parse(cookie).is_ok()),
    };
    request.extensions_mut().insert(context);

    let mut response = next.call(request).await?.map_into_left_body();
    if let Some(locale) = query_language.filter(|_| !machine && !widget) {
        let cookie = cookies::language(locale, &state);
        response.response_mut().add_cookie(&cookie)?;
    }
    // Never on a response a shared cache may keep (feeds): it would hand the same token,
    // or a cookie at all, to everyone the cache serves.
    if needs_csrf_cookie && is_private(response.headers()) {
        let cookie = cookies::csrf(csrf_token, &state);
        response.response_mut().add_cookie(&cookie)?;
    }
    if !machine {
        response.headers_mut().append(
            header::VARY,
            header::HeaderValue::from_static("Cookie, Accept-Language"),
        );
    }
    Ok(response)
}

/// Whether the response says no shared cache may keep it (`no-store` or `private`).
fn is_private(headers: &header::HeaderMap) -> bool {
    headers
        .get(header::CACHE_CONTROL)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| {
            value.split(',').map(str::trim).any(|directive| {
                directive.eq_ignore_ascii_case("no-store")
                    || directive.eq_ignore_ascii_case("private")
            })
        })
}

impl FromRequest for RequestContext {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(
            request
                .extensions()
                .get::<RequestContext>()
                .cloned()
                .ok_or_else(|| AppError::internal(anyhow::anyhow!("request context missing"))),
        )
    }
}

/// A signed-in member; the request fails with `not_authenticated` otherwise (pages redirect
/// to the login form).
pub struct CurrentUser {
    /// The member and their session.
    pub identity: Identity,
    /// The rest of the context.
    pub context: RequestContext,
}

impl FromRequest for CurrentUser {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        let context = request.extensions().get::<RequestContext>().cloned();
        ready(match context {
            Some(context) => match context.identity.clone() {
                Some(identity) => Ok(CurrentUser { identity, context }),
                None => Err(AppError::NotAuthenticated),
            },
            None => Err(AppError::internal(anyhow::anyhow!(
                "request context missing"
            ))),
        })
    }
}
