//! Opportunity pages: publishing through the form, the page with its schema.org data,
//! expressing interest through the page, escaping, listings on group and country pages, the
//! Atom feed and "Matches for me".

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{PASSWORD, TestApp, group_body, spawn_app};
use crate::opportunities::{create_opportunity, in_days, opportunity_body};

/// Signs the browser up and makes it the organizer of `teranga-lyon`; returns its API token.
pub async fn browser_organizer(app: &TestApp) -> String {
    app.signed_up_browser("organizer@example.org").await;
    let login: Value = app
        .login("organizer@example.org", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let token = login["token"].as_str().unwrap().to_owned();
    app.create_group(&token, &group_body("Teranga Lyon")).await;
    token
}

fn json_ld(html: &str) -> Value {
    let marker = r#"<script type="application/ld+json">"#;
    let start = html.find(marker).unwrap() + marker.len();
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).unwrap()
}

#[actix_web::test]
async fn an_organizer_publishes_through_the_form_and_the_page_carries_a_job_posting() {
    let app = spawn_app().await;
    browser_organizer(&app).await;
    let expires = in_days(30);
    let form = [
        ("kind", "volunteering"),
        ("primary_language", "fr"),
        ("translation_language_1", "fr"),
        ("translation_title_1", "Cours de soutien"),
        ("translation_description_1", "Aider des lycéens le samedi."),
        ("heritage_country", "SN"),
        ("country", "FR"),
        ("city", "Lyon"),
        ("remote", "on"),
        ("skills", "teaching, maths"),
        ("languages", "fr, wo"),
        ("commitment", "Samedi matin"),
        ("accepts_interest", "on"),
        ("expires_at", expires.as_str()),
    ];

    let response = app
        .submit_form(
            "/groups/teranga-lyon/opportunities/new",
            "/groups/teranga-lyon/opportunities/new",
            &form,
        )
        .await;

    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{}",
        response.text().await.unwrap()
    );
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let html = app.get_page(&location).await.text().await.unwrap();
    assert!(html.contains(r#"<h1 lang="fr" dir="ltr">Cours de soutien</h1>"#));
    let posting = json_ld(&html);
    assert_eq!(posting["@type"], "JobPosting");
    assert_eq!(posting["employmentType"], "VOLUNTEER");
    assert_eq!(posting["jobLocationType"], "TELECOMMUTE");
    assert_eq!(
        posting["hiringOrganization"]["name"], "Teranga Lyon (EN)",
        "in the reader's language"
    );
    assert!(
        posting["validThrough"]
            .as_str()
            .unwrap()
            .starts_with(&in_days(31)),
        "the end of the last day"
    );
    assert_eq!(posting["jobLocation"]["address"]["addressLocality"], "Lyon");
    let group_page = app
        .get_page("/groups/teranga-lyon")
        .await
        .text()
        .await
        .unwrap();
    let country_page = app.get_page("/countries/SN").await.text().await.unwrap();
    let listing = app
        .get_page("/opportunities?kind=volunteering&remote=true")
        .await
        .text()
        .await
        .unwrap();
    let other_kind = app
        .get_page("/opportunities?kind=grant")
        .await
        .text()
        .await
        .unwrap();
    for page in [&group_page, &country_page, &listing] {
        assert!(page.contains("Cours de soutien"));
    }
    assert!(!other_kind.contains("Cours de soutien"));
}

#[actix_web::test]
async fn a_bad_form_is_shown_again_with_localized_errors_and_nothing_is_saved() {
    let app = spawn_app().await;
    browser_organizer(&app).await;

    let response = app
        .submit_form(
            "/groups/teranga-lyon/opportunities/new?lang=fr",
            "/groups/teranga-lyon/opportunities/new",
            &[
                ("kind", "mentoring"),
                ("primary_language", "fr"),
                ("translation_language_1", "fr"),
                ("translation_title_1", "Parrainage"),
                ("translation_description_1", "Texte."),
                ("apply_url", "javascript:alert(1)"),
                ("expires_at", "2020-01-01"),
            ],
        )
        .await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    assert!(
        html.contains(r#"value="Parrainage""#),
        "what was typed is kept"
    );
    assert!(html.contains(r#"lang="fr""#));
    assert!(html.contains("field-invalid"));
    assert!(
        !html.contains("This closing date has passed"),
        "in French, not English"
    );
    assert_eq!(app.count("opportunities"), 0);
}

#[actix_web::test]
async fn interest_through_the_page_reaches_the_organizer_escaped() {
    let app = spawn_app().await;
    let token = app.signed_up_token("organizer@example.org").await;
    app.create_group(&token, &group_body("Teranga Lyon")).await;
    let created = create_opportunity(&app, &token, &opportunity_body()).await;
    let id = created["id"].as_str().unwrap();
    app.signed_up_browser("member@example.org").await;
    let page = format!("/opportunities/{id}");

    let sent = app
        .submit_form(
            &page,
            &format!("{page}/interest"),
            &[("message", "<script>alert(1)</script> I can help")],
        )
        .await;
    let twice = app
        .submit_form(&page, &format!("{page}/interest"), &[("message", "again")])
        .await;
    let member_view = app.get_page(&page).await.text().await.unwrap();
    let mine = app.get_page("/me/interests").await.text().await.unwrap();
    let interests: Value = app
        .get_as(
            Some(&token),
            &format!("/api/v1/opportunities/{id}/interests"),
        )
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    assert_eq!(twice.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        twice
            .text()
            .await
            .unwrap()
            .contains("already expressed interest")
    );
    assert!(member_view.contains("You expressed interest on"));
    assert!(member_view.contains("&#60;script&#62;alert(1)&#60;/script&#62;"));
    assert!(!member_view.contains("<script>alert(1)"));
    assert!(mine.contains("Mentor young accountants"));
    assert_eq!(interests["items"].as_array().unwrap().len(), 1);
}

#[actix_web::test]
async fn the_atom_feed_lists_open_public_opportunities_with_filters() {
    let app = spawn_app().await;
    let token = app.signed_up_token("organizer@example.org").await;
    app.create_group(&token, &group_body("Teranga Lyon")).await;
    create_opportunity(&app, &token, &opportunity_body()).await;
    let mut grant = opportunity_body();
    grant["kind"] = json!("grant");
    grant["translations"] =
        json!({"en": {"title": "Seed <grant> & more", "description": "Money."}});
    create_opportunity(&app, &token, &grant).await;

    let all = app.get_page("/feeds/opportunities.atom").await;
    let content_type = all.headers()["content-type"].to_str().unwrap().to_owned();
    let all = all.text().await.unwrap();
    let grants = app
        .get_page("/feeds/opportunities.atom?kind=grant")
        .await
        .text()
        .await
        .unwrap();

    assert!(content_type.starts_with("application/atom+xml"));
    assert_eq!(all.matches("<entry").count(), 2);
    assert!(all.contains("Seed &lt;grant&gt; &amp; more"));
    assert_eq!(grants.matches("<entry").count(), 1);
    assert!(!grants.contains("Mentor young accountants"));
}

#[actix_web::test]
async fn matches_for_me_explains_each_match_in_the_members_language() {
    let app = spawn_app().await;
    let token = app.signed_up_token("organizer@example.org").await;
    app.create_group(&token, &group_body("Teranga Lyon")).await;
    create_opportunity(&app, &token, &opportunity_body()).await;
    app.signed_up_browser("member@example.org").await;
    let before = app.get_page("/me/matches").await.text().await.unwrap();
    app.submit_form(
        "/me",
        "/me",
        &[
            ("display_name", "Awa"),
            ("locale", "fr"),
            ("timezone", "Europe/Paris"),
            ("heritage_country", "SN"),
            ("residence_country", "FR"),
            ("residence_city", "Lyon"),
            ("languages", "wo"),
            ("skills", "accounting"),
        ],
    )
    .await;

    let after = app.get_page("/me/matches").await.text().await.unwrap();

    assert!(
        before.contains(r#"class="notice""#),
        "asks to fill in the profile"
    );
    assert!(
        after.contains("Mentor young accountants")
            || after.contains("Parrainer de jeunes comptables")
    );
    assert!(
        after.contains("Parrainer de jeunes comptables"),
        "the French text for a French reader"
    );
    assert!(after.contains("wolof"), "reasons in French: {after}");
    assert!(
        after.contains("comptabilité"),
        "the skill concept named in French"
    );
}
