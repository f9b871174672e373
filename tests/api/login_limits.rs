//! Password checks are limited even when they arrive together, re-checks share the login
//! limit, and a login never redirects off site nor leaves a session behind on a bad `next`.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{PASSWORD, TestApp, spawn_app};

async fn registered() -> TestApp {
    let app = spawn_app().await;
    assert_eq!(
        app.register("awa@example.org", "Awa").await.status(),
        StatusCode::CREATED
    );
    app
}

async fn token_of(app: &TestApp) -> String {
    let signed_in: serde_json::Value = app
        .login("awa@example.org", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    signed_in["token"].as_str().unwrap().to_owned()
}

#[actix_web::test]
async fn thirty_wrong_logins_at_once_let_at_most_ten_reach_the_password_check() {
    let app = registered().await;

    let answers = futures_util::future::join_all(
        (0..30).map(|_| app.login("awa@example.org", "wrong-password!")),
    )
    .await;

    let checked = answers
        .iter()
        .filter(|answer| answer.status() == StatusCode::UNAUTHORIZED)
        .count();
    let limited: Vec<_> = answers
        .iter()
        .filter(|answer| answer.status() == StatusCode::TOO_MANY_REQUESTS)
        .collect();
    assert!((1..=10).contains(&checked), "{checked} reached the check");
    assert_eq!(checked + limited.len(), 30, "every answer is 401 or 429");
    for answer in limited {
        let retry_after: u64 = answer.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((1..=60).contains(&retry_after));
    }
    assert_eq!(
        app.login("awa@example.org", PASSWORD).await.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "the account stays locked for the minute, even for the right password"
    );
}

#[actix_web::test]
async fn fifty_right_logins_at_once_from_one_address_all_get_in() {
    let app = registered().await;

    let answers =
        futures_util::future::join_all((0..50).map(|_| app.login("awa@example.org", PASSWORD)))
            .await;

    let statuses: Vec<StatusCode> = answers.iter().map(|answer| answer.status()).collect();
    assert!(
        statuses.iter().all(|status| *status == StatusCode::OK),
        "{statuses:?}"
    );
    assert_eq!(app.count("sessions"), 50);
}

#[actix_web::test]
async fn wrong_password_rechecks_count_against_the_login_limit() {
    let app = registered().await;
    let token = token_of(&app).await;
    let change = || {
        app.api
            .post(app.url("/api/v1/me/password"))
            .bearer_auth(&token)
            .json(&json!({"current_password": "wrong-password!", "new_password": "another-long-one-42"}))
            .send()
    };
    for attempt in 1..=5 {
        assert_eq!(
            change().await.unwrap().status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "change {attempt}"
        );
    }
    let delete = || {
        app.api
            .delete(app.url("/api/v1/me"))
            .bearer_auth(&token)
            .json(&json!({"password": "wrong-password!"}))
            .send()
    };
    for attempt in 1..=5 {
        assert_eq!(
            delete().await.unwrap().status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "delete {attempt}"
        );
    }

    let eleventh_change = change().await.unwrap();
    let eleventh_delete = delete().await.unwrap();
    let login = app.login("awa@example.org", PASSWORD).await;

    assert_eq!(eleventh_change.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(eleventh_change.headers().contains_key("retry-after"));
    assert_eq!(eleventh_delete.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(login.status(), StatusCode::TOO_MANY_REQUESTS, "one bucket");
    assert_eq!(app.count("users"), 1);
}

#[actix_web::test]
async fn a_right_password_recheck_is_not_counted() {
    let app = registered().await;
    let token = token_of(&app).await;
    for _ in 0..12 {
        let changed = app
            .api
            .post(app.url("/api/v1/me/password"))
            .bearer_auth(&token)
            .json(&json!({"current_password": PASSWORD, "new_password": PASSWORD}))
            .send()
            .await
            .unwrap();
        assert_eq!(changed.status(), StatusCode::NO_CONTENT);
    }
}

#[actix_web::test]
async fn a_control_character_in_next_redirects_home_and_leaves_one_session() {
    for next in [
        "/\n/x",
        "/\r\nSet-Cookie: session=planted",
        "/\t/evil.example",
    ] {
        let app = registered().await;

        let response = app
            .submit_form(
                "/login",
                "/login",
                &[
                    ("email", "awa@example.org"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;

        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{next:?}");
        assert_eq!(response.headers()["location"], "/", "{next:?}");
        assert_eq!(app.count("sessions"), 1, "{next:?}");
        let me = app.get_page("/me").await;
        assert_eq!(me.status(), StatusCode::OK, "signed in after {next:?}");
    }
}

#[actix_web::test]
async fn a_strangers_wrong_logins_never_stop_a_member_changing_the_password() {
    let app = registered().await;
    let token = token_of(&app).await;
    for _ in 0..10 {
        app.login("awa@example.org", "wrong-password!").await;
    }
    assert_eq!(
        app.login("awa@example.org", PASSWORD).await.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "logins are locked for the minute"
    );

    let changed = app
        .api
        .post(app.url("/api/v1/me/password"))
        .bearer_auth(&token)
        .json(&json!({"current_password": PASSWORD, "new_password": "another-long-one-42"}))
        .send()
        .await
        .unwrap();

    assert_eq!(changed.status(), StatusCode::NO_CONTENT);
}

#[actix_web::test]
async fn a_reservation_dropped_unresolved_counts_as_a_failure_at_once() {
    use diaspora_hub::auth::rate_limit::{Limit, reserve_password_check};
    let app = spawn_app().await;
    let limit = Limit {
        limit: 1,
        window: chrono::Duration::minutes(1),
    };
    let bucket = "login-account:dropped".to_owned();

    let reservation = reserve_password_check(&app.state.db, vec![bucket.clone()], limit)
        .await
        .unwrap();
    drop(reservation);

    let mut pending = 1;
    for _ in 0..100 {
        pending = app.count("auth_attempts WHERE pending");
        if pending == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(pending, 0, "confirmed, not left pending for 30 s");
    assert_eq!(app.count("auth_attempts"), 1, "and still counted");
    let next = reserve_password_check(&app.state.db, vec![bucket], limit).await;
    assert!(next.is_err(), "the bucket is full, not waiting");
}
