#!/usr/bin/env python3
"""Checks that the OpenAPI document is valid and true.

Valid: openapi-spec-validator reads /api/v1/openapi.json as OpenAPI 3.1 without an error.
True: schemathesis calls every operation of the member API (as a member who organizes a group
with an event and an opportunity) and of the partner API (with a key holding every scope), and
checks that each status code is documented, each response matches its schema, and that
requests the document allows are accepted (see e2e/schemathesis.toml for the exceptions).

Starts the debug binary (build it first with `cargo build`) on a free port with a throwaway
SQLite database. Requirements: e2e/requirements.txt.
"""

import datetime
import json
import os
import subprocess
import sys
import urllib.error
import urllib.request

from openapi_spec_validator import OpenAPIV31SpecValidator

from hub import BINARY, ROOT, call, running_hub

PASSWORD = "teranga-lyon-2027"


def seed(base):
    """A member who organizes a group with an event and an opportunity; returns their token."""
    call(base, "POST", "/api/v1/auth/register", {"email": "member@example.org", "password": PASSWORD, "display_name": "Member"})
    token = call(base, "POST", "/api/v1/auth/login", {"email": "member@example.org", "password": PASSWORD})["token"]
    call(base, "POST", "/api/v1/groups", {
        "primary_language": "fr", "translations": {"fr": {"name": "Teranga Lyon", "description": "Entraide."},
                                                    "en": {"name": "Teranga Lyon", "description": "Mutual help."}},
        "heritage_country": "SN", "residence_country": "FR", "city": "Lyon", "languages": ["fr", "wo"],
        "topics": ["culture"], "visibility": "public", "join_policy": "open",
    }, token)
    call(base, "POST", "/api/v1/groups/teranga-lyon/events", {
        "primary_language": "fr", "translations": {"fr": {"title": "Cours de wolof", "description": "Chaque mardi."}},
        "starts_at": "2027-03-16T18:00", "ends_at": "2027-03-16T20:00", "timezone": "Europe/Paris",
        "recurrence": "FREQ=WEEKLY;COUNT=5", "attendance_mode": "hybrid", "online_url": "https://meet.example.org/wolof",
        "venue": {"name": "Salle 3", "city": "Lyon", "country": "FR"}, "capacity": 20,
    }, token)
    expires = (datetime.date.today() + datetime.timedelta(days=90)).isoformat()
    call(base, "POST", "/api/v1/groups/teranga-lyon/opportunities", {
        "kind": "mentoring", "primary_language": "en",
        "translations": {"en": {"title": "Mentor accountants", "description": "Two hours a week."}},
        "country": "SN", "remote": True, "skills": ["accounting"], "languages": ["fr"], "expires_at": expires,
    }, token)
    return token


def main():
    # Generated requests re-check passwords and read the partner API many times a minute.
    with running_hub(APP_LOGIN_ATTEMPTS_PER_MINUTE="100000", APP_PARTNER_REQUESTS_PER_MINUTE="100000") as (base, env):
        return run(base, env)


def run(base, env):
    document = json.loads(urllib.request.urlopen(base + "/api/v1/openapi.json").read())
    errors = list(OpenAPIV31SpecValidator(document).iter_errors())
    for error in errors[:20]:
        print(f"not ok - the document is invalid: {error.message} at {list(error.path)}")
    if errors:
        return 1
    print(f"ok - the OpenAPI document is valid OpenAPI {document['openapi']} ({len(document['paths'])} paths)")
    federation = [path for path in document["paths"] if path.startswith("/federation/v1")]
    if len(federation) < 5:
        print(f"not ok - the partner API is documented: {federation}")
        return 1

    token = seed(base)
    key = subprocess.run([BINARY, "partners", "create", "--name", "Schemathesis",
                          "--scopes", "changes:read,groups:read,events:read,opportunities:read"],
                         env=env, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    result = subprocess.run(
        [sys.executable, "-m", "schemathesis.cli", "--config-file", os.path.join(ROOT, "e2e", "schemathesis.toml"),
         "run", f"{base}/api/v1/openapi.json", "--seed", "20261129"],
        cwd=os.path.join(ROOT, "e2e"), env=dict(os.environ, MEMBER_TOKEN=token, PARTNER_KEY=key))
    if result.returncode != 0:
        print("not ok - schemathesis found operations that do not behave as documented")
        return 1
    # A run whose credentials stopped working would test nothing but 401s.
    try:
        call(base, "GET", "/api/v1/me", token=token)
        call(base, "GET", "/federation/v1/changes", token=key)
    except urllib.error.HTTPError as error:
        print(f"not ok - a credential stopped working during the run ({error.code} on {error.url})")
        return 1
    print("ok - every operation behaves as documented")
    return 0


if __name__ == "__main__":
    sys.exit(main())
