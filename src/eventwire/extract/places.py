"""Toponyms in text and the places they name.

Detection: spaCy's named entities (GPE, LOC, FAC) plus every alias of the curated gazetteer,
so that sites a general model does not know ("Jurf al-Sakhar", "Ain al-Asad") are found.
Resolution, for a name with several candidates, in order of weight:
1. the region the text attaches to it ("Alexandria, Louisiana", "Babil's Jurf al-Nasr",
   "Qaim district", "Anbar province"), there or anywhere else the story uses the name
   ("GREENWOOD, SC ... Greenwood police": one place per name in a story); a town the gazetteer
   does not list in the state named after it ("Manchester, IL") is that town there, with no
   point, not a town of that name elsewhere;
2. the document's focus: the countries and US states of its unambiguous toponyms;
3. the kind the name most often means (a country or state before a same-named town);
4. population.
A name the gazetteer does not list that is a compass part of a big city ("Southeast
Bakersfield") names that city. A town's name the text gives in full to a person ("Dario
Alford ... Alford was booked") is that person where it stands alone.
The baseline the evaluation compares against keeps only the last rule.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.clean.patterns import MONTHS, WEEKDAYS
from eventwire.extract.spans import longest_first
from eventwire.geo.gazetteer import Gazetteer, region_name, us_state_name
from eventwire.geo.names import name_key
from eventwire.records import Place, PlaceRef

EXTRACTOR = "places.gazetteer.v1"
LABELS = {"GPE", "LOC", "FAC"}
_KIND_PRIOR = {"country": 3.0, "admin1": 2.5, "admin2": 1.0, "site": 1.0, "city": 0.0}
_ADMIN_WORD = re.compile(
    r"^\s*(?P<word>province|governorate|district|county|parish|state|region|city|town|village)\b",
    re.I,
)
_ADMIN_KIND = {
    "province": "admin1", "governorate": "admin1", "state": "admin1", "region": "admin1",
    "district": "admin2", "county": "admin2", "parish": "admin2",
    "city": "city", "town": "city", "village": "city",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind_hint: str | None = None  # from a following "province", "district", ...


# (not the particles of names: "al Qaim", "de Soto", "van Buren")
_LEAD_WORDS = re.compile(
    r"^(?:(?:THE|The|(?!(?:al|el|as|ash|ad|an|ar|at|az|ibn|bin|de|del|la|le|du|van|von|da|do|"
    r"dos|di)\s)[a-z]+)\s+)+(?=[A-Z])"
)
_POSSESSIVE = re.compile(r"['’]s$")


def detect(
    doc: Any, gazetteer_aliases: re.Pattern[str] | None = None, text: str | None = None
) -> list[Mention]:
    """Toponym spans: spaCy entities and curated names, longest first, without overlaps.
    ``text`` is the document's text when the caller has it (a Doc rebuilds it on each access)."""
    text = doc.text if text is None else text
    found: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ in LABELS:
            start, end = ent.start_char, ent.end_char
            # "the", "west Nashville", "San Francisco's": the name without its article, a
            # lower-case word before it or a possessive after it
            label = _LEAD_WORDS.sub("", ent.text)
            start += len(ent.text) - len(label)
            end -= len(label) - len(_POSSESSIVE.sub("", label))
            # a name ends at a line's end ("16411 Saybrook" over a paragraph, "Houston police")
            for line in re.finditer(r"[^\n]*\S", text[start:end]):
                a, b = start + line.start(), start + line.end()
                a += len(text[a:b]) - len(text[a:b].lstrip())
                found.append(_with_hint(text, a, b))
    if gazetteer_aliases is not None:
        for m in gazetteer_aliases.finditer(text):
            found.append(_with_hint(text, m.start(), m.end()))
    return longest_first(found)


