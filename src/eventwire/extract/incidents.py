"""Every incident an article tells, each with its type, actors, place, date and toll, and the
clauses that tell it.

1. Sentences are cut into clauses where prose links two events ("in retaliation for ...",
   "came hours after ...", "when militants fired ..."); see ``clauses``.
2. A clause with an event word that says something *happened* (not a threat, a denial, a
   generic or counted mention; see ``events``) is an incident clause, with the dates, places,
   figures and actors inside it.
3. Clauses are gathered into incidents in reading order. A clause joins the incident it agrees
   with best and contradicts in nothing: same or overlapping day (one day of slack, for time
   zones and "late Monday"/"early Tuesday"), same or containing place, compatible type
   ("missile attack" and "air strike" are different events). Clauses cut apart from each other
   never share an incident. A clause with no date or place of its own continues the incident
   told last ("The gunship ... fired on several militants").
4. Each incident takes the most precise values its clauses give: a named site beats a town a
   strike was "south of"; the first day-precise date; the first toll that is not a tally.
   Incidents that give no date, no place below country level and no toll are not coded.
5. The place is read against the article: a place of another country, or a town of another
   state when the article's places agree on one, is a misreading unless its region is named
   beside it (``focus``: the extractor has already read such a name as the town of that name
   in the article's state where there is one); a dateline is where the reporter filed, so a
   town of the dateline's state the story places the event in beats it (``_town_of_story``),
   and a town of a county the event was placed in beats the county when the story puts the
   scene there (a violent sentence, a street address, its police, an event named for it:
   "the Randallstown shootout").
6. The lead incident no clause dates takes the day the story gives it elsewhere ("It happened
   ... Sunday", "Tuesday's shooting"), else the first day the article names outside the other
   incidents' clauses and outside sentences that tell what came after (a court, an arrest, a
   funeral, an update), with the reasoning saying so (``_date_by_the_story``). A day told
   before "after" ("resumed Wednesday after ... were shot") or in a sentence that looks ahead
   dates no event. An article that names no day at all but the hour ("it happened around 1:15
   p.m.") is a breaking report: its lead takes the publication day, or that day and the
   evening before for an afternoon or evening hour (``_date_by_the_clock``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from eventwire.extract.actors import abroad
from eventwire.extract.clauses import Clause, split_clauses
from eventwire.extract.counts import find_counts, parse_number
from eventwire.extract.dates import deictic, find_time_expressions, looks_ahead, pin_weekdays
from eventwire.extract.events import Kind, Trigger, classify, event_type, find_triggers, plover
from eventwire.extract.focus import ArticleFocus, article_focus
from eventwire.extract.places import A_OR_THE_AGED, LOCAL_FORCE, RESIDENT_NOUN
from eventwire.extract.sentences import sentence_spans
from eventwire.extract.tolls import hurt_told_before_the_dead, injured_apart_from_killed, toll
from eventwire.geo.distance import place_km
from eventwire.records import ActorRef, Count, DateRef, EventMention, Evidence, Place, PlaceRef

EXTRACTOR = "incidents.rules.v2"

# "police said Thursday", "announced Friday", "told The Associated Press on Saturday": the
# date of the telling
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|announced|told|reported|released|confirmed|added|stated|revealed|tweeted|"
    r"posted|(?:released|issued|published)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:report|"
    r"statement|release|update|video|photo)|"
    r"told\s+(?:(?:the|The)\s+)?(?:[A-Z][\w.'’&-]*\s+){1,4})\s*(?:on\s+)?$"
)
# "Friday, police said ...", "On Wednesday, the Barron County Sheriff's Office said officers
# found ...": a day opening the sentence and its teller (with no event told between, below)
_REPORTED_AFTER = re.compile(
    r"^,?\s+(?P<who>(?:[\w'’.-]+\s+){0,6}?)(?:said|announced|told|confirmed|reported)\b"
    r"(?!\s*,)"  # (not "early Sunday, her family said, the girl was ...": an aside)
)
# The words of a telling's occasion: "a news conference", "a statement"
_TELLING_NOUN = (
    r"(?:(?:news|press|media)\s+)?(?:conference|statement|release|briefing|interview|update|post)"
)
# ...and the telling ends there: "announced Friday." / "said Thursday they arrested"
_TELLING_ENDS = re.compile(
    r"^(?:\s*[.,;:]|\s*$|\s+(?:that|they|he|she|it|police|officials)\b|"
    # "said Friday at a news conference", "said Monday in a statement"
    rf"\s+(?:at|in|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?{_TELLING_NOUN}\b)"
)
# "Chief Jerman said Saturday night the incident does not appear ...": what was said follows
# (not "says Friday morning a teenager shot ...": told in the present, the day is the event's)
_SAID_BEFORE = re.compile(r"\bsaid\s+(?:on\s+)?$")
_SAID_AFTER = re.compile(r"^\s+(?:the|a|an)\s+(?![\w-]+[’']s\b)")
# "remained in critical condition Friday", "remains in the hospital Monday": the state at the
# telling
_CONDITION_BEFORE = re.compile(
    r"\b(?:remains?|remained|(?:is|was|were|are) listed|recovering|[\"“']?(?:critical|stable|"
    r"serious|fair|good|grave|guarded)[\"”']? condition)\b"
    r"(?:(?!\b(?:after|following|from|because)\b)[^.,;]){0,30}?"
    r"(?:\s+(?:on|as of))?\s*$"
)
# "(Rudaw) on Wednesday told", "The US State Department on Wednesday told Rudaw", "Police on
# Monday identified the suspect"
_TOLD_AFTER = re.compile(
    r"^\s+(?:told|said|announced|confirmed|identified|released|provided|gave|held|continued)\b"
)
# What happened after the event and was dated on its own: "identified the boy Thursday", "held a
# news briefing Saturday", "was discharged Thursday evening", "a photo ... is shown Monday",
# "bond was denied Tuesday", "No one was in custody as of Friday morning" (not "identified the
# man shot Sunday": the shooting's day)
_AFTERWARDS = re.compile(
    r"\b(?:identified|(?:is|are|was|were) (?:shown|pictured|photographed)|pictured|"
    r"(?:news|press) (?:briefing|conference)|held for court|(?:charges?|complaint) (?:was |were )?"
    r"filed|filed (?:\w+\s+){0,3}?charges?|bond (?:was )?denied|turned (?:him|her)self in|"
    r"investigation (?:was|is) (?:underway|continuing)|(?:search|manhunt|hunt) (?:continued|"
    r"continues)|hunting\s+(?:for\s+)?(?:a|an|the)\s+(?:[\w-]+\s+)?(?:suspect|gunman|shooter)|"
    r"(?:was|were|been|is)\s+discharged|released from (?:the )?hospital|as of|recalled|"
    r"provided? (?:more |additional |new |few )?details|too overcome|"
    # "An autopsy is set for Wednesday", "His bond was set at $1.7 million on Friday", "The
    # boy who was shot turns 6 on Sunday", "a vigil was held Sunday"
    r"autops(?:y|ies)(?:\s+(?:is|was|will be))?(?:\s+(?:set|scheduled|performed|conducted|done)"
    r"(?:\s+for)?)?|bond (?:was |is )?set(?:\s+at\s+\$?[\d.,]+(?:\s+(?:million|thousand))?)?|"
    r"turns?\s+\d{1,3}(?:[- ]years?[- ]old)?|"
    r"(?:vigil|funeral|memorial)(?:\s+(?:service|services))?\s+(?:was|is|will be)\s+held|"
    # "The video, obtained Thursday from the State Attorney", "had their preliminary hearing
    # waived on Tuesday", "appeared in municipal court here Tuesday morning"
    r"obtained|hearing (?:was )?waived|(?:appeared|appears?) in (?:\w+\s+){0,2}court(?:\s+here)?)"
    r"(?:\s+(?!(?:shot|killed|wounded|died|stabbed|injured|slain|hurt)\b)[\w'’-]+){0,3}?"
    r"(?:\s+(?:on|during|at))?\s*$",
    re.I,
)
# "south of Baghdad", "60 km southwest of Baghdad", "outside Mosul", "near Kirkuk"
_RELATIVE = re.compile(
    r"(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|"
    r"\boutside(?:\s+of)?|\bnear|\bkilometers?|\bkm|\bmiles|\bborders?\s+of|\bsupport for|"
    r"\bwar (?:against|on|in|with)|\bhousing|\bsuburban)\s+(?:the\s+)?$",
    re.I,
)
# A place is where the event happened when a preposition (or an opening article: "A Chicago
# man") introduces it: "in western Baghdad's Abu Ghraib", "near Anbar province's Qaim district
# and Babil's Jurf al-Nasr"; not "the strikes, Baghdad said".
_INTRODUCED = re.compile(
    r"(?:\b(?:in|on|at|near|outside|against|targeting|targeted|of|from|across|into|around|"
    r"struck|hit|toward|towards|inside|within|through)\s+(?:[\w'’.,-]+\s+){0,6}|"
    r"(?:^|[.!?]\s+|\n)(?:an?|the)\s+(?:[\w'’-]+\s+){0,2})$",
    re.I,
)
# "It happened around 5 a.m. Sunday along Hope Street": the incident just told, its time and
# place given in a sentence of their own
_IT_HAPPENED = re.compile(
    r"\b(?:[Ii]t|[Tt]his|[Tt]he (?:shootings?|incidents?|attacks?|stabbings?|violence|gunfire|"
    r"gunfight|confrontation|altercation))\s+"
    r"(?:\w+\s+)?(?:happened|occurred|took place|unfolded|started|began|erupted|broke out)\b"
)
# "in Tuesday's tragic incident", "Thursday night's gun battle": the day owns the event
_EVENT_NOUN = (
    r"(?:shootings?|incident|killings?|homicides?|attacks?|gun ?battle|gunfight|shootout|"
    r"murders?|stabbing|slaying|violence|tragedy|deaths?|rampage|massacre|ambush|standoff|"
    r"gunfire)\b"
)
_EVENT_BEFORE = re.compile(r"\b" + _EVENT_NOUN + r"\s+(?:on\s+)?$", re.I)
_DAY_OF_EVENT = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?" + _EVENT_NOUN, re.I)
# "days after the June 29 gunfight", "in connection with the Jan. 22 incident"; after a town,
# the event it names: "the Randallstown shootout"
_DATED_EVENT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + _EVENT_NOUN, re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_AT_CLOCK = re.compile(
    r"(?<!as of )(?<![\d:])\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?,?\s+(?:on\s+)?$"
    # "called to a house around 7:45 Sunday morning": a clock time with no a.m./p.m.
    r"|(?<!as of )\b(?:around|about|at|shortly after|just after|before)\s+\d{1,2}:\d\d\s+$"
    r"|\b(?:911|emergency)\s+calls?\s+(?:on\s+)?$",  # "police got a 911 call Saturday morning"
    re.I,
)
# "about 4:30 a.m. today", "early today"
_TIMED = re.compile(r"(?:\b[ap]\.?m\.?|\bearly|\blate)\s+$", re.I)
# An arrest: "His roommate was arrested at around 8:15 p.m. Saturday" dates the arrest
_ARREST = r"arrested|booked|detained|apprehended"
_ARRESTED = re.compile(
    rf"\b(?:{_ARREST}|charged|surrendered|(?:in|into) custody|turned (?:him|her)self in)\b"
)
# "Classes resumed Wednesday after four students were shot", "died Sunday after being shot":
# the day of what followed the event, told before it
_AFTER_IT = re.compile(r"\s*,?\s+(?:(?:just|shortly|hours|days|weeks|a day|a week)\s+)?after\b")
_OUTCOME = re.compile(r"(?i)killed|killing|kill|dead|deaths?|died|wounded|injured")
_SPEECH = re.compile(
    r"\b(?:said|says|told|confirmed|announced|condemn\w*|criticiz\w*|claimed|reported|stated|"
    r"accused|blamed|according)\b",
    re.I,
)
_ACTOR2_CUE = re.compile(
    r"\b(?:on|against|targeting|targeted|target|at|struck|hit|killing|killed|kill)\s+"
    r"(?:\w+[\s-]+){0,4}?$",
    re.I,
)
_PLACE_RANK = {"site": 0, "city": 0, "admin2": 1, "admin1": 2, "country": 3}


# "Update, 9:45 a.m. Sunday:", "UPDATE #2 (Dec. 5, 2015)": when the story was updated
_UPDATE_STAMP = re.compile(
    r"(?i)\bupdated?\b(?:\s*#\s*\d+)?[\s,:(—–-]*(?:at\s+)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?,?\s*)?$"
)


def _day_of_telling(sentence: str, ref: DateRef) -> bool:
    """A day opening the sentence whose teller speaks next ("Friday, police said they ...",
    "On Tuesday, Evansville Police Sgt. Jason Cullum said ..."), not "On Monday, a gunman
    killed two people and police said" (an event told before the verb of telling), nor "...
    wounded two people Monday, police said." (not the sentence's opening)."""
    said = _REPORTED_AFTER.match(sentence[ref.end :]) if ref.start < 15 else None
    return said is not None and not find_triggers(said.group("who"))


