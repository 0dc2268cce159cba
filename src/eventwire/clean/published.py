"""The publication date of an article: found in the page, inferred with stated reasons, or unknown.

Order of trust: a date the user or the source data supplies; the page's own stamp ("Updated 22
November 2023"); the HTML metadata; an inference from a photo caption's date and the weekday the
lead names. A caption's date is never the publication date itself: it dates the picture, which
may be years old, so it is only an anchor, and only when nothing in the text says it is stale.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from eventwire.clean import patterns as P
from eventwire.clean.dates import find_dates


@dataclass(frozen=True, slots=True)
class Published:
    value: dt.date | None
    explicit: bool | None
    evidence: str | None


_PREFER = re.compile(r"\b(?:posted|published|first published)\b", re.I)


def from_stamps(meta_lines: list[str]) -> Published | None:
    """The page's own date stamp. 'Posted'/'Published' beats 'Updated' when both are there."""
    ranked: list[tuple[int, dt.date, str]] = []
    relative = None
    for line in meta_lines:
        if P.RELATIVE_STAMP.match(line):
            relative = relative or line
            continue
        for part in re.split(r"(?=\bUpdated\b)", line, flags=re.I):
            dates = find_dates(part)
            if dates:
                ranked.append((0 if _PREFER.search(part) else 1, dates[0].value, part.strip()))
    if ranked:
        _, value, text = min(ranked, key=lambda r: r[0])
        return Published(value, True, f"page date stamp: '{text}'")
    if relative:
        return Published(
            None,
            None,
            f"the page's only date stamp, '{relative}', is relative to when it was saved, "
            "which the page does not say",
        )
    return None


def _caption_anchor(captions: list[str]) -> dt.date | None:
    """The latest date printed in any caption."""
    return max((d.value for c in captions for d in find_dates(c)), default=None)


def _stale_reason(anchor: dt.date, body: str) -> str | None:
    """Why a caption date cannot be near the publication date, if the text says so.

    'In January, ...' or 'In early July, ...' (a month with no day or year, in a narrative
    sentence) names a month as past; an article written within days of the picture would not
    speak of the picture's own month, or a later one, that way.
    """
    for m in P.BARE_MONTH_IN.finditer(body):
        month = P.MONTHS[m.group("month").lower().rstrip(".")]
        if month >= anchor.month:
            return f"the text speaks of '{m.group(0).strip()}' as past"
    for m in P.MONTH_DAY_NO_YEAR.finditer(body):
        month = P.MONTHS[m.group("month").lower().rstrip(".")]
        try:
            mentioned = dt.date(anchor.year, month, int(m.group("day")))
        except ValueError:
            continue
        if mentioned > anchor + dt.timedelta(days=7):
            return f"the text mentions '{m.group(0).strip()}', after the picture was taken"
    return None


def from_caption_and_weekday(captions: list[str], body: str) -> Published | None:
    """Infer the date from a caption's date and the weekday named in the lead paragraph.

    News leads report the newest development and name its weekday; the picture beside a
    fresh story is from the same week. The inferred date is the first day on or after the
    caption's date that has the lead's weekday.
    """
    anchor_date = _caption_anchor(captions)
    if anchor_date is None:
        return None
    stale = _stale_reason(anchor_date, body)
    if stale:
        return Published(
            None,
            None,
            f"a caption is dated {anchor_date.isoformat()}, but {stale}, so the picture is "
            "older than the story; the page gives no publication date",
        )
    paras = body.split("\n\n")
    for source, para in (("the lead", paras[0]), ("the text", body)):
        m = P.WEEKDAY_WORD.search(para)
        if m:
            weekday = P.WEEKDAYS[m.group("weekday").lower()]
            value = anchor_date + dt.timedelta(days=(weekday - anchor_date.weekday()) % 7)
            return Published(
                value,
                False,
                f"inferred: a photo caption is dated {anchor_date.isoformat()} "
                f"({anchor_date.strftime('%A')}) and {source} reports events on "
                f"'{m.group('weekday')}'; the first {m.group('weekday')} on or after the "
                f"caption date is {value.isoformat()}",
            )
    return None


def find_published(
    *,
    meta_lines: list[str],
    captions: list[str],
    body: str,
    given: dt.date | None = None,
    given_source: str | None = None,
    html_date: dt.date | None = None,
) -> Published:
    """Settle the publication date with the reason recorded in ``evidence``."""
    if given is not None:
        return Published(given, True, f"given by {given_source or 'the user'}")
    stamped = from_stamps(meta_lines)
    if stamped and stamped.value:
        return stamped
    if html_date is not None:
        return Published(html_date, True, "HTML metadata of the page")
    inferred = from_caption_and_weekday(captions, body)
    if inferred and inferred.value:
        return inferred
    reasons = [r.evidence for r in (stamped, inferred) if r and r.evidence]
    return Published(None, None, "; ".join(reasons) if reasons else None)
