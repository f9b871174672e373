//! How a mail leaves: SMTP through `lettre` when `smtp_url` is set, or, by default, an `.eml`
//! file under `data/mail/` (next to the SQLite file) that a developer can open.
//!
//! `smtp_url` is `smtp://[user:password@]host[:port]` (STARTTLS when the server offers it;
//! `?tls=required` insists, `?tls=none` never tries) or `smtps://…` (TLS from the first byte,
//! port 465 by default). The password never reaches the logs.

use std::path::{Path, PathBuf};
use std::time::Duration;

use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// Why a mail did not go.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Worth trying again later: the server is down, slow, or answered 4xx.
    #[error("temporary: {0}")]
    Temporary(String),
    /// Trying again will not help: the server refused it for good (5xx).
    #[error("permanent: {0}")]
    Permanent(String),
}

/// Where mail goes.
#[derive(Clone)]
pub enum Transport {
    /// An SMTP server.
    Smtp {
        /// The connection settings.
        mailer: AsyncSmtpTransport<Tokio1Executor>,
        /// `host:port`, for logs (never the credentials).
        server: String,
        /// The most one conversation may take.
        timeout: Duration,
    },
    /// `.eml` files in a directory.
    Files(PathBuf),
}

impl Transport {
    /// SMTP when `smtp_url` is set, otherwise files in `mail/` next to the SQLite database
    /// (or `data/mail/` for PostgreSQL).
    pub fn from_settings(settings: &crate::config::Settings) -> anyhow::Result<Self> {
        match &settings.smtp_url {
            Some(url) => smtp(
                url.expose().trim(),
                Duration::from_secs(settings.smtp_timeout_seconds),
            ),
            None => Ok(Self::Files(match &settings.mail_dir {
                Some(directory) if !directory.trim().is_empty() => PathBuf::from(directory),
                _ => mail_directory(&settings.database_url),
            })),
        }
    }

    /// Hands one message to the transport. A server that accepts the connection, then stops
    /// answering, gets the SMTP timeout for the whole conversation (lettre's own timeout covers
    /// only connecting), so one stalled server never holds up delivery.
    pub async fn send(&self, message: Message) -> Result<(), SendError> {
        match self {
            Self::Smtp {
                mailer, timeout, ..
            } => match actix_web::rt::time::timeout(*timeout, mailer.send(message)).await {
                Ok(sent) => sent.map(|_| ()).map_err(classify),
                Err(_) => Err(SendError::Temporary(format!(
                    "the SMTP server did not finish within {} s",
                    timeout.as_secs()
                ))),
            },
            Self::Files(directory) => write_file(directory, &message).await,
        }
    }

    /// Where mail goes, for logs and the admin page (no credentials).
    pub fn describe(&self) -> String {
        match self {
            Self::Smtp { server, .. } => format!("smtp://{server}"),
            Self::Files(directory) => directory.display().to_string(),
        }
    }
}

fn smtp(url: &str, timeout: Duration) -> anyhow::Result<Transport> {
    let parsed = url::Url::parse(url).map_err(|_| anyhow::anyhow!("smtp_url is not a URL"))?;
    let host = parsed
        .host_str()
        .filter(|host| !host.is_empty())
        .ok_or_else(|| anyhow::anyhow!("smtp_url has no host"))?
        .trim_matches(['[', ']'])
        .to_owned();
    let tls_mode = parsed
        .query_pairs()
        .find(|(key, _)| key == "tls")
        .map(|(_, value)| value.into_owned());
    let parameters = || {
        TlsParameters::new_rustls(host.clone())
            .map_err(|error| anyhow::anyhow!("cannot prepare TLS for {host}: {error}"))
    };
    let (tls, default_port) = match (parsed.scheme(), tls_mode.as_deref()) {
        ("smtps", None | Some("wrapper")) => (Tls::Wrapper(parameters()?), 465),
        ("smtp", None | Some("opportunistic")) => (Tls::Opportunistic(parameters()?), 587),
        ("smtp", Some("required")) => (Tls::Required(parameters()?), 587),
        ("smtp", Some("none")) => (Tls::None, 25),
        (scheme, mode) => anyhow::bail!(
            "smtp_url must be smtp://… (tls=opportunistic, required or none) or smtps://…, \
             not {scheme}:// with tls={mode:?}"
        ),
    };
    let port = parsed.port().unwrap_or(default_port);
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host.clone())
        .port(port)
        .tls(tls)
        .timeout(Some(timeout));
    if !parsed.username().is_empty() {
        let decode = |text: &str| {
            percent_encoding::percent_decode_str(text)
                .decode_utf8_lossy()
                .into_owned()
        };
        builder = builder.credentials(Credentials::new(
            decode(parsed.username()),
            decode(parsed.password().unwrap_or_default()),
        ));
    }
    Ok(Transport::Smtp {
        mailer: builder.build(),
        server: format!("{host}:{port}"),
        timeout,
    })
}