def _with_hint(text: str, start: int, end: int) -> Mention:
    surface = text[start:end]
    hint = None
    m = _ADMIN_WORD.match(text, end)
    if m:
        hint = _ADMIN_KIND[m.group("word").lower()]
    else:
        inner = re.search(r"\s(province|governorate|district|county|parish)$", surface, re.I)
        if inner:
            hint = _ADMIN_KIND[inner.group(1).lower()]
            surface = surface[: inner.start()]
            end = start + len(surface)
    return Mention(start, end, surface, hint)


def region_after(text: str, end: int) -> str | None:
    """'Alexandria, La.' / 'Fargo, N.D.' / 'Alexandria, Louisiana' -> the region's name (on
    the same line: not "Greenwood, SC" and the next paragraph's first word)."""
    m = re.match(
        r",[ \t]*((?:[A-Z]\.){2,3}|[A-Z][a-zA-Z]+\.?(?:[ \t]+[A-Z][a-z]+)?)", text[end : end + 40]
    )
    return m.group(1) if m else None


def _region_before(text: str, start: int) -> str | None:
    """ "Babil's Jurf al-Nasr" / "Anbar province's Qaim" -> 'Babil' / 'Anbar'."""
    m = re.search(
        r"([A-Z][\w-]+)(?:\s+(?:province|governorate))?[’']s\s+$", text[max(0, start - 40) : start]
    )
    return m.group(1) if m else None


@dataclass(slots=True)
class Focus:
    countries: Counter[str]
    admin1: Counter[str]


def _in_region(place: Place, regions: list[Place]) -> bool:
    for region in regions:
        if region.country_code != place.country_code:
            continue
        if region.kind == "country" or (region.admin1 and region.admin1 == place.admin1):
            return True
    return False


def _regions(mention: Mention, text: str, gazetteer: Gazetteer) -> tuple[list[str], list[Place]]:
    """The regions the text attaches to a name, as written and as gazetteer entries."""
    regions = [
        r for r in (region_after(text, mention.end), _region_before(text, mention.start)) if r
    ]
    return regions, [p for r in regions for p in _region_places(r, gazetteer)]


def _region_places(region: str, gazetteer: Gazetteer) -> list[Place]:
    """The countries and states a region's name (as written: "La.", "IL") can be."""
    return [p for p in gazetteer.lookup(region_name(region)) if p.kind in ("country", "admin1")]


def _state_after(mention: Mention, text: str, gazetteer: Gazetteer) -> Place | None:
    """The state (or province) named after a comma ("Manchester, IL"), not the first item of
    a list ("Baghdad, Anbar and Nineveh")."""
    region = region_after(text, mention.end)
    if region is None or _LISTED_AFTER.match(text, mention.end):
        return None
    return next((p for p in _region_places(region, gazetteer) if p.kind == "admin1"), None)


# a name, a comma and a place that goes on as a list: "in Baghdad, Anbar and Nineveh", "Ohio,
# Texas, Iowa" (not "Manchester, IL, on Sunday")
_ITEM = r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?"
_LISTED_AFTER = re.compile(rf",\s*{_ITEM}(?:\s+(?:and|or)\b|,\s*{_ITEM}\s*(?:,|\b(?:and|or)\b))")


