"""Name keys that make spellings of one place meet: case, diacritics, apostrophes, hyphens and
the Arabic article (al-/as-/ash-/ad-/el-...) do not count; a consonant skeleton meets
transliteration variants (Deir ez-Zor / Dayr az Zawr, Kataib / Kataeb)."""

from __future__ import annotations

import re
import unicodedata

# Abbreviated words of place names: "St. Joseph", "Ft. Myers", "Mt. Vernon"
ABBREVIATED = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
_ARTICLE = re.compile(r"^(?:al|el|as|ash|ad|ar|an|az|at|adh|ath|ad|ul) ")
_ARTICLE_INNER = re.compile(r" (?:al|el|as|ash|ad|ar|an|az|at|adh|ath|ez|es|ed|er|en|et|ul) ")
_QUOTES = re.compile(r"[’'‘`ʿʾ′]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_VOWELS = re.compile(r"(?<=\w)[aeiouyw]+")


def name_key(name: str) -> str:
    """The exact key: 'Al-Qa'im', 'al Qaim' and 'Qā’im' all give 'qaim'."""
    text = name.lower()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _NON_WORD.sub(" ", _QUOTES.sub("", text)).strip()
    return _ARTICLE.sub("", text)


def skeleton_of_key(key: str) -> str:
    """The loose key of an exact key: no articles anywhere, no vowels after a word's first
    letter."""
    return _VOWELS.sub("", _ARTICLE_INNER.sub(" ", f" {key} ")).strip()


def skeleton_key(name: str) -> str:
    return skeleton_of_key(name_key(name))


def is_latin(name: str) -> bool:
    """Whether a name is written in Latin letters (after removing diacritics)."""
    if name.isascii():
        return True
    text = unicodedata.normalize("NFKD", name)
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in text)
