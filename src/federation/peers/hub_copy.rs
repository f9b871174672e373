//! A full copy of a diaspora-hub peer: a first copy in one request through the peer's export
//! where it offers one, else (and for copies again after our cursor expired) through its
//! snapshot lists: groups, then events, then opportunities. Snapshot cursors never expire, so a copy may take as many runs as it needs;
//! its position is kept on the peer row. Each copy has a number, and every listing it mentions
//! is stamped with it. The page that ends the copy removes this peer's listings left unstamped
//! (deleted there meanwhile) and hands over to the change feed at the position the first
//! snapshot page gave, so whatever changed during the copy is applied after it.

use diesel::prelude::*;
use serde::Deserialize;
use serde_json::{Value, json};

use super::Peer;
use super::fetch::{self, FetchError, Fetched};
use super::hub::{Reader, apply};
use super::imported;
use super::sync::{SyncError, SyncReport};
use crate::db::schema::peers;
use crate::db::{self, AnyConnection};
use crate::error::AppError;
use crate::state::AppState;

/// The snapshot lists, in the order a copy reads them.
const ORDER: [(&str, &str); 3] = [
    ("group", "groups"),
    ("event", "events"),
    ("opportunity", "opportunities"),
];

/// Listings applied per transaction while an export is read.
const EXPORT_BATCH: usize = 200;
/// The longest export line kept: one listing (its text can be 256 KiB, and the view repeats
/// the main language's), with room for its envelope.
const MAX_EXPORT_LINE: usize = 1024 * 1024;

#[derive(Debug, Deserialize)]
struct SnapshotPage {
    items: Vec<Value>,
    next_cursor: Option<String>,
    #[serde(default)]
    has_more: bool,
    changes_cursor: Option<String>,
}

/// A copy under way.
#[derive(Debug, Clone)]
pub struct Copy {
    generation: i64,
    /// `group`, or `event:<cursor>`: the list, and where in it.
    position: String,
    /// The change-feed position to follow afterwards, from the copy's first page.
    changes_cursor: Option<String>,
}

impl Copy {
    /// The copy the peer is in the middle of, if any.
    pub fn of(peer: &Peer) -> Option<Self> {
        peer.snapshot_position.clone().map(|position| Self {
            generation: peer.resync_generation,
            position,
            changes_cursor: peer.snapshot_changes_cursor.clone(),
        })
    }
}

/// What a step of the copy led to.
pub enum Progress {
    /// More to read, from here.
    More(Copy),
    /// The copy is complete; follow the change feed from `changes_cursor`.
    Done { changes_cursor: String },
}

/// Starts a new copy of the peer's listings, from its first group.
pub async fn start(state: &AppState, peer_id: i64) -> Result<Copy, SyncError> {
    let generation = db::run(&state.db, move |connection| {
        let generation: i64 = diesel::update(peers::table.find(peer_id))
            .set((
                peers::resync_generation.eq(peers::resync_generation + 1_i64),
                peers::snapshot_position.eq(ORDER[0].0),
                peers::snapshot_changes_cursor.eq(None::<String>),
                peers::cursor.eq(None::<String>),
                peers::etag.eq(None::<String>),
            ))
            .returning(peers::resync_generation)
            .get_result(connection)?;
        Ok(generation)
    })
    .await?;
    Ok(Copy {
        generation,
        position: ORDER[0].0.to_owned(),
        changes_cursor: None,
    })
}

