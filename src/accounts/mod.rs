//! Member accounts: registration, login, profile, password changes, export and deletion.
//!
//! [`service`] owns the rules; the HTML pages (`web::accounts`) and the JSON API
//! (`api::auth`, `api::me`) only translate requests into its calls.

pub mod export;
pub mod input;
mod model;
pub mod service;
mod view;

pub use model::{Profile, ProfileUpdate, Role, User};
pub use view::AccountView;
