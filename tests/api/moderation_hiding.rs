//! Hiding and restoring (gone from every page, list, feed, search, sitemap and partner copy,
//! and back) and suspensions (sessions end at once, login refused, listings hidden, all undone
//! by lifting).

use reqwest::StatusCode;

use crate::events::{create_event, event_body, organizer_with_group};
use crate::federation::{get, partner_key};
use crate::helpers::{PASSWORD, spawn_app};
use crate::moderation::{act, json_of, moderator, notices_of, partner_view};
use crate::opportunities::{create_opportunity, opportunity_body};
use serde_json::json;

#[actix_web::test]
async fn a_hidden_event_is_gone_from_every_page_feed_search_and_partner_copy_until_restored() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let event = create_event(&app, &organizer, &event_body()).await;
    let id = event["id"].as_str().unwrap().to_owned();
    let member = app.signed_up_token("member@example.org").await;
    let moderator = moderator(&app, "moderator@example.org").await;
    let key = partner_key(&app, &["changes:read", "events:read"]);
    assert_eq!(
        partner_view(&app, &key, &id).await.as_deref(),
        Some("upsert")
    );

    let hidden = act(
        &app,
        &moderator,
        &format!("/api/v1/admin/events/{id}/hide"),
        "Hate speech in the description.",
    )
    .await;
    let hidden_again = act(
        &app,
        &moderator,
        &format!("/api/v1/admin/events/{id}/hide"),
        "Twice.",
    )
    .await;

    assert_eq!(hidden.status(), StatusCode::NO_CONTENT);
    assert_eq!(hidden_again.status(), StatusCode::CONFLICT);
    assert_eq!(json_of(hidden_again).await["code"], "already_hidden");
    let places = [
        format!("/api/v1/events/{id}"),
        format!("/events/{id}"),
        format!("/events/{id}.ics"),
    ];
    for place in &places {
        assert_eq!(
            app.get_as(Some(&member), place).await.status(),
            StatusCode::NOT_FOUND,
            "{place}"
        );
        assert_eq!(
            app.get_as(None, place).await.status(),
            StatusCode::NOT_FOUND,
            "{place}"
        );
    }
    assert_eq!(
        app.get_as(Some(&organizer), &format!("/api/v1/events/{id}"))
            .await
            .status(),
        StatusCode::OK,
        "its organizers still see it"
    );
    for listing in [
        "/api/v1/events",
        "/api/v1/events?q=teranga",
        "/api/v1/events?country=FR",
        "/events",
        "/countries/SN",
        "/groups/teranga-lyon",
        "/feeds/events.ics",
        "/feeds/events.atom",
        "/groups/teranga-lyon/events.ics",
        "/sitemaps/events-1.xml",
    ] {
        let body = app
            .get_as(Some(&member), listing)
            .await
            .text()
            .await
            .unwrap();
        assert!(!body.contains(&id), "{listing} still shows the event");
        assert!(!body.contains("Teranga evening"), "{listing}");
        assert!(!body.contains("Soirée teranga"), "{listing}");
    }
    assert_eq!(
        partner_view(&app, &key, &id).await.as_deref(),
        Some("delete")
    );
    let snapshot = json_of(get(&app, &key, "/federation/v1/events").await).await;
    assert_eq!(snapshot["items"], json!([]));

    let restored = act(
        &app,
        &moderator,
        &format!("/api/v1/admin/events/{id}/restore"),
        "The organizers rewrote it.",
    )
    .await;

    assert_eq!(restored.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        partner_view(&app, &key, &id).await.as_deref(),
        Some("upsert")
    );
    let listed = app
        .get_as(None, "/api/v1/events")
        .await
        .text()
        .await
        .unwrap();
    assert!(listed.contains(&id));
    assert_eq!(
        app.get_as(None, &format!("/events/{id}")).await.status(),
        StatusCode::OK
    );
}

