//! The request layer every face of the service shares: the HTML pages (`web`), the JSON API
//! (`api`), the feeds (`feeds`) and the partner API (`federation`).
//!
//! It owns what is decided once per request whoever answers it: who is asking and in which
//! language ([`context`]), the one rule that tells machine paths from pages ([`is_machine_path`]),
//! how errors are shown ([`errors`]: problem JSON for machines, a localized page for people),
//! redirects ([`redirect`]), cookies ([`cookies`]) and the layout data of every HTML response
//! ([`chrome`]). The faces import this module; none of them imports another face.

pub mod chrome;
pub mod context;
pub mod cookies;
pub mod errors;
pub mod redirect;

/// Whether the path is served to machines that authenticate with headers (the JSON API and
/// the partner API). Such paths never read the session cookie, so they need no CSRF token,
/// get no CSRF or language cookie, and answer errors as problem JSON.
pub fn is_machine_path(path: &str) -> bool {
    path.starts_with("/api/") || path.starts_with("/federation/")
}
