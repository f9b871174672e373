//! Event input from a form or JSON, parsed into a complete, checked event: texts, schedule
//! (with every occurrence computed), place and capacity. Every problem is reported at once.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::model::{AttendanceMode, Event, EventTranslation};
use super::recurrence::Rule;
use super::time::{self, WallTime};
use crate::domain::{
    City, Collector, CountryCode, Invalid, LanguageTag, LongText, TimeZone, WebUrl, optional,
    short_text,
};
use crate::error::AppError;

/// Longest event title.
pub const TITLE_MAX: usize = 150;
/// Longest event description.
pub const DESCRIPTION_MAX: usize = 10_000;
/// Largest capacity.
const CAPACITY_MAX: i64 = 1_000_000;
/// Length of an event given no end (two hours; all-day events last their day).
const DEFAULT_LENGTH: Duration = Duration::hours(2);

/// A title and description in one language.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct EventTextInput {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
}

/// Where an in-person event happens.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct VenueInput {
    pub name: Option<String>,
    pub address: Option<String>,
    pub city: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
}

/// Event fields as typed. On update, the given fields replace the current ones and the whole
/// event is checked again.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct EventInput {
    pub primary_language: Option<String>,
    /// Title and description per language tag.
    pub translations: Option<BTreeMap<String, EventTextInput>>,
    /// Local wall time in `timezone` (`2027-03-20T18:00`), RFC 3339 with an offset, or a date
    /// for all-day events.
    pub starts_at: Option<String>,
    /// Same forms as `starts_at`; defaults to two hours later (all-day: the same day).
    pub ends_at: Option<String>,
    /// IANA time zone, e.g. `Europe/Paris`.
    pub timezone: Option<String>,
    pub all_day: Option<bool>,
    /// RRULE subset: FREQ=DAILY|WEEKLY|MONTHLY, INTERVAL, BYDAY, and COUNT or UNTIL.
    pub recurrence: Option<String>,
    /// Cancelled occurrences, as their local start times.
    pub cancelled_occurrences: Option<Vec<String>>,
    /// `in_person` (default), `online` or `hybrid`.
    pub attendance_mode: Option<String>,
    pub venue: Option<VenueInput>,
    /// Link to join online (shown only to people going and to organizers).
    pub online_url: Option<String>,
    /// Seats; further RSVPs join the waitlist.
    pub capacity: Option<i64>,
}

/// One parsed text.
#[derive(Debug, Clone)]
pub struct EventText {
    pub language: LanguageTag,
    pub title: String,
    pub description: String,
}

/// The computed schedule of an event.
#[derive(Debug, Clone)]
pub struct Schedule {
    pub zone: Tz,
    pub local_start: NaiveDateTime,
    pub local_end: NaiveDateTime,
    pub all_day: bool,
    pub rrule: Option<String>,
    pub exceptions: Vec<NaiveDateTime>,
    /// Every occurrence as UTC instants (one for a single event).
    pub occurrences: Vec<(DateTime<Utc>, DateTime<Utc>)>,
}

/// A complete, checked event.
#[derive(Debug, Clone)]
pub struct EventFields {
    pub primary_language: LanguageTag,
    pub texts: Vec<EventText>,
    pub schedule: Schedule,
    pub attendance_mode: AttendanceMode,
    pub venue_name: Option<String>,
    pub venue_address: Option<String>,
    pub city: Option<City>,
    pub country: Option<CountryCode>,
    pub online_url: Option<WebUrl>,
    pub capacity: Option<i64>,
}

impl EventInput {
    /// The input that describes an existing event (for updates).
    pub fn from_event(event: &Event, translations: &[EventTranslation]) -> Self {
        let format = |local: NaiveDateTime| {
            if event.all_day {
                local.format("%Y-%m-%d").to_string()
            } else {
                local.format("%Y-%m-%dT%H:%M:%S").to_string()
            }
        };
        let end = if event.all_day {
            event.local_end - Duration::days(1)
        } else {
            event.local_end
        };
        Self {
            primary_language: Some(event.primary_language.clone()),
            translations: Some(
                translations
                    .iter()
                    .map(|t| {
                        (
                            t.language.clone(),
                            EventTextInput {
                                title: t.title.clone(),
                                description: t.description.clone(),
                            },
                        )
                    })
                    .collect(),
            ),
            starts_at: Some(format(event.local_start)),
            ends_at: Some(format(end)),
            timezone: Some(event.timezone.clone()),
            all_day: Some(event.all_day),
            recurrence: event.rrule.clone(),
            cancelled_occurrences: Some(
                event
                    .exception_list()
                    .iter()
                    .map(|t| t.format("%Y-%m-%dT%H:%M:%S").to_string())
                    .collect(),
            ),
            attendance_mode: Some(event.attendance_mode.clone()),
            venue: Some(VenueInput {
                name: event.venue_name.clone(),
                address: event.venue_address.clone(),
                city: event.city.clone(),
                country: event.country.clone(),
            }),
            online_url: event.online_url.clone(),
            capacity: event.capacity,
        }
    }

