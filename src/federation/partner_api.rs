//! The partner API under `/federation/v1`: the discovery document, the change feed and
//! snapshots of public groups, events and opportunities. Every response carries an `ETag`;
//! a matching `If-None-Match` answers 304 before the body is built and is not charged
//! against the key's rate limit.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::change_log::{self, Change, ChangeOp, ResourceType};
use super::conditional::{etag, if_none_match, names, not_modified};
use super::keys;
use super::objects;
use crate::db::schema::change_log as change_log_table;
use crate::db::{self, AnyConnection};
use crate::domain::{Collector, Invalid};
use crate::error::{AppError, AppResult};
use crate::http::errors::Problem;
use crate::paging::{decode_cursor, encode_cursor, present};
use crate::state::AppState;

/// Items per page unless asked otherwise.
pub const DEFAULT_LIMIT: i64 = 100;
/// Most items per page.
pub const MAX_LIMIT: i64 = 500;

/// Registers `/federation/v1…`.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/federation/v1", web::get().to(super::discovery::discovery))
        .route(
            "/federation/v1/",
            web::get().to(super::discovery::discovery),
        )
        .route("/federation/v1/changes", web::get().to(changes))
        .route(
            "/federation/v1/export",
            web::get().to(super::export::export),
        )
        .route("/federation/v1/groups", web::get().to(groups_snapshot))
        .route("/federation/v1/events", web::get().to(events_snapshot))
        .route(
            "/federation/v1/opportunities",
            web::get().to(opportunities_snapshot),
        );
}

pub(super) fn base(state: &AppState) -> String {
    state.settings.public_url.as_str().to_owned()
}

/// Paging of the change feed and the snapshots.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
pub struct FederationQuery {
    /// Opaque position from `next_cursor` (or, to follow the feed after a snapshot, from
    /// `changes_cursor`); absent: from the start.
    pub cursor: Option<String>,
    /// Page size, 1 to 500 (default 100).
    pub limit: Option<i64>,
    /// Change feed only: comma-separated `group`, `event`, `opportunity` (default: all).
    pub types: Option<String>,
}

/// Snapshots take paging only.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
pub struct SnapshotQuery {
    /// Opaque position from `next_cursor`; absent: from the first listing.
    pub cursor: Option<String>,
    /// Page size, 1 to 500 (default 100).
    pub limit: Option<i64>,
}

impl From<SnapshotQuery> for FederationQuery {
    fn from(query: SnapshotQuery) -> Self {
        Self {
            cursor: query.cursor,
            limit: query.limit,
            types: None,
        }
    }
}

pub(super) struct Page {
    /// Position after which to read (a seq, or a listing id for snapshots).
    after: i64,
    /// Change feed only: the prune epoch the cursor was handed out in.
    epoch: i64,
    limit: i64,
    pub(super) types: Vec<ResourceType>,
}

impl FederationQuery {
    pub(super) fn parse(&self) -> Result<Page, AppError> {
        let mut collector = Collector::default();
        let (after, epoch) = present(&self.cursor)
            .and_then(|cursor| {
                let position = decode_cursor(&cursor).and_then(|(position, epoch)| {
                    if position < 0 || epoch < 0 {
                        Err(Invalid::new("invalid_cursor"))
                    } else {
                        Ok((position, epoch))
                    }
                });
                collector.take("cursor", position)
            })
            .unwrap_or((0, 0));
        let limit = match self.limit {
            None => DEFAULT_LIMIT,
            Some(limit) if (1..=MAX_LIMIT).contains(&limit) => limit,
            Some(_) => {
                collector.reject(
                    "limit",
                    Invalid {
                        code: "out_of_range",
                        args: vec![("min", 1), ("max", MAX_LIMIT)],
                    },
                );
                DEFAULT_LIMIT
            }
        };
        let mut types = Vec::new();
        for name in present(&self.types)
            .unwrap_or_else(|| "group,event,opportunity".into())
            .split(',')
            .map(str::trim)
            .filter(|name| !name.is_empty())
        {
            if let Some(parsed) = collector.take("types", ResourceType::parse(name))
                && !types.contains(&parsed)
            {
                types.push(parsed);
            }
        }
        collector.finish(|| Page {
            after,
            epoch,
            limit,
            types,
        })
    }
}

/// What blocking work needs of a request: its key and its `If-None-Match` tags.
pub(super) struct Credentials {
    authorization: Option<String>,
    if_none_match: Vec<String>,
}

