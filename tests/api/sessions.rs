//! Sessions: created at login, stored hashed, dead after logout or a password change.

use diaspora_hub::auth::tokens;
use diaspora_hub::db::schema::{sessions, users};
use diesel::prelude::*;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{PASSWORD, browser, session_set_cookie, spawn_app, spawn_app_with};

#[actix_web::test]
async fn a_bearer_token_works_until_logout_and_never_after() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;
    let me = app
        .api
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), StatusCode::OK);

    let logout = app
        .api
        .post(app.url("/api/v1/auth/logout"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();

    assert_eq!(logout.status(), StatusCode::NO_CONTENT);
    let after = app
        .api
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(after.headers()["www-authenticate"], "Bearer");
}

#[actix_web::test]
async fn a_copied_session_cookie_is_dead_after_logout() {
    let app = spawn_app().await;
    app.signed_up_browser("awa@example.org").await;
    let login = app
        .submit_form(
            "/login",
            "/login",
            &[("email", "awa@example.org"), ("password", PASSWORD)],
        )
        .await;
    let cookie = session_set_cookie(&login).expect("login sets the session cookie");
    let copied = cookie.split(';').next().unwrap().to_owned();
    let thief = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let stolen = thief
        .get(app.url("/me"))
        .header("cookie", &copied)
        .send()
        .await
        .unwrap();
    assert_eq!(
        stolen.status(),
        StatusCode::OK,
        "the copied cookie works while the session lives"
    );

    let page = app.get_page("/me").await.text().await.unwrap();
    let token = crate::helpers::csrf_from(&page);
    let logout = app
        .browser
        .post(app.url("/logout"))
        .form(&[("csrf_token", token)])
        .send()
        .await
        .unwrap();
    assert_eq!(logout.status(), StatusCode::SEE_OTHER);

    let replay = thief
        .get(app.url("/me"))
        .header("cookie", &copied)
        .send()
        .await
        .unwrap();
    assert_eq!(replay.status(), StatusCode::SEE_OTHER);
    assert!(
        replay.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/login")
    );
}

#[actix_web::test]
async fn session_cookies_are_http_only_lax_and_secure_when_configured() {
    let app = spawn_app_with(|settings| settings.cookie_secure = true).await;
    assert_eq!(
        app.register("awa@example.org", "Awa").await.status(),
        StatusCode::CREATED
    );

    let login = app
        .submit_form(
            "/login",
            "/login",
            &[("email", "awa@example.org"), ("password", PASSWORD)],
        )
        .await;

    let cookie = session_set_cookie(&login).expect("login sets the session cookie");
    assert!(cookie.contains("HttpOnly"));
    assert!(cookie.contains("SameSite=Lax"));
    assert!(cookie.contains("Secure"));
}

#[actix_web::test]
async fn every_login_makes_a_new_session_and_only_its_hash_is_stored() {
    let app = spawn_app().await;
    assert_eq!(
        app.register("awa@example.org", "Awa").await.status(),
        StatusCode::CREATED
    );

    let first: Value = app
        .login("awa@example.org", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let second: Value = app
        .login("awa@example.org", PASSWORD)
        .await
        .json()
        .await
        .unwrap();

    let (first, second) = (
        first["token"].as_str().unwrap(),
        second["token"].as_str().unwrap(),
    );
    assert_ne!(first, second);
    let mut connection = app.db();
    let stored: Vec<String> = sessions::table
        .select(sessions::token_hash)
        .load(&mut *connection)
        .unwrap();
    assert_eq!(stored.len(), 2);
    assert!(stored.contains(&tokens::hash(first)));
    assert!(!stored.iter().any(|hash| hash == first || hash == second));
}

#[actix_web::test]
async fn passwords_are_stored_as_argon2id_with_owasp_parameters() {
    let app = spawn_app().await;
    assert_eq!(
        app.register("awa@example.org", "Awa").await.status(),
        StatusCode::CREATED
    );

    let mut connection = app.db();
    let hash: String = users::table
        .select(users::password_hash)
        .first(&mut *connection)
        .unwrap();

    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
    assert!(!hash.contains(PASSWORD));
}

#[actix_web::test]
async fn changing_the_password_ends_every_other_session() {
    let app = spawn_app().await;
    let kept = app.signed_up_token("awa@example.org").await;
    let other: Value = app
        .login("awa@example.org", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let other = other["token"].as_str().unwrap().to_owned();

    let wrong = app
        .api
        .post(app.url("/api/v1/me/password"))
        .bearer_auth(&kept)
        .json(
            &json!({"current_password": "not-the-password", "new_password": "a-brand-new-secret"}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let changed = app
        .api
        .post(app.url("/api/v1/me/password"))
        .bearer_auth(&kept)
        .json(&json!({"current_password": PASSWORD, "new_password": "a-brand-new-secret"}))
        .send()
        .await
        .unwrap();

    assert_eq!(changed.status(), StatusCode::NO_CONTENT);
    let me = |token: String| app.api.get(app.url("/api/v1/me")).bearer_auth(token).send();
    assert_eq!(me(kept.clone()).await.unwrap().status(), StatusCode::OK);
    assert_eq!(me(other).await.unwrap().status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.login("awa@example.org", PASSWORD).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.login("awa@example.org", "a-brand-new-secret")
            .await
            .status(),
        StatusCode::OK
    );
}

#[actix_web::test]
async fn the_password_page_changes_the_password_and_signs_out_other_browsers() {
    let app = spawn_app().await;
    app.signed_up_browser("awa@example.org").await;
    let other_browser = browser();
    let page = other_browser
        .get(app.url("/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = crate::helpers::csrf_from(&page);
    let login = other_browser
        .post(app.url("/login"))
        .form(&[
            ("email", "awa@example.org"),
            ("password", PASSWORD),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), StatusCode::SEE_OTHER);

    let response = app
        .submit_form(
            "/me/password",
            "/me/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "a-brand-new-secret"),
            ],
        )
        .await;

    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.get_page("/me").await.status(), StatusCode::OK);
    let other = other_browser.get(app.url("/me")).send().await.unwrap();
    assert_eq!(other.status(), StatusCode::SEE_OTHER);
}

#[actix_web::test]
async fn the_api_ignores_the_session_cookie() {
    let app = spawn_app().await;
    app.signed_up_browser("awa@example.org").await;

    let response = app.browser.get(app.url("/api/v1/me")).send().await.unwrap();

    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[actix_web::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer() {
    let app = spawn_app().await;
    assert_eq!(
        app.register("awa@example.org", "Awa").await.status(),
        StatusCode::CREATED
    );

    let wrong_password = app.login("awa@example.org", "not-the-password").await;
    let unknown_email = app.login("nobody@example.org", "not-the-password").await;

    assert_eq!(wrong_password.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(unknown_email.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        wrong_password.text().await.unwrap(),
        unknown_email.text().await.unwrap()
    );
}

#[actix_web::test]
async fn an_expired_session_no_longer_works() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;
    let yesterday = chrono::Utc::now().naive_utc() - chrono::Duration::days(1);
    let mut connection = app.db();
    diesel::update(sessions::table)
        .set(sessions::expires_at.eq(yesterday))
        .execute(&mut *connection)
        .unwrap();

    let response = app
        .api
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}
