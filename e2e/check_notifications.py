#!/usr/bin/env python3
"""What members hear about, as their mail programs receive it.

A real SMTP server (aiosmtpd) receives what the running service sends and Python's `email`
package reads it. Each kind of notification the service sends on its own reaches its member
in the app and by mail, in the member's language: an organizer writing Chinese, a member
writing Arabic, another writing Russian. The mails carry RFC 8058 one-click unsubscribe
headers; a POST to the link (without a login) stops that kind of mail, and only that kind, while
the notices still arrive in the app. The reminder carries the event as text/calendar.

Starts the debug binary (build it first with `cargo build`). Requirements: e2e/requirements.txt.
"""

import datetime
import re
import sys
import urllib.parse
import urllib.request

from aiosmtpd.controller import Controller

from check_mail import Mailbox, parts
from hub import call, free_port, running_hub

PASSWORD = "teranga-lyon-2027"
ARABIC, HAN, CYRILLIC = "[\u0600-\u06ff]", "[\u4e00-\u9fff]", "[\u0400-\u04ff]"
results = {"passed": 0, "failed": 0}


def check(name, condition, detail=""):
    if condition:
        results["passed"] += 1
        print(f"ok - {name}")
    else:
        results["failed"] += 1
        print(f"not ok - {name} {detail}")


def member(base, email, name, locale, timezone):
    call(base, "POST", "/api/v1/auth/register",
         {"email": email, "password": PASSWORD, "display_name": name, "locale": locale})
    token = call(base, "POST", "/api/v1/auth/login", {"email": email, "password": PASSWORD})["token"]
    call(base, "PATCH", "/api/v1/me", {"timezone": timezone}, token)
    return token


def notices(mailbox, recipient, count=1, seconds=60):
    """The notification mails (those with an unsubscribe link) that reached `recipient`."""
    # Each member also got one address-verification mail, which has no unsubscribe link.
    messages = mailbox.wait_for(recipient, count=count + 1, seconds=seconds)
    return [message for message in messages if message["List-Unsubscribe"]]


def kinds(base, token):
    return [item["kind"] for item in call(base, "GET", "/api/v1/me/notifications", token=token)["items"]]


def check_kind(mailbox, base, token, recipient, kind, script, count, language):
    mails = notices(mailbox, recipient, count)
    latest = mails[count - 1] if len(mails) >= count else None
    check(f"{kind}: the mail reaches {recipient}", latest is not None, len(mails))
    if latest is None:
        return None
    subject = str(latest["Subject"])
    check(f"{kind}: the subject is in {language}", re.search(script, subject) is not None, subject)
    text, html = parts(latest)
    check(f"{kind}: plain text and HTML", bool(text) and bool(html))
    check(f"{kind}: one-click unsubscribe headers",
          latest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
          and "/unsubscribe?token=" in latest["List-Unsubscribe"], latest["List-Unsubscribe"])
    check(f"{kind}: the notice is in the app too", kind in kinds(base, token), kinds(base, token))
    return latest


def one_click(link):
    request = urllib.request.Request(link, method="POST", data=b"List-Unsubscribe=One-Click")
    request.add_header("Content-Type", "application/x-www-form-urlencoded")
    with urllib.request.urlopen(request) as response:
        return response.status


def main():
    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with running_hub(APP_SMTP_URL=f"smtp://127.0.0.1:{port}?tls=none",
                         APP_MAIL_FROM="Diaspora Hub <no-reply@hub.test>") as (base, _):
            run(base, mailbox)
    finally:
        controller.stop()
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


