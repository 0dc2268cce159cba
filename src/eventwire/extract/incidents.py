"""The main incident an article reports: its casualty figures, date and place, each with the
sentence it came from.

This is the first, single-incident assembly: the figures are the first incident (non-tally)
figures in reading order, the date the first day-precise date in a sentence describing violence,
the place a curated site named there, else the dateline's town, else the first town named
there. ACLED's convention is kept
for the figure an article does not give when it gives the other: an article reporting only
injuries has 0 fatalities (and says so in ``reasoning``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwire.extract.counts import find_counts
from eventwire.extract.dates import find_time_expressions
from eventwire.extract.sentences import sentence_spans
from eventwire.records import Count, DateRef, PlaceRef

EXTRACTOR = "incidents.main.v1"

VIOLENCE = re.compile(
    r"\b(?:shot|shoot\w*|gunfire|gunman|gunmen|gunshot|stabb\w*|killed|killing|kill|dead|died|"
    r"murder\w*|homicide|wounded|injured|hurt|strikes?|struck|airstrikes?|bomb\w*|blast|"
    r"explo\w+|attack\w*|fired|shelling|rockets?|missiles?|drones?|ambush\w*|clash\w*|"
    r"assassinat\w*|kidnapp\w*|abduct\w*)\b",
    re.I,
)


# "police said Thursday", "announced Friday", "Friday, police said": the date of the telling.
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|announced|told|reported|released|confirmed|added|stated|revealed)\s+(?:on\s+)?$"
)
_REPORTED_AFTER = re.compile(r"^,?\s+(?:\w+\s+){0,2}(?:said|announced|told|confirmed)\b")
# ...and the telling ends there: "announced Friday." / "said Thursday they arrested"
_TELLING_ENDS = re.compile(r"^(?:\s*[.,;:]|\s*$|\s+(?:that|they|he|she|it|police|officials)\b)")


def _reporting_date(sentence: str, ref: DateRef) -> bool:
    """Whether a date dates the report ("police said Thursday") rather than the event."""
    before = sentence[max(0, ref.start - 30) : ref.start]
    after = sentence[ref.end :]
    return bool(
        (_REPORTED_BEFORE.search(before) and _TELLING_ENDS.match(after))
        or _REPORTED_AFTER.match(after)
    )


@dataclass(frozen=True, slots=True)
class MainIncident:
    killed: int | None
    injured: int | None
    killed_count: Count | None
    injured_count: Count | None
    date: DateRef | None
    place: PlaceRef | None
    evidence: tuple[tuple[int, int], ...] = ()
    reasoning: tuple[str, ...] = field(default_factory=tuple)
    extractor: str = EXTRACTOR


def _first(counts: Sequence[Count], name: str) -> Count | None:
    return next((c for c in counts if c.field == name and not c.tally and c.best is not None), None)


def main_incident(
    text: str,
    published: dt.date | None,
    places: Sequence[PlaceRef] = (),
    dateline: PlaceRef | None = None,
) -> MainIncident | None:
    """The incident the article is about, or None when no sentence describes violence."""
    spans = [(s, e) for s, e in sentence_spans(text) if VIOLENCE.search(text[s:e])]
    if not spans:
        return None
    counts = find_counts(text)
    killed_c, injured_c = _first(counts, "killed"), _first(counts, "injured")
    why = []
    killed = killed_c.best if killed_c else None
    injured = injured_c.best if injured_c else None
    if killed is None and injured is not None:
        killed = 0
        why.append("no death reported beside the injuries: fatalities 0 (ACLED convention)")
    if injured is None and killed is not None:
        injured = 0
        why.append("no injury reported beside the deaths: injuries 0")
    date = None
    for s, e in spans:
        sentence = text[s:e]
        refs = [
            r
            for r in find_time_expressions(sentence, published)
            if r.precision == "day" and not _reporting_date(sentence, r)
        ]
        if refs and refs[0].date_start is not None:
            first = refs[0]
            date = DateRef(start=s + first.start, end=s + first.end, text=first.text,
                           value=first.value, type=first.type, extractor=first.extractor,
                           date_start=first.date_start, date_end=first.date_end,
                           precision=first.precision, part_of_day=first.part_of_day,
                           reasoning=first.reasoning)  # fmt: skip
            break
    # Where the violence is told, a named site (a base, a contested town from the curated
    # gazetteer) beats the dateline; the dateline beats other towns, because local news
    # datelines name the town while wire datelines ("WASHINGTON/BAGHDAD:") name desks.
    told = [
        ref
        for ref in places
        if ref.place is not None
        and ref.place.kind in ("city", "site", "admin2")
        and any(s <= ref.start < e for s, e in spans)
        and not (dateline and ref.start == dateline.start)
    ]
    sites = [ref for ref in told if ref.place is not None and ref.place.source == "curated"]
    fallback = dateline if dateline and dateline.place else (told[0] if told else None)
    place = sites[0] if sites else fallback
    return MainIncident(
        killed=killed, injured=injured, killed_count=killed_c, injured_count=injured_c,
        date=date, place=place, evidence=tuple(spans[:3]), reasoning=tuple(why),
    )  # fmt: skip