#[actix_web::test]
async fn hiding_a_group_hides_its_events_and_opportunities_and_restoring_keeps_hidden_ones_hidden()
{
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let event = create_event(&app, &organizer, &event_body()).await;
    let kept_hidden = create_event(&app, &organizer, &event_body()).await;
    let opportunity = create_opportunity(&app, &organizer, &opportunity_body()).await;
    let (event, kept_hidden, opportunity) = (
        event["id"].as_str().unwrap().to_owned(),
        kept_hidden["id"].as_str().unwrap().to_owned(),
        opportunity["id"].as_str().unwrap().to_owned(),
    );
    let group = json_of(app.get_as(None, "/api/v1/groups/teranga-lyon").await).await;
    let group_id = group["id"].as_str().unwrap().to_owned();
    let moderator = moderator(&app, "moderator@example.org").await;
    let key = partner_key(&app, &["changes:read"]);
    act(
        &app,
        &moderator,
        &format!("/api/v1/admin/events/{kept_hidden}/hide"),
        "Spam.",
    )
    .await;

    let hidden = act(
        &app,
        &moderator,
        "/api/v1/admin/groups/teranga-lyon/hide",
        "Fake association collecting fees.",
    )
    .await;

    assert_eq!(hidden.status(), StatusCode::NO_CONTENT);
    for path in [
        "/api/v1/groups/teranga-lyon".to_owned(),
        "/groups/teranga-lyon".to_owned(),
        format!("/api/v1/events/{event}"),
        format!("/api/v1/opportunities/{opportunity}"),
        format!("/opportunities/{opportunity}"),
    ] {
        assert_eq!(
            app.get_as(None, &path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    for listing in [
        "/api/v1/groups",
        "/api/v1/groups?q=teranga",
        "/groups",
        "/api/v1/events",
        "/api/v1/opportunities",
        "/opportunities",
        "/feeds/opportunities.atom",
        "/sitemaps/groups-1.xml",
        "/sitemaps/opportunities-1.xml",
    ] {
        let body = app.get_as(None, listing).await.text().await.unwrap();
        assert!(!body.contains("teranga-lyon"), "{listing}");
        assert!(
            !body.contains(&event) && !body.contains(&opportunity),
            "{listing}"
        );
    }
    for id in [&group_id, &event, &opportunity] {
        assert_eq!(
            partner_view(&app, &key, id).await.as_deref(),
            Some("delete")
        );
    }

    act(
        &app,
        &moderator,
        "/api/v1/admin/groups/teranga-lyon/restore",
        "Registration checked.",
    )
    .await;

    for id in [&group_id, &event, &opportunity] {
        assert_eq!(
            partner_view(&app, &key, id).await.as_deref(),
            Some("upsert")
        );
    }
    assert_eq!(
        partner_view(&app, &key, &kept_hidden).await.as_deref(),
        Some("delete"),
        "an event hidden on its own stays hidden"
    );
    assert_eq!(
        app.get_as(None, &format!("/api/v1/events/{kept_hidden}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_as(None, "/groups/teranga-lyon").await.status(),
        StatusCode::OK
    );
}

#[actix_web::test]
async fn a_suspended_members_session_dies_at_once_login_is_refused_and_their_listings_hide() {
    let app = spawn_app().await;
    let author = organizer_with_group(&app).await;
    let event = create_event(&app, &author, &event_body()).await;
    let event = event["id"].as_str().unwrap().to_owned();
    let author_id = app.user_id(&author).await;
    let moderator = moderator(&app, "moderator@example.org").await;
    let key = partner_key(&app, &["changes:read"]);

    let suspended = act(
        &app,
        &moderator,
        &format!("/api/v1/admin/users/{author_id}/suspend"),
        "Posted fake visa offers.",
    )
    .await;

    assert_eq!(suspended.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.get_as(Some(&author), "/api/v1/me").await.status(),
        StatusCode::UNAUTHORIZED,
        "the session died at once"
    );
    let login = app.login("organizer@example.org", PASSWORD).await;
    assert_eq!(login.status(), StatusCode::FORBIDDEN);
    let problem = json_of(login).await;
    assert_eq!(problem["code"], "account_suspended");
    assert!(problem["detail"].as_str().unwrap().contains("suspended"));
    let wrong = app
        .login("organizer@example.org", "wrong password 123")
        .await;
    assert_eq!(
        wrong.status(),
        StatusCode::UNAUTHORIZED,
        "a wrong password learns nothing about the suspension"
    );
    assert_eq!(
        app.get_as(None, "/api/v1/groups/teranga-lyon")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_as(None, &format!("/api/v1/events/{event}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        partner_view(&app, &key, &event).await.as_deref(),
        Some("delete")
    );
    let told = notices_of(&app, "organizer@example.org");
    assert!(
        told.iter().any(
            |(_, message, link)| message == "notice-moderation-suspended"
                && link.starts_with("/appeals/")
        ),
        "{told:?}"
    );

    let lifted = act(
        &app,
        &moderator,
        &format!("/api/v1/admin/users/{author_id}/unsuspend"),
        "Identity confirmed by the embassy.",
    )
    .await;

    assert_eq!(lifted.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.login("organizer@example.org", PASSWORD).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        app.get_as(None, &format!("/api/v1/events/{event}"))
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        partner_view(&app, &key, &event).await.as_deref(),
        Some("upsert")
    );
}

#[actix_web::test]
async fn lifting_a_suspension_leaves_what_a_moderator_hid_for_its_own_sake_hidden() {
    let app = spawn_app().await;
    let author = organizer_with_group(&app).await;
    let event = create_event(&app, &author, &event_body()).await;
    let event = event["id"].as_str().unwrap().to_owned();
    let author_id = app.user_id(&author).await;
    let moderator = moderator(&app, "moderator@example.org").await;
    act(
        &app,
        &moderator,
        &format!("/api/v1/admin/events/{event}/hide"),
        "Spam.",
    )
    .await;

    act(
        &app,
        &moderator,
        &format!("/api/v1/admin/users/{author_id}/suspend"),
        "Repeated spam.",
    )
    .await;
    act(
        &app,
        &moderator,
        &format!("/api/v1/admin/users/{author_id}/unsuspend"),
        "Promised to stop.",
    )
    .await;

    assert_eq!(
        app.get_as(None, "/api/v1/groups/teranga-lyon")
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.get_as(None, &format!("/api/v1/events/{event}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[actix_web::test]
async fn hiding_a_reported_listing_can_suspend_its_creator_in_the_same_decision() {
    let app = spawn_app().await;
    let author = organizer_with_group(&app).await;
    let opportunity = create_opportunity(&app, &author, &opportunity_body()).await;
    let id = opportunity["id"].as_str().unwrap().to_owned();
    let member = app.signed_up_token("member@example.org").await;
    let moderator = moderator(&app, "moderator@example.org").await;
    crate::moderation::report(&app, &member, "opportunity", &id, "scam").await;
    let queue = json_of(app.get_as(Some(&moderator), "/api/v1/admin/reports").await).await;
    let report_id = queue["items"][0]["id"].as_i64().unwrap();

    let decided = app
        .api
        .post(app.url(&format!("/api/v1/admin/reports/{report_id}/hide")))
        .bearer_auth(&moderator)
        .json(&json!({"reason": "Fee scam.", "suspend_creator": true}))
        .send()
        .await
        .unwrap();

    assert_eq!(decided.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.login("organizer@example.org", PASSWORD).await.status(),
        StatusCode::FORBIDDEN
    );
    let audit = json_of(app.get_as(Some(&moderator), "/api/v1/admin/audit").await).await;
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["suspend", "hide"]);
    assert_eq!(audit["items"][0]["reason"], "Fee scam.");
}

#[actix_web::test]
async fn moderators_still_open_hidden_listings_but_nothing_else_they_may_not_see() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let event = create_event(&app, &organizer, &event_body()).await;
    let event = event["id"].as_str().unwrap().to_owned();
    let opportunity = create_opportunity(&app, &organizer, &opportunity_body()).await;
    let opportunity = opportunity["id"].as_str().unwrap().to_owned();
    let mut private = crate::helpers::group_body("Cercle privé");
    private["visibility"] = json!("private");
    app.create_group(&organizer, &private).await;
    let private_event = app
        .api
        .post(app.url("/api/v1/groups/cercle-prive/events"))
        .bearer_auth(&organizer)
        .json(&event_body())
        .send()
        .await
        .unwrap()
        .json::<serde_json::Value>()
        .await
        .unwrap();
    let member = app.signed_up_token("member@example.org").await;
    let moderator = moderator(&app, "moderator@example.org").await;
    act(
        &app,
        &moderator,
        &format!("/api/v1/admin/events/{event}/hide"),
        "Spam.",
    )
    .await;
    act(
        &app,
        &moderator,
        &format!("/api/v1/admin/opportunities/{opportunity}/hide"),
        "Spam.",
    )
    .await;

    let paths = [
        format!("/api/v1/events/{event}"),
        format!("/api/v1/opportunities/{opportunity}"),
    ];
    for path in &paths {
        assert_eq!(
            app.get_as(Some(&moderator), path).await.status(),
            StatusCode::OK,
            "{path}"
        );
        assert_eq!(
            app.get_as(Some(&member), path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    act(
        &app,
        &moderator,
        "/api/v1/admin/groups/teranga-lyon/hide",
        "Fake.",
    )
    .await;
    assert_eq!(
        app.get_as(Some(&moderator), "/api/v1/groups/teranga-lyon")
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.get_as(Some(&member), "/api/v1/groups/teranga-lyon")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let private_id = private_event["id"].as_str().unwrap();
    assert_eq!(
        app.get_as(Some(&moderator), &format!("/api/v1/events/{private_id}"))
            .await
            .status(),
        StatusCode::NOT_FOUND,
        "a private group's listing that nobody hid stays private"
    );
    assert_eq!(
        app.get_as(Some(&moderator), "/api/v1/groups/cercle-prive")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}
