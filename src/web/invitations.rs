//! Invitations through pages: the page an invitation link opens (`/invitations/{token}`: the
//! group's name and description and a join button, or why the link no longer works), and the
//! organizers' page to make, send and revoke links (`/groups/{slug}/invitations`).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::Utc;

use super::groups::Standing;
use super::{FormErrors, page, page_with_status};
use crate::error::AppResult;
use crate::groups::invitations::{
    self, CreatedInvitation, DEFAULT_DAYS, InvitationRequest, InvitationStatus, InvitationView,
};
use crate::groups::view::pick_translation;
use crate::groups::{MemberStatus, service};
use crate::http::chrome::Chrome;
use crate::http::context::{CurrentUser, RequestContext};
use crate::http::redirect::see_other;
use crate::i18n::direction;
use crate::state::AppState;

/// Registers the invitation pages.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/invitations/{token}", web::get().to(invitation_page))
        .route("/invitations/{token}/accept", web::post().to(accept))
        .route("/groups/{slug}/invitations", web::get().to(manage_page))
        .route("/groups/{slug}/invitations", web::post().to(create))
        .route(
            "/groups/{slug}/invitations/{id}/revoke",
            web::post().to(revoke),
        );
}

#[derive(Template)]
#[template(path = "invitation.html")]
struct InvitationPage {
    chrome: Chrome,
    token: String,
    slug: String,
    name: String,
    paragraphs: Vec<String>,
    lang: String,
    dir: &'static str,
    /// Where to come back after signing in or registering: this page.
    next: String,
    member: bool,
    removed: bool,
}

/// `GET /invitations/{token}`: anyone holding the link, signed in or not.
async fn invitation_page(
    context: RequestContext,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let invited = invitations::open(&state, context.user_id(), &token).await?;
    let preferences = context.content_preferences();
    let preferences: Vec<&str> = preferences.iter().map(String::as_str).collect();
    let chosen = pick_translation(
        &invited.details.translations,
        &preferences,
        &invited.group.primary_language,
    );
    let (lang, name, description) = chosen
        .map(|t| (t.language.clone(), t.name.clone(), t.description.clone()))
        .unwrap_or_default();
    let status = invited.membership.as_ref().map(|member| member.status());
    let next = format!("/invitations/{token}");
    page(InvitationPage {
        chrome: Chrome::new(&context),
        next: percent_encoding::utf8_percent_encode(&next, percent_encoding::NON_ALPHANUMERIC)
            .to_string(),
        token: token.into_inner(),
        slug: invited.group.slug,
        name,
        paragraphs: description
            .split("\n\n")
            .map(|paragraph| paragraph.trim().to_owned())
            .filter(|paragraph| !paragraph.is_empty())
            .collect(),
        dir: direction(&lang),
        lang,
        member: status == Some(MemberStatus::Active),
        removed: status == Some(MemberStatus::Banned),
    })
}

/// `POST /invitations/{token}/accept`
async fn accept(
    user: CurrentUser,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let group = invitations::accept(&state, &user.identity, &token).await?;
    Ok(see_other(&format!("/groups/{}#membership", group.slug)))
}

/// One invitation in the organizers' list.
struct InvitationRow {
    invitation: InvitationView,
    status_label: String,
    active: bool,
    expires: String,
    uses: String,
}

/// A choice of lifetime in the form.
struct DaysChoice {
    days: i64,
    label: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "invitations.html")]
struct ManagePage {
    chrome: Chrome,
    slug: String,
    group_name: String,
    group_lang: String,
    group_dir: &'static str,
    private: bool,
    errors: FormErrors,
    days: Vec<DaysChoice>,
    max_uses: String,
    email: String,
    /// The link just made: shown this once.
    created: Option<CreatedInvitation>,
    rows: Vec<InvitationRow>,
}

/// The lifetimes offered, in days.
const DAYS_OFFERED: [i64; 5] = [1, 7, DEFAULT_DAYS, 30, 90];

#[derive(serde::Deserialize, Default)]
struct CreateForm {
    expires_in_days: Option<String>,
    max_uses: Option<String>,
    email: Option<String>,
}

