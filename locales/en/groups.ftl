# Groups: directory, group pages, forms and membership.

nav-groups = Groups
nav-my-groups = My groups

topic-culture = Culture
topic-business = Business and investment
topic-education = Education
topic-health = Health
topic-youth = Youth
topic-women = Women
topic-professionals = Professionals
topic-students = Students
topic-faith = Faith
topic-sports = Sports
topic-advocacy = Advocacy
topic-humanitarian = Humanitarian
topic-development = Development
topic-arts = Arts
topic-technology = Technology
topic-families = Families
topic-seniors = Seniors
topic-legal_support = Legal and migration support

place-city-country = { $city }, { $country }
language-with-region = { $language } ({ $region })

directory-title = Find a diaspora group
directory-search = Search
directory-heritage = Heritage country
directory-residence = Country of residence
directory-any-country = Any country
directory-city = City
directory-language = Language spoken
directory-topic = Topic
directory-any-topic = Any topic
directory-submit = Search groups
directory-result-count = { $count ->
    [0] No groups found
    [one] { $count } group found
   *[other] { $count } groups found
}
directory-empty = Try fewer filters, or create the group you are looking for.
directory-next = Next page

country-page-title = Diaspora of { $country }
country-page-search = Search these groups with more filters

my-groups-title = My groups
my-groups-empty = You have not joined a group yet.
membership-pending = Request pending

role-owner = Owner
role-organizer = Organizer
role-member = Member

group-verified = Verified
group-heritage-short = Heritage: { $country }
group-member-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
group-showing-language = Shown in { $language }.
group-other-languages = Also available in:
group-heritage = Heritage country
group-based-in = Based in
group-languages = Languages spoken
group-topics = Topics
group-members = Members
group-website = Website
group-contact = Contact email
group-membership = Membership
group-login-to-join = Log in to join
group-you-are-removed = You have been removed from this group.
group-request-pending = Your request to join is waiting for an organizer.
group-withdraw-request = Withdraw my request
group-you-are-member = You are a member of this group.
group-see-members = See the members
group-leave = Leave this group
group-join-message = A message for the organizers (optional)
group-ask-to-join = Ask to join
group-join = Join this group
group-organizer-tools = Organizer tools
group-edit = Edit the group
group-manage-members = Manage members

members-title = Members
members-back = Back to the group
members-pending = Requests to join
members-no-pending = No requests waiting.
members-approve = Approve
members-reject = Decline
members-active = Members
members-promote = Make organizer
members-demote = Make member
members-remove = Remove from the group
members-make-owner = Hand ownership over

group-new-title = Create a group
group-edit-title = Edit the group
group-form-texts = Name and description
group-form-texts-hint = Write the name and description in at least one language. Add more languages in the other slots; leave a slot empty to skip it.
group-primary-language = Main language of the group
field-language-code-hint = The language's name, for example French, Arabic or Wolof.
group-form-translation = Language { $number }
group-translation-language = Language
group-name = Name
group-description = Description
group-form-where = Where and who
group-residence-country = Country where the group is based
group-no-country = Not set
group-city = City
group-visibility = Who can see the group
visibility-public = Public
visibility-public-hint = listed in the directory, visible to everyone.
visibility-unlisted = Unlisted
visibility-unlisted-hint = not listed; anyone with the link can see it.
visibility-private = Private
visibility-private-hint = only members can see it.
group-join-policy = How people join
join-policy-open = Anyone can join at once
join-policy-approval = An organizer approves each request
group-form-contact = Contact and address
group-slug = Web address
group-slug-hint = Lowercase letters, digits and hyphens. Left empty, it is made from the name.
group-save = Save the group
group-create = Create the group
group-delete-warning = Deleting the group removes it and its memberships for good.
group-delete = Delete the group
directory-any-language = Any language

members-invite = Invite people
invitations-title = Invitations
invitations-intro = Make a link to share, or send one to an email address. Whoever opens a working link can join at once, without waiting for approval.
invitations-intro-private = This group is private: people who are not members cannot see it or ask to join. Make a link to share, or send one to an email address. Whoever opens a working link sees the group’s name and description, and can join.
invitations-lifetime = The link works for
invitation-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
invitations-max-uses = How many people can join with it
invitations-max-uses-hint = Leave empty for no limit. A link sent to an email address works once unless you give a number.
invitations-email = Send it to an email address (optional)
invitations-email-hint = A member with this address is told in the app; anyone else gets an email to create an account and join.
invitations-create = Make the invitation
invitations-sent = Invitation sent to { $email }.
invitations-new-link = The invitation link
invitations-new-link-once = Copy it now: only a fingerprint of it is kept, so it is shown this once.
invitations-list = All invitations
invitations-none = No invitations yet.
invitations-link = Link to share
invitations-revoke = Revoke
invitation-status-active = Working
invitation-status-expired = Expired
invitation-status-revoked = Revoked
invitation-status-used-up = Used up
invitation-expires = until { $date }
invitation-uses-left = { $count ->
    [one] { $count } use left
   *[other] { $count } uses left
}
invitation-uses-unlimited = no limit on uses
invitation-title = Invitation to join { $group }
invitation-lead = You are invited to join
invitation-join = Join the group
invitation-already-member = You are already a member of this group.
invitation-go-to-group = Go to the group
invitation-removed = You were removed from this group, so this invitation does not let you back in.
invitation-account-needed = To join, create an account or log in. You will come back to this page.
invitation-register = Create an account
invitation-login = Log in
filter-local-only = Only listings published on this site (leave out partner hubs)
