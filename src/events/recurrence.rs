//! Recurring events: the RRULE subset we accept (RFC 5545 §3.3.10) and its expansion, exactly
//! as the RFC expands it, so our pages list the dates a subscriber's calendar shows.
//!
//! Accepted: `FREQ=DAILY|WEEKLY|MONTHLY`, `INTERVAL`, `BYDAY` (with an ordinal for monthly rules:
//! `2TU` is the second Tuesday, `-1FR` the last Friday), `BYMONTHDAY` (daily and monthly rules;
//! `-1` is the last day), `WKST=MO`, and exactly one of `COUNT` or `UNTIL`. The start must be
//! the rule's first occurrence. A rule that never ends, that yields more than
//! [`MAX_OCCURRENCES`], or that runs past [`super::time::YEARS_AHEAD`] years is refused.
//!
//! How the parts combine (RFC 5545 §3.3.10, the table of BYxxx behaviour):
//! - `DAILY`: `BYDAY` and `BYMONTHDAY` *limit* the days;
//! - `WEEKLY`: `BYDAY` *expands* to those days of each week (weeks start on Monday);
//! - `MONTHLY`: `BYMONTHDAY` expands to those days of each month, and `BYDAY` then limits them;
//!   without `BYMONTHDAY`, `BYDAY` expands (all such weekdays, or the n-th); with neither, the
//!   start's day of the month, skipping months that lack it;
//! - `COUNT` counts occurrences from the start; `UNTIL` is inclusive and compared with each
//!   occurrence's start time, not its date; excluded dates are removed after counting.
//!
//! Expansion works on local wall time, so a weekly 18:00 event stays at 18:00 across
//! daylight-saving changes; [`super::time`] turns each wall time into an instant.

use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime, Weekday};

use crate::domain::Invalid;

/// Most occurrences one event may have (two years of daily events).
pub const MAX_OCCURRENCES: usize = 730;

/// How often a rule repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frequency {
    Daily,
    Weekly,
    Monthly,
}

/// When a rule stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// After this many occurrences (the first included).
    Count(u32),
    /// At this local wall time, inclusive.
    Until(NaiveDateTime),
}

/// A parsed rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub frequency: Frequency,
    pub interval: u32,
    /// Weekdays, each with an optional ordinal within the month (monthly rules only).
    pub by_day: Vec<(Option<i8>, Weekday)>,
    /// Days of the month, 1 to 31 or -31 to -1 (from the end).
    pub by_month_day: Vec<i8>,
    pub end: End,
}

fn invalid() -> Invalid {
    Invalid::new("invalid_rrule")
}

fn too_many() -> Invalid {
    Invalid {
        code: "rrule_too_many",
        args: vec![("max", MAX_OCCURRENCES as i64)],
    }
}

