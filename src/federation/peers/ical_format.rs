//! RFC 5545 text as calendar feeds write it: content lines (unfolded and unescaped), VEVENT
//! components, date-times with their zones, and durations.

use chrono::{Duration, NaiveDate, NaiveDateTime, TimeZone};

/// A content line: `(name, parameters, value)`, names upper-cased.
pub(super) type Property = (String, Vec<(String, String)>, String);

/// One VEVENT: its properties.
#[derive(Debug, Default)]
pub(super) struct Component {
    pub(super) properties: Vec<Property>,
}

impl Component {
    pub(super) fn get(&self, name: &str) -> Option<&Property> {
        self.properties.iter().find(|(key, ..)| key == name)
    }

    pub(super) fn text(&self, name: &str) -> Option<String> {
        self.get(name)
            .map(|(_, _, value)| unescape(value))
            .filter(|value| !value.trim().is_empty())
    }
}

/// Why a body is not a calendar.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum NotACalendar {
    /// Not UTF-8 once unfolded.
    NotUtf8,
    /// Not a whole `VCALENDAR` (or cut short).
    NotICalendar,
}

/// Unfolds content lines (RFC 5545 §3.1) on bytes, then reads each as UTF-8: a fold may fall
/// inside a multi-byte character, so decoding before unfolding would refuse good feeds.
pub(super) fn unfold(body: &[u8]) -> Result<Vec<String>, NotACalendar> {
    let mut lines: Vec<Vec<u8>> = Vec::new();
    for raw in body.split(|byte| *byte == b'\n') {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        match raw.split_first() {
            Some((b' ' | b'\t', continued)) => lines
                .last_mut()
                .ok_or(NotACalendar::NotICalendar)?
                .extend_from_slice(continued),
            Some(_) => lines.push(raw.to_vec()),
            None => {}
        }
    }
    lines
        .into_iter()
        .map(|line| String::from_utf8(line).map_err(|_| NotACalendar::NotUtf8))
        .collect()
}

/// Reads one content line: `NAME *(;PARAM=VALUE) : VALUE`. Parameter values may be quoted, and
/// a quoted value may hold `:`, `;` and `,` (`ALTREP="https://…"`).
pub(super) fn content_line(line: &str) -> Option<Property> {
    let mut in_quotes = false;
    let mut separators = Vec::new();
    let mut colon = None;
    for (index, character) in line.char_indices() {
        match character {
            '"' => in_quotes = !in_quotes,
            ';' if !in_quotes => separators.push(index),
            ':' if !in_quotes => {
                colon = Some(index);
                break;
            }
            _ => {}
        }
    }
    let colon = colon?;
    let mut bounds = separators.clone();
    bounds.push(colon);
    let name = line[..bounds[0]].trim().to_ascii_uppercase();
    let parameters = separators
        .iter()
        .zip(&bounds[1..])
        .filter_map(|(start, end)| line[start + 1..*end].split_once('='))
        .map(|(key, value)| {
            (
                key.trim().to_ascii_uppercase(),
                value.trim().replace('"', ""),
            )
        })
        .collect();
    Some((name, parameters, line[colon + 1..].to_owned()))
}

/// Splits a calendar into its VEVENTs, or says why it is not a whole calendar.
pub(super) fn parse_calendar(body: &[u8]) -> Result<Vec<Component>, NotACalendar> {
    let lines = unfold(body)?;
    // A body cut short is not a complete snapshot: it must end where it says it ends.
    let whole = lines
        .first()
        .is_some_and(|line| line.eq_ignore_ascii_case("BEGIN:VCALENDAR"))
        && lines
            .last()
            .is_some_and(|line| line.eq_ignore_ascii_case("END:VCALENDAR"));
    if !whole {
        return Err(NotACalendar::NotICalendar);
    }
    let mut events = Vec::new();
    let mut current: Option<Component> = None;
    let mut depth_in_event = 0;
    for line in lines {
        let upper = line.to_ascii_uppercase();
        if upper == "BEGIN:VEVENT" {
            current = Some(Component::default());
            depth_in_event = 0;
            continue;
        }
        if upper == "END:VEVENT" {
            events.extend(current.take());
            continue;
        }
        let Some(event) = current.as_mut() else {
            continue;
        };
        // Nested components (VALARM) are not the event's own properties.
        if upper.starts_with("BEGIN:") {
            depth_in_event += 1;
            continue;
        }
        if upper.starts_with("END:") {
            depth_in_event -= 1;
            continue;
        }
        if depth_in_event > 0 {
            continue;
        }
        if let Some(property) = content_line(&line) {
            event.properties.push(property);
        }
    }
    Ok(events)
}

