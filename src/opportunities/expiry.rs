//! Expiry: a date (`2027-06-30`) means "open through that day" and expires when the next day
//! begins in the opportunity's time zone; an RFC 3339 instant is taken as given. It must be in
//! the future and no later than the end of the same day next year.

use chrono::{DateTime, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeZone as _, Utc};
use chrono_tz::Tz;

use crate::domain::Invalid;

/// An expiry as typed back into a form: the date when it is the end of a day in `zone` (the
/// moment the next day begins there, which is not always midnight).
pub fn format_expiry(expires_at: NaiveDateTime, zone: Tz) -> String {
    let local = zone.from_utc_datetime(&expires_at);
    if start_of_day(local.date_naive(), zone) == expires_at {
        (local.date_naive() - Days::new(1))
            .format("%Y-%m-%d")
            .to_string()
    } else {
        local.to_rfc3339()
    }
}

/// The first instant of `date` in `zone` (after the gap, when midnight does not exist there).
fn start_of_day(date: NaiveDate, zone: Tz) -> NaiveDateTime {
    crate::events::time::series_instant(date.and_time(NaiveTime::MIN), zone).naive_utc()
}

/// Reads an expiry and checks it lies between `now` and the end of the same day next year;
/// a date ends at midnight in `zone`.
pub fn parse_expiry(text: &str, zone: Tz, now: NaiveDateTime) -> Result<NaiveDateTime, Invalid> {
    let text = text.trim();
    let expires_at = if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        start_of_day(date + Days::new(1), zone)
    } else if let Ok(instant) = DateTime::parse_from_rfc3339(text) {
        instant.with_timezone(&Utc).naive_utc()
    } else {
        return Err(Invalid::new("invalid_date"));
    };
    let today = zone.from_utc_datetime(&now).date_naive();
    let latest = today
        .checked_add_months(Months::new(12))
        .map(|date| start_of_day(date + Days::new(1), zone))
        .unwrap_or(NaiveDateTime::MAX);
    if expires_at <= now {
        Err(Invalid::new("expiry_in_past"))
    } else if expires_at > latest {
        Err(Invalid::new("expiry_too_far"))
    } else {
        Ok(expires_at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").unwrap()
    }

    #[test]
    fn expiry_is_open_through_the_day_and_at_most_a_year_ahead() {
        let now = at("2027-03-10T15:00");
        let utc = Tz::UTC;
        assert_eq!(
            parse_expiry("2027-03-10", utc, now).unwrap(),
            at("2027-03-11T00:00")
        );
        assert_eq!(
            parse_expiry("2028-03-10", utc, now).unwrap(),
            at("2028-03-11T00:00")
        );
        assert_eq!(
            parse_expiry("2028-03-11", utc, now).unwrap_err().code,
            "expiry_too_far"
        );
        assert_eq!(
            parse_expiry("2027-03-09", utc, now).unwrap_err().code,
            "expiry_in_past"
        );
        assert_eq!(
            parse_expiry("2027-03-10T14:59:00Z", utc, now)
                .unwrap_err()
                .code,
            "expiry_in_past"
        );
        assert!(parse_expiry("2027-03-10T16:00:00+01:00", utc, now).is_err());
        assert!(parse_expiry("2027-03-10T17:00:00+01:00", utc, now).is_ok());
        assert_eq!(
            parse_expiry("next week", utc, now).unwrap_err().code,
            "invalid_date"
        );
        assert_eq!(format_expiry(at("2027-03-11T00:00"), utc), "2027-03-10");
    }

    #[test]
    fn a_date_ends_at_midnight_in_the_opportunitys_zone() {
        let now = at("2027-03-10T15:00");
        let los_angeles: Tz = "America/Los_Angeles".parse().unwrap();
        let tokyo: Tz = "Asia/Tokyo".parse().unwrap();
        // Through 30 June in Los Angeles (UTC-7 in summer) is 07:00 UTC on 1 July.
        let june = parse_expiry("2027-06-30", los_angeles, now).unwrap();
        assert_eq!(june, at("2027-07-01T07:00"));
        assert_eq!(format_expiry(june, los_angeles), "2027-06-30");
        // In Tokyo the same date ends 16 hours earlier, still on 30 June in UTC.
        assert_eq!(
            parse_expiry("2027-06-30", tokyo, now).unwrap(),
            at("2027-06-30T15:00")
        );
        // Already past midnight in Tokyo: "today" there is 11 March, so 10 March is over.
        let tokyo_evening = at("2027-03-10T16:00");
        assert_eq!(
            parse_expiry("2027-03-10", tokyo, tokyo_evening)
                .unwrap_err()
                .code,
            "expiry_in_past"
        );
        // A year ahead counts from the day it is there.
        assert!(parse_expiry("2028-03-11", tokyo, tokyo_evening).is_ok());
        // Where midnight does not exist (Santiago skips 00:00–01:00 when summer time starts),
        // the day ends when the next one begins.
        let santiago: Tz = "America/Santiago".parse().unwrap();
        let santiago_end = parse_expiry("2027-09-04", santiago, now).unwrap();
        assert_eq!(santiago_end, at("2027-09-05T04:00"));
        assert_eq!(
            format_expiry(santiago_end, santiago),
            "2027-09-04",
            "saved again, it stays the same day"
        );
        // An instant that is not a midnight there is shown as an instant in that zone.
        assert_eq!(
            format_expiry(at("2027-07-01T12:00"), los_angeles),
            "2027-07-01T05:00:00-07:00"
        );
    }
}