def _reporting_date(sentence: str, ref: DateRef) -> bool:
    """Whether a date dates the report ("police said Thursday") rather than the event."""
    before = sentence[max(0, ref.start - 30) : ref.start]
    after = sentence[ref.end :]
    return bool(
        _UPDATE_STAMP.search(sentence[max(0, ref.start - 40) : ref.start]) is not None
        or _day_of_telling(sentence, ref)
        or (_REPORTED_BEFORE.search(before) and _TELLING_ENDS.match(after))
        or (_SAID_BEFORE.search(before) and _SAID_AFTER.match(after))
        # (not "shot during a road-rage incident Sunday said ...": the incident's day)
        or (_TOLD_AFTER.match(after) is not None and not _EVENT_BEFORE.search(before))
        or _CONDITION_BEFORE.search(before) is not None
        or _COURT.search(before) is not None
        or _SENTENCED.search(sentence, max(0, ref.start - 80), ref.start) is not None
        or _COURT_AFTER.match(after) is not None
        or _in_court(sentence, ref)
        or _CHARGED_AFTER.match(after) is not None
        or _TELLING_AFTER.match(after) is not None
        or (
            _AFTERWARDS.search(sentence, max(0, ref.start - 60), ref.start) is not None
            and not after.startswith(("'s", "’s"))  # "identified those in Tuesday's shooting"
        )
    )


# What a court does to the accused, the verbs of the court patterns below
_COURT_VERB = r"sentenced|convicted|indicted|arraigned|pleaded|pled|acquitted"


# A court's business and no violence told between it and the day: "entered a plea Friday",
# "made his first appearance in Bibb County Magistrate court, Wednesday", "testified in court
# Wednesday", "an indictment unsealed today", "ordered held on $250,000 bond Monday" (not
# "pleaded not guilty in the shooting death of his girlfriend in April")
# "Superior Court", "bond court", not a street ("Sandusky Court") or "a court-ordered program"
_COURT_BUSINESS = re.compile(
    r"\b(?:(?<!food )court(?:room)?(?!-)|(?:(?i:district|superior|circuit|municipal|supreme|"
    r"family|juvenile|county|federal|magistrate|criminal|city|state|appeals) )Court|"
    rf"(?i:{_COURT_VERB}|pleas?|arraign\w*|indict\w*|(?:a|the|his|her|their|preliminary|bond|"
    r"detention|court) hearings?|bond|bail|judge|testif\w+|appearance|sentenc\w*|"
    r"prosecutors?|trial|jury))\b"
)


def _in_court(sentence: str, ref: DateRef) -> bool:
    """Whether a court's business is told in the words before a day, no event word (the
    triggers of ``events``) after it."""
    window = sentence[max(0, ref.start - 80) : ref.start]
    ends = [m.end() for m in _COURT_BUSINESS.finditer(window)]
    return (
        bool(ends)
        and not any(t.modality != "charge" for t in find_triggers(window[ends[-1] :]))
        and _AT_CLOCK.search(window) is None  # "..., around 5:14 p.m. Tuesday": the event's
        # "the Saturday quadruple shooting"
        and not (_THE_BEFORE.search(window) and _DATED_EVENT.match(sentence, ref.end))
    )


