//! CSRF protection for every cookie-authenticated state change.
//!
//! Every form carries the request's token (see [`crate::http::context`]) in a hidden
//! `csrf_token` field; a POST (or any unsafe method) outside the machine endpoints must carry
//! the same value in that field or in an `X-CSRF-Token` header. A cross-site page cannot read
//! the token, so it cannot fill the field.
//!
//! A browser holding a session cookie has a token derived from it ([`for_session`]); the
//! cookie is `HttpOnly`, so the token changes at every login and logout, and a `csrf` cookie
//! planted by a neighbouring site or a network attacker cannot forge it. Without a session
//! cookie, the token is the random value of the `csrf` cookie (double submit). The JSON API and
//! federation endpoints are exempt because they never accept the session cookie, only
//! `Authorization` headers; so is the one-click unsubscribe link, which reads no session
//! either (its signed token is its authority).

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage};
use futures_util::StreamExt;

use crate::auth::tokens::{self, constant_time_eq};
use crate::error::AppError;
use crate::http::context::RequestContext;

/// Cookie holding the browser's CSRF token.
pub const CSRF_COOKIE: &str = "csrf";
/// Form field that repeats the token.
pub const CSRF_FIELD: &str = "csrf_token";
/// Header that may carry the token instead (for scripts).
pub const CSRF_HEADER: &str = "x-csrf-token";
/// Largest form body read while looking for the token (the same room as the JSON API).
pub const FORM_LIMIT: usize = 256 * 1024;

/// The CSRF token of a signed-in browser: a hash of its session token under its own label,
/// so it reveals nothing about the session and differs from the stored session hash.
pub fn for_session(session_token: &str) -> String {
    tokens::hash(&format!("csrf:{session_token}"))
}

/// Middleware: refuses unsafe requests without a matching token.
pub async fn protect(
    mut request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    // The one-click unsubscribe link (RFC 8058) is POSTed by mail clients without cookies;
    // its signed token is its authority, and it reads no session.
    let signed_link = request.path() == crate::notifications::unsubscribe::PATH;
    if request.method().is_safe() || crate::http::is_machine_path(request.path()) || signed_link {
        return next
            .call(request)
            .await
            .map(ServiceResponse::map_into_left_body);
    }
    let expected = request
        .extensions()
        .get::<RequestContext>()
        .map(|context| context.csrf_token.clone());
    let from_header = request
        .headers()
        .get(CSRF_HEADER)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    let provided = match from_header {
        Some(token) => Some(token),
        None if is_form(&request) => {
            let body = match read_body(&mut request).await {
                Ok(body) => body,
                Err(error) => return Ok(request.error_response(error).map_into_right_body()),
            };
            let token = form_token(&body);
            request.set_payload(actix_web::dev::Payload::from(body));
            token
        }
        None => None,
    };
    match (expected, provided) {
        (Some(expected), Some(provided))
            if !expected.is_empty() && constant_time_eq(&expected, &provided) =>
        {
            next.call(request)
                .await
                .map(ServiceResponse::map_into_left_body)
        }
        _ => {
            tracing::info!(
                path = request.path(),
                "refused a request without a valid CSRF token"
            );
            Ok(request
                .error_response(AppError::CsrfRejected)
                .map_into_right_body())
        }
    }
}

fn is_form(request: &ServiceRequest) -> bool {
    request.content_type() == "application/x-www-form-urlencoded"
}

async fn read_body(request: &mut ServiceRequest) -> Result<actix_web::web::Bytes, AppError> {
    let mut payload = request.take_payload();
    let mut body = actix_web::web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| AppError::MalformedBody)?;
        if body.len() + chunk.len() > FORM_LIMIT {
            return Err(AppError::PayloadTooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

fn form_token(body: &[u8]) -> Option<String> {
    let fields: Vec<(String, String)> = serde_urlencoded::from_bytes(body).ok()?;
    fields
        .into_iter()
        .find(|(name, _)| name == CSRF_FIELD)
        .map(|(_, value)| value)
}
