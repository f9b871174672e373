//! Tests of the translations: arguments, plurals, and locales parsed on first use.

use super::*;

#[test]
fn text_arguments_are_never_read_as_numbers() {
    let i18n = I18n::new(Arc::new(Locales::load().unwrap()), "en");
    let place = i18n.format_with(
        "place-city-country",
        &[("city", "Nan".to_owned()), ("country", "China".to_owned())],
    );
    assert!(place.contains("Nan") && !place.contains("NaN"), "{place}");
    let infinity = i18n.t1("profile-email", "email", "Infinity");
    assert!(
        infinity.contains("Infinity") && !infinity.contains('∞'),
        "{infinity}"
    );
    assert!(
        i18n.t1("group-member-count", "count", "007")
            .contains("007")
    );
    let one = i18n.t1("group-member-count", "count", 1_i64);
    let many = i18n.t1("group-member-count", "count", 5_i64);
    assert_ne!(
        one.replace('1', ""),
        many.replace('5', ""),
        "plurals still work"
    );
}

#[test]
fn a_locale_is_parsed_when_first_asked_for_and_english_is_always_there() {
    let locales = Locales::load().unwrap();
    let parsed = |locales: &Locales| -> Vec<&str> {
        SUPPORTED_LOCALES
            .into_iter()
            .zip(&locales.bundles)
            .filter(|(_, bundle)| bundle.get().is_some())
            .map(|(locale, _)| locale)
            .collect()
    };
    assert_eq!(parsed(&locales), ["en"]);

    let french = locales.format("fr", "nav-events", None);
    let english = locales.format("en", "nav-events", None);

    assert_ne!(french, english, "French is served in French");
    assert_eq!(parsed(&locales), ["en", "fr"]);
    assert!(locales.has_message("ar", "nav-events"));
    assert_eq!(parsed(&locales), ["en", "fr", "ar"]);
}
