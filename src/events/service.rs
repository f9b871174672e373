//! The rules for events: organizers of the group create, edit, cancel and delete them; anyone
//! who may see the group may see its events. Authorization goes through the group policy.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;

use super::input::EventFields;
use super::model::{Event, EventStatus, EventTranslation, translations_for};
use super::notices;
use super::occurrences::{self, Move};
use super::rsvp::{self, Attendance, DateAttendance};
use crate::auth::session::Identity;
use crate::db::schema::{event_translations, events};
use crate::db::search::{self, SearchIndex};
use crate::db::{self, AnyConnection, write_transaction};
use crate::error::{AppError, AppResult};
use crate::federation::change_log::{self, ChangeOp, ResourceType};
use crate::groups::policy::{GroupAction, authorize};
use crate::groups::{Group, GroupDetails, Membership};
use crate::state::AppState;

/// An event with everything needed to show it to one viewer.
#[derive(Debug, Clone)]
pub struct LoadedEvent {
    pub event: Event,
    pub translations: Vec<EventTranslation>,
    pub group: Group,
    pub group_details: GroupDetails,
    /// The viewer's membership in the group.
    pub membership: Option<Membership>,
    /// Counts of the next date still ahead (else the last), and the viewer's answer to it.
    pub attendance: Attendance,
    /// The date whose times a view shows (UTC): an event's first date, or the one answered.
    pub occurrence: (NaiveDateTime, NaiveDateTime),
    /// The dates still ahead with their counts and the viewer's answers (loaded for one
    /// event's page and API object; empty in lists).
    pub dates: Vec<DateAttendance>,
}

impl LoadedEvent {
    /// Whether the viewer organizes the group.
    pub fn viewer_organizes(&self) -> bool {
        self.membership.as_ref().is_some_and(Membership::can_manage)
    }
}

/// Creates an event in the group `slug` (organizers).
pub async fn create(
    state: &AppState,
    identity: &Identity,
    slug: &str,
    fields: EventFields,
) -> AppResult<LoadedEvent> {
    crate::accounts::verification::require_for_publishing(state, identity)?;
    let (slug, user_id) = (slug.to_owned(), identity.user.id);
    let (user, settings) = (identity.user.clone(), state.settings.clone());
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            change_log::lock(connection)?;
            let group = crate::groups::service::find(connection, &slug, Some(user_id))?;
            authorize(
                &group.group,
                group.membership.as_ref(),
                true,
                GroupAction::Edit,
            )?;
            crate::accounts::trust::check_new_account_limit(connection, &settings, &user)?;
            let event_id = insert_placeholder(
                connection,
                NewRow {
                    group_id: group.group.id,
                    status: EventStatus::Scheduled,
                    version: 1,
                    created_by: Some(user_id),
                    imported: None,
                },
            )?;
            write_fields(connection, event_id, group.group.id, &fields, &[])?;
            {
                let loaded = load_by_id(connection, event_id, Some(user_id))?;
                announce(connection, loaded)
            }
        })
    })
    .await
}

/// What a new event row starts with; [`write_fields`] fills in the rest.
pub(crate) struct NewRow {
    pub group_id: i64,
    pub status: EventStatus,
    pub version: i64,
    pub created_by: Option<i64>,
    /// For an event imported from a peer: its imported listing and the original's page.
    pub imported: Option<(i64, Option<String>)>,
}

/// Inserts a new event row with placeholders where [`write_fields`] writes next (in the same
/// transaction); its id.
pub(crate) fn insert_placeholder(
    connection: &mut AnyConnection,
    row: NewRow,
) -> diesel::QueryResult<i64> {
    let now = Utc::now().naive_utc();
    let (imported_listing_id, origin_url) = row.imported.unzip();
    diesel::insert_into(events::table)
        .values((
            events::uuid.eq(uuid::Uuid::now_v7().to_string()),
            events::group_id.eq(row.group_id),
            events::status.eq(row.status.as_str()),
            events::version.eq(row.version),
            events::created_at.eq(now),
            events::created_by.eq(row.created_by),
            events::updated_at.eq(now),
            events::imported_listing_id.eq(imported_listing_id),
            events::origin_url.eq(origin_url.flatten()),
            events::primary_language.eq(""),
            events::timezone.eq("UTC"),
            events::local_start.eq(now),
            events::local_end.eq(now),
            events::starts_at_utc.eq(now),
            events::ends_at_utc.eq(now),
            events::series_ends_at_utc.eq(now),
            events::attendance_mode.eq("in_person"),
        ))
        .returning(events::id)
        .get_result(connection)
}

