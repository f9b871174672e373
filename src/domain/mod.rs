//! Domain types parsed once at the boundary ("parse, don't validate").
//!
//! Each type's `parse` returns [`Invalid`] with a stable code that is also a Fluent message id,
//! so the caller only has to say which field it was.

mod collect;
mod country;
mod email;
mod language;
mod locale;
mod password;
mod slug;
mod text;
mod timezone;
mod topic;
mod url;

pub use collect::{Collector, list, optional};
pub use country::CountryCode;
pub use email::Email;
pub use language::LanguageTag;
pub use locale::Locale;
pub use password::{Password, PasswordAttempt};
pub use slug::Slug;
pub use text::{City, DisplayName, LongText, Skill, excerpt};
pub use timezone::TimeZone;
pub use topic::{TOPICS, Topic};
pub use url::WebUrl;

/// Declares a string-backed enum with its stored names and a parser for input (the stored
/// names are also the API names); unknown text is `invalid_choice`.
#[macro_export]
macro_rules! stored_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$variant_meta:meta])* $variant:ident = $text:literal),+ $(,)? } invalid = $code:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$variant_meta])* $variant),+ }

        impl $name {
            /// Every value, in order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored (and API) name.
            pub fn as_str(&self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses a stored or typed name.
            pub fn parse(text: &str) -> Result<Self, $crate::domain::Invalid> {
                match text.trim() {
                    $($text => Ok($name::$variant),)+
                    "" => Err($crate::domain::Invalid::required()),
                    _ => Err($crate::domain::Invalid::new($code)),
                }
            }
        }
    };
}

/// Why an input was refused: a stable code plus the numbers its message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// Stable snake_case code, also the Fluent message id.
    pub code: &'static str,
    /// Named numbers for the message (`max`, `min`).
    pub args: Vec<(&'static str, i64)>,
}

impl Invalid {
    /// An error without arguments.
    pub fn new(code: &'static str) -> Self {
        Self {
            code,
            args: Vec::new(),
        }
    }

    /// `required`: the field is empty.
    pub fn required() -> Self {
        Self::new("required")
    }

    /// `too_long`: more than `max` characters.
    pub fn too_long(max: usize) -> Self {
        Self {
            code: "too_long",
            args: vec![("max", max as i64)],
        }
    }

    /// `too_many_items`: more than `max` entries in a list.
    pub fn too_many(max: usize) -> Self {
        Self {
            code: "too_many_items",
            args: vec![("max", max as i64)],
        }
    }

    /// `too_short`: fewer than `min` characters.
    pub fn too_short(min: usize) -> Self {
        Self {
            code: "too_short",
            args: vec![("min", min as i64)],
        }
    }
}

/// Trims `input` and checks it is non-empty, at most `max` characters and free of control
/// characters.
pub fn short_text(input: &str, max: usize) -> Result<String, Invalid> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Invalid::required());
    }
    if trimmed.chars().count() > max {
        return Err(Invalid::too_long(max));
    }
    if trimmed.chars().any(char::is_control) {
        return Err(Invalid::new("invalid_characters"));
    }
    Ok(trimmed.to_owned())
}