# The court's or the arrest's day, not the shooting's: "was sentenced Tuesday", "a judge on
# Thursday accepted a guilty plea", "pleaded guilty Monday", "Thursday's arraignment", "police
# arrested a man Tuesday"
_COURT = re.compile(
    rf"\b(?:{_COURT_VERB}|testified|"
    rf"(?:{_ARREST})(?:\s+(?:a|an|the|two|three|\w+['’]s))?"
    r"(?:\s+[a-z][\w-]*){0,2}?|charged|taken into custody|"
    r"(?:appeared|appear|appears|(?:was|were|is|are) back) in court|"
    r"held\s+(?:\w+\s+){0,3}?(?:on|without)\s+(?:bail|bond)|(?:a |the )?(?:judge|jury|grand jury))"
    r"(?:\s+(?:guilty|not guilty|no contest))?(?:\s+on)?\s*$",
    re.I,
)
# "in a Saturday night press conference", "said in a Friday afternoon statement": the day of
# a telling named after it
_TELLING_AFTER = re.compile(rf"^\s+{_TELLING_NOUN}\b", re.I)
# "was sentenced up to 50 years in prison Monday", "returned to court today for a hearing":
# the court's day, a few words after its verb (none that names the crime's time)
_SENTENCED = re.compile(
    rf"\b(?:{_COURT_VERB}|(?:returned|went|came|back) to court)\b"
    r"(?:\s+(?!(?:for|after|in connection|when|who|that)\b)[\w$,'’-]+)"
    r"{0,7}?\s+(?:on\s+)?$",
    re.I,
)
_COURT_AFTER = re.compile(
    rf"^(?:['’]s)?\s+(?:\w+\s+){{0,3}}?(?:{_COURT_VERB}|"
    r"accepted (?:a|his|her) (?:guilty )?plea|arraignment|hearing|trial|sentencing|verdict|"
    r"outcome|ruling|plea|"
    r"court appearance|autopsy|vigil|funeral)\b",
    re.I,
)


# "On Monday, 17-year-old Dea'vion Doe was charged", "on Feb. 23, he was charged with fatally
# shooting": the day of the charge, told before it
_CHARGED_AFTER = re.compile(
    r"^,\s+(?:[\w'’.-]+\s+){1,5}?(?:was|were|has been|had been)\s+(?:formally\s+)?"
    rf"(?:charged|{_ARREST}|{_COURT_VERB})\b"
)


# "died Friday, three days after he was shot", "died Saturday, a week after the shooting"
_DAYS_AFTER = re.compile(
    r",?\s+(?:(?P<n>\w+)\s+days|(?P<weeks>a|one|two)\s+weeks?)\s+after\s+"
    r"(?:(?:he|she|they|the\s+\w+)\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:shot|wounded|injured|stabbed|hurt)|the\s+(?:shooting|incident|attack|stabbing))\b",
    re.I,
)


def _shot_days_before_death(sentence: str, r: DateRef) -> DateRef:
    """The day of the shooting a death day counts back to ("died Friday, three days after he
    was shot": the Tuesday before), else the day as told."""
    after = _DAYS_AFTER.match(sentence, r.end)
    if (
        after is None
        or r.precision != "day"
        or r.date_start is None
        or not _DEATH_DAY.search(sentence, max(0, r.start - 40), r.start)
    ):
        return r
    weeks = after.group("weeks")
    n = (parse_number(weeks) or 0) * 7 if weeks else parse_number(after.group("n"))
    if not n:
        return r
    back = dt.timedelta(days=n)
    day = r.date_start - back
    return replace(
        r, end=after.end(), text=sentence[r.start : after.end()], value=day.isoformat(),
        type="DATE", date_start=day, date_end=(r.date_end or r.date_start) - back,
        part_of_day=None, reasoning=f"{n} days before the day of the death ({r.reasoning})",
    )  # fmt: skip


def _event_dates(text: str, published: dt.date | None) -> list[DateRef]:
    """Resolved time expressions that may date an event (not the telling), in text offsets;
    a weekday one sentence pins to a date ("Monday, May 23") is that date in every other."""
    out = []
    for s, e in sentence_spans(text):
        sentence = text[s:e]
        for r in find_time_expressions(sentence, published):
            if r.date_start is None or r.precision not in ("day", "week", "month"):
                continue
            if (published is not None and r.date_start > published + dt.timedelta(days=1)) or (
                looks_ahead(sentence, r.start) and not sentence.startswith(("'s", "’s"), r.end)
            ):
                # "sentenced Dec. 2", "next week", "Funeral services will be held Friday": what
                # is to come is no event yet ("will be closed following Thursday's shooting"
                # names a past one)
                continue
            if _reporting_date(sentence, r) or re.search(
                r"\b(?:since|until|till|from|by)\s+(?:mid-|early |late )?$", sentence[: r.start]
            ):
                continue  # the telling's date, or the start of a period
            r = _shot_days_before_death(sentence, r)
            out.append(DateRef(start=s + r.start, end=s + r.end, text=r.text, value=r.value,
                               type=r.type, extractor=r.extractor, date_start=r.date_start,
                               date_end=r.date_end, precision=r.precision,
                               part_of_day=r.part_of_day, reasoning=r.reasoning))  # fmt: skip
    return pin_weekdays(text, out, published)


@dataclass(slots=True)
class _Told:
    """One incident clause and what it says."""

    clause: Clause
    index: int
    kind: Kind
    reference: bool  # "the strikes": names an incident; makes one only with facts of its own
    outcome_only: bool  # only "killed"/"died"/"wounded": the result of an event told elsewhere
    trigger: Trigger
    dates: list[DateRef]
    places: list[PlaceRef]
    counts: list[Count]
    actor1: ActorRef | None
    actor2: ActorRef | None
    anchored: bool = False  # has a date or a place of its own (not "south of", "near")
    opponent: bool = False  # a fight with someone named ("the shootout with the occupants")

    @property
    def sub_event_type(self) -> str:
        return self.kind.sub_event_type

    @property
    def specific(self) -> bool:
        return self.kind.specific


@dataclass(slots=True)
class _Incident:
    told: list[_Told] = field(default_factory=list)

    def dates(self) -> list[DateRef]:
        return [d for t in self.told for d in t.dates]

    def places(self) -> list[PlaceRef]:
        return [p for t in self.told for p in t.places]


def _introduced(text: str, ref: PlaceRef, floor: int = 0) -> bool:
    return bool(_INTRODUCED.search(text[max(floor, ref.start - 60) : ref.start]))


# "a Houston-area home", "in the Dallas area": somewhere around the city
_AREA_AFTER = re.compile(r"-area\b|\s+area\b(?!\s+(?:of|code)\b)", re.I)


def is_relative(text: str, ref: PlaceRef) -> bool:
    """ "south of Baghdad", "near Kirkuk", "60 km from Mosul", "a Houston-area home": near the
    place, not in it."""
    return bool(_RELATIVE.search(text[max(0, ref.start - 30) : ref.start])) or bool(
        _AREA_AFTER.match(text, ref.end)
    )


_PREMODIFIER_OK = re.compile(
    r"\s+(?:on|in|at|and|or|to|for|with|from|by|said|says|was|were|is|has|have|had|that|which)\b"
)


def _premodifier(text: str, ref: PlaceRef) -> bool:
    """ "US bases", "Iraqi sovereignty": a country name used as an adjective, not a place;
    "a Britain-based monitor": where someone is based."""
    if re.match(r"-(?:based|born|backed|led|made)\b", text[ref.end : ref.end + 8]):
        return True
    if ref.place is None or ref.place.kind != "country":
        return False
    after = text[ref.end : ref.end + 20]
    return bool(re.match(r"\s+[a-z]", after)) and not _PREMODIFIER_OK.match(after)


# "taken to Day Kimball Hospital in Putnam", "Blake Shurling, 20, of Tennille", "Christian
# Merced, of Miami, Florida": where the victims went or live, not where it happened
_ELSEWHERE = re.compile(
    r"(?:\b(?:hospital|medical center|medical centre|clinic|trauma center)\s+(?:in|at)\s+|"
    r"\b(?:taken|transported|rushed|airlifted|flown|driven) to\s+(?:[\w'’.-]+\s+){0,5}|"
    r"\b[\w'’-]+,\s+of\s+(?:(?:[\w'’.-]+\s+){0,2}[\w'’.-]+,\s+)?)$",
    re.I,
)


_HOSPITAL_AFTER = re.compile(r"\s+(?:hospital|medical center|trauma center)\b", re.I)


# "on Willow Crossing Court in Vine Grove", "in the 400 block of 30th Street in the city of
# Wilson": a street address puts the scene in that town
_ADDRESS_BEFORE = re.compile(
    r"(?:\bblock|\b(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Court|Ct|Lane|Ln|Boulevard|Blvd|Way|"
    r"Place|Pl|Highway|Hwy|Circle|Parkway|Pike|Trail)\b\.?)[^.;\n]{0,30}?\s+in\s+"
    r"(?:the\s+(?:city|town|village|borough)\s+of\s+)?$"
)


def _at_address(text: str, ref: PlaceRef) -> bool:
    return _ADDRESS_BEFORE.search(text, max(0, ref.start - 80), ref.start) is not None


