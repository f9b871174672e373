//! Groups, events and opportunities imported from a partner hub in our directory and listings:
//! found by search and filters, marked with their origin and read-only, left out with
//! `?origin=local`, never passed on to our own partners, gone when the peer deletes them, and
//! kept out while waiting for review.

use diaspora_hub::db::schema::imported_listings;
use diaspora_hub::federation::peers::{self, PeerKind, Trust, imported};
use diesel::prelude::*;
use reqwest::StatusCode;
use serde_json::Value;

use crate::federation::{get, partner_key};
use crate::helpers::{TestApp, group_body};
use crate::peers::{instance, peer_key, sync};

/// Hub A with the group "Teranga Lyon" (its organizer's token), and hub B pulling from A with
/// `trust`, synced once; returns (A, B, organizer on A, the peer on B).
async fn two_hubs(trust: Trust) -> (TestApp, TestApp, String, i64) {
    let (a, b) = (instance("a").await, instance("b").await);
    let organizer = a.signed_up_token("organizer@example.org").await;
    a.create_group(&organizer, &group_body("Teranga Lyon"))
        .await;
    let key = peer_key(&a);
    let peer = peers::add(
        &mut b.db(),
        &a.address,
        PeerKind::DiasporaHub,
        trust,
        Some(&key),
        true,
    )
    .unwrap();
    sync(&b.state, peer.id).await.unwrap();
    (a, b, organizer, peer.id)
}

async fn groups(app: &TestApp, query: &str) -> Vec<Value> {
    app.listed(&format!("/api/v1/groups?{query}")).await
}

#[actix_web::test]
async fn a_group_from_a_partner_hub_is_found_by_search_and_filters_and_marked_read_only() {
    let (a, b, organizer, peer_id) = two_hubs(Trust::Auto).await;
    let ours = b.signed_up_token("ours@example.org").await;
    b.create_group(&ours, &group_body("Dakar Lyon")).await;

    let found = groups(&b, "q=teranga").await;
    let by_filters = groups(&b, "heritage=SN&residence=FR&topic=culture&language=wo").await;
    let local_only = groups(&b, "q=teranga&origin=local").await;
    let page = b
        .get_page("/groups?q=teranga")
        .await
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    let local_page = b
        .get_page("/groups?q=teranga&origin=local")
        .await
        .text()
        .await
        .unwrap();

    assert_eq!(found.len(), 1, "{found:?}");
    let group = &found[0];
    assert_eq!(group["translations"]["fr"]["name"], "Teranga Lyon");
    assert_eq!(group["read_only"], true);
    assert_eq!(group["origin"]["peer"], a.address.as_str());
    assert_eq!(group["origin"]["url"], "http://a.test/groups/teranga-lyon");
    assert_eq!(group["url"], "http://a.test/groups/teranga-lyon");
    let names: Vec<&str> = by_filters
        .iter()
        .map(|group| group["translations"]["fr"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "ours and the partner's: {names:?}");
    assert!(names.contains(&"Teranga Lyon") && names.contains(&"Dakar Lyon"));
    let ours_listed = groups(&b, "q=dakar").await;
    assert_eq!(ours_listed[0]["read_only"], false);
    assert!(ours_listed[0].get("origin").is_none());
    assert!(local_only.is_empty());
    assert!(page.contains("href=\"http://a.test/groups/teranga-lyon\""));
    assert!(page.contains("From 127.0.0.1"), "its origin is named");
    assert!(!local_page.contains("Teranga Lyon"));

    // Not ours to pass on: B's own partners never get it (no echo back to A).
    let key = partner_key(&b, &["groups:read", "changes:read"]);
    let snapshot: Value = get(&b, &key, "/federation/v1/groups")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(snapshot["items"].as_array().unwrap().len(), 1, "only ours");
    assert_eq!(snapshot["items"][0]["slug"], "dakar-lyon");

    // Deleted on A, gone from B's directory after the next sync.
    let deleted = a
        .api
        .delete(a.url("/api/v1/groups/teranga-lyon"))
        .bearer_auth(&organizer)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    sync(&b.state, peer_id).await.unwrap();
    assert!(groups(&b, "q=teranga").await.is_empty());
}

#[actix_web::test]
async fn a_group_waiting_for_review_or_taken_down_stays_out_of_the_directory() {
    let (_a, b, _organizer, _peer) = two_hubs(Trust::Review).await;
    let id: i64 = imported_listings::table
        .filter(imported_listings::resource_type.eq("group"))
        .select(imported_listings::id)
        .first(&mut *b.db())
        .unwrap();

    let waiting = groups(&b, "q=teranga").await;
    imported::publish(&mut b.db(), id).unwrap();
    let published = groups(&b, "q=teranga").await;
    imported::take_down(&mut b.db(), id).unwrap();
    let taken_down = groups(&b, "q=teranga").await;

    assert!(waiting.is_empty(), "{waiting:?}");
    assert_eq!(published.len(), 1);
    assert!(taken_down.is_empty());
}

#[actix_web::test]
async fn an_unknown_origin_choice_is_a_field_error() {
    let b = instance("b").await;

    let response = b.get_as(None, "/api/v1/groups?origin=elsewhere").await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "origin");
}

