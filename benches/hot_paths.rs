//! Benchmarks of the paths every request or login takes. Run with `cargo bench`; numbers are
//! recorded in `BENCHMARKS.md`.
//!
//! A small harness of our own (median of several timed batches) keeps the dependency list
//! short; it is enough to see regressions of the size that matter here.

use std::hint::black_box;
use std::time::{Duration, Instant};

use actix_web::{App, test, web};
use diaspora_hub::auth::password;
use diaspora_hub::config::Settings;
use diaspora_hub::domain::{Password, PasswordAttempt};
use diaspora_hub::i18n::{Locales, negotiate};

#[path = "../tests/api/smtp_server.rs"]
#[expect(
    dead_code,
    reason = "the tests use more of the SMTP server than the benchmark"
)]
mod smtp_server;

/// Groups in the directory benchmarks (events: `BENCH_EVENTS`, default 100,000).
const DIRECTORY_GROUPS: usize = 2000;

/// Times `batches` runs of `iterations` calls and prints the median time per call.
fn measure(name: &str, batches: usize, iterations: u32, mut work: impl FnMut()) {
    let mut samples: Vec<Duration> = (0..batches)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..iterations {
                work();
            }
            start.elapsed() / iterations
        })
        .collect();
    samples.sort();
    let median = samples[samples.len() / 2];
    println!(
        "{name:<48} {:>12.3} µs/iter (median of {batches} × {iterations})",
        median.as_secs_f64() * 1e6
    );
}