def run(base, mailbox):
    li = member(base, "li@example.org", "李娜", "zh", "Asia/Shanghai")
    amina = member(base, "amina@example.org", "أمينة", "ar", "Asia/Riyadh")
    olga = member(base, "olga@example.org", "Ольга", "ru", "Europe/Moscow")
    call(base, "POST", "/api/v1/groups", {
        "primary_language": "fr",
        "translations": {"fr": {"name": "Teranga Lyon", "description": "Entraide et culture."}},
        "heritage_country": "SN", "residence_country": "FR", "city": "Lyon", "languages": ["fr"],
        "topics": ["culture"], "visibility": "public", "join_policy": "approval"}, li)
    amina_id = call(base, "GET", "/api/v1/me", token=amina)["id"]

    call(base, "POST", "/api/v1/groups/teranga-lyon/join", {}, amina)
    request = check_kind(mailbox, base, li, "li@example.org", "join_request", HAN, 1, "Chinese")
    call(base, "POST", f"/api/v1/groups/teranga-lyon/members/{amina_id}/approve", {}, li)
    check_kind(mailbox, base, amina, "amina@example.org", "membership_decision", ARABIC, 1, "Arabic")
    call(base, "POST", f"/api/v1/groups/teranga-lyon/members/{amina_id}/promote", {}, li)
    check_kind(mailbox, base, amina, "amina@example.org", "role_changed", ARABIC, 2, "Arabic")

    start = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0) + datetime.timedelta(hours=5)
    when = lambda moment: moment.strftime("%Y-%m-%dT%H:%M:00")
    event_body = {
        "primary_language": "fr",
        "translations": {"fr": {"title": "Soirée teranga", "description": "Repas partagé."}},
        "starts_at": when(start), "ends_at": when(start + datetime.timedelta(hours=2)), "timezone": "UTC",
        "attendance_mode": "in_person", "venue": {"name": "Maison des associations", "city": "Lyon", "country": "FR"},
        "capacity": 1}
    event = call(base, "POST", "/api/v1/groups/teranga-lyon/events", event_body, li)
    call(base, "POST", f"/api/v1/events/{event['id']}/rsvp", {"status": "going"}, olga)
    call(base, "POST", f"/api/v1/events/{event['id']}/rsvp", {"status": "going"}, amina)
    call(base, "POST", f"/api/v1/events/{event['id']}/rsvp", {"status": "not_going"}, olga)
    promoted = check_kind(mailbox, base, amina, "amina@example.org", "waitlist_promoted", ARABIC, 3, "Arabic")
    if promoted is not None:
        text = parts(promoted)[0]
        check("waitlist_promoted: the time is in her zone", "Asia/Riyadh" in text, text)

    # The scheduler runs every 20 s: the reminder for an event five hours ahead comes on its own.
    reminder = check_kind(mailbox, base, amina, "amina@example.org", "event_reminder", ARABIC, 4, "Arabic")
    if reminder is not None:
        attached = [part for part in reminder.walk() if part.get_content_type() == "text/calendar"]
        check("event_reminder: the event is attached as iCalendar",
              len(attached) == 1 and "BEGIN:VEVENT" in attached[0].get_content(), len(attached))

    event_body["starts_at"] = when(start + datetime.timedelta(days=2))
    event_body["ends_at"] = when(start + datetime.timedelta(days=2, hours=2))
    call(base, "PATCH", f"/api/v1/events/{event['id']}", event_body, li)
    check_kind(mailbox, base, amina, "amina@example.org", "event_changed", ARABIC, 5, "Arabic")
    call(base, "POST", f"/api/v1/events/{event['id']}/cancel", {}, li)
    check_kind(mailbox, base, amina, "amina@example.org", "event_cancelled", ARABIC, 6, "Arabic")

    opportunity = call(base, "POST", "/api/v1/groups/teranga-lyon/opportunities", {
        "kind": "mentoring", "primary_language": "fr",
        "translations": {"fr": {"title": "Parrainer de jeunes comptables", "description": "Deux heures par semaine."}},
        "remote": True, "skills": ["Accounting"], "languages": ["fr"],
        "expires_at": (datetime.date.today() + datetime.timedelta(days=30)).isoformat()}, li)
    call(base, "POST", f"/api/v1/opportunities/{opportunity['id']}/interest", {"message": "Я могу помочь."}, olga)
    check_kind(mailbox, base, li, "li@example.org", "new_interest", HAN, 2, "Chinese")

    # One click in Li's join-request mail: no login, no cookie.
    if request is not None:
        link = request["List-Unsubscribe"].strip("<>")
        check("one-click unsubscribe answers 200", one_click(link) == 200)
        settings = call(base, "GET", "/api/v1/me/notifications/settings", token=li)
        check("only join_request mail is off",
              settings["join_request"] == "in_app" and settings["new_interest"] == "mail", settings)
        call(base, "POST", "/api/v1/groups/teranga-lyon/join", {}, olga)
        check("the new request is still in the app", kinds(base, li).count("join_request") == 2, kinds(base, li))
        later = notices(mailbox, "li@example.org", 3, seconds=8)
        check("and no mail about it", len(later) == 2, len(later))


if __name__ == "__main__":
    sys.exit(main())
