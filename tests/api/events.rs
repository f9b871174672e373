//! Events through the API: creation in the right time zone, recurrence across clock changes,
//! bad input, listings and who sees the online link.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, group_body, spawn_app};

/// An event body: 18:00–20:00 Paris time on a Saturday in March 2027.
pub fn event_body() -> Value {
    json!({
        "primary_language": "fr",
        "translations": {"fr": {"title": "Soirée teranga", "description": "Repas partagé."},
                         "en": {"title": "Teranga evening", "description": "Shared meal."}},
        "starts_at": "2027-03-20T18:00:00", "ends_at": "2027-03-20T20:00:00", "timezone": "Europe/Paris",
        "attendance_mode": "hybrid",
        "venue": {"name": "Maison des associations", "address": "28 rue Denfert-Rochereau", "city": "Lyon", "country": "FR"},
        "online_url": "https://meet.example.org/teranga", "capacity": 30
    })
}

/// A group with an organizer; returns the organizer's token.
pub async fn organizer_with_group(app: &TestApp) -> String {
    let token = app.signed_up_token("organizer@example.org").await;
    app.create_group(&token, &group_body("Teranga Lyon")).await;
    token
}

/// Creates an event in `teranga-lyon`; returns it.
pub async fn create_event(app: &TestApp, token: &str, body: &Value) -> Value {
    let response = app
        .api
        .post(app.url("/api/v1/groups/teranga-lyon/events"))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::CREATED,
        "{}",
        response.text().await.unwrap()
    );
    response.json().await.unwrap()
}

#[actix_web::test]
async fn an_event_keeps_its_wall_time_and_zone_and_answers_with_the_offset() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;

    let event = create_event(&app, &token, &event_body()).await;

    assert_eq!(event["starts_at"], "2027-03-20T18:00:00+01:00");
    assert_eq!(event["ends_at"], "2027-03-20T20:00:00+01:00");
    assert_eq!(event["timezone"], "Europe/Paris");
    assert_eq!(event["status"], "scheduled");
    assert_eq!(event["version"], 1);
    assert_eq!(event["going_count"], 0);
    assert_eq!(event["group"]["slug"], "teranga-lyon");
    let mut offset_body = event_body();
    offset_body["starts_at"] = json!("2027-03-20T12:00:00-05:00");
    offset_body["ends_at"] = json!("2027-03-20T13:00:00-05:00");
    let converted = create_event(&app, &token, &offset_body).await;
    assert_eq!(
        converted["starts_at"], "2027-03-20T18:00:00+01:00",
        "RFC 3339 input is shown in the event's zone"
    );
}

#[actix_web::test]
async fn a_weekly_event_stays_at_six_in_paris_across_the_spring_clock_change() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    let mut body = event_body();
    body["starts_at"] = json!("2027-03-16T18:00");
    body["ends_at"] = json!("2027-03-16T20:00");
    body["recurrence"] = json!("FREQ=WEEKLY;COUNT=4");
    let event = create_event(&app, &token, &body).await;

    let page: Value = app
        .get_as(None, "/api/v1/events?from=2027-03-01&group=teranga-lyon")
        .await
        .json()
        .await
        .unwrap();

    let starts: Vec<&str> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["starts_at"].as_str().unwrap())
        .collect();
    assert_eq!(
        starts,
        [
            "2027-03-16T18:00:00+01:00",
            "2027-03-23T18:00:00+01:00",
            "2027-03-30T18:00:00+02:00",
            "2027-04-06T18:00:00+02:00"
        ]
    );
    assert_eq!(event["recurrence"], "FREQ=WEEKLY;COUNT=4");

    let patched = app
        .api
        .patch(app.url(&format!("/api/v1/events/{}", event["id"].as_str().unwrap())))
        .bearer_auth(&token)
        .json(&json!({"cancelled_occurrences": ["2027-03-23T18:00"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(patched.status(), StatusCode::OK);
    assert_eq!(patched.json::<Value>().await.unwrap()["version"], 2);
    let page: Value = app
        .get_as(None, "/api/v1/events?from=2027-03-01")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        page["items"].as_array().unwrap().len(),
        3,
        "one occurrence cancelled"
    );
}

#[actix_web::test]
async fn bad_event_input_is_refused_field_by_field_and_nothing_is_written() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    let cases = [
        (
            json!({"ends_at": "2027-03-20T17:00:00"}),
            "ends_at",
            "end_before_start",
        ),
        (
            json!({"timezone": "Mars/Olympus"}),
            "timezone",
            "unknown_timezone",
        ),
        (
            json!({"starts_at": "2027-03-28T02:30", "ends_at": "2027-03-28T04:00"}),
            "starts_at",
            "nonexistent_local_time",
        ),
        (
            json!({"recurrence": "FREQ=WEEKLY"}),
            "recurrence",
            "rrule_unbounded",
        ),
        (
            json!({"recurrence": "FREQ=DAILY;COUNT=100000"}),
            "recurrence",
            "rrule_too_many",
        ),
        (json!({"capacity": 0}), "capacity", "out_of_range"),
        (json!({"capacity": -5}), "capacity", "out_of_range"),
        (
            json!({"online_url": "javascript:alert(1)"}),
            "online_url",
            "invalid_url",
        ),
        (
            json!({"starts_at": "tomorrow evening"}),
            "starts_at",
            "invalid_datetime",
        ),
    ];
    for (change, field, code) in cases {
        let mut body = event_body();
        for (key, value) in change.as_object().unwrap() {
            body[key] = value.clone();
        }
        let response = app
            .api
            .post(app.url("/api/v1/groups/teranga-lyon/events"))
            .bearer_auth(&token)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{change}"
        );
        let problem: Value = response.json().await.unwrap();
        let error = &problem["errors"][0];
        assert_eq!(
            (
                error["field"].as_str().unwrap(),
                error["code"].as_str().unwrap()
            ),
            (field, code),
            "{change}"
        );
        assert!(!error["message"].as_str().unwrap().is_empty());
    }
    assert_eq!(app.count("events"), 0);
    assert_eq!(app.count("event_occurrences"), 0);
}