#[actix_web::test]
async fn groups_imported_before_the_directory_listed_them_are_listed_after_the_upgrade() {
    use diaspora_hub::db::AnyConnection;
    use diaspora_hub::db::schema::{data_upgrades, groups};
    let (_a, b, _organizer, _peer) = two_hubs(Trust::Auto).await;
    {
        let mut connection = b.db();
        let connection: &mut AnyConnection = &mut connection;
        // As stored before this version: the listing without its directory row.
        diesel::delete(groups::table.filter(groups::imported_listing_id.is_not_null()))
            .execute(connection)
            .unwrap();
        diesel::delete(
            data_upgrades::table.filter(data_upgrades::name.eq("imported_groups_in_directory")),
        )
        .execute(connection)
        .unwrap();
    }
    let before = groups(&b, "q=teranga").await;

    let ran = diaspora_hub::db::upgrades::run_pending(&mut b.db()).unwrap();

    assert!(before.is_empty());
    assert_eq!(ran, ["imported_groups_in_directory"]);
    assert_eq!(groups(&b, "q=teranga").await.len(), 1);
}

async fn events(app: &TestApp, query: &str) -> Vec<Value> {
    app.listed(&format!("/api/v1/events?{query}")).await
}

#[actix_web::test]
async fn an_event_from_a_partner_hub_is_in_our_listings_filters_and_search_and_nowhere_we_publish()
{
    use crate::events::{create_event, event_body};
    let (a, b, organizer, peer_id) = two_hubs(Trust::Auto).await;
    let event = create_event(&a, &organizer, &event_body()).await;
    let id = event["id"].as_str().unwrap();
    sync(&b.state, peer_id).await.unwrap();
    let original = format!("http://a.test/events/{id}");

    let found = events(&b, "q=teranga").await;
    let in_lyon = events(&b, "country=FR&city=Lyon&attendance_mode=hybrid").await;
    let local_only = events(&b, "q=teranga&origin=local").await;
    let page = b.get_page("/events").await.text().await.unwrap();

    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["read_only"], true);
    assert_eq!(found[0]["origin"]["url"], original.as_str());
    assert_eq!(found[0]["url"], original.as_str());
    assert_eq!(found[0]["starts_at"], "2027-03-20T18:00:00+01:00");
    assert_eq!(in_lyon.len(), 1);
    assert!(local_only.is_empty());
    assert_eq!(
        page.matches(&format!("href=\"{original}\"")).count(),
        1,
        "listed once, among ours, not again under partner events"
    );
    // No page, RSVP or republication here.
    let local_id = found[0]["id"].as_str().unwrap();
    let shown = b.get_as(None, &format!("/api/v1/events/{local_id}")).await;
    assert_eq!(shown.status(), StatusCode::NOT_FOUND);
    let key_on_b = partner_key(&b, &["events:read"]);
    let snapshot: Value = get(&b, &key_on_b, "/federation/v1/events")
        .await
        .json()
        .await
        .unwrap();
    assert!(snapshot["items"].as_array().unwrap().is_empty());
    let feed = b.get_page("/feeds/events.ics").await.text().await.unwrap();
    assert!(!feed.contains("Teranga"), "our feed is ours");

    // Changed on A, changed on B; deleted on A, gone from B.
    let moved = a
        .api
        .patch(a.url(&format!("/api/v1/events/{id}")))
        .bearer_auth(&organizer)
        .json(&serde_json::json!({"starts_at": "2027-03-21T18:00:00", "ends_at": "2027-03-21T20:00:00"}))
        .send()
        .await
        .unwrap();
    assert_eq!(moved.status(), StatusCode::OK);
    sync(&b.state, peer_id).await.unwrap();
    let moved = events(&b, "q=teranga").await;
    assert_eq!(moved[0]["starts_at"], "2027-03-21T18:00:00+01:00");
    assert_eq!(
        moved[0]["id"], local_id,
        "changed in place: the same id here"
    );
    a.api
        .delete(a.url(&format!("/api/v1/events/{id}")))
        .bearer_auth(&organizer)
        .send()
        .await
        .unwrap();
    sync(&b.state, peer_id).await.unwrap();
    assert!(events(&b, "q=teranga").await.is_empty());
}

