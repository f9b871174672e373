//! What administrators decide about trust: who moderates (`/admin/users`) and which groups are
//! verified organizations (the forms on a group's page post here). Who may is decided by
//! `moderation::policy`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{FormErrors, page_with_status};
use crate::accounts::User;
use crate::error::{AppError, AppResult};
use crate::http::chrome::Chrome;
use crate::http::context::CurrentUser;
use crate::http::redirect::see_other;
use crate::moderation::{actions, service};
use crate::state::AppState;

/// Registers the routes.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/admin/users", web::get().to(staff_page))
        .route("/admin/users", web::post().to(change_role))
        .route("/admin/groups/{slug}/verify", web::post().to(verify))
        .route("/admin/groups/{slug}/unverify", web::post().to(unverify));
}

/// A moderator or administrator as listed.
struct StaffRow {
    name: String,
    email: String,
    role_label: String,
}

#[derive(Template)]
#[template(path = "admin_users.html")]
struct StaffPage {
    chrome: Chrome,
    errors: FormErrors,
    staff: Vec<StaffRow>,
    email: String,
    reason: String,
}

async fn render(
    user: &CurrentUser,
    state: &AppState,
    errors: FormErrors,
    form: RoleForm,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let staff = service::staff(state, &user.identity).await?;
    let i18n = &user.context.i18n;
    let row = |member: User| StaffRow {
        role_label: i18n.plain(&format!("role-{}", member.role)),
        name: member.display_name,
        email: member.email,
    };
    page_with_status(
        status,
        StaffPage {
            chrome: Chrome::new(&user.context),
            errors,
            staff: staff.into_iter().map(row).collect(),
            email: form.email,
            reason: form.reason.unwrap_or_default(),
        },
    )
}

/// `GET /admin/users`
async fn staff_page(user: CurrentUser, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    render(
        &user,
        &state,
        FormErrors::default(),
        RoleForm::default(),
        StatusCode::OK,
    )
    .await
}

#[derive(Deserialize, Default)]
struct RoleForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
    reason: Option<String>,
}

/// `POST /admin/users`: grants or takes back the moderator role.
async fn change_role(
    user: CurrentUser,
    state: web::Data<AppState>,
    form: web::Form<RoleForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let outcome = async {
        let role = service::parse_role(&form.role)?;
        let reason = actions::reason(form.reason.as_deref())?;
        service::change_role(&state, &user.identity, &form.email, role, reason).await
    }
    .await;
    match outcome {
        Ok(_) => Ok(see_other("/admin/users")),
        Err(AppError::NotFound) => {
            let errors = FormErrors::from_fields(
                &user.context.i18n,
                &[crate::error::FieldError::new(
                    "email",
                    crate::domain::Invalid::new("no_such_member"),
                )],
            );
            render(
                &user,
                &state,
                errors,
                form,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(error @ AppError::Validation(_)) => {
            let errors = FormErrors::from_error(&user.context.i18n, error)?;
            render(
                &user,
                &state,
                errors,
                form,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(error) => Err(error),
    }
}

#[derive(Deserialize)]
struct NoteForm {
    note: Option<String>,
}

/// `POST /admin/groups/{slug}/verify` with how it was checked.
async fn verify(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    form: web::Form<NoteForm>,
) -> AppResult<HttpResponse> {
    let note = actions::reason(form.note.as_deref())
        .map_err(|_| AppError::field("note", crate::domain::Invalid::required()))?;
    service::set_verified(&state, &user.identity, &slug, true, note).await?;
    Ok(see_other(&format!("/groups/{}", slug.as_str())))
}

/// `POST /admin/groups/{slug}/unverify` with why.
async fn unverify(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    form: web::Form<NoteForm>,
) -> AppResult<HttpResponse> {
    let reason = actions::reason(form.note.as_deref())
        .map_err(|_| AppError::field("note", crate::domain::Invalid::required()))?;
    service::set_verified(&state, &user.identity, &slug, false, reason).await?;
    Ok(see_other(&format!("/groups/{}", slug.as_str())))
}
