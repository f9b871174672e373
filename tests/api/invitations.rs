//! Invitations into a group: links and mailed invitations, joining a private group or skipping
//! approval through one, and links that expired, were revoked or were used up saying so.

use chrono::{Duration, Utc};
use diaspora_hub::db::AnyConnection;
use diaspora_hub::db::schema::{group_invitations, outbox};
use diesel::prelude::*;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{PASSWORD, TestApp, csrf_from, group_body, spawn_app};

/// A private group that needs approval, owned by `owner`.
async fn private_group(app: &TestApp, owner: &str, name: &str) -> String {
    let mut body = group_body(name);
    body["visibility"] = json!("private");
    body["join_policy"] = json!("approval");
    let group = app.create_group(owner, &body).await;
    group["slug"].as_str().unwrap().to_owned()
}

/// `POST /api/v1/groups/{slug}/invitations` as `token`; the status and the body.
async fn invite(app: &TestApp, token: &str, slug: &str, body: Value) -> (StatusCode, Value) {
    let response = app
        .api
        .post(app.url(&format!("/api/v1/groups/{slug}/invitations")))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// The path of an invitation's page, from the url the API gave.
fn page_path(created: &Value) -> String {
    let url = created["url"].as_str().expect("an invitation url");
    let start = url.find("/invitations/").expect("the invitation page");
    url[start..].to_owned()
}

fn token_of(created: &Value) -> String {
    page_path(created)["/invitations/".len()..].to_owned()
}

async fn accept(app: &TestApp, member: &str, token: &str) -> reqwest::Response {
    app.api
        .post(app.url(&format!("/api/v1/invitations/{token}/accept")))
        .bearer_auth(member)
        .send()
        .await
        .unwrap()
}

/// Fluent wraps every argument in Unicode isolation marks; a test reads the words.
fn without_isolation_marks(html: String) -> String {
    html.replace(['\u{2068}', '\u{2069}'], "")
}

async fn member_count(app: &TestApp, viewer: &str, slug: &str) -> i64 {
    let group: Value = app
        .get_as(Some(viewer), &format!("/api/v1/groups/{slug}"))
        .await
        .json()
        .await
        .unwrap();
    group["member_count"].as_i64().unwrap()
}

#[actix_web::test]
async fn a_link_lets_an_outsider_see_a_private_group_and_join_it_at_once() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let outsider = app.signed_up_token("outsider@example.org").await;
    let slug = private_group(&app, &owner, "Femmes sénégalaises de Lyon").await;
    let group_path = format!("/api/v1/groups/{slug}");
    assert_eq!(
        app.get_as(Some(&outsider), &group_path).await.status(),
        StatusCode::NOT_FOUND
    );

    // A member with a name the page must not show.
    let (_, first) = invite(&app, &owner, &slug, json!({})).await;
    assert_eq!(
        app.register("zeinab@example.org", "Zeinabou Diallo")
            .await
            .status(),
        StatusCode::CREATED
    );
    let login: Value = app
        .login("zeinab@example.org", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let zeinab = login["token"].as_str().unwrap().to_owned();
    assert_eq!(
        accept(&app, &zeinab, &token_of(&first)).await.status(),
        StatusCode::OK
    );

    let (status, created) = invite(&app, &owner, &slug, json!({"max_uses": 2})).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(created["uses_left"], 2);
    let token = token_of(&created);
    assert_eq!(
        created["url"].as_str().unwrap(),
        format!("{}/invitations/{token}", app.state.settings.public_url)
    );
    assert!(token.len() == 64 && token.chars().all(|c| c.is_ascii_hexdigit()));
    let expires = chrono::DateTime::parse_from_rfc3339(created["expires_at"].as_str().unwrap())
        .unwrap()
        .with_timezone(&Utc);
    assert!(expires > Utc::now() + Duration::days(13) && expires < Utc::now() + Duration::days(15));

    // Signed out, the link shows the name and description, and the way to an account.
    let page = app
        .browser
        .get(app.url(&page_path(&created)))
        .header("Accept-Language", "fr")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("Femmes sénégalaises de Lyon"), "{html}");
    assert!(html.contains("Entraide, culture et fêtes"));
    assert!(html.contains(&format!("/register?next=%2Finvitations%2F{token}")));
    // Nothing else about the group: not its members.
    assert!(!html.contains("Awa"), "the owner's name leaks: {html}");
    assert!(!html.contains("Zeinabou"), "a member's name leaks: {html}");

    let accepted = accept(&app, &outsider, &token).await;
    assert_eq!(accepted.status(), StatusCode::OK);
    let accepted: Value = accepted.json().await.unwrap();
    assert_eq!(accepted, json!({"status": "active", "group": slug}));
    // A member now, of a group that needs approval, without any.
    assert_eq!(
        app.get_as(Some(&outsider), &group_path).await.status(),
        StatusCode::OK
    );
    assert_eq!(member_count(&app, &owner, &slug).await, 3);
    let listed: Value = app
        .get_as(Some(&owner), &format!("/api/v1/groups/{slug}/invitations"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["items"][0]["uses_left"], 1);
    assert_eq!(listed["items"][0]["status"], "active");
    assert!(
        listed["items"][0].get("url").is_none(),
        "the link is shown once"
    );

    // Accepting again changes nothing and spends nothing.
    assert_eq!(
        accept(&app, &outsider, &token).await.status(),
        StatusCode::OK
    );
    assert_eq!(member_count(&app, &owner, &slug).await, 3);
}

#[actix_web::test]
async fn only_the_tokens_hash_is_stored() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let slug = private_group(&app, &owner, "Cercle des ingénieures").await;
    let (_, created) = invite(&app, &owner, &slug, json!({})).await;
    let token = token_of(&created);
    let mut connection = app.db();
    let stored: Vec<String> = group_invitations::table
        .select(group_invitations::token_hash)
        .load(&mut *connection as &mut AnyConnection)
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], token);
    assert!(!stored[0].contains(&token));
}

