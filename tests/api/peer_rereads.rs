//! Re-reading a peer's whole change feed after our cursor expired: nothing is removed before
//! the re-read ends, even when it takes several runs, and then what the peer deleted is gone.

use diaspora_hub::db::schema::{imported_listings, peers as peer_rows};
use diaspora_hub::federation::peers::{self, PeerKind, Trust};
use diesel::prelude::*;
use serde_json::json;

use crate::events::{create_event, event_body, organizer_with_group};
use crate::federation::{delete_and_prune, partner_key};
use crate::helpers::{TestApp, spawn_app_with};
use crate::peers::{instance, sync};

#[actix_web::test]
async fn an_expired_cursor_rebuilds_the_copy_without_losing_it_first() {
    let (a, b) = (instance("a").await, instance("b").await);
    let organizer = organizer_with_group(&a).await;
    let kept = create_event(&a, &organizer, &event_body()).await;
    let mut body = event_body();
    body["translations"] = json!({"fr": {"title": "Annulée bientôt", "description": ""}});
    let doomed = create_event(&a, &organizer, &body).await;
    let key = partner_key(&a, &["changes:read"]);
    let peer = peers::add(
        &mut b.db(),
        &a.address,
        PeerKind::DiasporaHub,
        Trust::Review,
        Some(&key),
    )
    .unwrap();
    sync(&b.state, peer.id).await.unwrap();
    peers::imported::publish_all(&mut b.db(), peer.id).unwrap();

    // On A, months pass: the event is deleted and that deletion pruned from the change log.
    delete_and_prune(&a, &organizer, doomed["id"].as_str().unwrap()).await;
    let report = sync(&b.state, peer.id).await.unwrap();

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
}

#[actix_web::test]
async fn a_reread_spread_over_several_runs_sweeps_only_at_its_end() {
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
    let doomed_id = doomed["id"].as_str().unwrap().to_owned();
    let key = partner_key(&a, &["changes:read"]);
    let peer = peers::add(
        &mut b.db(),
        &a.address,
        PeerKind::DiasporaHub,
        Trust::Auto,
        Some(&key),
    )
    .unwrap();
    let mut first_runs = Vec::new();
    for _ in 0..3 {
        first_runs.push(sync(&b.state, peer.id).await.unwrap().created);
    }
    let remote_ids = |app: &TestApp| -> Vec<String> {
        imported_listings::table
            .select(imported_listings::remote_id)
            .load(&mut *app.db())
            .unwrap()
    };
    let copied = remote_ids(&b);

    // The doomed event is deleted on A, and that deletion pruned before B hears of it.
    delete_and_prune(&a, &organizer, &doomed_id).await;
    let resyncing = |app: &TestApp| -> bool {
        peer_rows::table
            .find(peer.id)
            .select(peer_rows::resyncing)
            .first(&mut *app.db())
            .unwrap()
    };
    // Run after run, as the background poll would, until the re-read is complete.
    let mut runs = Vec::new();
    loop {
        let report = sync(&b.state, peer.id).await.unwrap();
        runs.push((report, remote_ids(&b).contains(&doomed_id)));
        if !resyncing(&b) || runs.len() == 10 {
            break;
        }
    }
    let after = remote_ids(&b);
    let (last, during) = runs.split_last().unwrap();

    assert_eq!(first_runs, [1, 1, 1], "one change per run: {first_runs:?}");
    assert_eq!(copied.len(), 3, "the group and both events");
    assert!(runs.len() > 1, "the re-read took several runs: {runs:?}");
    assert!(!resyncing(&b), "and it ended: {runs:?}");
    assert!(
        during
            .iter()
            .all(|(report, doomed_kept)| report.resynced && report.removed == 0 && *doomed_kept),
        "nothing is swept before the re-read ends: {runs:?}"
    );
    assert_eq!(last.0.removed, 1, "swept at the end: {runs:?}");
    assert!(!after.contains(&doomed_id));
    assert!(after.contains(&kept["id"].as_str().unwrap().to_owned()));
    assert_eq!(after.len(), 2, "the group and the kept event");
}
