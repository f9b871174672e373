//! Events imported from partner sites appear under the plain events listing (soonest first,
//! with their origin), not under a filtered one, and never before a moderator publishes them.

use diaspora_hub::federation::peers::{self, PeerKind, Trust};

use crate::peers::{fake_peer, instance, sync};

fn calendar(events: &[(&str, &str, &str)]) -> String {
    let mut text = "BEGIN:VCALENDAR\r\n".to_owned();
    for (uid, summary, start) in events {
        text.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{summary}\r\nDTSTART:{start}\r\nEND:VEVENT\r\n"
        ));
    }
    text + "END:VCALENDAR\r\n"
}

#[actix_web::test]
async fn the_events_page_shows_the_next_partner_events_when_nothing_is_filtered() {
    let app = instance("b").await;
    let (url, fake) = fake_peer().await;
    fake.set(
        200,
        calendar(&[
            ("later", "Kora night", "20300510T190000Z"),
            ("past", "Old picnic", "20200510T120000Z"),
            ("soon", "Wolof class", "20300301T180000Z"),
        ]),
        None,
        0,
    );
    let trusted = peers::add(
        &mut app.db(),
        &format!("{url}/trusted.ics"),
        PeerKind::Ical,
        Trust::Auto,
        None,
        true,
    )
    .unwrap();
    sync(&app.state, trusted.id).await.unwrap();
    fake.set(
        200,
        calendar(&[("held", "Unreviewed gala", "20300201T180000Z")]),
        None,
        0,
    );
    let reviewed = peers::add(
        &mut app.db(),
        &format!("{url}/review.ics"),
        PeerKind::Ical,
        Trust::Review,
        None,
        true,
    )
    .unwrap();
    sync(&app.state, reviewed.id).await.unwrap();

    let plain = app.get_page("/events").await.text().await.unwrap();
    let filtered = app
        .get_page("/events?country=FR")
        .await
        .text()
        .await
        .unwrap();

    let (_, partner) = plain
        .split_once(r#"id="partner-events""#)
        .expect("a partner section");
    let soon = partner
        .find("Wolof class")
        .expect("the soonest partner event");
    let later = partner.find("Kora night").expect("the next one");
    assert!(soon < later, "soonest first");
    assert!(partner.contains("127.0.0.1"), "with its origin");
    assert!(!plain.contains("Old picnic"), "only events to come");
    assert!(!plain.contains("Unreviewed gala"), "nothing unpublished");
    assert!(!filtered.contains(r#"id="partner-events""#));
}
