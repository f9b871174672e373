//! The outbox and its delivery: mail is queued with the change that causes it, reaches a real
//! SMTP conversation, waits out a server that is down, retries what may pass, gives up on what
//! will not, is never sent twice by two instances, and survives a worker that dies mid-send.

use chrono::Utc;
use diaspora_hub::db::AnyConnection;
use diaspora_hub::db::schema::outbox;
use diaspora_hub::notifications::delivery::deliver_due;
use diaspora_hub::notifications::outbox::claim;
use diaspora_hub::notifications::{MailKind, Outgoing, queue};
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::helpers::{PASSWORD, TestApp, spawn_app, spawn_app_with};
use crate::smtp_server::{Answer, SmtpServer};

async fn app_sending_to(server: &SmtpServer) -> TestApp {
    let url = server.url();
    spawn_app_with(move |settings| {
        settings.smtp_url = Some(diaspora_hub::config::SecretUrl(url));
    })
    .await
}

fn statuses(app: &TestApp) -> Vec<(String, i64)> {
    let mut connection = app.db();
    outbox::table
        .order(outbox::id)
        .select((outbox::status, outbox::attempts))
        .load(&mut *connection as &mut AnyConnection)
        .unwrap()
}

/// Queues `count` mails to `recipient` directly, in one transaction.
fn queue_mails(app: &TestApp, recipient: &str, count: usize) {
    let mut connection = app.db();
    let connection: &mut AnyConnection = &mut connection;
    diaspora_hub::db::write_transaction(connection, |connection| {
        for number in 0..count {
            queue(
                connection,
                "hub.test",
                Outgoing {
                    user_id: None,
                    recipient: recipient.to_owned(),
                    kind: MailKind::EmailVerification.as_str(),
                    locale: "en".into(),
                    subject: format!("Mail {number}"),
                    text: "Hello".into(),
                    html: "<p>Hello</p>".into(),
                    list_unsubscribe: None,
                    calendar: None,
                },
            )?;
        }
        Ok::<_, diesel::result::Error>(())
    })
    .unwrap();
}

/// Makes every waiting mail due now (time passing, without waiting for it).
fn make_due(app: &TestApp) {
    let mut connection = app.db();
    diesel::update(outbox::table)
        .set(outbox::next_attempt_at.eq(Utc::now().naive_utc() - chrono::Duration::seconds(1)))
        .execute(&mut *connection as &mut AnyConnection)
        .unwrap();
}

#[actix_web::test]
async fn registering_queues_one_verification_mail_and_a_failed_registration_none() {
    let app = spawn_app().await;

    assert_eq!(
        app.register("awa@example.org", "Awa").await.status(),
        StatusCode::CREATED
    );
    let twice = app.register("AWA@example.org", "Awa").await;

    assert_eq!(twice.status(), StatusCode::CONFLICT);
    assert_eq!(statuses(&app), [("queued".to_owned(), 0)]);
}

