//! Pruning the change log and what it does to cursors: bad cursors are clear errors, a cursor
//! from before a forgotten deletion expires, reading from the start survives earlier prunes but
//! not one between its pages, and a listing never comes back from a row a skewed clock stamped
//! late.

use reqwest::StatusCode;
use serde_json::Value;

use crate::events::{create_event, event_body, organizer_with_group};
use crate::federation::{get, partner_key};
use crate::helpers::{TestApp, spawn_app};

#[actix_web::test]
async fn bad_cursors_limits_and_types_are_clear_errors_and_old_cursors_expire() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let event = create_event(&app, &organizer, &event_body()).await;
    let key = partner_key(&app, &["changes:read"]);
    let page: Value = get(&app, &key, "/federation/v1/changes?limit=1")
        .await
        .json()
        .await
        .unwrap();
    let cursor = page["next_cursor"].as_str().unwrap().to_owned();
    let future = diaspora_hub::paging::encode_cursor(1_000_000, 0);

    for (query, code) in [
        ("cursor=not-a-cursor".to_owned(), "invalid_cursor"),
        (
            format!("cursor={}", &cursor[..cursor.len() - 1]),
            "invalid_cursor",
        ),
        (format!("cursor={future}"), "cursor_from_future"),
        (
            format!("cursor={}", diaspora_hub::paging::encode_cursor(1, 1_000)),
            "cursor_from_future",
        ),
        ("limit=0".to_owned(), "out_of_range"),
        ("limit=100000".to_owned(), "out_of_range"),
        ("types=group,planet".to_owned(), "invalid_resource_type"),
    ] {
        let response = get(&app, &key, &format!("/federation/v1/changes?{query}")).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{query}"
        );
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["errors"][0]["code"], code, "{query}");
    }

    // Months later the event is deleted, and that deletion too is pruned from the log.
    delete_and_prune(&app, &organizer, event["id"].as_str().unwrap()).await;
    let expired = get(
        &app,
        &key,
        &format!("/federation/v1/changes?cursor={cursor}"),
    )
    .await;
    let from_start: Value = get(&app, &key, "/federation/v1/changes")
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(expired.status(), StatusCode::GONE);
    let problem: Value = expired.json().await.unwrap();
    assert_eq!(problem["code"], "cursor_expired");
    let ids: Vec<&str> = from_start["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["type"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["group"],
        "starting over still gives every live listing"
    );
    // Caught up after starting over, the partner polls on without being sent back again.
    let next = from_start["next_cursor"].as_str().unwrap();
    let poll = get(&app, &key, &format!("/federation/v1/changes?cursor={next}")).await;
    assert_eq!(poll.status(), StatusCode::OK, "no 410 loop after a restart");
}

/// Deletes an event through the API.
pub async fn delete_event(app: &TestApp, organizer: &str, event_id: &str) {
    let response = app
        .api
        .delete(app.url(&format!("/api/v1/events/{event_id}")))
        .bearer_auth(organizer)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
}

/// Lets months pass: every change is aged, and the log pruned.
pub fn age_and_prune(app: &TestApp) {
    use diaspora_hub::db::schema::change_log;
    use diesel::prelude::*;
    let long_ago = chrono::Utc::now().naive_utc() - chrono::Duration::days(200);
    diesel::update(change_log::table)
        .set(change_log::occurred_at.eq(long_ago))
        .execute(&mut *app.db())
        .unwrap();
    diaspora_hub::federation::change_log::prune(&mut app.db(), 90).unwrap();
}

/// Deletes an event and lets months pass: every change is aged and the log pruned.
pub async fn delete_and_prune(app: &TestApp, organizer: &str, event_id: &str) {
    delete_event(app, organizer, event_id).await;
    age_and_prune(app);
}

