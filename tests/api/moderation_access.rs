//! Who may moderate: every moderation endpoint for an anonymous visitor, a member, the group's
//! owner and organizer, a moderator, an administrator and a suspended moderator. Members learn
//! nothing (401 or 403), moderators act, administrators also verify and hand out roles.

use reqwest::StatusCode;
use serde_json::json;

use crate::events::{create_event, event_body, organizer_with_group};
use crate::helpers::{TestApp, spawn_app};
use crate::moderation::{moderator, report, set_role};

struct People {
    member: String,
    owner: String,
    organizer: String,
    moderator: String,
    admin: String,
    suspended: String,
}

async fn people(app: &TestApp) -> People {
    let owner = organizer_with_group(app).await;
    let organizer = app.signed_up_token("co-organizer@example.org").await;
    let organizer_id = app.user_id(&organizer).await;
    app.post_as(&organizer, "/api/v1/groups/teranga-lyon/join")
        .await;
    app.post_as(
        &owner,
        &format!("/api/v1/groups/teranga-lyon/members/{organizer_id}/promote"),
    )
    .await;
    let suspended = moderator(app, "suspended-moderator@example.org").await;
    let moderator_token = moderator(app, "moderator@example.org").await;
    let suspended_id = app.user_id(&suspended).await;
    let admin = app.signed_up_token("admin@example.org").await;
    set_role(app, "admin@example.org", "admin");
    let status = app
        .api
        .post(app.url(&format!("/api/v1/admin/users/{suspended_id}/suspend")))
        .bearer_auth(&admin)
        .json(&json!({"reason": "Abused the role."}))
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(
        status,
        StatusCode::NO_CONTENT,
        "an admin suspends a moderator"
    );
    People {
        member: app.signed_up_token("member@example.org").await,
        owner,
        organizer,
        moderator: moderator_token,
        admin,
        suspended,
    }
}

