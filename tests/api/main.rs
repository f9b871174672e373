//! Integration tests: the real application over HTTP, on SQLite by default or PostgreSQL when
//! `TEST_DATABASE_URL` is set.

mod accounts;
mod cli;
mod errors;
mod helpers;
mod i18n;
mod migrations;
mod openapi;
mod pages;
mod security;
mod sessions;
