//! Pulling from peers: two real instances syncing creations, updates and deletions without
//! echoing listings back; a misbehaving peer (errors, garbage, timeouts, huge answers, bad
//! items) never costs local data; an iCalendar peer; address checks; and one sync at a time
//! for two instances on one database, or a server and the `peers sync` command. The scripted
//! peer and instance helpers here serve `peer_rereads` and `peer_moderation` too.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use diaspora_hub::db::schema::{imported_listings, peers as peer_rows};
use diaspora_hub::federation::peers::sync::{Run, SyncReport, sync_due_or_all};
use diaspora_hub::federation::peers::{self, PeerKind, Trust};
use diaspora_hub::state::AppState;
use diesel::prelude::*;
use reqwest::StatusCode;
use serde_json::json;

use crate::events::{create_event, event_body, organizer_with_group};
use crate::federation::partner_key;
use crate::helpers::{TestApp, spawn_app_with};

/// An instance with its own public address, allowed to pull from this machine.
pub async fn instance(name: &str) -> TestApp {
    let public_url = format!("http://{name}.test");
    spawn_app_with(move |settings| {
        settings.public_url = public_url;
        settings.allow_private_peers = true;
        settings.peer_timeout_seconds = 2;
    })
    .await
}

/// A partner key for another diaspora-hub: the change feed, and the snapshots a full copy reads.
pub fn peer_key(app: &TestApp) -> String {
    partner_key(
        app,
        &[
            "changes:read",
            "groups:read",
            "events:read",
            "opportunities:read",
        ],
    )
}

/// Syncs one peer and returns its report (panics on a failed or skipped run).
pub async fn sync(state: &AppState, peer_id: i64) -> Result<SyncReport, String> {
    match sync_due_or_all(state, Some(peer_id)).await.unwrap() {
        Run::Done(mut results) => results.remove(0).1,
        Run::Busy => panic!("busy"),
    }
}

pub fn imported_titles(app: &TestApp) -> Vec<String> {
    imported_listings::table
        .order(imported_listings::title)
        .select(imported_listings::title)
        .load(&mut *app.db())
        .unwrap()
}

/// What the scripted peer answers: status, body, ETag and delay in milliseconds.
type Script = (u16, String, Option<String>, u64);

/// A scripted peer: answers every request with the current script.
#[derive(Clone, Default)]
pub struct Fake {
    answer: Arc<Mutex<Script>>,
    hits: Arc<AtomicUsize>,
}

impl Fake {
    pub fn set(&self, status: u16, body: impl Into<String>, etag: Option<&str>, delay_ms: u64) {
        *self.answer.lock().unwrap() = (status, body.into(), etag.map(str::to_owned), delay_ms);
    }
}

async fn answer(request: HttpRequest, fake: web::Data<Fake>) -> HttpResponse {
    fake.hits.fetch_add(1, Ordering::SeqCst);
    let (status, body, etag, delay) = fake.answer.lock().unwrap().clone();
    if delay > 0 {
        actix_web::rt::time::sleep(std::time::Duration::from_millis(delay)).await;
    }
    let sent_tag = request
        .headers()
        .get("if-none-match")
        .and_then(|value| value.to_str().ok());
    if etag.is_some() && sent_tag == etag.as_deref() {
        return HttpResponse::NotModified().finish();
    }
    let mut response = HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap());
    if let Some(etag) = etag {
        response.insert_header(("etag", etag));
    }
    response.body(body)
}

/// Starts a scripted peer on a free loopback port.
pub async fn fake_peer() -> (String, Fake) {
    let fake = Fake::default();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let shared = fake.clone();
    let server = HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(shared.clone()))
            .default_service(web::to(answer))
    })
    .workers(1)
    .listen(listener)
    .unwrap()
    .run();
    tokio::spawn(server);
    (format!("http://127.0.0.1:{port}"), fake)
}

