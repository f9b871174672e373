//! diaspora-hub: an open community network for diaspora communities.
//!
//! The binary (`src/main.rs`) only parses the command line and calls [`cli::run`]; everything
//! else lives in this library so integration tests can build the same application.

pub mod accounts;
pub mod api;
pub mod assets;
pub mod auth;
pub mod cache;
pub mod cli;
pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod events;
pub mod federation;
pub mod feeds;
pub mod groups;
pub mod http;
pub mod i18n;
pub mod job_threads;
pub mod languages_in_use;
pub mod memory;
pub mod moderation;
pub mod notifications;
pub mod opportunities;
pub mod ops;
pub mod paging;
pub mod seed;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod web;
