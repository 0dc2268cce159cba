"""Event words and what they tell: the ACLED type, the PLOVER type, and whether the text says
the event happened.

A trigger is a word that names violence ("airstrike", "shot", "clashes"). Its ACLED sub-event
type comes from the word, sharpened by the clause ("strike" by "fighter jets" is an air strike,
"attack" with "missile" a missile attack). Its *modality* separates what happened from what is
threatened ("warned of more attacks"), denied, hypothetical ("does not seek wider conflict"),
generic ("repeated attacks", "numerous strikes"), counted over a period ("struck 66 times
since Oct. 17"), a likeness ("looked like a riot") or the crime a charge names ("charged with
murder"): only ``happened`` triggers make incidents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.prefilter import Prefilter

EXTRACTOR = "events.rules.v1"

# sub-event type -> (ACLED event type, PLOVER type/mode)
TAXONOMY: dict[str, tuple[str, str]] = {
    "Armed clash": ("Battles", "ASSAULT/firearms"),
    "Government regains territory": ("Battles", "ASSAULT/territory"),
    "Non-state actor overtakes territory": ("Battles", "ASSAULT/territory"),
    "Air/drone strike": ("Explosions/Remote violence", "ASSAULT/aerial weapons"),
    "Shelling/artillery/missile attack": ("Explosions/Remote violence", "ASSAULT/explosives"),
    "Remote explosive/landmine/IED": ("Explosions/Remote violence", "ASSAULT/explosives"),
    "Suicide bomb": ("Explosions/Remote violence", "ASSAULT/explosives"),
    "Grenade": ("Explosions/Remote violence", "ASSAULT/explosives"),
    "Attack": ("Violence against civilians", "ASSAULT/firearms"),
    "Abduction/forced disappearance": ("Violence against civilians", "ASSAULT/abduction"),
    "Sexual violence": ("Violence against civilians", "ASSAULT/sexual violence"),
    "Violent demonstration": ("Riots", "PROTEST/riot"),
    "Mob violence": ("Riots", "PROTEST/riot"),
    "Peaceful protest": ("Protests", "PROTEST/demonstrate"),
}

# Words in order of specificity: the first pattern that matches a span wins it. ``None`` is a
# generic word ("attack", "strike", "killed") whose sub-type the clause decides.
_LEXICON: list[tuple[str | None, str]] = [
    ("Suicide bomb", r"suicide (?:bomb\w*|attack\w*|blast\w*|vest\w*)"),
    ("Air/drone strike", r"air ?strikes?|air raids?|drone (?:strikes?|attacks?)|"
     r"drones? (?:hit|struck|slammed into|crashed into)|"
     r"(?:aerial|air) (?:bombardment|attacks?)|bombing raids?|"
     r"(?:war)?planes? (?:struck|bombed|hit)"),
    ("Shelling/artillery/missile attack", r"(?:ballistic |cruise )?missile (?:strikes?|attacks?)|"
     r"rocket (?:attacks?|fire)|shelling|shelled|artillery (?:fire|strikes?|shells?)|"
     r"mortar (?:attacks?|fire|rounds?|shells?)|(?:ballistic |cruise )?missiles?|rockets?"),
    ("Remote explosive/landmine/IED", r"roadside bombs?|car bombs?|"
     r"(?:improvised explosive devices?|IEDs?)|landmines?|land mines?|explosive devices?|"
     r"bombings?|blasts?|explosions?|exploded"),
    ("Grenade", r"grenades?"),
    ("Armed clash", r"clash(?:es|ed)?|firefights?|gun ?battles?|"
     r"exchanged? (?:of )?(?:gun)?fire|"
     r"shootouts?|fighting between"),
    ("Abduction/forced disappearance", r"kidnapp\w+|abduct\w+|taken hostage|seized as hostages?"),
    ("Sexual violence", r"raped|rape|sexual(?:ly)? assault\w*"),
    ("Violent demonstration", r"riot\w*"),
    ("Attack", r"shot|shoot(?:ing|ings|s)?|gunned down|gunfire|gunshots?|opened fire|stabb\w+|"
     r"(?:hit|struck) by (?:a |an |several |stray )*(?:stray )?(?:bullets?|(?:shotgun )?pellets)|"
     r"murder\w*|homicides?|beaten|beat to death|lynch\w*|massacred?"),
    # after the weapons: "killed in a shooting at the end of a protest" is the shooting (a
    # riot stays a riot: "rioters clashed with police")
    ("Peaceful protest", r"protest(?:s|ed|ers)?|demonstrations?|demonstrators"),
    (None, r"strikes?|struck|striking|went off|(?:accidentally )?discharged|attack(?:s|ed)?|"
     r"assault(?:s|ed)?|assassinat\w+|fired|fire on|"
     r"bomb(?:ed|s)?|targeted|targeting|raids?|ambush\w*|killed|killing|kill|dead|deaths?|died|"
     r"wounded|injured"),
]  # fmt: skip
_TRIGGER = re.compile(
    "|".join(f"(?P<t{i}>\\b(?:{pat})\\b)" for i, (_, pat) in enumerate(_LEXICON)), re.I
)

# What the clause around a generic word says about the weapon.
_AIR = re.compile(r"\b(?:warplanes?|fighter jets?|jets?|aircraft|gunships?|AC-130|F-\d+|drones?|"
                  r"helicopters?|air force|aerial|bombers?|airstrikes?)\b", re.I)  # fmt: skip
_MISSILE = re.compile(r"\b(?:missiles?|rockets?|artillery|mortars?|shells?)\b", re.I)
_EXPLOSIVE = re.compile(r"\b(?:IEDs?|explosives?|bombs?|landmines?)\b", re.I)
_GUN = re.compile(
    r"\b(?:shot|shooting|gunm[ae]n|(?:hand|shot)?guns?|gunfire|gunshots?|firearms?|rifles?|"
    r"pistols?|revolvers?|bullets?)\b",
    re.I,
)
_STATE_FORCE = re.compile(r"\b(?:US|U\.S\.|American|Israeli|Turkish|Russian|coalition|CENTCOM|"
                          r"Pentagon|military|army|air force)\b")  # fmt: skip

# Modality cues, looked for in the clause before the trigger (and a little after).
_THREAT = re.compile(
    r"\b(?:warn\w*|threat\w*|vow\w*|will|would|could|may(?!\s+\d)|might|shall|must|plan\w*|prepar\w*|"
    r"intend\w*|if|unless|seeks?|seeking|avoid\w*|prevent\w*|risk\w*|fear\w*|"
    r"(?:calling|called|calls) for|"
    r"urg\w+|instead of|calling on|called on|calls on|to stop|to end|to prevent)\b"
    r"(?:\W+\w+){0,6}\W*$",
    re.I,
)
_FUTURE_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,4}?(?:persist|continue|again|will|would|must|should|could)\b", re.I
)
# "the attacks, which began on October 17": a campaign, not one incident
_CAMPAIGN_AFTER = re.compile(
    r"^\W*(?:which |that )?(?:have |has )?"
    r"(?:began|begun|started|continued|escalated|intensified)\b",
    re.I,
)
# "the strikes", "Wednesday's strike", "the US attacks": an incident told before
_REFERENCE = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Ii]ts|[Tt]heir|[Ss]uch|[A-Z]\w+[’']s)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
_DENIAL = re.compile(
    r"\b(?:den(?:y|ied|ies)|not responsible|did not (?:carry|conduct|launch)|no (?:such )?)\b"
    r"(?:\W+\w+){0,5}\W*$",
    re.I,
)
_GENERIC = re.compile(
    r"\b(?:numerous|repeated|several|dozens of|hundreds of|scores of|a series of|series of|"
    r"sets? of|rounds? of|waves? of|a number of|many|multiple|frequent|more|further|recent "
    r"months of|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|any|such|future|"
    r"possible|potential|escalatory|similar)\s+"
    # the words between count as the event noun's modifiers ("66 rocket and drone attacks"),
    # not a clause of their own ("25 wounded in US air strikes")
    r"(?:(?!(?:in|on|at|by|of|for|with|from|were|was|are|is|wounded|killed|injured|dead|the|a|an)"
    r"\b)[\w-]+[\s-]+){0,3}?$",
    re.I,
)
_PERIOD = re.compile(
    r"\b(?:since|so far|to date|this year|in total|altogether|\d+ times|tally|a month|a week|"
    r"per day|every day|each day)\b",
    re.I,
)

# "a disturbance that looked like a riot", "sounded like a war zone", "as if a bomb went off": a
# likeness, not the event (but "it looks like a murder-suicide" is what investigators think
# the crime was: ``_ASSESSED``)
_ASSESSED = re.compile(r"(?i)murder|homicide|suicide|shooting|stabbing|killing|accident")
_LIKENED = re.compile(
    r"\b(?:(?:look(?:s|ed)?|sound(?:s|ed)?|seem(?:s|ed)?|felt|feels?) like|resembl(?:e|es|ed|ing)|"
    r"akin to|as if|as though)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)

# "charged a man with murder Thursday", "a murder charge", "pleaded guilty to first-degree murder":
# the crime a court names, on the day of the charge; the killing is told elsewhere
_CRIME = re.compile(r"(?i)murders?|homicides?")
_CHARGED = re.compile(
    r"\b(?:charged(?:\s+[\w'’.-]+){0,4}?\s+with|charges? of|counts? of|accused of|"
    r"convicted of|guilty (?:of|to)|(?:arrested|indicted|booked|jailed) (?:for|on)|sentenced for|"
    r"faces?|facing|on)\s+(?:an?\s+)?(?:(?:first|second|third)[- ]degree\s+|capital\s+|"
    r"attempted\s+|felony\s+)*$",
    re.I,
)
_CHARGE_AFTER = re.compile(r"\s+(?:charges?|counts?|trial|conviction|indictment|warrant)\b", re.I)

# Numbers before munitions count munitions ("fired two ballistic missiles"), not events.
_MUNITION = re.compile(
    r"(?i)(?:ballistic |cruise )?(?:missiles?|rockets?|shells?|grenades?|bombs?)"
)
_SERIES = re.compile(r"(?i)series|sets?|rounds?|waves?|numerous|repeated|frequent|multiple")


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    sub_event_type: str | None  # None: generic, the clause decides
    modality: str  # happened | threat | denied | generic | statistic | charge | likened
    reference: bool = False  # a definite noun ("the strikes"): may name an incident told before


def _plural(word: str) -> bool:
    w = word.lower()
    return w.endswith("s") and not w.endswith(("ss", "us")) and w not in ("was", "has")


def _modality(clause: str, start: int, end: int, word: str) -> str:
    before = clause[max(0, start - 80) : start]
    after = clause[end : end + 40]
    if _DENIAL.search(before):
        return "denied"
    if _LIKENED.search(before) and not _ASSESSED.search(word):
        return "likened"
    if _CRIME.fullmatch(word) and (_CHARGED.search(before) or _CHARGE_AFTER.match(after)):
        return "charge"
    if _THREAT.search(before) or _FUTURE_AFTER.match(after):
        return "threat"
    # "repeated strikes", "66 attacks": a count of events. "Five men were shot", "dozens of
    # people protested", "fired two missiles": a count of people or munitions, one event.
    if _GENERIC.search(before) and _PERIOD.search(clause):
        return "statistic"  # "about 140 rocket and drone attacks since mid-October"
    generic = _GENERIC.search(before) if _plural(word) else None
    if generic and not (_MUNITION.fullmatch(word) and not _SERIES.search(generic.group(0))):
        return "generic"
    if _plural(word) and _PERIOD.search(clause):
        return "statistic"
    if (
        re.match(r"^\s+(?:\w+\s+)?\d[\d,]*\s+times\b", after)
        or _PERIOD.match(after.lstrip())
        or (_plural(word) and _CAMPAIGN_AFTER.match(after))
    ):
        return "statistic"
    return "happened"


_VERB_FORMS = re.compile(r"(?i)struck|shot|fired|targeted|targeting|killed|killing|died|\w+ed")


# "drone and rocket stores", "missile launchers": the things, not an attack with them
_STORED = re.compile(
    r"\s+(?:stores?|storage|depots?|launchers?|sites?|factor(?:y|ies)|facilit(?:y|ies)|"
    r"warehouses?|stockpiles?|caches?|production|programs?|parts|components)\b",
    re.I,
)


_TRIGGER_FILTER = Prefilter([_TRIGGER])


def find_triggers(clause: str) -> list[Trigger]:
    """Event words of a clause with their sub-type (or None) and modality."""
    out = []
    (possible,) = _TRIGGER_FILTER.possible(clause)  # see ``eventwire.prefilter``
    for m in _TRIGGER.finditer(clause) if possible else ():
        if _MUNITION.fullmatch(m.group(0)) and _STORED.match(clause, m.end()):
            continue
        group = next(g for g, v in m.groupdict().items() if v is not None)
        sub = _LEXICON[int(group[1:])][0]
        word = m.group(0)
        ref = bool(
            _REFERENCE.search(clause[max(0, m.start() - 40) : m.start()])
            and not _VERB_FORMS.fullmatch(word)
        )
        out.append(Trigger(m.start(), m.end(), word, sub,
                           _modality(clause, m.start(), m.end(), word), ref))  # fmt: skip
    return out


@dataclass(frozen=True, slots=True)
class Kind:
    """What a clause's triggers make of it."""

    sub_event_type: str
    why: str
    specific: bool  # from a specific word or the weapon named, not a default
    family: str | None  # the ACLED event type a generic word implies ("strike": remote violence)