#[actix_web::test]
async fn a_newcomer_registers_through_a_mailed_invitation_and_joins() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let slug = private_group(&app, &owner, "Soutien aux demandeurs d'asile").await;
    let (status, created) = invite(
        &app,
        &owner,
        &slug,
        json!({"email": " Newcomer@Example.org "}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(created["email"], "newcomer@example.org");
    assert_eq!(
        created["uses_left"], 1,
        "a mailed invitation works once by default"
    );

    // The mail carries the link (the only other copy of it).
    let mut connection = app.db();
    let mails: Vec<(String, String)> = outbox::table
        .filter(outbox::recipient.eq("newcomer@example.org"))
        .filter(outbox::kind.eq("invitation"))
        .select((outbox::subject, outbox::text_body))
        .load(&mut *connection as &mut AnyConnection)
        .unwrap();
    drop(connection);
    assert_eq!(mails.len(), 1);
    assert!(mails[0].0.contains("Awa"), "{}", mails[0].0);
    let link = created["url"].as_str().unwrap();
    assert!(mails[0].1.contains(link), "{}", mails[0].1);

    // She opens it, registers from there and comes back to join.
    let path = page_path(&created);
    let registered = app
        .submit_form(
            &format!("/register?next={path}"),
            "/register",
            &[
                ("display_name", "Mariama"),
                ("email", "newcomer@example.org"),
                ("password", PASSWORD),
                ("next", &path),
            ],
        )
        .await;
    assert_eq!(registered.status(), StatusCode::SEE_OTHER);
    let back = registered.headers()["location"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(back.starts_with(&path), "{back}");
    let joined = app.submit_form(&back, &format!("{path}/accept"), &[]).await;
    assert_eq!(joined.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        joined.headers()["location"],
        format!("/groups/{slug}#membership").as_str()
    );
    let group_page = app.get_page(&format!("/groups/{slug}")).await;
    assert_eq!(group_page.status(), StatusCode::OK);
    assert_eq!(member_count(&app, &owner, &slug).await, 2);
}

#[actix_web::test]
async fn a_member_invited_by_address_hears_of_it_in_the_app() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let member = app.signed_up_token("fatou@example.org").await;
    let slug = private_group(&app, &owner, "Réseau des soignantes").await;
    let (status, created) =
        invite(&app, &owner, &slug, json!({"email": "fatou@example.org"})).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");

    let notices: Value = app
        .get_as(Some(&member), "/api/v1/me/notifications")
        .await
        .json()
        .await
        .unwrap();
    let notice = &notices["items"][0];
    assert_eq!(notice["kind"], "invitation");
    assert!(
        notice["text"]
            .as_str()
            .unwrap()
            .contains("Réseau des soignantes"),
        "{notice}"
    );
    let link = notice["link"].as_str().unwrap();
    assert_eq!(link, page_path(&created));
    assert_eq!(
        accept(&app, &member, &link["/invitations/".len()..])
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(member_count(&app, &owner, &slug).await, 2);

    // Inviting her again is refused: she is a member.
    let (status, problem) =
        invite(&app, &owner, &slug, json!({"email": "fatou@example.org"})).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        problem["errors"][0]["code"], "already_a_member",
        "{problem}"
    );
}

#[actix_web::test]
async fn links_that_no_longer_work_say_why_in_the_readers_language() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let first = app.signed_up_token("first@example.org").await;
    let second = app.signed_up_token("second@example.org").await;
    let slug = private_group(&app, &owner, "Amicale des Comoriens").await;

    // Used up.
    let (_, once) = invite(&app, &owner, &slug, json!({"max_uses": 1})).await;
    assert_eq!(
        accept(&app, &first, &token_of(&once)).await.status(),
        StatusCode::OK
    );
    let refused = accept(&app, &second, &token_of(&once)).await;
    assert_eq!(refused.status(), StatusCode::GONE);
    let problem: Value = refused.json().await.unwrap();
    assert_eq!(problem["code"], "invitation_used_up");

    // Revoked.
    let (_, revoked) = invite(&app, &owner, &slug, json!({})).await;
    let id = revoked["id"].as_str().unwrap();
    let response = app
        .api
        .delete(app.url(&format!("/api/v1/groups/{slug}/invitations/{id}")))
        .bearer_auth(&owner)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let page = app
        .browser
        .get(app.url(&page_path(&revoked)))
        .header("Accept-Language", "fr")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::GONE);
    let html = page.text().await.unwrap();
    assert!(html.contains("lang=\"fr\""));
    assert!(html.contains("retiré cette invitation"), "{html}");
    assert!(
        !html.contains("Amicale des Comoriens"),
        "a dead link shows nothing of the group"
    );
    let problem: Value = accept(&app, &second, &token_of(&revoked))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(problem["code"], "invitation_revoked");

    // Expired.
    let (_, expired) = invite(&app, &owner, &slug, json!({"expires_in_days": 1})).await;
    {
        let mut connection = app.db();
        diesel::update(
            group_invitations::table
                .filter(group_invitations::uuid.eq(expired["id"].as_str().unwrap())),
        )
        .set(group_invitations::expires_at.eq(Utc::now().naive_utc() - Duration::minutes(1)))
        .execute(&mut *connection as &mut AnyConnection)
        .unwrap();
    }
    let refused = accept(&app, &second, &token_of(&expired)).await;
    assert_eq!(refused.status(), StatusCode::GONE);
    let problem: Value = refused.json().await.unwrap();
    assert_eq!(problem["code"], "invitation_expired");
    let listed: Value = app
        .get_as(Some(&owner), &format!("/api/v1/groups/{slug}/invitations"))
        .await
        .json()
        .await
        .unwrap();
    let statuses: Vec<&str> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["expired", "revoked", "used_up"]);

    // A token that never was.
    let unknown = accept(&app, &second, &"0".repeat(64)).await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    assert_eq!(member_count(&app, &owner, &slug).await, 2);
}

