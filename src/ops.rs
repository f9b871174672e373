//! Probes for load balancers and orchestrators: `/healthz` (the process answers) and
//! `/readyz` (the database answers too).

use actix_web::{HttpResponse, web};
use diesel::connection::SimpleConnection;

use crate::error::AppError;
use crate::state::AppState;

/// Registers the probe routes.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/healthz", web::get().to(healthz))
        .route("/readyz", web::get().to(readyz));
}

async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({ "status": "ok" }))
}

async fn readyz(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    crate::db::run(&state.db, |connection| {
        connection
            .batch_execute("SELECT 1")
            .map_err(|_| AppError::Unavailable)
    })
    .await
    .map_err(|error| match error {
        AppError::Internal { .. } => AppError::Unavailable,
        other => other,
    })?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "status": "ready", "database": "ok" })))
}