/// Reads one snapshot page and applies it, with the copy's new position, in one transaction.
/// Returns where the copy stands and how many items the page held.
pub async fn step(
    reader: &Reader<'_>,
    copy: Copy,
    report: &mut SyncReport,
) -> Result<(Progress, usize), SyncError> {
    let (kind, cursor) = match copy.position.split_once(':') {
        Some((kind, cursor)) => (kind.to_owned(), Some(cursor.to_owned())),
        None => (copy.position.clone(), None),
    };
    let index = ORDER
        .iter()
        .position(|(name, _)| *name == kind)
        .ok_or_else(|| SyncError::Malformed(format!("unknown copy position {kind:?}")))?;
    let path = match &cursor {
        Some(cursor) => format!(
            "/federation/v1/{}?limit={}&cursor={cursor}",
            ORDER[index].1, reader.page_size
        ),
        None => format!(
            "/federation/v1/{}?limit={}",
            ORDER[index].1, reader.page_size
        ),
    };
    let body = match reader.get(&path, None).await {
        Ok(Fetched::Body { body, .. }) => body,
        Ok(_) => return Err(SyncError::Malformed(format!("no snapshot at {path}"))),
        Err(SyncError::Fetch(FetchError::Status(403))) => return Err(SyncError::MissingScope),
        Err(error) => return Err(error),
    };
    let page: SnapshotPage = serde_json::from_slice(&body)
        .map_err(|error| SyncError::Malformed(format!("not a snapshot page: {error}")))?;
    let changes_cursor = match copy.changes_cursor {
        Some(cursor) => cursor,
        None => page
            .changes_cursor
            .clone()
            .ok_or_else(|| SyncError::Malformed("a snapshot page without changes_cursor".into()))?,
    };
    // Snapshot items are the objects themselves: read them as upserts.
    let items: Vec<Value> = page
        .items
        .iter()
        .map(|object| as_upsert(&kind, object))
        .collect();
    let next_position = match (&page.next_cursor, page.has_more) {
        (Some(next), true) => Some(format!("{kind}:{next}")),
        _ => ORDER.get(index + 1).map(|(name, _)| (*name).to_owned()),
    };
    let generation = copy.generation;
    let after = match &next_position {
        Some(position) => After::Position {
            position: position.clone(),
            changes_cursor: changes_cursor.clone(),
        },
        None => After::End {
            changes_cursor: changes_cursor.clone(),
        },
    };
    apply_batch(reader, generation, &items, report, after).await?;
    let progress = match next_position {
        Some(position) => Progress::More(Copy {
            generation,
            position,
            changes_cursor: Some(changes_cursor),
        }),
        None => Progress::Done { changes_cursor },
    };
    Ok((progress, page.items.len()))
}

/// Where a copy stands once a batch of its listings is stored.
enum After {
    /// Page by page: the next page, and the feed position to follow when done.
    Position {
        position: String,
        changes_cursor: String,
    },
    /// In the middle of an export: nothing to note.
    Unchanged,
    /// The copy is complete: sweep what it did not mention, follow the feed from here.
    End { changes_cursor: String },
}

/// Applies a batch of copied listings (snapshot items as upserts), stamps them with the copy's
/// number and notes where the copy stands, in one transaction.
async fn apply_batch(
    reader: &Reader<'_>,
    generation: i64,
    items: &[Value],
    report: &mut SyncReport,
    after: After,
) -> Result<(), SyncError> {
    let mentioned: Vec<String> = items
        .iter()
        .filter_map(|item| item.get("id").and_then(Value::as_str))
        .map(str::to_owned)
        .collect();
    let actions = reader.actions(items, report);
    let (peer_id, publish) = (reader.peer.id, reader.peer.publishes_at_once());
    let applied = db::run(&reader.state.db, move |connection| {
        db::write_transaction(connection, |connection| {
            let mut applied = apply(connection, peer_id, publish, &actions)?;
            imported::mark_seen(connection, peer_id, generation, &mentioned)?;
            match &after {
                After::Position {
                    position,
                    changes_cursor,
                } => save(connection, peer_id, Some(position), Some(changes_cursor))?,
                After::Unchanged => {}
                After::End { changes_cursor } => {
                    applied.removed += imported::sweep_unseen(connection, peer_id, generation)?;
                    save(connection, peer_id, None, None)?;
                    diesel::update(peers::table.find(peer_id))
                        .set(peers::cursor.eq(changes_cursor))
                        .execute(connection)?;
                }
            }
            Ok::<_, AppError>(applied)
        })
    })
    .await?;
    report.add(applied);
    Ok(())
}

/// A snapshot object as the upsert item `hub::apply` reads.
fn as_upsert(kind: &str, object: &Value) -> Value {
    json!({"id": object.get("id"), "type": kind, "op": "upsert",
           "version": object.get("version"), "object": object})
}

