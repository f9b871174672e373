//! Turns a mail's content into its subject, plain-text part and HTML part, in the recipient's
//! language (Fluent) and direction, with times in the recipient's zone. The HTML has no
//! remote image, no tracking and no script: only text and the one link the mail is about.

use askama::Template;
use chrono::{NaiveDateTime, TimeZone};

use crate::i18n::{I18n, direction, strip_isolation_marks};

/// Who a mail is for.
#[derive(Debug, Clone)]
pub struct Recipient {
    /// How the member is greeted.
    pub name: String,
    /// The address.
    pub email: String,
    /// The language to write in (one of the interface locales).
    pub locale: &'static str,
    /// The IANA zone times are given in.
    pub timezone: String,
}

/// What a mail says, as message ids of `locales/*/mail.ftl`. Each message may use `$site`
/// (the site's name) and `$name` (the recipient's); `extra` adds arguments of its own.
#[derive(Debug, Clone)]
pub struct MailContent {
    /// Message id of the subject.
    pub subject: &'static str,
    /// Message ids of the paragraphs, in order.
    pub paragraphs: Vec<&'static str>,
    /// The one link the mail is about: the message id of its label, and the link.
    pub action: Option<(&'static str, String)>,
    /// Until when the link works (UTC), said in the recipient's zone.
    pub valid_until: Option<NaiveDateTime>,
    /// Message id saying why the mail was sent.
    pub why: &'static str,
    /// More named arguments (text) for the messages.
    pub extra: Vec<(String, String)>,
    /// Named numbers for the messages (counts, for plurals).
    pub numbers: Vec<(String, i64)>,
    /// For mail a member may turn off: the one-click link that turns this kind off, and the
    /// settings page. Account and security mails have none.
    pub unsubscribe: Option<Unsubscribe>,
}

/// The links at the foot of a mail a member may turn off.
#[derive(Debug, Clone)]
pub struct Unsubscribe {
    /// Turns this kind of mail off, without logging in.
    pub one_click: String,
    /// The member's notification settings.
    pub settings: String,
}

/// A rendered mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[derive(Template)]
#[template(path = "mail/message.html")]
struct HtmlMail<'a> {
    lang: &'a str,
    dir: &'a str,
    subject: &'a str,
    greeting: &'a str,
    paragraphs: &'a [String],
    action: Option<(String, &'a str)>,
    fallback: String,
    validity: Option<String>,
    why: &'a str,
    footer: &'a str,
    unsubscribe: Option<(&'a str, &'a str, &'a str, &'a str)>,
}

/// Renders `content` for `recipient`.
pub fn render(i18n: &I18n, recipient: &Recipient, content: &MailContent) -> Rendered {
    let mut arguments = vec![
        ("site", i18n.plain("site-name")),
        ("name", recipient.name.clone()),
    ];
    arguments.extend(
        content
            .extra
            .iter()
            .map(|(name, value)| (name.as_str(), value.clone())),
    );
    let numbers: Vec<(&str, i64)> = content
        .numbers
        .iter()
        .map(|(name, value)| (name.as_str(), *value))
        .collect();
    let say = |id: &str| i18n.format_values(id, &arguments, &numbers);
    // Subjects are headers: no isolation marks there (they show as boxes in some clients).
    let subject = strip_isolation_marks(&say(content.subject));
    let greeting = say("mail-greeting");
    let paragraphs: Vec<String> = content.paragraphs.iter().map(|id| say(id)).collect();
    let validity = content.valid_until.map(|until| {
        let zone: chrono_tz::Tz = recipient.timezone.parse().unwrap_or(chrono_tz::UTC);
        let local = zone.from_utc_datetime(&until);
        i18n.format_with(
            "mail-link-valid-until",
            &[
                ("time", i18n.format_time(&local, "format-datetime")),
                ("zone", zone.name().to_owned()),
            ],
        )
    });
    let why = say(content.why);
    let footer = match content.unsubscribe {
        Some(_) => say("mail-footer-notice"),
        None => say("mail-footer-account"),
    };
    let unsubscribe_labels = (say("mail-unsubscribe-action"), say("mail-settings-action"));
    let unsubscribe = content.unsubscribe.as_ref().map(|links| {
        (
            unsubscribe_labels.0.as_str(),
            links.one_click.as_str(),
            unsubscribe_labels.1.as_str(),
            links.settings.as_str(),
        )
    });
    let action = content
        .action
        .as_ref()
        .map(|(label, link)| (say(label), link.as_str()));

    let mut text = format!("{greeting}\n\n");
    for paragraph in &paragraphs {
        text.push_str(&format!("{paragraph}\n\n"));
    }
    if let Some((label, link)) = &action {
        text.push_str(&format!("{label}:\n{link}\n\n"));
    }
    if let Some(validity) = &validity {
        text.push_str(&format!("{validity}\n\n"));
    }
    text.push_str(&format!("-- \n{why}\n{footer}\n"));
    if let Some((unsubscribe_label, one_click, settings_label, settings)) = unsubscribe {
        text.push_str(&format!(
            "{unsubscribe_label}: {one_click}\n{settings_label}: {settings}\n"
        ));
    }

    let html = HtmlMail {
        lang: recipient.locale,
        dir: direction(recipient.locale),
        subject: &subject,
        greeting: &greeting,
        paragraphs: &paragraphs,
        fallback: say("mail-link-fallback"),
        action,
        validity,
        why: &why,
        footer: &footer,
        unsubscribe,
    }
    .render()
    .unwrap_or_else(|error| {
        tracing::error!(%error, "a mail's HTML part failed to render");
        String::new()
    });
    Rendered {
        subject,
        text: strip_isolation_marks(&text),
        html,
    }
}
