//! Event times: reading them (local wall time plus an IANA zone, RFC 3339 with an offset, or a
//! date for all-day events) and turning wall times into instants.
//!
//! Rules, after RFC 5545 §3.3.5:
//! - an **ambiguous** wall time (the repeated hour when clocks go back) means the first of the
//!   two instants;
//! - a wall time **in a gap** (the skipped hour when clocks go forward) is refused when a person
//!   types it, and inside a recurring series is read with the offset in force before the gap
//!   (02:30 on a spring-forward night becomes 03:30 summer time).

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset,
    TimeZone, Timelike, Utc,
};
use chrono_tz::Tz;

use crate::domain::Invalid;

/// A time as typed, resolved to a wall time in the event's zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WallTime {
    /// Local date and time in the event's zone.
    pub local: NaiveDateTime,
    /// Whether only a date was given (all-day events).
    pub date_only: bool,
}

/// The earliest year an event may take place in.
pub const EARLIEST_YEAR: i32 = 1900;
/// How many years ahead of today an event may take place.
pub const YEARS_AHEAD: i32 = 100;

/// Reads `2027-03-20T18:00[:00]` (wall time in `zone`), `2027-03-20T18:00:00+01:00` (any
/// offset; converted to `zone`) or `2027-03-20` (a date), from 1900 through 100 years ahead
/// (`date_out_of_range` otherwise: calendars and partners cannot read years like 10000).
pub fn parse(text: &str, zone: Tz) -> Result<WallTime, Invalid> {
    let wall = parse_any_year(text, zone)?;
    in_window(wall.local, Utc::now().year())?;
    Ok(wall)
}

/// `date_out_of_range` (naming the first and last years allowed) unless `local` falls in
/// [`EARLIEST_YEAR`] through [`YEARS_AHEAD`] years after `this_year`.
pub fn in_window(local: NaiveDateTime, this_year: i32) -> Result<(), Invalid> {
    let latest = this_year + YEARS_AHEAD;
    if (EARLIEST_YEAR..=latest).contains(&local.year()) {
        Ok(())
    } else {
        Err(Invalid {
            code: "date_out_of_range",
            args: vec![("min", EARLIEST_YEAR.into()), ("max", latest.into())],
        })
    }
}

fn parse_any_year(text: &str, zone: Tz) -> Result<WallTime, Invalid> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Invalid::required());
    }
    if let Ok(instant) = DateTime::parse_from_rfc3339(text) {
        // Whole seconds only: paging cursors and calendar feeds work in seconds.
        let local = instant.with_timezone(&zone).naive_local();
        return Ok(WallTime {
            local: local.with_nanosecond(0).unwrap_or(local),
            date_only: false,
        });
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(local) = NaiveDateTime::parse_from_str(text, format) {
            return Ok(WallTime {
                local,
                date_only: false,
            });
        }
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(|date| WallTime {
            local: date.and_time(NaiveTime::MIN),
            date_only: true,
        })
        .map_err(|_| Invalid::new("invalid_datetime"))
}

/// The instant of a wall time a person typed: ambiguous → the first; in a gap → refused.
pub fn typed_instant(local: NaiveDateTime, zone: Tz) -> Result<DateTime<Utc>, Invalid> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(instant) => Ok(instant.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Ok(first.with_timezone(&Utc)),
        LocalResult::None => Err(Invalid::new("nonexistent_local_time")),
    }
}

/// The instant of a wall time inside a series: ambiguous → the first; in a gap → read with the
/// offset in force before the gap.
pub fn series_instant(local: NaiveDateTime, zone: Tz) -> DateTime<Utc> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(instant) => instant.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            let before = zone
                .from_utc_datetime(&(local - Duration::hours(3)))
                .offset()
                .fix();
            (local - Duration::seconds(before.local_minus_utc().into())).and_utc()
        }
    }
}

/// An instant as RFC 3339 with the offset it has in `zone` (`2027-03-20T18:00:00+01:00`).
pub fn in_zone(instant: NaiveDateTime, zone: Tz) -> DateTime<chrono::FixedOffset> {
    zone.from_utc_datetime(&instant).fixed_offset()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").unwrap()
    }

    #[test]
    fn typed_times_in_all_three_forms() {
        let paris: Tz = "Europe/Paris".parse().unwrap();
        assert_eq!(
            parse("2027-03-20T18:00", paris).unwrap().local,
            local("2027-03-20T18:00")
        );
        assert_eq!(
            parse("2027-03-20T17:00:00Z", paris).unwrap().local,
            local("2027-03-20T18:00")
        );
        let day = parse("2027-03-20", paris).unwrap();
        assert!(day.date_only);
        assert_eq!(
            parse("20 March", paris).unwrap_err().code,
            "invalid_datetime"
        );
    }

    #[test]
    fn gaps_are_refused_when_typed_and_shifted_in_series_and_overlaps_take_the_first() {
        let paris: Tz = "Europe/Paris".parse().unwrap();
        assert_eq!(
            typed_instant(local("2027-03-28T02:30"), paris)
                .unwrap_err()
                .code,
            "nonexistent_local_time"
        );
        assert_eq!(
            series_instant(local("2027-03-28T02:30"), paris),
            local("2027-03-28T01:30").and_utc()
        );
        // 02:30 happens twice on 31 October 2027; the first is still summer time (+02:00).
        assert_eq!(
            typed_instant(local("2027-10-31T02:30"), paris).unwrap(),
            local("2027-10-31T00:30").and_utc()
        );
    }

    #[test]
    fn only_years_from_1900_to_a_century_ahead_are_read() {
        let paris: Tz = "Europe/Paris".parse().unwrap();
        for far in [
            "0000-01-01",
            "-0001-06-01T10:00",
            "1899-12-31T23:59",
            "9999-12-31T10:00",
        ] {
            let error = parse(far, paris).unwrap_err();
            assert_eq!(error.code, "date_out_of_range", "{far}");
        }
        assert_eq!(
            parse("+10000-01-01T00:00:00+01:00", paris)
                .unwrap_err()
                .code,
            "invalid_datetime"
        );
        assert!(in_window(local("1900-01-01T00:00"), 2026).is_ok());
        assert!(in_window(local("2126-12-31T23:59"), 2026).is_ok());
        let beyond = in_window(local("2127-01-01T00:00"), 2026).unwrap_err();
        assert_eq!(beyond.args, vec![("min", 1900), ("max", 2126)]);
    }
}
