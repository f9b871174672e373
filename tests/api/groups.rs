//! Groups through the API: creation, reading in the reader's language, editing, deletion and
//! who may do each.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{group_body, spawn_app};

#[actix_web::test]
async fn creating_a_group_makes_the_creator_its_owner_with_a_readable_slug() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;

    let group = app
        .create_group(&token, &group_body("Sénégalais de Lyon"))
        .await;

    assert_eq!(group["slug"], "senegalais-de-lyon");
    assert_eq!(group["version"], 1);
    assert_eq!(group["member_count"], 1);
    assert_eq!(group["membership"]["role"], "owner");
    assert_eq!(group["available_languages"], json!(["en", "fr"]));
    assert_eq!(group["translations"]["fr"]["name"], "Sénégalais de Lyon");
    assert_eq!(
        group["url"],
        format!(
            "{}/groups/senegalais-de-lyon",
            app.state.settings.public_url
        )
    );
    let again = app
        .create_group(&token, &group_body("Sénégalais de Lyon"))
        .await;
    assert_eq!(again["slug"], "senegalais-de-lyon-2", "slugs stay unique");
}

#[actix_web::test]
async fn names_in_other_scripts_get_ascii_slugs() {
    let app = spawn_app().await;
    let token = app.signed_up_token("ivan@example.org").await;
    let body = json!({"primary_language": "ru", "translations": {"ru": {"name": "Русские в Берлине", "description": "Встречи."}}});

    let group = app.create_group(&token, &body).await;

    assert!(
        group["slug"]
            .as_str()
            .unwrap()
            .starts_with("russkie-v-berline"),
        "{}",
        group["slug"]
    );
}

#[actix_web::test]
async fn a_group_is_read_in_the_readers_language_and_falls_back_to_its_primary_language() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;
    app.create_group(&token, &group_body("Sénégalais de Lyon"))
        .await;

    let english: Value = app
        .api
        .get(app.url("/api/v1/groups/senegalais-de-lyon"))
        .header("Accept-Language", "en")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let arabic: Value = app
        .api
        .get(app.url("/api/v1/groups/senegalais-de-lyon"))
        .header("Accept-Language", "ar")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let asked: Value = app
        .get_as(None, "/api/v1/groups/senegalais-de-lyon?lang=fr")
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(english["language"], "en");
    assert_eq!(english["name"], "Sénégalais de Lyon (EN)");
    assert_eq!(
        arabic["language"], "fr",
        "no Arabic text: the primary language"
    );
    assert_eq!(arabic["name"], "Sénégalais de Lyon");
    assert_eq!(asked["language"], "fr");
}

#[actix_web::test]
async fn organizers_edit_only_owners_delete_and_every_change_bumps_the_version() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let member = app.signed_up_token("member@example.org").await;
    app.create_group(&owner, &group_body("Teranga Lyon")).await;
    assert_eq!(
        app.post_as(&member, "/api/v1/groups/teranga-lyon/join")
            .await,
        StatusCode::OK
    );
    let patch = |token: String, body: Value| {
        app.api
            .patch(app.url("/api/v1/groups/teranga-lyon"))
            .bearer_auth(token)
            .json(&body)
            .send()
    };

    let refused = patch(member.clone(), json!({"city": "Paris"}))
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let member_id = app.user_id(&member).await;
    assert_eq!(
        app.post_as(
            &owner,
            &format!("/api/v1/groups/teranga-lyon/members/{member_id}/promote")
        )
        .await,
        StatusCode::NO_CONTENT
    );
    let edited: Value = patch(
        member.clone(),
        json!({"city": "Villeurbanne", "topics": ["youth"]}),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();

    assert_eq!(edited["city"], "Villeurbanne");
    assert_eq!(edited["topics"], json!(["youth"]));
    assert_eq!(edited["version"], 2);
    let delete_by_organizer = app
        .api
        .delete(app.url("/api/v1/groups/teranga-lyon"))
        .bearer_auth(&member)
        .send()
        .await
        .unwrap();
    assert_eq!(delete_by_organizer.status(), StatusCode::FORBIDDEN);
    let delete_by_owner = app
        .api
        .delete(app.url("/api/v1/groups/teranga-lyon"))
        .bearer_auth(&owner)
        .send()
        .await
        .unwrap();
    assert_eq!(delete_by_owner.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.get_as(None, "/api/v1/groups/teranga-lyon")
            .await
            .status(),
        StatusCode::GONE,
        "a deleted public group is gone, not unknown"
    );
    assert_eq!(app.count("memberships"), 0);
}

#[actix_web::test]
async fn the_slug_can_be_changed_but_not_to_a_taken_one() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;
    app.create_group(&token, &group_body("Teranga Lyon")).await;
    app.create_group(&token, &group_body("Dakar Connect")).await;

    let taken = app
        .api
        .patch(app.url("/api/v1/groups/teranga-lyon"))
        .bearer_auth(&token)
        .json(&json!({"slug": "dakar-connect"}))
        .send()
        .await
        .unwrap();
    let renamed = app
        .api
        .patch(app.url("/api/v1/groups/teranga-lyon"))
        .bearer_auth(&token)
        .json(&json!({"slug": "teranga-69"}))
        .send()
        .await
        .unwrap();

    assert_eq!(taken.status(), StatusCode::CONFLICT);
    assert_eq!(
        taken.json::<Value>().await.unwrap()["errors"][0]["code"],
        "slug_taken"
    );
    assert_eq!(renamed.status(), StatusCode::OK);
    assert_eq!(
        app.get_as(None, "/api/v1/groups/teranga-69").await.status(),
        StatusCode::OK
    );
}

#[actix_web::test]
async fn bad_group_input_names_each_field_and_writes_nothing() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;
    let body = json!({"primary_language": "fr", "translations": {"fr": {"name": "", "description": "x".repeat(5001)}},
        "heritage_country": "XX", "topics": ["cooking"], "visibility": "secret", "website": "javascript:alert(1)", "slug": "Not A Slug"});

    let response = app
        .api
        .post(app.url("/api/v1/groups"))
        .bearer_auth(&token)
        .json(&body)
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = response.json().await.unwrap();
    let mut fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| error["field"].as_str().unwrap())
        .collect();
    fields.sort();
    assert_eq!(
        fields,
        [
            "heritage_country",
            "slug",
            "topics",
            "translations.fr.description",
            "translations.fr.name",
            "visibility",
            "website"
        ]
    );
    assert_eq!(app.count("groups"), 0);
}

#[actix_web::test]
async fn creating_a_group_needs_a_signed_in_member() {
    let app = spawn_app().await;

    let response = app
        .api
        .post(app.url("/api/v1/groups"))
        .json(&group_body("Teranga"))
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}
