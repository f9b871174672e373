//! Group rows, their enums and the queries that load them.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{group_languages, group_topics, group_translations, groups, memberships};
use crate::db::{self, AnyConnection};

crate::stored_enum! {
    /// Who can find and see a group.
    Visibility {
        /// Listed in the directory; anyone can see it.
        Public = "public",
        /// Not listed (except to members); anyone with the link can see it.
        Unlisted = "unlisted",
        /// Only members know it exists.
        Private = "private",
    } invalid = "invalid_choice"
}

crate::stored_enum! {
    /// How people get in.
    JoinPolicy {
        /// Joining is immediate.
        Open = "open",
        /// An organizer approves each request.
        Approval = "approval",
    } invalid = "invalid_choice"
}

crate::stored_enum! {
    /// A member's role in a group.
    MemberRole {
        /// Runs the group; can delete it and hand it over.
        Owner = "owner",
        /// Edits the group and manages members.
        Organizer = "organizer",
        /// Takes part.
        Member = "member",
    } invalid = "invalid_choice"
}

crate::stored_enum! {
    /// Where a membership stands.
    MemberStatus {
        /// In the group.
        Active = "active",
        /// Asked to join; waiting for an organizer.
        Pending = "pending",
        /// Removed by an organizer; cannot rejoin.
        Banned = "banned",
    } invalid = "invalid_choice"
}

/// A group as stored.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = groups)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct Group {
    pub id: i64,
    pub uuid: String,
    pub slug: String,
    pub primary_language: String,
    pub heritage_country: Option<String>,
    pub residence_country: Option<String>,
    pub city: Option<String>,
    pub visibility: String,
    pub join_policy: String,
    pub website: Option<String>,
    pub contact_email: Option<String>,
    pub verified: bool,
    pub member_count: i64,
    pub version: i64,
    #[diesel(deserialize_as = crate::db::StoredTime)]
    pub created_at: NaiveDateTime,
    #[diesel(deserialize_as = crate::db::StoredTime)]
    pub updated_at: NaiveDateTime,
    /// Why moderation hides the group (`moderation` or `suspension`); `None` when shown.
    pub hidden: Option<String>,
    /// How an administrator checked a verified group.
    pub verification_note: Option<String>,
    /// For a group imported from a peer (read-only here): the peer's address.
    pub origin_peer: Option<String>,
    /// For a group imported from a peer: the original's page.
    pub origin_url: Option<String>,
}

/// The condition "a group of ours": neither imported from a peer nor carrying a calendar
/// peer's events. Only such groups have pages here and are passed on to partners.
pub type Ours = diesel::dsl::And<
    diesel::dsl::IsNull<groups::imported_listing_id>,
    diesel::dsl::IsNull<groups::calendar_peer_id>,
>;

/// See [`Ours`].
pub fn ours() -> Ours {
    groups::imported_listing_id
        .is_null()
        .and(groups::calendar_peer_id.is_null())
}

impl Group {
    /// The parsed visibility (stored values are always valid).
    pub fn visibility(&self) -> Visibility {
        Visibility::parse(&self.visibility).unwrap_or(Visibility::Private)
    }

    /// Whether partners, feeds and every listing may show it: public and not hidden by
    /// moderation.
    pub fn listed(&self) -> bool {
        self.visibility() == Visibility::Public && self.hidden.is_none()
    }

    /// The parsed join policy.
    pub fn join_policy(&self) -> JoinPolicy {
        JoinPolicy::parse(&self.join_policy).unwrap_or(JoinPolicy::Approval)
    }

    /// Loads a group by slug.
    pub fn find_by_slug(connection: &mut AnyConnection, slug: &str) -> QueryResult<Option<Group>> {
        groups::table
            .filter(groups::slug.eq(slug))
            // A peer's group is listed here but lives on its peer.
            .filter(ours())
            .select(Group::as_select())
            .first(connection)
            .optional()
    }
}

/// A group's name and description in one language.
#[derive(Debug, Clone, Queryable, Selectable, PartialEq, Eq)]
#[diesel(table_name = group_translations)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct Translation {
    pub group_id: i64,
    pub language: String,
    pub name: String,
    pub description: String,
}

/// Everything shown about a group besides its row: translations, languages and topics.
#[derive(Debug, Clone, Default)]
pub struct GroupDetails {
    pub translations: Vec<Translation>,
    pub languages: Vec<String>,
    pub topics: Vec<String>,
}

/// Loads the details of several groups in three queries (never one per group).
pub fn details_for(
    connection: &mut AnyConnection,
    group_ids: &[i64],
) -> QueryResult<HashMap<i64, GroupDetails>> {
    let mut details: HashMap<i64, GroupDetails> = group_ids
        .iter()
        .map(|id| (*id, GroupDetails::default()))
        .collect();
    let translations: Vec<Translation> = db::built_once(
        connection,
        group_translations::table
            .filter(db::among(group_translations::group_id, group_ids))
            .order((group_translations::group_id, group_translations::language))
            .select(Translation::as_select()),
    )
    .load(connection)?;
    for translation in translations {
        details
            .entry(translation.group_id)
            .or_default()
            .translations
            .push(translation);
    }
    let languages: Vec<(i64, String)> = db::built_once(
        connection,
        group_languages::table
            .filter(db::among(group_languages::group_id, group_ids))
            .order((group_languages::group_id, group_languages::language)),
    )
    .load(connection)?;
    for (group_id, language) in languages {
        details
            .entry(group_id)
            .or_default()
            .languages
            .push(language);
    }
    let topics: Vec<(i64, String)> = db::built_once(
        connection,
        group_topics::table.filter(db::among(group_topics::group_id, group_ids)),
    )
    .load(connection)?;
    for (group_id, topic) in topics {
        details.entry(group_id).or_default().topics.push(topic);
    }
    for entry in details.values_mut() {
        // Keep the fixed topic order rather than alphabetical ids.
        entry.topics.sort_by_key(|topic| {
            crate::domain::TOPICS
                .iter()
                .position(|known| known == topic)
        });
    }
    Ok(details)
}

/// A membership row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = memberships)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct Membership {
    pub id: i64,
    pub group_id: i64,
    pub user_id: i64,
    pub role: String,
    pub status: String,
    pub message: Option<String>,
    #[diesel(deserialize_as = crate::db::StoredTime)]
    pub created_at: NaiveDateTime,
    #[diesel(deserialize_as = crate::db::StoredTime)]
    pub updated_at: NaiveDateTime,
}

impl Membership {
    /// The parsed role.
    pub fn role(&self) -> MemberRole {
        MemberRole::parse(&self.role).unwrap_or(MemberRole::Member)
    }

    /// The parsed status.
    pub fn status(&self) -> MemberStatus {
        MemberStatus::parse(&self.status).unwrap_or(MemberStatus::Pending)
    }

    /// Whether this is an active member.
    pub fn is_active(&self) -> bool {
        self.status() == MemberStatus::Active
    }

    /// Whether this is an active owner or organizer.
    pub fn can_manage(&self) -> bool {
        self.is_active() && matches!(self.role(), MemberRole::Owner | MemberRole::Organizer)
    }

    /// Loads `user_id`'s membership in `group_id`, if any.
    pub fn find(
        connection: &mut AnyConnection,
        group_id: i64,
        user_id: i64,
    ) -> QueryResult<Option<Membership>> {
        memberships::table
            .filter(memberships::group_id.eq(group_id))
            .filter(memberships::user_id.eq(user_id))
            .select(Membership::as_select())
            .first(connection)
            .optional()
    }
}
