//! The listings' fast paths give the same answers as a plain reading would: occurrences that
//! began long before `from`, pages across the two walks, and full-text matches whether the
//! index lists them or checks them row by row.

use diesel::prelude::*;
use serde_json::{Value, json};

use crate::events::{create_event, event_body, organizer_with_group};
use crate::helpers::spawn_app;
use diaspora_hub::db::AnyConnection;
use diaspora_hub::db::schema::events;
use diaspora_hub::db::search::{Matcher, SearchIndex};

fn titles(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            item["translations"]["en"]["title"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

async fn get_json(app: &crate::helpers::TestApp, path: &str) -> Value {
    let response = app.get_as(None, path).await;
    assert!(
        response.status().is_success(),
        "{path}: {}",
        response.status()
    );
    response.json().await.unwrap()
}

fn titled(title: &str, starts_at: &str, ends_at: &str) -> Value {
    let mut body = event_body();
    body["translations"] = json!({"en": {"title": title, "description": "Listing paths."}});
    body["primary_language"] = json!("en");
    body["starts_at"] = json!(starts_at);
    body["ends_at"] = json!(ends_at);
    body
}

#[actix_web::test]
async fn a_festival_that_began_days_before_from_is_listed_first_and_pages_carry_on_after_it() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    let festival = create_event(
        &app,
        &token,
        &titled("Festival week", "2027-03-10T10:00", "2027-03-15T22:00"),
    )
    .await;
    create_event(
        &app,
        &token,
        &titled("Tuesday dinner", "2027-03-12T18:00", "2027-03-12T20:00"),
    )
    .await;
    create_event(
        &app,
        &token,
        &titled("Saturday talk", "2027-03-13T18:00", "2027-03-13T20:00"),
    )
    .await;

    let from = "/api/v1/events?from=2027-03-13T00:00:00Z";
    let page: Value = get_json(&app, from).await;
    assert_eq!(
        titles(&page),
        ["Festival week", "Saturday talk"],
        "the festival is still on; the dinner ended before `from`"
    );

    let first: Value = get_json(&app, &format!("{from}&limit=1")).await;
    assert_eq!(titles(&first), ["Festival week"]);
    let cursor = first["next_cursor"].as_str().expect("a second page");
    let second: Value = get_json(&app, &format!("{from}&limit=1&cursor={cursor}")).await;
    assert_eq!(titles(&second), ["Saturday talk"]);
    assert!(second["next_cursor"].is_null(), "{second}");

    // Shortened to one evening, the festival is no longer on at `from`.
    let response = app
        .api
        .patch(app.url(&format!(
            "/api/v1/events/{}",
            festival["id"].as_str().unwrap()
        )))
        .bearer_auth(&token)
        .json(&json!({"ends_at": "2027-03-10T22:00"}))
        .send()
        .await
        .unwrap();
    assert!(
        response.status().is_success(),
        "{}",
        response.text().await.unwrap()
    );
    let page: Value = get_json(&app, from).await;
    assert_eq!(titles(&page), ["Saturday talk"]);
}

#[actix_web::test]
async fn a_date_outside_what_the_databases_store_is_a_field_error() {
    let app = spawn_app().await;

    for from in ["-262143-01-01", "-0001-12-31", "10000-01-01"] {
        let response = app
            .get_as(None, &format!("/api/v1/events?from={from}"))
            .await;
        assert_eq!(
            response.status(),
            reqwest::StatusCode::UNPROCESSABLE_ENTITY,
            "{from}"
        );
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["errors"][0]["field"], "from", "{problem}");
    }
    let ordinary = app.get_as(None, "/api/v1/events?from=0000-01-01").await;
    assert_eq!(ordinary.status(), reqwest::StatusCode::OK);
}

/// The ids of events whose text matches "teranga", as `matcher` selects them.
fn matched(connection: &mut AnyConnection, matcher: &Matcher) -> Vec<i64> {
    events::table
        .filter(matcher.condition::<events::table>())
        .order(events::id)
        .select(events::id)
        .load(connection)
        .unwrap()
}

#[actix_web::test]
async fn listed_and_checked_matches_select_the_same_events() {
    let app = spawn_app().await;
    let token = organizer_with_group(&app).await;
    for (title, starts_at) in [
        ("Soirée Téranga", "2027-03-20T18:00"),
        ("Teranga picnic", "2027-03-21T12:00"),
        ("Chess club", "2027-03-22T18:00"),
    ] {
        let end = starts_at
            .replace("18:00", "20:00")
            .replace("12:00", "14:00");
        create_event(&app, &token, &titled(title, starts_at, &end)).await;
    }
    let mut connection = app.db();
    let all: Vec<(i64, String)> = events::table
        .inner_join(diaspora_hub::db::schema::event_translations::table)
        .select((
            events::id,
            diaspora_hub::db::schema::event_translations::title,
        ))
        .load(&mut *connection)
        .unwrap();
    let expected: Vec<i64> = all
        .iter()
        .filter(|(_, title)| !title.contains("Chess"))
        .map(|(id, _)| *id)
        .collect();
    assert_eq!(expected.len(), 2);

    let terms = diaspora_hub::db::search::terms("teran");
    let prepared = Matcher::prepare(&mut connection, SearchIndex::Events, &terms)
        .unwrap()
        .expect("a term to search");
    assert_eq!(matched(&mut connection, &prepared), expected);
    // A rare word: the index listed its matches first, on both backends.
    let Matcher::Listed { postgres, .. } = prepared else {
        panic!("two matches are few: {prepared:?}");
    };
    // A common word is checked row by row instead; the answer is the same.
    let checked = if postgres {
        Matcher::Postgres {
            index: SearchIndex::Events,
            expression: "teran:*".to_owned(),
        }
    } else {
        Matcher::Checked {
            index: SearchIndex::Events,
            terms: "teran".to_owned(),
        }
    };
    assert_eq!(matched(&mut connection, &checked), expected);
}
