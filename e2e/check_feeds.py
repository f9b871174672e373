#!/usr/bin/env python3
"""Parses diaspora-hub's calendar and Atom feeds with third-party libraries (icalendar,
recurring-ical-events, feedparser) and checks that times, recurrence, exceptions and
cancellation survive the trip, and that the opportunities feed applies its filters.

Starts the debug binary (build it first with `cargo build`) on a free port with a throwaway
SQLite database, creates events through the API, then reads the feeds like a calendar app.
Requirements: e2e/requirements.txt.
"""

import datetime
import sys
import zoneinfo

import feedparser
import icalendar
import recurring_ical_events

from hub import call, running_hub

PASSWORD = "teranga-lyon-2027"
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
UTC = datetime.timezone.utc
results = {"passed": 0, "failed": 0}


def check(name, condition, detail=""):
    if condition:
        results["passed"] += 1
        print(f"ok - {name}")
    else:
        results["failed"] += 1
        print(f"not ok - {name} {detail}")


def main():
    with running_hub() as (base, _):
        run(base)
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


def run(base):
    call(base, "POST", "/api/v1/auth/register", {"email": "organizer@example.org", "password": PASSWORD, "display_name": "Organizer"})
    token = call(base, "POST", "/api/v1/auth/login", {"email": "organizer@example.org", "password": PASSWORD})["token"]
    call(base, "POST", "/api/v1/groups", {
        "primary_language": "fr", "translations": {"fr": {"name": "Teranga Lyon", "description": "Entraide."}},
        "heritage_country": "SN", "residence_country": "FR", "city": "Lyon",
    }, token)
    weekly = call(base, "POST", "/api/v1/groups/teranga-lyon/events", {
        "primary_language": "fr",
        "translations": {"fr": {"title": "Cours de wolof", "description": "Chaque mardi; apportez un cahier, merci."},
                         "en": {"title": "Wolof class", "description": "Every Tuesday."}},
        "starts_at": "2027-03-16T18:00", "ends_at": "2027-03-16T20:00", "timezone": "Europe/Paris",
        "recurrence": "FREQ=WEEKLY;COUNT=5", "cancelled_occurrences": ["2027-03-30T18:00"],
        "attendance_mode": "in_person", "venue": {"name": "Salle 3", "city": "Lyon", "country": "FR"},
    }, token)
    cancelled = call(base, "POST", "/api/v1/groups/teranga-lyon/events", {
        "primary_language": "fr", "translations": {"fr": {"title": "Fête annulée", "description": ""}},
        "starts_at": "2027-06-21T19:00", "timezone": "Europe/Paris", "attendance_mode": "in_person",
    }, token)
    call(base, "POST", f"/api/v1/events/{cancelled['id']}/cancel", None, token)
    all_day = call(base, "POST", "/api/v1/groups/teranga-lyon/events", {
        "primary_language": "fr", "translations": {"fr": {"title": "Journée portes ouvertes", "description": ""}},
        "starts_at": "2027-05-08", "ends_at": "2027-05-09", "timezone": "Europe/Paris", "all_day": True, "attendance_mode": "in_person",
    }, token)

    calendar = icalendar.Calendar.from_ical(call(base, "GET", "/groups/teranga-lyon/events.ics?lang=en"))
    events = {str(component["UID"]).split("@")[0]: component for component in calendar.walk("VEVENT")}
    check("the group feed has three events", len(events) == 3, list(events))
    check("the feed carries a VTIMEZONE for Europe/Paris",
          any(str(tz["TZID"]) == "Europe/Paris" for tz in calendar.walk("VTIMEZONE")))
    first = events[weekly["id"]]
    check("DTSTART keeps its wall time and zone", first.decoded("DTSTART") == datetime.datetime(2027, 3, 16, 18, 0, tzinfo=PARIS),
          first.decoded("DTSTART"))
    check("SEQUENCE is the version", int(first["SEQUENCE"]) == weekly["version"])
    check("the English title was chosen with ?lang=en", str(first["SUMMARY"]) == "Wolof class", first["SUMMARY"])
    occurrences = recurring_ical_events.of(calendar).between(datetime.date(2027, 3, 1), datetime.date(2027, 5, 1))
    weekly_starts = sorted(o.decoded("DTSTART").astimezone(UTC) for o in occurrences if str(o["UID"]).startswith(weekly["id"]))
    expected = [datetime.datetime(2027, 3, 16, 17, tzinfo=UTC), datetime.datetime(2027, 3, 23, 17, tzinfo=UTC),
                datetime.datetime(2027, 4, 6, 16, tzinfo=UTC), datetime.datetime(2027, 4, 13, 16, tzinfo=UTC)]
    check("recurrence expands to 18:00 Paris time across the clock change, without the cancelled date",
          weekly_starts == expected, weekly_starts)
    api_starts = [item["starts_at"] for item in call(base, "GET", "/api/v1/events?from=2027-03-01&to=2027-04-30")["items"]
                  if item["id"] == weekly["id"]]
    check("the API lists the same occurrences as the calendar",
          [datetime.datetime.fromisoformat(start).astimezone(UTC) for start in api_starts] == expected, api_starts)
    check("a cancelled event is STATUS:CANCELLED", str(events[cancelled["id"]]["STATUS"]) == "CANCELLED")
    day = events[all_day["id"]]
    check("an all-day event is a DATE", day.decoded("DTSTART") == datetime.date(2027, 5, 8), day.decoded("DTSTART"))
    check("text with ; and , survives escaping",
          str(icalendar.Calendar.from_ical(call(base, "GET", f"/events/{weekly['id']}.ics?lang=fr")).walk("VEVENT")[0]["DESCRIPTION"])
          == "Chaque mardi; apportez un cahier, merci.")

    feed = feedparser.parse(call(base, "GET", "/feeds/events.atom?lang=fr"))
    check("the Atom feed parses", not feed.bozo, getattr(feed, "bozo_exception", ""))
    check("the Atom feed has the three events", len(feed.entries) == 3, len(feed.entries))
    check("Atom entries link to event pages", all(entry.link.startswith(base + "/events/") for entry in feed.entries))

    expires = (datetime.date.today() + datetime.timedelta(days=90)).isoformat()
    mentoring = call(base, "POST", "/api/v1/groups/teranga-lyon/opportunities", {
        "kind": "mentoring", "primary_language": "fr",
        "translations": {"fr": {"title": "Parrainer des comptables <juniors> & stagiaires", "description": "Deux heures par semaine."},
                         "en": {"title": "Mentor junior accountants", "description": "Two hours a week."}},
        "country": "SN", "remote": True, "skills": ["accounting"], "expires_at": expires,
    }, token)
    call(base, "POST", "/api/v1/groups/teranga-lyon/opportunities", {
        "kind": "volunteering", "primary_language": "fr",
        "translations": {"fr": {"title": "Bénévoles pour la fête", "description": "Accueil et cuisine."}},
        "country": "FR", "city": "Lyon", "expires_at": expires,
    }, token)
    closed = call(base, "POST", "/api/v1/groups/teranga-lyon/opportunities", {
        "kind": "mentoring", "primary_language": "fr",
        "translations": {"fr": {"title": "Déjà pourvu", "description": "Merci."}},
        "remote": True, "expires_at": expires,
    }, token)
    call(base, "PATCH", f"/api/v1/opportunities/{closed['id']}", {"status": "filled"}, token)
    opportunities = feedparser.parse(call(base, "GET", "/feeds/opportunities.atom?lang=fr&kind=mentoring"))
    check("the opportunities Atom feed parses", not opportunities.bozo, getattr(opportunities, "bozo_exception", ""))
    check("the kind filter and the open-only rule apply: one mentoring entry",
          [entry.link for entry in opportunities.entries] == [f"{base}/opportunities/{mentoring['id']}"],
          [entry.link for entry in opportunities.entries])
    check("markup in titles survives escaping",
          opportunities.entries and opportunities.entries[0].title.startswith("Parrainer des comptables <juniors> & stagiaires"),
          opportunities.entries and opportunities.entries[0].title)
    check("each entry says its language", opportunities.entries and opportunities.entries[0].get("language") in ("fr", None)
          and 'xml:lang="fr"' in call(base, "GET", "/feeds/opportunities.atom?lang=fr&kind=mentoring"))

    check_recurrence_rules(base, token)
    check_changed_dates(base, token)