def _elsewhere(text: str, ref: PlaceRef) -> bool:
    """Where someone was taken or lives, by the words before the name (``_ELSEWHERE``), or a
    hospital by the word after it ("died at a South Bend hospital")."""
    return bool(_ELSEWHERE.search(text[max(0, ref.start - 60) : ref.start])) or bool(
        _HOSPITAL_AFTER.match(text, ref.end)
    )


_DISTRICT_KM = 20.0  # a district lies this close to its city's point in GeoNames
# A big city's district needs no police of the city told: "East Flatbush" and "Brooklyn",
# "Auburn Gresham" and "Chicago" (a town this close to a city this big and ten times its size)
_BIG_CITY = 250_000
_BIG_CITY_KM = 15.0


def _city_force(text: str, ref: PlaceRef) -> bool:
    """ "Chicago Police", not "Los Angeles County Sheriff" nor "the Los Angeles Sheriff's
    Department" (a sheriff is the county's)."""
    force = LOCAL_FORCE.match(text, ref.end)
    return force is not None and not re.search(r"County|[Ss]heriff", force.group(0))


def _city_of_district(
    text: str, place: PlaceRef | None, places: Sequence[PlaceRef], dateline: PlaceRef | None
) -> PlaceRef | None:
    """ "shot to death in South Shore ... Chicago Police investigate": GeoNames lists a big
    city's districts as towns of their own; the larger town within reach whose own police
    investigate is the city the district belongs to, and so is a city of 250,000 or more the
    article names, ten times the town's size, within 15 km of it (not for the town of the
    dateline: "BEECH GROVE, Ind." is a town of its own)."""
    p = place.place if place is not None else None
    if p is None or p.kind != "city" or p.latitude is None or p.longitude is None:
        return None
    datelined = dateline is not None and place is not None and place.start == dateline.start

    if any(r.place is not None and r.place.name == p.name and _city_force(text, r) for r in places):
        return None  # "Cicero police": a town with its own police
    for ref in places:
        q = ref.place
        if (q is None or q.kind != "city" or q.name == p.name or q.admin1 != p.admin1
                or q.population < 5 * p.population):  # fmt: skip
            continue
        apart = place_km(p, q)
        if apart is None:
            continue
        if _city_force(text, ref) and apart <= _DISTRICT_KM:
            return ref
        big = q.population >= _BIG_CITY and q.population >= 10 * p.population
        if big and not datelined and apart <= _BIG_CITY_KM and not _elsewhere(text, ref):
            return ref  # not where a victim lives or was taken: "Jabree Hines, of Pittsburgh"
    return None


def _region_of_next(text: str, ref: PlaceRef) -> bool:
    """ "Baghdad's Abu Ghraib", "Anbar's Ain al-Asad": the region, not the event's place."""
    return bool(re.match(r"[’']s\s+(?:\w+\s+){0,2}[A-Z]", text[ref.end : ref.end + 30]))


def _roles(
    text: str, clause: Clause, trigger_at: int, actors: Sequence[ActorRef]
) -> tuple[ActorRef | None, ActorRef | None]:
    """Actor1 (who acted) and actor2 (the target) of a clause, by position around its trigger."""
    inside = [a for a in actors if clause.start <= a.start < clause.end]
    actor1 = actor2 = None
    for a in inside:
        if re.search(r"\bby (?:an? |the )?$", text[max(clause.start, a.start - 8) : a.start], re.I):
            actor1 = a
            break
    # "US warplanes struck", "American overnight airstrikes", "militants fired": the actor
    # stands right before the event word; further back it is someone the sentence talks about.
    left = [
        a for a in inside
        if (a.end <= trigger_at + 1 and trigger_at - a.end <= 25) or a.start <= trigger_at < a.end
    ]  # fmt: skip
    if actor1 is None and left:
        nearest = left[-1]
        if not _SPEECH.search(text[nearest.end : trigger_at]) and nearest.actor.inter != 7:
            actor1 = nearest
    for a in inside:
        if a is actor1 or a.start < trigger_at:
            continue
        if _ACTOR2_CUE.search(text[max(clause.start, a.start - 40) : a.start]):
            actor2 = a
            break
    return actor1, actor2


def _days(d: DateRef) -> tuple[dt.date, dt.date] | None:
    if d.date_start is None or d.date_end is None or d.precision != "day":
        return None
    return d.date_start, d.date_end


_LONG_BEFORE = dt.timedelta(days=31)
_COARSE = ("month", "quarter", "year")


def _date_fit(a: Sequence[DateRef], b: Sequence[DateRef]) -> int | None:
    """1 when some day-precise dates overlap (one day of slack), 0 when either side has none,
    None when they contradict: days that do not overlap, or ``a`` (a clause told after the
    incident ``b``) with only a month or a year that ended more than a month before ``b``'s
    days ("... when three people were shot dead in August 2015" after Wednesday's shooting)."""
    da = [x for x in map(_days, a) if x]
    db = [x for x in map(_days, b) if x]
    if not da and db:
        ends = [d.date_end for d in a if d.precision in _COARSE and d.date_end is not None]
        if ends and all(e + _LONG_BEFORE < s for e in ends for s, _ in db):
            return None
    if not da or not db:
        return 0
    slack = dt.timedelta(days=1)
    for s1, e1 in da:
        for s2, e2 in db:
            if s1 - slack <= e2 and s2 - slack <= e1:
                return 1
    return None


def _place_fit(
    text: str, a: Sequence[PlaceRef], b: Sequence[PlaceRef], focus: ArticleFocus
) -> int | None:
    """2 same local place, 1 one contains the other, 0 nothing to compare, None contradiction.
    A place against the article's focus ("Steele" of "Steele Creek", a Missouri town, in a
    Charlotte story) is a misreading: no place to tell two clauses' incidents apart by."""
    pa = [p.place for p in a if p.place and not is_relative(text, p) and focus.fits(text, p)]
    pb = [p.place for p in b if p.place and not is_relative(text, p) and focus.fits(text, p)]
    if pa and pb and all(p.kind == "country" for p in pa + pb):
        # Countries alone are loose talk ("Iraq", "the US"), not a place to disagree on.
        return 1 if {p.country_code for p in pa} & {p.country_code for p in pb} else 0
    local_a = [p for p in pa if p.kind in ("site", "city", "admin2")]
    local_b = [p for p in pb if p.kind in ("site", "city", "admin2")]
    if local_a and local_b:
        if {(p.name, p.country_code) for p in local_a} & {
            (p.name, p.country_code) for p in local_b
        }:
            return 2
        # "opened fire ... in Iredell County" and "four teens ... in Statesville": a town of
        # the county (of its state, and near it when the county has a point)
        if any(_may_contain(x, y) or _may_contain(y, x) for x in local_a for y in local_b):
            return 1
        return None
    if not pa or not pb:
        return 0
    for x in pa:
        for y in pb:
            if x.country_code == y.country_code and (
                "country" in (x.kind, y.kind) or (x.admin1 and x.admin1 == y.admin1)
            ):
                return 1
    return None


def _may_contain(county: Place, town: Place) -> bool:
    """A town of the county's state (and country), near the county's point (GeoNames'
    counties here mostly have none: then any town of the state)."""
    if county.kind != "admin2" or town.kind != "city" or county.admin1 != town.admin1:
        return False
    apart = place_km(town, county)
    return county.country_code == town.country_code and (apart is None or apart <= _COUNTY_KM)


# "led to the early morning shootout ... Five people were wounded in the shooting": a clash and
# an attack are both gunfire, and of one day and place one incident; not a clash with someone
# named ("the chase ... led to the shootout with the occupants of the SUV" hours after a mass
# shooting: a second event), and a missile attack and an air strike stay two
_GUNFIRE = {"Armed clash": "gunfire", "Attack": "gunfire"}
_AGAINST = re.compile(
    r"\b(?:shootouts?|gun ?battles?|firefights?|exchanged? (?:of )?(?:gun)?fire|clash(?:es|ed)?)"
    r"\s+with\b",
    re.I,
)


def _type_fit(t: _Told, inc: _Incident) -> bool:
    kinds = {u.sub_event_type for u in inc.told if u.specific}
    if not kinds:
        return True
    if not t.specific:
        return t.kind.family is None or any(event_type(k) == t.kind.family for k in kinds)
    if t.sub_event_type in kinds:
        return True
    clashes = [u for u in (t, *inc.told) if u.specific and u.sub_event_type == "Armed clash"]
    kin = {_GUNFIRE.get(k, k) for k in kinds}
    return _GUNFIRE.get(t.sub_event_type) in kin and not any(u.opponent for u in clashes)


