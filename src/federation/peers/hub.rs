//! Pulling from another diaspora-hub. The first sync makes a full copy, in one request through
//! the peer's export where it has one, and any sync after our change-feed cursor expired makes
//! one through the peer's snapshot lists (`hub_copy`); after that its
//! change feed is followed incrementally, with exact deletions. A page is applied in one
//! transaction together with the position it leads to, so a failure part-way leaves the copy
//! and the position consistent; a bad item is logged and skipped.

use std::time::Duration;

use serde::Deserialize;
use serde_json::Value;

use diesel::prelude::*;

use super::Peer;
use super::fetch::{self, Fetched};
use super::hub_copy::{self, Copy, Progress};
use super::imported::{self, Incoming, Stored};
use super::sync::{SyncError, SyncReport};
use crate::db::schema::peers;
use crate::db::{self, AnyConnection};
use crate::error::AppError;
use crate::state::AppState;

/// Items asked for per request at most.
const PAGE_SIZE: usize = 200;
/// The longest a first copy through a peer's export may take (then it goes on page by page).
const EXPORT_TIME_LIMIT: Duration = Duration::from_secs(15 * 60);
/// Largest object kept for one listing.
const MAX_DOCUMENT: usize = 200_000;

#[derive(Debug, Deserialize)]
struct ChangePage {
    items: Vec<Value>,
    next_cursor: Option<String>,
    #[serde(default)]
    has_more: bool,
}

pub(super) enum Action {
    Upsert(Incoming),
    Delete(String),
}

/// One run against one peer: where it is, and how much it may still read.
pub(super) struct Reader<'a> {
    pub state: &'a AppState,
    pub peer: &'a Peer,
    pub base: String,
    /// Our own public URL: listings pointing there are ours coming back.
    pub own: String,
    pub page_size: usize,
    timeout: Duration,
}

impl Reader<'_> {
    /// GETs a path of the peer with our key and the fetch limits.
    pub async fn get(
        &self,
        path_and_query: &str,
        etag: Option<&str>,
    ) -> Result<Fetched, SyncError> {
        Ok(fetch::get(
            &format!("{}{path_and_query}", self.base),
            self.peer.api_key.as_deref(),
            etag,
            self.state.settings.allow_private_peers,
            self.timeout,
        )
        .await?)
    }

    /// Opens a long answer of the peer (its export) to read as it arrives.
    pub async fn open_stream(&self, path_and_query: &str) -> Result<reqwest::Response, SyncError> {
        Ok(fetch::open_stream(
            &format!("{}{path_and_query}", self.base),
            self.peer.api_key.as_deref(),
            self.state.settings.allow_private_peers,
            self.timeout,
        )
        .await?)
    }

    /// Reads the items of a page, logging and counting the ones skipped.
    pub fn actions(&self, items: &[Value], report: &mut SyncReport) -> Vec<Action> {
        items
            .iter()
            .filter_map(|item| match parse_item(item, &self.own) {
                Ok(action) => Some(action),
                Err(reason) => {
                    tracing::warn!(peer = %self.peer.base_url, %reason, "skipped an item");
                    report.skipped += 1;
                    None
                }
            })
            .collect()
    }
}

