//! The layout data every HTML response carries: translations, who is signed in, the CSRF
//! token for forms and the language switcher. Pages and error pages both build it from the
//! request's [`RequestContext`].

use super::context::RequestContext;
use crate::i18n::{I18n, SUPPORTED_LOCALES};

/// One entry of the language switcher.
pub struct LanguageLink {
    /// Locale code.
    pub code: &'static str,
    /// The language's name in itself.
    pub name: String,
    /// Link to the same page in that language.
    pub href: String,
    /// Whether it is the current language.
    pub current: bool,
}

/// What the base layout needs on every page: translations, who is signed in, the CSRF token
/// and the language switcher.
pub struct Chrome {
    /// Translations for this request.
    pub i18n: I18n,
    /// Display name of the signed-in member.
    pub signed_in_as: Option<String>,
    /// The signed-in member's unread notifications.
    pub unread_notifications: i64,
    /// Whether the menu offers the moderation queue (moderators and administrators).
    pub moderates: bool,
    /// Whether the menu offers the mail page (administrators).
    pub administers: bool,
    /// Token for the hidden field of every form.
    pub csrf_token: String,
    /// Language switcher entries.
    pub languages: Vec<LanguageLink>,
    /// Greets a member who just created her account.
    pub welcome: bool,
}

impl Chrome {
    /// Builds the layout data for a request.
    pub fn new(context: &RequestContext) -> Self {
        let languages = SUPPORTED_LOCALES
            .iter()
            .map(|code| LanguageLink {
                code,
                name: context.i18n.plain(&format!("language-autonym-{code}")),
                href: format!("{}?lang={code}", context.path),
                current: *code == context.i18n.lang(),
            })
            .collect();
        Self {
            i18n: context.i18n.clone(),
            signed_in_as: context
                .identity
                .as_ref()
                .map(|identity| identity.user.display_name.clone()),
            unread_notifications: context.unread_notifications,
            moderates: context.identity.as_ref().is_some_and(|identity| {
                crate::moderation::policy::may(identity, crate::moderation::policy::Power::Moderate)
            }),
            administers: context
                .identity
                .as_ref()
                .is_some_and(|identity| crate::notifications::admin::authorize(identity).is_ok()),
            csrf_token: context.csrf_token.clone(),
            languages,
            welcome: context.welcome,
        }
    }

    /// Every language's name in the reader's language, sorted, for suggestions in language
    /// fields.
    pub fn language_suggestions(&self) -> Vec<String> {
        let mut names: Vec<String> = crate::i18n::names::language_codes()
            .iter()
            .filter(|code| !code.contains('-'))
            .map(|code| self.i18n.language_name(code))
            .collect();
        names.sort_by_cached_key(|name| crate::db::search::fold(name));
        names.dedup();
        names
    }

    /// Every skill concept's label in the reader's language, sorted, for suggestions.
    pub fn skill_suggestions(&self) -> Vec<String> {
        let mut labels: Vec<String> = crate::i18n::names::skill_concepts()
            .iter()
            .map(|id| self.i18n.skill_name(id))
            .collect();
        labels.sort_by_cached_key(|label| crate::db::search::fold(label));
        labels
    }

    /// The address of a static file, with a version that changes with its content, so a year
    /// of caching never serves last release's file.
    pub fn asset(&self, name: &str) -> String {
        crate::assets::versioned(name)
    }

    /// A page title from a message with one argument.
    pub fn title1(&self, id: &str, name: &str, value: &str) -> String {
        let own = crate::i18n::strip_isolation_marks(&self.i18n.t1(id, name, value));
        format!("{own} · {}", self.i18n.plain("site-name"))
    }

    /// A `<meta name="description">` from a message with one argument.
    pub fn description1(&self, id: &str, name: &str, value: &str) -> String {
        crate::i18n::strip_isolation_marks(&self.i18n.t1(id, name, value))
    }

    /// A listing's `<meta name="description">`: the start of its first paragraph, or the
    /// site's own description when it has none.
    pub fn summary(&self, paragraphs: &[String]) -> String {
        match paragraphs.first() {
            Some(first) if !first.trim().is_empty() => crate::domain::excerpt(first, 160),
            _ => self.i18n.plain("meta-home"),
        }
    }

    /// A page title: the page's own title, then the site name, without isolation marks.
    pub fn title(&self, id: &str) -> String {
        format!("{} · {}", self.i18n.plain(id), self.i18n.plain("site-name"))
    }
}
