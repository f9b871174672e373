//! The group directory: filters, search across translations, pagination, visibility, country
//! pages.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{group_body, spawn_app};

fn slugs(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|group| group["slug"].as_str().unwrap().to_owned())
        .collect()
}

#[actix_web::test]
async fn filters_narrow_the_directory_and_the_count_follows() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;
    app.create_group(&token, &group_body("Teranga Lyon")).await;
    let mut toronto = group_body("Filipino Nurses Toronto");
    toronto["heritage_country"] = json!("PH");
    toronto["residence_country"] = json!("CA");
    toronto["city"] = json!("Toronto");
    toronto["languages"] = json!(["tl", "en"]);
    toronto["topics"] = json!(["health", "professionals"]);
    app.create_group(&token, &toronto).await;

    let all: Value = app
        .get_as(None, "/api/v1/groups")
        .await
        .json()
        .await
        .unwrap();
    let by_heritage: Value = app
        .get_as(None, "/api/v1/groups?heritage=ph")
        .await
        .json()
        .await
        .unwrap();
    let by_city: Value = app
        .get_as(None, "/api/v1/groups?city=lyon")
        .await
        .json()
        .await
        .unwrap();
    let by_language: Value = app
        .get_as(None, "/api/v1/groups?language=wo")
        .await
        .json()
        .await
        .unwrap();
    let by_topic: Value = app
        .get_as(None, "/api/v1/groups?topic=health&residence=CA")
        .await
        .json()
        .await
        .unwrap();
    let none: Value = app
        .get_as(None, "/api/v1/groups?topic=health&residence=FR")
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(all["total"], 2);
    assert_eq!(slugs(&by_heritage), ["filipino-nurses-toronto"]);
    assert_eq!(slugs(&by_city), ["teranga-lyon"]);
    assert_eq!(slugs(&by_language), ["teranga-lyon"]);
    assert_eq!(slugs(&by_topic), ["filipino-nurses-toronto"]);
    assert_eq!(none["total"], 0);
}

#[actix_web::test]
async fn free_text_search_ignores_accents_and_case_and_covers_every_translation() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;
    let mut body = group_body("Sénégalais de Lyon");
    body["translations"]["ar"] = json!({"name": "السنغاليون في ليون", "description": "جمعية"});
    app.create_group(&token, &body).await;
    app.create_group(&token, &group_body("Dakar Connect")).await;

    for query in ["senegalais", "SÉNÉGALAIS", "sénég", "de lyon", "السنغاليون"] {
        let page: Value = app
            .get_as(None, &format!("/api/v1/groups?q={}", urlencode(query)))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(slugs(&page), ["senegalais-de-lyon"], "query {query:?}");
    }
    let nothing: Value = app
        .get_as(None, "/api/v1/groups?q=%22%29%3B+DROP+TABLE+groups%3B+--")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(nothing["total"], 0);
    assert_eq!(app.count("groups"), 2);
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|byte| {
            if byte.is_ascii_alphanumeric() {
                (byte as char).to_string()
            } else {
                format!("%{byte:02X}")
            }
        })
        .collect()
}

#[actix_web::test]
async fn pages_follow_each_other_without_repeats_or_gaps() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;
    for number in 0..5 {
        app.create_group(&token, &group_body(&format!("Groupe {number}")))
            .await;
    }

    let mut seen = Vec::new();
    let mut path = "/api/v1/groups?limit=2".to_owned();
    loop {
        let page: Value = app.get_as(None, &path).await.json().await.unwrap();
        assert_eq!(page["total"], 5);
        seen.extend(slugs(&page));
        match page["next_cursor"].as_str() {
            Some(cursor) => path = format!("/api/v1/groups?limit=2&cursor={cursor}"),
            None => break,
        }
    }

    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 5);
    let bad = app
        .get_as(None, "/api/v1/groups?cursor=nonsense&limit=500")
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[actix_web::test]
async fn private_groups_never_appear_and_unlisted_ones_only_to_their_members() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let outsider = app.signed_up_token("outsider@example.org").await;
    for (name, visibility) in [
        ("Open Circle", "public"),
        ("Quiet Circle", "unlisted"),
        ("Secret Circle", "private"),
    ] {
        let mut body = group_body(name);
        body["visibility"] = json!(visibility);
        app.create_group(&owner, &body).await;
    }

    let anonymous: Value = app
        .get_as(None, "/api/v1/groups")
        .await
        .json()
        .await
        .unwrap();
    let as_outsider: Value = app
        .get_as(Some(&outsider), "/api/v1/groups")
        .await
        .json()
        .await
        .unwrap();
    let as_member: Value = app
        .get_as(Some(&owner), "/api/v1/groups")
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(slugs(&anonymous), ["open-circle"]);
    assert_eq!(slugs(&as_outsider), ["open-circle"]);
    let mut member_view = slugs(&as_member);
    member_view.sort();
    assert_eq!(member_view, ["open-circle", "quiet-circle"]);
    assert_eq!(
        app.get_as(Some(&outsider), "/api/v1/groups/quiet-circle")
            .await
            .status(),
        StatusCode::OK,
        "unlisted: the link works"
    );
}

#[actix_web::test]
async fn the_directory_page_filters_and_names_countries_in_the_readers_language() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;
    app.create_group(&token, &group_body("Teranga Lyon")).await;

    let page = app
        .api
        .get(app.url("/groups?heritage=SN&q=teranga"))
        .header("Accept-Language", "fr")
        .send()
        .await
        .unwrap();

    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(
        html.contains(r#"<h3 lang="fr" dir="ltr"><a href="/groups/teranga-lyon">Teranga Lyon</a>"#)
    );
    assert!(html.contains(r#"<option value="SN" selected>Sénégal</option>"#));
    let country = app
        .api
        .get(app.url("/countries/sn"))
        .header("Accept-Language", "ar")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(country.contains("السنغال"));
    assert!(country.contains("/groups/teranga-lyon"));
    assert_eq!(
        app.get_page("/countries/XX").await.status(),
        StatusCode::NOT_FOUND
    );
}
