"""Actors: who acted and who was targeted, as canonical names from the actor dictionary.

Three sources, most trusted first: the dictionary's names and aliases (``data/actors.tsv`` plus
user files); aliases the article itself teaches ("Popular Mobilization Forces (PMF, or Hashd
al-Shaabi)", "PMF [Popular Mobilization Forces, or Hashd al-Shaabi]", "..., also known as ...");
and a state's forces named by the country word before a force or weapon word ("US warplanes",
"Israeli airstrike", "American overnight airstrikes"). Transliteration variants meet through the
name keys the gazetteer uses (Kataib/Kataeb, Hizballah/Hezbollah). Anything else keeps the
surface name the text gives ("Iran-backed militias").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from eventwire.data import read_table
from eventwire.errors import InputError
from eventwire.extract.spans import longest_first
from eventwire.geo.names import name_key, skeleton_key
from eventwire.prefilter import Prefilter
from eventwire.records import Actor, ActorRef

EXTRACTOR = "actors.dictionary.v1"
COLUMNS = ("name", "aliases", "inter", "country_code", "parent", "forces_of")

_FORCE_WORD = (
    r"(?:\w+\s+){0,2}?(?:warplanes?|fighter jets?|jets?|aircraft|drones?|gunships?|helicopters?|"
    r"forces|troops|soldiers|military|army|navy|air ?force|personnel|airstrikes?|air strikes?|"
    r"strikes?|drone strikes?|raids?|bombardment|shelling|artillery|attacks?|operations?|"
    r"offensive|bombing)\b"
)
# Armed groups the dictionary cannot know by name, kept by their description.
_DESCRIBED = re.compile(
    r"\b(?:(?:Iran|Iranian|Turkish|Russian|Saudi|US|U\.S\.)[- ](?:backed|aligned|linked|affiliated|"
    r"allied|supported)|pro-(?:Iran|Iranian|government|Russian|Turkish))(?:,?\s+(?:Iraqi|Syrian|"
    r"Shiite|Shia|Sunni|armed|paramilitary|state-linked))*\s+(?:militia(?:s|men|man)?|groups?|"
    r"fighters|factions|forces|paramilitary (?:forces|groups)|armed groups?)\b",
    re.I,
)
_CIVILIANS = re.compile(r"\b(?:civilians?|residents|villagers|passers-?by|bystanders)\b", re.I)


@dataclass(frozen=True, slots=True)
class _Entry:
    actor: Actor
    forces_of: tuple[str, ...]


class ActorDictionary:
    """Canonical actors and an index of their names."""

    def __init__(self, entries: Sequence[_Entry]) -> None:
        self.entries = list(entries)
        self._by_key: dict[str, Actor] = {}
        self._by_skeleton: dict[str, Actor] = {}
        names: list[str] = []
        acronyms: list[str] = []
        forces: list[tuple[str, Actor]] = []
        for entry in self.entries:
            actor = entry.actor
            for name in (actor.name, *actor.aliases):
                self._by_key.setdefault(name_key(name), actor)
                if len(name) > 6:
                    self._by_skeleton.setdefault(skeleton_key(name), actor)
                (acronyms if name.isupper() and len(name) <= 6 else names).append(name)
            forces.extend((word, actor) for word in entry.forces_of)
        self._names = _alternation(names, re.I)
        self._acronyms = _alternation(acronyms, 0)
        self._forces = [
            (re.compile(rf"(?<![\w-]){re.escape(word)}\s+{_FORCE_WORD}"), actor)
            for word, actor in forces
        ]
        self._forces_filter = Prefilter(pattern for pattern, _ in self._forces)

    def lookup(self, name: str) -> Actor | None:
        key = name_key(name)
        found = self._by_key.get(key)
        if found is None and len(name) > 6:
            found = self._by_skeleton.get(skeleton_key(name))
        return found

    def matches(self, text: str) -> list[ActorRef]:
        """Every dictionary name in ``text`` and every 'US warplanes'-style force mention."""
        refs = []
        for pattern in (self._names, self._acronyms):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                actor = self.lookup(m.group(0))
                if actor:
                    refs.append(ActorRef(m.start(), m.end(), m.group(0), actor, EXTRACTOR))
        possible = self._forces_filter.possible(text)  # see ``eventwire.prefilter``
        for (pattern, actor), can in zip(self._forces, possible, strict=True):
            for m in pattern.finditer(text) if can else ():
                refs.append(ActorRef(m.start(), m.end(), m.group(0), actor, EXTRACTOR,
                                     "country word before a force or weapon word"))  # fmt: skip
        return refs


def _alternation(names: list[str], flags: int) -> re.Pattern[str] | None:
    if not names:
        return None
    alts = sorted({re.escape(n).replace(r"\ ", r"[\s-]+") for n in names}, key=len, reverse=True)
    # The Arabic article is optional in any name: "al-Hashd al-Shaabi", "Hashd al-Shaabi".
    article = r"(?:(?:[Aa]l|[Ee]l|[Aa]s|[Aa]sh|[Aa]d)[\s-])?"
    return re.compile(r"(?<![\w-])" + article + "(?:" + "|".join(alts) + r")(?![\w-])", flags)


def dictionary_path() -> Path:
    return Path(str(files("eventwire.data").joinpath("actors.tsv")))


def read_actors(path: Path) -> list[_Entry]:
    """Rows of an actor file (tab-separated, header row, '#' comments)."""
    out = []
    for n, row in read_table(path, COLUMNS, "actor"):
        try:
            inter = int(row["inter"]) if row["inter"] else None
        except ValueError:
            raise InputError(f"actor file {path}, line {n}: inter must be 1-8.") from None
        aliases = tuple(a.strip() for a in (row["aliases"] or "").split("|") if a.strip())
        actor = Actor(name=row["name"], inter=inter, country_code=row["country_code"] or None,
                      parent=row["parent"] or None, aliases=aliases)  # fmt: skip
        forces = tuple(w.strip() for w in (row["forces_of"] or "").split("|") if w.strip())
        out.append(_Entry(actor, forces))
    return out


@lru_cache(maxsize=4)
def load_actors(extra: tuple[str, ...] = ()) -> ActorDictionary:
    """The shipped dictionary plus the user's files (``EVENTWIRE_ACTORS``), loaded once."""
    entries = []
    for path in (dictionary_path(), *map(Path, extra)):
        entries.extend(read_actors(path))
    return ActorDictionary(entries)


