//! The event form's "Repeats" picker, which needs no JavaScript: does not repeat / every day /
//! every week on (days) / every month on the (n-th weekday | date), every N, ten times or
//! until a date, plus skipped dates. It writes the RRULE the event stores (the raw rule stays
//! for experts as "custom") and reads a stored rule back into the picker when it can.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};

use super::groups::Choice;
use crate::domain::Invalid;
use crate::events::recurrence::{End, Frequency, Rule};
use crate::i18n::I18n;

/// iCalendar weekday codes, Monday first, as the day checkboxes name them (`repeat_day_TU`).
pub const DAY_CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// The picker's fields as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RepeatFields {
    /// `` (does not repeat), `daily`, `weekly`, `monthly` or `custom` (the raw rule).
    pub repeat: String,
    /// Every N days, weeks or months.
    pub interval: String,
    /// Checked weekdays of a weekly rule (`TU`).
    pub days: Vec<String>,
    /// `weekday` (the n-th weekday of the start) or `date` (the start's day of the month).
    pub monthly: String,
    /// `count` or `until`.
    pub end: String,
    pub count: String,
    /// A date (`2027-06-30`), inclusive.
    pub until: String,
    /// Dates left out of the series, comma-separated (`2027-04-06, 2027-04-13`).
    pub skipped: String,
}

impl RepeatFields {
    /// Reads the picker from a form's extra fields (`repeat`, `repeat_interval`, `repeat_day_TU`…).
    pub fn from_fields(fields: &BTreeMap<String, String>) -> Self {
        let get = |name: &str| fields.get(name).map(|value| value.trim().to_owned());
        Self {
            repeat: get("repeat").unwrap_or_default(),
            interval: get("repeat_interval").unwrap_or_default(),
            days: DAY_CODES
                .iter()
                .filter(|code| fields.contains_key(&format!("repeat_day_{code}")))
                .map(|code| (*code).to_owned())
                .collect(),
            monthly: get("repeat_monthly").unwrap_or_default(),
            end: get("repeat_end").unwrap_or_default(),
            count: get("repeat_count").unwrap_or_default(),
            until: get("repeat_until").unwrap_or_default(),
            skipped: get("repeat_skipped").unwrap_or_default(),
        }
    }

    /// Writes the picker back into a form's extra fields, to show it again.
    pub fn write(&self, fields: &mut BTreeMap<String, String>) {
        let mut set = |name: &str, value: &str| {
            fields.insert(name.to_owned(), value.to_owned());
        };
        set("repeat", &self.repeat);
        set("repeat_interval", &self.interval);
        set("repeat_monthly", &self.monthly);
        set("repeat_end", &self.end);
        set("repeat_count", &self.count);
        set("repeat_until", &self.until);
        set("repeat_skipped", &self.skipped);
        for day in &self.days {
            fields.insert(format!("repeat_day_{day}"), "on".to_owned());
        }
    }

