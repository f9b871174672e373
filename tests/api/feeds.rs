//! Calendar and Atom feeds (the CI also parses them with third-party libraries:
//! `e2e/check_feeds.py`).

use reqwest::StatusCode;
use serde_json::json;

use crate::events::{create_event, event_body, organizer_with_group};
use crate::helpers::spawn_app;

fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "")
}

#[actix_web::test]
async fn one_event_as_icalendar_with_its_zone_uid_sequence_and_status() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    let event = create_event(&app, &token, &event_body()).await;
    let id = event["id"].as_str().unwrap();

    let response = app.get_page(&format!("/events/{id}.ics?lang=en")).await;

    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let raw = response.text().await.unwrap();
    assert!(
        raw.split("\r\n").all(|line| line.len() <= 75),
        "lines are folded"
    );
    let ics = unfold(&raw);
    assert!(ics.contains(&format!("UID:{id}@127.0.0.1")));
    assert!(ics.contains("SEQUENCE:1"));
    assert!(ics.contains("DTSTART;TZID=Europe/Paris:20270320T180000"));
    assert!(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris"));
    assert!(ics.contains("SUMMARY;LANGUAGE=en:Teranga evening"));
    assert!(ics.contains("STATUS:CONFIRMED"));

    app.api
        .post(app.url(&format!("/api/v1/events/{id}/cancel")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    let cancelled = unfold(
        &app.get_page(&format!("/events/{id}.ics"))
            .await
            .text()
            .await
            .unwrap(),
    );
    assert!(cancelled.contains("STATUS:CANCELLED"));
    assert!(cancelled.contains("SEQUENCE:2"));
    assert!(
        cancelled.contains(&format!("UID:{id}@127.0.0.1")),
        "the UID never changes"
    );
}

#[actix_web::test]
async fn recurring_events_keep_their_rule_and_exceptions_in_group_and_filtered_feeds() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    let mut body = event_body();
    body["starts_at"] = json!("2027-03-16T18:00");
    body["ends_at"] = json!("2027-03-16T20:00");
    body["recurrence"] = json!("FREQ=WEEKLY;UNTIL=20270413");
    body["cancelled_occurrences"] = json!(["2027-03-30T18:00"]);
    create_event(&app, &token, &body).await;
    let mut elsewhere = event_body();
    elsewhere["venue"] = json!({"city": "Dakar", "country": "SN"});
    elsewhere["timezone"] = json!("Africa/Dakar");
    create_event(&app, &token, &elsewhere).await;

    let group = unfold(
        &app.get_page("/groups/teranga-lyon/events.ics")
            .await
            .text()
            .await
            .unwrap(),
    );
    let in_senegal = unfold(
        &app.get_page("/feeds/events.ics?country=SN")
            .await
            .text()
            .await
            .unwrap(),
    );

    assert!(
        group.contains("RRULE:FREQ=WEEKLY;UNTIL=20270413T"),
        "{group}"
    );
    assert!(group.contains("EXDATE;TZID=Europe/Paris:20270330T180000"));
    assert_eq!(group.matches("BEGIN:VEVENT").count(), 2);
    assert_eq!(in_senegal.matches("BEGIN:VEVENT").count(), 1);
    assert!(in_senegal.contains("TZID:Africa/Dakar"));
}

#[actix_web::test]
async fn the_atom_feed_lists_changed_events_with_their_language() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    let event = create_event(&app, &token, &event_body()).await;

    let response = app
        .api
        .get(app.url("/feeds/events.atom"))
        .header("Accept-Language", "fr")
        .send()
        .await
        .unwrap();

    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml")
    );
    let xml = response.text().await.unwrap();
    assert!(xml.contains(&format!(
        "<id>urn:uuid:{}</id>",
        event["id"].as_str().unwrap()
    )));
    assert!(xml.contains(r#"<entry xml:lang="fr">"#));
    assert!(xml.contains("<title>Soirée teranga</title>"));
}