/// `mail/` next to a SQLite file, or `data/mail` otherwise.
fn mail_directory(database_url: &str) -> PathBuf {
    match crate::db::DatabaseUrl::parse(database_url) {
        Ok(crate::db::DatabaseUrl::Sqlite(path)) => path
            .parent()
            .filter(|parent| !parent.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .join("mail"),
        _ => PathBuf::from("data/mail"),
    }
}

/// Sorts a refusal. Only a refusal of the recipient is final and counts against the address:
/// 550 (no such mailbox), 551 (not local) and 553 (mailbox name not allowed). Any other 5xx
/// (a wrong SMTP password, a relay that refuses to relay, a policy refusal of the sender) is a
/// problem of this server's setup, not of the address: it is retried like 4xx answers,
/// timeouts, refused connections and TLS trouble, and the log says which.
fn classify(error: lettre::transport::smtp::Error) -> SendError {
    let text = error.to_string();
    let code = error.status().map(u16::from);
    match code {
        Some(550 | 551 | 553) if error.is_permanent() => SendError::Permanent(text),
        Some(code) if error.is_permanent() => {
            tracing::error!(code, %text, "the SMTP server refuses this instance's mail; check smtp_url and mail_from");
            SendError::Temporary(text)
        }
        _ => SendError::Temporary(text),
    }
}

async fn write_file(directory: &Path, message: &Message) -> Result<(), SendError> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3f");
    let id = uuid::Uuid::new_v4().simple();
    let path = directory.join(format!("{stamp}-{id}.eml"));
    let (directory, target, bytes) = (directory.to_owned(), path.clone(), message.formatted());
    actix_web::web::block(move || {
        std::fs::create_dir_all(&directory)?;
        std::fs::write(&target, bytes)
    })
    .await
    .map_err(|error| SendError::Temporary(format!("cannot write mail: {error}")))?
    .map_err(|error| SendError::Temporary(format!("cannot write mail: {error}")))?;
    tracing::info!(path = %path.display(), "mail written to a file (no smtp_url is set)");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls_name_their_security_and_files_go_next_to_the_database() {
        let describe =
            |url: &str| smtp(url, Duration::from_secs(5)).map(|transport| transport.describe());
        assert_eq!(
            describe("smtp://user:p%40ss@mail.example.org").unwrap(),
            "smtp://mail.example.org:587"
        );
        assert_eq!(
            describe("smtps://mail.example.org").unwrap(),
            "smtp://mail.example.org:465"
        );
        assert_eq!(
            describe("smtp://127.0.0.1:2525?tls=none").unwrap(),
            "smtp://127.0.0.1:2525"
        );
        assert!(
            smtp(
                "smtp://mail.example.org?tls=sometimes",
                Duration::from_secs(5)
            )
            .is_err()
        );
        assert!(smtp("http://mail.example.org", Duration::from_secs(5)).is_err());
        assert!(smtp("smtp://", Duration::from_secs(5)).is_err());
        assert_eq!(
            mail_directory("sqlite://data/diaspora-hub.db"),
            PathBuf::from("data/mail")
        );
        assert_eq!(
            mail_directory("sqlite:///var/lib/hub/hub.db"),
            PathBuf::from("/var/lib/hub/mail")
        );
        assert_eq!(
            mail_directory("postgres://db/hub"),
            PathBuf::from("data/mail")
        );
    }
}
