//! Event pages: times in the event's zone and the reader's, locale formatting, RSVP through
//! the page, schema.org data, and creating an event through the form.

use reqwest::StatusCode;
use serde_json::Value;

use crate::events::{create_event, event_body, organizer_with_group};
use crate::helpers::{PASSWORD, spawn_app};

#[actix_web::test]
async fn the_event_page_names_the_zone_shows_the_readers_time_and_formats_for_the_locale() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    let event = create_event(&app, &token, &event_body()).await;
    let id = event["id"].as_str().unwrap();
    app.signed_up_browser("reader@example.org").await;
    let saved = app
        .submit_form(
            "/me",
            "/me",
            &[
                ("display_name", "Reader"),
                ("locale", "fr"),
                ("timezone", "America/Toronto"),
                ("heritage_country", ""),
                ("residence_country", ""),
                ("residence_city", ""),
                ("languages", ""),
                ("skills", ""),
            ],
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);

    let html = app
        .get_page(&format!("/events/{id}"))
        .await
        .text()
        .await
        .unwrap();

    let zone_name = |zone| app.state.locales.format("fr", zone, None);
    assert!(
        html.contains(&zone_name("timezone-Europe-Paris")),
        "the event's zone is named, as people know it"
    );
    assert!(
        html.contains(&zone_name("timezone-America-Toronto")),
        "and the reader's own zone shown"
    );
    assert!(!html.contains("Europe/Paris"), "not by its database id");
    assert!(html.contains("mars 2027"), "French month names");
    assert!(
        html.contains("18:00") && html.contains("13:00"),
        "18:00 in Paris is 13:00 in Toronto"
    );
    assert!(html.contains(r#"<h1 lang="fr" dir="ltr">Soirée teranga</h1>"#));
    let json_ld_start = html.find(r#"<script type="application/ld+json">"#).unwrap()
        + r#"<script type="application/ld+json">"#.len();
    let json_ld: Value = serde_json::from_str(
        &html[json_ld_start..json_ld_start + html[json_ld_start..].find("</script>").unwrap()],
    )
    .unwrap();
    assert_eq!(json_ld["@type"], "Event");
    assert_eq!(json_ld["startDate"], "2027-03-20T18:00:00+01:00");
    assert_eq!(
        json_ld["eventAttendanceMode"],
        "https://schema.org/MixedEventAttendanceMode"
    );
    assert_eq!(json_ld["eventStatus"], "https://schema.org/EventScheduled");
    assert_eq!(json_ld["organizer"]["@type"], "Organization");
}

#[actix_web::test]
async fn answering_through_the_page_reveals_the_online_link() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    let event = create_event(&app, &token, &event_body()).await;
    let id = event["id"].as_str().unwrap();
    app.signed_up_browser("member@example.org").await;
    let before = app
        .get_page(&format!("/events/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!before.contains("meet.example.org"));

    let answered = app
        .submit_form(
            &format!("/events/{id}"),
            &format!("/events/{id}/rsvp"),
            &[("status", "going")],
        )
        .await;

    assert_eq!(answered.status(), StatusCode::SEE_OTHER);
    let after = app
        .get_page(&format!("/events/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(after.contains("https://meet.example.org/teranga"));
    assert!(after.contains(&app.state.locales.format("en", "rsvp-you-are-going", None)));
    let mine = app.get_page("/me/events").await.text().await.unwrap();
    assert!(mine.contains(&format!("/events/{id}")));
    let group_page = app
        .get_page("/groups/teranga-lyon")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        group_page.contains(&format!("/events/{id}")),
        "the group page lists its upcoming events"
    );
}

#[actix_web::test]
async fn an_organizer_creates_a_recurring_event_through_the_form() {
    let app = spawn_app().await;
    organizer_with_group(&app).await;
    let page = crate::helpers::browser();
    let login = page
        .get(app.url("/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = crate::helpers::csrf_from(&login);
    page.post(app.url("/login"))
        .form(&[
            ("email", "organizer@example.org"),
            ("password", PASSWORD),
            ("csrf_token", &csrf),
        ])
        .send()
        .await
        .unwrap();
    let form = page
        .get(app.url("/groups/teranga-lyon/events/new"))
        .send()
        .await
        .unwrap();
    assert_eq!(form.status(), StatusCode::OK);
    // Signing in gave the browser a new token: the form carries it.
    let csrf = crate::helpers::csrf_from(&form.text().await.unwrap());

    let created = page
        .post(app.url("/groups/teranga-lyon/events/new"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("primary_language", "fr"),
            ("translation_language_1", "fr"),
            ("translation_title_1", "Cours de wolof"),
            ("translation_description_1", "Chaque mardi."),
            ("starts_at", "2027-03-02T19:00"),
            ("ends_at", "2027-03-02T20:30"),
            ("timezone", "Europe/Paris"),
            ("recurrence", "FREQ=WEEKLY;BYDAY=TU;COUNT=8"),
            ("attendance_mode", "in_person"),
            ("venue.name", "Salle 3"),
            ("venue.address", ""),
            ("venue.city", "Lyon"),
            ("venue.country", "FR"),
            ("online_url", ""),
            ("capacity", "12"),
        ])
        .send()
        .await
        .unwrap();

    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    let listed: Value = app
        .get_as(None, "/api/v1/events?from=2027-01-01&q=wolof")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["items"].as_array().unwrap().len(), 8);
    assert_eq!(listed["items"][0]["capacity"], 12);
    let refused = page
        .post(app.url("/groups/teranga-lyon/events/new"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("primary_language", "fr"),
            ("translation_language_1", "fr"),
            ("translation_title_1", "Oups"),
            ("starts_at", "2027-03-02T19:00"),
            ("ends_at", "2027-03-02T18:00"),
            ("timezone", "Europe/Paris"),
            ("capacity", "zero"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text().await.unwrap();
    assert!(html.contains(&app.state.locales.format("en", "end_before_start", None)));
    assert!(html.contains(r#"value="Oups""#), "the input is kept");
}

#[actix_web::test]
async fn the_events_page_filters_by_heritage_dates_and_language() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    create_event(&app, &token, &event_body()).await;

    let matching = app
        .get_page("/events?from=2027-03-01&to=2027-03-31&heritage=SN&language=en")
        .await
        .text()
        .await
        .unwrap();
    let other_heritage = app
        .get_page("/events?from=2027-03-01&heritage=PH")
        .await
        .text()
        .await
        .unwrap();
    let too_late = app
        .get_page("/events?from=2027-03-21")
        .await
        .text()
        .await
        .unwrap();

    assert!(matching.contains("Teranga evening") || matching.contains("Soirée teranga"));
    assert!(matching.contains(r#"<option value="SN" selected>"#));
    assert!(!other_heritage.contains("Soirée teranga") && !too_late.contains("Soirée teranga"));
}
