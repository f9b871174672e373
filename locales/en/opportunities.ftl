# Opportunities: ways to contribute, expressions of interest and matches.

nav-opportunities = Opportunities
nav-my-matches = Matches for me

opportunity-kind-volunteering = Volunteering
opportunity-kind-mentoring = Mentoring
opportunity-kind-skills_transfer = Skills transfer
opportunity-kind-investment = Investment
opportunity-kind-grant = Grant
opportunity-kind-job = Job
opportunity-kind-training = Training
opportunity-kind-consultation = Consultation

opportunities-title = Opportunities to contribute
opportunities-intro = Volunteering, mentoring, skills transfer, investment, grants, jobs, training and consultations published by diaspora groups.
opportunities-any-kind = Any kind
opportunities-submit = Find opportunities
opportunities-open = Open now
opportunities-empty = No open opportunities match.
opportunity-remote-filter = Remote or on site
opportunity-remote-any = Either
opportunity-remote-only = Remote only
opportunity-on-site-only = On site only
opportunity-skill = Skill

opportunity-kind = Kind
opportunity-heritage = For the country
opportunity-country = Country where it takes place
opportunity-where = Where
opportunity-remote = Remote
opportunity-place-or-remote = { $place }, or remote
opportunity-commitment = Time commitment
opportunity-compensation = Compensation
opportunity-skills = Skills sought
opportunity-languages = Languages
opportunity-expiry = Closing date
opportunity-open-until = Open until { $date }
opportunity-open-until-zone = Open until { $date } (to the end of that day, { $zone } time)
opportunity-status-closed = Closed
opportunity-status-filled = Filled
opportunity-status-expired = Expired
opportunity-no-longer-taking = It no longer takes people.
listing-also-in = Also in:

opportunity-take-part = How to take part
opportunity-apply-external = Apply on the organizers' site
interest-message = Message to the organizers (optional)
interest-message-hint = Say what you can offer and when. The organizers see your name, skills and languages.
interest-express = I am interested
interest-login = Log in to express interest
interest-sent-on = You expressed interest on { $date }.
interest-withdraw = Withdraw my interest
interest-list-title = Interested members
interest-new-badge = New
interest-new-title = New interest in your opportunities
interest-new-count = { $count ->
    [one] One new person interested
   *[other] { $count } new people interested
}
interest-none = Nobody has expressed interest yet.

opportunity-edit = Edit the opportunity
opportunity-close = Close
opportunity-mark-filled = Mark as filled
opportunity-reopen = Reopen
opportunity-delete = Delete the opportunity

opportunity-new-title = Publish an opportunity
opportunity-edit-title = Edit the opportunity
opportunity-form-what = What it is
opportunity-form-where = For whom and where
opportunity-choose-kind = Choose a kind
opportunity-title-field = Title
opportunity-skills-hint = Skills separated by commas, for example accounting, web development.
opportunity-commitment-hint = For example: 2 hours a week for 3 months.
opportunity-compensation-hint = Pay, stipend or expenses covered, if any.
opportunity-remote-field = Can be done remotely
opportunity-accepts-interest = Members can express interest here
opportunity-apply-url = Link to apply elsewhere
opportunity-apply-url-hint = An address starting with https://
opportunity-expires-field = Open until
opportunity-expires-hint = The last day it takes people, at most one year from today.
opportunity-timezone-hint = The open-until date ends at midnight in this time zone.
opportunity-publish = Publish
opportunity-save = Save the opportunity

group-opportunities = Opportunities to contribute
group-no-opportunities = No open opportunities yet.
group-all-opportunities = All opportunities

my-interests-title = My interests
my-interests-empty = You have not expressed interest in any opportunity yet.

matches-title = Matches for me
matches-intro = Open opportunities ranked by your skills, languages, heritage country and where you live.
matches-edit-profile = Update my profile
matches-profile-empty = Add your skills, languages, heritage country or country of residence to your profile to see matches.
matches-empty = No open opportunity matches your profile yet.
match-why = Why:
match-reason-skill = skill: { $value }
match-reason-language = speaks { $value }
match-reason-heritage = heritage: { $value }
match-reason-residence_country = in { $value }, where you live
match-reason-residence_city = in { $value }, your city
match-reason-remote = can be done remotely

feed-opportunities-name = diaspora-hub opportunities