#[actix_web::test]
async fn a_listing_made_on_one_instance_reaches_another_and_follows_its_changes() {
    let (a, b) = (instance("a").await, instance("b").await);
    let organizer = organizer_with_group(&a).await;
    let event = create_event(&a, &organizer, &event_body()).await;
    let id = event["id"].as_str().unwrap();
    let key = peer_key(&a);
    let peer = peers::add(
        &mut b.db(),
        &a.address,
        PeerKind::DiasporaHub,
        Trust::Auto,
        Some(&key),
        true,
    )
    .unwrap();

    let first = sync(&b.state, peer.id).await.unwrap();
    let page = b.get_page("/imported").await.text().await.unwrap();
    a.api
        .patch(a.url(&format!("/api/v1/events/{id}")))
        .bearer_auth(&organizer)
        .json(&json!({"translations": {"fr": {"title": "Soirée teranga, nouvelle date", "description": ""}}}))
        .send()
        .await
        .unwrap();
    let second = sync(&b.state, peer.id).await.unwrap();
    let after_update = imported_titles(&b);
    let quiet = sync(&b.state, peer.id).await.unwrap();
    a.api
        .delete(a.url(&format!("/api/v1/events/{id}")))
        .bearer_auth(&organizer)
        .send()
        .await
        .unwrap();
    let third = sync(&b.state, peer.id).await.unwrap();

    assert_eq!(
        (first.created, first.skipped),
        (2, 0),
        "the group and its event: {first:?}"
    );
    assert!(page.contains("Soirée teranga"), "shown on B");
    assert!(
        page.contains(&format!("http://a.test/events/{id}")),
        "with a link to the original"
    );
    assert!(page.contains("127.0.0.1"), "and its origin");
    assert_eq!(second.updated, 1, "{second:?}");
    assert!(
        after_update.contains(&"Soirée teranga, nouvelle date".to_owned()),
        "{after_update:?}"
    );
    assert_eq!(quiet, SyncReport::default(), "nothing new, nothing done");
    assert_eq!(third.removed, 1, "{third:?}");
    assert_eq!(imported_titles(&b).len(), 1, "only the group is left");
    let listed = peers::list(&mut b.db()).unwrap();
    assert!(listed[0].0.last_success_at.is_some() && listed[0].0.last_error.is_none());
    assert_eq!(listed[0].1, 1, "one listing shown from this peer");
}

#[actix_web::test]
async fn listings_never_loop_back_to_their_source() {
    let (a, b) = (instance("a").await, instance("b").await);
    let on_a = organizer_with_group(&a).await;
    create_event(&a, &on_a, &event_body()).await;
    let on_b = organizer_with_group(&b).await;
    let mut body = event_body();
    body["translations"] = json!({"fr": {"title": "Fête de B", "description": ""}});
    let b_event = create_event(&b, &on_b, &body).await;
    let a_reads_b = peers::add(
        &mut a.db(),
        &b.address,
        PeerKind::DiasporaHub,
        Trust::Auto,
        Some(&peer_key(&b)),
        true,
    )
    .unwrap();
    let b_reads_a = peers::add(
        &mut b.db(),
        &a.address,
        PeerKind::DiasporaHub,
        Trust::Auto,
        Some(&peer_key(&a)),
        true,
    )
    .unwrap();

    for _ in 0..2 {
        sync(&a.state, a_reads_b.id).await.unwrap();
        sync(&b.state, b_reads_a.id).await.unwrap();
    }

    let b_imported: Vec<String> = imported_listings::table
        .select(imported_listings::remote_id)
        .load(&mut *b.db())
        .unwrap();
    assert!(
        !b_imported.contains(&b_event["id"].as_str().unwrap().to_owned()),
        "B's event did not come back"
    );
    assert_eq!(b_imported.len(), 2, "only A's group and event");
    assert!(imported_titles(&a).contains(&"Fête de B".to_owned()));
}

