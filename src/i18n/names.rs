//! Reading names people type back into codes: "Sénégal" → `SN`, "wolof", "ولوف" or "沃洛夫语" →
//! `wo`, "comptabilité" → the `accounting` skill. The names are the ones the interface shows
//! (CLDR country and language names, `skills.ftl` labels and synonyms) in every interface
//! language, so whatever a page displays, a form accepts.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::{Locales, SUPPORTED_LOCALES};

/// Every name in every interface language, folded, mapped to its code or concept id.
struct NameIndex {
    countries: HashMap<String, String>,
    languages: HashMap<String, String>,
    skills: HashMap<String, String>,
    skill_ids: Vec<String>,
    /// Every language the interface can name (`languages.ftl`), for suggestions.
    language_codes: Vec<String>,
    /// Zone labels ("heure d’Europe centrale (Paris)") and their cities ("Paris", "باريس").
    time_zones: HashMap<String, String>,
}

static INDEX: LazyLock<NameIndex> = LazyLock::new(NameIndex::build);

impl NameIndex {
    fn build() -> Self {
        let mut index = Self {
            countries: HashMap::new(),
            languages: HashMap::new(),
            skills: HashMap::new(),
            skill_ids: Vec::new(),
            language_codes: Vec::new(),
            time_zones: HashMap::new(),
        };
        // English first, so that on the rare clash between two languages' words English wins.
        for locale in SUPPORTED_LOCALES {
            for (path, source) in Locales::sources(locale) {
                let kind = path.rsplit('/').next().unwrap_or_default();
                match kind {
                    "countries.ftl" => index_messages(&source, "country-", &mut index.countries),
                    "languages.ftl" => index_languages(&source, &mut index.languages),
                    "skills.ftl" => index_messages(&source, "skill-", &mut index.skills),
                    "timezones.ftl" => index_time_zones(&source, &mut index.time_zones),
                    _ => {}
                }
            }
        }
        for (path, english) in Locales::sources("en") {
            if path.ends_with("/skills.ftl") {
                index.skill_ids = messages(&english, "skill-")
                    .map(|(id, _, _)| id.to_owned())
                    .collect();
            } else if path.ends_with("/languages.ftl") {
                index.language_codes = messages(&english, "language-")
                    .map(|(code, _, _)| code.to_owned())
                    .collect();
            }
        }
        index
    }
}

/// `(id without prefix, value, synonyms)` of each message whose id starts with `prefix`.
fn messages<'a>(
    source: &'a str,
    prefix: &'a str,
) -> impl Iterator<Item = (&'a str, &'a str, Vec<&'a str>)> + 'a {
    let lines: Vec<&str> = source.lines().collect();
    (0..lines.len()).filter_map(move |number| {
        let (id, value) = lines[number].split_once(" = ")?;
        let id = id.strip_prefix(prefix)?;
        let synonyms = lines
            .get(number + 1)
            .and_then(|next| next.trim_start().strip_prefix(".synonyms = "))
            .map(|list| list.split(',').map(str::trim).collect())
            .unwrap_or_default();
        Some((id, unquote(value), synonyms))
    })
}

/// The text of a value the CLDR generator had to quote (`{ "…" }`).
fn unquote(value: &str) -> &str {
    value
        .strip_prefix("{ \"")
        .and_then(|rest| rest.strip_suffix("\" }"))
        .unwrap_or(value)
}

fn index_messages(source: &str, prefix: &str, into: &mut HashMap<String, String>) {
    for (id, value, synonyms) in messages(source, prefix) {
        for name in std::iter::once(value).chain(synonyms) {
            let key = fold(name);
            if !key.is_empty() {
                into.entry(key).or_insert_with(|| id.to_owned());
            }
        }
    }
}

fn index_time_zones(source: &str, into: &mut HashMap<String, String>) {
    // Message ids write `Europe/Paris` as `Europe-Paris`; some zones hold `-` themselves
    // (`America/Port-au-Prince`), so the zone database decides which id is which zone.
    let zones: HashMap<String, &str> = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|zone| (zone.name().replace('/', "-"), zone.name()))
        .collect();
    for (id, label, _) in messages(source, "timezone-") {
        let zone = zones.get(id).copied().unwrap_or(id).to_owned();
        let city = label
            .rsplit_once(['(', '（'])
            .map(|(_, city)| city.trim_end_matches([')', '）']));
        let id_city = zone
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .replace('_', " ");
        for name in [Some(label), city, Some(id_city.as_str())]
            .into_iter()
            .flatten()
        {
            into.entry(fold(name)).or_insert_with(|| zone.clone());
        }
    }
}