impl CreateForm {
    /// The form as the service's request; a number field that is not a number is kept as an
    /// out-of-range value, so it gets the same message as one.
    fn request(&self) -> InvitationRequest {
        let number = |text: &Option<String>| match text.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(text) => Some(text.parse::<i64>().unwrap_or(-1)),
        };
        InvitationRequest {
            expires_in_days: number(&self.expires_in_days),
            max_uses: number(&self.max_uses),
            email: self.email.clone(),
        }
    }
}

async fn manage(
    user: &CurrentUser,
    state: &AppState,
    slug: &str,
    form: &CreateForm,
    errors: FormErrors,
    created: Option<CreatedInvitation>,
) -> AppResult<ManagePage> {
    // The list first: it is where authorization is checked.
    let listed = invitations::list(state, &user.identity, slug).await?;
    let loaded = service::load(state, Some(&user.identity), slug).await?;
    let context = &user.context;
    let i18n = &context.i18n;
    let preferences = context.content_preferences();
    let preferences: Vec<&str> = preferences.iter().map(String::as_str).collect();
    let (group_lang, group_name) = pick_translation(
        &loaded.details.translations,
        &preferences,
        &loaded.group.primary_language,
    )
    .map(|t| (t.language.clone(), t.name.clone()))
    .unwrap_or_default();
    let chosen_days = form
        .expires_in_days
        .as_deref()
        .and_then(|days| days.trim().parse().ok())
        .unwrap_or(DEFAULT_DAYS);
    let now = Utc::now();
    let zone: chrono_tz::Tz = context
        .identity
        .as_ref()
        .and_then(|identity| identity.user.timezone.parse().ok())
        .unwrap_or(chrono_tz::UTC);
    let rows = listed
        .into_iter()
        .map(|invitation| InvitationRow {
            status_label: i18n.plain(&format!(
                "invitation-status-{}",
                invitation.status.as_str().replace('_', "-")
            )),
            active: invitation.status == InvitationStatus::Active,
            expires: if invitation.expires_at > now {
                i18n.t1(
                    "invitation-expires",
                    "date",
                    i18n.format_time(
                        &invitation.expires_at.with_timezone(&zone),
                        "format-datetime",
                    ),
                )
            } else {
                String::new()
            },
            uses: match invitation.uses_left {
                Some(count) => i18n.t1("invitation-uses-left", "count", count),
                None => i18n.t("invitation-uses-unlimited"),
            },
            invitation,
        })
        .collect();
    Ok(ManagePage {
        chrome: Chrome::new(context),
        slug: loaded.group.slug.clone(),
        private: Standing::of(&loaded, true).private,
        group_dir: direction(&group_lang),
        group_lang,
        group_name,
        errors,
        days: DAYS_OFFERED
            .iter()
            .map(|&days| DaysChoice {
                days,
                label: i18n.t1("invitation-days", "count", days),
                selected: days == chosen_days,
            })
            .collect(),
        max_uses: if created.is_some() {
            String::new()
        } else {
            form.max_uses.clone().unwrap_or_default()
        },
        email: if created.is_some() {
            String::new()
        } else {
            form.email.clone().unwrap_or_default()
        },
        created,
        rows,
    })
}

/// `GET /groups/{slug}/invitations` (owners and organizers).
async fn manage_page(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let form = CreateForm::default();
    page(manage(&user, &state, &slug, &form, FormErrors::default(), None).await?)
}

/// `POST /groups/{slug}/invitations`: the page again, with the new link shown once (a
/// redirect would lose it: only its hash is kept).
async fn create(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    form: web::Form<CreateForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let i18n = &user.context.i18n;
    let outcome = match form.request().parse() {
        Ok(request) => {
            invitations::create(&state, &user.identity, &slug, request, i18n.lang()).await
        }
        Err(error) => Err(error),
    };
    match outcome {
        Ok(created) => page(
            manage(
                &user,
                &state,
                &slug,
                &form,
                FormErrors::default(),
                Some(created),
            )
            .await?,
        ),
        Err(error) => {
            let errors = FormErrors::from_error(i18n, error)?;
            let again = manage(&user, &state, &slug, &form, errors, None).await?;
            page_with_status(StatusCode::UNPROCESSABLE_ENTITY, again)
        }
    }
}

/// `POST /groups/{slug}/invitations/{id}/revoke`
async fn revoke(
    user: CurrentUser,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let (slug, id) = path.into_inner();
    invitations::revoke(&state, &user.identity, &slug, &id).await?;
    Ok(see_other(&format!("/groups/{slug}/invitations")))
}
