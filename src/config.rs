//! Settings: defaults in code, then an optional TOML file, then `APP_*` environment variables
//! and command-line flags (`DATABASE_URL` is accepted as is).
//!
//! The flags and their environment variables are declared once, in [`SettingsOverrides`], so
//! `diaspora-hub --help` documents every setting.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

/// The TOML file read when `--config` is not given, if it exists.
pub const DEFAULT_CONFIG_FILE: &str = "diaspora-hub.toml";

/// Everything a deployment can configure.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Settings {
    /// `sqlite://path/to/file.db` or `postgres://user@host/db`.
    pub database_url: String,
    /// Address and port the HTTP server listens on.
    pub bind: String,
    /// Public base URL used for absolute links (feeds, JSON `url` fields).
    pub public_url: String,
    /// Whether cookies carry the `Secure` flag (turn off only for local plain HTTP).
    pub cookie_secure: bool,
    /// Whether peers on private or loopback addresses may be pulled from.
    pub allow_private_peers: bool,
    /// `pretty` for people, `json` for log collectors.
    pub log_format: LogFormat,
    /// Proxies whose `X-Forwarded-For` header is believed (addresses or CIDR ranges).
    pub trusted_proxies: Vec<String>,
    /// Maximum number of database connections per instance (default: three per core).
    pub database_pool_size: u32,
    /// Failed logins allowed per minute, per client address and per account.
    pub login_attempts_per_minute: u32,
    /// Registrations allowed per hour from one client address.
    pub registrations_per_hour: u32,
    /// How long an account counts as new, in hours (0: no account is new).
    pub new_account_hours: i64,
    /// Groups, events and opportunities a new account may publish per day.
    pub new_account_listings_per_day: u32,
    /// Reports one member may file per hour.
    pub reports_per_hour: u32,
    /// How long a session lasts without a new login, in days.
    pub session_days: i64,
    /// Federation requests allowed per minute for one partner key (304s are free).
    pub partner_requests_per_minute: u32,
    /// Days a superseded change or a deletion stays in the change log before pruning.
    pub change_log_retention_days: i64,
    /// Seconds a whole request to a peer may take (connecting takes at most 5 of them).
    pub peer_timeout_seconds: u64,
    /// Most items (changes or snapshot entries) read from a diaspora-hub peer in one run; the
    /// rest waits for the next run.
    pub peer_changes_per_run: usize,
    /// Whether this instance polls its peers in the background.
    pub poll_peers: bool,
    /// The SMTP server mail goes through (`smtp://user:password@host:587`, `smtps://…`); when
    /// unset, each mail is written as an `.eml` file under `mail/` next to the SQLite file.
    pub smtp_url: Option<SecretUrl>,
    /// The sender of every mail (`diaspora-hub <no-reply@hub.example.org>`).
    pub mail_from: String,
    /// The most one SMTP conversation may take, in seconds.
    pub smtp_timeout_seconds: u64,
    /// Where mails are written as `.eml` files when no `smtp_url` is set (default: `mail/`
    /// next to the SQLite file, or `data/mail`).
    pub mail_dir: Option<String>,
    /// Whether creating groups, events and opportunities needs a verified address.
    pub require_verified_email: bool,
    /// Whether this instance delivers mail in the background.
    pub deliver_mail: bool,
}

/// A URL that may hold a password: shown without it in debug output.
#[derive(Clone, Serialize, Deserialize, PartialEq)]
#[serde(transparent)]
pub struct SecretUrl(pub String);

impl SecretUrl {
    /// The whole URL, password included: for the one place that connects with it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for SecretUrl {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match url::Url::parse(&self.0) {
            Ok(mut url) if url.password().is_some() => {
                let _ = url.set_password(Some("***"));
                write!(formatter, "{url}")
            }
            Ok(url) => write!(formatter, "{url}"),
            Err(_) => formatter.write_str("(not a URL)"),
        }
    }
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum LogFormat {
    /// Human-readable lines.
    Pretty,
    /// One JSON object per line.
    Json,
}

