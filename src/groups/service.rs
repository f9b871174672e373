//! The rules for groups: creating, reading, editing and deleting. Authorization is asked of
//! [`super::policy::authorize`] in every function.

use chrono::Utc;
use diesel::prelude::*;

use super::input::GroupChanges;
use super::model::{Group, GroupDetails, MemberRole, MemberStatus, Membership, details_for};
use super::policy::{GroupAction, authorize};
use crate::auth::session::Identity;
use crate::db::schema::{group_languages, group_topics, group_translations, groups, memberships};
use crate::db::search::{self, SearchIndex};
use crate::db::{self, AnyConnection, write_transaction};
use crate::domain::{Invalid, Slug};
use crate::error::{AppError, AppResult, FieldError};
use crate::federation::change_log::{self, ChangeOp, ResourceType};
use crate::state::AppState;

/// A group with everything needed to show it to one viewer.
#[derive(Debug, Clone)]
pub struct LoadedGroup {
    pub group: Group,
    pub details: GroupDetails,
    /// The viewer's membership, in any status.
    pub membership: Option<Membership>,
}

/// Creates a group; the creator becomes its owner.
pub async fn create(
    state: &AppState,
    identity: &Identity,
    changes: GroupChanges,
) -> AppResult<LoadedGroup> {
    crate::accounts::verification::require_for_publishing(state, identity)?;
    let (user_id, user, settings) = (
        identity.user.id,
        identity.user.clone(),
        state.settings.clone(),
    );
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            change_log::lock(connection)?;
            crate::accounts::trust::check_new_account_limit(connection, &settings, &user)?;
            let primary = changes
                .primary_language
                .clone()
                .ok_or_else(|| AppError::field("primary_language", Invalid::required()))?;
            let slug = match &changes.slug {
                Some(slug) if slug_taken(connection, slug.as_str(), None)? => {
                    return Err(slug_conflict());
                }
                Some(slug) => slug.clone(),
                None => unique_slug(connection, changes.slug_source().unwrap_or_default())?,
            };
            let now = Utc::now().naive_utc();
            let group_id: i64 = diesel::insert_into(groups::table)
                .values((
                    groups::uuid.eq(uuid::Uuid::now_v7().to_string()),
                    groups::slug.eq(slug.as_str()),
                    groups::primary_language.eq(primary.as_str()),
                    groups::visibility.eq(changes.visibility.map_or("public", |v| v.as_str())),
                    groups::join_policy.eq(changes.join_policy.map_or("open", |p| p.as_str())),
                    groups::member_count.eq(1_i64),
                    groups::version.eq(1_i64),
                    groups::created_at.eq(now),
                    groups::created_by.eq(user_id),
                    groups::updated_at.eq(now),
                ))
                .returning(groups::id)
                .get_result(connection)?;
            apply_changes(connection, group_id, &changes)?;
            diesel::insert_into(memberships::table)
                .values((
                    memberships::group_id.eq(group_id),
                    memberships::user_id.eq(user_id),
                    memberships::role.eq(MemberRole::Owner.as_str()),
                    memberships::status.eq(MemberStatus::Active.as_str()),
                    memberships::created_at.eq(now),
                    memberships::updated_at.eq(now),
                ))
                .execute(connection)?;
            let created = find_by_id(connection, group_id, Some(user_id))?;
            change_log::record_in_group(
                connection,
                &created.group,
                ResourceType::Group,
                &created.group.uuid,
                ChangeOp::Upsert,
                created.group.version,
            )?;
            Ok(created)
        })
    })
    .await
}

/// Loads a group the viewer may see, or `not_found`.
pub async fn load(
    state: &AppState,
    viewer: Option<&Identity>,
    slug: &str,
) -> AppResult<LoadedGroup> {
    let (slug, viewer_id) = (slug.to_owned(), viewer.map(|identity| identity.user.id));
    db::read(&state.db, move |connection| {
        let loaded = find(connection, &slug, viewer_id)?;
        match authorize(
            &loaded.group,
            loaded.membership.as_ref(),
            viewer_id.is_some(),
            GroupAction::View,
        ) {
            Ok(()) => Ok(loaded),
            // Moderators still open what moderation hid.
            Err(AppError::NotFound)
                if loaded.group.hidden.is_some()
                    && crate::moderation::policy::moderates(connection, viewer_id)? =>
            {
                Ok(loaded)
            }
            Err(error) => Err(error),
        }
    })
    .await
}

