"""Choosing among overlapping candidate spans."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar


class HasSpan(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=HasSpan)


def longest_first(candidates: Iterable[S]) -> list[S]:
    """Non-overlapping candidates, longer ones winning (then earlier ones), in text order:
    "late Monday evening" beats "Monday", "Jurf al-Sakhar district" beats "Jurf al-Sakhar"."""
    chosen: list[S] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start)):
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)
