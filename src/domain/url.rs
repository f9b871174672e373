//! Web addresses people can click (`https://…`).

use super::Invalid;

/// An absolute `http` or `https` URL with a host, at most 300 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebUrl(String);

impl WebUrl {
    /// Longest URL accepted.
    pub const MAX: usize = 300;

    /// Accepts `http://` and `https://` addresses only (no `javascript:` or `data:`).
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let url = input.trim();
        if url.is_empty() {
            return Err(Invalid::required());
        }
        if url.chars().count() > Self::MAX {
            return Err(Invalid::too_long(Self::MAX));
        }
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .ok_or_else(|| Invalid::new("invalid_url"))?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let plausible = !host.is_empty()
            && host.contains('.')
            && !url
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
        if plausible {
            Ok(Self(url.to_owned()))
        } else {
            Err(Invalid::new("invalid_url"))
        }
    }

    /// The URL.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_pass() {
        assert!(WebUrl::parse("https://senegal-lyon.example.org/about").is_ok());
        for bad in [
            "javascript:alert(1)",
            "ftp://x.org",
            "https://",
            "https://localhost",
            "http://a b.org",
        ] {
            assert!(WebUrl::parse(bad).is_err(), "{bad}");
        }
    }
}
