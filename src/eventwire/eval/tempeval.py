"""TempEval-3 (TimeBank + AQUAINT): time-expression detection and normalisation.

Each document's creation time (DCT) is the reference date, as a publication date is for news.
Ours: ``eventwire.extract.dates``. Baseline: dateparser's ``search_dates`` with the same reference.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.eval.metrics import PRF, match_spans
from eventwire.extract.dates import find_time_expressions

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimeMLDoc:
    doc_id: str
    text: str
    dct: dt.date
    timexes: tuple[Timex, ...]


def parse_timeml(path: Path) -> TimeMLDoc:
    """Plain text of <TEXT> with the gold TIMEX3 spans as character offsets into it."""
    raw = path.read_text(encoding="utf-8")
    dct_value = re.search(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', raw, re.S)
    if not dct_value:
        raise InputError(f"{path}: no document creation time (DCT) found.")
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    out: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes: list[Timex] = []
    pos = 0
    for m in _TAG.finditer(body):
        piece = html.unescape(body[pos : m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        closing, name = m.group(1), m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            text = "".join(out)[start:length]
            timexes.append(
                Timex(start, length, text, attrs.get("type", ""), attrs.get("value", ""))
            )
            open_timex = None
    out.append(html.unescape(body[pos:]))
    return TimeMLDoc(path.stem, "".join(out), dt.date.fromisoformat(dct_value.group(1)),
                     tuple(timexes))  # fmt: skip


def load(data_dir: Path, limit: int | None = None) -> list[TimeMLDoc]:
    root = data_dir / "tempeval3_tbaq"
    files = sorted(root.glob("*/*.tml"))
    if not files:
        raise InputError(
            f"no TimeML files under {root}.", fix="point --data at the shared datasets folder."
        )
    return [parse_timeml(f) for f in files[:limit]]


Prediction = tuple[int, int, str]  # start, end, value
Tagger = Callable[[TimeMLDoc], list[Prediction]]


def ours(doc: TimeMLDoc) -> list[Prediction]:
    return [(r.start, r.end, r.value) for r in find_time_expressions(doc.text, doc.dct)]


def dateparser_baseline(doc: TimeMLDoc) -> list[Prediction]:
    """dateparser.search.search_dates relative to the DCT; spans found by searching its output."""
    from dateparser.search import search_dates

    base = dt.datetime.combine(doc.dct, dt.time(12, 0))
    found = search_dates(
        doc.text,
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
    ) or []  # fmt: skip
    preds: list[Prediction] = []
    cursor = 0
    for surface, when in found:
        at = doc.text.find(surface, cursor)
        if at < 0:
            continue
        preds.append((at, at + len(surface), when.date().isoformat()))
        cursor = at + len(surface)
    return preds


def _zero() -> PRF:
    return PRF(0, 0, 0)


@dataclass(slots=True)
class Score:
    strict: PRF = field(default_factory=_zero)
    relaxed: PRF = field(default_factory=_zero)
    value: PRF = field(default_factory=_zero)  # relaxed span match with the exact TimeML value
    by_type_recall: dict[str, PRF] = field(default_factory=lambda: {t: _zero() for t in TYPES})


def score(docs: list[TimeMLDoc], tagger: Tagger) -> tuple[Score, list[dict[str, Any]]]:
    """Detection (strict and relaxed span F1), value F1, recall per gold type, and the misses."""
    total = Score()
    errors: list[dict[str, Any]] = []
    for doc in docs:
        preds = tagger(doc)
        gold_spans = [(t.start, t.end) for t in doc.timexes]
        pred_spans = [(s, e) for s, e, _ in preds]
        strict = match_spans(gold_spans, pred_spans, strict=True)
        relaxed = match_spans(gold_spans, pred_spans, strict=False)
        n_p, n_g = len(preds), len(gold_spans)
        total.strict += PRF(len(strict), n_p, n_g)
        total.relaxed += PRF(len(relaxed), n_p, n_g)
        correct = [(g, p) for g, p in relaxed if preds[p][2] == doc.timexes[g].value]
        total.value += PRF(len(correct), n_p, n_g)
        matched = {g for g, _ in relaxed}
        for gi, t in enumerate(doc.timexes):
            if t.type in total.by_type_recall:
                total.by_type_recall[t.type] += PRF(int(gi in matched), 0, 1)
        for g, p in relaxed:
            if preds[p][2] != doc.timexes[g].value:
                errors.append({"doc": doc.doc_id, "dct": doc.dct.isoformat(),
                               "text": doc.timexes[g].text, "gold": doc.timexes[g].value,
                               "predicted": preds[p][2]})  # fmt: skip
    return total, errors


def run(data_dir: Path, limit: int | None = None) -> dict[str, Any]:
    """Ours and the baseline on the same documents; a JSON-ready result."""
    docs = load(data_dir, limit)
    result: dict[str, Any] = {
        "dataset": "tempeval3",
        "documents": len(docs),
        "gold_timexes": sum(len(d.timexes) for d in docs),
        "systems": {},
    }
    for name, tagger in (("eventwire", ours), ("dateparser", dateparser_baseline)):
        total, errors = score(docs, tagger)
        result["systems"][name] = {
            "strict": total.strict.as_dict(),
            "relaxed": total.relaxed.as_dict(),
            "value": total.value.as_dict(),
            "recall_by_type": {t: round(p.recall, 4) for t, p in total.by_type_recall.items()},
            "value_errors_sample": errors[:25],
        }
    return result


def rows(result: dict[str, Any]) -> Iterator[tuple[str, str, float]]:
    """(system, metric, figure) for the table."""
    for system, figures in result["systems"].items():
        for kind in ("strict", "relaxed", "value"):
            for metric in ("precision", "recall", "f1"):
                yield system, f"{kind} {metric}", figures[kind][metric]
