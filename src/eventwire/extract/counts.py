"""Casualty figures: killed, injured, or casualties of either kind, as low/best/high with the
span, who claims the figure and whether the text hedges it.

"at least 4" gives low 4 and no high; "more than 40" low 41; "up to 12" high 12; "3 to 5" a
range; "dozens" 12 and "hundreds" 100 (ACLED's readings), "tens" 10, "several" a low bound of 2
only; "no one was hurt" is an explicit 0. A figure in a sentence that counts over a period
("66 times since Oct. 17", "so far this year") is a tally, not an incident's toll.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.clean.patterns import MONTHS
from eventwire.extract.sentences import sentence_spans
from eventwire.prefilter import Prefilter
from eventwire.records import Count

EXTRACTOR = "counts.rules.v1"

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1, "another": 1, "single": 1, "dozen": 12, "a dozen": 12,
    "half-dozen": 6, "half dozen": 6, "a half-dozen": 6, "a half dozen": 6,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_VAGUE = {"several": (2, None, None), "dozens": (12, 12, None), "scores": (20, 20, None),
          "tens": (10, 10, None), "hundreds": (100, 100, None), "numerous": (2, None, None),
          "a number": (2, None, None), "many": (2, None, None)}  # fmt: skip

_WORD_NUM = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"(?:a )?half[- ]dozen|a dozen|dozen"
)
_N = rf"(?:\d{{1,3}}(?:,\d{{3}})*|\d+|{_WORD_NUM})"
_QUAL = (
    r"(?P<qual>at least|at most|more than|over|nearly|almost|about|around|approximately|roughly|"
    r"up to|as many as|some|fewer than|less than|an estimated)"
)
_VAGUE_RE = r"(?P<vague>several|dozens|scores|tens|hundreds|numerous|a number|many)"
NUMBER = (
    rf"(?:{_QUAL}\s+)?(?:between\s+)?(?P<num>{_N})(?:\s*(?:to|-|–|and|or)\s*(?P<num2>{_N}))?"
    rf"|{_VAGUE_RE}(?:\s+of)?"
)


def _modifiers(not_these: str) -> str:
    """Up to three words before a noun ("six other", "pro-Iran"), none of ``not_these``, no
    bare figure ("24 hours after 14 people": the figure starts another group, not "two of the
    four victims") and no word that starts a clause ("one gunman after four people were
    shot")."""
    return (
        rf"(?:(?!(?:{not_these}|after|before|while|when)\b|\d[\d,]*\s|(?-i:A|An|The)\s|"
        rf"(?<!the )(?<!those )(?:{_WORD_NUM})\s(?!years?\b|months?\b))[\w'’-]+\s+){{0,3}}?"
    )


# (nor a verb of telling: "leaves child, 2 Police say 17-year-old was shot" is one shot)
_NOT_MODIFIER = "and|or|injured|wounded|hurt|killed|dead|say|says|said"
_ADJ = _modifiers(_NOT_MODIFIER)
# up to five words, none of them a verb or "and" ("A man was killed and a woman was injured":
# the woman's words are her own)
_ADJ5 = rf"(?:(?!(?:{_NOT_MODIFIER}|was|were|is|are|has|had|have)\b)[\w'-]+\s+){{0,5}}?"
_WHO = (
    r"(?:people|persons|civilians|fighters|members|militants|militiamen|militiaman|soldiers|"
    r"troops|servicemen|service members|men|women|children|kids|teens|teenagers|others|victims|"
    r"police(?:men| officers)?|officers|personnel|students|bystanders|residents|worshippers|"
    r"guards|attackers|gunmen|insurgents|protesters|americans|iraqis|syrians|israelis|males|females|"
    r"palestinians|reservists|boys|girls|brothers|sisters|sons|daughters|cousins|parents|"
    r"grandchildren|adults|juveniles|youths|relatives|individuals|(?:\d{1,3}|[a-z]+)-year-olds|"
    r"friends|passengers|customers|patrons|deputies|agents|workers|employees|troopers|"
    r"constables|firefighters|guests|partygoers|shoppers|congregants|parishioners|worshipers|"
    r"siblings|twins|grandparents|"
    r"man|woman|boy|girl|teen|teenager|person|child|officer|soldier|"
    r"fighter|member|civilian|victim|toddler|infant|baby|suspect|resident)"
)
_ONE = (
    r"(?:man|woman|boy|girl|teen|teenager|person|child|officer|soldier|fighter|member|civilian|"
    r"victim|toddler|infant|baby|suspect|resident|militiaman|driver|student|guard|worker|"
    r"male|female|mother|father|dad|mom|son|daughter|grandson|granddaughter|husband|wife|"
    r"brother|sister|cousin|friend|nephew|niece|uncle|aunt|stepson|stepdaughter|girlfriend|"
    r"boyfriend|neighbor|relative|sibling|youngster|juvenile|patron|clerk|adult|bystander|"
    r"detective|investigator|deputy|trooper|sergeant|pedestrian|squatter|homeowner|customer|"
    r"employee|passenger|motorist|minor|owner|cashier|teenager|kid|grandmother|grandfather|"
    r"grandma|grandpa|stepfather|stepmother|fianc[eé]e?|roommate|teacher|pastor|coach|nurse|"
    r"doctor|veteran|tenant|landlord|manager|janitor|hunter|passerby|guy|firefighter|inmate|"
    r"witness|gunman|shooter|"
    r"(?:\d{1,3}|[a-z]+)-(?:year|month)-old|\d{1,3}[- ](?:year|month)[- ]old)"
)
_FROM = r"(?:\s+in\s+(?:his|her)\s+(?:early\s+|mid-|late\s+)?\d0s|\s+(?:in|from|of)\s+(?:the\s+(?:[Tt]own|[Cc]ity|[Vv]illage)\s+of\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?"  # "a boy from Gresham", "a man in his 40s"
# "was also shot", "has reportedly been shot", "was also critically injured"
_HURT_MANNER_WORDS = r"also|critically|seriously|accidentally|allegedly|reportedly|gravely"
_MANNER = rf"(?:(?:{_HURT_MANNER_WORDS}|fatally|mortally)\s+){{0,2}}(?:been\s+)?"
# ... not a fatal one: "two teenage girls were accidentally shot"
_HURT_MANNER = rf"(?:(?:{_HURT_MANNER_WORDS})\s+){{0,2}}"
# "died", "passed away", "succumbed to his injuries", "did not survive"
_DIED = r"(?:died|passed away|succumbed(?:\s+to\s+(?:his|her|their)\s+(?:injuries|wounds))?|did not survive)"
_KILL_VERB = rf"(?:killed|murdered|(?:pronounced |declared |found |lay |lies |lying )?(?:brain |clinically )?dead|(?:pronounced |declared |found |discovered )?deceased|{_DIED}|slain|shot dead|shot and killed|(?:shot|stabbed|beaten) to death|fatally (?:shot|wounded|injured|stabbed)|lost (?:their|his|her) li(?:ves|fe)|perished)"
# "two are in critical condition", "the other two remain in serious condition", "one victim
# was listed in stable condition": in hospital, hurt
_CONDITION = (
    r"(?:(?:remains?|remained|listed|reported|hospitali[sz]ed)\s+)?in\s+(?:(?:extremely|very)\s+)?"
    r"(?:critical|serious|stable|fair|good|grave|guarded)(?:\s+but\s+(?:stable|serious|critical))?"
    r"\s+condition"
)
_HURT_VERB = rf"(?:injured|wounded|hurt|shot|hospitali[sz]ed|stabbed|{_CONDITION})"
_TREATED = (
    r"(?:treated for|suffered|suffering(?: from)?|sustained|hospitali[sz]ed with|with)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:gunshot|stab|bullet)\s+(?:wounds|injuries)"
)
# "were taken to Rhode Island Hospital", "was rushed to a local medical center", unless the
# sentence goes on to say they died there
_TO_HOSPITAL = (
    r"(?:(?:taken|transported|rushed|driven|brought|airlifted|flown|sent|went)\s+to|"
    r"(?:showed up|arrived)\s+at|walked into)\s+(?:[\w.'’-]+\s+){0,4}?"
    r"(?:hospitals?|medical cent(?:er|re)s?|trauma cent(?:er|re)s?)\b"
    r"(?![^.;]{0,80}\b(?:died|dead|succumbed|did not survive))"
)
_NOT_A_NAME = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|It|This|That|There|What|Which|"
    r"Nobody|Everyone|Someone|Police|Nothing|All|Both|Each|Some|Many|Several|Most|None|One|"
    r"Another|Neither|Either|Who|They|He|She|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
    r"Others|Victims|Officers|Authorities|Officials|Residents|Witnesses|Deputies|Hospital|"
    r"An?|The|His|Her|Their)"
)
# A capitalised word of a name, a capital inside it too ("McLean", "DeShawn", "O'Neal")
_CAP = r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?|O['’][A-Z][a-z]+)"
# A victim's name opening the clause ("Issac was shot", "Darryl Freeman died"), not "The
# Victim" and none of the capitalised words that start sentences
_NAMED = rf"(?<![Tt]he )\b(?!{_NOT_A_NAME}\b)"
# One capitalised word that may be a victim's name ("found Ortega dead"), in a pattern that
# ignores case elsewhere
_SURNAME = rf"(?-i:{_NAMED}{_CAP})"
# "non-life threatening injuries", "a gunshot wound": what a hurt person suffered (not "fatal")
_WOUNDS = (
    r"(?:(?:a|an|what\s+(?:was|were|are|is)\s+described\s+as|apparently|possible)\s+)?"
    r"(?:(?!fatal|mortal)[\w-]+,?\s+){0,3}?(?:gunshot\s+|bullet\s+|stab\s+|graze\s+)?"
    r"(?:wounds?|injur(?:y|ies))\b"
)
_BE = r"(?:(?:were|was|have been|has been|had been|are|is|got|being|has|have|had|remains?|remained)\s+)?(?:found\s+)?"
# "a boy who was shot", "a man who died"; not "a boy who accidentally shot" (he fired)
_WHO_WAS = (
    r"(?:,?\s+(?:who|that)(?=\s+(?:were|was|have|has|had|are|is|got|being|found|died|perished|"
    r"lost)\b))?"
)

# "struck in the head by a car": a road accident, not gunfire
_A_VEHICLE = r"(?:a|an|the)\s+(?:\w+\s+)?(?:car|vehicle|truck|train|van|suv|bus)\b"
# "was shot", not "was shot and killed", "shot dead", "shot to death"
_NOT_KILLED_AFTER = r"(?!\s+(?:and\s+killed|dead|to death))"
# "her 17-year-old son, Manny, was shot": the one's name set off by commas
_NAME_SET_OFF = r"(?:,\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}(?:,\s+\d{1,3})?,)?"
# "A fourth person, a woman, was taken to a hospital": who the one is, set off by commas
# "One person, later identified as Laprida Doe, 25, of Tyler, was pronounced dead"
# "A 3-year-old girl, Dalis Doe, was shot and killed", "A 15-year-old victim, identified by
# family as Angelo Doe, was pronounced dead"
_APPOSED = (
    r"(?:,\s+(?:a|an|also)\s+[^,;.]{1,40},|,\s+\d{1,3},|"
    r",\s+(?:later\s+|recently\s+|since\s+|now\s+)?identified\s+(?:by\s+(?:\w+\s+){1,3}?)?as\s+[^;.]{1,60}?,"
    r"(?=\s+(?:was|were|is|had|has)\b)|"
    r",\s+(?:\d{1,3}-year-old\s+)?(?-i:[A-Z][\w'’-]+(?:\s+[A-Z“\"][\w'’“”\".-]+){1,3}),)?"
)
# who they are, set off by commas or dashes: "sixteen people, civilians among them, were
# killed", "three others, including a sailor and an officer, were hurt", "four juveniles --
# including two children -- were injured"
_SET_OFF = (
    r"(?:,[^,.;]{3,40},|,\s+including\s+[^,.;]{3,60},|"
    r"\s+(?:--|—|–)\s*[^.;—–]{3,60}?\s*(?:--|—|–))?"
)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10}  # fmt: skip
_ORDINAL = rf"(?:{'|'.join(_ORDINALS)})"
# "three members of a family were shot"
_OF_FAMILY = r"(?:\s+of\s+(?:a|the|one|his|her|their)\s+(?:[\w-]+\s+)?family)?"
# "Five young men and a woman were shot", "A 13-year-old boy and six other people were shot"
# One group of victims in "Five young men and a woman": its modifiers hold no clause word ("at
# 9:28 PM that a male and female": the figure is a time, the group "a male")
_PART_ADJ = _modifiers(_NOT_MODIFIER + "|that|which|who|when|after|before")
# ("Milien's father and a 15-year-old boy were also shot": a name's relative is one)
_PART = rf"(?:(?:the\s+|his\s+|her\s+|their\s+)?{_N}|a|an|another|the|his|her|their|(?-i:{_CAP})['’]s)\s+{_PART_ADJ}(?:{_WHO}|{_ONE})"
# "Two children, ages 3 and 5, and their mother": the group's ages set off by commas
_AGES_SET_OFF = r"(?:,\s+(?:ages?|aged)\s+\d{1,3}(?:(?:,\s*|,?\s+and\s+)\d{1,3})*,)?"
COMPOUND = re.compile(
    rf"\b(?P<first>{_PART}|he|she){_AGES_SET_OFF}\s+and\s+(?P<second>{_PART}|{_ONE}(?:\s+{_ONE})?)\s+{_BE}{_MANNER}"
    rf"(?P<verb>{_KILL_VERB}|{_HURT_VERB}|{_TO_HOSPITAL})\b",
    re.I,
)
# "killed his girlfriend and her daughter", "shot and killed a man and a woman", "fatally
# shot a woman and girl": the victims of an active verb
OBJECTS = re.compile(
    rf"\b(?P<verb>shot and killed|killed|killing|fatally shot|fatally shooting|shot to death|"
    rf"stabbed to death|murdered|shot and wounded|wounded|wounding|injured|injuring|"
    # "accidentally shot himself and a friend"
    r"shot(?=\s+(?:him|her)self\s+and\b))\s+"
    rf"(?P<first>{_PART}|himself|herself)\s+and\s+(?:then\s+)?(?P<second>{_PART}|himself|herself|{_ONE})\b",
    re.I,
)
_LEAD_NUMBER = re.compile(
    rf"^(?:(?:the|his|her|their)\s+)?(?:{_N}|a|an|another)\b|^(?:the|his|her|their)\b(?=\s+{_ADJ}{_ONE}\b)",
    re.I,
)