def _happened_back(
    text: str, t: _Told, incidents: list[_Incident], apart: set[int], focus: ArticleFocus
) -> int | None:
    """The incident "the shooting happened ..." tells again: the latest whose date and place
    agree, when the clause's event word is the subject of happened/occurred/took place."""
    at = t.clause.start + t.trigger.start
    m = next((m for m in _IT_HAPPENED.finditer(text, t.clause.start, t.clause.end)
              if m.start() <= at < m.end()), None)  # fmt: skip
    if m is None:
        return None
    fit = [i for i, inc in enumerate(incidents) if i not in apart
           and _date_fit(t.dates, inc.dates()) is not None
           and _place_fit(text, t.places, inc.places(), focus) is not None]  # fmt: skip
    return fit[-1] if fit else None


def _actor_fit(t: _Told, inc: _Incident) -> bool:
    """Different named attackers make different incidents."""
    if t.actor1 is None:
        return True
    theirs = {u.actor1.actor.name for u in inc.told if u.actor1}
    return not theirs or t.actor1.actor.name in theirs


def _choose(
    text: str, t: _Told, incidents: list[_Incident], apart: set[int], focus: ArticleFocus
) -> int | None:
    """The incident a clause joins, or None for a new one."""
    best, best_score = None, 0.0
    for i, inc in enumerate(incidents):
        if i in apart or not _type_fit(t, inc):
            continue
        date_fit = _date_fit(t.dates, inc.dates())
        place_fit = _place_fit(text, t.places, inc.places(), focus)
        if date_fit is None or place_fit is None:
            continue
        score = 3.0 * date_fit + 2.0 * place_fit + (0.5 if i == len(incidents) - 1 else 0.0)
        if not _actor_fit(t, inc):
            score -= 2.5  # named attackers differ; actor roles from position are not proof
        if not t.anchored and not all(u.clause.relation == "apart" for u in inc.told):
            score += 1.0  # "the strikes" names the news, not the background
        if not t.anchored or t.outcome_only or t.reference:
            score += 1.0  # continues what was told last
        later_tie = score == best_score and best is not None and i > best
        if score > best_score or later_tie or (best is None and score > 0):
            best, best_score = i, score
    return best


_DATELINE_DISTRICT_KM = 10.0  # a district this close to a city ten times its size is its part
_COUNTY_KM = 60.0  # a town told in a county's story lies this close to the county's point


def _town_in_county(county_ref: PlaceRef, ranked: Sequence[PlaceRef]) -> PlaceRef | None:
    """ "GASTON COUNTY, N.C. - ... at a home in Bessemer City": the town the story names inside
    a county (its dateline, or the county the event was placed in) is the more precise place
    (ACLED's precision 1 before 2)."""
    county = county_ref.place
    if county is None or county.kind != "admin2":
        return None
    for p in ranked:
        town = p.place
        if (
            town is not None
            and _may_contain(county, town)
            and town.name.lower() not in county.name.lower()  # not "Henry" of "Henry County"
        ):
            return p
    return None


def _town_told_in(
    text: str,
    region: PlaceRef | None,
    places: Sequence[PlaceRef],
    focus: ArticleFocus,
    free: Callable[[PlaceRef], bool],
    elsewhere: Callable[[PlaceRef], bool],
) -> PlaceRef | None:
    """The town the story names inside the county or the state it placed the event in, the more
    precise place: "a deputy of the Bartow County Sheriff's Office ... at a home in
    Cartersville" (told in a sentence of the event, at an address, by its police or its day),
    "found shot dead at their southern Maine home ... in their apartment in Saco" (a town
    introduced anywhere). ``free`` and ``elsewhere``: the article's sentences of violence and
    clauses of other incidents (see ``_assemble``)."""
    area = region.place if region is not None else None
    if region is None or area is None or area.kind not in ("admin1", "admin2"):
        return None
    told = [p for p in places if focus.fits(text, p)
            and not (is_relative(text, p) or _elsewhere(text, p) or elsewhere(p))]  # fmt: skip
    if area.kind == "admin2":
        return _town_in_county(region, [
            p for p in told
            if (_introduced(text, p) and (free(p) or _at_address(text, p)))
            or LOCAL_FORCE.match(text, p.end) or _DATED_EVENT.match(text, p.end)
        ])  # fmt: skip
    return next((p for p in told if p.place is not None and p.place.kind == "city"
                 and p.place.admin1 == area.admin1 and p.place.country_code == area.country_code
                 and _introduced(text, p)), None)  # fmt: skip


def _town_of_story(text: str, ref: PlaceRef, dateline: Place) -> bool:
    """ "THIBODAUX, La. - ... shot in Larose": a town the story places the event in, in the
    dateline's state, is where it happened; the dateline is where the reporter filed. Not a
    place near it ("outside Atlanta", "in suburban Phoenix"), nor a district of the dateline's
    city ("CHICAGO - A shooting in West Town"): GeoNames lists big cities' districts as towns."""
    town = ref.place
    if (town is None or town.kind != "city" or town.name == dateline.name
            or town.admin1 != dateline.admin1 or not _introduced(text, ref)
            or is_relative(text, ref)):  # fmt: skip
        return False
    apart = place_km(town, dateline)
    district = (
        dateline.kind == "city" and apart is not None and apart <= _DATELINE_DISTRICT_KM
        and dateline.population >= 10 * town.population
    )  # fmt: skip
    return not district


# "a Covington woman", "the 19-year-old Dacula teens", "a man from Paragould, Arkansas"
_RESIDENT = re.compile(rf"(?:\bfrom\s+|{A_OR_THE_AGED})$")
_RESIDENT_NOUN = re.compile(rf"\s+{RESIDENT_NOUN}\b")


def _resident(text: str, ref: PlaceRef) -> bool:
    """Where someone lives or comes from ("a Covington woman", "from Paragould"), by the words
    around the name."""
    before = _RESIDENT.search(text, max(0, ref.start - 25), ref.start)
    if before is None:
        return False
    return before.group(0).startswith("from") or bool(_RESIDENT_NOUN.match(text, ref.end))


def _best_place(
    text: str,
    inc: _Incident,
    dateline: PlaceRef | None,
    main: bool,
    focus: ArticleFocus | None = None,
    scene: Sequence[PlaceRef] = (),
) -> tuple[PlaceRef | None, list[PlaceRef]]:
    refs = [
        p
        for p in [*inc.places(), *scene]
        if p.place is not None and not (dateline and dateline.start <= p.start < dateline.end)
    ]
    if focus is not None:
        refs = [p for p in refs if focus.fits(text, p)]

    def rank(p: PlaceRef) -> tuple[int, int, int]:
        assert p.place is not None
        curated = p.place.source == "curated" and p.place.kind in ("site", "admin2")
        return (0 if curated else 1, is_relative(text, p) * 1, _PLACE_RANK.get(p.place.kind, 4))

    def order(p: PlaceRef) -> tuple[tuple[int, int, int], bool, bool, int]:
        # A place not where someone lives ("a Skokie man ... in Park Ridge"), an introduced
        # place ("in Jurf al-Nasr") before a modifier ("Pittsburgh police").
        return rank(p), _resident(text, p), not _introduced(text, p), p.start

    ranked = sorted(refs, key=order)
    best = ranked[0] if ranked else None
    if main and dateline is not None and dateline.place is not None:
        # The dateline names the town when the text names no site and no town outside it.
        beaten = best is not None and best.place is not None and best.place.kind != "country" and (
            rank(best)[0] == 0
            or best.place.country_code != dateline.place.country_code
            or (best.place.kind in ("admin1", "admin2")
                and best.place.admin1 != dateline.place.admin1)
            or _town_of_story(text, best, dateline.place)
        )  # fmt: skip
        if not beaten:
            best = _town_in_county(dateline, ranked) or dateline
    if best is not None and best.place is not None and best.place.kind == "country":
        best = None  # a country is no event place: never passed off as a location
    others = [p for p in ranked if best and p.place and best.place and p.place.kind in
              ("site", "city", "admin2") and p.place.name != best.place.name]  # fmt: skip
    unique: dict[str, PlaceRef] = {}
    for p in others:
        if p.place is not None:
            unique.setdefault(p.place.name, p)
    return best, list(unique.values())


