#!/usr/bin/env python3
"""Reads diaspora-hub's mail as a mail program would.

A real SMTP server (aiosmtpd) receives what the running service sends, and Python's `email`
package parses it: headers, the plain-text and HTML parts, encoded subjects in Arabic and
Russian, the recipient alone in the headers, no images; the password-reset link works once.
A second run without an SMTP server finds the same mail as an .eml file under mail/.

Starts the debug binary (build it first with `cargo build`). Requirements: e2e/requirements.txt.
"""

import email
import email.policy
import glob
import os
import re
import sys
import time
import urllib.error

from aiosmtpd.controller import Controller

from hub import call, free_port, running_hub

PASSWORD = "teranga-lyon-2027"
results = {"passed": 0, "failed": 0}


def check(name, condition, detail=""):
    if condition:
        results["passed"] += 1
        print(f"ok - {name}")
    else:
        results["failed"] += 1
        print(f"not ok - {name} {detail}")


class Mailbox:
    """Keeps every message the SMTP server accepts."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, email.message_from_bytes(envelope.content, policy=email.policy.default)))
        return "250 Message accepted"

    def wait_for(self, recipient, count=1, seconds=30):
        deadline = time.time() + seconds
        while time.time() < deadline:
            found = [message for rcpt, message in self.messages if recipient in rcpt]
            if len(found) >= count:
                return found
            time.sleep(0.2)
        return [message for rcpt, message in self.messages if recipient in rcpt]


def parts(message):
    """The plain-text and HTML parts of a multipart/alternative message."""
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    return (text.get_content() if text else ""), (html.get_content() if html else "")


def link(text, path):
    match = re.search(re.escape(path) + r"\?token=([0-9a-f]{64})", text)
    return match.group(1) if match else None


def check_smtp():
    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with running_hub(APP_SMTP_URL=f"smtp://127.0.0.1:{port}?tls=none",
                         APP_MAIL_FROM="Diaspora Hub <no-reply@hub.test>") as (base, _):
            call(base, "POST", "/api/v1/auth/register",
                 {"email": "amina@example.org", "password": PASSWORD, "display_name": "أمينة", "locale": "ar"})
            call(base, "POST", "/api/v1/auth/register",
                 {"email": "olga@example.org", "password": PASSWORD, "display_name": "Ольга", "locale": "ru"})
            arabic = mailbox.wait_for("amina@example.org")
            check("the verification mail reaches the SMTP server", len(arabic) == 1, len(arabic))
            if arabic:
                message = arabic[0]
                check("multipart/alternative", message.get_content_type() == "multipart/alternative",
                      message.get_content_type())
                text, html = parts(message)
                check("a plain-text part and an HTML part", bool(text) and bool(html))
                subject = str(message["Subject"])
                check("the subject decodes to Arabic", re.search("[\u0600-\u06ff]", subject) is not None, subject)
                check("From is the configured sender", message["From"].addresses[0].addr_spec == "no-reply@hub.test",
                      message["From"])
                check("To holds the member alone", [a.addr_spec for a in message["To"].addresses] == ["amina@example.org"],
                      message["To"])
                check("no Cc or Bcc", message["Cc"] is None and message["Bcc"] is None)
                check("a Message-ID", bool(message["Message-ID"]) and "@" in message["Message-ID"])
                check("Content-Language is ar", message["Content-Language"] == "ar", message["Content-Language"])
                check("the HTML part runs right to left", 'dir="rtl"' in html)
                check("no images, no tracking", "<img" not in html.lower())
                check("the link is in both parts", link(text, "/verify-email") and link(html, "/verify-email"))
                token = link(text, "/verify-email")
                call(base, "POST", "/api/v1/auth/verify-email", {"token": token})
                login = call(base, "POST", "/api/v1/auth/login", {"email": "amina@example.org", "password": PASSWORD})
                check("the link verified the address", login["user"]["email_verified"] is True)

            call(base, "POST", "/api/v1/auth/password-reset", {"email": "olga@example.org"})
            call(base, "POST", "/api/v1/auth/password-reset", {"email": "nobody@example.org"})
            olga = mailbox.wait_for("olga@example.org", count=2)
            resets = [m for m in olga if link(parts(m)[0], "/reset-password")]
            check("the reset mail arrives", len(resets) == 1, len(olga))
            check("no mail for an address without an account", not mailbox.wait_for("nobody@example.org", seconds=3))
            if resets:
                subject = str(resets[0]["Subject"])
                check("the reset mail is in the account's language (Russian)", re.search("[\u0400-\u04ff]", subject) is not None, subject)
                token = link(parts(resets[0])[0], "/reset-password")
                call(base, "POST", "/api/v1/auth/password-reset/confirm", {"token": token, "password": "a-brand-new-passphrase"})
                try:
                    call(base, "POST", "/api/v1/auth/password-reset/confirm", {"token": token, "password": "another-passphrase-2"})
                    check("the reset link works once", False)
                except urllib.error.HTTPError as error:
                    check("the reset link works once", error.code == 422, error.code)
                login = call(base, "POST", "/api/v1/auth/login", {"email": "olga@example.org", "password": "a-brand-new-passphrase"})
                check("the new password signs in", bool(login.get("token")))
    finally:
        controller.stop()


def check_files():
    """Without an SMTP server, mail lands as .eml files next to the SQLite database."""
    with running_hub() as (base, env):
        call(base, "POST", "/api/v1/auth/register", {"email": "awa@example.org", "password": PASSWORD, "display_name": "Awa"})
        call(base, "POST", "/api/v1/auth/password-reset", {"email": "awa@example.org"})
        directory = os.path.join(os.path.dirname(env["DATABASE_URL"].removeprefix("sqlite://")), "mail")
        deadline, files = time.time() + 30, []
        while time.time() < deadline and len(files) < 2:
            files = sorted(glob.glob(os.path.join(directory, "*.eml")))
            time.sleep(0.2)
        check("two .eml files under mail/ next to the database", len(files) == 2, files)
        subjects = []
        for path in files:
            with open(path, "rb") as handle:
                subjects.append(str(email.message_from_binary_file(handle, policy=email.policy.default)["Subject"]))
        check("the files are whole mails", all(subjects), subjects)


def main():
    check_smtp()
    check_files()
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
