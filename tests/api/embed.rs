//! The widgets partner sites frame (`/embed/…`), the page that makes their snippet (`/embed`)
//! and oEmbed: the right public listings in the asked language, framable by anyone while every
//! other page stays unframable, no cookie, no script, and light enough for a partner's page.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::events::event_body;
use crate::helpers::{TestApp, group_body, spawn_app};
use crate::opportunities::{create_opportunity, opportunity_body};

/// Publishes an event titled `title` in `country` in the group `slug`.
async fn event_in(app: &TestApp, token: &str, slug: &str, title: &str, country: &str) {
    let mut body = event_body();
    body["translations"] =
        json!({"fr": {"title": title, "description": "Repas partagé entre voisins."}});
    body["venue"]["country"] = json!(country);
    let response = app
        .api
        .post(app.url(&format!("/api/v1/groups/{slug}/events")))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
}

/// A Senegalese group in France with events in France and Germany, and a private group's event.
async fn app_with_events() -> (TestApp, String) {
    let app = spawn_app().await;
    let token = app.signed_up_token("organizer@example.org").await;
    app.create_group(&token, &group_body("Teranga Lyon")).await;
    let mut private = group_body("Cercle privé");
    private["visibility"] = json!("private");
    app.create_group(&token, &private).await;
    event_in(&app, &token, "teranga-lyon", "Soirée à Lyon", "FR").await;
    event_in(&app, &token, "teranga-lyon", "Abend in Berlin", "DE").await;
    event_in(&app, &token, "cercle-prive", "Réunion privée", "FR").await;
    (app, token)
}

async fn get(app: &TestApp, path: &str) -> reqwest::Response {
    app.api.get(app.url(path)).send().await.unwrap()
}

#[actix_web::test]
async fn an_events_widget_lists_the_filtered_public_events_in_the_asked_language() {
    let (app, _) = app_with_events().await;
    let response = get(&app, "/embed/events?heritage=SN&country=FR&lang=ar").await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = response.text().await.unwrap();
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");
    assert!(html.contains("Soirée à Lyon"));
    assert!(!html.contains("Abend in Berlin"), "another country");
    assert!(!html.contains("Réunion privée"), "a private group's event");
    assert!(
        !html.contains("Upcoming events"),
        "the heading is in Arabic"
    );
    assert!(!html.contains("<script"), "a widget runs no script");
    assert!(!html.contains("site-header"), "no site chrome");
    // Its links lead to the listing on this site, in a new tab.
    let base = &app.state.settings.public_url;
    assert!(html.contains(&format!("href=\"{base}/events/")));
    assert!(html.contains("target=\"_blank\" rel=\"noopener\""));
    assert!(
        html.contains(&format!(
            "href=\"{base}/events?country=FR&#38;heritage=SN&#38;lang=ar\""
        )),
        "{html}"
    );
}

#[actix_web::test]
async fn only_widgets_may_be_framed_and_they_set_no_cookie() {
    let (app, _) = app_with_events().await;
    let widget = get(&app, "/embed/events?lang=fr").await;
    let headers = widget.headers();
    let policy = headers["content-security-policy"].to_str().unwrap();
    assert!(policy.contains("frame-ancestors *"), "{policy}");
    assert!(policy.contains("default-src 'none'"), "{policy}");
    assert!(headers.get("x-frame-options").is_none());
    assert!(headers.get("set-cookie").is_none(), "{headers:?}");

    // The same request to the listing page sets a cookie and forbids framing.
    let listing = get(&app, "/events?lang=fr").await;
    let headers = listing.headers();
    assert_eq!(headers["x-frame-options"], "DENY");
    let policy = headers["content-security-policy"].to_str().unwrap();
    assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
    assert!(
        headers.get("set-cookie").is_some(),
        "the check above would prove nothing"
    );
    // Only the three widgets: the builder and anything else under /embed/ stay unframable.
    for path in ["/embed", "/embed/", "/embed/unknown", "/embed/events/extra"] {
        let response = get(&app, path).await;
        assert_eq!(response.headers()["x-frame-options"], "DENY", "{path}");
    }
}

