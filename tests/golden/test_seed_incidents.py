"""The main incident of each seed article: toll, date and place, from the real pages.

Pins the hard cases: "overnight" in a Wednesday paper, a place named by its old name
("Jurf al-Sakhar", "Jurf Al-Saqr") resolved to the curated site, the wire dateline
("WASHINGTON/BAGHDAD") not taken for the place, a tally ("66 times since Oct. 17") not taken
for a toll, and no date where the page has no publication date.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.config import Settings
from eventwire.extract.incidents import MainIncident, main_incident
from eventwire.extract.places import curated_alias_pattern, resolve_dateline, resolve_places
from eventwire.geo.gazetteer import load_gazetteer
from eventwire.nlp import load_model
from eventwire.pipeline import Pipeline
from eventwire.records import PageInput

# stem, part -> killed, date value (None: unknown), place name
EXPECTED = {
    ("000_04b26d5176e18bff", 1): (8, "2023-11-22", "Jurf al-Nasr"),
    ("001_180a998400fae00f", None): (8, "2023-11-22", "Jurf al-Nasr"),
    ("002_249214cac3478a04", None): (4, None, "Jurf al-Nasr"),
    ("003_0de35cad8aa68667", None): (8, "2023-11-22", "Jurf al-Nasr"),
    ("004_c5645c16b48ed874", None): (1, "2024-01-24", "Al-Qaim"),
}


@pytest.fixture(scope="module")
def incidents(seeds: Path) -> dict[tuple[str, int | None], MainIncident | None]:
    gazetteer = load_gazetteer()
    aliases = curated_alias_pattern(gazetteer)
    nlp = load_model("en_core_web_sm")
    out = {}
    for path in sorted(seeds.glob("*.txt")):
        articles = Pipeline.from_settings(Settings()).run(
            PageInput(str(path), "txt", path.read_text("utf-8"), False)
        )
        assert isinstance(articles, list)
        for a in articles:
            out[(path.stem, a.part)] = main_incident(
                a.text,
                a.published,
                resolve_places(nlp(a.text), gazetteer, aliases),
                resolve_dateline(a.text, a.dateline, gazetteer),
            )
    return out


@pytest.mark.parametrize("key", sorted(EXPECTED, key=str))
def test_seed_main_incident(incidents, key):
    found = incidents[key]
    assert found is not None
    killed, date, place = EXPECTED[key]
    assert found.killed == killed
    assert (found.date.value if found.date else None) == date
    assert found.place and found.place.place and found.place.place.name == place


def test_the_riyadh_meeting_is_no_incident(incidents):
    assert incidents[("000_04b26d5176e18bff", 2)] is None


def test_overnight_spans_the_night_before(incidents):
    found = incidents[("000_04b26d5176e18bff", 1)]
    assert found and found.date and found.date.date_start and found.date.date_end
    assert (found.date.date_start.isoformat(), found.date.date_end.isoformat()) == (
        "2023-11-21",
        "2023-11-22",
    )
