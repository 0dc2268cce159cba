"""Every pattern the cleaner uses, in one place, so they can be read and extended together."""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?"

# Absolute dates as pages print them. Each has named groups day, month, year (and weekday).
DATE_FORMS = [
    # 22 November 2023 / 27 January, 2024 / Wednesday 22 Nov 2023
    re.compile(rf"(?:{_WEEKDAY},?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b", re.I),
    # November 22, 2023 / Wednesday, Nov. 22, 2023
    re.compile(rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.I),
    # 2023-11-22 (ISO)
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    # Wednesday, 11/22/2023 or 22/11/2023 (order settled by the weekday or by a part > 12)
    re.compile(rf"(?:{_WEEKDAY},?\s+)?\b(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<year>\d{{4}})\b", re.I),
]  # fmt: skip

# A line that carries the page's own date stamp: "Updated 22 November 2023", "Published: ...",
# "Posted: Friday, January 31, 2014 10:21 AM EST", or a bare date line "Wednesday, 11/22/2023".
STAMP_PREFIX = re.compile(
    r"^\s*(?P<kind>published|posted|updated|last updated|first published|date|created)\s*(?:on|at)?\s*:?\s*",
    re.I,
)
RELATIVE_STAMP = re.compile(
    r"^\s*(?:published|posted|updated|last updated)?\s*:?\s*(?:about\s+)?(?:\d+|an?|one)\s*"
    r"(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?)\s+ago\s*$",
    re.I,
)
CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?\b")

# Lines that are page furniture, not article text (whole-line, case-insensitive).
BOILERPLATE_LINE = re.compile(
    r"^\s*(?:short\s*url|follow(?:\s+us)?|share(?:\s+this(?:\s+article|\s+story)?)?|tweet|print|e-?mail|"
    r"more\s+news|related(?:\s+(?:news|articles|stories))?|read\s+more|advertisement|"
    r"comments?|post\s+a\s+comment|leave\s+a\s+comment|copy\s+link|link\s+copied|facebook|twitter|x|"
    r"whatsapp|telegram|linkedin|reddit|subscribe(?:\s+to\s+our\s+newsletter)?|sign\s+up|"
    r"most\s+popular|trending|listen(?:\s+to\s+this\s+article)?|font\s+size|"
    r"\d+\s+comments?|skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|you\s+may\s+also\s+like|"
    r"please\s+enable\s+javascript(?:\s+to\s+(?:watch|view)\s+this\s+(?:video|content))?)"
    r"\s*[:.]?\s*$",
    re.I,
)

# A comment-policy block: its first line names the outlet ("Example News moderates all comments ...").
COMMENT_POLICY_START = re.compile(
    r"^\s*(?P<outlet>[A-Z][\w&.' -]{1,40}?)\s+moderates\s+all\s+comments\b|"
    r"^\s*(?:we\s+welcome\s+comments|comments\s+are\s+moderated|please\s+read\s+our\s+comment(?:s|ing)?\s+polic)",
    re.I,
)
COMMENT_POLICY_LINE = re.compile(
    r"comment|community\s+guidelines|moderat|will\s+not\s+tolerate|approved\s+or\s+rejected|"
    r"profanity|constructive\s+criticism|approved\s+for\s+publication",
    re.I,
)
# Other ways a page names its outlet.
OUTLET_NAMED = [
    re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*[-–]?\s*(?:\d{4})?\s*)?(?P<outlet>[A-Z][\w&.' -]{1,40}?)[.,]?\s*(?:all\s+rights\s+reserved|$)", re.I),
]  # fmt: skip

# Photo captions and credits.
CAPTION = re.compile(
    r"(?:\b(?:photo|photograph|image|picture|file\s+photo)(?:\s+(?:credit|source))?\s*:|"
    r"\((?:AFP|AP|Reuters|EPA|Getty(?:\s+Images)?|File|Xinhua|Anadolu|SANA|IRNA)(?:\s+(?:photo|file))?\)\s*$|"
    r"/\s*(?:AFP|AP|Reuters|EPA|Getty\s+Images|Anadolu|Xinhua|Screengrab)\s*\.?\s*$|"
    r"\b(?:screengrab|screenshot|file\s+photo)\b|"
    r"\((?:photo|image)\s+(?:by|courtesy)\b)",
    re.I,
)
# A caption without a credit often closes with the place and date of the picture.
CAPTION_DATE_END = re.compile(r",?\s+\w+\s+\d{1,2},?\s+\d{4}\.?\s*$|\d{1,2}\s+\w+,?\s+\d{4}\.?\s*$")

# Dateline at the start of an article's first paragraph:
# "WASHINGTON/BAGHDAD: ", "ERBIL, Kurdistan Region - ", "BAGHDAD (Reuters) - ", "RIYADH — ",
# "MEMPHIS, TN (WREG)--", "FRANKLIN (Feb. 4, 2014) – ", "COMANCHE, Okla._A girl" (old wire style),
# "ST. LOUIS COUNTY, MO (KTVI)- Two", "Vista CA— The", "PROVIDENCE, RI- It's".
# "TRENTON >> City police are investigating": some papers set the dateline off with ">>"
# "KATY, Texas (AP) -" with the story in the next paragraph
DATELINE = re.compile(
    # "La PINE, Ore. -", "McALLEN, Texas": a short capitalised prefix to the town's capitals
    r"^(?P<dateline>(?:(?:Mc|Mac|De|Du|Di|Da|La|Le|Los|Las|El|Van|Von) ?)?[A-Z][A-Z'.-]+"
    r"(?:[ /][A-Z][A-Z'.-]+)*"
    r"(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*){0,2}"  # "GREENCASTLE, FRANKLIN COUNTY, Pa."
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},?\s[A-Z]{2}(?=\s*[-–—]))"  # "Vista CA— The"
    # "(AP)", "(KFGO/KVRR)", "(WJLA-TV)"
    r"(?:\s*\((?P<agency>[A-Za-z][\w .,/&-]{1,20})\))?(?:(?:\s*(?::|\s[-–—]{1,2}|\s(?:>>|»))\s+|\s*[-–—]{2}\s*|(?<=\.)_(?=[A-Z])|(?<=[.)A-Z])[–—]\s*(?=[A-Z])|(?<=\))-\s*(?=[A-Z])|(?<=, [A-Z]{2})-\s+(?=[A-Z]))(?=\S)"
    r"|\s[-–—]{1,2}\s*$)"  # "KATY, Texas (AP) -" a line of its own
)
# Capitals before a dash that are a page's furniture, not a place: "MOBILE/TABLET USERS –"
NOT_A_DATELINE = re.compile(
    r"\b(?:USERS?|UPDATED?|BREAKING|WATCH|VIDEO|PHOTOS?|NOTE|LIVE|RELATED|CLICK|SUBSCRIBE|"
    r"GALLERY|ADVERTISEMENT|EXCLUSIVE|DEVELOPING)\b"
)
BYLINE = re.compile(
    r"^(?:By|BY|Written by|Reported by)\s*:?\s+[A-Z][\w.'-]*(?:[ ,]+(?:and\s+)?[A-Z][\w.'-]*){0,6}\s*$"
)
BULLET = re.compile(r"^\s*[•●▪■◦·*–-]\s+")

# A bare month in a sentence, as in "In early July, ..." (no year, no day); its month group.
BARE_MONTH_IN = re.compile(
    rf"\b[Ii]n\s+(?:(?:early|mid|late)[- ])?{_MONTH}(?!\s+\d)(?!,?\s+\d{{4}})"
)
MONTH_DAY_NO_YEAR = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})"
)
WEEKDAY_WORD = re.compile(
    r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
