//! The rules for opportunities: organizers of the group publish, edit, close and delete them;
//! anyone who may see the group may see them. Authorization goes through [`super::policy`].

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;

use super::input::OpportunityFields;
use super::interest::{self, Interest};
use super::model::{Opportunity, OpportunityDetails, OpportunityStatus, details_for};
use super::policy::{OpportunityAction, authorize, conflict};
use crate::auth::session::Identity;
use crate::db::schema::{
    opportunities, opportunity_languages, opportunity_skills, opportunity_translations,
};
use crate::db::search::{self, SearchIndex};
use crate::db::{self, AnyConnection, write_transaction};
use crate::error::{AppError, AppResult};
use crate::federation::change_log::{self, ChangeOp, ResourceType};
use crate::groups::{Group, GroupDetails, Membership};
use crate::state::AppState;

/// An opportunity with everything needed to show it to one viewer.
#[derive(Debug, Clone)]
pub struct LoadedOpportunity {
    pub opportunity: Opportunity,
    pub details: OpportunityDetails,
    pub group: Group,
    pub group_details: GroupDetails,
    /// The viewer's membership in the group.
    pub membership: Option<Membership>,
    /// The viewer's own expression of interest.
    pub my_interest: Option<Interest>,
}

impl LoadedOpportunity {
    /// Whether the viewer may edit it and see who is interested.
    pub fn viewer_organizes(&self) -> bool {
        self.membership.as_ref().is_some_and(Membership::can_manage)
    }

    /// Checks `action` for the viewer (signed in when `signed_in`).
    pub fn authorize(&self, signed_in: bool, action: OpportunityAction) -> AppResult<()> {
        authorize(
            &self.group,
            self.membership.as_ref(),
            signed_in,
            Some(&self.opportunity),
            action,
            now(),
        )
    }
}

fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

/// Publishes an opportunity in the group `slug` (organizers). Without a heritage country it
/// takes the group's.
pub async fn create(
    state: &AppState,
    identity: &Identity,
    slug: &str,
    mut fields: OpportunityFields,
) -> AppResult<LoadedOpportunity> {
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
                None,
                OpportunityAction::Edit,
                now(),
            )?;
            crate::accounts::trust::check_new_account_limit(connection, &settings, &user)?;
            if fields.heritage_country.is_none() {
                fields.heritage_country = group
                    .group
                    .heritage_country
                    .as_deref()
                    .and_then(|code| crate::domain::CountryCode::parse(code).ok());
            }
            let now = now();
            let id: i64 = diesel::insert_into(opportunities::table)
                .values((
                    opportunities::uuid.eq(uuid::Uuid::now_v7().to_string()),
                    opportunities::group_id.eq(group.group.id),
                    opportunities::version.eq(1_i64),
                    opportunities::created_at.eq(now),
                    opportunities::created_by.eq(user_id),
                    opportunities::updated_at.eq(now),
                    // Filled in by `write_fields` below.
                    opportunities::kind.eq(fields.kind.as_str()),
                    opportunities::primary_language.eq(""),
                    opportunities::expires_at.eq(now),
                    opportunities::status.eq(OpportunityStatus::Open.as_str()),
                ))
                .returning(opportunities::id)
                .get_result(connection)?;
            write_fields(connection, id, &fields)?;
            {
                let loaded = load_by_id(connection, id, Some(user_id))?;
                announce(connection, loaded)
            }
        })
    })
    .await
}

