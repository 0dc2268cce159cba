"""Time expressions in news text, resolved against the publication date.

Rules written for news usage, which general-purpose parsers get wrong: a bare weekday means the
most recent such day on or before publication (the same day included) unless the sentence looks
ahead ("will meet on Friday"); "late Monday evening", "early Wednesday" and "overnight" keep
their part of the day; "last week", "earlier this month", "in January" and "Oct. 17" take their
year and month from the publication date; a holiday ("Thanksgiving Day", "Christmas night",
"on Halloween"; see ``holidays``) is its most recent such day; a weekday the text pins to a
date once ("Monday, May 23") is that date wherever it is named. Without a publication date, only
absolute dates get a value: a relative one keeps its span and an unresolved value
(``XXXX-…``), never a guess.

Values follow TimeML (TIMEX3): ``2023-11-22``, ``2023-11``, ``2023``, ``2023-W47``,
``2023-Q3``, ``2023-11-21TNI`` (night), ``P3Y`` (three years), ``PRESENT_REF``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from eventwire.clean.dates import find_dates
from eventwire.clean.patterns import MONTHS, WEEKDAYS
from eventwire.extract.holidays import describe, holiday_day, holiday_pattern
from eventwire.extract.spans import longest_first
from eventwire.prefilter import Prefilter
from eventwire.records import DateRef

EXTRACTOR = "dates.rules.v1"

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "several": 0, "few": 0,
}  # fmt: skip
_NUM = (
    r"(?P<num>\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|"
    r"three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an)"
)
_WD = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_NAME = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_PART = r"(?P<part>morning|afternoon|evening|night|overnight)"
_PART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
_UNIT_CODE = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M"}
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# "will meet on Friday", "due to vote in March"; "until"/"by" only right before the date ("by
# Friday"): "attacks by pro-Iran militias since mid-October" looks back.
_FUTURE_CUE = re.compile(
    r"\b(?:will|would|shall|next|scheduled|due to|expected to|plans? to|set to|going to|"
    r"is to|are to)\b[^.!?]{0,60}$|\b(?:until|by)\s+(?:the\s+)?(?:end\s+of\s+|mid-?)?$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], dt.date | None, str], DateRef | None]


def _number(token: str) -> int:
    token = token.lower().replace("-", " ")
    if token.isdigit():
        return int(token)
    return sum(_NUMBER_WORDS.get(part, 0) for part in token.split())


def _ref(m: re.Match[str], value: str, kind: str = "DATE", group: int | str = 0,
         **kw: object) -> DateRef:  # fmt: skip
    return DateRef(start=m.start(group), end=m.end(group), text=m.group(group), value=value,
                   type=kind, extractor=EXTRACTOR, **kw)  # type: ignore[arg-type]  # fmt: skip


def _day(
    m: re.Match[str], d: dt.date, reason: str, code: str | None = None, label: str | None = None
) -> DateRef:
    """One calendar day; with a part of the day it is a TimeML TIME (``2023-11-21TNI``)."""
    value = d.isoformat() + (f"T{code}" if code else "")
    return _ref(m, value, "TIME" if code else "DATE", date_start=d, date_end=d,
                precision="day", part_of_day=label, reasoning=reason)  # fmt: skip


def looks_ahead(text: str, start: int) -> bool:
    """Whether the sentence before ``start`` tells what is to come ("will be held", "is
    scheduled to")."""
    sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    return bool(_FUTURE_CUE.search(text[sentence_start:start]))


def _weekday(m: re.Match[str], ref: dt.date | None, text: str) -> DateRef | None:
    name = m.group("weekday")
    wd = WEEKDAYS[name.lower()]
    mod = (m.group("mod") or "").lower() or None
    part = (m.group("part") or "").lower() or ("overnight" if mod == "overnight" else None)
    code = _PART_CODE[part] if part else None
    label = " ".join(w for w in (mod if mod in ("late", "early") else None, part) if w) or None
    if ref is None:
        return _ref(m, "XXXX-XX-XX", precision="day", part_of_day=label,
                    reasoning="a weekday, with no publication date to anchor it")  # fmt: skip
    if mod == "next" or (mod != "last" and looks_ahead(text, m.start())):
        ahead = (wd - ref.weekday()) % 7 or (7 if mod == "next" else 0)
        d = ref + dt.timedelta(days=ahead)
        why = f"the first {name} on or after publication ({ref.isoformat()}): the text looks ahead"
    else:
        back = (ref.weekday() - wd) % 7 or (7 if mod == "last" else 0)
        d = ref - dt.timedelta(days=back)
        why = f"the most recent {name} on or before publication ({ref.isoformat()})"
    return _day(m, d, why, code, label)


def _relative_day(m: re.Match[str], ref: dt.date | None, text: str) -> DateRef | None:
    word = m.group(0).lower()
    offsets = {"overnight": 0, "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
               "this evening": 0, "yesterday": -1, "last night": -1, "tomorrow": 1}  # fmt: skip
    parts = {"tonight": "night", "this morning": "morning", "this afternoon": "afternoon",
             "this evening": "evening", "last night": "night"}  # fmt: skip
    if ref is None:
        return _ref(m, "XXXX-XX-XX", precision="day", reasoning="no publication date")
    if word == "overnight":  # the night before the report: the event may fall on either day
        return _ref(m, ref.isoformat(), date_start=ref - dt.timedelta(days=1), date_end=ref,
                    precision="day", part_of_day="overnight",
                    reasoning="'overnight' in a report published " + ref.isoformat())  # fmt: skip
    d = ref + dt.timedelta(days=offsets[word])
    part = parts.get(word)
    why = f"'{word}' relative to publication ({ref.isoformat()})"
    return _day(m, d, why, _PART_CODE[part] if part else None, part)


def _month_day(m: re.Match[str], ref: dt.date | None, text: str) -> DateRef | None:
    month = MONTHS[m.group("month").lower().rstrip(".")]
    day = int(m.group("day"))
    if ref is None:
        return _ref(m, f"XXXX-{month:02d}-{day:02d}", precision="day",
                    reasoning="no year in the text and no publication date")  # fmt: skip
    for year in (ref.year, ref.year - 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        if d <= ref + dt.timedelta(days=31) or looks_ahead(text, m.start()):
            return _day(m, d, f"year taken from publication ({ref.isoformat()})")
    return None


def _month_only(m: re.Match[str], ref: dt.date | None, text: str) -> DateRef | None:
    month = MONTHS[m.group("month").lower().rstrip(".")]
    if m.group("year"):
        year = int(m.group("year"))
        why = "month and year in the text"
    elif ref is None:
        return _ref(m, f"XXXX-{month:02d}", precision="month", reasoning="no publication date")
    else:
        ahead = looks_ahead(text, m.start())
        if ahead:
            year = ref.year if month >= ref.month else ref.year + 1
        else:
            year = ref.year if month <= ref.month else ref.year - 1
        why = (
            f"{'next' if ahead else 'most recent'} such month from publication ({ref.isoformat()})"
        )
    start = dt.date(year, month, 1)
    end = (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)
    return _ref(m, f"{year}-{month:02d}", date_start=start, date_end=end, precision="month",
                reasoning=why)  # fmt: skip


def _holiday(m: re.Match[str], ref: dt.date | None, text: str) -> DateRef | None:
    name = m.group("named") or m.group("bare") or m.group("with_part")
    part = (m.group("hpart") or "").lower() or None
    code = _PART_CODE[part] if part else None
    if ref is None:
        return _ref(m, "XXXX-XX-XX", precision="day", part_of_day=part,
                    reasoning=f"{describe(name)}, with no publication date to give the year")  # fmt: skip
    ahead = looks_ahead(text, m.start())
    years = (ref.year, ref.year + 1) if ahead else (ref.year, ref.year - 1)
    for year in years:
        d = holiday_day(name, year)
        if (d >= ref) if ahead else (d <= ref):
            when = "next" if ahead else "most recent"
            return _day(m, d, f"{describe(name)}, the {when} on or {'after' if ahead else 'before'} "
                        f"publication ({ref.isoformat()})", code, part)  # fmt: skip
    return None


def _year(m: re.Match[str], ref: dt.date | None, text: str) -> DateRef | None:
    year = int(m.group("year"))
    return _ref(m, str(year), group="year", date_start=dt.date(year, 1, 1),
                date_end=dt.date(year, 12, 31), precision="year", reasoning="year in the text")  # fmt: skip


def _calendar_unit(m: re.Match[str], ref: dt.date | None, text: str) -> DateRef | None:
    rel = m.group("rel").lower()
    unit = m.group("unit").lower()
    if ref is None:
        return _ref(m, "XXXX", precision=unit, reasoning="no publication date")
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "earlier this": 0,
            "later this": 0, "next": 1, "coming": 1}[rel]  # fmt: skip
    why = f"'{m.group(0)}' relative to publication ({ref.isoformat()})"
    if unit == "week":
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=step)
        iso = monday.isocalendar()
        return _ref(m, f"{iso.year}-W{iso.week:02d}", date_start=monday,
                    date_end=monday + dt.timedelta(days=6), precision="week", reasoning=why)  # fmt: skip
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + step
        year, month = divmod(index, 12)
        start = dt.date(year, month + 1, 1)
        end = dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1) - dt.timedelta(days=1)
        if rel == "earlier this":
            end = min(end, ref)
        return _ref(m, f"{year}-{month + 1:02d}", date_start=start, date_end=end,
                    precision="month", reasoning=why)  # fmt: skip
    if unit == "weekend":
        saturday = (
            ref - dt.timedelta(days=(ref.weekday() - 5) % 7) + dt.timedelta(weeks=max(step, 0))
        )
        iso = saturday.isocalendar()
        return _ref(m, f"{iso.year}-W{iso.week:02d}-WE", date_start=saturday,
                    date_end=saturday + dt.timedelta(days=1), precision="week", reasoning=why)  # fmt: skip
    year = ref.year + step
    return _ref(m, str(year), date_start=dt.date(year, 1, 1), date_end=dt.date(year, 12, 31),
                precision="year", reasoning=why)  # fmt: skip


