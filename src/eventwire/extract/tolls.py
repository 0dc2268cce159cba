"""An incident's toll from the casualty figures of the clauses that tell it.

The figures of one story overlap: a lead's total, then each victim; "a man was hurt ... three
other people were shot" adds up; "seven people were shot" includes the two who died. The rules,
in order:

1. firm figures before hedged ones, a total before the condition of some ("six wounded"
   before "two are in critical condition"), and a figure for several people before one for a
   single victim (the lead's total, not the first victim the story describes), and any
   figure before "no one else" (none besides those told);
2. a figure for "other" or "additional" people adds the figure told just before it ("two men
   were in critical condition and two others injured": four); one more dead told "also
   killed", one more hurt told by name "was also shot", or one more hurt told after "and" in
   the same sentence ("a boy was shot in the arm and a woman was shot in the back") adds to
   the toll;
3. people "shot" include the dead: injured = shot - killed (0 when as many died as were shot),
   when the deaths are told apart; when none of them is left hurt, a hurt figure told before
   them stands ("Two men died and a boy was wounded ... Two men were shot");
4. the one victim "shot" in a story of deaths is one who died, not also injured; so is the one
   found "with a gunshot wound", "the victim" who "suffered a gunshot wound", the one told of
   by a pronoun ("He was rushed to the hospital"), or the one named by the death too ("Isis
   was struck" beside "fatally shooting Isis Allen"), unless the two are told with different
   ages;
5. a shooter who killed himself after killing others ("shot and killed his wife before
   killing himself") is one more dead, and not one of the people he shot (rule 3);
6. a "murder-suicide" is two dead at least: a story that counts one dead (the victim, or the
   shooter) in one is two; the word alone stands for two when no other figure is told.

Each rule that changes a figure says so in the incident's reasoning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from eventwire.extract.counts import PERSON
from eventwire.records import Count

_OTHER = re.compile(r"\b(?:other|others|another|additional|more)\b", re.I)
_PRONOUN = re.compile(r"(?:he|she)\b", re.I)
_ALSO = re.compile(r"\balso\b", re.I)
_ELSE = re.compile(r"\belse\b", re.I)
# what joins two victims told one by one in a sentence: "... shot in the back, and"
_AND_THEN_ANOTHER = re.compile(r"[^.;!?\n]{0,60}?(?:,\s*|\s+)and\s+(?:then\s+)?$", re.I)
_AND_OTHERS = re.compile(r"\sand\s+(?:\w+\s+)?(?:other|others|another)\b", re.I)
_HIT_ONLY = re.compile(r"\bshot\b|\bshooting\b|\bstr(?:uck|iking)\b|\bhit(?:ting)?\b|\bgraz", re.I)
_HURT_WORD = re.compile(r"wound|injur|hurt|hospital|treated|condition", re.I)
_CONDITION = re.compile(r"\bcondition\b", re.I)
_GUNSHOT_WOUND = r"(?:an?\s+)?(?:(?:single|apparent)\s+)?(?:gunshot|gun shot|bullet)\s+wounds?\b"
_FOUND_WOUNDED = re.compile(rf"\b(?:with|suffering from)\s+{_GUNSHOT_WOUND}", re.I)
# "the victim suffered a gunshot wound": the victim told before (not "A fourth man suffered",
# "The second man suffered": another one)
_THE_ONE_WOUNDED = re.compile(
    r"(?:the(?!\s+(?:other|second|third|fourth|fifth|sixth|next|last)\b)|he|she)\b[^.;]{0,40}?"
    rf"\b(?:suffered|sustained)\s+(?:from\s+)?{_GUNSHOT_WOUND}",
    re.I,
)
# a victim told by name: "Jonquezz Newbill, 2, was also shot" (not "The boy", "Police")
_NAMED_ONE = re.compile(PERSON)
_NEAR = 250  # characters: "others" are others than a figure told this close before
# the shooter's own death: "killing himself", "took his own life", "and then herself"
_SELF = re.compile(r"\b(?:him|her)self\b|\bown life\b", re.I)
# the shooter's victims told as what he did: "shot and killed his wife", "killing two people"
_KILLED_BY_HIM = re.compile(
    r"(?:shot and killed|killed|killing|fatally (?:shot|shooting|stabbed|stabbing)|"
    r"stabbed and killed)\s|"
    # "shot his 1-year-old daughter dead"
    r"shot\s+(?:his|her|their)\s+[^.;]{0,40}?\s+(?:dead|to death)\b",
    re.I,
)
_MURDER_SUICIDE = re.compile(r"murder[- ]suicide", re.I)
# "three dead, including the gunman" (not "killing four, including his ex-wife": his victims)
_INCLUDING = re.compile(
    r"[^.;]{0,40}\b(?:including|among them|one of them)\s+(?:(?:was|is)\s+)?(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:gunman|shooter|suspect|attacker|killer|assailant)\b",
    re.I,
)


def _usable(counts: Sequence[Count]) -> list[Count]:
    usable = [c for c in counts if not c.tally and c.best is not None]
    return [c for c in usable if not c.hedged] or usable


def pick(counts: Sequence[Count]) -> Count | None:
    """Rule 1: the figure that stands for the incident."""
    usable = _usable(counts)
    told = [c for c in usable if not _MURDER_SUICIDE.fullmatch(c.text)]
    usable = told or usable  # "a murder-suicide" only when nothing else is counted (rule 6)
    # "two are in critical condition": how some of the hurt are, after or before the total
    # (not "three other shooting victims are in stable condition": others than those told)
    total = [c for c in usable if not _CONDITION.search(c.text) or _OTHER.search(c.text)]
    usable = total or usable
    # "No one else was injured" after "The boy is in stable condition": none besides him
    usable = [c for c in usable if c.best or not _ELSE.search(c.text)] or usable
    several = [c for c in usable if c.best != 1]
    chosen = several or usable
    return chosen[0] if chosen else None


class Toll(NamedTuple):
    figure: Count | None
    note: str | None  # the rule that changed the figure, when one did
    shooter: bool = False  # rule 5: the figure counts the shooter beside his victims


def toll(counts: Sequence[Count], text: str) -> Toll:
    """The figure for one field with rules 2, 5 and 6 applied, and the reasoning when one did."""
    chosen, note = _others_added(counts, text)
    if note is None:
        chosen, note = _also_told_added(chosen, counts, text)
    if note is None:
        chosen, note = _shooter_added(chosen, counts, text)
        if note is not None:
            return Toll(chosen, note, shooter=True)
    if note is None:
        chosen, note = _pair_of_murder_suicide(chosen, counts)
    return Toll(chosen, note)


def _plus(count: Count, n: int) -> Count:
    """The figure with ``n`` more people in its low, best and high."""

    def more(x: int | None) -> int | None:
        return None if x is None else x + n

    return replace(count, low=more(count.low), best=more(count.best), high=more(count.high))


def _also_told_added(
    chosen: Count | None, counts: Sequence[Count], text: str
) -> tuple[Count | None, str | None]:
    """Rule 2 for the dead told one by one: "Kenneth Doe ... was shot and killed. ... German
    Doe, a customer, was also killed" is two dead (not "He was also shot": the same one); for
    the hurt told by name: "Tim Doe, 36, was shot ... Jon Roe, 2, was also shot" is two (not
    "The boy was also hit in the leg": the one told before); and for one more hurt told after
    "and" in the same sentence: "A 5-year-old boy was shot in the arm and a 20-year-old woman
    was shot in the back" is two."""
    if chosen is None or chosen.field not in ("killed", "injured") or chosen.best != 1:
        return chosen, None  # "Two people were killed ... X was also pronounced dead": of them
    later = [c for c in _usable(counts)
             if c.start >= chosen.end and c.best == 1 and not _PRONOUN.match(c.text)]  # fmt: skip
    also = [c for c in later if c.start > chosen.end and _ALSO.search(c.text)
            and (chosen.field == "killed" or _NAMED_ONE.match(c.text))]  # fmt: skip
    if not also and chosen.field == "injured":
        also = [c for c in later if _AND_THEN_ANOTHER.fullmatch(text, chosen.end, c.start)][:1]
    if not also:
        return chosen, None
    added = _plus(chosen, len(also))
    told = " and ".join(repr(c.text) for c in also)
    what = "dead" if chosen.field == "killed" else "hurt"
    return added, f"{chosen.text!r} and {told}: {added.best} {what}"