/// Brings our copy of the peer's listings up to date, reading at most `peer_changes_per_run`
/// items; a longer read goes on at the next run.
pub async fn sync(state: &AppState, peer: &Peer) -> Result<SyncReport, SyncError> {
    let budget = state.settings.peer_changes_per_run.max(1);
    let reader = Reader {
        state,
        peer,
        base: peer.base_url.trim_end_matches('/').to_owned(),
        own: state.settings.public_url.as_str().to_owned(),
        page_size: PAGE_SIZE.min(budget),
        timeout: Duration::from_secs(state.settings.peer_timeout_seconds),
    };
    let mut report = SyncReport::default();
    let mut copy = Copy::of(peer);
    let mut cursor = peer.cursor.clone();
    let (mut read, mut restarted) = (0, false);
    if copy.is_none() && peer.cursor.is_none() {
        // Never synced: start with a full copy, in one request where the peer offers its
        // export. A failed export leaves the copy started, and the next run goes on page by page.
        let first = hub_copy::start(state, peer.id).await?;
        report.resynced = true;
        let export = hub_copy::copy_by_export(&reader, &first, &mut report);
        // Peers sync one at a time: a peer that trickles its export must not hold up the rest.
        let copied = actix_web::rt::time::timeout(EXPORT_TIME_LIMIT, export)
            .await
            .map_err(|_| {
                SyncError::Fetch(fetch::FetchError::Network("the export timed out".into()))
            })??;
        match copied {
            Some((changes_cursor, items)) => {
                cursor = Some(changes_cursor);
                read += items;
            }
            None => copy = Some(first),
        }
    }
    // The first request may be answered 304 when nothing changed since the last run.
    let mut etag = peer.etag.clone();
    while read < budget {
        if let Some(current) = copy.take() {
            report.resynced = true;
            let (progress, items) = hub_copy::step(&reader, current, &mut report).await?;
            read += items.max(1);
            match progress {
                Progress::More(next) => copy = Some(next),
                Progress::Done { changes_cursor } => (cursor, etag) = (Some(changes_cursor), None),
            }
            continue;
        }
        let path = match &cursor {
            Some(cursor) => format!(
                "/federation/v1/changes?limit={}&cursor={cursor}",
                reader.page_size
            ),
            None => format!("/federation/v1/changes?limit={}", reader.page_size),
        };
        let (body, page_etag) = match reader.get(&path, etag.take().as_deref()).await? {
            Fetched::NotModified => break,
            Fetched::Gone if !restarted => {
                // Our cursor is older than what the peer keeps: copy everything again. Nothing
                // is removed until that copy is complete, so visitors never see a half copy.
                tracing::warn!(peer = %peer.base_url, "cursor expired; copying everything again");
                copy = Some(hub_copy::start(state, peer.id).await?);
                restarted = true;
                continue;
            }
            Fetched::Gone => {
                return Err(SyncError::Malformed(
                    "the change feed expired the position its snapshots gave".into(),
                ));
            }
            Fetched::Body { body, etag } => (body, etag),
        };
        let page: ChangePage = serde_json::from_slice(&body)
            .map_err(|error| SyncError::Malformed(format!("not a change page: {error}")))?;
        read += page.items.len().max(1);
        let actions = reader.actions(&page.items, &mut report);
        let (peer_id, publish, next) =
            (peer.id, peer.publishes_at_once(), page.next_cursor.clone());
        // The tag of the last page asks "anything after this?" next time.
        let last_tag = (!page.has_more).then_some(page_etag).flatten();
        let applied = db::run(&state.db, move |connection| {
            db::write_transaction(connection, |connection| {
                let applied = apply(connection, peer_id, publish, &actions)?;
                if next.is_some() {
                    save_cursor(connection, peer_id, next.as_deref())?;
                }
                diesel::update(peers::table.find(peer_id))
                    .set(peers::etag.eq(&last_tag))
                    .execute(connection)?;
                Ok::<_, AppError>(applied)
            })
        })
        .await?;
        report.add(applied);
        if page.next_cursor.is_some() {
            cursor = page.next_cursor;
        }
        if !page.has_more {
            break;
        }
    }
    Ok(report)
}

/// Applies a page's upserts and deletions.
pub(super) fn apply(
    connection: &mut AnyConnection,
    peer_id: i64,
    publish: bool,
    actions: &[Action],
) -> Result<SyncReport, AppError> {
    let mut applied = SyncReport::default();
    for action in actions {
        match action {
            Action::Upsert(incoming) => {
                match imported::store(connection, peer_id, publish, incoming)? {
                    Stored::Created => applied.created += 1,
                    Stored::Updated => applied.updated += 1,
                    Stored::Unchanged => applied.unchanged += 1,
                }
            }
            Action::Delete(remote_id) => {
                if imported::remove(connection, peer_id, remote_id)? {
                    applied.removed += 1;
                }
            }
        }
    }
    Ok(applied)
}

