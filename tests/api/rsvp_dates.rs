//! Recurring events answered date by date: seats and waitlists per date, "all upcoming dates"
//! as a convenience, one date moved or cancelled with only its people told, answers following
//! their dates through edits, iCalendar overrides, and series answers migrated to every date.

use diaspora_hub::db::{AnyConnection, migrations};
use diesel::RunQueryDsl;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::events::{create_event, event_body, organizer_with_group};
use crate::helpers::{TestApp, spawn_app};

/// Four Tuesdays at 18:00 in Paris, two seats each.
fn four_tuesdays() -> Value {
    let mut body = event_body();
    body["starts_at"] = json!("2027-03-02T18:00:00");
    body["ends_at"] = json!("2027-03-02T20:00:00");
    body["recurrence"] = json!("FREQ=WEEKLY;BYDAY=TU;COUNT=4");
    body["capacity"] = json!(2);
    body
}

const TUESDAYS: [&str; 4] = [
    "2027-03-02T18:00:00+01:00",
    "2027-03-09T18:00:00+01:00",
    "2027-03-16T18:00:00+01:00",
    "2027-03-23T18:00:00+01:00",
];

async fn answer(app: &TestApp, token: &str, id: &str, body: Value) -> reqwest::Response {
    app.api
        .post(app.url(&format!("/api/v1/events/{id}/rsvp")))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn change_date(
    app: &TestApp,
    token: &str,
    id: &str,
    starts_at: &str,
    body: Value,
) -> reqwest::Response {
    app.api
        .patch(app.url(&format!(
            "/api/v1/events/{id}/occurrences/{}",
            starts_at.replace('+', "%2B")
        )))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn event(app: &TestApp, token: &str, id: &str) -> Value {
    app.get_as(Some(token), &format!("/api/v1/events/{id}"))
        .await
        .json()
        .await
        .unwrap()
}

/// Each listed date's start with the viewer's status on it (`-` when unanswered).
fn my_dates(event: &Value) -> Vec<(String, String)> {
    event["occurrences"]
        .as_array()
        .expect("occurrences")
        .iter()
        .map(|date| {
            (
                date["starts_at"].as_str().unwrap().to_owned(),
                date["my_rsvp"]["status"].as_str().unwrap_or("-").to_owned(),
            )
        })
        .collect()
}

async fn kinds(app: &TestApp, token: &str) -> Vec<String> {
    let inbox: Value = app
        .get_as(Some(token), "/api/v1/me/notifications")
        .await
        .json()
        .await
        .unwrap();
    inbox["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["kind"].as_str().unwrap().to_owned())
        .collect()
}

async fn series(app: &TestApp) -> (String, String) {
    let organizer = organizer_with_group(app).await;
    let created = create_event(app, &organizer, &four_tuesdays()).await;
    (organizer, created["id"].as_str().unwrap().to_owned())
}

#[actix_web::test]
async fn a_member_goes_to_two_of_four_tuesdays_and_sees_her_place_on_each() {
    let app = spawn_app().await;
    let (organizer, id) = series(&app).await;
    let listed = event(&app, &organizer, &id).await;
    let starts: Vec<&str> = listed["occurrences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|date| date["starts_at"].as_str().unwrap())
        .collect();
    assert_eq!(starts, TUESDAYS);
    let first = app.signed_up_token("first@example.org").await;
    let second = app.signed_up_token("second@example.org").await;
    let awa = app.signed_up_token("awa@example.org").await;
    // The second Tuesday fills up before Awa answers.
    for token in [&first, &second] {
        let response = answer(
            &app,
            token,
            &id,
            json!({"status": "going", "occurrence": TUESDAYS[1]}),
        )
        .await;
        assert_eq!(response.status(), StatusCode::OK);
    }

    for tuesday in [TUESDAYS[1], TUESDAYS[3]] {
        let response = answer(
            &app,
            &awa,
            &id,
            json!({"status": "going", "occurrence": tuesday}),
        )
        .await;
        assert_eq!(response.status(), StatusCode::OK);
    }

    let seen = event(&app, &awa, &id).await;
    assert_eq!(
        my_dates(&seen),
        vec![
            (TUESDAYS[0].to_owned(), "-".to_owned()),
            (TUESDAYS[1].to_owned(), "waitlisted".to_owned()),
            (TUESDAYS[2].to_owned(), "-".to_owned()),
            (TUESDAYS[3].to_owned(), "going".to_owned()),
        ]
    );
    let second_tuesday = &seen["occurrences"][1];
    assert_eq!(second_tuesday["my_rsvp"]["waitlist_position"], 1);
    assert_eq!(second_tuesday["going_count"], 2);
    assert_eq!(
        seen["occurrences"][3]["going_count"], 1,
        "seats are per date"
    );

    let mine: Value = app
        .get_as(Some(&awa), "/api/v1/me/events")
        .await
        .json()
        .await
        .unwrap();
    let answered: Vec<(&str, &str)> = mine["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            (
                item["starts_at"].as_str().unwrap(),
                item["my_rsvp"]["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        answered,
        vec![(TUESDAYS[1], "waitlisted"), (TUESDAYS[3], "going")]
    );

    // A seat freed on the second Tuesday goes to her; the fourth is untouched.
    let withdrawn: Value = answer(
        &app,
        &first,
        &id,
        json!({"status": "not_going", "occurrence": TUESDAYS[1]}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(withdrawn["status"], "not_going");
    let seen = event(&app, &awa, &id).await;
    assert_eq!(seen["occurrences"][1]["my_rsvp"]["status"], "going");

    let on_the_fourth: Value = app
        .get_as(
            Some(&organizer),
            &format!(
                "/api/v1/events/{id}/attendees?occurrence={}",
                TUESDAYS[3].replace('+', "%2B")
            ),
        )
        .await
        .json()
        .await
        .unwrap();
    let people = on_the_fourth["items"].as_array().unwrap();
    assert_eq!(people.len(), 1);
    assert_eq!(people[0]["occurrence"], TUESDAYS[3]);
}

#[actix_web::test]
async fn leaving_out_the_date_answers_every_date_still_ahead() {
    let app = spawn_app().await;
    let (_, id) = series(&app).await;
    let awa = app.signed_up_token("awa@example.org").await;

    let answered: Value = answer(&app, &awa, &id, json!({"status": "going"}))
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(answered["occurrences"].as_array().unwrap().len(), 4);
    let seen = event(&app, &awa, &id).await;
    assert!(my_dates(&seen).iter().all(|(_, status)| status == "going"));

    let withdrawn: Value = answer(
        &app,
        &awa,
        &id,
        json!({"status": "not_going", "occurrence": "all"}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(withdrawn["occurrences"].as_array().unwrap().len(), 4);
    assert_eq!(app.count("rsvps"), 0);
}

#[actix_web::test]
async fn a_date_the_event_does_not_have_is_refused_by_name() {
    let app = spawn_app().await;
    let (_, id) = series(&app).await;
    let awa = app.signed_up_token("awa@example.org").await;

    let response = answer(
        &app,
        &awa,
        &id,
        json!({"status": "going", "occurrence": "2027-03-03T18:00:00+01:00"}),
    )
    .await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "occurrence");
    assert_eq!(problem["errors"][0]["code"], "unknown_occurrence");
    assert_eq!(app.count("rsvps"), 0);
}

#[actix_web::test]
async fn moving_one_date_tells_only_its_people_and_keeps_their_answers() {
    let app = spawn_app().await;
    let (organizer, id) = series(&app).await;
    let third_only = app.signed_up_token("third@example.org").await;
    let fourth_only = app.signed_up_token("fourth@example.org").await;
    answer(
        &app,
        &third_only,
        &id,
        json!({"status": "going", "occurrence": TUESDAYS[2]}),
    )
    .await;
    answer(
        &app,
        &fourth_only,
        &id,
        json!({"status": "going", "occurrence": TUESDAYS[3]}),
    )
    .await;

    let response = change_date(
        &app,
        &organizer,
        &id,
        TUESDAYS[2],
        json!({"starts_at": "2027-03-17T19:00:00"}),
    )
    .await;

    assert_eq!(response.status(), StatusCode::OK);
    let changed: Value = response.json().await.unwrap();
    assert_eq!(
        changed["moved_occurrences"],
        json!([{
            "recurrence_id": TUESDAYS[2],
            "starts_at": "2027-03-17T19:00:00+01:00",
            "ends_at": "2027-03-17T21:00:00+01:00",
        }])
    );
    let seen = event(&app, &third_only, &id).await;
    assert_eq!(
        my_dates(&seen)[2],
        ("2027-03-17T19:00:00+01:00".to_owned(), "going".to_owned()),
        "her answer moved with the date"
    );
    assert_eq!(kinds(&app, &third_only).await, vec!["event_changed"]);
    assert!(kinds(&app, &fourth_only).await.is_empty());

    // Calendars keep one series and learn of the moved date as an override.
    let calendar = app
        .get_page(&format!("/events/{id}.ics"))
        .await
        .text()
        .await
        .unwrap()
        .replace("\r\n ", "");
    assert_eq!(calendar.matches("BEGIN:VEVENT").count(), 2);
    assert!(calendar.contains("RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4"));
    assert!(calendar.contains("RECURRENCE-ID;TZID=Europe/Paris:20270316T180000"));
    assert!(calendar.contains("DTSTART;TZID=Europe/Paris:20270317T190000"));

    // The moved date is answered under its new start.
    let fourth = app.signed_up_token("late@example.org").await;
    let response = answer(
        &app,
        &fourth,
        &id,
        json!({"status": "going", "occurrence": "2027-03-17T19:00:00+01:00"}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
}

#[actix_web::test]
async fn cancelling_one_date_tells_only_its_people_and_a_cancelled_date_takes_no_answers() {
    let app = spawn_app().await;
    let (organizer, id) = series(&app).await;
    let second_only = app.signed_up_token("second@example.org").await;
    let every = app.signed_up_token("every@example.org").await;
    let first_only = app.signed_up_token("first@example.org").await;
    answer(
        &app,
        &second_only,
        &id,
        json!({"status": "going", "occurrence": TUESDAYS[1]}),
    )
    .await;
    answer(&app, &every, &id, json!({"status": "going"})).await;
    answer(
        &app,
        &first_only,
        &id,
        json!({"status": "going", "occurrence": TUESDAYS[0]}),
    )
    .await;

    let response = change_date(
        &app,
        &organizer,
        &id,
        TUESDAYS[1],
        json!({"status": "cancelled"}),
    )
    .await;

    assert_eq!(response.status(), StatusCode::OK);
    let changed: Value = response.json().await.unwrap();
    assert_eq!(
        changed["cancelled_occurrences"],
        json!(["2027-03-09T18:00:00"])
    );
    assert_eq!(changed["status"], "scheduled", "the series goes on");
    assert_eq!(kinds(&app, &second_only).await, vec!["event_cancelled"]);
    assert_eq!(kinds(&app, &every).await, vec!["event_cancelled"]);
    assert!(kinds(&app, &first_only).await.is_empty());
    let seen = event(&app, &every, &id).await;
    let dates: Vec<String> = my_dates(&seen)
        .into_iter()
        .map(|(start, _)| start)
        .collect();
    assert_eq!(dates, [TUESDAYS[0], TUESDAYS[2], TUESDAYS[3]]);

    let refused = answer(
        &app,
        &first_only,
        &id,
        json!({"status": "going", "occurrence": TUESDAYS[1]}),
    )
    .await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let problem: Value = refused.json().await.unwrap();
    assert_eq!(problem["code"], "occurrence_cancelled");

    // Brought back, the date takes answers again.
    let restored = change_date(
        &app,
        &organizer,
        &id,
        TUESDAYS[1],
        json!({"status": "scheduled"}),
    )
    .await;
    assert_eq!(restored.status(), StatusCode::OK);
    let again = answer(
        &app,
        &first_only,
        &id,
        json!({"status": "going", "occurrence": TUESDAYS[1]}),
    )
    .await;
    assert_eq!(again.status(), StatusCode::OK);
}

#[actix_web::test]
async fn only_organizers_change_a_date_and_only_of_a_series() {
    let app = spawn_app().await;
    let (organizer, id) = series(&app).await;
    let member = app.signed_up_token("member@example.org").await;

    let response = change_date(
        &app,
        &member,
        &id,
        TUESDAYS[1],
        json!({"status": "cancelled"}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    let single = create_event(&app, &organizer, &event_body()).await;
    let response = change_date(
        &app,
        &organizer,
        single["id"].as_str().unwrap(),
        "2027-03-20T18:00:00+01:00",
        json!({"status": "cancelled"}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["code"], "not_recurring");

    let response = change_date(
        &app,
        &organizer,
        &id,
        "2027-03-03T18:00:00+01:00",
        json!({"status": "cancelled"}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[actix_web::test]
async fn answers_follow_their_dates_when_the_series_moves_an_hour() {
    let app = spawn_app().await;
    let (organizer, id) = series(&app).await;
    let awa = app.signed_up_token("awa@example.org").await;
    answer(
        &app,
        &awa,
        &id,
        json!({"status": "going", "occurrence": TUESDAYS[2]}),
    )
    .await;

    let response = app
        .api
        .patch(app.url(&format!("/api/v1/events/{id}")))
        .bearer_auth(&organizer)
        .json(&json!({"starts_at": "2027-03-02T19:00:00", "ends_at": "2027-03-02T21:00:00"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);

    let seen = event(&app, &awa, &id).await;
    assert_eq!(
        my_dates(&seen)[2],
        ("2027-03-16T19:00:00+01:00".to_owned(), "going".to_owned())
    );
    assert_eq!(app.count("rsvps"), 1);
}

#[actix_web::test]
async fn a_date_is_answered_from_the_event_page() {
    let app = spawn_app().await;
    let (_, id) = series(&app).await;
    app.signed_up_browser("awa@example.org").await;
    let page = format!("/events/{id}");

    let response = app
        .submit_form(
            &page,
            &format!("/events/{id}/rsvp"),
            &[("status", "going"), ("occurrence", TUESDAYS[1])],
        )
        .await;

    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let html = app.get_page(&page).await.text().await.unwrap();
    assert_eq!(
        html.matches("<span class=\"badge\">You are going.</span>")
            .count(),
        1,
        "one date answered"
    );
    assert_eq!(app.count("rsvps"), 1);
}

#[actix_web::test]
async fn series_answers_made_before_dates_existed_go_to_every_date_still_ahead() {
    let app = spawn_app().await;
    let (_, id) = series(&app).await;
    let awa = app.signed_up_token("awa@example.org").await;
    answer(
        &app,
        &awa,
        &id,
        json!({"status": "going", "occurrence": TUESDAYS[0]}),
    )
    .await;
    let mut connection = app.db();
    let connection: &mut AnyConnection = &mut connection;
    // Back to one answer per series, as stored before per-date answers.
    migrations::revert_through(connection, "2026-11-30-000021").unwrap();
    assert_eq!(app.count("rsvps"), 1);
    // Two of its dates are over by the time the new version starts.
    diesel::sql_query(
        "UPDATE event_occurrences SET starts_at_utc = '2020-01-07 17:00:00', \
         ends_at_utc = '2020-01-07 19:00:00' WHERE starts_at_utc < '2027-03-10'",
    )
    .execute(connection)
    .unwrap();

    migrations::run_pending(connection).unwrap();

    let seen = event(&app, &awa, &id).await;
    let going: Vec<String> = my_dates(&seen)
        .into_iter()
        .filter(|(_, status)| status == "going")
        .map(|(start, _)| start)
        .collect();
    assert_eq!(going, [TUESDAYS[2], TUESDAYS[3]]);
    assert_eq!(app.count("rsvps"), 2, "none for the dates already over");
}

#[actix_web::test]
async fn a_date_cancelled_through_the_event_form_is_told_only_to_its_people() {
    let app = spawn_app().await;
    let (organizer, id) = series(&app).await;
    let second_only = app.signed_up_token("second@example.org").await;
    let fourth_only = app.signed_up_token("fourth@example.org").await;
    for (token, tuesday) in [(&second_only, TUESDAYS[1]), (&fourth_only, TUESDAYS[3])] {
        answer(
            &app,
            token,
            &id,
            json!({"status": "going", "occurrence": tuesday}),
        )
        .await;
    }

    let response = app
        .api
        .patch(app.url(&format!("/api/v1/events/{id}")))
        .bearer_auth(&organizer)
        .json(&json!({"cancelled_occurrences": ["2027-03-09T18:00:00"]}))
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(kinds(&app, &second_only).await, vec!["event_cancelled"]);
    assert!(kinds(&app, &fourth_only).await.is_empty());
    assert_eq!(
        app.count("rsvps"),
        1,
        "the cancelled date's answer went with it"
    );
}