def resolve_in_context(
    mention: Mention, candidates: list[Place], text: str, focus: Focus, gazetteer: Gazetteer
) -> tuple[Place | None, str]:
    """Weigh the candidates by the rules in the module docstring."""
    if not candidates:
        return None, "no gazetteer entry has this name"
    regions, region_places = _regions(mention, text, gazetteer)
    inside = [p for p in candidates if p not in region_places and _in_region(p, region_places)]
    if inside:
        candidates = inside  # "LEBANON, Pa.": a town in Pennsylvania, not the country
    elif (state := _state_after(mention, text, gazetteer)) and all(
        p.kind in ("city", "admin2") and p.source != "curated" for p in candidates
    ):
        # "Manchester, IL" where the gazetteer has no Manchester in Illinois: that town as the
        # text names it, in Illinois, with no point; not the New Hampshire city of that name
        name = mention.text.title() if mention.text.isupper() else mention.text
        town = Place(name=name, kind="admin2" if mention.kind_hint == "admin2" else "city",
                     country_code=state.country_code, country=state.country,
                     admin1=state.admin1 or state.name, source="text")  # fmt: skip
        return town, (
            f"no place of this name in {', '.join(regions)} in the gazetteer: the town as "
            f"the text names it, in {town.admin1}, without a point"
        )
    key = name_key(mention.text)
    total_c = sum(focus.countries.values()) or 1
    total_a = sum(focus.admin1.values()) or 1

    def score(p: Place) -> float:
        s = _KIND_PRIOR.get(p.kind, 0.0) + math.log10(p.population + 1) / 3
        if mention.kind_hint and (
            p.kind == mention.kind_hint or (mention.kind_hint == "admin2" and p.kind == "site")
        ):
            s += 2.0
        if p not in region_places and _in_region(p, region_places):
            s += 6.0
        s += 4.0 * focus.countries.get(p.country_code, 0) / total_c
        if p.admin1:
            s += 2.0 * focus.admin1.get(p.admin1, 0) / total_a
        if p.source == "curated":
            s += 0.5  # curated entries exist because the general data gets these names wrong
        if name_key(p.name) == key:
            s += 1.0  # its own name, not an old or foreign one: "Montgomery" is not Sahiwal
        return s

    best = max(candidates, key=score)
    if best.kind == "admin2" and best.source == "derived":
        # Counties have no population to weigh: thirty states have a Washington County, and
        # without a state named beside it or in the article's focus none of them is the one.
        top = score(best)
        if sum(1 for p in candidates if p.kind == "admin2" and score(p) >= top - 1e-9) > 1:
            return None, f"{len(candidates)} counties of that name and no state to choose one"
    why = f"best of {len(candidates)} candidate(s) by context, document focus, kind and population"
    if regions:
        why += f"; region named beside it: {', '.join(regions)}"
    return best, why


def by_population(candidates: Sequence[Place]) -> Place | None:
    """The baseline: the most populous place of that name."""
    return max(candidates, key=lambda p: p.population) if candidates else None


# "Norlina, NC", "Kenosha, WI": a town's name and a comma before a state's postal code
_TOWN_COMMA = re.compile(r"[A-Z][\w.'’-]*,[ \t]*$")


def _postal_state(text: str, mention: Mention, gazetteer: Gazetteer) -> list[Place]:
    """The US state a postal code or an AP abbreviation after a town's name is ("Norlina, NC":
    North Carolina, not New Caledonia, whose country code it also is; "KINLOCH, Mo.": Missouri,
    not Macao); nothing when it is no such code."""
    state = us_state_name(mention.text)
    if state is None or not _TOWN_COMMA.search(text[max(0, mention.start - 40) : mention.start]):
        return []
    return [p for p in gazetteer.lookup(state) if p.kind == "admin1" and p.country_code == "US"]


def _county_names(name: str) -> tuple[str, str]:
    """The names a county told as "Cook" (before "County") is listed under."""
    return f"{name} County", f"{name} Parish"


def _focus(mentions: list[Mention], gazetteer: Gazetteer, text: str) -> Focus:
    countries: Counter[str] = Counter()
    admin1: Counter[str] = Counter()
    for mention in mentions:
        # the places of this very spelling: a near one ("Mid-South" for Midway South) sets no
        # focus, nor does every Saint Thomas make "St. Thomas" (Ontario) ambiguous
        cands = _postal_state(text, mention, gazetteer) or gazetteer.spelled(mention.text)
        if mention.kind_hint == "admin2":
            # "Police in Gratiot County say": the county of that name (its town "Alma" is then
            # Michigan's), as the mention resolves
            named = _county_names(mention.text)
            cands = [p for n in named for p in gazetteer.spelled(n) if p.kind == "admin2"] or cands
        if not cands:
            continue
        codes = {p.country_code for p in cands}
        if len(codes) == 1:
            countries[next(iter(codes))] += 1
            regions = {p.admin1 for p in cands}
            if len(regions) == 1 and None not in regions:
                admin1[next(iter(regions))] += 1  # type: ignore[index]
        for p in cands:
            if p.kind in ("country", "admin1") and name_key(p.name) == name_key(mention.text):
                countries[p.country_code] += 1
                if p.kind == "admin1" and p.admin1:
                    admin1[p.admin1] += 1
                break
    return Focus(countries, admin1)