/// Applies changes (owners and organizers); bumps the version.
pub async fn update(
    state: &AppState,
    identity: &Identity,
    slug: &str,
    changes: GroupChanges,
) -> AppResult<LoadedGroup> {
    let (slug, user_id) = (slug.to_owned(), identity.user.id);
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            change_log::lock(connection)?;
            let loaded = find(connection, &slug, Some(user_id))?;
            authorize(
                &loaded.group,
                loaded.membership.as_ref(),
                true,
                GroupAction::Edit,
            )?;
            let group_id = loaded.group.id;
            if let Some(new_slug) = &changes.slug {
                if slug_taken(connection, new_slug.as_str(), Some(group_id))? {
                    return Err(slug_conflict());
                }
                diesel::update(groups::table.find(group_id))
                    .set(groups::slug.eq(new_slug.as_str()))
                    .execute(connection)?;
            }
            if let Some(primary) = &changes.primary_language {
                let translations_have_it = match &changes.translations {
                    Some(translations) => translations.iter().any(|t| &t.language == primary),
                    None => loaded
                        .details
                        .translations
                        .iter()
                        .any(|t| t.language == primary.as_str()),
                };
                if !translations_have_it {
                    return Err(AppError::field(
                        "primary_language",
                        Invalid::new("primary_translation_missing"),
                    ));
                }
                diesel::update(groups::table.find(group_id))
                    .set(groups::primary_language.eq(primary.as_str()))
                    .execute(connection)?;
            }
            if let Some(visibility) = changes.visibility {
                diesel::update(groups::table.find(group_id))
                    .set(groups::visibility.eq(visibility.as_str()))
                    .execute(connection)?;
            }
            if let Some(policy) = changes.join_policy {
                diesel::update(groups::table.find(group_id))
                    .set(groups::join_policy.eq(policy.as_str()))
                    .execute(connection)?;
            }
            apply_changes(connection, group_id, &changes)?;
            diesel::update(groups::table.find(group_id))
                .set((
                    groups::version.eq(groups::version + 1),
                    groups::updated_at.eq(Utc::now().naive_utc()),
                ))
                .execute(connection)?;
            let updated = find_by_id(connection, group_id, Some(user_id))?;
            announce_update(connection, &loaded.group, &updated.group)?;
            Ok(updated)
        })
    })
    .await
}

/// Deletes a group and everything in it (owners only).
pub async fn delete(state: &AppState, identity: &Identity, slug: &str) -> AppResult<()> {
    let (slug, user_id) = (slug.to_owned(), identity.user.id);
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            change_log::lock(connection)?;
            let loaded = find(connection, &slug, Some(user_id))?;
            authorize(
                &loaded.group,
                loaded.membership.as_ref(),
                true,
                GroupAction::Own,
            )?;
            delete_group_rows(connection, loaded.group.id)
        })
    })
    .await
}

/// Tells partners what a group update means for them: an update while public; everything in
/// the group appearing or disappearing when it becomes public or stops being public.
fn announce_update(connection: &mut AnyConnection, before: &Group, after: &Group) -> AppResult<()> {
    let public = Group::listed;
    match (public(before), public(after)) {
        // Events and opportunities show their group's slug and URL: a new slug changes them too.
        (true, true) if before.slug != after.slug => {
            change_log::record_group_with_contents(connection, after.id, ChangeOp::Upsert)?
        }
        (true, true) => change_log::record(
            connection,
            ResourceType::Group,
            &after.uuid,
            ChangeOp::Upsert,
            after.version,
        )?,
        (true, false) => {
            change_log::record_group_with_contents(connection, after.id, ChangeOp::Delete)?
        }
        (false, true) => {
            change_log::record_group_with_contents(connection, after.id, ChangeOp::Upsert)?
        }
        (false, false) => {}
    }
    Ok(())
}

/// Deletes a group with its events and opportunities and their search entries (FTS5 rows have
/// no cascade); partners get deletions and the URLs answer 410 when it was public.
pub(crate) fn delete_group_rows(connection: &mut AnyConnection, group_id: i64) -> AppResult<()> {
    use crate::db::schema::{events, opportunities};
    let group: Group = groups::table
        .find(group_id)
        .select(Group::as_select())
        .first(connection)?;
    if group.listed() {
        change_log::record_group_with_contents(connection, group_id, ChangeOp::Delete)?;
        change_log::bury_group_with_contents(connection, group_id)?;
    }
    let opportunity_ids: Vec<i64> = opportunities::table
        .filter(opportunities::group_id.eq(group_id))
        .select(opportunities::id)
        .load(connection)?;
    for opportunity_id in opportunity_ids {
        search::remove(connection, SearchIndex::Opportunities, opportunity_id)?;
    }
    let event_ids: Vec<i64> = events::table
        .filter(events::group_id.eq(group_id))
        .select(events::id)
        .load(connection)?;
    for event_id in event_ids {
        search::remove(connection, SearchIndex::Events, event_id)?;
    }
    search::remove(connection, SearchIndex::Groups, group_id)?;
    diesel::delete(groups::table.find(group_id)).execute(connection)?;
    Ok(())
}

/// Loads a group by slug with its details and the viewer's membership (no authorization).
pub(crate) fn find(
    connection: &mut AnyConnection,
    slug: &str,
    viewer_id: Option<i64>,
) -> AppResult<LoadedGroup> {
    let Some(group) = Group::find_by_slug(connection, slug)? else {
        return Err(change_log::missing(connection, ResourceType::Group, slug));
    };
    find_by_id(connection, group.id, viewer_id)
}

