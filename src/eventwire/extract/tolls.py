"""An incident's toll from the casualty figures of the clauses that tell it.

The figures of one story overlap: a lead's total, then each victim; "a man was hurt ... three
other people were shot" adds up; "seven people were shot" includes the two who died. The rules,
in order:

1. firm figures before hedged ones, and a figure for several people before one for a single
   victim (the lead's total, not the first victim the story describes);
2. a figure for "other" or "additional" people adds the figure told before it;
3. people "shot" include the dead: injured = shot - killed (0 when as many died as were shot),
   when the deaths are told apart;
4. the one victim "shot" in a story of one death is the person who died, not also injured.

Each rule that changes a figure says so in the incident's reasoning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from eventwire.records import Count

_OTHER = re.compile(r"\b(?:other|others|another|additional|more)\b", re.I)
_HIT_ONLY = re.compile(r"\bshot\b|\bshooting\b|\bstr(?:uck|iking)\b|\bhit(?:ting)?\b|\bgraz", re.I)
_HURT_WORD = re.compile(r"wound|injur|hurt|hospital|treated", re.I)


def _usable(counts: Sequence[Count]) -> list[Count]:
    usable = [c for c in counts if not c.tally and c.best is not None]
    return [c for c in usable if not c.hedged] or usable


def pick(counts: Sequence[Count]) -> Count | None:
    """Rule 1: the figure that stands for the incident."""
    usable = _usable(counts)
    several = [c for c in usable if c.best != 1]
    chosen = several or usable
    return chosen[0] if chosen else None


def toll(counts: Sequence[Count], text: str) -> tuple[Count | None, str | None]:
    """The figure for one field with rule 2 applied, and the reasoning when it applied."""
    chosen = pick(counts)
    if chosen is None or not _OTHER.search(chosen.text):
        return chosen, None
    before = [c for c in _usable(counts) if c.end <= chosen.start and not _OTHER.search(c.text)]
    if not before or chosen.best is None or before[-1].best is None:
        return chosen, None
    first = before[-1]

    def add(a: int | None, b: int | None) -> int | None:
        return None if a is None or b is None else a + b

    summed = replace(
        chosen,
        low=add(first.low, chosen.low),
        best=add(first.best, chosen.best),
        high=add(first.high, chosen.high),
        start=first.start,
        text=text[first.start : chosen.end],
    )
    return summed, f"{first.text!r} and {chosen.text!r} add up to {summed.best}"


def injured_apart_from_killed(
    injured: Count | None, killed: Count | None
) -> tuple[Count | None, str | None]:
    """Rules 3 and 4: the injured without the dead."""
    if injured is None or killed is None or not killed.best or injured.best is None:
        return injured, None
    if injured.start <= killed.start <= injured.end + 8:
        return injured, None  # "four people were shot, one fatally": already apart
    if _OTHER.search(injured.text):
        return injured, None  # "five others shot": the dead are not among them
    hit_only = _HIT_ONLY.search(injured.text) and not _HURT_WORD.search(injured.text)
    if injured.best == 1 == killed.best and not _OTHER.search(injured.text) and hit_only:
        return None, f"{injured.text!r} is the victim who died"
    if hit_only and injured.best >= killed.best:
        # "a woman and a boy had been shot" and "a mother and son were found fatally shot":
        # the same two, none left injured
        rest = injured.best - killed.best
        apart = replace(
            injured,
            low=None if injured.low is None else max(injured.low - killed.best, 0),
            best=rest,
            high=None if injured.high is None else injured.high - killed.best,
        )
        return apart, f"{injured.text!r} includes the {killed.best} killed: {rest} injured"
    return injured, None