# The months' and the weekdays' full names ("sept" and "jan" are their short forms)
_MONTHS_AND_DAYS = [
    *(max((n for n in MONTHS if MONTHS[n] == month), key=len) for month in range(1, 13)),
    *WEEKDAYS,
]
# "in Laveen Friday night": a day or a month ends a town's name
_DAY_OR_MONTH = "(?:" + "|".join(n.capitalize() for n in _MONTHS_AND_DAYS) + r")\b"
# ... nor is "Metro" a word of it ("Louisville Metro Police")
_NOT_IN_NAME = "(?:" + _DAY_OR_MONTH + r"|Metro(?:politan)?\b)"
# Town names a general model tags as something else or misses, found by the words around them
# (a name counts only when the gazetteer knows it as a town or county in the document's focus):
_NAME = (
    r"(?!(?:The|A|An|In|At|On|And|But|When|After)\s)"  # "The Broken Arrow Police": Broken Arrow
    r"(?P<name>(?:(?:St|Ste|Ft|Mt)\.\s)?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[ -](?:(?!"
    + _NOT_IN_NAME
    + r")[A-Z][a-z]+|[A-Z]\.))?"
    r"(?:[ -](?!" + _NOT_IN_NAME + r")[A-Z][a-z]+)?)"
)
# A town's or county's own force after its name: "Tifton Police", "Franklin County Sheriff",
# "Louisville Metro Police"
LOCAL_FORCE = re.compile(
    r"(?:\s+County|\s+Metro(?:politan)?)?"
    r"\s+(?:[Pp]olice|[Ss]heriff|PD\b|Fire\s+(?:Department|Rescue))"
)
# "a", "an", "the", and an age: "a 19-year-old Gary woman"
A_OR_THE_AGED = r"\b(?:[Aa]n?|[Tt]he)\s+(?:\d{1,3}-year-old\s+)?"
# who lives in a town named before it: "a Sulphur man", "the Dacula teens"
RESIDENT_NOUN = (
    r"(?:man|woman|boy|girl|teen|teenager|couple|family|mother|father|resident|native|youth|"
    r"child|toddler|student)s?"
)


def _after_preposition(words: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{words})\s+(?:the\s+(?:city|town|village|borough)\s+of\s+)?"
        r"(?:(?:suburban|downtown|nearby|rural|central|(?:north|south|east|west)(?:ern)?)\s+)?"
        + _NAME
        + r"\b(?![ -](?!"
        + _DAY_OR_MONTH
        + r")[A-Z])(?!['’]s)"
    )


_CONTEXT = (
    # "Stockton Police say", "Austin police", "Franklin County Sheriff's Office", "Louisville
    # Metro Police", "Indianapolis Metropolitan Police Department"
    re.compile(_NAME + rf"(?={LOCAL_FORCE.pattern})"),
    # where someone lives: "a Sulphur man", "a 19-year-old Gary woman", "the Evansville couple"
    re.compile(A_OR_THE_AGED + _NAME + rf"(?=\s+{RESIDENT_NOUN}\b)"),
    # "in Yonkers", "outside the town of Smicksburg", "in suburban Montgomery" (even where a
    # model saw a person: "his mother's house in Katy"); "at" only where it saw none ("shooting
    # at Taylor")
    _after_preposition("in|near|outside"),
    _after_preposition("at"),
    # "a Bellflower barbershop", "the Stone Mountain home", "the Randallstown shootout"
    re.compile(
        r"\b(?:[Aa]n?|[Tt]he)\s+" + _NAME + r"(?=\s+(?:home|house|apartment|residence|"
        r"barbershop|bar|nightclub|club|restaurant|store|neighborhood|park|motel|hotel|"
        r"gas station|parking lot|shooting|shootout|stabbing|homicide|killing|murder)\b)"
    ),
    # a dateline inside the text: "SAN DIEGO (CNS) - ", "MEMPHIS, TN (outlet)--", "FRANKLIN (Feb. 4"
    re.compile(
        r"(?m)^(?P<name>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})"
        r"(?=(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([^)\n]{1,40}\))?\s*(?:[-–—]|:\s))"
    ),
)
_OVER_PEOPLE = (0, 1, 2)  # the _CONTEXT patterns whose names count where a model saw a person
_NOT_TOWNS = frozenset(_MONTHS_AND_DAYS) | {"god", "police", "update", "metro", "metropolitan"}