#[actix_web::test]
async fn ten_listings_weigh_less_than_15_kb_gzipped() {
    let app = spawn_app().await;
    let token = app.signed_up_token("organizer@example.org").await;
    app.create_group(&token, &group_body("Teranga Lyon")).await;
    for number in 0..12 {
        let title = format!("Rencontre mensuelle des entrepreneurs sénégalais de Lyon n° {number}");
        event_in(&app, &token, "teranga-lyon", &title, "FR").await;
    }
    let response = app
        .api
        .get(app.url("/embed/events?limit=10&lang=fr"))
        .header("Accept-Encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-encoding"], "gzip");
    let compressed = response.bytes().await.unwrap();
    assert!(compressed.len() < 15 * 1024, "{} bytes", compressed.len());
    let plain = get(&app, "/embed/events?limit=10&lang=fr")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(plain.matches("<li>").count(), 10);
    let default = get(&app, "/embed/events").await.text().await.unwrap();
    assert_eq!(default.matches("<li>").count(), 5, "five by default");
}

#[actix_web::test]
async fn widget_options_are_checked_and_explained_in_the_widget() {
    let (app, _) = app_with_events().await;
    let dark = get(&app, "/embed/events?theme=dark")
        .await
        .text()
        .await
        .unwrap();
    assert!(dark.contains("<body class=\"dark\">"));
    let refused = get(&app, "/embed/events?theme=pink&limit=50&lang=fr").await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text().await.unwrap();
    assert!(html.contains("<code>theme</code>"), "{html}");
    assert!(html.contains("<code>limit</code>"), "{html}");
    assert!(html.contains("lang=\"fr\""));
    let bad_country = get(&app, "/embed/events?country=Atlantis").await;
    assert_eq!(bad_country.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad_country
            .text()
            .await
            .unwrap()
            .contains("<code>country</code>")
    );
}

#[actix_web::test]
async fn group_and_opportunity_widgets_take_their_listings_filters() {
    let (app, token) = app_with_events().await;
    let mut other = group_body("Naija Berlin");
    other["heritage_country"] = json!("NG");
    other["residence_country"] = json!("DE");
    app.create_group(&token, &other).await;
    let groups = get(&app, "/embed/groups?heritage=SN&residence=FR&lang=en")
        .await
        .text()
        .await
        .unwrap();
    assert!(groups.contains("Teranga Lyon"));
    assert!(!groups.contains("Naija Berlin"));
    assert!(!groups.contains("Cercle privé"), "a private group");

    create_opportunity(&app, &token, &opportunity_body()).await;
    let mut volunteering = opportunity_body();
    volunteering["kind"] = json!("volunteering");
    volunteering["translations"]["en"]["title"] = json!("Serve meals in Dakar");
    create_opportunity(&app, &token, &volunteering).await;
    let opportunities = get(&app, "/embed/opportunities?kind=mentoring&lang=en")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        opportunities.contains("Mentor young accountants"),
        "{opportunities}"
    );
    assert!(!opportunities.contains("Serve meals in Dakar"));
}

