//! The changed dates of a calendar series: dates its `EXDATE`s leave out, and single dates that
//! a VEVENT of the same UID with a `RECURRENCE-ID` changes, cancelled (`STATUS:CANCELLED`) or
//! moved (its own `DTSTART`/`DTEND`). They are kept in the series' stored copy as
//! `cancelled_occurrences` and `moved_occurrences`, the shapes of our own event objects, so the
//! series is listed here with the dates its calendar really has.

use std::collections::HashMap;

use chrono::{Duration, NaiveDateTime};
use serde_json::{Value, json};

use super::ical::version_of;
use super::ical_format::{Component, duration, instant};

/// One series' changed dates, from its overriding VEVENTs.
#[derive(Debug, Default)]
pub(super) struct SeriesChanges {
    /// Recurrence ids (UTC) of the cancelled dates.
    cancelled: Vec<NaiveDateTime>,
    /// (recurrence id, new start, new end when given), all UTC.
    moved: Vec<(NaiveDateTime, NaiveDateTime, Option<NaiveDateTime>)>,
    /// The newest version among the overriding VEVENTs.
    version: i64,
}

/// A UID as listings are keyed by it (its first 300 characters).
pub(super) fn key(uid: &str) -> String {
    uid.chars().take(300).collect()
}

/// The changed dates of each series in `events`, by UID ([`key`]).
pub(super) fn by_uid(events: &[Component]) -> HashMap<String, SeriesChanges> {
    let mut changes: HashMap<String, SeriesChanges> = HashMap::new();
    for event in events {
        let (Some(uid), Some(recurrence)) = (event.text("UID"), event.get("RECURRENCE-ID")) else {
            continue;
        };
        let Ok((recurrence_id, _)) = instant(recurrence) else {
            continue;
        };
        let at = |name: &str| {
            event
                .get(name)
                .and_then(|property| instant(property).ok())
                .map(|(at, _)| at)
        };
        let cancelled = event
            .text("STATUS")
            .is_some_and(|status| status.eq_ignore_ascii_case("CANCELLED"));
        let series = changes.entry(key(&uid)).or_default();
        series.version = series.version.max(version_of(event));
        match (cancelled, at("DTSTART")) {
            (true, _) => series.cancelled.push(recurrence_id),
            (false, Some(starts_at)) => {
                let ends_at = at("DTEND")
                    .or_else(|| starts_at.checked_add_signed(duration(&event.text("DURATION")?)?));
                series.moved.push((recurrence_id, starts_at, ends_at));
            }
            // Neither cancelled nor given a time: nothing changes on that date.
            (false, None) => {}
        }
    }
    changes
}

/// The dates a series' own `EXDATE`s leave out, as RFC 3339 instants.
pub(super) fn excluded(event: &Component) -> Vec<String> {
    excluded_instants(event)
        .into_iter()
        .map(|at| at.and_utc().to_rfc3339())
        .collect()
}

fn excluded_instants(event: &Component) -> Vec<NaiveDateTime> {
    event
        .properties
        .iter()
        .filter(|(name, ..)| name == "EXDATE")
        .flat_map(|(name, parameters, values)| {
            values.split(',').filter_map(|value| {
                instant(&(name.clone(), parameters.clone(), value.to_owned()))
                    .ok()
                    .map(|(at, _)| at)
            })
        })
        .collect()
}

impl SeriesChanges {
    /// The newest version among the overriding VEVENTs.
    pub(super) fn version(&self) -> i64 {
        self.version
    }

    /// `cancelled_occurrences` (with the series' own `EXDATE`s) and `moved_occurrences` for the
    /// stored copy of `series`, whose dates last `length` unless an override says otherwise.
    pub(super) fn document(&self, series: &Component, length: Duration) -> (Vec<String>, Value) {
        let rfc3339 = |at: NaiveDateTime| at.and_utc().to_rfc3339();
        let mut cancelled = excluded_instants(series);
        cancelled.extend(&self.cancelled);
        cancelled.sort();
        cancelled.dedup();
        let moved: Vec<Value> = self
            .moved
            .iter()
            .map(|(recurrence_id, starts_at, ends_at)| {
                let ends_at = ends_at
                    .filter(|end| end > starts_at)
                    .or_else(|| starts_at.checked_add_signed(length))
                    .unwrap_or(*starts_at);
                json!({
                    "recurrence_id": rfc3339(*recurrence_id),
                    "starts_at": rfc3339(*starts_at),
                    "ends_at": rfc3339(ends_at),
                })
            })
            .collect();
        (
            cancelled.into_iter().map(rfc3339).collect(),
            Value::Array(moved),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A weekly series in Paris with one EXDATE, a cancelled date and a moved date.
    const FEED: &str = "BEGIN:VCALENDAR\r\n\
        BEGIN:VEVENT\r\nUID:s@peer\r\nSUMMARY:Class\r\nSEQUENCE:1\r\n\
        DTSTART;TZID=Europe/Paris:20300305T180000\r\nDTEND;TZID=Europe/Paris:20300305T193000\r\n\
        RRULE:FREQ=WEEKLY;COUNT=5\r\nEXDATE;TZID=Europe/Paris:20300312T180000\r\nEND:VEVENT\r\n\
        BEGIN:VEVENT\r\nUID:s@peer\r\nRECURRENCE-ID;TZID=Europe/Paris:20300319T180000\r\n\
        STATUS:CANCELLED\r\nSEQUENCE:3\r\nDTSTART;TZID=Europe/Paris:20300319T180000\r\nEND:VEVENT\r\n\
        BEGIN:VEVENT\r\nUID:s@peer\r\nRECURRENCE-ID;TZID=Europe/Paris:20300326T180000\r\n\
        SUMMARY:Class\r\nDTSTART;TZID=Europe/Paris:20300327T190000\r\nEND:VEVENT\r\n\
        END:VCALENDAR\r\n";

    #[test]
    fn excluded_cancelled_and_moved_dates_are_kept_with_their_series() {
        let events = super::super::ical_format::parse_calendar(FEED.as_bytes()).unwrap();
        let changes = by_uid(&events);
        let series = &changes["s@peer"];

        let (cancelled, moved) = series.document(&events[0], Duration::minutes(90));

        assert_eq!(
            cancelled,
            ["2030-03-12T17:00:00+00:00", "2030-03-19T17:00:00+00:00"]
        );
        assert_eq!(
            moved,
            json!([{"recurrence_id": "2030-03-26T17:00:00+00:00",
                "starts_at": "2030-03-27T18:00:00+00:00", "ends_at": "2030-03-27T19:30:00+00:00"}])
        );
        assert_eq!(series.version(), 30_000_000_000, "the newest override's");
    }
}