/// What each caller gets from one request: (who, status).
async fn statuses(
    app: &TestApp,
    people: &People,
    method: reqwest::Method,
    path: &str,
    body: &serde_json::Value,
) -> Vec<(&'static str, StatusCode)> {
    let callers: [(&'static str, Option<&String>); 7] = [
        ("anonymous", None),
        ("member", Some(&people.member)),
        ("owner", Some(&people.owner)),
        ("organizer", Some(&people.organizer)),
        ("suspended", Some(&people.suspended)),
        ("moderator", Some(&people.moderator)),
        ("admin", Some(&people.admin)),
    ];
    let mut seen = Vec::new();
    for (who, token) in callers {
        let mut request = app.api.request(method.clone(), app.url(path)).json(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        seen.push((who, request.send().await.unwrap().status()));
    }
    seen
}

fn expect(
    seen: &[(&'static str, StatusCode)],
    allowed: &[&str],
    first_allowed: StatusCode,
    path: &str,
) {
    let mut first = true;
    for (who, status) in seen {
        match *who {
            "anonymous" | "suspended" => {
                assert_eq!(*status, StatusCode::UNAUTHORIZED, "{who} {path}")
            }
            _ if allowed.contains(who) => {
                if first {
                    assert_eq!(*status, first_allowed, "{who} {path}");
                    first = false;
                } else {
                    // The same action again: done already, never refused for the role.
                    assert!(
                        *status == first_allowed || *status == StatusCode::CONFLICT,
                        "{who} {path}: {status}"
                    );
                }
            }
            _ => assert_eq!(*status, StatusCode::FORBIDDEN, "{who} {path}"),
        }
    }
}

#[actix_web::test]
async fn only_moderators_and_administrators_moderate_and_only_administrators_verify_and_grant() {
    let app = spawn_app().await;
    let people = people(&app).await;
    let event = create_event(&app, &people.owner, &event_body()).await;
    let event = event["id"].as_str().unwrap().to_owned();
    let target = app.signed_up_token("target@example.org").await;
    let member_id = app.user_id(&target).await;
    report(&app, &people.member, "event", &event, "spam").await;
    report(&app, &people.organizer, "group", "teranga-lyon", "spam").await;
    let queue: serde_json::Value = app
        .get_as(Some(&people.admin), "/api/v1/admin/reports")
        .await
        .json()
        .await
        .unwrap();
    let report_id = queue["items"][0]["id"].as_i64().unwrap();
    let reason = json!({"reason": "Checked."});
    let moderators = ["moderator", "admin"];
    let admins = ["admin"];
    use reqwest::Method;

    let cases: Vec<(Method, String, serde_json::Value, &[&str], StatusCode)> = vec![
        (
            Method::GET,
            "/api/v1/admin/reports".into(),
            json!({}),
            &moderators,
            StatusCode::OK,
        ),
        (
            Method::GET,
            "/api/v1/admin/appeals".into(),
            json!({}),
            &moderators,
            StatusCode::OK,
        ),
        (
            Method::GET,
            "/api/v1/admin/audit".into(),
            json!({}),
            &moderators,
            StatusCode::OK,
        ),
        (
            Method::POST,
            format!("/api/v1/admin/reports/{report_id}/dismiss"),
            reason.clone(),
            &moderators,
            StatusCode::NO_CONTENT,
        ),
        (
            Method::POST,
            format!("/api/v1/admin/events/{event}/hide"),
            reason.clone(),
            &moderators,
            StatusCode::NO_CONTENT,
        ),
        (
            Method::POST,
            format!("/api/v1/admin/events/{event}/restore"),
            reason.clone(),
            &moderators,
            StatusCode::NO_CONTENT,
        ),
        (
            Method::POST,
            "/api/v1/admin/groups/teranga-lyon/hide".into(),
            reason.clone(),
            &moderators,
            StatusCode::NO_CONTENT,
        ),
        (
            Method::POST,
            "/api/v1/admin/groups/teranga-lyon/restore".into(),
            reason.clone(),
            &moderators,
            StatusCode::NO_CONTENT,
        ),
        (
            Method::POST,
            format!("/api/v1/admin/users/{member_id}/suspend"),
            reason.clone(),
            &moderators,
            StatusCode::NO_CONTENT,
        ),
        (
            Method::POST,
            format!("/api/v1/admin/users/{member_id}/unsuspend"),
            reason.clone(),
            &moderators,
            StatusCode::NO_CONTENT,
        ),
        (
            Method::POST,
            "/api/v1/admin/groups/teranga-lyon/verify".into(),
            json!({"note": "Registry W691234567."}),
            &admins,
            StatusCode::NO_CONTENT,
        ),
        (
            Method::POST,
            "/api/v1/admin/groups/teranga-lyon/unverify".into(),
            reason.clone(),
            &admins,
            StatusCode::NO_CONTENT,
        ),
        (
            Method::POST,
            format!("/api/v1/admin/users/{member_id}/role"),
            json!({"role": "user", "reason": "Checked."}),
            &admins,
            StatusCode::OK,
        ),
    ];
    for (method, path, body, allowed, first_allowed) in cases {
        let seen = statuses(&app, &people, method, &path, &body).await;
        expect(&seen, allowed, first_allowed, &path);
    }
}

#[actix_web::test]
async fn a_moderator_cannot_suspend_another_moderator_or_an_administrator() {
    let app = spawn_app().await;
    let first = moderator(&app, "first@example.org").await;
    let second = moderator(&app, "second@example.org").await;
    let admin = app.signed_up_token("admin@example.org").await;
    set_role(&app, "admin@example.org", "admin");
    let (second_id, admin_id) = (app.user_id(&second).await, app.user_id(&admin).await);
    let suspend = |token: &str, id: &str| {
        app.api
            .post(app.url(&format!("/api/v1/admin/users/{id}/suspend")))
            .bearer_auth(token.to_owned())
            .json(&json!({"reason": "Power struggle."}))
            .send()
    };

    let on_moderator = suspend(&first, &second_id).await.unwrap().status();
    let on_admin = suspend(&first, &admin_id).await.unwrap().status();
    let admin_on_self = suspend(&admin, &admin_id).await.unwrap().status();

    assert_eq!(on_moderator, StatusCode::FORBIDDEN);
    assert_eq!(on_admin, StatusCode::FORBIDDEN);
    assert_eq!(admin_on_self, StatusCode::FORBIDDEN);
    assert_eq!(app.count("audit_log"), 0, "nothing was done");
}