def context_mentions(
    text: str,
    found: Sequence[tuple[int, int]],
    people: Sequence[tuple[int, int]],
    gazetteer: Gazetteer,
    focus: Focus,
) -> list[Mention]:
    """Toponyms found by the words around them (see ``_CONTEXT``), outside the places already
    ``found`` and the names a model took for ``people`` (unless a police force or a resident
    follows the name: "Zanesville Police say", "a Sulphur man", whatever the model made of it), kept
    when the gazetteer has a town or county of that name in the focus country (any country when
    the document has no focus)."""
    out = []
    countries = set(focus.countries)
    for i, pattern in enumerate(_CONTEXT):
        # a town's force or a resident: the name is a town's whatever the model made of it
        taken = found if i in _OVER_PEOPLE else [*found, *people]
        for m in pattern.finditer(text):
            start, end = m.span("name")
            name = m.group("name")
            if name.lower() in _NOT_TOWNS or any(s < end and start < e for s, e in taken):
                continue
            mention = _with_hint(text, start, end)
            cands = [p for p in gazetteer.lookup(name) if p.kind in ("city", "admin2", "site")]
            if not cands and (joint := _joint_force_town(text, mention)) != mention:
                mention = joint
                cands = [p for p in gazetteer.lookup(joint.text) if p.kind in ("city", "admin2")]
            if cands and (not countries or any(p.country_code in countries for p in cands)):
                out.append(mention)
    return longest_first(out)


def resolve_places(
    doc: Any,
    gazetteer: Gazetteer,
    aliases: re.Pattern[str] | None = None,
    baseline: bool = False,
    text: str | None = None,
) -> list[PlaceRef]:
    """Every toponym of a parsed document with the place it names (or None, and why)."""
    text = doc.text if text is None else text  # a spaCy Doc rebuilds its text on every access
    mentions = detect(doc, aliases, text)
    focus = _focus(mentions, gazetteer, text)
    surnames: frozenset[str] = frozenset()
    if not baseline:
        found = [(m.start, m.end) for m in mentions]
        people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        extra = context_mentions(text, found, people, gazetteer, focus)
        if extra:
            mentions = sorted([*mentions, *extra], key=lambda m: m.start)
        surnames = _surnames(text, people)
    refs = []
    placed, own = ({}, set()) if baseline else _placed_by_region(mentions, text, gazetteer)
    for mention in mentions:
        cands = (not baseline and _postal_state(text, mention, gazetteer)) or _candidates(
            mention, gazetteer
        )
        if not cands and not baseline:
            mention = _joint_force_town(text, mention)
            cands = _candidates(mention, gazetteer)
        not_town = (
            None
            if baseline
            else _not_a_town(text, mention) or _a_surname(text, mention, cands, surnames)
        )
        if baseline:
            place, why = by_population(cands), "most populous place of that name"
        elif not_town:
            place, why = None, not_town
        elif (
            (key := name_key(mention.text)) in placed
            and placed[key][0] in cands
            and mention.start not in own
            and not any(p.kind in ("country", "admin1") for p in cands)
        ):
            place, where = placed[key]
            why = f"the place the text gives this name where it names its region ({where})"
        else:
            place, why = resolve_in_context(mention, cands, text, focus, gazetteer)
        refs.append(PlaceRef(mention.start, mention.end, mention.text, place,
                             "places.population.v0" if baseline else EXTRACTOR,
                             len(cands), why))  # fmt: skip
    return refs


