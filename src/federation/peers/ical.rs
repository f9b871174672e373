//! Pulling from any iCalendar feed (RFC 5545), such as a Gancio or Mobilizon group calendar:
//! every run reads the whole feed (with `If-None-Match`); each VEVENT is keyed by its UID and
//! versioned by SEQUENCE and LAST-MODIFIED. A series keeps its changed dates (`EXDATE`, and
//! VEVENTs with a `RECURRENCE-ID`, read by [`super::ical_changes`]). Deletions are inferred only
//! after two complete, successful snapshots without an event. An event without UID or start, or
//! with a broken RRULE, is logged and skipped.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde_json::json;

use super::Peer;
use super::fetch::{self, Fetched};
use super::ical_changes::SeriesChanges;
use super::ical_format::{Component, NotACalendar, duration, instant, parse_calendar};
use super::imported::{self, Incoming, Stored};
use super::sync::{SyncError, SyncReport};
use crate::db::schema::peers;
use crate::db::{self, AnyConnection};
use crate::state::AppState;

/// Whether an RRULE is well-formed RFC 5545 (we keep it; we do not expand it).
fn rrule_is_valid(rule: &str) -> bool {
    let mut frequency = false;
    let (mut count, mut until) = (false, false);
    for part in rule.split(';') {
        let Some((key, value)) = part.split_once('=') else {
            return false;
        };
        let ok = match key.to_ascii_uppercase().as_str() {
            "FREQ" => {
                frequency = true;
                matches!(
                    value,
                    "SECONDLY" | "MINUTELY" | "HOURLY" | "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY"
                )
            }
            "COUNT" => {
                count = true;
                value.parse::<u32>().is_ok_and(|n| n > 0)
            }
            "INTERVAL" => value.parse::<u32>().is_ok_and(|n| n > 0),
            "UNTIL" => {
                until = true;
                value
                    .get(..8)
                    .is_some_and(|date| date.chars().all(|c| c.is_ascii_digit()))
            }
            "BYDAY" | "BYMONTHDAY" | "BYMONTH" | "BYSETPOS" | "WKST" | "BYYEARDAY" | "BYWEEKNO"
            | "BYHOUR" | "BYMINUTE" | "BYSECOND" => !value.is_empty(),
            _ => false,
        };
        if !ok {
            return false;
        }
    }
    frequency && !(count && until)
}

/// A VEVENT's version: SEQUENCE first, LAST-MODIFIED to break ties.
pub(super) fn version_of(event: &Component) -> i64 {
    let sequence: i64 = event
        .text("SEQUENCE")
        .and_then(|text| text.trim().parse().ok())
        .unwrap_or(0);
    let modified = event
        .get("LAST-MODIFIED")
        .and_then(|property| instant(property).ok())
        .map_or(0, |(at, _)| at.and_utc().timestamp().max(0));
    sequence
        .saturating_mul(10_000_000_000)
        .saturating_add(modified)
}

