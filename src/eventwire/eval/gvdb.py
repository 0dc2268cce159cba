"""Gun Violence Database (Pavlick et al. 2016), dev split: per article, the main incident's
date, city, state, killed and injured against the crowd workers' labels.

The labels are noisy (one worker per article; the date is picked from a calendar, often the
report's own), so this task reports agreement, not accuracy, and keeps a sample of the
disagreements for a human to look at. The pages carry no publication date, so a relative date
("Tuesday") stays unresolved: only dates the text states in full can agree.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.clean import split_page
from eventwire.config import Settings
from eventwire.errors import InputError
from eventwire.eval.gva import _city_key
from eventwire.extract.article import ArticleInput, Extractor
from eventwire.extract.coding import event_date
from eventwire.extract.incidents import injured_best, killed_best, main_incident
from eventwire.records import PageInput, Rejection

FIELDS = ("found", "date", "city", "state", "killed", "injured")


def load(data_dir: Path, limit: int | None) -> list[dict[str, Any]]:
    path = data_dir / "gvdb" / "dev.tsv"
    if not path.is_file():
        raise InputError(f"{path} not found.", fix="point --data at the datasets folder.")
    csv.field_size_limit(sys.maxsize)
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row.get("Json", "").strip() and row.get("Full text", "").strip():
                rows.append(row)
                if limit and len(rows) >= limit:
                    break
    return rows


def gold(row: dict[str, Any]) -> dict[str, Any]:
    j = json.loads(row["Json"])
    when = j.get("date-and-time", {})
    victims = j.get("victim-section", []) or []
    outcomes = [set(v.get("victim-was", []) or []) for v in victims]
    city = (when.get("city") or {}).get("value") or None
    state = (when.get("state") or "").split(" - ")[-1] or None
    return {
        "found": True,
        "date": when.get("date") or None,
        "city": _city_key(city) if city else None,
        "state": state,
        "killed": sum("killed" in o for o in outcomes),
        "injured": sum(
            bool(o & {"injured", "hospitalized"}) and "killed" not in o for o in outcomes
        ),
    }


def run(
    data_dir: Path, limit: int | None = None, settings: Settings | None = None
) -> dict[str, Any]:
    settings = settings or Settings.load()
    rows = load(data_dir, limit)
    extractor = Extractor.load(settings)
    texts = []
    for row in rows:
        page = PageInput(row["Article url"], "txt", row["Full text"], False,
                         external_id=row["Article id"], title=row["Article title"])  # fmt: skip
        result = split_page(page)
        texts.append(None if isinstance(result, Rejection) else result[0])
    inputs = [ArticleInput(a.text if a else "", None, a.dateline if a else None) for a in texts]
    agree: Counter[str] = Counter()
    labelled: Counter[str] = Counter()
    sample: list[dict[str, str]] = []
    for row, article, mentions in zip(rows, texts, extractor.pipe(inputs), strict=True):
        truth = gold(row)
        found = main_incident(mentions) if article else None
        place = found.place.place if found and found.place else None
        ours = {
            "found": found is not None,
            "date": event_date(found) if found else None,
            "city": _city_key(place.name) if place else None,
            "state": place.admin1 if place else None,
            "killed": killed_best(found) if found else None,
            "injured": injured_best(found) if found else None,
        }
        for f in FIELDS:
            if truth[f] is None:
                continue
            labelled[f] += 1
            if ours[f] == truth[f]:
                agree[f] += 1
            elif len(sample) < 30 and f in ("date", "city", "killed", "injured"):
                sample.append({"article": row["Article id"], "field": f, "crowd": str(truth[f]),
                               "eventwire": str(ours[f])})  # fmt: skip
    figures = {
        "agreement": {f: round(agree[f] / labelled[f], 4) if labelled[f] else 0.0 for f in FIELDS},
        "labelled": dict(labelled),
        "disagreements_sample": sample,
    }
    return {"dataset": "gvdb (dev)", "documents": len(rows), "systems": {"eventwire": figures}}
