//! Who is asking, and may they: passwords, sessions, CSRF, rate limits and client addresses.

pub mod client_ip;
pub mod csrf;
pub mod password;
pub mod rate_limit;
pub mod session;
pub mod tokens;
