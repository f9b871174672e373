//! What every request handler can reach: settings, the database pool and the translations.

use std::sync::Arc;

use crate::config::{IpRange, Settings};
use crate::db::DbPool;
use crate::i18n::Locales;

/// Shared application state, cloned cheaply into every worker.
#[derive(Clone)]
pub struct AppState {
    /// The settings the instance started with.
    pub settings: Arc<Settings>,
    /// Proxies whose `X-Forwarded-For` is believed, parsed once.
    pub trusted_proxies: Arc<Vec<IpRange>>,
    /// The database pool.
    pub db: DbPool,
    /// All interface translations.
    pub locales: Arc<Locales>,
    /// What this instance keeps for a short while (languages in use, sitemaps).
    pub caches: Arc<crate::cache::Caches>,
    /// Where mail goes: an SMTP server, or `.eml` files.
    pub mailer: Arc<crate::notifications::transport::Transport>,
}
