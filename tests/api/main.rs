//! Integration tests: the real application over HTTP, on SQLite by default or PostgreSQL when
//! `TEST_DATABASE_URL` is set.

mod accounts;
mod change_log_pruning;
mod cli;
mod cli_peers;
mod directory;
mod errors;
mod event_pages;
mod events;
mod federation;
mod feeds;
mod group_pages;
mod groups;
mod hardening;
mod helpers;
mod http_interop;
mod i18n;
mod interests;
mod login_limits;
mod memberships;
mod migrations;
mod new_interest;
mod openapi;
mod opportunities;
mod opportunity_pages;
mod opportunity_time_zones;
mod pages;
mod partner_events;
mod peer_moderation;
mod peer_rereads;
mod peers;
mod rsvp;
mod security;
mod seed;
mod sessions;
