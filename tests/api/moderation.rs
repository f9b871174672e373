//! Reports as members and moderators live them: once per member and target, limited per hour,
//! every open report on a target closed by one action, outcomes under "My reports"; and an
//! append-only audit log with a row for every action. Hiding and suspensions are in
//! `moderation_hiding`, appeals in `moderation_appeals`; the helpers here serve all three.

use diaspora_hub::db::AnyConnection;
use diaspora_hub::db::schema::{audit_log, notifications, users};
use diesel::prelude::*;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::events::{create_event, event_body, organizer_with_group};
use crate::federation::get;
use crate::helpers::{TestApp, spawn_app, spawn_app_with};
use crate::opportunities::{create_opportunity, opportunity_body};

/// Gives the account `email` the role `role` (`moderator`, `admin` or `user`).
pub fn set_role(app: &TestApp, email: &str, role: &str) {
    let mut connection = app.db();
    diesel::update(users::table.filter(users::email.eq(email)))
        .set(users::role.eq(role))
        .execute(&mut *connection as &mut AnyConnection)
        .unwrap();
}

/// Signs up `email` and makes them a moderator; their token.
pub async fn moderator(app: &TestApp, email: &str) -> String {
    let token = app.signed_up_token(email).await;
    set_role(app, email, "moderator");
    token
}

/// POSTs `{"reason": reason}` to `path` as `token`.
pub async fn act(app: &TestApp, token: &str, path: &str, reason: &str) -> reqwest::Response {
    app.api
        .post(app.url(path))
        .bearer_auth(token)
        .json(&json!({ "reason": reason }))
        .send()
        .await
        .unwrap()
}

/// Files a report as `token`.
pub async fn report(
    app: &TestApp,
    token: &str,
    target_type: &str,
    target_id: &str,
    reason: &str,
) -> reqwest::Response {
    app.api
        .post(app.url("/api/v1/reports"))
        .bearer_auth(token)
        .json(&json!({
            "target_type": target_type, "target_id": target_id,
            "reason": reason, "details": "Asks for a 300 € fee before the interview."
        }))
        .send()
        .await
        .unwrap()
}

pub async fn json_of(response: reqwest::Response) -> Value {
    response.json().await.unwrap()
}

/// What a partner following the change feed from the start sees for `id`: its last op.
pub async fn partner_view(app: &TestApp, key: &str, id: &str) -> Option<String> {
    let page = json_of(get(app, key, "/federation/v1/changes?limit=100").await).await;
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .rfind(|item| item["id"] == id)
        .map(|item| item["op"].as_str().unwrap().to_owned())
}

pub fn notices_of(app: &TestApp, email: &str) -> Vec<(String, String, String)> {
    let mut connection = app.db();
    notifications::table
        .inner_join(users::table)
        .filter(users::email.eq(email))
        .order(notifications::id)
        .select((
            notifications::kind,
            notifications::message,
            notifications::link,
        ))
        .load(&mut *connection as &mut AnyConnection)
        .unwrap()
}

