"""One incident from the mentions that tell it: every source's claims kept, a reconciled value
per field with the rule that chose it, and the disagreements named.

Casualties follow UCDP's low/best/high: *low* is the most conservative figure a source states
without hedging (hedged figures count only when nothing else is stated); *high* the largest
claim, ranges' upper ends included; *best* the figure most sources give (ties: the higher,
as tolls rise when the hurt die and bodies are found; then the latest report's).
``fatalities`` is ACLED's conservative figure, the low. The date is the day most sources give
among day-precise ones (ties: the earliest), the place the most precise one (ties: the most
often named); a disagreement on any of these is listed in ``conflicts`` and ``notes``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any


def _outlet(m: dict[str, Any]) -> str:
    return str(m.get("outlet") or m.get("source_path") or m["document_id"])


def _mode(values: Sequence[Any]) -> Any:
    """The value given most often (ties: the lowest, the earliest date); None when none is."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _most_told(claims: Sequence[dict[str, Any]]) -> Any:
    """The figure most sources give; a tie goes to the higher figure (tolls rise as the hurt
    die and bodies are found: an early report's lower figure is the usual tie, a later
    report's correction down the rarer one)."""
    told = Counter(c["value"] for c in claims)
    top = max(told.values())
    return max(value for value, n in told.items() if n == top)


def _toll(mentions: Sequence[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    claims = []
    for m in mentions:
        chosen = [c for c in (m.get("record") or {}).get("claims", []) if c["field"] == name]
        best = m.get(f"{kind}_best")
        if best is None:
            continue
        claim = next((c for c in chosen if c["value"] == best), None)
        claims.append({
            "outlet": _outlet(m), "document_id": m["document_id"], "value": best,
            "published": m.get("published"),
            "low": m.get(f"{kind}_low"), "high": m.get(f"{kind}_high"),
            "attributed_to": claim["attributed_to"] if claim else None,
            "hedged": bool(claim and claim["hedged"]),
            "stated": claim is not None,  # False: ACLED's 0 for a toll the source does not give
        })  # fmt: skip
    stated = [c for c in claims if c["stated"]] or claims
    firm = [c for c in stated if not c["hedged"]] or stated
    if not firm:
        return {"low": None, "best": None, "high": None, "claims": claims}
    low = min(c["low"] if c["low"] is not None else c["value"] for c in firm)
    high = max(c["high"] if c["high"] is not None else c["value"] for c in stated)
    best = _most_told(firm)
    return {"low": low, "best": best, "high": max(high, best), "claims": claims}


def _conflict(field: str, claims: list[dict[str, Any]]) -> dict[str, Any] | None:
    values = {c["value"] for c in claims if c.get("stated", True)}
    if len(values) < 2:
        return None
    parts = []
    for c in claims:
        who = f", according to {c['attributed_to']}" if c.get("attributed_to") else ""
        hedge = " (unconfirmed)" if c.get("hedged") else ""
        parts.append(f"{c['outlet']}: {c['value']}{who}{hedge}")
    return {"field": field, "values": claims, "note": f"{field}: " + "; ".join(parts)}


def _add(conflicts: list[dict[str, Any]], found: dict[str, Any] | None) -> None:
    if found is not None:
        conflicts.append(found)


def reconcile(mentions: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The incident row for a cluster of mention rows (see the module docstring)."""
    conflicts: list[dict[str, Any]] = []
    killed = _toll(mentions, "fatalities", "killed")
    injured = _toll(mentions, "injuries", "injured")
    for name, toll in (("fatalities", killed), ("injuries", injured)):
        c = _conflict(name, toll["claims"])
        if c:
            conflicts.append(c)
    day_precise = [m for m in mentions if m.get("time_precision") == 1]
    dated = day_precise or [m for m in mentions if m.get("event_date")]
    event_date = _mode([m["event_date"] for m in dated])
    days = {m["event_date"] for m in day_precise}
    if len(days) > 1:
        _add(conflicts, _conflict("event_date", [
            {"outlet": _outlet(m), "document_id": m["document_id"], "value": m["event_date"]}
            for m in day_precise]))  # fmt: skip
    placed = [m for m in mentions if m.get("location")]
    place = None
    if placed:
        top = min(m.get("geo_precision") or 9 for m in placed)
        keys = _mode([m["location_key"] for m in placed if (m.get("geo_precision") or 9) == top])
        place = next(m for m in placed if m["location_key"] == keys)
        named = {m["location"] for m in placed if m.get("geo_precision") == 1}
        if len(named) > 1:
            _add(conflicts, _conflict("location", [
                {"outlet": _outlet(m), "document_id": m["document_id"], "value": m["location"]}
                for m in placed if m.get("geo_precision") == 1]))  # fmt: skip
    sub = _mode([m["sub_event_type"] for m in mentions])
    first = next(m for m in mentions if m["sub_event_type"] == sub)
    sources = []
    for m in sorted(mentions, key=lambda m: (str(m.get("published") or ""), m["mention_id"])):
        rec = m.get("record") or {}
        sources.append({
            "document_id": m["document_id"], "mention_id": m["mention_id"],
            "source_path": m.get("source_path"), "external_id": m.get("external_id"),
            "url": m.get("url"), "outlet": m.get("outlet"), "published": m.get("published"),
            "title": m.get("title"), "event_date": m.get("event_date"),
            "location": m.get("location"), "background": m.get("background"),
            "claims": rec.get("claims", []), "evidence": rec.get("evidence", []),
        })  # fmt: skip
    outlets = sorted({_outlet(m) for m in mentions})
    notes = [
        f"{first['sub_event_type']} reported by {len(sources)} source(s): {', '.join(outlets)}."
    ]
    notes += [c["note"] + "." for c in conflicts]
    if killed["best"] is not None:
        notes.append(f"Fatalities low/best/high {killed['low']}/{killed['best']}/{killed['high']}.")
    p = place or {}
    return {
        "event_type": first["event_type"], "sub_event_type": sub, "plover": first.get("plover"),
        "event_date": event_date,
        "date_start": min((m["date_start"] for m in dated if m.get("date_start")), default=None),
        "date_end": max((m["date_end"] for m in dated if m.get("date_end")), default=None),
        "time_precision": min((m["time_precision"] for m in dated if m.get("time_precision")),
                              default=None),
        "actor1": _mode([m.get("actor1") for m in mentions]),
        "actor2": _mode([m.get("actor2") for m in mentions]),
        "assoc_actor_1": None, "assoc_actor_2": None,
        "country": p.get("country"), "admin1": p.get("admin1"), "admin2": p.get("admin2"),
        "location": p.get("location"), "latitude": p.get("latitude"),
        "longitude": p.get("longitude"), "geonames_id": p.get("geonames_id"),
        "geo_precision": p.get("geo_precision"),
        "fatalities": killed["low"], "fatalities_low": killed["low"],
        "fatalities_best": killed["best"], "fatalities_high": killed["high"],
        "injuries_low": injured["low"], "injuries_best": injured["best"],
        "injuries_high": injured["high"],
        "notes": " ".join(notes), "sources": sources,
        "conflicts": conflicts, "n_sources": len({m["document_id"] for m in mentions}),
    }  # fmt: skip
