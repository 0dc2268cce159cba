"""PolNeAR (political news attribution relations; the dev split, or train as ``quotes-train``:
the rules were written looking at dev errors, so train is the check that they generalise):
source, cue and content spans of attributions, exact and overlapping, for direct quotations and
indirect attributions apart.

An attribution is direct when its content opens with a quote mark. Spans are compared after
trimming quote marks, spaces and the punctuation that closes a quotation ("...,” he said": the
comma), on both sides alike. Predicted statements count as direct or indirect by their own
kind (a written statement is indirect). Baseline in the same run on the same documents:
textacy's ``direct_quotations`` over a full spaCy parse (it finds direct quotations only, and
gives up on a document with an odd number of quote marks: such a document counts as none found).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.errors import InputError
from eventwire.eval.metrics import PRF, Span, match_spans
from eventwire.extract.quotes import find_statements
from eventwire.nlp import load_model

ROLES = ("source", "cue", "content")
KINDS = ("direct", "indirect")
_TRIM = " \t\n“”\"‘’'.,;:"


@dataclass(frozen=True, slots=True)
class Attribution:
    kind: str
    source: Span | None
    cue: Span | None
    content: Span | None


def _trim(text: str, span: Span | None) -> Span | None:
    if span is None:
        return None
    s, e = span
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return (s, e) if e > s else None


def _read(ann: Path, text: str) -> list[Attribution]:
    spans: dict[str, tuple[str, Span]] = {}
    rels: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if line.count("\t") < 1:
            continue  # the rest of a span's text that ran over a line break
        if line.startswith("T") and line.count("\t") >= 2:
            tid, mid, _ = line.split("\t", 2)
            label, ranges = mid.split(" ", 1)
            points = [int(x) for x in re.split(r"[ ;]", ranges)]
            spans[tid] = (label, (min(points), max(points)))
        elif line.startswith("E"):
            _, args = line.split("\t", 1)
            rels.append(dict(a.split(":", 1) for a in args.split()))
    out = []
    for rel in rels:
        got = {k.lower(): spans[v][1] for k, v in rel.items() if v in spans}
        content = got.get("content")
        kind = (
            "direct"
            if content and text[content[0] : content[1]].lstrip()[:1] in '“"'
            else "indirect"
        )
        out.append(Attribution(kind, got.get("source"), got.get("cue"), content))
    return out


def load(
    data_dir: Path, limit: int | None, split: str = "dev"
) -> list[tuple[str, str, list[Attribution]]]:
    root = data_dir / "polnear" / split
    if not (root / "attributions").is_dir():
        raise InputError(
            f"{root}/attributions not found.", fix="point --data at the datasets folder."
        )
    texts = {p.stem: p for p in (root / "text").glob("*.txt")}
    docs = []
    for ann in sorted((root / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        if stem not in texts:
            continue
        text = texts[stem].read_text(encoding="utf-8")
        docs.append((stem, text, _read(ann, text)))
        if limit and len(docs) >= limit:
            break
    return docs


def _ours(text: str) -> list[Attribution]:
    out = []
    for st in find_statements(text):
        kind = "direct" if st.kind == "direct" else "indirect"
        out.append(Attribution(
            kind,
            (st.speaker.start, st.speaker.end) if st.speaker else None,
            (st.cue.start, st.cue.end) if st.cue else None,
            (st.content.start, st.content.end),
        ))  # fmt: skip
    return out


def _textacy(docs: Iterable[Any]) -> Iterable[list[Attribution]]:
    from textacy.extract.triples import direct_quotations

    for doc in docs:
        found: list[Attribution] = []
        try:
            quotes = list(direct_quotations(doc))
        except ValueError:  # textacy refuses a document with an odd number of quote marks
            quotes = []
        for q in quotes:
            speaker = (
                (q.speaker[0].idx, q.speaker[-1].idx + len(q.speaker[-1])) if q.speaker else None
            )
            cue = (q.cue[0].idx, q.cue[-1].idx + len(q.cue[-1])) if q.cue else None
            found.append(
                Attribution("direct", speaker, cue, (q.content.start_char, q.content.end_char))
            )
        yield found


def _score(
    pairs: Iterable[tuple[str, list[Attribution], list[Attribution]]],
) -> dict[str, Any]:
    totals: dict[tuple[str, str, str], PRF] = {}
    for text, gold, pred in pairs:
        for kind in (*KINDS, "all"):
            g = [a for a in gold if kind in ("all", a.kind)]
            p = [a for a in pred if kind in ("all", a.kind)]
            for role in ROLES:
                gs = [x for x in (_trim(text, getattr(a, role)) for a in g) if x]
                ps = [x for x in (_trim(text, getattr(a, role)) for a in p) if x]
                for how, strict in (("exact", True), ("overlap", False)):
                    tp = len(match_spans(gs, ps, strict))
                    key = (kind, role, how)
                    totals[key] = totals.get(key, PRF(0, 0, 0)) + PRF(tp, len(ps), len(gs))
    out: dict[str, Any] = {}
    for (kind, role, how), prf in totals.items():
        out.setdefault(kind, {}).setdefault(role, {})[how] = prf.as_dict()
    return out


def run(
    data_dir: Path,
    limit: int | None = None,
    settings: Settings | None = None,
    split: str = "dev",
) -> dict[str, Any]:
    settings = settings or Settings.load()
    docs = load(data_dir, limit, split)
    ours = [(text, gold, _ours(text)) for _, text, gold in docs]
    nlp = load_model(settings.spacy_model)
    parsed = nlp.pipe((text for _, text, _ in docs), batch_size=16)
    base = [
        (text, gold, pred) for (_, text, gold), pred in zip(docs, _textacy(parsed), strict=True)
    ]
    n_gold = {k: sum(a.kind == k for _, _, g in docs for a in g) for k in KINDS}
    return {
        "dataset": f"quotes (PolNeAR {split})",
        "documents": len(docs),
        "gold attributions": n_gold,
        "systems": {"eventwire": _score(ours), "textacy direct_quotations": _score(base)},
    }