#[actix_web::test]
async fn only_owners_and_organizers_manage_invitations() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let member = app.signed_up_token("member@example.org").await;
    let outsider = app.signed_up_token("outsider@example.org").await;
    let slug = private_group(&app, &owner, "Cercle des juristes").await;
    let (_, created) = invite(&app, &owner, &slug, json!({})).await;
    accept(&app, &member, &token_of(&created)).await;

    let (status, _) = invite(&app, &member, &slug, json!({})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = invite(&app, &outsider, &slug, json!({})).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "a private group does not exist for outsiders"
    );
    let path = format!("/api/v1/groups/{slug}/invitations");
    assert_eq!(
        app.get_as(Some(&member), &path).await.status(),
        StatusCode::FORBIDDEN
    );
    let id = created["id"].as_str().unwrap();
    let revoked = app
        .api
        .delete(app.url(&format!("{path}/{id}")))
        .bearer_auth(&member)
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), StatusCode::FORBIDDEN);
    let signed_out = app
        .api
        .post(app.url(&path))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(signed_out.status(), StatusCode::UNAUTHORIZED);
    // The link still works: nothing above touched it.
    assert_eq!(
        accept(&app, &outsider, &token_of(&created)).await.status(),
        StatusCode::OK
    );
}

#[actix_web::test]
async fn an_invitation_lets_a_waiting_request_in_but_not_a_removed_member() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let waiting = app.signed_up_token("waiting@example.org").await;
    let removed = app.signed_up_token("removed@example.org").await;
    let mut body = group_body("Ingénieurs maliens");
    body["join_policy"] = json!("approval");
    app.create_group(&owner, &body).await;
    let slug = "ingenieurs-maliens";
    for token in [&waiting, &removed] {
        assert_eq!(
            app.post_as(token, &format!("/api/v1/groups/{slug}/join"))
                .await,
            StatusCode::OK
        );
    }
    let removed_id = app.user_id(&removed).await;
    assert_eq!(
        app.post_as(
            &owner,
            &format!("/api/v1/groups/{slug}/members/{removed_id}/remove")
        )
        .await,
        StatusCode::NO_CONTENT
    );
    let (_, created) = invite(&app, &owner, slug, json!({"max_uses": 5})).await;

    assert_eq!(
        accept(&app, &waiting, &token_of(&created)).await.status(),
        StatusCode::OK
    );
    let mine: Value = app
        .get_as(Some(&waiting), "/api/v1/me/groups")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["items"][0]["membership"]["status"], "active", "{mine}");
    assert_eq!(
        accept(&app, &removed, &token_of(&created)).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(member_count(&app, &owner, slug).await, 2);
    let listed: Value = app
        .get_as(Some(&owner), &format!("/api/v1/groups/{slug}/invitations"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        listed["items"][0]["uses_left"], 4,
        "the refusal spent nothing"
    );
    // Nor can the removed member be invited by address.
    let (status, problem) =
        invite(&app, &owner, slug, json!({"email": "removed@example.org"})).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(problem["errors"][0]["code"], "removed_from_group");
}

#[actix_web::test]
async fn bad_invitation_fields_get_field_errors_and_make_nothing() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let slug = private_group(&app, &owner, "Diaspora togolaise").await;
    let (status, problem) = invite(
        &app,
        &owner,
        &slug,
        json!({"expires_in_days": 0, "max_uses": 5000, "email": "not an address"}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<(&str, &str)> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| {
            (
                error["field"].as_str().unwrap(),
                error["code"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        fields,
        [
            ("expires_in_days", "out_of_range"),
            ("max_uses", "out_of_range"),
            ("email", "invalid_email")
        ]
    );
    assert_eq!(app.count("group_invitations"), 0);
    assert_eq!(
        app.count("outbox WHERE kind = 'invitation'"),
        0,
        "no mail went to anyone"
    );
}

#[actix_web::test]
async fn organizers_make_a_link_on_a_page_that_shows_it_once() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let slug = private_group(&app, &owner, "Association des Kabyles").await;
    let _ = owner;
    app.browser_login("owner@example.org").await;
    let members = app
        .get_page(&format!("/groups/{slug}/members"))
        .await
        .text()
        .await
        .unwrap();
    assert!(members.contains(&format!("href=\"/groups/{slug}/invitations\"")));

    let path = format!("/groups/{slug}/invitations");
    let made = app
        .submit_form(
            &path,
            &path,
            &[("expires_in_days", "7"), ("max_uses", "3"), ("email", "")],
        )
        .await;
    assert_eq!(made.status(), StatusCode::OK);
    let html = without_isolation_marks(made.text().await.unwrap());
    let prefix = format!("{}/invitations/", app.state.settings.public_url);
    let start = html.find(&prefix).expect("the new link on the page");
    let link = html[start..start + prefix.len() + 64].to_owned();
    assert!(html.contains("3 uses left"), "{html}");

    let again = without_isolation_marks(app.get_page(&path).await.text().await.unwrap());
    assert!(!again.contains(&link), "the link is shown only once");
    assert!(again.contains("3 uses left"));

    // A bad number is a field error on the page, in the form's language.
    let refused = app.submit_form(&path, &path, &[("max_uses", "lots")]).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text().await.unwrap();
    assert!(html.contains("id=\"max_uses-error\""), "{html}");

    // Revoking from the page; the form needs its CSRF token like every other.
    let page = app.get_page(&path).await.text().await.unwrap();
    let revoke_marker = format!("action=\"/groups/{slug}/invitations/");
    let start = page.find(&revoke_marker).unwrap() + revoke_marker.len();
    let id: String = page[start..].chars().take_while(|c| *c != '/').collect();
    let revoke_path = format!("/groups/{slug}/invitations/{id}/revoke");
    let forged = app
        .browser
        .post(app.url(&revoke_path))
        .form(&[("x", "y")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let token = csrf_from(&page);
    let revoked = app
        .browser
        .post(app.url(&revoke_path))
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), StatusCode::SEE_OTHER);
    let page = app.get_page(&path).await.text().await.unwrap();
    assert!(page.contains("Revoked"), "{page}");
}

#[actix_web::test]
async fn a_group_mails_at_most_fifty_invitations_a_day() {
    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let slug = private_group(&app, &owner, "Diaspora ivoirienne").await;
    for number in 0..50 {
        let (status, created) = invite(
            &app,
            &owner,
            &slug,
            json!({"email": format!("guest{number}@example.org")}),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
    }
    let response = app
        .api
        .post(app.url(&format!("/api/v1/groups/{slug}/invitations")))
        .bearer_auth(&owner)
        .json(&json!({"email": "one-too-many@example.org"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: i64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait > 80_000 && wait <= 86_400, "{wait}");
    assert_eq!(
        app.count("outbox WHERE recipient = 'one-too-many@example.org'"),
        0
    );
    // A link to share is still possible.
    let (status, _) = invite(&app, &owner, &slug, json!({})).await;
    assert_eq!(status, StatusCode::CREATED);
}

#[actix_web::test]
async fn a_group_hidden_by_moderators_takes_no_one_in_and_invites_no_one() {
    use diaspora_hub::db::schema::groups;

    let app = spawn_app().await;
    let owner = app.signed_up_token("owner@example.org").await;
    let outsider = app.signed_up_token("outsider@example.org").await;
    let slug = private_group(&app, &owner, "Cercle masqué").await;
    let (_, created) = invite(&app, &owner, &slug, json!({})).await;
    {
        let mut connection = app.db();
        diesel::update(groups::table.filter(groups::slug.eq(&slug)))
            .set(groups::hidden.eq(Some("moderation")))
            .execute(&mut *connection as &mut AnyConnection)
            .unwrap();
    }
    assert_eq!(
        app.get_page(&page_path(&created)).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        accept(&app, &outsider, &token_of(&created)).await.status(),
        StatusCode::NOT_FOUND
    );
    let (status, _) = invite(&app, &owner, &slug, json!({"email": "someone@example.org"})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("outbox WHERE kind = 'invitation'"), 0);
}
