//! Account mail end to end: proving the address, getting back in after forgetting the
//! password, changing the address, publishing only with a proven address where the instance
//! asks for it, and the mail page for administrators.

use diaspora_hub::db::AnyConnection;
use diaspora_hub::db::schema::{account_tokens, outbox};
use diaspora_hub::notifications::delivery::deliver_due;
use diesel::prelude::*;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{PASSWORD, TestApp, group_body, spawn_app, spawn_app_with};

/// The token in the link of the newest mail of `kind` to `recipient`: from the outbox while
/// the mail waits, or from the `.eml` file it became (a sent mail's body is cleared).
fn token_from_mail(app: &TestApp, kind: &str, recipient: &str) -> String {
    let path = match kind {
        "email_verification" => "/verify-email",
        "password_reset" => "/reset-password",
        "email_change" => "/confirm-email-change",
        other => panic!("no link in {other} mail"),
    };
    let mut texts: Vec<String> = std::fs::read_dir(&app.mail_dir)
        .map(|entries| {
            let mut files: Vec<_> = entries.map(|entry| entry.unwrap().path()).collect();
            files.sort();
            files
                .into_iter()
                .map(|file| quoted_printable_decoded(&std::fs::read_to_string(file).unwrap()))
                .filter(|text| text.contains(&format!("To: {recipient}")))
                .collect()
        })
        .unwrap_or_default();
    let mut connection = app.db();
    texts.extend(
        outbox::table
            .filter(outbox::kind.eq(kind))
            .filter(outbox::recipient.eq(recipient))
            .order(outbox::id)
            .select(outbox::text_body)
            .load::<String>(&mut *connection as &mut AnyConnection)
            .unwrap(),
    );
    let marker = format!("{path}?token=");
    texts
        .iter()
        .rev()
        .find_map(|text| {
            let start = text.rfind(&marker)? + marker.len();
            text.get(start..start + 64).map(str::to_owned)
        })
        .unwrap_or_else(|| panic!("no {kind} mail to {recipient}"))
}

/// Undoes quoted-printable encoding enough to read links: soft line breaks and `=3D`.
fn quoted_printable_decoded(text: &str) -> String {
    text.replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=3D", "=")
}

fn mails_to(app: &TestApp, recipient: &str) -> Vec<String> {
    let mut connection = app.db();
    outbox::table
        .filter(outbox::recipient.eq(recipient))
        .order(outbox::id)
        .select(outbox::kind)
        .load(&mut *connection as &mut AnyConnection)
        .unwrap()
}

async fn post(app: &TestApp, path: &str, body: Value, token: Option<&str>) -> reqwest::Response {
    let mut request = app.api.post(app.url(path)).json(&body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.unwrap()
}

async fn me(app: &TestApp, token: &str) -> Value {
    app.get_as(Some(token), "/api/v1/me")
        .await
        .json()
        .await
        .unwrap()
}

#[actix_web::test]
async fn the_verification_link_proves_the_address_once() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;
    assert_eq!(me(&app, &token).await["email_verified"], false);
    let link = token_from_mail(&app, "email_verification", "awa@example.org");

    let verified = post(
        &app,
        "/api/v1/auth/verify-email",
        json!({"token": link}),
        None,
    )
    .await;
    let again = post(
        &app,
        "/api/v1/auth/verify-email",
        json!({"token": link}),
        None,
    )
    .await;

    assert_eq!(verified.status(), StatusCode::NO_CONTENT);
    assert_eq!(me(&app, &token).await["email_verified"], true);
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = again.json().await.unwrap();
    assert_eq!(problem["errors"][0]["code"], "link_invalid");
    let resend = post(
        &app,
        "/api/v1/me/verification-email",
        json!({}),
        Some(&token),
    )
    .await;
    assert_eq!(resend.status(), StatusCode::CONFLICT, "already verified");
}

#[actix_web::test]
async fn asking_for_the_verification_mail_again_is_limited() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;

    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(
            post(
                &app,
                "/api/v1/me/verification-email",
                json!({}),
                Some(&token),
            )
            .await
            .status(),
        );
    }

    assert_eq!(
        statuses,
        [
            StatusCode::ACCEPTED,
            StatusCode::ACCEPTED,
            StatusCode::ACCEPTED,
            StatusCode::TOO_MANY_REQUESTS
        ]
    );
    assert_eq!(
        mails_to(&app, "awa@example.org").len(),
        4,
        "1 at registration + 3"
    );
}

