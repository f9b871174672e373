//! The pages behind account mail: "Forgot your password?", the reset form its link opens,
//! the address verification link, asking for the verification mail again, and changing the
//! address (form and link).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{FormErrors, page, page_with_status};
use crate::accounts::{email_change, recovery, verification};
use crate::domain::{Email, Password, PasswordAttempt};
use crate::error::{AppError, AppResult};
use crate::http::chrome::Chrome;
use crate::http::context::{CurrentUser, RequestContext};
use crate::http::redirect::see_other;
use crate::state::AppState;

/// Registers the routes.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/forgot-password", web::get().to(forgot_form))
        .route("/forgot-password", web::post().to(forgot))
        .route("/reset-password", web::get().to(reset_form))
        .route("/reset-password", web::post().to(reset))
        .route("/verify-email", web::get().to(verify_form))
        .route("/verify-email", web::post().to(verify))
        .route(
            "/me/verification-email",
            web::post().to(resend_verification),
        )
        .route("/me/email", web::get().to(change_form))
        .route("/me/email", web::post().to(change))
        .route("/confirm-email-change", web::get().to(confirm_change_form))
        .route("/confirm-email-change", web::post().to(confirm_change));
}

/// A page that only says something: a heading, paragraphs and maybe a link onwards.
#[derive(Template)]
#[template(path = "notice.html")]
struct NoticePage {
    chrome: Chrome,
    heading_id: &'static str,
    paragraph_ids: Vec<&'static str>,
    link: Option<(&'static str, &'static str)>,
}

fn notice(
    context: &RequestContext,
    status: StatusCode,
    heading_id: &'static str,
    paragraph_ids: Vec<&'static str>,
    link: Option<(&'static str, &'static str)>,
) -> AppResult<HttpResponse> {
    page_with_status(
        status,
        NoticePage {
            chrome: Chrome::new(context),
            heading_id,
            paragraph_ids,
            link,
        },
    )
}

#[derive(Template)]
#[template(path = "forgot_password.html")]
struct ForgotPage {
    chrome: Chrome,
    errors: FormErrors,
    email: String,
}

/// `GET /forgot-password`
async fn forgot_form(context: RequestContext) -> AppResult<HttpResponse> {
    page(ForgotPage {
        chrome: Chrome::new(&context),
        errors: FormErrors::default(),
        email: String::new(),
    })
}

#[derive(Deserialize)]
struct EmailForm {
    #[serde(default)]
    email: String,
}

/// `POST /forgot-password`: the same answer whether the address has an account or not.
async fn forgot(
    context: RequestContext,
    state: web::Data<AppState>,
    form: web::Form<EmailForm>,
) -> AppResult<HttpResponse> {
    let typed = form.into_inner().email;
    let outcome = match Email::parse(&typed) {
        Ok(email) => recovery::request_reset(&state, email, context.client_ip).await,
        Err(invalid) => Err(AppError::field("email", invalid)),
    };
    match outcome {
        Ok(()) => notice(
            &context,
            StatusCode::OK,
            "forgot-sent-title",
            vec!["password-reset-requested", "forgot-sent-spam"],
            Some(("/login", "forgot-back-to-login")),
        ),
        Err(error) => page_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            ForgotPage {
                errors: FormErrors::from_error(&context.i18n, error)?,
                chrome: Chrome::new(&context),
                email: typed,
            },
        ),
    }
}

#[derive(Template)]
#[template(path = "reset_password.html")]
struct ResetPage {
    chrome: Chrome,
    errors: FormErrors,
    token: String,
}

#[derive(Deserialize)]
struct TokenQuery {
    #[serde(default)]
    token: String,
}

/// `GET /reset-password?token=…`: the form (opening the link uses nothing up).
async fn reset_form(
    context: RequestContext,
    query: web::Query<TokenQuery>,
) -> AppResult<HttpResponse> {
    page(ResetPage {
        chrome: Chrome::new(&context),
        errors: FormErrors::default(),
        token: query.into_inner().token,
    })
}

#[derive(Deserialize)]
struct ResetForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
}

/// `POST /reset-password`: sets the password, then sends the member to the login form.
async fn reset(
    context: RequestContext,
    state: web::Data<AppState>,
    form: web::Form<ResetForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let outcome = match Password::parse(&form.password) {
        Ok(password) => recovery::reset_password(&state, form.token.clone(), password).await,
        Err(invalid) => Err(AppError::field("password", invalid)),
    };
    match outcome {
        Ok(()) => notice(
            &context,
            StatusCode::OK,
            "reset-done-title",
            vec!["reset-done-body"],
            Some(("/login", "nav-login")),
        ),
        Err(error) => page_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            ResetPage {
                errors: FormErrors::from_error(&context.i18n, error)?,
                chrome: Chrome::new(&context),
                token: form.token,
            },
        ),
    }
}