def _joint_force_town(text: str, mention: Mention) -> Mention:
    """ "Savannah-Chatham police", "Miami-Dade Police": a joint force is named first for its
    town (the mention unchanged when it is no such name)."""
    first, dash, rest = mention.text.partition("-")
    force = LOCAL_FORCE.match(text, mention.end) or LOCAL_FORCE.search(rest)  # its name's end
    if not dash or not first or force is None:
        return mention
    return Mention(mention.start, mention.start + len(first), first, mention.kind_hint)


def _placed_by_region(
    mentions: Sequence[Mention], text: str, gazetteer: Gazetteer
) -> tuple[dict[str, tuple[Place, str]], set[int]]:
    """One place per name in a story: "GREENWOOD, SC ... Greenwood police said" — a name the
    text once places in a region names the town of that region each time (by name key, with
    the mention that placed it; a name placed in two regions is left to each mention, and a
    country's or state's name keeps its weight: "Singapore, Singapore" is the city, "Singapore"
    alone the country). Also the starts of the mentions with a region of their own, which
    resolve by it."""
    placed: dict[str, tuple[Place, str]] = {}
    clash: set[str] = set()
    own: set[int] = set()
    for mention in mentions:
        regions, region_places = _regions(mention, text, gazetteer)
        if not region_places:
            continue
        own.add(mention.start)
        inside = [p for p in _candidates(mention, gazetteer)
                  if p not in region_places and _in_region(p, region_places)]  # fmt: skip
        if len(inside) != 1:
            continue
        key = name_key(mention.text)
        if key in placed and placed[key][0] != inside[0]:
            clash.add(key)
        placed.setdefault(key, (inside[0], f"{mention.text}, {regions[0]}"))
    return {k: v for k, v in placed.items() if k not in clash}, own


# Parts of a town, which GeoNames also lists as the old or other names of some towns ("West
# Side" of West Newton, Pa.): "Friday night in Northeast", "the Lawndale neighborhood", "the
# 3500 block of East Aurora".
_CITY_PART = re.compile(
    r"(?:(?:north|south|east|west)(?:east|west)?(?:\s*side)?|down ?town|"
    r"mid ?town|up ?town)",
    re.I,
)
_PART_AFTER = re.compile(r"\s+(?:neighbou?rhood|section|district of|area of)\b", re.I)
# "University of Memphis": GeoNames lists "University" among a Tennessee town's names
_INSTITUTION_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# "Harrison Street", "at Dale and Walnut streets": a street of that name
_STREET_WORD = (
    r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Parkway|"
    r"Court|Place|Circle|Trail|Way|Terrace)"
)
_STREET_AFTER = re.compile(
    r"(?:[ \t]+and[ \t]+[A-Z][\w'’-]+[ \t]+(?:streets|avenues|roads)|"
    rf"[ \t]+{_STREET_WORD})(?!\w)"
)
# a crossing told by one street's name and the other's bare name: "near Yosemite Avenue and
# Cleveland", "at Cleveland and Yosemite Avenue"
_STREET_AND_BEFORE = re.compile(rf"[A-Z][\w'’-]*[ \t]+{_STREET_WORD}[ \t]+(?:and|&)[ \t]+$")
_AND_STREET_AFTER = re.compile(
    rf"[ \t]+(?:and|&)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+{_STREET_WORD}(?!\w)"
)
# the second of the pair, "Walnut" (not "Pittsburgh roads": the town's)
_STREET_PAIR_END = re.compile(r"[ \t]+(?:streets|avenues|roads)(?!\w)")
_PAIR_BEFORE = re.compile(r"[A-Z][\w'’-]+[ \t]+and[ \t]+$")
_STREET_BEFORE = re.compile(r"\bblock of\s+$", re.I)
# "the corner of 38th and Francisco", "the intersection of Francisco and 38th": a crossing
_CROSSING_BEFORE = re.compile(
    r"\b(?:corner|intersection)\s+of\s+(?:[\w.'’-]+[ \t]+(?:and|&)[ \t]+)?$"
)
_CROSSING_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:\d+(?:st|nd|rd|th)\b|[A-Z])")
# "Metro police", "the Metro area", "a shooting on Broadway": words that name a police force,
# an area or a street far more often than the few small towns GeoNames lists under them
_NOT_THESE_TOWNS = re.compile(r"(?:metro|broadway)", re.I)
# "They shot Giddings", "Andrews shot and killed Copeland": a person, the object of the violence
# (on the same line: "... left four wounded" ending a headline is not the next line's victim)
_VICTIM_BEFORE = re.compile(
    r"\b(?:shot|killed|killing|shooting|wounding|wounded|murdered|stabbed)[^\S\n]+"
    r"(?:and[^\S\n]+killed[^\S\n]+)?$"
)


