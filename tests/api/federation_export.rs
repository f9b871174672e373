//! The streamed export for a partner's first copy: every public listing once, in one request
//! charged once, gzip when asked, ending with the change-feed cursor to follow from.

use std::collections::BTreeSet;

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::events::{create_event, event_body, organizer_with_group};
use crate::federation::{get, partner_key};
use crate::helpers::{TestApp, group_body, spawn_app_with};
use crate::opportunities::{create_opportunity, opportunity_body};

const ALL_SCOPES: [&str; 4] = [
    "changes:read",
    "groups:read",
    "events:read",
    "opportunities:read",
];

/// The export's lines, parsed, after checking the answer's type.
async fn export_lines(app: &TestApp, key: &str, path: &str) -> Vec<Value> {
    let response = get(app, key, path).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"].to_str().unwrap(),
        "application/x-ndjson"
    );
    let body = response.text().await.unwrap();
    assert!(body.ends_with('\n'), "every line ends with a newline");
    body.lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect()
}

#[actix_web::test]
async fn an_export_holds_every_public_listing_once_and_ends_with_the_cursor_to_follow() {
    let app = spawn_app_with(|settings| settings.partner_requests_per_minute = 2).await;
    let organizer = organizer_with_group(&app).await;
    app.create_group(&organizer, &group_body("Deuxième groupe"))
        .await;
    let mut private = group_body("Cercle privé");
    private["visibility"] = json!("private");
    app.create_group(&organizer, &private).await;
    let mut expected = BTreeSet::new();
    for _ in 0..3 {
        let event = create_event(&app, &organizer, &event_body()).await;
        expected.insert(("event".to_owned(), event["id"].as_str().unwrap().to_owned()));
    }
    let opportunity = create_opportunity(&app, &organizer, &opportunity_body()).await;
    expected.insert((
        "opportunity".to_owned(),
        opportunity["id"].as_str().unwrap().to_owned(),
    ));
    let key = partner_key(&app, &ALL_SCOPES);

    let compressed = app
        .api
        .get(app.url("/federation/v1/export"))
        .bearer_auth(&key)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(compressed.status(), StatusCode::OK);
    assert_eq!(compressed.headers()["content-encoding"], "gzip");
    let lines = export_lines(&app, &key, "/federation/v1/export").await;

    let (end, listings) = lines.split_last().unwrap();
    assert_eq!(end["type"], "end");
    assert_eq!(end["count"], listings.len());
    let mut seen = BTreeSet::new();
    let mut groups = Vec::new();
    for line in listings {
        let kind = line["type"].as_str().unwrap().to_owned();
        let id = line["object"]["id"].as_str().unwrap().to_owned();
        if kind == "group" {
            groups.push(line["object"]["slug"].as_str().unwrap().to_owned());
            assert!(line["object"].get("member_count").is_none());
        } else {
            assert!(seen.insert((kind, id)), "each listing once");
        }
    }
    assert_eq!(seen, expected);
    assert_eq!(
        groups,
        ["teranga-lyon", "deuxieme-groupe"],
        "public groups, by id"
    );
    let kinds: Vec<&str> = listings
        .iter()
        .map(|line| line["type"].as_str().unwrap())
        .collect();
    let mut sorted = kinds.clone();
    sorted.sort_by_key(|kind| {
        ["group", "event", "opportunity"]
            .iter()
            .position(|k| k == kind)
    });
    assert_eq!(kinds, sorted, "groups, then events, then opportunities");

    // Two exports spent the two requests of this minute: each was charged once.
    let third = get(&app, &key, "/federation/v1/export").await;
    assert_eq!(third.status(), StatusCode::TOO_MANY_REQUESTS);

    // What changes after the export is in the feed after its cursor, and nothing before it.
    let later = create_event(&app, &organizer, &event_body()).await;
    let fresh_key = partner_key(&app, &ALL_SCOPES);
    let cursor = end["changes_cursor"].as_str().unwrap();
    let feed: Value = get(
        &app,
        &fresh_key,
        &format!("/federation/v1/changes?cursor={cursor}"),
    )
    .await
    .json()
    .await
    .unwrap();
    let ids: Vec<&str> = feed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [later["id"].as_str().unwrap()]);
}

#[actix_web::test]
async fn an_export_needs_the_read_scope_of_every_type_it_holds() {
    let app = spawn_app_with(|_| {}).await;
    organizer_with_group(&app).await;
    let groups_only = partner_key(&app, &["groups:read"]);

    let everything = get(&app, &groups_only, "/federation/v1/export").await;
    let groups = export_lines(&app, &groups_only, "/federation/v1/export?types=group").await;

    assert_eq!(everything.status(), StatusCode::FORBIDDEN);
    let kinds: Vec<&str> = groups
        .iter()
        .map(|line| line["type"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["group", "end"]);
}