/// Loads an event the viewer may see, or `not_found`.
pub async fn load(
    state: &AppState,
    viewer: Option<&Identity>,
    uuid: &str,
) -> AppResult<LoadedEvent> {
    let (uuid, viewer_id) = (uuid.to_owned(), viewer.map(|identity| identity.user.id));
    db::read(&state.db, move |connection| {
        match find(connection, &uuid, viewer_id) {
            // Moderators still open what moderation hid (and nothing else they may not see).
            Err(AppError::NotFound)
                if crate::moderation::policy::moderates(connection, viewer_id)? =>
            {
                let Some(event) = Event::find_by_uuid(connection, &uuid)? else {
                    return Err(AppError::NotFound);
                };
                let loaded = assemble(connection, event, viewer_id)?;
                if loaded.event.hidden.is_some() || loaded.group.hidden.is_some() {
                    Ok(loaded)
                } else {
                    Err(AppError::NotFound)
                }
            }
            found => found,
        }
    })
    .await
}

/// Replaces an event's fields (organizers); bumps the version.
pub async fn update(
    state: &AppState,
    identity: &Identity,
    uuid: &str,
    fields: EventFields,
) -> AppResult<LoadedEvent> {
    let (uuid, user_id, state) = (uuid.to_owned(), identity.user.id, state.clone());
    db::run(&state.db.clone(), move |connection| {
        write_transaction(connection, |connection| {
            change_log::lock(connection)?;
            let loaded = editable(connection, &uuid, user_id)?;
            super::reschedule::tell_cancelled_dates(
                connection,
                &state,
                &loaded.event,
                &fields,
                user_id,
            )?;
            let moves = loaded.event.moves();
            write_fields(
                connection,
                loaded.event.id,
                loaded.group.id,
                &fields,
                &moves,
            )?;
            bump(connection, loaded.event.id)?;
            let before = loaded.event;
            let loaded = load_by_id(connection, before.id, Some(user_id))?;
            if notices::time_or_place_changed(&before, &loaded.event) {
                notices::changed(connection, &state, &loaded.event, user_id)?;
            }
            // More seats may free the waitlist.
            rsvp::promote_on_every_date(connection, &state, loaded.event.id, fields.capacity)?;
            let loaded = load_by_id(connection, loaded.event.id, Some(user_id))?;
            announce(connection, loaded)
        })
    })
    .await
}

/// Cancels an event (organizers); it stays listed and in feeds as cancelled.
pub async fn cancel(state: &AppState, identity: &Identity, uuid: &str) -> AppResult<LoadedEvent> {
    let (uuid, user_id, state) = (uuid.to_owned(), identity.user.id, state.clone());
    db::run(&state.db.clone(), move |connection| {
        write_transaction(connection, |connection| {
            change_log::lock(connection)?;
            let loaded = editable(connection, &uuid, user_id)?;
            let was_scheduled = loaded.event.status() == EventStatus::Scheduled;
            diesel::update(events::table.find(loaded.event.id))
                .set(events::status.eq(EventStatus::Cancelled.as_str()))
                .execute(connection)?;
            bump(connection, loaded.event.id)?;
            if was_scheduled {
                notices::cancelled(connection, &state, &loaded.event, user_id)?;
            }
            {
                let loaded = load_by_id(connection, loaded.event.id, Some(user_id))?;
                announce(connection, loaded)
            }
        })
    })
    .await
}

/// Deletes an event (organizers).
pub async fn delete(state: &AppState, identity: &Identity, uuid: &str) -> AppResult<()> {
    let (uuid, user_id) = (uuid.to_owned(), identity.user.id);
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            change_log::lock(connection)?;
            let loaded = editable(connection, &uuid, user_id)?;
            search::remove(connection, SearchIndex::Events, loaded.event.id)?;
            diesel::delete(events::table.find(loaded.event.id)).execute(connection)?;
            change_log::record_deletion(
                connection,
                &loaded.group,
                ResourceType::Event,
                &loaded.event.uuid,
                loaded.event.version + 1,
            )?;
            Ok(())
        })
    })
    .await
}

/// Tells partners about the new state of a public event (last, inside the transaction).
pub(super) fn announce(
    connection: &mut AnyConnection,
    loaded: LoadedEvent,
) -> AppResult<LoadedEvent> {
    change_log::record_in_group(
        connection,
        &loaded.group,
        ResourceType::Event,
        &loaded.event.uuid,
        ChangeOp::Upsert,
        loaded.event.version,
    )?;
    Ok(loaded)
}

pub(super) fn bump(connection: &mut AnyConnection, event_id: i64) -> QueryResult<usize> {
    diesel::update(events::table.find(event_id))
        .set((
            events::version.eq(events::version + 1),
            events::updated_at.eq(Utc::now().naive_utc()),
        ))
        .execute(connection)
}

/// Loads an event that `user_id` may edit (an organizer of its group), or the error that says
/// why not: the one place an event is authorized for its organizers' actions.
pub(crate) fn editable(
    connection: &mut AnyConnection,
    uuid: &str,
    user_id: i64,
) -> AppResult<LoadedEvent> {
    let loaded = find(connection, uuid, Some(user_id))?;
    authorize(
        &loaded.group,
        loaded.membership.as_ref(),
        true,
        GroupAction::Edit,
    )?;
    Ok(loaded)
}

