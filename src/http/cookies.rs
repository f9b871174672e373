//! The cookies the service sets: the session, the CSRF token and the remembered language.
//! All are `HttpOnly`, and `Secure` when `cookie_secure` is on.

use actix_web::HttpResponse;
use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};

use crate::auth::csrf::CSRF_COOKIE;
use crate::auth::session::SESSION_COOKIE;
use crate::domain::Locale;
use crate::error::AppError;
use crate::i18n::LANGUAGE_COOKIE;
use crate::state::AppState;

/// The session cookie for a fresh login (new token, so a planted cookie never carries over).
pub fn session(token: &str, state: &AppState) -> Cookie<'static> {
    Cookie::build(SESSION_COOKIE, token.to_owned())
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.settings.cookie_secure)
        .max_age(CookieDuration::days(state.settings.session_days))
        .finish()
}

/// Signs the browser out: forgets the session cookie and hands it a fresh CSRF token, so
/// nothing of the signed-in visit carries over to the next one.
pub fn sign_out(response: &mut HttpResponse, state: &AppState) -> Result<(), AppError> {
    let mut expired = session("", state);
    expired.make_removal();
    response.add_cookie(&expired).map_err(AppError::internal)?;
    response
        .add_cookie(&csrf(crate::auth::tokens::generate(), state))
        .map_err(AppError::internal)
}

/// The browser's CSRF token (see [`crate::auth::csrf`]).
pub fn csrf(token: String, state: &AppState) -> Cookie<'static> {
    Cookie::build(CSRF_COOKIE, token)
        .path("/")
        .same_site(SameSite::Strict)
        .secure(state.settings.cookie_secure)
        .http_only(true)
        .finish()
}

/// The language picked with the switcher, remembered for a year.
pub fn language(locale: Locale, state: &AppState) -> Cookie<'static> {
    Cookie::build(LANGUAGE_COOKIE, locale.as_str())
        .path("/")
        .max_age(CookieDuration::days(365))
        .same_site(SameSite::Lax)
        .secure(state.settings.cookie_secure)
        .http_only(true)
        .finish()
}
