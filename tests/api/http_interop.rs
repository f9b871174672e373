//! HTTP as other programs expect it: HEAD everywhere GET works, the bearer scheme in any case,
//! content in the reader's browser languages, and what search engines read.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::events::{create_event, event_body, organizer_with_group};
use crate::federation::partner_key;
use crate::helpers::{TestApp, group_body, spawn_app};

async fn send(app: &TestApp, method: Method, path: &str) -> reqwest::Response {
    app.api.request(method, app.url(path)).send().await.unwrap()
}

#[actix_web::test]
async fn every_get_route_answers_head_with_the_same_status_and_headers_and_no_body() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    let event = create_event(&app, &token, &event_body()).await;
    let id = event["id"].as_str().unwrap();
    let paths = [
        "/healthz".to_owned(),
        "/readyz".to_owned(),
        "/".to_owned(),
        "/groups".to_owned(),
        "/groups/teranga-lyon".to_owned(),
        "/events".to_owned(),
        format!("/events/{id}"),
        format!("/events/{id}.ics"),
        "/groups/teranga-lyon/events.ics".to_owned(),
        "/feeds/events.ics".to_owned(),
        "/feeds/events.atom".to_owned(),
        "/feeds/opportunities.atom".to_owned(),
        "/opportunities".to_owned(),
        "/api/v1/groups".to_owned(),
        "/api/v1/openapi.json".to_owned(),
        "/federation/v1".to_owned(),
        "/robots.txt".to_owned(),
        "/sitemap.xml".to_owned(),
        "/static/app.css".to_owned(),
        "/no/such/page".to_owned(),
        "/api/v1/no-such-thing".to_owned(),
    ];
    for path in paths {
        let get = send(&app, Method::GET, &path).await;
        let head = send(&app, Method::HEAD, &path).await;

        assert_eq!(head.status(), get.status(), "{path}");
        assert_ne!(head.status(), StatusCode::METHOD_NOT_ALLOWED, "{path}");
        for name in ["content-type", "cache-control", "etag", "content-language"] {
            assert_eq!(
                head.headers().get(name),
                get.headers().get(name),
                "{name} of {path}"
            );
        }
        let get_length = get.headers().get("content-length").cloned();
        let head_length = head.headers().get("content-length").cloned();
        let get_body = get.bytes().await.unwrap();
        if let Some(length) = head_length {
            assert_eq!(
                length.to_str().unwrap(),
                get_body.len().to_string(),
                "HEAD {path} announces the GET body's length"
            );
            assert_eq!(Some(length), get_length, "{path}");
        }
        assert!(
            raw_head_body(&app, &path).await.is_empty(),
            "HEAD {path} sends no body"
        );
    }
}

