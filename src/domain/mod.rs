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
pub use country::{CountryCode, assigned_codes as assigned_country_codes};
pub use email::Email;
pub use language::LanguageTag;
pub use locale::Locale;
pub use password::{Password, PasswordAttempt};
pub use slug::Slug;
pub use text::{City, DisplayName, LongText, Skill, excerpt};
pub use timezone::TimeZone;
pub use topic::{TOPICS, Topic};
pub use url::{WebUrl, absolute_http_url};

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

crate::stored_enum! {
    /// Whose listings a list shows (`?origin=`).
    ListingOrigin {
        /// Ours and those imported from peers (the default).
        All = "all",
        /// Only ours.
        Local = "local",
    } invalid = "invalid_choice"
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

    /// `out_of_range`: a number outside `min..=max`.
    pub fn out_of_range(min: i64, max: i64) -> Self {
        Self {
            code: "out_of_range",
            args: vec![("min", min), ("max", max)],
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

/// Whether a character shows nothing by itself: whitespace, control characters, and the
/// format and filler characters that render as nothing (zero-width spaces and joiners,
/// bidirectional marks and overrides, the soft hyphen, Hangul fillers, variation selectors,
/// tag characters). A name made only of these looks empty, so it is refused as empty.
pub fn is_invisible(character: char) -> bool {
    character.is_whitespace()
        || character.is_control()
        || matches!(character,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}'
            | '\u{17B5}' | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{2800}' | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}')
}

/// Whether the text shows nothing: empty, or only [invisible](is_invisible) characters.
pub fn looks_empty(input: &str) -> bool {
    input.chars().all(is_invisible)
}

/// Trims `input` and checks it is non-empty (visible characters, not only invisible ones), at
/// most `max` characters and free of control characters.
pub fn short_text(input: &str, max: usize) -> Result<String, Invalid> {
    let trimmed = input.trim();
    if looks_empty(trimmed) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_invisible_characters_are_empty() {
        for invisible in [
            "\u{200B}",
            "\u{200B}\u{200C}\u{200D}",
            " \u{202E} ",
            "\u{2066}\u{2069}",
            "\u{FEFF}",
            "\u{00AD}\u{3164}",
            "\u{E0041}\u{E007F}",
        ] {
            assert_eq!(
                short_text(invisible, 80).unwrap_err().code,
                "required",
                "{invisible:?}"
            );
            assert_eq!(
                text::LongText::parse(invisible, 80).unwrap_err().code,
                "required",
                "{invisible:?}"
            );
        }
        for visible in [
            "Awa",
            "\u{200F}عائشة",
            "I \u{2764}\u{FE0F} Lyon",
            "\u{1F469}\u{200D}\u{1F4BB}",
        ] {
            assert!(short_text(visible, 80).is_ok(), "{visible:?}");
        }
    }
}
