//! Recurring events: the RRULE subset we accept (RFC 5545 §3.3.10) and its expansion.
//!
//! Accepted: `FREQ=DAILY|WEEKLY|MONTHLY`, `INTERVAL`, `BYDAY` (with an ordinal for monthly rules:
//! `2TU` is the second Tuesday, `-1FR` the last Friday), and exactly one of `COUNT` or `UNTIL`.
//! A rule that never ends, or that yields more than [`MAX_OCCURRENCES`], is refused.
//! Expansion works on local wall time, so a weekly 18:00 event stays at 18:00 across
//! daylight-saving changes; [`super::time`] turns each wall time into an instant.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Weekday};

use crate::domain::Invalid;

/// Most occurrences one event may have (two years of daily events).
pub const MAX_OCCURRENCES: usize = 730;
/// Most periods examined while expanding, so a rule that rarely matches cannot spin.
const MAX_PERIODS: usize = 20_000;

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
    pub end: End,
}

fn invalid() -> Invalid {
    Invalid::new("invalid_rrule")
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

impl Rule {
    /// Parses a rule; `until_to_local` turns an `UNTIL=…Z` instant into local wall time.
    pub fn parse(
        text: &str,
        until_to_local: impl Fn(NaiveDateTime) -> NaiveDateTime,
    ) -> Result<Self, Invalid> {
        let text = text.trim().trim_start_matches("RRULE:");
        let (mut frequency, mut interval, mut by_day, mut count, mut until) =
            (None, 1, Vec::new(), None, None);
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
                "BYDAY" => {
                    for day in value.split(',') {
                        let day = day.trim().to_ascii_uppercase();
                        let split = day.len().checked_sub(2).ok_or_else(invalid)?;
                        let (ordinal, code) = day.split_at(split);
                        let ordinal = match ordinal {
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
                        by_day.push((ordinal, weekday(code).ok_or_else(invalid)?));
                    }
                }
                "WKST" if value.eq_ignore_ascii_case("MO") => {}
                _ => return Err(Invalid::new("unsupported_rrule")),
            }
        }
        let frequency = frequency.ok_or_else(invalid)?;
        if frequency != Frequency::Monthly && by_day.iter().any(|(ordinal, _)| ordinal.is_some()) {
            return Err(invalid());
        }
        let end = match (count, until) {
            (Some(_), Some(_)) => return Err(invalid()),
            (None, None) => return Err(Invalid::new("rrule_unbounded")),
            (Some(count), None) if count as usize > MAX_OCCURRENCES => {
                return Err(Invalid {
                    code: "rrule_too_many",
                    args: vec![("max", MAX_OCCURRENCES as i64)],
                });
            }
            (Some(count), None) => End::Count(count),
            (None, Some(until)) => End::Until(until),
        };
        Ok(Self {
            frequency,
            interval,
            by_day,
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
        parts.push(match self.end {
            End::Count(count) => format!("COUNT={count}"),
            End::Until(until) => format!("UNTIL={}", until_to_utc(until).format("%Y%m%dT%H%M%SZ")),
        });
        parts.join(";")
    }

    /// Every occurrence's local start, the first being `start`, without `exceptions`.
    /// Fails when `start` does not fit the rule or the rule yields too many occurrences.
    pub fn expand(
        &self,
        start: NaiveDateTime,
        exceptions: &[NaiveDateTime],
    ) -> Result<Vec<NaiveDateTime>, Invalid> {
        let dates = self.dates(start.date())?;
        if dates.first() != Some(&start.date()) {
            return Err(Invalid::new("rrule_start_mismatch"));
        }
        Ok(dates
            .into_iter()
            .map(|date| date.and_time(start.time()))
            .filter(|occurrence| !exceptions.contains(occurrence))
            .collect())
    }

    fn dates(&self, first: NaiveDate) -> Result<Vec<NaiveDate>, Invalid> {
        let too_many = || Invalid {
            code: "rrule_too_many",
            args: vec![("max", MAX_OCCURRENCES as i64)],
        };
        let mut dates = Vec::new();
        for period in 0..MAX_PERIODS {
            let period = period as u32 * self.interval;
            for date in self.period_dates(first, period) {
                if date < first {
                    continue;
                }
                match self.end {
                    End::Count(count) if dates.len() as u32 >= count => return Ok(dates),
                    End::Until(until) if date.and_time(chrono::NaiveTime::MIN) > until => {
                        return Ok(dates);
                    }
                    _ => {}
                }
                if dates.len() >= MAX_OCCURRENCES {
                    return Err(too_many());
                }
                dates.push(date);
            }
        }
        Err(too_many())
    }

    /// Candidate dates of the period `offset` periods after the first one, in order.
    fn period_dates(&self, first: NaiveDate, offset: u32) -> Vec<NaiveDate> {
        match self.frequency {
            Frequency::Daily => first
                .checked_add_signed(Duration::days(offset.into()))
                .into_iter()
                .collect(),
            Frequency::Weekly => {
                let monday = first - Duration::days(first.weekday().num_days_from_monday().into())
                    + Duration::weeks(offset.into());
                let mut days: Vec<Weekday> = if self.by_day.is_empty() {
                    vec![first.weekday()]
                } else {
                    self.by_day.iter().map(|(_, day)| *day).collect()
                };
                days.sort_by_key(|day| day.num_days_from_monday());
                days.dedup();
                days.into_iter()
                    .map(|day| monday + Duration::days(day.num_days_from_monday().into()))
                    .collect()
            }
            Frequency::Monthly => {
                let months = first.year() * 12 + first.month0() as i32 + offset as i32;
                let (year, month) = (months.div_euclid(12), months.rem_euclid(12) as u32 + 1);
                let mut dates: Vec<NaiveDate> = if self.by_day.is_empty() {
                    NaiveDate::from_ymd_opt(year, month, first.day())
                        .into_iter()
                        .collect()
                } else {
                    self.by_day
                        .iter()
                        .flat_map(|(ordinal, day)| weekdays_in_month(year, month, *day, *ordinal))
                        .collect()
                };
                dates.sort();
                dates.dedup();
                dates
            }
        }
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
mod tests {
    use super::*;

    fn local(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").unwrap()
    }

    fn rule(text: &str) -> Result<Rule, Invalid> {
        Rule::parse(text, |instant| instant)
    }

    #[test]
    fn weekly_rules_repeat_on_their_days() {
        let dates = rule("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4")
            .unwrap()
            .expand(local("2027-03-02T18:00"), &[])
            .unwrap();
        assert_eq!(
            dates,
            [
                local("2027-03-02T18:00"),
                local("2027-03-04T18:00"),
                local("2027-03-09T18:00"),
                local("2027-03-11T18:00")
            ]
        );
    }

    #[test]
    fn the_second_tuesday_of_each_month() {
        let dates = rule("FREQ=MONTHLY;BYDAY=2TU;COUNT=3")
            .unwrap()
            .expand(local("2027-01-12T19:00"), &[])
            .unwrap();
        assert_eq!(
            dates,
            [
                local("2027-01-12T19:00"),
                local("2027-02-09T19:00"),
                local("2027-03-09T19:00")
            ]
        );
        let last_friday = rule("FREQ=MONTHLY;BYDAY=-1FR;COUNT=2")
            .unwrap()
            .expand(local("2027-01-29T12:00"), &[])
            .unwrap();
        assert_eq!(last_friday[1], local("2027-02-26T12:00"));
    }

    #[test]
    fn until_interval_and_exceptions() {
        let dates = rule("FREQ=DAILY;INTERVAL=2;UNTIL=20270107")
            .unwrap()
            .expand(local("2027-01-01T09:00"), &[local("2027-01-03T09:00")])
            .unwrap();
        assert_eq!(
            dates,
            [
                local("2027-01-01T09:00"),
                local("2027-01-05T09:00"),
                local("2027-01-07T09:00")
            ]
        );
    }

    #[test]
    fn endless_huge_mismatched_and_unsupported_rules_are_refused() {
        assert_eq!(rule("FREQ=WEEKLY").unwrap_err().code, "rrule_unbounded");
        assert_eq!(
            rule("FREQ=DAILY;COUNT=5000").unwrap_err().code,
            "rrule_too_many"
        );
        assert_eq!(
            rule("FREQ=DAILY;UNTIL=20991231")
                .unwrap()
                .expand(local("2027-01-01T09:00"), &[])
                .unwrap_err()
                .code,
            "rrule_too_many"
        );
        assert_eq!(
            rule("FREQ=YEARLY;COUNT=2").unwrap_err().code,
            "unsupported_rrule"
        );
        assert_eq!(
            rule("FREQ=WEEKLY;BYDAY=2TU;COUNT=2").unwrap_err().code,
            "invalid_rrule"
        );
        assert_eq!(
            rule("FREQ=WEEKLY;BYDAY=MO;COUNT=2")
                .unwrap()
                .expand(local("2027-03-02T18:00"), &[])
                .unwrap_err()
                .code,
            "rrule_start_mismatch"
        );
        assert_eq!(rule("nonsense").unwrap_err().code, "invalid_rrule");
    }

    #[test]
    fn rules_print_canonically() {
        let parsed = rule("freq=monthly;byday=2tu;count=3").unwrap();
        assert_eq!(parsed.to_rrule(|t| t), "FREQ=MONTHLY;BYDAY=2TU;COUNT=3");
        let until = rule("FREQ=WEEKLY;UNTIL=20270601T000000Z").unwrap();
        assert_eq!(until.to_rrule(|t| t), "FREQ=WEEKLY;UNTIL=20270601T000000Z");
    }
}
