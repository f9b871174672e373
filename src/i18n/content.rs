//! Choosing which translation of a listing to show a reader.

/// Picks the item to show: the first of the reader's `preferences` that exists (matching on the
/// primary language subtag too, so `pt` finds `pt-BR`), else the listing's `primary` language,
/// else any. `language_of` says which language an item is in.
pub fn pick_content<'a, T>(
    items: &'a [T],
    language_of: impl Fn(&T) -> &str,
    preferences: &[&str],
    primary: &str,
) -> Option<&'a T> {
    let primary_subtag = |tag: &str| {
        tag.split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    preferences
        .iter()
        .find_map(|wanted| {
            items
                .iter()
                .find(|item| language_of(item).eq_ignore_ascii_case(wanted))
                .or_else(|| {
                    items
                        .iter()
                        .find(|item| primary_subtag(language_of(item)) == primary_subtag(wanted))
                })
        })
        .or_else(|| items.iter().find(|item| language_of(item) == primary))
        .or_else(|| items.first())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reader_first_then_the_primary_then_anything() {
        let items = ["fr", "pt-BR", "en"];
        let pick = |preferences: &[&str], primary| {
            pick_content(&items, |item| item, preferences, primary).copied()
        };
        assert_eq!(pick(&["pt"], "fr"), Some("pt-BR"));
        assert_eq!(pick(&["ar", "en"], "fr"), Some("en"));
        assert_eq!(pick(&["ar"], "fr"), Some("fr"));
        assert_eq!(pick(&["ar"], "wo"), Some("fr"));
    }
}
