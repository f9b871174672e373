//! Events imported from calendar peers: listed among ours (search, API, the events page) with
//! their origin, leading to the original; those our rules cannot list stay in the partner
//! events of the plain listing; nothing unpublished shows; and the calendar's carrier group is
//! in no directory and is never passed on.

use diaspora_hub::federation::peers::{self, PeerKind, Trust};
use reqwest::StatusCode;
use serde_json::Value;

use crate::federation::{get, partner_key};
use crate::peers::{fake_peer, instance, sync};

/// A calendar of `(uid, SUMMARY line, DTSTART, further lines)` events.
fn calendar(events: &[(&str, &str, &str, &str)]) -> String {
    let mut text = "BEGIN:VCALENDAR\r\n".to_owned();
    for (uid, summary, start, more) in events {
        text.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY{summary}\r\nDTSTART:{start}\r\n{more}END:VEVENT\r\n"
        ));
    }
    text + "END:VCALENDAR\r\n"
}

async fn events(app: &crate::helpers::TestApp, query: &str) -> Vec<Value> {
    app.listed(&format!("/api/v1/events?{query}")).await
}

#[actix_web::test]
async fn calendar_events_are_listed_among_ours_and_the_rest_under_partner_events() {
    let app = instance("b").await;
    let (url, fake) = fake_peer().await;
    let feed_events = vec![
        ("later", ":Kora night", "20300510T190000Z", ""),
        ("past", ":Old picnic", "20200510T120000Z", ""),
        (
            "soon",
            ";LANGUAGE=fr:Cours de wolof",
            "20300301T180000Z",
            "DTEND:20300301T200000Z\r\nLOCATION:Maison des associations\\, Lyon\r\n\
             URL:https://calendar.example.org/wolof\r\n",
        ),
        // A weekly series (its calendar cancels its second date below).
        (
            "weekly",
            ":Kora practice",
            "20300305T180000Z",
            "RRULE:FREQ=WEEKLY;COUNT=3\r\n",
        ),
        // Yearly dates are beyond the rules our events follow.
        (
            "yearly",
            ":Independence day",
            "20300404T100000Z",
            "RRULE:FREQ=YEARLY\r\n",
        ),
        // A series whose calendar cancels both its dates: nothing to list, and no failure.
        (
            "twice",
            ":Cancelled twice",
            "20300601T180000Z",
            "RRULE:FREQ=WEEKLY;COUNT=2\r\n",
        ),
        (
            "twice",
            ":Cancelled twice",
            "20300601T180000Z",
            "RECURRENCE-ID:20300601T180000Z\r\nSTATUS:CANCELLED\r\n",
        ),
        (
            "twice",
            ":Cancelled twice",
            "20300608T180000Z",
            "RECURRENCE-ID:20300608T180000Z\r\nSTATUS:CANCELLED\r\n",
        ),
        // A changed date of a series the calendar does not hold.
        (
            "ghost",
            ":Ghost",
            "20300701T180000Z",
            "RECURRENCE-ID:20300701T180000Z\r\n",
        ),
    ];
    let cancellation = (
        "weekly",
        ":Kora practice",
        "20300312T180000Z",
        "RECURRENCE-ID:20300312T180000Z\r\nSTATUS:CANCELLED\r\nSEQUENCE:1\r\n",
    );
    fake.set(
        200,
        calendar(&[feed_events.clone(), vec![cancellation]].concat()),
        None,
        0,
    );
    let trusted = peers::add(
        &mut app.db(),
        &format!("{url}/trusted.ics"),
        PeerKind::Ical,
        Trust::Auto,
        None,
        true,
    )
    .unwrap();
    let report = sync(&app.state, trusted.id).await.unwrap();
    assert_eq!(
        report.skipped, 1,
        "the ghost's changed date, named in the log"
    );
    fake.set(
        200,
        calendar(&[("held", ":Unreviewed gala", "20300201T180000Z", "")]),
        None,
        0,
    );
    let reviewed = peers::add(
        &mut app.db(),
        &format!("{url}/review.ics"),
        PeerKind::Ical,
        Trust::Review,
        None,
        true,
    )
    .unwrap();
    sync(&app.state, reviewed.id).await.unwrap();

    let found = events(&app, "q=wolof").await;
    let all = events(&app, "").await;
    let local_only = events(&app, "origin=local").await;
    let plain = app
        .get_page("/events")
        .await
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");

    assert_eq!(found.len(), 1, "{found:?}");
    let wolof = &found[0];
    assert_eq!(wolof["read_only"], true);
    assert_eq!(
        wolof["origin"]["peer"],
        format!("{url}/trusted.ics").as_str()
    );
    assert_eq!(wolof["origin"]["url"], "https://calendar.example.org/wolof");
    assert_eq!(wolof["url"], "https://calendar.example.org/wolof");
    assert_eq!(wolof["language"], "fr");
    assert_eq!(wolof["starts_at"], "2030-03-01T18:00:00Z");
    assert_eq!(wolof["ends_at"], "2030-03-01T20:00:00Z");
    assert_eq!(wolof["venue"]["address"], "Maison des associations, Lyon");
    let titles: Vec<&str> = all.iter().map(|e| e["title"].as_str().unwrap()).collect();
    assert_eq!(
        titles,
        [
            "Cours de wolof",
            "Kora practice",
            "Kora practice",
            "Kora night"
        ],
        "soonest first, date by date"
    );
    let practice: Vec<&str> = all
        .iter()
        .filter(|e| e["title"] == "Kora practice")
        .map(|e| e["starts_at"].as_str().unwrap())
        .collect();
    assert_eq!(
        practice,
        ["2030-03-05T18:00:00Z", "2030-03-19T18:00:00Z"],
        "without the date its calendar cancelled"
    );
    assert!(local_only.is_empty());
    let (listed, partner) = plain
        .split_once(r#"id="partner-events""#)
        .expect("a partner section for what our listing cannot hold");
    assert!(listed.contains(r#"href="https://calendar.example.org/wolof""#));
    assert!(listed.contains("Kora night") && listed.contains("From 127.0.0.1"));
    assert!(partner.contains("Independence day") && !partner.contains("Kora night"));
    assert!(!plain.contains("Old picnic"), "only events to come");
    assert!(!plain.contains("Unreviewed gala"), "nothing unpublished");
    let filtered = app
        .get_page("/events?country=FR")
        .await
        .text()
        .await
        .unwrap();
    assert!(!filtered.contains(r#"id="partner-events""#));

    // The calendar's carrier group is no group of the directory and is never passed on.
    let directory: Value = app
        .get_as(None, "/api/v1/groups")
        .await
        .json()
        .await
        .unwrap();
    assert!(
        directory["items"].as_array().unwrap().is_empty(),
        "{directory}"
    );
    let key = partner_key(&app, &["groups:read", "events:read"]);
    for path in ["/federation/v1/groups", "/federation/v1/events"] {
        let snapshot: Value = get(&app, &key, path).await.json().await.unwrap();
        assert!(snapshot["items"].as_array().unwrap().is_empty(), "{path}");
    }
    let carrier = wolof["group"]["slug"].as_str().unwrap();
    let page = app.get_page(&format!("/groups/{carrier}")).await;
    assert_eq!(page.status(), StatusCode::NOT_FOUND);

    assert!(
        events(&app, "q=cancelled").await.is_empty(),
        "no date left to list"
    );

    // The calendar restores the cancelled date: its override leaves the feed, so the series'
    // version goes down, and the date is back all the same.
    fake.set(200, calendar(&feed_events), None, 0);
    sync(&app.state, trusted.id).await.unwrap();
    assert_eq!(events(&app, "q=practice").await.len(), 3);

    // Forgetting the calendar takes its events and its carrier away.
    peers::remove(&mut app.db(), trusted.id).unwrap();
    assert!(events(&app, "").await.is_empty());
}
