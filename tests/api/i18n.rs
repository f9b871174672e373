//! Seven interface languages: complete catalogs, negotiation, the switcher and right-to-left.

use std::collections::BTreeSet;

use diaspora_hub::error::AppError;
use diaspora_hub::i18n::{Locales, SUPPORTED_LOCALES};
use fluent::FluentResource;
use fluent_syntax::ast;
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{PASSWORD, spawn_app};

/// Message ids and the variables each uses, per locale.
fn catalog(locale: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut messages = Vec::new();
    for (path, source) in Locales::sources(locale) {
        let resource = FluentResource::try_new(source)
            .unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"));
        for entry in resource.entries() {
            if let ast::Entry::Message(message) = entry {
                let text = format!("{:?}", message.value);
                let variables = text
                    .split("VariableReference { id: Identifier { name: \"")
                    .skip(1)
                    .filter_map(|rest| rest.split('"').next())
                    .map(str::to_owned)
                    .collect();
                messages.push((message.id.name.to_owned(), variables));
            }
        }
    }
    messages
}

#[test]
fn every_locale_parses_and_has_every_english_message_with_its_variables() {
    Locales::load().expect("all catalogs load without errors");
    let english = catalog("en");
    assert!(english.len() > 50);
    for locale in SUPPORTED_LOCALES.iter().filter(|locale| **locale != "en") {
        let translated = catalog(locale);
        for (id, variables) in &english {
            let found = translated.iter().find(|(other, _)| other == id);
            let (_, translated_variables) =
                found.unwrap_or_else(|| panic!("{locale} lacks message {id}"));
            assert_eq!(
                variables, translated_variables,
                "{locale}: {id} must use the same variables"
            );
        }
        for (id, _) in &translated {
            assert!(
                english.iter().any(|(english_id, _)| english_id == id),
                "{locale} has {id}, which English lacks"
            );
        }
    }
}

