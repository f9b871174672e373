//! The steps of a newcomer's first hour that used to lose people: registering from an event
//! and coming back to it, knowing before the tap that a reply joins a waitlist, seeing when an
//! event ends, adding it to a web calendar, landing on the part of the page that changed, a
//! listing a weekly class does not fill, folded filters, and a home page of one's own.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::events::{create_event, event_body, organizer_with_group};
use crate::helpers::{PASSWORD, TestApp, spawn_app};

async fn rsvp(app: &TestApp, token: &str, id: &str) {
    let response = app
        .api
        .post(app.url(&format!("/api/v1/events/{id}/rsvp")))
        .bearer_auth(token)
        .json(&json!({"status": "going"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
}

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

#[actix_web::test]
async fn registering_from_an_event_comes_back_to_it_with_a_greeting() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let event = create_event(&app, &organizer, &event_body()).await;
    let id = event["id"].as_str().unwrap();
    let event_path = format!("/events/{id}");

    let event_page = app.get_page(&event_path).await.text().await.unwrap();
    let login_page = app
        .get_page(&format!("/login?next=/events/{id}%23rsvp"))
        .await
        .text()
        .await
        .unwrap();
    let register_path = format!("/register?next=/events/{id}%23rsvp");
    let register_page = app.get_page(&register_path).await.text().await.unwrap();
    let registered = app
        .submit_form(
            &register_path,
            "/register",
            &[
                ("display_name", "Aminata"),
                ("email", "aminata@example.org"),
                ("password", PASSWORD),
                ("next", &format!("/events/{id}#rsvp")),
            ],
        )
        .await;
    let landing = location(&registered);
    let greeted = app
        .get_page(&format!("{event_path}?welcome=1"))
        .await
        .text()
        .await
        .unwrap();
    let later = app.get_page(&event_path).await.text().await.unwrap();

    assert!(event_page.contains(&format!(r#"href="/login?next=/events/{id}%23rsvp""#)));
    assert!(
        login_page.contains(&format!(r#"href="{}""#, register_path)),
        "the login page's 'create an account' carries where she was going: {}",
        login_page
            .split('"')
            .find(|part| part.starts_with("/register"))
            .unwrap_or_default()
    );
    assert!(register_page.contains(&format!(r#"name="next" value="/events/{id}#rsvp""#)));
    assert!(
        register_page.contains(&format!(r#"href="/login?next=/events/{id}%23rsvp""#)),
        "and back to logging in, still on her way"
    );
    assert_eq!(registered.status(), StatusCode::SEE_OTHER);
    assert_eq!(landing, format!("/events/{id}?welcome=1#rsvp"));
    let welcome = app.state.locales.format("en", "welcome-new-member", None);
    let welcome_start = welcome.split(',').next().unwrap();
    assert!(greeted.contains(r#"class="notice welcome""#) && greeted.contains(welcome_start));
    assert!(
        !later.contains(r#"class="notice welcome""#),
        "greeted once, not forever"
    );
}

#[actix_web::test]
async fn registration_never_sends_anyone_off_the_site() {
    let app = spawn_app().await;

    let registered = app
        .submit_form(
            "/register",
            "/register",
            &[
                ("display_name", "Awa"),
                ("email", "awa@example.org"),
                ("password", PASSWORD),
                ("next", "//evil.example/steal"),
            ],
        )
        .await;

    assert_eq!(location(&registered), "/me?welcome=1");
}

#[actix_web::test]
async fn a_full_event_says_so_before_the_tap_and_every_event_says_when_it_ends() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let mut body = event_body();
    body["capacity"] = json!(1);
    let event = create_event(&app, &organizer, &body).await;
    let id = event["id"].as_str().unwrap();
    let first = app.signed_up_token("first@example.org").await;
    app.signed_up_browser("second@example.org").await;

    let open = app
        .get_page(&format!("/events/{id}"))
        .await
        .text()
        .await
        .unwrap();
    rsvp(&app, &first, id).await;
    let full = app
        .get_page(&format!("/events/{id}"))
        .await
        .text()
        .await
        .unwrap();
    let replied = app
        .submit_form(
            &format!("/events/{id}"),
            &format!("/events/{id}/rsvp"),
            &[("status", "going")],
        )
        .await;

    let going = app.state.locales.format("en", "rsvp-going", None);
    assert!(open.contains(&format!(">{going}</button>")));
    assert!(
        full.contains("Join the waitlist (\u{2068}0\u{2069} waiting)"),
        "the button says what the tap does"
    );
    assert!(!full.contains(&format!(">{going}</button>")));
    assert!(
        open.contains(">Ends</dt><dd>8:00 PM</dd>"),
        "the end, same day: its time"
    );
    assert_eq!(
        location(&replied),
        format!("/events/{id}#rsvp"),
        "back where it changed"
    );
}

#[actix_web::test]
async fn events_go_to_web_calendars_and_groups_to_calendar_subscriptions() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let event = create_event(&app, &organizer, &event_body()).await;
    let id = event["id"].as_str().unwrap();

    let page = app
        .get_page(&format!("/events/{id}"))
        .await
        .text()
        .await
        .unwrap();
    let group = app
        .get_page("/groups/teranga-lyon")
        .await
        .text()
        .await
        .unwrap();

    // 18:00 in Paris on 20 March 2027 is 17:00 UTC.
    let google = page
        .split('"')
        .find(|part| part.starts_with("https://calendar.google.com"))
        .unwrap_or_default();
    assert!(
        google.contains("dates=20270320T170000Z%2F20270320T190000Z"),
        "{google}"
    );
    assert!(google.contains("action=TEMPLATE"), "{google}");
    assert!(google.contains("text=Teranga+evening"), "{google}");
    assert!(
        google.contains("location=Maison+des+associations"),
        "{google}"
    );
    assert!(page.contains("https://outlook.live.com/calendar/0/deeplink/compose?"));
    assert!(page.contains("startdt=2027-03-20T17%3A00%3A00Z"));
    assert!(page.contains(&format!(r#"href="/events/{id}.ics""#)));
    let public = app.state.settings.public_url.as_str();
    let webcal = format!(
        r#"href="webcal://{}/groups/teranga-lyon/events.ics""#,
        public.trim_start_matches("http://").trim_end_matches('/')
    );
    assert!(group.contains(&webcal), "{webcal}");
}

#[actix_web::test]
async fn a_weekly_class_shows_once_in_the_list_with_its_group_and_how_it_repeats() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let mut weekly = event_body();
    weekly["translations"] = json!({"en": {"title": "Wolof class", "description": "Weekly."}});
    weekly["primary_language"] = json!("en");
    weekly["starts_at"] = json!("2027-03-02T19:00:00");
    weekly["ends_at"] = json!("2027-03-02T20:00:00");
    weekly["recurrence"] = json!("FREQ=WEEKLY;BYDAY=TU;COUNT=8");
    create_event(&app, &organizer, &weekly).await;
    create_event(&app, &organizer, &event_body()).await;

    let listed = app.get_page("/events?lang=en").await.text().await.unwrap();
    let ranged = app
        .get_page("/events?lang=en&from=2027-03-01&to=2027-04-01")
        .await
        .text()
        .await
        .unwrap();
    let api: Value = app
        .get_as(None, "/api/v1/events?q=wolof")
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(
        listed.matches(">Wolof class</a>").count(),
        1,
        "one card for the series"
    );
    assert!(listed.contains("Every \u{2068}Tuesday\u{2069}") || listed.contains("Every Tuesday"));
    assert!(listed.contains(r#"Hosted by <a href="/groups/teranga-lyon">Teranga Lyon (EN)</a>"#));
    assert_eq!(
        ranged.matches(">Wolof class</a>").count(),
        5,
        "asked for dates: every date in them"
    );
    assert_eq!(
        api["items"].as_array().unwrap().len(),
        8,
        "the API: one item per date"
    );
}

#[actix_web::test]
async fn filters_fold_until_one_is_set_and_searches_land_on_the_results() {
    let app = spawn_app().await;

    let plain = app.get_page("/events").await.text().await.unwrap();
    let filtered = app
        .get_page("/events?country=FR")
        .await
        .text()
        .await
        .unwrap();
    let groups = app
        .get_page("/groups?topic=culture")
        .await
        .text()
        .await
        .unwrap();

    assert!(plain.contains(r#"<form method="get" action="/events#results""#));
    assert!(plain.contains(r#"<details class="more-filters">"#));
    assert!(filtered.contains(r#"<details class="more-filters" open>"#));
    assert!(groups.contains(r#"<details class="more-filters" open>"#));
    assert!(plain.contains(r#"<section id="results""#));
}

#[actix_web::test]
async fn joining_lands_on_the_membership_box() {
    let app = spawn_app().await;
    organizer_with_group(&app).await;
    app.signed_up_browser("awa@example.org").await;

    let joined = app
        .submit_form("/groups/teranga-lyon", "/groups/teranga-lyon/join", &[])
        .await;

    assert_eq!(location(&joined), "/groups/teranga-lyon#membership");
}

#[actix_web::test]
async fn a_members_home_page_is_her_events_her_groups_and_her_matches() {
    let app = spawn_app().await;
    let organizer = organizer_with_group(&app).await;
    let event = create_event(&app, &organizer, &event_body()).await;
    let mut other = event_body();
    other["translations"] = json!({"en": {"title": "Book club", "description": "Monthly."}});
    other["primary_language"] = json!("en");
    create_event(&app, &organizer, &other).await;
    let visitor = app.get_page("/").await.text().await.unwrap();
    app.signed_up_browser("awa@example.org").await;
    let before_joining = app.get_page("/?lang=en").await.text().await.unwrap();
    app.submit_form("/groups/teranga-lyon", "/groups/teranga-lyon/join", &[])
        .await;
    app.submit_form(
        &format!("/events/{}", event["id"].as_str().unwrap()),
        &format!("/events/{}/rsvp", event["id"].as_str().unwrap()),
        &[("status", "going")],
    )
    .await;
    let home = app.get_page("/").await.text().await.unwrap();

    let heading = |id| app.state.locales.format("en", id, None);
    assert!(
        visitor.contains(&heading("home-cta-register")),
        "visitors see what it is"
    );
    assert!(!before_joining.contains("Book club"));
    assert!(before_joining.contains(&heading("home-matches-profile")));
    let mine = home.find(&heading("home-my-events")).unwrap();
    let groups = home.find(&heading("home-group-events")).unwrap();
    let teranga = home.find(">Teranga evening</a>").unwrap();
    let book_club = home.find(">Book club</a>").unwrap();
    assert!(
        mine < teranga && teranga < groups,
        "her reply is under her events"
    );
    assert!(
        groups < book_club,
        "her group's other event under her groups"
    );
    assert_eq!(home.matches(">Teranga evening</a>").count(), 1, "not twice");
}

#[actix_web::test]
async fn list_fields_offer_names_to_pick_from() {
    let app = spawn_app().await;
    app.signed_up_browser("awa@example.org").await;

    let page = app.get_page("/me?lang=fr").await.text().await.unwrap();

    assert!(page.contains(r#"<input id="languages" name="languages" type="text" value="" autocomplete="off" data-tags data-suggestions="language-names""#));
    assert!(page.contains(r#"<datalist id="language-names">"#));
    assert!(page.contains(r#"<option value="wolof"></option>"#));
    assert!(page.contains(r#"<option value="comptabilité"></option>"#));
    assert!(page.contains(r#"src="/static/tags.js?v="#));
}