_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|of|the|for|in|and|al|bin)){0,7}"
_INTRO = re.compile(rf"(?P<name>{_NAME})\s*[\(\[](?P<inner>[^()\[\]]{{2,90}})[\)\]]")
_AKA = re.compile(rf"(?P<name>{_NAME}),?\s+(?:also known as|also called|formerly known as|"
                  rf"formerly)\s+(?:the\s+)?(?P<inner>{_NAME})")  # fmt: skip
_SPLIT_ALIASES = re.compile(r",\s*(?:or|also|formerly)?\s*|\s+or\s+|;\s*")


def _initials(name: str) -> str:
    """ "Harakat al-Nujaba Brigades" -> "HNB": the capitals that start words or word parts."""
    parts = re.findall(r"[A-Za-z][\w'’]*", name)
    return "".join(p[0] for p in parts if p[0].isupper())


def learn_aliases(text: str, dictionary: ActorDictionary) -> dict[str, Actor]:
    """Aliases the article teaches, name key -> actor: a dictionary actor gains spellings; a new
    organisation introduced with its acronym becomes an actor of the text."""
    learned: dict[str, Actor] = {}
    for pattern in (_INTRO, _AKA):
        for m in pattern.finditer(text):
            name = re.sub(r"^(?:The|the)\s+", "", m.group("name")).strip()
            inner = [a.strip(' ."“”') for a in _SPLIT_ALIASES.split(m.group("inner"))]
            inner = [a for a in inner if a and len(a) <= 60]
            names = [name, *inner]
            known = next((a for a in map(dictionary.lookup, names) if a), None)
            if known is None:
                # The part of a long name an acronym stands for: "the US Central Command (CENTCOM)".
                acro = next((a for a in inner if a.isupper() and 2 <= len(a) <= 6), None)
                if not acro:
                    continue
                words = name.split()
                for k in range(len(words)):
                    if _initials(" ".join(words[k:])) == acro:
                        name = " ".join(words[k:])
                        break
                else:
                    continue
                known = Actor(name=name, aliases=tuple(inner), source="text")
            for alias in names:
                if alias and (alias[0].isupper() or alias.startswith(("al-", "el-"))):
                    learned.setdefault(name_key(alias), known)
    return learned


def find_actors(
    text: str, dictionary: ActorDictionary, learned: dict[str, Actor] | None = None
) -> list[ActorRef]:
    """Actor mentions in ``text``, longest first without overlaps, in reading order."""
    refs = dictionary.matches(text)
    for key, actor in (learned or {}).items():
        if actor.source != "text" and dictionary.lookup(key):
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(key)}(?![\w-])", name_key_text(text)):
            refs.append(ActorRef(m.start(), m.end(), text[m.start() : m.end()], actor,
                                 EXTRACTOR, "alias introduced by the article"))  # fmt: skip
    for m in _DESCRIBED.finditer(text):
        surface = m.group(0)
        described = Actor(name=surface[0].upper() + surface[1:], inter=3, source="surface")
        why = "an armed group the text describes but does not name"
        refs.append(ActorRef(m.start(), m.end(), surface, described, EXTRACTOR, why))
    for m in _CIVILIANS.finditer(text):
        refs.append(ActorRef(m.start(), m.end(), m.group(0), Actor(name="Civilians", inter=7,
                             source="surface"), EXTRACTOR))  # fmt: skip
    return longest_first(refs)


def name_key_text(text: str) -> str:
    """``text`` lower-cased with the characters name keys drop turned into spaces, keeping every
    offset, so that a name key can be searched for in place."""
    return "".join(c.lower() if c.isalnum() else " " for c in text)


def abroad(ref: ActorRef, country_code: str | None) -> ActorRef:
    """State forces acting outside their country are ACLED's external forces (inter 8)."""
    actor = ref.actor
    if (
        actor.inter == 1
        and actor.country_code
        and country_code
        and actor.country_code != country_code
    ):
        return replace(ref, actor=replace(actor, inter=8))
    return ref
