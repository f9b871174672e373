//! Listings as partners receive them: the same JSON as the public API (every translation, the
//! primary language's text in `title`/`name`), loaded in a few queries for a whole page.

use std::collections::HashMap;

use diesel::prelude::*;
use serde_json::Value;

use super::change_log::ResourceType;
use crate::db::AnyConnection;
use crate::db::schema::{events, groups, opportunities};
use crate::error::AppResult;
use crate::events::Event;
use crate::events::rsvp::Attendance;
use crate::events::view::{EventView, ViewerRights};
use crate::groups::{Group, Visibility};
use crate::opportunities::Opportunity;
use crate::opportunities::view::OpportunityView;

/// A public listing as partners receive it.
#[derive(serde::Serialize)]
#[serde(untagged)]
pub enum View {
    /// A group, as JSON already: its member count is taken out (see [`each_view`]).
    Group(Value),
    Event(Box<EventView>),
    Opportunity(Box<OpportunityView>),
}

/// The current public objects among `uuids` of one type, keyed by uuid. Listings that are gone
/// or no longer public are absent.
pub fn load(
    connection: &mut AnyConnection,
    resource_type: ResourceType,
    uuids: &[String],
    public_url: &str,
) -> AppResult<HashMap<String, Value>> {
    let mut objects = HashMap::new();
    each_view(
        connection,
        resource_type,
        uuids,
        public_url,
        &mut |uuid, view| {
            let value = match view {
                View::Group(value) => value,
                other => to_value(other)?,
            };
            objects.insert(uuid, value);
            Ok(())
        },
    )?;
    Ok(objects)
}

/// Calls `each` with the uuid and view of every current public object among `uuids` of one
/// type, in id order, loading them in a few queries.
pub fn each_view(
    connection: &mut AnyConnection,
    resource_type: ResourceType,
    uuids: &[String],
    public_url: &str,
    each: &mut dyn FnMut(String, View) -> AppResult<()>,
) -> AppResult<()> {
    let public = Visibility::Public.as_str();
    match resource_type {
        ResourceType::Group => {
            let rows: Vec<Group> = groups::table
                .filter(groups::uuid.eq_any(uuids))
                // Groups imported from peers are theirs to publish, never ours (no echo).
                .filter(crate::groups::model::ours())
                .filter(groups::visibility.eq(public))
                .filter(groups::hidden.is_null())
                .order(groups::id)
                .select(Group::as_select())
                .load(connection)?;
            let ids: Vec<i64> = rows.iter().map(|group| group.id).collect();
            let mut details = crate::groups::details_for(connection, &ids)?;
            for group in rows {
                let detail = details.remove(&group.id).unwrap_or_default();
                let uuid = group.uuid.clone();
                let view =
                    crate::groups::view::GroupView::new(group, detail, None, &[], public_url);
                let mut value = to_value(view)?;
                // Member counts change without a new version; partners get versioned facts only.
                if let Some(fields) = value.as_object_mut() {
                    fields.remove("member_count");
                }
                each(uuid, View::Group(value))?;
            }
        }
        ResourceType::Event => {
            let rows: Vec<(Event, Group)> = events::table
                // Events imported from peers are theirs to publish, never ours (no echo).
                .filter(events::imported_listing_id.is_null())
                .inner_join(groups::table)
                .filter(events::uuid.eq_any(uuids))
                .filter(groups::visibility.eq(public))
                .filter(groups::hidden.is_null())
                .filter(events::hidden.is_null())
                .order(events::id)
                .select((Event::as_select(), Group::as_select()))
                .load(connection)?;
            let ids: Vec<i64> = rows.iter().map(|(event, _)| event.id).collect();
            let mut translations = crate::events::translations_for(connection, &ids)?;
            for (event, group) in rows {
                let texts = translations.remove(&event.id).unwrap_or_default();
                let uuid = event.uuid.clone();
                let occurrence = (event.starts_at_utc, event.ends_at_utc);
                let view = EventView::new(
                    event,
                    texts,
                    &group,
                    occurrence,
                    &Attendance::default(),
                    ViewerRights::default(),
                    &[],
                    public_url,
                );
                each(uuid, View::Event(Box::new(view)))?;
            }
        }
        ResourceType::Opportunity => {
            let rows: Vec<(Opportunity, Group)> = opportunities::table
                // Opportunities imported from peers are theirs to publish (no echo).
                .filter(opportunities::imported_listing_id.is_null())
                .inner_join(groups::table)
                .filter(opportunities::uuid.eq_any(uuids))
                .filter(groups::visibility.eq(public))
                .filter(groups::hidden.is_null())
                .filter(opportunities::hidden.is_null())
                .order(opportunities::id)
                .select((Opportunity::as_select(), Group::as_select()))
                .load(connection)?;
            let ids: Vec<i64> = rows.iter().map(|(opportunity, _)| opportunity.id).collect();
            let mut details = crate::opportunities::details_for(connection, &ids)?;
            for (opportunity, group) in rows {
                let detail = details.remove(&opportunity.id).unwrap_or_default();
                let uuid = opportunity.uuid.clone();
                let view = OpportunityView::new(opportunity, detail, &group, None, &[], public_url);
                each(uuid, View::Opportunity(Box::new(view)))?;
            }
        }
    }
    Ok(())
}

/// A listing in a snapshot page: what decides its JSON (its version and its group's).
#[derive(Debug, Clone, Queryable)]
pub struct SnapshotRow {
    pub id: i64,
    pub uuid: String,
    pub version: i64,
    pub group_version: i64,
}

/// One page of a snapshot: public listings of one type after `after_id`, by id.
pub fn snapshot_page(
    connection: &mut AnyConnection,
    resource_type: ResourceType,
    after_id: i64,
    limit: i64,
) -> AppResult<Vec<SnapshotRow>> {
    let public = Visibility::Public.as_str();
    Ok(match resource_type {
        ResourceType::Group => groups::table
            .filter(crate::groups::model::ours())
            .filter(groups::visibility.eq(public))
            .filter(groups::hidden.is_null())
            .filter(groups::id.gt(after_id))
            .order(groups::id.asc())
            .limit(limit)
            .select((groups::id, groups::uuid, groups::version, groups::version))
            .load(connection)?,
        ResourceType::Event => events::table
            .filter(events::imported_listing_id.is_null())
            .inner_join(groups::table)
            .filter(groups::visibility.eq(public))
            .filter(groups::hidden.is_null())
            .filter(events::hidden.is_null())
            .filter(events::id.gt(after_id))
            .order(events::id.asc())
            .limit(limit)
            .select((events::id, events::uuid, events::version, groups::version))
            .load(connection)?,
        ResourceType::Opportunity => opportunities::table
            .filter(opportunities::imported_listing_id.is_null())
            .inner_join(groups::table)
            .filter(groups::visibility.eq(public))
            .filter(groups::hidden.is_null())
            .filter(opportunities::hidden.is_null())
            .filter(opportunities::id.gt(after_id))
            .order(opportunities::id.asc())
            .limit(limit)
            .select((
                opportunities::id,
                opportunities::uuid,
                opportunities::version,
                groups::version,
            ))
            .load(connection)?,
    })
}

fn to_value(view: impl serde::Serialize) -> AppResult<Value> {
    serde_json::to_value(view).map_err(crate::error::AppError::internal)
}
