#!/usr/bin/env python3
"""A burst of concurrent correct logins, for `bench/run`: registers ACCOUNTS accounts once (the
server must allow that many registrations and logins from one address), then, when told to,
sends one login for each at the same instant and prints how long the burst took.

    python3 bench/login_burst.py http://127.0.0.1:8090 register
    python3 bench/login_burst.py http://127.0.0.1:8090 burst
"""

import json
import sys
import threading
import time
import urllib.error
import urllib.request

ACCOUNTS = 50
PASSWORD = "a long bench password 15"


def post(base, path, body):
    request = urllib.request.Request(base + path, data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def email(number):
    return f"burst-{number}@bench.invalid"


def main():
    base, action = sys.argv[1].rstrip("/"), sys.argv[2]
    if action == "register":
        statuses = [post(base, "/api/v1/auth/register",
                         {"email": email(n), "password": PASSWORD, "display_name": f"Burst {n}"})
                    for n in range(ACCOUNTS)]
        # 201 when new, 409 when a previous run made it already.
        assert all(status in (201, 409) for status in statuses), statuses
        return
    start = threading.Barrier(ACCOUNTS)
    statuses = [None] * ACCOUNTS

    def login(number):
        start.wait()
        statuses[number] = post(base, "/api/v1/auth/login", {"email": email(number), "password": PASSWORD})

    threads = [threading.Thread(target=login, args=(n,)) for n in range(ACCOUNTS)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    took = time.monotonic() - began
    ok = sum(1 for status in statuses if status == 200)
    print(f"BURST logins={ACCOUNTS} ok={ok} seconds={took:.2f}")


if __name__ == "__main__":
    main()