def _quarter(m: re.Match[str], ref: dt.date | None, text: str) -> DateRef | None:
    q = _ORDINAL[m.group("ord").lower()]
    if m.group("year"):
        year = int(m.group("year"))
    elif ref is None:
        return _ref(m, f"XXXX-Q{q}", precision="quarter", reasoning="no publication date")
    else:
        year = ref.year if q <= (ref.month - 1) // 3 + 1 else ref.year - 1
    start = dt.date(year, 3 * q - 2, 1)
    end = dt.date(year + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1)
    return _ref(m, f"{year}-Q{q}", date_start=start, date_end=end, precision="quarter",
                reasoning="quarter of the publication year unless still to come")  # fmt: skip


def _ago(m: re.Match[str], ref: dt.date | None, text: str) -> DateRef | None:
    n = _number(m.group("num"))
    unit = m.group("unit").lower()
    if ref is None or n == 0:
        return _ref(m, "XXXX-XX-XX", precision="day", reasoning="no publication date")
    if unit == "day":
        return _day(m, ref - dt.timedelta(days=n), f"{n} day(s) before publication")
    if unit == "week":
        d = ref - dt.timedelta(weeks=n)
        iso = d.isocalendar()
        return _ref(m, f"{iso.year}-W{iso.week:02d}", date_start=d - dt.timedelta(days=d.weekday()),
                    date_end=d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=6),
                    precision="week", reasoning=f"{n} week(s) before publication")  # fmt: skip
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 - n
        year, month = divmod(index, 12)
        return _ref(m, f"{year}-{month + 1:02d}", precision="month",
                    reasoning=f"{n} month(s) before publication")  # fmt: skip
    if unit == "year":
        return _ref(m, str(ref.year - n), precision="year",
                    reasoning=f"{n} year(s) before publication")  # fmt: skip
    return None


