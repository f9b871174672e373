//! iCalendar (RFC 5545) output: events with a stable `UID`, `SEQUENCE` = version, `TZID` with a
//! matching `VTIMEZONE`, `RRULE` and `EXDATE` kept, a moved date of a series as a second
//! `VEVENT` with the same `UID` and its `RECURRENCE-ID`, and cancelled events as
//! `STATUS:CANCELLED`.
//! Written by hand: the format is small, and folding and escaping are done here once.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

use crate::events::{Event, EventStatus};

/// One event, with the text chosen for the feed's language.
pub struct FeedEvent<'a> {
    pub event: &'a Event,
    pub title: &'a str,
    pub description: &'a str,
    pub language: &'a str,
    pub url: String,
    pub location: Option<String>,
}

/// A whole calendar: one `VTIMEZONE` per zone used, then the events.
pub fn calendar(name: &str, host: &str, events: &[FeedEvent<'_>]) -> String {
    let mut out = Vec::new();
    out.push("BEGIN:VCALENDAR".to_owned());
    out.push("VERSION:2.0".to_owned());
    out.push("PRODID:-//diaspora-hub//events//EN".to_owned());
    out.push("CALSCALE:GREGORIAN".to_owned());
    out.push("METHOD:PUBLISH".to_owned());
    out.push(format!("X-WR-CALNAME:{}", escape(name)));
    let zones: BTreeSet<&str> = events
        .iter()
        .filter(|e| !e.event.all_day)
        .map(|e| e.event.timezone.as_str())
        .collect();
    for zone in zones {
        let Ok(tz) = zone.parse::<Tz>() else { continue };
        let years = events
            .iter()
            .filter(|e| e.event.timezone == zone)
            .flat_map(|e| {
                [
                    e.event.starts_at_utc.year(),
                    e.event.series_ends_at_utc.year(),
                ]
            });
        let (first, last) = years.fold((i32::MAX, i32::MIN), |(low, high), year| {
            (low.min(year), high.max(year))
        });
        let (first, last) = described_years(first, last, Utc::now().year());
        out.extend(vtimezone(tz, first, last));
    }
    for event in events {
        out.extend(vevent(event, host));
    }
    out.push("END:VCALENDAR".to_owned());
    out.iter()
        .map(|line| fold(line))
        .collect::<Vec<_>>()
        .join("")
}

fn vevent(feed: &FeedEvent<'_>, host: &str) -> Vec<String> {
    let event = feed.event;
    let stamp = |time: NaiveDateTime| time.format("%Y%m%dT%H%M%SZ").to_string();
    let mut lines = vec![
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}@{host}", event.uuid),
        format!("DTSTAMP:{}", stamp(event.updated_at)),
        format!("CREATED:{}", stamp(event.created_at)),
        format!("LAST-MODIFIED:{}", stamp(event.updated_at)),
        format!("SEQUENCE:{}", event.version),
    ];
    if event.all_day {
        lines.push(format!(
            "DTSTART;VALUE=DATE:{}",
            event.local_start.format("%Y%m%d")
        ));
        lines.push(format!(
            "DTEND;VALUE=DATE:{}",
            event.local_end.format("%Y%m%d")
        ));
    } else {
        lines.push(format!(
            "DTSTART;TZID={}:{}",
            event.timezone,
            event.local_start.format("%Y%m%dT%H%M%S")
        ));
        // The end as wall time of the first occurrence's end instant.
        let end = event
            .zone()
            .from_utc_datetime(&event.ends_at_utc)
            .naive_local();
        lines.push(format!(
            "DTEND;TZID={}:{}",
            event.timezone,
            end.format("%Y%m%dT%H%M%S")
        ));
    }
    if let Some(rule) = &event.rrule {
        lines.push(format!("RRULE:{rule}"));
        let exceptions = event.exception_list();
        if !exceptions.is_empty() {
            let dates: Vec<String> = exceptions
                .iter()
                .map(|local| local.format("%Y%m%dT%H%M%S").to_string())
                .collect();
            if event.all_day {
                let days: Vec<String> = exceptions
                    .iter()
                    .map(|local| local.format("%Y%m%d").to_string())
                    .collect();
                lines.push(format!("EXDATE;VALUE=DATE:{}", days.join(",")));
            } else {
                lines.push(format!(
                    "EXDATE;TZID={}:{}",
                    event.timezone,
                    dates.join(",")
                ));
            }
        }
    }
    lines.extend(described(feed));
    lines.push("END:VEVENT".to_owned());
    if event.rrule.is_some() {
        for moved in event.moves() {
            lines.extend(moved_date(feed, host, &moved));
        }
    }
    lines
}

