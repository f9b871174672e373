//! The page layout, home page, static assets and operational probes.

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::spawn_app;

#[actix_web::test]
async fn the_home_page_has_landmarks_a_skip_link_and_the_language_switcher() {
    let app = spawn_app().await;

    let response = app.get_page("/").await;

    assert_eq!(response.status(), StatusCode::OK);
    let page = response.text().await.unwrap();
    assert!(page.contains(r##"<a class="skip-link" href="#main">"##));
    assert!(page.contains(r#"<main id="main""#));
    assert!(page.contains("<header") && page.contains("<footer") && page.contains("<nav"));
    assert!(page.contains(r#"<meta name="viewport""#));
    assert!(page.contains(&app.state.locales.format("en", "home-heading", None)));
    assert!(page.contains(r#"lang="ar" hreflang="ar">العربية</a>"#));
}

#[actix_web::test]
async fn form_fields_have_labels() {
    let app = spawn_app().await;

    let page = app.get_page("/register").await.text().await.unwrap();

    for field in ["display_name", "email", "password"] {
        assert!(
            page.contains(&format!(r#"<label for="{field}">"#)),
            "{field} has a label"
        );
        assert!(page.contains(&format!(r#"id="{field}" name="{field}""#)));
    }
}

#[actix_web::test]
async fn the_stylesheet_is_embedded_and_cached_for_long() {
    let app = spawn_app().await;

    let response = app.get_page("/static/app.css").await;

    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert!(
        response.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age=31536000")
    );
    assert!(response.text().await.unwrap().contains("margin-inline"));
}

#[actix_web::test]
async fn health_and_readiness_probes_answer() {
    let app = spawn_app().await;

    let health = app.get_page("/healthz").await;
    let ready = app.get_page("/readyz").await;

    assert_eq!(health.status(), StatusCode::OK);
    assert_eq!(ready.status(), StatusCode::OK);
    let ready: Value = ready.json().await.unwrap();
    assert_eq!(ready["database"], "ok");
}

#[actix_web::test]
async fn swagger_ui_is_served_without_the_network() {
    let app = spawn_app().await;

    let redirect = app.get_page("/api/docs").await;
    let index = app.get_page("/api/docs/").await;

    assert_eq!(redirect.status(), StatusCode::SEE_OTHER);
    assert_eq!(index.status(), StatusCode::OK);
    let html = index.text().await.unwrap();
    assert!(html.contains("swagger-ui"));
    assert!(
        !html.contains("https://"),
        "no asset is loaded from another site"
    );
}
