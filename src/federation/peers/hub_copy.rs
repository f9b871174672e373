//! A full copy of a diaspora-hub peer through its snapshot lists: groups, then events, then
//! opportunities. Snapshot cursors never expire, so a copy may take as many runs as it needs;
//! its position is kept on the peer row. Each copy has a number, and every listing it mentions
//! is stamped with it. The page that ends the copy removes this peer's listings left unstamped
//! (deleted there meanwhile) and hands over to the change feed at the position the first
//! snapshot page gave, so whatever changed during the copy is applied after it.

use diesel::prelude::*;
use serde::Deserialize;
use serde_json::{Value, json};

use super::Peer;
use super::fetch::{FetchError, Fetched};
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
        .map(|object| {
            json!({"id": object.get("id"), "type": kind, "op": "upsert",
                   "version": object.get("version"), "object": object})
        })
        .collect();
    let mentioned: Vec<String> = page
        .items
        .iter()
        .filter_map(|object| object.get("id").and_then(Value::as_str))
        .map(str::to_owned)
        .collect();
    let actions = reader.actions(&items, report);
    let next_position = match (&page.next_cursor, page.has_more) {
        (Some(next), true) => Some(format!("{kind}:{next}")),
        _ => ORDER.get(index + 1).map(|(name, _)| (*name).to_owned()),
    };
    let (peer_id, publish, generation) = (
        reader.peer.id,
        reader.peer.publishes_at_once(),
        copy.generation,
    );
    let (saved_position, saved_changes) = (next_position.clone(), changes_cursor.clone());
    let applied = db::run(&reader.state.db, move |connection| {
        db::write_transaction(connection, |connection| {
            let mut applied = apply(connection, peer_id, publish, &actions)?;
            imported::mark_seen(connection, peer_id, generation, &mentioned)?;
            match &saved_position {
                Some(position) => save(connection, peer_id, Some(position), Some(&saved_changes))?,
                None => {
                    applied.removed += imported::sweep_unseen(connection, peer_id, generation)?;
                    save(connection, peer_id, None, None)?;
                    diesel::update(peers::table.find(peer_id))
                        .set(peers::cursor.eq(&saved_changes))
                        .execute(connection)?;
                }
            }
            Ok::<_, AppError>(applied)
        })
    })
    .await?;
    report.add(applied);
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