/// Loads a group by id with its details and the viewer's membership (no authorization).
pub(crate) fn find_by_id(
    connection: &mut AnyConnection,
    group_id: i64,
    viewer_id: Option<i64>,
) -> AppResult<LoadedGroup> {
    let group: Group = groups::table
        .find(group_id)
        .select(Group::as_select())
        .first(connection)?;
    let details = details_for(connection, &[group_id])?
        .remove(&group_id)
        .unwrap_or_default();
    let membership = match viewer_id {
        Some(user_id) => Membership::find(connection, group_id, user_id)?,
        None => None,
    };
    Ok(LoadedGroup {
        group,
        details,
        membership,
    })
}

/// Writes the optional fields, translations, languages and topics, and re-indexes the text.
fn apply_changes(
    connection: &mut AnyConnection,
    group_id: i64,
    changes: &GroupChanges,
) -> AppResult<()> {
    let target = groups::table.find(group_id);
    if let Some(country) = &changes.heritage_country {
        diesel::update(target)
            .set(groups::heritage_country.eq(country.as_ref().map(|c| c.as_str())))
            .execute(connection)?;
    }
    if let Some(country) = &changes.residence_country {
        diesel::update(target)
            .set(groups::residence_country.eq(country.as_ref().map(|c| c.as_str())))
            .execute(connection)?;
    }
    if let Some(city) = &changes.city {
        diesel::update(target)
            .set(groups::city.eq(city.as_ref().map(|c| c.as_str())))
            .execute(connection)?;
    }
    if let Some(website) = &changes.website {
        diesel::update(target)
            .set(groups::website.eq(website.as_ref().map(|w| w.as_str())))
            .execute(connection)?;
    }
    if let Some(email) = &changes.contact_email {
        diesel::update(target)
            .set(groups::contact_email.eq(email.as_ref().map(|e| e.as_str())))
            .execute(connection)?;
    }
    if let Some(translations) = &changes.translations {
        diesel::delete(group_translations::table.filter(group_translations::group_id.eq(group_id)))
            .execute(connection)?;
        for translation in translations {
            diesel::insert_into(group_translations::table)
                .values((
                    group_translations::group_id.eq(group_id),
                    group_translations::language.eq(translation.language.as_str()),
                    group_translations::name.eq(&translation.name),
                    group_translations::description.eq(translation.description.as_str()),
                ))
                .execute(connection)?;
        }
        let text: Vec<String> = translations
            .iter()
            .map(|t| format!("{} {}", t.name, t.description.as_str()))
            .collect();
        search::index(connection, SearchIndex::Groups, group_id, &text.join("\n"))?;
    }
    if let Some(languages) = &changes.languages {
        diesel::delete(group_languages::table.filter(group_languages::group_id.eq(group_id)))
            .execute(connection)?;
        for language in languages {
            diesel::insert_into(group_languages::table)
                .values((
                    group_languages::group_id.eq(group_id),
                    group_languages::language.eq(language.as_str()),
                ))
                .execute(connection)?;
        }
    }
    if let Some(topics) = &changes.topics {
        diesel::delete(group_topics::table.filter(group_topics::group_id.eq(group_id)))
            .execute(connection)?;
        for topic in topics {
            diesel::insert_into(group_topics::table)
                .values((
                    group_topics::group_id.eq(group_id),
                    group_topics::topic.eq(topic.as_str()),
                ))
                .execute(connection)?;
        }
    }
    Ok(())
}

/// Slugs that would collide with fixed paths under `/groups/`.
const RESERVED_SLUGS: [&str; 1] = ["new"];

fn slug_taken(
    connection: &mut AnyConnection,
    slug: &str,
    except: Option<i64>,
) -> QueryResult<bool> {
    if RESERVED_SLUGS.contains(&slug) {
        return Ok(true);
    }
    let owner: Option<i64> = groups::table
        .filter(groups::slug.eq(slug))
        .select(groups::id)
        .first(connection)
        .optional()?;
    Ok(owner.is_some_and(|id| Some(id) != except))
}

fn slug_conflict() -> AppError {
    AppError::Conflict(FieldError::new("slug", Invalid::new("slug_taken")))
}

/// A free slug from `name`: the transliterated name, then `name-2`, `name-3`…
fn unique_slug(connection: &mut AnyConnection, name: &str) -> AppResult<Slug> {
    let base = Slug::derive(name).unwrap_or_else(|| {
        let short = uuid::Uuid::new_v4().simple().to_string();
        Slug::parse(&format!("group-{}", &short[..8])).expect("a valid slug")
    });
    if !slug_taken(connection, base.as_str(), None)? {
        return Ok(base);
    }
    for number in 2.. {
        let candidate = base.with_suffix(number);
        if !slug_taken(connection, candidate.as_str(), None)? {
            return Ok(candidate);
        }
    }
    unreachable!("some suffix is always free")
}