def check_changed_dates(base, token):
    """One date of a series moved and another cancelled through the API: the calendar keeps one
    series with an override, and recurring-ical-events expands it to the dates the API lists."""
    from urllib.parse import quote
    call(base, "POST", "/api/v1/groups", {
        "primary_language": "fr", "translations": {"fr": {"name": "Mardis Lyon", "description": "Chaque mardi."}},
        "heritage_country": "SN", "residence_country": "FR", "city": "Lyon",
    }, token)
    event = call(base, "POST", "/api/v1/groups/mardis-lyon/events", {
        "primary_language": "fr", "translations": {"fr": {"title": "Causerie", "description": ""}},
        "starts_at": "2027-03-02T18:00", "ends_at": "2027-03-02T20:00", "timezone": "Europe/Paris",
        "recurrence": "FREQ=WEEKLY;BYDAY=TU;COUNT=4", "attendance_mode": "in_person",
    }, token)
    path = f"/api/v1/events/{event['id']}/occurrences/"
    call(base, "PATCH", path + quote("2027-03-09T18:00:00+01:00"), {"starts_at": "2027-03-10T19:30"}, token)
    call(base, "PATCH", path + quote("2027-03-16T18:00:00+01:00"), {"status": "cancelled"}, token)
    text = call(base, "GET", f"/events/{event['id']}.ics")
    calendar = icalendar.Calendar.from_ical(text)
    check("a moved date is one more VEVENT of the same series, with RECURRENCE-ID",
          len(calendar.walk("VEVENT")) == 2 and sum("RECURRENCE-ID" in c for c in calendar.walk("VEVENT")) == 1, text)
    expanded = recurring_ical_events.of(calendar).between(datetime.date(2027, 1, 1), datetime.date(2028, 1, 1))
    theirs = sorted(o.decoded("DTSTART").astimezone(UTC) for o in expanded)
    expected = [datetime.datetime(2027, 3, 2, 17, tzinfo=UTC), datetime.datetime(2027, 3, 10, 18, 30, tzinfo=UTC),
                datetime.datetime(2027, 3, 23, 17, tzinfo=UTC)]
    check("a calendar app shows the moved date at its new time and not the cancelled one", theirs == expected,
          [t.isoformat() for t in theirs])
    ours = sorted(datetime.datetime.fromisoformat(item["starts_at"]).astimezone(UTC)
                  for item in call(base, "GET", "/api/v1/events?group=mardis-lyon&from=2027-01-01")["items"])
    check("the API lists the same dates as the calendar", ours == expected, [o.isoformat() for o in ours])


