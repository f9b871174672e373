//! Opportunities through the API: publishing with translations, who may publish and edit,
//! bad input, expiry without any job, filters and paging, private groups and deletion.

use chrono::{Days, Utc};
use diesel::prelude::*;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::events::organizer_with_group;
use crate::helpers::{TestApp, spawn_app};

/// A day `days` from today (UTC), as typed into `expires_at`.
pub fn in_days(days: u64) -> String {
    (Utc::now().date_naive() + Days::new(days)).to_string()
}

/// A mentoring opportunity in English and French, for Senegal, in Dakar and remote.
pub fn opportunity_body() -> Value {
    json!({
        "kind": "mentoring", "primary_language": "en",
        "translations": {
            "en": {"title": "Mentor young accountants", "description": "Two hours a week with a student in Dakar."},
            "fr": {"title": "Parrainer de jeunes comptables", "description": "Deux heures par semaine avec un étudiant à Dakar."}
        },
        "country": "SN", "city": "Dakar", "remote": true,
        "skills": ["Accounting", "Excel"], "languages": ["fr", "wo"],
        "commitment": "2 hours a week", "apply_url": "https://example.org/apply",
        "expires_at": in_days(60)
    })
}

/// Publishes in `teranga-lyon` as `token`; returns the opportunity.
pub async fn create_opportunity(app: &TestApp, token: &str, body: &Value) -> Value {
    let response = app
        .api
        .post(app.url("/api/v1/groups/teranga-lyon/opportunities"))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::CREATED,
        "{}",
        response.text().await.unwrap()
    );
    response.json().await.unwrap()
}

/// Sets an opportunity's expiry directly, as time passing would.
pub fn expire_at(app: &TestApp, id: &str, expires_at: chrono::NaiveDateTime) {
    use diaspora_hub::db::schema::opportunities;
    let mut connection = app.db();
    diesel::update(opportunities::table.filter(opportunities::uuid.eq(id)))
        .set(opportunities::expires_at.eq(expires_at))
        .execute(&mut *connection)
        .unwrap();
}

