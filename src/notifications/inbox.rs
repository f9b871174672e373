//! The one way a member hears about something: [`notify`], called by a service inside the
//! transaction that causes it. Each recipient gets an in-app notification, always, and the same
//! news by mail (through the outbox) when their settings say so.
//!
//! A notification keeps what its message needs (names in every language they exist in, times
//! in UTC, counts), not finished text, so the app says it in the reader's language and zone of
//! the moment; a mail is written once, in the recipient's, when it is queued.

use std::collections::BTreeMap;

use chrono::{NaiveDateTime, TimeZone, Utc};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::kinds::NotificationKind;
use super::render::{MailContent, Recipient, Unsubscribe, render};
use super::{Outgoing, queue, settings, unsubscribe};
use crate::accounts::User;
use crate::db::schema::{notifications, users};
use crate::db::{self, AnyConnection};
use crate::domain::Locale;
use crate::error::AppResult;
use crate::i18n::{I18n, pick_content};
use crate::state::AppState;

/// What a notification's message needs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payload {
    /// Named texts, each as `(language, text)` pairs, the listing's primary language first; a
    /// name of a person is one pair with an empty language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub texts: BTreeMap<String, Vec<(String, String)>>,
    /// Named instants (UTC), said in the reader's zone.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub times: BTreeMap<String, NaiveDateTime>,
    /// Named numbers.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub numbers: BTreeMap<String, i64>,
}

impl Payload {
    /// Adds a text in the languages it exists in, `(language, text)`; the listing's
    /// `primary` language is kept first, as the fallback for readers of none of them.
    pub fn translated(
        mut self,
        name: &str,
        mut translations: Vec<(String, String)>,
        primary: &str,
    ) -> Self {
        translations.sort_by_key(|(language, _)| language != primary);
        self.texts.insert(name.to_owned(), translations);
        self
    }

    /// Adds a text that is the same in every language (a person's name, a place).
    pub fn text(mut self, name: &str, value: impl Into<String>) -> Self {
        self.texts
            .insert(name.to_owned(), vec![(String::new(), value.into())]);
        self
    }

    /// Adds an instant.
    pub fn time(mut self, name: &str, at: NaiveDateTime) -> Self {
        self.times.insert(name.to_owned(), at);
        self
    }

    /// Adds a number.
    pub fn number(mut self, name: &str, value: i64) -> Self {
        self.numbers.insert(name.to_owned(), value);
        self
    }
}

/// Something to tell members.
#[derive(Debug, Clone)]
pub struct Notice {
    /// The kind (settings decide whether it also goes by mail).
    pub kind: NotificationKind,
    /// Message id of the one line that says it (the in-app text and the mail's subject).
    pub title: &'static str,
    /// Message id of the mail's paragraph, which says more.
    pub detail: &'static str,
    /// Where it leads: a path on this site.
    pub link: String,
    /// What the messages need.
    pub payload: Payload,
    /// For scheduled sends: a key naming the subject and occurrence; the recipient is added,
    /// and a key already used sends nothing.
    pub once_key: Option<String>,
    /// An iCalendar attachment for the mail (a reminder's event).
    pub calendar: Option<String>,
    /// Mailed whatever the member's settings, without an unsubscribe link, like account mail:
    /// the member must hear it even if they cannot sign in (a suspension and how to appeal).
    pub account_matter: bool,
}

/// Message arguments: named texts and named numbers.
pub type Arguments = (Vec<(String, String)>, Vec<(String, i64)>);

/// How a reader is addressed: language, the languages they read content in, and zone.
pub struct Reader {
    /// Interface translations in the reader's language.
    pub i18n: I18n,
    /// Content languages, best first.
    pub preferences: Vec<String>,
    /// Where times are said.
    pub zone: chrono_tz::Tz,
}

impl Reader {
    /// A reader of interface language `i18n`, content languages `preferences` (best first)
    /// and IANA zone `timezone` (UTC when unknown).
    pub fn new(i18n: I18n, preferences: Vec<String>, timezone: &str) -> Self {
        Self {
            i18n,
            preferences,
            zone: timezone.parse().unwrap_or(chrono_tz::UTC),
        }
    }

    /// The reader `user` is, in their interface language.
    pub fn of(state: &AppState, user: &User) -> Self {
        let locale = Locale::parse(&user.locale)
            .unwrap_or(Locale::ENGLISH)
            .as_str();
        let mut preferences = vec![locale.to_owned()];
        preferences.extend(user.language_list());
        Self {
            i18n: I18n::new(state.locales.clone(), locale),
            preferences,
            zone: user.timezone.parse().unwrap_or(chrono_tz::UTC),
        }
    }