def find_incidents(
    text: str,
    published: dt.date | None,
    places: Sequence[PlaceRef] = (),
    dateline: PlaceRef | None = None,
    actors: Sequence[ActorRef] = (),
) -> list[EventMention]:
    """The incidents ``text`` reports, in reading order (see the module docstring)."""
    clauses = split_clauses(text)
    sentences = sentence_spans(text)
    counts = find_counts(text)
    dates = _event_dates(text, published)
    focus = article_focus(text, places, dateline)
    told: list[_Told] = []
    for index, clause in enumerate(clauses):
        body = text[clause.start : clause.end]
        triggers = find_triggers(body)
        happened = [t for t in triggers if t.modality == "happened"]
        if not happened:
            continue
        at = clause.start + happened[0].start
        a1, a2 = _roles(text, clause, at, actors)
        state = a1 is not None and a1.actor.inter in (1, 8)
        kind = classify(triggers, body, state)
        if kind is None:
            continue
        trigger = next((t for t in happened if t.sub_event_type == kind.sub_event_type),
                       happened[0])  # fmt: skip
        at, to = clause.start + trigger.start, clause.start + trigger.end
        if trigger is not happened[0]:
            a1, a2 = _roles(text, clause, at, actors)
        reference = all(t.reference for t in happened)

        def near(
            x: DateRef | PlaceRef,
            before: int,
            after: int,
            c: Clause = clause,
            a: int = at,
            z: int = to,
        ) -> bool:
            return c.start <= x.start < c.end and a - before <= x.start <= z + after

        # A place before the event word is the event's only in a telling ("In Mosul, a
        # bomb ..."); in a reference ("Baghdad condemned the strikes") it is the speaker.
        near_places = [
            p for p in places
            if near(p, 0 if reference else 60, 80 if reference else 120)
            and not any(a.start <= p.start < a.end for a in actors)
            and (not reference or _introduced(text, p, clause.start))
            and not _region_of_next(text, p)
            and not _premodifier(text, p)
            and not _elsewhere(text, p)
            and not (dateline is not None and dateline.start <= p.start < dateline.end)
        ]  # fmt: skip
        # Nearest the event word first: "remains in hospital Monday after a shooting Sunday".
        near_dates = sorted(
            (d for d in dates if near(d, 100, 100) and not _AFTER_IT.match(text, d.end, at)),
            key=lambda d: d.start - to if d.start >= to else (at - d.end) * 2,
        )
        whole = sentences[clause.sentence] == (clause.start, clause.end)
        if not near_dates and whole and not reference:
            s0, e0 = sentences[clause.sentence]
            near_dates = [d for d in dates if s0 <= d.start < e0 and d.precision == "day"][:1]
        told.append(_Told(
            clause=clause, index=index, kind=kind, reference=reference,
            outcome_only=all(_OUTCOME.fullmatch(t.text) for t in happened),
            trigger=trigger, dates=near_dates, places=near_places,
            counts=[c for c in counts if clause.start <= c.start < clause.end and not c.tally],
            actor1=a1, actor2=a2,
            anchored=bool(near_dates) or any(not is_relative(text, p) and p.place is not None
                                             and p.place.kind != "country" for p in near_places),
            opponent=_AGAINST.search(body) is not None,
        ))  # fmt: skip
    # "when militants fired ...", "when a drone hit a US outpost in Jordan overnight": the
    # clause it was cut from happened then (and there, when it says nowhere else).
    by_index = {t.index: t for t in told}
    for clause in clauses:
        if clause.relation != "when" or clause.partner not in by_index:
            continue
        partner = by_index[clause.partner]
        inside = [d for d in dates if clause.start <= d.start < clause.end]
        where = [p for p in places if clause.start <= p.start < clause.end and p.place is not None
                 and _introduced(text, p, clause.start) and not _premodifier(text, p)]  # fmt: skip
        if not partner.dates and inside:
            partner.dates, partner.anchored = inside, True
        own = next((t for t in told if t.clause == clause), None)
        other_event = (own is not None and own.specific and partner.specific
                       and own.sub_event_type != partner.sub_event_type)  # fmt: skip
        # "a gunship fired ... when militants fired missiles at Al-Asad": the missiles' target
        # is not where the gunship struck.
        if not partner.places and where and not other_event:
            partner.places, partner.anchored = where, True
    incidents: list[_Incident] = []
    joined: dict[int, int] = {}  # clause index -> incident
    waiting: list[_Told] = []  # lead clauses with nothing of their own: "says strikes a ..."
    for t in told:
        apart = set()
        if t.clause.relation == "apart" and t.clause.partner in joined:
            apart.add(joined[t.clause.partner])
        choice = None if (t.clause.relation == "apart" and not t.anchored) else (
            _choose(text, t, incidents, apart, focus))  # fmt: skip
        if choice is None:
            if t.outcome_only and incidents and not t.anchored:
                choice = len(incidents) - 1
            elif _died_later(t, incidents):
                # "Isis was pronounced dead ... Wednesday" after the Sunday shooting: the
                # victim's death, on the day it came, belongs to the shooting (dated by it)
                choice = len(incidents) - 1
                t.dates = []
            elif _shot_before_death(text, t, incidents):
                # "A 16-year-old shot in a dispute over shoes died on Tuesday" and then "Juan
                # was shot ... Friday": the shooting the death came from, dated by its own day
                choice = len(incidents) - 1
                for earlier in incidents[choice].told:
                    earlier.dates = []
            elif (
                t.reference
                and (back := _happened_back(text, t, incidents, apart, focus)) is not None
            ):
                # "Officers said the gunfire happened Saturday afternoon" after "a shootout in
                # Brockton": the story's own event told again with its day, whatever word
                # names it
                choice = back
            elif t.reference and any(_type_fit(t, inc) for inc in incidents):
                # "the attack took place ... at the al-Tanf garrison": a place told for an
                # incident already told is a claim about it, not another incident.
                choice = max(i for i, inc in enumerate(incidents) if _type_fit(t, inc))
                t.places = []
            elif not (t.anchored or t.counts):
                # Nothing of its own to make an incident: it may name the next one told.
                if t.clause.relation != "apart":
                    waiting.append(t)
                continue
            else:
                incidents.append(_Incident())
                choice = len(incidents) - 1
                new = incidents[choice]
                for w in waiting:
                    if _type_fit(w, new) or not new.told:
                        new.told.append(w)
                        joined[w.index] = choice
                waiting = []
        incidents[choice].told.append(t)
        joined[t.index] = choice
    if not incidents and waiting:
        # An article that tells violence but never anchors it in a clause: one incident, whose
        # date and place come from the whole article below (as a reader would take them).
        incidents.append(_Incident(told=list(waiting)))
    out = _assemble(text, incidents, dateline, counts, dates, places, told, focus)
    return _date_by_the_clock(
        text, published, _date_by_the_story(text, out, dates, sentences), dates, sentences
    )


_DEATH_ONLY = re.compile(r"(?i)died|dead|deaths?|pronounced")


def _died_later(t: _Told, incidents: Sequence[_Incident]) -> bool:
    """A clause that tells only a death, somewhere no other than the incident told before it
    and on a later day than that incident's (within a month): the death of its victim."""
    if not incidents or t.places or not t.dates or t.reference:
        return False
    if not all(_DEATH_ONLY.fullmatch(w) for w in t.trigger.text.split()):
        return False
    before = [d.date_start for d in incidents[-1].dates() if d.date_start and d.precision == "day"]
    died = [d.date_start for d in t.dates if d.date_start and d.precision == "day"]
    return _within_a_month_after(died, before)


def _within_a_month_after(later: Sequence[dt.date], earlier: Sequence[dt.date]) -> bool:
    """Every one of ``later`` 1 to 30 days after every one of ``earlier`` (both told)."""
    return bool(later and earlier) and all(0 < (x - y).days <= 30 for x in later for y in earlier)


# "died on Tuesday", "was pronounced dead Sunday night", "died early Sunday morning"
_DEATH_DAY = re.compile(
    r"(?i)\b(?:died|dead|passed away|succumbed(?:\s+to\s+(?:his|her|their)\s+\w+)?)\s+"
    r"(?:early\s+|late\s+)?(?:on\s+)?$"
)


