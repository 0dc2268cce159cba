"""Geoparsing, end to end from raw text: LGL (local US news) and TR-News.

Toponym detection precision/recall against the gold spans, then, for each gold toponym with a
GeoNames id: exact id match and distance under 161 km (100 miles), counted over all gold
toponyms, so a toponym that was not found counts as wrong. Ours: ``eventwire.extract.places``.
Baseline: the same detected toponyms, each given the most populous place of that name.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.errors import InputError
from eventwire.eval.metrics import PRF, match_spans
from eventwire.extract.focus import refocus
from eventwire.extract.places import curated_alias_pattern, resolve_places
from eventwire.geo.distance import km
from eventwire.geo.gazetteer import load_gazetteer
from eventwire.nlp import load_model

CORPORA = {"lgl": "lgl.xml", "trnews": "TR-News.xml"}
NEAR_KM = 161.0


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    geonames_id: int | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class GeoDoc:
    doc_id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def load(path: Path, limit: int | None = None) -> list[GeoDoc]:
    if not path.is_file():
        raise InputError(f"{path} not found.", fix="point --data at the shared datasets folder.")
    docs: list[GeoDoc] = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        gold = []
        for top in article.iter("toponym"):
            gaz = top.find("gaztag")
            gid = int(gaz.get("geonameid", "0")) if gaz is not None else None
            lat = float(gaz.findtext("lat") or "nan") if gaz is not None else None
            lon = float(gaz.findtext("lon") or "nan") if gaz is not None else None
            gold.append(GoldToponym(int(top.findtext("start") or 0), int(top.findtext("end") or 0),
                                    gid or None, lat, lon))  # fmt: skip
        docs.append(GeoDoc(article.get("docid", str(len(docs))), text, tuple(gold)))
        if limit and len(docs) >= limit:
            break
    return docs


def score_corpus(docs: list[GeoDoc], settings: Settings) -> dict[str, dict[str, Any]]:
    gazetteer = load_gazetteer()
    aliases = curated_alias_pattern(gazetteer)
    nlp = load_model(settings.spacy_model, ("parser", "lemmatizer", "attribute_ruler", "tagger"))
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=16))
    out: dict[str, dict[str, Any]] = {}
    for system, baseline in (("eventwire", False), ("population", True)):
        strict = relaxed = PRF(0, 0, 0)
        with_id = exact = near = 0
        for doc, sdoc in zip(docs, parsed, strict=True):
            refs = resolve_places(sdoc, gazetteer, aliases, baseline=baseline)
            if not baseline:  # as the extractor reads them (no dateline in these corpora)
                refs = refocus(doc.text, refs, None, gazetteer)
            gold_spans = [(g.start, g.end) for g in doc.toponyms]
            pred_spans = [(r.start, r.end) for r in refs]
            strict += PRF(
                len(match_spans(gold_spans, pred_spans, strict=True)), len(refs), len(gold_spans)
            )
            pairs = dict(match_spans(gold_spans, pred_spans, strict=False))
            relaxed += PRF(len(pairs), len(refs), len(gold_spans))
            for gi, gold in enumerate(doc.toponyms):
                if gold.geonames_id is None:
                    continue
                with_id += 1
                place = refs[pairs[gi]].place if gi in pairs else None
                if place is None:
                    continue
                same = place.geonames_id == gold.geonames_id
                exact += same
                # The same entity counts as near even where our point for a country or state
                # (the centre of its towns) differs from GeoNames' own point for it.
                if same:
                    near += 1
                elif None not in (place.latitude, place.longitude, gold.lat, gold.lon):
                    d = km(gold.lat, gold.lon, place.latitude, place.longitude)  # type: ignore[arg-type]
                    near += d <= NEAR_KM
        out[system] = {
            "detection strict": strict.as_dict(),
            "detection relaxed": relaxed.as_dict(),
            "resolution": {
                "gold with GeoNames id": with_id,
                "exact id": round(exact / with_id, 4) if with_id else 0.0,
                "within 161 km": round(near / with_id, 4) if with_id else 0.0,
            },
        }
    return out


def run(
    data_dir: Path, limit: int | None = None, settings: Settings | None = None
) -> dict[str, Any]:
    settings = settings or Settings.load()
    result: dict[str, Any] = {"dataset": "geo", "corpora": {}, "systems": {}}
    for name, file in CORPORA.items():
        docs = load(data_dir / "geoparsing" / file, limit)
        result["corpora"][name] = {"documents": len(docs),
                                   "toponyms": sum(len(d.toponyms) for d in docs)}  # fmt: skip
        for system, figures in score_corpus(docs, settings).items():
            result["systems"].setdefault(system, {})[name] = figures
    result["documents"] = sum(c["documents"] for c in result["corpora"].values())
    return result
