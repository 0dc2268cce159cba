"""Exports: documents, incidents and statements as JSON Lines, CSV or GeoJSON.

The field lists below are the public schema (see docs/schema.md); CSV carries the same fields,
with nested values (sources, conflicts) as JSON text in their cell.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from enum import StrEnum
from typing import Any, TextIO

from eventwire.errors import ExportError
from eventwire.store.repository import Store

DOCUMENT_FIELDS = (
    "document_id", "source_path", "external_id", "url", "parent_id", "part", "outlet", "title",
    "dateline", "published", "published_explicit", "published_evidence", "language", "status",
    "reject_reason", "n_chars", "text_from", "text",
)  # fmt: skip
INCIDENT_FIELDS = (
    "incident_id", "event_type", "sub_event_type", "plover", "event_date", "date_start",
    "date_end", "time_precision", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country",
    "admin1", "admin2", "location", "latitude", "longitude", "geonames_id", "geo_precision",
    "fatalities", "fatalities_low", "fatalities_best", "fatalities_high", "injuries_low",
    "injuries_best", "injuries_high", "notes", "n_sources", "sources", "conflicts",
)  # fmt: skip
STATEMENT_FIELDS = (
    "statement_id", "document_id", "source_path", "external_id", "kind", "speaker",
    "speaker_text", "speaker_role", "speaker_org", "anonymous", "cue", "channel", "stance",
    "quote", "start", "end", "incident_id", "date",
)  # fmt: skip


CLAIM_FIELDS = (
    "claim_id", "document_id", "source_path", "external_id", "outlet", "date", "what",
    "value_low", "value", "value_high", "period", "since", "place", "attributed_to", "part_of",
    "text", "start", "end",
)  # fmt: skip


class What(StrEnum):
    DOCUMENTS = "documents"
    INCIDENTS = "incidents"
    STATEMENTS = "statements"
    CLAIMS = "claims"


class Format(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"
    GEOJSON = "geojson"


FIELDS = {
    What.DOCUMENTS: DOCUMENT_FIELDS,
    What.INCIDENTS: INCIDENT_FIELDS,
    What.STATEMENTS: STATEMENT_FIELDS,
    What.CLAIMS: CLAIM_FIELDS,
}


def jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    return value


def records(store: Store, what: What) -> Iterator[dict[str, Any]]:
    """The export records of one kind, in a stable order, with exactly the schema's fields."""
    fields = FIELDS[what]
    if what is What.DOCUMENTS:
        for doc in store.iter_documents():
            row = dataclasses.asdict(doc)
            yield {f: jsonable(row[f]) for f in fields}
        return
    if what is What.STATEMENTS:
        rows = store.iter_statement_rows()
    elif what is What.CLAIMS:
        rows = store.iter_statement_rows(store.claims)
    else:
        rows = store.iter_rows(store.incidents)
    for row in rows:
        yield {f: row.get(f) for f in fields}


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def export(store: Store, what: What | str, fmt: Format | str, out: TextIO) -> int:
    """Write one kind of record to ``out``; returns how many were written."""
    what, fmt = What(what), Format(fmt)
    if fmt is Format.GEOJSON and what is not What.INCIDENTS:
        raise ExportError(
            f"{what.value} have no coordinates, so they cannot be exported as GeoJSON.",
            fix="use --format jsonl or csv, or export incidents as GeoJSON.",
        )
    n = 0
    if fmt is Format.JSONL:
        for rec in records(store, what):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    elif fmt is Format.CSV:
        writer = csv.DictWriter(out, fieldnames=FIELDS[what], lineterminator="\n")
        writer.writeheader()
        for rec in records(store, what):
            writer.writerow({k: _csv_cell(v) for k, v in rec.items()})
            n += 1
    else:
        out.write('{"type": "FeatureCollection", "features": [')
        for rec in records(store, what):
            lat, lon = rec.get("latitude"), rec.get("longitude")
            geometry = (
                {"type": "Point", "coordinates": [lon, lat]}
                if lat is not None and lon is not None
                else None
            )
            feature = {
                "type": "Feature",
                "id": rec["incident_id"],
                "geometry": geometry,
                "properties": rec,
            }
            out.write(("," if n else "") + "\n" + json.dumps(feature, ensure_ascii=False))
            n += 1
        out.write("\n]}\n")
    return n
