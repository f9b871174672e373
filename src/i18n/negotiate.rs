//! Picking the interface language for a request:
//! `?lang=` > the remembered choice (cookie) > the account's locale > `Accept-Language` > English.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
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

/// Every language an `Accept-Language` header asks for, strongest first by `q` (ties keep
/// their order; `q=0` and `*` are left out). Any well-formed tag counts, not only interface
/// languages: content comes in many more, Wolof included.
pub fn accepted_content_languages(header: &str) -> Vec<String> {
    weighted(header)
        .into_iter()
        .map(|language| language.to_string())
        .take(10)
        .collect()
}

fn weighted(header: &str) -> Vec<LanguageIdentifier> {
    let mut entries: Vec<(u16, LanguageIdentifier)> = header
        .split(',')
        .take(32)
        .filter_map(|entry| {
            let mut parts = entry.split(';');
            let tag = parts.next()?.trim();
            let quality = parts
                .filter_map(|part| part.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let quality = (quality.clamp(0.0, 1.0) * 1000.0) as u16;
            let language: LanguageIdentifier = tag.parse().ok()?;
            (quality > 0 && tag != "*").then_some((quality, language))
        })
        .collect();
    // A stable sort keeps the header's order among equal weights.
    entries.sort_by_key(|(quality, _)| std::cmp::Reverse(*quality));
    entries.into_iter().map(|(_, language)| language).collect()
}

fn from_accept_language(header: &str) -> &'static str {
    let requested = weighted(header);
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
    fn content_languages_keep_the_whole_list_in_order() {
        assert_eq!(
            accepted_content_languages("fr;q=0.5, wo, pt-BR;q=0.8, *;q=0.1"),
            ["wo", "pt-BR", "fr"]
        );
        assert!(accepted_content_languages("").is_empty());
        assert!(accepted_content_languages("fr;q=0, *").is_empty());
        assert_eq!(negotiate(None, None, None, Some("fr;q=0.5, ru")), "ru");
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
