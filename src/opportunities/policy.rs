//! Who may do what with an opportunity: the one place these rules live. Viewing and editing
//! follow the group's policy (organizers edit and see interests); expressing interest also
//! needs an opportunity that still takes people.

use chrono::NaiveDateTime;

use super::model::{Opportunity, OpportunityStatus};
use crate::domain::Invalid;
use crate::error::{AppError, FieldError};
use crate::groups::policy::{GroupAction, authorize as authorize_group};
use crate::groups::{Group, Membership};

/// Something a person may want to do with an opportunity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpportunityAction {
    /// See the opportunity page.
    View,
    /// Publish in the group, change, close or delete (organizers).
    Edit,
    /// See who expressed interest (organizers).
    SeeInterests,
    /// Express interest (any signed-in member who can see it, while it takes people).
    ExpressInterest,
}

/// Allows or refuses `action` for someone with `membership` in the opportunity's `group`.
/// `opportunity` is `None` when publishing a new one.
pub fn authorize(
    group: &Group,
    membership: Option<&Membership>,
    signed_in: bool,
    opportunity: Option<&Opportunity>,
    action: OpportunityAction,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let group_action = match action {
        OpportunityAction::View | OpportunityAction::ExpressInterest => GroupAction::View,
        OpportunityAction::Edit | OpportunityAction::SeeInterests => GroupAction::Edit,
    };
    authorize_group(group, membership, signed_in, group_action)?;
    // Hidden by moderation: only the group's owners and organizers still see it.
    let hidden = opportunity.is_some_and(|opportunity| opportunity.hidden.is_some());
    if hidden && authorize_group(group, membership, signed_in, GroupAction::Edit).is_err() {
        return Err(AppError::NotFound);
    }
    if action != OpportunityAction::ExpressInterest {
        return Ok(());
    }
    if !signed_in {
        return Err(AppError::NotAuthenticated);
    }
    let Some(opportunity) = opportunity else {
        return Err(AppError::NotFound);
    };
    if opportunity.status() != OpportunityStatus::Open {
        Err(conflict("opportunity_not_open"))
    } else if opportunity.expires_at <= now {
        Err(conflict("opportunity_expired"))
    } else if !opportunity.accepts_interest {
        Err(conflict("interest_not_accepted"))
    } else {
        Ok(())
    }
}

/// A refusal that depends on the opportunity's state (409), with a stable code.
pub fn conflict(code: &'static str) -> AppError {
    AppError::Conflict(FieldError::new("opportunity", Invalid::new(code)))
}