/// Reads one VEVENT (a single event or a series, with the changed dates of a series); the
/// error says why it was skipped.
fn read_event(
    event: &Component,
    own_url: &str,
    changes: Option<&SeriesChanges>,
) -> Result<Incoming, String> {
    let uid = event.text("UID").ok_or("no UID")?;
    let title = event
        .text("SUMMARY")
        .ok_or_else(|| format!("{uid}: no SUMMARY"))?;
    let start = event
        .get("DTSTART")
        .ok_or_else(|| format!("{uid}: no DTSTART"))?;
    let (starts_at, timezone) = instant(start).map_err(|reason| format!("{uid}: {reason}"))?;
    let rrule = event.text("RRULE");
    if let Some(rule) = &rrule
        && !rrule_is_valid(rule)
    {
        return Err(format!("{uid}: invalid RRULE {rule:?}"));
    }
    let url = event
        .text("URL")
        .and_then(|url| crate::domain::absolute_http_url(&url));
    if url
        .as_deref()
        .is_some_and(|url| url.starts_with(&format!("{own_url}/")))
    {
        return Err(format!("{uid}: one of our own listings coming back"));
    }
    // DTEND, else DTSTART plus DURATION; neither leaves the end to our default.
    let ends_at = event
        .get("DTEND")
        .and_then(|property| instant(property).ok())
        .map(|(at, _)| at)
        .or_else(|| {
            let length = duration(&event.text("DURATION")?)?;
            starts_at.checked_add_signed(length)
        });
    // A DTSTART that is a date (`VALUE=DATE`) makes an all-day event.
    let all_day = NaiveDate::parse_from_str(start.2.trim(), "%Y%m%d").is_ok();
    let length = ends_at
        .map(|end| end - starts_at)
        .filter(|length| *length > chrono::Duration::zero())
        .unwrap_or(chrono::Duration::hours(2));
    let changed = changes.map(|changes| changes.document(event, length));
    let document = json!({
        "uid": uid, "title": title, "description": event.text("DESCRIPTION"),
        "starts_at": starts_at.and_utc().to_rfc3339(), "timezone": timezone,
        "ends_at": ends_at.map(|at| at.and_utc().to_rfc3339()), "all_day": all_day,
        "cancelled_occurrences": changed.as_ref().map_or_else(
            || super::ical_changes::excluded(event), |(cancelled, _)| cancelled.clone()),
        "moved_occurrences": changed.map_or_else(|| json!([]), |(_, moved)| moved),
        "location": event.text("LOCATION"), "url": url, "recurrence": rrule,
        "status": event.text("STATUS"),
    });
    Ok(Incoming {
        remote_id: uid.chars().take(300).collect(),
        resource_type: "event".into(),
        // A changed date changes the series.
        remote_version: version_of(event).max(changes.map_or(0, SeriesChanges::version)),
        canonical_url: url,
        title: title.chars().take(300).collect(),
        language: event
            .get("SUMMARY")
            .and_then(|(_, parameters, _)| parameters.iter().find(|(key, _)| key == "LANGUAGE"))
            .map(|(_, language)| language.clone()),
        starts_at: Some(starts_at),
        timezone,
        document: document.to_string(),
    })
}

/// Reads the whole feed and brings the copy in line with it.
pub async fn sync(state: &AppState, peer: &Peer) -> Result<SyncReport, SyncError> {
    let timeout = std::time::Duration::from_secs(state.settings.peer_timeout_seconds);
    let fetched = fetch::get(
        &peer.base_url,
        None,
        peer.etag.as_deref(),
        state.settings.allow_private_peers,
        timeout,
    )
    .await?;
    let (body, etag) = match fetched {
        Fetched::NotModified => return Ok(SyncReport::default()),
        Fetched::Gone => return Err(SyncError::Malformed("the calendar is gone (410)".into())),
        Fetched::Body { body, etag } => (body, etag),
    };
    let events = parse_calendar(&body).map_err(|reason| {
        SyncError::Malformed(
            match reason {
                NotACalendar::NotUtf8 => "the calendar is not UTF-8 text",
                NotACalendar::NotICalendar => "not an iCalendar document",
            }
            .into(),
        )
    })?;
    let own = state.settings.public_url.as_str().to_owned();
    let mut report = SyncReport::default();
    let mut incoming = Vec::new();
    // Still published, even if skipped this time: not a deletion.
    let present: Vec<String> = events
        .iter()
        .filter_map(|event| event.text("UID"))
        .map(|uid| super::ical_changes::key(&uid))
        .collect();
    let changes = super::ical_changes::by_uid(&events);
    // A changed date is read with its series.
    let series: Vec<&Component> = events
        .iter()
        .filter(|event| event.get("RECURRENCE-ID").is_none())
        .collect();
    let series_uids: HashSet<String> = series
        .iter()
        .filter_map(|event| event.text("UID"))
        .map(|uid| super::ical_changes::key(&uid))
        .collect();
    for uid in changes.keys().filter(|uid| !series_uids.contains(*uid)) {
        let reason = format!("{uid}: changed dates of a series the calendar does not hold");
        tracing::warn!(peer = %peer.base_url, %reason, "skipped an event");
        report.skipped += 1;
    }
    for event in series {
        let changed = event
            .text("UID")
            .and_then(|uid| changes.get(&super::ical_changes::key(&uid)));
        match read_event(event, &own, changed) {
            Ok(read) => incoming.push(read),
            Err(reason) => {
                tracing::warn!(peer = %peer.base_url, %reason, "skipped an event");
                report.skipped += 1;
            }
        }
    }
    let (peer_id, publish) = (peer.id, peer.publishes_at_once());
    let applied = db::run(&state.db, move |connection| {
        db::write_transaction(connection, |connection| {
            let mut applied = SyncReport::default();
            for listing in &incoming {
                match imported::store_snapshot(connection, peer_id, publish, listing)? {
                    Stored::Created => applied.created += 1,
                    Stored::Updated => applied.updated += 1,
                    Stored::Unchanged => applied.unchanged += 1,
                }
            }
            applied.removed += imported::missed(connection, peer_id, &present)?;
            save_etag(connection, peer_id, etag.as_deref())?;
            Ok::<_, crate::error::AppError>(applied)
        })
    })
    .await?;
    report.add(applied);
    Ok(report)
}

