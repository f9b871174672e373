//! Account rows and the queries on them.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::users;
use crate::domain::{City, CountryCode, DisplayName, LanguageTag, Locale, Skill, TimeZone};

/// A member account as stored (the password hash is selected only where needed).
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = users)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct User {
    /// Internal id, never shown.
    pub id: i64,
    /// Public id.
    pub uuid: String,
    /// Normalized email.
    pub email: String,
    /// Name shown to others.
    pub display_name: String,
    /// Interface language.
    pub locale: String,
    /// IANA time zone for showing times.
    pub timezone: String,
    /// ISO country of heritage.
    pub heritage_country: Option<String>,
    /// ISO country of residence.
    pub residence_country: Option<String>,
    /// City of residence.
    pub residence_city: Option<String>,
    /// JSON array of BCP 47 tags.
    pub languages: String,
    /// JSON array of skills.
    pub skills: String,
    /// `user`, `moderator` or `admin`.
    pub role: String,
    /// When the account was created (UTC).
    pub created_at: NaiveDateTime,
    /// When the profile last changed (UTC).
    pub updated_at: NaiveDateTime,
    /// When the member proved the address is theirs (a link sent to it was used), if ever.
    pub email_verified_at: Option<NaiveDateTime>,
    /// When a moderator suspended the account, while it is suspended.
    pub suspended_at: Option<NaiveDateTime>,
    /// Whether the member picked `locale` herself (the switcher or the profile form); until
    /// then her browser's language wins on pages.
    pub locale_picked: bool,
}

/// What a member may do beyond the basics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A member.
    User,
    /// Handles reports and hides content.
    Moderator,
    /// Runs the instance.
    Admin,
}

impl Role {
    /// The stored name.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::User => "user",
            Self::Moderator => "moderator",
            Self::Admin => "admin",
        }
    }
}

impl User {
    /// Languages the member speaks.
    pub fn language_list(&self) -> Vec<String> {
        serde_json::from_str(&self.languages).unwrap_or_default()
    }

    /// Skills the member offers.
    pub fn skill_list(&self) -> Vec<String> {
        serde_json::from_str(&self.skills).unwrap_or_default()
    }

    /// Loads a user with their password hash, by normalized email.
    pub fn find_with_hash(
        connection: &mut AnyConnection,
        email: &str,
    ) -> QueryResult<Option<(User, String)>> {
        users::table
            .filter(users::email.eq(email))
            .select((User::as_select(), users::password_hash))
            .first(connection)
            .optional()
    }

    /// Loads a user's password hash by id.
    pub fn password_hash(connection: &mut AnyConnection, id: i64) -> QueryResult<String> {
        users::table
            .find(id)
            .select(users::password_hash)
            .first(connection)
    }

    /// Loads a user by id.
    pub fn find(connection: &mut AnyConnection, id: i64) -> QueryResult<User> {
        users::table
            .find(id)
            .select(User::as_select())
            .first(connection)
    }
}

/// A complete, validated profile (what the profile form shows and saves).
#[derive(Debug, Clone)]
pub struct Profile {
    /// Name shown to others.
    pub display_name: DisplayName,
    /// Interface language.
    pub locale: Locale,
    /// Time zone for showing times.
    pub timezone: TimeZone,
    /// Country of heritage.
    pub heritage_country: Option<CountryCode>,
    /// Country of residence.
    pub residence_country: Option<CountryCode>,
    /// City of residence.
    pub residence_city: Option<City>,
    /// Languages spoken.
    pub languages: Vec<LanguageTag>,
    /// Skills offered.
    pub skills: Vec<Skill>,
}