impl Credentials {
    pub(super) fn of(request: &HttpRequest) -> Self {
        Self {
            authorization: request
                .headers()
                .get(header::AUTHORIZATION)
                .and_then(|value| value.to_str().ok())
                .map(str::to_owned),
            if_none_match: if_none_match(request),
        }
    }

    /// The authenticated key, checked for `scope`.
    pub(super) fn partner(
        &self,
        connection: &mut AnyConnection,
        scope: &str,
    ) -> AppResult<keys::PartnerKey> {
        let key = keys::authenticate(connection, self.authorization.as_deref())?;
        key.require(scope)?;
        Ok(key)
    }
}

/// The query string of the next page, from parsed (so safe) values.
fn link_query(cursor: &str, page: &Page) -> String {
    let types: Vec<&str> = page.types.iter().map(ResourceType::as_str).collect();
    format!(
        "cursor={cursor}&limit={}&types={}",
        page.limit,
        types.join(",")
    )
}

/// One change as partners receive it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct ChangeItem {
    /// Position in the feed; changes come in increasing order.
    seq: i64,
    /// `group`, `event` or `opportunity`.
    #[serde(rename = "type")]
    #[schema(inline, value_type = String, pattern = "^(group|event|opportunity)$")]
    resource_type: String,
    /// The listing's id (a group's slug can change; its id does not).
    id: String,
    /// `upsert` (created or changed; `object` is the listing now) or `delete` (gone or no
    /// longer public: drop your copy).
    #[schema(inline, value_type = String, pattern = "^(upsert|delete)$")]
    op: String,
    /// The listing's version after this change.
    version: i64,
    updated_at: DateTime<Utc>,
    /// The listing as it is now, for upserts still public: the same JSON as the public API
    /// (`GroupView`, `EventView` or `OpportunityView`; groups without `member_count`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    object: Option<Value>,
}

/// A page of the change feed.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct ChangePage {
    items: Vec<ChangeItem>,
    /// Where to read from next, even when caught up (`has_more` false): keep it.
    next_cursor: String,
    /// Whether more changes wait now.
    has_more: bool,
}

/// A page of a snapshot.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct SnapshotPage {
    /// Listings by id: the same JSON as the public API (`GroupView`, `EventView` or
    /// `OpportunityView`; groups without `member_count`).
    #[schema(value_type = Vec<Object>)]
    items: Vec<Value>,
    /// The next page's cursor; null on the last page.
    next_cursor: Option<String>,
    has_more: bool,
    /// The change-feed cursor to follow once the whole snapshot is copied.
    changes_cursor: String,
}

enum Answer {
    NotModified(String),
    Page {
        etag: String,
        body: Value,
        /// The next page's query string.
        next: Option<String>,
    },
}

fn respond(state: &AppState, path: &str, answer: Answer) -> HttpResponse {
    match answer {
        Answer::NotModified(tag) => not_modified(&tag),
        Answer::Page { etag, body, next } => {
            let mut response = HttpResponse::Ok();
            response
                .insert_header((header::ETAG, etag))
                .insert_header((header::CACHE_CONTROL, "private, max-age=0"))
                .insert_header((header::VARY, "Authorization"));
            if let Some(next_query) = next {
                let link = format!("{}{path}?{next_query}", base(state));
                response.insert_header((header::LINK, format!("<{link}>; rel=\"next\"")));
            }
            response.json(body)
        }
    }
}

