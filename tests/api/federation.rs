//! The partner API: a partner following the change feed ends up with exactly the public
//! listings (also with concurrent writers), keys and scopes, conditional requests, bad cursors,
//! snapshots, and 410 for deleted listings.

use std::collections::BTreeMap;

use diaspora_hub::federation::keys;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::events::{create_event, event_body, organizer_with_group};
use crate::helpers::{TestApp, group_body, spawn_app, spawn_app_with};
use crate::opportunities::{create_opportunity, opportunity_body};

/// A key for a test partner with `scopes`.
pub fn partner_key(app: &TestApp, scopes: &[&str]) -> String {
    let scopes: Vec<String> = scopes.iter().map(|scope| scope.to_string()).collect();
    keys::create(&mut app.db(), "Test partner", &scopes).unwrap()
}

pub async fn get(app: &TestApp, key: &str, path: &str) -> reqwest::Response {
    app.api
        .get(app.url(path))
        .bearer_auth(key)
        .send()
        .await
        .unwrap()
}

/// A partner's copy: id → (type, version), kept by applying the change feed.
#[derive(Default)]
struct Copy {
    listings: BTreeMap<String, (String, i64)>,
    cursor: Option<String>,
}

impl Copy {
    /// Follows `next_cursor` until `has_more` is false, `limit` changes at a time.
    async fn sync(&mut self, app: &TestApp, key: &str, limit: usize) {
        loop {
            let path = match &self.cursor {
                Some(cursor) => format!("/federation/v1/changes?limit={limit}&cursor={cursor}"),
                None => format!("/federation/v1/changes?limit={limit}"),
            };
            let response = get(app, key, &path).await;
            assert_eq!(response.status(), StatusCode::OK, "{path}");
            let page: Value = response.json().await.unwrap();
            for item in page["items"].as_array().unwrap() {
                let id = item["id"].as_str().unwrap().to_owned();
                match item["op"].as_str().unwrap() {
                    "upsert" if item["object"].is_object() => {
                        let object = &item["object"];
                        self.listings.insert(
                            id,
                            (
                                item["type"].as_str().unwrap().into(),
                                object["version"].as_i64().unwrap(),
                            ),
                        );
                    }
                    "upsert" => {}
                    _ => {
                        self.listings.remove(&id);
                    }
                }
            }
            self.cursor = page["next_cursor"].as_str().map(str::to_owned);
            if page["has_more"] == false {
                break;
            }
        }
    }

    fn ids(&self) -> Vec<&str> {
        self.listings.keys().map(String::as_str).collect()
    }
}

#[actix_web::test]
async fn a_partner_following_the_changes_holds_exactly_the_public_listings() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let event = create_event(&app, &organizer, &event_body()).await;
    let opportunity = create_opportunity(&app, &organizer, &opportunity_body()).await;
    let mut private = group_body("Cercle privé");
    private["visibility"] = json!("private");
    app.create_group(&organizer, &private).await;
    let private_event = app
        .api
        .post(app.url("/api/v1/groups/cercle-prive/events"))
        .bearer_auth(&organizer)
        .json(&event_body())
        .send()
        .await
        .unwrap();
    assert_eq!(private_event.status(), StatusCode::CREATED);
    let group: Value = app
        .get_as(None, "/api/v1/groups/teranga-lyon")
        .await
        .json()
        .await
        .unwrap();
    let key = partner_key(&app, &["changes:read"]);
    let (group_id, event_id, opportunity_id) = (
        group["id"].as_str().unwrap().to_owned(),
        event["id"].as_str().unwrap().to_owned(),
        opportunity["id"].as_str().unwrap().to_owned(),
    );

    let mut copy = Copy::default();
    copy.sync(&app, &key, 2).await;
    let mut expected = vec![
        group_id.as_str(),
        event_id.as_str(),
        opportunity_id.as_str(),
    ];
    expected.sort();
    assert_eq!(copy.ids(), expected, "only the public group's listings");

    // An update, a deletion, then the group leaving and rejoining public view.
    app.api
        .patch(app.url(&format!("/api/v1/events/{event_id}")))
        .bearer_auth(&organizer)
        .json(&json!({"capacity": 40}))
        .send()
        .await
        .unwrap();
    app.api
        .delete(app.url(&format!("/api/v1/opportunities/{opportunity_id}")))
        .bearer_auth(&organizer)
        .send()
        .await
        .unwrap();
    copy.sync(&app, &key, 2).await;
    assert_eq!(copy.listings[&event_id].1, 2, "the update arrived");
    assert!(
        !copy.listings.contains_key(&opportunity_id),
        "the deletion arrived"
    );

    let make = |visibility: &'static str| {
        app.api
            .patch(app.url("/api/v1/groups/teranga-lyon"))
            .bearer_auth(&organizer)
            .json(&json!({ "visibility": visibility }))
            .send()
    };
    assert_eq!(make("private").await.unwrap().status(), StatusCode::OK);
    copy.sync(&app, &key, 100).await;
    assert!(
        copy.ids().is_empty(),
        "a group leaving public view is a deletion, with its events"
    );
    assert_eq!(make("public").await.unwrap().status(), StatusCode::OK);
    copy.sync(&app, &key, 100).await;
    assert_eq!(copy.ids().len(), 2, "and back again");

    let mut fresh = Copy::default();
    fresh.sync(&app, &key, 3).await;
    assert_eq!(
        fresh.listings, copy.listings,
        "a new partner from the start agrees"
    );
}

