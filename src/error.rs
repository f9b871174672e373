//! One error type for the whole service, with stable snake_case codes.
//!
//! Each code is also the Fluent message id that explains it to a person, so the JSON API
//! (RFC 9457 problem details) and the HTML error pages say the same thing in the reader's
//! language. Rendering needs the request's locale, so [`AppError::error_response`] only leaves
//! an [`ErrorToRender`] marker on the response; [`crate::http::errors`] turns it into a body.

use std::panic::Location;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

use crate::domain::Invalid;

/// A problem with one input field: which field, what is wrong, and any numbers the message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field as the client named it (`email`, `password`, `translations.fr.name` …).
    pub field: String,
    /// Stable code, also the Fluent id of the message.
    pub code: &'static str,
    /// Named numbers for the message, such as `max`.
    pub args: Vec<(&'static str, i64)>,
}

impl FieldError {
    /// A field error from a domain parse failure.
    pub fn new(field: impl Into<String>, invalid: Invalid) -> Self {
        Self {
            field: field.into(),
            code: invalid.code,
            args: invalid.args,
        }
    }
}

/// Every way a request can fail.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// One or more fields are invalid (422).
    #[error("validation failed: {0:?}")]
    Validation(Vec<FieldError>),
    /// The body could not be read as JSON or as a form (400).
    #[error("malformed request body")]
    MalformedBody,
    /// The body has a content type this endpoint does not take (415).
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// The body is larger than allowed (413).
    #[error("payload too large")]
    PayloadTooLarge,
    /// No valid session or token (401).
    #[error("not authenticated")]
    NotAuthenticated,
    /// Wrong email or password; deliberately the same for both (401).
    #[error("invalid credentials")]
    InvalidCredentials,
    /// Signed in, but not allowed (403).
    #[error("forbidden")]
    Forbidden,
    /// A partner key without the scope this endpoint needs (403).
    #[error("insufficient scope")]
    InsufficientScope,
    /// A state-changing form came without a valid CSRF token (403).
    #[error("CSRF token missing or wrong")]
    CsrfRejected,
    /// Publishing needs a verified address on this instance, and the member's is not (403).
    #[error("email not verified")]
    EmailNotVerified,
    /// The right password for an account a moderator suspended (403).
    #[error("account suspended")]
    AccountSuspended,
    /// Nothing here, or nothing the caller may see (404).
    #[error("not found")]
    NotFound,
    /// A change-log cursor older than what the log still keeps: resync from the snapshots (410).
    #[error("cursor expired")]
    CursorExpired,
    /// A link that worked once and no longer does, such as an invitation that expired, was
    /// revoked or was used up; the code says which (410).
    #[error("no longer valid: {0}")]
    NoLongerValid(&'static str),
    /// The listing was deleted; its tombstone says what and when (410).
    #[error("gone: {0:?}")]
    Gone(GoneListing),
    /// The request conflicts with existing data, such as a taken email (409).
    #[error("conflict: {0:?}")]
    Conflict(FieldError),
    /// Too many attempts; try again after this many seconds (429).
    #[error("rate limited for {0} s")]
    RateLimited(u64),
    /// A new account published as many listings as it may today; it may publish more after
    /// this many seconds (429).
    #[error("new account limit for {0} s")]
    NewAccountLimit(u64),
    /// The database is unreachable (503).
    #[error("service unavailable")]
    Unavailable,
    /// A bug or an outage; the cause is logged, never shown (500).
    #[error("internal error at {location}: {source:#}")]
    Internal {
        /// The underlying failure.
        source: anyhow::Error,
        /// Where it was turned into an `AppError`.
        location: &'static Location<'static>,
    },
}

impl AppError {
    /// Wraps an unexpected failure, remembering where it happened.
    #[track_caller]
    pub fn internal(source: impl Into<anyhow::Error>) -> Self {
        Self::Internal {
            source: source.into(),
            location: Location::caller(),
        }
    }

