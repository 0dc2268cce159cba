"""Typed records that flow from stage to stage: the one place for eventwire's schema.

Records are frozen: a stage that adds to a record returns a new one (``dataclasses.replace``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

PageFormat = Literal["txt", "html", "jsonl", "warc"]


class Status(StrEnum):
    """Where a document stands in the pipeline."""

    PENDING = "pending"  # ingested, not yet processed
    PROCESSED = "processed"  # cleaned; ready for extraction
    SPLIT = "split"  # a page holding several articles; its parts are documents of their own
    REJECTED = "rejected"  # unusable; ``reject_reason`` says why


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why an input, or one item of it, cannot be used. Stored, so a user can ask later."""

    source_path: str
    reason: str
    external_id: str | None = None

    def line(self) -> str:
        where = self.source_path + (f" [{self.external_id}]" if self.external_id else "")
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class PageInput:
    """One page as read from a file, a JSONL line or a WARC record, decoded but not cleaned."""

    source_path: str
    format: PageFormat
    content: str
    is_html: bool
    external_id: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    published_source: str | None = None  # where an outlet-supplied date came from


@dataclass(frozen=True, slots=True)
class Article:
    """One clean article cut from a page, with what the page says about it."""

    text: str
    part: int | None = None  # 1-based position when a page held several articles
    title: str | None = None
    dateline: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    published_explicit: bool | None = None
    published_evidence: str | None = None
    language: str | None = None
    captions: tuple[str, ...] = ()
    meta_lines: tuple[str, ...] = ()
    html_date: dt.date | None = None  # the date in an HTML page's metadata, if any
    text_from: str = "body"  # "captions": a photo gallery with no other text; its captions
    incidents: tuple[EventMention, ...] = ()
    statements: tuple[Statement, ...] = ()
    claims: tuple[NumericClaim, ...] = ()


@dataclass(frozen=True, slots=True)
class DateRef:
    """A time expression with its span in the clean text and its resolved value.

    ``value`` is TimeML-style (``2023-11-22``, ``2023-11-21TNI``, ``2023-W47``, ``P3Y``,
    ``PRESENT_REF``; ``XXXX-…`` when the anchor is unknown); ``date_start``/``date_end`` bound
    the calendar days it covers when known; ``reasoning`` says how it was resolved.
    """

    start: int
    end: int
    text: str
    value: str
    type: str  # DATE | TIME | DURATION
    extractor: str
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    precision: str | None = None  # day | week | month | quarter | year
    part_of_day: str | None = None  # morning, late evening, overnight ...
    reasoning: str | None = None


@dataclass(frozen=True, slots=True)
class Count:
    """A casualty figure: ``field`` is killed, injured or casualties (either, unsaid which)."""

    field: str
    low: int | None
    best: int | None
    high: int | None
    start: int
    end: int
    text: str
    extractor: str
    attributed_to: str | None = None
    hedged: bool = False
    # counted over a period ("since Oct. 17") or of a death before the event told ("mourning a
    # teen who was killed in a previous shooting"): not this incident's toll
    tally: bool = False


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: a GeoNames place, or one from eventwire's curated gazetteer file (or
    a town the text places in a state the gazetteer has no such town in)."""

    name: str
    kind: str  # country | admin1 | admin2 | city | site
    country_code: str
    geonames_id: int | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0
    # geonames | curated | derived (a US county, no point) | text (a town the gazetteer lacks,
    # named with its state: "Manchester, IL"; no point, no id)
    source: str = "geonames"


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """A toponym in the clean text and the place it was resolved to (None: unresolved)."""

    start: int
    end: int
    text: str
    place: Place | None
    extractor: str
    candidates: int = 0
    reasoning: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the clean text that supports a value, and what found it."""

    start: int
    end: int
    text: str
    extractor: str


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor-dictionary entry (or one the text itself introduced)."""

    name: str  # canonical name
    inter: int | None = None  # ACLED interaction code 1-8; state forces are 1 at home, 8 abroad
    country_code: str | None = None
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    source: str = "dictionary"  # dictionary | text (learned from this document) | surface


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor named in the text: its span, and the actor it was resolved to."""

    start: int
    end: int
    text: str
    actor: Actor
    extractor: str
    reasoning: str | None = None


