//! IANA time zones, and which ones a country uses.

use std::sync::LazyLock;

use super::Invalid;

/// `(country code, zone)` for every zone in the IANA `zone.tab`, by country.
static COUNTRY_ZONES: LazyLock<Vec<(&'static str, TimeZone)>> = LazyLock::new(|| {
    include_str!("../../assets/data/country-zones.txt")
        .lines()
        .filter_map(|line| {
            let (country, zone) = line.split_once(' ')?;
            Some((country, TimeZone::parse(zone).ok()?))
        })
        .collect()
});

/// A time zone from the IANA database (`Europe/Paris`, `Africa/Dakar`, `UTC`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeZone(chrono_tz::Tz);

impl TimeZone {
    /// Accepts an IANA name, ignoring case, or a zone's name or city in any interface language
    /// ("heure d’Europe centrale (Paris)", "Paris").
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(Invalid::required());
        }
        let named = crate::i18n::names::time_zone(trimmed).unwrap_or(trimmed);
        chrono_tz::TZ_VARIANTS
            .iter()
            .find(|zone| zone.name().eq_ignore_ascii_case(trimmed))
            .or_else(|| {
                chrono_tz::TZ_VARIANTS
                    .iter()
                    .find(|zone| zone.name() == named)
            })
            .map(|zone| Self(*zone))
            .ok_or_else(|| Invalid::new("unknown_timezone"))
    }

    /// The zones a country uses (`FR` → Paris; `AU` → Sydney, Melbourne, Perth…).
    pub fn zones_of(country: &str) -> Vec<TimeZone> {
        COUNTRY_ZONES
            .iter()
            .filter(|(code, _)| *code == country)
            .map(|(_, zone)| *zone)
            .collect()
    }

    /// The zone of someone living in `country` (and `city`, when known): the country's zone
    /// where it has one; where it has several, the zone of the city when it names one of them;
    /// otherwise none, so a person picks among that country's zones rather than being given a
    /// wrong one.
    pub fn for_residence(country: &str, city: Option<&str>) -> Option<TimeZone> {
        let zones = Self::zones_of(country);
        if let [only] = zones.as_slice() {
            return Some(*only);
        }
        let by_city = city
            .and_then(|city| crate::i18n::names::time_zone(city.trim()))
            .and_then(|city_zone| zones.iter().find(|zone| zone.name() == city_zone));
        if let Some(zone) = by_city {
            return Some(*zone);
        }
        // Zones that keep the same time all year (Berlin and Büsingen) are one for the
        // reader: take the country's first. Where they differ (Madrid and the Canaries), ask.
        let first = *zones.first()?;
        zones
            .iter()
            .all(|zone| same_clock(first, *zone))
            .then_some(first)
    }

    /// Whether this is `UTC`: what an account holds until its member picks a zone.
    pub fn is_utc(&self) -> bool {
        self.0 == chrono_tz::UTC
    }

    /// The canonical IANA name.
    pub fn name(&self) -> &'static str {
        self.0.name()
    }

    /// The zone, for date arithmetic.
    pub fn tz(&self) -> chrono_tz::Tz {
        self.0
    }
}

/// Whether two zones show the same time in winter and in summer this year.
fn same_clock(one: TimeZone, other: TimeZone) -> bool {
    use chrono::{Datelike, Offset, TimeZone as _};
    let year = chrono::Utc::now().year();
    [(1, 15), (7, 15)].iter().all(|(month, day)| {
        let Some(date) = chrono::NaiveDate::from_ymd_opt(year, *month, *day) else {
            return false;
        };
        let noon = date.and_hms_opt(12, 0, 0).unwrap_or_default();
        let offset = |zone: TimeZone| zone.0.offset_from_utc_datetime(&noon).fix();
        offset(one) == offset(other)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iana_names_only() {
        assert_eq!(
            TimeZone::parse("europe/paris").unwrap().name(),
            "Europe/Paris"
        );
        assert_eq!(
            TimeZone::parse("Mars/Olympus").unwrap_err().code,
            "unknown_timezone"
        );
        assert_eq!(TimeZone::parse("Paris").unwrap().name(), "Europe/Paris");
    }

    #[test]
    fn residence_gives_a_zone_only_when_it_is_unambiguous() {
        let zone = |country, city| TimeZone::for_residence(country, city).map(|zone| zone.name());
        assert_eq!(zone("SN", None), Some("Africa/Dakar"));
        assert_eq!(zone("FR", Some("Lyon")), Some("Europe/Paris"));
        assert_eq!(zone("AU", Some("Melbourne")), Some("Australia/Melbourne"));
        assert_eq!(zone("AU", Some("墨尔本")), Some("Australia/Melbourne"));
        assert_eq!(zone("AU", None), None);
        assert_eq!(
            zone("DE", Some("Köln")),
            Some("Europe/Berlin"),
            "Büsingen keeps Berlin time"
        );
        assert_eq!(zone("ES", Some("Barcelona")), None, "the Canaries do not");
        assert_eq!(zone("AU", Some("Paris")), None);
        assert!(TimeZone::zones_of("AU").len() > 5);
        // Every zone the country table names is one this build knows.
        assert_eq!(
            COUNTRY_ZONES.len(),
            include_str!("../../assets/data/country-zones.txt")
                .lines()
                .count()
        );
    }
}
