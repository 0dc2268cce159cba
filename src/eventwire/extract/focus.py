"""The country and the state an article's places agree on, and the towns read against them.

A local story names its town several times, its state or a big city of it, and now and then a
small place whose name many states share. The focus is what the places whose state is sure
agree on; a town of the same name in another state is then a misreading: it is either the
town of that name in the article's state (``refocus``), or no place to code (``fits``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from eventwire.extract.places import region_after
from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.names import name_key
from eventwire.records import PlaceRef

SURE_POPULATION = 50_000  # a town this big is the one its name means, wherever it is told
_LOCAL = ("city", "admin2")
# "an El Paso hospital", "the Grady Memorial Hospital", "the El Paso Trauma Center"
_HOSPITAL_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:[Hh]ospitals?|Trauma Center|Medical Center)\b"
)


@dataclass(frozen=True, slots=True)
class ArticleFocus:
    """The country, and the state, most of an article's places are in (None: no clear one)."""

    country: str | None = None
    state: str | None = None

    def fits(self, text: str, ref: PlaceRef) -> bool:
        """ "Little Havana" in a Miami story is not Havana, "Roxbury" in a Boston story not the
        Wisconsin town: a place against the article's clear focus is a misreading, unless the
        text names its region ("Red Wing, Minnesota") or it is a curated site."""
        p = ref.place
        if p is None:
            return False
        if p.source == "curated":
            return True
        if self.country is not None and p.country_code != self.country:
            return False
        return not self._other_state(text, ref)

    def _other_state(self, text: str, ref: PlaceRef) -> bool:
        p = ref.place
        return (
            p is not None and self.state is not None and p.kind in _LOCAL
            and p.admin1 is not None and p.admin1 != self.state
            and region_after(text, ref.end) is None
        )  # fmt: skip


def article_focus(text: str, places: Sequence[PlaceRef], dateline: PlaceRef | None) -> ArticleFocus:
    """The country most of the article's places are in, when two thirds of them agree; the
    state likewise, of the places whose state is sure (a name with one place, a big town, a
    region named beside it; not "Bastrop", a town in Louisiana and a county in Texas), when
    two or more of them or one big city agree on it (the dateline counts twice)."""
    every = [*places, *([dateline] * 2 if dateline else [])]
    codes = Counter(p.place.country_code for p in every if p.place is not None)
    if not codes:
        return ArticleFocus()
    code, n = codes.most_common(1)[0]
    country = code if n * 3 >= 2 * sum(codes.values()) else None

    def sure(ref: PlaceRef) -> bool:
        p = ref.place
        if _HOSPITAL_AFTER.match(text, ref.end):
            return False  # "airlifted to the El Paso Trauma Center": where the victim was taken
        return p is not None and (ref.candidates == 1 or p.population >= SURE_POPULATION
                                  or region_after(text, ref.end) is not None)  # fmt: skip

    sure_refs = [p for p in every if p.place is not None and sure(p)
                 and p.place.admin1 and p.place.country_code == country]  # fmt: skip
    states = Counter(p.place.admin1 for p in sure_refs if p.place is not None)
    state = None
    if states:
        top, k = states.most_common(1)[0]
        # one big city alone sets it too: "Madisonville" in a Cincinnati story is its
        # neighbourhood, not the Kentucky town
        big = any(p.place is not None and p.place.population >= SURE_POPULATION
                  and p.place.admin1 == top for p in sure_refs)  # fmt: skip
        state = top if (k >= 2 or big) and k * 3 >= 2 * sum(states.values()) else None
    return ArticleFocus(country, state)


def refocus(
    text: str, places: Sequence[PlaceRef], dateline: PlaceRef | None, gazetteer: Gazetteer
) -> list[PlaceRef]:
    """The places with each town of another state than the article's, named with no region
    beside it, read as the town of that name in the article's state when the gazetteer has
    one ("Caledonia" in a Rochester, N.Y. story is Caledonia, N.Y., not the bigger Caledonia,
    Wis.); the most populous of them, a town before a county."""
    focus = article_focus(text, places, dateline)
    if focus.state is None:
        return list(places)
    out = []
    for ref in places:
        p = ref.place
        if (
            p is None
            or p.source == "curated"
            or p.population >= SURE_POPULATION  # "killed in Dallas" in a Georgia story
            or not focus._other_state(text, ref)
        ):
            out.append(ref)
            continue
        out.append(_here(ref, focus.state, gazetteer) or ref)
    return out


def _here(ref: PlaceRef, state: str, gazetteer: Gazetteer) -> PlaceRef | None:
    """``ref`` read as the place of its very name in ``state`` (the most populous, a town
    before a county), None when the gazetteer has none there."""
    p = ref.place
    if p is None:
        return None
    here = [
        c for c in gazetteer.lookup(ref.text)
        if c.kind in _LOCAL and c.admin1 == state and c.country_code == p.country_code
        and name_key(c.name) == name_key(ref.text)
    ]  # fmt: skip
    if not here:
        return None
    best = max(here, key=lambda c: (c.kind == "city", c.population))
    kind = "town" if best.kind == "city" else "county"
    why = f"the {kind} of that name in {state}, the state the article's places agree on"
    return replace(ref, place=best, reasoning=why)


def refocus_dateline(
    text: str, places: Sequence[PlaceRef], dateline: PlaceRef | None, gazetteer: Gazetteer
) -> PlaceRef | None:
    """A dateline with no region beside it ("WOODLAWN —", read as the most populous
    Woodlawn, in Maryland) whose state the article's other places disagree with, read as
    the place of that name in their state (Chicago's Woodlawn), unless it is a city of
    50,000+; the dateline's own name does not count towards the places' state."""
    p = dateline.place if dateline is not None else None
    if dateline is None or p is None or p.source == "curated" or p.kind not in _LOCAL:
        return dateline
    if region_after(text, dateline.end) is not None or p.population >= SURE_POPULATION:
        return dateline
    others = [r for r in places if name_key(r.text) != name_key(dateline.text)]
    focus = article_focus(text, others, None)
    if focus.state is None or focus.state == p.admin1 or focus.country != p.country_code:
        return dateline
    return _here(dateline, focus.state, gazetteer) or dateline