fn index_languages(source: &str, into: &mut HashMap<String, String>) {
    for (code, value, _) in messages(source, "language-") {
        // "French (Canada)"-style and `-alt-` entries name variants; plain names come first.
        let key = fold(value);
        let loose = fold_language_word(&key);
        for key in [key, loose] {
            if key.is_empty() {
                continue;
            }
            match into.get(&key) {
                // A two-letter code is the language most people mean ("Chinese" is `zh`).
                Some(existing) if existing.len() <= code.len() => {}
                _ => {
                    into.insert(key, code.to_owned());
                }
            }
        }
    }
}

/// Unlike search's folding (which transliterates every script to ASCII), this keeps scripts
/// apart, so a Chinese name never collides with a Latin one.
///
/// Lowercase, accents off Latin letters (`Sénégal` = `senegal`), `ё` as `е`, spaces, `-` and `_`
/// as one space, and Arabic letter variants people type interchangeably made one.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for character in text.trim().to_lowercase().chars() {
        match character {
            'ё' => folded.push('е'),
            '\u{2019}' | '\u{02BC}' => folded.push('\''),
            'أ' | 'إ' | 'آ' => folded.push('ا'),
            'ى' => folded.push('ي'),
            // Arabic short-vowel marks and tatweel are optional in writing.
            '\u{064B}'..='\u{065F}' | '\u{0640}' => {}
            'À'..='ɏ' => folded.push_str(deunicode::deunicode_char(character).unwrap_or("")),
            _ if character.is_whitespace() || character == '-' || character == '_' => {
                if !folded.ends_with(' ') {
                    folded.push(' ');
                }
            }
            _ => folded.push(character),
        }
    }
    folded.trim().to_owned()
}

/// A language name without the wrapping words people leave out: the Arabic article and
/// adjective ending (`الولوفية` and `ولوف` are both Wolof) and the Chinese 语/文 suffix.
fn fold_language_word(folded: &str) -> String {
    let mut word = folded;
    if word.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
        word = word.strip_prefix("لغة ").unwrap_or(word);
        word = word.strip_prefix("ال").unwrap_or(word);
        word = word
            .strip_suffix("ية")
            .or_else(|| word.strip_suffix("ي"))
            .or_else(|| word.strip_suffix("ة"))
            .unwrap_or(word);
    } else if word.chars().count() > 2 {
        word = word
            .strip_suffix('语')
            .or_else(|| word.strip_suffix('文'))
            .unwrap_or(word);
    }
    word.to_owned()
}

/// The country code for a country's name in any interface language.
pub fn country_code(name: &str) -> Option<&'static str> {
    INDEX.countries.get(&fold(name)).map(String::as_str)
}

/// The language code for a language's name in any interface language (or its own name, where
/// that is one of them).
pub fn language_code(name: &str) -> Option<&'static str> {
    let key = fold(name);
    INDEX
        .languages
        .get(&key)
        .or_else(|| INDEX.languages.get(&fold_language_word(&key)))
        .map(String::as_str)
}

/// The skill concept a label or synonym in any interface language names.
pub fn skill_concept(term: &str) -> Option<&'static str> {
    INDEX.skills.get(&fold(term)).map(String::as_str)
}

/// The IANA zone a zone's label or its city names, in any interface language ("Paris",
/// "heure d’Europe centrale (Paris)", "墨尔本").
pub fn time_zone(name: &str) -> Option<&'static str> {
    INDEX.time_zones.get(&fold(name)).map(String::as_str)
}

/// Whether `id` is a skill concept's id.
pub fn is_skill_concept(id: &str) -> bool {
    INDEX.skill_ids.iter().any(|known| known == id)
}

/// Whether `code` is, exactly, a code the interface names (`wo`, `pt-BR`).
pub fn is_language_code(code: &str) -> bool {
    INDEX.language_codes.iter().any(|known| known == code)
}

/// Every language code the interface names, for suggestions as people type.
pub fn language_codes() -> &'static [String] {
    &INDEX.language_codes
}

