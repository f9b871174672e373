# Notifications: what members hear about, in the app and by mail.
# Arguments: { $member } a person's name, { $group } a group's name, { $event } an event's title,
# { $opportunity } an opportunity's title, { $start } a date and time with its zone,
# { $place } where an event happens (may be empty), { $people } { $more } { $events }
# { $opportunities } counts, { $kind } the name of a kind of notification.

nav-notifications = Notifications
nav-notifications-unread = Notifications ({ $count } unread)
notifications-title = Notifications
notifications-empty = Nothing yet. When something concerns you (a request to join your group, a seat freed for you, a change to an event you go to), it appears here.
notifications-mark-all-read = Mark all as read
notifications-mark-read = Mark as read
notifications-unread-label = Unread
notifications-older = Older notifications
notifications-settings-link = Choose what you also get by mail
notifications-settings-title = Notification settings
notifications-settings-intro = Everything appears in the app. For each kind, choose whether you also get an email.
notifications-settings-in-app = In the app only
notifications-settings-mail = In the app and by email
notifications-settings-save = Save settings
notifications-settings-saved = Your notification settings are saved.
unsubscribe-title = Stop these emails
unsubscribe-intro = You will no longer get emails about “{ $kind }”. You will still see these notifications in the app.
unsubscribe-confirm = Stop these emails
unsubscribe-done = Done: you will no longer get emails about “{ $kind }”. You can turn them back on in your notification settings.
unsubscribe-settings-link = Notification settings

notification-kind-join-request = Requests to join your groups
notification-kind-membership-decision = Decisions about your memberships
notification-kind-role-changed = Changes to your role in a group
notification-kind-waitlist-promoted = A seat freed up for you
notification-kind-event-changed = Changes of time or place of your events
notification-kind-event-cancelled = Cancelled events
notification-kind-event-reminder = Reminders a day before your events
notification-kind-new-interest = New interest in your group's opportunities
notification-kind-weekly-digest = Weekly digest of new events and opportunities for you
notification-kind-report-outcome = The moderators' decisions about your reports, your listings and your account
notification-kind-invitation = Invitations to join groups

notice-time-in-zone = { $time } ({ $zone })
notice-join-request = { $member } asks to join { $group }
notice-join-request-detail = { $member } would like to join { $group }. You can approve or decline the request on the members page.
notice-membership-approved = Welcome to { $group }: your request was approved
notice-membership-approved-detail = The organizers of { $group } approved your request. You are now a member.
notice-membership-rejected = Your request to join { $group } was declined
notice-membership-rejected-detail = The organizers of { $group } declined your request to join. You may ask again later.
notice-membership-removed = You were removed from { $group }
notice-membership-removed-detail = The organizers of { $group } removed you from the group.
notice-role-organizer = You are now an organizer of { $group }
notice-role-organizer-detail = You can now manage members, events and opportunities of { $group }.
notice-role-owner = You are now the owner of { $group }
notice-role-owner-detail = Ownership of { $group } was handed to you. You can now change everything about the group.
notice-role-member = You are no longer an organizer of { $group }
notice-role-member-detail = You are still a member of { $group }, but no longer one of its organizers.
notice-waitlist-promoted = A seat is yours: { $event }
notice-waitlist-promoted-detail = A seat freed up, and you have moved from the waitlist to the attendee list of { $event }, on { $start }. If you cannot go, please say so on the event page so the next person gets your seat.
notice-event-changed = { $event } has changed: { $start }
notice-event-changed-detail = The organizers changed the time or place of { $event }. It is now on { $start }{ $place ->
        [none] {""}
       *[other] , { $place }
    }.
notice-event-cancelled = Cancelled: { $event }
notice-event-cancelled-detail = The organizers cancelled { $event }, planned for { $start }.
notice-event-reminder = Coming up: { $event }, { $start }
notice-event-reminder-detail = A reminder that you are going to { $event }, on { $start }. The event is attached, for your calendar. If you cannot go, please say so on the event page so someone waiting gets your seat.
notice-new-interest = { $people ->
        [one] One new person is interested in { $opportunity }
       *[other] { $people } new people are interested in { $opportunity }
    }{ $more ->
        [0] {""}
        [one] {" "}and one more opportunity
       *[other] {" "}and { $more } more opportunities
    }
notice-new-interest-detail = People expressed interest in your group's opportunities. See who they are and what they wrote on the opportunity page.
notice-weekly-digest = This week for you: { $events ->
        [one] one new event
       *[other] { $events } new events
    } and { $opportunities ->
        [one] one new opportunity
       *[other] { $opportunities } new opportunities
    }
notice-weekly-digest-detail = New events and opportunities were published for your heritage, your country of residence or your skills.

mail-notice-action = See it on { $site }
mail-notice-why = You receive this because you get notifications about “{ $kind }” by email on { $site }.
mail-footer-notice = You can stop these emails with one click, or choose what you get in your settings.
mail-unsubscribe-action = Stop these emails
mail-settings-action = Notification settings

notice-report-dismissed = Your report about { $target } was looked at
notice-report-dismissed-detail = A moderator looked at your report about { $target } and took no action. Their reason: { $reason }
notice-report-hidden = Your report about { $target }: action taken
notice-report-hidden-detail = A moderator acted on your report: { $target } was removed. Their reason: { $reason }
notice-report-restored = Your report about { $target } was looked at
notice-report-restored-detail = A moderator decided that { $target } may be shown. Their reason: { $reason }
notice-moderation-hidden = The moderators hid { $target }
notice-moderation-hidden-detail = A moderator hid { $target }: only its organizers can see it now. Their reason: { $reason }. If you think this is a mistake, you can appeal once.
notice-moderation-restored = { $target } is shown again
notice-moderation-restored-detail = A moderator showed { $target } again. Their reason: { $reason }
notice-moderation-suspended = Your account is suspended
notice-moderation-suspended-detail = A moderator suspended your account, and your listings are hidden. Their reason: { $reason }. If you think this is a mistake, you can appeal once.
notice-moderation-unsuspended = Your account is no longer suspended
notice-moderation-unsuspended-detail = A moderator lifted the suspension of your account, and your listings are shown again. Their reason: { $reason }
notice-appeal-granted = Your appeal was granted
notice-appeal-granted-detail = Another moderator read your appeal about { $target } and undid the decision. Their reason: { $reason }
notice-appeal-upheld = Your appeal was decided: the decision stands
notice-appeal-upheld-detail = Another moderator read your appeal about { $target }, and the decision stands. Their reason: { $reason }
notice-invitation = { $inviter } invites you to join { $group }
notice-invitation-detail = { $inviter } invited you to join { $group }. Open the invitation to join; it works until { $until }.
notice-date-moved = { $event } moves from { $was } to { $start }
notice-date-moved-detail = The organizers moved one date of { $event }: the one planned for { $was } now takes place on { $start }{ $place ->
        [none] {""}
       *[other] , { $place }
    }. Your answer stays with it; the other dates are unchanged.
notice-date-cancelled = Cancelled on { $start }: { $event }
notice-date-cancelled-detail = The organizers cancelled { $event } on { $start }. The other dates take place as planned.
