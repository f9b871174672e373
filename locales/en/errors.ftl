# Error messages. Ids in snake_case are the stable error codes of the API.

http-status-400 = Bad request
http-status-401 = Not signed in
http-status-403 = Not allowed
http-status-404 = Page not found
http-status-409 = Conflict
http-status-410 = Removed
http-status-413 = Too large
http-status-415 = Unsupported format
http-status-422 = Invalid input
http-status-429 = Too many attempts
http-status-500 = Something went wrong
http-status-503 = Temporarily unavailable

validation_failed = Some fields need correcting.
malformed_body = The request could not be read. Check that it is well-formed.
unsupported_media_type = This format is not accepted here. Send JSON with Content-Type: application/json.
payload_too_large = The request is too large.
not_authenticated = Please log in first.
invalid_credentials = The email address or password is incorrect.
forbidden = You are not allowed to do this.
csrf_rejected = This form has expired or did not come from this site. Reload the page and try again.
insufficient_scope = This key does not allow that. Ask the site’s administrators for a key with the right scope.
not_found = We could not find what you were looking for.
listing_removed = This listing has been removed by its organizers. It is no longer available.
rate_limited = Too many attempts. Please wait a moment and try again.
new_account_limit = New accounts can publish only a few groups, events and opportunities a day. You can publish more tomorrow, or once your account is a day old.
service_unavailable = The service is temporarily unavailable. Please try again shortly.
internal_error = Something went wrong on our side. Please try again later.

email_taken = An account with this email address already exists. Try logging in instead.
required = This field is required.
too_long = { $max ->
    [one] Use at most { $max } character.
   *[other] Use at most { $max } characters.
}
too_short = { $min ->
    [one] Use at least { $min } character.
   *[other] Use at least { $min } characters.
}
invalid_characters = This field contains characters that are not allowed.
invalid_email = Enter an email address like name@example.org.
password_too_long = { $max ->
    [one] The password can be at most { $max } byte long.
   *[other] The password can be at most { $max } bytes long.
}
password_too_common = This password is too common. Choose one that is harder to guess.
unknown_locale = Choose one of the available languages: en, fr, es, ar, zh, ru, pt.
unknown_country = Choose a country from the list, or type its name, for example Senegal.
invalid_language = Type languages by name, for example French, Wolof or Arabic.
unknown_timezone = Choose a time zone from the list, or type a city such as Paris or Dakar.
too_many_items = { $max ->
    [one] List at most { $max } item.
   *[other] List at most { $max } items.
}
wrong_password = The password is incorrect.

invalid_slug = Use 3 to 60 lowercase letters, digits and single hyphens, for example senegalais-de-lyon.
slug_taken = This web address is already used by another group. Choose another one.
unknown_topic = Choose topics from the list.
invalid_url = Enter a web address starting with https://
invalid_choice = Choose one of the options offered.
invalid_resource_type = Unknown listing type. Use group, event or opportunity, separated by commas.
primary_translation_missing = Give the name and description in the group's main language.
duplicate_language = This language appears twice. Keep one translation per language.
not_a_member = You are not a member of this group.
owner_must_hand_over = As the owner, hand ownership to another member before leaving.
cannot_change_yourself = You cannot do this to yourself.
not_possible_for_this_member = This is not possible for this member in their current state.
invalid_cursor = This page link is no longer valid. Start the search again.
cursor_expired = This position in the change log is too old: deletions since then are no longer kept. Copy the listings again from the snapshots, then follow the changes from the cursor they give.
cursor_from_future = This cursor is ahead of the change log. Use a cursor this server gave you.
out_of_range = Use a number from { $min } to { $max }.

invalid_datetime = Enter a date and time like 2027-03-20T18:00, or a date like 2027-03-20.
end_before_start = The end must come after the start.
nonexistent_local_time = This time does not exist in the chosen time zone (the clocks skip it). Choose another time.
invalid_rrule = This repetition rule cannot be read. Use, for example, FREQ=WEEKLY;BYDAY=TU;COUNT=10.
unsupported_rrule = Events can repeat daily, weekly or monthly, with an interval, days of the week, and a number of times or an end date.
rrule_unbounded = A repeating event needs an end: a number of times (COUNT) or an end date (UNTIL).
rrule_too_many = { $max ->
    [one] A repeating event can have at most { $max } occurrence.
   *[other] A repeating event can have at most { $max } occurrences.
}
rrule_start_mismatch = The first date does not follow the repetition rule. Start on one of the days the rule names.
event_cancelled = This event has been cancelled.
event_past = This event is over.

# Opportunities
invalid_opportunity_kind = Choose a kind from the list: volunteering, mentoring, skills transfer, investment, grant, job, training or consultation.
invalid_date = Enter a date like 2027-06-30.
expiry_in_past = This closing date has passed. Choose today or a later day.
expiry_too_far = The closing date can be at most one year from today.
location_required = Say where it takes place, or mark it as remote (or both).
country_required_for_city = Choose the country this city is in.
way_to_take_part_required = Give a link to apply, or let members express interest here (or both).
interest_already_expressed = You have already expressed interest in this opportunity.
interest_not_accepted = This opportunity takes applications through its link only.
opportunity_not_open = This opportunity is no longer open.
opportunity_expired = This opportunity has expired.
date_out_of_range = Give a date between the years { $min } and { $max }.
rrule_too_long = This series would go on past { $max }. End it sooner with a number of times (COUNT) or an end date (UNTIL).
email_not_verified = Confirm your email address first: open the link we sent you, or ask for a new one on your profile page.
email_already_verified = Your address is already confirmed.
link_invalid = This link does not work any more: it was used already, it expired, or it was copied incompletely.
email_unchanged = This is already your address.
account_suspended = The moderators have suspended this account. If you think this is a mistake, use the appeal link in the message we sent you.
already_reported = You have already reported this, and the moderators have not decided yet. You will see their decision under "My reports".
invalid_target_type = Choose a group, an event, an opportunity, a member or an imported listing.
invalid_report_reason = Choose a reason from the list.
report_already_decided = A moderator has already decided on this report.
already_hidden = This is already hidden.
not_hidden = This is not hidden.
already_suspended = This member is already suspended.
not_suspended = This member is not suspended.
appeal_needs_another_moderator = You took the decision appealed against: another moderator must decide this appeal.
already_appealed = You have already appealed this decision. You will be told the outcome.
nothing_to_appeal = This decision has already been undone: there is nothing left to appeal.
appeal_already_decided = This appeal has already been decided.
no_such_member = No member has this email address.
choose_time_zone = Your country has several time zones: choose yours from the list.

invitation_expired = This invitation has expired. Ask the group’s organizers for a new one.
invitation_revoked = The group’s organizers withdrew this invitation. Ask them for a new one if you still want to join.
invitation_used_up = This invitation has been used as many times as it allowed. Ask the group’s organizers for a new one.
already_a_member = This address belongs to someone who is already a member of the group.
removed_from_group = This address belongs to someone who was removed from the group; they cannot be invited back.
unknown_occurrence = This event has no such date. Pick one of the dates listed on the event.
not_recurring = This event has a single date: change the event itself, or cancel it.
occurrence_cancelled = The organizers cancelled this date.
