//! The member's own pages: profile and settings, password change, data export, deletion.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::groups::{Choice, country_choices, time_zone_choices};
use super::{FormErrors, page, page_with_status};
use crate::accounts::input::{ProfileInput, split_list};
use crate::accounts::{User, export as account_export, service};
use crate::domain::{Password, PasswordAttempt};
use crate::error::{AppError, AppResult};
use crate::http::chrome::Chrome;
use crate::http::context::{CurrentUser, RequestContext};
use crate::http::cookies;
use crate::http::redirect::see_other;
use crate::i18n::I18n;
use crate::state::AppState;

/// Registers the profile routes.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/me", web::get().to(show))
        .route("/me", web::post().to(save))
        .route("/me/password", web::get().to(password_form))
        .route("/me/password", web::post().to(change_password))
        .route("/me/export", web::get().to(export))
        .route("/me/delete", web::get().to(delete_form))
        .route("/me/delete", web::post().to(delete))
        .route("/account-deleted", web::get().to(deleted));
}

/// The profile form's fields, as text.
#[derive(Debug, Default, Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    locale: String,
    #[serde(default)]
    timezone: String,
    #[serde(default)]
    heritage_country: String,
    #[serde(default)]
    residence_country: String,
    #[serde(default)]
    residence_city: String,
    /// Comma-separated language tags.
    #[serde(default)]
    languages: String,
    /// Comma-separated skills.
    #[serde(default)]
    skills: String,
}

impl ProfileForm {
    fn from_user(user: &User, i18n: &I18n) -> Self {
        Self {
            display_name: user.display_name.clone(),
            // Until she picks one, the language she reads the page in is the one to offer.
            locale: if user.locale_picked {
                user.locale.clone()
            } else {
                i18n.lang().to_owned()
            },
            timezone: user.timezone.clone(),
            heritage_country: user.heritage_country.clone().unwrap_or_default(),
            residence_country: user.residence_country.clone().unwrap_or_default(),
            residence_city: user.residence_city.clone().unwrap_or_default(),
            languages: i18n.language_names(&user.language_list()),
            skills: i18n.skill_names(&user.skill_list()),
        }
    }

    fn to_input(&self) -> ProfileInput {
        ProfileInput {
            display_name: Some(self.display_name.clone()),
            locale: Some(self.locale.clone()),
            timezone: Some(self.timezone.clone()),
            heritage_country: Some(Some(self.heritage_country.clone())),
            residence_country: Some(Some(self.residence_country.clone())),
            residence_city: Some(Some(self.residence_city.clone())),
            languages: Some(split_list(&self.languages)),
            skills: Some(split_list(&self.skills)),
        }
    }
}

#[derive(Template)]
#[template(path = "profile.html")]
struct ProfilePage {
    chrome: Chrome,
    errors: FormErrors,
    heritage_choices: Vec<Choice>,
    residence_choices: Vec<Choice>,
    timezone_choices: Vec<Choice>,
    form: ProfileForm,
    email: String,
    email_verified: bool,
    saved: bool,
    password_changed: bool,
    verification_sent: bool,
}

#[derive(Deserialize)]
struct ProfileQuery {
    saved: Option<String>,
    password_changed: Option<String>,
    verification: Option<String>,
}

impl ProfilePage {
    /// Fills the country and time zone lists from the form: the residence country's zones come
    /// first, and a zone never picked (`UTC`) is preselected only where the residence settles it.
    fn with_choices(mut self, i18n: &I18n) -> Self {
        let form = &mut self.form;
        let residence = Some(form.residence_country.as_str()).filter(|code| !code.is_empty());
        if form.timezone == "UTC"
            && let Some(country) = residence
        {
            let city = Some(form.residence_city.as_str()).filter(|city| !city.is_empty());
            form.timezone = crate::domain::TimeZone::for_residence(country, city)
                .map(|zone| zone.name().to_owned())
                .unwrap_or_default();
        }
        self.heritage_choices = country_choices(i18n, Some(&form.heritage_country));
        self.residence_choices = country_choices(i18n, residence);
        self.timezone_choices = time_zone_choices(i18n, residence, &form.timezone);
        self
    }
}

/// `GET /me`
async fn show(user: CurrentUser, query: web::Query<ProfileQuery>) -> AppResult<HttpResponse> {
    page(
        ProfilePage {
            chrome: Chrome::new(&user.context),
            errors: FormErrors::default(),
            heritage_choices: Vec::new(),
            residence_choices: Vec::new(),
            timezone_choices: Vec::new(),
            form: ProfileForm::from_user(&user.identity.user, &user.context.i18n),
            email: user.identity.user.email.clone(),
            email_verified: user.identity.user.email_verified_at.is_some(),
            saved: query.saved.is_some(),
            password_changed: query.password_changed.is_some(),
            verification_sent: query.verification.is_some(),
        }
        .with_choices(&user.context.i18n),
    )
}

