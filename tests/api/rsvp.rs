//! RSVPs: capacity, a first-come waitlist with visible places, automatic promotion, races for
//! the last seat, and who sees what.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::events::{create_event, event_body, organizer_with_group};
use crate::helpers::{TestApp, spawn_app};

async fn rsvp(app: &TestApp, token: &str, id: &str, status: &str) -> reqwest::Response {
    app.api
        .post(app.url(&format!("/api/v1/events/{id}/rsvp")))
        .bearer_auth(token)
        .json(&json!({"status": status}))
        .send()
        .await
        .unwrap()
}

async fn small_event(app: &TestApp, capacity: i64) -> (String, String) {
    let organizer = organizer_with_group(app).await;
    let mut body = event_body();
    body["capacity"] = json!(capacity);
    let event = create_event(app, &organizer, &body).await;
    (organizer, event["id"].as_str().unwrap().to_owned())
}

#[actix_web::test]
async fn a_full_event_waitlists_in_order_and_promotes_when_someone_withdraws() {
    let app = spawn_app().await;
    let (organizer, id) = small_event(&app, 1).await;
    let first = app.signed_up_token("first@example.org").await;
    let second = app.signed_up_token("second@example.org").await;
    let third = app.signed_up_token("third@example.org").await;

    let a: Value = rsvp(&app, &first, &id, "going").await.json().await.unwrap();
    let b: Value = rsvp(&app, &second, &id, "going")
        .await
        .json()
        .await
        .unwrap();
    let c: Value = rsvp(&app, &third, &id, "going").await.json().await.unwrap();
    assert_eq!(
        (
            a["status"].as_str(),
            b["status"].as_str(),
            c["status"].as_str()
        ),
        (Some("going"), Some("waitlisted"), Some("waitlisted"))
    );
    assert_eq!(
        (
            b["waitlist_position"].as_i64(),
            c["waitlist_position"].as_i64()
        ),
        (Some(1), Some(2))
    );

    let withdrawn: Value = rsvp(&app, &first, &id, "not_going")
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(withdrawn["status"], "not_going");
    let second_view: Value = app
        .get_as(Some(&second), &format!("/api/v1/events/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        second_view["my_rsvp"]["status"], "going",
        "the first in line gets the seat"
    );
    let third_view: Value = app
        .get_as(Some(&third), &format!("/api/v1/events/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(third_view["my_rsvp"]["waitlist_position"], 1);
    assert_eq!(
        (
            third_view["going_count"].as_i64(),
            third_view["waitlist_count"].as_i64()
        ),
        (Some(1), Some(1))
    );
    let attendees: Value = app
        .get_as(Some(&organizer), &format!("/api/v1/events/{id}/attendees"))
        .await
        .json()
        .await
        .unwrap();
    let statuses: Vec<&str> = attendees["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["going", "waitlisted"]);
    assert_eq!(
        app.get_as(Some(&third), &format!("/api/v1/events/{id}/attendees"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
}

#[actix_web::test]
async fn two_members_racing_for_the_last_seat_never_both_get_it() {
    let app = spawn_app().await;
    let (_, id) = small_event(&app, 1).await;
    let mut tokens = Vec::new();
    for number in 0..6 {
        tokens.push(
            app.signed_up_token(&format!("racer{number}@example.org"))
                .await,
        );
    }

    let answers =
        futures_util::future::join_all(tokens.iter().map(|token| rsvp(&app, token, &id, "going")))
            .await;

    let mut statuses = Vec::new();
    for answer in answers {
        assert_eq!(answer.status(), StatusCode::OK);
        statuses.push(
            answer.json::<Value>().await.unwrap()["status"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    assert_eq!(
        statuses.iter().filter(|status| *status == "going").count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses
            .iter()
            .filter(|status| *status == "waitlisted")
            .count(),
        5
    );
}

#[actix_web::test]
async fn cancelled_and_past_events_take_no_rsvp() {
    let app = spawn_app().await;
    let (organizer, id) = small_event(&app, 10).await;
    let member = app.signed_up_token("member@example.org").await;
    app.api
        .post(app.url(&format!("/api/v1/events/{id}/cancel")))
        .bearer_auth(&organizer)
        .send()
        .await
        .unwrap();
    let mut past = event_body();
    past["starts_at"] = json!("2020-03-20T18:00:00");
    past["ends_at"] = json!("2020-03-20T20:00:00");
    let past = create_event(&app, &organizer, &past).await;

    let on_cancelled = rsvp(&app, &member, &id, "going").await;
    let on_past = rsvp(&app, &member, past["id"].as_str().unwrap(), "going").await;
    let nonsense = rsvp(&app, &member, past["id"].as_str().unwrap(), "maybe").await;

    assert_eq!(on_cancelled.status(), StatusCode::CONFLICT);
    assert_eq!(
        on_cancelled.json::<Value>().await.unwrap()["errors"][0]["code"],
        "event_cancelled"
    );
    assert_eq!(on_past.status(), StatusCode::CONFLICT);
    assert_eq!(
        on_past.json::<Value>().await.unwrap()["errors"][0]["code"],
        "event_past"
    );
    assert_eq!(nonsense.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("rsvps"), 0);
}

#[actix_web::test]
async fn the_online_link_is_for_people_going_and_organizers() {
    let app = spawn_app().await;
    let (organizer, id) = small_event(&app, 10).await;
    let member = app.signed_up_token("member@example.org").await;
    let path = format!("/api/v1/events/{id}");

    let anonymous: Value = app.get_as(None, &path).await.json().await.unwrap();
    let before: Value = app.get_as(Some(&member), &path).await.json().await.unwrap();
    rsvp(&app, &member, &id, "going").await;
    let after: Value = app.get_as(Some(&member), &path).await.json().await.unwrap();
    let organizer_view: Value = app
        .get_as(Some(&organizer), &path)
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(anonymous["online_url"], Value::Null);
    assert_eq!(before["online_url"], Value::Null);
    assert_eq!(after["online_url"], "https://meet.example.org/teranga");
    assert_eq!(
        organizer_view["online_url"],
        "https://meet.example.org/teranga"
    );
    let mine: Value = app
        .get_as(Some(&member), "/api/v1/me/events")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["items"][0]["id"], id);
}

#[actix_web::test]
async fn my_events_skip_events_the_member_can_no_longer_see() {
    let app = spawn_app().await;
    let (organizer, id) = small_event(&app, 10).await;
    let member = app.signed_up_token("member@example.org").await;
    rsvp(&app, &member, &id, "going").await;
    let made_private = app
        .api
        .patch(app.url("/api/v1/groups/teranga-lyon"))
        .bearer_auth(&organizer)
        .json(&json!({"visibility": "private"}))
        .send()
        .await
        .unwrap();
    assert_eq!(made_private.status(), StatusCode::OK);

    let mine = app.get_as(Some(&member), "/api/v1/me/events").await;
    let organizers: Value = app
        .get_as(Some(&organizer), "/api/v1/me/events")
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(mine.status(), StatusCode::OK);
    assert_eq!(
        mine.json::<Value>().await.unwrap()["items"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        organizers["items"].as_array().unwrap().len(),
        0,
        "the organizer did not answer"
    );
    let page = app.get_page("/me/events").await;
    assert!(
        page.status().is_redirection(),
        "the browser client is signed out here"
    );
}
