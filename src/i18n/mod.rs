//! Interface translations: Fluent bundles for every supported locale, loaded from `locales/`
//! (embedded in the binary), and the per-request [`I18n`] handle templates call.

mod content;
pub mod names;
mod negotiate;

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use rust_embed::RustEmbed;

pub use content::pick_content;
pub use negotiate::{LANGUAGE_COOKIE, accepted_content_languages, negotiate};

/// Interface languages: the six UN languages plus Portuguese. English is the source.
pub const SUPPORTED_LOCALES: [&str; 7] = ["en", "fr", "es", "ar", "zh", "ru", "pt"];

/// Languages written right to left, for `dir` attributes on pages and user content.
const RIGHT_TO_LEFT: [&str; 8] = ["ar", "he", "fa", "ur", "ps", "yi", "ckb", "sd"];

/// Unicode marks Fluent puts around arguments to keep them from reordering text.
const BIDI_ISOLATION_MARKS: [char; 2] = ['\u{2068}', '\u{2069}'];

#[derive(RustEmbed)]
#[folder = "locales/"]
struct LocaleFiles;

/// All bundles, shared by every request.
pub struct Locales {
    /// For each of [`SUPPORTED_LOCALES`], its bundle, parsed the first time a request needs
    /// it (English, the fallback of every other, at start). A parsed locale takes about
    /// 1.4 MB; an instance whose visitors read two languages keeps two, not seven.
    bundles: [OnceLock<FluentBundle<FluentResource>>; SUPPORTED_LOCALES.len()],
    /// For each of [`SUPPORTED_LOCALES`], every country with its name, sorted by name; made on
    /// first use. Each country filter and form lists them all, and naming and sorting 249
    /// countries on every request was a sixth of the CPU of the events page.
    countries_by_name: [OnceLock<CountryNames>; SUPPORTED_LOCALES.len()],
}

impl Locales {
    /// Checks every `locales/<lang>/*.ftl` (any syntax error or duplicate id is an error) and
    /// keeps English; the other locales are parsed again on first use.
    pub fn load() -> anyhow::Result<Self> {
        let bundles: [OnceLock<FluentBundle<FluentResource>>; SUPPORTED_LOCALES.len()] =
            Default::default();
        for (index, locale) in SUPPORTED_LOCALES.into_iter().enumerate() {
            // One locale at a time, so checking them all never holds more than two.
            let bundle = Self::parse(locale)?;
            if locale == "en" {
                let _ = bundles[index].set(bundle);
            }
        }
        crate::memory::give_back_freed();
        Ok(Self {
            bundles,
            countries_by_name: Default::default(),
        })
    }

    /// The bundle of one of [`SUPPORTED_LOCALES`], parsing it on first use.
    fn bundle(&self, locale: &str) -> Option<&FluentBundle<FluentResource>> {
        let index = SUPPORTED_LOCALES
            .iter()
            .position(|known| *known == locale)?;
        Some(self.bundles[index].get_or_init(|| {
            Self::parse(SUPPORTED_LOCALES[index])
                .expect("the embedded catalogs were checked when the server started")
        }))
    }

    /// Parses one locale's catalogs into a bundle.
    fn parse(locale: &str) -> anyhow::Result<FluentBundle<FluentResource>> {
        let language: unic_langid::LanguageIdentifier = locale.parse()?;
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        for (path, source) in Self::sources(locale) {
            let resource = FluentResource::try_new(source)
                .map_err(|(_, errors)| anyhow::anyhow!("{path}: {errors:?}"))?;
            bundle
                .add_resource(resource)
                .map_err(|errors| anyhow::anyhow!("{path}: {errors:?}"))?;
        }
        Ok(bundle)
    }

    /// The `.ftl` files of one locale: (path, text).
    pub fn sources(locale: &str) -> Vec<(String, String)> {
        let prefix = format!("{locale}/");
        let mut sources: Vec<(String, String)> = LocaleFiles::iter()
            .filter(|path| path.starts_with(&prefix) && path.ends_with(".ftl"))
            .filter_map(|path| {
                let file = LocaleFiles::get(&path)?;
                Some((
                    path.to_string(),
                    String::from_utf8_lossy(&file.data).into_owned(),
                ))
            })
            .collect();
        sources.sort();
        sources
    }

    /// Formats message `id` in `locale`, falling back to English, then to the id itself.
    pub fn format(&self, locale: &str, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        [locale, "en"]
            .iter()
            .filter_map(|locale| self.bundle(locale))
            .find_map(|bundle| {
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(
                    bundle
                        .format_pattern(pattern, args, &mut errors)
                        .into_owned(),
                )
            })
            .unwrap_or_else(|| {
                tracing::warn!(id, locale, "missing translation");
                id.to_owned()
            })
    }