/// Whether the peer offers the streamed export: its discovery document names it.
async fn offers_export(reader: &Reader<'_>) -> bool {
    match reader.get("/federation/v1", None).await {
        Ok(Fetched::Body { body, .. }) => serde_json::from_slice::<Value>(&body)
            .ok()
            .is_some_and(|document| document.pointer("/endpoints/export").is_some()),
        _ => false,
    }
}

/// Makes the whole copy in one request through the peer's export, applying it a batch at a
/// time as it arrives. Returns the change-feed cursor to follow and how many listings came, or
/// `None` when the peer has no export (copy page by page then). An export cut short is an
/// error: nothing is swept, and the next run goes on page by page.
pub async fn copy_by_export(
    reader: &Reader<'_>,
    copy: &Copy,
    report: &mut SyncReport,
) -> Result<Option<(String, usize)>, SyncError> {
    if !offers_export(reader).await {
        return Ok(None);
    }
    let mut response = match reader.open_stream("/federation/v1/export").await {
        Ok(response) => response,
        Err(SyncError::Fetch(FetchError::Status(403))) => return Err(SyncError::MissingScope),
        Err(SyncError::Fetch(FetchError::Status(404))) => return Ok(None),
        Err(error) => return Err(error),
    };
    let (mut pending, mut batch, mut count) = (Vec::<u8>::new(), Vec::new(), 0);
    loop {
        let chunk = fetch::next_chunk(&mut response).await?;
        let at_end = chunk.is_none();
        if let Some(chunk) = chunk {
            pending.extend_from_slice(&chunk);
        }
        // Whole lines, then (at the end) a last line without its newline.
        let mut start = 0;
        while start < pending.len() {
            let (line_end, next) = match pending[start..].iter().position(|byte| *byte == b'\n') {
                Some(offset) => (start + offset, start + offset + 1),
                None if at_end => (pending.len(), pending.len()),
                None => break,
            };
            if line_end - start > MAX_EXPORT_LINE {
                return Err(too_long());
            }
            let line = pending[start..line_end].trim_ascii();
            start = next;
            if line.is_empty() {
                continue;
            }
            let line: Value = serde_json::from_slice(line)
                .map_err(|error| SyncError::Malformed(format!("not an export line: {error}")))?;
            match line["type"].as_str() {
                Some("end") => {
                    let changes_cursor = line["changes_cursor"]
                        .as_str()
                        .ok_or_else(|| {
                            SyncError::Malformed("an export end without changes_cursor".into())
                        })?
                        .to_owned();
                    let after = After::End {
                        changes_cursor: changes_cursor.clone(),
                    };
                    apply_batch(reader, copy.generation, &batch, report, after).await?;
                    return Ok(Some((changes_cursor, count)));
                }
                Some(kind @ ("group" | "event" | "opportunity")) => {
                    batch.push(as_upsert(kind, &line["object"]));
                    count += 1;
                    if batch.len() >= EXPORT_BATCH {
                        let items = std::mem::take(&mut batch);
                        apply_batch(reader, copy.generation, &items, report, After::Unchanged)
                            .await?;
                    }
                }
                other => {
                    tracing::warn!(peer = %reader.peer.base_url, kind = ?other, "skipped an export line");
                    report.skipped += 1;
                }
            }
        }
        pending.drain(..start);
        if pending.len() > MAX_EXPORT_LINE {
            return Err(too_long());
        }
        if at_end {
            return Err(SyncError::Malformed(
                "the export ended before its last line".into(),
            ));
        }
    }
}

fn too_long() -> SyncError {
    SyncError::Malformed(format!(
        "an export line longer than {MAX_EXPORT_LINE} bytes"
    ))
}

fn save(
    connection: &mut AnyConnection,
    peer_id: i64,
    position: Option<&str>,
    changes_cursor: Option<&str>,
) -> Result<(), AppError> {
    diesel::update(peers::table.find(peer_id))
        .set((
            peers::snapshot_position.eq(position),
            peers::snapshot_changes_cursor.eq(changes_cursor),
        ))
        .execute(connection)?;
    Ok(())
}
