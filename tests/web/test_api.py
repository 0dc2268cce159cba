"""The REST API on a real SQLite file built from the seed pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire import api
from eventwire.export import INCIDENT_FIELDS
from eventwire.web.api import create_app


@pytest.fixture(scope="module")
def client(seeds: Path, tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.txt"
    hostile.write_text(
        "Gunmen <script>alert(1)</script> attack\n\nBAGHDAD - Gunmen shot dead two guards at "
        'a checkpoint in Baghdad on Monday, police said. <img src=x onerror="alert(2)">\n',
        encoding="utf-8",
    )
    store = api.open_store(str(folder / "web.db"))
    api.ingest(store, [seeds, hostile], published=None)
    api.process(store)
    return TestClient(create_app(store))


def test_incidents_are_filtered_sorted_and_paginated(client: TestClient):
    page = client.get("/api/incidents", params={"limit": 2, "sort": "-n_sources"}).json()
    assert page["total"] >= 5 and len(page["items"]) == 2
    top = page["items"][0]
    assert list(top) == list(INCIDENT_FIELDS)
    assert (top["location"], top["n_sources"], top["fatalities_best"]) == ("Jurf al-Nasr", 3, 8)
    nov = client.get("/api/incidents", params={"date_from": "2023-11-20", "date_to": "2023-11-22"})
    assert {i["event_date"] for i in nov.json()["items"]} <= {
        "2023-11-20",
        "2023-11-21",
        "2023-11-22",
    }
    iraq = client.get("/api/incidents", params={"bbox": "38,29,49,38", "min_fatalities": 8})
    assert [i["location"] for i in iraq.json()["items"]] == ["Jurf al-Nasr"]
    rudaw = client.get("/api/incidents", params={"outlet": "Rudaw", "limit": 500}).json()
    assert rudaw["total"] >= 3
    words = client.get("/api/incidents", params={"q": "jurf"}).json()
    assert words["total"] >= 3  # case-insensitive, in place, actors or notes
    assert client.get("/api/incidents", params={"limit": 10_000}).status_code == 422
    assert client.get("/api/incidents", params={"bbox": "nonsense"}).status_code == 422


def test_an_incident_has_its_sources_conflicts_and_statements(client: TestClient):
    (top,) = client.get("/api/incidents", params={"limit": 1, "sort": "-n_sources"}).json()["items"]
    one = client.get(f"/api/incidents/{top['incident_id']}").json()
    assert len(one["sources"]) == 3
    assert any(
        s["speaker"] == "Basem al-Awadi" and s["stance"] == "condemn" for s in one["statements"]
    )
    assert client.get("/api/incidents/inc_nope").status_code == 404


def test_a_document_with_every_annotation_and_its_spans(client: TestClient):
    (top,) = client.get("/api/incidents", params={"limit": 1, "sort": "-n_sources"}).json()["items"]
    source = top["sources"][0]
    document = client.get(f"/api/documents/{source['document_id']}").json()
    text = document["text"]
    for m in document["mentions"]:
        for ev in m["record"]["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
    for s in document["statements"]:
        assert text[s["start"] : s["end"]] == s["quote"]
    assert client.get("/api/documents/../../etc/passwd").status_code == 404


def test_statements_claims_and_stats(client: TestClient):
    said = client.get("/api/statements", params={"stance": "condemn"}).json()
    assert said["total"] >= 3 and all(s["stance"] == "condemn" for s in said["items"])
    tallies = client.get("/api/claims", params={"what": "attacks"}).json()
    assert any(c["value"] == 66 for c in tallies["items"])
    stats = client.get("/api/stats").json()
    assert stats["incidents"] >= 5
    assert any(row["key"] == "Air/drone strike" for row in stats["by_type"])


def test_hostile_text_comes_back_as_data(client: TestClient):
    found = client.get("/api/incidents", params={"q": "Baghdad", "limit": 500}).json()["items"]
    hostile = [i for i in found if any("hostile" in (s["source_path"] or "") for s in i["sources"])]
    assert hostile, "the hostile page's incident is there"
    response = client.get(f"/api/documents/{hostile[0]['sources'][0]['document_id']}")
    assert response.headers["content-type"].startswith("application/json")
    body = (response.json()["title"] or "") + response.json()["text"]
    assert "<script>" in body or "onerror=" in body  # returned as data, not markup


def test_uploads_need_the_flag_a_token_and_a_size_limit(tmp_path: Path):
    import time

    from eventwire.config import Settings
    from eventwire.errors import ConfigError

    store = api.open_store(str(tmp_path / "up.db"))
    read_only = TestClient(create_app(store))
    assert read_only.post("/api/ingest", params={"name": "a", "format": "txt"}).status_code in (
        404,
        405,
    )
    with pytest.raises(ConfigError, match="token"):
        create_app(store, allow_ingest=True)
    small = Settings(max_page_bytes=2_000)
    client = TestClient(create_app(store, settings=small, allow_ingest=True, token="s3cret"))
    page = (
        b"BAGHDAD - Gunmen shot dead two guards at a checkpoint in Baghdad on Monday, police "
        b"said. The attackers fled in a car.\n"
    )
    url = "/api/ingest"
    assert client.post(url, params={"name": "a", "format": "txt"}, content=page).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert (
        client.post(
            url, params={"name": "a", "format": "txt"}, content=page, headers=wrong
        ).status_code
        == 401
    )
    auth = {"Authorization": "Bearer s3cret"}
    huge = client.post(
        url, params={"name": "b", "format": "txt"}, content=b"x" * 5_000, headers=auth
    )
    assert huge.status_code == 413
    bad = client.post(url, params={"name": "c", "format": "../../x"}, content=page, headers=auth)
    assert bad.status_code == 422  # the format names no path
    started = client.post(
        url, params={"name": "guards.txt", "format": "txt"}, content=page, headers=auth
    )
    assert started.status_code == 202
    job_id = started.json()["job_id"]
    for _ in range(200):
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["state"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert (
        job["state"] == "done" and job["result"]["added"] == 1 and job["result"]["incidents"] >= 1
    )
    assert client.get("/api/incidents", params={"q": "Baghdad"}).json()["total"] >= 1


def test_requests_are_rate_limited(tmp_path: Path):
    store = api.open_store(str(tmp_path / "rate.db"))
    client = TestClient(create_app(store, requests_per_minute=5))
    codes = [client.get("/api/stats").status_code for _ in range(7)]
    assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]


def test_no_request_reaches_the_filesystem(client: TestClient):
    for path in ("/static/../api.py", "/static/%2e%2e/api.py", "/static/..%2F..%2Fconfig.py"):
        response = client.get(path)
        assert response.status_code == 404, path
