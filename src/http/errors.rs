//! Turns every error response into something a person or a program can use, in the
//! request's language: RFC 9457 problem JSON under `/api` and `/federation`, an HTML error page
//! everywhere else (and a redirect to the login form when a page needs a signed-in member).
//!
//! Errors raised by actix itself (a bad path parameter, an unknown method) get the same
//! treatment, so nothing internal ever reaches the client.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage, HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Serialize;

use super::chrome::Chrome;
use super::context::RequestContext;
use super::is_machine_path;
use crate::error::{AppError, ErrorToRender, FieldError};
use crate::i18n::I18n;
use crate::state::AppState;

/// Middleware: renders any error response for its audience.
pub async fn render(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    // Holding a clone of the request while it is routed would make actix panic, so the
    // request is taken back from the response.
    let response = next.call(request).await?.map_into_boxed_body();
    let status = response.status();
    let marked = response
        .response()
        .extensions()
        .get::<ErrorToRender>()
        .cloned();
    let to_render = marked.or_else(|| {
        (status.is_client_error() || status.is_server_error())
            .then(|| response.response().error().map(|_| from_status(status)))
            .flatten()
    });
    match to_render {
        Some(error) => {
            let http_request = response.request().clone();
            let rendered = respond(&http_request, &error);
            Ok(ServiceResponse::new(http_request, rendered))
        }
        None => Ok(response),
    }
}

/// Maps a bare status from actix to one of our codes.
fn from_status(status: StatusCode) -> ErrorToRender {
    let error = match status.as_u16() {
        400 => AppError::MalformedBody,
        401 => AppError::NotAuthenticated,
        403 => AppError::Forbidden,
        404 | 405 => AppError::NotFound,
        413 => AppError::PayloadTooLarge,
        415 => AppError::UnsupportedMediaType,
        503 => AppError::Unavailable,
        _ => AppError::internal(anyhow::anyhow!("unexpected status {status}")),
    };
    error.to_render()
}

fn context_i18n(request: &HttpRequest) -> I18n {
    if let Some(context) = request.extensions().get::<RequestContext>() {
        return context.i18n.clone();
    }
    let state = request
        .app_data::<web::Data<AppState>>()
        .expect("AppState is registered");
    I18n::new(state.locales.clone(), "en")
}

fn respond(request: &HttpRequest, error: &ErrorToRender) -> HttpResponse {
    let i18n = context_i18n(request);
    let mut response = if is_machine_path(request.path()) {
        problem_json(&i18n, error)
    } else if error.code == "not_authenticated" {
        let target = match request.query_string() {
            "" => request.path().to_owned(),
            query => format!("{}?{query}", request.path()),
        };
        let location = format!("/login?next={}", urlencode(&target));
        return super::redirect::see_other(&location);
    } else {
        error_page(request, &i18n, error)
    };
    if let Some(seconds) = error.retry_after_seconds {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, header::HeaderValue::from(seconds));
    }
    response
}

/// One field problem in a problem document.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ProblemField {
    /// The field as the client named it.
    pub field: String,
    /// Stable code.
    pub code: String,
    /// The problem, in the request's language.
    pub message: String,
}

/// An RFC 9457 problem document.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// A URI naming the kind of problem.
    #[serde(rename = "type")]
    pub problem_type: String,
    /// Short, localized summary of the status.
    pub title: String,
    /// HTTP status.
    pub status: u16,
    /// Localized explanation.
    pub detail: String,
    /// Stable snake_case code.
    pub code: String,
    /// Field-level problems (empty unless the input was invalid).
    pub errors: Vec<ProblemField>,
    /// For 410: the deleted listing's tombstone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tombstone: Option<crate::error::GoneListing>,
}

fn problem_json(i18n: &I18n, error: &ErrorToRender) -> HttpResponse {
    let problem = Problem {
        problem_type: format!("urn:diaspora-hub:problem:{}", error.code),
        title: i18n.plain(&format!("http-status-{}", error.status.as_u16())),
        status: error.status.as_u16(),
        detail: i18n.plain(error.code),
        code: error.code.to_owned(),
        errors: error
            .field_errors
            .iter()
            .map(|field| ProblemField {
                field: field.field.clone(),
                code: field.code.to_owned(),
                message: crate::i18n::strip_isolation_marks(&field_message(i18n, field)),
            })
            .collect(),
        tombstone: error.gone.clone(),
    };
    let mut response = HttpResponse::build(error.status);
    response.content_type("application/problem+json");
    response.insert_header((header::CONTENT_LANGUAGE, i18n.lang()));
    if error.status == StatusCode::UNAUTHORIZED {
        response.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
    }
    response.json(problem)
}

/// The HTML error page.
#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    chrome: Chrome,
    heading: String,
    message: String,
    details: Vec<String>,
}

fn error_page(request: &HttpRequest, i18n: &I18n, error: &ErrorToRender) -> HttpResponse {
    let chrome = match request.extensions().get::<RequestContext>() {
        Some(context) => Chrome::new(context),
        None => Chrome {
            i18n: i18n.clone(),
            signed_in_as: None,
            unread_notifications: 0,
            moderates: false,
            administers: false,
            csrf_token: String::new(),
            languages: Vec::new(),
            welcome: false,
        },
    };
    let page = ErrorPage {
        heading: i18n.t(&format!("http-status-{}", error.status.as_u16())),
        message: i18n.t(error.code),
        details: error
            .field_errors
            .iter()
            .map(|field| field_message(i18n, field))
            .collect(),
        chrome,
    };
    match page.render() {
        Ok(body) => HttpResponse::build(error.status)
            .content_type(header::ContentType::html())
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(body),
        Err(render_error) => {
            tracing::error!(%render_error, "error page failed to render");
            HttpResponse::build(error.status).finish()
        }
    }
}

/// A field error in the reader's language.
pub fn field_message(i18n: &I18n, error: &FieldError) -> String {
    i18n.format_numbers(error.code, &error.args)
}

/// Percent-encodes a path for use as a query value.
fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (byte as char).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect()
}