def _shot_before_death(text: str, t: _Told, incidents: Sequence[_Incident]) -> bool:
    """A clause that tells a shooting on a day before the day the incident told just before it
    is dated by, when each day that incident is dated by is the day someone died ("died on
    Tuesday") and the two name no different places: the death came of this shooting."""
    if not incidents or t.reference or not t.dates:
        return False
    if all(_DEATH_ONLY.fullmatch(w) for w in t.trigger.text.split()):
        return False
    last = incidents[-1]
    died = [d for d in last.dates() if d.precision == "day"]  # not "shot earlier this week"
    if not died or not all(_DEATH_DAY.search(text, max(0, d.start - 40), d.start) for d in died):
        return False
    deaths = [d.date_start for d in died if d.date_start]
    shot = [d.date_start for d in t.dates if d.date_start and d.precision == "day"]
    if not _within_a_month_after(deaths, shot):
        return False
    here = {p.place.geonames_id for p in t.places if p.place is not None}
    there = {p.place.geonames_id for p in last.places() if p.place is not None}
    return not (here and there and not here & there)


def _assemble(
    text: str,
    incidents: list[_Incident],
    dateline: PlaceRef | None,
    counts: list[Count],
    dates: list[DateRef],
    places: Sequence[PlaceRef],
    told: Sequence[_Told],
    focus: ArticleFocus,
) -> list[EventMention]:
    out: list[EventMention] = []
    owned = {(c.start, c.end) for inc in incidents for t in inc.told for c in t.counts}
    others = [(t.clause.start, t.clause.end) for inc in incidents[1:] for t in inc.told]
    sentences = sentence_spans(text)
    # from "It happened" to the end of its sentence
    happened = [(m.start(), e) for s, e in sentences if (m := _IT_HAPPENED.search(text, s, e))]
    violent = [sentences[t.clause.sentence] for t in told] + happened

    def elsewhere(x: DateRef | PlaceRef) -> bool:
        """In a clause of another incident."""
        return any(s <= x.start < e for s, e in others)

    def free(x: DateRef | PlaceRef) -> bool:
        """In a sentence that tells violence, and in no clause of another incident."""
        return any(s <= x.start < e for s, e in violent) and not elsewhere(x)

    for i, inc in enumerate(incidents):
        main = i == 0
        first = inc.told[0]
        specific = next((t for t in inc.told if t.specific), first)
        sub = specific.sub_event_type
        why = [f"type {sub}: {specific.kind.why}"]
        told_before = [o for o in out if o.event_type == specific.kind.family]
        if not specific.specific and told_before:
            # "23 fighters were killed in the strikes": the strikes this article told already
            sub = told_before[-1].sub_event_type
            why = [f"type {sub}: {specific.kind.why}, as the {sub.lower()} told before it"]
        day_dates = [d for d in inc.dates() if d.precision == "day" and d.date_start]
        candidates = day_dates or inc.dates()
        date = candidates[0] if candidates else None
        if date is None and main:
            # "identified those involved in Tuesday's tragic incident", "days after the June
            # 29 gunfight": the story's event by its day, in a sentence that tells no violence
            # of its own
            owns = (d for d in dates if not elsewhere(d) and (
                _DAY_OF_EVENT.match(text, d.end) or (_DATED_EVENT.match(text, d.end)
                and _THE_BEFORE.search(text, max(0, d.start - 5), d.start))))  # fmt: skip
            date = next((d for d in owns if d.precision == "day"), None)
        if date is None and main:
            # The lead incident may be dated in a sentence whose clause was cut elsewhere.
            date = next((d for d in dates if d.precision == "day" and free(d)), None)
        if date is None and main:
            # "At about 10:20 p.m. Sunday, officers responded": the hour of the call or the
            # shots, in a sentence of its own
            date = next((d for d in dates if d.precision == "day" and _AT_CLOCK.search(
                text, max(0, d.start - 30), d.start) and not _ARRESTED.search(
                text, max(0, d.start - 60), d.start) and not elsewhere(d)), None)  # fmt: skip
        timed = _TIMED.search(text, max(0, date.start - 20), date.start) if date else None
        if date is not None and deictic(date) and timed is None:
            # "an overnight shooting ... around 11:30 p.m. Monday", "this morning" on a page
            # published the day after it was written: the day before the publication day,
            # where the story names it, beats the day counted from the publication date (not
            # "about 4:30 a.m. today", "early today": the report's own morning)
            # (nor where the story names the publication day first: "overnight ... early on
            # Wednesday" in Baghdad, "on Tuesday" in Washington)
            named = [*day_dates, *(d for d in dates if main and free(d))]
            day = _named_day_before(date, named)
            if day is not None:
                why.append(f"date: {day.text!r}, the day the story names, not {date.text!r}")
                date = day
        if main and date is not None and date.precision in ("week", "month"):
            # "a child shot last month" and "officers responded ... on Thursday, November 10":
            # the day the story gives inside the week or month it told the event in
            date = next((d for d in dates if d.precision == "day" and not elsewhere(d)
                         and _within(d, date)), date)  # fmt: skip
        # "It happened ... at an apartment in Lithonia": the scene, for the lead incident
        scene = [
            p for p in places if main and free(p) and any(s <= p.start < e for s, e in happened)
        ]
        place, also = _best_place(text, inc, dateline, main, focus, scene)
        if place is None and main:
            place = next((p for p in places if p.place is not None and free(p)
                          and p.place.kind in ("city", "site", "admin2")
                          and focus.fits(text, p)), None)  # fmt: skip
        if place is None and main:
            # Nothing says where: the local force that investigates it ("Tifton police") does.
            place = next((p for p in places if p.place is not None
                          and p.place.kind in ("city", "admin2")
                          and LOCAL_FORCE.match(text, p.end) is not None
                          and focus.fits(text, p)), None)  # fmt: skip
        town = _town_told_in(text, place, places, focus, free, elsewhere) if main else None
        if town is not None and place is not None and place.place is not None:
            why.append(f"place: {town.text} is a town of {place.place.name}")
            also = [place, *also]
            place = town
        city = _city_of_district(text, place, places, dateline) if main else None
        if city is not None and place is not None:
            whose = ", whose police tell it" if _city_force(text, city) else ""
            why.append(f"place: {place.text} is a district of {city.text}{whose}")
            also = [place, *also]
            place = city
        mine = [c for t in inc.told for c in t.counts]
        spare = [c for c in counts if (c.start, c.end) not in owned] if main else []
        tolls = []
        for name in ("killed", "injured"):
            counted = toll([c for c in mine if c.field == name], text)
            if counted.figure is None or (
                name == "injured" and _one_of_several(counted.figure, spare)
            ):
                counted = toll([c for c in spare if c.field == name], text)
            tolls.append(counted)
            why.extend([counted.note] if counted.note else [])
        killed, injured = tolls[0].figure, tolls[1].figure
        told_hurt = injured
        injured, note = injured_apart_from_killed(injured, killed, text, tolls[0].shooter)
        beside = hurt_told_before_the_dead(told_hurt, injured, killed, [*mine, *spare], text,
                                           tolls[0].shooter)  # fmt: skip
        if beside is not None:
            injured, note = beside
        why.extend([note] if note else [])
        # The article's lead incident is kept even when it says no more than that it happened
        # ("a sibling shot the boy"); others need a date, a place or a toll to be worth coding.
        if (not (date or place or killed or injured) and not main) or (
            date is None and place is None and inc.told[0].clause.relation == "apart"
        ):
            continue
        actor1 = next((t.actor1 for t in inc.told if t.actor1), None)
        actor2 = next((t.actor2 for t in inc.told if t.actor2 and t.actor2 != actor1), None)
        cc = place.place.country_code if place and place.place else None
        actor1 = abroad(actor1, cc) if actor1 else None
        actor2 = abroad(actor2, cc) if actor2 else None
        if killed is None and injured is not None:
            why.append("no death reported beside the injuries: fatalities 0 (ACLED convention)")
        if injured is None and killed is not None:
            why.append("no injury reported beside the deaths: injuries 0")
        if date is not None:
            why.append(f"date: {date.reasoning}")
        if place is not None and place.place is not None:
            why.append(f"place: {place.text} -> {place.place.name} ({place.reasoning})")
        trig = first.trigger
        out.append(EventMention(
            n=len(out) + 1, event_type=event_type(sub), sub_event_type=sub, plover=plover(sub),
            trigger=Evidence(first.clause.start + trig.start, first.clause.start + trig.end,
                             trig.text, EXTRACTOR),
            date=date, place=place, actor1=actor1, actor2=actor2, killed=killed,
            injured=injured,
            evidence=tuple(Evidence(t.clause.start, t.clause.end,
                                    text[t.clause.start:t.clause.end], EXTRACTOR)
                           for t in inc.told),
            background=all(t.clause.relation == "apart" for t in inc.told),
            other_places=tuple(also),
            claims=tuple({(c.start, c.field): c for c in (*mine, killed, injured)
                          if c is not None and not c.tally}.values()),
            reasoning=tuple(why),
        ))  # fmt: skip
    return _date_the_lead(out)


