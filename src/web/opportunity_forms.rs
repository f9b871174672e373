//! Publishing, editing, closing and deleting opportunities through forms
//! (`/groups/{slug}/opportunities/new`, `/opportunities/{id}/edit`, `/opportunities/{id}/status`,
//! `/opportunities/{id}/delete`).

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::groups::{Choice, country_choices, time_zone_choices};
use super::opportunities::kind_choices;
use super::translation_slots::{self, Slot};
use super::{FormErrors, page, page_with_status};
use crate::accounts::input::split_list;
use crate::domain::Invalid;
use crate::error::{AppError, AppResult};
use crate::http::chrome::Chrome;
use crate::http::context::CurrentUser;
use crate::http::redirect::see_other;
use crate::i18n::I18n;
use crate::opportunities::OpportunityStatus;
use crate::opportunities::input::{OpportunityInput, OpportunityTextInput};
use crate::opportunities::policy::OpportunityAction;
use crate::opportunities::service;
use crate::state::AppState;

/// Empty translation slots offered beyond the filled ones.
const EMPTY_SLOTS: usize = 1;

/// Registers the opportunity form routes.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/groups/{slug}/opportunities/new", web::get().to(new_form))
        .route("/groups/{slug}/opportunities/new", web::post().to(create))
        .route("/opportunities/{id}/edit", web::get().to(edit_form))
        .route("/opportunities/{id}/edit", web::post().to(update))
        .route("/opportunities/{id}/status", web::post().to(set_status))
        .route("/opportunities/{id}/delete", web::post().to(delete));
}

/// The form's fields as text; translation slots are `translation_{language,title,description}_N`.
#[derive(Debug, Default, Deserialize)]
pub struct OpportunityForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    primary_language: String,
    #[serde(default)]
    heritage_country: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    remote: Option<String>,
    #[serde(default)]
    skills: String,
    #[serde(default)]
    languages: String,
    #[serde(default)]
    commitment: String,
    #[serde(default)]
    compensation: String,
    #[serde(default)]
    accepts_interest: Option<String>,
    #[serde(default)]
    apply_url: String,
    #[serde(default)]
    expires_at: String,
    #[serde(default)]
    timezone: String,
    #[serde(flatten)]
    rest: BTreeMap<String, String>,
}

impl OpportunityForm {
    fn to_input(&self, status: Option<String>) -> OpportunityInput {
        let text = |value: &str| Some(value.trim().to_owned()).filter(|value| !value.is_empty());
        OpportunityInput {
            kind: text(&self.kind),
            primary_language: text(&self.primary_language),
            translations: Some(
                translation_slots::texts(&self.rest, "title")
                    .into_iter()
                    .map(|(language, title, description)| {
                        (language, OpportunityTextInput { title, description })
                    })
                    .collect(),
            ),
            heritage_country: text(&self.heritage_country),
            country: text(&self.country),
            city: text(&self.city),
            remote: Some(self.remote.is_some()),
            skills: Some(split_list(&self.skills)),
            languages: Some(split_list(&self.languages)),
            commitment: text(&self.commitment),
            compensation: text(&self.compensation),
            accepts_interest: Some(self.accepts_interest.is_some()),
            apply_url: text(&self.apply_url),
            expires_at: text(&self.expires_at),
            timezone: text(&self.timezone),
            status,
        }
    }

    fn from_input(input: OpportunityInput, i18n: &I18n) -> Self {
        let mut rest = BTreeMap::new();
        translation_slots::write(
            &mut rest,
            "title",
            input
                .translations
                .unwrap_or_default()
                .into_iter()
                .map(|(language, text)| (language, text.title, text.description)),
        );
        let checked = |value: Option<bool>| value.filter(|on| *on).map(|_| "on".to_owned());
        Self {
            kind: input.kind.unwrap_or_default(),
            primary_language: i18n.language_name(&input.primary_language.unwrap_or_default()),
            heritage_country: input.heritage_country.unwrap_or_default(),
            country: input.country.unwrap_or_default(),
            city: input.city.unwrap_or_default(),
            remote: checked(input.remote),
            skills: i18n.skill_names(&input.skills.unwrap_or_default()),
            languages: i18n.language_names(&input.languages.unwrap_or_default()),
            commitment: input.commitment.unwrap_or_default(),
            compensation: input.compensation.unwrap_or_default(),
            accepts_interest: checked(input.accepts_interest),
            apply_url: input.apply_url.unwrap_or_default(),
            // A date field shows dates only; an exact instant becomes its day.
            expires_at: input
                .expires_at
                .unwrap_or_default()
                .chars()
                .take(10)
                .collect(),
            timezone: input.timezone.unwrap_or_default(),
            rest,
        }
    }
}

