#!/usr/bin/env python3
"""Writes the path lists `bench/run` loads: at least 200 distinct paths per hot path, so that
no cache of a few pages can stand in for the real work. Ids and slugs are read from the running
server's own API, so this works the same on SQLite and PostgreSQL.

    python3 bench/make_paths.py http://127.0.0.1:8090 /tmp/bench-paths
"""

import datetime
import json
import random
import sys
import urllib.request
from pathlib import Path

COUNTRIES = ["FR", "CA", "DE", "GB", "AE", "SN"]
HERITAGE = ["SN", "MA", "PH", "IN", "NG", "MX", "VN", "LB", "SY", "BR", "HT", "CN"]
RESIDENCE = ["FR", "CA", "US", "DE", "GB", "ES", "AE", "BE"]
KINDS = ["volunteering", "mentoring", "skills_transfer", "investment", "grant", "job", "training"]
LANGUAGES = ["fr", "en", "ar", "es", "pt", "wo", "zh"]
COMMON_WORDS = ["synthetic", "event", "benchmark", "lyon", "berlin", "toronto", "london", "dubai",
                "dakar", "evenement", "synthetique", "test", "un", "in", "a", "de", "the", "from",
                "events", "synth"]


def get(base, path):
    with urllib.request.urlopen(base + path, timeout=30) as response:
        return json.load(response)


def collect(base, path, field, wanted):
    """Walks the API's pages until `wanted` values of `field` are read."""
    values, cursor = [], None
    while len(values) < wanted:
        page = get(base, path + (f"&cursor={cursor}" if cursor else ""))
        values += [item[field] for item in page["items"]]
        cursor = page.get("next_cursor")
        if not cursor:
            break
    return values


def main():
    base, out = sys.argv[1].rstrip("/"), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(15)
    today = datetime.date.today()
    dates = [(today + datetime.timedelta(days=day)).isoformat() for day in range(0, 360, 9)]

    events_by_country = [f"/api/v1/events?country={c}&from={d}&limit=20" for c in COUNTRIES for d in dates]
    events_html = [f"/events?country={c}&from={d}" for c in COUNTRIES for d in dates]
    groups_api = [f"/api/v1/groups?heritage={h}&residence={r}&limit=20" for h in HERITAGE for r in RESIDENCE]
    groups_api += [f"/api/v1/groups?heritage={h}&limit=20" for h in HERITAGE]
    groups_api += [f"/api/v1/groups?residence={r}&language=fr&limit=20" for r in RESIDENCE]
    groups_api += [f"/api/v1/groups?heritage={h}&language=en&limit=20" for h in HERITAGE]
    groups_api += [f"/api/v1/groups?residence={r}&heritage={h}&language=fr&limit=20" for h in HERITAGE[:8] for r in RESIDENCE]
    groups_html = [path.replace("/api/v1/groups", "/groups").replace("&limit=20", "") for path in groups_api]
    opportunities_api = [f"/api/v1/opportunities?country={c}&kind={k}&language={l}&limit=20"
                         for c in COUNTRIES for k in KINDS for l in LANGUAGES]
    opportunities_html = [path.replace("/api/v1/opportunities", "/opportunities").replace("&limit=20", "")
                          for path in opportunities_api]

    slugs = collect(base, "/api/v1/groups?limit=100", "slug", 2000)
    group_pages = [f"/groups/{slug}" for slug in rng.sample(slugs, min(200, len(slugs)))]
    event_ids = collect(base, "/api/v1/events?limit=100", "id", 3000)
    event_pages = [f"/events/{event_id}" for event_id in rng.sample(sorted(set(event_ids)), 200)]

    search_common = [f"/api/v1/events?q={w}&limit=20&from={d}" for w in COMMON_WORDS for d in dates[:10]]
    search_rare = [f"/api/v1/events?q={n}&limit=20" for n in rng.sample(range(1000, 100000), 200)]
    search_html = [f"/events?q={w}&from={d}" for w in COMMON_WORDS for d in dates[:10]]

    lists = {
        "baseline-healthz": ["/healthz"],
        "baseline-rows": [f"/rows?after={rng.randrange(0, 99980)}" for _ in range(400)],
        "healthz": ["/healthz"],
        "events-api": events_by_country,
        "groups-api": groups_api,
        "opportunities-api": opportunities_api,
        "events-html": events_html,
        "groups-html": groups_html,
        "opportunities-html": opportunities_html,
        "group-page": group_pages,
        "event-page": event_pages,
        "search-common": search_common,
        "search-rare": search_rare,
        "search-html": search_html,
    }
    for name, paths in lists.items():
        (out / f"{name}.txt").write_text("\n".join(paths) + "\n")
        print(f"{name}: {len(set(paths))} distinct paths")


if __name__ == "__main__":
    main()
