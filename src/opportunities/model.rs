//! Opportunity rows, their enums and the queries that load them with their translations, skills
//! and languages.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{
    opportunities, opportunity_languages, opportunity_skills, opportunity_translations,
};
use crate::db::{self, AnyConnection};

crate::stored_enum! {
    /// What kind of contribution an opportunity asks for.
    OpportunityKind {
        /// Unpaid help with a cause or an event.
        Volunteering = "volunteering",
        /// Guiding someone over time.
        Mentoring = "mentoring",
        /// Passing professional know-how to people or institutions.
        SkillsTransfer = "skills_transfer",
        /// Putting money into a venture.
        Investment = "investment",
        /// Funding to apply for.
        Grant = "grant",
        /// Paid work.
        Job = "job",
        /// A course or programme to follow.
        Training = "training",
        /// Giving expert advice or taking part in a consultation.
        Consultation = "consultation",
    } invalid = "invalid_opportunity_kind"
}

crate::stored_enum! {
    /// Whether an opportunity still takes people.
    OpportunityStatus {
        /// Takes people until it expires.
        Open = "open",
        /// Closed by the organizers.
        Closed = "closed",
        /// Found the people it needed.
        Filled = "filled",
    } invalid = "invalid_choice"
}

/// An opportunity as stored.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = opportunities)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct Opportunity {
    pub id: i64,
    pub uuid: String,
    pub group_id: i64,
    pub kind: String,
    pub primary_language: String,
    /// The country the contribution is for (the diaspora's heritage country, usually).
    pub heritage_country: Option<String>,
    /// Where it takes place, when not only remote.
    pub country: Option<String>,
    pub city: Option<String>,
    pub remote: bool,
    /// Time asked for ("2 hours a week").
    pub commitment: Option<String>,
    pub compensation: Option<String>,
    /// Members may express interest here.
    pub accepts_interest: bool,
    /// Where to apply elsewhere.
    pub apply_url: Option<String>,
    /// The instant it stops taking people.
    #[diesel(deserialize_as = crate::db::StoredTime)]
    pub expires_at: NaiveDateTime,
    pub status: String,
    pub version: i64,
    #[diesel(deserialize_as = crate::db::StoredTime)]
    pub created_at: NaiveDateTime,
    #[diesel(deserialize_as = crate::db::StoredTime)]
    pub updated_at: NaiveDateTime,
    /// The IANA time zone its expiry date is read in.
    pub timezone: String,
    /// Why moderation hides it (`moderation` or `suspension`); `None` when shown.
    pub hidden: Option<String>,
    /// For an opportunity imported from a peer (read-only here): the original's page.
    pub origin_url: Option<String>,
}

impl Opportunity {
    /// The parsed kind.
    pub fn kind(&self) -> OpportunityKind {
        OpportunityKind::parse(&self.kind).unwrap_or(OpportunityKind::Volunteering)
    }

    /// The time zone its expiry date is read in (UTC for a name no longer known).
    pub fn zone(&self) -> chrono_tz::Tz {
        self.timezone.parse().unwrap_or(chrono_tz::Tz::UTC)
    }

    /// The parsed status.
    pub fn status(&self) -> OpportunityStatus {
        OpportunityStatus::parse(&self.status).unwrap_or(OpportunityStatus::Closed)
    }

    /// Open and not expired at `now`: people may still take part.
    pub fn is_taking_people(&self, now: NaiveDateTime) -> bool {
        self.status() == OpportunityStatus::Open && self.expires_at > now
    }

    /// Loads an opportunity by public id.
    pub fn find_by_uuid(
        connection: &mut AnyConnection,
        uuid: &str,
    ) -> QueryResult<Option<Opportunity>> {
        opportunities::table
            .filter(opportunities::uuid.eq(uuid))
            // A peer's opportunity is listed here but lives on its peer.
            .filter(opportunities::imported_listing_id.is_null())
            .select(Opportunity::as_select())
            .first(connection)
            .optional()
    }
}

/// An opportunity's title and description in one language.
#[derive(Debug, Clone, Queryable, Selectable, PartialEq, Eq)]
#[diesel(table_name = opportunity_translations)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct OpportunityTranslation {
    pub opportunity_id: i64,
    pub language: String,
    pub title: String,
    pub description: String,
}

/// What an opportunity carries besides its row.
#[derive(Debug, Clone, Default)]
pub struct OpportunityDetails {
    pub translations: Vec<OpportunityTranslation>,
    /// Skills sought, alphabetical.
    pub skills: Vec<String>,
    /// Languages required, alphabetical.
    pub languages: Vec<String>,
}

/// Translations, skills and languages of several opportunities in three queries.
pub fn details_for(
    connection: &mut AnyConnection,
    ids: &[i64],
) -> QueryResult<HashMap<i64, OpportunityDetails>> {
    let mut details: HashMap<i64, OpportunityDetails> = HashMap::new();
    let translations: Vec<OpportunityTranslation> = db::built_once(
        connection,
        opportunity_translations::table
            .filter(db::among(opportunity_translations::opportunity_id, ids))
            .order((
                opportunity_translations::opportunity_id,
                opportunity_translations::language,
            ))
            .select(OpportunityTranslation::as_select()),
    )
    .load(connection)?;
    for row in translations {
        details
            .entry(row.opportunity_id)
            .or_default()
            .translations
            .push(row);
    }
    let skills: Vec<(i64, String)> = db::built_once(
        connection,
        opportunity_skills::table
            .filter(db::among(opportunity_skills::opportunity_id, ids))
            .order((
                opportunity_skills::opportunity_id,
                opportunity_skills::skill,
            ))
            .select((
                opportunity_skills::opportunity_id,
                opportunity_skills::skill,
            )),
    )
    .load(connection)?;
    for (id, skill) in skills {
        details.entry(id).or_default().skills.push(skill);
    }
    let languages: Vec<(i64, String)> = db::built_once(
        connection,
        opportunity_languages::table
            .filter(db::among(opportunity_languages::opportunity_id, ids))
            .order((
                opportunity_languages::opportunity_id,
                opportunity_languages::language,
            ))
            .select((
                opportunity_languages::opportunity_id,
                opportunity_languages::language,
            )),
    )
    .load(connection)?;
    for (id, language) in languages {
        details.entry(id).or_default().languages.push(language);
    }
    Ok(details)
}
