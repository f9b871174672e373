# Interface text: layout, home page and account pages.

site-name = diaspora-hub
skip-to-content = Skip to main content
nav-main-label = Main navigation
nav-home = Home
nav-profile = My profile
nav-moderation = Moderation
nav-logout = Log out
nav-signed-in-as = Signed in as { $name }
nav-login = Log in
nav-register = Create an account
language-switcher-label = Language
footer-tagline = An open community network for diaspora communities.
footer-api-docs = API documentation
form-has-errors = Please correct the following:
error-back-home = Back to the home page

# Each language's name in that language; the same in every locale.
language-autonym-en = English
language-autonym-fr = Français
language-autonym-es = Español
language-autonym-ar = العربية
language-autonym-zh = 中文
language-autonym-ru = Русский
language-autonym-pt = Português

home-heading = Your community, wherever you live
home-lead = Find diaspora groups, events and ways to give back, in your language.
home-cta-register = Join diaspora-hub
home-cta-login = Log in
home-features-heading = What you can do here
home-feature-groups-title = Find your people
home-feature-groups-text = Search groups by heritage country, where you live, language and topic.
home-feature-events-title = Meet up
home-feature-events-text = In person, online or both, shown in your time zone.
home-feature-opportunities-title = Give back
home-feature-opportunities-text = Volunteering, mentoring, skills transfer, investment, jobs and training.
home-feature-languages-title = In your language
home-feature-languages-text = The site and its listings speak several languages, right to left included.

register-title = Create an account
register-submit = Create my account
register-have-account = Already have an account?

login-title = Log in
login-submit = Log in
login-no-account = New here?

field-display-name = Your name
field-email = Email address
field-password = Password
field-password-hint = At least 10 characters. Avoid common passwords.
field-locale = Interface language
field-timezone = Time zone
field-timezone-hint = Times are shown to you in this zone. The zones of your country come first.
field-heritage-country = Country of heritage
field-residence-country = Country where you live
field-country-hint = Two-letter country code, for example SN or FR.
field-residence-city = City where you live
field-languages = Languages you speak
field-languages-hint = Separated by commas, for example French, Wolof.
field-skills = Skills you can share
field-skills-hint = Separated by commas, for example accounting, web development.
field-current-password = Current password
field-new-password = New password

profile-title = My profile
profile-saved = Your profile has been saved.
profile-email = Signed in with { $email }
profile-submit = Save my profile
profile-account-heading = My account
profile-export = Download my data (JSON)

password-title = Change my password
password-explanation = After the change, every other device where you are logged in is logged out.
password-submit = Change my password
password-changed = Your password has been changed. Other devices have been logged out.

delete-title = Delete my account
delete-warning = This removes your account and your personal data for good. It cannot be undone.
delete-submit = Delete my account for good
deleted-title = Your account has been deleted
deleted-text = Your personal data has been removed. Thank you for being part of the community.
meta-home = Find diaspora groups, events and ways to contribute, near you and back home, in your language.
meta-groups = Diaspora groups by heritage country, where members live, language and topic.
meta-events = Upcoming events of diaspora groups: in person, online and hybrid, in your time zone.
meta-opportunities = Volunteering, mentoring, skills transfer, investment, grants, jobs and training offered by diaspora groups.
meta-country = Diaspora groups and events connected with { $country }.
field-timezone-choose = Choose a time zone
welcome-new-member = Welcome, { $name }! Your account is ready.
filters-more = More filters
filters-apply = Apply filters
home-member-heading = Your page
home-my-events = Your next events
home-my-events-empty = You have not replied to any upcoming event yet.
home-group-events = Coming up in your groups
home-group-events-empty = Nothing planned in your groups yet. Join groups to hear about their events.
home-group-opportunities = Your groups are looking for
home-matches = Opportunities for you
home-matches-profile = Say where you are from, where you live, your languages and skills to see opportunities that match you.
home-matches-empty = No open opportunity matches your profile right now.
home-see-all = See all
nav-account-menu = My account
nav-account-label = Your account
tags-remove = Remove {"{"}name{"}"}
# Between items of a list (languages, skills, days): keep the space where the language has one.
list-separator = {", "}