/// Three database connections per core, from four to sixteen (several instances share one
/// PostgreSQL, whose default `max_connections` is 100).
///
/// Each SQLite connection keeps a page cache of its own, and each connection has a database
/// thread. On two cores, six served the listings as fast as eight in 6 MB less; four were a
/// sixth slower (BENCHMARKS.md, fifth round).
fn default_pool_size() -> u32 {
    let cores = std::thread::available_parallelism().map_or(1, |count| count.get());
    u32::try_from(cores * 3).unwrap_or(u32::MAX).clamp(4, 16)
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            database_url: "sqlite://data/diaspora-hub.db".into(),
            bind: "127.0.0.1:8080".into(),
            public_url: "http://127.0.0.1:8080".into(),
            cookie_secure: false,
            allow_private_peers: false,
            log_format: LogFormat::Pretty,
            trusted_proxies: Vec::new(),
            database_pool_size: default_pool_size(),
            login_attempts_per_minute: 10,
            registrations_per_hour: 20,
            new_account_hours: 24,
            new_account_listings_per_day: 3,
            reports_per_hour: 10,
            session_days: 30,
            partner_requests_per_minute: 120,
            change_log_retention_days: 90,
            peer_timeout_seconds: 30,
            peer_changes_per_run: 10_000,
            poll_peers: true,
            smtp_url: None,
            mail_from: "diaspora-hub <no-reply@localhost>".into(),
            mail_dir: None,
            smtp_timeout_seconds: 30,
            require_verified_email: false,
            deliver_mail: true,
        }
    }
}

/// Settings given on the command line or in the environment; each overrides the file.
#[derive(Debug, Default, Clone, clap::Args, Serialize)]
pub struct SettingsOverrides {
    /// TOML file with settings [default: diaspora-hub.toml when it exists]
    #[arg(long, env = "APP_CONFIG", global = true)]
    #[serde(skip)]
    pub config: Option<PathBuf>,
    /// Database URL: sqlite://data/diaspora-hub.db (default) or postgres://user@host/db
    #[arg(long, env = "DATABASE_URL", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_url: Option<String>,
    /// Address to listen on [default: 127.0.0.1:8080]
    #[arg(long, env = "APP_BIND", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bind: Option<String>,
    /// Public base URL for absolute links [default: http://127.0.0.1:8080]
    #[arg(long, env = "APP_PUBLIC_URL", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_url: Option<String>,
    /// Mark cookies Secure (set true behind HTTPS) [default: false]
    #[arg(long, env = "APP_COOKIE_SECURE", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cookie_secure: Option<bool>,
    /// Allow pulling from peers on private addresses (tests) [default: false]
    #[arg(long, env = "APP_ALLOW_PRIVATE_PEERS", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_private_peers: Option<bool>,
    /// Log format [default: pretty]
    #[arg(long, env = "APP_LOG_FORMAT", global = true, value_enum)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log_format: Option<LogFormat>,
    /// Comma-separated proxy addresses or CIDRs whose X-Forwarded-For is believed [default: none]
    #[arg(
        long,
        env = "APP_TRUSTED_PROXIES",
        global = true,
        value_delimiter = ','
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trusted_proxies: Option<Vec<String>>,
    /// Database connections per instance [default: three per core, from 4 to 16]
    #[arg(long, env = "APP_DATABASE_POOL_SIZE", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_pool_size: Option<u32>,
    /// Failed logins allowed per minute, per address and per account [default: 10]
    #[arg(long, env = "APP_LOGIN_ATTEMPTS_PER_MINUTE", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login_attempts_per_minute: Option<u32>,
    /// Registrations allowed per hour from one address [default: 20]
    #[arg(long, env = "APP_REGISTRATIONS_PER_HOUR", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registrations_per_hour: Option<u32>,
    /// How long an account counts as new, in hours; 0 turns the limit off [default: 24]
    #[arg(long, env = "APP_NEW_ACCOUNT_HOURS", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_account_hours: Option<i64>,
    /// Groups, events and opportunities a new account may publish per day [default: 3]
    #[arg(long, env = "APP_NEW_ACCOUNT_LISTINGS_PER_DAY", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_account_listings_per_day: Option<u32>,
    /// Reports one member may file per hour [default: 10]
    #[arg(long, env = "APP_REPORTS_PER_HOUR", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reports_per_hour: Option<u32>,
    /// Session lifetime in days [default: 30]
    #[arg(long, env = "APP_SESSION_DAYS", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_days: Option<i64>,
    /// Federation requests per minute for one partner key [default: 120]
    #[arg(long, env = "APP_PARTNER_REQUESTS_PER_MINUTE", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner_requests_per_minute: Option<u32>,
    /// Days deletions stay in the change log (older cursors answer 410) [default: 90]
    #[arg(long, env = "APP_CHANGE_LOG_RETENTION_DAYS", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change_log_retention_days: Option<i64>,
    /// Seconds a request to a peer may take [default: 30]
    #[arg(long, env = "APP_PEER_TIMEOUT_SECONDS", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub peer_timeout_seconds: Option<u64>,
    /// Most items read from a diaspora-hub peer in one run [default: 10000]
    #[arg(long, env = "APP_PEER_CHANGES_PER_RUN", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub peer_changes_per_run: Option<usize>,
    /// Poll peers in the background while serving [default: true]
    #[arg(long, env = "APP_POLL_PEERS", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub poll_peers: Option<bool>,
    /// SMTP server: smtp://user:password@host:587 or smtps://… [default: .eml files under mail/ next to the SQLite file]
    #[arg(long, env = "APP_SMTP_URL", global = true, hide_env_values = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub smtp_url: Option<String>,
    /// Sender of every mail [default: diaspora-hub <no-reply@localhost>]
    #[arg(long, env = "APP_MAIL_FROM", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mail_from: Option<String>,
    /// Seconds one SMTP conversation may take [default: 30]
    #[arg(long, env = "APP_SMTP_TIMEOUT_SECONDS", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub smtp_timeout_seconds: Option<u64>,
    /// Directory for .eml files when no SMTP server is set [default: mail/ next to the SQLite file]
    #[arg(long, env = "APP_MAIL_DIR", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mail_dir: Option<String>,
    /// Creating groups, events and opportunities needs a verified address (turn on in production) [default: false]
    #[arg(long, env = "APP_REQUIRE_VERIFIED_EMAIL", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub require_verified_email: Option<bool>,
    /// Deliver mail in the background while serving [default: true]
    #[arg(long, env = "APP_DELIVER_MAIL", global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deliver_mail: Option<bool>,
}

