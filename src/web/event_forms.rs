//! Creating, editing, cancelling and deleting events through forms
//! (`/groups/{slug}/events/new`, `/events/{id}/edit`, `/events/{id}/cancel`, `/events/{id}/delete`).

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::groups::{Choice, country_choices, time_zone_choices};
use super::repeat_picker::RepeatFields;
use super::translation_slots::{self, Slot};
use super::{FormErrors, page, page_with_status};
use crate::error::{AppError, AppResult};
use crate::events::AttendanceMode;
use crate::events::input::{EventInput, EventTextInput, VenueInput};
use crate::events::service;
use crate::groups::policy::{GroupAction, authorize};
use crate::http::chrome::Chrome;
use crate::http::context::CurrentUser;
use crate::http::redirect::see_other;
use crate::state::AppState;

/// Empty translation slots offered beyond the filled ones.
const EMPTY_SLOTS: usize = 1;

/// Registers the event form routes.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/groups/{slug}/events/new", web::get().to(new_form))
        .route("/groups/{slug}/events/new", web::post().to(create))
        .route("/events/{id}/edit", web::get().to(edit_form))
        .route("/events/{id}/edit", web::post().to(update))
        .route("/events/{id}/cancel", web::post().to(cancel))
        .route("/events/{id}/delete", web::post().to(delete));
}

/// The form's fields as text; translation slots are `translation_{language,title,description}_N`.
#[derive(Debug, Default, Deserialize)]
pub struct EventForm {
    #[serde(default)]
    primary_language: String,
    #[serde(default)]
    starts_at: String,
    #[serde(default)]
    ends_at: String,
    #[serde(default)]
    timezone: String,
    #[serde(default)]
    all_day: Option<String>,
    #[serde(default)]
    recurrence: String,
    #[serde(default)]
    attendance_mode: String,
    #[serde(default, rename = "venue.name")]
    venue_name: String,
    #[serde(default, rename = "venue.address")]
    venue_address: String,
    #[serde(default, rename = "venue.city")]
    venue_city: String,
    #[serde(default, rename = "venue.country")]
    venue_country: String,
    #[serde(default)]
    online_url: String,
    #[serde(default)]
    capacity: String,
    #[serde(flatten)]
    rest: BTreeMap<String, String>,
}

impl EventForm {
    /// Shows a stored rule in the picker; a rule the picker cannot say stays in the raw field
    /// ("custom"), and one it can leaves that field empty so "does not repeat" really stops it.
    fn show_rule_in_picker(&mut self, skipped: &[String]) {
        let zone: chrono_tz::Tz = self.timezone.parse().unwrap_or(chrono_tz::UTC);
        let fields = match self.typed_start() {
            Some(start) => RepeatFields::from_stored(&self.recurrence, start, zone, skipped),
            None => RepeatFields::default(),
        };
        if fields.repeat != "custom" {
            self.recurrence.clear();
        }
        fields.write(&mut self.rest);
    }

    /// The first start as typed (`2027-03-09T18:00`, or a date for all-day events).
    fn typed_start(&self) -> Option<NaiveDateTime> {
        let typed = self.starts_at.trim();
        let start = NaiveDateTime::parse_from_str(typed, "%Y-%m-%dT%H:%M")
            .or_else(|_| NaiveDateTime::parse_from_str(typed, "%Y-%m-%dT%H:%M:%S"))
            .ok()
            .or_else(|| {
                NaiveDate::parse_from_str(typed, "%Y-%m-%d")
                    .ok()
                    .and_then(|date| date.and_hms_opt(0, 0, 0))
            })?;
        // An all-day series runs from midnight, whatever time the field still holds, and so
        // do its skipped dates.
        Some(if self.all_day.is_some() {
            start.date().and_time(chrono::NaiveTime::MIN)
        } else {
            start
        })
    }

