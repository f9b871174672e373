//! Member accounts: registration, login, profile, password changes, export and deletion, and
//! what mail makes possible: proving the address ([`verification`]), getting back in
//! ([`recovery`]) and moving to another address ([`email_change`]).
//!
//! [`service`] and those modules own the rules; the HTML pages (`web::accounts`) and the JSON
//! API (`api::auth`, `api::me`) only translate requests into their calls.

pub mod email_change;
pub mod export;
pub mod input;
pub mod links;
mod mails;
mod model;
pub mod recovery;
pub mod service;
pub mod trust;
pub mod verification;
mod view;

pub use model::{Profile, ProfileUpdate, Role, User};
pub use view::AccountView;