#[actix_web::test]
async fn a_reset_request_answers_the_same_whether_or_not_the_account_exists() {
    let app = spawn_app().await;
    app.signed_up_token("awa@example.org").await;

    let known = post(
        &app,
        "/api/v1/auth/password-reset",
        json!({"email": "awa@example.org"}),
        None,
    )
    .await;
    let unknown = post(
        &app,
        "/api/v1/auth/password-reset",
        json!({"email": "nobody@example.org"}),
        None,
    )
    .await;

    assert_eq!(known.status(), StatusCode::ACCEPTED);
    assert_eq!(unknown.status(), StatusCode::ACCEPTED);
    assert_eq!(known.text().await.unwrap(), unknown.text().await.unwrap());
    assert!(
        mails_to(&app, "awa@example.org")
            .iter()
            .all(|kind| kind != "password_reset")
    );
    deliver_due(&app.state).await.unwrap();
    assert!(mails_to(&app, "awa@example.org").contains(&"password_reset".to_owned()));
    assert!(mails_to(&app, "nobody@example.org").is_empty());
    assert_eq!(app.count("password_reset_requests"), 0);
}

#[actix_web::test]
async fn the_reset_link_sets_a_new_password_once_and_ends_every_session() {
    let app = spawn_app().await;
    let old_session = app.signed_up_token("awa@example.org").await;
    post(
        &app,
        "/api/v1/auth/password-reset",
        json!({"email": "awa@example.org"}),
        None,
    )
    .await;
    deliver_due(&app.state).await.unwrap();
    let link = token_from_mail(&app, "password_reset", "awa@example.org");

    let weak = post(
        &app,
        "/api/v1/auth/password-reset/confirm",
        json!({"token": link, "password": "short"}),
        None,
    )
    .await;
    let reset = post(
        &app,
        "/api/v1/auth/password-reset/confirm",
        json!({"token": link, "password": "a-brand-new-passphrase"}),
        None,
    )
    .await;
    let reused = post(
        &app,
        "/api/v1/auth/password-reset/confirm",
        json!({"token": link, "password": "yet-another-passphrase"}),
        None,
    )
    .await;

    assert_eq!(
        weak.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "the policy applies"
    );
    assert_eq!(reset.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        reused.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "single use"
    );
    assert_eq!(
        app.get_as(Some(&old_session), "/api/v1/me").await.status(),
        StatusCode::UNAUTHORIZED,
        "every session ended"
    );
    assert_eq!(
        app.login("awa@example.org", PASSWORD).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let signed_in = app.login("awa@example.org", "a-brand-new-passphrase").await;
    assert_eq!(signed_in.status(), StatusCode::OK);
    let body: Value = signed_in.json().await.unwrap();
    assert_eq!(
        body["user"]["email_verified"], true,
        "the link proved the address"
    );
}

#[actix_web::test]
async fn a_reset_link_works_for_an_hour_only() {
    let app = spawn_app().await;
    app.signed_up_token("awa@example.org").await;
    post(
        &app,
        "/api/v1/auth/password-reset",
        json!({"email": "awa@example.org"}),
        None,
    )
    .await;
    deliver_due(&app.state).await.unwrap();
    let link = token_from_mail(&app, "password_reset", "awa@example.org");
    {
        let mut connection = app.db();
        diesel::update(account_tokens::table.filter(account_tokens::purpose.eq("reset_password")))
            .set(account_tokens::expires_at.eq(chrono::Utc::now().naive_utc()))
            .execute(&mut *connection as &mut AnyConnection)
            .unwrap();
    }

    let late = post(
        &app,
        "/api/v1/auth/password-reset/confirm",
        json!({"token": link, "password": "a-brand-new-passphrase"}),
        None,
    )
    .await;

    assert_eq!(late.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[actix_web::test]
async fn reset_requests_are_limited_per_email_whatever_the_client_address() {
    // Behind a trusted proxy each request seems to come from another address.
    let app = spawn_app_with(|settings| settings.trusted_proxies = vec!["127.0.0.1".into()]).await;
    let mut statuses = Vec::new();
    for number in 1..=6 {
        let answer = app
            .api
            .post(app.url("/api/v1/auth/password-reset"))
            .header("x-forwarded-for", format!("203.0.113.{number}"))
            .json(&json!({"email": "awa@example.org"}))
            .send()
            .await
            .unwrap();
        statuses.push(answer.status());
    }
    assert_eq!(&statuses[..5], [StatusCode::ACCEPTED; 5]);
    assert_eq!(statuses[5], StatusCode::TOO_MANY_REQUESTS);
}

#[actix_web::test]
async fn a_new_password_voids_a_change_of_address_asked_with_the_old_one() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;
    // Someone with the stolen password asks to move the account to their own address.
    post(
        &app,
        "/api/v1/me/email",
        json!({"email": "thief@example.org", "password": PASSWORD}),
        Some(&token),
    )
    .await;
    let link = token_from_mail(&app, "email_change", "thief@example.org");
    // The owner, warned by the notice, sets a new password.
    post(
        &app,
        "/api/v1/auth/password-reset",
        json!({"email": "awa@example.org"}),
        None,
    )
    .await;
    deliver_due(&app.state).await.unwrap();
    let reset = token_from_mail(&app, "password_reset", "awa@example.org");
    post(
        &app,
        "/api/v1/auth/password-reset/confirm",
        json!({"token": reset, "password": "a-brand-new-passphrase"}),
        None,
    )
    .await;

    let moved = post(
        &app,
        "/api/v1/auth/email-change/confirm",
        json!({"token": link}),
        None,
    )
    .await;

    assert_eq!(moved.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.login("awa@example.org", "a-brand-new-passphrase")
            .await
            .status(),
        StatusCode::OK,
        "the account kept its address"
    );
}

#[actix_web::test]
async fn opening_a_mailed_link_uses_nothing_up_until_the_button_is_pressed() {
    let app = spawn_app().await;
    app.signed_up_browser("awa@example.org").await;
    let link = token_from_mail(&app, "email_verification", "awa@example.org");
    let path = format!("/verify-email?token={link}");
    let verified_at = || {
        let mut connection = app.db();
        diaspora_hub::db::schema::users::table
            .select(diaspora_hub::db::schema::users::email_verified_at)
            .first::<Option<chrono::NaiveDateTime>>(&mut *connection as &mut AnyConnection)
            .unwrap()
    };

    let opened = app.get_page(&path).await;
    assert_eq!(opened.status(), StatusCode::OK);
    assert!(verified_at().is_none(), "a link scanner verifies nothing");
    let pressed = app
        .submit_form(&path, "/verify-email", &[("token", &link)])
        .await;

    assert_eq!(pressed.status(), StatusCode::OK);
    assert!(verified_at().is_some());
}

#[actix_web::test]
async fn the_address_changes_only_through_the_link_sent_to_the_new_one() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;
    app.signed_up_token("taken@example.org").await;

    let wrong = post(
        &app,
        "/api/v1/me/email",
        json!({"email": "awa@new.example", "password": "not-my-password"}),
        Some(&token),
    )
    .await;
    let taken = post(
        &app,
        "/api/v1/me/email",
        json!({"email": "taken@example.org", "password": PASSWORD}),
        Some(&token),
    )
    .await;
    let asked = post(
        &app,
        "/api/v1/me/email",
        json!({"email": "Awa@New.example", "password": PASSWORD}),
        Some(&token),
    )
    .await;

    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(taken.status(), StatusCode::CONFLICT);
    assert_eq!(asked.status(), StatusCode::ACCEPTED);
    assert_eq!(
        me(&app, &token).await["email"],
        "awa@example.org",
        "not yet"
    );
    assert_eq!(mails_to(&app, "awa@new.example"), ["email_change"]);
    assert!(mails_to(&app, "awa@example.org").contains(&"email_change_notice".to_owned()));

    let link = token_from_mail(&app, "email_change", "awa@new.example");
    let confirmed = post(
        &app,
        "/api/v1/auth/email-change/confirm",
        json!({"token": link}),
        None,
    )
    .await;

    assert_eq!(confirmed.status(), StatusCode::NO_CONTENT);
    let account = me(&app, &token).await;
    assert_eq!(account["email"], "awa@new.example");
    assert_eq!(account["email_verified"], true);
    assert_eq!(
        app.login("awa@new.example", PASSWORD).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        app.login("awa@example.org", PASSWORD).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[actix_web::test]
async fn where_required_publishing_waits_for_a_proven_address() {
    let app = spawn_app_with(|settings| settings.require_verified_email = true).await;
    let token = app.signed_up_token("organizer@example.org").await;

    let refused = post(
        &app,
        "/api/v1/groups",
        group_body("Teranga Lyon"),
        Some(&token),
    )
    .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let problem: Value = refused.json().await.unwrap();
    assert_eq!(problem["code"], "email_not_verified");
    let link = token_from_mail(&app, "email_verification", "organizer@example.org");
    post(
        &app,
        "/api/v1/auth/verify-email",
        json!({"token": link}),
        None,
    )
    .await;

    let created = post(
        &app,
        "/api/v1/groups",
        group_body("Teranga Lyon"),
        Some(&token),
    )
    .await;

    assert_eq!(created.status(), StatusCode::CREATED);
    assert_eq!(app.count("groups"), 1);
}

#[actix_web::test]
async fn the_pages_lead_from_forgot_password_to_a_new_password() {
    let app = spawn_app().await;
    app.signed_up_token("awa@example.org").await;
    let login = app.get_page("/login").await.text().await.unwrap();
    assert!(login.contains("href=\"/forgot-password\""));

    let sent = app
        .submit_form(
            "/forgot-password",
            "/forgot-password",
            &[("email", "awa@example.org")],
        )
        .await;
    assert_eq!(sent.status(), StatusCode::OK);
    deliver_due(&app.state).await.unwrap();
    let link = token_from_mail(&app, "password_reset", "awa@example.org");
    let form_path = format!("/reset-password?token={link}");
    let opened_twice = app.get_page(&form_path).await;
    assert_eq!(
        opened_twice.status(),
        StatusCode::OK,
        "opening the link uses nothing up"
    );
    let done = app
        .submit_form(
            &form_path,
            "/reset-password",
            &[("token", &link), ("password", "a-brand-new-passphrase")],
        )
        .await;

    assert_eq!(done.status(), StatusCode::OK);
    assert_eq!(
        app.login("awa@example.org", "a-brand-new-passphrase")
            .await
            .status(),
        StatusCode::OK
    );
}

#[actix_web::test]
async fn only_administrators_see_the_mail_page_and_retry_a_dead_mail() {
    let app = spawn_app().await;
    app.signed_up_browser("member@example.org").await;
    assert_eq!(
        app.get_page("/admin/mail").await.status(),
        StatusCode::FORBIDDEN
    );
    {
        let mut connection = app.db();
        let connection: &mut AnyConnection = &mut connection;
        diesel::update(diaspora_hub::db::schema::users::table)
            .set(diaspora_hub::db::schema::users::role.eq("admin"))
            .execute(connection)
            .unwrap();
        diesel::update(outbox::table)
            .set((
                outbox::status.eq("dead"),
                outbox::last_error.eq("550 No such mailbox"),
            ))
            .execute(connection)
            .unwrap();
    }

    let page = app.get_page("/admin/mail").await.text().await.unwrap();
    assert!(page.contains("550 No such mailbox"));
    let id: i64 = {
        let mut connection = app.db();
        outbox::table
            .select(outbox::id)
            .first(&mut *connection as &mut AnyConnection)
            .unwrap()
    };
    let retried = app
        .submit_form("/admin/mail", &format!("/admin/mail/{id}/retry"), &[])
        .await;

    assert_eq!(retried.status(), StatusCode::SEE_OTHER);
    let status: String = {
        let mut connection = app.db();
        outbox::table
            .select(outbox::status)
            .first(&mut *connection as &mut AnyConnection)
            .unwrap()
    };
    assert_eq!(status, "queued");
}
