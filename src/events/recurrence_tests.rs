//! Tests of [`super`]: examples, refusals, and a differential check against the `rrule` crate
//! (an independent RFC 5545 implementation) over a table of rules.

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
fn byday_limits_a_daily_rule() {
    let dates = rule("FREQ=DAILY;BYDAY=MO,WE,FR;COUNT=4")
        .unwrap()
        .expand(local("2027-03-01T10:00"), &[])
        .unwrap();
    assert_eq!(
        dates,
        [
            local("2027-03-01T10:00"),
            local("2027-03-03T10:00"),
            local("2027-03-05T10:00"),
            local("2027-03-08T10:00")
        ]
    );
}

#[test]
fn until_is_an_instant_not_a_day() {
    // UNTIL at 17:00 on the 3rd: the 18:00 occurrence that day is after it.
    let dates = rule("FREQ=DAILY;UNTIL=20270103T170000Z")
        .unwrap()
        .expand(local("2027-01-01T18:00"), &[])
        .unwrap();
    assert_eq!(
        dates,
        [local("2027-01-01T18:00"), local("2027-01-02T18:00")]
    );
    let inclusive = rule("FREQ=DAILY;UNTIL=20270103T180000Z")
        .unwrap()
        .expand(local("2027-01-01T18:00"), &[])
        .unwrap();
    assert_eq!(inclusive.len(), 3);
}

#[test]
fn month_days_count_from_either_end() {
    let last_days = rule("FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3")
        .unwrap()
        .expand(local("2027-01-31T09:00"), &[])
        .unwrap();
    assert_eq!(
        last_days,
        [
            local("2027-01-31T09:00"),
            local("2027-02-28T09:00"),
            local("2027-03-31T09:00")
        ]
    );
    let friday_13th = rule("FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR;COUNT=2")
        .unwrap()
        .expand(local("2027-08-13T20:00"), &[])
        .unwrap();
    assert_eq!(friday_13th[1], local("2028-10-13T20:00"));
    assert_eq!(
        rule("FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=3")
            .unwrap()
            .to_rrule(|t| t),
        "FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=3"
    );
}

#[test]
fn endless_huge_long_mismatched_and_unsupported_rules_are_refused() {
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
    // ~22,000 years of dates: refused once it passes the last year allowed, quickly.
    let long = rule("FREQ=MONTHLY;INTERVAL=365;COUNT=730")
        .unwrap()
        .expand_through(local("2027-01-01T09:00"), &[], 2126)
        .unwrap_err();
    assert_eq!(long.code, "rrule_too_long");
    assert_eq!(long.args, vec![("max", 2126)]);
    assert_eq!(
        rule("FREQ=YEARLY;COUNT=2").unwrap_err().code,
        "unsupported_rrule"
    );
    // A series that ends right at the limit is fine, by count or by date.
    for ending in ["COUNT=2", "UNTIL=21261231T235959Z"] {
        let last_days = rule(&format!("FREQ=DAILY;{ending}"))
            .unwrap()
            .expand_through(local("2126-12-30T09:00"), &[], 2126)
            .unwrap();
        assert_eq!(last_days.len(), 2, "{ending}");
    }
    for malformed in [
        "FREQ=WEEKLY;BYDAY=2TU;COUNT=2",
        "FREQ=DAILY;BYDAY=1MO;COUNT=2",
        "FREQ=WEEKLY;BYMONTHDAY=1;COUNT=2",
        "FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=2FR;COUNT=2",
        "FREQ=MONTHLY;BYMONTHDAY=0;COUNT=2",
        "FREQ=MONTHLY;BYMONTHDAY=32;COUNT=2",
        "FREQ=DAILY;BYDAY=é;COUNT=2",
        "nonsense",
    ] {
        assert_eq!(
            rule(malformed).unwrap_err().code,
            "invalid_rrule",
            "{malformed}"
        );
    }
    assert_eq!(
        rule("FREQ=WEEKLY;BYDAY=MO;COUNT=2")
            .unwrap()
            .expand(local("2027-03-02T18:00"), &[])
            .unwrap_err()
            .code,
        "rrule_start_mismatch"
    );
}

#[test]
fn rules_print_canonically() {
    let parsed = rule("freq=monthly;byday=2tu;count=3").unwrap();
    assert_eq!(parsed.to_rrule(|t| t), "FREQ=MONTHLY;BYDAY=2TU;COUNT=3");
    let until = rule("FREQ=WEEKLY;UNTIL=20270601T000000Z").unwrap();
    assert_eq!(until.to_rrule(|t| t), "FREQ=WEEKLY;UNTIL=20270601T000000Z");
}