/// `POST /me`: saves the whole profile; the chosen language applies at once.
async fn save(
    user: CurrentUser,
    state: web::Data<AppState>,
    form: web::Form<ProfileForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let result = match form.to_input().parse() {
        Ok(update) => service::update_profile(&state, &user.identity, update).await,
        Err(error) => Err(error),
    };
    match result {
        Ok(updated) => {
            let mut response = see_other("/me?saved=1");
            // The language cookie outranks the account locale, so keep the two in step.
            if let Ok(locale) = crate::domain::Locale::parse(&updated.locale) {
                response
                    .add_cookie(&cookies::language(locale, &state))
                    .map_err(AppError::internal)?;
            }
            Ok(response)
        }
        Err(error) => {
            let errors = FormErrors::from_error(&user.context.i18n, error)?;
            page_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                ProfilePage {
                    chrome: Chrome::new(&user.context),
                    errors,
                    heritage_choices: Vec::new(),
                    residence_choices: Vec::new(),
                    timezone_choices: Vec::new(),
                    email: user.identity.user.email.clone(),
                    email_verified: user.identity.user.email_verified_at.is_some(),
                    form,
                    saved: false,
                    password_changed: false,
                    verification_sent: false,
                }
                .with_choices(&user.context.i18n),
            )
        }
    }
}

#[derive(Template)]
#[template(path = "password.html")]
struct PasswordPage {
    chrome: Chrome,
    errors: FormErrors,
}

/// `GET /me/password`
async fn password_form(user: CurrentUser) -> AppResult<HttpResponse> {
    page(PasswordPage {
        chrome: Chrome::new(&user.context),
        errors: FormErrors::default(),
    })
}

#[derive(Deserialize)]
struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

/// `POST /me/password`: changes the password and signs out every other session.
async fn change_password(
    user: CurrentUser,
    state: web::Data<AppState>,
    form: web::Form<PasswordForm>,
) -> AppResult<HttpResponse> {
    let result = match Password::parse(&form.new_password) {
        Ok(new_password) => {
            let current = PasswordAttempt::new(&form.current_password);
            service::change_password(&state, &user.identity, current, new_password).await
        }
        Err(invalid) => Err(AppError::field("new_password", invalid)),
    };
    match result {
        Ok(()) => Ok(see_other("/me?password_changed=1")),
        Err(error) => page_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            PasswordPage {
                errors: FormErrors::from_error(&user.context.i18n, error)?,
                chrome: Chrome::new(&user.context),
            },
        ),
    }
}

/// `GET /me/export`: everything we keep about the member, as a JSON download.
async fn export(user: CurrentUser, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    let export = account_export::collect(&state, &user.identity).await?;
    Ok(HttpResponse::Ok()
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"diaspora-hub-export.json\"",
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(export))
}

#[derive(Template)]
#[template(path = "delete.html")]
struct DeletePage {
    chrome: Chrome,
    errors: FormErrors,
}

/// `GET /me/delete`
async fn delete_form(user: CurrentUser) -> AppResult<HttpResponse> {
    page(DeletePage {
        chrome: Chrome::new(&user.context),
        errors: FormErrors::default(),
    })
}

#[derive(Deserialize)]
struct DeleteForm {
    #[serde(default)]
    password: String,
}

#[derive(Template)]
#[template(path = "deleted.html")]
struct DeletedPage {
    chrome: Chrome,
}

/// `GET /account-deleted`: the goodbye page after a deletion.
async fn deleted(context: RequestContext) -> AppResult<HttpResponse> {
    page(DeletedPage {
        chrome: Chrome::new(&context),
    })
}

/// `POST /me/delete`: deletes the account after the password is confirmed.
async fn delete(
    user: CurrentUser,
    state: web::Data<AppState>,
    form: web::Form<DeleteForm>,
) -> AppResult<HttpResponse> {
    let attempt = PasswordAttempt::new(&form.password);
    match service::delete_account(&state, &user.identity, attempt).await {
        Ok(()) => {
            let mut response = see_other("/account-deleted");
            cookies::sign_out(&mut response, &state)?;
            Ok(response)
        }
        Err(error) => page_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            DeletePage {
                errors: FormErrors::from_error(&user.context.i18n, error)?,
                chrome: Chrome::new(&user.context),
            },
        ),
    }
}
