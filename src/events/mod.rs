//! Events of groups: time zones, recurrence, RSVPs with a fair waitlist, and listings.
//!
//! [`service`], [`rsvp`] and [`reschedule`] own the rules (authorization through the group's policy); the
//! pages (`web::events`), the API (`api::events`) and the feeds (`feeds`) call them.

pub mod attendance;
pub mod input;
pub mod listing;
mod model;
pub mod notices;
pub mod occurrences;
pub mod recurrence;
pub mod reschedule;
pub mod rsvp;
pub mod service;
pub mod time;
pub mod view;

pub use model::{
    AttendanceMode, Event, EventStatus, EventTranslation, RsvpStatus, translations_for,
};
