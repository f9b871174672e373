//! Limits on new accounts: a day-old account publishes freely; a new one publishes three
//! listings a day (groups, events and opportunities together), then gets a localized 429 with
//! `Retry-After`, and nothing is written. Moderators and administrators are trusted.

use chrono::{Duration, Utc};
use diaspora_hub::db::AnyConnection;
use diaspora_hub::db::schema::{events, groups, users};
use diesel::prelude::*;
use reqwest::StatusCode;
use serde_json::Value;

use crate::events::event_body;
use crate::helpers::{TestApp, group_body, spawn_app_with};
use crate::opportunities::opportunity_body;

async fn limited_app() -> TestApp {
    spawn_app_with(|settings| {
        settings.new_account_hours = 24;
        settings.new_account_listings_per_day = 3;
    })
    .await
}

async fn publish(app: &TestApp, token: &str, path: &str, body: &Value) -> reqwest::Response {
    app.api
        .post(app.url(path))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap()
}

fn set_user(app: &TestApp, email: &str, created_hours_ago: i64, role: &str) {
    let mut connection = app.db();
    diesel::update(users::table.filter(users::email.eq(email)))
        .set((
            users::created_at.eq(Utc::now().naive_utc() - Duration::hours(created_hours_ago)),
            users::role.eq(role),
        ))
        .execute(&mut *connection as &mut AnyConnection)
        .unwrap();
}

#[actix_web::test]
async fn a_new_account_publishes_three_listings_a_day_then_waits_and_nothing_more_is_written() {
    let app = limited_app().await;
    let token = app.signed_up_token("new@example.org").await;

    let group = publish(&app, &token, "/api/v1/groups", &group_body("Teranga Lyon")).await;
    let event = publish(
        &app,
        &token,
        "/api/v1/groups/teranga-lyon/events",
        &event_body(),
    )
    .await;
    let opportunity = publish(
        &app,
        &token,
        "/api/v1/groups/teranga-lyon/opportunities",
        &opportunity_body(),
    )
    .await;
    assert_eq!(
        (group.status(), event.status(), opportunity.status()),
        (
            StatusCode::CREATED,
            StatusCode::CREATED,
            StatusCode::CREATED
        )
    );
    let events_before = app.count("events");

    let fourth = publish(
        &app,
        &token,
        "/api/v1/groups/teranga-lyon/events",
        &event_body(),
    )
    .await;

    assert_eq!(fourth.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: i64 = fourth.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=24 * 3600).contains(&wait), "{wait}");
    let problem: Value = fourth.json().await.unwrap();
    assert_eq!(problem["code"], "new_account_limit");
    // In the member's own language (the account's, English here), saying what to do.
    assert!(
        problem["detail"].as_str().unwrap().contains("New accounts"),
        "{problem}"
    );
    assert_eq!(app.count("events"), events_before);
    let another_group = publish(&app, &token, "/api/v1/groups", &group_body("Dakar Lyon")).await;
    assert_eq!(another_group.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[actix_web::test]
async fn a_day_old_account_and_moderators_are_not_limited_and_listings_know_their_author() {
    let app = limited_app().await;
    let old = app.signed_up_token("old@example.org").await;
    set_user(&app, "old@example.org", 25, "user");
    let moderator = app.signed_up_token("moderator@example.org").await;
    set_user(&app, "moderator@example.org", 0, "moderator");

    assert_eq!(
        publish(&app, &old, "/api/v1/groups", &group_body("Teranga Lyon"))
            .await
            .status(),
        StatusCode::CREATED
    );
    for _ in 0..4 {
        let event = publish(
            &app,
            &old,
            "/api/v1/groups/teranga-lyon/events",
            &event_body(),
        )
        .await;
        assert_eq!(event.status(), StatusCode::CREATED);
    }
    for name in ["Un", "Deux", "Trois", "Quatre"] {
        let group = publish(&app, &moderator, "/api/v1/groups", &group_body(name)).await;
        assert_eq!(group.status(), StatusCode::CREATED);
    }

    let mut connection = app.db();
    let connection: &mut AnyConnection = &mut connection;
    let author: i64 = users::table
        .filter(users::email.eq("old@example.org"))
        .select(users::id)
        .first(connection)
        .unwrap();
    let event_authors: Vec<Option<i64>> = events::table
        .select(events::created_by)
        .load(connection)
        .unwrap();
    assert_eq!(event_authors, vec![Some(author); 4]);
    let group_author: Option<i64> = groups::table
        .filter(groups::slug.eq("teranga-lyon"))
        .select(groups::created_by)
        .first(connection)
        .unwrap();
    assert_eq!(group_author, Some(author));
}