/// A moved date: an override of the series' instance at `RECURRENCE-ID`.
fn moved_date(
    feed: &FeedEvent<'_>,
    host: &str,
    moved: &crate::events::occurrences::Move,
) -> Vec<String> {
    let event = feed.event;
    let zone = event.zone();
    let local = |instant: NaiveDateTime| zone.from_utc_datetime(&instant).naive_local();
    let stamp = event.updated_at.format("%Y%m%dT%H%M%SZ");
    let mut lines = vec![
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}@{host}", event.uuid),
        format!("DTSTAMP:{stamp}"),
        format!("LAST-MODIFIED:{stamp}"),
        format!("SEQUENCE:{}", event.version),
    ];
    if event.all_day {
        lines.push(format!(
            "RECURRENCE-ID;VALUE=DATE:{}",
            local(moved.recurrence_id).format("%Y%m%d")
        ));
        lines.push(format!(
            "DTSTART;VALUE=DATE:{}",
            local(moved.starts_at).format("%Y%m%d")
        ));
        lines.push(format!(
            "DTEND;VALUE=DATE:{}",
            local(moved.ends_at).format("%Y%m%d")
        ));
    } else {
        for (name, instant) in [
            ("RECURRENCE-ID", moved.recurrence_id),
            ("DTSTART", moved.starts_at),
            ("DTEND", moved.ends_at),
        ] {
            lines.push(format!(
                "{name};TZID={}:{}",
                event.timezone,
                local(instant).format("%Y%m%dT%H%M%S")
            ));
        }
    }
    lines.extend(described(feed));
    lines.push("END:VEVENT".to_owned());
    lines
}

/// Title, description, place, link and status: the same on the series and its moved dates.
fn described(feed: &FeedEvent<'_>) -> Vec<String> {
    let event = feed.event;
    let mut lines = Vec::new();
    lines.push(format!(
        "SUMMARY;LANGUAGE={}:{}",
        feed.language,
        escape(feed.title)
    ));
    if !feed.description.is_empty() {
        lines.push(format!(
            "DESCRIPTION;LANGUAGE={}:{}",
            feed.language,
            escape(feed.description)
        ));
    }
    if let Some(location) = &feed.location {
        lines.push(format!("LOCATION:{}", escape(location)));
    }
    lines.push(format!("URL:{}", feed.url));
    lines.push(format!(
        "STATUS:{}",
        match event.status() {
            EventStatus::Scheduled => "CONFIRMED",
            EventStatus::Cancelled => "CANCELLED",
        }
    ));
    lines
}

/// The years a `VTIMEZONE` describes for events from `first` to `last`: a year of margin on
/// each side, within the years events may have (1900 through a century after `this_year`).
/// Rows stored before that rule existed are clamped the same way, so no request ever
/// describes more than that span.
fn described_years(first: i32, last: i32, this_year: i32) -> (i32, i32) {
    let earliest = crate::events::time::EARLIEST_YEAR - 1;
    let latest = this_year + crate::events::time::YEARS_AHEAD + 1;
    let first = first.saturating_sub(1).clamp(earliest, latest);
    let last = last.saturating_add(1).clamp(first, latest);
    (first, last)
}

/// A `VTIMEZONE` listing every offset change of `zone` from `first_year` to `last_year`, each
/// as its own `STANDARD` or `DAYLIGHT` part (no rules to misread).
fn vtimezone(zone: Tz, first_year: i32, last_year: i32) -> Vec<String> {
    let mut lines = vec![
        "BEGIN:VTIMEZONE".to_owned(),
        format!("TZID:{}", zone.name()),
    ];
    let start = Utc
        .with_ymd_and_hms(first_year, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or_default();
    let end = Utc
        .with_ymd_and_hms(last_year, 12, 31, 0, 0, 0)
        .single()
        .unwrap_or_default();
    let seconds = |instant: DateTime<Utc>| {
        zone.offset_from_utc_datetime(&instant.naive_utc())
            .fix()
            .local_minus_utc()
    };
    let transitions = transitions(start, end, seconds);
    let offset_text = |seconds: i32| {
        let sign = if seconds < 0 { '-' } else { '+' };
        let seconds = seconds.abs();
        format!("{sign}{:02}{:02}", seconds / 3600, (seconds % 3600) / 60)
    };
    if transitions.is_empty() {
        let offset = zone.offset_from_utc_datetime(&start.naive_utc());
        lines.extend([
            "BEGIN:STANDARD".to_owned(),
            "DTSTART:19700101T000000".to_owned(),
            format!("TZOFFSETFROM:{}", offset_text(seconds(start))),
            format!("TZOFFSETTO:{}", offset_text(seconds(start))),
            format!("TZNAME:{}", offset.abbreviation().unwrap_or("UTC")),
            "END:STANDARD".to_owned(),
        ]);
    }
    for instant in transitions {
        let before = seconds(instant - Duration::seconds(1));
        let after_offset = zone.offset_from_utc_datetime(&instant.naive_utc());
        let kind = if after_offset.dst_offset().is_zero() {
            "STANDARD"
        } else {
            "DAYLIGHT"
        };
        let local_before = instant.naive_utc() + Duration::seconds(before.into());
        lines.extend([
            format!("BEGIN:{kind}"),
            format!("DTSTART:{}", local_before.format("%Y%m%dT%H%M%S")),
            format!("TZOFFSETFROM:{}", offset_text(before)),
            format!("TZOFFSETTO:{}", offset_text(seconds(instant))),
            format!(
                "TZNAME:{}",
                after_offset.abbreviation().unwrap_or(zone.name())
            ),
            format!("END:{kind}"),
        ]);
    }
    lines.push("END:VTIMEZONE".to_owned());
    lines
}

/// How far apart the offset is sampled while looking for changes. Offsets change at most a
/// few times a year and never twice within a week in the time-zone database, so a week-long
/// step finds every change; each is then narrowed down to the second.
const TRANSITION_STEP: Duration = Duration::days(7);

/// The instants in `start..end` where the UTC offset changes: a week-long walk from one
/// change to the next, each narrowed by halving (about 20 steps), so a century costs some
/// 5,000 offset look-ups rather than 36,500 days.
fn transitions(
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    seconds: impl Fn(DateTime<Utc>) -> i32,
) -> Vec<DateTime<Utc>> {
    let mut found = Vec::new();
    let mut low = start;
    while low < end {
        let high = (low + TRANSITION_STEP).min(end);
        if seconds(low) == seconds(high) {
            low = high;
            continue;
        }
        let (mut before, mut after) = (low, high);
        while after - before > Duration::seconds(1) {
            let middle = before + (after - before) / 2;
            if seconds(middle) == seconds(before) {
                before = middle
            } else {
                after = middle
            }
        }
        found.push(after);
        low = after;
    }
    found
}

/// Escapes TEXT values (RFC 5545 §3.3.11). Every line break (`\r\n`, `\n` or a lone `\r`,
/// which would otherwise end the content line) becomes `\n`.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace(['\r', '\n'], "\\n")
}

