//! Joining, leaving, approval, roles, removal and what non-members can see.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{group_body, spawn_app};

fn approval_group(name: &str, visibility: &str) -> Value {
    let mut body = group_body(name);
    body["join_policy"] = json!("approval");
    body["visibility"] = json!(visibility);
    body
}

#[actix_web::test]
async fn joining_an_open_group_is_immediate_and_leaving_undoes_it() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let member = app.signed_up_token("member@example.org").await;
    app.create_group(&owner, &group_body("Teranga Lyon")).await;

    let joined: Value = app
        .api
        .post(app.url("/api/v1/groups/teranga-lyon/join"))
        .bearer_auth(&member)
        .json(&json!({}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();

    assert_eq!(joined["status"], "active");
    let group: Value = app
        .get_as(None, "/api/v1/groups/teranga-lyon")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(group["member_count"], 2);
    assert_eq!(
        app.post_as(&member, "/api/v1/groups/teranga-lyon/leave")
            .await,
        StatusCode::NO_CONTENT
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
async fn an_approval_group_keeps_requests_pending_until_an_organizer_decides() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let first = app.signed_up_token("first@example.org").await;
    let second = app.signed_up_token("second@example.org").await;
    app.create_group(&owner, &approval_group("Filipino Nurses Toronto", "public"))
        .await;

    let asked: Value = app
        .api
        .post(app.url("/api/v1/groups/filipino-nurses-toronto/join"))
        .bearer_auth(&first)
        .json(&json!({"message": "I work at Toronto General."}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(asked["status"], "pending");
    assert_eq!(
        app.post_as(&second, "/api/v1/groups/filipino-nurses-toronto/join")
            .await,
        StatusCode::OK
    );
    let list: Value = app
        .get_as(
            Some(&owner),
            "/api/v1/groups/filipino-nurses-toronto/members",
        )
        .await
        .json()
        .await
        .unwrap();
    let pending: Vec<&Value> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["status"] == "pending")
        .collect();
    assert_eq!(pending.len(), 2);
    assert!(
        pending
            .iter()
            .any(|m| m["message"] == "I work at Toronto General.")
    );

    let (first_id, second_id) = (app.user_id(&first).await, app.user_id(&second).await);
    assert_eq!(
        app.post_as(
            &owner,
            &format!("/api/v1/groups/filipino-nurses-toronto/members/{first_id}/approve")
        )
        .await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.post_as(
            &owner,
            &format!("/api/v1/groups/filipino-nurses-toronto/members/{second_id}/reject")
        )
        .await,
        StatusCode::NO_CONTENT
    );

    let group: Value = app
        .get_as(Some(&first), "/api/v1/groups/filipino-nurses-toronto")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(group["membership"]["status"], "active");
    assert_eq!(group["member_count"], 2);
    let second_view: Value = app
        .get_as(Some(&second), "/api/v1/groups/filipino-nurses-toronto")
        .await
        .json()
        .await
        .unwrap();
    assert!(
        second_view.get("membership").is_none(),
        "a declined request is gone; they may ask again"
    );
}

#[actix_web::test]
async fn a_member_cannot_manage_others_and_a_removed_member_cannot_rejoin() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let member = app.signed_up_token("member@example.org").await;
    let other = app.signed_up_token("other@example.org").await;
    app.create_group(&owner, &group_body("Teranga Lyon")).await;
    app.post_as(&member, "/api/v1/groups/teranga-lyon/join")
        .await;
    app.post_as(&other, "/api/v1/groups/teranga-lyon/join")
        .await;
    let other_id = app.user_id(&other).await;

    let by_member = app
        .post_as(
            &member,
            &format!("/api/v1/groups/teranga-lyon/members/{other_id}/remove"),
        )
        .await;
    let by_owner = app
        .post_as(
            &owner,
            &format!("/api/v1/groups/teranga-lyon/members/{other_id}/remove"),
        )
        .await;
    let rejoin = app
        .post_as(&other, "/api/v1/groups/teranga-lyon/join")
        .await;

    assert_eq!(by_member, StatusCode::FORBIDDEN);
    assert_eq!(by_owner, StatusCode::NO_CONTENT);
    assert_eq!(rejoin, StatusCode::FORBIDDEN);
    let group: Value = app
        .get_as(None, "/api/v1/groups/teranga-lyon")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(group["member_count"], 2);
}

#[actix_web::test]
async fn the_owner_hands_ownership_over_before_leaving() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let member = app.signed_up_token("member@example.org").await;
    app.create_group(&owner, &group_body("Teranga Lyon")).await;
    app.post_as(&member, "/api/v1/groups/teranga-lyon/join")
        .await;

    let refused = app
        .api
        .post(app.url("/api/v1/groups/teranga-lyon/leave"))
        .bearer_auth(&owner)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    assert_eq!(
        refused.json::<Value>().await.unwrap()["errors"][0]["code"],
        "owner_must_hand_over"
    );
    let member_id = app.user_id(&member).await;
    assert_eq!(
        app.post_as(
            &owner,
            &format!("/api/v1/groups/teranga-lyon/members/{member_id}/make-owner")
        )
        .await,
        StatusCode::NO_CONTENT
    );

    assert_eq!(
        app.post_as(&owner, "/api/v1/groups/teranga-lyon/leave")
            .await,
        StatusCode::NO_CONTENT
    );
    let group: Value = app
        .get_as(Some(&member), "/api/v1/groups/teranga-lyon")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(group["membership"]["role"], "owner");
}

#[actix_web::test]
async fn only_members_see_the_member_list_and_everyone_sees_the_count() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let outsider = app.signed_up_token("outsider@example.org").await;
    app.create_group(&owner, &group_body("Teranga Lyon")).await;

    let anonymous = app
        .get_as(None, "/api/v1/groups/teranga-lyon/members")
        .await;
    let not_member = app
        .get_as(Some(&outsider), "/api/v1/groups/teranga-lyon/members")
        .await;
    let member = app
        .get_as(Some(&owner), "/api/v1/groups/teranga-lyon/members")
        .await;

    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(not_member.status(), StatusCode::FORBIDDEN);
    assert_eq!(member.status(), StatusCode::OK);
    let group: Value = app
        .get_as(Some(&outsider), "/api/v1/groups/teranga-lyon")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(group["member_count"], 1);
}

#[actix_web::test]
async fn a_private_group_does_not_exist_for_non_members_in_the_api_and_the_pages() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let outsider = app.signed_up_token("outsider@example.org").await;
    app.create_group(&owner, &approval_group("Secret Circle", "private"))
        .await;

    assert_eq!(
        app.get_as(None, "/api/v1/groups/secret-circle")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_as(Some(&outsider), "/api/v1/groups/secret-circle")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_as(Some(&outsider), "/api/v1/groups/secret-circle/members")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.post_as(&outsider, "/api/v1/groups/secret-circle/join")
            .await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_page("/groups/secret-circle").await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_as(Some(&owner), "/api/v1/groups/secret-circle")
            .await
            .status(),
        StatusCode::OK
    );
}