/// Loads an event by public id and checks the viewer may see it.
pub(crate) fn find(
    connection: &mut AnyConnection,
    uuid: &str,
    viewer_id: Option<i64>,
) -> AppResult<LoadedEvent> {
    let Some(event) = Event::find_by_uuid(connection, uuid)? else {
        return Err(change_log::missing(connection, ResourceType::Event, uuid));
    };
    load_by_id(connection, event.id, viewer_id)
}

pub(super) fn load_by_id(
    connection: &mut AnyConnection,
    event_id: i64,
    viewer_id: Option<i64>,
) -> AppResult<LoadedEvent> {
    let event: Event = events::table
        .find(event_id)
        .select(Event::as_select())
        .first(connection)?;
    let loaded = assemble(connection, event, viewer_id)?;
    authorize(
        &loaded.group,
        loaded.membership.as_ref(),
        viewer_id.is_some(),
        GroupAction::View,
    )?;
    // Hidden by moderation: only the group's owners and organizers still see it.
    if loaded.event.hidden.is_some() && !loaded.viewer_organizes() {
        return Err(AppError::NotFound);
    }
    Ok(loaded)
}

/// An event with its group, texts and attendance, for `viewer_id` (no authorization).
fn assemble(
    connection: &mut AnyConnection,
    event: Event,
    viewer_id: Option<i64>,
) -> AppResult<LoadedEvent> {
    let event_id = event.id;
    let group = crate::groups::service::find_by_id(connection, event.group_id, viewer_id)?;
    let translations = translations_for(connection, &[event_id])?
        .remove(&event_id)
        .unwrap_or_default();
    let dates = super::attendance::dates_of(connection, &event, viewer_id)?;
    let attendance = dates
        .first()
        .map(|date| date.attendance.clone())
        .unwrap_or_default();
    Ok(LoadedEvent {
        occurrence: (event.starts_at_utc, event.ends_at_utc),
        dates,
        event,
        translations,
        group: group.group,
        group_details: group.details,
        membership: group.membership,
        attendance,
    })
}

/// Writes every field, the translations, the dates (with `moves` applied; answers follow
/// their dates) and the search text.
pub(crate) fn write_fields(
    connection: &mut AnyConnection,
    event_id: i64,
    group_id: i64,
    fields: &EventFields,
    moves: &[Move],
) -> AppResult<()> {
    let schedule = &fields.schedule;
    let (first_start, first_end) = schedule
        .occurrences
        .first()
        .copied()
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("no occurrence")))?;
    let country = fields.country.as_ref().map(|country| country.as_str());
    let (moves, dates) = occurrences::replace(
        connection,
        event_id,
        group_id,
        country,
        &schedule.occurrences,
        schedule.zone,
        moves,
    )?;
    // A date moved later may end the series later.
    let series_end = dates
        .iter()
        .map(|date| date.ends_at)
        .max()
        .unwrap_or(first_end.naive_utc());
    let exceptions: Vec<String> = schedule
        .exceptions
        .iter()
        .map(|local| local.format("%Y-%m-%dT%H:%M:%S").to_string())
        .collect();
    diesel::update(events::table.find(event_id))
        .set((
            events::primary_language.eq(fields.primary_language.as_str()),
            events::timezone.eq(schedule.zone.name()),
            events::local_start.eq(schedule.local_start),
            events::local_end.eq(schedule.local_end),
            events::starts_at_utc.eq(first_start.naive_utc()),
            events::ends_at_utc.eq(first_end.naive_utc()),
            events::all_day.eq(schedule.all_day),
            events::rrule.eq(schedule.rrule.as_deref()),
            events::exdates.eq(serde_json::to_string(&exceptions).unwrap_or_else(|_| "[]".into())),
            events::series_ends_at_utc.eq(series_end),
            events::moved_occurrences
                .eq(serde_json::to_string(&moves).unwrap_or_else(|_| "[]".into())),
            events::attendance_mode.eq(fields.attendance_mode.as_str()),
            events::venue_name.eq(fields.venue_name.as_deref()),
            events::venue_address.eq(fields.venue_address.as_deref()),
            events::city.eq(fields.city.as_ref().map(|city| city.as_str())),
            events::country.eq(fields.country.as_ref().map(|country| country.as_str())),
            events::online_url.eq(fields.online_url.as_ref().map(|url| url.as_str())),
            events::capacity.eq(fields.capacity),
        ))
        .execute(connection)?;
    diesel::delete(event_translations::table.filter(event_translations::event_id.eq(event_id)))
        .execute(connection)?;
    for text in &fields.texts {
        diesel::insert_into(event_translations::table)
            .values((
                event_translations::event_id.eq(event_id),
                event_translations::language.eq(text.language.as_str()),
                event_translations::title.eq(&text.title),
                event_translations::description.eq(&text.description),
            ))
            .execute(connection)?;
    }
    let text: Vec<String> = fields
        .texts
        .iter()
        .map(|text| format!("{} {}", text.title, text.description))
        .collect();
    search::index(connection, SearchIndex::Events, event_id, &text.join("\n"))?;
    Ok(())
}
