//! Web addresses people can click (`https://…`).

use super::Invalid;

/// An absolute `http` or `https` URL with a host, at most 300 characters, as the URL standard
/// parses it: the scheme in any case, international names in their ASCII (punycode) form, no
/// user name or password (`https://bank.example@evil.example` would mislead a reader), and a
/// valid port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebUrl(String);

impl WebUrl {
    /// Longest URL accepted.
    pub const MAX: usize = 300;

    /// Accepts `http://` and `https://` addresses only (no `javascript:` or `data:`).
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let text = input.trim();
        if text.is_empty() {
            return Err(Invalid::required());
        }
        if text.chars().count() > Self::MAX {
            return Err(Invalid::too_long(Self::MAX));
        }
        // The URL parser silently drops tabs and newlines; a link with them is a mistake.
        if text
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>'))
        {
            return Err(Invalid::new("invalid_url"));
        }
        let url = url::Url::parse(text).map_err(|_| Invalid::new("invalid_url"))?;
        let named_host = match url.host() {
            Some(url::Host::Domain(name)) => name.contains('.') && !name.ends_with('.'),
            Some(url::Host::Ipv4(_) | url::Host::Ipv6(_)) => true,
            None => false,
        };
        let acceptable = matches!(url.scheme(), "http" | "https")
            && named_host
            && url.username().is_empty()
            && url.password().is_none()
            && url.port() != Some(0);
        if !acceptable {
            return Err(Invalid::new("invalid_url"));
        }
        let mut normalized = url.to_string();
        // `https://example.org` stays as typed rather than gaining a slash.
        if url.path() == "/"
            && !text.ends_with('/')
            && url.query().is_none()
            && url.fragment().is_none()
        {
            normalized.pop();
        }
        if normalized.chars().count() > Self::MAX {
            return Err(Invalid::too_long(Self::MAX));
        }
        Ok(Self(normalized))
    }

    /// The URL.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Any absolute `http(s)` URL with a host, as the URL standard writes it, or `None`: for
/// links that arrive from peers, where a host like `localhost` is still worth recognizing.
pub fn absolute_http_url(text: &str) -> Option<String> {
    url::Url::parse(text.trim())
        .ok()
        .filter(|url| matches!(url.scheme(), "http" | "https") && url.host().is_some())
        .map(String::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_pass() {
        let kept = [
            (
                "https://senegal-lyon.example.org/about",
                "https://senegal-lyon.example.org/about",
            ),
            ("https://example.org", "https://example.org"),
            ("https://example.org/", "https://example.org/"),
            (
                "HTTPS://Example.ORG/Path?q=1",
                "https://example.org/Path?q=1",
            ),
            ("https://bücher.example/", "https://xn--bcher-kva.example/"),
            ("http://example.org:8080/x", "http://example.org:8080/x"),
            ("https://example.org:443/x", "https://example.org/x"),
            // Read as browsers read it, and stored in full.
            ("https:example.org", "https://example.org"),
        ];
        for (input, stored) in kept {
            assert_eq!(WebUrl::parse(input).unwrap().as_str(), stored, "{input}");
        }
        for bad in [
            "javascript:alert(1)",
            "ftp://x.org",
            "https://",
            "https://localhost",
            "http://a b.org",
            "https://bank.example@evil.example/",
            "https://user:secret@example.org/",
            "https://example.org:99999/",
            "https://example.org:0/",
            "https://exa\tmple.org/",
            "//example.org",
            "data:text/html,<script>",
        ] {
            assert!(WebUrl::parse(bad).is_err(), "{bad}");
        }
    }
}