#[actix_web::test]
async fn a_member_reports_once_and_sees_what_the_moderators_decided() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let mut job = opportunity_body();
    job["kind"] = json!("job");
    let offer = create_opportunity(&app, &organizer, &job).await;
    let id = offer["id"].as_str().unwrap();
    let member = app.signed_up_token("aminata@example.org").await;
    let moderator = moderator(&app, "moderator@example.org").await;

    let filed = report(&app, &member, "opportunity", id, "scam").await;
    let again = report(&app, &member, "opportunity", id, "spam").await;
    let unknown = report(&app, &member, "event", "not-an-event", "spam").await;
    let bad = report(&app, &member, "planet", id, "boring").await;

    assert_eq!(filed.status(), StatusCode::CREATED);
    let filed = json_of(filed).await;
    assert_eq!(filed["status"], "open");
    assert_eq!(filed["reason"], "scam");
    assert_eq!(again.status(), StatusCode::CONFLICT);
    assert_eq!(json_of(again).await["code"], "already_reported");
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let bad = json_of(bad).await;
    let fields: Vec<&str> = bad["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| error["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["target_type", "reason"]);

    let queue = json_of(app.get_as(Some(&moderator), "/api/v1/admin/reports").await).await;
    assert_eq!(queue["items"][0]["target_type"], "opportunity");
    assert_eq!(queue["items"][0]["target_id"], id);
    assert_eq!(queue["items"][0]["report_count"], 1);
    assert_eq!(queue["items"][0]["reasons"], json!(["scam"]));
    let report_id = queue["items"][0]["id"].as_i64().unwrap();
    let no_reason = act(
        &app,
        &moderator,
        &format!("/api/v1/admin/reports/{report_id}/hide"),
        "  ",
    )
    .await;
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let hidden = act(
        &app,
        &moderator,
        &format!("/api/v1/admin/reports/{report_id}/hide"),
        "Fee before interview: a known visa scam.",
    )
    .await;
    assert_eq!(hidden.status(), StatusCode::NO_CONTENT);

    let mine = json_of(app.get_as(Some(&member), "/api/v1/me/reports").await).await;
    assert_eq!(mine["items"][0]["status"], "hidden");
    assert_eq!(
        mine["items"][0]["outcome_reason"],
        "Fee before interview: a known visa scam."
    );
    // Closed, so a new report on the same target is possible again.
    assert_eq!(
        report(&app, &member, "opportunity", id, "scam")
            .await
            .status(),
        StatusCode::NOT_FOUND,
        "hidden now: nothing to report for someone who cannot see it"
    );
    let told_reporter = notices_of(&app, "aminata@example.org");
    assert!(
        told_reporter
            .iter()
            .any(|(kind, message, link)| kind == "report_outcome"
                && message == "notice-report-hidden"
                && link == "/me/reports"),
        "{told_reporter:?}"
    );
    let told_owner = notices_of(&app, "organizer@example.org");
    assert!(
        told_owner
            .iter()
            .any(|(kind, message, link)| kind == "report_outcome"
                && message == "notice-moderation-hidden"
                && link.starts_with("/appeals/")),
        "{told_owner:?}"
    );
    let queue = json_of(app.get_as(Some(&moderator), "/api/v1/admin/reports").await).await;
    assert_eq!(queue["items"], json!([]), "acting closed the report");
    let export = json_of(app.get_as(Some(&member), "/api/v1/me/export").await).await;
    assert_eq!(
        export["reports"][0]["target_id"], id,
        "her reports are her data"
    );
    assert_eq!(export["reports"][0]["status"], "hidden");
}

#[actix_web::test]
async fn acting_on_one_report_closes_every_open_report_on_the_target() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let event = create_event(&app, &organizer, &event_body()).await;
    let id = event["id"].as_str().unwrap();
    let first = app.signed_up_token("first@example.org").await;
    let second = app.signed_up_token("second@example.org").await;
    let moderator = moderator(&app, "moderator@example.org").await;
    report(&app, &first, "event", id, "spam").await;
    report(&app, &second, "event", id, "hate").await;
    report(&app, &second, "group", "teranga-lyon", "other").await;

    let queue = json_of(app.get_as(Some(&moderator), "/api/v1/admin/reports").await).await;
    assert_eq!(queue["items"][0]["target_id"], id, "most reported first");
    assert_eq!(queue["items"][0]["report_count"], 2);
    assert_eq!(queue["items"][0]["reasons"], json!(["spam", "hate"]));
    let dismissed = act(
        &app,
        &moderator,
        &format!(
            "/api/v1/admin/reports/{}/dismiss",
            queue["items"][0]["id"].as_i64().unwrap()
        ),
        "A real community dinner.",
    )
    .await;

    assert_eq!(dismissed.status(), StatusCode::NO_CONTENT);
    for token in [&first, &second] {
        let mine = json_of(app.get_as(Some(token), "/api/v1/me/reports").await).await;
        let on_event = mine["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|item| item["target_id"] == id)
            .unwrap()
            .clone();
        assert_eq!(on_event["status"], "dismissed");
    }
    let queue = json_of(app.get_as(Some(&moderator), "/api/v1/admin/reports").await).await;
    assert_eq!(queue["items"].as_array().unwrap().len(), 1, "{queue}");
    assert_eq!(queue["items"][0]["target_type"], "group");
    assert_eq!(
        app.get_as(None, &format!("/api/v1/events/{id}"))
            .await
            .status(),
        StatusCode::OK,
        "dismissing leaves the event alone"
    );
}

