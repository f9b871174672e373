//! Moderation through the pages, without JavaScript: a member reports a fake job offer from
//! its page in Arabic; a moderator hides it and suspends its author from `/admin/reports`; it
//! is gone from the site and from partners' copies, and `/admin/audit` says who did it and
//! why. Verified organizations: an administrator verifies a group from its page; the badge,
//! the directory filter, the API and federation carry it; unverified groups' job offers warn
//! people, and links members wrote are `nofollow ugc` unless the group is verified.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::events::organizer_with_group;
use crate::federation::{get, partner_key};
use crate::helpers::{TestApp, group_body, spawn_app};
use crate::moderation::set_role;
use crate::opportunities::{create_opportunity, opportunity_body};

fn job_body() -> Value {
    let mut job = opportunity_body();
    job["kind"] = json!("job");
    job["translations"] = json!({
        "en": {"title": "Visa and job in Canada", "description": "Pay 300 € to reserve your place."}
    });
    job
}

async fn page_text(app: &TestApp, path: &str) -> String {
    let response = app.get_page(path).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    response.text().await.unwrap()
}

/// The first `action="…"` path in `html` that starts with `prefix`.
fn form_action(html: &str, prefix: &str) -> String {
    let start = html
        .find(&format!("action=\"{prefix}"))
        .unwrap_or_else(|| panic!("a form posting to {prefix}…"))
        + "action=\"".len();
    html[start..].split('"').next().unwrap().to_owned()
}