async fn patch(app: &TestApp, token: &str, id: &str, body: Value) -> reqwest::Response {
    app.api
        .patch(app.url(&format!("/api/v1/opportunities/{id}")))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn titles(app: &TestApp, token: Option<&str>, query: &str) -> Vec<String> {
    let response = app
        .get_as(token, &format!("/api/v1/opportunities?{query}"))
        .await;
    assert_eq!(response.status(), StatusCode::OK, "{query}");
    let page: Value = response.json().await.unwrap();
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            item["translations"]["en"]["title"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

#[actix_web::test]
async fn an_organizer_publishes_and_readers_get_their_language_or_the_primary() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;

    let created = create_opportunity(&app, &token, &opportunity_body()).await;

    assert_eq!(created["kind"], "mentoring");
    assert_eq!(created["status"], "open");
    assert_eq!(created["taking_part_open"], true);
    assert_eq!(created["version"], 1);
    assert_eq!(created["heritage_country"], "SN", "taken from the group");
    assert_eq!(created["skills"], json!(["accounting", "spreadsheets"]));
    assert_eq!(created["languages"], json!(["fr", "wo"]));
    assert_eq!(created["available_languages"], json!(["en", "fr"]));
    assert_eq!(created["group"]["slug"], "teranga-lyon");
    let id = created["id"].as_str().unwrap();
    let french: Value = app
        .get_as(None, &format!("/api/v1/opportunities/{id}?lang=fr"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(french["language"], "fr");
    assert_eq!(french["title"], "Parrainer de jeunes comptables");
    let arabic: Value = app
        .get_as(None, &format!("/api/v1/opportunities/{id}?lang=ar"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(arabic["language"], "en", "no Arabic text: the primary");
    assert_eq!(arabic["title"], "Mentor young accountants");
}

#[actix_web::test]
async fn only_organizers_publish_edit_and_close() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let member = app.signed_up_token("member@example.org").await;
    assert_eq!(
        app.post_as(&member, "/api/v1/groups/teranga-lyon/join")
            .await,
        StatusCode::OK
    );
    let created = create_opportunity(&app, &organizer, &opportunity_body()).await;
    let id = created["id"].as_str().unwrap();

    let by_member = app
        .api
        .post(app.url("/api/v1/groups/teranga-lyon/opportunities"))
        .bearer_auth(&member)
        .json(&opportunity_body())
        .send()
        .await
        .unwrap();
    let anonymous = app
        .api
        .post(app.url("/api/v1/groups/teranga-lyon/opportunities"))
        .json(&opportunity_body())
        .send()
        .await
        .unwrap();
    let member_edit = patch(&app, &member, id, json!({"commitment": "a lot"})).await;
    let edited = patch(&app, &organizer, id, json!({"skills": ["law"]})).await;
    let closed = patch(&app, &organizer, id, json!({"status": "closed"})).await;

    assert_eq!(by_member.status(), StatusCode::FORBIDDEN);
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(member_edit.status(), StatusCode::FORBIDDEN);
    assert_eq!(edited.status(), StatusCode::OK);
    let edited: Value = edited.json().await.unwrap();
    assert_eq!(edited["skills"], json!(["legal-advice"]));
    assert_eq!(
        edited["commitment"], "2 hours a week",
        "untouched fields stay"
    );
    assert_eq!(edited["version"], 2);
    let closed: Value = closed.json().await.unwrap();
    assert_eq!(
        (closed["status"].as_str(), closed["version"].as_i64()),
        (Some("closed"), Some(3))
    );
    assert!(
        titles(&app, None, "").await.is_empty(),
        "closed ones leave the listing"
    );
    assert_eq!(titles(&app, None, "status=all").await.len(), 1);
    assert_eq!(app.count("opportunities"), 1);
}

#[actix_web::test]
async fn bad_input_is_named_field_by_field_in_the_readers_language_and_nothing_is_written() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    let mut body = opportunity_body();
    body["kind"] = json!("astronaut");
    body["expires_at"] = json!(in_days(400));
    body["apply_url"] = json!("javascript:alert(1)");
    body["skills"] = json!((0..500).map(|n| format!("skill {n}")).collect::<Vec<_>>());
    body["remote"] = json!(false);
    body["country"] = json!(null);
    body["city"] = json!(null);

    let response = app
        .api
        .post(app.url("/api/v1/groups/teranga-lyon/opportunities?lang=fr"))
        .bearer_auth(&token)
        .json(&body)
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = response.json().await.unwrap();
    let errors: Vec<(String, String)> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["field"].as_str().unwrap().into(),
                e["code"].as_str().unwrap().into(),
            )
        })
        .collect();
    for expected in [
        ("kind", "invalid_opportunity_kind"),
        ("country", "location_required"),
        ("skills", "too_many_items"),
        ("apply_url", "invalid_url"),
        ("expires_at", "expiry_too_far"),
    ] {
        assert!(
            errors.contains(&(expected.0.into(), expected.1.into())),
            "{expected:?} in {errors:?}"
        );
    }
    let english =
        diaspora_hub::i18n::Locales::load()
            .unwrap()
            .format("en", "location_required", None);
    let message = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["code"] == "location_required")
        .unwrap()["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        !message.is_empty() && message != english,
        "French, not English: {message}"
    );
    let mut past = opportunity_body();
    past["expires_at"] = json!("2020-01-01");
    let past = app
        .api
        .post(app.url("/api/v1/groups/teranga-lyon/opportunities"))
        .bearer_auth(&token)
        .json(&past)
        .send()
        .await
        .unwrap();
    let past: Value = past.json().await.unwrap();
    assert_eq!(past["errors"][0]["code"], "expiry_in_past");
    assert_eq!(app.count("opportunities"), 0);
}

#[actix_web::test]
async fn a_failed_edit_changes_nothing() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    let created = create_opportunity(&app, &token, &opportunity_body()).await;
    let id = created["id"].as_str().unwrap();

    let response = patch(
        &app,
        &token,
        id,
        json!({"expires_at": "yesterday", "skills": ["new"], "translations": {"en": {"title": "", "description": "x"}}}),
    )
    .await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let current: Value = app
        .get_as(None, &format!("/api/v1/opportunities/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(current["version"], 1);
    assert_eq!(current["skills"], json!(["accounting", "spreadsheets"]));
}

#[actix_web::test]
async fn expiry_takes_effect_on_the_clock_without_any_job() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    let created = create_opportunity(&app, &token, &opportunity_body()).await;
    let id = created["id"].as_str().unwrap();
    let now = Utc::now().naive_utc();

    expire_at(&app, id, now + chrono::Duration::seconds(60));
    let still_listed = titles(&app, None, "").await;
    expire_at(&app, id, now - chrono::Duration::seconds(1));
    let listed_after = titles(&app, None, "").await;
    let page: Value = app
        .get_as(None, &format!("/api/v1/opportunities/{id}"))
        .await
        .json()
        .await
        .unwrap();
    let reopen = patch(&app, &token, id, json!({"status": "open"})).await;
    let extended = patch(&app, &token, id, json!({"expires_at": in_days(10)})).await;

    assert_eq!(still_listed.len(), 1, "open for one more minute");
    assert!(listed_after.is_empty(), "gone a second after expiry");
    assert_eq!(page["taking_part_open"], false, "the page still answers");
    assert_eq!(reopen.status(), StatusCode::CONFLICT);
    let problem: Value = reopen.json().await.unwrap();
    assert_eq!(problem["code"], "opportunity_expired");
    assert_eq!(
        extended.status(),
        StatusCode::OK,
        "a new date brings it back"
    );
    assert_eq!(titles(&app, None, "").await.len(), 1);
}