def _pair_of_murder_suicide(
    chosen: Count | None, counts: Sequence[Count]
) -> tuple[Count | None, str | None]:
    """Rule 6: one dead told in a murder-suicide is two: the victim and the shooter."""
    if chosen is None or chosen.field != "killed" or chosen.best != 1:
        return chosen, None
    pair = next((c for c in _usable(counts) if _MURDER_SUICIDE.fullmatch(c.text)), None)
    if pair is None:
        return chosen, None
    two = replace(chosen, low=2, best=2, high=None if chosen.high is None else max(chosen.high, 2))
    return two, f"{chosen.text!r} in a {pair.text!r}: the victim and the shooter, 2 dead"


def _shooter_added(
    chosen: Count | None, counts: Sequence[Count], text: str
) -> tuple[Count | None, str | None]:
    """Rule 5: "shot and killed his wife and two children before killing himself" is four dead
    (not when the figure counts him already: "three dead, including the gunman")."""
    if chosen is None or chosen.field != "killed" or chosen.best is None:
        return chosen, None
    if _SELF.search(chosen.text) or _INCLUDING.match(text, chosen.end):
        return chosen, None
    if not _KILLED_BY_HIM.match(chosen.text):
        return chosen, None  # "a soldier and his daughter were found dead": him among them
    himself = next((c for c in _usable(counts) if _SELF.search(c.text) and c.best == 1), None)
    if himself is None:
        return chosen, None
    added = _plus(chosen, 1)
    return added, f"{chosen.text!r} and {himself.text!r}: {added.best} dead with the shooter"


