//! Carries messages to members. Services decide who hears what and call [`queue`] inside the
//! transaction that causes the message; this module only carries it:
//!
//! - [`outbox`]: the table every mail waits in, claimed safely by several instances;
//! - [`delivery`]: the background task that sends due mail, retries and gives up;
//! - [`transport`]: SMTP through `lettre`, or `.eml` files when no SMTP server is set;
//! - [`render`]: a mail's subject, text and HTML in the recipient's language;
//! - [`admin`]: what administrators see at `/admin/mail`, and the retry of a dead mail.

pub mod admin;
pub mod delivery;
pub mod outbox;
pub mod render;
pub mod transport;

pub use outbox::{MailKind, Outgoing, queue};