#[actix_web::test]
async fn an_ambiguous_autumn_time_means_the_first_of_the_two() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    let mut body = event_body();
    body["starts_at"] = json!("2027-10-31T02:30");
    body["ends_at"] = json!("2027-10-31T04:00");

    let event = create_event(&app, &token, &body).await;

    assert_eq!(event["starts_at"], "2027-10-31T02:30:00+02:00");
}

#[actix_web::test]
async fn only_organizers_create_edit_cancel_and_delete_events() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let member = app.signed_up_token("member@example.org").await;
    app.post_as(&member, "/api/v1/groups/teranga-lyon/join")
        .await;
    let event = create_event(&app, &organizer, &event_body()).await;
    let id = event["id"].as_str().unwrap();

    let by_member = app
        .api
        .post(app.url("/api/v1/groups/teranga-lyon/events"))
        .bearer_auth(&member)
        .json(&event_body())
        .send()
        .await
        .unwrap();
    assert_eq!(by_member.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        app.post_as(&member, &format!("/api/v1/events/{id}/cancel"))
            .await,
        StatusCode::FORBIDDEN
    );
    let cancelled: Value = app
        .api
        .post(app.url(&format!("/api/v1/events/{id}/cancel")))
        .bearer_auth(&organizer)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(cancelled["status"], "cancelled");
    assert_eq!(cancelled["version"], 2);
    let deleted = app
        .api
        .delete(app.url(&format!("/api/v1/events/{id}")))
        .bearer_auth(&organizer)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.get_as(None, &format!("/api/v1/events/{id}"))
            .await
            .status(),
        StatusCode::GONE,
        "a deleted public event is gone, not unknown"
    );
}

#[actix_web::test]
async fn listings_filter_by_place_mode_text_and_dates_and_page_without_gaps() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    let mut online = event_body();
    online["attendance_mode"] = json!("online");
    online["venue"] = json!({});
    online["translations"] =
        json!({"fr": {"title": "Atelier numérique", "description": "En ligne."}});
    online["starts_at"] = json!("2027-04-10T10:00");
    online["ends_at"] = json!("2027-04-10T11:00");
    create_event(&app, &token, &online).await;
    let mut daily = event_body();
    daily["starts_at"] = json!("2027-05-01T09:00");
    daily["ends_at"] = json!("2027-05-01T10:00");
    daily["recurrence"] = json!("FREQ=DAILY;COUNT=5");
    create_event(&app, &token, &daily).await;
    create_event(&app, &token, &event_body()).await;
    let get = |path: &str| {
        let path = path.to_owned();
        let app = &app;
        async move { app.get_as(None, &path).await }
    };

    let in_lyon: Value = get("/api/v1/events?from=2027-01-01&country=FR&city=lyon")
        .await
        .json()
        .await
        .unwrap();
    let online_only: Value = get("/api/v1/events?from=2027-01-01&attendance_mode=online")
        .await
        .json()
        .await
        .unwrap();
    let searched: Value = get("/api/v1/events?from=2027-01-01&q=numerique")
        .await
        .json()
        .await
        .unwrap();
    let april: Value = get("/api/v1/events?from=2027-04-01&to=2027-04-30")
        .await
        .json()
        .await
        .unwrap();
    let heritage: Value = get("/api/v1/events?from=2027-01-01&heritage=SN")
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(in_lyon["items"].as_array().unwrap().len(), 6);
    assert_eq!(online_only["items"][0]["title"], "Atelier numérique");
    assert_eq!(searched["items"].as_array().unwrap().len(), 1);
    assert_eq!(april["items"].as_array().unwrap().len(), 1);
    assert_eq!(heritage["items"].as_array().unwrap().len(), 7);
    let mut seen = Vec::new();
    let mut path = "/api/v1/events?from=2027-01-01&limit=3".to_owned();
    loop {
        let page: Value = get(&path).await.json().await.unwrap();
        for item in page["items"].as_array().unwrap() {
            seen.push(item["starts_at"].as_str().unwrap().to_owned());
        }
        match page["next_cursor"].as_str() {
            Some(cursor) => {
                path = format!("/api/v1/events?from=2027-01-01&limit=3&cursor={cursor}")
            }
            None => break,
        }
    }
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(seen.len(), 7);
    assert_eq!(sorted.len(), 7, "no repeats");
}

#[actix_web::test]
async fn events_of_a_private_group_are_hidden_from_outsiders() {
    let app = spawn_app().await;
    let token = app.signed_up_token("organizer@example.org").await;
    let mut group = group_body("Teranga Lyon");
    group["visibility"] = json!("private");
    app.create_group(&token, &group).await;
    let event = create_event(&app, &token, &event_body()).await;
    let outsider = app.signed_up_token("outsider@example.org").await;

    assert_eq!(
        app.get_as(
            Some(&outsider),
            &format!("/api/v1/events/{}", event["id"].as_str().unwrap())
        )
        .await
        .status(),
        StatusCode::NOT_FOUND
    );
    let listed: Value = app
        .get_as(Some(&outsider), "/api/v1/events?from=2027-01-01")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["items"].as_array().unwrap().len(), 0);
    let own: Value = app
        .get_as(Some(&token), "/api/v1/events?from=2027-01-01")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(own["items"].as_array().unwrap().len(), 1);
}
