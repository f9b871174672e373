//! Moderation and trust: members report what is wrong ([`reports`]); moderators dismiss, hide,
//! restore and suspend ([`actions`]), every action in the append-only [`audit`] log; the member
//! concerned may appeal once ([`appeals`]); administrators verify organizations and grant the
//! moderator role ([`service`]). [`policy`] is the one place that decides who may do which.
//!
//! Hidden content is a state of the listing (`hidden`, written only by [`hiding`]), filtered by
//! every read path in the listing's own query.

pub mod actions;
pub mod appeals;
pub mod audit;
pub mod hiding;
mod notices;
pub mod policy;
pub mod reports;
pub mod service;
pub mod suspension;
pub mod target;

pub use actions::Decision;
pub use target::TargetType;