@dataclass(frozen=True, slots=True)
class EventMention:
    """One incident as one article tells it: what happened, who, where, when and the toll.

    Every value carries its span. ``background`` marks an incident told as context for another
    ("in retaliation for a missile attack on ..."). Linking gathers mentions into incidents.
    """

    n: int  # 1-based position among the article's incidents
    event_type: str  # ACLED event type
    sub_event_type: str
    plover: str  # PLOVER event type and mode, e.g. "ASSAULT/aerial weapons"
    trigger: Evidence
    date: DateRef | None
    place: PlaceRef | None
    actor1: ActorRef | None
    actor2: ActorRef | None
    killed: Count | None
    injured: Count | None
    evidence: tuple[Evidence, ...]  # the clauses that tell this incident
    background: bool = False
    other_places: tuple[PlaceRef, ...] = ()
    claims: tuple[Count, ...] = ()  # every casualty figure told of it, the chosen ones included
    reasoning: tuple[str, ...] = ()
    extractor: str = "incidents.rules.v2"


@dataclass(frozen=True, slots=True)
class Statement:
    """Who said what: a direct quote, indirect speech or a written statement, with its speaker
    (as the text names them, and resolved when the text says "he" or "the statement"), the
    speaker's role and organisation, the cue verb, the channel and the stance."""

    n: int  # 1-based position in the article
    kind: str  # direct | indirect | statement
    content: Evidence
    speaker: Evidence | None
    speaker_name: str | None  # the named speaker, after resolving "he", "the spokesman"...
    speaker_role: str | None
    speaker_org: str | None
    cue: Evidence | None
    channel: str | None  # statement | press briefing | interview | social media
    # condemn | justify | claim responsibility | deny | threaten | confirm casualties |
    # call for action | report
    stance: str
    incident_n: int | None = None  # the article's incident it is about
    anonymous: bool = False
    reasoning: tuple[str, ...] = ()
    extractor: str = "statements.rules.v1"


@dataclass(frozen=True, slots=True)
class NumericClaim:
    """A tally or statistic: what is counted, how many, over which period and where, and who
    says so ("attacked approximately 66 times since October 17", "about 140 rocket and drone
    attacks since mid-October")."""

    n: int
    what: str  # attacks, injuries, deaths ...
    low: int | None
    best: int | None
    high: int | None
    evidence: Evidence
    since: DateRef | None = None  # the period's start, resolved when the text allows
    period: str | None = None  # the words of the period ("since mid-October")
    place: str | None = None  # "in Iraq" for a part of the tally
    attributed_to: str | None = None
    part_of: int | None = None  # n of the tally this one breaks down
    extractor: str = "claims.rules.v1"


@dataclass(frozen=True, slots=True)
class Document:
    """A stored document: a page, or one article of a split page. Mirrors the export schema."""

    document_id: str
    source_path: str
    external_id: str | None
    url: str | None
    parent_id: str | None
    part: int | None
    outlet: str | None
    title: str | None
    dateline: str | None
    published: dt.date | None
    published_explicit: bool | None
    published_evidence: str | None
    language: str | None
    status: Status
    reject_reason: str | None
    n_chars: int | None
    text: str | None
    format: str = "txt"
    content_hash: str = ""
    text_from: str | None = None  # "body", or "captions" for a gallery page; None if rejected


@dataclass(slots=True)
class IngestReport:
    """What one ``ingest`` call did, item by item."""

    added: list[str] = field(default_factory=list)  # document ids
    duplicates: list[str] = field(default_factory=list)  # "path [id]: same content as doc_x"
    rejected: list[Rejection] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files of types eventwire does not read
    missing: list[str] = field(default_factory=list)  # paths that do not exist


@dataclass(slots=True)
class ProcessReport:
    """What one ``process`` call did."""

    pages: int = 0
    articles: int = 0
    split_pages: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    mentions: int = 0  # incident mentions in the store after linking
    incidents: int = 0  # incidents they make