fn save_cursor(
    connection: &mut AnyConnection,
    peer_id: i64,
    cursor: Option<&str>,
) -> Result<(), AppError> {
    diesel::update(peers::table.find(peer_id))
        .set(peers::cursor.eq(cursor))
        .execute(connection)?;
    Ok(())
}

/// Reads one change; the error says why it was skipped.
pub(super) fn parse_item(item: &Value, own_url: &str) -> Result<Action, String> {
    let text = |key: &str| item.get(key).and_then(Value::as_str).unwrap_or_default();
    let id = text("id");
    if id.is_empty() || id.len() > 100 {
        return Err("no usable id".into());
    }
    let resource_type = text("type");
    if !matches!(resource_type, "group" | "event" | "opportunity") {
        return Err(format!("unknown type {resource_type:?}"));
    }
    match text("op") {
        "delete" => return Ok(Action::Delete(id.to_owned())),
        "upsert" => {}
        other => return Err(format!("unknown op {other:?}")),
    }
    let object = item
        .get("object")
        .filter(|object| object.is_object())
        .ok_or("an upsert without its object (no longer public)")?;
    let version = object
        .get("version")
        .or_else(|| item.get("version"))
        .and_then(Value::as_i64)
        .ok_or("no version")?;
    let field = |key: &str| object.get(key).and_then(Value::as_str).map(str::trim);
    let title = field("title")
        .or_else(|| field("name"))
        .filter(|title| !title.is_empty())
        .ok_or("no title or name")?;
    let canonical_url = field("url").and_then(crate::domain::absolute_http_url);
    if canonical_url
        .as_deref()
        .is_some_and(|url| url.starts_with(&format!("{own_url}/")))
    {
        return Err("one of our own listings coming back".into());
    }
    let document = object.to_string();
    if document.len() > MAX_DOCUMENT {
        return Err("object too large".into());
    }
    let starts_at = field("starts_at")
        .map(|text| {
            chrono::DateTime::parse_from_rfc3339(text)
                .map(|instant| instant.naive_utc())
                .map_err(|_| format!("starts_at {text:?} is not RFC 3339"))
        })
        .transpose()?;
    Ok(Action::Upsert(Incoming {
        remote_id: id.to_owned(),
        resource_type: resource_type.to_owned(),
        remote_version: version,
        canonical_url,
        title: title.chars().take(300).collect(),
        language: field("language").map(str::to_owned),
        starts_at,
        timezone: field("timezone").map(str::to_owned),
        document,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_read_or_skipped_with_a_reason() {
        let good = serde_json::json!({"id": "e1", "type": "event", "op": "upsert", "version": 2,
            "object": {"version": 2, "title": "Fête", "url": "https://a.example/events/e1", "starts_at": "2027-03-20T18:00:00+01:00", "timezone": "Europe/Paris"}});
        let Ok(Action::Upsert(incoming)) = parse_item(&good, "https://b.example") else {
            panic!()
        };
        assert_eq!(incoming.title, "Fête");
        assert_eq!(
            incoming.starts_at.unwrap().to_string(),
            "2027-03-20 17:00:00"
        );
        assert!(
            parse_item(&good, "https://a.example").is_err(),
            "our own listing"
        );
        for bad in [
            serde_json::json!({"type": "event", "op": "upsert"}),
            serde_json::json!({"id": "x", "type": "planet", "op": "delete"}),
            serde_json::json!({"id": "x", "type": "event", "op": "upsert", "object": {"version": 1}}),
            serde_json::json!({"id": "x", "type": "event", "op": "upsert", "object": {"version": 1, "title": "t", "starts_at": "soon"}}),
        ] {
            assert!(parse_item(&bad, "https://b.example").is_err(), "{bad}");
        }
    }
}
