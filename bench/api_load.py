"""How the API answers on a large database: 50,000 incidents (synthetic rows spread over two
years and the Middle East), the page's first requests and typical filters, timed per request.

    .venv/bin/python bench/api_load.py [--incidents 50000]

Run by hand; prints milliseconds per request measured in this run, never asserted in tests.
The baseline beside each is a bare `select count(*)` on the same file: the floor any query pays.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import text

from eventwire import open_store
from eventwire.web.api import create_app

TYPES = ["Air/drone strike", "Shelling/artillery/missile attack", "Attack", "Armed clash",
         "Remote explosive/landmine/IED"]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=50_000)
    args = parser.parse_args()
    rnd = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "load.db"))
        start = dt.date(2023, 1, 1)
        rows = []
        for n in range(args.incidents):
            sub = rnd.choice(TYPES)
            rows.append({
                "incident_id": f"inc_{n:016x}", "event_type": "Explosions/Remote violence",
                "sub_event_type": sub, "event_date": (start + dt.timedelta(days=rnd.randrange(730))).isoformat(),
                "country": rnd.choice(["Iraq", "Syria", "Jordan"]), "location": f"Place {n % 997}",
                "latitude": 30 + rnd.random() * 8, "longitude": 36 + rnd.random() * 12,
                "geo_precision": 1, "fatalities": rnd.randrange(10), "fatalities_best": rnd.randrange(10),
                "n_sources": 1 + rnd.randrange(4), "notes": f"{sub} reported", "sources": [], "conflicts": [],
            })  # fmt: skip
        with store.engine.begin() as conn:
            conn.execute(store.incidents.insert(), rows)
        client = TestClient(create_app(store, requests_per_minute=10**9))
        requests = [
            ("page load: stats", "/api/stats", {}),
            ("page load: 500 most reported", "/api/incidents", {"limit": 500, "sort": "-n_sources"}),
            ("date range", "/api/incidents", {"date_from": "2024-03-01", "date_to": "2024-03-31"}),
            ("bounding box + min. killed", "/api/incidents", {"bbox": "40,32,44,35", "min_fatalities": 5}),
            ("type + text", "/api/incidents", {"sub_event_type": "Attack", "q": "Place 12"}),
            ("page 50 of 100", "/api/incidents", {"limit": 100, "offset": 5_000}),
        ]
        with store.engine.connect() as conn:
            t0 = time.perf_counter()
            for _ in range(5):
                conn.execute(text("select count(*) from incidents")).scalar_one()
            floor = (time.perf_counter() - t0) / 5 * 1000
        print(f"{args.incidents} incidents; bare count(*): {floor:.1f} ms")
        for label, url, params in requests:
            t0 = time.perf_counter()
            for _ in range(5):
                response = client.get(url, params=params)
                assert response.status_code == 200, response.text
            ms = (time.perf_counter() - t0) / 5 * 1000
            total = response.json().get("total", response.json().get("incidents"))
            print(f"{label:32s} {ms:8.1f} ms  ({ms / floor:.0f}x the bare count; {total} matching)")


if __name__ == "__main__":
    main()
