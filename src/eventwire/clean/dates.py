"""Absolute dates as pages print them ("22 November 2023", "Wednesday, 11/22/2023")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from eventwire.clean.patterns import DATE_FORMS, MONTHS, WEEKDAYS
from eventwire.prefilter import Prefilter


@dataclass(frozen=True, slots=True)
class FoundDate:
    value: dt.date
    start: int
    end: int
    text: str


def _weekday_index(name: str | None) -> int | None:
    if not name:
        return None
    name = name.lower().rstrip(".")
    for full, idx in WEEKDAYS.items():
        if full.startswith(name[:3]):
            return idx
    return None


def _month_number(token: str) -> int:
    token = token.lower().rstrip(".")
    return int(token) if token.isdigit() else MONTHS[token]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_TWO_DIGITS = re.compile(r"\d\d")
_PREFILTER = Prefilter(DATE_FORMS)


def find_dates(text: str) -> list[FoundDate]:
    """Every absolute calendar date in ``text``, in order, without overlaps.

    A slashed date is read month-first or day-first by whichever the printed weekday confirms,
    else by whichever part cannot be a month; an undecidable one (05/06/2023, no weekday) is
    left out rather than guessed.
    """
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    if not _TWO_DIGITS.search(text):
        return found  # every form below has a year in digits
    for form, possible in zip(DATE_FORMS, _PREFILTER.possible(text), strict=True):
        if not possible:
            continue  # the words the form needs are not in the text (``eventwire.prefilter``)
        for m in form.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            groups = m.groupdict()
            year = int(groups["year"])
            weekday = _weekday_index(groups.get("weekday"))
            value: dt.date | None
            if "a" in groups and groups.get("a") is not None:
                a, b = int(groups["a"]), int(groups["b"])
                candidates = [d for d in (_safe_date(year, a, b), _safe_date(year, b, a)) if d]
                if weekday is not None:
                    candidates = [d for d in candidates if d.weekday() == weekday]
                value = candidates[0] if len(set(candidates)) == 1 else None
            else:
                value = _safe_date(year, _month_number(groups["month"]), int(groups["day"]))
                if value and weekday is not None and value.weekday() != weekday:
                    value = None  # the page contradicts itself: trust neither reading
            if value is None or not 1900 <= value.year <= 2100:
                continue
            found.append(FoundDate(value, m.start(), m.end(), m.group(0)))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)
