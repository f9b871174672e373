//! Moderating what `review` peers send: it waits for a moderator, who publishes or rejects
//! it; a rejection survives the peer's later updates.

use diaspora_hub::db::schema::imported_listings;
use diaspora_hub::federation::peers::{self, Peer, PeerKind, Trust};
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::helpers::TestApp;
use crate::peers::{Fake, fake_peer, instance, sync};

/// A calendar with one event, as an iCalendar peer serves it.
fn calendar(summary: &str, sequence: u32) -> String {
    format!(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:one\r\nSEQUENCE:{sequence}\r\nSUMMARY:{summary}\r\nDTSTART:20270320T180000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
}

/// An instance with a `review` calendar peer serving `first`, synced once, and a signed-up
/// member in its browser (`moderator@example.org`, not a moderator yet).
async fn instance_with_review_peer(first: &str) -> (TestApp, Fake, Peer) {
    let b = instance("b").await;
    let (url, fake) = fake_peer().await;
    fake.set(200, first, None, 0);
    let peer = peers::add(
        &mut b.db(),
        &format!("{url}/feed.ics"),
        PeerKind::Ical,
        Trust::Review,
        None,
        true,
    )
    .unwrap();
    sync(&b.state, peer.id).await.unwrap();
    b.signed_up_browser("moderator@example.org").await;
    (b, fake, peer)
}

#[actix_web::test]
async fn listings_from_a_review_peer_wait_for_a_moderator() {
    use diaspora_hub::db::schema::users;
    let (b, _fake, _peer) = instance_with_review_peer(&calendar("Waiting concert", 0)).await;

    let public_before = b.get_page("/imported").await.text().await.unwrap();
    let as_member = b.get_page("/admin/imported").await.status();
    diesel::update(users::table.filter(users::email.eq("moderator@example.org")))
        .set(users::role.eq("moderator"))
        .execute(&mut *b.db())
        .unwrap();
    let queue = b.get_page("/admin/imported").await.text().await.unwrap();
    let id: i64 = imported_listings::table
        .select(imported_listings::id)
        .first(&mut *b.db())
        .unwrap();
    let path = format!("/admin/imported/{id}/publish");
    let published = b.submit_form("/admin/imported", &path, &[]).await.status();
    let twice = b.submit_form("/admin/imported", &path, &[]).await.status();
    let public_after = b.get_page("/imported").await.text().await.unwrap();

    assert!(
        !public_before.contains("Waiting concert"),
        "not shown before review"
    );
    assert_eq!(as_member, StatusCode::FORBIDDEN);
    assert!(queue.contains("Waiting concert"));
    assert_eq!(published, StatusCode::SEE_OTHER);
    assert_eq!(twice, StatusCode::NOT_FOUND, "nothing left to publish");
    assert!(
        public_after.contains("Waiting concert"),
        "shown once published"
    );
}

#[actix_web::test]
async fn a_rejected_listing_stays_hidden_through_later_syncs_unless_published_anyway() {
    use diaspora_hub::db::schema::users;
    use diaspora_hub::federation::peers::imported;
    let (b, fake, peer) = instance_with_review_peer(&calendar("Miracle diet seminar", 0)).await;
    let id: i64 = imported_listings::table
        .select(imported_listings::id)
        .first(&mut *b.db())
        .unwrap();
    let reject_path = format!("/admin/imported/{id}/reject");

    let member_menu = b.get_page("/").await.text().await.unwrap();
    let rejected_by_member = b.submit_form("/", &reject_path, &[]).await.status();
    diesel::update(users::table.filter(users::email.eq("moderator@example.org")))
        .set(users::role.eq("moderator"))
        .execute(&mut *b.db())
        .unwrap();
    let moderator_menu = b.get_page("/").await.text().await.unwrap();
    let rejected = b
        .submit_form("/admin/imported", &reject_path, &[])
        .await
        .status();
    let rejected_twice = b
        .submit_form("/admin/imported", &reject_path, &[])
        .await
        .status();
    let queue = b.get_page("/admin/imported").await.text().await.unwrap();
    let (waiting_part, rejected_part) = queue.split_once("id=\"rejected\"").unwrap();
    let published_by_command = imported::publish_all(&mut b.db(), peer.id).unwrap();
    fake.set(200, calendar("Miracle diet seminar, now free", 1), None, 0);
    let resynced = sync(&b.state, peer.id).await.unwrap();
    let public_after_update = b.get_page("/imported").await.text().await.unwrap();
    let queue_after_update = b.get_page("/admin/imported").await.text().await.unwrap();
    let published_anyway = b
        .submit_form(
            "/admin/imported",
            &format!("/admin/imported/{id}/publish"),
            &[],
        )
        .await
        .status();
    let public_at_last = b.get_page("/imported").await.text().await.unwrap();

    assert!(
        !member_menu.contains("href=\"/admin/reports\""),
        "members have no moderation link"
    );
    assert_eq!(rejected_by_member, StatusCode::FORBIDDEN);
    assert!(
        moderator_menu.contains("href=\"/admin/reports\""),
        "moderators do (the reports page links to this queue)"
    );
    assert_eq!(rejected, StatusCode::SEE_OTHER);
    assert_eq!(
        rejected_twice,
        StatusCode::NOT_FOUND,
        "nothing waiting any more"
    );
    assert!(!waiting_part.contains("Miracle diet"), "out of the queue");
    assert!(
        rejected_part.contains("Miracle diet seminar"),
        "listed as rejected"
    );
    assert_eq!(
        published_by_command, 0,
        "`peers publish` skips rejected listings"
    );
    assert_eq!(
        resynced.updated, 1,
        "the peer's update is stored: {resynced:?}"
    );
    assert!(
        !public_after_update.contains("Miracle diet"),
        "still hidden"
    );
    assert!(
        queue_after_update
            .split_once("id=\"rejected\"")
            .is_some_and(|(waiting, rejected)| !waiting.contains("Miracle diet")
                && rejected.contains("now free")),
        "the update did not reopen it"
    );
    assert_eq!(published_anyway, StatusCode::SEE_OTHER);
    assert!(public_at_last.contains("Miracle diet seminar, now free"));
}

#[actix_web::test]
async fn a_reported_imported_listing_is_taken_down_as_a_rejection_that_survives_syncs() {
    let b = instance("b").await;
    let (url, fake) = fake_peer().await;
    fake.set(200, calendar("Visa lottery, 500 € fee", 0), None, 0);
    let peer = peers::add(
        &mut b.db(),
        &format!("{url}/feed.ics"),
        PeerKind::Ical,
        Trust::Auto,
        None,
        true,
    )
    .unwrap();
    sync(&b.state, peer.id).await.unwrap();
    let id: i64 = imported_listings::table
        .select(imported_listings::id)
        .first(&mut *b.db())
        .unwrap();
    let member = b.signed_up_token("member@example.org").await;
    let moderator = crate::moderation::moderator(&b, "moderator@example.org").await;
    let listed = b.get_page("/imported").await.text().await.unwrap();
    assert!(listed.contains("Visa lottery"));
    assert!(listed.contains(&format!("target_type=imported&amp;target_id={id}")));

    let filed = crate::moderation::report(&b, &member, "imported", &id.to_string(), "scam").await;
    assert_eq!(filed.status(), StatusCode::CREATED);
    let queue: serde_json::Value = b
        .get_as(Some(&moderator), "/api/v1/admin/reports")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(queue["items"][0]["title"], "Visa lottery, 500 € fee");
    let report_id = queue["items"][0]["id"].as_i64().unwrap();
    let hidden = crate::moderation::act(
        &b,
        &moderator,
        &format!("/api/v1/admin/reports/{report_id}/hide"),
        "Lottery fee scam.",
    )
    .await;
    fake.set(200, calendar("Visa lottery, now 400 € fee", 1), None, 0);
    sync(&b.state, peer.id).await.unwrap();

    assert_eq!(hidden.status(), StatusCode::NO_CONTENT);
    let public = b.get_page("/imported").await.text().await.unwrap();
    assert!(
        !public.contains("Visa lottery"),
        "rejected, and it stays so through syncs"
    );
    let audit: serde_json::Value = b
        .get_as(Some(&moderator), "/api/v1/admin/audit")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(audit["items"][0]["action"], "hide");
    assert_eq!(audit["items"][0]["target_type"], "imported");
}