impl Settings {
    /// Layers defaults, the TOML file (if any) and the overrides, then checks the result.
    pub fn load(overrides: &SettingsOverrides) -> anyhow::Result<Self> {
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        match &overrides.config {
            Some(path) => {
                anyhow::ensure!(
                    path.exists(),
                    "configuration file {} does not exist",
                    path.display()
                );
                figment = figment.merge(Toml::file_exact(path));
            }
            None if Path::new(DEFAULT_CONFIG_FILE).exists() => {
                figment = figment.merge(Toml::file_exact(DEFAULT_CONFIG_FILE));
            }
            None => {}
        }
        let settings: Settings = figment.merge(Serialized::defaults(overrides)).extract()?;
        let settings = settings.normalized()?;
        settings.trusted_proxy_ranges()?;
        anyhow::ensure!(
            settings.database_pool_size > 0,
            "database_pool_size must be at least 1"
        );
        anyhow::ensure!(settings.session_days > 0, "session_days must be at least 1");
        anyhow::ensure!(
            settings.new_account_hours >= 0,
            "new_account_hours must be 0 or more"
        );
        anyhow::ensure!(
            settings.partner_requests_per_minute > 0,
            "partner_requests_per_minute must be at least 1"
        );
        anyhow::ensure!(
            (1..=600).contains(&settings.peer_timeout_seconds),
            "peer_timeout_seconds must be between 1 and 600"
        );
        anyhow::ensure!(
            (1..=1_000_000).contains(&settings.peer_changes_per_run),
            "peer_changes_per_run must be between 1 and 1000000"
        );
        anyhow::ensure!(
            (1..=600).contains(&settings.smtp_timeout_seconds),
            "smtp_timeout_seconds must be between 1 and 600"
        );
        anyhow::ensure!(
            settings.change_log_retention_days > 0,
            "change_log_retention_days must be at least 1"
        );
        Ok(settings)
    }

    /// The same settings with `public_url` checked and written one way: an absolute http(s)
    /// URL without a trailing slash, so every absolute link is `{public_url}{path}`.
    pub fn normalized(mut self) -> anyhow::Result<Self> {
        let parsed = url::Url::parse(self.public_url.trim()).map_err(|error| {
            anyhow::anyhow!("public_url {:?} is not a URL: {error}", self.public_url)
        })?;
        anyhow::ensure!(
            matches!(parsed.scheme(), "http" | "https") && parsed.host().is_some(),
            "public_url {:?} must be an http:// or https:// URL",
            self.public_url
        );
        anyhow::ensure!(
            parsed.query().is_none() && parsed.fragment().is_none(),
            "public_url {:?} must not have a query or fragment",
            self.public_url
        );
        self.public_url = parsed.as_str().trim_end_matches('/').to_owned();
        self.mail_from
            .parse::<lettre::message::Mailbox>()
            .map_err(|_| anyhow::anyhow!("mail_from {:?} is not a mail address", self.mail_from))?;
        if self
            .smtp_url
            .as_ref()
            .is_some_and(|url| url.expose().trim().is_empty())
        {
            self.smtp_url = None;
        }
        Ok(self)
    }

