//! The home page.

use actix_web::HttpResponse;
use askama::Template;

use super::page;
use crate::error::AppResult;
use crate::http::chrome::Chrome;
use crate::http::context::RequestContext;

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