pub(super) fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut characters = value.chars();
    while let Some(character) = characters.next() {
        if character == '\\' {
            match characters.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(character);
        }
    }
    out
}

/// A DTSTART as a UTC instant, with its zone when one was named; all-day dates start at
/// midnight UTC.
pub(super) fn instant(property: &Property) -> Result<(NaiveDateTime, Option<String>), String> {
    let (_, parameters, value) = property;
    let value = value.trim();
    if let Ok(date) = NaiveDate::parse_from_str(value, "%Y%m%d") {
        return Ok((date.and_time(chrono::NaiveTime::MIN), None));
    }
    if let Some(utc) = value.strip_suffix('Z') {
        let local = NaiveDateTime::parse_from_str(utc, "%Y%m%dT%H%M%S")
            .map_err(|_| format!("DTSTART {value:?} is not a date-time"))?;
        return Ok((local, Some("UTC".into())));
    }
    let local = NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S")
        .map_err(|_| format!("DTSTART {value:?} is not a date-time"))?;
    let zone = parameters
        .iter()
        .find(|(key, _)| key == "TZID")
        .map(|(_, zone)| zone.clone());
    match zone.as_deref().map(str::parse::<chrono_tz::Tz>) {
        Some(Ok(tz)) => {
            let at = tz
                .from_local_datetime(&local)
                .earliest()
                .ok_or_else(|| format!("DTSTART {value:?} does not exist in {}", tz.name()))?;
            Ok((at.naive_utc(), zone))
        }
        Some(Err(_)) => Err(format!("unknown time zone {:?}", zone.unwrap_or_default())),
        // A floating time: read as UTC, the best guess without the peer's zone.
        None => Ok((local, None)),
    }
}

/// A DURATION (`PT1H30M`, `P1D`, `P2W`) as a span, or `None` when it does not read as one.
pub(super) fn duration(value: &str) -> Option<Duration> {
    let text = value.trim().strip_prefix('+').unwrap_or(value.trim());
    let text = text.strip_prefix('P')?;
    let (days_part, time_part) = text.split_once('T').unwrap_or((text, ""));
    let mut total = Duration::zero();
    let mut read = |part: &str, units: &[(char, i64)]| -> Option<()> {
        let mut number = String::new();
        for character in part.chars() {
            if character.is_ascii_digit() {
                number.push(character);
            } else {
                let (_, seconds) = units.iter().find(|(unit, _)| *unit == character)?;
                // A feed's absurd number is no duration, never a panic.
                let part =
                    Duration::try_seconds(number.parse::<i64>().ok()?.checked_mul(*seconds)?)?;
                total = total.checked_add(&part)?;
                number.clear();
            }
        }
        number.is_empty().then_some(())
    };
    read(days_part, &[('W', 7 * 86_400), ('D', 86_400)])?;
    read(time_part, &[('H', 3_600), ('M', 60), ('S', 1)])?;
    (total > Duration::zero()).then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_read_and_nonsense_is_not() {
        assert_eq!(duration("PT1H30M"), Some(Duration::minutes(90)));
        assert_eq!(duration("P1D"), Some(Duration::days(1)));
        assert_eq!(duration("P2W"), Some(Duration::days(14)));
        assert_eq!(duration("P1DT2H"), Some(Duration::hours(26)));
        assert_eq!(duration("PT90S"), Some(Duration::seconds(90)));
        assert_eq!(duration("1H"), None, "no P");
        assert_eq!(duration("PT1X"), None, "no such unit");
        assert_eq!(duration("PT5"), None, "a number without its unit");
        assert_eq!(duration("-PT1H"), None, "an end before the start");
        assert_eq!(duration("PT0S"), None);
        assert_eq!(
            duration("PT9999999999999999S"),
            None,
            "too long to be a span"
        );
        assert_eq!(
            duration("P99999999999999999999D"),
            None,
            "too long to be a number"
        );
    }
}
