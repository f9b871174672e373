//! The command line, run as a real process.

use std::io::Write;
use std::process::{Command, Stdio};

use diaspora_hub::db::schema::users;
use diaspora_hub::db::{ConnectionManager, DatabaseUrl};
use diesel::prelude::*;
use diesel::r2d2::ManageConnection;

use crate::helpers::PASSWORD;

fn diaspora_hub() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_diaspora-hub"));
    command.env_remove("DATABASE_URL").env_remove("APP_CONFIG");
    command
}

#[test]
fn create_admin_reads_the_password_from_stdin_and_makes_a_verified_administrator() {
    let (database, _guard) = crate::helpers::fresh_database();
    let mut child = diaspora_hub()
        .args([
            "create-admin",
            "--email",
            "Admin@Example.org",
            "--name",
            "Admin",
        ])
        .env("DATABASE_URL", &database)
        .env_remove("DIASPORA_HUB_ADMIN_PASSWORD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    let output = child.wait_with_output().unwrap();

    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("admin@example.org"));
    let mut connection = ConnectionManager::new(DatabaseUrl::parse(&database).unwrap())
        .connect()
        .unwrap();
    let (role, verified): (String, Option<chrono::NaiveDateTime>) = users::table
        .select((users::role, users::email_verified_at))
        .first(&mut connection)
        .unwrap();
    assert_eq!(role, "admin");
    assert!(
        verified.is_some(),
        "the operator's address counts as verified"
    );
    let queued: i64 = diaspora_hub::db::schema::outbox::table
        .count()
        .get_result(&mut connection)
        .unwrap();
    assert_eq!(queued, 0, "no verification mail for it");
}

#[test]
fn create_admin_refuses_a_weak_password() {
    let (database, _guard) = crate::helpers::fresh_database();
    let output = diaspora_hub()
        .args([
            "create-admin",
            "--email",
            "admin@example.org",
            "--name",
            "Admin",
        ])
        .env("DATABASE_URL", &database)
        .env("DIASPORA_HUB_ADMIN_PASSWORD", "password")
        .output()
        .unwrap();

    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("password"));
}

#[test]
fn a_typo_in_the_database_url_is_a_clear_error_and_creates_no_file() {
    let directory = tempfile::tempdir().unwrap();

    let output = diaspora_hub()
        .arg("migrate")
        .current_dir(directory.path())
        .env("DATABASE_URL", "sqlit://data/diaspora-hub.db")
        .output()
        .unwrap();

    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("unsupported database URL scheme"));
    assert_eq!(
        std::fs::read_dir(directory.path()).unwrap().count(),
        0,
        "no stray file or folder"
    );
}

#[test]
fn settings_come_from_a_toml_file_and_the_environment_beats_it() {
    let directory = tempfile::tempdir().unwrap();
    let file = directory.path().join("settings.toml");
    std::fs::write(&file, "database_url = \"mysql://nowhere/db\"\n").unwrap();

    let from_file = diaspora_hub()
        .args(["migrate", "--config"])
        .arg(&file)
        .output()
        .unwrap();
    let (database, _guard) = crate::helpers::fresh_database();
    let overridden = diaspora_hub()
        .args(["migrate", "--config"])
        .arg(&file)
        .env("DATABASE_URL", &database)
        .output()
        .unwrap();

    assert!(String::from_utf8_lossy(&from_file.stderr).contains("\"mysql\""));
    assert!(
        overridden.status.success(),
        "{}",
        String::from_utf8_lossy(&overridden.stderr)
    );
}

#[test]
fn help_documents_every_setting_with_its_environment_variable() {
    let output = diaspora_hub().arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&output.stdout);

    for variable in [
        "DATABASE_URL",
        "APP_BIND",
        "APP_PUBLIC_URL",
        "APP_COOKIE_SECURE",
        "APP_ALLOW_PRIVATE_PEERS",
        "APP_LOG_FORMAT",
        "APP_TRUSTED_PROXIES",
        "APP_CONFIG",
        "APP_DATABASE_POOL_SIZE",
        "APP_LOGIN_ATTEMPTS_PER_MINUTE",
        "APP_REGISTRATIONS_PER_HOUR",
        "APP_SESSION_DAYS",
    ] {
        assert!(help.contains(variable), "--help mentions {variable}");
    }
}

