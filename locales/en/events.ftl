# Events: listing, event pages, forms, RSVPs and calendar feeds.
# format-* are chrono strftime patterns (https://docs.rs/chrono/latest/chrono/format/strftime):
# keep the %-codes, reorder them and change the words around them for your language.

format-datetime = %A, %B %-d, %Y, %-I:%M %p
format-date = %A, %B %-d, %Y
format-time = %-I:%M %p

nav-events = Events
nav-my-events = My events

attendance-in_person = In person
attendance-online = Online
attendance-hybrid = In person and online

event-time-in-zone = { $time }, { $zone }
event-time-for-you = For you: { $time } ({ $zone })

events-title = Upcoming events
events-from = From
events-country = Country
events-attendance-mode = How to attend
events-any-mode = Any way
events-submit = Find events
events-upcoming = Upcoming
events-empty = No upcoming events match.

feed-calendar = Subscribe in your calendar (iCalendar)
feed-atom = News feed (Atom)
feed-add-to-calendar = Add to my calendar
feed-calendar-name = diaspora-hub events

my-events-title = My events
my-events-empty = You have not answered any upcoming event yet.

group-upcoming-events = Upcoming events
group-no-events = No upcoming events yet.

event-cancelled = Cancelled
event-cancelled-notice = This event has been cancelled by its organizers.
event-when = When
event-next-dates = Next dates
event-attendance = How to attend
event-where = Where
event-online-link = Online link
event-online-link-hint = Shown only to people who are going.
event-attendance-count = Attendance
event-going-count = { $count ->
    [one] { $count } person going
   *[other] { $count } people going
}
event-capacity = { $count ->
    [one] { $count } seat
   *[other] { $count } seats
}
event-waitlist-count = { $count ->
    [one] { $count } on the waitlist
   *[other] { $count } on the waitlist
}
event-rsvp = Are you going?
event-login-to-rsvp = Log in to answer
rsvp-going = I am going
rsvp-you-are-going = You are going.
rsvp-going-badge = Going
rsvp-waitlisted-position = The event is full. You are number { $position } on the waitlist; you will get a seat automatically if one frees up.
rsvp-withdraw = I can no longer come
event-edit = Edit the event
event-cancel = Cancel the event
event-delete = Delete the event
event-attendees = Attendees and waitlist
event-no-attendees = Nobody has answered yet.
event-waitlist-place = Waitlist: { $position }

event-new-title = Create an event
event-edit-title = Edit the event
event-form-texts = Title and description
event-title-field = Title
event-starts-at = Starts
event-ends-at = Ends
event-all-day = All day
event-recurrence = Custom rule for experts (iCalendar RRULE)
event-recurrence-hint = A rule such as FREQ=WEEKLY;BYDAY=TU;COUNT=10 (every Tuesday, ten times) or FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231 (the second Tuesday of each month until the end of 2027). Leave empty for a single event.
event-venue-name = Venue
event-venue-address = Address
event-venue-country = Country
event-capacity-field = Number of seats (optional)
event-capacity-hint = When the seats are taken, people join a waitlist in the order they answered.
event-create = Create the event
event-save = Save the event
events-to = Until
event-repeat = Repeats
event-repeat-none = Does not repeat
event-repeat-daily = Every day
event-repeat-weekly = Every week
event-repeat-monthly = Every month
event-repeat-custom = Custom rule (iCalendar)
event-repeat-interval = Every how many days, weeks or months (1 = every, 2 = every other)
event-repeat-days = On these days (weekly)
event-repeat-monthly-choice = Which day (monthly)
event-repeat-monthly-weekday = The same weekday as the first date, for example the second Tuesday
event-repeat-monthly-date = The same date as the first one, for example the 9th
event-repeat-ends = Ends
event-repeat-end-count = After a number of times
event-repeat-count = How many times in all
event-repeat-end-until = On a date
event-repeat-until = Last date
event-repeat-skipped = Skipped dates (optional)
event-repeat-skipped-hint = Dates without the event, separated by commas, for example 2027-04-06.
weekday-MO = Monday
weekday-TU = Tuesday
weekday-WE = Wednesday
weekday-TH = Thursday
weekday-FR = Friday
weekday-SA = Saturday
weekday-SU = Sunday
event-ends = Ends
rsvp-join-waitlist = Join the waitlist ({ $count } waiting)
rsvp-full-explained = The event is full. If someone cancels, the first person waiting gets the seat and a notification.
calendar-download-ics = Download (.ics)
calendar-google = Google Calendar
calendar-outlook = Outlook
event-hosted-by = Hosted by
event-series-all-dates = All dates
event-series-daily = { $interval ->
    [1] Every day
   *[other] Every { $interval } days
}
event-series-monthly = { $interval ->
    [1] Every month
   *[other] Every { $interval } months
}
event-series-weekly = { $interval ->
    [1] Every { $days }
    [2] Every other { $days }
   *[other] Every { $interval } weeks on { $days }
}
rsvp-per-date = Answer for each date, or for all of them at once.
rsvp-every-date = I am going to every date
rsvp-no-date = I can come to none of these dates