#[actix_web::test]
async fn a_misbehaving_peer_is_retried_later_and_never_costs_local_data() {
    let b = instance("b").await;
    let (url, fake) = fake_peer().await;
    let peer = peers::add(
        &mut b.db(),
        &url,
        PeerKind::DiasporaHub,
        Trust::Auto,
        Some("dhk_x_y"),
        true,
    )
    .unwrap();
    // Past its first full copy: from here the peer is read through its change feed.
    diesel::update(peer_rows::table.find(peer.id))
        .set(peer_rows::cursor.eq("3130"))
        .execute(&mut *b.db())
        .unwrap();
    let good = json!({"id": "g1", "type": "event", "op": "upsert", "version": 1,
        "object": {"version": 1, "title": "Good one", "url": "http://elsewhere.test/events/g1"}});
    let page = json!({"items": [good,
        {"id": "bad", "type": "event", "op": "upsert", "version": 1, "object": {"version": 1}},
        {"id": "own", "type": "event", "op": "upsert", "version": 1, "object": {"version": 1, "title": "Ours", "url": "http://b.test/events/own"}},
        {"id": "odd", "type": "planet", "op": "upsert"}],
        "next_cursor": "3132", "has_more": false});
    fake.set(200, page.to_string(), None, 0);
    let imported = sync(&b.state, peer.id).await.unwrap();

    let mut failures = Vec::new();
    for (status, body, delay) in [
        (500, "oops".to_owned(), 0),
        (200, "{not json".to_owned(), 0),
        (200, "x".repeat(50 * 1024 * 1024), 0),
        (200, page.to_string(), 3_000),
    ] {
        fake.set(status, body, None, delay);
        failures.push(sync(&b.state, peer.id).await.unwrap_err());
    }
    let stored: (i64, Option<String>, chrono::NaiveDateTime) = peer_rows::table
        .find(peer.id)
        .select((
            peer_rows::failures,
            peer_rows::last_error,
            peer_rows::next_poll_at,
        ))
        .first(&mut *b.db())
        .unwrap();

    assert_eq!(
        (imported.created, imported.skipped),
        (1, 3),
        "bad items skipped: {imported:?}"
    );
    assert!(failures[0].contains("500"), "{failures:?}");
    assert!(failures[1].contains("unreadable"), "{failures:?}");
    assert!(failures[2].contains("larger than"), "{failures:?}");
    assert!(failures[3].contains("timed out"), "{failures:?}");
    assert_eq!(imported_titles(&b), ["Good one"], "what was imported stays");
    assert_eq!(stored.0, 4, "four failures in a row");
    assert!(stored.1.unwrap().contains("timed out"));
    assert!(
        stored.2 > chrono::Utc::now().naive_utc() + chrono::Duration::minutes(5),
        "backing off"
    );
}

#[actix_web::test]
async fn a_calendar_peer_is_imported_and_deletions_need_two_snapshots() {
    let b = instance("b").await;
    let (url, fake) = fake_peer().await;
    let event = |uid: &str, title: &str| {
        format!(
            "BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{title}\r\nDTSTART;TZID=Europe/Paris:20270320T180000\r\nURL:https://gancio.example/event/{uid}\r\nEND:VEVENT\r\n"
        )
    };
    let calendar =
        |events: &str| format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{events}END:VCALENDAR\r\n");
    let broken = "BEGIN:VEVENT\r\nSUMMARY:No UID\r\nDTSTART:20270320T180000Z\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:r\r\nSUMMARY:Bad rule\r\nDTSTART:20270320\r\nRRULE:FREQ=NEVER\r\nEND:VEVENT\r\n";
    fake.set(
        200,
        calendar(&format!(
            "{}{}{broken}",
            event("x", "Concert"),
            event("y", "Picnic")
        )),
        Some("\"v1\""),
        0,
    );
    let peer = peers::add(
        &mut b.db(),
        &format!("{url}/feed.ics"),
        PeerKind::Ical,
        Trust::Auto,
        None,
        true,
    )
    .unwrap();

    let first = sync(&b.state, peer.id).await.unwrap();
    let unchanged = sync(&b.state, peer.id).await.unwrap();
    fake.set(200, calendar(&event("y", "Picnic")), Some("\"v2\""), 0);
    sync(&b.state, peer.id).await.unwrap();
    let after_one_miss = imported_titles(&b);
    fake.set(200, calendar(&event("y", "Picnic")), Some("\"v3\""), 0);
    let second_miss = sync(&b.state, peer.id).await.unwrap();
    // Still published but unreadable for a while (a broken rule): not a deletion.
    let broken_picnic = "BEGIN:VEVENT\r\nUID:y\r\nSUMMARY:Picnic\r\nDTSTART:20270320\r\nRRULE:FREQ=OFTEN\r\nEND:VEVENT\r\n";
    for tag in ["\"v4\"", "\"v5\""] {
        fake.set(200, calendar(broken_picnic), Some(tag), 0);
        sync(&b.state, peer.id).await.unwrap();
    }
    let after_broken = imported_titles(&b);
    let truncated = calendar(&event("z", "Cut")).replace("END:VCALENDAR\r\n", "");
    fake.set(200, truncated, Some("\"v6\""), 0);
    let cut_short = sync(&b.state, peer.id).await;
    fake.set(200, "<html>maintenance</html>", None, 0);
    let garbage = sync(&b.state, peer.id).await;

    assert_eq!((first.created, first.skipped), (2, 2), "{first:?}");
    assert_eq!(
        unchanged,
        SyncReport::default(),
        "304: nothing read, nothing missed"
    );
    assert_eq!(
        after_one_miss,
        ["Concert", "Picnic"],
        "one snapshot without it is not enough"
    );
    assert_eq!(second_miss.removed, 1);
    assert_eq!(after_broken, ["Picnic"], "skipped is not missing");
    assert!(
        cut_short.unwrap_err().contains("not an iCalendar"),
        "a cut-short body"
    );
    assert!(garbage.unwrap_err().contains("not an iCalendar"));
    assert_eq!(
        imported_titles(&b),
        ["Picnic"],
        "a broken answer removes nothing"
    );
}