def _duration(m: re.Match[str], ref: dt.date | None, text: str) -> DateRef | None:
    n = _number(m.group("num")) if m.group("num") else None
    unit = m.group("unit").lower()
    code = _UNIT_CODE[unit]
    prefix = "PT" if unit in ("hour", "minute") else "P"
    value = f"{prefix}{n if n else 'X'}{code}"
    return _ref(m, value, "DURATION", precision=None, reasoning="a length of time")


def _reference(m: re.Match[str], ref: dt.date | None, text: str) -> DateRef | None:
    word = m.group(0).lower()
    if word in ("now", "currently", "current", "at present", "these days", "nowadays"):
        value = "PRESENT_REF"
    elif word in ("the future", "in the future"):
        value = "FUTURE_REF"
    else:
        value = "PAST_REF"
    return _ref(m, value, precision=None, reasoning="a reference to the present, past or future")


_UNIT = r"(?P<unit>year|month|week|day|hour|minute)s?"
# The days counted from the publication date: "today", "last night", "overnight"
_DEICTIC = r"today|tonight|yesterday|this (?:morning|afternoon|evening)|last night|overnight"
_IS_DEICTIC = re.compile(rf"(?:{_DEICTIC})", re.I)


def deictic(ref: DateRef) -> bool:
    """Whether a date is a day counted back from the publication date ("this morning"), which is
    only as right as that date: a page updated the day after it was written moves it."""
    return _IS_DEICTIC.fullmatch(ref.text) is not None