    /// A validation error for a single field.
    pub fn field(field: impl Into<String>, invalid: Invalid) -> Self {
        Self::Validation(vec![FieldError::new(field, invalid)])
    }

    /// The stable code, also the Fluent message id.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Validation(_) => "validation_failed",
            Self::MalformedBody => "malformed_body",
            Self::UnsupportedMediaType => "unsupported_media_type",
            Self::PayloadTooLarge => "payload_too_large",
            Self::NotAuthenticated => "not_authenticated",
            Self::InvalidCredentials => "invalid_credentials",
            Self::Forbidden => "forbidden",
            Self::CsrfRejected => "csrf_rejected",
            Self::EmailNotVerified => "email_not_verified",
            Self::AccountSuspended => "account_suspended",
            Self::InsufficientScope => "insufficient_scope",
            Self::NotFound => "not_found",
            Self::Gone(_) => "listing_removed",
            Self::NoLongerValid(code) => code,
            Self::CursorExpired => "cursor_expired",
            Self::Conflict(error) => error.code,
            Self::RateLimited(_) => "rate_limited",
            Self::NewAccountLimit(_) => "new_account_limit",
            Self::Unavailable => "service_unavailable",
            Self::Internal { .. } => "internal_error",
        }
    }

    /// What this error leaves on the response for the renderer.
    pub fn to_render(&self) -> ErrorToRender {
        let field_errors = match self {
            Self::Validation(errors) => errors.clone(),
            Self::Conflict(error) => vec![error.clone()],
            _ => Vec::new(),
        };
        ErrorToRender {
            status: self.status_code(),
            code: self.code(),
            field_errors,
            retry_after_seconds: match self {
                Self::RateLimited(seconds) | Self::NewAccountLimit(seconds) => Some(*seconds),
                _ => None,
            },
            gone: match self {
                Self::Gone(listing) => Some(listing.clone()),
                _ => None,
            },
        }
    }
}

impl From<diesel::result::Error> for AppError {
    #[track_caller]
    fn from(error: diesel::result::Error) -> Self {
        match error {
            diesel::result::Error::NotFound => Self::NotFound,
            other => Self::internal(other),
        }
    }
}

/// The renderable part of an error, left in the response's extensions.
#[derive(Debug, Clone)]
pub struct ErrorToRender {
    /// HTTP status.
    pub status: StatusCode,
    /// Stable code and Fluent id.
    pub code: &'static str,
    /// Field-level problems, if any.
    pub field_errors: Vec<FieldError>,
    /// For 429: when to try again.
    pub retry_after_seconds: Option<u64>,
    /// For 410: the deleted listing.
    pub gone: Option<GoneListing>,
}

/// What is left of a deleted listing: enough for a partner to remove its copy.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct GoneListing {
    /// The listing's public id.
    pub id: String,
    /// Always `Tombstone`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// `group`, `event` or `opportunity`.
    pub former_type: String,
    pub deleted_at: chrono::DateTime<chrono::Utc>,
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::MalformedBody => StatusCode::BAD_REQUEST,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::NotAuthenticated | Self::InvalidCredentials => StatusCode::UNAUTHORIZED,
            Self::Forbidden
            | Self::CsrfRejected
            | Self::InsufficientScope
            | Self::EmailNotVerified
            | Self::AccountSuspended => StatusCode::FORBIDDEN,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Gone(_) | Self::CursorExpired | Self::NoLongerValid(_) => StatusCode::GONE,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::RateLimited(_) | Self::NewAccountLimit(_) => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let Self::Internal { source, location } = self {
            tracing::error!(error = format!("{source:#}"), %location, "internal error");
        }
        let mut response = HttpResponse::new(self.status_code());
        response.extensions_mut().insert(self.to_render());
        response
    }
}

/// Shorthand for handler and service results.
pub type AppResult<T> = Result<T, AppError>;
