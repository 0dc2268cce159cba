"""Holidays that date events in news text: "shot Thanksgiving Day", "a Christmas night
shooting", "on New Year's Eve", "on Halloween", "over Easter Sunday"... Each name gives its day
in a given year; ``holiday_pattern`` finds them where they name one day (not "the Thanksgiving
weekend", "the Christmas season", "a Halloween party").

The US holidays (Thanksgiving, Memorial Day, Labor Day, Independence Day) are the ones the
American local news in the evaluation data uses; the others are fixed days of the Western
calendar or Easter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (Monday 0) of the month; ``n`` = -1 is the last."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the Gregorian computus, in its anonymous arithmetic form)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_skip, leap_rest = divmod(century, 4)
    moon_fix = (century + 8) // 25
    moon_shift = (century - moon_fix + 1) // 3
    epact = (19 * golden + century - leap_skip - moon_shift + 15) % 30
    quarter, quarter_rest = divmod(rest, 4)
    weekday = (32 + 2 * leap_rest + 2 * quarter - epact - quarter_rest) % 7
    correction = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * correction + 114, 31)
    return dt.date(year, month, day + 1)


# name -> (its day in a year, how a date's reasoning names it)
_HOLIDAYS: dict[str, tuple[Callable[[int], dt.date], str]] = {
    "new year's eve": (lambda y: dt.date(y, 12, 31), "New Year's Eve (31 December)"),
    "new year's day": (lambda y: dt.date(y, 1, 1), "New Year's Day (1 January)"),
    "christmas eve": (lambda y: dt.date(y, 12, 24), "Christmas Eve (24 December)"),
    "christmas": (lambda y: dt.date(y, 12, 25), "Christmas (25 December)"),
    "valentine's day": (lambda y: dt.date(y, 2, 14), "Valentine's Day (14 February)"),
    "halloween": (lambda y: dt.date(y, 10, 31), "Halloween (31 October)"),
    "independence day": (lambda y: dt.date(y, 7, 4), "the Fourth of July"),
    "fourth of july": (lambda y: dt.date(y, 7, 4), "the Fourth of July"),
    "thanksgiving": (
        lambda y: _nth_weekday(y, 11, 3, 4),
        "Thanksgiving (the fourth Thursday of November)",
    ),
    "memorial day": (lambda y: _nth_weekday(y, 5, 0, -1), "Memorial Day (the last Monday of May)"),
    "labor day": (lambda y: _nth_weekday(y, 9, 0, 1), "Labor Day (the first Monday of September)"),
    "mother's day": (lambda y: _nth_weekday(y, 5, 6, 2), "Mother's Day (the second Sunday of May)"),
    "father's day": (lambda y: _nth_weekday(y, 6, 6, 3), "Father's Day (the third Sunday of June)"),
    "easter": (easter, "Easter Sunday"),
}

_APOS = r"['’]"
# A name that is one day by itself, and those that need a day word or "on" to be one ("on
# Halloween", "Christmas night"; not "a Halloween party", "the Christmas season"). An occasion
# ("a New Year's Eve party", "a block party in honor of Father's Day") is not the day: the
# shots are often fired after midnight.
_DAY_NAMES = (
    rf"New Year{_APOS}s (?:Eve|Day)|Valentine{_APOS}s Day|Independence Day|"
    rf"(?:the )?Fourth of July|Memorial Day|Labor Day|Mother{_APOS}s Day|Father{_APOS}s Day|"
    r"Christmas Eve|Christmas Day|Thanksgiving Day|Easter Sunday"
)
_BARE = r"Christmas|Thanksgiving|Halloween|Easter"
_PARTS = r"morning|afternoon|evening|night"
holiday_pattern = re.compile(
    r"(?<!honor )(?<!honor of )(?<!celebrate )"
    rf"(?:\b(?P<named>{_DAY_NAMES})|(?<=\bon )(?P<bare>{_BARE})\b(?!['’]s)|"
    rf"\b(?P<with_part>{_BARE}|Christmas Eve|New Year{_APOS}s Eve)(?= (?:{_PARTS})))"
    rf"(?: (?P<hpart>{_PARTS}))?"
    r"(?! (?:weekend|holiday|season|break|week|travel|shopping|sales?|party|parties|celebrations?|"
    r"festivities|gathering|bash|parade|cookout)\b)"
)


def _key(name: str) -> str:
    key = re.sub(r"['’]", "'", name.lower()).removeprefix("the ")
    if key in ("christmas day", "thanksgiving day"):
        key = key.removesuffix(" day")
    return key.removesuffix(" sunday")


def holiday_day(name: str, year: int) -> dt.date:
    """The day the holiday ``name`` (as matched by ``holiday_pattern``) fell on in ``year``."""
    return _HOLIDAYS[_key(name)][0](year)


def describe(name: str) -> str:
    """``name`` with the rule that dates it, for a date's reasoning."""
    return _HOLIDAYS[_key(name)][1]
