//! Conditional requests: weak ETags computed from what decides a response (ids, versions,
//! positions), before the body is built, so `If-None-Match` can answer 304 cheaply.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse};
use sha2::{Digest, Sha256};

/// A weak ETag over `parts`.
pub fn etag(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0x1f]);
    }
    let digest = hasher.finalize();
    let hex: String = digest
        .iter()
        .take(12)
        .map(|byte| format!("{byte:02x}"))
        .collect();
    format!("W/\"{hex}\"")
}

/// The tags a request's `If-None-Match` names (to carry into blocking work).
pub fn if_none_match(request: &HttpRequest) -> Vec<String> {
    request
        .headers()
        .get_all(header::IF_NONE_MATCH)
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(|tag| tag.trim().to_owned())
        .collect()
}

/// Whether one of `tags` is `etag` (weak comparison) or `*`.
pub fn names(tags: &[String], etag: &str) -> bool {
    let bare = |tag: &str| tag.trim().trim_start_matches("W/").to_owned();
    tags.iter()
        .any(|candidate| candidate == "*" || bare(candidate) == bare(etag))
}

/// Whether the request's `If-None-Match` names `etag` (weak comparison, lists and `*`).
pub fn matches(request: &HttpRequest, etag: &str) -> bool {
    names(&if_none_match(request), etag)
}

/// `304 Not Modified` carrying the ETag again.
pub fn not_modified(etag: &str) -> HttpResponse {
    HttpResponse::NotModified()
        .insert_header((header::ETAG, etag.to_owned()))
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_tags_compare_by_value_and_lists_are_read() {
        let tag = etag(&["a", "b"]);
        assert_ne!(tag, etag(&["ab"]), "parts are separated");
        let request = actix_web::test::TestRequest::default()
            .insert_header((
                header::IF_NONE_MATCH,
                format!("\"x\", {}", tag.trim_start_matches("W/")),
            ))
            .to_http_request();
        assert!(matches(&request, &tag));
        let other = actix_web::test::TestRequest::default()
            .insert_header((header::IF_NONE_MATCH, "\"x\""))
            .to_http_request();
        assert!(!matches(&other, &tag));
    }
}
