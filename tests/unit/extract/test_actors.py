from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.extract.actors import find_actors, learn_aliases, load_actors, read_actors


def _names(text: str) -> list[tuple[str, str]]:
    d = load_actors()
    return [(r.text, r.actor.name) for r in find_actors(text, d, learn_aliases(text, d))]


def test_dictionary_aliases_spellings_and_state_forces():
    found = dict(_names("Kataeb Hezbollah fighters fled as US warplanes and Israeli jets struck."))
    assert found["Kataeb Hezbollah"] == "Kataib Hezbollah"
    assert found["US warplanes"] == "Military Forces of the United States"
    assert found["Israeli jets"] == "Military Forces of Israel"


def test_acronyms_match_only_in_capitals():
    assert ("IS", "Islamic State") in _names("IS fighters attacked the town.")
    assert not [n for n in _names("This is it.") if n[1] == "Islamic State"]


def test_aliases_learned_from_the_text():
    text = "The Harakat al-Example Brigades (HEB) said ... Later HEB claimed the attack."
    found = _names(text)
    assert ("HEB", "Harakat al-Example Brigades") in found
    pmf = _names("Popular Mobilisation Units (PMU, or al-Hashd) said. Al-Hashd denied it.")
    assert ("Al-Hashd", "Popular Mobilization Forces") in pmf


def test_a_user_file_without_the_columns_is_refused(tmp_path: Path):
    bad = tmp_path / "actors.tsv"
    bad.write_text("name\taliases\nX\tY\n", encoding="utf-8")
    with pytest.raises(InputError, match="lacks column"):
        read_actors(bad)
