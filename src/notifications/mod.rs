//! Carries messages to members. Services decide who hears what and call [`queue`] inside the
//! transaction that causes the message; this module only carries it:
//!
//! - [`outbox`]: the table every mail waits in, claimed safely by several instances;
//! - [`delivery`]: the background task that sends due mail, retries and gives up;
//! - [`transport`]: SMTP through `lettre`, or `.eml` files when no SMTP server is set;
//! - [`render`]: a mail's subject, text and HTML in the recipient's language;
//! - [`admin`]: what administrators see at `/admin/mail`, and the retry of a dead mail;
//! - [`inbox`]: [`notify`], how services tell members about something (in the app, and by
//!   mail as each member's [`settings`] say), with [`kinds`] naming what they hear about;
//! - [`listing`]: a member's notifications, read marks and the unread count;
//! - [`unsubscribe`]: the signed one-click links that turn one kind of mail off;
//! - [`schedule`]: reminders and batches that run on their own, keyed so they send once.

pub mod admin;
pub mod delivery;
pub mod inbox;
pub mod kinds;
pub mod listing;
pub mod outbox;
pub mod render;
pub mod schedule;
pub mod settings;
pub mod transport;
pub mod unsubscribe;

pub use inbox::{Notice, Payload, notify};
pub use kinds::NotificationKind;
pub use outbox::{MailKind, Outgoing, queue};