# "Southeast Bakersfield", "South Sacramento": a part of a city the gazetteer does not list is
# in that city (not "South Bend" or "West Palm Beach": towns of their own, found by name first;
# not "West Garfield" or "South Throop", streets and parts named after small towns elsewhere)
_PART_OF_CITY_POPULATION = 50_000
_PART_OF_TOWN = re.compile(
    r"(?:(?:North|South)(?:east|west)?|East|West|Central|Downtown|Midtown|Uptown)\s+"
    r"(?!(?:Side|End)\b)(?P<town>.+)"
)


# "Glenway Avenue": a street's name is a place only as spelled ("Federal Way",
# "University Place"), never by a near spelling ("Glen Avon", "Grove City" for "Grove St")
# (a highway too, which after a name is often the state's: "Florida Highway Patrol")
_STREET_NAME = re.compile(rf"\s(?:{_STREET_WORD}|Highway)$")


def _candidates(mention: Mention, gazetteer: Gazetteer) -> list[Place]:
    """Places of the mention's name; "Cook" followed by "County" is first of all Cook County
    (never the town of Cook, Minn., when the county is known)."""
    streetlike = _STREET_NAME.search(mention.text) is not None
    cands = gazetteer.spelled(mention.text) if streetlike else gazetteer.lookup(mention.text)
    part = _PART_OF_TOWN.fullmatch(mention.text) if not cands else None
    if part is not None:
        return [p for p in gazetteer.lookup(part.group("town"))
                if p.kind == "city" and p.population >= _PART_OF_CITY_POPULATION]  # fmt: skip
    if mention.kind_hint != "admin2":
        return cands
    named = _county_names(mention.text)
    counties = [p for n in named for p in gazetteer.lookup(n) if p.kind == "admin2"]
    return counties or cands


# "Washington described the raids as ...", "Baghdad condemned": a government by its capital
_SPEAKS = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:said|says|described|condemned|warned|denied|accused|"
    r"called|urged|announced|rejected|insisted|claimed|blamed|vowed|responded|retaliated)\b"
)
_PLACED_BEFORE = re.compile(
    r"\b(?:in|at|near|from|of|outside|to|into|across)\s+(?:[\w-]+\s+){0,2}$", re.I
)