/// Message ids named in Rust code and templates: `.t("…")`, `.plain("…")`, `.t1("…"`, `.title("…")`
/// and the codes of `Invalid::new("…")`.
fn ids_used_in_sources() -> BTreeSet<String> {
    let mut files = Vec::new();
    let mut directories = vec![
        std::path::PathBuf::from("src"),
        std::path::PathBuf::from("assets/templates"),
    ];
    while let Some(directory) = directories.pop() {
        for entry in std::fs::read_dir(&directory).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                directories.push(path);
            } else {
                files.push(std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut ids = BTreeSet::new();
    for text in files {
        for call in [
            ".t(\"",
            ".plain(\"",
            ".t1(\"",
            ".title(\"",
            "Invalid::new(\"",
            "code: \"",
            "conflict(\"",
            "format_with(\"",
        ] {
            for rest in text.split(call).skip(1) {
                let id = rest.split('"').next().unwrap();
                if !id.is_empty() && !id.contains('{') {
                    ids.insert(id.to_owned());
                }
            }
        }
        // Form macros take label and hint ids as arguments.
        for (call, positions) in [("forms::field(", &[3, 7][..]), ("forms::select(", &[3, 5])] {
            for rest in text.split(call).skip(1) {
                let arguments: Vec<&str> = rest.split(')').next().unwrap().split(", ").collect();
                for &position in positions {
                    let Some(argument) = arguments.get(position) else {
                        continue;
                    };
                    let id = argument.trim_matches('"');
                    if argument.starts_with('"') && !id.is_empty() {
                        ids.insert(id.to_owned());
                    }
                }
            }
        }
    }
    ids
}

#[test]
fn every_message_id_used_in_code_or_templates_exists_in_every_locale() {
    let locales = Locales::load().unwrap();
    let mut used = ids_used_in_sources();
    assert!(
        used.contains("login-title") && used.contains("invalid_email"),
        "the scan finds ids"
    );
    // Ids built at run time.
    for locale in SUPPORTED_LOCALES {
        used.insert(format!("language-autonym-{locale}"));
    }
    for topic in diaspora_hub::domain::TOPICS {
        used.insert(format!("topic-{topic}"));
    }
    for role in diaspora_hub::groups::MemberRole::ALL {
        used.insert(format!("role-{}", role.as_str()));
    }
    for visibility in diaspora_hub::groups::Visibility::ALL {
        used.insert(format!("visibility-{}", visibility.as_str()));
        used.insert(format!("visibility-{}-hint", visibility.as_str()));
    }
    for policy in diaspora_hub::groups::JoinPolicy::ALL {
        used.insert(format!("join-policy-{}", policy.as_str()));
    }
    for code in ["SN", "FR", "PH", "CN", "SA", "BR"] {
        used.insert(format!("country-{code}"));
    }
    used.insert("language-with-region".into());
    for mode in diaspora_hub::events::AttendanceMode::ALL {
        used.insert(format!("attendance-{}", mode.as_str()));
    }
    for kind in diaspora_hub::opportunities::OpportunityKind::ALL {
        used.insert(format!("opportunity-kind-{}", kind.as_str()));
    }
    for kind in ["group", "event", "opportunity"] {
        used.insert(format!("imported-type-{kind}"));
    }
    for reason in [
        "skill",
        "language",
        "heritage",
        "residence_country",
        "residence_city",
        "remote",
    ] {
        used.insert(format!("match-reason-{reason}"));
    }
    for pattern in ["format-datetime", "format-date", "format-time"] {
        used.insert(pattern.into());
    }
    let every_error = [
        AppError::Validation(vec![]),
        AppError::MalformedBody,
        AppError::UnsupportedMediaType,
        AppError::PayloadTooLarge,
        AppError::NotAuthenticated,
        AppError::InvalidCredentials,
        AppError::Forbidden,
        AppError::CsrfRejected,
        AppError::NotFound,
        AppError::InsufficientScope,
        AppError::CursorExpired,
        AppError::Gone(diaspora_hub::error::GoneListing {
            id: "x".into(),
            kind: "Tombstone",
            former_type: "event".into(),
            deleted_at: chrono::Utc::now(),
        }),
        AppError::RateLimited(1),
        AppError::Unavailable,
        AppError::internal(anyhow::anyhow!("x")),
    ];
    for error in &every_error {
        let rendered = error.to_render();
        used.insert(rendered.code.to_owned());
        used.insert(format!("http-status-{}", rendered.status.as_u16()));
    }
    used.insert("http-status-409".into());
    for locale in SUPPORTED_LOCALES {
        for id in &used {
            assert!(
                locales.has_message(locale, id),
                "{locale} lacks {id}, which the code uses"
            );
        }
    }
}

#[actix_web::test]
async fn the_login_page_follows_accept_language() {
    let app = spawn_app().await;

    let french = app
        .api
        .get(app.url("/login"))
        .header("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap();
    let arabic = app
        .api
        .get(app.url("/login"))
        .header("Accept-Language", "ar")
        .send()
        .await
        .unwrap();

    let french = french.text().await.unwrap();
    assert!(french.contains(r#"<html lang="fr" dir="ltr">"#));
    let title = app.state.locales.format("fr", "login-title", None);
    assert_ne!(title, app.state.locales.format("en", "login-title", None));
    assert!(french.contains(&format!("<h1>{title}</h1>")));
    let arabic = arabic.text().await.unwrap();
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(arabic.contains(&app.state.locales.format("ar", "login-title", None)));
}

#[actix_web::test]
async fn the_language_switcher_choice_is_remembered() {
    let app = spawn_app().await;

    let switched = app
        .browser
        .get(app.url("/login?lang=ar"))
        .header("Accept-Language", "fr")
        .send()
        .await
        .unwrap();
    assert!(switched.text().await.unwrap().contains(r#"dir="rtl""#));

    let later = app
        .browser
        .get(app.url("/"))
        .header("Accept-Language", "fr")
        .send()
        .await
        .unwrap();
    let page = later.text().await.unwrap();
    assert!(page.contains(r#"<html lang="ar" dir="rtl">"#));
    for locale in SUPPORTED_LOCALES {
        assert!(
            page.contains(&format!(r#"href="/?lang={locale}""#)),
            "switcher links to {locale}"
        );
    }
}

/// Signs a fresh browser in through the login form, its `Accept-Language` being `language`;
/// returns the client and the profile page it then sees.
async fn new_device(app: &crate::helpers::TestApp, language: &str) -> String {
    let device = crate::helpers::browser();
    let get = |path: &str| {
        device
            .get(app.url(path))
            .header("Accept-Language", language)
            .send()
    };
    let login = get("/login").await.unwrap().text().await.unwrap();
    let token = crate::helpers::csrf_from(&login);
    let signed_in = device
        .post(app.url("/login"))
        .header("Accept-Language", language)
        .form(&[
            ("email", "ivan@example.org"),
            ("password", PASSWORD),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
    get("/me").await.unwrap().text().await.unwrap()
}

#[actix_web::test]
async fn the_browsers_language_wins_until_the_member_picks_one_then_hers_follows_her() {
    let app = spawn_app().await;
    let response = app
        .submit_form(
            "/register",
            "/register",
            &[
                ("display_name", "Ivan"),
                ("email", "ivan@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    let before_picking = new_device(&app, "zh-CN").await;
    app.get_page("/?lang=ru").await;
    let after_picking = new_device(&app, "zh-CN").await;

    assert!(
        before_picking.contains(r#"<html lang="zh""#),
        "signing in does not switch a Chinese reader to the language she registered in"
    );
    assert!(
        before_picking.contains(r#"<option value="zh" lang="zh" selected>"#),
        "the profile offers the language she reads"
    );
    assert!(
        after_picking.contains(r#"<html lang="ru""#),
        "a picked language follows her"
    );
    assert!(after_picking.contains(&app.state.locales.format("ru", "profile-title", None)));
}

#[actix_web::test]
async fn api_errors_are_localized_too() {
    let app = spawn_app().await;

    let response = app
        .api
        .post(app.url("/api/v1/auth/login"))
        .header("Accept-Language", "zh-CN")
        .json(&serde_json::json!({"email": "nobody@example.org", "password": "whatever-it-is"}))
        .send()
        .await
        .unwrap();

    assert_eq!(response.headers()["content-language"], "zh");
    let body: Value = response.json().await.unwrap();
    assert_eq!(
        body["detail"],
        app.state.locales.format("zh", "invalid_credentials", None)
    );
    assert_ne!(
        body["detail"],
        app.state.locales.format("en", "invalid_credentials", None)
    );
}

#[actix_web::test]
async fn a_signed_in_members_switcher_choice_is_saved_to_the_account() {
    let app = spawn_app().await;
    app.signed_up_browser("awa@example.org").await;

    let switched = app.get_page("/?lang=ar").await;
    assert_eq!(switched.status(), StatusCode::OK);

    let profile = app.get_page("/me").await.text().await.unwrap();
    assert!(profile.contains(r#"<option value="ar" lang="ar" selected>"#));
    let export: Value = app.get_page("/me/export").await.json().await.unwrap();
    assert_eq!(export["account"]["locale"], "ar");
}
