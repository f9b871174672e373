//! Creating, editing and deleting a group through forms (`/groups/new`, `/groups/{slug}/edit`,
//! `/groups/{slug}/delete`). Translations are entered in numbered slots, so the form works
//! without JavaScript.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::groups::{Choice, country_choices, topic_choices};
use super::translation_slots::{self, Slot};
use super::{FormErrors, page, page_with_status};
use crate::accounts::input::split_list;
use crate::error::AppResult;
use crate::groups::input::{GroupInput, TranslationInput};
use crate::groups::policy::{GroupAction, authorize};
use crate::groups::service::{self, LoadedGroup};
use crate::groups::{JoinPolicy, Visibility};
use crate::http::chrome::Chrome;
use crate::http::context::CurrentUser;
use crate::http::redirect::see_other;
use crate::i18n::I18n;
use crate::state::AppState;

/// How many translation slots the form offers beyond the existing ones.
const EMPTY_SLOTS: usize = 2;

/// Registers the form routes.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/groups/new", web::get().to(new_form))
        .route("/groups/new", web::post().to(create))
        .route("/groups/{slug}/edit", web::get().to(edit_form))
        .route("/groups/{slug}/edit", web::post().to(update))
        .route("/groups/{slug}/delete", web::post().to(delete));
}

/// The form's fields as text. Translation slots are `translation_language_N`,
/// `translation_name_N` and `translation_description_N`.
#[derive(Debug, Default, Deserialize)]
pub struct GroupForm {
    #[serde(default)]
    slug: String,
    #[serde(default)]
    primary_language: String,
    #[serde(default)]
    heritage_country: String,
    #[serde(default)]
    residence_country: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    languages: String,
    #[serde(default)]
    visibility: String,
    #[serde(default)]
    join_policy: String,
    #[serde(default)]
    website: String,
    #[serde(default)]
    contact_email: String,
    #[serde(flatten)]
    rest: BTreeMap<String, String>,
}

impl GroupForm {
    fn topics(&self) -> Vec<String> {
        self.rest
            .iter()
            .filter(|(key, value)| key.starts_with("topic_") && value.as_str() == "on")
            .map(|(key, _)| key["topic_".len()..].to_owned())
            .collect()
    }

    fn to_input(&self, slug_given: bool) -> GroupInput {
        let translations = translation_slots::texts(&self.rest, "name")
            .into_iter()
            .map(|(language, name, description)| (language, TranslationInput { name, description }))
            .collect();
        let optional = |text: &str| Some(Some(text.to_owned()));
        GroupInput {
            slug: slug_given.then(|| self.slug.clone()),
            primary_language: Some(self.primary_language.clone()),
            translations: Some(translations),
            heritage_country: optional(&self.heritage_country),
            residence_country: optional(&self.residence_country),
            city: optional(&self.city),
            languages: Some(split_list(&self.languages)),
            topics: Some(self.topics()),
            visibility: Some(self.visibility.clone()),
            join_policy: Some(self.join_policy.clone()),
            website: optional(&self.website),
            contact_email: optional(&self.contact_email),
        }
    }

    fn from_group(loaded: &LoadedGroup, i18n: &I18n) -> Self {
        let group = &loaded.group;
        let mut rest = BTreeMap::new();
        translation_slots::write(
            &mut rest,
            "name",
            loaded
                .details
                .translations
                .iter()
                .map(|t| (t.language.clone(), t.name.clone(), t.description.clone())),
        );
        for topic in &loaded.details.topics {
            rest.insert(format!("topic_{topic}"), "on".to_owned());
        }
        Self {
            slug: group.slug.clone(),
            primary_language: i18n.language_name(&group.primary_language),
            heritage_country: group.heritage_country.clone().unwrap_or_default(),
            residence_country: group.residence_country.clone().unwrap_or_default(),
            city: group.city.clone().unwrap_or_default(),
            languages: i18n.language_names(&loaded.details.languages),
            visibility: group.visibility.clone(),
            join_policy: group.join_policy.clone(),
            website: group.website.clone().unwrap_or_default(),
            contact_email: group.contact_email.clone().unwrap_or_default(),
            rest,
        }
    }
}