# what ends a place's or a body's name, never a person's: "Hardin County Medical Center"
_NOT_A_SURNAME = (
    r"(?:County|Center|Centre|Hospital|Street|Avenue|Road|Drive|Boulevard|Park|School|"
    r"University|College|Church|Department|Office|Police|Medical|Regional|Memorial|Station)"
)
# A person's name, two or three capitalised words ("Deziyah Davis", "Timothy Hollis Jr"), in
# a pattern that ignores case elsewhere (tolls.py reads victims named so too)
PERSON = rf"(?-i:\b(?!{_NOT_A_NAME}\b)[A-Z][a-z'’-]+(?:[A-Z][a-z]+)?(?:\s+(?:[A-Z]\.\s+)?(?!{_NOT_A_SURNAME}\b)[A-Z][\w'’-]+){{1,2}})"
# A name with its age before it: "18-year-old Dequan M. Barnett"
_AGED_PERSON = rf"(?:(?:\d{{1,3}}|[a-z]+)-year-old\s+)?{PERSON}"
# One victim of a list: a name, "a 9-year-old", "her grandmother", "two men"; an age may follow
_VICTIM = (
    rf"(?:{_AGED_PERSON}|\b(?:(?:a|an|the|his|her|their)\s+{_ADJ}{_ONE}(?:\s+{_ONE})?(?![’']s\b)|"
    rf"(?:(?:his|her|their)\s+)?{_N}\s+{_ADJ}{_WHO})\b)"
    rf"(?:,\s+\d{{1,3}}(?=[,;.\s]|$))?"
)
# "Alejandro Martinez, 20; Erica Rodriguez, 21; and a 3-year-old boy", "his mother and a man"
_VICTIMS = rf"(?P<list>{_VICTIM}(?:\s*[,;]\s*{_VICTIM})*\s*[,;]?\s+and\s+{_VICTIM})"
# "Brian Smith, 20; Joe Doe, 22; and a 3-year-old boy were wounded", "his mother, his sister
# and a family friend were critically wounded", "a man, his wife and their two daughters
# died": a list of victims told as the subject
SUBJECTS = re.compile(
    rf"(?<![\w'’-])(?P<list>{_VICTIM}(?:\s*[,;]\s*(?:{_VICTIM}|{_ONE}))*\s*[,;]?\s+and\s+"
    rf"(?:{_VICTIM}|{_ONE})),?\s+"
    rf"(?:(?:were|have been|had been|are)\s+(?:all\s+|also\s+)?{_MANNER}|(?:all\s+)?(?=died\b))"
    rf"(?P<verb>{_KILL_VERB}|{_HURT_VERB}|{_TO_HOSPITAL})\b",
    re.I,
)
# the active verbs of a killing told with its victims after them
_KILLING = r"(?:killed|killing|murdered|murdering|shot and killed|shooting and killing|fatally shot|fatally shooting)"
# A headline's victim, a capitalised bare noun opening a line or following a colon: "Police:
# Boy, 17, shot to death", "Toddler accidentally shot"
_HEADLINE_ONE = (
    rf"(?:^|(?<=:\s))(?P<one>(?-i:(?=[A-Z])){_ONE})(?:,\s*\d{{1,3}},)?\s+(?:is\s+|was\s+)?"
)
# what ends a named victim's phrase: "killing Kalif Goens on July 24", "killed Kalila Hollis, 1,"
_NAME_END = r"(?=\s*[,.;]|\s+(?:on|in|at|inside|outside|during|after|before|while|near|as|and|with|when|last|early|late)\b)"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "the deaths of Deziyah Davis, 9, and Denise Couplin, 52", "the dead were A, 20; B, 21;
    # and a 3-year-old boy", "claimed the lives of his mother and a man": victims one by one
    ("killed", re.compile(rf"\b(?:(?:shooting\s+|stabbing\s+)?deaths?|killings?|murders?|slayings?|homicides?)\s+of\s+{_VICTIMS}", re.I)),
    ("killed", re.compile(rf"\b(?:the dead|those killed|the deceased|(?:the\s+)?(?:people|victims|two|three|four) who died)\s+(?:were|are|was|as)\s*:?\s+{_VICTIMS}", re.I)),
    ("killed", re.compile(rf"\b(?:claimed|took|taken|claiming|taking)\s+the\s+lives\s+of\s+{_VICTIMS}", re.I)),
    ("killed", re.compile(rf"\b(?:killing|killed|murdered|murdering|fatally (?:shot|shooting|stabbed|stabbing)|shot and killed|shooting and killing|(?:shot|stabbed) to death)\s+{_VICTIMS}", re.I)),
    # "killing eight pro-Iran fighters", "left eight fighters dead", "killed at least 16"
    ("killed", re.compile(rf"\b(?:killing|killed|kills|(?<!\bto )kill|murdering|murdered|fatally\s+(?:shot|shooting|shoot|stabbed|stabbing|stab))\s+(?:{NUMBER})(?:\s+{_ADJ}{_WHO})?(?:\s+dead)?\b", re.I)),
    ("killed", re.compile(rf"\b(?:left|leaving)\s+(?:{NUMBER}|(?P<one>a|an)(?=\s+{_ADJ}(?:{_WHO}|{_ONE})\s+dead))(?:\s+{_ADJ}(?:{_WHO}|{_ONE}))?\s+dead\b", re.I)),
    # "leaving 18-year-old Dequan M. Barnett dead and five other people wounded"
    ("killed", re.compile(rf"\b(?:left|leaving)\s+(?P<one>{_AGED_PERSON})\s+dead\b", re.I)),
    # "the person who shot four people to death"
    ("killed", re.compile(rf"\b(?:shot|stabbed|beat|beaten)\s+(?:{NUMBER})\s+{_ADJ}{_WHO}\s+to\s+death\b", re.I)),
    # "A 9-year-old boy shot early Wednesday during a hunting accident has died"
    ("killed", re.compile(rf"\b(?P<one>[Aa]n?|[Tt]he)\s+{_ADJ5}{_ONE},?\s+(?:who\s+(?:was|had been|has been)\s+)?(?:\w+ly\s+)?(?:shot|wounded|injured|hit|struck)\b(?:(?!\band\s+(?:a|an|the|his|her|their)\s)[^.;]){{0,100}}?\s+(?:(?:has|had)\s+(?:since\s+)?)?died\b")),
    # "The woman was treated at the scene and rushed to Crittenton Hospital, but died"
    ("killed", re.compile(rf"\b(?P<one>[Aa]n?|[Tt]he)\s+{_ADJ}{_ONE}\s+(?:was|had been)\s+[^.;]{{0,100}}?,?\s+(?:but|and)\s+(?:later\s+)?died\b")),
    # "The man suffered fatal injuries"
    ("killed", re.compile(rf"\b(?P<one>[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+{_ADJ}{_ONE}\s+(?:suffered|sustained|received)\s+(?:a\s+)?(?:fatal|mortal)\s+")),
    # "One of the men inside was pronounced dead"
    ("killed", re.compile(r"\b(?P<one>[Oo]ne)\s+of\s+(?:the|them|those)\b(?:\s+[\w-]+){0,3}?\s+(?:was|had been|has been)\s+(?:later\s+)?(?:pronounced dead|killed|fatally shot|shot dead|dead)\b")),
    # "One of the victims who was shot in the head later died"
    ("killed", re.compile(r"\b(?P<one>[Oo]ne)\s+of\s+(?:the|them|those)\b(?:\s+[\w-]+){0,2}?\s+who\s+[^.;]{0,80}?\s+(?:later|has|had|since)\s+died\b")),
    # "A Kettering teen who was caught in the crossfire has died", "A 16-year-old boy, one of
    # three people hit by gunfire, has died", "An Opelousas teen hospitalized after a shooting
    # has died"
    ("killed", re.compile(rf"\b(?P<one>[Aa]n?|[Tt]he)\s+{_ADJ5}{_ONE}(?:,?\s+(?:who|that)\s|,\s+one\s+of\s|\s+(?:hospitali[sz]ed|injured|wounded)\s)(?:(?!\band\s+(?:a|an|the|his|her|their)\s)[^.;]){{0,120}}?\s+(?:(?:has|had)\s+(?:since\s+)?)?(?:died|passed away)\b")),
    # "Two teens who were shot in a triple shooting on Wednesday have died"
    ("killed", re.compile(rf"\b(?:{NUMBER})\s+{_ADJ}{_WHO}\s+who\s+(?:were|had been|have been)\s+[^.;]{{0,80}}?\s+(?:have|had)\s+(?:since\s+)?died\b", re.I)),
    # "a second teen has died", "the rampage claimed a fifth victim": the dead so far
    ("killed", re.compile(rf"\b(?-i:[Aa])\s+(?P<ord>{_ORDINAL})\s+(?:[\w-]+\s+)?(?:{_ONE})\s+(?:has\s+|had\s+)?(?:since\s+)?(?:died|been pronounced dead|was pronounced dead)\b|\bclaimed\s+(?:a|the|its)\s+(?P<ord2>{_ORDINAL})\s+(?:victim|life)\b", re.I)),
    # "found Guzman dead", "found a man dead in a car"
    ("killed", re.compile(rf"\bfound\s+(?:(?P<num>a|an)\s+{_ADJ}{_ONE}|(?P<one>{PERSON}|{_SURNAME}))\s+(?:dead|deceased|shot to death)\b", re.I)),
    # "deputies located a deceased white male"
    ("killed", re.compile(rf"\b(?:found|located|discovered)\s+(?P<num>a|an|one)\s+(?:deceased|dead)\s+{_ADJ}{_ONE}\b", re.I)),
    # "doctors were not able to save her"
    ("killed", re.compile(r"\b(?:not able|unable|could not|couldn['’]t)\s+(?:to\s+)?save\s+(?P<one>him|her)\b", re.I)),
    # "the boy died", "The 2-year-old who was shot inside an apartment has died", "The fourth
    # victim, a woman, died"
    ("killed", re.compile(rf"\b(?P<one>[Tt]he|That(?=\s+{_ONE}\b))\s+{_ADJ}{_ONE}{_APPOSED}(?:,?\s+who\s+[^.;]{{0,80}}?|,?\s+who)?\s+{_BE}(?:later\s+)?{_MANNER}(?:has died|had died|died|was pronounced dead|{_KILL_VERB})\b")),
    # "shot himself dead", "shot his daughter to death"
    ("killed", re.compile(rf"\b(?:shot|stabbed|beat)\s+(?P<one>himself|herself|(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{_ONE})\s+(?:dead|to death)\b", re.I)),
    # "wounding four men and killing another", "pronounced one man, 22, dead"
    ("killed", re.compile(r"\b(?:killing|killed)\s+(?P<one>another|one other)\b", re.I)),
    ("killed", re.compile(rf"\bpronounced\s+(?:{NUMBER}|(?P<one>a|an))\s+{_ADJ}{_WHO}?(?:,\s*\d{{1,3}},)?\s+dead\b", re.I)),
    # "mortally wounding Troyer", "fatally wounding the victim"
    ("killed", re.compile(rf"\b(?:mortally|fatally) (?:wounding|injuring)\s+(?P<one>{_CAP}|him|her|(?:the|a|an)\s+{_ADJ}{_ONE})\b")),
    # "nine of its congregants were killed"
    ("killed", re.compile(rf"\b(?:{NUMBER})\s+of\s+(?:its|the|their|his|her)\s+{_ADJ}{_WHO}\s+{_BE}{_MANNER}{_KILL_VERB}\b", re.I)),
    # "four fighters were killed", "16 dead", "three people died", "one man was shot dead",
    # "sixteen people, civilians among them, were killed"
    # (not "the last one in a dead man's phone": whose phone)
    ("killed", re.compile(rf"\b(?:{NUMBER})\s+{_ADJ}(?:{_WHO}(?:\s+and\s+{_WHO})?)?{_OF_FAMILY}{_SET_OFF}\s*{_BE}{_KILL_VERB}\b(?!\s+\w+['’]s\b)", re.I)),
    # "the shooting that killed 13-year-old Eddie Holmes": one named victim
    ("killed", re.compile(r"\b(?:killing|killed|kills|fatally (?:shot|shooting|wounded|wounding|stabbed))\s+(?:a\s+)?(?P<one>\d{1,3}-year-old)\b", re.I)),
    ("injured", re.compile(r"\b(?:injuring|injured|wounding|wounded|shot|shooting)\s+(?:a\s+)?(?P<one>(?:\d{1,3}|[a-z]+)-year-old)\b", re.I)),
    # "a man was shot and killed", "one militiaman was killed"
    ("killed", re.compile(rf"\b(?P<num>a|an|one)\s+{_ADJ5}{_ONE}{_FROM}{_APPOSED}{_WHO_WAS}\s+{_BE}{_MANNER}{_KILL_VERB}\b", re.I)),
    # "Both were pronounced dead at the scene", "Both victims were taken to a hospital"
    ("killed", re.compile(rf"\b(?P<both>[Bb]oth)(?:\s+(?:of\s+them|{_WHO}))?\s+{_BE}(?:later\s+)?{_MANNER}{_KILL_VERB}\b")),
    ("injured", re.compile(rf"\b(?P<both>[Bb]oth)(?:\s+(?:of\s+them|{_WHO}))?\s+(?:{_BE}{_MANNER}(?:{_HURT_VERB}\b|{_TO_HOSPITAL}){_NOT_KILLED_AFTER}|(?:suffered|sustained)\s+{_WOUNDS}(?![^.;]{{0,60}}\b(?:died|dead)\b))")),
    # "Three people are dead and another was injured", "one other was killed"
    ("killed", re.compile(rf"\b(?P<one>another|one other)\s+{_BE}{_MANNER}{_KILL_VERB}\b", re.I)),
    # (not "another was shot outside" in a story of four killed: one of the dead)
    ("injured", re.compile(rf"\b(?P<one>another|one other)\s+{_BE}{_MANNER}(?:(?!shot\b|stabbed\b){_HURT_VERB}\b|{_TO_HOSPITAL}){_NOT_KILLED_AFTER}", re.I)),
    # "a woman was wounded", "a 3-year-old girl who was critically injured"
    # (not "the shooting death of a boy who was shot in the head": the dead, below)
    ("injured", re.compile(rf"(?<!death of )(?<!killing of )(?<!murder of )(?<!slaying of )\b(?P<num>a|an|one|another)\s+{_ADJ5}{_ONE}{_FROM}{_APPOSED}{_WHO_WAS}\s+{_BE}{_MANNER}(?:{_HURT_VERB}\b|{_TO_HOSPITAL})", re.I)),
    # "Ryan Welch, 4, was killed": a named victim with an age
    ("killed", re.compile(rf"\b{_CAP}(?:\s+{_CAP}){{1,2}},\s+(?P<one>\d{{1,3}}),\s+{_BE}{_MANNER}{_KILL_VERB}\b(?!\s+(?:(?!{_NOT_A_NAME}\b)[A-Z]|(?:his|her|their|him|a|an|the)\b))")),
    ("injured", re.compile(rf"{_NAMED}(?!(?i:{_ONE})\b){_CAP}(?:\s+{_CAP}){{0,2}},\s+(?P<one>\d{{1,3}}),\s+{_BE}{_MANNER}{_HURT_VERB}\b{_NOT_KILLED_AFTER}")),
    # "Lavell Lee Smith, a 33-year-old man, was shot and killed", "Bourda, a student, was killed"
    ("killed", re.compile(rf"\b(?!{_NOT_A_NAME}\b){_CAP}(?:\s+{_CAP}){{0,2}},\s+(?P<one>a|an)\s+[^,;.]{{1,60}},\s+{_BE}{_MANNER}{_KILL_VERB}\b")),
    # "Eric Brown was killed when a child pulled the trigger": a victim by name
    ("killed", re.compile(rf"{_NAMED}(?P<one>{_CAP})\s+(?:was|had been|has been)\s+{_MANNER}(?:killed|slain|murdered|shot dead|shot and killed|fatally (?:shot|wounded|stabbed))\b")),
    # "Darryl Freeman died at 10 a.m.", "Isis was pronounced dead", "Harris, who died Saturday"
    ("killed", re.compile(rf"{_NAMED}(?P<one>{_CAP}(?:\s+[A-Z][\w'’-]+){{0,2}})(?:,\s+\d{{1,3}})?(?:,\s+who)?\s+(?:later\s+)?(?:has\s+|had\s+)?(?:{_DIED}|was (?:pronounced|found|discovered) (?:dead|deceased|shot to death))\b|{_NAMED}(?P<one2>{_CAP}(?:\s+[A-Z][\w'’-]+){{0,2}})(?:,\s+\d{{1,3}})?,\s+who\s+was\s+(?:killed|slain|fatally shot|shot and killed|shot dead)\b")),
    # "Victoria Whitehurst, of Pinetown, died", "Cade Booher, 16, was in the backseat and died"
    ("killed", re.compile(rf"{_NAMED}(?P<one>{_CAP}(?:\s+[A-Z][\w'’-]+){{1,2}}),\s+(?:(?:\d{{1,3}},\s+)?of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+(?:later\s+)?{_DIED}|\d{{1,3}},\s+was\s+[^.;]{{0,80}}?\s+(?:and|but)\s+(?:later\s+)?died\b)")),
    # "A man killed his wife", "accused of killing his two children"
    ("killed", re.compile(rf"\b{_KILLING}\s+(?P<num>his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{_ONE}\b(?!['’]s)", re.I)),
    ("killed", re.compile(rf"\b{_KILLING}\s+(?:his|her|their)\s+(?:{NUMBER})\s+{_ADJ}{_WHO}\b", re.I)),
    # "for murdering a man", "A man killed a woman in her home"
    ("killed", re.compile(rf"(?<!possibly )(?<!nearly )(?<!almost )\b(?:killed|killing|murdered|murdering)\s+(?:(?P<num>a|an)|(?P<one>the)(?=\s+{_ADJ}{_ONE}\b))\s+{_ADJ}{_ONE}\b(?!['’]s)", re.I)),
    # "pronounced him dead", "resulting in her death", "killed himself", "took his own life"
    ("killed", re.compile(rf"\b(?P<one>(?:pronounced|declared)\s+(?:him|her|{_SURNAME})\s+(?:brain\s+|clinically\s+)?dead|(?:resulting|resulted)\s+in\s+(?:his|her|the victim's)\s+death|killed\s+(?:him|her)self|(?:took|taking|takes)\s+(?:his|her)\s+own\s+life|killing\s+(?:him|her)\b|killing\s+(?:him|her)self|(?:and|before)\s+then\s+(?:him|her)self|fatally\s+shoot(?:ing|s)?\s+(?:him|her)self|fatally\s+shot\s+(?:him|her)self|turn(?:ed|ing|s)?\s+the\s+(?:gun|weapon|rifle|handgun|pistol|shotgun)\s+on\s+(?:him|her)self)", re.I)),
    # "a deadly shooting": one dead at least ("the fatal shooting of ..." names whom, below)
    # "a Thursday evening fatal shooting"
    ("killed", re.compile(r"\b(?:a|an|the)\s+(?:(?!of\b|and\b)[\w'’-]+\s+){0,3}?(?P<some>deadly|fatal)\s+(?:shooting|stabbing)\b(?!s|\s+of\b)", re.I)),
    # "a murder-suicide": the victim and the one who killed himself, two dead at least (tolls.py
    # reads it beside the story's other figures)
    ("killed", re.compile(r"(?<!attempted )\b(?P<pair>murder[- ]suicide)\b(?!\s+attempt)", re.I)),
    # "a double fatal shooting", "a double homicide"
    ("killed", re.compile(r"\b(?P<multiple>double|triple|quadruple|quintuple)[- ](?:fatal\s+(?:shooting|stabbing)|homicide|murder|killing)\b", re.I)),
    # "accidentally shot and killed her boyfriend", "Police shot and killed the active shooter"
    ("killed", re.compile(rf"\b(?:shot|stabbed|beat) and killed\s+(?:(?P<num>a|an|his|her|their)\b|(?P<one>the)(?=\s+{_ADJ}(?:{_ONE}|shooter|gunman)\b))", re.I)),
    # "charged with fatally shooting a motorcycle rider"
    ("killed", re.compile(rf"\bfatally (?:shot|shooting|stabbed|stabbing)\s+(?:(?P<num>a|an|one)\b|(?P<one>his|her|their|the)(?=\s+{_ADJ}{_ONE}\b))", re.I)),
    # "three people were in the car and all of them were killed"
    ("killed", re.compile(rf"\b(?:{NUMBER})\s+{_ADJ}{_WHO}\s+[^.;]{{0,60}}?\ball\s+of\s+them\s+(?:were\s+)?(?:killed|died|dead)\b", re.I)),
    # "the death toll rose to 16", "a second source put the toll at two"
    ("killed", re.compile(rf"\b(?:death\s+)?toll\s+(?:has\s+)?(?:rose|risen|rises|climbed|climbs|reached|reaches|stood|stands|jumped)\s+(?:to|at)\s+(?:{NUMBER})\b", re.I)),
    ("killed", re.compile(rf"\b(?:put|puts|putting|placed|places|gave|gives)\s+the\s+(?:death\s+)?toll\s+at\s+(?:{NUMBER})\b", re.I)),
    # "killed Kataib Hezbollah commander Abu Baqir al-Saadi": one named by rank
    ("killed", re.compile(r"\b(?:killing|killed|kills|kill)\s+(?:(?:a|an|the|its|their)\s+)?(?:senior\s+|top\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?P<one>commander|leader|chief|official|spokesman)\b(?!s)")),
    # "shooting and killing Kalif Goens on July 24", "killed Kalila Hollis, 1,": one by name
    ("killed", re.compile(rf"\b(?:killing|killed|murdered|murdering|fatally (?:shot|shooting|stabbed|stabbing)|shot and killed|shooting and killing)\s+(?P<one>{PERSON}){_NAME_END}", re.I)),
    # "the death of eight of its members", "the fatal shootings of four people"
    ("killed", re.compile(rf"\b(?:deaths?|killings?|murders?|fatal (?:shootings?|stabbings?)|shooting deaths?)\s+of\s+(?:{NUMBER})\b", re.I)),
    # "the accidental shooting of a three-year-old male" (a death told in the sentence: above)
    ("injured", re.compile(rf"(?<!fatal )(?<!deadly )\bshooting\s+of\s+(?P<one>(?:a|an)\s+{_ADJ}{_ONE})\b(?![^.;]{{0,80}}\b(?:died|dead|killed|death|fatal(?:ly)?)\b)", re.I)),
    # "the shooting death of a Houston man"
    ("killed", re.compile(rf"\b(?:deaths?|killing|murder|(?:fatal|deadly) (?:shooting|stabbing)|shooting death)\s+of\s+(?:(?P<num>a|an|his|her|their|another)\s+{_ADJ}{_ONE}|(?P<one>\d{{1,3}}-(?:year|month)-old))\b", re.I)),
    # "charged with the shooting death of Christopher Rodriguez": one victim by name
    ("killed", re.compile(rf"\b(?:[Ss]hooting death|[Ss]tabbing death|[Kk]illing|[Mm]urder|[Ss]laying|[Dd]eath)\s+of\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?P<one>{_CAP}\s+(?:[A-Z]\.\s+)?{_CAP})\b(?!\s+(?:County|Street|Avenue|Road|Park|High|School|City|Police))")),
    # "took the life of a 20-year-old", "claimed the lives of three people"
    ("killed", re.compile(rf"\b(?:took|taken|claimed|claiming|taking)\s+the\s+(?:life|lives)\s+of\s+(?:(?P<one>(?:\d{{1,3}}|[a-z]+)[-–]year[-–]old|{PERSON})|{NUMBER}|(?P<one2>a|an))\b", re.I)),
    # "a body was found in a driveway", "found the bodies of three people"
    ("killed", re.compile(r"\b(?P<one>[Aa]|[Tt]he|[Hh]is|[Hh]er)\s+(?:(?:man|woman|boy|girl|child|teen|victim)['’]s\s+)?body\s+(?:was|had been|has been)\s+(?:later\s+)?(?:found|discovered|located|recovered)\b")),
    ("killed", re.compile(rf"\bbodies\s+of\s+(?:{NUMBER})\b", re.I)),
    ("killed", re.compile(rf"\b(?:{NUMBER})\s+bodies\b", re.I)),
    # "killed him", "fatally shot her", "the 15-year-old killed in a shooting"
    ("killed", re.compile(r"\b(?:shot and killed|killed|fatally shot|fatally wounded|fatally stabbed)\s+(?P<one>him|her)\b", re.I)),
    ("killed", re.compile(r"\b[Tt]he\s+(?P<one>\d{1,3}-(?:year|month)-old)\s+(?:\w+\s+)?(?:was\s+)?(?:killed|shot dead|fatally)\b")),
    # a headline's bare noun: "Police: Boy, 17, shot to death in Austin", "Man killed in
    # crash", "Teen, 15, dies after shooting"
    ("killed", re.compile(rf"{_HEADLINE_ONE}(?:fatally shot|shot to death|shot dead|shot and killed|stabbed to death|killed|slain|dies|died|found dead)\b", re.I)),
    ("injured", re.compile(rf"{_HEADLINE_ONE}(?:accidentally\s+)?(?:shot|wounded|injured|hurt)\b(?!\s+(?:and\s+killed|dead|to death|at\b))", re.I)),
    # a headline: "7-year-old boy was fatally shot Saturday night"
    ("killed", re.compile(rf"^(?P<one>\d{{1,3}}-(?:year|month)-old)\s+(?:{_ONE}\s+)?(?:was\s+)?{_MANNER}(?:killed|shot dead|shot and killed|fatally shot|dies|died)\b", re.I)),
    # "He was later pronounced dead", "she died at the hospital", "The victim (Tim Doe) died"
    ("killed", re.compile(rf"\b(?P<one>[Hh]e|[Ss]he|[Tt]he victim(?:,\s+\d{{1,3}},|\s+\([^()]{{1,40}}\))?)\s+(?:(?:was|has|had)?\s*(?:since\s+)?(?:been\s+)?(?:later\s+)?(?:(?:pronounced|declared) (?:(?:brain|clinically) )?(?:dead|deceased)|{_DIED})|was\s+(?:fatally shot|killed|shot dead|shot and killed))\b")),
    # "He was transported to a local hospital in critical condition but was pronounced dead"
    ("killed", re.compile(r"\b(?P<one>[Hh]e|[Ss]he)\s+(?:was|had been)\s+[^.;]{0,100}?,?\s+(?:but|and)\s+(?:was\s+)?(?:later\s+)?(?:died|pronounced dead)\b")),
    # "Partington's death", "her young child's accidental shooting death"
    ("killed", re.compile(rf"\b(?P<one>(?:(?:a|the|his|her|their)\s+{_ADJ}{_ONE}|(?!{_NOT_A_NAME}\b){_CAP}))['’]s\s+(?:(?:accidental|apparent|tragic|violent|untimely|shooting|stabbing)\s+){{0,2}}death\b")),
    # "found with a fatal gunshot wound"
    ("killed", re.compile(r"\b(?P<one>with|suffered|sustained|received)\s+(?:a\s+)?(?:fatal|mortal)\s+(?:gunshot|stab|bullet)\s+wound\b", re.I)),
    # "shot four people", "shooting two men": hit, at least wounded
    ("injured", re.compile(rf"(?<!fatally )\b(?:shot|shooting)\s+(?:{NUMBER})\s+{_ADJ}{_WHO}\b", re.I)),
    # "injured eight", "wounding 25", "hurting two others"
    ("injured", re.compile(rf"\b(?:injuring|injured|wounding|wounded|hurting|hurt|injures|wounds)\s+(?:{NUMBER})(?:\s+{_ADJ}{_WHO})?\b", re.I)),
    # "left three dead and injured another", "shot his girlfriend and her son, wounding both"
    # "killing one and severely wounding the other"
    ("injured", re.compile(r"\b(?:(?:critically|seriously|severely|gravely)\s+)?(?:injuring|injured|wounding|wounded|hurting)\s+(?:(?P<one>another|one other|the other)|(?P<both>both))\b(?!\s+(?:his|her|their)\b)(?!\s+(?:two|three|four|five|\d))", re.I)),
    # "to shoot and kill one person and wound five others" (the verb's bare form: people named)
    ("injured", re.compile(rf"\b(?:wound|injure)\s+(?:{NUMBER})\s+{_ADJ}{_WHO}\b", re.I)),
    # "found two injured students", "the other six were rushed to the hospital"
    ("injured", re.compile(rf"\b(?:{NUMBER})\s+(?:other\s+)?(?:injured|wounded)\s+{_WHO}\b", re.I)),
    ("injured", re.compile(rf"\b(?:the\s+)?other\s+(?:{NUMBER})\s+(?:{_WHO}\s+)?{_BE}{_MANNER}(?:{_HURT_VERB}\b|{_TO_HOSPITAL}){_NOT_KILLED_AFTER}", re.I)),
    # "Three people are dead and a fourth wounded", "seriously injuring a fourth"
    ("injured", re.compile(rf"\band\s+(?P<one>a)\s+(?:second|third|fourth|fifth|sixth)(?:\s+{_ONE})?\s+(?:was\s+|is\s+)?{_MANNER}(?:wounded|injured|hurt)\b", re.I)),
    ("injured", re.compile(r"\b(?:injuring|wounding)\s+(?P<one>a)\s+(?:second|third|fourth|fifth|sixth)\b", re.I)),
    # "the shooting death of a boy and the wounding of the boy's father"
    ("injured", re.compile(rf"\b(?:wounding|injuring)\s+of\s+(?P<one>(?:a|an|the|his|her|their)\s+{_ADJ}{_ONE}|{PERSON})", re.I)),
    # "hitting 14 other people" (not "striking three cars")
    ("injured", re.compile(rf"\b(?:hitting|striking)\s+(?:{NUMBER})\s+{_ADJ}{_WHO}\b", re.I)),
    # "All four victims were struck", "two men were hit by gunfire" (not "struck by a silver
    # Chevrolet Impala")
    ("injured", re.compile(rf"\b(?:{NUMBER})\s+{_ADJ}{_WHO}\s+{_BE}{_MANNER}(?:struck|hit)\b(?!\s+by\s+(?!(?:a\s+|an\s+|the\s+)?(?:stray\s+)?(?:bullets?|gunfire|gunshots?|shots?|rounds?|pellets?)\b))(?![^.;]{{0,60}}\b(?:died|killed|dead)\b)", re.I)),
    # "25 wounded", "two other people were injured", "62 injuries"
    ("injured", re.compile(rf"\b(?:{NUMBER})\s+{_ADJ}(?P<who>{_WHO}(?:\s+and\s+{_WHO})?)?{_OF_FAMILY}{_SET_OFF}\s*{_BE}{_HURT_MANNER}{_HURT_VERB}\b", re.I)),
    # "Five men heading to a party in Brooklyn were shot": who they are between
    ("injured", re.compile(rf"\b(?:{NUMBER})\s+{_ADJ}{_WHO}\s+(?:(?:who|that)\s+(?!(?:were|are|had|have)\b))?(?!(?:who|that|and|or|said|say)\b)[^,.;]{{1,50}}?\s+(?:were|are)\s+{_HURT_MANNER}(?:shot|wounded|injured|hurt)\b(?!\s+(?:at|dead|to death|and\s+killed)\b)", re.I)),
    # "injuring Leanne Doe and Dustin Roe": the hurt one by one
    ("injured", re.compile(rf"(?<!fatally )\b(?:injuring|wounding|injured|wounded)\s+{_VICTIMS}", re.I)),
    # "Two restaurant patrons sustained non-life-threatening injuries"
    ("injured", re.compile(rf"\b(?:{NUMBER})\s+{_ADJ}{_WHO}\s+(?:sustained|suffered|received)\s+{_WOUNDS}(?![^.;]{{0,60}}\b(?:died|dead)\b)", re.I)),
    # "They found three people dead and transported one to the hospital"
    ("injured", re.compile(rf"\b(?:transported|took|rushed|airlifted)\s+(?P<num>{_N})\s+(?:other\s+)?(?:{_WHO}\s+)?to\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?hospital\b", re.I)),
    # "five people have been treated for gunshot wounds", "four victims suffering from gunshot wounds"
    ("injured", re.compile(rf"\b(?:{NUMBER})\s+{_ADJ}{_WHO}\s+{_BE}{_TREATED}", re.I)),
    # "ended with five people in the hospital", "left eight people with wounds"
    # "left one victim fatally wounded and three others with serious injuries" ("and" right
    # after "dead" or "wounded")
    ("injured", re.compile(rf"\b(?:with|left|leaving|(?<=dead |nded )and)\s+(?:{NUMBER})\s+{_ADJ}{_WHO}\s+(?:in\s+(?:the\s+)?hospitals?|with\s+(?:(?!fatal|mortal)[\w-]+\s+){{0,3}}?(?:wounds|injuries))\b", re.I)),
    # "a triple shooting": three people hit (the dead among them)
    ("injured", re.compile(r"\b(?P<multiple>double|triple|quadruple|quintuple)\s+(?:shooting|stabbing)\b", re.I)),
    # "Also injured were three 14-year-old boys", "Killed were two brothers"
    ("killed", re.compile(rf"\b(?:[Aa]lso\s+)?(?:killed|slain|dead)\s+(?:were|was)\s+(?:{NUMBER})\s+{_ADJ}{_WHO}\b", re.I)),
    ("injured", re.compile(rf"\b(?:[Aa]lso\s+)?(?:injured|wounded|hurt|shot)\s+(?:were|was)\s+(?:{NUMBER})\s+{_ADJ}{_WHO}\b", re.I)),
    # "sent four people to the hospital", "two victims were rushed to Grady Memorial Hospital"
    ("injured", re.compile(rf"\b(?:sent|sending|put|putting|landed|landing)\s+(?:{NUMBER}|(?P<one>a|an))\s+{_ADJ}(?:{_WHO}|{_ONE})\s+(?:to|in|into)\s+(?:the\s+|a\s+|area\s+|local\s+){{0,2}}hospitals?\b", re.I)),
    ("injured", re.compile(rf"(?<!\bof )\b(?:{NUMBER})\s+(?!of\b){_ADJ}(?:{_WHO})\s+{_BE}{_MANNER}{_TO_HOSPITAL}", re.I)),
    # "Two 16-year-olds were taken to ECMC after being shot"
    ("injured", re.compile(rf"\b(?:{NUMBER})\s+{_ADJ}{_WHO}\s+(?:were|are|was|is)\s+(?:[^.;]{{0,60}}?\s)?after\s+(?:being|getting)\s+(?:shot|wounded|stabbed)\b", re.I)),
    # "Keisha is in critical but stable condition", "Terrell Lockett of Cheektowaga was treated
    # and released", "JaQuavious Landers remains in critical condition": a victim by name
    ("injured", re.compile(rf"{_NAMED}(?P<one>{_CAP}(?:\s+{_CAP}){{0,2}})\s+(?:(?:(?:is|was|has been)\s+|(?=remain))(?:{_CONDITION})|(?:is|was)\s+(?:still\s+)?(?:hospitali[sz]ed|recovering)\b|(?:of\s+[A-Z][\w'’-]+\s+)?was\s+treated\s+and\s+released\b)")),
    # "Dana Cole Davis was also injured by flying glass", "Kay Wilks suffered similar
    # injuries": one more victim by name
    # (told without "also", the one named is most often the one who dies in the next line)
    ("injured", re.compile(rf"{_NAMED}(?P<one>{_CAP})\s+(?:(?:was\s+also|also\s+was|had\s+also\s+been)\s+(?:(?!fatally)\w+ly\s+)?(?:injured|hurt\b|{_TO_HOSPITAL})|(?:also\s+)?(?:suffered|sustained)\s+similar\s+(?:injuries|wounds))")),
    # "left one man dead and a 5-year-old girl injured"
    ("injured", re.compile(rf"(?<=\bdead\sand\s)(?:(?P<one>a|an|one|his|her|their)\s+{_ADJ5}{_ONE}|(?:{NUMBER})\s+{_ADJ}{_WHO})\s+(?:injured|wounded|hurt)\b", re.I)),
    # "The other man remains in critical condition"
    ("injured", re.compile(rf"\b(?P<one>[Tt]he\s+other)\s+{_ADJ}{_ONE}\s+{_BE}{_MANNER}(?:{_HURT_VERB}\b|{_TO_HOSPITAL}){_NOT_KILLED_AFTER}")),
    # "Issac was shot once in the chest": a victim by name
    ("injured", re.compile(rf"{_NAMED}(?P<one>{_CAP})\s+(?:was|had been|has been)\s+{_MANNER}(?:shot|wounded|stabbed)\b(?!\s+(?:at|and|dead|to death|by police))")),
    # "the boy was shot", "the girl had been accidentally shot": the story's one victim
    # "his seven year old daughter had been shot", "That 6-year-old girl was shot", "her son,
    # Manny, was shot"
    ("injured", re.compile(rf"\b(?P<one>[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Tt]hat)\s+{_ADJ}{_ONE}{_NAME_SET_OFF}\s+(?:who\s+)?(?:was|had been|has been|is|got)\s+(?:(?:currently|still|now)\s+)?(?!(?:\w+\s+)?(?:fatally|mortally)\b){_MANNER}(?:found\s+)?(?:shot|wounded|injured|hurt|{_CONDITION})\b{_NOT_KILLED_AFTER}")),
    # "his brother accidentally shot him", "a sibling shot the boy in the face"
    ("injured", re.compile(rf"(?<!fatally )(?<!mortally )\b(?:accidentally\s+)?shot\s+(?P<one>him|her|(?:a|an|the)\s+{_ADJ5}{_ONE}|(?:\d{{1,3}}-year-old\s+)?{PERSON})(?=\s+(?:in|on)\s+the\b|\s+(?:once|twice|(?:two|three|four|five|several|multiple|\d+)\s+times)\b)", re.I)),
    # "who shot a man overnight", "shot a teen outside a store" (not one shot dead or who died)
    ("injured", re.compile(rf"\bshot\s+(?P<one>(?:a|an)\s+{_ADJ}{_ONE})\b(?!['’]s)(?![^.;]{{0,80}}\b(?:died|dead|killed|killing|death|fatal(?:ly)?|murder|suicide|homicide)\b)", re.I)),
    # "the boy shot himself", "accidentally shot his 12-year-old brother"
    ("injured", re.compile(r"\bshot\s+(?P<one>himself|herself)\b(?!\s+(?:dead|to death)|[^.;]{0,100}?\b(?:and|but)\s+(?:later\s+)?died\b)", re.I)),
    # "Two teens accidentally shot themselves while playing with a gun"
    ("injured", re.compile(rf"\b(?:{NUMBER})\s+{_ADJ}{_WHO}\s+{_MANNER}shot\s+themselves\b(?![^.;]{{0,100}}?\b(?:died|dead|killed)\b)", re.I)),
    # "shot himself accidentally while handling a revolver and died"
    ("killed", re.compile(r"\bshot\s+(?P<one>himself|herself)\b[^.;]{0,100}?\b(?:and|but)\s+(?:later\s+)?died\b", re.I)),
    ("injured", re.compile(rf"\bshot\s+(?P<one>his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{_ONE}\b(?!['’]s|\s+(?:dead|to death|and))", re.I)),
    # "The student who brought the gun was shot in the leg": a clause on who they are between
    ("injured", re.compile(rf"\b(?P<one>[Tt]he|[Aa]n?)\s+{_ADJ}{_ONE}\s+(?:who|that)\s+(?!(?:was|were|is|are|had|has|have)\b)(?:[\w'’-]+\s+){{1,6}}?(?:was|is)\s+{_HURT_MANNER}(?:shot|wounded|injured|hurt|grazed)\b(?!\s+(?:and\s+killed|to\s+death|dead))")),
    # "a four-year-old with a gunshot wound", "found the boy bleeding from a gunshot wound", "the
    # 16-year-old had gunshot wounds to his arm"
    ("injured", re.compile(rf"\b(?P<one>a|an|the|one)\s+(?!deceased\b|dead\b){_ADJ}{_ONE}(?:\s+(?:in|at|inside)\s+the\s+[\w-]+)?\s+(?:with|had|suffered|bleeding from)\s+(?:an?\s+(?:[\w-]+\s+){{0,3}}gunshot wound|(?:[\w-]+\s+){{0,2}}gunshot wounds)", re.I)),
    # "he was shot and seriously injured" (not "shot at", "shot and killed")
    ("injured", re.compile(rf"\b(?P<one>[Ss]he|[Hh]e)\s+(?:was|had been|has been)\s+{_MANNER}shot\b(?!\s+(?:at\b|dead\b|and\s+(?!(?:\w+ly\s+)?(?:injured|wounded|hurt)\b)))")),
    # "she was hit in the stomach", "Devon was struck in his right shoulder" (not by a car)
    ("injured", re.compile(rf"(?:\b(?P<one>[Ss]he|[Hh]e)|{_NAMED}(?P<one2>{_CAP}))\s+(?:was|had been|has been)\s+{_MANNER}(?:hit|struck|grazed)(?=\s+(?:in|on)\s+(?:the|his|her)\b)(?![^.;]{{0,60}}\b(?:died|killed|dead)\b)(?![^.;]{{0,40}}\bby\s+{_A_VEHICLE})")),
    # "leaves a 17-year-old with minor injuries"
    ("injured", re.compile(rf"\b(?:leaves|left|leaving)\s+(?P<one>a|an)\s+{_ADJ}{_ONE}\s+(?:with\s+(?:[\w-]+\s+){{0,3}}?(?:injuries|wounds?|injury)|in\s+(?:the\s+)?hospital)\b", re.I)),
    # "He was taken to an area hospital with non-life-threatening injuries"
    ("injured", re.compile(rf"\b(?P<one>[Ss]he|[Hh]e)\s+(?:was|had been|has been)\s+{_MANNER}{_TO_HOSPITAL}")),
    # "An teenager was transported from the scene suffering from a gunshot wound", "A
    # 17-year-old girl showed up in a hospital emergency room on Saturday with a gunshot wound"
    ("injured", re.compile(rf"\b(?P<one>[Aa]n?)\s+{_ADJ}{_ONE}\s+(?:was|is|showed|turned|arrived|walked|went|came)\b[^.;]{{0,80}}?\b(?:with|suffering from)\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?(?:gunshot|bullet)\s+wound\b(?!s)(?![^.;]{{0,60}}\b(?:died|dead)\b)")),
    # "a 22-month-old was being treated for a gunshot wound", "a child ... with a gunshot wound"
    ("injured", re.compile(rf"\b(?P<one>a|an)\s+{_ADJ}{_ONE}\s+{_BE}(?:being\s+)?(?:treated\s+(?:[\w.'’-]+\s+){{0,8}}?for|taken to (?:the|a|an) (?:\w+\s+){{0,3}}hospital with|suffering from|with)\s+a\s+(?:[\w-]+\s+)?gunshot wound", re.I)),
    # "the teen was struck in the leg", "A child was struck by a bullet" (not by a car)
    ("injured", re.compile(rf"\b(?P<one>[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+{_ADJ}{_ONE}\s+(?:who\s+)?(?:was|had been|has been|is|got)\s+{_MANNER}(?:struck|hit|grazed)\s+(?:in|on|by|with)\b(?!\s+{_A_VEHICLE})(?![^.;]{{0,60}}\b(?:died|killed|dead)\b)")),
    # "a shooting that injured a child", "striking a 4-year-old girl", "shot the gunman injuring
    # him" (a victim "struck" who is told dead later is the one who died: tolls.py)
    ("injured", re.compile(rf"(?<!fatally )(?<!mortally )\b(?:injuring|injured|wounding|wounded|striking|struck|hitting|hit|grazing|grazed)\s+(?P<one>(?:a|an|the|his|her|their)\s+{_ADJ}{_ONE}|him|her)\b(?!['’]s)(?![^.;]{{0,40}}\b(?:killing|killed|dead|fatally|died)\b(?!\s+(?:himself|herself)))", re.I)),
    # "The civilian suffered non-life threatening injuries", "His son suffered a gunshot wound"
    ("injured", re.compile(rf"\b(?P<one>[Aa]n?|[Aa]nother|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+{_ADJ}{_ONE}(?:,\s+\d{{1,3}},)?\s+(?:was\s+|is\s+|who\s+(?:had\s+|has\s+)?)?(?:also\s+)?(?:suffered|sustained|suffering|suffering from|treated for|recovering from|received)\s+{_WOUNDS}(?![^.;]{{0,100}}\b(?:died|dead)\b)")),
    # "Four people are recovering from injuries", "A 10-year-old is recovering after being shot"
    ("injured", re.compile(rf"\b(?:{NUMBER})\s+{_ADJ}{_WHO}\s+(?:are|were|is|was)\s+recovering\s+from\s+{_WOUNDS}", re.I)),
    ("injured", re.compile(rf"\b(?P<one>[Aa]n?|[Tt]he)\s+{_ADJ}{_ONE}\s+(?:is|was)\s+recovering\s+(?:after\s+being\s+(?:shot|stabbed|wounded)|from\s+{_WOUNDS})")),
    # "Four people are recovering after a shooting", "A man is recovering after a stabbing"
    ("injured", re.compile(rf"\b(?:{NUMBER}|(?P<one>[Aa]n?|[Tt]he)(?=\s+{_ADJ}{_ONE}\s))\s+{_ADJ}(?:{_WHO}|{_ONE})\s+(?:are|were|is|was)\s+recovering\s+(?:after|following)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:shooting|stabbing)\b", re.I)),
    ("injured", re.compile(rf"\b(?:{NUMBER})\s+injuries\b", re.I)),
    # "several enemy casualties"
    ("casualties", re.compile(rf"\b(?:{NUMBER})\s+{_ADJ}casualties\b", re.I)),
]  # fmt: skip
# "No one was killed", "no injuries were reported"
ZERO = re.compile(
    r"\b(?:no one|nobody|no one else|none)\s+(?:else\s+)?(?:was|were|has been|had been|is)\s+"
    r"(?P<verb>killed|hurt|injured|wounded)|\bno\s+(?:other\s+)?(?P<noun>injuries|deaths|casualties|"
    r"fatalities)\b",
    re.I,
)
HEDGE = re.compile(
    r"\b(?:could not (?:yet )?(?:be )?confirm\w*|unconfirmed|reportedly|may have|might have|"
    r"possibly|unclear (?:whether|if|how many)|not immediately clear|believed to(?! be (?:a|an|the)\b)|feared)\b",
    re.I,
)
TALLY = re.compile(
    r"\b[Ss]ince\s+(?:mid-|early |late )?[A-Z]\w+|\bto date\b|\bso far\b|\bthis year\b|\bin total\b|"
    # "kill dozens of minors each year", "80 people were killed in November alone"
    r"\b(?:each|every|per)\s+year\b|\bannually\b|\b[A-Z][a-z]+\s+alone\b|"
    r"\baltogether\b|\b\d+\s+times\b|\btally\b|\bsince the (?:start|beginning)\b|"
    # "Two men were killed ... in three separate shootings": a toll over several incidents
    r"\b(?:separate|unrelated|different|two|three|four|five|six|\d+)\s+"
    r"(?:\w+\s+){0,2}?(?:shootings|shooting incidents|incidents|attacks|stabbings|accidents)\b|"
    # "were among 11 people shot ... from Tuesday afternoon to early Wednesday", "over an
    # eight-hour stretch"
    r"\bamong\s+(?:at least\s+|more than\s+)?(?:\d+|[a-z]+)\s+(?:people|persons|victims)\s+shot\b|"
    r"\bover\s+(?:an?\s+)?[\w-]+(?:-hour|-day)\s+(?:stretch|span|period)\b|"
    # "in shootings across Chicago", "in citywide shootings", "in South Side shootings"
    r"\b(?:in|during)\s+(?:[\w-]+\s+){0,3}?shootings\s+(?:across|around|throughout)\b|"
    r"\bin\s+(?:weekend|overnight|citywide)\s+shootings\b|\bin\s+(?:[A-Z][\w-]*\s+){1,2}shootings\b",
)
# "mourning a teen who was killed in a previous shooting", "the wake of a person who died of
# natural causes", "a 14-year-old boy who was killed ... earlier in the day": one who died
# before, told of in a relative clause, is no victim of the event told (not "a teenager who
# was killed earlier this month": a follow-up's own event)
_WHO_DIED = re.compile(
    r"\bwho\s+(?:(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+){0,3}?(?:killed|murdered|slain)|"
    r"(?:had\s+)?died)\b",
    re.I,
)
_BEFORE_THEN = re.compile(
    r"[^.;]{0,80}?\b(?:(?:in|during)\s+(?:a|an)\s+(?:previous|earlier|prior|separate|unrelated)|"
    r"earlier\s+(?:in\s+the\s+day|that\s+day)|(?:days|weeks|months|years)\s+(?:earlier|before)|"
    r"natural\s+causes)\b",
    re.I,
)
# "three customers who weren't injured", "One victim was not hospitalized" (not "two bystanders
# not involved in the dispute were shot")
_NOT = re.compile(
    r"(?:\b(?:not|never)|n['’]t)\s+(?:been\s+)?(?:\w+ly\s+)?"
    r"(?:injured|hurt|wounded|shot|hit|struck|hospitali[sz]ed)\b",
    re.I,
)
_NEITHER = re.compile(r"\bneither\b[^.;]*$", re.I)
_WOULD_HAVE = re.compile(r"\b(?:could|would|might)\s+(?:\w+\s+)?have\s+(?:been\s+)?$", re.I)
_CLOCK = re.compile(r":\d\d|\s*[ap]\.?m\b|\s+o['’]clock", re.I)
_MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join(m.capitalize() for m in MONTHS)})\.?\s+$")
# "24 hours after 14 people were shot", "fired 30 rounds": a number of something else (not
# "a second man": an ordinal)
_MEASURE = re.compile(
    r"\s+(?:hours?|minutes?|seconds|second(?!\s+[\w-])|days?|weeks?|months?|years?|times|rounds|shots|bullets|"
    r"callers?|calls?|dispatchers?|operators?|"
    r"shell casings|casings|feet|foot|miles?|blocks?|yards?|percent|dollars)\b",
    re.I,
)
_AGE = re.compile(r"[-–]year|\s+(?:years?|yrs?\.?)\s+old|\s*-?\s*months?[-–]old", re.I)
_PARENT_OF = re.compile(
    r"\b(?:father|mother|dad|mom|parent|grandfather|grandmother)\s+of\s+$", re.I
)
# "four people were shot, one fatally": the fatal part of a number shot
# ("Five men were shot -- three of them fatally --")
FATAL_PART = re.compile(
    rf"(?:,|\s+(?:--|—|–))?\s*(?:and\s+)?(?P<part>{_N}|a|an)\s+(?:of (?:them|whom)\s*)?(?:,[^,.;]{{1,40}},\s+)?(?:(?:have|has|had)\s+(?:since\s+)?)?(?:fatally|died|was killed|were killed|dead|did not survive)\b"
    # "Seven people were shot, leaving one person dead"
    # "shot three other people in the apartment, killing one"
    r"|(?:\s+(?:in|at|on|inside|outside|near)\s+[^,.;]{1,40}?)?"
    rf",?\s+(?P<leaving>leaving\s+(?P<left>{_N}|a|an)\s+(?:{_WHO}\s+)?dead|"
    rf"killing\s+(?P<killing>{_N}|one)(?!\s+(?:other|others|more|additional)\b))\b",
    re.I,
)
# "was shot in the back and pronounced dead", "were each shot in the head and pronounced dead
# at the scene": the ones hit died in the same clause (not "was shot and another man died")
THEN_DIED = re.compile(
    r"(?:(?!\band\b|\bbut\b)[^.;]){0,80}?\s(?:and|but)\s+"
    r"(?:(?:(?:was|were)\s+)?(?:later\s+)?(?:pronounced|declared)\s+dead|(?:later\s+)?died)\b",
    re.I,
)
_SOURCE_NOUN = (
    r"police|officials|authorities|witnesses|sources|residents|medics|doctors|monitors|spokes(?:man|woman|person)|"
    r"ministry|military|army|statement|group|media reports|media"
)
_NAMEISH = rf"(?:[A-Z][\w.'’-]*|{_SOURCE_NOUN})"
ATTRIBUTION = [
    re.compile(rf"\baccording to (?:the )?(?P<who>(?:{_NAMEISH})(?:\s+(?:of\s+|and\s+|for\s+)?{_NAMEISH}){{0,5}})"),
    re.compile(rf"(?P<who>(?:\b{_NAMEISH})(?:\s+(?:and\s+|of\s+|for\s+)?{_NAMEISH}){{0,5}})(?:\s*\([^)]{{1,60}}\))?(?:,[^,]{{1,60}},)?\s+(?:confirmed|said|says|told|reported|announced|claimed)\b"),
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Figure:
    low: int | None
    best: int | None
    high: int | None


def parse_number(token: str) -> int | None:
    token = token.lower().replace(",", "").strip()
    if token.isdigit():
        return int(token)
    if token in _UNITS:
        return _UNITS[token]
    if token in ("his", "her", "their"):  # "fatally shot his wife": one person
        return 1
    parts = re.split(r"[- ]", token)
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (_UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


def _list_total(victims: str) -> int | None:
    """A list of victims, one by one: "His mother, grandmother and a friend" is three, "A, 20;
    B, 21; and a 3-year-old boy" three (an age is no one), "his wife and their two infant
    daughters" three, "six people, three men and three women" six (the parts of the first);
    None when a figure counts something else ("Four days after three men and a woman")."""
    figures = []
    for item in re.split(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+", victims.strip()):
        if not item or re.fullmatch(r"\d{1,3}", item):
            continue
        lead = re.match(rf"(?:(?:the|his|her|their)\s+)?(?P<n>{_N})\b", item, re.I)
        if lead and (_MEASURE.match(item, lead.end()) or _CLOCK.match(item, lead.end())):
            return None
        n = parse_number(lead["n"]) if lead and not _AGE.match(item, lead.end()) else None
        figures.append(n or 1)
    if len(figures) >= 3 and figures[0] == sum(figures[1:]):
        return figures[0]
    return sum(figures) if len(figures) >= 2 else None


_MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}


def _figure(m: re.Match[str]) -> _Figure | None:
    if m.groupdict().get("one") or m.groupdict().get("one2"):
        return _Figure(1, 1, 1)
    if m.groupdict().get("pair"):
        return _Figure(2, 2, None)
    if m.groupdict().get("both"):
        return _Figure(2, 2, 2)
    if m.groupdict().get("list"):
        listed = _list_total(m.group("list"))
        return None if listed is None else _Figure(listed, listed, listed)
    if m.groupdict().get("some"):
        return _Figure(1, 1, None)  # "a deadly shooting": one at least
    told = m.groupdict().get("ord") or m.groupdict().get("ord2")
    if told:
        return _Figure(_ORDINALS[told.lower()], _ORDINALS[told.lower()], None)
    if m.groupdict().get("multiple"):
        hit = _MULTIPLE[m.group("multiple").lower()]
        return _Figure(hit, hit, hit)
    vague = m.groupdict().get("vague")
    if vague:
        low, best, high = _VAGUE[vague.lower()]
        return _Figure(low, best, high)
    n = parse_number(m.group("num") or "")
    if n is None:
        return None
    n2 = parse_number(m.group("num2")) if m.groupdict().get("num2") else None
    if n2 is not None and n2 > n:
        return _Figure(n, None, n2)
    qual = (m.groupdict().get("qual") or "").lower()
    if qual in ("at least",):
        return _Figure(n, n, None)
    if qual in ("more than", "over"):
        return _Figure(n + 1, n + 1, None)
    if qual in ("up to", "as many as", "at most"):
        return _Figure(None, n, n)
    if qual in ("fewer than", "less than"):
        return _Figure(None, None, n - 1)
    if qual in ("nearly", "almost"):
        return _Figure(None, n, n)
    return _Figure(n, n, n) if not qual or qual == "an estimated" else _Figure(None, n, None)


# whom an active verb hit, told right after it ("a man fatally shot a woman")
_WHOM = (
    r"his|her|their|him|himself|herself|themselves|a|an|the|\d|"
    r"two|three|four|five|six|seven|eight|nine|ten"
)
_WHOM_AFTER = re.compile(rf"\s+(?:{_WHOM})\b", re.I)
# ... or where it was aimed ("shot into the crowd", "shot at the car")
_ACTIVE_AFTER = re.compile(rf"\s+(?:{_WHOM}|itself|at|into|up|back)\b", re.I)


# "were shot at.", "was shot at but not hit" (not "shot at a party": where it happened)
_SHOT_AT = re.compile(
    r"\s+at(?:\s*[.,;]|\s*$|\s+(?:but|by|and|while|when|from|multiple|several|repeatedly)\b)",
    re.I,
)


# "A man shot and killed his wife": the man did the shooting
_AND_HIT = re.compile(r"\s+and\s+(?:killed|wounded|injured)\b")


def _fired_or_active(sentence: str, m: re.Match[str]) -> bool:
    """ "fired one shot", "a man shot his daughter", "were shot at": "shot" that hit no one
    counted here (the victims, if any, are counted by the patterns that name them)."""
    said = m.group(0)
    if not re.search(r"\bshot$", said):
        return False
    if m.groupdict().get("who") is None and re.fullmatch(rf"(?:{NUMBER})\s+shot", said, re.I):
        return True  # "one shot": a shot, not a person
    if _SHOT_AT.match(sentence, m.end()):
        return True  # "three officers who responded were shot at": fired at, not hit
    passive = re.search(r"\b(?:was|were|been|is|are|got|being)\s+(?:\w+ly\s+)?shot$", said)
    also = _AND_HIT.match(sentence, m.end())
    end = also.end() if also else m.end()
    return not passive and _ACTIVE_AFTER.match(sentence, end) is not None


_A_YEARS = re.compile(r"\blast year\b|\b(?:in|for|of|during)\s+(?:19|20)\d\d\b", re.I)


def _years_toll(sentence: str, fig: _Figure) -> bool:
    """A toll of ten or more in a sentence about a year ("344 people were killed in the city
    last year", "figures for 2015 show"): a city's or a country's, not one incident's (an
    incident's own small toll may be dated by its year: "two men were killed in 2015")."""
    return (fig.best or fig.low or 0) >= 10 and _A_YEARS.search(sentence) is not None


def _not_people(sentence: str, m: re.Match[str]) -> bool:
    """The match's figure (its "num") counts something else than people: a flat's number
    ("Garden Way #9 ... was also injured"), an age ("killed 13-year-old Eddie"), a time ("killed
    around 4:30 p.m.", a video's "0:50 One dead"), a year or an emergency number ("the murder of
    2015", "who called 911 was wounded"), a day ("on Oct. 18 Jose Estrada was fatally wounded"),
    a parent's children ("Father of 3 fatally shot", not "mother of a 5-year-old girl who was
    killed": the girl), a name's number ("an AK-47 were found dead") or a measure ("24 hours
    after ...")."""
    num = m.groupdict().get("num")
    if not num:
        return False
    start, end = m.start("num"), m.end("num")
    before = sentence[:start]
    return bool(
        sentence[max(0, start - 1)] == "#"
        or _AGE.match(sentence, end)
        or _CLOCK.match(sentence, end)
        or re.search(r"\d:(?:\d\d\s+)?$", before)
        or re.fullmatch(r"(?:19|20)\d\d|911", num)
        or _MONTH_BEFORE.search(sentence, 0, start)
        or (num.lower() not in ("a", "an") and _PARENT_OF.search(sentence, 0, start))
        or re.search(r"\w-$", before)
        or _MEASURE.match(sentence, end)
    )


def _killer(sentence: str, m: re.Match[str]) -> bool:
    """ "A man shot and killed his wife", "Two gunmen killed three people": the people named
    before an active "killed" did the killing (the victims, if any, are counted by the patterns
    that name them)."""
    said = m.group(0)
    if not re.search(
        r"(?i)\b(?:killed|murdered|shot dead|stabbed to death|beaten to death|"
        r"fatally (?:shot|stabbed|wounded))$",
        said,
    ):
        return False
    if re.search(
        r"(?i)\b(?:was|were|been|is|are|got|being)\s+(?:found\s+)?(?:\w+ly\s+)?"
        r"(?:shot\s+and\s+)?\S+(?:\s+dead)?$",
        said,
    ):
        return False  # "were found shot dead at their home": the dead
    if re.search(r"(?i)\bfatally \S+$", said):
        # "a man fatally shot a woman" (not "two victims fatally shot at a car wash")
        return _WHOM_AFTER.match(sentence, m.end()) is not None
    return _ACTIVE_AFTER.match(sentence, m.end()) is not None


def _attribution(sentence: str, possible: Sequence[bool]) -> str | None:
    for pattern, can in zip(ATTRIBUTION, possible, strict=True):
        if not can:
            continue
        m = pattern.search(sentence)
        if m:
            return re.sub(r"^The\s+", "", m.group("who").strip().rstrip("."))
    return None


_CASUALTY_WORD = re.compile(
    r"kill|dead|die|slain|wound|injur|hurt|shot|shoot|hospital|trauma|medical|stab|casualt|lives|"
    r"treated|condition|recover|deceased|succumb|bod(?:y|ies)|"
    r"life|murder|toll|"
    r"death|fatal|gunshot|perish|bullet|struck|striking|\bhit\b|hitting|grazed|homicide|\bno(?:ne|body)?\b|"
    r"passed away|survive|\bsave\b|\bclaimed\s+(?:a|the|its)\s+\w+\s+victim",
    re.I,
)


# a pair told by one word: "his parents", "their twins"
_A_PAIR = re.compile(r"(?:his|her|their)\s+(?:grand)?parents|(?:his|her|their)\s+twins", re.I)
# the pairs ("a man and a woman were shot") need an "and", a list of victims a "were" too
_AND = re.compile(r"\sand\s", re.I)
_PLURAL_BE = re.compile(r"\b(?:were|been|are|died)\b", re.I)


# A pattern runs only in sentences holding one of the fixed words it needs (see
# ``eventwire.prefilter``): the same matches at a fraction of the cost. (This replaced a
# coarser gate, one list of words per field.)
_SENTENCE_WIDE = (SUBJECTS, COMPOUND, OBJECTS, HEDGE, TALLY)
_PREFILTER = Prefilter([*_SENTENCE_WIDE, *ATTRIBUTION, *(p for _, p in PATTERNS)])
_ATTRIBUTED = len(_SENTENCE_WIDE)  # where the attribution patterns' answers start
_OWN = _ATTRIBUTED + len(ATTRIBUTION)  # where the field patterns' answers start


def find_counts(text: str) -> list[Count]:
    """Casualty figures in ``text``, in reading order, each with its sentence's context."""
    counts: list[Count] = []
    for offset, end in sentence_spans(text):
        sentence = text[offset:end]
        if not _CASUALTY_WORD.search(sentence):
            continue  # most sentences name no casualty: the patterns below need one of these
        possible = _PREFILTER.possible(sentence)
        subjects, compound, objects, hedge, tally_ = possible[:_ATTRIBUTED]
        hedged = hedge and HEDGE.search(sentence) is not None
        tally = tally_ and TALLY.search(sentence) is not None
        who = _attribution(sentence, possible[_ATTRIBUTED:_OWN])
        taken: list[tuple[int, int]] = []
        has_and = _AND.search(sentence)
        listed = has_and and _PLURAL_BE.search(sentence)
        for m in SUBJECTS.finditer(sentence) if listed and subjects else ():
            n = _list_total(m.group("list"))
            if n is None:
                continue
            fatal = re.search(r"\b(?:fatally|mortally)\s+\S+$", m.group(0), re.I)
            kill = fatal or re.match(_KILL_VERB, m.group("verb"), re.I)
            field = "killed" if kill or THEN_DIED.match(sentence, m.end()) else "injured"
            taken.append((m.start(), m.end()))
            counts.append(Count(field=field, low=n, best=n, high=n, start=offset + m.start(),
                                end=offset + m.end(), text=m.group(0), attributed_to=who,
                                hedged=hedged, tally=tally, extractor=EXTRACTOR))  # fmt: skip
        pairs = (
            (
                *(COMPOUND.finditer(sentence) if compound else ()),
                *(OBJECTS.finditer(sentence) if objects else ()),
            )
            if has_and
            else ()
        )
        for m in pairs:
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            values: list[int | None] = []
            for part in (m.group("first"), m.group("second")):
                lead = _LEAD_NUMBER.match(part)
                if lead is None and re.fullmatch(
                    rf"(?:[A-Z][a-z]+['’]s\s+)?{_ONE}|he|she|himself|herself", part, re.I
                ):
                    # "the man and woman", "she and three others", "his two children and
                    # himself"
                    values.append(1)
                elif lead is None and _A_PAIR.fullmatch(part):
                    values.append(2)  # "his parents and three younger siblings"
                elif lead and (_CLOCK.match(part, lead.end()) or _MEASURE.match(part, lead.end())):
                    values.append(None)  # "at 9:28 PM that a male and female": a time
                elif lead and _AGE.match(part, lead.end()):
                    values.append(1)  # "his 11-year-old son", "3-year-old child": one person
                elif lead and not _AGE.match(part, lead.end()):  # "a 13-year-old": one person
                    # "the man", "his 11-year-old son": one; "his two sons": two
                    word = re.sub(r"(?i)^(?:the|his|her|their)\b\s*", "", lead.group(0))
                    values.append(parse_number(word) if word else 1)
            if len(values) != 2 or None in values:
                continue
            n = sum(v for v in values if v is not None)
            fatal = re.search(r"\b(?:fatally|mortally)\s+\S+$", m.group(0), re.I) or re.search(
                r"(?i)fatally|to death|killing", m.group("verb")
            )
            kill = fatal or re.match(_KILL_VERB, m.group("verb"), re.I)
            field = "killed" if kill or THEN_DIED.match(sentence, m.end()) else "injured"
            taken.append((m.start(), m.end()))
            counts.append(Count(field=field, low=n, best=n, high=n, start=offset + m.start(),
                                end=offset + m.end(), text=m.group(0), attributed_to=who,
                                hedged=hedged, tally=tally, extractor=EXTRACTOR))  # fmt: skip
        for (field, pattern), can in zip(PATTERNS, possible[_OWN:], strict=True):
            if not can:
                continue  # the sentence lacks the words this pattern needs
            for m in pattern.finditer(sentence):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                if sentence[max(0, m.start() - 3) : m.start()].lower() == "no ":
                    continue  # "no one was injured" is the explicit zero below
                if _WOULD_HAVE.search(sentence, max(0, m.start() - 30), m.start()):
                    continue  # "it could easily have killed her": what did not happen
                if field == "injured" and _NOT.search(m.group(0)):
                    continue  # "three customers who weren't injured" (not "did not survive")
                if _NEITHER.search(sentence, max(0, m.start() - 40), m.start()):
                    continue  # "Neither the driver or the other passenger was injured"
                if _not_people(sentence, m):
                    continue
                if field == "injured" and _fired_or_active(sentence, m):
                    continue
                if field == "killed" and _killer(sentence, m):
                    continue
                fig = _figure(m)
                if fig is None:
                    continue
                taken.append((m.start(), m.end()))
                fatal = FATAL_PART.match(sentence, m.end()) if field == "injured" else None
                if field == "injured" and not fatal and THEN_DIED.match(sentence, m.end()):
                    field = "killed"
                shot = re.search(r"(?i)\b(?:shot|shooting|hit|struck)\b", m.group(0))
                if fatal and fig.best is not None and shot:
                    part = "part" if fatal.group("part") else "leaving"
                    told_dead = fatal.group("part") or fatal.group("left") or fatal.group("killing")
                    dead = parse_number(told_dead) or 0
                    fig = _Figure(fig.best - dead, fig.best - dead, fig.best - dead)
                    told = (fatal.start(part), fatal.end())
                    if not any(told[0] < e and s < told[1] for s, e in taken):
                        taken.append(told)  # (a dead figure counted already stands once)
                        counts.append(Count(field="killed", low=dead, best=dead, high=dead,
                                            start=offset + told[0], end=offset + told[1],
                                            text=sentence[told[0] : told[1]],
                                            attributed_to=who, hedged=hedged, tally=tally,
                                            extractor=EXTRACTOR))  # fmt: skip
                surface = m.group(0).rstrip()
                before_then = bool(_WHO_DIED.search(surface)) and bool(
                    _BEFORE_THEN.match(sentence, m.end())
                )
                counts.append(Count(field=field, low=fig.low, best=fig.best, high=fig.high,
                                    start=offset + m.start(), end=offset + m.start() + len(surface),
                                    text=surface, attributed_to=who, hedged=hedged,
                                    tally=tally or before_then or _years_toll(sentence, fig),
                                    extractor=EXTRACTOR))  # fmt: skip
        for m in ZERO.finditer(sentence):
            word = (m.group("verb") or m.group("noun") or "").lower()
            field = "killed" if word in ("killed", "deaths", "fatalities") else (
                "casualties" if word == "casualties" else "injured")  # fmt: skip
            counts.append(Count(field=field, low=0, best=0, high=0, start=offset + m.start(),
                                end=offset + m.end(), text=m.group(0), attributed_to=who,
                                hedged=hedged, tally=tally, extractor=EXTRACTOR))  # fmt: skip
    return sorted(counts, key=lambda c: c.start)
