//! Forms that speak people's language: countries, languages, skills and time zones by name in
//! any interface language, skills matched as shared concepts, and repeating events picked
//! without writing a rule.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::events::organizer_with_group;
use crate::helpers::spawn_app;
use crate::opportunities::{create_opportunity, opportunity_body};

const PROFILE_FIELDS: [&str; 8] = [
    "display_name",
    "locale",
    "timezone",
    "heritage_country",
    "residence_country",
    "residence_city",
    "languages",
    "skills",
];

fn profile(values: [&'static str; 8]) -> Vec<(&'static str, &'static str)> {
    PROFILE_FIELDS.into_iter().zip(values).collect()
}

#[actix_web::test]
async fn aminata_fills_her_profile_in_french_words_and_her_accounting_mentorship_ranks_first() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    // An interpreter job in Italy that speaks her languages, and a mentorship tagged in English.
    let mut interpreter = opportunity_body();
    interpreter["kind"] = json!("job");
    interpreter["translations"] =
        json!({"en": {"title": "Interpreter in Milan", "description": "French and Wolof."}});
    interpreter["country"] = json!("IT");
    interpreter["city"] = json!("Milan");
    interpreter["remote"] = json!(false);
    interpreter["skills"] = json!(["interpreting"]);
    create_opportunity(&app, &organizer, &interpreter).await;
    let mut mentorship = opportunity_body();
    mentorship["skills"] = json!(["accounting"]);
    mentorship["languages"] = json!([]);
    create_opportunity(&app, &organizer, &mentorship).await;

    app.signed_up_browser("aminata@example.org").await;
    app.get_page("/?lang=fr").await;
    let saved = app
        .submit_form(
            "/me",
            "/me",
            &profile([
                "Aminata",
                "fr",
                "",
                "SN",
                "FR",
                "Lyon",
                "français, wolof",
                "comptabilité",
            ]),
        )
        .await;
    let status = saved.status();
    let page = app.get_page("/me").await.text().await.unwrap();
    let export: Value = app.get_page("/me/export").await.json().await.unwrap();
    let matches = app.get_page("/me/matches").await.text().await.unwrap();

    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    assert_eq!(export["account"]["languages"], json!(["fr", "wo"]));
    assert_eq!(export["account"]["skills"], json!(["accounting"]));
    assert_eq!(
        export["account"]["timezone"], "Europe/Paris",
        "a blank zone is settled from a one-zone country"
    );
    assert!(
        page.contains(r#"value="français, wolof""#),
        "names, not codes"
    );
    assert!(page.contains(r#"value="comptabilité""#));
    assert!(page.contains(r#"<option value="SN" selected>Sénégal</option>"#));
    assert!(page.contains(
        r#"<option value="Europe/Paris" selected>heure d’Europe centrale (Paris)</option>"#
    ));
    let mentorship_at = matches
        .find("Parrainer de jeunes comptables")
        .expect("listed");
    let interpreter_at = matches.find("Interpreter in Milan").unwrap_or(usize::MAX);
    assert!(
        mentorship_at < interpreter_at,
        "the skill match ranks first"
    );
    assert!(
        matches.contains("compétence : \u{2068}comptabilité\u{2069}")
            || matches.contains("compétence : comptabilité")
    );
}

#[actix_web::test]
async fn the_api_takes_names_in_any_language_and_returns_codes_and_concepts() {
    let app = spawn_app().await;
    let token = app.signed_up_token("li@example.org").await;

    let response = app
        .api
        .patch(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .header("Accept-Language", "fr")
        .json(&json!({
            "heritage_country": "中国",
            "residence_country": "Australie",
            "residence_city": "墨尔本",
            "languages": ["中文", "Anglais", "ولوف"],
            "skills": ["会计", "teaching", "goat herding songs"]
        }))
        .send()
        .await
        .unwrap();
    let status = response.status();
    let body: Value = response.json().await.unwrap();

    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["heritage_country"], "CN");
    assert_eq!(body["residence_country"], "AU");
    assert_eq!(body["languages"], json!(["zh", "en", "wo"]));
    assert_eq!(
        body["skills"],
        json!(["accounting", "teaching", "goat herding songs"]),
        "known skills become concepts; the rest stays as typed"
    );
    assert_eq!(
        body["skill_labels"][0],
        json!({"id": "accounting", "label": "comptabilité", "concept": true}),
        "each concept with its name in the response's language"
    );
    assert_eq!(body["skill_labels"][2]["concept"], false);
    assert_eq!(
        body["timezone"], "Australia/Melbourne",
        "the city picks among the country's zones"
    );
}

#[actix_web::test]
async fn a_country_with_several_zones_asks_which_one_when_the_city_does_not_say() {
    let app = spawn_app().await;
    app.signed_up_browser("omar@example.org").await;

    let response = app
        .submit_form(
            "/me",
            "/me",
            &profile(["Omar", "en", "", "", "AU", "", "", ""]),
        )
        .await;
    let status = response.status();
    let page = response.text().await.unwrap();

    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains(&app.state.locales.format("en", "choose_time_zone", None)));
    let melbourne = page
        .find(r#"<option value="Australia/Melbourne">"#)
        .unwrap();
    let paris = page.find(r#"<option value="Europe/Paris">"#).unwrap();
    assert!(melbourne < paris, "the country's zones come first");
    assert!(!page.contains("selected>Australian"), "none is preselected");
}

#[actix_web::test]
async fn unknown_names_get_a_clear_error_that_says_to_use_names() {
    let app = spawn_app().await;
    let token = app.signed_up_token("awa@example.org").await;

    let response = app
        .api
        .patch(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&json!({"languages": ["klingonish"], "heritage_country": "Atlantis"}))
        .send()
        .await
        .unwrap();
    let status = response.status();
    let body: Value = response.json().await.unwrap();

    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<&str> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| error["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"languages") && fields.contains(&"heritage_country"),
        "{body}"
    );
}

#[actix_web::test]
async fn the_directory_finds_groups_by_a_languages_name() {
    let app = spawn_app().await;
    organizer_with_group(&app).await;

    let by_name: Value = app
        .get_as(None, "/api/v1/groups?language=wolof")
        .await
        .json()
        .await
        .unwrap();
    let by_arabic_name: Value = app
        .get_as(None, "/api/v1/groups?language=%D9%88%D9%84%D9%88%D9%81")
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(by_name["items"].as_array().unwrap().len(), 1, "{by_name}");
    assert_eq!(by_arabic_name["items"], by_name["items"]);
}

#[actix_web::test]
async fn an_organizer_picks_every_other_tuesday_ten_times_without_writing_a_rule() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    app.browser_login("organizer@example.org").await;
    let new_page = "/groups/teranga-lyon/events/new";
    let blank = app.get_page(new_page).await.text().await.unwrap();

    let created = app
        .submit_form(
            new_page,
            new_page,
            &[
                ("primary_language", "français"),
                ("translation_language_1", "fr"),
                ("translation_title_1", "Cours de wolof"),
                ("translation_description_1", "Un mardi sur deux."),
                ("starts_at", "2027-03-02T19:00"),
                ("ends_at", "2027-03-02T20:30"),
                ("timezone", ""),
                ("repeat", "weekly"),
                ("repeat_interval", "2"),
                ("repeat_day_TU", "on"),
                ("repeat_end", "count"),
                ("repeat_count", "10"),
                ("repeat_skipped", "2027-03-16"),
                ("recurrence", ""),
                ("attendance_mode", "in_person"),
                ("venue.city", "Lyon"),
                ("venue.country", "FR"),
            ],
        )
        .await;
    let status = created.status();
    let location = created
        .headers()
        .get("location")
        .map(|value| value.to_str().unwrap().to_owned());
    let body = created.text().await.unwrap();
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let id = location.unwrap().trim_start_matches("/events/").to_owned();
    let event: Value = app
        .get_as(Some(&organizer), &format!("/api/v1/events/{id}"))
        .await
        .json()
        .await
        .unwrap();
    let edit_page = app
        .get_page(&format!("/events/{id}/edit"))
        .await
        .text()
        .await
        .unwrap();

    assert!(
        blank.contains(r#"<option value="Europe/Paris" selected>"#),
        "the venue's zone"
    );
    assert_eq!(
        event["recurrence"],
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10"
    );
    assert_eq!(event["timezone"], "Europe/Paris");
    assert_eq!(
        event["cancelled_occurrences"],
        json!(["2027-03-16T19:00:00"])
    );
    assert!(edit_page.contains(r#"name="repeat" value="weekly" checked"#));
    assert!(edit_page.contains(r#"name="repeat_day_TU" checked"#));
    assert!(
        edit_page.contains(r#"value="2027-03-16""#),
        "skipped dates show as dates"
    );
}

#[actix_web::test]
async fn a_picker_mistake_is_a_field_error_and_writes_nothing() {
    let app = spawn_app().await;
    organizer_with_group(&app).await;
    app.browser_login("organizer@example.org").await;
    let new_page = "/groups/teranga-lyon/events/new";

    let refused = app
        .submit_form(
            new_page,
            new_page,
            &[
                ("primary_language", "fr"),
                ("translation_language_1", "fr"),
                ("translation_title_1", "Cours"),
                ("starts_at", "2027-03-02T19:00"),
                ("ends_at", "2027-03-02T20:30"),
                ("timezone", "Europe/Paris"),
                ("repeat", "monthly"),
                ("repeat_end", "until"),
                ("repeat_until", "someday"),
            ],
        )
        .await;
    let status = refused.status();
    let page = refused.text().await.unwrap();

    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains(r#"id="repeat_until-error""#));
    assert!(
        page.contains(r#"name="repeat" value="monthly" checked"#),
        "the choice is kept"
    );
    assert_eq!(app.count("events"), 0);
}

#[actix_web::test]
async fn skills_saved_before_concepts_are_read_again_once() {
    use diaspora_hub::db::AnyConnection;
    use diesel::RunQueryDsl;
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let opportunity = create_opportunity(&app, &organizer, &opportunity_body()).await;
    let token = app.signed_up_token("awa@example.org").await;
    // What last year's version stored: free text, two spellings of one skill.
    let mut connection = app.db();
    let connection: &mut AnyConnection = &mut connection;
    let execute = |connection: &mut AnyConnection, sql: String| {
        diesel::sql_query(sql).execute(connection).unwrap();
    };
    execute(
        connection,
        r#"UPDATE users SET skills = '["bookkeeping","accounting","web development","goat herding"]' WHERE email = 'awa@example.org'"#.into(),
    );
    execute(connection, "DELETE FROM opportunity_skills".into());
    let opportunity_row: i64 = {
        #[derive(diesel::QueryableByName)]
        struct Row {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            id: i64,
        }
        diesel::sql_query(format!(
            "SELECT id FROM opportunities WHERE uuid = '{}'",
            opportunity["id"].as_str().unwrap()
        ))
        .get_result::<Row>(connection)
        .unwrap()
        .id
    };
    for skill in ["bookkeeping", "accountancy", "excel"] {
        execute(
            connection,
            format!(
                "INSERT INTO opportunity_skills (opportunity_id, skill) VALUES ({opportunity_row}, '{skill}')"
            ),
        );
    }
    execute(
        connection,
        "DELETE FROM data_upgrades WHERE name = 'skill_concepts'".into(),
    );

    let first = diaspora_hub::db::upgrades::run_pending(connection).unwrap();
    let second = diaspora_hub::db::upgrades::run_pending(connection).unwrap();
    let me: Value = app
        .get_as(Some(&token), "/api/v1/me")
        .await
        .json()
        .await
        .unwrap();
    let sought: Value = app
        .get_as(
            None,
            &format!(
                "/api/v1/opportunities/{}",
                opportunity["id"].as_str().unwrap()
            ),
        )
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(first, ["skill_concepts"]);
    assert!(second.is_empty(), "once per database");
    assert_eq!(
        me["skills"],
        json!(["accounting", "web-development", "goat herding"]),
        "one concept for two spellings; unknown text kept"
    );
    let mut skills: Vec<&str> = sought["skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|skill| skill.as_str().unwrap())
        .collect();
    skills.sort_unstable();
    assert_eq!(skills, ["accounting", "spreadsheets"]);
}

#[actix_web::test]
async fn skipped_dates_of_an_all_day_series_are_skipped() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    app.browser_login("organizer@example.org").await;
    let new_page = "/groups/teranga-lyon/events/new";

    let created = app
        .submit_form(
            new_page,
            new_page,
            &[
                ("primary_language", "fr"),
                ("translation_language_1", "fr"),
                ("translation_title_1", "Marché"),
                // The time the field still shows does not count for an all-day series.
                ("starts_at", "2027-03-06T10:00"),
                ("ends_at", "2027-03-06T12:00"),
                ("all_day", "on"),
                ("timezone", "Europe/Paris"),
                ("repeat", "weekly"),
                ("repeat_count", "4"),
                ("repeat_skipped", "2027-03-13"),
            ],
        )
        .await;
    let status = created.status();
    let id = location_id(&created);
    let event: Value = app
        .get_as(Some(&organizer), &format!("/api/v1/events/{id}"))
        .await
        .json()
        .await
        .unwrap();
    let dates: Value = app
        .get_as(None, "/api/v1/events?q=march%C3%A9&from=2027-03-01")
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        event["cancelled_occurrences"],
        json!(["2027-03-13T00:00:00"])
    );
    let starts: Vec<&str> = dates["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| &item["starts_at"].as_str().unwrap()[..10])
        .collect();
    assert!(!starts.contains(&"2027-03-13"), "{starts:?}");
    assert_eq!(starts.len(), 3);
}

#[actix_web::test]
async fn lists_are_written_the_way_each_language_writes_them() {
    let app = spawn_app().await;
    let token = app.signed_up_token("li@example.org").await;
    app.api
        .patch(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&json!({"languages": ["zh", "en"], "skills": ["accounting", "teaching"]}))
        .send()
        .await
        .unwrap();
    app.browser_login("li@example.org").await;

    let chinese = app.get_page("/me?lang=zh").await.text().await.unwrap();
    let arabic = app.get_page("/me?lang=ar").await.text().await.unwrap();

    assert!(
        chinese.contains(r#"value="中文、英语""#),
        "Chinese lists take 、"
    );
    assert!(chinese.contains(r#"value="会计、教学""#));
    assert!(arabic.contains("، "), "Arabic lists take ،");
}

fn location_id(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .map(|value| {
            value
                .to_str()
                .unwrap()
                .trim_start_matches("/events/")
                .to_owned()
        })
        .unwrap_or_default()
}
