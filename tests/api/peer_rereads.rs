//! Full copies of a diaspora-hub peer: the first sync (through the peer's export), and again
//! after our change-feed cursor expired (through its snapshots, a page per run). Nothing is removed before a copy ends, even when it takes
//! several runs with prunes in between; then what the peer deleted is gone.

use diaspora_hub::db::schema::{imported_listings, peers as peer_rows};
use diaspora_hub::federation::peers::{self, PeerKind, Trust};
use diesel::prelude::*;
use serde_json::json;

use crate::change_log_pruning::{age_and_prune, delete_and_prune, delete_event};
use crate::events::{create_event, event_body, organizer_with_group};
use crate::federation::partner_key;
use crate::helpers::{TestApp, spawn_app_with};
use crate::peers::{instance, peer_key, sync};

fn remote_ids(app: &TestApp) -> Vec<String> {
    imported_listings::table
        .select(imported_listings::remote_id)
        .load(&mut *app.db())
        .unwrap()
}

/// (copy number, whether a copy is under way) for a peer.
fn copy_state(app: &TestApp, peer_id: i64) -> (i64, bool) {
    let (generation, position): (i64, Option<String>) = peer_rows::table
        .find(peer_id)
        .select((peer_rows::resync_generation, peer_rows::snapshot_position))
        .first(&mut *app.db())
        .unwrap();
    (generation, position.is_some())
}

#[actix_web::test]
async fn an_expired_cursor_rebuilds_the_copy_without_losing_it_first() {
    let (a, b) = (instance("a").await, instance("b").await);
    let organizer = organizer_with_group(&a).await;
    let kept = create_event(&a, &organizer, &event_body()).await;
    let mut body = event_body();
    body["translations"] = json!({"fr": {"title": "Annulée bientôt", "description": ""}});
    let doomed = create_event(&a, &organizer, &body).await;
    let peer = peers::add(
        &mut b.db(),
        &a.address,
        PeerKind::DiasporaHub,
        Trust::Review,
        Some(&peer_key(&a)),
        true,
    )
    .unwrap();
    let first = sync(&b.state, peer.id).await.unwrap();
    peers::imported::publish_all(&mut b.db(), peer.id).unwrap();

    // On A, months pass: the event is deleted and that deletion pruned from the change log.
    delete_and_prune(&a, &organizer, doomed["id"].as_str().unwrap()).await;
    let report = sync(&b.state, peer.id).await.unwrap();

    assert!(
        first.resynced && first.created == 3,
        "a first copy: {first:?}"
    );
    assert!(report.resynced, "{report:?}");
    assert_eq!(report.removed, 1, "the deleted event is swept: {report:?}");
    let left: Vec<(String, bool)> = imported_listings::table
        .order(imported_listings::remote_id)
        .select((imported_listings::remote_id, imported_listings::published))
        .load(&mut *b.db())
        .unwrap();
    assert!(
        left.iter()
            .any(|(id, _)| id == kept["id"].as_str().unwrap())
    );
    assert_eq!(left.len(), 2, "the group and the kept event");
    assert!(
        left.iter().all(|(_, published)| *published),
        "moderation is not undone"
    );
    assert_eq!(
        copy_state(&b, peer.id),
        (2, false),
        "two copies, both ended"
    );
}

#[actix_web::test]
async fn a_copy_spread_over_runs_survives_prunes_and_sweeps_only_at_its_end() {
    let a = instance("a").await;
    let b = spawn_app_with(|settings| {
        settings.public_url = "http://b.test".into();
        settings.allow_private_peers = true;
        settings.peer_timeout_seconds = 2;
        settings.peer_changes_per_run = 1;
    })
    .await;
    let organizer = organizer_with_group(&a).await;
    let kept = create_event(&a, &organizer, &event_body()).await;
    let doomed = create_event(&a, &organizer, &event_body()).await;
    let also_doomed = create_event(&a, &organizer, &event_body()).await;
    let (doomed_id, also_doomed_id) = (
        doomed["id"].as_str().unwrap().to_owned(),
        also_doomed["id"].as_str().unwrap().to_owned(),
    );
    let peer = peers::add(
        &mut b.db(),
        &a.address,
        PeerKind::DiasporaHub,
        Trust::Auto,
        Some(&peer_key(&a)),
        true,
    )
    .unwrap();
    // The first copy, as the background poll would do it.
    let mut first_runs = 0;
    while first_runs == 0 || copy_state(&b, peer.id).1 {
        sync(&b.state, peer.id).await.unwrap();
        first_runs += 1;
        assert!(first_runs < 20, "the first copy never ended");
    }
    let copied = remote_ids(&b);

    // One deletion is pruned before B hears of it; another is merely made.
    delete_and_prune(&a, &organizer, &doomed_id).await;
    delete_event(&a, &organizer, &also_doomed_id).await;
    let mut runs = Vec::new();
    loop {
        let report = sync(&b.state, peer.id).await.unwrap();
        let ids = remote_ids(&b);
        runs.push((report, ids.contains(&doomed_id), copy_state(&b, peer.id)));
        if runs.len() == 1 {
            // Months pass on A in the middle of the copy: the second deletion is pruned too.
            age_and_prune(&a);
        }
        if !copy_state(&b, peer.id).1 || runs.len() == 20 {
            break;
        }
    }
    let after = remote_ids(&b);
    let (last, during) = runs.split_last().unwrap();

    assert_eq!(
        first_runs, 1,
        "the first copy came in one run, through the export, whatever the budget"
    );
    assert_eq!(copied.len(), 4, "the group and three events");
    assert!(
        during.len() > 1,
        "the second copy took several runs: {runs:?}"
    );
    assert!(
        during
            .iter()
            .all(|(report, doomed_kept, (generation, going_on))| {
                report.resynced
                    && report.removed == 0
                    && *doomed_kept
                    && *generation == 2
                    && *going_on
            }),
        "nothing is swept before the copy ends, and prunes do not restart it: {runs:?}"
    );
    assert_eq!(
        last.0.removed, 2,
        "both deleted events swept at the end: {runs:?}"
    );
    assert_eq!(last.2, (2, false));
    assert!(!after.contains(&doomed_id) && !after.contains(&also_doomed_id));
    assert!(after.contains(&kept["id"].as_str().unwrap().to_owned()));
    assert_eq!(after.len(), 2, "the group and the kept event");
    // And the change feed is followed from where the copy began, without a 410.
    let mut body = event_body();
    body["translations"] = json!({"fr": {"title": "Nouvelle fête", "description": ""}});
    create_event(&a, &organizer, &body).await;
    let followed = sync(&b.state, peer.id).await.unwrap();
    assert!(!followed.resynced && followed.created == 1, "{followed:?}");
}

#[actix_web::test]
async fn a_key_without_the_snapshot_scopes_is_named_as_the_problem() {
    let (a, b) = (instance("a").await, instance("b").await);
    organizer_with_group(&a).await;
    let peer = peers::add(
        &mut b.db(),
        &a.address,
        PeerKind::DiasporaHub,
        Trust::Auto,
        Some(&partner_key(&a, &["changes:read"])),
        true,
    )
    .unwrap();

    let error = sync(&b.state, peer.id).await.unwrap_err();

    assert!(error.contains("groups:read"), "{error}");
    assert!(remote_ids(&b).is_empty());
}