#[actix_web::test]
async fn peer_addresses_are_checked() {
    let strict = spawn_app_with(|settings| settings.public_url = "http://strict.test".into()).await;
    let (url, fake) = fake_peer().await;

    let ftp = peers::add(
        &mut strict.db(),
        "ftp://example.org/feed.ics",
        PeerKind::Ical,
        Trust::Review,
        None,
        true,
    );
    let refused_at_add = peers::add(
        &mut strict.db(),
        &url,
        PeerKind::Ical,
        Trust::Review,
        None,
        false,
    );
    // A peer stored while private peers were allowed is still refused once they are not.
    let peer = peers::add(
        &mut strict.db(),
        &url,
        PeerKind::Ical,
        Trust::Review,
        None,
        true,
    )
    .unwrap();
    let refused = sync(&strict.state, peer.id).await;

    assert!(ftp.unwrap_err().to_string().contains("only http and https"));
    assert!(
        refused_at_add
            .unwrap_err()
            .to_string()
            .contains("private or loopback")
    );
    assert!(refused.unwrap_err().contains("private or loopback"));
    assert_eq!(fake.hits.load(Ordering::SeqCst), 0, "no request was sent");
    assert_eq!(strict.get_page("/imported").await.status(), StatusCode::OK);
}

#[actix_web::test]
async fn two_instances_on_one_database_sync_peers_one_at_a_time() {
    let first = instance("b").await;
    // A second instance: its own pool, the same database.
    let second = diaspora_hub::startup::build_state((*first.state.settings).clone())
        .await
        .unwrap();
    let (url, fake) = fake_peer().await;
    fake.set(200, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", None, 1_000);
    let peer = peers::add(
        &mut first.db(),
        &format!("{url}/feed.ics"),
        PeerKind::Ical,
        Trust::Auto,
        None,
        true,
    )
    .unwrap();

    let (one, two) = tokio::join!(
        sync_due_or_all(&first.state, Some(peer.id)),
        sync_due_or_all(&second, Some(peer.id))
    );

    let outcomes = [one.unwrap(), two.unwrap()];
    let busy = outcomes
        .iter()
        .filter(|run| matches!(run, Run::Busy))
        .count();
    assert_eq!(busy, 1, "one ran, the other found it busy: {outcomes:?}");
    assert_eq!(
        fake.hits.load(Ordering::SeqCst),
        1,
        "the peer was asked once"
    );
}

#[actix_web::test]
async fn the_peers_sync_command_is_refused_while_the_server_syncs() {
    let app = instance("b").await;
    let (url, fake) = fake_peer().await;
    fake.set(200, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", None, 3_000);
    let peer = peers::add(
        &mut app.db(),
        &format!("{url}/feed.ics"),
        PeerKind::Ical,
        Trust::Auto,
        None,
        true,
    )
    .unwrap();
    let state = app.state.clone();
    let serving = tokio::spawn(async move { sync_due_or_all(&state, Some(peer.id)).await });
    while fake.hits.load(Ordering::SeqCst) == 0 {
        actix_web::rt::time::sleep(std::time::Duration::from_millis(20)).await;
    }

    // Another process on the same database, as an operator would run it.
    let database_url = app.state.settings.database_url.clone();
    let command = tokio::task::spawn_blocking(move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_diaspora-hub"))
            .args(["peers", "sync"])
            .env_remove("APP_CONFIG")
            .env("DATABASE_URL", database_url)
            .env("APP_ALLOW_PRIVATE_PEERS", "true")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let served = serving.await.unwrap().unwrap();

    let stderr = String::from_utf8_lossy(&command.stderr);
    assert!(
        !command.status.success(),
        "the command found the lock taken"
    );
    assert!(stderr.contains("another instance is syncing"), "{stderr}");
    assert!(matches!(served, Run::Done(_)), "{served:?}");
    assert_eq!(
        fake.hits.load(Ordering::SeqCst),
        1,
        "the peer was asked once"
    );
}

#[actix_web::test]
async fn a_first_copy_comes_in_one_run_through_the_export_whatever_the_budget() {
    let a = instance("a").await;
    let b = spawn_app_with(|settings| {
        settings.public_url = "http://b.test".into();
        settings.allow_private_peers = true;
        settings.peer_timeout_seconds = 2;
        // Page by page, this budget would copy one listing per run.
        settings.peer_changes_per_run = 1;
    })
    .await;
    let organizer = organizer_with_group(&a).await;
    for _ in 0..3 {
        create_event(&a, &organizer, &event_body()).await;
    }
    let peer = peers::add(
        &mut b.db(),
        &a.address,
        PeerKind::DiasporaHub,
        Trust::Auto,
        Some(&peer_key(&a)),
        true,
    )
    .unwrap();

    let first = sync(&b.state, peer.id).await.unwrap();
    create_event(&a, &organizer, &event_body()).await;
    let next = sync(&b.state, peer.id).await.unwrap();

    assert!(first.resynced, "{first:?}");
    assert_eq!(
        first.created, 4,
        "the group and three events at once: {first:?}"
    );
    let position: (Option<String>, Option<String>) = peer_rows::table
        .find(peer.id)
        .select((peer_rows::snapshot_position, peer_rows::cursor))
        .first(&mut *b.db())
        .unwrap();
    assert!(position.0.is_none(), "the copy is complete");
    assert!(position.1.is_some(), "and the change feed is followed");
    assert!(!next.resynced && next.created == 1, "{next:?}");
}

#[actix_web::test]
async fn an_export_cut_short_is_an_error_and_sweeps_nothing() {
    let b = instance("b").await;
    let (url, fake) = fake_peer().await;
    let peer = peers::add(
        &mut b.db(),
        &url,
        PeerKind::DiasporaHub,
        Trust::Auto,
        Some("dhk_x_y"),
        true,
    )
    .unwrap();
    // The scripted peer answers every path alike: its discovery document names an export, and
    // the export is that same line, with no end line after it.
    let listing = json!({"type": "event", "endpoints": {"export": format!("{url}/federation/v1/export")},
        "object": {"id": "e1", "version": 1, "title": "Half a copy", "url": "http://elsewhere.test/events/e1"}});
    fake.set(200, format!("{listing}\n"), None, 0);

    let error = sync(&b.state, peer.id).await.unwrap_err();

    assert!(error.contains("ended before its last line"), "{error}");
    let position: Option<String> = peer_rows::table
        .find(peer.id)
        .select(peer_rows::snapshot_position)
        .first(&mut *b.db())
        .unwrap();
    assert!(
        position.is_some(),
        "the copy is still under way; the next run goes on"
    );
}

#[actix_web::test]
async fn an_export_may_have_blank_lines_and_end_without_a_newline() {
    let b = instance("b").await;
    let (url, fake) = fake_peer().await;
    let peer = peers::add(
        &mut b.db(),
        &url,
        PeerKind::DiasporaHub,
        Trust::Auto,
        Some("dhk_x_y"),
        true,
    )
    .unwrap();
    // Every path gets this answer: as a discovery document it names an export; as an export it
    // is a blank line, then the end line with no newline after it.
    let end = json!({"type": "end", "count": 0, "changes_cursor": "3130",
        "endpoints": {"export": format!("{url}/federation/v1/export")}});
    fake.set(200, format!("\r\n{end}"), None, 0);

    // The copy completes; reading the change feed afterwards fails on the same scripted answer.
    let _ = sync(&b.state, peer.id).await;

    let (position, cursor): (Option<String>, Option<String>) = peer_rows::table
        .find(peer.id)
        .select((peer_rows::snapshot_position, peer_rows::cursor))
        .first(&mut *b.db())
        .unwrap();
    assert_eq!((position, cursor.as_deref()), (None, Some("3130")));
}