def classify(triggers: list[Trigger], clause: str, state_actor: bool = False) -> Kind | None:
    """The clause's sub-event type and the reason, from its happened triggers; None when no
    trigger says something happened. ``state_actor``: a state's forces act in the clause."""
    # the crime a charge names ("charged with murder") is no event word of the clause
    triggers = [t for t in triggers if t.modality != "charge"]
    real = [t for t in triggers if t.modality == "happened"]
    specific = [t for t in real if t.sub_event_type]
    referred = bool(
        specific
        and all(t.reference for t in specific)
        and any(not t.sub_event_type and not t.reference for t in real)
    )
    if referred:
        # "located the origin of the missiles, and fired on ...": the event is the firing.
        specific = []
    if not real or (
        not specific
        and any(t.sub_event_type for t in triggers)
        and not (referred and all(t.modality == "happened" for t in triggers))
    ):
        # "hundreds of rockets and drone strikes ... targeting US troops": the generic word
        # describes what the specific one already says did not happen as one incident. But
        # "Six people were injured in the shooting" tells the shooting it refers to.
        return None
    if specific:
        # Weapons outrank outcomes: "shot" in a clause about an airstrike is the strike.
        order = [sub for sub, _ in _LEXICON]
        best = min(specific, key=lambda t: order.index(t.sub_event_type))
        sub = best.sub_event_type or "Attack"
        return Kind(sub, f"'{best.text}'", True, TAXONOMY[sub][0])
    # "killed in the strikes": the strike word, not the outcome, says what kind of event it was
    strikes = [t for t in real if re.fullmatch(r"(?i)strikes?|struck", t.text)]
    word = (strikes or real)[0].text
    strike = bool(strikes)
    family = "Explosions/Remote violence" if strike else None
    if _AIR.search(clause):
        return Kind("Air/drone strike", f"'{word}' with an aircraft or drone named", True, family)
    if _MISSILE.search(clause):
        return Kind("Shelling/artillery/missile attack", f"'{word}' with missiles or shells named",
                    True, family)  # fmt: skip
    if _EXPLOSIVE.search(clause):
        return Kind("Remote explosive/landmine/IED", f"'{word}' with explosives named", True,
                    family)  # fmt: skip
    if _GUN.search(clause):
        return Kind("Attack", f"'{word}' with guns named", True, family)
    if strike and (state_actor or _STATE_FORCE.search(clause)):
        why = f"'{word}' by a state military: an air strike in news usage"
        return Kind("Air/drone strike", why, True, family)
    return Kind("Attack", f"'{word}': violence with no weapon named", False, family)


def plover(sub_event_type: str) -> str:
    return TAXONOMY[sub_event_type][1]


def event_type(sub_event_type: str) -> str:
    return TAXONOMY[sub_event_type][0]
