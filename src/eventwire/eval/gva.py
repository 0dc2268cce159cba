"""Gun Violence Archive: news pages against the incident records they report.

Per page (the page's main incident against its GVA incident): incident found, date exact,
city, state, killed exact, injured exact. Each figure counts every page with a gold incident,
so a value not found counts as wrong. The page's `dct` is given as its publication date, as a
feed would. Then every page's incidents are linked as ``process`` links them: page clustering
(each page by its main incident) against the gold incidents, B-cubed, MUC, CEAF-e and CoNLL F1,
beside the baseline of every page its own incident; and per gold incident, the reconciled
record of the incident made of most of its pages.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.clean import split_page
from eventwire.config import Settings
from eventwire.errors import InputError
from eventwire.eval.clusters import conll
from eventwire.extract.article import ArticleInput, Extractor
from eventwire.extract.coding import code, event_date
from eventwire.extract.incidents import injured_best, killed_best, main_incident
from eventwire.geo.names import ABBREVIATED, name_key
from eventwire.link import Cluster, incidents_of, text_index
from eventwire.link.reconcile import reconcile
from eventwire.records import Article, PageInput, Rejection

FIELDS = ("found", "date", "city", "state", "killed", "injured")


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _city_key(name: str) -> str:
    """Both sides spelled alike: case, accents, "County"/"Parish", "The", "St."/"Saint",
    "Ft."/"Fort"."""
    key = name_key(name).removesuffix(" county").removesuffix(" parish").strip()
    key = key.removeprefix("the ")  # "The Bronx"
    words = key.split()
    return " ".join(ABBREVIATED.get(w, w) for w in words)


def city_keys(gold: str) -> set[str]:
    """The names a GVA city answers to. GVA writes "Chicago (Englewood)" for a neighbourhood
    or suburb filed under a city, "Pike (county)" for a county: the city and the name in
    brackets both name the place (a reader or a coder could give either)."""
    m = re.fullmatch(r"\s*(?P<city>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*", gold)
    if m is None:
        return {_city_key(gold)}
    if m["inner"].strip().lower() == "county":
        return {_city_key(m["city"])}
    return {_city_key(m["city"]), _city_key(m["inner"])}


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
    extractor = Extractor.load(settings)
    articles = [_article(page) for page, _ in pairs]
    inputs = [
        ArticleInput(a.text if a else "", dt.date.fromisoformat(p["dct"]) if p.get("dct") else None,
                     a.dateline if a else None)
        for (p, _), a in zip(pairs, articles, strict=True)
    ]  # fmt: skip
    found_all = extractor.pipe(inputs)
    hits: Counter[str] = Counter()
    stated: Counter[str] = Counter()
    misses: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []  # every mention, coded, for linking
    main_of: dict[str, str] = {}  # page id -> its main mention's id
    for (page, gold), article, mentions in zip(pairs, articles, found_all, strict=True):
        found = main_incident(mentions)
        if article is None or found is None:
            continue
        for m in mentions:
            rows.append({**code(m, article.text), "mention_id": f"{page['id']}:{m.n}",
                         "document_id": page["id"], "outlet": page.get("uri"),
                         "published": page.get("dct")})  # fmt: skip
        main_of[page["id"]] = f"{page['id']}:{found.n}"
        gold_date = dt.datetime.strptime(gold["date"], "%B %d, %Y").date()
        place = found.place.place if found.place else None
        ours = {
            "found": True,
            "date": _day(event_date(found)),
            "city": _city_key(place.name) if place else None,
            "state": place.admin1 if place else None,
            "killed": killed_best(found),
            "injured": injured_best(found),
        }
        # the gold city is the name of its keys that ours matches, if any (one comparison below)
        cities = city_keys(gold["city_or_county"])
        truth = {"found": True, "date": gold_date,
                 "city": ours["city"] if ours["city"] in cities else min(cities),
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
    gold_of = {page["id"]: page["incident_id"] for page, _ in pairs}
    texts = text_index(
        rows, {p["id"]: a.text for (p, _), a in zip(pairs, articles, strict=True) if a}
    )
    clusters = incidents_of(rows, texts)
    label = {m["mention_id"]: n for n, c in enumerate(clusters) for m in c.mentions}
    pred = {pid: label[main_of[pid]] if pid in main_of else f"alone:{pid}" for pid in gold_of}
    figures["clustering"] = conll(gold_of, pred)
    figures["incidents"] = _reconciled(pairs, gold_of, pred, clusters)
    baseline = {"clustering": conll(gold_of, {pid: pid for pid in gold_of})}
    return {
        "dataset": "gva",
        "documents": n,
        "gold incidents": len(set(gold_of.values())),
        "systems": {"eventwire": figures, "every page its own incident": baseline},
    }


def _reconciled(
    pairs: list[tuple[dict[str, Any], dict[str, Any]]],
    gold_of: dict[str, str],
    pred: dict[str, Any],
    clusters: list[Cluster],
) -> dict[str, float]:
    """Per gold incident: the incident eventwire made of most of its pages, reconciled, against
    the gold record (an incident none of whose pages was found counts as wrong)."""
    gold_rec = {page["incident_id"]: gold for page, gold in pairs}
    pages_of: dict[str, list[str]] = {}
    for pid, inc in gold_of.items():
        pages_of.setdefault(inc, []).append(pid)
    hits: Counter[str] = Counter()
    for inc, pids in pages_of.items():
        made = Counter(pred[p] for p in pids if isinstance(pred[p], int))
        if not made:
            continue
        row = reconcile(clusters[made.most_common(1)[0][0]].mentions)
        gold = gold_rec[inc]
        hits["found"] += 1
        hits["date"] += (
            row["event_date"] == dt.datetime.strptime(gold["date"], "%B %d, %Y").date().isoformat()
        )
        hits["city"] += bool(row["location"]) and _city_key(row["location"]) in city_keys(
            gold["city_or_county"]
        )
        hits["killed"] += row["fatalities_best"] == gold["num_killed"]
        hits["injured"] += row["injuries_best"] == gold["num_injured"]
    n = len(pages_of)
    return {f: round(hits[f] / n, 4) if n else 0.0 for f in ("found", "date", "city", "killed",
                                                              "injured")}  # fmt: skip