#[actix_web::test]
async fn reading_from_the_start_survives_earlier_prunes_but_not_one_in_between_pages() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    for _ in 0..3 {
        create_event(&app, &organizer, &event_body()).await;
    }
    let doomed = create_event(&app, &organizer, &event_body()).await;
    delete_and_prune(&app, &organizer, doomed["id"].as_str().unwrap()).await;
    let key = partner_key(&app, &["changes:read"]);

    // A new partner reads everything, one change per page: every page lies before the pruned
    // deletion, yet none of them expires.
    let (mut cursor, mut statuses, mut types) = (None::<String>, Vec::new(), Vec::new());
    loop {
        let path = match &cursor {
            Some(cursor) => format!("/federation/v1/changes?limit=1&cursor={cursor}"),
            None => "/federation/v1/changes?limit=1".to_owned(),
        };
        let response = get(&app, &key, &path).await;
        statuses.push(response.status());
        if response.status() != StatusCode::OK || statuses.len() > 10 {
            break;
        }
        let page: Value = response.json().await.unwrap();
        types.extend(
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|item| item["type"].as_str().unwrap().to_owned()),
        );
        cursor = page["next_cursor"].as_str().map(str::to_owned);
        if page["has_more"] == false {
            break;
        }
    }
    // Another partner starts reading; a prune forgets a deletion before its second page.
    let first: Value = get(&app, &key, "/federation/v1/changes?limit=1")
        .await
        .json()
        .await
        .unwrap();
    let another = create_event(&app, &organizer, &event_body()).await;
    delete_and_prune(&app, &organizer, another["id"].as_str().unwrap()).await;
    let second = get(
        &app,
        &key,
        &format!(
            "/federation/v1/changes?limit=1&cursor={}",
            first["next_cursor"].as_str().unwrap()
        ),
    )
    .await;

    assert!(
        statuses.iter().all(|status| *status == StatusCode::OK),
        "{statuses:?}"
    );
    assert_eq!(types, ["group", "event", "event", "event"]);
    assert_eq!(
        second.status(),
        StatusCode::GONE,
        "it may have missed that deletion"
    );
}

#[actix_web::test]
async fn a_row_stamped_late_by_a_skewed_clock_goes_with_its_forgotten_deletion() {
    use diaspora_hub::db::schema::change_log;
    use diesel::prelude::*;
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let event = create_event(&app, &organizer, &event_body()).await;
    let id = event["id"].as_str().unwrap().to_owned();
    delete_event(&app, &organizer, &id).await;
    // The instance that created it ran fast: its row reads as recent, the deletion as old.
    let long_ago = chrono::Utc::now().naive_utc() - chrono::Duration::days(200);
    diesel::update(change_log::table)
        .set(change_log::occurred_at.eq(long_ago))
        .execute(&mut *app.db())
        .unwrap();
    diesel::update(
        change_log::table
            .filter(change_log::resource_uuid.eq(&id))
            .filter(change_log::op.eq("upsert")),
    )
    .set(change_log::occurred_at.eq(chrono::Utc::now().naive_utc()))
    .execute(&mut *app.db())
    .unwrap();
    diaspora_hub::federation::change_log::prune(&mut app.db(), 90).unwrap();
    let key = partner_key(&app, &["changes:read"]);

    let from_start: Value = get(&app, &key, "/federation/v1/changes")
        .await
        .json()
        .await
        .unwrap();

    let ids: Vec<&str> = from_start["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["id"].as_str().unwrap())
        .collect();
    assert!(!ids.contains(&id.as_str()), "no ghost: {ids:?}");
    assert_eq!(ids.len(), 1, "only the group");
}

#[actix_web::test]
async fn deletions_are_forgotten_in_daily_batches() {
    use diaspora_hub::db::schema::change_log;
    use diesel::prelude::*;
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let event = create_event(&app, &organizer, &event_body()).await;
    let key = partner_key(&app, &["changes:read"]);
    let page: Value = get(&app, &key, "/federation/v1/changes?limit=1")
        .await
        .json()
        .await
        .unwrap();
    let cursor = page["next_cursor"].as_str().unwrap().to_owned();
    delete_event(&app, &organizer, event["id"].as_str().unwrap()).await;
    let age = |app: &TestApp, hours: i64| {
        let then = chrono::Utc::now().naive_utc() - chrono::Duration::hours(hours);
        diesel::update(change_log::table)
            .set(change_log::occurred_at.eq(then))
            .execute(&mut *app.db())
            .unwrap();
        diaspora_hub::federation::change_log::prune(&mut app.db(), 90).unwrap();
    };
    let path = format!("/federation/v1/changes?cursor={cursor}");

    age(&app, 90 * 24 + 12);
    let half_a_day_past = get(&app, &key, &path).await;
    let half_a_day_past_status = half_a_day_past.status();
    let still_there: Value = half_a_day_past.json().await.unwrap();
    age(&app, 92 * 24);
    let two_days_past = get(&app, &key, &path).await.status();

    assert_eq!(half_a_day_past_status, StatusCode::OK, "not forgotten yet");
    assert_eq!(still_there["items"][0]["op"], "delete");
    assert_eq!(
        two_days_past,
        StatusCode::GONE,
        "forgotten with its day's batch"
    );
}
