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
    /// Where the new member was going (an event she wanted to reply to).
    next: String,
}

impl RegisterPage {
    /// The "log in" link, carrying where the visitor was going.
    fn login_link(&self) -> String {
        with_next("/login", &self.next)
    }
}

/// The registration form: the account's fields and where to go next.
#[derive(Deserialize)]
struct RegisterForm {
    #[serde(flatten)]
    input: RegistrationInput,
    next: Option<String>,
}

/// `GET /register`
async fn register_form(
    context: RequestContext,
    query: web::Query<LoginQuery>,
) -> AppResult<HttpResponse> {
    page(RegisterPage {
        chrome: Chrome::new(&context),
        errors: FormErrors::default(),
        email: String::new(),
        display_name: String::new(),
        next: safe_next(query.next.as_deref()),
    })
}

/// `next` with `welcome=1` added to its query, so the page greets the new member.
fn welcomed(next: &str) -> String {
    let (address, fragment) = match next.split_once('#') {
        Some((address, fragment)) => (address, format!("#{fragment}")),
        None => (next, String::new()),
    };
    let separator = if address.contains('?') { '&' } else { '?' };
    format!("{address}{separator}welcome=1{fragment}")
}

/// `/register?next=…` for a login page's "create an account" link.
fn register_link(next: &str) -> String {
    with_next("/register", next)
}

/// `page?next=…`, or the page alone when there is nowhere in particular to go.
fn with_next(page: &str, next: &str) -> String {
    if next == "/" || next == "/me" {
        return page.to_owned();
    }
    // What a query value may hold as is; `#`, `&`, `?` and the rest are escaped.
    const QUERY_VALUE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~')
        .remove(b'/');
    let encoded = percent_encoding::utf8_percent_encode(next, QUERY_VALUE);
    format!("{page}?next={encoded}")
}

/// `POST /register`: creates the account and signs the new member in.
async fn register(
    context: RequestContext,
    state: web::Data<AppState>,
    form: web::Form<RegisterForm>,
) -> AppResult<HttpResponse> {
    let RegisterForm { mut input, next } = form.into_inner();
    // The page reads in the language the visitor chose (`?lang=`, the switcher) or the one
    // her browser asked for; only a chosen one is hers to keep over the browser's later.
    input.locale = context
        .interface_chosen
        .then(|| context.i18n.lang().to_owned());
    let next = match safe_next(next.as_deref()).as_str() {
        "/" => "/me".to_owned(),
        elsewhere => elsewhere.to_owned(),
    };
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
            let mut response = see_other(&welcomed(&next));
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
                    next,
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

impl LoginPage {
    /// The "create an account" link, carrying where the visitor was going.
    fn register_link(&self) -> String {
        register_link(&self.next)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_welcome_goes_into_the_query_before_any_fragment() {
        assert_eq!(welcomed("/me"), "/me?welcome=1");
        assert_eq!(
            welcomed("/events/a?lang=fr#rsvp"),
            "/events/a?lang=fr&welcome=1#rsvp"
        );
        assert_eq!(register_link("/"), "/register");
        assert_eq!(
            register_link("/events/a-b#rsvp"),
            "/register?next=/events/a-b%23rsvp"
        );
    }
}
