//! The account and security mails, written for their recipient and queued inside the
//! transaction that makes their link: address verification, password reset, change of
//! address (to the new address) and its notice (to the old one). They cannot be unsubscribed
//! and each says why it was sent.

use chrono::NaiveDateTime;

use super::User;
use super::links::NewLink;
use crate::db::AnyConnection;
use crate::domain::Locale;
use crate::error::AppResult;
use crate::i18n::I18n;
use crate::notifications::render::{MailContent, Recipient, render};
use crate::notifications::{MailKind, Outgoing, queue};
use crate::state::AppState;

/// The pieces of an account mail that differ from one kind to another.
struct AccountMail {
    kind: MailKind,
    subject: &'static str,
    paragraphs: Vec<&'static str>,
    action: (&'static str, String),
    valid_until: Option<NaiveDateTime>,
    why: &'static str,
}

/// Queues the mail with the link that proves `user`'s address.
pub fn queue_verification(
    connection: &mut AnyConnection,
    state: &AppState,
    user: &User,
    link: &NewLink,
) -> AppResult<()> {
    let mail = AccountMail {
        kind: MailKind::EmailVerification,
        subject: "mail-verify-subject",
        paragraphs: vec!["mail-verify-body"],
        action: (
            "mail-verify-action",
            url(state, "/verify-email", &link.token),
        ),
        valid_until: Some(link.expires_at),
        why: "mail-verify-why",
    };
    send(connection, state, user, &user.email, mail)
}

/// Queues the mail with the link to choose a new password.
pub fn queue_reset(
    connection: &mut AnyConnection,
    state: &AppState,
    user: &User,
    link: &NewLink,
) -> AppResult<()> {
    let mail = AccountMail {
        kind: MailKind::PasswordReset,
        subject: "mail-reset-subject",
        paragraphs: vec!["mail-reset-body"],
        action: (
            "mail-reset-action",
            url(state, "/reset-password", &link.token),
        ),
        valid_until: Some(link.expires_at),
        why: "mail-reset-why",
    };
    send(connection, state, user, &user.email, mail)
}

/// Queues the link to `new_email`, and a notice to the current address.
pub fn queue_change(
    connection: &mut AnyConnection,
    state: &AppState,
    user: &User,
    new_email: &str,
    link: &NewLink,
) -> AppResult<()> {
    let confirmation = AccountMail {
        kind: MailKind::EmailChange,
        subject: "mail-change-subject",
        paragraphs: vec!["mail-change-body"],
        action: (
            "mail-change-action",
            url(state, "/confirm-email-change", &link.token),
        ),
        valid_until: Some(link.expires_at),
        why: "mail-change-why",
    };
    send(connection, state, user, new_email, confirmation)?;
    let notice = AccountMail {
        kind: MailKind::EmailChangeNotice,
        subject: "mail-change-notice-subject",
        paragraphs: vec!["mail-change-notice-body", "mail-change-notice-advice"],
        action: (
            "mail-change-notice-action",
            format!("{}/forgot-password", state.settings.public_url),
        ),
        valid_until: None,
        why: "mail-change-notice-why",
    };
    send(connection, state, user, &user.email, notice)
}

fn url(state: &AppState, path: &str, token: &str) -> String {
    format!("{}{path}?token={token}", state.settings.public_url)
}

fn send(
    connection: &mut AnyConnection,
    state: &AppState,
    user: &User,
    address: &str,
    mail: AccountMail,
) -> AppResult<()> {
    let locale = Locale::parse(&user.locale)
        .unwrap_or(Locale::ENGLISH)
        .as_str();
    let i18n = I18n::new(state.locales.clone(), locale);
    let recipient = Recipient {
        name: user.display_name.clone(),
        email: address.to_owned(),
        locale,
        timezone: user.timezone.clone(),
    };
    let content = MailContent {
        subject: mail.subject,
        paragraphs: mail.paragraphs,
        action: Some(mail.action),
        valid_until: mail.valid_until,
        why: mail.why,
        extra: Vec::new(),
        numbers: Vec::new(),
        unsubscribe: None,
    };
    let rendered = render(&i18n, &recipient, &content);
    queue(
        connection,
        &state.settings.public_domain(),
        Outgoing {
            user_id: Some(user.id),
            recipient: recipient.email,
            kind: mail.kind.as_str(),
            locale: locale.to_owned(),
            subject: rendered.subject,
            text: rendered.text,
            html: rendered.html,
            list_unsubscribe: None,
            calendar: None,
        },
    )?;
    Ok(())
}
