"""How alike two articles' texts are: TF-IDF cosine over their content words.

Reports of one incident share what no other story has (the victims' and streets' names, the
outlet-independent facts); reports of different incidents share only the vocabulary of the
genre, which inverse document frequency weighs down. Built once per linking run over the
documents that have mentions, so the weights reflect the collection being linked.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Mapping

NEAR = 0.1  # below this, two articles share no more than the genre's words
# Linking compares texts of reports dated within a month of each other (a follow-up up to
# 30 days on, an incident spanning a few days): pairs further apart are never asked for.
WINDOW = dt.timedelta(days=45)
COMMON = 50  # a word in more stories than this names none of them (at most ~COMMON reports each)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}|\d{3,}")
_STOP_WORDS = (
    "the and for that with was were are has have had from this but not his her their they "
    "said says will would been who which when where what there after before about into over "
    "also than then them its our out off one two three more most some such only other any all "
    "can could may might just being because while during police"
)
_STOP = frozenset(_STOP_WORDS.split())


def _terms(text: str) -> Counter[str]:
    return Counter(
        w for w in (t.lower().replace("’", "'") for t in _WORD.findall(text)) if w not in _STOP
    )


class TextIndex:
    """Unit TF-IDF vectors of documents, by document id."""

    def __init__(
        self, texts: Mapping[str, str], spans: Mapping[str, tuple[dt.date, dt.date]] | None = None
    ) -> None:
        """``spans``: each document's first and last date (published, events it tells); two
        documents whose spans are more than ``WINDOW`` apart are not compared."""
        self._spans = dict(spans or {})
        counts = {doc: _terms(text) for doc, text in texts.items()}
        df: Counter[str] = Counter()
        for terms in counts.values():
            df.update(terms.keys())
        self._df = df
        self._near: dict[str, dict[str, float]] | None = None
        n = len(counts) or 1
        self._vectors: dict[str, dict[str, float]] = {}
        for doc, terms in counts.items():
            vec = {
                t: (1.0 + math.log(c)) * math.log((1 + n) / (1 + df[t])) for t, c in terms.items()
            }
            norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
            self._vectors[doc] = {t: v / norm for t, v in vec.items() if v > 0}

    def pairs(self, min_cosine: float, top: int = 15) -> list[tuple[float, str, str]]:
        """Document pairs at least this alike, most alike first. Candidates share one of
        their ``top`` heaviest terms (names, streets: what a story has of its own) and are
        dated within ``WINDOW`` of each other, so each document has at most ``top`` x
        ``COMMON`` candidates and the cost grows with the collection, not with its square."""
        postings: dict[str, list[str]] = {}
        heads = {}
        for doc, vec in self._vectors.items():
            rare = [t for t in vec if self._df[t] <= COMMON]
            heads[doc] = sorted(rare, key=lambda t: (-vec[t], t))[:top]
            for t in heads[doc]:
                postings.setdefault(t, []).append(doc)
        found = []
        for doc in sorted(heads):
            seen = {o for t in heads[doc] for o in postings[t] if o > doc}
            for other in sorted(seen):
                if not self._dated_near(doc, other):
                    continue
                score = self.cosine(doc, other)
                if score >= min_cosine:
                    found.append((score, doc, other))
        return sorted(found, key=lambda x: (-x[0], x[1], x[2]))

    def _near_map(self) -> dict[str, dict[str, float]]:
        """Every document's neighbours (cosine ``NEAR`` or more), found once through ``pairs``."""
        if self._near is None:
            self._near = {}
            for score, x, y in self.pairs(NEAR):
                self._near.setdefault(x, {})[y] = score
                self._near.setdefault(y, {})[x] = score
        return self._near

    def neighbours(self, doc: str) -> dict[str, float]:
        """The documents at least ``NEAR`` alike to ``doc``, with their cosine: linking looks
        them up instead of computing them."""
        return self._near_map().get(doc, {})

    def similar(self, a: str, b: str) -> float:
        """The cosine of two documents when it is at least ``NEAR``, else 0."""
        return self.neighbours(a).get(b, 0.0)

    def alike_pairs(self, min_cosine: float) -> list[tuple[float, str, str]]:
        """``pairs(min_cosine)`` for ``min_cosine`` of ``NEAR`` or more, from the neighbours."""
        found = [(s, a, b) for a, near in self._near_map().items() for b, s in near.items()
                 if a < b and s >= min_cosine]  # fmt: skip
        return sorted(found, key=lambda x: (-x[0], x[1], x[2]))

    def _dated_near(self, a: str, b: str) -> bool:
        sa, sb = self._spans.get(a), self._spans.get(b)
        if sa is None or sb is None:
            return True  # undated: no window to apply
        return sa[0] - WINDOW <= sb[1] and sb[0] - WINDOW <= sa[1]

    def cosine(self, a: str, b: str) -> float:
        va, vb = self._vectors.get(a), self._vectors.get(b)
        if not va or not vb:
            return 0.0
        # the shared words only (a set intersection in C), summed exactly so that the order
        # of a set (which varies with the hash seed) cannot change the last bit
        return math.fsum(va[t] * vb[t] for t in va.keys() & vb.keys())

    def __contains__(self, doc: object) -> bool:
        return doc in self._vectors