fn weekday(code: &str) -> Option<Weekday> {
    Some(match code {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

fn weekday_code(day: Weekday) -> &'static str {
    ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][day.num_days_from_monday() as usize]
}

fn parse_by_day(value: &str) -> Result<Vec<(Option<i8>, Weekday)>, Invalid> {
    value
        .split(',')
        .map(|day| {
            let day = day.trim().to_ascii_uppercase();
            let split = day.len().checked_sub(2).ok_or_else(invalid)?;
            let (ordinal, code) = (day.get(..split), day.get(split..));
            let ordinal = match ordinal.ok_or_else(invalid)? {
                "" => None,
                number => Some(
                    number
                        .trim_start_matches('+')
                        .parse::<i8>()
                        .ok()
                        .filter(|n| *n != 0 && (-5..=5).contains(n))
                        .ok_or_else(invalid)?,
                ),
            };
            Ok((ordinal, code.and_then(weekday).ok_or_else(invalid)?))
        })
        .collect()
}

fn parse_by_month_day(value: &str) -> Result<Vec<i8>, Invalid> {
    value
        .split(',')
        .map(|day| {
            day.trim()
                .trim_start_matches('+')
                .parse::<i8>()
                .ok()
                .filter(|n| *n != 0 && (-31..=31).contains(n))
                .ok_or_else(invalid)
        })
        .collect()
}

impl Rule {
    /// Parses a rule; `until_to_local` turns an `UNTIL=…Z` instant into local wall time.
    pub fn parse(
        text: &str,
        until_to_local: impl Fn(NaiveDateTime) -> NaiveDateTime,
    ) -> Result<Self, Invalid> {
        let text = text.trim().trim_start_matches("RRULE:");
        let (mut frequency, mut interval, mut count, mut until) = (None, 1, None, None);
        let (mut by_day, mut by_month_day) = (Vec::new(), Vec::new());
        for part in text.split(';').filter(|part| !part.is_empty()) {
            let (key, value) = part.split_once('=').ok_or_else(invalid)?;
            match key.to_ascii_uppercase().as_str() {
                "FREQ" => {
                    frequency = Some(match value.to_ascii_uppercase().as_str() {
                        "DAILY" => Frequency::Daily,
                        "WEEKLY" => Frequency::Weekly,
                        "MONTHLY" => Frequency::Monthly,
                        _ => return Err(Invalid::new("unsupported_rrule")),
                    })
                }
                "INTERVAL" => {
                    interval = value
                        .parse()
                        .ok()
                        .filter(|n| (1..=365).contains(n))
                        .ok_or_else(invalid)?
                }
                "COUNT" => {
                    count = Some(
                        value
                            .parse::<u32>()
                            .ok()
                            .filter(|n| *n >= 1)
                            .ok_or_else(invalid)?,
                    )
                }
                "UNTIL" => until = Some(parse_until(value, &until_to_local)?),
                "BYDAY" => by_day.extend(parse_by_day(value)?),
                "BYMONTHDAY" => by_month_day.extend(parse_by_month_day(value)?),
                "WKST" if value.eq_ignore_ascii_case("MO") => {}
                _ => return Err(Invalid::new("unsupported_rrule")),
            }
        }
        let frequency = frequency.ok_or_else(invalid)?;
        let has_ordinal = by_day.iter().any(|(ordinal, _)| ordinal.is_some());
        // RFC 5545: ordinals only in MONTHLY (and YEARLY) rules, never BYMONTHDAY with WEEKLY.
        // An ordinal weekday that only limits month days has no agreed meaning, so it is
        // refused rather than read one way here and another in calendars.
        if (has_ordinal && (frequency != Frequency::Monthly || !by_month_day.is_empty()))
            || (frequency == Frequency::Weekly && !by_month_day.is_empty())
        {
            return Err(invalid());
        }
        let end = match (count, until) {
            (Some(_), Some(_)) => return Err(invalid()),
            (None, None) => return Err(Invalid::new("rrule_unbounded")),
            (Some(count), None) if count as usize > MAX_OCCURRENCES => return Err(too_many()),
            (Some(count), None) => End::Count(count),
            (None, Some(until)) => End::Until(until),
        };
        Ok(Self {
            frequency,
            interval,
            by_day,
            by_month_day,
            end,
        })
    }

    /// The canonical text, with `UNTIL` written as a UTC instant as RFC 5545 requires when the
    /// start has a time zone (`until_to_utc` converts the local wall time).
    pub fn to_rrule(&self, until_to_utc: impl Fn(NaiveDateTime) -> NaiveDateTime) -> String {
        let mut parts = vec![format!(
            "FREQ={}",
            match self.frequency {
                Frequency::Daily => "DAILY",
                Frequency::Weekly => "WEEKLY",
                Frequency::Monthly => "MONTHLY",
            }
        )];
        if self.interval != 1 {
            parts.push(format!("INTERVAL={}", self.interval));
        }
        if !self.by_day.is_empty() {
            let days: Vec<String> = self
                .by_day
                .iter()
                .map(|(ordinal, day)| {
                    format!(
                        "{}{}",
                        ordinal.map(|n| n.to_string()).unwrap_or_default(),
                        weekday_code(*day)
                    )
                })
                .collect();
            parts.push(format!("BYDAY={}", days.join(",")));
        }
        if !self.by_month_day.is_empty() {
            let days: Vec<String> = self.by_month_day.iter().map(i8::to_string).collect();
            parts.push(format!("BYMONTHDAY={}", days.join(",")));
        }
        parts.push(match self.end {
            End::Count(count) => format!("COUNT={count}"),
            End::Until(until) => format!("UNTIL={}", until_to_utc(until).format("%Y%m%dT%H%M%SZ")),
        });
        parts.join(";")
    }

    /// Every occurrence's local start, the first being `start`, without `exceptions`.
    /// Fails when `start` does not fit the rule, the rule yields too many occurrences, or it
    /// runs past [`super::time::YEARS_AHEAD`] years from now.
    pub fn expand(
        &self,
        start: NaiveDateTime,
        exceptions: &[NaiveDateTime],
    ) -> Result<Vec<NaiveDateTime>, Invalid> {
        let latest_year = chrono::Utc::now().year() + super::time::YEARS_AHEAD;
        self.expand_through(start, exceptions, latest_year)
    }

    /// [`Self::expand`] with the last year allowed given.
    pub fn expand_through(
        &self,
        start: NaiveDateTime,
        exceptions: &[NaiveDateTime],
        latest_year: i32,
    ) -> Result<Vec<NaiveDateTime>, Invalid> {
        let occurrences = self.occurrences(start, latest_year)?;
        if occurrences.first() != Some(&start) {
            return Err(Invalid::new("rrule_start_mismatch"));
        }
        Ok(occurrences
            .into_iter()
            .filter(|occurrence| !exceptions.contains(occurrence))
            .collect())
    }

    fn occurrences(
        &self,
        start: NaiveDateTime,
        latest_year: i32,
    ) -> Result<Vec<NaiveDateTime>, Invalid> {
        let first = start.date();
        let mut occurrences = Vec::new();
        let mut period = 0_u32;
        // Each step ends the series (count reached, until passed) before it asks whether the
        // series runs too long, so a series that ends right at the limit is accepted.
        loop {
            let (period_start, dates) = self
                .period(first, period)
                .ok_or_else(|| too_long_through(latest_year))?;
            period += 1;
            if let End::Until(until) = self.end
                && period_start.and_time(start.time()) > until
            {
                return Ok(occurrences);
            }
            if period_start.year() > latest_year {
                return Err(too_long_through(latest_year));
            }
            for date in dates.into_iter().filter(|date| *date >= first) {
                let occurrence = date.and_time(start.time());
                if matches!(self.end, End::Until(until) if occurrence > until) {
                    return Ok(occurrences);
                }
                if date.year() > latest_year {
                    return Err(too_long_through(latest_year));
                }
                if occurrences.len() >= MAX_OCCURRENCES {
                    return Err(too_many());
                }
                occurrences.push(occurrence);
                if matches!(self.end, End::Count(count) if occurrences.len() as u32 >= count) {
                    return Ok(occurrences);
                }
            }
        }
    }

    /// The first day of the period `index` periods (times the interval) after the first one,
    /// and its candidate dates in order; `None` past the calendar's end.
    fn period(&self, first: NaiveDate, index: u32) -> Option<(NaiveDate, Vec<NaiveDate>)> {
        let steps = index.checked_mul(self.interval)?;
        match self.frequency {
            Frequency::Daily => {
                let day = first.checked_add_signed(Duration::days(steps.into()))?;
                let kept = self.day_is_limited_in(day);
                Some((day, if kept { vec![day] } else { Vec::new() }))
            }
            Frequency::Weekly => {
                let monday = first.checked_sub_signed(Duration::days(
                    first.weekday().num_days_from_monday().into(),
                ))? + Duration::weeks(steps.into());
                let mut days: Vec<Weekday> = if self.by_day.is_empty() {
                    vec![first.weekday()]
                } else {
                    self.by_day.iter().map(|(_, day)| *day).collect()
                };
                days.sort_by_key(Weekday::num_days_from_monday);
                days.dedup();
                let dates = days
                    .into_iter()
                    .map(|day| monday + Duration::days(day.num_days_from_monday().into()))
                    .collect();
                Some((monday, dates))
            }
            Frequency::Monthly => {
                let month_start = first.with_day(1)?.checked_add_months(Months::new(steps))?;
                Some((month_start, self.month_dates(first, month_start)))
            }
        }
    }

    /// For a daily rule: whether `day` passes the BYDAY and BYMONTHDAY limits.
    fn day_is_limited_in(&self, day: NaiveDate) -> bool {
        let weekday_ok = self.by_day.is_empty()
            || self
                .by_day
                .iter()
                .any(|(_, weekday)| *weekday == day.weekday());
        let month_day_ok = self.by_month_day.is_empty()
            || self.by_month_day.iter().any(|month_day| {
                resolve_month_day(day.year(), day.month(), *month_day) == Some(day)
            });
        weekday_ok && month_day_ok
    }

    /// A monthly rule's dates in the month starting `month_start`.
    fn month_dates(&self, first: NaiveDate, month_start: NaiveDate) -> Vec<NaiveDate> {
        let (year, month) = (month_start.year(), month_start.month());
        let mut dates: Vec<NaiveDate> = if !self.by_month_day.is_empty() {
            self.by_month_day
                .iter()
                .filter_map(|day| resolve_month_day(year, month, *day))
                .filter(|date| {
                    self.by_day.is_empty()
                        || self
                            .by_day
                            .iter()
                            .any(|(_, weekday)| *weekday == date.weekday())
                })
                .collect()
        } else if !self.by_day.is_empty() {
            self.by_day
                .iter()
                .flat_map(|(ordinal, day)| weekdays_in_month(year, month, *day, *ordinal))
                .collect()
        } else {
            NaiveDate::from_ymd_opt(year, month, first.day())
                .into_iter()
                .collect()
        };
        dates.sort();
        dates.dedup();
        dates
    }
}

fn too_long_through(latest_year: i32) -> Invalid {
    Invalid {
        code: "rrule_too_long",
        args: vec![("max", latest_year.into())],
    }
}

/// Day `day` of a month (negative: from the end), if the month has it.
fn resolve_month_day(year: i32, month: u32, day: i8) -> Option<NaiveDate> {
    if day > 0 {
        NaiveDate::from_ymd_opt(year, month, day as u32)
    } else {
        let last = NaiveDate::from_ymd_opt(year, month, 1)?
            .checked_add_months(Months::new(1))?
            .pred_opt()?;
        last.checked_sub_signed(Duration::days(i64::from(-day) - 1))
            .filter(|date| date.month() == month)
    }
}

/// The dates of `day` in a month: all of them, or only the `ordinal`-th (negative: from the end).
fn weekdays_in_month(year: i32, month: u32, day: Weekday, ordinal: Option<i8>) -> Vec<NaiveDate> {
    let all: Vec<NaiveDate> = (1..=31)
        .filter_map(|number| NaiveDate::from_ymd_opt(year, month, number))
        .filter(|date| date.weekday() == day)
        .collect();
    match ordinal {
        None => all,
        Some(n) if n > 0 => all.get(n as usize - 1).copied().into_iter().collect(),
        Some(n) => all
            .len()
            .checked_sub(n.unsigned_abs() as usize)
            .and_then(|index| all.get(index))
            .copied()
            .into_iter()
            .collect(),
    }
}

fn parse_until(
    value: &str,
    until_to_local: &impl Fn(NaiveDateTime) -> NaiveDateTime,
) -> Result<NaiveDateTime, Invalid> {
    if let Some(utc) = value.strip_suffix('Z') {
        let instant = NaiveDateTime::parse_from_str(utc, "%Y%m%dT%H%M%S").map_err(|_| invalid())?;
        return Ok(until_to_local(instant));
    }
    if let Ok(local) = NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S") {
        return Ok(local);
    }
    NaiveDate::parse_from_str(value, "%Y%m%d")
        .map(|date| date.and_hms_opt(23, 59, 59).unwrap_or_default())
        .map_err(|_| invalid())
}

#[cfg(test)]
#[path = "recurrence_tests.rs"]
mod tests;
