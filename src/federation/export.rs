//! `GET /federation/v1/export`: every public listing in one streamed answer, for a partner's
//! first copy. A page-by-page copy of 100,000 listings took hundreds of requests (more than a
//! key may make in a minute) and 18 s of server time; here one request, charged once, streams
//! newline-delimited JSON, each object serialized once straight into the answer, gzip-compressed
//! when the partner accepts it. The last line carries the change-feed cursor to follow from.

use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::change_log::{self, ResourceType};
use super::objects::{self, View};
use super::partner_api::{Credentials, FederationQuery, base, plural};
use crate::db::{self, DbPool};
use crate::error::{AppError, AppResult};
use crate::paging::encode_cursor;
use crate::state::AppState;

/// Listings read and written per step of the stream: enough to keep queries few, small enough
/// that memory stays flat however many listings there are.
const STEP: i64 = 500;

/// What to export.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
pub struct ExportQuery {
    /// Comma-separated `group`, `event`, `opportunity` (default: all three); the key needs the
    /// read scope of each.
    pub types: Option<String>,
}

/// One line of the export: a listing.
#[derive(Serialize)]
struct ListingLine<'a> {
    #[serde(rename = "type")]
    resource_type: &'static str,
    object: &'a View,
}

/// The last line of a complete export.
#[derive(Serialize)]
struct EndLine<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    /// How many listing lines came before.
    count: u64,
    /// The change-feed cursor to follow from once the copy is stored.
    changes_cursor: &'a str,
}

/// Every public listing of the asked types as NDJSON: one `{"type": "group"|"event"|
/// "opportunity", "object": …}` line per listing (the same objects as the snapshots), groups
/// first, each type by id, then one `{"type": "end", "count": N, "changes_cursor": "…"}` line.
/// An answer without that last line was cut short: copy again. Charged as one request.
#[utoipa::path(get, path = "/federation/v1/export", tag = "federation",
    security(("partner_key" = ["groups:read", "events:read", "opportunities:read"])), params(ExportQuery),
    responses(
        (status = 200, description = "Newline-delimited JSON, one listing per line, ending with an `end` line that holds `changes_cursor`; gzip when `Accept-Encoding` allows it", content_type = "application/x-ndjson", body = String),
        (status = 403, description = "The key lacks the read scope of an asked type", body = crate::http::errors::Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn export(
    request: HttpRequest,
    state: web::Data<AppState>,
    query: web::Query<ExportQuery>,
) -> AppResult<HttpResponse> {
    let credentials = Credentials::of(&request);
    let per_minute = state.settings.partner_requests_per_minute;
    let types = FederationQuery {
        types: query.into_inner().types,
        ..FederationQuery::default()
    };
    let (types, changes_cursor) = db::run(&state.db, move |connection| {
        let mut types = types.parse()?.types;
        // Groups first, then events, then opportunities, whatever order they were asked in.
        types.sort_by_key(|kind| ResourceType::ALL.iter().position(|each| each == kind));
        let mut key = None;
        for resource_type in &types {
            key =
                Some(credentials.partner(connection, &format!("{}:read", plural(*resource_type)))?);
        }
        let key =
            key.ok_or_else(|| AppError::field("types", crate::domain::Invalid::new("required")))?;
        // The feed position first: whatever commits while the export is read is in the feed
        // after it (as for snapshots).
        let newest: i64 = change_log::newest(connection)?;
        let horizon = change_log::horizon(connection)?;
        key.charge(connection, per_minute)?;
        Ok((
            types,
            encode_cursor(newest.max(horizon.pruned_before), horizon.epoch),
        ))
    })
    .await?;
    let reading = Reading {
        pool: state.db.clone(),
        public_url: base(&state),
        types,
        changes_cursor,
        type_index: 0,
        after_id: 0,
        count: 0,
        finished: false,
    };
    let lines = futures_util::stream::unfold(reading, |mut reading| async move {
        if reading.finished {
            return None;
        }
        let chunk = reading.next_chunk().await;
        if chunk.is_err() {
            // The answer ends without its last line, which tells the partner it was cut short.
            reading.finished = true;
        }
        Some((chunk.map_err(actix_web::Error::from), reading))
    });
    Ok(HttpResponse::Ok()
        .content_type("application/x-ndjson")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .streaming(lines))
}

/// Where the export stands.
struct Reading {
    pool: DbPool,
    public_url: String,
    types: Vec<ResourceType>,
    changes_cursor: String,
    type_index: usize,
    after_id: i64,
    count: u64,
    finished: bool,
}

impl Reading {
    /// The next step of lines: up to [`STEP`] listings, or the end line.
    async fn next_chunk(&mut self) -> AppResult<Bytes> {
        let Some(resource_type) = self.types.get(self.type_index).copied() else {
            self.finished = true;
            let mut line = serde_json::to_vec(&EndLine {
                kind: "end",
                count: self.count,
                changes_cursor: &self.changes_cursor,
            })
            .map_err(AppError::internal)?;
            line.push(b'\n');
            return Ok(Bytes::from(line));
        };
        let (after_id, public_url) = (self.after_id, self.public_url.clone());
        let (lines, written, last_id) = db::run(&self.pool, move |connection| {
            let rows = objects::snapshot_page(connection, resource_type, after_id, STEP)?;
            let uuids: Vec<String> = rows.iter().map(|row| row.uuid.clone()).collect();
            let mut lines = Vec::with_capacity(rows.len() * 1024);
            let mut written = 0_u64;
            objects::each_view(
                connection,
                resource_type,
                &uuids,
                &public_url,
                &mut |_, view| {
                    let line = ListingLine {
                        resource_type: resource_type.as_str(),
                        object: &view,
                    };
                    serde_json::to_writer(&mut lines, &line).map_err(AppError::internal)?;
                    lines.push(b'\n');
                    written += 1;
                    Ok(())
                },
            )?;
            Ok((lines, written, rows.last().map(|row| row.id)))
        })
        .await?;
        self.count += written;
        match last_id {
            Some(id) => self.after_id = id,
            None => {
                self.type_index += 1;
                self.after_id = 0;
            }
        }
        Ok(Bytes::from(lines))
    }
}