    /// Whether `locale` defines message `id` itself (no fallback).
    pub fn has_message(&self, locale: &str, id: &str) -> bool {
        self.bundle(locale)
            .is_some_and(|bundle| bundle.has_message(id))
    }
}

/// `rtl` for right-to-left languages, `ltr` otherwise (`language` may carry a region).
pub fn direction(language: &str) -> &'static str {
    let primary = language.split(['-', '_']).next().unwrap_or_default();
    if RIGHT_TO_LEFT.contains(&primary) {
        "rtl"
    } else {
        "ltr"
    }
}

/// Removes Fluent's bidi isolation marks, for `<title>`, attributes and other plain text.
pub fn strip_isolation_marks(text: &str) -> String {
    text.chars()
        .filter(|c| !BIDI_ISOLATION_MARKS.contains(c))
        .collect()
}

/// Country codes with their names in one locale, sorted by name.
type CountryNames = Vec<(&'static str, Arc<str>)>;

/// The translations for one request, in the negotiated locale.
#[derive(Clone)]
pub struct I18n {
    locales: Arc<Locales>,
    locale: &'static str,
}

impl I18n {
    /// A handle for `locale` (one of [`SUPPORTED_LOCALES`]).
    pub fn new(locales: Arc<Locales>, locale: &'static str) -> Self {
        Self { locales, locale }
    }

    /// The locale code (`fr`).
    pub fn lang(&self) -> &'static str {
        self.locale
    }

    /// `rtl` or `ltr` for this locale.
    pub fn dir(&self) -> &'static str {
        direction(self.locale)
    }

    /// Message `id`, for page text.
    pub fn t(&self, id: &str) -> String {
        self.locales.format(self.locale, id, None)
    }

    /// Message `id` with one argument, for page text (arguments keep isolation marks). Text
    /// stays text and numbers are numbers, whatever the text looks like.
    pub fn t1(&self, id: &str, name: &str, value: impl FluentArgument) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), value.to_fluent());
        self.locales.format(self.locale, id, Some(&args))
    }

    /// Message `id` without isolation marks, for `<title>` and attribute values.
    pub fn plain(&self, id: &str) -> String {
        strip_isolation_marks(&self.t(id))
    }

    /// Every assigned country as (code, name in this locale), sorted by name the way a reader
    /// looks for it (accents and case aside).
    pub fn countries_by_name(&self) -> Cow<'_, [(&'static str, Arc<str>)]> {
        let sorted = || {
            let mut countries: CountryNames = crate::domain::assigned_country_codes()
                .map(|code| (code, self.country_name(code).into()))
                .collect();
            countries.sort_by_cached_key(|(_, name)| crate::db::search::fold(name));
            countries
        };
        // Handles are only made for supported locales; another one is sorted afresh rather
        // than cached in a supported locale's place.
        match SUPPORTED_LOCALES
            .iter()
            .position(|locale| *locale == self.locale)
        {
            Some(index) => Cow::Borrowed(self.locales.countries_by_name[index].get_or_init(sorted)),
            None => Cow::Owned(sorted()),
        }
    }

    /// The country's name in this locale (from CLDR), or the code itself if unknown.
    pub fn country_name(&self, code: &str) -> String {
        let id = format!("country-{code}");
        if self.locales.has_message(self.locale, &id) {
            self.plain(&id)
        } else {
            code.to_owned()
        }
    }

    /// A skill in this locale's words: a concept's label (`accounting` → "comptabilité"), or the
    /// free text as it was typed.
    pub fn skill_name(&self, skill: &str) -> String {
        let id = format!("skill-{skill}");
        if self.locales.has_message(self.locale, &id) || self.locales.has_message("en", &id) {
            self.plain(&id)
        } else {
            skill.to_owned()
        }
    }

    /// What separates items of a list in this language: ", " but "、" in Chinese and "، " in
    /// Arabic. Every one of them also separates items typed into a list field.
    pub fn list_separator(&self) -> String {
        self.plain("list-separator")
    }

    /// A time zone by the name people know ("heure d’Europe centrale (Paris)"), from CLDR; an
    /// unnamed zone shows its IANA id.
    pub fn time_zone_name(&self, zone: &str) -> String {
        let id = format!("timezone-{}", zone.replace('/', "-"));
        if self.locales.has_message(self.locale, &id) {
            self.plain(&id)
        } else {
            zone.to_owned()
        }
    }

    /// Language tags as one comma-separated line of names, as a form shows them.
    pub fn language_names(&self, tags: &[String]) -> String {
        tags.iter()
            .map(|tag| self.language_name(tag))
            .collect::<Vec<_>>()
            .join(&self.list_separator())
    }

    /// Each skill with its name in this locale, for API responses.
    pub fn skill_labels(&self, skills: &[String]) -> Vec<names::SkillLabel> {
        skills
            .iter()
            .map(|skill| names::SkillLabel {
                id: skill.clone(),
                label: self.skill_name(skill),
                concept: names::is_skill_concept(skill),
            })
            .collect()
    }

    /// Skills as one comma-separated line of names, as a form shows them.
    pub fn skill_names(&self, skills: &[String]) -> String {
        skills
            .iter()
            .map(|skill| self.skill_name(skill))
            .collect::<Vec<_>>()
            .join(&self.list_separator())
    }

    /// A language's name in this locale (from CLDR): `wo` → "wolof"; a tag with a region is
    /// named with the region (`pt-BR` → "Portuguese (Brazil)"); unknown tags stay as typed.
    pub fn language_name(&self, tag: &str) -> String {
        let exact = format!("language-{tag}");
        if self.locales.has_message(self.locale, &exact) {
            return self.plain(&exact);
        }
        let mut parts = tag.split('-');
        let primary = format!("language-{}", parts.next().unwrap_or_default());
        if !self.locales.has_message(self.locale, &primary) {
            return tag.to_owned();
        }
        let region =
            parts.find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_uppercase()));
        match region {
            Some(region) => strip_isolation_marks(&self.format_with(
                "language-with-region",
                &[
                    ("language", self.plain(&primary)),
                    ("region", self.country_name(region)),
                ],
            )),
            None => self.plain(&primary),
        }
    }

    /// A date and time in this locale's words, with the pattern of message `pattern_id`
    /// (`format-datetime`, `format-date`, `format-time`; chrono `strftime` syntax).
    pub fn format_time<Zone: chrono::TimeZone>(
        &self,
        time: &chrono::DateTime<Zone>,
        pattern_id: &str,
    ) -> String
    where
        Zone::Offset: std::fmt::Display,
    {
        let chrono_locale = match self.locale {
            "fr" => chrono::Locale::fr_FR,
            "es" => chrono::Locale::es_ES,
            "ar" => chrono::Locale::ar_EG,
            "zh" => chrono::Locale::zh_CN,
            "ru" => chrono::Locale::ru_RU,
            "pt" => chrono::Locale::pt_BR,
            _ => chrono::Locale::en_US,
        };
        time.format_localized(&self.plain(pattern_id), chrono_locale)
            .to_string()
    }

    /// Message `id` with named text arguments. Text is never read as a number: a city called
    /// "Nan" stays "Nan".
    pub fn format_with(&self, id: &str, arguments: &[(&str, String)]) -> String {
        self.format_values(id, arguments, &[])
    }

    /// Message `id` with named text arguments and named number arguments (for plurals).
    pub fn format_values(
        &self,
        id: &str,
        texts: &[(&str, String)],
        numbers: &[(&str, i64)],
    ) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in texts {
            args.set(name.to_string(), FluentValue::from(value.clone()));
        }
        for (name, value) in numbers {
            args.set(name.to_string(), FluentValue::from(*value));
        }
        self.locales.format(self.locale, id, Some(&args))
    }

    /// Message `id` with named number arguments (counts, limits), so plural selectors work.
    pub fn format_numbers(&self, id: &str, arguments: &[(&str, i64)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in arguments {
            args.set(name.to_string(), FluentValue::from(*value));
        }
        self.locales.format(self.locale, id, Some(&args))
    }
}

/// A value passed to a message: text stays text, numbers are numbers (for plurals).
pub trait FluentArgument {
    /// The Fluent value.
    fn to_fluent(&self) -> FluentValue<'static>;
}

impl<T: FluentArgument + ?Sized> FluentArgument for &T {
    fn to_fluent(&self) -> FluentValue<'static> {
        (**self).to_fluent()
    }
}

impl FluentArgument for str {
    fn to_fluent(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_owned())
    }
}

impl FluentArgument for String {
    fn to_fluent(&self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

macro_rules! number_arguments {
    ($($number:ty),+) => {$(
        impl FluentArgument for $number {
            fn to_fluent(&self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )+};
}

number_arguments!(i32, i64, u32, u64, usize, f64);

#[cfg(test)]
mod tests;