def _not_a_town(text: str, mention: Mention) -> str | None:
    """Why a name is no town here (a government by its seat, a part of a town, a street);
    None when nothing says so."""
    if _SPEAKS.match(text, mention.end) and not _PLACED_BEFORE.search(
        text[max(0, mention.start - 30) : mention.start]
    ):
        return "a government named by its seat ('Washington said'), not a place where it happened"
    region = region_after(text, mention.end)
    if _CITY_PART.fullmatch(mention.text) and not (region and not _CITY_PART.fullmatch(region)):
        # (a region beside it is one, not the next part in a list: "the North, Northwest,
        # West and South sides")
        return "a part of a town ('West Side', 'Northeast'), not a town"
    if _PART_AFTER.match(text, mention.end) and mention.kind_hint is None:
        return "a neighbourhood, not a town"
    if _INSTITUTION_AFTER.match(text, mention.end):
        return "part of an institution's or a title's name ('University of Memphis'), not a town"
    before = text[max(0, mention.start - 30) : mention.start]
    if (
        _STREET_BEFORE.search(before)
        or _STREET_AFTER.match(text, mention.end)
        or (_STREET_PAIR_END.match(text, mention.end) and _PAIR_BEFORE.search(before))
        or _STREET_AND_BEFORE.search(before)
        or _AND_STREET_AFTER.match(text, mention.end)
        or (
            _CROSSING_BEFORE.search(before)
            and (before.rstrip().endswith(("and", "&")) or _CROSSING_AFTER.match(text, mention.end))
        )
    ):
        return (
            "a street ('the 3500 block of ...', 'Dale and Walnut streets', 'the corner of 38th "
            "and Francisco'), not a town"
        )
    if _NOT_THESE_TOWNS.fullmatch(mention.text) and not region_after(text, mention.end):
        return "a police force, an area or a street ('Metro police', 'on Broadway'), not a town"
    if _VICTIM_BEFORE.search(text[max(0, mention.start - 25) : mention.start]) and not re.match(
        r"['’]s\b", text[mention.end : mention.end + 3]
    ):  # not "shot Russia's ambassador"
        return "a person shot or killed ('shot Giddings'), not a town"
    return None


_ARTICLE_BEFORE = re.compile(A_OR_THE_AGED + "$")
_NAME_SUFFIX = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})


def _surnames(text: str, people: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The last names of the people the model found by their full name ("Dario Alford")."""
    found = set()
    for start, end in people:
        words = [w for w in text[start:end].split() if w not in _NAME_SUFFIX]
        if len(words) >= 2 and words[-1][:1].isupper():
            found.add(words[-1])
    return frozenset(found)


def _a_surname(
    text: str, mention: Mention, cands: Sequence[Place], surnames: frozenset[str]
) -> str | None:
    """ "19-year-old Dario Alford ... Alford was booked": a town's name the text gives in
    full to a person is that person when it stands alone, unless something places it ("in
    Alford", "an Alford teen", "Alford, Fla.", "Alford police"). Not a country's or a
    state's name ("Mubarak's Egypt" read as a person by the model)."""
    if (
        mention.text not in surnames
        or any(p.kind in ("country", "admin1") for p in cands)
        or _PLACED_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
        or _ARTICLE_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
        or region_after(text, mention.end)
        or LOCAL_FORCE.match(text, mention.end)
    ):
        return None
    return "the last name of a person the text names in full, not a town"


def curated_alias_pattern(gazetteer: Gazetteer) -> re.Pattern[str]:
    """One pattern matching every name of the curated entries, as whole words."""
    names = sorted(
        {n for p, ns in gazetteer.curated_names() for n in (p.name, *ns)}, key=len, reverse=True
    )
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.I)


def resolve_dateline(text: str, dateline: str | None, gazetteer: Gazetteer) -> PlaceRef | None:
    """The place of a dateline ("ERBIL, Kurdistan Region", "PUYALLUP", "BOSTON (Reuters)"):
    its first part is a town, and a second part, when there is one, is its region."""
    if not dateline:
        return None
    at = text.find(dateline)
    if at < 0:
        return None
    head, _, rest = dateline.partition(",")
    head = head.split("/")[0].strip()
    rest = rest.rpartition(",")[2]  # "GREENCASTLE, FRANKLIN COUNTY, Pa.": the state last
    cands = [p for p in gazetteer.lookup(head) if p.kind in ("city", "site", "admin2")]
    if not cands:
        return None
    regions = (
        [p for p in gazetteer.lookup(region_name(rest)) if p.kind in ("country", "admin1")]
        if rest
        else []
    )
    best = max(
        cands,
        key=lambda p: (_in_region(p, regions), name_key(p.name) == name_key(head), p.population),
    )
    why = "dateline" + (f", in {rest.strip()}" if regions else ", most populous place of that name")
    return PlaceRef(at, at + len(head), text[at : at + len(head)], best, EXTRACTOR, len(cands), why)
