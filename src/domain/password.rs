//! Passwords: the policy for new ones, and a redacting wrapper so none reaches a log.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::Invalid;

/// The 10,000 most common passwords, refused for new accounts.
static COMMON_PASSWORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../assets/data/common-passwords.txt")
        .lines()
        .filter(|line| !line.is_empty())
        .collect()
});

/// A new password that meets the policy. `Debug` never prints it.
#[derive(Clone)]
pub struct Password(String);

impl Password {
    /// Fewest characters accepted.
    pub const MIN_CHARACTERS: usize = 10;
    /// Most bytes accepted (argon2 cost grows with input; nobody needs more).
    pub const MAX_BYTES: usize = 256;

    /// Checks length and that the password is not one of the most common ones.
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        if input.is_empty() {
            return Err(Invalid::required());
        }
        if input.chars().count() < Self::MIN_CHARACTERS {
            return Err(Invalid::too_short(Self::MIN_CHARACTERS));
        }
        if input.len() > Self::MAX_BYTES {
            return Err(Invalid {
                code: "password_too_long",
                args: vec![("max", Self::MAX_BYTES as i64)],
            });
        }
        if COMMON_PASSWORDS.contains(input.to_lowercase().as_str()) {
            return Err(Invalid::new("password_too_common"));
        }
        Ok(Self(input.to_owned()))
    }

    /// The password itself, for hashing.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("Password(<redacted>)")
    }
}

/// A password typed to prove who someone is (login, confirmation); no policy, never logged.
#[derive(Clone)]
pub struct PasswordAttempt(String);

impl PasswordAttempt {
    /// Wraps what was typed; overly long input is cut so it cannot make hashing expensive
    /// (it can never match, since stored passwords are at most [`Password::MAX_BYTES`]).
    pub fn new(input: &str) -> Self {
        if input.len() > Password::MAX_BYTES {
            Self(String::from("\u{0}too-long"))
        } else {
            Self(input.to_owned())
        }
    }

    /// The attempt itself, for verification.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for PasswordAttempt {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("PasswordAttempt(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_refuses_short_long_and_common_passwords() {
        assert_eq!(Password::parse("short").unwrap_err().code, "too_short");
        assert_eq!(
            Password::parse(&"x".repeat(257)).unwrap_err().code,
            "password_too_long"
        );
        assert_eq!(
            Password::parse("1234567890").unwrap_err().code,
            "password_too_common"
        );
        assert_eq!(
            Password::parse("PASSWORD123").unwrap_err().code,
            "password_too_common"
        );
        assert!(Password::parse("teranga-lyon-2027").is_ok());
        // 10 characters that are multi-byte still count as 10.
        assert!(Password::parse("ééééééééé1").is_ok());
    }

    #[test]
    fn debug_output_hides_the_secret() {
        let password = Password::parse("teranga-lyon-2027").unwrap();
        assert!(!format!("{password:?}").contains("teranga"));
        assert!(!format!("{:?}", PasswordAttempt::new("hunter2-secret")).contains("hunter2"));
    }
}
