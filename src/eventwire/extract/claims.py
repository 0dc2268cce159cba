"""Numeric claims: tallies and statistics as records, so that a changing tally can be followed
across outlets and over time.

A claim is a number of events or casualties counted over a period ("have been attacked
approximately 66 times since October 17", "about 140 rocket and drone attacks since
mid-October", "62 injuries"), with its parts when the text breaks it down ("32 separate times
in Iraq and 34 separate times in Syria"), the period's start resolved against the publication
date, and who says so (the speaker of the statement it sits in, or "according to ...").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from eventwire.extract.counts import parse_number
from eventwire.extract.dates import find_time_expressions
from eventwire.extract.sentences import sentence_spans
from eventwire.records import Evidence, NumericClaim, Statement

EXTRACTOR = "claims.rules.v1"

_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?"
)
_QUAL = r"(?P<qual>about|approximately|around|roughly|more than|over|at least|nearly|almost|some)"
_WHAT = (
    r"(?P<what>(?:separate\s+)?times|(?:[\w-]+\s+){0,4}?(?:attacks|strikes|incidents|injuries|deaths|"
    r"casualties|killings|rockets|drones|missiles|people|civilians|soldiers|troops|personnel))"
)
_CLAIM = re.compile(rf"\b(?:{_QUAL}\s+)?(?P<n>\d[\d,]*|{_WORDS})\s+{_WHAT}\b", re.I)
_PERIOD = re.compile(
    r"\b(?P<period>(?:since|from)\s+(?:the\s+)?(?:start\s+of\s+|beginning\s+of\s+)?"
    r"(?:(?:mid|early|late)-?\s*)?[A-Z][\w.]*(?:\s+\d{1,2})?(?:,?\s+\d{4})?|so far this year|"
    r"so far|to date|this year|in total|altogether)"
)
_PART = re.compile(
    rf"(?P<n>\d[\d,]*|{_WORDS})\s+(?:separate\s+)?(?P<what>times|attacks|strikes)\s+in\s+"
    r"(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)
_ACCORDING = re.compile(
    r"\baccording to (?:the )?(?:latest )?(?:tally |figures )?(?:from |by )?(?:the )?"
    r"(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})"
)
_EVENT_VERB = re.compile(r"(?i)\b(?:attacked|struck|targeted|hit|shelled)\s+(?:\w+\s+)?$")


def _figure(qual: str | None, n: int) -> tuple[int | None, int | None, int | None]:
    q = (qual or "").lower()
    if q in ("more than", "over"):
        return n + 1, n + 1, None
    if q == "at least":
        return n, n, None
    if q in ("nearly", "almost"):
        return None, n, n
    if q:
        return None, n, None  # "about 140": the figure, not a bound
    return n, n, n


def find_numeric_claims(
    text: str, published: dt.date | None, statements: Sequence[Statement] = ()
) -> list[NumericClaim]:
    """Tallies and statistics in ``text`` (counted over a period), in reading order."""
    out: list[NumericClaim] = []
    for ss, se in sentence_spans(text):
        sentence = text[ss:se]
        period = _PERIOD.search(sentence)
        if period is None:
            continue
        who = next((st.speaker_name for st in statements
                    if st.content.start <= ss + period.start() < st.content.end + 1
                    or (st.content.start < se and ss < st.content.end)), None)  # fmt: skip
        according = _ACCORDING.search(sentence)
        if according:
            who = according.group("who").rstrip(".")
        since = None
        if period.group("period").lower().startswith(("since", "from")):
            refs = [r for r in find_time_expressions(sentence, published)
                    if r.start >= period.start() and r.start <= period.end()]  # fmt: skip
            if refs:
                r = refs[0]
                since = type(r)(start=ss + r.start, end=ss + r.end, text=r.text, value=r.value,
                                type=r.type, extractor=r.extractor, date_start=r.date_start,
                                date_end=r.date_end, precision=r.precision,
                                reasoning=r.reasoning)  # fmt: skip
        taken: list[tuple[int, int]] = []
        for m in _PART.finditer(sentence):
            taken.append(m.span())
        for m in _CLAIM.finditer(sentence):
            if any(s <= m.start() < e for s, e in taken):
                continue
            word = m.group("n").lower()
            n = {"dozens": 12, "hundreds": 100}.get(word) or parse_number(word)
            if n is None or re.match(r"-?year|\s*(?:years?|months?)\s+old", sentence[m.end("n") :]):
                continue
            what = m.group("what").lower().replace("separate ", "")
            if what == "times":
                what = "attacks" if _EVENT_VERB.search(sentence[: m.start()]) else "times"
            low, best, high = _figure(m.group("qual"), n)
            whole = NumericClaim(
                n=len(out) + 1, what=what, low=low, best=best, high=high,
                evidence=Evidence(ss + m.start(), ss + m.end(), m.group(0), EXTRACTOR),
                since=since, period=period.group("period"), attributed_to=who,
            )  # fmt: skip
            out.append(whole)
            for part in _PART.finditer(sentence, m.end()):
                k = parse_number(part.group("n"))
                if k is None:
                    continue
                out.append(NumericClaim(
                    n=len(out) + 1, what=whole.what, low=k, best=k, high=k,
                    evidence=Evidence(ss + part.start(), ss + part.end(), part.group(0), EXTRACTOR),
                    since=since, period=whole.period, place=part.group("place"),
                    attributed_to=who, part_of=whole.n,
                ))  # fmt: skip
            taken.extend((p.start(), p.end()) for p in _PART.finditer(sentence, m.end()))
    return out