    /// The host (and port, if any) of `public_url`: the right-hand side of calendar `UID`s
    /// and mail `Message-ID`s.
    pub fn public_host(&self) -> String {
        match url::Url::parse(&self.public_url) {
            Ok(url) => url[url::Position::BeforeHost..url::Position::AfterPort].to_owned(),
            Err(_) => "localhost".to_owned(),
        }
    }

    /// The host name of `public_url` alone (no port): the right-hand side of mail
    /// `Message-ID`s, which may not carry a port.
    pub fn public_domain(&self) -> String {
        url::Url::parse(&self.public_url)
            .ok()
            .and_then(|url| url.host_str().map(str::to_owned))
            .unwrap_or_else(|| "localhost".to_owned())
    }

    /// The trusted proxy list parsed into address ranges.
    pub fn trusted_proxy_ranges(&self) -> anyhow::Result<Vec<IpRange>> {
        self.trusted_proxies
            .iter()
            .filter(|entry| !entry.trim().is_empty())
            .map(|entry| IpRange::parse(entry.trim()))
            .collect()
    }
}

/// One address or a CIDR range such as `10.0.0.0/8`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IpRange {
    network: IpAddr,
    prefix: u8,
}

impl IpRange {
    /// Parses `203.0.113.7`, `10.0.0.0/8` or `2001:db8::/32`.
    pub fn parse(text: &str) -> anyhow::Result<Self> {
        let (address, prefix) = match text.split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text, None),
        };
        let network: IpAddr = address
            .parse()
            .map_err(|_| anyhow::anyhow!("trusted proxy {text:?} is not an address or CIDR"))?;
        let max = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(prefix) => prefix
                .parse::<u8>()
                .ok()
                .filter(|prefix| *prefix <= max)
                .ok_or_else(|| anyhow::anyhow!("trusted proxy {text:?} has a bad prefix"))?,
            None => max,
        };
        Ok(Self { network, prefix })
    }

    /// Whether `address` lies inside this range.
    pub fn contains(&self, address: IpAddr) -> bool {
        match (self.network, address) {
            (IpAddr::V4(network), IpAddr::V4(address)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(network) & mask == u32::from(address) & mask
            }
            (IpAddr::V6(network), IpAddr::V6(address)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(network) & mask == u128::from(address) & mask
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidr_ranges_contain_their_addresses_only() {
        let range = IpRange::parse("10.0.0.0/8").unwrap();
        assert!(range.contains("10.200.3.4".parse().unwrap()));
        assert!(!range.contains("11.0.0.1".parse().unwrap()));
        let single = IpRange::parse("::1").unwrap();
        assert!(single.contains("::1".parse().unwrap()));
        assert!(!single.contains("127.0.0.1".parse().unwrap()));
        assert!(IpRange::parse("10.0.0.0/33").is_err());
        assert!(IpRange::parse("example.org").is_err());
    }

    #[test]
    fn overrides_beat_defaults() {
        let overrides = SettingsOverrides {
            bind: Some("0.0.0.0:9000".into()),
            trusted_proxies: Some(vec!["10.0.0.0/8".into()]),
            ..Default::default()
        };
        let settings = Settings::load(&overrides).unwrap();
        assert_eq!(settings.bind, "0.0.0.0:9000");
        assert_eq!(settings.trusted_proxy_ranges().unwrap().len(), 1);
        assert_eq!(settings.database_url, Settings::default().database_url);
    }

    #[test]
    fn the_public_url_is_written_one_way() {
        let with = |public_url: &str| {
            Settings {
                public_url: public_url.into(),
                ..Settings::default()
            }
            .normalized()
            .map(|settings| settings.public_url)
        };
        assert_eq!(with("https://hub.example/").unwrap(), "https://hub.example");
        assert_eq!(
            with(" HTTPS://Hub.Example ").unwrap(),
            "https://hub.example"
        );
        assert_eq!(
            with("https://hub.example/dh/").unwrap(),
            "https://hub.example/dh"
        );
        assert!(with("hub.example").is_err());
        assert!(with("ftp://hub.example").is_err());
        assert!(with("https://hub.example/?x=1").is_err());
    }
}
