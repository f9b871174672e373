//! Redirects: the 303 after a successful form post, and the `next` target a login may return
//! to, which must never leave the site.

use actix_web::HttpResponse;
use actix_web::http::header;

/// A 303 redirect after a successful form post.
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location.to_owned()))
        .finish()
}

/// A `next` target that stays on this site; anything else becomes `/`.
///
/// Browsers are lenient with `Location`: they drop tabs and newlines, read `\` as `/` and
/// decode some escapes, so `/\t/evil.example` or `/%2F/evil.example` can land on another
/// host. A target is kept only when it is printable ASCII with no backslash, begins with one
/// `/`, its path still begins with one `/` and holds no whitespace, control character or
/// backslash once decoded, and joined to this site it stays on this site.
pub fn safe_next(next: Option<&str>) -> String {
    next.filter(|next| is_local_path(next))
        .map_or_else(|| "/".to_owned(), str::to_owned)
}

fn is_local_path(next: &str) -> bool {
    let printable = next
        .bytes()
        .all(|byte| byte.is_ascii_graphic() && byte != b'\\');
    if !printable || !next.starts_with('/') {
        return false;
    }
    let path = next.split(['?', '#']).next().unwrap_or_default();
    let Ok(decoded) = percent_encoding::percent_decode_str(path).decode_utf8() else {
        return false;
    };
    let decoded_is_plain = decoded
        .chars()
        .all(|c| !c.is_whitespace() && !c.is_control() && c != '\\');
    if !decoded_is_plain || decoded.starts_with("//") {
        return false;
    }
    let site = url::Url::parse("http://site.invalid/").expect("a valid base URL");
    site.join(next)
        .is_ok_and(|joined| joined.origin() == site.origin())
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_never_leaves_the_site() {
        let kept = [
            "/",
            "/me",
            "/groups/senegalais-de-lyon?lang=fr",
            "/opportunities?q=S%C3%A9n%C3%A9gal&kind=job",
            "/events?q=a%20b",
            "/groups#members",
        ];
        for next in kept {
            assert_eq!(safe_next(Some(next)), next, "{next:?} should be kept");
        }
        let refused = [
            "//evil.example",
            "///evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\nSet-Cookie: session=planted",
            "/\r/evil.example",
            "\t//evil.example",
            " /me",
            "/me x",
            "/%09/evil.example",
            "/%2F/evil.example",
            "/%2f%2fevil.example",
            "/%5Cevil.example",
            "/\\evil.example",
            "\\/evil.example",
            "\\\\evil.example",
            "https://evil.example",
            "https:evil.example",
            "http:/evil.example",
            "javascript:alert(1)",
            "evil.example",
            "/\u{2215}\u{2215}evil.example",
            "/\u{FF0F}evil.example",
            "\u{FF0F}\u{FF0F}evil.example",
            "/\u{2044}evil.example",
            "/\u{0000}",
            "/%00",
            "",
        ];
        for next in refused {
            assert_eq!(safe_next(Some(next)), "/", "{next:?} should be refused");
        }
        assert_eq!(safe_next(None), "/");
    }
}
