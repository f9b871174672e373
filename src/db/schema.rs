//! The database schema, written by hand with portable types only, so one definition serves
//! SQLite and PostgreSQL (`BigInt` ids, `Text` uuids and JSON, UTC `Timestamp`).

diesel::table! {
    /// One-time data upgrades already run (`db::upgrades`).
    data_upgrades (name) {
        name -> Text,
        applied_at -> Timestamp,
    }
}

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
        email_verified_at -> Nullable<Timestamp>,
        suspended_at -> Nullable<Timestamp>,
        locale_picked -> Bool,
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
        pending -> Bool,
    }
}

diesel::table! {
    /// Diaspora groups (the text lives in `group_translations`).
    groups (id) {
        id -> BigInt,
        uuid -> Text,
        slug -> Text,
        primary_language -> Text,
        heritage_country -> Nullable<Text>,
        residence_country -> Nullable<Text>,
        city -> Nullable<Text>,
        visibility -> Text,
        join_policy -> Text,
        website -> Nullable<Text>,
        contact_email -> Nullable<Text>,
        verified -> Bool,
        member_count -> BigInt,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        created_by -> Nullable<BigInt>,
        hidden -> Nullable<Text>,
        verification_note -> Nullable<Text>,
        /// Set on a group imported from a peer (read-only here).
        imported_listing_id -> Nullable<BigInt>,
        /// The peer it comes from (its address).
        origin_peer -> Nullable<Text>,
        /// The original's page on the peer.
        origin_url -> Nullable<Text>,
        /// Set on the group row that carries a calendar peer's events (never in the directory).
        calendar_peer_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    /// A group's name and description in one language.
    group_translations (id) {
        id -> BigInt,
        group_id -> BigInt,
        language -> Text,
        name -> Text,
        description -> Text,
    }
}

diesel::table! {
    /// Languages spoken in a group.
    group_languages (group_id, language) {
        group_id -> BigInt,
        language -> Text,
    }
}

diesel::table! {
    /// Topics of a group, from the fixed list in `domain::Topic`.
    group_topics (group_id, topic) {
        group_id -> BigInt,
        topic -> Text,
    }
}

diesel::table! {
    /// Who belongs to which group, in which role, and whether they are in yet.
    memberships (id) {
        id -> BigInt,
        group_id -> BigInt,
        user_id -> BigInt,
        role -> Text,
        status -> Text,
        message -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// Events of a group; recurring ones carry an RRULE and their exceptions.
    events (id) {
        id -> BigInt,
        uuid -> Text,
        group_id -> BigInt,
        primary_language -> Text,
        timezone -> Text,
        local_start -> Timestamp,
        local_end -> Timestamp,
        starts_at_utc -> Timestamp,
        ends_at_utc -> Timestamp,
        all_day -> Bool,
        rrule -> Nullable<Text>,
        exdates -> Text,
        series_ends_at_utc -> Timestamp,
        status -> Text,
        attendance_mode -> Text,
        venue_name -> Nullable<Text>,
        venue_address -> Nullable<Text>,
        city -> Nullable<Text>,
        country -> Nullable<Text>,
        online_url -> Nullable<Text>,
        capacity -> Nullable<BigInt>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        created_by -> Nullable<BigInt>,
        hidden -> Nullable<Text>,
        moved_occurrences -> Text,
        /// Set on an event imported from a peer (read-only here).
        imported_listing_id -> Nullable<BigInt>,
        /// The original's page on the peer.
        origin_url -> Nullable<Text>,
    }
}

diesel::table! {
    /// An event's title and description in one language.
    event_translations (id) {
        id -> BigInt,
        event_id -> BigInt,
        language -> Text,
        title -> Text,
        description -> Text,
    }
}

diesel::table! {
    /// Each occurrence of an event, as UTC instants.
    event_occurrences (id) {
        id -> BigInt,
        event_id -> BigInt,
        group_id -> BigInt,
        country -> Nullable<Text>,
        starts_at_utc -> Timestamp,
        ends_at_utc -> Timestamp,
        long_running -> Bool,
        recurrence_id -> Timestamp,
    }
}

diesel::table! {
    /// Who is going to an event, and who waits for a seat (first come, first served).
    rsvps (id) {
        id -> BigInt,
        event_id -> BigInt,
        user_id -> BigInt,
        status -> Text,
        created_at -> Timestamp,
        /// The date answered: the occurrence's start as the rule gave it (UTC).
        recurrence_id -> Timestamp,
    }
}

diesel::table! {
    /// Ways to contribute that groups publish: volunteering, mentoring, jobs, grants…
    opportunities (id) {
        id -> BigInt,
        uuid -> Text,
        group_id -> BigInt,
        kind -> Text,
        primary_language -> Text,
        heritage_country -> Nullable<Text>,
        country -> Nullable<Text>,
        city -> Nullable<Text>,
        remote -> Bool,
        commitment -> Nullable<Text>,
        compensation -> Nullable<Text>,
        accepts_interest -> Bool,
        apply_url -> Nullable<Text>,
        expires_at -> Timestamp,
        status -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,        timezone -> Text,
        created_by -> Nullable<BigInt>,
        hidden -> Nullable<Text>,
        /// Set on an opportunity imported from a peer (read-only here).
        imported_listing_id -> Nullable<BigInt>,
        /// The original's page on the peer.
        origin_url -> Nullable<Text>,
    }
}

diesel::table! {
    /// An opportunity's title and description per language.
    opportunity_translations (id) {
        id -> BigInt,
        opportunity_id -> BigInt,
        language -> Text,
        title -> Text,
        description -> Text,
    }
}

diesel::table! {
    /// Skills an opportunity seeks (normalized tags).
    opportunity_skills (opportunity_id, skill) {
        opportunity_id -> BigInt,
        skill -> Text,
    }
}

diesel::table! {
    /// Languages an opportunity requires.
    opportunity_languages (opportunity_id, language) {
        opportunity_id -> BigInt,
        language -> Text,
    }
}

diesel::table! {
    /// Expressions of interest: one per member and opportunity.
    interests (id) {
        id -> BigInt,
        opportunity_id -> BigInt,
        user_id -> BigInt,
        message -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// When each organizer last looked at who expressed interest in an opportunity.
    interest_reads (user_id, opportunity_id) {
        user_id -> BigInt,
        opportunity_id -> BigInt,
        read_at -> Timestamp,
    }
}

diesel::table! {
    /// Creates, updates and deletes of public listings, in commit order, for partners.
    change_log (seq) {
        seq -> BigInt,
        resource_type -> Text,
        resource_uuid -> Text,
        op -> Text,
        version -> BigInt,
        occurred_at -> Timestamp,
    }
}

diesel::table! {
    /// Cursors before `pruned_before` answer 410 (one row).
    change_log_horizon (id) {
        id -> BigInt,
        pruned_before -> BigInt,
        prune_epoch -> BigInt,
    }
}

diesel::table! {
    /// Deleted public listings, whose URLs answer 410 Gone.
    tombstones (resource_uuid) {
        resource_uuid -> Text,
        resource_type -> Text,
        slug -> Nullable<Text>,
        deleted_at -> Timestamp,
    }
}

diesel::table! {
    /// Partner sites that pull listings.
    partners (id) {
        id -> BigInt,
        name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// Partner API keys: a visible prefix and a hash of the secret, with scopes.
    partner_keys (id) {
        id -> BigInt,
        partner_id -> BigInt,
        prefix -> Text,
        secret_hash -> Text,
        scopes -> Text,
        created_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// Instances and calendars this instance pulls listings from.
    peers (id) {
        id -> BigInt,
        base_url -> Text,
        kind -> Text,
        trust -> Text,
        api_key -> Nullable<Text>,
        cursor -> Nullable<Text>,
        etag -> Nullable<Text>,
        next_poll_at -> Timestamp,
        failures -> BigInt,
        last_attempt_at -> Nullable<Timestamp>,
        last_success_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        resync_generation -> BigInt,
        snapshot_position -> Nullable<Text>,
        snapshot_changes_cursor -> Nullable<Text>,
    }
}

diesel::table! {
    /// Listings imported from peers, keyed by (peer, remote id); read-only here.
    imported_listings (id) {
        id -> BigInt,
        peer_id -> BigInt,
        remote_id -> Text,
        resource_type -> Text,
        remote_version -> BigInt,
        canonical_url -> Nullable<Text>,
        title -> Text,
        language -> Nullable<Text>,
        starts_at -> Nullable<Timestamp>,
        timezone -> Nullable<Text>,
        document -> Text,
        published -> Bool,
        missed_snapshots -> BigInt,
        imported_at -> Timestamp,
        updated_at -> Timestamp,
        rejected_at -> Nullable<Timestamp>,
        seen_generation -> BigInt,
    }
}

diesel::table! {
    /// Mail waiting to go, going, sent or given up (see `notifications::outbox`).
    outbox (id) {
        id -> BigInt,
        message_id -> Text,
        user_id -> Nullable<BigInt>,
        recipient -> Text,
        kind -> Text,
        locale -> Text,
        subject -> Text,
        text_body -> Text,
        html_body -> Text,
        status -> Text,
        attempts -> BigInt,
        next_attempt_at -> Timestamp,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        list_unsubscribe -> Nullable<Text>,
        calendar -> Nullable<Text>,
    }
}

diesel::table! {
    /// What members hear about, in the app (see `notifications::inbox`).
    notifications (id) {
        id -> BigInt,
        uuid -> Text,
        user_id -> BigInt,
        kind -> Text,
        message -> Text,
        payload -> Text,
        link -> Text,
        once_key -> Nullable<Text>,
        created_at -> Timestamp,
        read_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// Each member's choice per notification kind (no row: the kind's default).
    notification_settings (user_id, kind) {
        user_id -> BigInt,
        kind -> Text,
        by_mail -> Bool,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// The period each scheduled job last ran for.
    schedule_marks (name) {
        name -> Text,
        period -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// Secrets every instance shares, made once.
    instance_secrets (name) {
        name -> Text,
        value -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// Addresses whose mail servers refuse mail permanently.
    mail_address_flags (address) {
        address -> Text,
        hard_failures -> BigInt,
        last_error -> Nullable<Text>,
        flagged_at -> Nullable<Timestamp>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// One-time tokens sent by mail (verification, reset, change of address); hashes only.
    account_tokens (id) {
        id -> BigInt,
        user_id -> BigInt,
        purpose -> Text,
        token_hash -> Text,
        new_email -> Nullable<Text>,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// "Forgot your password?" requests waiting for the delivery worker.
    password_reset_requests (id) {
        id -> BigInt,
        email -> Text,
        requested_at -> Timestamp,
    }
}

diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(outbox -> users (user_id));
diesel::joinable!(notifications -> users (user_id));
diesel::joinable!(notification_settings -> users (user_id));
diesel::joinable!(account_tokens -> users (user_id));
diesel::joinable!(events -> groups (group_id));
diesel::joinable!(event_translations -> events (event_id));
diesel::joinable!(event_occurrences -> events (event_id));
diesel::joinable!(rsvps -> events (event_id));
diesel::joinable!(rsvps -> users (user_id));
diesel::joinable!(group_translations -> groups (group_id));
diesel::joinable!(group_languages -> groups (group_id));
diesel::joinable!(group_topics -> groups (group_id));
diesel::joinable!(memberships -> groups (group_id));
diesel::joinable!(memberships -> users (user_id));
diesel::joinable!(opportunities -> groups (group_id));
diesel::joinable!(opportunity_translations -> opportunities (opportunity_id));
diesel::joinable!(opportunity_skills -> opportunities (opportunity_id));
diesel::joinable!(opportunity_languages -> opportunities (opportunity_id));
diesel::joinable!(interests -> opportunities (opportunity_id));
diesel::joinable!(interests -> users (user_id));
diesel::joinable!(partner_keys -> partners (partner_id));
diesel::joinable!(imported_listings -> peers (peer_id));
diesel::joinable!(interest_reads -> opportunities (opportunity_id));
diesel::allow_tables_to_appear_in_same_query!(
    data_upgrades,
    users,
    notifications,
    notification_settings,
    instance_secrets,
    schedule_marks,
    sessions,
    auth_attempts,
    groups,
    group_translations,
    group_languages,
    group_topics,
    memberships,
    events,
    event_translations,
    event_occurrences,
    rsvps,
    opportunities,
    opportunity_translations,
    opportunity_skills,
    opportunity_languages,
    interests,
    change_log,
    change_log_horizon,
    tombstones,
    partners,
    partner_keys,
    peers,
    imported_listings,
    interest_reads,
    outbox,
    mail_address_flags,
    account_tokens,
    password_reset_requests,
    reports,
    audit_log,
    appeals,
    group_invitations,
);

diesel::table! {
    /// Invitation links into a group (only the token's hash is kept).
    group_invitations (id) {
        id -> BigInt,
        uuid -> Text,
        group_id -> BigInt,
        token_hash -> Text,
        email -> Nullable<Text>,
        created_by -> Nullable<BigInt>,
        expires_at -> Timestamp,
        uses_left -> Nullable<BigInt>,
        revoked_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::joinable!(group_invitations -> groups (group_id));

diesel::table! {
    /// Members' reports of listings and members, open until a moderator acts.
    reports (id) {
        id -> BigInt,
        reporter_id -> BigInt,
        target_type -> Text,
        target_id -> Text,
        reason -> Text,
        details -> Nullable<Text>,
        status -> Text,
        outcome_reason -> Nullable<Text>,
        created_at -> Timestamp,
        resolved_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// Every moderator and administrator action; rows are only ever added.
    audit_log (id) {
        id -> BigInt,
        actor_id -> BigInt,
        actor_name -> Text,
        action -> Text,
        target_type -> Text,
        target_id -> Text,
        subject_user_id -> Nullable<BigInt>,
        reason -> Text,
        occurred_at -> Timestamp,
    }
}

diesel::table! {
    /// An owner's one appeal against a hide or a suspension.
    appeals (id) {
        id -> BigInt,
        action_id -> BigInt,
        user_id -> BigInt,
        text -> Text,
        status -> Text,
        decided_by -> Nullable<BigInt>,
        decision_reason -> Nullable<Text>,
        created_at -> Timestamp,
        decided_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(reports -> users (reporter_id));
diesel::joinable!(appeals -> audit_log (action_id));