/// Loads an opportunity the viewer may see, or `not_found`.
pub async fn load(
    state: &AppState,
    viewer: Option<&Identity>,
    uuid: &str,
) -> AppResult<LoadedOpportunity> {
    let (uuid, viewer_id) = (uuid.to_owned(), viewer.map(|identity| identity.user.id));
    db::run(&state.db, move |connection| {
        match find(connection, &uuid, viewer_id) {
            // Moderators still open what moderation hid (and nothing else they may not see).
            Err(AppError::NotFound)
                if crate::moderation::policy::moderates(connection, viewer_id)? =>
            {
                let id: Option<i64> = opportunities::table
                    .filter(opportunities::uuid.eq(&uuid))
                    .filter(opportunities::imported_listing_id.is_null())
                    .select(opportunities::id)
                    .first(connection)
                    .optional()?;
                let loaded = assemble(connection, id.ok_or(AppError::NotFound)?, viewer_id)?;
                if loaded.opportunity.hidden.is_some() || loaded.group.hidden.is_some() {
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

/// Replaces an opportunity's fields (organizers); bumps the version.
pub async fn update(
    state: &AppState,
    identity: &Identity,
    uuid: &str,
    fields: OpportunityFields,
) -> AppResult<LoadedOpportunity> {
    let (uuid, user_id) = (uuid.to_owned(), identity.user.id);
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            change_log::lock(connection)?;
            let loaded = find(connection, &uuid, Some(user_id))?;
            loaded.authorize(true, OpportunityAction::Edit)?;
            write_fields(connection, loaded.opportunity.id, &fields)?;
            bump(connection, loaded.opportunity.id)?;
            let loaded = load_by_id(connection, loaded.opportunity.id, Some(user_id))?;
            announce(connection, loaded)
        })
    })
    .await
}

/// Closes, marks filled or reopens an opportunity (organizers); reopening needs an expiry
/// still ahead.
pub async fn set_status(
    state: &AppState,
    identity: &Identity,
    uuid: &str,
    status: OpportunityStatus,
) -> AppResult<LoadedOpportunity> {
    let (uuid, user_id) = (uuid.to_owned(), identity.user.id);
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            change_log::lock(connection)?;
            let loaded = find(connection, &uuid, Some(user_id))?;
            loaded.authorize(true, OpportunityAction::Edit)?;
            if status == OpportunityStatus::Open && loaded.opportunity.expires_at <= now() {
                return Err(conflict("opportunity_expired"));
            }
            diesel::update(opportunities::table.find(loaded.opportunity.id))
                .set(opportunities::status.eq(status.as_str()))
                .execute(connection)?;
            bump(connection, loaded.opportunity.id)?;
            let loaded = load_by_id(connection, loaded.opportunity.id, Some(user_id))?;
            announce(connection, loaded)
        })
    })
    .await
}

/// Deletes an opportunity and the interests in it (organizers).
pub async fn delete(state: &AppState, identity: &Identity, uuid: &str) -> AppResult<Group> {
    let (uuid, user_id) = (uuid.to_owned(), identity.user.id);
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            change_log::lock(connection)?;
            let loaded = find(connection, &uuid, Some(user_id))?;
            loaded.authorize(true, OpportunityAction::Edit)?;
            search::remove(
                connection,
                SearchIndex::Opportunities,
                loaded.opportunity.id,
            )?;
            diesel::delete(opportunities::table.find(loaded.opportunity.id)).execute(connection)?;
            change_log::record_deletion(
                connection,
                &loaded.group,
                ResourceType::Opportunity,
                &loaded.opportunity.uuid,
                loaded.opportunity.version + 1,
            )?;
            Ok(loaded.group)
        })
    })
    .await
}

/// Tells partners about the new state of a public opportunity (last, inside the transaction).
fn announce(
    connection: &mut AnyConnection,
    loaded: LoadedOpportunity,
) -> AppResult<LoadedOpportunity> {
    change_log::record_in_group(
        connection,
        &loaded.group,
        ResourceType::Opportunity,
        &loaded.opportunity.uuid,
        ChangeOp::Upsert,
        loaded.opportunity.version,
    )?;
    Ok(loaded)
}

fn bump(connection: &mut AnyConnection, id: i64) -> QueryResult<usize> {
    diesel::update(opportunities::table.find(id))
        .set((
            opportunities::version.eq(opportunities::version + 1),
            opportunities::updated_at.eq(now()),
        ))
        .execute(connection)
}

/// Loads an opportunity by public id and checks the viewer may see it.
pub(crate) fn find(
    connection: &mut AnyConnection,
    uuid: &str,
    viewer_id: Option<i64>,
) -> AppResult<LoadedOpportunity> {
    let Some(opportunity) = Opportunity::find_by_uuid(connection, uuid)? else {
        return Err(change_log::missing(
            connection,
            ResourceType::Opportunity,
            uuid,
        ));
    };
    load_by_id(connection, opportunity.id, viewer_id)
}

