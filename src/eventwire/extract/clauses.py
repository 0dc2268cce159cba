"""Clauses that may tell different incidents: a sentence is cut where news prose links one event
to another ("in retaliation for a missile attack on ...", "came hours after US warplanes
struck ...", "followed another strike by ...", "when militants fired ...").

Each clause knows the clause it was cut from (``partner``) and how they relate: the two tell
*different* events ("apart"), or the same moment ("when": the cut-off clause dates the other).
A sentence opening with "Days prior" or "Earlier" is apart from the sentence before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.extract.sentences import sentence_spans

_CUT = re.compile(
    r"\b(?:in (?:direct )?(?:response|retaliation|reaction|reprisal) (?:to|for)|"
    r"(?:as |in )?retaliation (?:to|for)|a response to|(?:came|comes|happened) "
    r"(?:(?:just |only )?(?:hours|days|weeks|minutes|a day|a week) )?(?:after|before)|"
    r"followed|days? after|weeks? after|hours? after|following|triggered by|prompted by|"
    r"sparked by)\b"
    # not a clock: "It happened after 12:00 a.m. Sunday", "happened shortly before midnight"
    r"(?!\s+(?:(?:about|around|approximately|roughly)\s+)?(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b|"
    r"o['’]clock)|\d{1,2}:\d\d|midnight|noon|dawn|daybreak|sunrise|sunset|dusk)\b)",
    re.I,
)
# "Three people are dead following a shooting", "A teen has died days after a shooting": the
# victims' state and the event that caused it are one incident, not two (not "The shooting is
# the city's second homicide, following a domestic dispute": a second event)
# ("A teenager is suffering from a gunshot wound following a shooting", "A man died Sunday
# following": the day or a few words between, none that tells an event of its own)
_OUTCOME_BEFORE = re.compile(
    r"\b(?:dead|died|killed|injured|wounded|hurt|hospitali[sz]ed|treated|"
    r"(?:critical|serious|stable) condition|(?:gunshot|bullet|stab) wounds?|injuries)"
    r"(?:\s+(?!(?:in|by|at|on|during)\b)[\w'’-]+){0,3}?\s*,?\s*$",
    re.I,
)
_CAUSE_CUT = re.compile(r"following|(?:hours|days|weeks) after", re.I)
_WHEN = re.compile(r"\bwhen\b(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:fired|launched|attacked|struck|"
                   r"targeted|hit|shelled|bombed|opened))", re.I)  # fmt: skip
_APART_OPENING = re.compile(
    r"^(?:Days|Weeks|Hours|A day|A week|Two days|Three days)\s+(?:prior|earlier|before)\b|"
    r"^(?:Earlier|Previously|Separately|In a separate (?:incident|attack|strike)|Meanwhile)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    sentence: int  # index of its sentence
    partner: int | None = None  # index of the clause it was cut from / apart from
    relation: str | None = None  # "apart" | "when"


def _caused(sentence: str, cut: re.Match[str]) -> bool:
    """The clause before the cut is the state its victims were left in by what follows."""
    return bool(
        _CAUSE_CUT.fullmatch(cut.group()) and _OUTCOME_BEFORE.search(sentence, 0, cut.start())
    )


def split_clauses(text: str) -> list[Clause]:
    """Clauses of ``text`` in reading order."""
    out: list[Clause] = []
    for n, (s, e) in enumerate(sentence_spans(text)):
        sentence = text[s:e]
        cuts = sorted(
            [(m.start(), "apart") for m in _CUT.finditer(sentence) if not _caused(sentence, m)]
            + [(m.start(), "when") for m in _WHEN.finditer(sentence)]
        )
        bounds = [0] + [c for c, _ in cuts] + [len(sentence)]
        first = len(out)
        for i in range(len(bounds) - 1):
            a, b = bounds[i], bounds[i + 1]
            if not sentence[a:b].strip():
                continue
            if i == 0:
                partner, relation = None, None
                if _APART_OPENING.match(sentence) and first > 0:
                    partner, relation = first - 1, "apart"
            else:
                partner, relation = len(out) - 1, cuts[i - 1][1]
            out.append(Clause(s + a, s + b, n, partner, relation))
    return out
