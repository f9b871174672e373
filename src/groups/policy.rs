//! Who may do what with a group: the one place these rules live. Every service function asks
//! [`authorize`] before acting, so the HTML pages and the API cannot disagree.

use super::model::{Group, MemberRole, Membership, Visibility};
use crate::error::AppError;

/// Something a person may want to do with a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupAction {
    /// See the group page.
    View,
    /// See who the members are (names and roles).
    SeeMembers,
    /// Change the group's details.
    Edit,
    /// Approve, reject, promote, demote or remove members.
    ManageMembers,
    /// Delete the group or hand ownership over.
    Own,
}

/// Allows or refuses `action` on `group` for someone with `membership` (or none).
///
/// A private group does not exist for non-members, nor a group hidden by moderation for anyone
/// but its owners and organizers: refusals there are `not_found`, so its existence does not
/// leak. Elsewhere a signed-out person gets `not_authenticated` and a
/// member without the role gets `forbidden`.
pub fn authorize(
    group: &Group,
    membership: Option<&Membership>,
    signed_in: bool,
    action: GroupAction,
) -> Result<(), AppError> {
    let active = membership.filter(|membership| membership.is_active());
    if group.visibility() == Visibility::Private && active.is_none() {
        return Err(AppError::NotFound);
    }
    let role = active.map(Membership::role);
    // Hidden by moderation: gone for everyone but the people who run it (moderators see it in
    // their queue).
    if group.hidden.is_some() && !matches!(role, Some(MemberRole::Owner | MemberRole::Organizer)) {
        return Err(AppError::NotFound);
    }
    let allowed = match action {
        GroupAction::View => true,
        GroupAction::SeeMembers => role.is_some(),
        GroupAction::Edit | GroupAction::ManageMembers => {
            matches!(role, Some(MemberRole::Owner | MemberRole::Organizer))
        }
        GroupAction::Own => role == Some(MemberRole::Owner),
    };
    match (allowed, signed_in) {
        (true, _) => Ok(()),
        (false, false) => Err(AppError::NotAuthenticated),
        (false, true) => Err(AppError::Forbidden),
    }
}

/// Allows someone holding a working invitation to see the group's name and description and to
/// join it, whatever its visibility or join policy: the invitation is the permission. A group
/// hidden by moderation stays `not_found`, invitation or not.
pub fn authorize_invited(group: &Group) -> Result<(), AppError> {
    if group.hidden.is_some() {
        return Err(AppError::NotFound);
    }
    Ok(())
}