fn save_etag(
    connection: &mut AnyConnection,
    peer_id: i64,
    etag: Option<&str>,
) -> Result<(), crate::error::AppError> {
    use diesel::prelude::*;
    diesel::update(peers::table.find(peer_id))
        .set(peers::etag.eq(etag))
        .execute(connection)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FEED: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a@peer\r\nSUMMARY;LANGUAGE=fr:Soirée\\, musique\r\n  et danse\r\nDTSTART;TZID=Europe/Paris:20270320T180000\r\nSEQUENCE:2\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nBEGIN:VALARM\r\nSUMMARY:reminder\r\nEND:VALARM\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:No uid\r\nDTSTART:20270320T180000Z\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:b@peer\r\nSUMMARY:Broken\r\nDTSTART:20270320\r\nRRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    #[test]
    fn events_are_read_and_bad_ones_named() {
        let events = parse_calendar(FEED.as_bytes()).unwrap();
        assert_eq!(events.len(), 3);
        let first = read_event(&events[0], "https://us.example", None).unwrap();
        assert_eq!(first.title, "Soirée, musique et danse");
        assert_eq!(first.language.as_deref(), Some("fr"));
        assert_eq!(first.starts_at.unwrap().to_string(), "2027-03-20 17:00:00");
        assert_eq!(first.remote_version, 20_000_000_000);
        assert_eq!(read_event(&events[1], "", None).unwrap_err(), "no UID");
        assert!(
            read_event(&events[2], "", None)
                .unwrap_err()
                .contains("invalid RRULE")
        );
        assert_eq!(
            parse_calendar(b"<html>").unwrap_err(),
            NotACalendar::NotICalendar
        );
        assert!(
            parse_calendar(&FEED.as_bytes()[..FEED.len() / 2]).is_err(),
            "a truncated feed is no snapshot"
        );
        let broken_until = Component {
            properties: vec![(
                "RRULE".into(),
                Vec::new(),
                "FREQ=DAILY;UNTIL=20271ééé".into(),
            )],
        };
        assert!(!rrule_is_valid(&broken_until.text("RRULE").unwrap()));
    }

    #[test]
    fn an_end_is_read_from_dtend_or_else_from_duration() {
        let feed = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:d@peer\r\nSUMMARY:Talk\r\n\
            DTSTART:20300320T180000Z\r\nDURATION:PT1H30M\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let events = parse_calendar(feed.as_bytes()).unwrap();

        let read = read_event(&events[0], "https://us.example", None).unwrap();

        let document: serde_json::Value = serde_json::from_str(&read.document).unwrap();
        assert_eq!(document["ends_at"], "2030-03-20T19:30:00+00:00");
        assert_eq!(document["all_day"], false);
    }

    #[test]
    fn quoted_parameters_and_folds_inside_characters_are_read() {
        // "Soirée" folded between the two bytes of "é", and a quoted ALTREP holding ':' and ';'.
        let mut feed =
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:c@peer\r\nSUMMARY:Soir\xc3".to_vec();
        feed.extend_from_slice(b"\r\n \xa9e\r\n");
        feed.extend_from_slice(
            b"DESCRIPTION;ALTREP=\"https://peer.example/a;b:c\";LANGUAGE=fr:Repas: partag\xc3\xa9\r\n",
        );
        feed.extend_from_slice(
            b"DTSTART;TZID=\"Europe/Paris\":20270320T180000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        );

        let events = parse_calendar(&feed).unwrap();
        let read = read_event(&events[0], "https://us.example", None).unwrap();

        assert_eq!(read.title, "Soirée");
        let description = events[0].get("DESCRIPTION").unwrap();
        assert_eq!(description.2, "Repas: partagé");
        assert!(
            description
                .1
                .contains(&("ALTREP".into(), "https://peer.example/a;b:c".into()))
        );
        assert!(description.1.contains(&("LANGUAGE".into(), "fr".into())));
        assert_eq!(read.starts_at.unwrap().to_string(), "2027-03-20 17:00:00");
        assert_eq!(
            parse_calendar(b"BEGIN:VCALENDAR\r\nSUMMARY:\xff\r\nEND:VCALENDAR\r\n").unwrap_err(),
            NotACalendar::NotUtf8
        );
    }
}