    /// `self` with every field `patch` gives replacing the current one.
    pub fn patched(mut self, patch: EventInput) -> Self {
        macro_rules! take { ($($field:ident),+) => { $(if patch.$field.is_some() { self.$field = patch.$field; })+ }; }
        take!(
            primary_language,
            translations,
            starts_at,
            ends_at,
            timezone,
            all_day,
            recurrence,
            cancelled_occurrences,
            attendance_mode,
            venue,
            online_url,
            capacity
        );
        self
    }

    /// Checks everything and computes the schedule.
    pub fn parse(&self) -> Result<EventFields, AppError> {
        let mut collector = Collector::default();
        let primary = match self
            .primary_language
            .as_deref()
            .filter(|text| !text.trim().is_empty())
        {
            Some(tag) => collector.take("primary_language", LanguageTag::parse(tag)),
            None => collector.take("primary_language", Err(Invalid::required())),
        };
        let texts = self.texts(&mut collector, primary.as_ref());
        let zone = match self
            .timezone
            .as_deref()
            .filter(|zone| !zone.trim().is_empty())
        {
            Some(zone) => collector.take("timezone", TimeZone::parse(zone)),
            // Left blank: the venue's zone, where its country and city settle it.
            None => collector.take("timezone", self.venue_time_zone()),
        };
        let schedule = zone.and_then(|zone| {
            self.schedule(
                &mut collector,
                zone.name().parse().unwrap_or(chrono_tz::UTC),
            )
        });
        let attendance_mode = match self.attendance_mode.as_deref() {
            Some(mode) => collector.take("attendance_mode", AttendanceMode::parse(mode)),
            None => Some(AttendanceMode::InPerson),
        };
        let venue = self.venue.clone().unwrap_or_default();
        let venue_name = collector.take(
            "venue.name",
            optional(&venue.name, |text| short_text(text, 150)),
        );
        let venue_address = collector.take(
            "venue.address",
            optional(&venue.address, |text| short_text(text, 300)),
        );
        let city = collector.take("venue.city", optional(&venue.city, City::parse));
        let country = collector.take(
            "venue.country",
            optional(&venue.country, CountryCode::parse),
        );
        let online_url = collector.take("online_url", optional(&self.online_url, WebUrl::parse));
        let capacity = match self.capacity {
            Some(capacity) if !(1..=CAPACITY_MAX).contains(&capacity) => {
                collector.reject(
                    "capacity",
                    Invalid {
                        code: "out_of_range",
                        args: vec![("min", 1), ("max", CAPACITY_MAX)],
                    },
                );
                None
            }
            capacity => capacity,
        };
        collector.finish(|| EventFields {
            primary_language: primary.expect("checked"),
            texts,
            schedule: schedule.expect("checked"),
            attendance_mode: attendance_mode.expect("checked"),
            venue_name: venue_name.flatten(),
            venue_address: venue_address.flatten(),
            city: city.flatten(),
            country: country.flatten(),
            online_url: online_url.flatten(),
            capacity,
        })
    }

    /// The zone of the venue's country and city, when that settles it.
    fn venue_time_zone(&self) -> Result<TimeZone, Invalid> {
        let venue = self.venue.as_ref();
        let country = venue
            .and_then(|venue| venue.country.as_deref())
            .and_then(|country| CountryCode::parse(country).ok())
            .ok_or_else(Invalid::required)?;
        let city = venue.and_then(|venue| venue.city.as_deref());
        TimeZone::for_residence(country.as_str(), city)
            .ok_or_else(|| Invalid::new("choose_time_zone"))
    }

    fn texts(&self, collector: &mut Collector, primary: Option<&LanguageTag>) -> Vec<EventText> {
        let Some(translations) = self.translations.as_ref().filter(|t| !t.is_empty()) else {
            collector.reject("translations", Invalid::required());
            return Vec::new();
        };
        let mut texts: Vec<EventText> = Vec::new();
        for (language, text) in translations {
            let field = |part: &str| format!("translations.{language}.{part}");
            let tag = collector.take(&field("language"), LanguageTag::parse(language));
            let title = collector.take(&field("title"), short_text(&text.title, TITLE_MAX));
            let description = match text.description.trim() {
                "" => Some(String::new()),
                description => collector.take(
                    &field("description"),
                    LongText::parse(description, DESCRIPTION_MAX).map(|t| t.as_str().to_owned()),
                ),
            };
            if let (Some(language), Some(title), Some(description)) = (tag, title, description) {
                if texts.iter().any(|existing| existing.language == language) {
                    collector.reject(&field("language"), Invalid::new("duplicate_language"));
                } else {
                    texts.push(EventText {
                        language,
                        title,
                        description,
                    });
                }
            }
        }
        if let Some(primary) = primary
            && !texts.is_empty()
            && !texts.iter().any(|text| &text.language == primary)
        {
            collector.reject("translations", Invalid::new("primary_translation_missing"));
        }
        texts
    }