async fn opportunities(app: &TestApp, query: &str) -> Vec<Value> {
    app.listed(&format!("/api/v1/opportunities?{query}")).await
}

#[actix_web::test]
async fn an_opportunity_from_a_partner_hub_is_in_our_listing_filters_and_search_and_nowhere_we_publish()
 {
    use crate::opportunities::{create_opportunity, opportunity_body};
    let (a, b, organizer, peer_id) = two_hubs(Trust::Auto).await;
    let opportunity = create_opportunity(&a, &organizer, &opportunity_body()).await;
    let id = opportunity["id"].as_str().unwrap();
    sync(&b.state, peer_id).await.unwrap();
    let original = format!("http://a.test/opportunities/{id}");

    let found = opportunities(&b, "q=accountants").await;
    let by_filters = opportunities(
        &b,
        "kind=mentoring&country=SN&remote=true&skill=accounting&language=wo",
    )
    .await;
    let local_only = opportunities(&b, "q=accountants&origin=local").await;
    let page = b
        .get_page("/opportunities")
        .await
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    let local_page = b
        .get_page("/opportunities?origin=local")
        .await
        .text()
        .await
        .unwrap();

    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["read_only"], true);
    assert_eq!(found[0]["origin"]["peer"], a.address.as_str());
    assert_eq!(found[0]["origin"]["url"], original.as_str());
    assert_eq!(found[0]["url"], original.as_str());
    assert_eq!(
        found[0]["group"]["url"],
        "http://a.test/groups/teranga-lyon"
    );
    assert_eq!(
        found[0]["translations"]["fr"]["title"],
        "Parrainer de jeunes comptables"
    );
    assert_eq!(
        found[0]["skills"],
        serde_json::json!(["accounting", "spreadsheets"])
    );
    assert_eq!(by_filters.len(), 1, "{by_filters:?}");
    assert!(local_only.is_empty());
    assert!(
        page.contains(&format!("href=\"{original}\"")),
        "its card leads to the original"
    );
    assert!(page.contains("From 127.0.0.1"), "its origin is named");
    assert!(!local_page.contains("Mentor young accountants"));

    // A member here whose skills fit finds it among her matches, leading to the original.
    let member = b.signed_up_token("member@example.org").await;
    crate::interests::set_profile(
        &b,
        &member,
        serde_json::json!({"skills": ["Accounting"], "heritage_country": "SN"}),
    )
    .await;
    let matches: Value = b
        .get_as(Some(&member), "/api/v1/me/matches")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        matches["items"][0]["opportunity"]["url"],
        original.as_str(),
        "{matches}"
    );

    // No page or interest here, and never republished by us.
    let local_id = found[0]["id"].as_str().unwrap();
    let shown = b
        .get_as(None, &format!("/api/v1/opportunities/{local_id}"))
        .await;
    assert_eq!(shown.status(), StatusCode::NOT_FOUND);
    // Nor is it ours to moderate: it is reported as an imported listing, not as ours.
    let reported = crate::moderation::report(&b, &member, "opportunity", local_id, "scam").await;
    assert_eq!(reported.status(), StatusCode::NOT_FOUND);
    let key_on_b = partner_key(&b, &["opportunities:read"]);
    let snapshot: Value = get(&b, &key_on_b, "/federation/v1/opportunities")
        .await
        .json()
        .await
        .unwrap();
    assert!(snapshot["items"].as_array().unwrap().is_empty());
    let feed = b
        .get_page("/feeds/opportunities.atom")
        .await
        .text()
        .await
        .unwrap();
    assert!(!feed.contains("accountants"), "our feed is ours");

    // Closed on A: out of B's open listing, still under status=all; deleted on A: gone.
    let closed = a
        .api
        .patch(a.url(&format!("/api/v1/opportunities/{id}")))
        .bearer_auth(&organizer)
        .json(&serde_json::json!({"status": "closed"}))
        .send()
        .await
        .unwrap();
    assert_eq!(closed.status(), StatusCode::OK);
    sync(&b.state, peer_id).await.unwrap();
    assert!(opportunities(&b, "q=accountants").await.is_empty());
    let all = opportunities(&b, "q=accountants&status=all").await;
    assert_eq!(all.len(), 1);
    assert_eq!(all[0]["status"], "closed");
    assert_eq!(all[0]["id"], local_id, "changed in place: the same id here");
    let deleted = a
        .api
        .delete(a.url(&format!("/api/v1/opportunities/{id}")))
        .bearer_auth(&organizer)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    sync(&b.state, peer_id).await.unwrap();
    assert!(
        opportunities(&b, "q=accountants&status=all")
            .await
            .is_empty()
    );
}