_WEEKDAY = re.compile(
    rf"\b(?:(?P<mod>late|early|last|next|overnight)\s+(?:on\s+)?)?{_WD}(?:\s+{_PART})?\b", re.I
)
RULES = [
    _Rule("weekday", _WEEKDAY, _weekday),
    _Rule("holiday", holiday_pattern, _holiday),
    _Rule("relative_day", re.compile(rf"\b(?:{_DEICTIC}|tomorrow)\b", re.I), _relative_day),
    _Rule("quarter", re.compile(
        r"\b(?:the\s+)?(?P<ord>first|second|third|fourth)[- ]quarter(?:\s+of\s+(?P<year>(?:19|20)\d{2}))?\b",
        re.I), _quarter),
    _Rule("month_day", re.compile(rf"\b{_MONTH_NAME}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d{{4}})(?!:)"), _month_day),
    _Rule("month", re.compile(
        rf"\b(?:(?:early|mid|late)[- ])?{_MONTH_NAME}(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?\b(?!\s+\d)"),
        _month_only),
    _Rule("calendar_unit", re.compile(
        r"\b(?P<rel>earlier this|later this|last|past|previous|this|next|coming)\s+"
        r"(?P<unit>week|weekend|month|year)\b", re.I), _calendar_unit),
    _Rule("ago", re.compile(rf"\b{_NUM}\s+{_UNIT}\s+ago\b", re.I), _ago),
    _Rule("duration", re.compile(
        rf"\b(?:(?:the\s+)?(?:past|last|next|first|coming)\s+)?{_NUM}[- ]{_UNIT}(?![- ]old)\b", re.I),
        _duration),
    _Rule("year", re.compile(
        r"\b(?:in|since|by|of|until|before|after|from|to|during|early|late|mid-?|fiscal|year)\s+"
        r"(?P<year>(?:19|20)\d{2})\b(?![,.]?\d)"), _year),
    _Rule("reference", re.compile(
        r"\b(?:now|currently|nowadays|these days|at present|recently|in the past|the future|"
        r"in the future|formerly)\b", re.I), _reference),
]  # fmt: skip


_PREFILTER = Prefilter(rule.pattern for rule in RULES)


def find_time_expressions(text: str, published: dt.date | None) -> list[DateRef]:
    """Every time expression in ``text``, resolved against ``published`` where it can be."""
    candidates: list[DateRef] = []
    for found in find_dates(text):
        candidates.append(DateRef(start=found.start, end=found.end, text=found.text,
                                  value=found.value.isoformat(), type="DATE",
                                  extractor=EXTRACTOR, date_start=found.value,
                                  date_end=found.value, precision="day",
                                  reasoning="a full date in the text"))  # fmt: skip
    for rule, possible in zip(RULES, _PREFILTER.possible(text), strict=True):
        if not possible:
            continue  # the words the rule needs are not in the text (``eventwire.prefilter``)
        for m in rule.pattern.finditer(text):
            ref = rule.resolve(m, published, text)
            if ref is not None:
                candidates.append(ref)
    return pin_weekdays(text, longest_first(candidates), published)


_WEEKDAY_BEFORE = re.compile(rf"\b{_WD},?\s+(?:the\s+)?$")
_WEEKDAY_OPENS = re.compile(rf"{_WD},?\s+(?:the\s+)?(?:[A-Z][a-z]+\.?\s+)?\d")


def pin_weekdays(text: str, refs: list[DateRef], published: dt.date | None) -> list[DateRef]:
    """ "A girl was shot ... Monday night. It happened around 11 p.m. Monday, May 23": a
    weekday the text pins to a past date once is that date wherever the text names it, not the
    most recent such day before publication (a report published a week later). A weekday that
    looks ahead ("will be arraigned Monday") keeps its own day."""
    pinned: dict[int, set[dt.date]] = {}
    for r in refs:
        if r.precision != "day" or r.date_start is None or r.date_start != r.date_end:
            continue
        if published is None or r.date_start > published:
            continue
        # "Monday, May 23" (the weekday before the date) or "Monday, May 23, 2016" (in it)
        wd = _WEEKDAY_BEFORE.search(text, max(0, r.start - 16), r.start) or _WEEKDAY_OPENS.match(
            r.text
        )
        if wd and WEEKDAYS[wd.group("weekday").lower()] == r.date_start.weekday():
            pinned.setdefault(r.date_start.weekday(), set()).add(r.date_start)
    if not pinned:
        return refs
    out = []
    for r in refs:
        m = _WEEKDAY.fullmatch(r.text)
        days = pinned.get(WEEKDAYS[m.group("weekday").lower()], set()) if m else set()
        # a weekday told on its own: not "last Monday", "next Friday" (those say which one)
        bare = m is not None and (m.group("mod") or "").lower() not in ("last", "next")
        if (bare and m and len(days) == 1 and r.date_start is not None
                and r.date_start not in days and not looks_ahead(text, r.start)):  # fmt: skip
            (d,) = days
            code = r.value[10:]  # "T" and the part of the day, if any
            r = replace(r, value=d.isoformat() + code, date_start=d, date_end=d,
                        reasoning=f"the {m.group('weekday')} the text dates as {d.isoformat()}")  # fmt: skip
        out.append(r)
    return out
