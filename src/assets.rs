//! Static files (CSS, icons) embedded in the binary and served with long cache lifetimes.
//!
//! Pages link to them by fixed names; the `?v=` in links changes with each release, so a year
//! of caching is safe.

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "assets/static/"]
struct StaticFiles;

/// `/static/{name}?v=…`, the version being the start of the file's hash.
pub fn versioned(name: &str) -> String {
    match StaticFiles::get(name) {
        Some(file) => format!(
            "/static/{name}?v={}",
            hex_prefix(&file.metadata.sha256_hash())
        ),
        None => format!("/static/{name}"),
    }
}

/// Registers `/static/{file}`.
pub fn routes(config: &mut web::ServiceConfig) {
    config.route("/static/{file:.*}", web::get().to(serve));
}

async fn serve(path: web::Path<String>) -> HttpResponse {
    let name = path.into_inner();
    match StaticFiles::get(&name) {
        Some(file) => {
            let content_type = match name.rsplit('.').next() {
                Some("css") => "text/css; charset=utf-8",
                Some("svg") => "image/svg+xml",
                Some("js") => "text/javascript; charset=utf-8",
                Some("png") => "image/png",
                _ => "application/octet-stream",
            };
            HttpResponse::Ok()
                .content_type(content_type)
                .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
                .insert_header((
                    header::ETAG,
                    format!("\"{}\"", hex_prefix(&file.metadata.sha256_hash())),
                ))
                .body(file.data.into_owned())
        }
        None => HttpResponse::NotFound()
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .finish(),
    }
}

fn hex_prefix(hash: &[u8]) -> String {
    hash.iter()
        .take(8)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}
