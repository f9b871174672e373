//! Appeals: the member a hide or a suspension concerns appeals once, through the signed link
//! in the notice (no session needed), and a moderator other than the one who acted decides.

use reqwest::StatusCode;
use serde_json::json;

use crate::events::{create_event, event_body, organizer_with_group};
use crate::helpers::{PASSWORD, TestApp, spawn_app};
use crate::moderation::{act, json_of, moderator, notices_of};

/// The appeal token in the latest appeal link `email` was sent.
fn appeal_token(app: &TestApp, email: &str) -> String {
    notices_of(app, email)
        .into_iter()
        .rev()
        .find_map(|(_, _, link)| link.strip_prefix("/appeals/").map(str::to_owned))
        .expect("an appeal link")
}

#[actix_web::test]
async fn an_owner_appeals_once_and_another_moderator_decides() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let event = create_event(&app, &organizer, &event_body()).await;
    let event = event["id"].as_str().unwrap().to_owned();
    let first = moderator(&app, "first@example.org").await;
    let second = moderator(&app, "second@example.org").await;
    act(
        &app,
        &first,
        &format!("/api/v1/admin/events/{event}/hide"),
        "Looks like spam.",
    )
    .await;
    let token = appeal_token(&app, "organizer@example.org");
    let appeal = |text: &str, token: &str| {
        app.api
            .post(app.url("/api/v1/appeals"))
            .json(&json!({"token": token, "text": text}))
            .send()
    };

    let forged = appeal("Please.", &format!("{}0", token)).await.unwrap();
    let empty = appeal(" ", &token).await.unwrap();
    let filed = appeal("It is our monthly dinner, not spam.", &token)
        .await
        .unwrap();
    let twice = appeal("Again.", &token).await.unwrap();

    assert_eq!(forged.status(), StatusCode::NOT_FOUND);
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(filed.status(), StatusCode::CREATED);
    assert_eq!(twice.status(), StatusCode::CONFLICT);
    assert_eq!(json_of(twice).await["code"], "already_appealed");
    let open = json_of(app.get_as(Some(&second), "/api/v1/admin/appeals").await).await;
    assert_eq!(
        open["items"][0]["appeal"]["text"],
        "It is our monthly dinner, not spam."
    );
    assert_eq!(open["items"][0]["action"]["reason"], "Looks like spam.");
    let appeal_id = open["items"][0]["appeal"]["id"].as_i64().unwrap();
    let by_the_same = act(
        &app,
        &first,
        &format!("/api/v1/admin/appeals/{appeal_id}/grant"),
        "I was wrong.",
    )
    .await;
    assert_eq!(by_the_same.status(), StatusCode::CONFLICT);
    assert_eq!(
        json_of(by_the_same).await["code"],
        "appeal_needs_another_moderator"
    );
    let granted = act(
        &app,
        &second,
        &format!("/api/v1/admin/appeals/{appeal_id}/grant"),
        "A real dinner; photos on their site.",
    )
    .await;

    assert_eq!(granted.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.get_as(None, &format!("/api/v1/events/{event}"))
            .await
            .status(),
        StatusCode::OK
    );
    let told = notices_of(&app, "organizer@example.org");
    assert!(
        told.iter()
            .any(|(_, message, _)| message == "notice-appeal-granted"),
        "{told:?}"
    );
    let audit = json_of(app.get_as(Some(&second), "/api/v1/admin/audit").await).await;
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["grant_appeal", "restore", "hide"]);
}

