//! Expressions of interest (once each, withdrawable, seen only by organizers) and matches
//! ranked by the member's profile, with reasons in their language.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::events::organizer_with_group;
use crate::helpers::{TestApp, spawn_app};
use crate::opportunities::{create_opportunity, expire_at, opportunity_body};

async fn express(app: &TestApp, token: &str, id: &str, message: &str) -> reqwest::Response {
    app.api
        .post(app.url(&format!("/api/v1/opportunities/{id}/interest")))
        .bearer_auth(token)
        .json(&json!({ "message": message }))
        .send()
        .await
        .unwrap()
}

pub async fn set_profile(app: &TestApp, token: &str, profile: Value) {
    let response = app
        .api
        .patch(app.url("/api/v1/me"))
        .bearer_auth(token)
        .json(&profile)
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "{}",
        response.text().await.unwrap()
    );
}

async fn code_of(response: reqwest::Response) -> (StatusCode, String) {
    let status = response.status();
    let body: Value = response.json().await.unwrap();
    let code = body["errors"][0]["code"]
        .as_str()
        .or(body["code"].as_str())
        .unwrap_or_default()
        .to_owned();
    (status, code)
}

#[actix_web::test]
async fn a_member_expresses_interest_once_and_can_withdraw_it() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let created = create_opportunity(&app, &organizer, &opportunity_body()).await;
    let id = created["id"].as_str().unwrap();
    let member = app.signed_up_token("member@example.org").await;

    let first = express(&app, &member, id, "I teach accounting in Wolof.").await;
    let second = express(&app, &member, id, "Again").await;
    let mine: Value = app
        .get_as(Some(&member), "/api/v1/me/interests")
        .await
        .json()
        .await
        .unwrap();
    let withdraw = || {
        app.api
            .delete(app.url(&format!("/api/v1/opportunities/{id}/interest")))
            .bearer_auth(&member)
            .send()
    };
    let withdrawn = withdraw().await.unwrap();
    let withdrawn_again = withdraw().await.unwrap();
    let after: Value = app
        .get_as(Some(&member), "/api/v1/me/interests")
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(first.status(), StatusCode::CREATED);
    assert_eq!(
        code_of(second).await,
        (StatusCode::CONFLICT, "interest_already_expressed".into())
    );
    assert_eq!(mine["items"][0]["id"], id);
    assert_eq!(
        mine["items"][0]["my_interest"]["message"],
        "I teach accounting in Wolof."
    );
    assert_eq!(withdrawn.status(), StatusCode::NO_CONTENT);
    assert_eq!(withdrawn_again.status(), StatusCode::NOT_FOUND);
    assert_eq!(after["items"], json!([]));
    assert_eq!(
        express(&app, &member, id, "").await.status(),
        StatusCode::CREATED,
        "again after withdrawing"
    );
}

#[actix_web::test]
async fn only_organizers_see_who_is_interested_with_their_skills_and_languages() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let created = create_opportunity(&app, &organizer, &opportunity_body()).await;
    let id = created["id"].as_str().unwrap();
    let member = app.signed_up_token("member@example.org").await;
    set_profile(
        &app,
        &member,
        json!({"display_name": "Moussa", "skills": ["accounting"], "languages": ["wo", "fr"]}),
    )
    .await;
    assert_eq!(
        express(&app, &member, id, "Count me in").await.status(),
        StatusCode::CREATED
    );
    let other = app.signed_up_token("other@example.org").await;
    let path = format!("/api/v1/opportunities/{id}/interests");

    let as_organizer = app.get_as(Some(&organizer), &path).await;
    let as_member = app.get_as(Some(&member), &path).await;
    let as_other = app.get_as(Some(&other), &path).await;
    let anonymous = app.get_as(None, &path).await;
    let public_view: Value = app
        .get_as(Some(&other), &format!("/api/v1/opportunities/{id}"))
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(as_organizer.status(), StatusCode::OK);
    let list: Value = as_organizer.json().await.unwrap();
    let person = &list["items"][0];
    assert_eq!(person["display_name"], "Moussa");
    assert_eq!(person["skills"], json!(["accounting"]));
    assert_eq!(person["languages"], json!(["wo", "fr"]));
    assert_eq!(person["message"], "Count me in");
    assert_eq!(as_member.status(), StatusCode::FORBIDDEN);
    assert_eq!(as_other.status(), StatusCode::FORBIDDEN);
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    assert!(
        !public_view.to_string().contains("Moussa"),
        "nothing about who is interested leaks into the opportunity"
    );
}