/// The change feed: every change to public listings after `cursor`, in order, with the
/// listing embedded for upserts. Deletions (and listings that stop being public) are
/// `op: delete` tombstones. Scope `changes:read`.
#[utoipa::path(get, path = "/federation/v1/changes", tag = "federation",
    security(("partner_key" = ["changes:read"])), params(FederationQuery),
    responses(
        (status = 200, description = "A page of changes; `Link: rel=next` when more wait", body = ChangePage,
            headers(("ETag" = String, description = "Send it back in If-None-Match"), ("Link" = String, description = "The next page, when has_more"))),
        (status = 304, description = "Nothing changed since the ETag sent in If-None-Match (not charged)"),
        (status = 403, description = "The key lacks the changes:read scope", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "The cursor is older than the change log keeps: copy the snapshots again", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn changes(
    request: HttpRequest,
    state: web::Data<AppState>,
    query: web::Query<FederationQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    let (settings, public_url) = (state.settings.clone(), base(&state));
    let credentials = Credentials::of(&request);
    let parsed_query = query.clone();
    let answer = db::run(&state.db, move |connection| {
        let key = credentials.partner(connection, "changes:read")?;
        let page = parsed_query.parse()?;
        // Read before the rows: the next cursor belongs to this epoch, so a prune that commits
        // while the rows are read expires it (see `Horizon::expires`).
        let before = change_log::horizon(connection)?;
        let newest: i64 = change_log::newest(connection)?;
        // Pruning can leave the newest kept row below the horizon: positions count from both.
        let end = newest.max(before.pruned_before);
        if page.after > end || page.epoch > before.epoch {
            return Err(AppError::field(
                "cursor",
                Invalid::new("cursor_from_future"),
            ));
        }
        let types: Vec<&str> = page.types.iter().map(ResourceType::as_str).collect();
        let rows: Vec<Change> = change_log_table::table
            .filter(change_log_table::seq.gt(page.after))
            .filter(change_log_table::resource_type.eq_any(&types))
            .order(change_log_table::seq.asc())
            .limit(page.limit + 1)
            .select(Change::as_select())
            .load(connection)?;
        // Read after the rows: a prune that committed before them is seen here.
        if change_log::horizon(connection)?.expires(page.after, page.epoch) {
            return Err(AppError::CursorExpired);
        }
        let has_more = rows.len() as i64 > page.limit;
        let rows: Vec<Change> = rows.into_iter().take(page.limit as usize).collect();
        let last = rows.last().map_or(page.after, |row| row.seq);
        // Caught up: continue from the end, past rows of other types and pruned ones.
        let next = if has_more { last } else { last.max(end) };
        let tag = etag(&[
            "changes",
            &page.after.to_string(),
            &next.to_string(),
            &newest.to_string(),
            &before.epoch.to_string(),
            &page.limit.to_string(),
            &types.join(","),
            &has_more.to_string(),
        ]);
        if names(&credentials.if_none_match, &tag) {
            return Ok(Answer::NotModified(tag));
        }
        key.charge(connection, settings.partner_requests_per_minute)?;
        let mut embedded = std::collections::HashMap::new();
        for resource_type in ResourceType::ALL {
            let uuids: Vec<String> = rows
                .iter()
                .filter(|row| row.op == ChangeOp::Upsert.as_str())
                .filter(|row| row.resource_type == resource_type.as_str())
                .map(|row| row.resource_uuid.clone())
                .collect();
            if !uuids.is_empty() {
                embedded.extend(objects::load(
                    connection,
                    *resource_type,
                    &uuids,
                    &public_url,
                )?);
            }
        }
        let items: Vec<ChangeItem> = rows
            .into_iter()
            .map(|row| ChangeItem {
                object: (row.op == ChangeOp::Upsert.as_str())
                    .then(|| embedded.get(&row.resource_uuid).cloned())
                    .flatten(),
                seq: row.seq,
                resource_type: row.resource_type,
                id: row.resource_uuid,
                op: row.op,
                version: row.version,
                updated_at: row.occurred_at.and_utc(),
            })
            .collect();
        let next_cursor = encode_cursor(next, before.epoch);
        Ok(Answer::Page {
            etag: tag,
            next: has_more.then(|| link_query(&next_cursor, &page)),
            body: serde_json::to_value(ChangePage {
                items,
                next_cursor,
                has_more,
            })
            .map_err(AppError::internal)?,
        })
    })
    .await?;
    Ok(respond(&state, "/federation/v1/changes", answer))
}

/// Every public group listing, by id, a page at a time. Scope `groups:read`.
#[utoipa::path(get, path = "/federation/v1/groups", tag = "federation",
    security(("partner_key" = ["groups:read"])), params(SnapshotQuery),
    responses(
        (status = 200, description = "A page of listings; `Link: rel=next` when more wait", body = SnapshotPage,
            headers(("ETag" = String, description = "Send it back in If-None-Match"), ("Link" = String, description = "The next page, when has_more"))),
        (status = 304, description = "Unchanged since the ETag sent in If-None-Match (not charged)"),
        (status = 403, description = "The key lacks the groups:read scope", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn groups_snapshot(
    request: HttpRequest,
    state: web::Data<AppState>,
    query: web::Query<SnapshotQuery>,
) -> AppResult<HttpResponse> {
    snapshot(
        request,
        state,
        query.into_inner().into(),
        ResourceType::Group,
    )
    .await
}

/// Every public event listing, by id, a page at a time. Scope `events:read`.
#[utoipa::path(get, path = "/federation/v1/events", tag = "federation",
    security(("partner_key" = ["events:read"])), params(SnapshotQuery),
    responses(
        (status = 200, description = "A page of listings; `Link: rel=next` when more wait", body = SnapshotPage,
            headers(("ETag" = String, description = "Send it back in If-None-Match"), ("Link" = String, description = "The next page, when has_more"))),
        (status = 304, description = "Unchanged since the ETag sent in If-None-Match (not charged)"),
        (status = 403, description = "The key lacks the events:read scope", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn events_snapshot(
    request: HttpRequest,
    state: web::Data<AppState>,
    query: web::Query<SnapshotQuery>,
) -> AppResult<HttpResponse> {
    snapshot(
        request,
        state,
        query.into_inner().into(),
        ResourceType::Event,
    )
    .await
}

/// Every public opportunity listing, by id, a page at a time. Scope `opportunities:read`.
#[utoipa::path(get, path = "/federation/v1/opportunities", tag = "federation",
    security(("partner_key" = ["opportunities:read"])), params(SnapshotQuery),
    responses(
        (status = 200, description = "A page of listings; `Link: rel=next` when more wait", body = SnapshotPage,
            headers(("ETag" = String, description = "Send it back in If-None-Match"), ("Link" = String, description = "The next page, when has_more"))),
        (status = 304, description = "Unchanged since the ETag sent in If-None-Match (not charged)"),
        (status = 403, description = "The key lacks the opportunities:read scope", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn opportunities_snapshot(
    request: HttpRequest,
    state: web::Data<AppState>,
    query: web::Query<SnapshotQuery>,
) -> AppResult<HttpResponse> {
    snapshot(
        request,
        state,
        query.into_inner().into(),
        ResourceType::Opportunity,
    )
    .await
}

/// `GET /federation/v1/{groups,events,opportunities}` (scope `<type>s:read`): every public
/// listing of one type, by id. `changes_cursor` is the change-feed position to follow from
/// once the snapshot is copied (take it from the first page).
async fn snapshot(
    request: HttpRequest,
    state: web::Data<AppState>,
    query: FederationQuery,
    resource_type: ResourceType,
) -> AppResult<HttpResponse> {
    let (settings, public_url) = (state.settings.clone(), base(&state));
    let credentials = Credentials::of(&request);
    let parsed_query = query.clone();
    let answer = db::run(&state.db, move |connection| {
        let scope = format!("{}:read", plural(resource_type));
        let key = credentials.partner(connection, &scope)?;
        let page = parsed_query.parse()?;
        // Read the feed position first: anything committed later is in the feed after it. The
        // horizon is read after it, so a prune in between cannot expire the cursor at once.
        let newest: i64 = change_log::newest(connection)?;
        let horizon = change_log::horizon(connection)?;
        let position = newest.max(horizon.pruned_before);
        let rows = objects::snapshot_page(connection, resource_type, page.after, page.limit + 1)?;
        let has_more = rows.len() as i64 > page.limit;
        let rows: Vec<objects::SnapshotRow> = rows.into_iter().take(page.limit as usize).collect();
        let versions: Vec<String> = rows
            .iter()
            .map(|row| format!("{}:{}:{}", row.uuid, row.version, row.group_version))
            .collect();
        let tag = etag(&[
            resource_type.as_str(),
            &page.after.to_string(),
            &page.limit.to_string(),
            &position.to_string(),
            &versions.join(","),
            &has_more.to_string(),
        ]);
        if names(&credentials.if_none_match, &tag) {
            return Ok(Answer::NotModified(tag));
        }
        key.charge(connection, settings.partner_requests_per_minute)?;
        let uuids: Vec<String> = rows.iter().map(|row| row.uuid.clone()).collect();
        let mut loaded = objects::load(connection, resource_type, &uuids, &public_url)?;
        let items: Vec<Value> = uuids
            .iter()
            .filter_map(|uuid| loaded.remove(uuid))
            .collect();
        let next = has_more
            .then(|| rows.last().map(|row| encode_cursor(row.id, 0)))
            .flatten();
        Ok(Answer::Page {
            etag: tag,
            next: next.as_ref().map(|cursor| link_query(cursor, &page)),
            body: serde_json::to_value(SnapshotPage {
                items,
                next_cursor: next,
                has_more,
                changes_cursor: encode_cursor(position, horizon.epoch),
            })
            .map_err(AppError::internal)?,
        })
    })
    .await?;
    let path = format!("/federation/v1/{}", plural(resource_type));
    Ok(respond(&state, &path, answer))
}

pub(super) fn plural(resource_type: ResourceType) -> &'static str {
    match resource_type {
        ResourceType::Group => "groups",
        ResourceType::Event => "events",
        ResourceType::Opportunity => "opportunities",
    }
}