# (first start in Paris, rule): our listing and a calendar app must list the same dates.
RULES = [
    ("2027-03-01T18:00", "FREQ=DAILY;BYDAY=MO,WE,FR;COUNT=12"),
    ("2027-03-01T18:00", "FREQ=DAILY;UNTIL=20270310T160000Z"),
    ("2027-03-02T19:00", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10"),
    ("2027-01-29T12:00", "FREQ=MONTHLY;BYDAY=-1FR;COUNT=6"),
    ("2027-01-31T09:00", "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=6"),
    ("2027-08-13T20:00", "FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR;COUNT=3"),
    ("2027-01-31T10:00", "FREQ=MONTHLY;COUNT=6"),
]


def check_recurrence_rules(base, token):
    """Each rule's occurrences in the API listing equal python-dateutil's expansion of the
    event's own calendar, read by recurring-ical-events."""
    call(base, "POST", "/api/v1/groups", {
        "primary_language": "fr", "translations": {"fr": {"name": "Rules Lyon", "description": "Calendrier."}},
        "heritage_country": "SN", "residence_country": "FR", "city": "Lyon",
    }, token)
    for start, rule in RULES:
        event = call(base, "POST", "/api/v1/groups/rules-lyon/events", {
            "primary_language": "fr", "translations": {"fr": {"title": rule, "description": ""}},
            "starts_at": start, "timezone": "Europe/Paris", "recurrence": rule, "attendance_mode": "online",
        }, token)
        calendar = icalendar.Calendar.from_ical(call(base, "GET", f"/events/{event['id']}.ics"))
        expanded = recurring_ical_events.of(calendar).between(datetime.date(2026, 1, 1), datetime.date(2031, 1, 1))
        theirs = sorted(o.decoded("DTSTART").astimezone(UTC) for o in expanded)
        ours, cursor = [], None
        while True:
            page = call(base, "GET", "/api/v1/events?group=rules-lyon&from=2026-01-01&to=2030-12-31&limit=100"
                        + (f"&cursor={cursor}" if cursor else ""))
            ours += [datetime.datetime.fromisoformat(item["starts_at"]).astimezone(UTC)
                     for item in page["items"] if item["id"] == event["id"]]
            cursor = page.get("next_cursor")
            if not cursor:
                break
        check(f"{rule} lists the dates a calendar app shows", sorted(ours) == theirs and len(theirs) > 1,
              f"ours={[o.isoformat() for o in sorted(ours)]} theirs={[t.isoformat() for t in theirs]}")


if __name__ == "__main__":
    sys.exit(main())
