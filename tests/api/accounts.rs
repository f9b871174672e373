//! Registration, profile, password change, export and deletion, through the API and the pages.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{PASSWORD, spawn_app};

#[actix_web::test]
async fn registering_returns_the_new_account_with_a_normalized_email() {
    let app = spawn_app().await;

    let response = app
        .api
        .post(app.url("/api/v1/auth/register"))
        .json(&json!({"email": "  Awa@Example.ORG ", "password": PASSWORD, "display_name": "Awa", "locale": "fr"}))
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), StatusCode::CREATED);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["email"], "awa@example.org");
    assert_eq!(body["display_name"], "Awa");
    assert_eq!(body["locale"], "fr");
    assert_eq!(body["role"], "user");
    assert!(body.get("password_hash").is_none());
    assert_eq!(body["id"].as_str().unwrap().len(), 36);
}

#[actix_web::test]
async fn an_email_registers_once_whatever_its_case() {
    let app = spawn_app().await;
    assert_eq!(
        app.register("awa@example.org", "Awa").await.status(),
        StatusCode::CREATED
    );

    let response = app.register("AWA@example.org", "Other").await;

    assert_eq!(response.status(), StatusCode::CONFLICT);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], "email_taken");
    assert_eq!(body["errors"][0]["field"], "email");
    assert_eq!(app.count("users"), 1);
}

#[actix_web::test]
async fn invalid_registration_names_every_bad_field_in_the_readers_language_and_writes_nothing() {
    let app = spawn_app().await;

    let response = app
        .api
        .post(app.url("/api/v1/auth/register"))
        .header("Accept-Language", "fr")
        .json(&json!({"email": "not-an-email", "password": "password123", "display_name": "x".repeat(81), "locale": "xx"}))
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], "validation_failed");
    let errors = body["errors"].as_array().unwrap();
    let by_field = |field: &str| {
        errors
            .iter()
            .find(|error| error["field"] == field)
            .unwrap()
            .clone()
    };
    assert_eq!(by_field("email")["code"], "invalid_email");
    assert_eq!(by_field("password")["code"], "password_too_common");
    assert_eq!(by_field("display_name")["code"], "too_long");
    assert_eq!(by_field("locale")["code"], "unknown_locale");
    let french = app.state.locales.format("fr", "invalid_email", None);
    let english = app.state.locales.format("en", "invalid_email", None);
    assert_ne!(french, english, "the French message must be translated");
    assert_eq!(by_field("email")["message"], french);
    assert_eq!(app.count("users"), 0);
}