#[actix_web::test]
async fn interest_is_refused_when_closed_expired_link_only_or_too_long() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let member = app.signed_up_token("member@example.org").await;
    let closed = create_opportunity(&app, &organizer, &opportunity_body()).await;
    let closed = closed["id"].as_str().unwrap();
    app.api
        .patch(app.url(&format!("/api/v1/opportunities/{closed}")))
        .bearer_auth(&organizer)
        .json(&json!({"status": "filled"}))
        .send()
        .await
        .unwrap();
    let expired = create_opportunity(&app, &organizer, &opportunity_body()).await;
    let expired = expired["id"].as_str().unwrap();
    expire_at(
        &app,
        expired,
        chrono::Utc::now().naive_utc() - chrono::Duration::seconds(1),
    );
    let mut link_only = opportunity_body();
    link_only["accepts_interest"] = json!(false);
    let link_only = create_opportunity(&app, &organizer, &link_only).await;
    let link_only = link_only["id"].as_str().unwrap();
    let open = create_opportunity(&app, &organizer, &opportunity_body()).await;
    let open = open["id"].as_str().unwrap();

    assert_eq!(
        code_of(express(&app, &member, closed, "").await).await,
        (StatusCode::CONFLICT, "opportunity_not_open".into())
    );
    assert_eq!(
        code_of(express(&app, &member, expired, "").await).await,
        (StatusCode::CONFLICT, "opportunity_expired".into())
    );
    assert_eq!(
        code_of(express(&app, &member, link_only, "").await).await,
        (StatusCode::CONFLICT, "interest_not_accepted".into())
    );
    assert_eq!(
        code_of(express(&app, &member, open, &"x".repeat(100_000)).await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "too_long".into())
    );
    let anonymous = app
        .api
        .post(app.url(&format!("/api/v1/opportunities/{open}/interest")))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(app.count("interests"), 0);
}