#[actix_web::test]
async fn filters_combine_and_pages_follow_each_other() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    let variants = [
        ("Mentor", "mentoring", Some("SN"), true, "accounting", "wo"),
        (
            "Volunteer",
            "volunteering",
            Some("FR"),
            false,
            "cooking",
            "fr",
        ),
        ("Invest", "investment", Some("SN"), false, "finance", "fr"),
        ("Remote job", "job", None, true, "accounting", "en"),
    ];
    for (title, kind, country, remote, skill, language) in variants {
        let mut body = opportunity_body();
        body["translations"] = json!({"en": {"title": title, "description": format!("{title} with the comptabilité team")}});
        body["kind"] = json!(kind);
        body["country"] = json!(country);
        body["city"] = json!(null);
        body["remote"] = json!(remote);
        body["skills"] = json!([skill]);
        body["languages"] = json!([language]);
        create_opportunity(&app, &token, &body).await;
    }

    assert_eq!(
        titles(&app, None, "").await,
        ["Remote job", "Invest", "Volunteer", "Mentor"],
        "newest first"
    );
    assert_eq!(
        titles(&app, None, "skill=Accounting&remote=true").await,
        ["Remote job", "Mentor"]
    );
    assert_eq!(
        titles(&app, None, "country=SN&kind=investment").await,
        ["Invest"]
    );
    assert_eq!(
        titles(&app, None, "remote=false&language=fr").await,
        ["Invest", "Volunteer"]
    );
    assert_eq!(
        titles(&app, None, "heritage=SN&q=COMPTABILITE&kind=mentoring").await,
        ["Mentor"]
    );
    assert_eq!(
        titles(&app, None, "group=teranga-lyon&language=wo").await,
        ["Mentor"]
    );
    assert!(titles(&app, None, "group=nobody").await.is_empty());
    let first: Value = app
        .get_as(None, "/api/v1/opportunities?limit=3")
        .await
        .json()
        .await
        .unwrap();
    let cursor = first["next_cursor"].as_str().unwrap();
    assert_eq!(
        titles(&app, None, &format!("limit=3&cursor={cursor}")).await,
        ["Mentor"]
    );
    for bad in [
        "kind=astronaut",
        "cursor=zz",
        "limit=0",
        "limit=100000",
        "remote=maybe",
        "heritage=XX1",
    ] {
        let response = app
            .get_as(None, &format!("/api/v1/opportunities?{bad}"))
            .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
}

#[actix_web::test]
async fn a_private_groups_opportunities_stay_inside_and_deletion_leaves_nothing() {
    let app = spawn_app().await;
    let token = app.signed_up_token("organizer@example.org").await;
    let mut group = crate::helpers::group_body("Teranga Lyon");
    group["visibility"] = json!("private");
    app.create_group(&token, &group).await;
    let created = create_opportunity(&app, &token, &opportunity_body()).await;
    let id = created["id"].as_str().unwrap();
    let outsider = app.signed_up_token("outsider@example.org").await;

    let outsider_view = app
        .get_as(Some(&outsider), &format!("/api/v1/opportunities/{id}"))
        .await;
    let outsider_list = titles(&app, Some(&outsider), "").await;
    let member_list = titles(&app, Some(&token), "").await;
    let deleted = app
        .api
        .delete(app.url(&format!("/api/v1/opportunities/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();

    assert_eq!(outsider_view.status(), StatusCode::NOT_FOUND);
    assert!(outsider_list.is_empty());
    assert_eq!(member_list.len(), 1);
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.get_as(Some(&token), &format!("/api/v1/opportunities/{id}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.count("opportunities"), 0);
    assert_eq!(app.count("opportunity_search"), 0);
}