#[actix_web::test]
async fn a_suspended_member_appeals_without_signing_in_and_an_upheld_appeal_changes_nothing() {
    let app = spawn_app().await;
    let author = organizer_with_group(&app).await;
    let author_id = app.user_id(&author).await;
    let first = moderator(&app, "first@example.org").await;
    let second = moderator(&app, "second@example.org").await;
    act(
        &app,
        &first,
        &format!("/api/v1/admin/users/{author_id}/suspend"),
        "Fake visa offers.",
    )
    .await;
    let token = appeal_token(&app, "organizer@example.org");

    let page = app.get_page(&format!("/appeals/{token}")).await;
    assert_eq!(page.status(), StatusCode::OK);
    let page = page.text().await.unwrap();
    assert!(page.contains("Fake visa offers."), "the reason is shown");
    let filed = app
        .submit_form(
            &format!("/appeals/{token}"),
            &format!("/appeals/{token}"),
            &[("text", "I never posted visa offers.")],
        )
        .await;
    assert_eq!(filed.status(), StatusCode::SEE_OTHER);
    let open = json_of(app.get_as(Some(&second), "/api/v1/admin/appeals").await).await;
    let appeal_id = open["items"][0]["appeal"]["id"].as_i64().unwrap();
    let upheld = act(
        &app,
        &second,
        &format!("/api/v1/admin/appeals/{appeal_id}/uphold"),
        "Screenshots confirm the offers.",
    )
    .await;

    assert_eq!(upheld.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.login("organizer@example.org", PASSWORD).await.status(),
        StatusCode::FORBIDDEN
    );
    let page = app
        .get_page(&format!("/appeals/{token}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("the decision stands"), "{page}");
}

#[actix_web::test]
async fn an_old_appeal_link_answers_nothing_once_a_newer_decision_replaced_it() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let event = create_event(&app, &organizer, &event_body()).await;
    let event = event["id"].as_str().unwrap().to_owned();
    let first = moderator(&app, "first@example.org").await;
    let second = moderator(&app, "second@example.org").await;
    let hide = format!("/api/v1/admin/events/{event}/hide");
    act(&app, &first, &hide, "Spam.").await;
    let old_token = appeal_token(&app, "organizer@example.org");
    act(
        &app,
        &first,
        &format!("/api/v1/admin/events/{event}/restore"),
        "Fine.",
    )
    .await;
    act(&app, &second, &hide, "Spam again.").await;
    let new_token = appeal_token(&app, "organizer@example.org");
    let appeal = |token: String| {
        app.api
            .post(app.url("/api/v1/appeals"))
            .json(&json!({"token": token, "text": "Please look again."}))
            .send()
    };

    let old = appeal(old_token).await.unwrap();
    let new = appeal(new_token).await.unwrap();

    assert_eq!(old.status(), StatusCode::CONFLICT);
    assert_eq!(json_of(old).await["code"], "nothing_to_appeal");
    assert_eq!(new.status(), StatusCode::CREATED);
    let open = json_of(app.get_as(Some(&first), "/api/v1/admin/appeals").await).await;
    let id = open["items"][0]["appeal"]["id"].as_i64().unwrap();
    let by_second = act(
        &app,
        &second,
        &format!("/api/v1/admin/appeals/{id}/grant"),
        "Ok.",
    )
    .await;
    assert_eq!(
        by_second.status(),
        StatusCode::CONFLICT,
        "the second hid it this time"
    );
}

#[actix_web::test]
async fn the_suspension_notice_with_its_appeal_link_is_mailed_even_to_a_member_who_turned_such_mail_off()
 {
    let app = spawn_app().await;
    let author = organizer_with_group(&app).await;
    let author_id = app.user_id(&author).await;
    let moderator = moderator(&app, "moderator@example.org").await;
    let turned_off = app
        .api
        .patch(app.url("/api/v1/me/notifications/settings"))
        .bearer_auth(&author)
        .json(&json!({"report_outcome": "in_app"}))
        .send()
        .await
        .unwrap();
    assert!(turned_off.status().is_success());

    act(
        &app,
        &moderator,
        &format!("/api/v1/admin/users/{author_id}/suspend"),
        "Scams.",
    )
    .await;

    let mails: Vec<(String, Option<String>)> = {
        use diaspora_hub::db::AnyConnection;
        use diaspora_hub::db::schema::outbox;
        use diesel::prelude::*;
        let mut connection = app.db();
        outbox::table
            .filter(outbox::recipient.eq("organizer@example.org"))
            .filter(outbox::kind.eq("report_outcome"))
            .select((outbox::text_body, outbox::list_unsubscribe))
            .load(&mut *connection as &mut AnyConnection)
            .unwrap()
    };
    assert_eq!(mails.len(), 1, "mailed whatever the setting");
    assert!(mails[0].0.contains("/appeals/"), "{}", mails[0].0);
    assert_eq!(mails[0].1, None, "no unsubscribe from an account matter");
}
