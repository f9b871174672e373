//! The home page.

use actix_web::HttpResponse;
use askama::Template;

use super::context::RequestContext;
use super::{Chrome, page};
use crate::error::AppResult;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    chrome: Chrome,
}

/// `GET /`
pub async fn show(context: RequestContext) -> AppResult<HttpResponse> {
    page(HomePage {
        chrome: Chrome::new(&context),
    })
}
