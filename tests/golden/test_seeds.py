"""Golden tests on the five real seed pages (used in place from ../shared/seeds).

Partial expectations: what must and must not be in each cleaned article, how the page is
split, and the publication date with whether the page states it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.config import Settings
from eventwire.pipeline import Pipeline
from eventwire.records import Article, PageInput

NOT_IN_ANY = [
    "Short Url", "Follow\n", "moderates all comments", "Post a comment", "More News",
    "Photo:", "(AFP)", "community guidelines",
]  # fmt: skip

# file stem -> expectations per article, in page order
EXPECTED = {
    "000_04b26d5176e18bff": [
        dict(title_starts="Iraq condemns US strikes south of Baghdad", dateline="WASHINGTON/BAGHDAD",
             published=dt.date(2023, 11, 22), explicit=True,
             contains=["killing eight pro-Iran fighters", "66 times since Oct. 17"],
             absent=["Riyadh meeting", "Members of the Hezbollah brigades"]),
        dict(title_starts="Anti-Daesh coalitions issues joint statement", dateline="RIYADH",
             published=None, explicit=None, evidence="relative",
             contains=["90th member"], absent=["Jurf Al-Saqr"]),
    ],
    "001_180a998400fae00f": [
        dict(title_starts=None, dateline="ERBIL, Kurdistan Region", outlet="Rudaw",
             published=dt.date(2023, 11, 22), explicit=False, evidence="2023-11-21",
             contains=["Jurf al-Nasr (formerly Jurf al-Sakhar)", "Abu Ghraib district"],
             absent=["Iraqi mourners carry the coffin"], once=["We vehemently condemn the attack"]),
    ],
    "002_249214cac3478a04": [
        dict(title_starts=None, dateline="ERBIL, Kurdistan Region", outlet="Rudaw",
             published=None, explicit=None, evidence="older than the story",
             contains=["late Tuesday; four fighters were killed"],
             absent=["presiding over an Iraqi-US meeting"], once=["group of drone experts"]),
    ],
    "003_0de35cad8aa68667": [
        dict(title_starts="Iraq Condemns US Airstrikes That Killed", dateline=None,
             published=dt.date(2023, 11, 22), explicit=True,
             contains=["confirmed the death of eight of its members"],
             absent=["A US army soldier stands", "October 18, 2016", "11/22/2023"]),
    ],
    "004_c5645c16b48ed874": [
        dict(title_starts=None, dateline="ERBIL, Kurdistan Region", outlet="Rudaw",
             published=dt.date(2024, 1, 24), explicit=False, evidence="Wednesday",
             contains=["At least one militiaman was killed", "wrote Araji on X"],
             absent=["Principal Deputy Spokesperson for the US State Department, in a presser"],
             once=["Iranian-aligned militia groups are targeting civilians"]),
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def cleaned(seeds: Path) -> dict[str, list[Article]]:
    pipeline = Pipeline.from_settings(Settings())
    out = {}
    for path in sorted(seeds.glob("*.txt")):
        result = pipeline.run(PageInput(str(path), "txt", path.read_text("utf-8"), False))
        assert isinstance(result, list), result
        out[path.stem] = result
    return out


def test_every_seed_is_covered(cleaned: dict[str, list[Article]]):
    assert set(cleaned) == set(EXPECTED)


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_seed_articles(cleaned: dict[str, list[Article]], stem: str):
    articles = cleaned[stem]
    expected = EXPECTED[stem]
    assert len(articles) == len(expected), "page split"
    for art, exp in zip(articles, expected, strict=True):
        if exp["title_starts"] is None:
            assert art.title is None
        else:
            assert art.title and art.title.startswith(exp["title_starts"])
        assert art.dateline == exp["dateline"]
        assert art.published == exp["published"]
        assert art.published_explicit == exp["explicit"]
        if "evidence" in exp:
            assert exp["evidence"] in (art.published_evidence or "")
        if "outlet" in exp:
            assert art.outlet == exp["outlet"]
        assert art.language == "en"
        for text in exp["contains"]:
            assert text in art.text
        for text in [*exp["absent"], *NOT_IN_ANY]:
            assert text not in art.text
        for text in exp.get("once", []):
            assert art.text.count(text) == 1, f"repeated body not collapsed: {text!r}"
        if len(articles) > 1:
            assert art.part == articles.index(art) + 1
        else:
            assert art.part is None


def test_caption_dates_never_become_publication_dates(cleaned: dict[str, list[Article]]):
    caption_dates = {dt.date(2023, 11, 21), dt.date(2024, 1, 27), dt.date(2016, 10, 18)}
    for articles in cleaned.values():
        for art in articles:
            assert art.published not in caption_dates or not art.published_explicit
            assert art.published != dt.date(2024, 1, 27)
