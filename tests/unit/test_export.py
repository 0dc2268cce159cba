from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from eventwire import ingest, process
from eventwire.errors import ExportError
from eventwire.export import DOCUMENT_FIELDS, INCIDENT_FIELDS, STATEMENT_FIELDS, export
from eventwire.store.repository import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    (tmp_path / "a.txt").write_text(
        "Blast kills two in Kirkuk market\n\nUpdated 4 March 2024\n\n"
        + "KIRKUK: A bomb went off in a market on Monday, killing two people, police said. " * 2,
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_text("")
    s = Store.open(str(tmp_path / "e.db"))
    ingest(s, [tmp_path])
    process(s)
    return s


def test_documents_jsonl_has_exactly_the_schema_fields(store: Store):
    buf = io.StringIO()
    assert export(store, "documents", "jsonl", buf) == 2
    rows = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert all(list(r) == list(DOCUMENT_FIELDS) for r in rows)
    good = next(r for r in rows if r["status"] == "processed")
    assert good["published"] == "2024-03-04" and good["published_explicit"] is True
    assert good["title"] == "Blast kills two in Kirkuk market"
    assert good["n_chars"] == len(good["text"])
    bad = next(r for r in rows if r["status"] == "rejected")
    assert bad["reject_reason"] == "empty file"


def test_documents_csv_round_trips(store: Store):
    buf = io.StringIO()
    export(store, "documents", "csv", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == 2 and list(rows[0]) == list(DOCUMENT_FIELDS)
    assert {r["published_explicit"] for r in rows} == {"true", ""}


def test_statements_export_points_to_the_incident(store: Store):
    buf = io.StringIO()
    assert export(store, "statements", "jsonl", buf) == 1  # the page repeats itself: once
    (row,) = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert list(row) == list(STATEMENT_FIELDS)
    assert (row["kind"], row["speaker"], row["cue"]) == ("indirect", "police", "said")
    (doc,) = [d for d in store.iter_documents() if d.status == "processed"]
    assert (row["document_id"], row["source_path"]) == (doc.document_id, doc.source_path)
    assert row["quote"].startswith("KIRKUK: A bomb went off") or row["quote"].startswith("A bomb")
    (incident,) = [json.loads(x) for x in _lines(store, "incidents")]
    assert row["incident_id"] == incident["incident_id"]
    text = next(d.text for d in store.iter_documents() if d.status == "processed")
    assert text is not None and text[row["start"] : row["end"]] == row["quote"]


def _lines(store: Store, what: str) -> list[str]:
    buf = io.StringIO()
    export(store, what, "jsonl", buf)
    return buf.getvalue().splitlines()


def test_incidents_as_geojson_carry_the_record_and_its_evidence(store: Store):
    buf = io.StringIO()
    export(store, "incidents", "geojson", buf)
    (feature,) = json.loads(buf.getvalue())["features"]
    props = feature["properties"]
    assert list(props) == list(INCIDENT_FIELDS)
    assert props["sub_event_type"] == "Remote explosive/landmine/IED"
    assert props["event_date"] == "2024-03-04" and props["time_precision"] == 1
    assert props["location"] == "Kirkuk" and props["geo_precision"] == 1
    assert feature["geometry"]["type"] == "Point"
    assert props["fatalities"] == 2 and props["n_sources"] == 1
    (source,) = props["sources"]
    claims = [c for c in source["claims"] if c["field"] == "killed"]
    text = next(d.text for d in store.iter_documents() if d.status == "processed")
    assert text is not None and claims
    for claim in claims:  # the page tells it twice: each telling is a claim with its span
        assert claim["value"] == 2 and claim["attributed_to"] == "police"
        assert text[claim["start"] : claim["end"]] == claim["text"]


def test_geojson_of_documents_is_refused_with_a_fix(store: Store):
    with pytest.raises(ExportError, match="no coordinates") as info:
        export(store, "documents", "geojson", io.StringIO())
    assert "--format jsonl" in str(info.value)