    fn schedule(&self, collector: &mut Collector, zone: Tz) -> Option<Schedule> {
        let start = match self.starts_at.as_deref() {
            Some(text) => collector.take("starts_at", time::parse(text, zone))?,
            None => return collector.take("starts_at", Err(Invalid::required())),
        };
        let all_day = self.all_day.unwrap_or(start.date_only);
        let start = WallTime {
            local: if all_day {
                start.local.date().and_time(chrono::NaiveTime::MIN)
            } else {
                start.local
            },
            ..start
        };
        let end_local = match self
            .ends_at
            .as_deref()
            .filter(|text| !text.trim().is_empty())
        {
            Some(text) => {
                let end = collector.take("ends_at", time::parse(text, zone))?;
                // An all-day event ends after its last day (exclusive, as in iCalendar).
                if all_day {
                    end.local.date().and_time(chrono::NaiveTime::MIN) + Duration::days(1)
                } else {
                    end.local
                }
            }
            None if all_day => start.local + Duration::days(1),
            None => start.local + DEFAULT_LENGTH,
        };
        let first_start = collector.take("starts_at", time::typed_instant(start.local, zone))?;
        let first_end = collector.take("ends_at", time::typed_instant(end_local, zone))?;
        if first_end <= first_start {
            return collector.take("ends_at", Err(Invalid::new("end_before_start")));
        }
        let length = first_end - first_start;
        let exceptions: Vec<NaiveDateTime> = self
            .cancelled_occurrences
            .iter()
            .flatten()
            .filter_map(|text| time::parse(text, zone).ok().map(|wall| wall.local))
            .collect();
        let to_local = |instant: NaiveDateTime| time::in_zone(instant, zone).naive_local();
        let to_utc = |local: NaiveDateTime| time::series_instant(local, zone).naive_utc();
        let (rrule, starts) = match self
            .recurrence
            .as_deref()
            .map(str::trim)
            .filter(|text| !text.is_empty())
        {
            Some(text) => {
                let rule = collector.take("recurrence", Rule::parse(text, to_local))?;
                let starts = collector.take("recurrence", rule.expand(start.local, &exceptions))?;
                (Some(rule.to_rrule(to_utc)), starts)
            }
            None => (None, vec![start.local]),
        };
        let occurrences = starts
            .iter()
            .map(|local| {
                let begin = if *local == start.local {
                    first_start
                } else {
                    time::series_instant(*local, zone)
                };
                (begin, begin + length)
            })
            .collect();
        Some(Schedule {
            zone,
            local_start: start.local,
            local_end: end_local,
            all_day,
            rrule,
            exceptions,
            occurrences,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weekly() -> EventInput {
        EventInput {
            primary_language: Some("en".into()),
            translations: Some(BTreeMap::from([(
                "en".to_owned(),
                EventTextInput {
                    title: "Meetup".into(),
                    description: String::new(),
                },
            )])),
            starts_at: Some("2027-03-09T18:00".into()),
            ends_at: Some("2027-03-09T20:00".into()),
            timezone: Some("Europe/Paris".into()),
            recurrence: Some("FREQ=WEEKLY;COUNT=4".into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_weekly_evening_stays_at_six_across_the_clock_change() {
        let fields = weekly().parse().unwrap();
        let starts: Vec<String> = fields
            .schedule
            .occurrences
            .iter()
            .map(|(start, _)| start.format("%m-%d %H:%M").to_string())
            .collect();
        // Paris moves to summer time on 28 March 2027: 17:00 UTC before, 16:00 UTC after.
        assert_eq!(
            starts,
            ["03-09 17:00", "03-16 17:00", "03-23 17:00", "03-30 16:00"]
        );
    }

    #[test]
    fn bad_schedules_are_named() {
        let mut input = weekly();
        input.ends_at = Some("2027-03-09T17:00".into());
        let AppError::Validation(errors) = input.parse().unwrap_err() else {
            panic!()
        };
        assert_eq!(
            (errors[0].field.as_str(), errors[0].code),
            ("ends_at", "end_before_start")
        );
        let mut input = weekly();
        input.starts_at = Some("2027-03-28T02:30".into());
        input.ends_at = None;
        input.recurrence = None;
        let AppError::Validation(errors) = input.parse().unwrap_err() else {
            panic!()
        };
        assert_eq!(errors[0].code, "nonexistent_local_time");
        let mut input = weekly();
        input.capacity = Some(0);
        input.online_url = Some("ftp://example.org".into());
        let AppError::Validation(errors) = input.parse().unwrap_err() else {
            panic!()
        };
        let fields: Vec<_> = errors.iter().map(|error| error.field.as_str()).collect();
        assert_eq!(fields, ["online_url", "capacity"]);
    }
}