/// A partial change: `None` leaves a field alone; `Some(None)` clears an optional one.
#[derive(Debug, Clone, Default)]
pub struct ProfileUpdate {
    /// New display name.
    pub display_name: Option<DisplayName>,
    /// New interface language.
    pub locale: Option<Locale>,
    /// New time zone.
    pub timezone: Option<TimeZone>,
    /// New or cleared heritage country.
    pub heritage_country: Option<Option<CountryCode>>,
    /// New or cleared residence country.
    pub residence_country: Option<Option<CountryCode>>,
    /// New or cleared city.
    pub residence_city: Option<Option<City>>,
    /// New language list.
    pub languages: Option<Vec<LanguageTag>>,
    /// New skill list.
    pub skills: Option<Vec<Skill>>,
    /// The form's time zone was sent empty ("choose…"): settle it from the residence.
    pub timezone_left_blank: bool,
}

impl ProfileUpdate {
    /// Gives a member who has not picked a zone (still `UTC`, or the choice left blank) the
    /// zone of her residence where that is unambiguous. Where the country has several zones
    /// and the city names none of them, a blank choice asks her to pick one.
    pub fn settle_time_zone(&mut self, current: &User) -> Result<(), crate::error::AppError> {
        let picked_before = current.timezone != "UTC";
        if self.timezone.is_some() || (picked_before && !self.timezone_left_blank) {
            return Ok(());
        }
        let country = match &self.residence_country {
            Some(country) => country.as_ref().map(|code| code.as_str().to_owned()),
            None => current.residence_country.clone(),
        };
        let city = match &self.residence_city {
            Some(city) => city.as_ref().map(|city| city.as_str().to_owned()),
            None => current.residence_city.clone(),
        };
        let Some(country) = country else {
            return Ok(());
        };
        self.timezone = TimeZone::for_residence(&country, city.as_deref());
        if self.timezone.is_none() && self.timezone_left_blank {
            return Err(crate::error::AppError::Validation(vec![
                crate::error::FieldError::new(
                    "timezone",
                    crate::domain::Invalid::new("choose_time_zone"),
                ),
            ]));
        }
        Ok(())
    }
}

impl From<Profile> for ProfileUpdate {
    fn from(profile: Profile) -> Self {
        Self {
            display_name: Some(profile.display_name),
            locale: Some(profile.locale),
            timezone: Some(profile.timezone),
            heritage_country: Some(profile.heritage_country),
            residence_country: Some(profile.residence_country),
            residence_city: Some(profile.residence_city),
            languages: Some(profile.languages),
            skills: Some(profile.skills),
            timezone_left_blank: false,
        }
    }
}

/// The columns a [`ProfileUpdate`] writes.
#[derive(AsChangeset)]
#[diesel(table_name = users)]
pub(crate) struct ProfileChangeset {
    display_name: Option<String>,
    locale: Option<String>,
    timezone: Option<String>,
    heritage_country: Option<Option<String>>,
    residence_country: Option<Option<String>>,
    residence_city: Option<Option<String>>,
    languages: Option<String>,
    skills: Option<String>,
    /// Saving a locale is picking it.
    locale_picked: Option<bool>,
    updated_at: NaiveDateTime,
}

impl ProfileChangeset {
    pub(crate) fn new(update: ProfileUpdate, now: NaiveDateTime) -> Self {
        let json =
            |items: Vec<String>| serde_json::to_string(&items).unwrap_or_else(|_| "[]".into());
        Self {
            display_name: update.display_name.map(|name| name.as_str().to_owned()),
            locale_picked: update.locale.as_ref().map(|_| true),
            locale: update.locale.map(|locale| locale.as_str().to_owned()),
            timezone: update.timezone.map(|zone| zone.name().to_owned()),
            heritage_country: update
                .heritage_country
                .map(|code| code.map(|code| code.as_str().to_owned())),
            residence_country: update
                .residence_country
                .map(|code| code.map(|code| code.as_str().to_owned())),
            residence_city: update
                .residence_city
                .map(|city| city.map(|city| city.as_str().to_owned())),
            languages: update
                .languages
                .map(|tags| json(tags.iter().map(|tag| tag.as_str().to_owned()).collect())),
            skills: update.skills.map(|skills| {
                json(
                    skills
                        .iter()
                        .map(|skill| skill.as_str().to_owned())
                        .collect(),
                )
            }),
            updated_at: now,
        }
    }
}
