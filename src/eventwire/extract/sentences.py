"""Sentence spans for the rule-based extractors (fast, no model): a period after a common
abbreviation ("Oct. 17", "U.S. troops", "Gen. Ryder") does not end a sentence."""

from __future__ import annotations

import re
from functools import lru_cache

_END = re.compile(r"[.!?]+[\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])|\n+")
_ABBREV = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "maj", "gov", "sen",
    "rep", "no", "vs", "jr", "sr", "inc", "co", "corp", "ft", "mt", "ave", "blvd", "rd",
    "u.s", "u.n", "u.k", "d.c", "a.m", "p.m", "e.g", "i.e",
}  # fmt: skip
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed."""
    return list(_sentence_spans(text))


@lru_cache(maxsize=8)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    # Cached: every extractor of one article asks for the same article's sentences.
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group(0)[0] == ".":
            word = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            token = word.group(1).lower().rstrip(".") if word else ""
            if token in _ABBREV or len(token) == 1:  # "Oct. 17", "John F. Kennedy"
                continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(out)
