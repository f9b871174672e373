//! Email addresses, normalized so one person has one account.

use super::Invalid;

/// A syntactically plausible email address, trimmed and lowercased.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// Longest address SMTP allows.
    pub const MAX_LENGTH: usize = 254;

    /// Trims, lowercases and checks the shape `local@domain.tld`.
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let email = input.trim().to_lowercase();
        if email.is_empty() {
            return Err(Invalid::required());
        }
        if email.chars().count() > Self::MAX_LENGTH {
            return Err(Invalid::too_long(Self::MAX_LENGTH));
        }
        let Some((local, domain)) = email.rsplit_once('@') else {
            return Err(Invalid::new("invalid_email"));
        };
        let plausible = !local.is_empty()
            && local.len() <= 64
            && !local.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !email
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "<>()[],;:\"\\".contains(c));
        if !plausible {
            return Err(Invalid::new("invalid_email"));
        }
        Ok(Self(email))
    }

    /// The normalized address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_case_and_spaces() {
        assert_eq!(
            Email::parse("  Awa@Example.ORG ").unwrap().as_str(),
            "awa@example.org"
        );
    }

    #[test]
    fn refuses_what_cannot_be_an_address() {
        for bad in [
            "",
            "awa",
            "awa@",
            "@example.org",
            "awa@example",
            "a b@example.org",
            "awa@example..org",
            "<x>@example.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} accepted");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert_eq!(Email::parse(&long).unwrap_err().code, "too_long");
    }
}
