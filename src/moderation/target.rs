//! What can be reported and acted on: a group, an event, an opportunity, a member or an
//! imported listing, found by the id the API shows (a uuid; a group also by its slug; an
//! imported listing by its number), with what moderators need to judge it and whom an outcome
//! concerns.

use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{
    event_translations, events, group_translations, groups, imported_listings, memberships,
    opportunities, opportunity_translations, users,
};
use crate::error::AppResult;
use crate::groups::{MemberRole, MemberStatus, Visibility};

crate::stored_enum! {
    /// The kinds of thing a report or an action is about.
    TargetType {
        /// A group.
        Group = "group",
        /// An event.
        Event = "event",
        /// An opportunity.
        Opportunity = "opportunity",
        /// A member's account.
        User = "user",
        /// A listing imported from a peer.
        Imported = "imported",
    } invalid = "invalid_target_type"
}

/// A target as found: its row, how to show it, and who it belongs to.
#[derive(Debug, Clone)]
pub struct Target {
    pub target_type: TargetType,
    /// The row's id in its table.
    pub row_id: i64,
    /// The id the API shows (uuid, or the imported listing's number).
    pub public_id: String,
    /// Its name or title in its primary language, and that language.
    pub label: String,
    pub label_language: String,
    /// Its description (for moderators judging it).
    pub description: String,
    /// Where it is on this site or, for an imported listing, at its source.
    pub link: Option<String>,
    /// The group a listing belongs to (itself for a group).
    pub group_id: Option<i64>,
    /// Who created it (a listing), or the member themself.
    pub creator: Option<i64>,
    /// Who hears of outcomes about it: the member, or the group's owners and organizers.
    pub owners: Vec<i64>,
    /// Whether it is hidden itself (the member suspended, the imported listing unpublished).
    pub hidden: bool,
    /// Whether an event or opportunity is out of sight because its group is hidden.
    pub group_hidden: bool,
    /// Hidden only because its creator is suspended (a moderator may still hide it for good).
    pub hidden_by_suspension: bool,
    /// Whether a member who does not belong to its group may see it at all.
    pub private: bool,
}

/// The facts every listing kind shares, as loaded.
#[derive(Debug, Queryable)]
struct ListingFacts {
    row_id: i64,
    uuid: String,
    group_id: i64,
    language: String,
    hidden: Option<String>,
    creator: Option<i64>,
}

/// An imported listing's facts, as loaded.
#[derive(Debug, Queryable)]
struct ImportedFacts {
    row_id: i64,
    title: String,
    language: Option<String>,
    url: Option<String>,
    published: bool,
}

/// Finds a target by type and id; `None` when there is none.
pub fn find(
    connection: &mut AnyConnection,
    target_type: TargetType,
    id: &str,
) -> AppResult<Option<Target>> {
    let id = id.trim();
    let facts: Option<ListingFacts> = match target_type {
        TargetType::Group => group_facts(connection, id)?,
        // A partner's listing shown here is reported as an imported listing, never as ours.
        TargetType::Event => events::table
            .filter(events::uuid.eq(id))
            .filter(events::imported_listing_id.is_null())
            .select((
                events::id,
                events::uuid,
                events::group_id,
                events::primary_language,
                events::hidden,
                events::created_by,
            ))
            .first(connection)
            .optional()?,
        TargetType::Opportunity => opportunities::table
            .filter(opportunities::uuid.eq(id))
            .filter(opportunities::imported_listing_id.is_null())
            .select((
                opportunities::id,
                opportunities::uuid,
                opportunities::group_id,
                opportunities::primary_language,
                opportunities::hidden,
                opportunities::created_by,
            ))
            .first(connection)
            .optional()?,
        TargetType::User => return member(connection, id),
        TargetType::Imported => return imported(connection, id),
    };
    let Some(facts) = facts else {
        return Ok(None);
    };
    let (group_slug, group_visibility, group_hidden): (String, String, Option<String>) =
        groups::table
            .find(facts.group_id)
            .select((groups::slug, groups::visibility, groups::hidden))
            .first(connection)?;
    let (label, description, link) = match target_type {
        TargetType::Group => {
            let (name, description) = group_text(connection, facts.row_id, &facts.language)?;
            (name, description, format!("/groups/{group_slug}"))
        }
        TargetType::Event => {
            let (title, description) = event_translations::table
                .filter(event_translations::event_id.eq(facts.row_id))
                .order(event_translations::language.ne(&facts.language))
                .select((event_translations::title, event_translations::description))
                .first(connection)
                .optional()?
                .unwrap_or_default();
            (title, description, format!("/events/{}", facts.uuid))
        }
        _ => {
            let (title, description) = opportunity_translations::table
                .filter(opportunity_translations::opportunity_id.eq(facts.row_id))
                .order(opportunity_translations::language.ne(&facts.language))
                .select((
                    opportunity_translations::title,
                    opportunity_translations::description,
                ))
                .first(connection)
                .optional()?
                .unwrap_or_default();
            (title, description, format!("/opportunities/{}", facts.uuid))
        }
    };
    Ok(Some(Target {
        target_type,
        row_id: facts.row_id,
        public_id: facts.uuid,
        label,
        label_language: facts.language,
        description,
        link: Some(link),
        group_id: Some(facts.group_id),
        creator: facts.creator,
        owners: managers(connection, facts.group_id)?,
        hidden_by_suspension: facts.hidden.as_deref() == Some("suspension"),
        hidden: facts.hidden.is_some(),
        group_hidden: target_type != TargetType::Group && group_hidden.is_some(),
        private: group_visibility == Visibility::Private.as_str(),
    }))
}

