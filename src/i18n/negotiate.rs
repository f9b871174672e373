//! Picking the interface language for a request:
//! `?lang=` > the remembered choice (cookie) > the account's locale > `Accept-Language` > English.

use fluent_langneg::{NegotiationStrategy, accepted_languages, negotiate_languages};
use unic_langid::LanguageIdentifier;

use super::SUPPORTED_LOCALES;
use crate::domain::Locale;

/// Cookie that remembers a language picked with the switcher.
pub const LANGUAGE_COOKIE: &str = "lang";

/// The best supported locale for these preferences, strongest first.
pub fn negotiate(
    query: Option<&str>,
    cookie: Option<&str>,
    account: Option<&str>,
    accept_language: Option<&str>,
) -> &'static str {
    let explicit = [query, cookie, account]
        .into_iter()
        .flatten()
        .find_map(|choice| Locale::parse(choice).ok());
    if let Some(locale) = explicit {
        return locale.as_str();
    }
    accept_language
        .map(from_accept_language)
        .unwrap_or(Locale::ENGLISH.as_str())
}

fn from_accept_language(header: &str) -> &'static str {
    let requested = accepted_languages::parse(header);
    let available: Vec<LanguageIdentifier> = SUPPORTED_LOCALES
        .iter()
        .filter_map(|code| code.parse().ok())
        .collect();
    let default: LanguageIdentifier = "en".parse().expect("en is a valid language identifier");
    let chosen = negotiate_languages(
        &requested,
        &available,
        Some(&default),
        NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|chosen| Locale::parse(&chosen.to_string()).ok())
        .unwrap_or(Locale::ENGLISH)
        .as_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_choices_beat_the_browser() {
        assert_eq!(
            negotiate(Some("ar"), Some("fr"), Some("es"), Some("ru")),
            "ar"
        );
        assert_eq!(negotiate(None, Some("fr"), Some("es"), Some("ru")), "fr");
        assert_eq!(negotiate(Some("xx"), None, Some("es"), Some("ru")), "es");
        assert_eq!(negotiate(None, None, None, Some("ru")), "ru");
    }

    #[test]
    fn accept_language_matches_regions_and_weights() {
        assert_eq!(negotiate(None, None, None, Some("pt-BR,pt;q=0.9")), "pt");
        assert_eq!(
            negotiate(None, None, None, Some("de-DE, zh-CN;q=0.8, fr;q=0.5")),
            "zh"
        );
        assert_eq!(negotiate(None, None, None, Some("de")), "en");
        assert_eq!(negotiate(None, None, None, None), "en");
    }
}