#[actix_web::test]
async fn a_partner_hubs_opportunity_leaves_with_its_group_and_returns_with_it() {
    use crate::opportunities::{create_opportunity, opportunity_body};
    let (a, b, organizer, peer_id) = two_hubs(Trust::Auto).await;
    create_opportunity(&a, &organizer, &opportunity_body()).await;
    sync(&b.state, peer_id).await.unwrap();
    let group_listing: i64 = imported_listings::table
        .filter(imported_listings::resource_type.eq("group"))
        .select(imported_listings::id)
        .first(&mut *b.db())
        .unwrap();

    imported::take_down(&mut b.db(), group_listing).unwrap();
    let without_group = opportunities(&b, "q=accountants").await;
    imported::publish(&mut b.db(), group_listing).unwrap();
    let with_group = opportunities(&b, "q=accountants").await;

    assert!(without_group.is_empty(), "{without_group:?}");
    assert_eq!(with_group.len(), 1, "back once its group is back");
}

#[actix_web::test]
async fn opportunities_imported_before_the_listing_showed_them_are_listed_after_the_upgrade() {
    use crate::opportunities::{create_opportunity, opportunity_body};
    use diaspora_hub::db::AnyConnection;
    use diaspora_hub::db::schema::{data_upgrades, opportunities};
    let (a, b, organizer, peer_id) = two_hubs(Trust::Auto).await;
    create_opportunity(&a, &organizer, &opportunity_body()).await;
    sync(&b.state, peer_id).await.unwrap();
    {
        let mut connection = b.db();
        let connection: &mut AnyConnection = &mut connection;
        // As stored before this version: the listing without its row among ours.
        diesel::delete(
            opportunities::table.filter(opportunities::imported_listing_id.is_not_null()),
        )
        .execute(connection)
        .unwrap();
        diesel::delete(
            data_upgrades::table.filter(data_upgrades::name.eq("imported_listings_in_groups")),
        )
        .execute(connection)
        .unwrap();
    }
    let before = opportunities(&b, "q=accountants").await;

    let ran = diaspora_hub::db::upgrades::run_pending(&mut b.db()).unwrap();

    assert!(before.is_empty());
    assert_eq!(ran, ["imported_listings_in_groups"]);
    assert_eq!(opportunities(&b, "q=accountants").await.len(), 1);
}

/// Search rows of groups, events and opportunities that no longer exist.
fn orphan_search_rows(app: &TestApp) -> i64 {
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        count: i64,
    }
    let mut connection = app.db();
    let mut orphans = 0;
    for (search, key, table) in [
        ("group_search", "group_id", "groups"),
        ("event_search", "event_id", "events"),
        ("opportunity_search", "opportunity_id", "opportunities"),
    ] {
        let found: Count = diesel::sql_query(format!(
            "SELECT COUNT(*) AS count FROM {search} WHERE {key} NOT IN (SELECT id FROM {table})"
        ))
        .get_result(&mut *connection)
        .unwrap();
        orphans += found.count;
    }
    orphans
}

#[actix_web::test]
async fn a_partner_hubs_group_deleted_there_leaves_no_search_text_behind() {
    use crate::events::{create_event, event_body};
    use crate::opportunities::{create_opportunity, opportunity_body};
    let (a, b, organizer, peer_id) = two_hubs(Trust::Auto).await;
    create_event(&a, &organizer, &event_body()).await;
    create_opportunity(&a, &organizer, &opportunity_body()).await;
    sync(&b.state, peer_id).await.unwrap();
    assert_eq!(events(&b, "q=teranga").await.len(), 1);
    assert_eq!(opportunities(&b, "q=accountants").await.len(), 1);

    let deleted = a
        .api
        .delete(a.url("/api/v1/groups/teranga-lyon"))
        .bearer_auth(&organizer)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    sync(&b.state, peer_id).await.unwrap();

    assert!(groups(&b, "q=teranga").await.is_empty());
    assert!(events(&b, "q=teranga").await.is_empty());
    assert!(opportunities(&b, "q=accountants").await.is_empty());
    assert_eq!(orphan_search_rows(&b), 0);
}
