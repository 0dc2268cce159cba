"""The fixed text a regular expression cannot match without, read from the expression itself.

A casualty pattern such as ``\\b(?:at least\\s+)?(?P<num>\\d+)\\s+(?:were|was)\\s+(?:shot|hurt)``
is tried by the regex engine at every position of a sentence, because it starts with a word
boundary the engine cannot jump to. Yet no match is possible unless the sentence contains
"shot" or "hurt". ``needed`` finds such words in the parsed expression (one of them must occur
in any match), and ``Prefilter`` tests them on the folded sentence with substring searches,
which are much cheaper than the regex: a pattern is run only where it can match, so the matches
are exactly those the pattern gives alone.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

# The regex parser of the standard library (``sre_parse`` before Python 3.11, which warns now).
_parser: Any = importlib.import_module("re._parser")
_op: Any = importlib.import_module("re._constants")

# Characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter, and that
# ``str.lower`` does not turn into it (a test checks this table against every code point).
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """``text`` as ``Prefilter`` reads it: lower case, the few letters ``re.IGNORECASE``
    equates to an ASCII letter made that letter."""
    return text.translate(_TO_ASCII).lower()


class Prefilter:
    """Which of several patterns can match a text: each needs one of its words (``needed``),
    and the words of all of them are looked up in the text once."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.needs = [needed(pattern) for pattern in patterns]
        self._words = sorted({w for words in self.needs if words for w in words})

    def possible(self, text: str) -> list[bool]:
        """Per pattern, in order: False only when ``text`` holds none of the words it needs,
        so that it cannot match there."""
        folded = fold(text)
        present = {w for w in self._words if w in folded}
        return [words is None or not words.isdisjoint(present) for words in self.needs]


def needed(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings, one of which every match of ``pattern`` contains (whatever its
    flags), or None when nothing fixed is needed. Of the choices the expression offers (each
    run of literal characters, each group or alternation that needs one), the most selective
    is taken: the longest shortest word, then the fewest words."""
    return _sequence(_parser.parse(pattern.pattern, pattern.flags))


def _sequence(items: Any) -> frozenset[str] | None:
    choices: list[frozenset[str]] = []
    run = ""
    for op, arg in items:
        if op is _op.LITERAL and arg < 0x80:
            run += chr(arg).lower()
            continue
        if op is _op.AT:
            continue  # a boundary takes no character: "killed\\b" still needs "killed"
        if run:
            choices.append(frozenset([run]))
            run = ""
        need: frozenset[str] | None = None
        if op is _op.SUBPATTERN:
            need = _sequence(arg[3])
        elif op is _op.ATOMIC_GROUP:
            need = _sequence(arg)
        elif op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT) and arg[0] >= 1:
            need = _sequence(arg[2])
        elif op is _op.BRANCH:
            options = [_sequence(branch) for branch in arg[1]]
            if all(options):
                need = frozenset().union(*options)  # type: ignore[arg-type]
        # anything else (a class, any character, a look-around, a back-reference) needs no
        # fixed text here
        if need:
            choices.append(need)
    if run:
        choices.append(frozenset([run]))
    if not choices:
        return None
    return max(map(_shortest, choices), key=lambda words: (min(map(len, words)), -len(words)))


def _shortest(words: frozenset[str]) -> frozenset[str]:
    """Without the words that contain another ("christmas day" holds "christmas")."""
    return frozenset(w for w in words if not any(o != w and o in w for o in words))