#[actix_web::test]
async fn a_mail_reaches_the_smtp_server_as_plain_text_and_html_to_its_recipient_alone() {
    let server = SmtpServer::start();
    let app = app_sending_to(&server).await;
    let registered = app
        .api
        .post(app.url("/api/v1/auth/register"))
        .json(
            &serde_json::json!({"email": "amina@example.org", "password": PASSWORD,
            "display_name": "أمينة", "locale": "ar"}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(registered.status(), StatusCode::CREATED);

    let report = deliver_due(&app.state).await.unwrap();

    assert_eq!(report.sent, 1);
    let received = server.received();
    assert_eq!(received.len(), 1);
    let mail = &received[0];
    assert_eq!(mail.to, ["amina@example.org"]);
    assert!(mail.from.contains("no-reply@localhost"), "{}", mail.from);
    assert_eq!(mail.header("To").unwrap(), "amina@example.org");
    assert!(mail.header("Cc").is_none() && mail.header("Bcc").is_none());
    assert_eq!(mail.header("Content-Language").unwrap(), "ar");
    assert_eq!(mail.header("Auto-Submitted").unwrap(), "auto-generated");
    let subject = mail.header("Subject").unwrap();
    assert!(subject.starts_with("=?utf-8?"), "encoded: {subject}");
    let message_id: String = {
        let mut connection = app.db();
        outbox::table
            .select(outbox::message_id)
            .first(&mut *connection as &mut AnyConnection)
            .unwrap()
    };
    assert_eq!(mail.header("Message-ID").unwrap(), message_id);
    assert!(mail.data.contains("multipart/alternative"));
    assert!(mail.data.contains("text/plain") && mail.data.contains("text/html"));
    assert!(
        !mail.data.to_ascii_lowercase().contains("<img"),
        "no remote images"
    );
    assert_eq!(statuses(&app), [("sent".to_owned(), 1)]);
}

#[actix_web::test]
async fn a_temporary_refusal_is_retried_later_and_a_permanent_one_is_given_up_at_once() {
    let server = SmtpServer::start();
    let app = app_sending_to(&server).await;
    queue_mails(&app, "someone@example.org", 1);

    server.answer(Answer::TryLater);
    let first = deliver_due(&app.state).await.unwrap();
    assert_eq!((first.sent, first.retried), (0, 1));
    let next_attempt: chrono::NaiveDateTime = {
        let mut connection = app.db();
        outbox::table
            .select(outbox::next_attempt_at)
            .first(&mut *connection as &mut AnyConnection)
            .unwrap()
    };
    let wait = next_attempt - Utc::now().naive_utc();
    assert!(
        (40..=75).contains(&wait.num_seconds()),
        "the first retry waits about a minute: {wait}"
    );
    assert_eq!(
        deliver_due(&app.state).await.unwrap().retried,
        0,
        "not before"
    );

    server.answer(Answer::Refuse);
    make_due(&app);
    let second = deliver_due(&app.state).await.unwrap();

    assert_eq!(second.dead, 1);
    assert_eq!(statuses(&app), [("dead".to_owned(), 2)]);
    assert!(server.received().is_empty());
}

#[actix_web::test]
async fn an_address_refused_for_good_three_times_is_no_longer_tried() {
    let server = SmtpServer::start();
    let app = app_sending_to(&server).await;
    server.answer(Answer::Refuse);
    queue_mails(&app, "gone@example.org", 3);
    assert_eq!(deliver_due(&app.state).await.unwrap().dead, 3);
    let tried = server.connections();

    server.answer(Answer::Accept);
    queue_mails(&app, "gone@example.org", 1);
    let later = deliver_due(&app.state).await.unwrap();

    assert_eq!(later.dead, 1);
    assert_eq!(
        server.connections(),
        tried,
        "the flagged address was not even tried"
    );
}

#[actix_web::test]
async fn mail_waits_while_the_smtp_server_is_down_and_goes_when_it_is_back() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("smtp://127.0.0.1:{port}?tls=none");
    let app = spawn_app_with(move |settings| {
        settings.smtp_url = Some(diaspora_hub::config::SecretUrl(url));
    })
    .await;
    queue_mails(&app, "awa@example.org", 2);

    let while_down = deliver_due(&app.state).await.unwrap();
    assert_eq!((while_down.sent, while_down.retried), (0, 2));
    let server = SmtpServer::start_on(port);
    make_due(&app);
    let back = deliver_due(&app.state).await.unwrap();

    assert_eq!(back.sent, 2);
    assert_eq!(server.received().len(), 2);
}

#[actix_web::test]
async fn two_instances_on_one_database_send_a_burst_once_each() {
    let server = SmtpServer::start();
    let first = app_sending_to(&server).await;
    let (database, url) = (first.state.settings.database_url.clone(), server.url());
    let second = spawn_app_with(move |settings| {
        settings.database_url = database;
        settings.smtp_url = Some(diaspora_hub::config::SecretUrl(url));
    })
    .await;
    queue_mails(&first, "burst@example.org", 40);

    let (one, two) =
        futures_util::future::join(deliver_due(&first.state), deliver_due(&second.state)).await;

    assert_eq!(one.unwrap().sent + two.unwrap().sent, 40);
    let received = server.received();
    let mut ids: Vec<String> = received
        .iter()
        .map(|mail| mail.header("Message-ID").unwrap())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!((received.len(), ids.len()), (40, 40), "each mail once");
}

#[actix_web::test]
async fn a_worker_that_dies_mid_send_loses_nothing() {
    let server = SmtpServer::start();
    let app = app_sending_to(&server).await;
    queue_mails(&app, "awa@example.org", 3);
    // A worker claims the mails, then dies (kill -9) before sending them.
    let claimed = {
        let mut connection = app.db();
        claim(&mut connection, 10).unwrap()
    };
    assert_eq!(claimed.len(), 3);
    assert_eq!(
        deliver_due(&app.state).await.unwrap().sent,
        0,
        "claimed, not lost"
    );

    // Its lease ends.
    make_due(&app);
    let after = deliver_due(&app.state).await.unwrap();

    assert_eq!(after.sent, 3);
    assert_eq!(server.received().len(), 3);
}

#[actix_web::test]
async fn a_deleted_accounts_queued_mail_is_never_sent() {
    let server = SmtpServer::start();
    let app = app_sending_to(&server).await;
    let token = app.signed_up_token("awa@example.org").await;

    let deleted = app
        .api
        .delete(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&serde_json::json!({"password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    deliver_due(&app.state).await.unwrap();

    assert!(server.received().is_empty());
    assert_eq!(app.count("outbox"), 0);
}

#[actix_web::test]
async fn without_an_smtp_server_mail_is_written_as_eml_files() {
    let app = spawn_app().await;
    assert_eq!(
        app.register("awa@example.org", "Awa").await.status(),
        StatusCode::CREATED
    );

    deliver_due(&app.state).await.unwrap();

    let files: Vec<_> = std::fs::read_dir(&app.mail_dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].extension().unwrap(), "eml");
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(text.contains("To: awa@example.org"));
    assert!(text.contains("/verify-email?token"));
    assert_eq!(statuses(&app), [("sent".to_owned(), 1)]);
}

#[actix_web::test]
async fn a_refusal_of_this_servers_setup_is_retried_and_never_blamed_on_the_address() {
    let server = SmtpServer::start();
    let app = app_sending_to(&server).await;
    server.answer(Answer::RelayDenied);
    queue_mails(&app, "awa@example.org", 3);

    let report = deliver_due(&app.state).await.unwrap();

    assert_eq!(
        (report.dead, report.retried),
        (0, 3),
        "retried, not given up"
    );
    assert_eq!(
        app.count("mail_address_flags"),
        0,
        "the address is not blamed"
    );
}

#[actix_web::test]
async fn a_server_that_stops_answering_holds_nothing_up() {
    let server = SmtpServer::start();
    let url = server.url();
    let app = spawn_app_with(move |settings| {
        settings.smtp_url = Some(diaspora_hub::config::SecretUrl(url));
        settings.smtp_timeout_seconds = 1;
    })
    .await;
    server.answer(Answer::Stall);
    queue_mails(&app, "awa@example.org", 2);

    let stalled = deliver_due(&app.state).await.unwrap();
    server.answer(Answer::Accept);
    make_due(&app);
    let resumed = deliver_due(&app.state).await.unwrap();

    assert_eq!(stalled.retried, 2, "given up after the timeout, to retry");
    assert_eq!(resumed.sent, 2);
}

#[actix_web::test]
async fn a_worker_whose_claim_ran_out_records_nothing_over_a_newer_outcome() {
    let server = SmtpServer::start();
    let app = app_sending_to(&server).await;
    queue_mails(&app, "awa@example.org", 1);
    let stale = {
        let mut connection = app.db();
        claim(&mut connection, 1).unwrap().remove(0)
    };
    make_due(&app);
    assert_eq!(deliver_due(&app.state).await.unwrap().sent, 1);

    // The first worker wakes up late and reports a failure for the attempt it claimed.
    {
        let mut connection = app.db();
        diaspora_hub::notifications::outbox::mark_failed(&mut connection, &stale, "late").unwrap();
    }

    assert_eq!(statuses(&app), [("sent".to_owned(), 2)]);
}