/// A group by uuid, else by slug. The uuid comes first: a slug may be written like another
/// group's uuid, and must never stand in for that group.
fn group_facts(connection: &mut AnyConnection, id: &str) -> QueryResult<Option<ListingFacts>> {
    let columns = (
        groups::id,
        groups::uuid,
        groups::id,
        groups::primary_language,
        groups::hidden,
        groups::created_by,
    );
    let by_uuid = groups::table
        .filter(groups::uuid.eq(id))
        .filter(crate::groups::model::ours())
        .select(columns)
        .first(connection)
        .optional()?;
    match by_uuid {
        Some(facts) => Ok(Some(facts)),
        None => groups::table
            .filter(groups::slug.eq(id))
            .filter(crate::groups::model::ours())
            .select(columns)
            .first(connection)
            .optional(),
    }
}

fn member(connection: &mut AnyConnection, id: &str) -> AppResult<Option<Target>> {
    let row: Option<(i64, String, String, String, Option<chrono::NaiveDateTime>)> = users::table
        .filter(users::uuid.eq(id))
        .select((
            users::id,
            users::uuid,
            users::display_name,
            users::locale,
            users::suspended_at,
        ))
        .first(connection)
        .optional()?;
    Ok(
        row.map(|(row_id, uuid, name, locale, suspended_at)| Target {
            target_type: TargetType::User,
            row_id,
            public_id: uuid,
            label: name,
            label_language: locale,
            description: String::new(),
            link: None,
            group_id: None,
            creator: Some(row_id),
            owners: vec![row_id],
            hidden: suspended_at.is_some(),
            group_hidden: false,
            hidden_by_suspension: false,
            private: false,
        }),
    )
}

fn imported(connection: &mut AnyConnection, id: &str) -> AppResult<Option<Target>> {
    let Ok(number) = id.parse::<i64>() else {
        return Ok(None);
    };
    let facts: Option<ImportedFacts> = imported_listings::table
        .find(number)
        .select((
            imported_listings::id,
            imported_listings::title,
            imported_listings::language,
            imported_listings::canonical_url,
            imported_listings::published,
        ))
        .first(connection)
        .optional()?;
    Ok(facts.map(|facts| Target {
        target_type: TargetType::Imported,
        row_id: facts.row_id,
        public_id: facts.row_id.to_string(),
        label: facts.title,
        label_language: facts.language.unwrap_or_default(),
        description: String::new(),
        link: facts.url,
        group_id: None,
        creator: None,
        owners: Vec::new(),
        hidden: !facts.published,
        group_hidden: false,
        hidden_by_suspension: false,
        private: false,
    }))
}

impl Target {
    /// Whether `member_id` may see it, and so report it: hidden things and private groups'
    /// listings exist only for those who may already see them.
    pub fn visible_to(&self, connection: &mut AnyConnection, member_id: i64) -> AppResult<bool> {
        if (self.hidden || self.group_hidden) && !self.owners.contains(&member_id) {
            return Ok(false);
        }
        match (self.private, self.group_id) {
            (true, Some(group_id)) => Ok(is_active_member(connection, group_id, member_id)?),
            _ => Ok(true),
        }
    }
}

fn group_text(
    connection: &mut AnyConnection,
    group_id: i64,
    language: &str,
) -> QueryResult<(String, String)> {
    Ok(group_translations::table
        .filter(group_translations::group_id.eq(group_id))
        .order(group_translations::language.ne(language))
        .select((group_translations::name, group_translations::description))
        .first(connection)
        .optional()?
        .unwrap_or_default())
}

/// The group's active owners and organizers.
pub fn managers(connection: &mut AnyConnection, group_id: i64) -> QueryResult<Vec<i64>> {
    memberships::table
        .filter(memberships::group_id.eq(group_id))
        .filter(memberships::status.eq(MemberStatus::Active.as_str()))
        .filter(
            memberships::role.eq_any([MemberRole::Owner.as_str(), MemberRole::Organizer.as_str()]),
        )
        .order(memberships::id)
        .select(memberships::user_id)
        .load(connection)
}

fn is_active_member(
    connection: &mut AnyConnection,
    group_id: i64,
    member_id: i64,
) -> QueryResult<bool> {
    let count: i64 = memberships::table
        .filter(memberships::group_id.eq(group_id))
        .filter(memberships::user_id.eq(member_id))
        .filter(memberships::status.eq(MemberStatus::Active.as_str()))
        .count()
        .get_result(connection)?;
    Ok(count > 0)
}
