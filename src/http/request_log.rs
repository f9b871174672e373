//! The span each request is logged in: method, route, path, status and request id. The query
//! string is left out: links from mails carry one-time tokens there (`/reset-password?token=…`),
//! and logs must never hold a secret. Some links carry their token in the path instead
//! (`/invitations/{token}`, `/appeals/{token}`): a path segment shaped like one of our tokens is
//! logged as `{token}`.

use std::borrow::Cow;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::{Error, HttpMessage};
use tracing::Span;
use tracing::field::Empty;
use tracing_actix_web::{DefaultRootSpanBuilder, RequestId, RootSpanBuilder};

/// Builds request spans without query strings (see the module documentation).
pub struct RequestSpans;

impl RootSpanBuilder for RequestSpans {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let request_id = request
            .extensions()
            .get::<RequestId>()
            .map(ToString::to_string)
            .unwrap_or_default();
        tracing::info_span!(
            "HTTP request",
            http.method = %request.method(),
            http.route = %request.match_pattern().unwrap_or_default(),
            http.target = %loggable_path(request.path()),
            http.status_code = Empty,
            otel.status_code = Empty,
            exception.message = Empty,
            exception.details = Empty,
            request_id = %request_id,
        )
    }

    fn on_request_end<B: MessageBody>(span: Span, outcome: &Result<ServiceResponse<B>, Error>) {
        DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}

/// `path` with every segment that looks like a token from [`crate::auth::tokens::generate`]
/// (64 hexadecimal digits) replaced by `{token}`.
pub fn loggable_path(path: &str) -> Cow<'_, str> {
    let is_token =
        |segment: &str| segment.len() == 64 && segment.bytes().all(|byte| byte.is_ascii_hexdigit());
    if !path.split('/').any(is_token) {
        return Cow::Borrowed(path);
    }
    Cow::Owned(
        path.split('/')
            .map(|segment| {
                if is_token(segment) {
                    "{token}"
                } else {
                    segment
                }
            })
            .collect::<Vec<_>>()
            .join("/"),
    )
}

#[cfg(test)]
mod tests {
    use super::loggable_path;

    #[test]
    fn tokens_in_paths_are_not_logged() {
        let token = crate::auth::tokens::generate();
        assert_eq!(
            loggable_path(&format!("/api/v1/invitations/{token}/accept")),
            "/api/v1/invitations/{token}/accept"
        );
        assert_eq!(
            loggable_path(&format!("/appeals/{token}")),
            "/appeals/{token}"
        );
        assert_eq!(
            loggable_path("/groups/teranga-lyon/members"),
            "/groups/teranga-lyon/members"
        );
        let id = "01938f7e-8a7b-7c3d-9e2f-123456789abc";
        assert_eq!(
            loggable_path(&format!("/events/{id}")),
            format!("/events/{id}")
        );
    }
}
