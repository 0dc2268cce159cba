"""The prefilter must never skip a pattern on text the pattern matches: the words it reads out
of an expression are needed by every match, and folding equates what ``re.IGNORECASE`` does."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.clean.patterns import DATE_FORMS
from eventwire.extract import counts, dates, events
from eventwire.extract.actors import load_actors
from eventwire.prefilter import Prefilter, fold, needed


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(?i)\b(?:were|was)\s+(?:shot|hurt)\b", {"shot", "hurt"}),
        (r"\b(?:at least\s+)?\d+\s+(?:people\s+)?dead\b", {"dead"}),
        (r"\d+\s+\w+", None),  # nothing fixed
        (r"(?:killed|)\s+by", {"by"}),  # an empty choice needs nothing: the literal after does
        (r"[Ss]hot dead", {"hot dead"}),  # a class is no fixed letter
        (r"Christmas(?: Day)?|Christmas Eve", {"christmas"}),  # "christmas eve" holds it
        (r"(?i)(?-i:Monday) nights?", {"monday"}),  # folded: the case is not read
        (r"O’Neil was hurt", {"neil was hurt"}),  # a letter outside ASCII ends a run
        (r"(?:a|an|one)\s+(?:man|woman)", {"man"}),  # the longest shortest word wins
        (r"(?=shot)\w+", None),  # a look-ahead takes no text of the match's own
    ],
)
def test_needed_reads_the_fixed_words_of_an_expression(
    pattern: str, words: set[str] | None
) -> None:
    assert needed(re.compile(pattern)) == (None if words is None else frozenset(words))


def test_fold_equates_every_letter_ignorecase_equates_to_ascii() -> None:
    """Beyond ``str.lower``, ``re.IGNORECASE`` matches "ſ" to "s", "ı" and "İ" to "i" and
    the Kelvin sign to "k": every such code point must fold to its ASCII letter."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x80, 0x110000):
        c = chr(code)
        if letter.fullmatch(c):
            assert fold(c) == next(
                a for a in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(a, c, re.I)
            )


def test_prefilter_skips_only_patterns_whose_words_are_missing() -> None:
    shot = re.compile(r"(?i)\b(?:was|were)\s+shot\b")
    died = re.compile(r"\bdied\b")
    anything = re.compile(r"\w+")
    prefilter = Prefilter([shot, died, anything])
    assert needed(shot) == {"shot"}
    assert prefilter.possible("Two men were SHOT.") == [True, False, True]
    assert shot.search("Two men were ſhot.")  # the long s is an s to the regex
    assert prefilter.possible("Two men were ſhot.") == [True, False, True]
    assert prefilter.possible("One man was hurt; he died.") == [False, True, True]


_PATTERNS = [p for _, p in counts.PATTERNS] + [
    counts.SUBJECTS, counts.COMPOUND, counts.OBJECTS, counts.HEDGE, counts.TALLY,
    *counts.ATTRIBUTION, *(rule.pattern for rule in dates.RULES), *DATE_FORMS, events._TRIGGER,
    *(pattern for pattern, _ in load_actors(())._forces),
]  # fmt: skip


@pytest.mark.parametrize("pattern", _PATTERNS, ids=lambda p: p.pattern[:40])
def test_every_gated_pattern_keeps_every_match(pattern: re.Pattern[str]) -> None:
    """Texts generated to match each pattern the casualty and date rules gate: none skipped."""
    prefilter = Prefilter([pattern])

    @settings(max_examples=10, deadline=None, derandomize=True,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(st.from_regex(pattern))
    def check(text: str) -> None:
        if pattern.search(text):
            assert prefilter.possible(text) == [True], text

    check()