#[actix_web::test]
async fn a_fake_job_offer_reported_in_arabic_is_hidden_and_its_author_suspended_from_the_pages() {
    let app = spawn_app().await;
    let author = organizer_with_group(&app).await;
    let job = create_opportunity(&app, &author, &job_body()).await;
    let id = job["id"].as_str().unwrap().to_owned();
    let key = partner_key(&app, &["changes:read"]);
    app.signed_up_browser("aminata@example.org").await;
    app.get_page("/?lang=ar").await;

    let offer = page_text(&app, &format!("/opportunities/{id}")).await;
    assert!(
        offer.contains("id=\"safety-notice\""),
        "unverified job: a warning"
    );
    let report_href = format!("/report?target_type=opportunity&amp;target_id={id}");
    assert!(offer.contains(&report_href));
    let form_path = format!("/report?target_type=opportunity&target_id={id}");
    let form = page_text(&app, &form_path).await;
    assert!(form.contains("<html lang=\"ar\" dir=\"rtl\""));
    assert!(
        form.contains("Visa and job in Canada"),
        "says what is reported"
    );
    let without_reason = app
        .submit_form(
            &form_path,
            "/report",
            &[("target_type", "opportunity"), ("target_id", &id)],
        )
        .await;
    assert_eq!(without_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = without_reason.text().await.unwrap();
    assert!(refused.contains("id=\"reason-error\""));
    assert!(!refused.contains("This field is required"), "in Arabic");
    let filed = app
        .submit_form(
            &form_path,
            "/report",
            &[
                ("target_type", "opportunity"),
                ("target_id", &id),
                ("reason", "scam"),
                ("details", "يطلبون 300 يورو"),
            ],
        )
        .await;
    assert_eq!(filed.status(), StatusCode::SEE_OTHER);
    let mine = page_text(&app, "/me/reports?filed=1").await;
    assert!(mine.contains("يطلبون 300 يورو"));
    app.submit_form("/", "/logout", &[]).await;

    app.signed_up_browser("moderator@example.org").await;
    set_role(&app, "moderator@example.org", "moderator");
    let queue = page_text(&app, "/admin/reports").await;
    assert!(queue.contains("Visa and job in Canada"));
    assert!(
        queue.contains("Pay 300 € to reserve your place."),
        "the content itself"
    );
    assert!(queue.contains("يطلبون 300 يورو"), "what the reporter said");
    let act = form_action(&queue, "/admin/reports/");
    let suspend = form_action(&queue, "/admin/users/");
    let no_reason = app
        .submit_form(
            "/admin/reports",
            &act,
            &[("action", "hide"), ("reason", "")],
        )
        .await;
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let hidden = app
        .submit_form(
            "/admin/reports",
            &act,
            &[("action", "hide"), ("reason", "Visa fee scam.")],
        )
        .await;
    assert_eq!(hidden.status(), StatusCode::SEE_OTHER);
    let suspended = app
        .submit_form(
            "/admin/reports",
            &suspend,
            &[("reason", "Posts visa fee scams.")],
        )
        .await;
    assert_eq!(suspended.status(), StatusCode::SEE_OTHER);

    assert_eq!(
        app.api
            .get(app.url(&format!("/opportunities/{id}")))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
    let feed = app
        .api
        .get(app.url("/feeds/opportunities.atom"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!feed.contains(&id));
    let changes: Value = get(&app, &key, "/federation/v1/changes")
        .await
        .json()
        .await
        .unwrap();
    let last = changes["items"]
        .as_array()
        .unwrap()
        .iter()
        .rfind(|item| item["id"] == id)
        .unwrap()
        .clone();
    assert_eq!(last["op"], "delete");
    assert_eq!(
        app.get_as(Some(&author), "/api/v1/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
    let audit = page_text(&app, "/admin/audit").await;
    assert!(audit.contains("Visa fee scam.") && audit.contains("Posts visa fee scams."));
    assert!(audit.contains("Awa"), "who did it");
}

#[actix_web::test]
async fn an_administrator_verifies_a_group_and_everyone_can_tell() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    app.create_group(&organizer, &group_body("Diaspora inconnue"))
        .await;
    create_opportunity(&app, &organizer, &job_body()).await;
    let key = partner_key(&app, &["changes:read"]);
    app.signed_up_browser("admin@example.org").await;
    set_role(&app, "admin@example.org", "admin");
    let group_page = page_text(&app, "/groups/teranga-lyon").await;
    assert!(group_page.contains("action=\"/admin/groups/teranga-lyon/verify\""));
    let job_before = app
        .get_as(None, "/api/v1/opportunities")
        .await
        .json::<Value>()
        .await
        .unwrap();
    let job_id = job_before["items"][0]["id"].as_str().unwrap().to_owned();
    let unverified_page = page_text(&app, &format!("/opportunities/{job_id}")).await;
    assert!(unverified_page.contains("id=\"safety-notice\""));
    assert!(unverified_page.contains("rel=\"nofollow ugc noopener\""));

    let verified = app
        .submit_form(
            "/groups/teranga-lyon",
            "/admin/groups/teranga-lyon/verify",
            &[("note", "Association W691234567, prefecture of Rhône.")],
        )
        .await;

    assert_eq!(verified.status(), StatusCode::SEE_OTHER);
    let group: Value = app
        .get_as(None, "/api/v1/groups/teranga-lyon")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(group["verified"], true);
    let other: Value = app
        .get_as(None, "/api/v1/groups/diaspora-inconnue")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(other["verified"], false);
    let only_verified: Value = app
        .get_as(None, "/api/v1/groups?verified=true")
        .await
        .json()
        .await
        .unwrap();
    let slugs: Vec<&str> = only_verified["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, ["teranga-lyon"]);
    let directory = page_text(&app, "/groups?verified=true").await;
    assert!(directory.contains("/groups/teranga-lyon") && !directory.contains("diaspora-inconnue"));
    assert!(directory.contains("name=\"verified\" value=\"true\" checked"));
    let bad = app.get_as(None, "/api/v1/groups?verified=maybe").await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let changes: Value = get(&app, &key, "/federation/v1/changes")
        .await
        .json()
        .await
        .unwrap();
    let last = changes["items"]
        .as_array()
        .unwrap()
        .iter()
        .rfind(|item| item["id"] == group["id"])
        .unwrap()
        .clone();
    assert_eq!(last["object"]["verified"], true, "partners hear of it");
    let verified_page = page_text(&app, &format!("/opportunities/{job_id}")).await;
    assert!(!verified_page.contains("id=\"safety-notice\""));
    assert!(!verified_page.contains("nofollow ugc"));
    let group_page = page_text(&app, "/groups/teranga-lyon").await;
    assert!(group_page.contains("Association W691234567, prefecture of Rhône."));
}

#[actix_web::test]
async fn organizers_still_open_their_hidden_listing_and_are_told_it_is_hidden() {
    let app = spawn_app().await;
    app.signed_up_browser("organizer@example.org").await;
    let token: Value = app
        .login("organizer@example.org", crate::helpers::PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let token = token["token"].as_str().unwrap().to_owned();
    app.create_group(&token, &group_body("Teranga Lyon")).await;
    let job = create_opportunity(&app, &token, &job_body()).await;
    let id = job["id"].as_str().unwrap().to_owned();
    let moderator = crate::moderation::moderator(&app, "moderator@example.org").await;
    crate::moderation::act(
        &app,
        &moderator,
        &format!("/api/v1/admin/opportunities/{id}/hide"),
        "Visa fee scam.",
    )
    .await;

    let organizer_view = page_text(&app, &format!("/opportunities/{id}")).await;
    let stranger = app
        .api
        .get(app.url(&format!("/opportunities/{id}")))
        .send()
        .await
        .unwrap()
        .status();

    assert!(organizer_view.contains("only its organizers can see it"));
    assert_eq!(stranger, StatusCode::NOT_FOUND);
}
