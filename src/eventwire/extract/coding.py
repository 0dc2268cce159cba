"""An incident mention coded the ACLED way: flat fields, precision codes, and its evidence as
JSON-ready claims. The one mapping from ``EventMention`` to stored and exported values."""

from __future__ import annotations

import re
from typing import Any

from eventwire.extract.incidents import injured_best, is_relative, killed_best
from eventwire.geo.names import name_key
from eventwire.records import Count, EventMention, PlaceRef, Statement


def time_precision(m: EventMention) -> int | None:
    """ACLED: 1 the day is known, 2 within a week, 3 within a month; None: no date."""
    d = m.date
    if d is None or d.date_start is None or d.date_end is None:
        return None
    days = (d.date_end - d.date_start).days
    if d.precision == "day" and days <= 1:
        return 1
    return 2 if days <= 7 else 3


def event_date(m: EventMention) -> str | None:
    """The day ACLED would file it under: the resolved day ("overnight" in a Wednesday paper is
    Wednesday), else the first day of the week or month it falls in."""
    d = m.date
    if d is None or d.date_start is None:
        return None
    if d.precision == "day" and re.match(r"\d{4}-\d\d-\d\d", d.value):
        return d.value[:10]
    return d.date_start.isoformat()


def geo_precision(place: PlaceRef | None, relative: bool) -> int | None:
    """ACLED: 1 the town or site, 2 near it or a district, 3 a province; None: no place."""
    if place is None or place.place is None:
        return None
    kind = place.place.kind
    if kind == "admin1":
        return 3
    if kind == "admin2" or relative:
        return 2
    return 1 if kind in ("city", "site") else None


def _claim(c: Count, text_of: str) -> dict[str, Any]:
    return {"field": c.field, "value": c.best, "low": c.low, "high": c.high,
            "attributed_to": c.attributed_to, "hedged": c.hedged, "text": c.text,
            "start": c.start, "end": c.end, "extractor": c.extractor,
            "sentence": text_of}  # fmt: skip


def code(m: EventMention, text: str) -> dict[str, Any]:
    """Flat, ACLED-named values of one mention, plus ``record``: its evidence and claims."""
    p = m.place.place if m.place and m.place.place else None
    relative = m.place is not None and is_relative(text, m.place)
    k, i = m.killed, m.injured
    kb, ib = killed_best(m), injured_best(m)
    location = None
    if p is not None and p.kind != "admin1":
        location = p.name
    elif p is not None:
        location = p.admin1 or p.name
    values: dict[str, Any] = {
        "event_type": m.event_type,
        "sub_event_type": m.sub_event_type,
        "plover": m.plover,
        "event_date": event_date(m),
        "date_start": m.date.date_start.isoformat() if m.date and m.date.date_start else None,
        "date_end": m.date.date_end.isoformat() if m.date and m.date.date_end else None,
        "time_precision": time_precision(m),
        "actor1": m.actor1.actor.name if m.actor1 else None,
        "inter1": m.actor1.actor.inter if m.actor1 else None,
        "actor2": m.actor2.actor.name if m.actor2 else None,
        "inter2": m.actor2.actor.inter if m.actor2 else None,
        "country": p.country if p else None,
        "country_code": p.country_code if p else None,
        "admin1": p.admin1 if p else None,
        "admin2": p.admin2 if p else None,
        "location": location,
        "location_key": name_key(p.name) if p else None,
        "latitude": p.latitude if p and p.source != "derived" else None,
        "longitude": p.longitude if p and p.source != "derived" else None,
        "geonames_id": p.geonames_id if p else None,
        "geo_precision": geo_precision(m.place, relative),
        "fatalities_low": k.low if k else kb,
        "fatalities_best": kb,
        "fatalities_high": k.high if k else kb,
        "injuries_low": i.low if i else ib,
        "injuries_best": ib,
        "injuries_high": i.high if i else ib,
        "background": m.background,
    }
    values["record"] = {
        "extractor": m.extractor,
        "trigger": {"text": m.trigger.text, "start": m.trigger.start, "end": m.trigger.end},
        "date": None if m.date is None else {
            "text": m.date.text, "value": m.date.value, "start": m.date.start,
            "end": m.date.end, "part_of_day": m.date.part_of_day,
            "reasoning": m.date.reasoning, "extractor": m.date.extractor},
        "place": None if m.place is None else {
            "text": m.place.text, "start": m.place.start, "end": m.place.end,
            "reasoning": m.place.reasoning, "extractor": m.place.extractor,
            "relative": relative},
        "actor1": None if m.actor1 is None else {
            "text": m.actor1.text, "start": m.actor1.start, "end": m.actor1.end},
        "actor2": None if m.actor2 is None else {
            "text": m.actor2.text, "start": m.actor2.start, "end": m.actor2.end},
        "other_places": [{"name": o.place.name if o.place else o.text, "start": o.start,
                          "end": o.end} for o in m.other_places],
        "claims": [_claim(c, text[c.start : c.end]) for c in m.claims],
        "evidence": [{"text": e.text, "start": e.start, "end": e.end} for e in m.evidence],
        "reasoning": list(m.reasoning),
    }  # fmt: skip
    return values


def statement_values(st: Statement) -> dict[str, Any]:
    """A statement's stored and exported values; spans index into its document's text."""
    return {
        "kind": st.kind,
        "speaker": st.speaker_name,
        "speaker_text": st.speaker.text if st.speaker else None,
        "speaker_role": st.speaker_role,
        "speaker_org": st.speaker_org,
        "anonymous": st.anonymous,
        "cue": st.cue.text if st.cue else None,
        "channel": st.channel,
        "stance": st.stance,
        "quote": st.content.text,
        "start": st.content.start,
        "end": st.content.end,
        "mention_n": st.incident_n,
        "record": {
            "extractor": st.extractor,
            "speaker": None if st.speaker is None else {
                "text": st.speaker.text, "start": st.speaker.start, "end": st.speaker.end},
            "cue": None if st.cue is None else {
                "text": st.cue.text, "start": st.cue.start, "end": st.cue.end},
            "reasoning": list(st.reasoning),
        },
    }  # fmt: skip
