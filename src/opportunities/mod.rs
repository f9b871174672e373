//! Engagement opportunities: volunteering, mentoring, skills transfer, investment, grants, jobs,
//! training and consultations that groups publish, with expressions of interest and matching.
//!
//! [`service`] and [`interest`] own the rules, with authorization in [`policy`]; [`listing`]
//! finds them and [`matching`] ranks them for a member. The pages (`web::opportunities`), the
//! API (`api::opportunities`) and the Atom feed call them.

pub mod expiry;
pub mod input;
pub mod interest;
pub mod listing;
mod match_query;
pub mod matching;
mod model;
pub mod notices;
pub mod policy;
pub mod service;
pub mod unread;
pub mod view;

pub use model::{
    Opportunity, OpportunityDetails, OpportunityKind, OpportunityStatus, OpportunityTranslation,
    details_for,
};