/// Creates six events as `organizer`; returns their ids.
async fn write_events(app: &TestApp, organizer: &str, writer: usize) -> Vec<String> {
    let mut created = Vec::new();
    for number in 0..6 {
        let mut body = event_body();
        body["translations"] =
            json!({"fr": {"title": format!("Soirée {writer}-{number}"), "description": ""}});
        let event = create_event(app, organizer, &body).await;
        created.push(event["id"].as_str().unwrap().to_owned());
    }
    created
}

#[actix_web::test]
async fn concurrent_writers_never_leave_a_change_behind_the_cursor() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let key = partner_key(&app, &["changes:read"]);
    let mut copy = Copy::default();
    let reader = async {
        // Poll while the writers write, a few changes at a time.
        for _ in 0..20 {
            copy.sync(&app, &key, 3).await;
        }
    };

    let (first, second, third, fourth, ()) = tokio::join!(
        write_events(&app, &organizer, 0),
        write_events(&app, &organizer, 1),
        write_events(&app, &organizer, 2),
        write_events(&app, &organizer, 3),
        reader
    );
    copy.sync(&app, &key, 3).await;

    let mut created: Vec<String> = [first, second, third, fourth].concat();
    created.sort();
    let seen: Vec<String> = copy
        .listings
        .iter()
        .filter(|(_, (kind, _))| kind == "event")
        .map(|(id, _)| id.clone())
        .collect();
    assert_eq!(seen, created, "every event reached the partner");
}