/// Rules a calendar app must read as we do. Each runs from a seed date; the reference's first
/// occurrence becomes the start (an RFC start must be an occurrence).
const REFERENCE_RULES: &[(&str, &str, &str)] = &[
    ("UTC", "20270301T180000", "FREQ=DAILY;COUNT=10"),
    ("UTC", "20270301T180000", "FREQ=DAILY;INTERVAL=3;COUNT=10"),
    (
        "UTC",
        "20270301T180000",
        "FREQ=DAILY;BYDAY=MO,WE,FR;COUNT=12",
    ),
    (
        "UTC",
        "20270301T180000",
        "FREQ=DAILY;BYDAY=SA,SU;INTERVAL=2;COUNT=8",
    ),
    (
        "UTC",
        "20270301T090000",
        "FREQ=DAILY;BYMONTHDAY=1,15,-1;COUNT=12",
    ),
    (
        "UTC",
        "20260101T200000",
        "FREQ=DAILY;BYDAY=FR;BYMONTHDAY=13;COUNT=3",
    ),
    (
        "UTC",
        "20270101T180000",
        "FREQ=DAILY;UNTIL=20270110T170000Z",
    ),
    ("UTC", "20270302T180000", "FREQ=WEEKLY;COUNT=6"),
    (
        "UTC",
        "20270302T180000",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10",
    ),
    ("UTC", "20270307T180000", "FREQ=WEEKLY;BYDAY=SU,MO;COUNT=8"),
    (
        "UTC",
        "20270301T180000",
        "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270405T180000Z",
    ),
    ("UTC", "20270131T100000", "FREQ=MONTHLY;COUNT=6"),
    ("UTC", "20270112T190000", "FREQ=MONTHLY;BYDAY=2TU;COUNT=6"),
    ("UTC", "20270129T120000", "FREQ=MONTHLY;BYDAY=-1FR;COUNT=6"),
    (
        "UTC",
        "20270104T120000",
        "FREQ=MONTHLY;BYDAY=1MO,-1MO;COUNT=6",
    ),
    ("UTC", "20270105T120000", "FREQ=MONTHLY;BYDAY=TU;COUNT=9"),
    (
        "UTC",
        "20270131T090000",
        "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=6",
    ),
    (
        "UTC",
        "20270101T090000",
        "FREQ=MONTHLY;BYMONTHDAY=1,15;INTERVAL=2;COUNT=8",
    ),
    (
        "UTC",
        "20270101T200000",
        "FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR;COUNT=3",
    ),
    (
        "UTC",
        "20270101T200000",
        "FREQ=MONTHLY;INTERVAL=3;BYDAY=1SA;UNTIL=20281231T000000Z",
    ),
    (
        "UTC",
        "20270101T200000",
        "FREQ=MONTHLY;BYDAY=MO,TU;BYMONTHDAY=1,2,3;COUNT=6",
    ),
    (
        "Europe/Paris",
        "20270302T180000",
        "FREQ=WEEKLY;BYDAY=TU;COUNT=6",
    ),
    ("Europe/Paris", "20271020T023000", "FREQ=DAILY;COUNT=14"),
    (
        "America/Sao_Paulo",
        "20270131T190000",
        "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=5",
    ),
];

fn reference(zone: &str, start: &str, rule: &str) -> Vec<NaiveDateTime> {
    let text = format!("DTSTART;TZID={zone}:{start}\nRRULE:{rule}");
    let set: rrule::RRuleSet = text
        .parse()
        .unwrap_or_else(|error| panic!("{text}: {error}"));
    set.all(1000)
        .dates
        .into_iter()
        .map(|date| date.naive_local())
        .collect()
}

#[test]
fn expansion_agrees_with_an_independent_rfc_5545_implementation() {
    for (zone, seed, text) in REFERENCE_RULES {
        let first = reference(zone, seed, text)[0];
        let start = first.format("%Y%m%dT%H%M%S").to_string();
        let expected = reference(zone, &start, text);
        let tz: chrono_tz::Tz = zone.parse().unwrap();
        let ours = Rule::parse(text, |utc| {
            chrono::TimeZone::from_utc_datetime(&tz, &utc).naive_local()
        })
        .unwrap_or_else(|error| panic!("{text}: {error:?}"))
        .expand(first, &[])
        .unwrap_or_else(|error| panic!("{text}: {error:?}"));
        assert_eq!(ours, expected, "{zone} {start} {text}");
    }
}
