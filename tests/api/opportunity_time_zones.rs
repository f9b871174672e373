//! An opportunity's expiry date ends at midnight in its own time zone: the organizer's by
//! default, or the one given; through the API, the page and the form.

use chrono::{Days, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use diesel::prelude::*;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::events::organizer_with_group;
use crate::helpers::{TestApp, spawn_app};
use crate::opportunities::{create_opportunity, in_days, opportunity_body};
use crate::opportunity_pages::browser_organizer;

/// When "open through `date`" ends in `zone`, as the API writes it.
fn end_of(date: &str, zone: &str) -> String {
    let zone: Tz = zone.parse().unwrap();
    let next_day = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap() + Days::new(1);
    zone.from_local_datetime(&next_day.and_time(NaiveTime::MIN))
        .earliest()
        .unwrap()
        .with_timezone(&Utc)
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn same_instant(left: &Value, right: &str) -> bool {
    let parse = |text: &str| chrono::DateTime::parse_from_rfc3339(text).unwrap();
    parse(left.as_str().unwrap()) == parse(right)
}

async fn set_profile_zone(app: &TestApp, email: &str, zone: &str) {
    use diaspora_hub::db::schema::users;
    diesel::update(users::table.filter(users::email.eq(email)))
        .set(users::timezone.eq(zone))
        .execute(&mut *app.db())
        .unwrap();
}

#[actix_web::test]
async fn an_expiry_date_ends_at_midnight_in_the_organizers_zone_or_the_one_given() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    set_profile_zone(&app, "organizer@example.org", "America/Los_Angeles").await;
    let date = in_days(60);

    let by_default = create_opportunity(&app, &token, &opportunity_body()).await;
    let mut body = opportunity_body();
    body["timezone"] = json!("asia/tokyo");
    let in_tokyo = create_opportunity(&app, &token, &body).await;
    body["timezone"] = json!("Mars/Olympus");
    let refused = app
        .api
        .post(app.url("/api/v1/groups/teranga-lyon/opportunities"))
        .bearer_auth(&token)
        .json(&body)
        .send()
        .await
        .unwrap();
    let refused_status = refused.status();
    let problem: Value = refused.json().await.unwrap();
    let moved: Value = app
        .api
        .patch(app.url(&format!(
            "/api/v1/opportunities/{}",
            in_tokyo["id"].as_str().unwrap()
        )))
        .bearer_auth(&token)
        .json(&json!({"timezone": "Europe/Paris"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let blanked: Value = app
        .api
        .patch(app.url(&format!(
            "/api/v1/opportunities/{}",
            in_tokyo["id"].as_str().unwrap()
        )))
        .bearer_auth(&token)
        .json(&json!({"timezone": " "}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let page = app
        .get_page(&format!(
            "/opportunities/{}",
            by_default["id"].as_str().unwrap()
        ))
        .await
        .text()
        .await
        .unwrap();

    assert_eq!(by_default["timezone"], "America/Los_Angeles");
    assert!(
        same_instant(
            &by_default["expires_at"],
            &end_of(&date, "America/Los_Angeles")
        ),
        "{} ends {date} in Los Angeles",
        by_default["expires_at"]
    );
    assert_eq!(in_tokyo["timezone"], "Asia/Tokyo");
    assert!(same_instant(
        &in_tokyo["expires_at"],
        &end_of(&date, "Asia/Tokyo")
    ));
    assert_eq!(refused_status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem["errors"][0]["field"], "timezone");
    assert_eq!(problem["errors"][0]["code"], "unknown_timezone");
    assert_eq!(app.count("opportunities"), 2, "nothing written");
    assert_eq!(moved["timezone"], "Europe/Paris");
    assert!(
        same_instant(&moved["expires_at"], &end_of(&date, "Europe/Paris")),
        "the same date, now ending in Paris"
    );
    assert_eq!(
        blanked["timezone"], "Europe/Paris",
        "a blank zone keeps the one it had"
    );
    assert_eq!(blanked["expires_at"], moved["expires_at"]);
    let last_day = NaiveDate::parse_from_str(&date, "%Y-%m-%d")
        .unwrap()
        .format("%A, %B %-d, %Y")
        .to_string();
    assert!(page.contains(&last_day), "the page shows {last_day}");
    assert!(page.contains("America/Los_Angeles"), "and whose midnight");
}

#[actix_web::test]
async fn the_form_offers_the_organizers_zone_and_keeps_the_date_typed() {
    let app = spawn_app().await;
    browser_organizer(&app).await;
    set_profile_zone(&app, "organizer@example.org", "Africa/Dakar").await;
    let date = in_days(30);
    let new_page = "/groups/teranga-lyon/opportunities/new";
    let form = |zone: &'static str| {
        vec![
            ("kind", "mentoring"),
            ("primary_language", "fr"),
            ("translation_language_1", "fr"),
            ("translation_title_1", "Parrainage"),
            ("translation_description_1", "Une heure par semaine."),
            ("remote", "on"),
            ("accepts_interest", "on"),
            ("timezone", zone),
        ]
    };

    let blank = app.get_page(new_page).await.text().await.unwrap();
    let mut bad = form("Nowhere/City");
    bad.push(("expires_at", &date));
    let refused = app.submit_form(new_page, new_page, &bad).await;
    let refused_status = refused.status();
    let refused_page = refused.text().await.unwrap();
    let written_by_refusal = app.count("opportunities");
    let mut good = form("America/Toronto");
    good.push(("expires_at", &date));
    let created = app.submit_form(new_page, new_page, &good).await;
    let location = created.headers()["location"].to_str().unwrap().to_owned();
    let edit_page = app
        .get_page(&format!("{location}/edit"))
        .await
        .text()
        .await
        .unwrap();

    assert!(
        blank.contains(
            r#"<option value="Africa/Dakar" selected>Greenwich Mean Time (Dakar)</option>"#
        ),
        "the organizer's zone is offered"
    );
    assert_eq!(refused_status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused_page.contains(r#"id="timezone-error""#));
    assert_eq!(written_by_refusal, 0, "nothing written");
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    assert!(
        edit_page.contains(&format!(r#"name="expires_at" type="date" value="{date}""#)),
        "the date comes back as typed"
    );
    assert!(
        edit_page.contains(
            r#"<option value="America/Toronto" selected>Eastern Time (Toronto)</option>"#
        ),
        "zones are shown by the names people know"
    );
}