#[actix_web::test]
async fn reports_are_limited_per_member_per_hour() {
    let app = spawn_app_with(|settings| settings.reports_per_hour = 2).await;
    let organizer = organizer_with_group(&app).await;
    let member = app.signed_up_token("member@example.org").await;
    let mut ids = Vec::new();
    for _ in 0..3 {
        let event = create_event(&app, &organizer, &event_body()).await;
        ids.push(event["id"].as_str().unwrap().to_owned());
    }

    let statuses = [
        report(&app, &member, "event", &ids[0], "spam")
            .await
            .status(),
        report(&app, &member, "event", &ids[1], "spam")
            .await
            .status(),
    ];
    let third = report(&app, &member, "event", &ids[2], "spam").await;

    assert_eq!(statuses, [StatusCode::CREATED, StatusCode::CREATED]);
    assert_eq!(third.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(third.headers().contains_key("retry-after"));
    assert_eq!(app.count("reports"), 2);
}

#[actix_web::test]
async fn the_audit_log_has_a_row_for_every_action_and_the_database_refuses_to_change_it() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let event = create_event(&app, &organizer, &event_body()).await;
    let event = event["id"].as_str().unwrap().to_owned();
    let member = app.signed_up_token("member@example.org").await;
    let member_id = app.user_id(&member).await;
    let moderator = moderator(&app, "moderator@example.org").await;
    let admin = app.signed_up_token("admin@example.org").await;
    set_role(&app, "admin@example.org", "admin");
    report(&app, &member, "event", &event, "spam").await;
    let queue = json_of(app.get_as(Some(&moderator), "/api/v1/admin/reports").await).await;
    let report_id = queue["items"][0]["id"].as_i64().unwrap();

    let steps = [
        (
            &moderator,
            format!("/api/v1/admin/reports/{report_id}/dismiss"),
        ),
        (&moderator, format!("/api/v1/admin/events/{event}/hide")),
        (&moderator, format!("/api/v1/admin/events/{event}/restore")),
        (
            &moderator,
            format!("/api/v1/admin/users/{member_id}/suspend"),
        ),
        (
            &moderator,
            format!("/api/v1/admin/users/{member_id}/unsuspend"),
        ),
        (
            &admin,
            "/api/v1/admin/groups/teranga-lyon/unverify".to_owned(),
        ),
    ];
    for (token, path) in &steps {
        let status = act(&app, token, path, "Because.").await.status();
        assert_eq!(status, StatusCode::NO_CONTENT, "{path}");
    }
    let verified = app
        .api
        .post(app.url("/api/v1/admin/groups/teranga-lyon/verify"))
        .bearer_auth(&admin)
        .json(&json!({"note": "Association registered at the prefecture, W691234567."}))
        .send()
        .await
        .unwrap();
    assert_eq!(verified.status(), StatusCode::NO_CONTENT);
    let role = app
        .api
        .post(app.url(&format!("/api/v1/admin/users/{member_id}/role")))
        .bearer_auth(&admin)
        .json(&json!({"role": "moderator", "reason": "Trusted community leader."}))
        .send()
        .await
        .unwrap();
    assert_eq!(role.status(), StatusCode::OK);

    let audit = json_of(app.get_as(Some(&moderator), "/api/v1/admin/audit").await).await;
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "grant_moderator",
            "verify",
            "unverify",
            "unsuspend",
            "suspend",
            "restore",
            "hide",
            "dismiss"
        ]
    );
    assert_eq!(audit["items"][7]["actor_name"], "Awa");
    assert_eq!(audit["items"][7]["reason"], "Because.");
    assert_eq!(audit["items"][1]["target_type"], "group");
    let mut connection = app.db();
    let connection: &mut AnyConnection = &mut connection;
    let rewrite = diesel::update(audit_log::table)
        .set(audit_log::reason.eq("nothing happened"))
        .execute(connection);
    let erase = diesel::delete(audit_log::table).execute(connection);
    assert!(rewrite.is_err() && erase.is_err(), "append-only");
    assert_eq!(
        audit_log::table
            .count()
            .get_result::<i64>(connection)
            .unwrap(),
        8
    );
    let export = json_of(app.get_as(Some(&moderator), "/api/v1/me/export").await).await;
    assert!(
        !export.to_string().contains("Because."),
        "in nobody's export"
    );
}

#[actix_web::test]
async fn a_reported_member_is_suspended_by_acting_on_the_report_and_the_reporter_is_told() {
    let app = spawn_app().await;
    let harasser = app.signed_up_token("harasser@example.org").await;
    let harasser_id = app.user_id(&harasser).await;
    let member = app.signed_up_token("member@example.org").await;
    let moderator = moderator(&app, "moderator@example.org").await;

    let filed = report(&app, &member, "user", &harasser_id, "hate").await;
    let queue = json_of(app.get_as(Some(&moderator), "/api/v1/admin/reports").await).await;
    let report_id = queue["items"][0]["id"].as_i64().unwrap();
    let suspended = act(
        &app,
        &moderator,
        &format!("/api/v1/admin/reports/{report_id}/hide"),
        "Insults in private messages.",
    )
    .await;

    assert_eq!(filed.status(), StatusCode::CREATED);
    assert_eq!(queue["items"][0]["target_type"], "user");
    assert_eq!(suspended.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.get_as(Some(&harasser), "/api/v1/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
    let mine = json_of(app.get_as(Some(&member), "/api/v1/me/reports").await).await;
    assert_eq!(mine["items"][0]["status"], "hidden");
    let audit = json_of(app.get_as(Some(&moderator), "/api/v1/admin/audit").await).await;
    assert_eq!(audit["items"][0]["action"], "suspend");
    assert_eq!(audit["items"][0]["target_id"], harasser_id.as_str());
}
