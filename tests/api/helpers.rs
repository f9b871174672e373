//! `spawn_app()`: the real application on port 0 with a fresh database per test (a temp SQLite
//! file, or a new PostgreSQL database when `TEST_DATABASE_URL` is set), plus request helpers.

use std::sync::LazyLock;

use diaspora_hub::config::{LogFormat, Settings};
use diaspora_hub::db::AnyConnection;
use diaspora_hub::startup::Application;
use diaspora_hub::state::AppState;
use diesel::{Connection, RunQueryDsl};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// A password that passes the policy.
pub const PASSWORD: &str = "teranga-lyon-2027";

static TRACING: LazyLock<()> = LazyLock::new(|| {
    if std::env::var("TEST_LOG").is_ok() {
        diaspora_hub::telemetry::init(LogFormat::Pretty);
    }
});

/// A running application and clients to talk to it.
pub struct TestApp {
    /// `http://127.0.0.1:<port>`
    pub address: String,
    /// A browser-like client: keeps cookies, does not follow redirects.
    pub browser: reqwest::Client,
    /// A plain client for the JSON API.
    pub api: reqwest::Client,
    /// The application's state (for looking into the database).
    pub state: AppState,
    /// Where mail goes as `.eml` files when the test sets no SMTP server.
    pub mail_dir: std::path::PathBuf,
    _database: TestDatabase,
    _mail: tempfile::TempDir,
}

/// A fresh database that lives as long as this value.
pub enum TestDatabase {
    /// The directory is removed when the test ends.
    Sqlite {
        _directory: tempfile::TempDir,
    },
    Postgres {
        _database: ScratchDatabase,
    },
}

/// A PostgreSQL database of its own for one test, dropped when the test ends so runs leave no
/// databases behind.
pub struct ScratchDatabase {
    admin_url: String,
    /// Its name (`dh_test_…`).
    pub name: String,
    /// Its URL, with the admin URL's parameters.
    pub url: String,
}

impl ScratchDatabase {
    /// Creates a database on the server of `admin_url`.
    pub fn create(admin_url: &str) -> Self {
        let name = format!("dh_test_{}", uuid::Uuid::new_v4().simple());
        let mut admin = diesel::pg::PgConnection::establish(admin_url)
            .unwrap_or_else(|error| panic!("cannot reach TEST_DATABASE_URL {admin_url}: {error}"));
        diesel::sql_query(format!("CREATE DATABASE {name}"))
            .execute(&mut admin)
            .expect("create the test database");
        Self {
            url: database_url(admin_url, &name),
            admin_url: admin_url.to_owned(),
            name,
        }
    }
}

impl Drop for ScratchDatabase {
    fn drop(&mut self) {
        // The server's pool still holds connections: FORCE ends them (PostgreSQL 13+).
        // A failure here must not hide the test's own result, so it is only reported.
        let dropped = diesel::pg::PgConnection::establish(&self.admin_url).and_then(|mut admin| {
            diesel::sql_query(format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ))
            .execute(&mut admin)
            .map_err(|error| diesel::ConnectionError::BadConnection(error.to_string()))
        });
        if let Err(error) = dropped {
            eprintln!("could not drop test database {}: {error}", self.name);
        }
    }
}

/// Settings for a test app on a fresh database.
fn test_settings() -> (Settings, TestDatabase) {
    let mut settings = Settings {
        bind: "127.0.0.1:0".into(),
        database_pool_size: 4,
        ..Settings::default()
    };
    let (url, database) = fresh_database();
    settings.database_url = url;
    (settings, database)
}

/// The URL of a fresh, empty database (a temp SQLite file, or a new PostgreSQL database when
/// `TEST_DATABASE_URL` is set), and the guard that removes it.
pub fn fresh_database() -> (String, TestDatabase) {
    match std::env::var("TEST_DATABASE_URL").map(|url| plain_tcp(&url)) {
        Ok(admin_url) => {
            let database = ScratchDatabase::create(&admin_url);
            (
                database.url.clone(),
                TestDatabase::Postgres {
                    _database: database,
                },
            )
        }
        Err(_) => {
            let directory = tempfile::tempdir().expect("temp dir");
            (
                format!("sqlite://{}/test.db", directory.path().display()),
                TestDatabase::Sqlite {
                    _directory: directory,
                },
            )
        }
    }
}

/// Starts the application with default test settings.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Starts the application after `customize` has adjusted the settings.
pub async fn spawn_app_with(customize: impl FnOnce(&mut Settings)) -> TestApp {
    LazyLock::force(&TRACING);
    let (mut settings, database) = test_settings();
    let mail = tempfile::tempdir().expect("temp dir for mail");
    settings.mail_dir = Some(mail.path().display().to_string());
    // Tests publish many listings from accounts made a moment ago; the limit on new accounts
    // has tests of its own (`trust`), which turn it back on.
    settings.new_account_hours = 0;
    customize(&mut settings);
    let application = Application::build(settings)
        .await
        .expect("application builds");
    let address = format!("http://127.0.0.1:{}", application.port());
    let state = application.state().clone();
    tokio::spawn(application.run_until_stopped());
    TestApp {
        address,
        browser: browser(),
        api: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
        state,
        mail_dir: mail.path().to_owned(),
        _database: database,
        _mail: mail,
    }
}

/// A new cookie-keeping client (a second browser).
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The `Set-Cookie` header that sets the session cookie, if the response has one.
pub fn session_set_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with("session="))
        .map(str::to_owned)
}

/// The value of the hidden `csrf_token` field in a page.
pub fn csrf_from(html: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html.find(marker).expect("page has a CSRF field") + marker.len();
    html[start..start + 64].to_owned()
}