fn load_by_id(
    connection: &mut AnyConnection,
    id: i64,
    viewer_id: Option<i64>,
) -> AppResult<LoadedOpportunity> {
    let loaded = assemble(connection, id, viewer_id)?;
    loaded.authorize(viewer_id.is_some(), OpportunityAction::View)?;
    Ok(loaded)
}

/// An opportunity with its group, details and the viewer's interest (no authorization).
fn assemble(
    connection: &mut AnyConnection,
    id: i64,
    viewer_id: Option<i64>,
) -> AppResult<LoadedOpportunity> {
    let opportunity: Opportunity = opportunities::table
        .find(id)
        .select(Opportunity::as_select())
        .first(connection)?;
    let group = crate::groups::service::find_by_id(connection, opportunity.group_id, viewer_id)?;
    let details = details_for(connection, &[id])?
        .remove(&id)
        .unwrap_or_default();
    let my_interest = match viewer_id {
        Some(user_id) => interest::find(connection, id, user_id)?,
        None => None,
    };
    Ok(LoadedOpportunity {
        opportunity,
        details,
        group: group.group,
        group_details: group.details,
        membership: group.membership,
        my_interest,
    })
}

/// Writes every field, the translations, skills and languages, and the search text.
pub(crate) fn write_fields(
    connection: &mut AnyConnection,
    id: i64,
    fields: &OpportunityFields,
) -> AppResult<()> {
    let code = |country: &Option<crate::domain::CountryCode>| {
        country.as_ref().map(|c| c.as_str().to_owned())
    };
    diesel::update(opportunities::table.find(id))
        .set((
            opportunities::kind.eq(fields.kind.as_str()),
            opportunities::primary_language.eq(fields.primary_language.as_str()),
            opportunities::heritage_country.eq(code(&fields.heritage_country)),
            opportunities::country.eq(code(&fields.country)),
            opportunities::city.eq(fields.city.as_ref().map(|city| city.as_str())),
            opportunities::remote.eq(fields.remote),
            opportunities::commitment.eq(fields.commitment.as_deref()),
            opportunities::compensation.eq(fields.compensation.as_deref()),
            opportunities::accepts_interest.eq(fields.accepts_interest),
            opportunities::apply_url.eq(fields.apply_url.as_ref().map(|url| url.as_str())),
            opportunities::expires_at.eq(fields.expires_at),
            opportunities::timezone.eq(fields.timezone.name()),
            opportunities::status.eq(fields.status.as_str()),
        ))
        .execute(connection)?;
    diesel::delete(
        opportunity_translations::table.filter(opportunity_translations::opportunity_id.eq(id)),
    )
    .execute(connection)?;
    for text in &fields.texts {
        diesel::insert_into(opportunity_translations::table)
            .values((
                opportunity_translations::opportunity_id.eq(id),
                opportunity_translations::language.eq(text.language.as_str()),
                opportunity_translations::title.eq(&text.title),
                opportunity_translations::description.eq(&text.description),
            ))
            .execute(connection)?;
    }
    diesel::delete(opportunity_skills::table.filter(opportunity_skills::opportunity_id.eq(id)))
        .execute(connection)?;
    for skill in &fields.skills {
        diesel::insert_into(opportunity_skills::table)
            .values((
                opportunity_skills::opportunity_id.eq(id),
                opportunity_skills::skill.eq(skill.as_str()),
            ))
            .execute(connection)?;
    }
    diesel::delete(
        opportunity_languages::table.filter(opportunity_languages::opportunity_id.eq(id)),
    )
    .execute(connection)?;
    for language in &fields.languages {
        diesel::insert_into(opportunity_languages::table)
            .values((
                opportunity_languages::opportunity_id.eq(id),
                opportunity_languages::language.eq(language.as_str()),
            ))
            .execute(connection)?;
    }
    let mut text: Vec<String> = fields
        .texts
        .iter()
        .map(|text| format!("{} {}", text.title, text.description))
        .collect();
    text.extend(fields.skills.iter().map(|skill| skill.as_str().to_owned()));
    search::index(connection, SearchIndex::Opportunities, id, &text.join("\n"))?;
    Ok(())
}