#[actix_web::test]
async fn keys_need_the_right_scope_are_refused_once_revoked_and_are_rate_limited() {
    let app = spawn_app_with(|settings| settings.partner_requests_per_minute = 3).await;
    let organizer = organizer_with_group(&app).await;
    create_event(&app, &organizer, &event_body()).await;
    let groups_only = partner_key(&app, &["groups:read"]);
    let changes = partner_key(&app, &["changes:read"]);

    let anonymous = app
        .api
        .get(app.url("/federation/v1/changes"))
        .send()
        .await
        .unwrap();
    let forged = get(&app, "dhk_abc_def", "/federation/v1/changes").await;
    let wrong_scope = get(&app, &groups_only, "/federation/v1/changes").await;
    let first = get(&app, &changes, "/federation/v1/changes").await;
    let tag = first.headers()["etag"].to_str().unwrap().to_owned();
    let mut conditional = Vec::new();
    for _ in 0..5 {
        let response = app
            .api
            .get(app.url("/federation/v1/changes"))
            .bearer_auth(&changes)
            .header("if-none-match", &tag)
            .send()
            .await
            .unwrap();
        conditional.push(response.status());
    }
    let second = get(&app, &changes, "/federation/v1/changes?limit=5").await;
    let third = get(&app, &changes, "/federation/v1/changes?limit=6").await;
    let fourth = get(&app, &changes, "/federation/v1/changes?limit=7").await;
    let listed = keys::list(&mut app.db()).unwrap();
    let prefix = changes.split('_').nth(1).unwrap();
    assert!(keys::revoke(&mut app.db(), prefix).unwrap());
    let revoked = get(&app, &changes, "/federation/v1/changes").await;

    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(forged.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(wrong_scope.status(), StatusCode::FORBIDDEN);
    let problem: Value = wrong_scope.json().await.unwrap();
    assert_eq!(problem["code"], "insufficient_scope");
    assert_eq!(first.status(), StatusCode::OK);
    assert!(
        conditional
            .iter()
            .all(|status| *status == StatusCode::NOT_MODIFIED),
        "{conditional:?}"
    );
    assert_eq!(
        (second.status(), third.status()),
        (StatusCode::OK, StatusCode::OK),
        "304s were free"
    );
    assert_eq!(fourth.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(fourth.headers().contains_key("retry-after"));
    let used = listed.iter().find(|key| key.prefix == prefix).unwrap();
    assert!(used.last_used_at.is_some());
    assert!(
        !format!("{listed:?}").contains(changes.split('_').nth(2).unwrap()),
        "no secret listed"
    );
    assert_eq!(
        revoked.status(),
        StatusCode::UNAUTHORIZED,
        "refused at once"
    );
}

#[actix_web::test]
async fn a_new_slug_reaches_partners_with_the_events_that_show_it() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let event = create_event(&app, &organizer, &event_body()).await;
    let key = partner_key(&app, &["changes:read"]);
    let mut copy = Copy::default();
    copy.sync(&app, &key, 100).await;

    app.api
        .patch(app.url("/api/v1/groups/teranga-lyon"))
        .bearer_auth(&organizer)
        .json(&json!({"slug": "teranga-rhone"}))
        .send()
        .await
        .unwrap();
    let path = format!(
        "/federation/v1/changes?cursor={}",
        copy.cursor.as_deref().unwrap()
    );
    let page: Value = get(&app, &key, &path).await.json().await.unwrap();

    let items = page["items"].as_array().unwrap();
    let event_change = items
        .iter()
        .find(|item| item["id"] == event["id"])
        .expect("the event is sent again");
    assert_eq!(event_change["object"]["group"]["slug"], "teranga-rhone");
    let group = &items.iter().find(|item| item["type"] == "group").unwrap()["object"];
    assert!(
        group.get("member_count").is_none(),
        "unversioned counts are not sent"
    );
}

#[actix_web::test]
async fn snapshots_page_with_links_and_answer_304_when_unchanged() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    app.create_group(&organizer, &group_body("Deuxième groupe"))
        .await;
    app.create_group(&organizer, &group_body("Troisième groupe"))
        .await;
    let mut private = group_body("Cercle privé");
    private["visibility"] = json!("private");
    app.create_group(&organizer, &private).await;
    let key = partner_key(&app, &["groups:read"]);

    let first = get(&app, &key, "/federation/v1/groups?limit=2").await;
    let link = first.headers()["link"].to_str().unwrap().to_owned();
    let tag = first.headers()["etag"].to_str().unwrap().to_owned();
    let first: Value = first.json().await.unwrap();
    let next = link
        .trim_start_matches('<')
        .split('>')
        .next()
        .unwrap()
        .to_owned();
    // The link is absolute on the public URL; follow its path on the test server.
    let path = &next[next.find("/federation/").unwrap()..];
    let second: Value = get(&app, &key, path).await.json().await.unwrap();
    let again = app
        .api
        .get(app.url("/federation/v1/groups?limit=2"))
        .bearer_auth(&key)
        .header("if-none-match", &tag)
        .send()
        .await
        .unwrap();
    let events = get(&app, &key, "/federation/v1/events").await;

    assert_eq!(first["items"].as_array().unwrap().len(), 2);
    assert_eq!(first["has_more"], true);
    assert!(link.ends_with("rel=\"next\""), "{link}");
    assert!(first["changes_cursor"].is_string());
    assert_eq!(second["items"].as_array().unwrap().len(), 1);
    assert_eq!(second["has_more"], false);
    let names: Vec<&str> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .chain(second["items"].as_array().unwrap())
        .map(|group| group["slug"].as_str().unwrap())
        .collect();
    assert!(!names.contains(&"cercle-prive"), "{names:?}");
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(
        events.status(),
        StatusCode::FORBIDDEN,
        "events need events:read"
    );
}