def _one_of_several(figure: Count, spare: Sequence[Count]) -> bool:
    """One hurt told in the lead incident's clauses, and a firm figure for several hurt told
    in the story's other sentences ("Another man, 21, suffered a gunshot wound ... He and the
    infant were taken to the hospital"): the one is among the several."""
    return figure.best == 1 and any(
        c.field == "injured" and not c.tally and not c.hedged and (c.best or 0) > 1 for c in spare
    )


def _named_day_before(counted: DateRef, named: Sequence[DateRef]) -> DateRef | None:
    """The first day ``named`` gives on the last day ``counted`` may be or the day before it,
    when it is the day before ("Monday" for "overnight" or "this morning" in a Tuesday paper)."""
    last = counted.date_end or counted.date_start
    if last is None:
        return None
    before = last - dt.timedelta(days=1)
    first = next((d for d in named if not deictic(d) and d.date_start in (before, last)), None)
    return first if first is not None and first.date_start == before else None


def _within(day: DateRef, period: DateRef) -> bool:
    return (
        day.date_start is not None
        and period.date_start is not None
        and period.date_end is not None
        and period.date_start <= day.date_start <= period.date_end
    )


def _undated_lead(out: list[EventMention]) -> EventMention | None:
    """The article's lead incident when it is told as news and has no date yet."""
    lead = out[0] if out else None
    return None if lead is None or lead.date is not None or lead.background else lead


def _date_the_lead(out: list[EventMention]) -> list[EventMention]:
    """A lead told without a date ("A shooting in Camden has left one man dead") and told again
    with one further on ("It happened after midnight Sunday in the 2800 block") is one incident,
    when the two tellings agree: same event type, no other town (a district of the lead's city,
    or the city of its district, is none), no other death toll."""
    lead = _undated_lead(out)
    if lead is None:
        return out
    for j, m in enumerate(out[1:], 1):
        if m.background or m.date is None or m.event_type != lead.event_type:
            continue
        a = lead.place.place if lead.place else None
        b = m.place.place if m.place else None
        if a and b and a.name != b.name and {a.kind, b.kind} <= {"city", "site"}:
            apart = place_km(a, b)
            if apart is None or apart > _DISTRICT_KM:
                continue  # another town (not "Brooklyn" and its "East Flatbush")
        if lead.killed and m.killed and lead.killed.best != m.killed.best:
            continue
        merged = replace(
            lead, date=m.date, place=lead.place or m.place, killed=lead.killed or m.killed,
            injured=lead.injured or m.injured, actor1=lead.actor1 or m.actor1,
            actor2=lead.actor2 or m.actor2, evidence=lead.evidence + m.evidence,
            claims=tuple({(c.start, c.field): c for c in (*lead.claims, *m.claims)}.values()),
            reasoning=(*lead.reasoning, f"date: {m.date.reasoning}",
                       f"told again with its date in {m.evidence[0].text[:60]!r}"),
        )  # fmt: skip
        rest = [x for k, x in enumerate(out[1:], 1) if k != j]
        return [merged, *(replace(x, n=k) for k, x in enumerate(rest, 2))]
    return out


# What follows the event, said of another day: the courts, the arrest, the funeral, the
# fund-raiser, a speech, the next update ("She is expected to turn herself in Wednesday")
_AFTERMATH = re.compile(
    r"\b(?:court|judge|plea|pleaded|sentenc\w*|arraign\w*|charged|arrest\w*|surrender\w*|"
    r"custody|booked|jail|indicted|convicted|guilty|hearing|trial|funeral|services|vigil|"
    r"memorial|(?:news|press) conference|briefing|spoke|speaks|fund\w*|scheduled|will|"
    r"expected|update|identified|released|"
    r"last seen|disappeared|missing|turned (?:him|her)self|today|tonight|this morning)\b",
    re.I,
)
# a video playlist's line ("0:33 Festival-goers brave cold for a fun Sunday"), a byline's date
# a stamp ("Related Articles January 9, 2017", "Update-- Dec. 5, 2015, 11:37 a.m.")
_NOT_PROSE = re.compile(
    r"^\s*\d{1,2}:\d\d\s|//|^\s*(?:Related\s+(?:Articles|Stories)|Update\b)", re.I
)


def _sentence_for_the_lead(
    text: str, out: list[EventMention], sentences: Sequence[tuple[int, int]], at: int, end: int
) -> tuple[int, int] | None:
    """The sentence around ``at`` (``at``-``end`` when no sentence holds it) when what is there
    may date the lead: in no clause of the other incidents, in a sentence that tells nothing
    that came after the event (a court, an arrest, a funeral, an update); else None."""
    if any(e.start <= at < e.end for m in out[1:] for e in m.evidence):
        return None
    s, e = next(((s, e) for s, e in sentences if s <= at < e), (at, end))
    return None if _AFTERMATH.search(text, s, e) else (s, e)


def _lead_dated(
    out: list[EventMention], lead: EventMention, ref: DateRef, why: str
) -> list[EventMention]:
    return [replace(lead, date=ref, reasoning=(*lead.reasoning, why)), *out[1:]]


def _date_by_the_story(
    text: str,
    out: list[EventMention],
    dates: Sequence[DateRef],
    sentences: Sequence[tuple[int, int]],
) -> list[EventMention]:
    """A lead no clause dates, dated by the first day the article names outside the other
    incidents' clauses, in a sentence that tells nothing that comes after the event ("Thursday
    night around 8:30, neighbors along Hudson Lane rushed ..."): the day a reader takes it to
    have happened. The reasoning says the day is the story's, not the event clause's."""
    lead = _undated_lead(out)
    if lead is None:
        return out
    for d in dates:
        if d.precision != "day":
            continue
        where = _sentence_for_the_lead(text, out, sentences, d.start, d.end)
        if where is None or _NOT_PROSE.search(text[where[0] : where[1]]):
            continue
        why = (
            f"date: {d.reasoning}; the first day the article names, no clause of the event dates it"
        )
        return _lead_dated(out, lead, d, why)
    return out


# "the shooting happened around 1:15 p.m.", "At approximately 2:17 a.m. police responded"
_CLOCK_TIME = re.compile(
    r"\b(?:at|around|about|approximately|(?:just|shortly)\s+(?:before|after)|before|after)\s+"
    r"(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s*(?P<ap>[ap])\.?m\b\.?",
    re.I,
)


def _date_by_the_clock(
    text: str,
    published: dt.date | None,
    out: list[EventMention],
    dates: Sequence[DateRef],
    sentences: Sequence[tuple[int, int]],
) -> list[EventMention]:
    """A lead in an article that names no day at all, told with the hour it happened ("the
    shooting happened around 1:15 p.m."): a breaking report, dated by its publication the way
    TimeML anchors a time with no date; an evening hour may be the evening before the report
    (the range says so)."""
    lead = _undated_lead(out)
    if lead is None or published is None or any(d.precision == "day" for d in dates):
        return out
    for m in _CLOCK_TIME.finditer(text):
        if _sentence_for_the_lead(text, out, sentences, m.start(), m.end()) is None:
            continue
        hour = int(m["h"]) % 12 + (12 if m["ap"].lower() == "p" else 0)
        if hour >= 24:
            continue
        evening = hour >= 12
        start = published - dt.timedelta(days=1) if evening else published
        part = "morning" if hour < 12 else "afternoon" if hour < 18 else "evening"
        ref = DateRef(
            start=m.start(), end=m.end(), text=m.group(0), type="TIME", extractor=EXTRACTOR,
            value=f"{published.isoformat()}T{hour:02d}:{int(m['m'] or 0):02d}",
            date_start=start, date_end=published, precision="day", part_of_day=part,
            reasoning="an hour and no day in the article: the day of publication"
            + (" or the evening before" if evening else ""),
        )  # fmt: skip
        return _lead_dated(out, lead, ref, f"date: {ref.reasoning}")
    return out


def killed_best(m: EventMention) -> int | None:
    """Fatalities as ACLED codes them: 0 when the article reports only injuries."""
    if m.killed is not None:
        return m.killed.best
    return 0 if m.injured is not None else None


def injured_best(m: EventMention) -> int | None:
    if m.injured is not None:
        return m.injured.best
    return 0 if m.killed is not None else None


def main_incident(mentions: Sequence[EventMention]) -> EventMention | None:
    """The incident an article is about: the first it tells as news, not as background."""
    return next((m for m in mentions if not m.background), mentions[0] if mentions else None)