def _others_added(counts: Sequence[Count], text: str) -> tuple[Count | None, str | None]:
    """Rules 1 and 2: the figure that stands for the incident, "others" added to the one before."""
    chosen = pick(counts)
    if chosen is None or not _OTHER.search(chosen.text):
        return chosen, None
    if _AND_OTHERS.search(chosen.text):
        return chosen, None  # "The man and three other people were shot": four already
    before = [c for c in _usable(counts) if c.end <= chosen.start
              and chosen.start - c.end <= _NEAR and not _OTHER.search(c.text)]  # fmt: skip
    if not before or chosen.best is None or before[-1].best is None:
        return chosen, None
    first = before[-1]

    def add(a: int | None, b: int | None) -> int | None:
        return None if a is None or b is None else a + b

    summed = replace(
        chosen,
        low=add(first.low, chosen.low),
        best=add(first.best, chosen.best),
        high=add(first.high, chosen.high),
        start=first.start,
        text=text[first.start : chosen.end],
    )
    return summed, f"{first.text!r} and {chosen.text!r} add up to {summed.best}"


_SUBJECT = re.compile(
    r"(?:(?:a|an|the)\s+)?(?P<who>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?:was|had|has|is)\b", re.I
)


def _same_victim(injured: Count, killed: Count) -> bool:
    """The one hurt is told by a name or a description the death names too ("Isis was struck"
    and "fatally shooting Isis Allen", "A 16-year-old boy was critically wounded" and "A
    16-year-old boy who was critically wounded ... died")."""
    m = _SUBJECT.match(injured.text)
    who = m["who"] if m else ""
    return len(who) >= 4 and re.search(rf"\b{re.escape(who)}\b", killed.text, re.I) is not None