#[actix_web::test]
async fn empty_and_oversized_passwords_are_refused_with_their_own_codes() {
    let app = spawn_app().await;
    for (password, code) in [
        ("", "required"),
        ("short", "too_short"),
        (&*"p".repeat(300), "password_too_long"),
    ] {
        let response = app
            .api
            .post(app.url("/api/v1/auth/register"))
            .json(&json!({"email": "awa@example.org", "password": password, "display_name": "Awa"}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["errors"][0]["field"], "password");
        assert_eq!(body["errors"][0]["code"], code);
    }
}

#[actix_web::test]
async fn the_profile_can_be_edited_and_cleared_and_bad_values_are_named() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;

    let updated: Value = app
        .api
        .patch(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(
            &json!({"display_name": "Awa Diop", "locale": "ar", "timezone": "europe/paris",
            "heritage_country": "sn", "residence_country": "FR", "residence_city": "Lyon",
            "languages": ["fr", "wo", "FR"], "skills": ["Accounting"]}),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(updated["display_name"], "Awa Diop");
    assert_eq!(updated["timezone"], "Europe/Paris");
    assert_eq!(updated["heritage_country"], "SN");
    assert_eq!(updated["languages"], json!(["fr", "wo"]));
    assert_eq!(updated["skills"], json!(["accounting"]));

    let cleared: Value = app
        .api
        .patch(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&json!({"residence_city": null}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(cleared["residence_city"], Value::Null);
    assert_eq!(cleared["display_name"], "Awa Diop");

    let refused = app
        .api
        .patch(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&json!({"timezone": "Mars/Olympus", "heritage_country": "XX", "display_name": "Changed"}))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = refused.json().await.unwrap();
    let fields: Vec<&str> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| error["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["timezone", "heritage_country"]);
    let me: Value = app
        .api
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        me["display_name"], "Awa Diop",
        "a refused change writes nothing"
    );
}

#[actix_web::test]
async fn sql_and_html_in_text_fields_are_stored_as_text_and_shown_escaped() {
    let app = spawn_app().await;
    app.signed_up_browser("awa@example.org").await;
    let hostile = "<script>alert(1)</script>' OR 1=1; DROP TABLE users; --";

    let saved = app
        .submit_form(
            "/me",
            "/me",
            &[
                ("display_name", hostile),
                ("locale", "en"),
                ("timezone", "UTC"),
                ("heritage_country", ""),
                ("residence_country", ""),
                ("residence_city", hostile),
                ("languages", ""),
                ("skills", ""),
            ],
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);

    let page = app.get_page("/me").await.text().await.unwrap();
    assert!(!page.contains("<script>alert(1)</script>"));
    assert!(
        page.contains("&#60;script&#62;alert(1)&#60;/script&#62;")
            || page.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
    );
    let export: Value = app.get_page("/me/export").await.json().await.unwrap();
    assert_eq!(export["account"]["display_name"], hostile);
    assert_eq!(export["account"]["residence_city"], hostile);
    assert_eq!(app.count("users"), 1);
}

#[actix_web::test]
async fn the_profile_form_shows_errors_next_to_their_fields_and_keeps_the_input() {
    let app = spawn_app().await;
    app.signed_up_browser("awa@example.org").await;

    let response = app
        .submit_form(
            "/me",
            "/me",
            &[
                ("display_name", "Awa"),
                ("locale", "en"),
                ("timezone", "Nowhere/City"),
                ("heritage_country", "SN"),
                ("residence_country", ""),
                ("residence_city", "Lyon"),
                ("languages", "fr, wo"),
                ("skills", ""),
            ],
        )
        .await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains(r#"id="timezone-error""#));
    assert!(page.contains(
        r#"<select id="timezone" name="timezone" aria-invalid="true" aria-describedby="timezone-error">"#
    ));
    assert!(
        page.contains(r#"<option value="Nowhere/City" selected>"#),
        "what was sent stays chosen"
    );
    assert!(
        page.contains(r#"value="fr, wo""#),
        "the rest of the input is kept"
    );
    let export: Value = app.get_page("/me/export").await.json().await.unwrap();
    assert_eq!(
        export["account"]["heritage_country"],
        Value::Null,
        "nothing was saved"
    );
}

#[actix_web::test]
async fn export_has_the_profile_and_sessions_but_no_secret() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;

    let response = app
        .api
        .get(app.url("/api/v1/me/export"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), StatusCode::OK);
    let text = response.text().await.unwrap();
    let export: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(export["account"]["email"], "awa@example.org");
    assert_eq!(export["sessions"].as_array().unwrap().len(), 1);
    assert!(!text.contains(&token));
    assert!(!text.contains("argon2"));
}

#[actix_web::test]
async fn deleting_the_account_needs_the_password_and_leaves_nothing_behind() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;
    let _second_session = app.login("awa@example.org", PASSWORD).await;

    let wrong = app
        .api
        .delete(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&json!({"password": "not-my-password"}))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = wrong.json().await.unwrap();
    assert_eq!(body["errors"][0]["code"], "wrong_password");
    assert_eq!(app.count("users"), 1);

    let deleted = app
        .api
        .delete(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&json!({"password": PASSWORD}))
        .send()
        .await
        .unwrap();

    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    assert_eq!(app.count("users"), 0);
    assert_eq!(app.count("sessions"), 0);
    assert_eq!(
        app.login("awa@example.org", PASSWORD).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.api
            .get(app.url("/api/v1/me"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::UNAUTHORIZED
    );
    // The email is free again.
    assert_eq!(
        app.register("awa@example.org", "Awa").await.status(),
        StatusCode::CREATED
    );
}

#[actix_web::test]
async fn deleting_through_the_page_signs_out_and_removes_the_account() {
    let app = spawn_app().await;
    app.signed_up_browser("awa@example.org").await;

    let response = app
        .submit_form("/me/delete", "/me/delete", &[("password", PASSWORD)])
        .await;

    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.count("users"), 0);
    let me = app.get_page("/me").await;
    assert_eq!(me.status(), StatusCode::SEE_OTHER);
}

#[actix_web::test]
async fn a_deleted_account_frees_its_seat_and_its_place_in_groups() {
    let app = spawn_app().await;
    let organizer = crate::events::organizer_with_group(&app).await;
    let mut body = crate::events::event_body();
    body["capacity"] = json!(1);
    let event = crate::events::create_event(&app, &organizer, &body).await;
    let id = event["id"].as_str().unwrap();
    let leaving = app.signed_up_token("leaving@example.org").await;
    let waiting = app.signed_up_token("waiting@example.org").await;
    app.post_as(&leaving, "/api/v1/groups/teranga-lyon/join")
        .await;
    for token in [&leaving, &waiting] {
        app.api
            .post(app.url(&format!("/api/v1/events/{id}/rsvp")))
            .bearer_auth(token)
            .json(&json!({"status": "going"}))
            .send()
            .await
            .unwrap();
    }

    let deleted = app
        .api
        .delete(app.url("/api/v1/me"))
        .bearer_auth(&leaving)
        .json(&json!({"password": PASSWORD}))
        .send()
        .await
        .unwrap();

    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    let seen: Value = app
        .get_as(Some(&waiting), &format!("/api/v1/events/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        seen["my_rsvp"]["status"], "going",
        "the waitlisted member got the seat"
    );
    let group: Value = app
        .get_as(None, "/api/v1/groups/teranga-lyon")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(group["member_count"], 1);
}

#[actix_web::test]
async fn an_owner_hands_groups_over_before_deleting_and_a_lone_owner_takes_the_group_along() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let member = app.signed_up_token("member@example.org").await;
    app.create_group(&owner, &crate::helpers::group_body("Teranga Lyon"))
        .await;
    app.create_group(&owner, &crate::helpers::group_body("Solo Circle"))
        .await;
    app.post_as(&member, "/api/v1/groups/teranga-lyon/join")
        .await;
    let delete = || {
        app.api
            .delete(app.url("/api/v1/me"))
            .bearer_auth(&owner)
            .json(&json!({"password": PASSWORD}))
            .send()
    };

    let refused = delete().await.unwrap();
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    assert_eq!(
        refused.json::<Value>().await.unwrap()["errors"][0]["code"],
        "owner_must_hand_over"
    );
    assert_eq!(app.count("groups"), 2, "nothing was deleted");
    let member_id = app.user_id(&member).await;
    app.post_as(
        &owner,
        &format!("/api/v1/groups/teranga-lyon/members/{member_id}/make-owner"),
    )
    .await;

    assert_eq!(delete().await.unwrap().status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.count("groups"),
        1,
        "the group only the owner was in went with the account"
    );
    let kept: Value = app
        .get_as(Some(&member), "/api/v1/groups/teranga-lyon")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(kept["membership"]["role"], "owner");
    assert_eq!(kept["member_count"], 1);
}
