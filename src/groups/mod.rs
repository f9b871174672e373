//! Diaspora groups: the directory, multilingual group pages and membership.
//!
//! [`service`] and [`membership`] own the rules and ask [`policy::authorize`] before acting;
//! the HTML pages (`web::groups`) and the JSON API (`api::groups`) only translate requests.

pub mod directory;
pub mod input;
pub mod invitations;
pub mod membership;
pub(crate) mod model;
pub mod names;
pub mod notices;
pub mod policy;
pub mod service;
pub mod view;

pub use model::{
    Group, GroupDetails, JoinPolicy, MemberRole, MemberStatus, Membership, Translation, Visibility,
    details_for,
};
