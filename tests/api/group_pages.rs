//! Group pages in the browser: creating through the form, the group page, membership buttons,
//! organizer tools and "My groups".

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{PASSWORD, browser, csrf_from, group_body, spawn_app};

#[actix_web::test]
async fn a_member_creates_a_group_with_two_languages_through_the_form() {
    let app = spawn_app().await;
    app.signed_up_browser("awa@example.org").await;

    let response = app
        .submit_form(
            "/groups/new",
            "/groups/new",
            &[
                ("primary_language", "fr"),
                ("translation_language_1", "fr"),
                ("translation_name_1", "Sénégalais de Lyon"),
                ("translation_description_1", "Entraide et culture."),
                ("translation_language_2", "ar"),
                ("translation_name_2", "السنغاليون في ليون"),
                ("translation_description_2", "جمعية ثقافية."),
                ("heritage_country", "SN"),
                ("residence_country", "FR"),
                ("city", "Lyon"),
                ("languages", "fr, wo"),
                ("topic_culture", "on"),
                ("topic_youth", "on"),
                ("visibility", "public"),
                ("join_policy", "approval"),
                ("website", ""),
                ("contact_email", ""),
                ("slug", ""),
            ],
        )
        .await;

    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/groups/senegalais-de-lyon");
    let group: Value = app
        .get_as(None, "/api/v1/groups/senegalais-de-lyon")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(group["available_languages"].as_array().unwrap().len(), 2);
    assert_eq!(group["topics"], serde_json::json!(["culture", "youth"]));
    assert_eq!(group["join_policy"], "approval");
}

#[actix_web::test]
async fn a_form_with_mistakes_comes_back_with_the_errors_and_the_input() {
    let app = spawn_app().await;
    app.signed_up_browser("awa@example.org").await;

    let response = app
        .submit_form(
            "/groups/new",
            "/groups/new",
            &[
                ("primary_language", "fr"),
                ("translation_language_1", "fr"),
                ("translation_name_1", ""),
                ("translation_description_1", "Texte gardé"),
                ("heritage_country", "SN"),
                ("visibility", "public"),
                ("join_policy", "open"),
                ("website", "not a url"),
            ],
        )
        .await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    assert!(html.contains(">Texte gardé</textarea>"));
    assert!(html.contains(r#"<option value="SN" selected>"#));
    assert!(html.contains(&app.state.locales.format("en", "invalid_url", None)));
    assert_eq!(app.count("groups"), 0);
}

#[actix_web::test]
async fn the_group_page_marks_its_content_language_and_embeds_organization_data() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;
    let mut body = group_body("Sénégalais de Lyon");
    body["translations"]["ar"] =
        serde_json::json!({"name": "السنغاليون في ليون", "description": "جمعية ثقافية."});
    app.create_group(&token, &body).await;

    let html = app
        .api
        .get(app.url("/groups/senegalais-de-lyon"))
        .header("Accept-Language", "ar")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();

    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(html.contains(r#"<h1 lang="ar" dir="rtl">السنغاليون في ليون"#));
    assert!(html.contains(r#"<script type="application/ld+json">{"#));
    assert!(html.contains(r#""@type":"Organization""#));
    assert!(
        html.contains(r#"href="/groups/senegalais-de-lyon?lang=fr""#),
        "links to the other translations"
    );
    assert!(html.contains(&app.state.locales.format("ar", "country-SN", None)));
}

#[actix_web::test]
async fn visitors_members_and_organizers_each_get_the_right_buttons() {
    let app = spawn_app().await;
    let owner_token = app.signed_up_token("owner@example.org").await;
    let mut body = group_body("Teranga Lyon");
    body["join_policy"] = serde_json::json!("approval");
    app.create_group(&owner_token, &body).await;
    let ask = app.state.locales.format("en", "group-ask-to-join", None);
    let tools = app
        .state
        .locales
        .format("en", "group-organizer-tools", None);

    let anonymous = app
        .get_page("/groups/teranga-lyon")
        .await
        .text()
        .await
        .unwrap();
    assert!(anonymous.contains("/login?next=/groups/teranga-lyon"));
    app.signed_up_browser("member@example.org").await;
    let before = app
        .get_page("/groups/teranga-lyon")
        .await
        .text()
        .await
        .unwrap();
    assert!(before.contains(&ask) && !before.contains(&tools));
    let asked = app
        .submit_form(
            "/groups/teranga-lyon",
            "/groups/teranga-lyon/join",
            &[("message", "Bonjour !")],
        )
        .await;
    assert_eq!(asked.status(), StatusCode::SEE_OTHER);
    let after = app
        .get_page("/groups/teranga-lyon")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        after.contains(
            &app.state
                .locales
                .format("en", "group-request-pending", None)
        )
    );

    let organizer = browser();
    let login_page = organizer
        .get(app.url("/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = csrf_from(&login_page);
    organizer
        .post(app.url("/login"))
        .form(&[
            ("email", "owner@example.org"),
            ("password", PASSWORD),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    let owner_view = organizer
        .get(app.url("/groups/teranga-lyon"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(owner_view.contains(&tools));
    let members = organizer
        .get(app.url("/groups/teranga-lyon/members"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        members.contains("Bonjour !"),
        "organizers read the request message"
    );
    let member_id = {
        let marker = "/members/";
        let start = members.find(marker).unwrap() + marker.len();
        members[start..start + 36].to_owned()
    };
    // Signing in gave the organizer's browser a new token: the members page carries it.
    let token = csrf_from(&members);
    let approve = organizer
        .post(app.url(&format!("/groups/teranga-lyon/members/{member_id}/approve")))
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(approve.status(), StatusCode::SEE_OTHER);
    let mine = app.get_page("/me/groups").await.text().await.unwrap();
    assert!(mine.contains("/groups/teranga-lyon"));
    assert!(mine.contains(&app.state.locales.format("en", "role-member", None)));
}
