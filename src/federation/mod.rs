//! Federation: what partner sites pull from this instance, and what it pulls from its peers.
//!
//! [`change_log`] records every change to public listings (written by the services inside their
//! transactions) and the tombstones of deleted ones; [`partner_api`] serves the change feed and
//! snapshots under `/federation/v1` to holders of [`keys`], and [`export`] a whole copy in
//! one streamed answer; [`objects`] renders listings for
//! them; [`conditional`] makes every response cacheable. [`peers`] imports listings from other
//! instances and calendars; [`maintenance`] runs both in the background. `FEDERATION.md` is the
//! contract.

pub mod admin;
pub mod change_log;
pub mod conditional;
pub(crate) mod discovery;
pub mod export;
pub mod keys;
pub mod maintenance;
pub mod objects;
pub mod partner_api;
pub mod peers;
