//! New interest for organizers: what came since each organizer last looked at an opportunity's
//! interest list, on "My groups" and through the API, marked "new" in the list itself.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::events::organizer_with_group;
use crate::helpers::{TestApp, spawn_app};
use crate::opportunities::{create_opportunity, opportunity_body};
use crate::opportunity_pages::browser_organizer;

async fn express(app: &TestApp, email: &str, id: &str) {
    let token = app.signed_up_token(email).await;
    let response = app
        .api
        .post(app.url(&format!("/api/v1/opportunities/{id}/interest")))
        .bearer_auth(&token)
        .json(&json!({"message": format!("{email} would help")}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
}

async fn get_json(app: &TestApp, token: &str, path: &str) -> Value {
    let response = app
        .api
        .get(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    response.json().await.unwrap()
}

/// (opportunity id, new interest) for each listed opportunity.
async fn news(app: &TestApp, token: &str) -> Vec<(String, u64)> {
    get_json(app, token, "/api/v1/me/new-interest").await["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            (
                item["opportunity"]["id"].as_str().unwrap().to_owned(),
                item["new_interest"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[actix_web::test]
async fn each_organizer_sees_interest_until_they_look_and_only_what_came_since() {
    let app = spawn_app().await;
    let owner = organizer_with_group(&app).await;
    let co_organizer = app.signed_up_token("co@example.org").await;
    app.post_as(&co_organizer, "/api/v1/groups/teranga-lyon/join")
        .await;
    let co_id = app.user_id(&co_organizer).await;
    let promoted = app
        .post_as(
            &owner,
            &format!("/api/v1/groups/teranga-lyon/members/{co_id}/promote"),
        )
        .await;
    assert_eq!(promoted, StatusCode::NO_CONTENT);
    let mentoring = create_opportunity(&app, &owner, &opportunity_body()).await;
    let mut body = opportunity_body();
    body["translations"]["en"]["title"] = json!("Teach coding on Saturdays");
    let teaching = create_opportunity(&app, &owner, &body).await;
    let (mentoring_id, teaching_id) = (
        mentoring["id"].as_str().unwrap(),
        teaching["id"].as_str().unwrap(),
    );

    let before_any = news(&app, &owner).await;
    express(&app, "awa@example.org", mentoring_id).await;
    express(&app, "binta@example.org", mentoring_id).await;
    express(&app, "chidi@example.org", teaching_id).await;
    let member = app.signed_up_token("dara@example.org").await;
    let as_member = news(&app, &member).await;
    let owner_first = news(&app, &owner).await;
    let listed = get_json(
        &app,
        &owner,
        &format!("/api/v1/opportunities/{mentoring_id}/interests"),
    )
    .await;
    let owner_after_look = news(&app, &owner).await;
    let co_after_owner_looked = news(&app, &co_organizer).await;
    express(&app, "efua@example.org", mentoring_id).await;
    let owner_later = news(&app, &owner).await;
    let listed_again = get_json(
        &app,
        &owner,
        &format!("/api/v1/opportunities/{mentoring_id}/interests"),
    )
    .await;

    assert!(before_any.is_empty());
    assert!(as_member.is_empty(), "members run nothing");
    assert_eq!(
        owner_first,
        [(mentoring_id.to_owned(), 2), (teaching_id.to_owned(), 1)],
        "most first"
    );
    let flags: Vec<bool> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|person| person["is_new"].as_bool().unwrap())
        .collect();
    assert_eq!(flags, [true, true], "both new at the first look");
    assert_eq!(owner_after_look, [(teaching_id.to_owned(), 1)]);
    assert_eq!(
        co_after_owner_looked,
        [(mentoring_id.to_owned(), 2), (teaching_id.to_owned(), 1)],
        "the other organizer has not looked yet"
    );
    assert_eq!(
        owner_later,
        [(teaching_id.to_owned(), 1), (mentoring_id.to_owned(), 1)],
        "only what came since (a tie: the newer opportunity first)"
    );
    let flags: Vec<(String, bool)> = listed_again["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|person| {
            (
                person["message"].as_str().unwrap().to_owned(),
                person["is_new"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        flags,
        [
            ("awa@example.org would help".to_owned(), false),
            ("binta@example.org would help".to_owned(), false),
            ("efua@example.org would help".to_owned(), true),
        ]
    );
}

#[actix_web::test]
async fn my_groups_points_the_organizer_to_new_interest_and_the_list_marks_it() {
    let app = spawn_app().await;
    let token = browser_organizer(&app).await;
    let opportunity = create_opportunity(&app, &token, &opportunity_body()).await;
    let id = opportunity["id"].as_str().unwrap();

    let quiet = app.get_page("/me/groups").await.text().await.unwrap();
    express(&app, "awa@example.org", id).await;
    let my_groups = app.get_page("/me/groups").await.text().await.unwrap();
    let page = app
        .get_page(&format!("/opportunities/{id}"))
        .await
        .text()
        .await
        .unwrap();
    let after_look = app.get_page("/me/groups").await.text().await.unwrap();
    app.get_page("/?lang=fr").await;
    express(&app, "binta@example.org", id).await;
    let in_french = app.get_page("/me/groups").await.text().await.unwrap();

    assert!(!quiet.contains(r#"id="new-interest""#));
    assert!(my_groups.contains(r#"id="new-interest""#));
    assert!(my_groups.contains(&format!(r#"href="/opportunities/{id}#interested""#)));
    assert!(my_groups.contains("Mentor young accountants"));
    assert!(my_groups.contains("One new person interested"));
    assert!(
        page.contains(r#"class="badge badge-new""#),
        "marked in the list"
    );
    assert!(!after_look.contains(r#"id="new-interest""#), "seen");
    assert!(
        in_french.contains("Une nouvelle personne intéressée"),
        "in the organizer's language"
    );
}

#[actix_web::test]
async fn interest_stamped_before_a_look_but_not_in_it_stays_new() {
    use diaspora_hub::db::schema::interests;
    use diesel::prelude::*;
    let app = spawn_app().await;
    let owner = organizer_with_group(&app).await;
    let opportunity = create_opportunity(&app, &owner, &opportunity_body()).await;
    let id = opportunity["id"].as_str().unwrap();
    express(&app, "awa@example.org", id).await;
    let list_path = format!("/api/v1/opportunities/{id}/interests");
    get_json(&app, &owner, &list_path).await;
    // A slower writer stamped its interest before that look, but committed it after.
    express(&app, "binta@example.org", id).await;
    let first: chrono::NaiveDateTime = interests::table
        .select(diesel::dsl::min(interests::created_at))
        .first::<Option<chrono::NaiveDateTime>>(&mut *app.db())
        .unwrap()
        .unwrap();
    diesel::update(interests::table.filter(interests::created_at.gt(first)))
        .set(interests::created_at.eq(first + chrono::Duration::microseconds(1)))
        .execute(&mut *app.db())
        .unwrap();

    let waiting = news(&app, &owner).await;

    assert_eq!(waiting, [(id.to_owned(), 1)], "Binta's interest is new");
}
