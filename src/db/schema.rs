//! The database schema, written by hand with portable types only, so one definition serves
//! SQLite and PostgreSQL (`BigInt` ids, `Text` uuids and JSON, UTC `Timestamp`).

diesel::table! {
    /// Member accounts.
    users (id) {
        id -> BigInt,
        uuid -> Text,
        email -> Text,
        password_hash -> Text,
        display_name -> Text,
        locale -> Text,
        timezone -> Text,
        heritage_country -> Nullable<Text>,
        residence_country -> Nullable<Text>,
        residence_city -> Nullable<Text>,
        languages -> Text,
        skills -> Text,
        role -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// Signed-in sessions; only a hash of each token is stored.
    sessions (id) {
        id -> BigInt,
        token_hash -> Text,
        user_id -> BigInt,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    /// Login and registration attempts counted by the rate limiter.
    auth_attempts (id) {
        id -> BigInt,
        bucket -> Text,
        occurred_at -> Timestamp,
    }
}

diesel::joinable!(sessions -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(users, sessions, auth_attempts);
