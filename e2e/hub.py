"""Shared by the Python checks: start the debug binary on a free port with a throwaway SQLite
database, and call its JSON API."""

import contextlib
import json
import os
import socket
import subprocess
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.environ.get("DIASPORA_HUB_BIN", os.path.join(ROOT, "target", "debug", "diaspora-hub"))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def running_hub(**settings):
    """Serves on a fresh database until the block ends; yields (base URL, environment)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    directory = tempfile.mkdtemp(prefix="diaspora-hub-check-")
    # The checks publish several listings from accounts made a moment ago.
    env = dict(os.environ, DATABASE_URL=f"sqlite://{directory}/check.db", APP_BIND=f"127.0.0.1:{port}",
               APP_PUBLIC_URL=base, APP_NEW_ACCOUNT_HOURS="0", **settings)
    server = subprocess.Popen([BINARY, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "/readyz")
                break
            except OSError:
                time.sleep(0.2)
        yield base, env
    finally:
        server.terminate()
        server.wait(timeout=10)


def call(base, method, path, body=None, token=None):
    """Calls the API; returns parsed JSON (or the text of other answers); raises on an error."""
    request = urllib.request.Request(base + path, method=method)
    if body is not None:
        request.data = json.dumps(body).encode()
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request) as response:
        text = response.read().decode()
        return json.loads(text) if text and response.headers.get_content_type().endswith("json") else text