_AGE = re.compile(r"\b(\d{1,3})(?:-year-old|\s+years?\s+old)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s")


def _other_age(injured: Count, killed: Count) -> bool:
    """The one hurt and the dead are told with different ages ("a 56-year-old who had been
    shot in the leg" and "A 7-year-old girl was killed"): two people."""
    a, b = _AGE.search(injured.text), _AGE.search(killed.text)
    return a is not None and b is not None and a.group(1) != b.group(1)


def hurt_told_before_the_dead(
    told: Count | None,
    apart: Count | None,
    killed: Count | None,
    counts: Sequence[Count],
    text: str,
    shooter: bool = False,
) -> tuple[Count, str] | None:
    """Rule 3's other side: when the people ``told`` shot were all the dead (``apart`` left none
    of them hurt: "Two men died and a 3-year-old boy was wounded ... Two men were shot"), the
    hurt figure of ``counts`` told before them stands, apart from the dead."""
    if told is None or not told.best or apart is None or apart.best != 0 or killed is None:
        return None
    before = [c for c in counts if c.field == "injured" and c is not told and c.start < told.start]
    other, _ = injured_apart_from_killed(toll(before, text).figure, killed, text, shooter)
    if other is None or not other.best:
        return None
    return other, f"{told.text!r} were the {killed.best} killed; {other.text!r} are hurt"


def injured_apart_from_killed(
    injured: Count | None, killed: Count | None, text: str = "", shooter: bool = False
) -> tuple[Count | None, str | None]:
    """Rules 3 and 4: the injured without the dead (``text``: the article the figures' spans
    are in; ``shooter``: ``killed`` counts the shooter, who is not among the people he shot)."""
    if injured is None or killed is None or not killed.best or injured.best is None:
        return injured, None
    right_after = injured.start <= killed.start <= injured.end + 8
    if (
        right_after
        and not _SELF.search(killed.text)
        and not _SENTENCE_END.search(text, injured.end, killed.start)
    ):
        # "four people were shot, one fatally": already apart (not "shot her son and then
        # herself": the shooter's death; not "shot a friend. A man was declared dead": the
        # next sentence)
        return injured, None
    if injured.best == 1 and _same_victim(injured, killed):
        return None, f"{injured.text!r} is the victim who died ({killed.text!r})"
    if (
        _OTHER.search(injured.text)
        or _ALSO.search(injured.text)
        or (injured.best == 1 and _other_age(injured, killed))
    ):
        # "five others shot", "the mother was also shot", a 56-year-old shot beside a
        # 7-year-old killed: the dead are not among them
        return injured, None
    hit_only = _HIT_ONLY.search(injured.text) and not _HURT_WORD.search(injured.text)
    # "found a 19-year-old with a gunshot wound ... he was pronounced deceased": the one found
    # wounded is the one who died
    unwounded = _FOUND_WOUNDED.sub("", injured.text)
    found_wounded = unwounded != injured.text and not _HURT_WORD.search(unwounded)
    # "He was rushed to the hospital ... He later died": the one told of by a pronoun is the
    # victim the story told of before
    told_before = (
        _PRONOUN.match(injured.text) is not None or _THE_ONE_WOUNDED.match(injured.text) is not None
    )
    if injured.best == 1 and (hit_only or found_wounded or told_before):
        return None, f"{injured.text!r} is the victim who died"
    dead = killed.best - shooter  # "shot six people, killing four, then himself": four of six
    if hit_only and injured.best >= dead:
        # "a woman and a boy had been shot" and "a mother and son were found fatally shot":
        # the same two, none left injured
        rest = injured.best - dead
        apart = replace(
            injured,
            low=None if injured.low is None else max(injured.low - dead, 0),
            best=rest,
            high=None if injured.high is None else injured.high - dead,
        )
        return apart, f"{injured.text!r} includes the {dead} killed: {rest} injured"
    return injured, None
