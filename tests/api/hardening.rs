//! CSRF tokens bound to the session, HSTS behind HTTPS, and names that only look empty.

use std::sync::Arc;

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{PASSWORD, browser, csrf_from, group_body, spawn_app, spawn_app_with};

fn csrf_cookie_set(response: &reqwest::Response) -> bool {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .any(|value| value.to_str().unwrap_or_default().starts_with("csrf="))
}

#[actix_web::test]
async fn a_planted_csrf_cookie_cannot_forge_a_signed_in_members_form() {
    let app = spawn_app().await;
    let jar = Arc::new(reqwest::cookie::Jar::default());
    let victim = reqwest::Client::builder()
        .cookie_provider(jar.clone())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let page = victim.get(app.url("/register")).send().await.unwrap();
    let token = csrf_from(&page.text().await.unwrap());
    let registered = victim
        .post(app.url("/register"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("display_name", "Awa"),
            ("email", "awa@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(registered.status(), StatusCode::SEE_OTHER);

    // An attacker who can set cookies for the site (a sibling subdomain, a network position)
    // plants a CSRF cookie whose value it knows, then submits a form with that value.
    let planted = "a".repeat(64);
    jar.add_cookie_str(
        &format!("csrf={planted}; Path=/"),
        &app.url("/").parse().unwrap(),
    );
    let forged = victim
        .post(app.url("/me/delete"))
        .form(&[("csrf_token", planted.as_str()), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();

    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.count("users"), 1);
}

#[actix_web::test]
async fn the_csrf_token_changes_at_login_and_at_logout() {
    let app = spawn_app().await;
    assert_eq!(
        app.register("awa@example.org", "Awa").await.status(),
        StatusCode::CREATED
    );
    let before = csrf_from(&app.get_page("/login").await.text().await.unwrap());
    let login = app
        .browser
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", before.as_str()),
            ("email", "awa@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), StatusCode::SEE_OTHER);
    let signed_in = csrf_from(&app.get_page("/me").await.text().await.unwrap());

    let with_old_token = app
        .browser
        .post(app.url("/logout"))
        .form(&[("csrf_token", before.as_str())])
        .send()
        .await
        .unwrap();
    let logout = app
        .browser
        .post(app.url("/logout"))
        .form(&[("csrf_token", signed_in.as_str())])
        .send()
        .await
        .unwrap();
    let after = csrf_from(&app.get_page("/login").await.text().await.unwrap());

    assert_ne!(before, signed_in);
    assert_eq!(with_old_token.status(), StatusCode::FORBIDDEN);
    assert_eq!(logout.status(), StatusCode::SEE_OTHER);
    assert_ne!(after, signed_in);
    assert_ne!(after, before);
}

#[actix_web::test]
async fn cacheable_responses_never_set_the_csrf_cookie() {
    let app = spawn_app().await;

    for path in [
        "/feeds/events.atom",
        "/feeds/events.ics",
        "/feeds/opportunities.atom",
    ] {
        let response = browser().get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert!(
            response.headers()["cache-control"]
                .to_str()
                .unwrap()
                .contains("public"),
            "{path}"
        );
        assert!(!csrf_cookie_set(&response), "{path} set the CSRF cookie");
    }
    let form = browser().get(app.url("/login")).send().await.unwrap();
    assert!(csrf_cookie_set(&form), "a form page still sets it");
}

#[actix_web::test]
async fn strict_transport_security_is_sent_behind_https_only() {
    let secure = spawn_app_with(|settings| settings.cookie_secure = true).await;
    let plain = spawn_app().await;

    let over_https = secure.get_page("/").await;
    let over_http = plain.get_page("/").await;

    assert_eq!(
        over_https.headers()["strict-transport-security"],
        "max-age=31536000"
    );
    assert!(
        !over_http
            .headers()
            .contains_key("strict-transport-security")
    );
}

#[actix_web::test]
async fn names_made_of_invisible_characters_are_refused_as_empty() {
    let app = spawn_app().await;
    let invisible_member = app
        .api
        .post(app.url("/api/v1/auth/register"))
        .json(&json!({"email": "ghost@example.org", "password": PASSWORD,
            "display_name": "\u{200B}\u{200D}\u{2060}"}))
        .send()
        .await
        .unwrap();
    assert_eq!(invisible_member.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = invisible_member.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "display_name");
    assert_eq!(problem["errors"][0]["code"], "required");

    let token = app.signed_up_token("awa@example.org").await;
    let mut group = group_body("x");
    group["translations"]["fr"]["name"] = json!("\u{202E}\u{200B}\u{FEFF}");
    let invisible_group = app
        .api
        .post(app.url("/api/v1/groups"))
        .bearer_auth(&token)
        .json(&group)
        .send()
        .await
        .unwrap();

    assert_eq!(invisible_group.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = invisible_group.json().await.unwrap();
    assert!(
        problem["errors"]
            .as_array()
            .unwrap()
            .iter()
            .any(|error| error["code"] == "required"
                && error["field"].as_str().unwrap().contains("name")),
        "{problem}"
    );
    assert_eq!(app.count("groups"), 0);
    assert_eq!(app.count("users"), 1);
}

#[actix_web::test]
async fn dates_outside_1900_to_a_century_ahead_are_refused_with_the_field_named() {
    let app = spawn_app().await;
    let token = crate::events::organizer_with_group(&app).await;
    let post = |path: &'static str, body: Value| {
        // The organizer's account speaks English; `?lang=` asks for French.
        app.api
            .post(app.url(&format!("{path}?lang=fr")))
            .bearer_auth(&token)
            .json(&body)
            .send()
    };

    for (field, value) in [
        ("starts_at", "0000-01-01T10:00:00"),
        ("starts_at", "-0001-06-01T10:00:00"),
        ("starts_at", "9999-12-31T10:00:00"),
        ("ends_at", "9999-12-31T10:00:00"),
    ] {
        let mut event = crate::events::event_body();
        event[field] = json!(value);
        let refused = post("/api/v1/groups/teranga-lyon/events", event)
            .await
            .unwrap();
        assert_eq!(
            refused.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{value}"
        );
        let problem: Value = refused.json().await.unwrap();
        let error = &problem["errors"][0];
        assert_eq!(error["field"], field, "{problem}");
        assert_eq!(error["code"], "date_out_of_range");
        let message = error["message"].as_str().unwrap();
        assert!(message.contains("1900"), "{message}");
        assert!(
            message.contains("années"),
            "in the reader's language: {message}"
        );
    }
    for far in ["9999-12-31", "0000-01-01"] {
        let mut opportunity = crate::opportunities::opportunity_body();
        opportunity["expires_at"] = json!(far);
        let refused = post("/api/v1/groups/teranga-lyon/opportunities", opportunity)
            .await
            .unwrap();
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY, "{far}");
        let problem: Value = refused.json().await.unwrap();
        assert_eq!(problem["errors"][0]["field"], "expires_at", "{problem}");
    }
    assert_eq!(app.count("events"), 0);
    assert_eq!(app.count("opportunities"), 0);
}

#[actix_web::test]
async fn a_city_called_nan_is_shown_as_written() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;
    let mut group = group_body("Thai Lao Network");
    group["city"] = json!("Nan");
    group["residence_country"] = json!("TH");
    app.create_group(&token, &group).await;

    let page = app.get_page("/groups").await.text().await.unwrap();

    assert!(page.contains("Nan"), "the city is shown");
    assert!(!page.contains("NaN"), "and never as a number");
}

#[actix_web::test]
async fn a_form_opened_before_the_session_expired_leads_to_the_login_form_not_an_error() {
    let app = spawn_app().await;
    app.signed_up_browser("awa@example.org").await;
    let form = app.get_page("/me/password").await.text().await.unwrap();
    let token = csrf_from(&form);
    // The session ends (expiry, a password change elsewhere) while the form is open.
    diesel::RunQueryDsl::execute(
        diesel::sql_query("DELETE FROM sessions"),
        &mut *app.db() as &mut diaspora_hub::db::AnyConnection,
    )
    .unwrap();

    let submitted = app
        .browser
        .post(app.url("/me/password"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("current_password", PASSWORD),
            ("new_password", "another-long-one-42"),
        ])
        .send()
        .await
        .unwrap();

    assert_eq!(submitted.status(), StatusCode::SEE_OTHER);
    assert!(
        submitted.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/login?next=")
    );
}