/// What follows the headers of a raw `HEAD` answer (HTTP clients hide it, so a socket it is).
async fn raw_head_body(app: &TestApp, path: &str) -> Vec<u8> {
    let address = app.address.trim_start_matches("http://").to_owned();
    let request = format!("HEAD {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
    let answer = tokio::task::spawn_blocking(move || {
        use std::io::{Read, Write};
        let mut stream = std::net::TcpStream::connect(&address).unwrap();
        stream
            .set_read_timeout(Some(std::time::Duration::from_secs(10)))
            .unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        answer
    })
    .await
    .unwrap();
    let end_of_headers = answer
        .windows(4)
        .position(|window| window == b"\r\n\r\n")
        .expect("a complete header block");
    answer[end_of_headers + 4..].to_vec()
}

#[actix_web::test]
async fn the_partner_api_takes_the_bearer_scheme_in_any_case() {
    let app = spawn_app().await;
    let key = partner_key(&app, &["changes:read"]);

    for scheme in ["Bearer", "bearer", "BEARER"] {
        let answer = app
            .api
            .get(app.url("/federation/v1/changes"))
            .header("authorization", format!("{scheme} {key}"))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::OK, "{scheme}");
    }
    let token = app.signed_up_token("awa@example.org").await;
    let lowercase_api = app
        .api
        .get(app.url("/api/v1/me"))
        .header("authorization", format!("bearer {token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(lowercase_api.status(), StatusCode::OK);
}

#[actix_web::test]
async fn content_follows_the_whole_accept_language_list() {
    let app = spawn_app().await;
    let token = app.signed_up_token("organizer@example.org").await;
    let mut group = group_body("Sénégalais de Lyon");
    group["translations"]["wo"] =
        json!({"name": "Senegaalkat yi ci Lyon", "description": "Dimbalante ak aada."});
    app.create_group(&token, &group).await;
    let reader = |path: &'static str| {
        app.api
            .get(app.url(path))
            .header("accept-language", "wo, fr;q=0.5")
            .send()
    };

    let api: Value = reader("/api/v1/groups/senegalais-de-lyon")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let page = reader("/groups/senegalais-de-lyon")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();

    assert_eq!(api["language"], "wo");
    assert_eq!(api["name"], "Senegaalkat yi ci Lyon");
    assert!(
        page.contains("<html lang=\"fr\""),
        "the interface is French"
    );
    assert!(
        page.contains("Senegaalkat yi ci Lyon"),
        "the content is Wolof"
    );
    assert!(page.contains("lang=\"wo\""), "and marked as Wolof");
    let chosen: Value = app
        .api
        .get(app.url("/api/v1/groups/senegalais-de-lyon?lang=en"))
        .header("accept-language", "wo, fr;q=0.5")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(chosen["language"], "en", "?lang= still wins");
}

#[actix_web::test]
async fn pages_describe_themselves_and_robots_keep_out_of_private_paths() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    let event = create_event(&app, &token, &event_body()).await;

    for path in [
        "/".to_owned(),
        "/groups".to_owned(),
        "/events".to_owned(),
        "/opportunities".to_owned(),
        "/countries/SN".to_owned(),
        "/login".to_owned(),
    ] {
        let page = app.get_page(&path).await.text().await.unwrap();
        let marker = "<meta name=\"description\" content=\"";
        let start = page.find(marker).unwrap_or_else(|| panic!("{path}")) + marker.len();
        let content = &page[start..start + page[start..].find('"').unwrap()];
        assert!(content.len() > 20, "{path}: {content:?}");
    }
    let group = app
        .get_page("/groups/teranga-lyon")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        group.contains(
            "<meta name=\"description\" content=\"Mutual help, culture and celebrations."
        )
    );
    let event_page = app
        .get_page(&format!("/events/{}", event["id"].as_str().unwrap()))
        .await
        .text()
        .await
        .unwrap();
    assert!(event_page.contains("<meta name=\"description\" content=\"Shared meal."));

    let robots = app.get_page("/robots.txt").await;
    assert_eq!(robots.status(), StatusCode::OK);
    let robots = robots.text().await.unwrap();
    for kept_out in [
        "Disallow: /me",
        "Disallow: /admin",
        "Disallow: /login",
        "Disallow: /groups/new",
    ] {
        assert!(robots.contains(kept_out), "{kept_out}");
    }
    assert!(robots.contains(&format!(
        "Sitemap: {}/sitemap.xml",
        app.state.settings.public_url
    )));
}

#[actix_web::test]
async fn the_sitemap_lists_public_upcoming_and_open_listings_only() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    let upcoming = create_event(&app, &token, &event_body()).await;
    let opportunity = crate::opportunities::create_opportunity(
        &app,
        &token,
        &crate::opportunities::opportunity_body(),
    )
    .await;
    let mut private = group_body("Cercle privé");
    private["visibility"] = json!("private");
    app.create_group(&token, &private).await;
    let private_event = app
        .api
        .post(app.url("/api/v1/groups/cercle-prive/events"))
        .bearer_auth(&token)
        .json(&event_body())
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();

    let index = app.get_page("/sitemap.xml").await.text().await.unwrap();
    let base = &app.state.settings.public_url;
    for sitemap in ["pages", "groups-1", "events-1", "opportunities-1"] {
        assert!(
            index.contains(&format!("<loc>{base}/sitemaps/{sitemap}.xml</loc>")),
            "{sitemap} in {index}"
        );
    }
    let groups = app
        .get_page("/sitemaps/groups-1.xml")
        .await
        .text()
        .await
        .unwrap();
    let events = app
        .get_page("/sitemaps/events-1.xml")
        .await
        .text()
        .await
        .unwrap();
    let opportunities = app
        .get_page("/sitemaps/opportunities-1.xml")
        .await
        .text()
        .await
        .unwrap();

    assert!(groups.contains(&format!("<loc>{base}/groups/teranga-lyon</loc>")));
    assert!(groups.contains("<lastmod>"));
    assert!(groups.contains(&format!(
        "hreflang=\"en\" href=\"{base}/groups/teranga-lyon?lang=en\""
    )));
    assert!(!groups.contains("cercle-prive"), "private groups stay out");
    assert!(events.contains(upcoming["id"].as_str().unwrap()));
    assert!(!events.contains(private_event["id"].as_str().unwrap()));
    assert!(opportunities.contains(opportunity["id"].as_str().unwrap()));
    assert_eq!(
        app.get_page("/sitemaps/groups-2.xml").await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_page("/sitemaps/users-1.xml").await.status(),
        StatusCode::NOT_FOUND
    );
}
