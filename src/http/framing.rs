//! Who may put our pages in a frame, and what a framed page may do: the one place this is
//! decided. Every page forbids framing (`frame-ancestors 'none'` and `X-Frame-Options: DENY`,
//! against clickjacking), except the [`WIDGET_PATHS`], which exist to be framed by
//! partner sites. Those get a policy of their own: any site may frame them, they run no script
//! at all, and they set no cookie (a widget on an embassy's page must not track its visitors).

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;

/// The embeddable widgets: the only paths other sites may frame.
pub const WIDGET_PATHS: [&str; 3] = ["/embed/events", "/embed/groups", "/embed/opportunities"];

/// The Content-Security-Policy of a widget: its own inline style, no script, no form, links
/// out only; framed by anyone.
pub const EMBED_CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; \
    img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors *";

/// Whether `path` is a widget meant for other sites' frames (exactly: an error page under
/// `/embed/` is a page like any other).
pub fn is_embed_path(path: &str) -> bool {
    WIDGET_PATHS.contains(&path)
}

/// Middleware, outside the default security headers: on widget paths, replaces the page
/// policy with [`EMBED_CONTENT_SECURITY_POLICY`], drops `X-Frame-Options` and every
/// `Set-Cookie` the layers inside may have added (the CSRF and language cookies).
pub async fn open_embeds_to_frames(
    request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let embed = is_embed_path(request.path());
    let mut response = next.call(request).await?;
    if embed {
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(EMBED_CONTENT_SECURITY_POLICY),
        );
        headers.remove(header::X_FRAME_OPTIONS);
        headers.remove(header::SET_COOKIE);
        // A window opened from a widget is the partner's visitor's business, not ours.
        headers.remove("Cross-Origin-Opener-Policy");
    }
    Ok(response)
}
