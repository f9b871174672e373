//! What a hidden listing no longer reaches, beyond the public lists: the "My events", "My
//! interests" and "My groups" of the people who took part, and event reminders; how a hide and
//! a suspension combine; and reports that name a group by an id another group's slug imitates.

use chrono::{Duration, Utc};
use diaspora_hub::notifications::schedule::run_due;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::events::{create_event, event_body, organizer_with_group};
use crate::helpers::{PASSWORD, group_body, spawn_app};
use crate::moderation::{act, json_of, moderator, notices_of, report};
use crate::opportunities::{create_opportunity, opportunity_body};

fn ids(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            let item = item
                .get("event")
                .or(item.get("opportunity"))
                .unwrap_or(item);
            item["id"].as_str().unwrap().to_owned()
        })
        .collect()
}

#[actix_web::test]
async fn people_who_took_part_lose_sight_of_hidden_listings_and_get_no_reminder() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let mut body = event_body();
    let start = Utc::now() + Duration::hours(3);
    body["timezone"] = json!("UTC");
    body["starts_at"] = json!(start.format("%Y-%m-%dT%H:%M:00").to_string());
    body["ends_at"] = json!(
        (start + Duration::hours(2))
            .format("%Y-%m-%dT%H:%M:00")
            .to_string()
    );
    let event = create_event(&app, &organizer, &body).await;
    let event = event["id"].as_str().unwrap().to_owned();
    let opportunity = create_opportunity(&app, &organizer, &opportunity_body()).await;
    let opportunity = opportunity["id"].as_str().unwrap().to_owned();
    let member = app.signed_up_token("member@example.org").await;
    app.post_as(&member, "/api/v1/groups/teranga-lyon/join")
        .await;
    app.api
        .post(app.url(&format!("/api/v1/events/{event}/rsvp")))
        .bearer_auth(&member)
        .json(&json!({"status": "going"}))
        .send()
        .await
        .unwrap();
    app.api
        .post(app.url(&format!("/api/v1/opportunities/{opportunity}/interest")))
        .bearer_auth(&member)
        .json(&json!({"message": "I can help."}))
        .send()
        .await
        .unwrap();
    let moderator = moderator(&app, "moderator@example.org").await;
    let before = json_of(app.get_as(Some(&member), "/api/v1/me/events").await).await;
    assert_eq!(ids(&before), vec![event.as_str()]);

    act(
        &app,
        &moderator,
        &format!("/api/v1/admin/events/{event}/hide"),
        "Scam.",
    )
    .await;
    act(
        &app,
        &moderator,
        &format!("/api/v1/admin/opportunities/{opportunity}/hide"),
        "Scam.",
    )
    .await;
    let reminded = run_due(&app.state).await.unwrap();
    act(
        &app,
        &moderator,
        "/api/v1/admin/groups/teranga-lyon/hide",
        "Fake association.",
    )
    .await;

    let events = json_of(app.get_as(Some(&member), "/api/v1/me/events").await).await;
    let interests = json_of(app.get_as(Some(&member), "/api/v1/me/interests").await).await;
    let groups = json_of(app.get_as(Some(&member), "/api/v1/me/groups").await).await;
    let organizers_groups = json_of(app.get_as(Some(&organizer), "/api/v1/me/groups").await).await;
    assert!(ids(&events).is_empty(), "{events}");
    assert!(ids(&interests).is_empty(), "{interests}");
    assert_eq!(groups["items"], json!([]), "{groups}");
    assert_eq!(
        organizers_groups["items"].as_array().unwrap().len(),
        1,
        "its owner still sees it"
    );
    assert_eq!(reminded.reminders, 0);
    assert!(
        !notices_of(&app, "member@example.org")
            .iter()
            .any(|(kind, ..)| kind == "event_reminder")
    );
}

#[actix_web::test]
async fn a_moderator_hides_for_good_what_a_suspension_hid_and_lifting_leaves_it_hidden() {
    let app = spawn_app().await;
    let author = organizer_with_group(&app).await;
    let offer = create_opportunity(&app, &author, &opportunity_body()).await;
    let offer = offer["id"].as_str().unwrap().to_owned();
    let author_id = app.user_id(&author).await;
    let member = app.signed_up_token("member@example.org").await;
    let moderator = moderator(&app, "moderator@example.org").await;
    report(&app, &member, "opportunity", &offer, "scam").await;
    act(
        &app,
        &moderator,
        &format!("/api/v1/admin/users/{author_id}/suspend"),
        "Scams.",
    )
    .await;
    let queue = json_of(app.get_as(Some(&moderator), "/api/v1/admin/reports").await).await;
    let report_id = queue["items"][0]["id"].as_i64().unwrap();

    let hidden = act(
        &app,
        &moderator,
        &format!("/api/v1/admin/reports/{report_id}/hide"),
        "This offer is a scam in any case.",
    )
    .await;
    act(
        &app,
        &moderator,
        &format!("/api/v1/admin/users/{author_id}/unsuspend"),
        "Appeal.",
    )
    .await;

    assert_eq!(hidden.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.login("organizer@example.org", PASSWORD).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        app.get_as(None, &format!("/api/v1/opportunities/{offer}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_as(None, "/api/v1/groups/teranga-lyon")
            .await
            .status(),
        StatusCode::OK,
        "what the suspension alone hid is back"
    );
}

#[actix_web::test]
async fn a_slug_written_like_another_groups_id_never_stands_in_for_that_group() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let reported = json_of(app.get_as(None, "/api/v1/groups/teranga-lyon").await).await;
    let reported_id = reported["id"].as_str().unwrap().to_owned();
    let mut decoy = group_body("Decoy");
    decoy["slug"] = json!(reported_id);
    let created = app
        .api
        .post(app.url("/api/v1/groups"))
        .bearer_auth(&organizer)
        .json(&decoy)
        .send()
        .await
        .unwrap();
    let member = app.signed_up_token("member@example.org").await;
    let moderator = moderator(&app, "moderator@example.org").await;

    report(&app, &member, "group", &reported_id, "scam").await;
    let queue = json_of(app.get_as(Some(&moderator), "/api/v1/admin/reports").await).await;
    let report_id = queue["items"][0]["id"].as_i64().unwrap();
    act(
        &app,
        &moderator,
        &format!("/api/v1/admin/reports/{report_id}/hide"),
        "Scam.",
    )
    .await;

    assert_eq!(
        created.status(),
        StatusCode::CREATED,
        "such a slug is allowed"
    );
    assert_eq!(queue["items"][0]["title"], "Teranga Lyon");
    assert_eq!(
        app.get_as(None, "/api/v1/groups/teranga-lyon")
            .await
            .status(),
        StatusCode::NOT_FOUND,
        "the reported group is hidden"
    );
    assert_eq!(
        app.get_as(None, &format!("/api/v1/groups/{reported_id}"))
            .await
            .status(),
        StatusCode::OK,
        "the decoy is not"
    );
}
