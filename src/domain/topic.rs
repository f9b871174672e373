//! The fixed list of group topics; each has a localized label `topic-<id>`.

use super::Invalid;

/// Topic ids, in the order they are offered.
pub const TOPICS: [&str; 18] = [
    "culture",
    "business",
    "education",
    "health",
    "youth",
    "women",
    "professionals",
    "students",
    "faith",
    "sports",
    "advocacy",
    "humanitarian",
    "development",
    "arts",
    "technology",
    "families",
    "seniors",
    "legal_support",
];

/// One of [`TOPICS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Topic(&'static str);

impl Topic {
    /// Accepts a topic id.
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let wanted = input.trim();
        TOPICS
            .iter()
            .find(|topic| **topic == wanted)
            .map(|topic| Self(topic))
            .ok_or_else(|| Invalid::new("unknown_topic"))
    }

    /// The id.
    pub fn as_str(&self) -> &'static str {
        self.0
    }
}
