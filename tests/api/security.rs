//! CSRF, rate limits, security headers and request size limits.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{PASSWORD, browser, csrf_from, spawn_app, spawn_app_with};

#[actix_web::test]
async fn a_cross_site_form_post_without_the_token_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    app.signed_up_browser("awa@example.org").await;

    // What a hostile page can make the browser send: the cookies, but not the token.
    let forged = app
        .browser
        .post(app.url("/me/delete"))
        .form(&[("password", PASSWORD)])
        .send()
        .await
        .unwrap();

    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    assert!(
        forged
            .text()
            .await
            .unwrap()
            .contains(&app.state.locales.format("en", "csrf_rejected", None))
    );
    assert_eq!(app.count("users"), 1);
}

#[actix_web::test]
async fn a_token_from_another_browser_does_not_pass() {
    let app = spawn_app().await;
    let attacker = browser();
    let attacker_page = attacker
        .get(app.url("/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let attacker_token = csrf_from(&attacker_page);
    let _victim_page = app.get_page("/login").await;

    let response = app
        .browser
        .post(app.url("/register"))
        .form(&[
            ("csrf_token", attacker_token.as_str()),
            ("email", "x@example.org"),
            ("password", PASSWORD),
            ("display_name", "X"),
        ])
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.count("users"), 0);
}

#[actix_web::test]
async fn a_form_with_the_right_token_works() {
    let app = spawn_app().await;

    let response = app
        .submit_form(
            "/register",
            "/register",
            &[
                ("display_name", "Awa"),
                ("email", "awa@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;

    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.count("users"), 1);
}

#[actix_web::test]
async fn the_eleventh_failed_login_in_a_minute_is_refused_with_retry_after() {
    let app = spawn_app().await;
    assert_eq!(
        app.register("awa@example.org", "Awa").await.status(),
        StatusCode::CREATED
    );
    for attempt in 1..=10 {
        let response = app.login("awa@example.org", "wrong-password!").await;
        assert_eq!(
            response.status(),
            StatusCode::UNAUTHORIZED,
            "attempt {attempt}"
        );
    }

    let eleventh = app.login("awa@example.org", PASSWORD).await;

    assert_eq!(eleventh.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry_after: u64 = eleventh.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    let body: Value = eleventh.json().await.unwrap();
    assert_eq!(body["code"], "rate_limited");
}

#[actix_web::test]
async fn the_account_limit_holds_across_client_addresses() {
    // Behind a trusted proxy each attempt seems to come from another address.
    let app = spawn_app_with(|settings| settings.trusted_proxies = vec!["127.0.0.1".into()]).await;
    assert_eq!(
        app.register("awa@example.org", "Awa").await.status(),
        StatusCode::CREATED
    );
    let attempt = |number: u32| {
        app.api
            .post(app.url("/api/v1/auth/login"))
            .header("x-forwarded-for", format!("203.0.113.{number}"))
            .json(&json!({"email": "awa@example.org", "password": "wrong-password!"}))
            .send()
    };
    for number in 1..=10 {
        assert_eq!(
            attempt(number).await.unwrap().status(),
            StatusCode::UNAUTHORIZED
        );
    }

    assert_eq!(
        attempt(11).await.unwrap().status(),
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[actix_web::test]
async fn the_address_limit_holds_across_accounts_and_forged_forwarded_headers() {
    // No trusted proxy: X-Forwarded-For must be ignored.
    let app = spawn_app().await;
    let attempt = |number: u32| {
        app.api
            .post(app.url("/api/v1/auth/login"))
            .header("x-forwarded-for", format!("203.0.113.{number}"))
            .json(&json!({"email": format!("user{number}@example.org"), "password": "wrong-password!"}))
            .send()
    };
    for number in 1..=10 {
        assert_eq!(
            attempt(number).await.unwrap().status(),
            StatusCode::UNAUTHORIZED
        );
    }

    assert_eq!(
        attempt(11).await.unwrap().status(),
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[actix_web::test]
async fn registrations_are_limited_per_address() {
    let app = spawn_app_with(|settings| settings.registrations_per_hour = 2).await;
    assert_eq!(
        app.register("one@example.org", "One").await.status(),
        StatusCode::CREATED
    );
    assert_eq!(
        app.register("two@example.org", "Two").await.status(),
        StatusCode::CREATED
    );

    let third = app.register("three@example.org", "Three").await;

    assert_eq!(third.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(third.headers().contains_key("retry-after"));
    assert_eq!(app.count("users"), 2);
}

#[actix_web::test]
async fn a_rate_limited_login_page_says_so_in_html() {
    let app = spawn_app_with(|settings| settings.login_attempts_per_minute = 1).await;
    let first = app
        .submit_form(
            "/login",
            "/login",
            &[
                ("email", "awa@example.org"),
                ("password", "wrong-password!"),
            ],
        )
        .await;
    assert_eq!(first.status(), StatusCode::UNAUTHORIZED);

    let second = app
        .submit_form(
            "/login",
            "/login",
            &[
                ("email", "awa@example.org"),
                ("password", "wrong-password!"),
            ],
        )
        .await;

    assert_eq!(second.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(second.headers().contains_key("retry-after"));
    assert!(
        second
            .text()
            .await
            .unwrap()
            .contains(&app.state.locales.format("en", "rate_limited", None))
    );
}

#[actix_web::test]
async fn pages_carry_security_headers() {
    let app = spawn_app().await;

    let response = app.get_page("/").await;

    let headers = response.headers();
    let policy = headers["content-security-policy"].to_str().unwrap();
    assert!(
        policy.contains("script-src 'self'")
            && !policy.contains("script-src 'self' 'unsafe-inline'")
    );
    assert!(policy.contains("frame-ancestors 'none'"));
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(
        headers["referrer-policy"],
        "strict-origin-when-cross-origin"
    );
}

#[actix_web::test]
async fn a_ten_megabyte_body_is_refused_without_reading_it_all() {
    let app = spawn_app().await;
    let huge = "x".repeat(10 * 1024 * 1024);

    let api = app
        .api
        .post(app.url("/api/v1/auth/register"))
        .header("content-type", "application/json")
        .body(format!(
            r#"{{"email":"a@example.org","password":"{huge}","display_name":"A"}}"#
        ))
        .send()
        .await
        .unwrap();
    let page = app.get_page("/register").await.text().await.unwrap();
    let token = csrf_from(&page);
    let form = app
        .browser
        .post(app.url("/register"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("display_name", huge.as_str()),
        ])
        .send()
        .await
        .unwrap();

    assert_eq!(api.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let body: Value = api.json().await.unwrap();
    assert_eq!(body["code"], "payload_too_large");
    assert_eq!(form.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(app.count("users"), 0);
}

#[actix_web::test]
async fn malformed_json_and_wrong_content_types_get_problem_documents() {
    let app = spawn_app().await;
    let post = |content_type: &'static str, body: &'static str| {
        app.api
            .post(app.url("/api/v1/auth/register"))
            .header("content-type", content_type)
            .body(body)
            .send()
    };

    let malformed = post(
        "application/json",
        r#"{"email": "awa@example.org", "password": "#,
    )
    .await
    .unwrap();
    let wrong_type = post("text/plain", r#"{"email": "awa@example.org"}"#)
        .await
        .unwrap();
    let wrong_shape = post("application/json", r#"{"email": 42}"#).await.unwrap();

    assert_eq!(malformed.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        malformed.json::<Value>().await.unwrap()["code"],
        "malformed_body"
    );
    assert_eq!(wrong_type.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(
        wrong_type.json::<Value>().await.unwrap()["code"],
        "unsupported_media_type"
    );
    assert_eq!(wrong_shape.status(), StatusCode::BAD_REQUEST);
    assert_eq!(app.count("users"), 0);
}
