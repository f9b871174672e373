//! Building the application: the pool, migrations, middleware and routes, bound to a port.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::body::MessageBody;
use actix_web::dev::{Server, ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::{Compress, DefaultHeaders, Next, from_fn};
use actix_web::{App, HttpServer, web};
use tracing_actix_web::TracingLogger;

use crate::config::Settings;
use crate::error::AppError;
use crate::i18n::Locales;
use crate::state::AppState;

/// Content-Security-Policy for every page: no inline script, nothing from other origins.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
    img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/// A built application: the server future and the port it is bound to.
pub struct Application {
    address: std::net::SocketAddr,
    server: Server,
    state: AppState,
}

impl Application {
    /// Connects to the database, applies migrations and binds the listener (port 0 picks one).
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let state = build_state(settings).await?;
        let listener = TcpListener::bind(&state.settings.bind).map_err(|error| {
            anyhow::anyhow!("cannot listen on {}: {error}", state.settings.bind)
        })?;
        let address = listener.local_addr()?;
        let server_state = state.clone();
        let server = HttpServer::new(move || {
            App::new()
                .app_data(web::Data::new(server_state.clone()))
                .configure(configure)
        })
        .listen(listener)?
        .run();
        Ok(Self {
            address,
            server,
            state,
        })
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.address.port()
    }

    /// `http://<address>:<port>` as actually bound (useful when the port was 0).
    pub fn local_url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// The shared state (tests use its pool).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until stopped.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// Opens the pool, migrates and loads translations.
pub async fn build_state(settings: Settings) -> anyhow::Result<AppState> {
    let settings = settings.normalized()?;
    let pool = crate::db::build_pool(&settings.database_url, settings.database_pool_size)?;
    let migrate_pool = pool.clone();
    let applied = web::block(move || -> anyhow::Result<usize> {
        let mut connection = migrate_pool
            .get()
            .map_err(|error| anyhow::anyhow!("cannot connect to the database: {error}"))?;
        let applied = crate::db::migrations::run_pending(&mut connection)
            .map_err(|error| anyhow::anyhow!("migrations failed: {error}"))?;
        let upgraded = crate::db::upgrades::run_pending(&mut connection)
            .map_err(|error| anyhow::anyhow!("data upgrades failed: {error}"))?;
        if !upgraded.is_empty() {
            tracing::info!(?upgraded, "upgraded stored data");
        }
        Ok(applied)
    })
    .await??;
    if applied > 0 {
        tracing::info!(applied, "applied database migrations");
    }
    crate::auth::password::warm_up();
    let mailer = crate::notifications::transport::Transport::from_settings(&settings)?;
    Ok(AppState {
        trusted_proxies: Arc::new(settings.trusted_proxy_ranges()?),
        settings: Arc::new(settings),
        db: pool,
        locales: Arc::new(Locales::load()?),
        caches: Arc::default(),
        mailer: Arc::new(mailer),
    })
}

/// Middleware and routes; shared by the server and by in-process tests.
pub fn configure(config: &mut web::ServiceConfig) {
    config.service(
        web::scope("")
            .wrap(from_fn(crate::auth::csrf::protect))
            .wrap(from_fn(crate::http::context::resolve))
            .wrap(from_fn(crate::http::errors::render))
            .wrap(from_fn(strict_transport_security))
            .wrap(security_headers())
            .wrap(from_fn(crate::http::framing::open_embeds_to_frames))
            .wrap(Compress::default())
            .wrap(from_fn(crate::http::head_as_get))
            .wrap(TracingLogger::<crate::http::request_log::RequestSpans>::new())
            .app_data(web::FormConfig::default().limit(crate::auth::csrf::FORM_LIMIT))
            .app_data(web::PayloadConfig::default().limit(crate::api::JSON_LIMIT))
            .app_data(crate::api::json_config())
            .configure(crate::ops::routes)
            .configure(crate::assets::routes)
            .configure(crate::api::routes)
            .configure(crate::feeds::routes)
            .configure(crate::federation::partner_api::routes)
            .configure(crate::web::routes)
            .default_service(web::to(|| async {
                Err::<actix_web::HttpResponse, _>(AppError::NotFound)
            })),
    );
}

/// Behind HTTPS (`cookie_secure` on), tells browsers to use HTTPS only for the next year, so
/// a network attacker cannot downgrade a later visit to plain HTTP.
async fn strict_transport_security(
    request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let secure = request
        .app_data::<web::Data<AppState>>()
        .is_some_and(|state| state.settings.cookie_secure);
    let mut response = next.call(request).await?;
    if secure {
        response.headers_mut().insert(
            header::STRICT_TRANSPORT_SECURITY,
            header::HeaderValue::from_static("max-age=31536000"),
        );
    }
    Ok(response)
}

fn security_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add((header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::REFERRER_POLICY, "strict-origin-when-cross-origin"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
        .add((
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=()",
        ))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
}