#[actix_web::test]
async fn the_builder_shows_a_preview_and_the_snippet_to_copy() {
    let (app, _) = app_with_events().await;
    let response = get(
        &app,
        "/embed?what=events&heritage=SN&country=FR&widget_lang=ar&limit=3",
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = response.text().await.unwrap();
    let widget = "/embed/events?heritage=SN&#38;country=FR&#38;lang=ar&#38;limit=3";
    assert!(
        html.contains(&format!("<iframe class=\"embed-preview\" src=\"{widget}\"")),
        "{html}"
    );
    // The snippet is shown as text to copy: its markup escaped once more.
    let base = &app.state.settings.public_url;
    let snippet = format!(
        "&#60;iframe src=&#34;{base}/embed/events?heritage=SN&#38;amp;country=FR&#38;amp;lang=ar&#38;amp;limit=3&#34;"
    );
    assert!(html.contains(&snippet), "{html}");

    // Each listing keeps the filters it has: a city and a way to attend for events, a kind for
    // opportunities (which have no city).
    let events = get(
        &app,
        "/embed?what=events&city=Lyon&attendance_mode=in_person&kind=job",
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(
        events.contains("src=\"/embed/events?city=Lyon&#38;attendance_mode=in_person\""),
        "{events}"
    );
    let opportunities = get(&app, "/embed?what=opportunities&city=Lyon&kind=mentoring")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        opportunities.contains("src=\"/embed/opportunities?kind=mentoring\""),
        "{opportunities}"
    );
    assert!(opportunities.contains("id=\"kind\""), "the kind is offered");

    // Groups are placed by where they are based.
    let groups = get(&app, "/embed?what=groups&country=FR")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        groups.contains("src=\"/embed/groups?residence=FR\""),
        "{groups}"
    );

    let refused = get(&app, "/embed?what=events&heritage=Atlantis&limit=99").await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text().await.unwrap();
    assert!(html.contains("id=\"heritage-error\""), "{html}");
    assert!(html.contains("id=\"limit-error\""), "{html}");
    assert!(
        !html.contains("embed-preview"),
        "no preview of a widget that would not work"
    );
}

#[actix_web::test]
async fn listing_pages_announce_oembed_and_it_answers_with_the_widget() {
    let (app, _) = app_with_events().await;
    let base = app.state.settings.public_url.clone();
    let listing = get(&app, "/events?heritage=SN&country=FR")
        .await
        .text()
        .await
        .unwrap();
    assert!(listing.contains("type=\"application/json+oembed\""));
    assert!(
        listing.contains("href=\"/embed?what=events&#38;heritage=SN&#38;country=FR\""),
        "{listing}"
    );

    let page = format!("{base}/events?heritage=SN&country=FR&limit=50");
    let response = get(
        &app,
        &format!(
            "/oembed?{}",
            serde_urlencoded::to_string([
                ("url", page.as_str()),
                ("format", "json"),
                ("maxwidth", "400"),
            ])
            .unwrap()
        ),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["version"], "1.0");
    assert_eq!(answer["type"], "rich");
    assert_eq!(answer["width"], 400);
    let html = answer["html"].as_str().unwrap();
    assert!(
        html.starts_with(&format!(
            "<iframe src=\"{base}/embed/events?heritage=SN&amp;country=FR\""
        )),
        "{html}"
    );

    let foreign = get(
        &app,
        &format!(
            "/oembed?{}",
            serde_urlencoded::to_string([("url", "https://elsewhere.example/events")]).unwrap()
        ),
    )
    .await;
    assert_eq!(foreign.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        foreign.headers()["content-type"],
        "application/problem+json",
        "a site builder gets a problem document, not a page"
    );
    let missing = get(&app, "/oembed?format=json").await;
    assert_eq!(missing.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = missing.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "url");
    let xml = get(
        &app,
        &format!(
            "/oembed?{}",
            serde_urlencoded::to_string([("url", page.as_str()), ("format", "xml")]).unwrap()
        ),
    )
    .await;
    assert_eq!(xml.status(), StatusCode::NOT_IMPLEMENTED);
}

#[actix_web::test]
async fn a_signed_in_member_sees_the_public_widget_and_keeps_her_language() {
    use diaspora_hub::db::AnyConnection;
    use diaspora_hub::db::schema::users;
    use diesel::prelude::*;

    let (app, _) = app_with_events().await;
    // The organizer owns the private group: the widget still shows what everyone sees.
    app.browser_login("organizer@example.org").await;
    let html = app
        .get_page("/embed/events?lang=ar")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Soirée à Lyon"));
    assert!(!html.contains("Réunion privée"), "{html}");
    let mut connection = app.db();
    let (locale, picked): (String, bool) = users::table
        .filter(users::email.eq("organizer@example.org"))
        .select((users::locale, users::locale_picked))
        .first(&mut *connection as &mut AnyConnection)
        .unwrap();
    assert!(
        locale != "ar" && !picked,
        "a widget's language is not the member's choice"
    );
}
