//! Random secret tokens and the hashes stored in their place.

use rand::RngCore;
use sha2::{Digest, Sha256};

/// A new random 256-bit token, hex-encoded.
pub fn generate() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex(&bytes)
}

/// The SHA-256 of a token, hex-encoded; what the database keeps.
///
/// A fast hash is right here: tokens have 256 bits of entropy, so they cannot be guessed
/// from the hash, unlike passwords.
pub fn hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Compares two secrets in time that does not depend on where they differ (only on their
/// lengths, which are not secret: every token has the same length).
pub fn constant_time_eq(left: &str, right: &str) -> bool {
    use subtle::ConstantTimeEq;
    left.as_bytes().ct_eq(right.as_bytes()).into()
}

/// An HMAC-SHA256 of `message` under `secret`, hex-encoded: a signature only the holder of
/// the secret can make, for links that must work without a login (one-click unsubscribe).
pub fn sign(secret: &str, message: &str) -> String {
    use hmac::{Hmac, Mac};
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes a key of any length");
    mac.update(message.as_bytes());
    hex(&mac.finalize().into_bytes())
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut out, byte| {
            let _ = write!(out, "{byte:02x}");
            out
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_and_hashes_stable() {
        let (first, second) = (generate(), generate());
        assert_eq!(first.len(), 64);
        assert_ne!(first, second);
        assert_eq!(hash(&first), hash(&first));
        assert_ne!(hash(&first), first);
        assert!(constant_time_eq(&first, &first.clone()));
        assert!(!constant_time_eq(&first, &second));
        assert!(!constant_time_eq("a", "ab"));
    }

    #[test]
    fn signatures_depend_on_the_secret_and_the_message() {
        // RFC 4231, test case 2.
        assert_eq!(
            sign("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        assert_ne!(sign("one", "message"), sign("two", "message"));
        assert_ne!(sign("one", "message"), sign("one", "massage"));
    }
}