    /// The event as the API would receive it; the repeat picker, when the page sent it, writes
    /// the rule and the skipped dates. A picker field that makes no sense is a field error.
    fn to_input(&self) -> Result<EventInput, AppError> {
        let text = |value: &str| Some(value.trim().to_owned()).filter(|value| !value.is_empty());
        let picker = RepeatFields::from_fields(&self.rest);
        let picker_sent = self.rest.contains_key("repeat");
        let field_error = |field: &str, invalid| {
            AppError::Validation(vec![crate::error::FieldError::new(field, invalid)])
        };
        let (recurrence, cancelled_occurrences) = match self.typed_start() {
            Some(start) if picker_sent => {
                let rule = picker
                    .to_rrule(start.date())
                    .map_err(|(field, invalid)| field_error(field, invalid))?;
                let skipped = picker
                    .skipped_occurrences(start)
                    .map_err(|invalid| field_error("repeat_skipped", invalid))?;
                (
                    rule.or_else(|| text(&self.recurrence).filter(|_| picker.repeat == "custom")),
                    Some(skipped),
                )
            }
            _ => (text(&self.recurrence), None),
        };
        Ok(EventInput {
            primary_language: text(&self.primary_language),
            translations: Some(
                translation_slots::texts(&self.rest, "title")
                    .into_iter()
                    .map(|(language, title, description)| {
                        (language, EventTextInput { title, description })
                    })
                    .collect(),
            ),
            starts_at: text(&self.starts_at),
            ends_at: text(&self.ends_at),
            timezone: text(&self.timezone),
            all_day: Some(self.all_day.is_some()),
            recurrence,
            cancelled_occurrences,
            attendance_mode: text(&self.attendance_mode),
            venue: Some(VenueInput {
                name: text(&self.venue_name),
                address: text(&self.venue_address),
                city: text(&self.venue_city),
                country: text(&self.venue_country),
            }),
            online_url: text(&self.online_url),
            // Anything but a whole number is out of range, with the range in the message.
            capacity: text(&self.capacity).map(|capacity| capacity.parse().unwrap_or(-1)),
        })
    }

    fn from_input(input: EventInput) -> Self {
        let venue = input.venue.unwrap_or_default();
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
        Self {
            primary_language: input.primary_language.unwrap_or_default(),
            starts_at: input
                .starts_at
                .unwrap_or_default()
                .chars()
                .take(16)
                .collect(),
            ends_at: input.ends_at.unwrap_or_default().chars().take(16).collect(),
            timezone: input.timezone.unwrap_or_default(),
            all_day: input
                .all_day
                .filter(|all_day| *all_day)
                .map(|_| "on".to_owned()),
            recurrence: input.recurrence.unwrap_or_default(),
            attendance_mode: input.attendance_mode.unwrap_or_default(),
            venue_name: venue.name.unwrap_or_default(),
            venue_address: venue.address.unwrap_or_default(),
            venue_city: venue.city.unwrap_or_default(),
            venue_country: venue.country.unwrap_or_default(),
            online_url: input.online_url.unwrap_or_default(),
            capacity: input
                .capacity
                .map(|capacity| capacity.to_string())
                .unwrap_or_default(),
            rest,
        }
    }
}

#[derive(Template)]
#[template(path = "event_form.html")]
struct EventFormPage {
    chrome: Chrome,
    errors: FormErrors,
    action: String,
    editing: bool,
    form: EventForm,
    slots: Vec<Slot>,
    country_choices: Vec<Choice>,
    timezone_choices: Vec<Choice>,
    modes: Vec<Choice>,
    repeat: RepeatFields,
    repeat_choices: Vec<Choice>,
    weekdays: Vec<Choice>,
}

fn form_page(
    user: &CurrentUser,
    errors: FormErrors,
    action: String,
    editing: bool,
    form: EventForm,
) -> EventFormPage {
    let i18n = &user.context.i18n;
    let mut repeat = RepeatFields::from_fields(&form.rest);
    if repeat.count.is_empty() {
        repeat.count = "10".into();
    }
    if repeat.interval.is_empty() {
        repeat.interval = "1".into();
    }
    EventFormPage {
        country_choices: country_choices(i18n, Some(form.venue_country.as_str())),
        timezone_choices: time_zone_choices(
            i18n,
            Some(form.venue_country.as_str()).filter(|code| !code.is_empty()),
            &form.timezone,
        ),
        repeat_choices: repeat.frequency_choices(i18n, !form.recurrence.is_empty()),
        weekdays: repeat.weekday_choices(i18n),
        modes: AttendanceMode::ALL
            .iter()
            .map(|mode| Choice {
                value: mode.as_str().into(),
                label: i18n.plain(&format!("attendance-{}", mode.as_str())).into(),
                selected: form.attendance_mode == mode.as_str(),
            })
            .collect(),
        slots: translation_slots::read_named(&form.rest, "title", EMPTY_SLOTS, i18n, errors.any()),
        chrome: Chrome::new(&user.context),
        errors,
        action,
        editing,
        form,
        repeat,
    }
}