    /// The rule the picker describes for a series starting at `start`, or `None` when it does
    /// not repeat or asks for the raw rule. Errors name the picker field at fault.
    pub fn to_rrule(&self, start: NaiveDate) -> Result<Option<String>, (&'static str, Invalid)> {
        let frequency = match self.repeat.as_str() {
            "daily" => Frequency::Daily,
            "weekly" => Frequency::Weekly,
            "monthly" => Frequency::Monthly,
            _ => return Ok(None),
        };
        let interval = match self.interval.as_str() {
            "" => 1,
            typed => typed
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=365).contains(n))
                .ok_or(("repeat_interval", Invalid::out_of_range(1, 365)))?,
        };
        let by_day = match frequency {
            Frequency::Weekly if self.days.is_empty() => vec![(None, start.weekday())],
            Frequency::Weekly => self
                .days
                .iter()
                .filter_map(|code| weekday(code).map(|day| (None, day)))
                .collect(),
            Frequency::Monthly if self.monthly != "date" => {
                vec![(Some(week_of_month(start)), start.weekday())]
            }
            _ => Vec::new(),
        };
        let end = if self.end == "until" {
            let date = NaiveDate::parse_from_str(&self.until, "%Y-%m-%d")
                .map_err(|_| ("repeat_until", Invalid::new("invalid_date")))?;
            End::Until(date.and_hms_opt(23, 59, 59).unwrap_or_default())
        } else {
            let count = self
                .count
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=730).contains(n))
                .ok_or(("repeat_count", Invalid::out_of_range(1, 730)))?;
            End::Count(count)
        };
        let rule = Rule {
            frequency,
            interval,
            by_day,
            by_month_day: Vec::new(),
            end,
        };
        // Floating local UNTIL: the event's own parse turns it into the stored UTC form.
        Ok(Some(
            rule.to_rrule(|local| local)
                .trim_end_matches('Z')
                .to_owned(),
        ))
    }

    /// The skipped dates as occurrence starts at the series' time of day
    /// (`2027-04-06T18:00:00`), the form the event's cancelled occurrences take.
    pub fn skipped_occurrences(&self, start: NaiveDateTime) -> Result<Vec<String>, Invalid> {
        crate::i18n::names::split_typed_list(&self.skipped)
            .iter()
            .filter(|date| !date.is_empty())
            .map(|date| {
                NaiveDate::parse_from_str(date, "%Y-%m-%d")
                    .map(|date| {
                        date.and_time(start.time())
                            .format("%Y-%m-%dT%H:%M:%S")
                            .to_string()
                    })
                    .map_err(|_| Invalid::new("invalid_date"))
            })
            .collect()
    }

    /// The picker for an event's stored rule (`UNTIL` in UTC, read in `zone`): `custom` when
    /// the picker cannot say it, nothing when the event does not repeat.
    pub fn from_stored(
        rule: &str,
        start: NaiveDateTime,
        zone: chrono_tz::Tz,
        exdates: &[String],
    ) -> Self {
        use chrono::TimeZone as _;
        if rule.trim().is_empty() {
            return Self::default();
        }
        let until_to_local =
            |instant: NaiveDateTime| zone.from_utc_datetime(&instant).naive_local();
        match Rule::parse(rule, until_to_local) {
            Ok(rule) => Self::from_rule(&rule, start, exdates),
            Err(_) => Self {
                repeat: "custom".into(),
                ..Self::default()
            },
        }
    }

    /// "Does not repeat", "Every day", … as radio choices; `raw_rule` says an expert rule is
    /// typed, which counts as "custom" when nothing else is chosen.
    pub fn frequency_choices(&self, i18n: &I18n, raw_rule: bool) -> Vec<Choice> {
        ["", "daily", "weekly", "monthly", "custom"]
            .iter()
            .map(|value| Choice {
                value: (*value).into(),
                label: i18n
                    .plain(&format!(
                        "event-repeat-{}",
                        Some(*value).filter(|v| !v.is_empty()).unwrap_or("none")
                    ))
                    .into(),
                selected: self.repeat == *value
                    || (*value == "custom" && self.repeat.is_empty() && raw_rule),
            })
            .collect()
    }

    /// The weekdays as checkboxes, Monday first, named in the reader's language.
    pub fn weekday_choices(&self, i18n: &I18n) -> Vec<Choice> {
        DAY_CODES
            .iter()
            .map(|code| Choice {
                value: (*code).into(),
                label: i18n.plain(&format!("weekday-{code}")).into(),
                selected: self.days.iter().any(|day| day == code),
            })
            .collect()
    }

    /// The picker showing a stored rule, or `custom` when the picker cannot say it.
    pub fn from_rule(rule: &Rule, start: NaiveDateTime, exdates: &[String]) -> Self {
        let mut fields = Self {
            interval: rule.interval.to_string(),
            skipped: exdates
                .iter()
                .map(|local| local.chars().take(10).collect::<String>())
                .collect::<Vec<_>>()
                .join(", "),
            ..Self::default()
        };
        match rule.end {
            End::Count(count) => {
                fields.end = "count".into();
                fields.count = count.to_string();
            }
            End::Until(until) => {
                fields.end = "until".into();
                fields.until = until.date().format("%Y-%m-%d").to_string();
            }
        }
        let start_day = start.date();
        let plain_days = rule.by_day.iter().all(|(ordinal, _)| ordinal.is_none());
        fields.repeat = match rule.frequency {
            Frequency::Daily if rule.by_day.is_empty() && rule.by_month_day.is_empty() => "daily",
            Frequency::Weekly if plain_days => {
                // Without BYDAY a weekly rule repeats on the start's weekday.
                let days: Vec<Weekday> = match rule.by_day.as_slice() {
                    [] => vec![start_day.weekday()],
                    by_day => by_day.iter().map(|(_, day)| *day).collect(),
                };
                fields.days = days
                    .iter()
                    .map(|day| DAY_CODES[day.num_days_from_monday() as usize].to_owned())
                    .collect();
                "weekly"
            }
            Frequency::Monthly if rule.by_day.is_empty() && rule.by_month_day.is_empty() => {
                fields.monthly = "date".into();
                "monthly"
            }
            Frequency::Monthly
                if rule.by_month_day.is_empty()
                    && rule.by_day == [(Some(week_of_month(start_day)), start_day.weekday())] =>
            {
                fields.monthly = "weekday".into();
                "monthly"
            }
            _ => "custom",
        }
        .to_owned();
        fields
    }
}

