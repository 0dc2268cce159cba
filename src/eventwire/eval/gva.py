"""Gun Violence Archive: news pages against the incident records they report.

Per page (the page's main incident against its GVA incident): incident found, date exact,
city, state, killed exact, injured exact. Each figure counts every page with a gold incident,
so a value not found counts as wrong. The page's `dct` is given as its publication date, as a
feed would. Reconciled-incident figures and page clustering arrive with cross-document linking.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.clean import split_page
from eventwire.config import Settings
from eventwire.errors import InputError
from eventwire.extract.incidents import main_incident
from eventwire.extract.places import curated_alias_pattern, resolve_dateline, resolve_places
from eventwire.geo.gazetteer import load_gazetteer
from eventwire.geo.names import name_key
from eventwire.nlp import load_model
from eventwire.records import Article, PageInput, Rejection

FIELDS = ("found", "date", "city", "state", "killed", "injured")


def _city_key(name: str) -> str:
    return name_key(name).removesuffix(" county").removesuffix(" parish").strip()


def load(data_dir: Path, limit: int | None) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    root = data_dir / "gva"
    if not (root / "articles.jsonl").is_file():
        raise InputError(
            f"{root}/articles.jsonl not found.", fix="point --data at the datasets folder."
        )
    incidents = {}
    with (root / "incidents.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            inc = json.loads(line)
            incidents[inc["incident_uri"]] = inc
    pairs = []
    with (root / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            page = json.loads(line)
            if page.get("content", "").strip() and page.get("incident_id") in incidents:
                pairs.append((page, incidents[page["incident_id"]]))
                if limit and len(pairs) >= limit:
                    break
    return pairs


def _article(page: dict[str, Any]) -> Article | None:
    published = dt.date.fromisoformat(page["dct"]) if page.get("dct") else None
    result = split_page(PageInput(page["uri"], "jsonl", page["content"], False,
                                  external_id=page["id"], published=published))  # fmt: skip
    return None if isinstance(result, Rejection) else result[0]


def run(
    data_dir: Path, limit: int | None = None, settings: Settings | None = None
) -> dict[str, Any]:
    settings = settings or Settings.load()
    pairs = load(data_dir, limit)
    gazetteer = load_gazetteer()
    aliases = curated_alias_pattern(gazetteer)
    nlp = load_model(settings.spacy_model, ("parser", "lemmatizer", "attribute_ruler", "tagger"))
    articles = [_article(page) for page, _ in pairs]
    docs = nlp.pipe((a.text if a else "" for a in articles), batch_size=32)
    hits: Counter[str] = Counter()
    stated: Counter[str] = Counter()
    misses: list[dict[str, Any]] = []
    for (page, gold), article, doc in zip(pairs, articles, docs, strict=True):
        published = dt.date.fromisoformat(page["dct"]) if page.get("dct") else None
        if article is None:
            continue
        found = main_incident(
            article.text,
            published,
            resolve_places(doc, gazetteer, aliases),
            resolve_dateline(article.text, article.dateline, gazetteer),
        )
        if found is None:
            continue
        gold_date = dt.datetime.strptime(gold["date"], "%B %d, %Y").date()
        place = found.place.place if found.place else None
        ours = {
            "found": True,
            "date": found.date.date_start if found.date else None,
            "city": _city_key(place.name) if place else None,
            "state": place.admin1 if place else None,
            "killed": found.killed,
            "injured": found.injured,
        }
        truth = {"found": True, "date": gold_date, "city": _city_key(gold["city_or_county"]),
                 "state": gold["state"], "killed": gold["num_killed"],
                 "injured": gold["num_injured"]}  # fmt: skip
        for f in FIELDS:
            if ours[f] is not None:
                stated[f] += 1
            if ours[f] == truth[f]:
                hits[f] += 1
            elif f in ("killed", "injured", "date") and len(misses) < 40:
                misses.append({"page": page["id"], "field": f, "gold": str(truth[f]),
                               "ours": str(ours[f])})  # fmt: skip
    n = len(pairs)
    figures = {
        "accuracy": {f: round(hits[f] / n, 4) if n else 0.0 for f in FIELDS},
        "accuracy when stated": {
            f: round(hits[f] / stated[f], 4) if stated[f] else 0.0 for f in FIELDS
        },
        "disagreements_sample": misses,
    }
    return {"dataset": "gva", "documents": n, "systems": {"eventwire": figures}}
