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
