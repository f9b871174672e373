//! The event listing's filters: the query string as it arrives ([`EventQuery`]), parsed once
//! into [`EventFilters`], and the keyset cursor of a page.

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Deserialize;

use crate::db::search;
use crate::domain::{Collector, CountryCode, Invalid, LanguageTag, ListingOrigin};
use crate::error::AppError;
use crate::events::model::AttendanceMode;
use crate::paging::{self, present};

/// Event filters as they arrive in a query string.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, utoipa::IntoParams)]
pub struct EventQuery {
    /// Free text over every translation's title and description.
    pub q: Option<String>,
    /// A group's slug.
    pub group: Option<String>,
    /// Occurrences ending after this instant (RFC 3339 or a date); default: now.
    pub from: Option<String>,
    /// Occurrences starting before this instant (RFC 3339 or a date).
    pub to: Option<String>,
    /// The group's heritage country.
    pub heritage: Option<String>,
    /// The event's country.
    pub country: Option<String>,
    /// The event's city (case-insensitive).
    pub city: Option<String>,
    /// `in_person`, `online` or `hybrid`.
    pub attendance_mode: Option<String>,
    /// A language the event has a translation in.
    pub language: Option<String>,
    /// `all` (default): ours and events imported from partner hubs; `local`: ours only.
    #[param(inline, value_type = Option<crate::domain::ListingOrigin>)]
    pub origin: Option<String>,
    pub cursor: Option<String>,
    /// Page size, 1 to 100.
    pub limit: Option<i64>,
}

/// Parsed filters.
#[derive(Debug, Clone)]
pub struct EventFilters {
    pub terms: Vec<String>,
    pub group: Option<String>,
    pub from: NaiveDateTime,
    pub to: Option<NaiveDateTime>,
    pub heritage: Option<CountryCode>,
    pub country: Option<CountryCode>,
    pub city: Option<String>,
    pub attendance_mode: Option<AttendanceMode>,
    pub language: Option<LanguageTag>,
    pub cursor: Option<(NaiveDateTime, i64)>,
    pub limit: i64,
    /// Only groups this member belongs to (her home page); never set from a query.
    pub member_of: Option<i64>,
    /// Ours only (`?origin=local`), leaving out events imported from partner hubs.
    pub local_only: bool,
}

impl Default for EventFilters {
    fn default() -> Self {
        EventQuery::default()
            .parse()
            .expect("no filter is always valid")
    }
}

fn instant(text: &str) -> Result<NaiveDateTime, Invalid> {
    let instant = match DateTime::parse_from_rfc3339(text) {
        Ok(instant) => instant.with_timezone(&Utc).naive_utc(),
        Err(_) => chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(|date| date.and_time(chrono::NaiveTime::MIN))
            .map_err(|_| Invalid::new("invalid_datetime"))?,
    };
    // Four-digit years, which both databases store (PostgreSQL refuses year -262143, which
    // chrono reads).
    if !(0..=9999).contains(&chrono::Datelike::year(&instant)) {
        return Err(Invalid::new("invalid_datetime"));
    }
    Ok(instant)
}

impl EventQuery {
    /// Whether this asks for the first page of everything upcoming: no filter, no cursor.
    pub fn is_unfiltered_first_page(&self) -> bool {
        [
            &self.q,
            &self.group,
            &self.from,
            &self.to,
            &self.heritage,
            &self.country,
            &self.city,
            &self.attendance_mode,
            &self.language,
            &self.origin,
            &self.cursor,
        ]
        .into_iter()
        .all(|value| present(value).is_none())
    }

    /// Parses the filters; bad values are field errors.
    pub fn parse(&self) -> Result<EventFilters, AppError> {
        let mut collector = Collector::default();
        let filters = EventFilters {
            terms: self.q.as_deref().map(search::terms).unwrap_or_default(),
            group: present(&self.group),
            from: present(&self.from)
                .and_then(|text| collector.take("from", instant(&text)))
                .unwrap_or_else(|| Utc::now().naive_utc()),
            to: present(&self.to).and_then(|text| collector.take("to", instant(&text))),
            heritage: present(&self.heritage)
                .and_then(|code| collector.take("heritage", CountryCode::parse(&code))),
            country: present(&self.country)
                .and_then(|code| collector.take("country", CountryCode::parse(&code))),
            city: present(&self.city),
            attendance_mode: present(&self.attendance_mode)
                .and_then(|mode| collector.take("attendance_mode", AttendanceMode::parse(&mode))),
            language: present(&self.language)
                .and_then(|tag| collector.take("language", LanguageTag::parse(&tag))),
            local_only: present(&self.origin)
                .and_then(|origin| collector.take("origin", ListingOrigin::parse(&origin)))
                .is_some_and(|origin| origin == ListingOrigin::Local),
            cursor: present(&self.cursor)
                .and_then(|cursor| collector.take("cursor", decode_cursor(&cursor))),
            limit: paging::limit(&mut collector, self.limit),
            member_of: None,
        };
        collector.finish(|| filters)
    }
}

/// A cursor for an occurrence: its start (Unix seconds) and id.
pub(super) fn encode_cursor(start: NaiveDateTime, id: i64) -> String {
    paging::encode_cursor(start.and_utc().timestamp(), id)
}

fn decode_cursor(cursor: &str) -> Result<(NaiveDateTime, i64), Invalid> {
    let (seconds, id) = paging::decode_cursor(cursor)?;
    let start =
        DateTime::from_timestamp(seconds, 0).ok_or_else(|| Invalid::new("invalid_cursor"))?;
    Ok((start.naive_utc(), id))
}