/// Every skill concept id, in the curated list's order.
pub fn skill_concepts() -> &'static [String] {
    &INDEX.skill_ids
}

/// A stored skill with its name in the reader's language: `{"id": "accounting", "label":
/// "comptabilité", "concept": true}`; free text is its own label (`concept: false`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct SkillLabel {
    /// What is stored and matched: a concept id, or the free text as normalized.
    pub id: String,
    /// The name in the response's language.
    pub label: String,
    /// Whether `id` is a concept from the shared list (matched across languages).
    pub concept: bool,
}

/// Splits a typed list on the separators of every interface language: `,` `，` `、` `،` `;` `؛`.
pub fn split_typed_list(text: &str) -> Vec<String> {
    text.split([',', '，', '、', '،', ';', '；', '؛'])
        .map(|item| item.trim().to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_found_by_name_in_any_interface_language() {
        for name in [
            "Sénégal",
            "senegal",
            "SÉNÉGAL",
            "السنغال",
            "塞内加尔",
            "Сенегал",
        ] {
            assert_eq!(country_code(name), Some("SN"), "{name}");
        }
        assert_eq!(country_code("Frankreich"), None);
    }

    #[test]
    fn languages_are_found_by_their_names_and_loose_forms() {
        for name in [
            "wolof",
            "Wolof",
            "ولوف",
            "الولوفية",
            "沃洛夫语",
            "волоф",
            "wólof",
        ] {
            assert_eq!(language_code(name), Some("wo"), "{name}");
        }
        assert_eq!(language_code("français"), Some("fr"));
        assert_eq!(language_code("Chinese"), Some("zh"));
        assert_eq!(language_code("الفرنسية"), Some("fr"));
        assert_eq!(language_code("klingonish"), None);
    }

    #[test]
    fn skills_are_found_by_label_or_synonym() {
        assert_eq!(skill_concept("Accounting"), Some("accounting"));
        assert_eq!(skill_concept("bookkeeping"), Some("accounting"));
        assert!(is_skill_concept("accounting"));
        assert!(!is_skill_concept("juggling"));
    }

    #[test]
    fn no_word_names_two_skills_in_any_two_languages() {
        let mut seen: HashMap<String, (String, &str)> = HashMap::new();
        for locale in SUPPORTED_LOCALES {
            for (path, source) in Locales::sources(locale) {
                if !path.ends_with("/skills.ftl") {
                    continue;
                }
                for (id, value, synonyms) in messages(&source, "skill-") {
                    for term in std::iter::once(value).chain(synonyms) {
                        let (first, where_first) = seen
                            .entry(fold(term))
                            .or_insert_with(|| (id.to_owned(), locale));
                        assert_eq!(
                            first, id,
                            "{locale} {term:?} is {id}, but in {where_first} it is {first}"
                        );
                    }
                }
            }
        }
        assert_eq!(skill_concept("comptabilité"), Some("accounting"));
        assert_eq!(skill_concept("会计"), Some("accounting"));
        assert!(skill_concepts().len() >= 150);
    }

    #[test]
    fn time_zones_are_found_by_label_or_city() {
        assert_eq!(time_zone("Paris"), Some("Europe/Paris"));
        assert_eq!(
            time_zone("heure d’Europe centrale (Paris)"),
            Some("Europe/Paris")
        );
        assert_eq!(time_zone("墨尔本"), Some("Australia/Melbourne"));
        assert_eq!(time_zone("Port-au-Prince"), Some("America/Port-au-Prince"));
    }

    #[test]
    fn lists_split_on_every_languages_separator() {
        assert_eq!(split_typed_list("zh，en"), ["zh", "en"]);
        assert_eq!(split_typed_list("ar، de"), ["ar", "de"]);
        assert_eq!(split_typed_list("中文、英语"), ["中文", "英语"]);
        assert_eq!(split_typed_list("français, wolof"), ["français", "wolof"]);
    }

    #[test]
    fn folding_ignores_case_accents_and_spelling_variants() {
        assert_eq!(fold("  Côte  d’Ivoire "), fold("cote d’ivoire"));
        assert_eq!(fold("Ёлка"), fold("елка"));
        assert_eq!(fold("garde d’enfants"), fold("garde d'enfants"));
        assert_eq!(fold("web-development"), "web development");
    }
}