    /// The payload as message arguments: texts in the reader's best language, times in their
    /// zone with the zone's name, and numbers.
    pub fn arguments(&self, payload: &Payload) -> Arguments {
        let preferences: Vec<&str> = self.preferences.iter().map(String::as_str).collect();
        let mut texts: Vec<(String, String)> = payload
            .texts
            .iter()
            .filter_map(|(name, translations)| {
                let primary = translations
                    .first()
                    .map(|(language, _)| language.as_str())?;
                let chosen = pick_content(translations, |(l, _)| l, &preferences, primary)?;
                Some((name.clone(), chosen.1.clone()))
            })
            .collect();
        texts.extend(payload.times.iter().map(|(name, at)| {
            let local = self.zone.from_utc_datetime(at);
            let said = self.i18n.format_with(
                "notice-time-in-zone",
                &[
                    ("time", self.i18n.format_time(&local, "format-datetime")),
                    ("zone", self.zone.name().to_owned()),
                ],
            );
            (name.clone(), crate::i18n::strip_isolation_marks(&said))
        }));
        let numbers = payload
            .numbers
            .iter()
            .map(|(name, value)| (name.clone(), *value))
            .collect();
        (texts, numbers)
    }

    /// Says message `id` with `payload`.
    pub fn say(&self, id: &str, payload: &Payload) -> String {
        let (texts, numbers) = self.arguments(payload);
        let texts: Vec<(&str, String)> = texts
            .iter()
            .map(|(name, value)| (name.as_str(), value.clone()))
            .collect();
        let numbers: Vec<(&str, i64)> = numbers
            .iter()
            .map(|(name, value)| (name.as_str(), *value))
            .collect();
        self.i18n.format_values(id, &texts, &numbers)
    }
}

/// Tells `recipients` (user ids; duplicates and unknown ids are skipped) about `notice`, in the
/// caller's transaction: an in-app notification each, and a mail to those who want this kind
/// by mail. Returns how many were told (a scheduled notice already sent is not told again).
pub fn notify(
    connection: &mut AnyConnection,
    state: &AppState,
    recipients: &[i64],
    notice: &Notice,
) -> AppResult<usize> {
    let mut ids = recipients.to_vec();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(0);
    }
    let people: Vec<User> = users::table
        .filter(users::id.eq_any(&ids))
        .select(User::as_select())
        .load(connection)?;
    let by_mail = settings::mail_wanted(connection, &ids, notice.kind)?;
    let payload = serde_json::to_string(&notice.payload).unwrap_or_else(|_| "{}".into());
    let now = Utc::now().naive_utc();
    let mut told = 0;
    let mut signer = None;
    for person in &people {
        let once_key = notice
            .once_key
            .as_ref()
            .map(|key| format!("{key}:{}", person.id));
        if let Some(key) = &once_key {
            let sent: i64 = notifications::table
                .filter(notifications::once_key.eq(key))
                .count()
                .get_result(connection)?;
            if sent > 0 {
                continue;
            }
        }
        // Another instance sending the same scheduled notice at the same moment meets the
        // unique key, and its copy is not written.
        let inserted = db::insert_unless_taken(connection, |connection| {
            diesel::insert_into(notifications::table)
                .values((
                    notifications::uuid.eq(uuid::Uuid::now_v7().to_string()),
                    notifications::user_id.eq(person.id),
                    notifications::kind.eq(notice.kind.as_str()),
                    notifications::message.eq(notice.title),
                    notifications::payload.eq(&payload),
                    notifications::link.eq(&notice.link),
                    notifications::once_key.eq(&once_key),
                    notifications::created_at.eq(now),
                ))
                .execute(connection)
        })?;
        if !inserted {
            continue;
        }
        told += 1;
        if by_mail.contains(&person.id) || notice.account_matter {
            if signer.is_none() {
                signer = Some(unsubscribe::Signer::new(connection)?);
            }
            if let Some(signer) = &signer {
                queue_mail(connection, state, signer, person, notice)?;
            }
        }
    }
    Ok(told)
}

/// Writes the notice as a mail for `person` and queues it.
fn queue_mail(
    connection: &mut AnyConnection,
    state: &AppState,
    signer: &unsubscribe::Signer,
    person: &User,
    notice: &Notice,
) -> AppResult<()> {
    let reader = Reader::of(state, person);
    let (mut extra, numbers) = reader.arguments(&notice.payload);
    extra.push(("kind".into(), reader.i18n.plain(&notice.kind.name_id())));
    let public_url = &state.settings.public_url;
    let content = MailContent {
        subject: notice.title,
        paragraphs: vec![notice.detail],
        action: Some(("mail-notice-action", format!("{public_url}{}", notice.link))),
        valid_until: None,
        why: "mail-notice-why",
        extra,
        numbers,
        unsubscribe: (!notice.account_matter).then(|| Unsubscribe {
            one_click: signer.link(state, person, notice.kind),
            settings: format!("{public_url}/me/notifications/settings"),
        }),
    };
    let recipient = Recipient {
        name: person.display_name.clone(),
        email: person.email.clone(),
        locale: reader.i18n.lang(),
        timezone: person.timezone.clone(),
    };
    let rendered = render(&reader.i18n, &recipient, &content);
    queue(
        connection,
        &state.settings.public_domain(),
        Outgoing {
            user_id: Some(person.id),
            recipient: recipient.email,
            kind: notice.kind.as_str(),
            locale: recipient.locale.to_owned(),
            subject: rendered.subject,
            text: rendered.text,
            html: rendered.html,
            list_unsubscribe: content.unsubscribe.map(|links| links.one_click),
            calendar: notice.calendar.clone(),
        },
    )?;
    Ok(())
}