fn main() {
    let locales = Locales::load().expect("locales load");
    measure("i18n: negotiate Accept-Language", 11, 20_000, || {
        black_box(negotiate(
            None,
            None,
            None,
            Some(black_box("de-DE,de;q=0.9,fr-CA;q=0.8,en;q=0.5")),
        ));
    });
    measure(
        "i18n: format a message with one argument",
        11,
        20_000,
        || {
            let mut args = fluent::FluentArgs::new();
            args.set("max", 80);
            black_box(locales.format("ru", "too_long", Some(&args)));
        },
    );

    let system = actix_web::rt::System::new();
    system.block_on(async {
        let stored = password::hash(Password::parse("teranga-lyon-2027").unwrap())
            .await
            .unwrap();
        let attempt = PasswordAttempt::new("teranga-lyon-2027");
        // Known and unknown accounts alternate, so drift (frequency scaling, other load)
        // affects both the same way; the dummy hash is computed first, as at start-up.
        password::warm_up();
        let (mut known, mut unknown) = (Vec::new(), Vec::new());
        for _ in 0..31 {
            for (samples, hash) in [(&mut known, Some(stored.clone())), (&mut unknown, None)] {
                let start = Instant::now();
                black_box(password::verify(attempt.clone(), hash).await.unwrap());
                samples.push(start.elapsed());
            }
        }
        let mut timings = Vec::new();
        for (name, mut samples) in [
            ("argon2id: verify, known account", known.clone()),
            (
                "argon2id: verify, unknown account (dummy hash)",
                unknown.clone(),
            ),
        ] {
            samples.sort();
            let median = samples[samples.len() / 2];
            println!(
                "{name:<48} {:>12.3} µs/iter (median of 31)",
                median.as_secs_f64() * 1e6
            );
            timings.push(median);
        }
        // The median of per-pair ratios resists bursts of load on a shared machine.
        let mut ratios: Vec<f64> = known
            .iter()
            .zip(&unknown)
            .map(|(k, u)| u.as_secs_f64() / k.as_secs_f64())
            .collect();
        ratios.sort_by(f64::total_cmp);
        let ratio = ratios[ratios.len() / 2];
        println!(
            "{:<48} {ratio:>12.3} (1.0 = indistinguishable)",
            "argon2id: unknown / known time ratio"
        );

        let directory = tempfile::tempdir().unwrap();
        let settings = Settings {
            database_url: format!("sqlite://{}/bench.db", directory.path().display()),
            // The federation endpoints are measured, not the rate limiter.
            partner_requests_per_minute: 1_000_000,
            // Synthetic listings come from accounts made a moment ago.
            new_account_hours: 0,
            ..Settings::default()
        };
        let state = diaspora_hub::startup::build_state(settings).await.unwrap();
        diaspora_hub::seed::synthetic(&state, DIRECTORY_GROUPS, |_, _| {})
            .await
            .unwrap();
        let event_count: usize = std::env::var("BENCH_EVENTS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(100_000);
        let seeding = Instant::now();
        diaspora_hub::seed::synthetic_events(&state, event_count, |done, total| {
            if done % 10_000 == 0 || done == total {
                eprintln!("seeded {done}/{total} events");
            }
        })
        .await
        .unwrap();
        println!(
            "{:<48} {:>12.3} s for {event_count} events",
            "seed: synthetic events",
            seeding.elapsed().as_secs_f64()
        );
        let event_page = {
            let page = diaspora_hub::events::listing::search(
                &state,
                None,
                diaspora_hub::events::listing::EventFilters {
                    limit: 1,
                    ..Default::default()
                },
            )
            .await
            .unwrap();
            format!("/events/{}", page.items[0].event.uuid)
        };
        let from = chrono::Utc::now()
            .date_naive()
            .format("%Y-%m-%d")
            .to_string();
        let events_query = format!("/api/v1/events?country=DE&from={from}&limit=20");
        let opportunity_count: usize = std::env::var("BENCH_OPPORTUNITIES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(50_000);
        let seeding = Instant::now();
        diaspora_hub::seed::synthetic_opportunities(&state, opportunity_count, |done, total| {
            if done % 10_000 == 0 || done == total {
                eprintln!("seeded {done}/{total} opportunities");
            }
        })
        .await
        .unwrap();
        println!(
            "{:<48} {:>12.3} s for {opportunity_count} opportunities",
            "seed: synthetic opportunities",
            seeding.elapsed().as_secs_f64()
        );
        // A partner key for the federation endpoints, and 2,000 events imported from a peer,
        // of which the events page shows the next few.
        let partner = {
            let mut connection = state.db.get().unwrap();
            let scopes = ["changes:read", "events:read"].map(str::to_owned);
            let key =
                diaspora_hub::federation::keys::create(&mut connection, "Bench", &scopes).unwrap();
            use diaspora_hub::federation::peers::{self, PeerKind, Trust, imported};
            let peer = peers::add(
                &mut connection,
                "https://partner.example/feed.ics",
                PeerKind::Ical,
                Trust::Auto,
                None,
                false,
            )
            .unwrap();
            let start = chrono::Utc::now().naive_utc();
            for index in 0..2_000_i64 {
                let incoming = imported::Incoming {
                    remote_id: format!("partner-{index}"),
                    resource_type: "event".into(),
                    remote_version: 1,
                    canonical_url: Some(format!("https://partner.example/events/{index}")),
                    title: format!("Partner event {index}"),
                    language: Some("fr".into()),
                    starts_at: Some(start + chrono::Duration::hours(index)),
                    timezone: Some("Europe/Paris".into()),
                    document: "{}".into(),
                };
                imported::store(&mut connection, peer.id, true, &incoming).unwrap();
            }
            key
        };
        let service = test::init_service(
            App::new()
                .app_data(web::Data::new(state))
                .configure(diaspora_hub::startup::configure),
        )
        .await;
        // A member with a full profile, for the matches.
        let credentials = serde_json::json!({"email": "bench@example.org",
            "password": "teranga-lyon-2027", "display_name": "Bench"});
        let register = test::TestRequest::post()
            .uri("/api/v1/auth/register")
            .set_json(&credentials)
            .to_request();
        test::call_service(&service, register).await;
        let login = test::TestRequest::post()
            .uri("/api/v1/auth/login")
            .set_json(&credentials)
            .to_request();
        let login: serde_json::Value = test::call_and_read_body_json(&service, login).await;
        let token = login["token"].as_str().expect("token").to_owned();
        let profile = test::TestRequest::patch()
            .uri("/api/v1/me")
            .insert_header(("Authorization", format!("Bearer {token}")))
            .set_json(serde_json::json!({"skills": ["accounting", "teaching"],
                "languages": ["fr", "wo"], "heritage_country": "SN",
                "residence_country": "FR", "residence_city": "Lyon"}))
            .to_request();
        assert!(
            test::call_service(&service, profile)
                .await
                .status()
                .is_success()
        );
        for (name, uri, requests) in [
            ("http: GET /login (anonymous, Arabic)", "/login", 200),
            (
                "http: GET /api/v1/groups (first page of 2000)",
                "/api/v1/groups",
                50,
            ),
            (
                "http: GET /api/v1/groups?heritage=SN&topic=culture",
                "/api/v1/groups?heritage=SN&topic=culture",
                50,
            ),
            (
                "http: GET /api/v1/groups?q=synthetique+lyon",
                "/api/v1/groups?q=synth%C3%A9tique+lyon",
                50,
            ),
            ("http: GET /groups (HTML directory, Arabic)", "/groups", 50),
            (
                "http: GET /api/v1/events?country=DE&from=…&limit=20",
                events_query.as_str(),
                50,
            ),
            (
                "http: GET /events/{id} (event page, Arabic)",
                event_page.as_str(),
                50,
            ),
            (
                "http: GET /api/v1/opportunities (first page)",
                "/api/v1/opportunities",
                50,
            ),
            (
                "http: GET /api/v1/opportunities?heritage=SN&kind=…",
                "/api/v1/opportunities?heritage=SN&kind=mentoring",
                50,
            ),
            (
                "http: GET /api/v1/opportunities?skill=…&language=fr",
                "/api/v1/opportunities?skill=accounting&language=fr",
                50,
            ),
            (
                "http: GET /api/v1/opportunities?q=synthetic+grant",
                "/api/v1/opportunities?q=synthetic+grant",
                50,
            ),
            (
                "http: GET /opportunities (HTML, Arabic)",
                "/opportunities",
                50,
            ),
            (
                "http: GET /api/v1/me/matches (full profile)",
                "/api/v1/me/matches",
                20,
            ),
            (
                "http: GET /events (HTML, Arabic, partner events)",
                "/events",
                50,
            ),
            (
                "http: GET /federation/v1/changes?limit=200",
                "/federation/v1/changes?limit=200",
                20,
            ),
            (
                "http: GET /federation/v1/events?limit=200",
                "/federation/v1/events?limit=200",
                20,
            ),
        ] {
            // The federation endpoints take the partner's key, the others the member's token.
            let bearer = if uri.starts_with("/federation/") {
                &partner
            } else {
                &token
            };
            let mut samples = Vec::new();
            for _ in 0..11 {
                let start = Instant::now();
                for _ in 0..requests {
                    let request = test::TestRequest::get()
                        .uri(uri)
                        .insert_header(("Accept-Language", "ar"))
                        .insert_header(("Authorization", format!("Bearer {bearer}")))
                        .to_request();
                    black_box(test::call_and_read_body(&service, request).await);
                }
                samples.push(start.elapsed() / requests);
            }
            samples.sort();
            println!(
                "{name:<48} {:>12.3} µs/iter (median of 11 × {requests})",
                samples[5].as_secs_f64() * 1e6
            );
        }
        mail().await;
    });
}

/// Queueing 2,000 mails in one transaction, then delivering them to an SMTP server on
/// 127.0.0.1 (one connection per mail, as the transport does).
async fn mail() {
    use diaspora_hub::notifications::delivery::deliver_due;
    use diaspora_hub::notifications::{MailKind, Outgoing, queue};
    const MAILS: usize = 2_000;
    let server = smtp_server::SmtpServer::start();
    let directory = tempfile::tempdir().unwrap();
    let settings = Settings {
        database_url: format!("sqlite://{}/mail.db", directory.path().display()),
        smtp_url: Some(diaspora_hub::config::SecretUrl(server.url())),
        ..Settings::default()
    };
    let state = diaspora_hub::startup::build_state(settings).await.unwrap();
    let pool = state.db.clone();
    let start = Instant::now();
    actix_web::web::block(move || {
        let mut connection = pool.get().unwrap();
        diaspora_hub::db::write_transaction(&mut connection, |connection| {
            for number in 0..MAILS {
                queue(
                    connection,
                    "bench.invalid",
                    Outgoing {
                        user_id: None,
                        recipient: format!("member{number}@example.org"),
                        kind: MailKind::EmailVerification.as_str(),
                        locale: "fr".into(),
                        subject: format!("Confirmez votre adresse {number}"),
                        text: "Bonjour,\n\nUn lien…".into(),
                        html: "<p>Bonjour,</p><p>Un lien…</p>".into(),
                        list_unsubscribe: None,
                        calendar: None,
                    },
                )?;
            }
            Ok::<_, diesel::result::Error>(())
        })
        .unwrap();
    })
    .await
    .unwrap();
    println!(
        "{:<48} {:>12.1} ms",
        "mail: queue 2,000 in one transaction",
        start.elapsed().as_secs_f64() * 1e3
    );
    let start = Instant::now();
    let mut sent = 0;
    while sent < MAILS {
        sent += deliver_due(&state).await.unwrap().sent;
    }
    let elapsed = start.elapsed().as_secs_f64();
    println!(
        "{:<48} {:>12.2} s ({:.0} mails/s)",
        "mail: deliver 2,000 to a local SMTP server",
        elapsed,
        MAILS as f64 / elapsed
    );
}