impl TestApp {
    /// Absolute URL for a path.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// A connection to the app's database.
    pub fn db(&self) -> diesel::r2d2::PooledConnection<diaspora_hub::db::ConnectionManager> {
        self.state.db.get().expect("database connection")
    }

    /// Runs `SELECT COUNT(*) FROM <table>`.
    pub fn count(&self, table: &str) -> i64 {
        #[derive(diesel::QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            count: i64,
        }
        let mut connection = self.db();
        let connection: &mut AnyConnection = &mut connection;
        diesel::sql_query(format!("SELECT COUNT(*) AS count FROM {table}"))
            .get_result::<Count>(connection)
            .expect("count")
            .count
    }

    /// GET with the browser client.
    pub async fn get_page(&self, path: &str) -> reqwest::Response {
        self.browser.get(self.url(path)).send().await.unwrap()
    }

    /// GETs `page_path` to learn the CSRF token, then posts the form (with the token) to
    /// `post_path`, as a browser would.
    pub async fn submit_form(
        &self,
        page_path: &str,
        post_path: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let page = self.get_page(page_path).await.text().await.unwrap();
        let token = csrf_from(&page);
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        form.push(("csrf_token", &token));
        self.browser
            .post(self.url(post_path))
            .form(&form)
            .send()
            .await
            .unwrap()
    }

    /// Registers through the API.
    pub async fn register(&self, email: &str, display_name: &str) -> reqwest::Response {
        self.api
            .post(self.url("/api/v1/auth/register"))
            .json(&json!({ "email": email, "password": PASSWORD, "display_name": display_name }))
            .send()
            .await
            .unwrap()
    }

    /// Logs in through the API; returns the raw response.
    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        self.api
            .post(self.url("/api/v1/auth/login"))
            .json(&json!({ "email": email, "password": password }))
            .send()
            .await
            .unwrap()
    }

    /// Registers and logs in through the API; returns the bearer token.
    pub async fn signed_up_token(&self, email: &str) -> String {
        assert_eq!(
            self.register(email, "Awa").await.status(),
            StatusCode::CREATED
        );
        let body: Value = self.login(email, PASSWORD).await.json().await.unwrap();
        body["token"].as_str().expect("token").to_owned()
    }

    /// Signs the browser client in through the login form.
    pub async fn browser_login(&self, email: &str) {
        let response = self
            .submit_form(
                "/login",
                "/login",
                &[("email", email), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
    }

    /// Registers and signs in the browser client through the HTML form.
    pub async fn signed_up_browser(&self, email: &str) {
        let response = self
            .submit_form(
                "/register",
                "/register",
                &[
                    ("display_name", "Awa"),
                    ("email", email),
                    ("password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
    }
}

/// A group body for `POST /api/v1/groups`, in French and English, open and public.
pub fn group_body(name_fr: &str) -> Value {
    json!({
        "primary_language": "fr",
        "translations": {
            "fr": {"name": name_fr, "description": "Entraide, culture et fêtes pour la diaspora."},
            "en": {"name": format!("{name_fr} (EN)"), "description": "Mutual help, culture and celebrations."}
        },
        "heritage_country": "SN", "residence_country": "FR", "city": "Lyon",
        "languages": ["fr", "wo"], "topics": ["culture", "business"],
        "visibility": "public", "join_policy": "open"
    })
}

impl TestApp {
    /// Creates a group through the API as `token`; returns the created group.
    pub async fn create_group(&self, token: &str, body: &Value) -> Value {
        let response = self
            .api
            .post(self.url("/api/v1/groups"))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::CREATED,
            "{}",
            response.text().await.unwrap()
        );
        response.json().await.unwrap()
    }

    /// `POST` to an API path as `token` with an empty JSON body; returns the status.
    pub async fn post_as(&self, token: &str, path: &str) -> StatusCode {
        self.api
            .post(self.url(path))
            .bearer_auth(token)
            .json(&json!({}))
            .send()
            .await
            .unwrap()
            .status()
    }

    /// The public id of the member `token` belongs to.
    pub async fn user_id(&self, token: &str) -> String {
        let me: Value = self
            .get_as(Some(token), "/api/v1/me")
            .await
            .json()
            .await
            .unwrap();
        me["id"].as_str().unwrap().to_owned()
    }

    /// `GET` an API path, optionally as `token`.
    pub async fn get_as(&self, token: Option<&str>, path: &str) -> reqwest::Response {
        let mut request = self.api.get(self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.unwrap()
    }

    /// The `items` of a list answered at `path` to a visitor (which must be a 200).
    pub async fn listed(&self, path: &str) -> Vec<Value> {
        let response = self.get_as(None, path).await;
        assert_eq!(response.status(), reqwest::StatusCode::OK, "{path}");
        let page: Value = response.json().await.unwrap();
        page["items"].as_array().unwrap().clone()
    }
}

/// `url` with `sslmode=disable` unless it says otherwise. Test databases run on this machine,
/// and OpenSSL's clean-up at process exit can race connections still open on pool threads,
/// which crashes a test process now and then.
pub fn plain_tcp(url: &str) -> String {
    if url.contains("sslmode=") {
        url.to_owned()
    } else if url.contains('?') {
        format!("{url}&sslmode=disable")
    } else {
        format!("{url}?sslmode=disable")
    }
}

/// The URL of database `name` on the server of `admin_url`, with the same parameters.
pub fn database_url(admin_url: &str, name: &str) -> String {
    let (address, parameters) = admin_url.split_once('?').unwrap_or((admin_url, ""));
    let base = address.rsplit_once('/').map_or(address, |(base, _)| base);
    match parameters {
        "" => format!("{base}/{name}"),
        parameters => format!("{base}/{name}?{parameters}"),
    }
}
