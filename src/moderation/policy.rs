//! Who may moderate: the one place moderator and administrator permissions are decided. Every
//! moderation service function, and the review of imported listings, asks [`authorize`] first,
//! so the pages, the API and the command line cannot disagree.

use crate::accounts::{Role, User};
use crate::auth::session::Identity;
use crate::error::{AppError, AppResult, FieldError};

/// What a moderation action needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Power {
    /// Handle reports and appeals, hide and restore, suspend members, review imported listings,
    /// read the audit log: moderators and administrators.
    Moderate,
    /// Verify organizations and grant or take back the moderator role: administrators.
    Administer,
}

fn role_of(user: &User) -> Role {
    match user.role.as_str() {
        "admin" => Role::Admin,
        "moderator" => Role::Moderator,
        _ => Role::User,
    }
}

/// Whether `identity` holds `power`.
pub fn may(identity: &Identity, power: Power) -> bool {
    matches!(
        (role_of(&identity.user), power),
        (Role::Admin, _) | (Role::Moderator, Power::Moderate)
    )
}

/// Whether the member `viewer_id` moderates: moderators and administrators still open what
/// moderation hid (the pages of hidden listings answer them, not 404).
pub fn moderates(
    connection: &mut crate::db::AnyConnection,
    viewer_id: Option<i64>,
) -> diesel::QueryResult<bool> {
    use diesel::prelude::*;
    let Some(viewer_id) = viewer_id else {
        return Ok(false);
    };
    let role: Option<String> = crate::db::schema::users::table
        .find(viewer_id)
        .select(crate::db::schema::users::role)
        .first(connection)
        .optional()?;
    Ok(matches!(role.as_deref(), Some("admin" | "moderator")))
}

/// `forbidden` unless `identity` holds `power`.
pub fn authorize(identity: &Identity, power: Power) -> AppResult<()> {
    if may(identity, power) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Whether `identity` may suspend `member`: moderators suspend members, only administrators
/// suspend moderators, and nobody suspends an administrator (take the role back first).
pub fn authorize_suspension(identity: &Identity, member: &User) -> AppResult<()> {
    authorize(identity, Power::Moderate)?;
    match role_of(member) {
        Role::User => Ok(()),
        Role::Moderator => authorize(identity, Power::Administer),
        Role::Admin => Err(AppError::Forbidden),
    }
}

/// An appeal is decided by someone other than whoever took the action appealed against.
pub fn authorize_appeal_decision(identity: &Identity, acted_by: i64) -> AppResult<()> {
    authorize(identity, Power::Moderate)?;
    if identity.user.id == acted_by {
        return Err(AppError::Conflict(FieldError {
            field: "appeal".into(),
            code: "appeal_needs_another_moderator",
            args: Vec::new(),
        }));
    }
    Ok(())
}
