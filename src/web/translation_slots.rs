//! Numbered translation slots in listing forms, so several languages can be entered without
//! JavaScript: `translation_language_N`, `translation_{heading}_N` (the name or title) and
//! `translation_description_N`, plus a few empty slots to add a language.

use std::collections::BTreeMap;

/// Most slots read from one form.
const MAX_SLOTS: usize = 20;

/// One translation slot as shown.
pub struct Slot {
    pub number: usize,
    pub language: String,
    /// The name (groups) or title (events, opportunities).
    pub heading: String,
    pub description: String,
}

impl Slot {
    fn is_blank(&self) -> bool {
        self.language.trim().is_empty()
            && self.heading.trim().is_empty()
            && self.description.trim().is_empty()
    }
}

/// The filled slots, languages shown by name ("français", not `fr`) when the form is fresh.
/// A form shown again with errors keeps what was typed: its errors are keyed by it.
pub fn read_named(
    fields: &BTreeMap<String, String>,
    heading: &str,
    empty: usize,
    i18n: &crate::i18n::I18n,
    has_errors: bool,
) -> Vec<Slot> {
    let mut slots = read(fields, heading, empty);
    if !has_errors {
        for slot in &mut slots {
            let code = slot.language.trim();
            if !code.is_empty() && crate::domain::LanguageTag::parse(code).is_ok() {
                slot.language = i18n.language_name(code);
            }
        }
    }
    slots
}

/// The filled slots of a submitted form, then `empty` blank ones.
pub fn read(fields: &BTreeMap<String, String>, heading: &str, empty: usize) -> Vec<Slot> {
    let mut slots: Vec<Slot> = (1..=MAX_SLOTS)
        .map(|number| {
            let field = |part: &str| {
                fields
                    .get(&format!("translation_{part}_{number}"))
                    .cloned()
                    .unwrap_or_default()
            };
            Slot {
                number,
                language: field("language"),
                heading: field(heading),
                description: field("description"),
            }
        })
        .filter(|slot| !slot.is_blank())
        .collect();
    let next = slots.last().map_or(1, |slot| slot.number + 1);
    slots.extend((next..next + empty).map(|number| Slot {
        number,
        language: String::new(),
        heading: String::new(),
        description: String::new(),
    }));
    slots
}

/// The texts typed into the form, keyed by language: `(heading, description)`. A slot with
/// text but no language is kept under an empty key, so parsing reports it.
pub fn texts(fields: &BTreeMap<String, String>, heading: &str) -> Vec<(String, String, String)> {
    read(fields, heading, 0)
        .into_iter()
        .map(|slot| {
            (
                slot.language.trim().to_owned(),
                slot.heading,
                slot.description,
            )
        })
        .collect()
}

/// Puts existing texts `(language, heading, description)` into numbered slots.
pub fn write(
    fields: &mut BTreeMap<String, String>,
    heading: &str,
    texts: impl IntoIterator<Item = (String, String, String)>,
) {
    for (index, (language, title, description)) in texts.into_iter().enumerate() {
        let number = index + 1;
        fields.insert(format!("translation_language_{number}"), language);
        fields.insert(format!("translation_{heading}_{number}"), title);
        fields.insert(format!("translation_description_{number}"), description);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_round_trip_and_gaps_are_skipped() {
        let mut fields = BTreeMap::new();
        write(
            &mut fields,
            "title",
            [("fr".into(), "Titre".into(), "Texte".into())],
        );
        fields.insert("translation_title_3".into(), "No language".into());
        let slots = read(&fields, "title", 2);
        let numbers: Vec<usize> = slots.iter().map(|slot| slot.number).collect();
        assert_eq!(numbers, [1, 3, 4, 5]);
        assert_eq!(
            texts(&fields, "title"),
            [
                ("fr".to_owned(), "Titre".to_owned(), "Texte".to_owned()),
                (String::new(), "No language".to_owned(), String::new())
            ]
        );
    }
}