/// `GET /groups/{slug}/events/new` (organizers).
async fn new_form(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let group = crate::groups::service::load(&state, Some(&user.identity), &slug).await?;
    authorize(
        &group.group,
        group.membership.as_ref(),
        true,
        GroupAction::Edit,
    )?;
    // An event happens where its venue is: the group's city settles the zone where it can,
    // else the organizer's own zone.
    let venue_zone = group
        .group
        .residence_country
        .as_deref()
        .and_then(|country| {
            crate::domain::TimeZone::for_residence(country, group.group.city.as_deref())
        });
    let mut form = EventForm {
        primary_language: user
            .context
            .i18n
            .language_name(&group.group.primary_language),
        timezone: venue_zone
            .map(|zone| zone.name().to_owned())
            .unwrap_or_else(|| user.identity.user.timezone.clone()),
        attendance_mode: AttendanceMode::InPerson.as_str().to_owned(),
        venue_city: group.group.city.clone().unwrap_or_default(),
        venue_country: group.group.residence_country.clone().unwrap_or_default(),
        ..EventForm::default()
    };
    form.rest.insert(
        "translation_language_1".into(),
        group.group.primary_language.clone(),
    );
    page(form_page(
        &user,
        FormErrors::default(),
        format!("/groups/{slug}/events/new"),
        false,
        form,
    ))
}

/// `POST /groups/{slug}/events/new`
async fn create(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    form: web::Form<EventForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let result = match form.to_input().and_then(|input| input.parse()) {
        Ok(fields) => service::create(&state, &user.identity, &slug, fields).await,
        Err(error) => Err(error),
    };
    match result {
        Ok(loaded) => Ok(see_other(&format!("/events/{}", loaded.event.uuid))),
        Err(error) => {
            let errors = FormErrors::from_error(&user.context.i18n, error)?;
            page_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                form_page(
                    &user,
                    errors,
                    format!("/groups/{slug}/events/new"),
                    false,
                    form,
                ),
            )
        }
    }
}

/// `GET /events/{id}/edit` (organizers).
async fn edit_form(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let loaded = service::load(&state, Some(&user.identity), &id).await?;
    authorize(
        &loaded.group,
        loaded.membership.as_ref(),
        true,
        GroupAction::Edit,
    )?;
    let input = EventInput::from_event(&loaded.event, &loaded.translations);
    let skipped = input.cancelled_occurrences.clone().unwrap_or_default();
    let mut form = EventForm::from_input(input);
    form.primary_language = user.context.i18n.language_name(&form.primary_language);
    form.show_rule_in_picker(&skipped);
    page(form_page(
        &user,
        FormErrors::default(),
        format!("/events/{id}/edit"),
        true,
        form,
    ))
}

/// `POST /events/{id}/edit`
async fn update(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
    form: web::Form<EventForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let current = service::load(&state, Some(&user.identity), &id).await?;
    let result = match form.to_input().and_then(|mut input| {
        // A form without the repeat picker does not show cancelled occurrences; keep them.
        if input.cancelled_occurrences.is_none() {
            input.cancelled_occurrences =
                EventInput::from_event(&current.event, &current.translations).cancelled_occurrences;
        }
        input.parse()
    }) {
        Ok(fields) => service::update(&state, &user.identity, &id, fields).await,
        Err(error) => Err(error),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/events/{id}"))),
        Err(error) => {
            let errors = FormErrors::from_error(&user.context.i18n, error)?;
            page_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                form_page(&user, errors, format!("/events/{id}/edit"), true, form),
            )
        }
    }
}

/// `POST /events/{id}/cancel` (organizers).
async fn cancel(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    service::cancel(&state, &user.identity, &id).await?;
    Ok(see_other(&format!("/events/{id}")))
}

/// `POST /events/{id}/delete` (organizers).
async fn delete(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let loaded = service::load(&state, Some(&user.identity), &id).await?;
    service::delete(&state, &user.identity, &id).await?;
    Ok(see_other(&format!("/groups/{}", loaded.group.slug)))
}