#[derive(Template)]
#[template(path = "opportunity_form.html")]
struct OpportunityFormPage {
    chrome: Chrome,
    errors: FormErrors,
    action: String,
    editing: bool,
    form: OpportunityForm,
    slots: Vec<Slot>,
    kinds: Vec<Choice>,
    heritage_choices: Vec<Choice>,
    country_choices: Vec<Choice>,
    timezone_choices: Vec<Choice>,
}

fn form_page(
    user: &CurrentUser,
    errors: FormErrors,
    action: String,
    editing: bool,
    form: OpportunityForm,
) -> OpportunityFormPage {
    let i18n = &user.context.i18n;
    OpportunityFormPage {
        kinds: kind_choices(i18n, &form.kind),
        heritage_choices: country_choices(i18n, Some(form.heritage_country.as_str())),
        country_choices: country_choices(i18n, Some(form.country.as_str())),
        timezone_choices: time_zone_choices(
            i18n,
            Some(form.country.as_str()).filter(|code| !code.is_empty()),
            &form.timezone,
        ),
        slots: translation_slots::read_named(&form.rest, "title", EMPTY_SLOTS, i18n, errors.any()),
        chrome: Chrome::new(&user.context),
        errors,
        action,
        editing,
        form,
    }
}

/// `GET /groups/{slug}/opportunities/new` (organizers).
async fn new_form(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let group = crate::groups::service::load(&state, Some(&user.identity), &slug).await?;
    crate::opportunities::policy::authorize(
        &group.group,
        group.membership.as_ref(),
        true,
        None,
        OpportunityAction::Edit,
        chrono::Utc::now().naive_utc(),
    )?;
    let mut form = OpportunityForm {
        primary_language: group.group.primary_language.clone(),
        heritage_country: group.group.heritage_country.clone().unwrap_or_default(),
        accepts_interest: Some("on".into()),
        timezone: user.identity.user.timezone.clone(),
        ..OpportunityForm::default()
    };
    form.rest.insert(
        "translation_language_1".into(),
        group.group.primary_language.clone(),
    );
    page(form_page(
        &user,
        FormErrors::default(),
        format!("/groups/{slug}/opportunities/new"),
        false,
        form,
    ))
}

/// `POST /groups/{slug}/opportunities/new`
async fn create(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    form: web::Form<OpportunityForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let input = form
        .to_input(None)
        .with_default_timezone(&user.identity.user.timezone);
    let result = match input.parse() {
        Ok(fields) => service::create(&state, &user.identity, &slug, fields).await,
        Err(error) => Err(error),
    };
    match result {
        Ok(loaded) => Ok(see_other(&format!(
            "/opportunities/{}",
            loaded.opportunity.uuid
        ))),
        Err(error) => {
            let errors = FormErrors::from_error(&user.context.i18n, error)?;
            let action = format!("/groups/{slug}/opportunities/new");
            page_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                form_page(&user, errors, action, false, form),
            )
        }
    }
}

/// `GET /opportunities/{id}/edit` (organizers).
async fn edit_form(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let loaded = service::load(&state, Some(&user.identity), &id).await?;
    loaded.authorize(true, OpportunityAction::Edit)?;
    let form = OpportunityForm::from_input(
        OpportunityInput::from_opportunity(&loaded.opportunity, &loaded.details),
        &user.context.i18n,
    );
    page(form_page(
        &user,
        FormErrors::default(),
        format!("/opportunities/{id}/edit"),
        true,
        form,
    ))
}

/// `POST /opportunities/{id}/edit`
async fn update(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
    form: web::Form<OpportunityForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let current = service::load(&state, Some(&user.identity), &id).await?;
    current.authorize(true, OpportunityAction::Edit)?;
    // The form does not change the status; keep it.
    let input = form
        .to_input(Some(current.opportunity.status.clone()))
        .with_default_timezone(&current.opportunity.timezone);
    let result = match input.parse() {
        Ok(fields) => service::update(&state, &user.identity, &id, fields).await,
        Err(error) => Err(error),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/opportunities/{id}"))),
        Err(error) => {
            let errors = FormErrors::from_error(&user.context.i18n, error)?;
            let action = format!("/opportunities/{id}/edit");
            page_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                form_page(&user, errors, action, true, form),
            )
        }
    }
}

#[derive(Deserialize)]
struct StatusForm {
    #[serde(default)]
    status: String,
}

/// `POST /opportunities/{id}/status`: close, mark filled or reopen (organizers).
async fn set_status(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
    form: web::Form<StatusForm>,
) -> AppResult<HttpResponse> {
    let status = OpportunityStatus::parse(&form.status)
        .map_err(|invalid: Invalid| AppError::field("status", invalid))?;
    service::set_status(&state, &user.identity, &id, status).await?;
    Ok(see_other(&format!("/opportunities/{id}")))
}

/// `POST /opportunities/{id}/delete` (organizers).
async fn delete(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let group = service::delete(&state, &user.identity, &id).await?;
    Ok(see_other(&format!("/groups/{}", group.slug)))
}