/// Folds a content line at 75 octets without splitting a character, and ends it with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for character in line.chars() {
        let size = character.len_utf8();
        if width + size > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(character);
        width += size;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_without_splitting_characters() {
        let folded = fold(&format!("SUMMARY:{}", "é".repeat(60)));
        assert!(folded.split("\r\n").all(|line| line.len() <= 75));
        assert_eq!(
            folded.replace("\r\n ", "").trim_end(),
            format!("SUMMARY:{}", "é".repeat(60))
        );
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        assert_eq!(escape("one\rtwo\r\nthree"), "one\\ntwo\\nthree");
    }

    #[test]
    fn paris_has_two_changes_a_year() {
        let zone: Tz = "Europe/Paris".parse().unwrap();
        let lines = vtimezone(zone, 2027, 2027);
        assert_eq!(
            lines
                .iter()
                .filter(|line| line.starts_with("BEGIN:DAYLIGHT"))
                .count(),
            1
        );
        assert_eq!(
            lines
                .iter()
                .filter(|line| line.starts_with("BEGIN:STANDARD"))
                .count(),
            1
        );
        assert!(lines.contains(&"DTSTART:20270328T020000".to_owned()));
        assert!(lines.contains(&"TZOFFSETTO:+0200".to_owned()));
        let dakar = vtimezone("Africa/Dakar".parse().unwrap(), 2027, 2027);
        assert!(dakar.contains(&"TZOFFSETTO:+0000".to_owned()));
    }

    #[test]
    fn week_steps_find_every_change_a_day_walk_finds() {
        for name in [
            "Europe/Paris",
            "Africa/Casablanca",
            "America/Sao_Paulo",
            "Asia/Tehran",
        ] {
            let zone: Tz = name.parse().unwrap();
            let seconds = |instant: DateTime<Utc>| {
                zone.offset_from_utc_datetime(&instant.naive_utc())
                    .fix()
                    .local_minus_utc()
            };
            let start = Utc.with_ymd_and_hms(1990, 1, 1, 0, 0, 0).unwrap();
            let end = Utc.with_ymd_and_hms(2040, 1, 1, 0, 0, 0).unwrap();
            let mut by_day = Vec::new();
            let mut day = start;
            while day < end {
                let next = day + Duration::days(1);
                if seconds(day) != seconds(next) {
                    by_day.push(day.date_naive());
                }
                day = next;
            }
            let by_week: Vec<_> = transitions(start, end, seconds)
                .into_iter()
                .map(|instant| (instant - Duration::seconds(1)).date_naive())
                .collect();
            assert_eq!(by_week, by_day, "{name}");
        }
    }

    #[test]
    fn a_series_spanning_millennia_is_described_over_the_allowed_span_only() {
        assert_eq!(described_years(2027, 2027, 2026), (2026, 2028));
        assert_eq!(described_years(1850, 24_000, 2026), (1899, 2127));
        assert_eq!(described_years(i32::MIN, i32::MAX, 2026), (1899, 2127));
        assert_eq!(described_years(9_000, 9_999, 2026), (2127, 2127));
        let zone: Tz = "Europe/Paris".parse().unwrap();
        let (first, last) = described_years(1850, 24_000, 2026);
        let lines = vtimezone(zone, first, last);
        assert!(lines.len() < 3_000, "{} lines", lines.len());
    }
}