#[actix_web::test]
async fn matches_are_ranked_by_the_profile_with_reasons_in_the_members_language() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let body = |title: &str,
                heritage: &str,
                country: Option<&str>,
                city: Option<&str>,
                skills: Value,
                languages: Value| {
        let mut body = opportunity_body();
        body["translations"] = json!({"en": {"title": title, "description": "Help."}});
        body["heritage_country"] = json!(heritage);
        body["country"] = json!(country);
        body["city"] = json!(city);
        body["remote"] = json!(country.is_none());
        body["skills"] = skills;
        body["languages"] = languages;
        body
    };
    create_opportunity(
        &app,
        &organizer,
        &body(
            "Everything",
            "SN",
            Some("FR"),
            Some("Lyon"),
            json!(["accounting"]),
            json!(["wo"]),
        ),
    )
    .await;
    create_opportunity(
        &app,
        &organizer,
        &body(
            "Heritage only",
            "SN",
            Some("ML"),
            None,
            json!(["law"]),
            json!(["bm"]),
        ),
    )
    .await;
    create_opportunity(
        &app,
        &organizer,
        &body(
            "Wolof only",
            "GN",
            None,
            None,
            json!(["law"]),
            json!(["wo"]),
        ),
    )
    .await;
    create_opportunity(
        &app,
        &organizer,
        &body(
            "Nothing",
            "ML",
            Some("ML"),
            None,
            json!(["law"]),
            json!(["bm"]),
        ),
    )
    .await;
    let closed = create_opportunity(
        &app,
        &organizer,
        &body(
            "Closed",
            "SN",
            Some("FR"),
            None,
            json!(["accounting"]),
            json!(["wo"]),
        ),
    )
    .await;
    app.api
        .patch(app.url(&format!(
            "/api/v1/opportunities/{}",
            closed["id"].as_str().unwrap()
        )))
        .bearer_auth(&organizer)
        .json(&json!({"status": "closed"}))
        .send()
        .await
        .unwrap();
    let member = app.signed_up_token("member@example.org").await;
    let empty: Value = app
        .get_as(Some(&member), "/api/v1/me/matches")
        .await
        .json()
        .await
        .unwrap();
    set_profile(&app, &member, json!({"skills": ["Accounting"], "languages": ["wo", "fr"], "heritage_country": "SN", "residence_country": "FR", "residence_city": "lyon"})).await;

    let matches: Value = app
        .get_as(Some(&member), "/api/v1/me/matches")
        .await
        .json()
        .await
        .unwrap();
    set_profile(&app, &member, json!({"locale": "fr"})).await;
    let in_french: Value = app
        .get_as(Some(&member), "/api/v1/me/matches")
        .await
        .json()
        .await
        .unwrap();
    let first_page: Value = app
        .get_as(Some(&member), "/api/v1/me/matches?limit=2")
        .await
        .json()
        .await
        .unwrap();
    let cursor = first_page["next_cursor"].as_str().unwrap();
    let second_page: Value = app
        .get_as(
            Some(&member),
            &format!("/api/v1/me/matches?limit=2&cursor={cursor}"),
        )
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(
        empty["items"],
        json!([]),
        "an empty profile matches nothing"
    );
    let order: Vec<&str> = matches["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["opportunity"]["title"].as_str().unwrap())
        .collect();
    assert_eq!(order, ["Everything", "Wolof only", "Heritage only"]);
    let best = &matches["items"][0];
    assert_eq!(best["score"], 1.0);
    assert_eq!(
        best["reasons"],
        json!([
            "skill: accounting",
            "speaks Wolof",
            "heritage: Senegal",
            "in Lyon, your city"
        ])
    );
    assert!(matches["items"][1]["score"].as_f64() > matches["items"][2]["score"].as_f64());
    let french_reasons = in_french["items"][0]["reasons"].to_string();
    assert!(
        french_reasons.contains("wolof") && french_reasons.contains("Sénégal"),
        "{french_reasons}"
    );
    assert_ne!(french_reasons, best["reasons"].to_string());
    let paged: Vec<&str> = first_page["items"]
        .as_array()
        .unwrap()
        .iter()
        .chain(second_page["items"].as_array().unwrap())
        .map(|item| item["opportunity"]["title"].as_str().unwrap())
        .collect();
    assert_eq!(paged, order, "pages follow each other without gaps");
    assert_eq!(second_page["next_cursor"], Value::Null);
}

#[actix_web::test]
async fn the_members_export_has_their_memberships_rsvps_and_interests() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let created = create_opportunity(&app, &organizer, &opportunity_body()).await;
    let event = crate::events::create_event(&app, &organizer, &crate::events::event_body()).await;
    let member = app.signed_up_token("member@example.org").await;
    app.post_as(&member, "/api/v1/groups/teranga-lyon/join")
        .await;
    app.api
        .post(app.url(&format!(
            "/api/v1/events/{}/rsvp",
            event["id"].as_str().unwrap()
        )))
        .bearer_auth(&member)
        .json(&json!({"status": "going"}))
        .send()
        .await
        .unwrap();
    let id = created["id"].as_str().unwrap();
    express(&app, &member, id, "Happy to help").await;

    let export: Value = app
        .get_as(Some(&member), "/api/v1/me/export")
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(export["memberships"][0]["group"], "teranga-lyon");
    assert_eq!(export["memberships"][0]["role"], "member");
    assert_eq!(export["rsvps"][0]["event"], event["id"]);
    assert_eq!(export["rsvps"][0]["status"], "going");
    assert_eq!(export["interests"][0]["opportunity"], id);
    assert_eq!(export["interests"][0]["message"], "Happy to help");
}