#[actix_web::test]
async fn json_logs_are_json_and_never_contain_passwords_or_tokens() {
    use std::io::{BufRead, BufReader};
    use std::sync::{Arc, Mutex};
    let (database, _guard) = crate::helpers::fresh_database();
    let mut child = diaspora_hub()
        .arg("serve")
        .env("DATABASE_URL", &database)
        .env("APP_BIND", "127.0.0.1:0")
        .env("APP_LOG_FORMAT", "json")
        .env("RUST_LOG", "debug")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = Arc::new(Mutex::new(Vec::<String>::new()));
    let (address_sender, address_receiver) = std::sync::mpsc::channel::<String>();
    for stream in [
        Box::new(child.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>,
        Box::new(child.stderr.take().unwrap()),
    ] {
        let (lines, sender) = (lines.clone(), address_sender.clone());
        std::thread::spawn(move || {
            for line in BufReader::new(stream).lines().map_while(Result::ok) {
                if let Some(address) = line.strip_prefix("diaspora-hub is serving on ") {
                    let _ = sender.send(address.split(' ').next().unwrap().to_owned());
                }
                lines.lock().unwrap().push(line);
            }
        });
    }
    let address = address_receiver
        .recv_timeout(std::time::Duration::from_secs(30))
        .expect("the server starts");
    let client = reqwest::Client::new();
    let secret = "a-very-secret-passphrase-9";
    let register =
        serde_json::json!({"email": "awa@example.org", "password": secret, "display_name": "Awa"});
    assert!(
        client
            .post(format!("{address}/api/v1/auth/register"))
            .json(&register)
            .send()
            .await
            .unwrap()
            .status()
            .is_success()
    );
    let login: serde_json::Value = client
        .post(format!("{address}/api/v1/auth/login"))
        .json(&serde_json::json!({"email": "awa@example.org", "password": secret}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = login["token"].as_str().unwrap().to_owned();
    client
        .get(format!("{address}/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    child.kill().unwrap();
    child.wait().unwrap();

    let lines = lines.lock().unwrap();
    let log_lines: Vec<&String> = lines
        .iter()
        .filter(|line| !line.starts_with("diaspora-hub is serving on"))
        .collect();
    assert!(
        log_lines.iter().any(|line| line.contains("signed in")),
        "the login was logged"
    );
    for line in log_lines {
        assert!(
            serde_json::from_str::<serde_json::Value>(line).is_ok(),
            "not JSON: {line}"
        );
        assert!(!line.contains(secret), "a password reached the log: {line}");
        assert!(!line.contains(&token), "a token reached the log: {line}");
    }
}

#[test]
fn partner_keys_are_shown_once_listed_without_secrets_and_revoked_by_prefix() {
    let (database, _guard) = crate::helpers::fresh_database();
    let run = |arguments: &[&str]| {
        diaspora_hub()
            .args(arguments)
            .env("DATABASE_URL", &database)
            .output()
            .unwrap()
    };

    let created = run(&[
        "partners",
        "create",
        "--name",
        "Embassy of Senegal",
        "--scopes",
        "changes:read,events:read",
    ]);
    let unknown_scope = run(&[
        "partners",
        "create",
        "--name",
        "X",
        "--scopes",
        "everything",
    ]);
    // What `KEY=$(diaspora-hub partners create … | tail -n1)` reads: the key alone.
    let printed = String::from_utf8_lossy(&created.stdout).into_owned();
    let key = printed.lines().last().unwrap().to_owned();
    assert!(key.starts_with("dhk_") && !key.contains(' '), "{printed:?}");
    assert_eq!(printed, format!("{key}\n"), "nothing but the key on stdout");
    assert!(String::from_utf8_lossy(&created.stderr).contains("cannot be shown again"));
    let prefix = key.split('_').nth(1).unwrap();
    let secret = key.split('_').nth(2).unwrap();
    let listed = run(&["partners", "list"]);
    let revoked = run(&["partners", "revoke", prefix]);
    let revoked_again = run(&["partners", "revoke", prefix]);
    let listed_after = String::from_utf8_lossy(&run(&["partners", "list"]).stdout).into_owned();

    assert!(
        created.status.success(),
        "{}",
        String::from_utf8_lossy(&created.stderr)
    );
    assert!(!unknown_scope.status.success());
    assert!(String::from_utf8_lossy(&unknown_scope.stderr).contains("unknown scope"));
    let listed = String::from_utf8_lossy(&listed.stdout).into_owned();
    assert!(listed.contains(prefix) && listed.contains("Embassy of Senegal"));
    assert!(listed.contains("changes:read,events:read") && listed.contains("never used"));
    assert!(!listed.contains(secret), "the secret is never shown again");
    assert!(revoked.status.success());
    assert!(!revoked_again.status.success(), "nothing left to revoke");
    assert!(listed_after.contains("revoked"));
}

#[test]
fn peers_are_added_listed_and_checked_from_the_command_line() {
    let (database, _guard) = crate::helpers::fresh_database();
    let run = |arguments: &[&str]| {
        diaspora_hub()
            .args(arguments)
            .env("DATABASE_URL", &database)
            .output()
            .unwrap()
    };

    let ftp = run(&[
        "peers",
        "add",
        "ftp://calendar.example/feed.ics",
        "--kind",
        "ical",
    ]);
    let added = run(&[
        "peers",
        "add",
        "https://hub.example.org",
        "--key",
        "dhk_a_b",
        "--trust",
        "auto",
    ]);
    let twice = run(&["peers", "add", "https://hub.example.org/"]);
    let listed = String::from_utf8_lossy(&run(&["peers", "list"]).stdout).into_owned();

    assert!(!ftp.status.success());
    assert!(String::from_utf8_lossy(&ftp.stderr).contains("only http and https"));
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    assert!(!twice.status.success(), "the same peer twice");
    assert!(listed.contains("https://hub.example.org") && listed.contains("never synced"));
    assert!(!listed.contains("dhk_a_b"), "the peer's key is not printed");
}

#[test]
fn users_role_grants_and_takes_back_the_moderator_role_and_audits_it() {
    let (database, _guard) = crate::helpers::fresh_database();
    let run = |arguments: &[&str]| {
        diaspora_hub()
            .args(arguments)
            .env("DATABASE_URL", &database)
            .env("DIASPORA_HUB_ADMIN_PASSWORD", PASSWORD)
            .output()
            .unwrap()
    };
    let created = run(&[
        "create-admin",
        "--email",
        "member@example.org",
        "--name",
        "Awa",
    ]);
    assert!(created.status.success());
    let mut connection = ConnectionManager::new(DatabaseUrl::parse(&database).unwrap())
        .connect()
        .unwrap();
    diesel::update(users::table)
        .set(users::role.eq("user"))
        .execute(&mut connection)
        .unwrap();

    let granted = run(&["users", "role", "Member@Example.org", "moderator"]);
    let role_after_grant: String = users::table
        .select(users::role)
        .first(&mut connection)
        .unwrap();
    let taken_back = run(&["users", "role", "member@example.org", "user"]);
    let nobody = run(&["users", "role", "nobody@example.org", "moderator"]);
    let wrong_role = run(&["users", "role", "member@example.org", "admin"]);

    assert!(
        granted.status.success(),
        "{}",
        String::from_utf8_lossy(&granted.stderr)
    );
    assert_eq!(role_after_grant, "moderator");
    assert!(taken_back.status.success());
    let role: String = users::table
        .select(users::role)
        .first(&mut connection)
        .unwrap();
    assert_eq!(role, "user");
    assert!(!nobody.status.success());
    assert!(String::from_utf8_lossy(&nobody.stderr).contains("no member"));
    assert!(!wrong_role.status.success());
    let actions: Vec<String> = diaspora_hub::db::schema::audit_log::table
        .order(diaspora_hub::db::schema::audit_log::id)
        .select(diaspora_hub::db::schema::audit_log::action)
        .load(&mut connection)
        .unwrap();
    assert_eq!(actions, ["grant_moderator", "revoke_moderator"]);
}
