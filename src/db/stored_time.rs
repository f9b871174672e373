//! Timestamps as the database returns them, read without chrono's format parser.
//!
//! Diesel reads a SQLite timestamp (stored as text) by trying up to 18 chrono format strings in
//! turn, and chrono parses each format string afresh for every value. A listing reads hundreds
//! of timestamps a page (seven an event, two an occurrence, two a group), and under load this
//! took an eighth of the events API's CPU. [`StoredTime`] reads the text diesel itself writes
//! (`2026-12-01 16:59:30.123652243`) directly and leaves anything else to diesel, so every
//! value diesel accepts is still accepted. PostgreSQL's binary timestamps go through diesel.
//!
//! Used as `#[diesel(deserialize_as = StoredTime)]` on the `NaiveDateTime` fields of the rows
//! that listings load.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql};
use diesel::pg::Pg;
use diesel::sql_types::Timestamp;
use diesel::sqlite::Sqlite;

use super::MultiBackend;

/// A timestamp read from either database; converts into the `NaiveDateTime` it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, diesel::deserialize::FromSqlRow)]
pub struct StoredTime(pub NaiveDateTime);

impl From<StoredTime> for NaiveDateTime {
    fn from(stored: StoredTime) -> Self {
        stored.0
    }
}

impl FromSql<Timestamp, Sqlite> for StoredTime {
    fn from_sql(mut value: <Sqlite as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
        if let Some(instant) = parse_written_form(value.read_text()) {
            return Ok(Self(instant));
        }
        <NaiveDateTime as FromSql<Timestamp, Sqlite>>::from_sql(value).map(Self)
    }
}

impl FromSql<Timestamp, Pg> for StoredTime {
    fn from_sql(value: <Pg as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
        <NaiveDateTime as FromSql<Timestamp, Pg>>::from_sql(value).map(Self)
    }
}

impl FromSql<Timestamp, MultiBackend> for StoredTime {
    fn from_sql(value: <MultiBackend as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
        value.from_sql::<Self, Timestamp>()
    }
}

/// `YYYY-MM-DD HH:MM:SS` with an optional fraction of one to nine digits (a `T` may stand for
/// the space): the form diesel writes. `None` for anything else, including impossible dates.
fn parse_written_form(text: &str) -> Option<NaiveDateTime> {
    let bytes = text.as_bytes();
    if bytes.len() < 19
        || bytes[4] != b'-'
        || bytes[7] != b'-'
        || !matches!(bytes[10], b' ' | b'T')
        || bytes[13] != b':'
        || bytes[16] != b':'
    {
        return None;
    }
    let year = digits(&bytes[0..4])?;
    let month = digits(&bytes[5..7])?;
    let day = digits(&bytes[8..10])?;
    let hour = digits(&bytes[11..13])?;
    let minute = digits(&bytes[14..16])?;
    let second = digits(&bytes[17..19])?;
    let nanosecond = match &bytes[19..] {
        [] => 0,
        [b'.', fraction @ ..] if (1..=9).contains(&fraction.len()) => {
            digits(fraction)? * 10u32.pow(9 - fraction.len() as u32)
        }
        _ => return None,
    };
    let date = NaiveDate::from_ymd_opt(year as i32, month, day)?;
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nanosecond)?;
    Some(date.and_time(time))
}

/// The number written in ASCII digits, `None` if any byte is not one.
fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |number, byte| {
        byte.is_ascii_digit()
            .then(|| number * 10 + u32::from(byte - b'0'))
    })
}

#[cfg(test)]
mod tests {
    use diesel::prelude::*;

    use super::*;

    fn chrono_reads(text: &str, format: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, format).unwrap()
    }

    #[test]
    fn the_forms_diesel_writes_read_as_chrono_reads_them() {
        for text in [
            "2026-12-01 16:59:30",
            "2026-12-01 16:59:30.1",
            "2026-12-01 16:59:30.123",
            "2026-12-01 16:59:30.123652",
            "2026-12-01 16:59:30.123652243",
            "0001-01-01 00:00:00",
            "9999-12-31 23:59:59.999999999",
            "2028-02-29 12:00:00",
        ] {
            assert_eq!(
                parse_written_form(text),
                Some(chrono_reads(text, "%F %T%.f")),
                "{text}"
            );
        }
        assert_eq!(
            parse_written_form("2026-12-01T16:59:30.5"),
            Some(chrono_reads("2026-12-01T16:59:30.5", "%FT%T%.f"))
        );
    }

    #[test]
    fn other_forms_and_impossible_dates_are_left_to_diesel() {
        for text in [
            "2026-12-01 16:59",
            "2026-12-01 16:59:30Z",
            "2026-12-01 16:59:30+01:00",
            "2026-12-01 16:59:30.",
            "2026-12-01 16:59:30.1234567891",
            "2026-13-01 16:59:30",
            "2027-02-29 16:59:30",
            "2026-12-01 24:00:00",
            "2026-1a-01 16:59:30",
            "2461011.2",
            "",
        ] {
            assert_eq!(parse_written_form(text), None, "{text}");
        }
    }

    /// What the database stores comes back the same, on SQLite (through the fast form and
    /// through diesel for a form it does not take) and on PostgreSQL when `TEST_DATABASE_URL`
    /// names one.
    #[test]
    fn stored_timestamps_read_back_unchanged() {
        let (_directory, pool) = crate::db::single_connection_pool();
        let mut connection = pool.get().unwrap();
        let on_sqlite = matches!(*connection, crate::db::AnyConnection::Sqlite(_));
        let written = chrono_reads("2026-12-01 16:59:30.123456", "%F %T%.f");

        let read: StoredTime = diesel::select(written.into_sql::<Timestamp>())
            .get_result(&mut *connection)
            .unwrap();

        assert_eq!(read.0, written);
        if on_sqlite {
            let text_with_zone = diesel::dsl::sql::<Timestamp>("'2026-12-01 16:59:30+00:00'");
            let read: StoredTime = diesel::select(text_with_zone)
                .get_result(&mut *connection)
                .unwrap();
            assert_eq!(read.0, chrono_reads("2026-12-01 16:59:30", "%F %T"));
        }
    }
}
