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

#[actix_web::test]
async fn language_filters_offer_the_languages_in_use_by_name_and_cards_align_to_their_own_text() {
    let app = crate::helpers::spawn_app().await;
    let token = app.signed_up_token("organizer@example.org").await;
    let mut english = crate::helpers::group_body("Lagos Tech Circle");
    english["primary_language"] = serde_json::json!("en");
    english["translations"] = serde_json::json!({"en": {"name": "Lagos Tech Circle", "description": "Engineers from Nigeria."}});
    english["languages"] = serde_json::json!(["en", "yo"]);
    app.create_group(&token, &english).await;
    app.create_group(&token, &crate::helpers::group_body("Teranga Lyon"))
        .await;
    let mut private = crate::helpers::group_body("Cercle haoussa");
    private["visibility"] = serde_json::json!("private");
    private["languages"] = serde_json::json!(["ha"]);
    app.create_group(&token, &private).await;

    let arabic = app.get_page("/groups?lang=ar").await.text().await.unwrap();
    let filtered = app
        .get_page("/groups?lang=fr&language=yo")
        .await
        .text()
        .await
        .unwrap();

    assert!(arabic.contains(r#"<select id="language" name="language""#));
    assert!(
        arabic.contains(r#"<option value="wo">الولوفية</option>"#),
        "Wolof by its Arabic name"
    );
    assert!(arabic.contains(r#"<option value="yo">"#));
    assert!(
        !arabic.contains(r#"<option value="ru">"#),
        "only languages in use"
    );
    assert!(
        arabic.contains(r#"<h3 lang="en" dir="ltr"><a href="/groups/lagos-tech-circle">"#),
        "an English card in an Arabic page runs left to right"
    );
    assert!(filtered.contains(r#"<option value="yo" selected>"#));
    assert!(filtered.contains("lagos-tech-circle") && !filtered.contains("/groups/teranga-lyon\""));
}
