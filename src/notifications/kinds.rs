//! The kinds of notification: the ids settings, mails, pages and the API share. A kind is what
//! a member turns mail on or off for; each kind may say several things (a membership decision
//! is an approval, a refusal or a removal), named by its message stems.

crate::stored_enum! {
    /// What a member hears about.
    NotificationKind {
        /// A request to join waits (to the group's owners and organizers).
        JoinRequest = "join_request",
        /// A request approved or refused, or a removal from a group (to the member).
        MembershipDecision = "membership_decision",
        /// Made organizer or owner, or demoted (to the member).
        RoleChanged = "role_changed",
        /// A seat freed up and it is hers (to the member who waited).
        WaitlistPromoted = "waitlist_promoted",
        /// An event's time or place changed (to everyone going and waiting).
        EventChanged = "event_changed",
        /// An event was cancelled (to everyone going and waiting).
        EventCancelled = "event_cancelled",
        /// An event starts within a day (to everyone going).
        EventReminder = "event_reminder",
        /// New interest in a group's opportunities, at most hourly (to its organizers).
        NewInterest = "new_interest",
        /// New events and opportunities for the member's heritage, residence and skills.
        WeeklyDigest = "weekly_digest",
        /// What moderators decided: about a member's report, their listing or their account,
        /// or their appeal.
        ReportOutcome = "report_outcome",
        /// An organizer invited the member's address into a group (to the member).
        Invitation = "invitation",
    } invalid = "invalid_choice"
}

impl NotificationKind {
    /// Whether the kind goes by mail until the member says otherwise: all do, except the
    /// weekly digest, which is asked for.
    pub fn mails_by_default(self) -> bool {
        self != Self::WeeklyDigest
    }

    /// The Fluent message id of the kind's name (settings page, mail footers).
    pub fn name_id(self) -> String {
        format!("notification-kind-{}", self.as_str().replace('_', "-"))
    }
}
