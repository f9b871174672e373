//! Pulling from another diaspora-hub through its change feed: incremental, exact deletions.
//! A page is applied in one transaction together with its cursor, so a failure part-way
//! leaves the copy and the cursor consistent; a bad item is logged and skipped. An expired
//! cursor starts a re-read of the whole feed, which may span runs and sweeps only at its end.

use serde::Deserialize;
use serde_json::Value;

use diesel::prelude::*;

use super::Peer;
use super::fetch::{self, Fetched};
use super::imported::{self, Incoming, Stored};
use super::sync::{SyncError, SyncReport};
use crate::db::schema::peers;
use crate::db::{self, AnyConnection};
use crate::state::AppState;

/// Changes asked for per request at most.
const PAGE_SIZE: usize = 200;
/// Largest object kept for one listing.
const MAX_DOCUMENT: usize = 200_000;

#[derive(Debug, Deserialize)]
struct ChangePage {
    items: Vec<Value>,
    next_cursor: Option<String>,
    #[serde(default)]
    has_more: bool,
}

enum Action {
    Upsert(Incoming),
    Delete(String),
}

/// Reads the peer's change feed from its stored cursor, at most `peer_changes_per_run` changes.
///
/// When the peer says our cursor expired, the feed is read again from its start: a *re-read*,
/// numbered on the peer row. It may span several runs; every listing it mentions is stamped with
/// its number, and the page that reaches the end of the feed also removes this peer's listings
/// left unstamped. Until then nothing is removed, so visitors never see a half-empty copy.
pub async fn sync(state: &AppState, peer: &Peer) -> Result<SyncReport, SyncError> {
    let base = peer.base_url.trim_end_matches('/');
    let own = state.settings.public_url.trim_end_matches('/').to_owned();
    let timeout = std::time::Duration::from_secs(state.settings.peer_timeout_seconds);
    let budget = state.settings.peer_changes_per_run.max(1);
    let page_size = PAGE_SIZE.min(budget);
    let mut cursor = peer.cursor.clone();
    let (mut generation, mut resyncing) = (peer.resync_generation, peer.resyncing);
    let mut report = SyncReport {
        resynced: resyncing,
        ..SyncReport::default()
    };
    let mut restarted = false;
    // The first request may be answered 304 when nothing changed since the last run.
    let mut etag = peer.etag.clone();
    let mut read = 0;
    while read < budget {
        let url = match &cursor {
            Some(cursor) => {
                format!("{base}/federation/v1/changes?limit={page_size}&cursor={cursor}")
            }
            None => format!("{base}/federation/v1/changes?limit={page_size}"),
        };
        let fetched = fetch::get(
            &url,
            peer.api_key.as_deref(),
            etag.take().as_deref(),
            state.settings.allow_private_peers,
            timeout,
        )
        .await?;
        let (body, page_etag) = match fetched {
            Fetched::NotModified => break,
            Fetched::Gone if !restarted => {
                tracing::warn!(peer = %peer.base_url, "cursor expired; reading everything again");
                let peer_id = peer.id;
                generation = db::run(&state.db, move |connection| {
                    start_rereading(connection, peer_id)
                })
                .await?;
                (cursor, resyncing, restarted, report.resynced) = (None, true, true, true);
                continue;
            }
            Fetched::Gone => {
                return Err(SyncError::Malformed(
                    "the change feed expired a cursor from its own start".into(),
                ));
            }
            Fetched::Body { body, etag } => (body, etag),
        };
        let page: ChangePage = serde_json::from_slice(&body)
            .map_err(|error| SyncError::Malformed(format!("not a change page: {error}")))?;
        read += page.items.len().max(1);
        // Every id the page names counts as still listed, even an item skipped below: a bad
        // update must not cost the copy we hold.
        let mentioned: Vec<String> = page
            .items
            .iter()
            .filter_map(|item| item.get("id").and_then(Value::as_str))
            .map(str::to_owned)
            .collect();
        let actions: Vec<Action> = page
            .items
            .iter()
            .filter_map(|item| match parse_item(item, &own) {
                Ok(action) => Some(action),
                Err(reason) => {
                    tracing::warn!(peer = %peer.base_url, %reason, "skipped an item");
                    report.skipped += 1;
                    None
                }
            })
            .collect();
        let (peer_id, publish, next) =
            (peer.id, peer.publishes_at_once(), page.next_cursor.clone());
        // The tag of the last page asks "anything after this?" next time.
        let last_tag = (!page.has_more).then_some(page_etag).flatten();
        let finishes_rereading = resyncing && !page.has_more;
        let applied = db::run(&state.db, move |connection| {
            db::write_transaction(connection, |connection| {
                let mut applied = apply(connection, peer_id, publish, &actions)?;
                if resyncing {
                    imported::mark_seen(connection, peer_id, generation, &mentioned)?;
                }
                if finishes_rereading {
                    applied.removed += imported::sweep_unseen(connection, peer_id, generation)?;
                    diesel::update(peers::table.find(peer_id))
                        .set(peers::resyncing.eq(false))
                        .execute(connection)?;
                }
                if next.is_some() {
                    save_cursor(connection, peer_id, next.as_deref())?;
                }
                diesel::update(peers::table.find(peer_id))
                    .set(peers::etag.eq(&last_tag))
                    .execute(connection)?;
                Ok::<_, crate::error::AppError>(applied)
            })
        })
        .await?;
        report.add(applied);
        if finishes_rereading {
            resyncing = false;
        }
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
fn apply(
    connection: &mut AnyConnection,
    peer_id: i64,
    publish: bool,
    actions: &[Action],
) -> Result<SyncReport, crate::error::AppError> {
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

/// Starts a re-read of the peer's feed from its start; returns the re-read's number.
fn start_rereading(
    connection: &mut AnyConnection,
    peer_id: i64,
) -> Result<i64, crate::error::AppError> {
    let generation: i64 = diesel::update(peers::table.find(peer_id))
        .set((
            peers::resync_generation.eq(peers::resync_generation + 1_i64),
            peers::resyncing.eq(true),
            peers::cursor.eq(None::<String>),
            peers::etag.eq(None::<String>),
        ))
        .returning(peers::resync_generation)
        .get_result(connection)?;
    Ok(generation)
}

fn save_cursor(
    connection: &mut AnyConnection,
    peer_id: i64,
    cursor: Option<&str>,
) -> Result<(), crate::error::AppError> {
    diesel::update(peers::table.find(peer_id))
        .set(peers::cursor.eq(cursor))
        .execute(connection)?;
    Ok(())
}

/// Reads one change; the error says why it was skipped.
fn parse_item(item: &Value, own_url: &str) -> Result<Action, String> {
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
    let canonical_url = field("url")
        .filter(|url| url.starts_with("https://") || url.starts_with("http://"))
        .map(str::to_owned);
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
