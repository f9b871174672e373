//! Errors: localized pages for people, problem documents for programs, nothing internal leaked.

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::spawn_app;

#[actix_web::test]
async fn an_unknown_page_is_a_localized_404_page_with_the_site_layout() {
    let app = spawn_app().await;

    let response = app
        .api
        .get(app.url("/no/such/page"))
        .header("Accept-Language", "es")
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let page = response.text().await.unwrap();
    assert!(page.contains(r#"<html lang="es""#));
    assert!(page.contains(&app.state.locales.format("es", "not_found", None)));
    assert!(
        page.contains(r#"href="/no/such/page?lang=fr""#),
        "the layout and switcher are there"
    );
}

#[actix_web::test]
async fn an_unknown_api_path_is_a_problem_document() {
    let app = spawn_app().await;

    let response = app
        .api
        .get(app.url("/api/v1/nothing-here"))
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], 404);
    assert_eq!(body["code"], "not_found");
    assert_eq!(body["type"], "urn:diaspora-hub:problem:not_found");
    assert!(body["title"].is_string() && body["detail"].is_string());
}

#[actix_web::test]
async fn a_wrong_method_is_not_a_server_error() {
    let app = spawn_app().await;

    let response = app
        .api
        .delete(app.url("/api/v1/auth/login"))
        .send()
        .await
        .unwrap();

    assert!(response.status().is_client_error(), "{}", response.status());
}

#[actix_web::test]
async fn a_page_that_needs_a_member_sends_visitors_to_the_login_form_and_back() {
    let app = spawn_app().await;

    let response = app.get_page("/me/password").await;

    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/login?next=/me/password");
    let login = app
        .get_page("/login?next=/me/password")
        .await
        .text()
        .await
        .unwrap();
    assert!(login.contains(r#"name="next" value="/me/password""#));
}

#[actix_web::test]
async fn a_login_never_redirects_off_site() {
    let app = spawn_app().await;
    assert_eq!(
        app.register("awa@example.org", "Awa").await.status(),
        StatusCode::CREATED
    );

    let response = app
        .submit_form(
            "/login",
            "/login",
            &[
                ("email", "awa@example.org"),
                ("password", crate::helpers::PASSWORD),
                ("next", "//evil.example/"),
            ],
        )
        .await;

    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/");
}

#[actix_web::test]
async fn a_wrong_login_on_the_page_is_explained_without_saying_which_part_was_wrong() {
    let app = spawn_app().await;

    let response = app
        .submit_form(
            "/login",
            "/login",
            &[
                ("email", "awa@example.org"),
                ("password", "not-the-password"),
            ],
        )
        .await;

    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let page = response.text().await.unwrap();
    assert!(page.contains(&app.state.locales.format("en", "invalid_credentials", None)));
    assert!(
        page.contains(r#"value="awa@example.org""#),
        "the email is kept"
    );
}

#[actix_web::test]
async fn a_server_error_page_is_localized_and_reveals_nothing_internal() {
    use actix_web::middleware::from_fn;
    use actix_web::{App, HttpResponse, test, web};
    use diaspora_hub::error::AppError;
    // Arrange: the real middleware around a handler that fails with a revealing cause.
    let app = spawn_app().await;
    let service = test::init_service(
        App::new()
            .app_data(web::Data::new(app.state.clone()))
            .wrap(from_fn(diaspora_hub::http::context::resolve))
            .wrap(from_fn(diaspora_hub::http::errors::render))
            .route(
                "/boom",
                web::get().to(|| async {
                    Err::<HttpResponse, _>(AppError::internal(anyhow::anyhow!(
                        "connection to db-secret-host failed"
                    )))
                }),
            )
            .route(
                "/api/boom",
                web::get().to(|| async {
                    Err::<HttpResponse, _>(AppError::internal(anyhow::anyhow!("db-secret-host")))
                }),
            ),
    )
    .await;

    // Act
    let page = test::call_service(
        &service,
        test::TestRequest::get()
            .uri("/boom")
            .insert_header(("Accept-Language", "ru"))
            .to_request(),
    )
    .await;
    let problem = test::call_service(
        &service,
        test::TestRequest::get().uri("/api/boom").to_request(),
    )
    .await;

    // Assert
    assert_eq!(page.status(), StatusCode::INTERNAL_SERVER_ERROR.as_u16());
    let html = String::from_utf8(test::read_body(page).await.to_vec()).unwrap();
    assert!(html.contains(r#"<html lang="ru""#));
    assert!(html.contains(&app.state.locales.format("ru", "internal_error", None)));
    assert!(!html.contains("db-secret-host"));
    assert_eq!(problem.status(), StatusCode::INTERNAL_SERVER_ERROR.as_u16());
    let body: Value = serde_json::from_slice(&test::read_body(problem).await).unwrap();
    assert_eq!(body["code"], "internal_error");
    assert!(!body.to_string().contains("db-secret-host"));
}

#[actix_web::test]
async fn an_empty_registration_form_names_each_field_and_creates_nothing() {
    let app = spawn_app().await;

    let response = app
        .submit_form(
            "/register",
            "/register",
            &[("display_name", ""), ("email", ""), ("password", "")],
        )
        .await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    for field in ["display_name", "email", "password"] {
        assert!(
            page.contains(&format!(r#"id="{field}-error""#)),
            "{field} has its error"
        );
        assert!(
            page.contains(&format!(r##"<a href="#{field}">"##)),
            "the summary links to {field}"
        );
    }
    assert_eq!(app.count("users"), 0);
}