#[actix_web::test]
async fn a_deleted_listing_answers_410_with_a_tombstone_or_a_removed_page() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let event = create_event(&app, &organizer, &event_body()).await;
    let id = event["id"].as_str().unwrap();
    app.api
        .delete(app.url(&format!("/api/v1/events/{id}")))
        .bearer_auth(&organizer)
        .send()
        .await
        .unwrap();
    app.api
        .delete(app.url("/api/v1/groups/teranga-lyon"))
        .bearer_auth(&organizer)
        .send()
        .await
        .unwrap();

    let api = app.get_as(None, &format!("/api/v1/events/{id}")).await;
    let page = app.get_page(&format!("/events/{id}?lang=fr")).await;
    let group_page = app.get_page("/groups/teranga-lyon").await;
    let unknown = app
        .get_page("/events/00000000-0000-0000-0000-000000000000")
        .await;

    assert_eq!(api.status(), StatusCode::GONE);
    let problem: Value = api.json().await.unwrap();
    assert_eq!(problem["code"], "listing_removed");
    assert_eq!(problem["tombstone"]["id"], id);
    assert_eq!(problem["tombstone"]["type"], "Tombstone");
    assert_eq!(problem["tombstone"]["former_type"], "event");
    assert_eq!(page.status(), StatusCode::GONE);
    assert!(
        page.text().await.unwrap().contains("supprimée"),
        "a removed page in French"
    );
    assert_eq!(group_page.status(), StatusCode::GONE);
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
}

#[actix_web::test]
async fn feeds_and_discovery_carry_etags_and_answer_304() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let event = create_event(&app, &organizer, &event_body()).await;
    create_opportunity(&app, &organizer, &opportunity_body()).await;
    let paths = [
        "/federation/v1".to_owned(),
        "/feeds/events.ics".to_owned(),
        "/feeds/events.atom".to_owned(),
        "/feeds/opportunities.atom".to_owned(),
        "/groups/teranga-lyon/events.ics".to_owned(),
        format!("/events/{}.ics", event["id"].as_str().unwrap()),
    ];
    for path in &paths {
        let first = app.get_page(path).await;
        assert_eq!(first.status(), StatusCode::OK, "{path}");
        let tag = first
            .headers()
            .get("etag")
            .unwrap_or_else(|| panic!("{path} has no ETag"))
            .to_str()
            .unwrap()
            .to_owned();
        let again = app
            .browser
            .get(app.url(path))
            .header("if-none-match", &tag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED, "{path}");
    }
    let before = app.get_page("/feeds/events.atom").await.headers()["etag"]
        .to_str()
        .unwrap()
        .to_owned();
    app.api
        .patch(app.url(&format!("/api/v1/events/{}", event["id"].as_str().unwrap())))
        .bearer_auth(&organizer)
        .json(&json!({"capacity": 12}))
        .send()
        .await
        .unwrap();
    let after = app.get_page("/feeds/events.atom").await;
    assert!(after.headers().contains_key("last-modified"));
    assert_ne!(
        after.headers()["etag"].to_str().unwrap(),
        before,
        "a change changes the tag"
    );
    let discovery: Value = app.get_page("/federation/v1").await.json().await.unwrap();
    assert_eq!(discovery["api_version"], "v1");
    assert!(
        discovery["endpoints"]["changes"]
            .as_str()
            .unwrap()
            .ends_with("/federation/v1/changes")
    );
}
