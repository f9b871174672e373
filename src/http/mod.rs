//! The request layer every face of the service shares: the HTML pages (`web`), the JSON API
//! (`api`), the feeds (`feeds`) and the partner API (`federation`).
//!
//! It owns what is decided once per request whoever answers it: who is asking and in which
//! language ([`context`]), the one rule that tells machine paths from pages ([`is_machine_path`]),
//! how errors are shown ([`errors`]: problem JSON for machines, a localized page for people),
//! redirects ([`redirect`]), cookies ([`cookies`]), who may frame a page ([`framing`]) and the layout data of every HTML response
//! ([`chrome`]). The faces import this module; none of them imports another face.

pub mod chrome;
pub mod context;
pub mod cookies;
pub mod errors;
pub mod framing;
pub mod redirect;
pub mod request_log;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;

/// Middleware: answers `HEAD` on every `GET` route, with the same status and headers.
///
/// Feed readers, link checkers and load balancers probe with `HEAD`. The request is routed as
/// a `GET`; the HTTP layer remembers it was a `HEAD` and sends the headers (with the length
/// the body would have) but no body.
pub async fn head_as_get(
    mut request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if request.method() == Method::HEAD {
        request.head_mut().method = Method::GET;
    }
    next.call(request).await
}

/// The credentials of an `Authorization: Bearer <token>` header value. The scheme is
/// case-insensitive (RFC 9110 §11.1), so `bearer` and `BEARER` work as well.
pub fn bearer_token(authorization: &str) -> Option<&str> {
    let (scheme, token) = authorization.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// Whether the path is served to machines: the JSON API and the partner API, which
/// authenticate with headers, and oEmbed, which site builders call without any. Such paths
/// never read the session cookie, so they need no CSRF token, get no CSRF or language cookie,
/// and answer errors as problem JSON.
pub fn is_machine_path(path: &str) -> bool {
    path.starts_with("/api/") || path.starts_with("/federation/") || path == "/oembed"
}

#[cfg(test)]
mod tests {
    use super::bearer_token;

    #[test]
    fn the_bearer_scheme_is_case_insensitive() {
        for header in ["Bearer abc", "bearer abc", "BEARER  abc ", " bEaReR abc"] {
            assert_eq!(bearer_token(header), Some("abc"), "{header:?}");
        }
        for header in ["Basic abc", "Bearer", "Bearer ", "Bearerabc", "abc"] {
            assert_eq!(bearer_token(header), None, "{header:?}");
        }
    }
}