/// A page with one button that uses a link from a mail. Opening the link uses nothing up:
/// mail scanners that follow links must not verify an address or move an account.
#[derive(Template)]
#[template(path = "link_action.html")]
struct LinkActionPage {
    chrome: Chrome,
    heading_id: &'static str,
    body_id: &'static str,
    button_id: &'static str,
    action: &'static str,
    token: String,
}

#[derive(Deserialize)]
struct TokenForm {
    #[serde(default)]
    token: String,
}

/// `GET /verify-email?token=…`: the button that confirms the address.
async fn verify_form(
    context: RequestContext,
    query: web::Query<TokenQuery>,
) -> AppResult<HttpResponse> {
    page(LinkActionPage {
        chrome: Chrome::new(&context),
        heading_id: "verify-confirm-title",
        body_id: "verify-confirm-body",
        button_id: "mail-verify-action",
        action: "/verify-email",
        token: query.into_inner().token,
    })
}

/// `POST /verify-email`: uses the link and says how it went.
async fn verify(
    context: RequestContext,
    state: web::Data<AppState>,
    form: web::Form<TokenForm>,
) -> AppResult<HttpResponse> {
    match verification::confirm(&state, form.into_inner().token).await {
        Ok(()) => notice(
            &context,
            StatusCode::OK,
            "verify-done-title",
            vec!["verify-done-body"],
            Some(("/", "nav-home")),
        ),
        Err(AppError::Validation(_)) => notice(
            &context,
            StatusCode::UNPROCESSABLE_ENTITY,
            "verify-failed-title",
            vec!["link_invalid", "verify-failed-body"],
            Some(("/me", "nav-profile")),
        ),
        Err(other) => Err(other),
    }
}

/// `POST /me/verification-email`: sends the link again.
async fn resend_verification(
    user: CurrentUser,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    match verification::resend(&state, &user.identity).await {
        Ok(()) => Ok(see_other("/me?verification=sent")),
        // Already confirmed: the profile page says so.
        Err(AppError::Conflict(_)) => Ok(see_other("/me")),
        Err(other) => Err(other),
    }
}

#[derive(Template)]
#[template(path = "change_email.html")]
struct ChangePage {
    chrome: Chrome,
    errors: FormErrors,
    current: String,
    email: String,
}

/// `GET /me/email`
async fn change_form(user: CurrentUser) -> AppResult<HttpResponse> {
    page(ChangePage {
        chrome: Chrome::new(&user.context),
        errors: FormErrors::default(),
        current: user.identity.user.email.clone(),
        email: String::new(),
    })
}

#[derive(Deserialize)]
struct ChangeForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

/// `POST /me/email`: mails a link to the new address.
async fn change(
    user: CurrentUser,
    state: web::Data<AppState>,
    form: web::Form<ChangeForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let outcome = match Email::parse(&form.email) {
        Ok(email) => {
            let password = PasswordAttempt::new(&form.password);
            email_change::request(&state, &user.identity, email, password).await
        }
        Err(invalid) => Err(AppError::field("email", invalid)),
    };
    match outcome {
        Ok(()) => notice(
            &user.context,
            StatusCode::OK,
            "change-email-sent-title",
            vec!["email-change-requested"],
            Some(("/me", "nav-profile")),
        ),
        Err(error) => page_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            ChangePage {
                errors: FormErrors::from_error(&user.context.i18n, error)?,
                chrome: Chrome::new(&user.context),
                current: user.identity.user.email.clone(),
                email: form.email,
            },
        ),
    }
}

/// `GET /confirm-email-change?token=…`: the button that makes the new address the account's.
async fn confirm_change_form(
    context: RequestContext,
    query: web::Query<TokenQuery>,
) -> AppResult<HttpResponse> {
    page(LinkActionPage {
        chrome: Chrome::new(&context),
        heading_id: "change-confirm-title",
        body_id: "change-confirm-body",
        button_id: "mail-change-action",
        action: "/confirm-email-change",
        token: query.into_inner().token,
    })
}

/// `POST /confirm-email-change`: uses the link and says how it went.
async fn confirm_change(
    context: RequestContext,
    state: web::Data<AppState>,
    form: web::Form<TokenForm>,
) -> AppResult<HttpResponse> {
    match email_change::confirm(&state, form.into_inner().token).await {
        Ok(()) => notice(
            &context,
            StatusCode::OK,
            "change-email-done-title",
            vec!["change-email-done-body"],
            Some(("/me", "nav-profile")),
        ),
        Err(AppError::Validation(_)) => notice(
            &context,
            StatusCode::UNPROCESSABLE_ENTITY,
            "verify-failed-title",
            vec!["link_invalid"],
            Some(("/me/email", "change-email-title")),
        ),
        // Another account took the address since the link was sent.
        Err(AppError::Conflict(_)) => notice(
            &context,
            StatusCode::CONFLICT,
            "verify-failed-title",
            vec!["email_taken"],
            Some(("/me/email", "change-email-title")),
        ),
        Err(other) => Err(other),
    }
}