#[derive(Template)]
#[template(path = "group_form.html")]
struct GroupFormPage {
    chrome: Chrome,
    errors: FormErrors,
    /// `None` when creating.
    editing: Option<String>,
    owner: bool,
    form: GroupForm,
    slots: Vec<Slot>,
    heritage_choices: Vec<Choice>,
    residence_choices: Vec<Choice>,
    topic_choices: Vec<Choice>,
    visibilities: Vec<&'static str>,
    join_policies: Vec<&'static str>,
}

fn form_page(
    user: &CurrentUser,
    errors: FormErrors,
    editing: Option<String>,
    owner: bool,
    form: GroupForm,
) -> GroupFormPage {
    let i18n = &user.context.i18n;
    GroupFormPage {
        heritage_choices: country_choices(i18n, Some(form.heritage_country.as_str())),
        residence_choices: country_choices(i18n, Some(form.residence_country.as_str())),
        topic_choices: topic_choices(i18n, &form.topics()),
        slots: translation_slots::read_named(&form.rest, "name", EMPTY_SLOTS, i18n, errors.any()),
        visibilities: Visibility::ALL.iter().map(Visibility::as_str).collect(),
        join_policies: JoinPolicy::ALL.iter().map(JoinPolicy::as_str).collect(),
        chrome: Chrome::new(&user.context),
        errors,
        editing,
        owner,
        form,
    }
}

/// `GET /groups/new`
async fn new_form(user: CurrentUser) -> AppResult<HttpResponse> {
    let mut form = GroupForm {
        primary_language: user.context.i18n.language_name(user.context.i18n.lang()),
        visibility: "public".into(),
        join_policy: "open".into(),
        ..GroupForm::default()
    };
    form.rest.insert(
        "translation_language_1".into(),
        user.context.i18n.lang().to_owned(),
    );
    page(form_page(&user, FormErrors::default(), None, true, form))
}

/// `POST /groups/new`
async fn create(
    user: CurrentUser,
    state: web::Data<AppState>,
    form: web::Form<GroupForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let result = match form.to_input(!form.slug.trim().is_empty()).parse_new() {
        Ok(changes) => service::create(&state, &user.identity, changes).await,
        Err(error) => Err(error),
    };
    match result {
        Ok(loaded) => Ok(see_other(&format!("/groups/{}", loaded.group.slug))),
        Err(error) => {
            let errors = FormErrors::from_error(&user.context.i18n, error)?;
            page_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                form_page(&user, errors, None, true, form),
            )
        }
    }
}

/// `GET /groups/{slug}/edit`
async fn edit_form(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let loaded = service::load(&state, Some(&user.identity), &slug).await?;
    authorize(
        &loaded.group,
        loaded.membership.as_ref(),
        true,
        GroupAction::Edit,
    )?;
    let owner = super::groups::Standing::of(&loaded, true).owner;
    page(form_page(
        &user,
        FormErrors::default(),
        Some(loaded.group.slug.clone()),
        owner,
        GroupForm::from_group(&loaded, &user.context.i18n),
    ))
}

/// `POST /groups/{slug}/edit`
async fn update(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    form: web::Form<GroupForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let current = service::load(&state, Some(&user.identity), &slug).await?;
    let result = match form
        .to_input(true)
        .parse_update(&current.group.primary_language)
    {
        Ok(changes) => service::update(&state, &user.identity, &slug, changes).await,
        Err(error) => Err(error),
    };
    match result {
        Ok(loaded) => Ok(see_other(&format!("/groups/{}", loaded.group.slug))),
        Err(error) => {
            let errors = FormErrors::from_error(&user.context.i18n, error)?;
            let owner = super::groups::Standing::of(&current, true).owner;
            page_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                form_page(&user, errors, Some(current.group.slug.clone()), owner, form),
            )
        }
    }
}

/// `POST /groups/{slug}/delete` (owners).
async fn delete(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    service::delete(&state, &user.identity, &slug).await?;
    Ok(see_other("/me/groups?deleted=1"))
}
