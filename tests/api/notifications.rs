//! Notifications: each kind reaches its members in the app and by mail (through a real SMTP
//! conversation), in their language and zone; settings; one-click unsubscribe that stops one
//! kind of mail and nothing else; scheduled sends that go once however many instances run.

use chrono::{Datelike, Duration, Utc};
use diaspora_hub::db::AnyConnection;
use diaspora_hub::db::schema::{notifications, outbox};
use diaspora_hub::notifications::delivery::deliver_due;
use diaspora_hub::notifications::schedule::run_due;
use diesel::prelude::*;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::events::{create_event, event_body};
use crate::helpers::{PASSWORD, TestApp, group_body, spawn_app_with};
use crate::opportunities::{create_opportunity, opportunity_body};
use crate::smtp_server::SmtpServer;

async fn app_sending_to(server: &SmtpServer) -> TestApp {
    let url = server.url();
    spawn_app_with(move |settings| {
        settings.smtp_url = Some(diaspora_hub::config::SecretUrl(url));
    })
    .await
}

/// Registers a member speaking `locale` in `timezone`; returns their token.
async fn member(app: &TestApp, email: &str, name: &str, locale: &str, timezone: &str) -> String {
    let registered = app
        .api
        .post(app.url("/api/v1/auth/register"))
        .json(
            &json!({"email": email, "password": PASSWORD, "display_name": name, "locale": locale}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(registered.status(), StatusCode::CREATED);
    let login: Value = app.login(email, PASSWORD).await.json().await.unwrap();
    let token = login["token"].as_str().unwrap().to_owned();
    let patched = app
        .api
        .patch(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&json!({"timezone": timezone}))
        .send()
        .await
        .unwrap();
    assert_eq!(patched.status(), StatusCode::OK);
    token
}

/// Mail queued for `email` of notification kind `kind`: (subject, text, unsubscribe link).
fn mails(app: &TestApp, email: &str, kind: &str) -> Vec<(String, String, Option<String>)> {
    let mut connection = app.db();
    outbox::table
        .filter(outbox::recipient.eq(email))
        .filter(outbox::kind.eq(kind))
        .order(outbox::id)
        .select((outbox::subject, outbox::text_body, outbox::list_unsubscribe))
        .load(&mut *connection as &mut AnyConnection)
        .unwrap()
}

async fn inbox(app: &TestApp, token: &str) -> Value {
    let response = app.get_as(Some(token), "/api/v1/me/notifications").await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

fn kinds(inbox: &Value) -> Vec<String> {
    inbox["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["kind"].as_str().unwrap().to_owned())
        .collect()
}

fn has_script(text: &str, range: std::ops::RangeInclusive<char>) -> bool {
    text.chars().any(|character| range.contains(&character))
}

const ARABIC: std::ops::RangeInclusive<char> = '\u{0600}'..='\u{06FF}';
const HAN: std::ops::RangeInclusive<char> = '\u{4E00}'..='\u{9FFF}';

async fn rsvp(app: &TestApp, token: &str, id: &str, status: &str) {
    let response = app
        .api
        .post(app.url(&format!("/api/v1/events/{id}/rsvp")))
        .bearer_auth(token)
        .json(&json!({"status": status}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
}

#[actix_web::test]
async fn an_arabic_member_promoted_from_the_waitlist_finds_an_arabic_mail_and_a_notice() {
    let server = SmtpServer::start();
    let app = app_sending_to(&server).await;
    let organizer = member(&app, "org@example.org", "Moussa", "fr", "Europe/Paris").await;
    app.create_group(&organizer, &group_body("Teranga Lyon"))
        .await;
    let mut body = event_body();
    body["capacity"] = json!(1);
    let event = create_event(&app, &organizer, &body).await;
    let id = event["id"].as_str().unwrap();
    let first = member(&app, "first@example.org", "Jo", "en", "Europe/London").await;
    let amina = member(&app, "amina@example.org", "أمينة", "ar", "Asia/Riyadh").await;
    rsvp(&app, &first, id, "going").await;
    rsvp(&app, &amina, id, "going").await;
    assert!(mails(&app, "amina@example.org", "waitlist_promoted").is_empty());

    rsvp(&app, &first, id, "not_going").await;

    // Written with the seat: the mail is in the outbox as soon as the answer is.
    let queued = mails(&app, "amina@example.org", "waitlist_promoted");
    assert_eq!(queued.len(), 1);
    let (subject, text, unsubscribe) = &queued[0];
    assert!(has_script(subject, ARABIC), "{subject}");
    assert!(text.contains("Soirée teranga"), "{text}");
    // 18:00 in Paris is 20:00 in Riyadh, said with her zone.
    assert!(
        text.contains("Asia/Riyadh") && text.contains("20:00"),
        "{text}"
    );
    assert!(
        unsubscribe
            .as_deref()
            .unwrap()
            .contains("/unsubscribe?token=")
    );
    let notices = inbox(&app, &amina).await;
    assert_eq!(kinds(&notices), ["waitlist_promoted"]);
    assert_eq!(notices["unread"], 1);
    let said = notices["items"][0]["text"].as_str().unwrap();
    assert!(
        has_script(said, ARABIC) && said.contains("Soirée teranga"),
        "{said}"
    );
    assert_eq!(notices["items"][0]["link"], format!("/events/{id}"));

    deliver_due(&app.state).await.unwrap();
    let received = server.received();
    // Her address verification has no unsubscribe link; the notice has one.
    let mail = received
        .iter()
        .find(|mail| mail.to == ["amina@example.org"] && mail.header("List-Unsubscribe").is_some())
        .expect("her mail reached the SMTP server");
    assert_eq!(mail.header("Content-Language").unwrap(), "ar");
    assert!(
        mail.header("List-Unsubscribe")
            .unwrap()
            .contains("/unsubscribe?token=")
    );
    assert_eq!(
        mail.header("List-Unsubscribe-Post").unwrap(),
        "List-Unsubscribe=One-Click"
    );
    // The member who withdrew hears nothing about it.
    assert!(kinds(&inbox(&app, &first).await).is_empty());
}

#[actix_web::test]
async fn an_organizer_stops_join_request_mails_with_one_click_and_still_sees_requests() {
    let server = SmtpServer::start();
    let app = app_sending_to(&server).await;
    let owner = member(&app, "li@example.org", "李娜", "zh", "Asia/Shanghai").await;
    let mut group = group_body("Teranga Lyon");
    group["join_policy"] = json!("approval");
    app.create_group(&owner, &group).await;
    let first = member(&app, "a@example.org", "Awa", "fr", "Europe/Paris").await;
    let second = member(&app, "b@example.org", "Binta", "fr", "Europe/Paris").await;

    assert_eq!(
        app.post_as(&first, "/api/v1/groups/teranga-lyon/join")
            .await,
        StatusCode::OK
    );
    let queued = mails(&app, "li@example.org", "join_request");
    assert_eq!(queued.len(), 1);
    assert!(has_script(&queued[0].0, HAN), "{}", queued[0].0);
    assert!(queued[0].0.contains("Awa"), "{}", queued[0].0);
    let link = queued[0].2.clone().unwrap();
    let path = link.trim_start_matches(&app.state.settings.public_url);

    // Opening the link shows a button and changes nothing; a forged link does nothing.
    let opened = reqwest::get(app.url(path)).await.unwrap();
    assert_eq!(opened.status(), StatusCode::OK);
    let forged = format!(
        "{}0",
        path.trim_end_matches(|c: char| c.is_ascii_hexdigit())
    );
    let refused = reqwest::Client::new()
        .post(app.url(&forged))
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    let settings: Value = app
        .get_as(Some(&owner), "/api/v1/me/notifications/settings")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(settings["join_request"], "mail");

    // RFC 8058: a POST without cookies or login.
    let one_click = reqwest::Client::new()
        .post(app.url(path))
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(one_click.status(), StatusCode::OK);
    assert_eq!(
        app.post_as(&second, "/api/v1/groups/teranga-lyon/join")
            .await,
        StatusCode::OK
    );

    assert_eq!(mails(&app, "li@example.org", "join_request").len(), 1);
    let notices = inbox(&app, &owner).await;
    assert_eq!(kinds(&notices), ["join_request", "join_request"]);
    let settings: Value = app
        .get_as(Some(&owner), "/api/v1/me/notifications/settings")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(settings["join_request"], "in_app");
    assert_eq!(settings["membership_decision"], "mail", "only that kind");
    assert_eq!(
        settings["weekly_digest"], "in_app",
        "the digest is asked for"
    );
    // Other kinds still come by mail: approving Binta mails her.
    let binta = app.user_id(&second).await;
    let approve = format!("/api/v1/groups/teranga-lyon/members/{binta}/approve");
    assert_eq!(app.post_as(&owner, &approve).await, StatusCode::NO_CONTENT);
    assert_eq!(mails(&app, "b@example.org", "membership_decision").len(), 1);
    deliver_due(&app.state).await.unwrap();
    // Her address verification and the one join request mail.
    assert_eq!(
        server
            .received()
            .iter()
            .filter(|mail| mail.to == ["li@example.org"])
            .count(),
        2
    );
}

#[actix_web::test]
async fn decisions_roles_changes_and_cancellations_reach_the_members_concerned() {
    let app = spawn_app_with(|_| {}).await;
    let owner = member(&app, "owner@example.org", "Moussa", "fr", "Europe/Paris").await;
    let mut group = group_body("Teranga Lyon");
    group["join_policy"] = json!("approval");
    app.create_group(&owner, &group).await;
    let awa = member(&app, "awa@example.org", "Awa", "en", "America/Toronto").await;
    let binta = member(&app, "binta@example.org", "Binta", "ru", "Europe/Moscow").await;
    for token in [&awa, &binta] {
        app.post_as(token, "/api/v1/groups/teranga-lyon/join").await;
    }
    let (awa_id, binta_id) = (app.user_id(&awa).await, app.user_id(&binta).await);
    let decide =
        |who: &str, action: &str| format!("/api/v1/groups/teranga-lyon/members/{who}/{action}");
    for (who, action) in [
        (&awa_id, "approve"),
        (&binta_id, "reject"),
        (&awa_id, "promote"),
        (&awa_id, "demote"),
    ] {
        assert_eq!(
            app.post_as(&owner, &decide(who, action)).await,
            StatusCode::NO_CONTENT
        );
    }
    // Demoting someone who organizes nothing changes nothing, and tells nobody anything.
    assert_eq!(
        app.post_as(&owner, &decide(&awa_id, "demote")).await,
        StatusCode::CONFLICT
    );
    assert_eq!(
        kinds(&inbox(&app, &awa).await),
        ["role_changed", "role_changed", "membership_decision"]
    );
    let binta_notices = inbox(&app, &binta).await;
    assert_eq!(kinds(&binta_notices), ["membership_decision"]);
    assert!(has_script(
        binta_notices["items"][0]["text"].as_str().unwrap(),
        '\u{0400}'..='\u{04FF}'
    ));
    assert_eq!(mails(&app, "awa@example.org", "role_changed").len(), 2);
    assert_eq!(
        mails(&app, "binta@example.org", "membership_decision").len(),
        1
    );

    // An event Awa goes to moves, then is cancelled; the organizer who did it hears nothing.
    let event = create_event(&app, &owner, &event_body()).await;
    let id = event["id"].as_str().unwrap();
    rsvp(&app, &awa, id, "going").await;
    rsvp(&app, &owner, id, "going").await;
    let mut moved = event_body();
    moved["starts_at"] = json!("2027-03-21T18:00:00");
    moved["ends_at"] = json!("2027-03-21T20:00:00");
    let patched = app
        .api
        .patch(app.url(&format!("/api/v1/events/{id}")))
        .bearer_auth(&owner)
        .json(&moved)
        .send()
        .await
        .unwrap();
    assert_eq!(
        patched.status(),
        StatusCode::OK,
        "{}",
        patched.text().await.unwrap()
    );
    assert_eq!(
        app.post_as(&owner, &format!("/api/v1/events/{id}/cancel"))
            .await,
        StatusCode::OK
    );

    let awa_notices = inbox(&app, &awa).await;
    assert_eq!(
        kinds(&awa_notices)[..2],
        ["event_cancelled", "event_changed"]
    );
    // 18:00 in Paris on 21 March is 13:00 in Toronto.
    let changed = awa_notices["items"][1]["text"].as_str().unwrap();
    assert!(
        changed.contains("America/Toronto") && changed.contains("1:00"),
        "{changed}"
    );
    assert_eq!(mails(&app, "awa@example.org", "event_cancelled").len(), 1);
    assert!(!kinds(&inbox(&app, &owner).await).contains(&"event_cancelled".to_owned()));

    // Pages: the header counts what is unread; marking all read empties the count.
    let unread = awa_notices["unread"].as_i64().unwrap();
    assert_eq!(unread, 5);
    assert_eq!(
        app.post_as(&awa, "/api/v1/me/notifications/read-all").await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(inbox(&app, &awa).await["unread"], 0);
}

#[actix_web::test]
async fn reminders_go_once_with_the_event_attached_however_many_instances_run() {
    let server = SmtpServer::start();
    let app = app_sending_to(&server).await;
    let owner = member(&app, "owner@example.org", "Moussa", "fr", "Europe/Paris").await;
    app.create_group(&owner, &group_body("Teranga Lyon")).await;
    let mut body = event_body();
    let start = Utc::now() + Duration::hours(3);
    body["timezone"] = json!("UTC");
    body["starts_at"] = json!(start.format("%Y-%m-%dT%H:%M:00").to_string());
    body["ends_at"] = json!(
        (start + Duration::hours(2))
            .format("%Y-%m-%dT%H:%M:00")
            .to_string()
    );
    let event = create_event(&app, &owner, &body).await;
    let id = event["id"].as_str().unwrap();
    let awa = member(&app, "awa@example.org", "Awa", "es", "America/Mexico_City").await;
    rsvp(&app, &awa, id, "going").await;
    let second = diaspora_hub::startup::build_state((*app.state.settings).clone())
        .await
        .unwrap();

    let (one, two) = tokio::join!(run_due(&app.state), run_due(&second));
    let again = run_due(&second).await.unwrap();

    assert_eq!(one.unwrap().reminders + two.unwrap().reminders, 1);
    assert_eq!(again.reminders, 0);
    assert_eq!(kinds(&inbox(&app, &awa).await), ["event_reminder"]);
    assert_eq!(mails(&app, "awa@example.org", "event_reminder").len(), 1);
    deliver_due(&app.state).await.unwrap();
    let received = server.received();
    let to_awa: Vec<_> = received
        .iter()
        .filter(|mail| mail.to == ["awa@example.org"])
        .collect();
    // Her address verification, then the reminder.
    assert_eq!(to_awa.len(), 2);
    let reminder = to_awa
        .iter()
        .find(|mail| mail.header("List-Unsubscribe").is_some())
        .unwrap();
    assert!(reminder.data.contains("text/calendar"), "ICS attached");
    assert!(
        reminder.data.contains("BEGIN:VCALENDAR") || reminder.data.contains("QkVHSU46VkNBTEVOREFS")
    );
    assert!(reminder.data.contains("multipart/mixed"));
}

#[actix_web::test]
async fn new_interest_is_batched_hourly_and_the_digest_is_in_app_unless_asked_for_by_mail() {
    let app = spawn_app_with(|_| {}).await;
    let owner = member(&app, "owner@example.org", "Moussa", "fr", "Europe/Paris").await;
    app.create_group(&owner, &group_body("Teranga Lyon")).await;
    let opportunity = create_opportunity(&app, &owner, &opportunity_body()).await;
    let id = opportunity["id"].as_str().unwrap();
    let express = |token: String| {
        let app = &app;
        async move {
            app.api
                .post(app.url(&format!("/api/v1/opportunities/{id}/interest")))
                .bearer_auth(&token)
                .json(&json!({"message": "Je peux aider."}))
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    let first = member(&app, "a@example.org", "Awa", "fr", "Europe/Paris").await;
    let second = member(&app, "b@example.org", "Binta", "fr", "Europe/Paris").await;
    assert!(express(first).await.is_success());
    assert!(express(second).await.is_success());
    // Awa's profile says she is of Senegalese heritage: the digest has news for her.
    let digest_reader = member(&app, "d@example.org", "Dior", "pt", "America/Sao_Paulo").await;
    app.api
        .patch(app.url("/api/v1/me"))
        .bearer_auth(&digest_reader)
        .json(&json!({"heritage_country": "SN"}))
        .send()
        .await
        .unwrap();

    let report = run_due(&app.state).await.unwrap();
    let third = member(&app, "c@example.org", "Coumba", "fr", "Europe/Paris").await;
    assert!(express(third).await.is_success());
    let later = run_due(&app.state).await.unwrap();

    assert_eq!(
        (report.new_interest, later.new_interest),
        (1, 0),
        "at most hourly"
    );
    let notices = inbox(&app, &owner).await;
    assert_eq!(kinds(&notices), ["new_interest"]);
    assert!(notices["items"][0]["text"].as_str().unwrap().contains('2'));
    assert_eq!(mails(&app, "owner@example.org", "new_interest").len(), 1);
    assert_eq!(report.digests, 1);
    assert_eq!(kinds(&inbox(&app, &digest_reader).await), ["weekly_digest"]);
    assert!(
        mails(&app, "d@example.org", "weekly_digest").is_empty(),
        "opt-in"
    );
    assert_eq!(later.digests, 0, "once a week");
    let rows: i64 = {
        let mut connection = app.db();
        notifications::table
            .count()
            .get_result(&mut *connection as &mut AnyConnection)
            .unwrap()
    };
    assert_eq!(rows, 2);
}

#[actix_web::test]
async fn settings_change_by_api_and_page_and_refuse_what_is_not_a_kind() {
    let app = spawn_app_with(|_| {}).await;
    let token = member(&app, "awa@example.org", "Awa", "en", "Europe/Paris").await;
    let changed = app
        .api
        .patch(app.url("/api/v1/me/notifications/settings"))
        .bearer_auth(&token)
        .json(&json!({"event_reminder": "in_app", "weekly_digest": "mail"}))
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), StatusCode::OK);
    let settings: Value = changed.json().await.unwrap();
    assert_eq!(settings["event_reminder"], "in_app");
    assert_eq!(settings["weekly_digest"], "mail");
    assert_eq!(settings["join_request"], "mail");
    let unknown = app
        .api
        .patch(app.url("/api/v1/me/notifications/settings"))
        .bearer_auth(&token)
        .json(&json!({"everything": "mail"}))
        .send()
        .await
        .unwrap();
    assert!(unknown.status().is_client_error());
    let stranger = app.get_as(None, "/api/v1/me/notifications/settings").await;
    assert_eq!(stranger.status(), StatusCode::UNAUTHORIZED);

    // The page form, as a signed-in browser.
    app.signed_up_browser("browser@example.org").await;
    let form = app.get_page("/me/notifications/settings").await;
    assert_eq!(form.status(), StatusCode::OK);
    let saved = app
        .submit_form(
            "/me/notifications/settings",
            "/me/notifications/settings",
            &[("join_request", "in_app"), ("event_reminder", "mail")],
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let page = app.get_page("/me/notifications/settings?saved=1").await;
    let html = page.text().await.unwrap();
    assert!(
        html.contains(r#"name="join_request" value="in_app" checked"#),
        "{html}"
    );
    let list = app.get_page("/me/notifications").await;
    assert_eq!(list.status(), StatusCode::OK);
}

#[actix_web::test]
async fn the_header_counts_unread_notices_and_opening_one_reads_it() {
    let app = spawn_app_with(|_| {}).await;
    let owner = member(&app, "owner@example.org", "Moussa", "fr", "Europe/Paris").await;
    let mut group = group_body("Teranga Lyon");
    group["join_policy"] = json!("approval");
    app.create_group(&owner, &group).await;
    app.signed_up_browser("browser@example.org").await;
    let before = app
        .get_page("/me/notifications")
        .await
        .text()
        .await
        .unwrap();
    assert!(!before.contains("unread)"), "nothing unread yet");
    let join = app
        .submit_form("/groups/teranga-lyon", "/groups/teranga-lyon/join", &[])
        .await;
    assert!(join.status().is_redirection(), "{}", join.status());
    // The browser member approves nothing; the owner has the request. Let the browser member
    // hear something: the owner approves them.
    let approve = app
        .api
        .get(app.url("/api/v1/groups/teranga-lyon/members"))
        .bearer_auth(&owner)
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    let pending = approve["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["status"] == "pending")
        .unwrap()["user_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let path = format!("/api/v1/groups/teranga-lyon/members/{pending}/approve");
    assert_eq!(app.post_as(&owner, &path).await, StatusCode::NO_CONTENT);

    let page = app
        .get_page("/me/notifications")
        .await
        .text()
        .await
        .unwrap();
    let page = page.replace(['\u{2068}', '\u{2069}'], "");
    assert!(page.contains("(1 unread)"), "{page}");
    let id = {
        let mut connection = app.db();
        notifications::table
            .filter(notifications::kind.eq("membership_decision"))
            .select(notifications::uuid)
            .first::<String>(&mut *connection as &mut AnyConnection)
            .unwrap()
    };
    let opened = app.get_page(&format!("/me/notifications/{id}")).await;
    assert_eq!(opened.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        opened.headers()["location"].to_str().unwrap(),
        "/groups/teranga-lyon"
    );
    let after = app
        .get_page("/me/notifications")
        .await
        .text()
        .await
        .unwrap();
    assert!(!after.contains("unread)"), "{after}");
    // Someone else's notice is not found.
    let stranger = app
        .api
        .post(app.url(&format!("/api/v1/me/notifications/{id}/read")))
        .bearer_auth(&owner)
        .send()
        .await
        .unwrap();
    assert_eq!(stranger.status(), StatusCode::NOT_FOUND);
    // The export holds them.
    let export: Value = app
        .get_as(Some(&owner), "/api/v1/me/export")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(export["notifications"][0]["kind"], "join_request");
    assert_eq!(
        export["notification_settings"].as_array().unwrap().len(),
        diaspora_hub::notifications::NotificationKind::ALL.len()
    );
}

#[actix_web::test]
async fn a_member_who_asks_for_the_digest_by_mail_gets_it_in_her_language() {
    let server = SmtpServer::start();
    let app = app_sending_to(&server).await;
    let owner = member(&app, "owner@example.org", "Moussa", "fr", "Europe/Paris").await;
    app.create_group(&owner, &group_body("Teranga Lyon")).await;
    create_event(&app, &owner, &event_body()).await;
    let earlier = member(&app, "earlier@example.org", "Ada", "en", "Europe/London").await;
    app.api
        .patch(app.url("/api/v1/me"))
        .bearer_auth(&earlier)
        .json(&json!({"heritage_country": "SN"}))
        .send()
        .await
        .unwrap();
    let li = member(&app, "li@example.org", "李娜", "zh", "Asia/Shanghai").await;
    app.api
        .patch(app.url("/api/v1/me"))
        .bearer_auth(&li)
        .json(&json!({"heritage_country": "SN"}))
        .send()
        .await
        .unwrap();
    let asked = app
        .api
        .patch(app.url("/api/v1/me/notifications/settings"))
        .bearer_auth(&li)
        .json(&json!({"weekly_digest": "mail"}))
        .send()
        .await
        .unwrap();
    assert_eq!(asked.status(), StatusCode::OK);

    // A run that stopped after an earlier member goes on after them: set the mark as such a
    // run would have left it.
    let earlier_id: i64 = {
        let mut connection = app.db();
        diaspora_hub::db::schema::users::table
            .filter(diaspora_hub::db::schema::users::email.eq("earlier@example.org"))
            .select(diaspora_hub::db::schema::users::id)
            .first(&mut *connection as &mut AnyConnection)
            .unwrap()
    };
    let week = Utc::now().iso_week();
    let mark = format!("{}-W{:02}:{earlier_id}", week.year(), week.week());
    {
        use diaspora_hub::db::schema::schedule_marks;
        let mut connection = app.db();
        diesel::insert_into(schedule_marks::table)
            .values((
                schedule_marks::name.eq("weekly_digest"),
                schedule_marks::period.eq(mark),
                schedule_marks::updated_at.eq(Utc::now().naive_utc()),
            ))
            .execute(&mut *connection as &mut AnyConnection)
            .unwrap();
    }

    run_due(&app.state).await.unwrap();

    assert!(
        kinds(&inbox(&app, &earlier).await).is_empty(),
        "done before the stop"
    );
    let digest = mails(&app, "li@example.org", "weekly_digest");
    assert_eq!(digest.len(), 1);
    assert!(has_script(&digest[0].0, HAN), "{}", digest[0].0);
    assert!(
        digest[0].1.contains("/events?heritage=SN"),
        "{}",
        digest[0].1
    );
    // The organizer has no heritage or skills set: nothing for him.
    assert!(kinds(&inbox(&app, &owner).await).is_empty());
}
