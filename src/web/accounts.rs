//! Registration, login and logout pages.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{FormErrors, page, page_with_status};
use crate::accounts::input::RegistrationInput;
use crate::accounts::service;
use crate::domain::PasswordAttempt;
use crate::error::{AppError, AppResult};
use crate::http::chrome::Chrome;
use crate::http::context::{CurrentUser, RequestContext};
use crate::http::cookies;
use crate::http::redirect::{safe_next, see_other};
use crate::state::AppState;

/// Registers the account routes.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/register", web::get().to(register_form))
        .route("/register", web::post().to(register))
        .route("/login", web::get().to(login_form))
        .route("/login", web::post().to(login))
        .route("/logout", web::post().to(logout));
}

#[derive(Template)]
#[template(path = "register.html")]
struct RegisterPage {
    chrome: Chrome,
    errors: FormErrors,
    email: String,
    display_name: String,
}

/// `GET /register`
async fn register_form(context: RequestContext) -> AppResult<HttpResponse> {
    page(RegisterPage {
        chrome: Chrome::new(&context),
        errors: FormErrors::default(),
        email: String::new(),
        display_name: String::new(),
    })
}

/// `POST /register`: creates the account and signs the new member in.
async fn register(
    context: RequestContext,
    state: web::Data<AppState>,
    form: web::Form<RegistrationInput>,
) -> AppResult<HttpResponse> {
    let input = form.into_inner();
    let outcome = match input.parse(context.i18n.lang()) {
        Ok(registration) => {
            match service::register(&state, registration, context.client_ip).await {
                Ok(user) => service::start_session(&state, &user).await,
                Err(error) => Err(error),
            }
        }
        Err(error) => Err(error),
    };
    match outcome {
        Ok(token) => {
            let mut response = see_other("/me?welcome=1");
            response
                .add_cookie(&cookies::session(&token, &state))
                .map_err(AppError::internal)?;
            Ok(response)
        }
        Err(error) => {
            let errors = FormErrors::from_error(&context.i18n, error)?;
            page_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                RegisterPage {
                    chrome: Chrome::new(&context),
                    errors,
                    email: input.email,
                    display_name: input.display_name,
                },
            )
        }
    }
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    chrome: Chrome,
    errors: FormErrors,
    email: String,
    next: String,
}

#[derive(Deserialize)]
struct LoginQuery {
    next: Option<String>,
}

/// `GET /login`
async fn login_form(
    context: RequestContext,
    query: web::Query<LoginQuery>,
) -> AppResult<HttpResponse> {
    page(LoginPage {
        chrome: Chrome::new(&context),
        errors: FormErrors::default(),
        email: String::new(),
        next: safe_next(query.next.as_deref()),
    })
}

#[derive(Deserialize)]
struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

/// `POST /login`: a new session (and cookie) on success; the same message for any failure.
async fn login(
    context: RequestContext,
    state: web::Data<AppState>,
    form: web::Form<LoginForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let next = safe_next(form.next.as_deref());
    let attempt = PasswordAttempt::new(&form.password);
    match service::login(&state, &form.email, attempt, context.client_ip).await {
        Ok((_, token)) => {
            if let Some(identity) = &context.identity {
                // Signing in again replaces the old session rather than leaving it alive.
                service::logout(&state, identity).await?;
            }
            let mut response = see_other(&next);
            response
                .add_cookie(&cookies::session(&token, &state))
                .map_err(AppError::internal)?;
            Ok(response)
        }
        Err(AppError::InvalidCredentials) => page_with_status(
            StatusCode::UNAUTHORIZED,
            LoginPage {
                errors: FormErrors::general(context.i18n.t("invalid_credentials")),
                chrome: Chrome::new(&context),
                email: form.email,
                next,
            },
        ),
        Err(other) => Err(other),
    }
}

/// `POST /logout`: ends this session and clears the cookie.
async fn logout(user: CurrentUser, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    service::logout(&state, &user.identity).await?;
    let mut response = see_other("/");
    cookies::sign_out(&mut response, &state)?;
    Ok(response)
}