/// Which of its month's weekdays `date` is: 1 to 4, or -1 for a fifth (the last).
pub fn week_of_month(date: NaiveDate) -> i8 {
    match (date.day() - 1) / 7 + 1 {
        5 => -1,
        week => week as i8,
    }
}

fn weekday(code: &str) -> Option<Weekday> {
    DAY_CODES
        .iter()
        .position(|known| *known == code)
        .and_then(|index| Weekday::try_from(index as u8).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picker(pairs: &[(&str, &str)]) -> RepeatFields {
        RepeatFields::from_fields(
            &pairs
                .iter()
                .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
                .collect(),
        )
    }

    fn tuesday() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 3, 9).unwrap()
    }

    #[test]
    fn every_other_tuesday_ten_times() {
        let fields = picker(&[
            ("repeat", "weekly"),
            ("repeat_interval", "2"),
            ("repeat_day_TU", "on"),
            ("repeat_end", "count"),
            ("repeat_count", "10"),
        ]);
        assert_eq!(
            fields.to_rrule(tuesday()).unwrap().as_deref(),
            Some("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10")
        );
    }

    #[test]
    fn the_second_tuesday_of_each_month_until_a_date() {
        let fields = picker(&[
            ("repeat", "monthly"),
            ("repeat_monthly", "weekday"),
            ("repeat_end", "until"),
            ("repeat_until", "2027-12-31"),
        ]);
        assert_eq!(
            fields.to_rrule(tuesday()).unwrap().as_deref(),
            Some("FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231T235959")
        );
        let on_the_date = picker(&[
            ("repeat", "monthly"),
            ("repeat_monthly", "date"),
            ("repeat_count", "6"),
        ]);
        assert_eq!(
            on_the_date.to_rrule(tuesday()).unwrap().as_deref(),
            Some("FREQ=MONTHLY;COUNT=6")
        );
    }

    #[test]
    fn bad_numbers_name_their_field_and_no_repeat_is_no_rule() {
        assert_eq!(picker(&[]).to_rrule(tuesday()), Ok(None));
        let error = picker(&[("repeat", "daily"), ("repeat_count", "ten")])
            .to_rrule(tuesday())
            .unwrap_err();
        assert_eq!(error.0, "repeat_count");
        let error = picker(&[("repeat", "daily"), ("repeat_end", "until")])
            .to_rrule(tuesday())
            .unwrap_err();
        assert_eq!(error.0, "repeat_until");
    }

    #[test]
    fn a_stored_rule_reads_back_into_the_picker() {
        let start = tuesday().and_hms_opt(18, 0, 0).unwrap();
        for text in [
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10",
            "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231T235959",
            "FREQ=DAILY;COUNT=5",
        ] {
            let rule = Rule::parse(text, |local| local).unwrap();
            let fields = RepeatFields::from_rule(&rule, start, &[]);
            assert_ne!(fields.repeat, "custom", "{text}");
            assert_eq!(
                fields.to_rrule(start.date()).unwrap().as_deref(),
                Some(text)
            );
        }
        let plain_weekly = Rule::parse("FREQ=WEEKLY;COUNT=4", |local| local).unwrap();
        assert_eq!(
            RepeatFields::from_rule(&plain_weekly, start, &[]).days,
            ["TU"],
            "a weekly rule without days repeats on the start's weekday"
        );
        let odd = Rule::parse("FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=4", |local| local).unwrap();
        assert_eq!(RepeatFields::from_rule(&odd, start, &[]).repeat, "custom");
    }

    #[test]
    fn skipped_dates_become_occurrences_at_the_series_time() {
        let fields = picker(&[("repeat_skipped", "2027-03-23، 2027-04-06")]);
        let start = tuesday().and_hms_opt(18, 30, 0).unwrap();
        assert_eq!(
            fields.skipped_occurrences(start).unwrap(),
            ["2027-03-23T18:30:00", "2027-04-06T18:30:00"]
        );
        let bad = picker(&[("repeat_skipped", "next week")]);
        assert!(bad.skipped_occurrences(start).is_err());
    }
}
